/// K-fold cross-validation: the samples cut into `nSplits` consecutive folds, each the
/// test set once while the others train (scikit-learn's
/// `sklearn.model_selection.KFold(n_splits=5, shuffle=False, random_state=None)`).
///
/// The first n mod k folds have ⌊n/k⌋ + 1 samples, the rest ⌊n/k⌋. With `shuffle` the
/// indices are first shuffled by NumPy's legacy `RandomState(seed).shuffle`, which MLMath
/// reproduces bit for bit, so the folds are sklearn's. Both index lists come out sorted,
/// as sklearn's.
///
/// ```swift
/// let kf = KFold(nSplits: 3, shuffle: true, randomState: 0)
/// for (train, test) in kf.split(Matrix(rows: 7, columns: 2)) { print(train, test) }
/// // [0 3 4 5] [1 2 6]
/// // [1 2 4 5 6] [0 3]
/// // [0 1 2 3 6] [4 5]
/// ```
public struct KFold: Sendable, Hashable, CustomStringConvertible {
  /// The number of folds, at least 2.
  public let nSplits: Int
  /// Whether the samples are shuffled before they are cut into folds.
  public let shuffle: Bool
  /// The shuffle's seed; nil shuffles with the process-wide ``Random``.
  public let randomState: Int?

  /// A splitter. Stops, as sklearn raises, when `nSplits` < 2 or a seed is given without
  /// `shuffle` (it would have no effect).
  public init(nSplits: Int = 5, shuffle: Bool = false, randomState: Int? = nil) {
    checkFoldParameters(nSplits, shuffle, randomState, "KFold")
    self.nSplits = nSplits
    self.shuffle = shuffle
    self.randomState = randomState
  }

  /// The `nSplits` pairs of training and test indices into the samples of `x`.
  ///
  /// Stops when there are fewer samples than folds.
  public func split(_ x: some SampleIndexable) -> [(train: IntVector, test: IntVector)] {
    let n = x.sampleCount
    if nSplits > n {
      failure(
        "KFold.split: cannot have number of splits nSplits=\(nSplits) greater than the number of samples: n_samples=\(n)"
      )
    }
    var indices = Array(0..<n)
    if shuffle { withSplitRandomState(randomState) { rng in rng.shuffle(&indices) } }
    var folds = [Int](repeating: 0, count: n)
    var start = 0
    for k in 0..<nSplits {
      let size = n / nSplits + (k < n % nSplits ? 1 : 0)
      for i in indices[start..<(start + size)] { folds[i] = k }
      start += size
    }
    return foldSplits(folds, nSplits)
  }

  /// `KFold(nSplits: 5, shuffle: false, randomState: nil)`.
  public var description: String {
    "KFold(nSplits: \(nSplits), shuffle: \(shuffle), randomState: \(randomState.map(String.init) ?? "nil"))"
  }
}

/// sklearn's `_BaseKFold` checks.
func checkFoldParameters(_ nSplits: Int, _ shuffle: Bool, _ randomState: Int?, _ type: String) {
  if nSplits <= 1 {
    failure(
      "\(type): k-fold cross-validation requires at least one train/test split by setting nSplits=2 or more, got nSplits=\(nSplits)"
    )
  }
  if !shuffle && randomState != nil {
    failure(
      "\(type): setting a randomState has no effect since shuffle is false. Leave randomState nil, or set shuffle: true"
    )
  }
}

/// The (train, test) index pairs of fold numbers `folds[i]` ∈ 0..<k, both sorted
/// (sklearn's `BaseCrossValidator.split` reads them off boolean masks).
func foldSplits(_ folds: [Int], _ k: Int) -> [(train: IntVector, test: IntVector)] {
  (0..<k).map { fold in
    (IntVector(folds.indices.filter { folds[$0] != fold }), IntVector(folds.indices.filter { folds[$0] == fold }))
  }
}
