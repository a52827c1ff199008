/// Random training/test splits that keep each class's share of the samples
/// (scikit-learn's `sklearn.model_selection.StratifiedShuffleSplit(n_splits, test_size=, train_size=, random_state=)`).
///
/// Each split gives class c about n_c·nTrain/n training and n_c·nTest/n test samples
/// (sklearn's `_approximate_mode`: floors, then the largest remainders, ties drawn at
/// random), chosen by a permutation within the class; the training and test sets are then
/// shuffled. The draws are sklearn's, one for one, so with the same seed the splits are
/// sklearn's.
///
/// ```swift
/// let y: IntVector = [0, 0, 0, 1, 1, 1, 1, 0, 1, 0]
/// let splitter = StratifiedShuffleSplit(nSplits: 1, testSize: 0.3, randomState: 1)
/// print(splitter.split(y, y)[0].test)   // [7 6 4]  (sklearn: the same)
/// ```
public struct StratifiedShuffleSplit: Sendable, Hashable, CustomStringConvertible {
  /// How many splits `split` returns.
  public let nSplits: Int
  /// The test set's size; nil with `trainSize` nil means 0.1, as sklearn.
  public let testSize: SplitSize?
  /// The training set's size; nil means every sample not in the test set.
  public let trainSize: SplitSize?
  /// The seed each `split` call starts from; nil draws from the process-wide ``Random``.
  public let randomState: Int?

  /// A splitter; stops when `nSplits` < 1.
  public init(nSplits: Int = 10, testSize: SplitSize? = nil, trainSize: SplitSize? = nil, randomState: Int? = nil) {
    if nSplits < 1 { failure("StratifiedShuffleSplit: nSplits must be at least 1, got \(nSplits)") }
    self.nSplits = nSplits
    self.testSize = testSize
    self.trainSize = trainSize
    self.randomState = randomState
  }

  /// The `nSplits` pairs of training and test indices into the samples of `x`, stratified by
  /// the class labels `y` (one per sample).
  ///
  /// Stops, as sklearn raises, when `y` has another length, a class has fewer than 2
  /// members, or the training or test set is smaller than the number of classes.
  public func split(_ x: some SampleIndexable, _ y: IntVector) -> [(train: IntVector, test: IntVector)] {
    let n = x.sampleCount
    let function = "StratifiedShuffleSplit.split"
    checkSampleCounts(n, y.count, function, ("x", "y"))
    let (nTrain, nTest) = validateShuffleSplit(
      nSamples: n, testSize: testSize, trainSize: trainSize, defaultTestSize: 0.1, function: function)
    return withSplitRandomState(randomState) { rng in
      stratifiedShuffleSplits(
        y, nTrain: nTrain, nTest: nTest, nSplits: nSplits, rng: &rng, function: function)
    }
  }

  /// `StratifiedShuffleSplit(nSplits: 10, testSize: 0.25, trainSize: nil, randomState: 0)`.
  public var description: String {
    "StratifiedShuffleSplit(nSplits: \(nSplits), testSize: \(testSize?.text ?? "nil"), trainSize: \(trainSize?.text ?? "nil"), randomState: \(randomState.map(String.init) ?? "nil"))"
  }
}

/// sklearn's `StratifiedShuffleSplit._iter_indices`, draw for draw.
func stratifiedShuffleSplits(
  _ y: IntVector, nTrain: Int, nTest: Int, nSplits: Int, rng: inout RandomState, function: String
) -> [(train: IntVector, test: IntVector)] {
  let classes = sortedClassLabels(y)
  // Each class's sample indices, ascending (a stable argsort of the class numbers).
  var members = [Int: [Int]]()
  for (i, label) in y.elements.enumerated() { members[label, default: []].append(i) }
  let classIndices = classes.map { members[$0] ?? [] }
  let classCounts = classIndices.map(\.count)
  let tooFew = zip(classes, classCounts).filter { $0.1 < 2 }.map(\.0)
  if !tooFew.isEmpty {
    failure(
      "\(function): the least populated classes in y have only 1 member, which is too few. The minimum number of groups for any class cannot be less than 2. Classes with too few members are: \(labelListText(tooFew))"
    )
  }
  if nTrain < classes.count {
    failure(
      "\(function): the train size = \(nTrain) should be greater or equal to the number of classes = \(classes.count)")
  }
  if nTest < classes.count {
    failure(
      "\(function): the test size = \(nTest) should be greater or equal to the number of classes = \(classes.count)")
  }
  var splits: [(train: IntVector, test: IntVector)] = []
  for _ in 0..<nSplits {
    let nI = approximateMode(classCounts, nTrain, &rng)
    let remaining = zip(classCounts, nI).map(-)
    let tI = approximateMode(remaining, nTest, &rng)
    var train: [Int] = []
    var test: [Int] = []
    for c in classes.indices {
      let shuffled = rng.permutation(classCounts[c]).elements.map { classIndices[c][$0] }
      train += shuffled[..<nI[c]]
      test += shuffled[nI[c]..<(nI[c] + tI[c])]
    }
    splits.append((IntVector(rng.permutation(train)), IntVector(rng.permutation(test))))
  }
  return splits
}
