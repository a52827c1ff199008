/// Random training/test splits of the samples, drawn independently `nSplits` times
/// (scikit-learn's `sklearn.model_selection.ShuffleSplit(n_splits, test_size=, train_size=, random_state=)`).
///
/// Each split is one permutation of `0..<n` from NumPy's legacy `RandomState`: the first
/// `nTest` indices are the test set and the next `nTrain` the training set. With the
/// same seed MLMath draws sklearn's permutations, so the splits are sklearn's, index for index.
///
/// ```swift
/// let splitter = ShuffleSplit(nSplits: 2, testSize: 0.25, randomState: 0)
/// for (train, test) in splitter.split(Matrix(rows: 8, columns: 1)) { print(train, test) }
/// // [1 7 3 0 5 4] [6 2]
/// // [3 7 0 4 2 5] [1 6]    (sklearn's splits, index for index)
/// ```
public struct ShuffleSplit: Sendable, Hashable, CustomStringConvertible {
  /// How many splits `split` returns.
  public let nSplits: Int
  /// The test set's size; nil with `trainSize` nil means 0.1, as sklearn.
  public let testSize: SplitSize?
  /// The training set's size; nil means every sample not in the test set.
  public let trainSize: SplitSize?
  /// The seed of the `RandomState` each `split` call starts from; nil draws from the
  /// process-wide ``Random`` (sklearn's `random_state=None`: NumPy's global generator).
  public let randomState: Int?

  /// A splitter; stops when `nSplits` < 1.
  public init(nSplits: Int = 10, testSize: SplitSize? = nil, trainSize: SplitSize? = nil, randomState: Int? = nil) {
    if nSplits < 1 { failure("ShuffleSplit: nSplits must be at least 1, got \(nSplits)") }
    self.nSplits = nSplits
    self.testSize = testSize
    self.trainSize = trainSize
    self.randomState = randomState
  }

  /// The `nSplits` pairs of training and test indices into the samples of `x`.
  ///
  /// Stops when the sizes cannot be met for `x.sampleCount` samples (see ``SplitSize``).
  public func split(_ x: some SampleIndexable) -> [(train: IntVector, test: IntVector)] {
    let n = x.sampleCount
    let (nTrain, nTest) = validateShuffleSplit(
      nSamples: n, testSize: testSize, trainSize: trainSize, defaultTestSize: 0.1,
      function: "ShuffleSplit.split")
    return withSplitRandomState(randomState) { rng in
      (0..<nSplits).map { _ in
        let permutation = rng.permutation(n).elements
        return (IntVector(Array(permutation[nTest..<(nTest + nTrain)])), IntVector(Array(permutation[..<nTest])))
      }
    }
  }

  /// `ShuffleSplit(nSplits: 10, testSize: 0.25, trainSize: nil, randomState: 0)`.
  public var description: String {
    "ShuffleSplit(nSplits: \(nSplits), testSize: \(testSize?.text ?? "nil"), trainSize: \(trainSize?.text ?? "nil"), randomState: \(randomState.map(String.init) ?? "nil"))"
  }
}
