/// K-fold cross-validation that keeps each class's share in every fold (scikit-learn's
/// `sklearn.model_selection.StratifiedKFold(n_splits=5, shuffle=False, random_state=None)`).
///
/// sklearn's allocation (≥ 0.22): the samples sorted by class are dealt to the folds in
/// turn, so each fold gets ⌊n_c/k⌋ or ⌈n_c/k⌉ of class c, and the samples of each class
/// take their fold numbers in index order — or, with `shuffle`, in the order of a
/// legacy-`RandomState` shuffle per class (classes in order of first appearance). MLMath
/// makes the same draws, so the folds are sklearn's.
///
/// ```swift
/// let y: IntVector = [0, 0, 0, 1, 1, 1, 1, 0, 1, 0]
/// let skf = StratifiedKFold(nSplits: 3, shuffle: true, randomState: 1)
/// for (train, test) in skf.split(y, y) { print(train, test) }
/// // [0 2 4 5 6 9] [1 3 7 8]
/// // [1 2 3 5 6 7 8] [0 4 9]
/// // [0 1 3 4 7 8 9] [2 5 6]
/// ```
public struct StratifiedKFold: Sendable, Hashable, CustomStringConvertible {
  /// The number of folds, at least 2.
  public let nSplits: Int
  /// Whether each class's samples are shuffled before they are dealt to the folds.
  public let shuffle: Bool
  /// The shuffle's seed; nil shuffles with the process-wide ``Random``.
  public let randomState: Int?

  /// A splitter. Stops, as sklearn raises, when `nSplits` < 2 or a seed is given without `shuffle`.
  public init(nSplits: Int = 5, shuffle: Bool = false, randomState: Int? = nil) {
    checkFoldParameters(nSplits, shuffle, randomState, "StratifiedKFold")
    self.nSplits = nSplits
    self.shuffle = shuffle
    self.randomState = randomState
  }

  /// The `nSplits` pairs of training and test indices into the samples of `x`,
  /// stratified by the class labels `y`.
  ///
  /// Stops when `y` has another length than `x` or every class has fewer members than
  /// `nSplits`; when only some do, prints sklearn's warning (those folds lack the class).
  public func split(_ x: some SampleIndexable, _ y: IntVector) -> [(train: IntVector, test: IntVector)] {
    let function = "StratifiedKFold.split"
    let n = x.sampleCount
    checkSampleCounts(n, y.count, function, ("x", "y"))
    if nSplits > n {
      failure(
        "\(function): cannot have number of splits nSplits=\(nSplits) greater than the number of samples: n_samples=\(n)"
      )
    }
    // Classes numbered by first appearance.
    var number = [Int: Int]()
    for label in y.elements where number[label] == nil { number[label] = number.count }
    let encoded = y.elements.map { number[$0] ?? 0 }
    let nClasses = number.count
    var counts = [Int](repeating: 0, count: nClasses)
    for c in encoded { counts[c] += 1 }
    if counts.allSatisfy({ nSplits > $0 }) {
      failure("\(function): nSplits=\(nSplits) cannot be greater than the number of members in each class")
    }
    let fewest = counts.min() ?? 0
    if nSplits > fewest {
      sklearnWarning(
        "UserWarning",
        "The least populated class in y has only \(fewest) members, which is less than n_splits=\(nSplits).")
    }
    // Deal the class-sorted samples to folds 0, 1, …, k − 1, 0, 1, …
    let sortedClasses = encoded.sorted()
    var allocation = [[Int]](repeating: [Int](repeating: 0, count: nClasses), count: nSplits)
    for (position, c) in sortedClasses.enumerated() { allocation[position % nSplits][c] += 1 }
    var foldsForClass = (0..<nClasses).map { c in
      (0..<nSplits).flatMap { Array(repeating: $0, count: allocation[$0][c]) }
    }
    if shuffle {
      withSplitRandomState(randomState) { rng in
        for c in 0..<nClasses { rng.shuffle(&foldsForClass[c]) }
      }
    }
    // Each class's samples take its fold numbers in index order.
    var next = [Int](repeating: 0, count: nClasses)
    var folds = [Int](repeating: 0, count: n)
    for i in 0..<n {
      let c = encoded[i]
      folds[i] = foldsForClass[c][next[c]]
      next[c] += 1
    }
    return foldSplits(folds, nSplits)
  }

  /// `StratifiedKFold(nSplits: 5, shuffle: false, randomState: nil)`.
  public var description: String {
    "StratifiedKFold(nSplits: \(nSplits), shuffle: \(shuffle), randomState: \(randomState.map(String.init) ?? "nil"))"
  }
}
