/// Splits features and labels into random training and test sets (scikit-learn's
/// `sklearn.model_selection.train_test_split(X, y, test_size=, train_size=, random_state=, shuffle=, stratify=)`).
///
/// ```swift
/// let X = arange(20.0).reshaped(10, 2)
/// let y: IntVector = [0, 0, 0, 1, 1, 1, 1, 0, 1, 0]
/// let (xTrain, xTest, yTrain, yTest) = trainTestSplit(X, y, testSize: 0.3, randomState: 42)
/// print(yTrain, yTest)   // [0 0 0 0 1 1 1] [1 0 1]  (sklearn: the same rows)
/// ```
///
/// With a seed, the rows are sklearn's for `random_state=seed`, row for row: sklearn
/// permutes the samples with NumPy's legacy `RandomState(seed).permutation`, which MLMath's
/// ``RandomState`` reproduces bit for bit; the first `nTest` indices of the permutation are
/// the test set, the next `nTrain` the training set, in permutation order.
///
/// - Parameters:
///   - x, y: the samples — rows of a `Matrix`, elements of a `Vector`, `IntVector` or
///     array (see ``SampleIndexable``) — as many of each.
///   - testSize: a fraction (rounded up) or a count; default 0.25 when `trainSize` is nil too.
///   - trainSize: a fraction (rounded down) or a count; default: the rest.
///   - randomState: the seed (sklearn's `random_state=int`); nil draws from the process-wide
///     ``Random``, as sklearn's `None` draws from NumPy's global generator.
///   - shuffle: `false` takes the first `nTrain` samples for training and the next `nTest`
///     for testing, in order.
///   - stratify: class labels (usually `y`): each class keeps its share in both sets
///     (sklearn's `StratifiedShuffleSplit`, same draws).
/// - Returns: `(xTrain, xTest, yTrain, yTest)`, as sklearn's four arrays.
/// - Stops when the sizes cannot be met, the lengths differ, or stratification is
///   impossible (a class with one member, fewer test or training samples than classes,
///   or `shuffle: false`), as sklearn raises.
public func trainTestSplit<X: SampleIndexable, Y: SampleIndexable>(
  _ x: X, _ y: Y, testSize: SplitSize? = nil, trainSize: SplitSize? = nil, randomState: Int? = nil,
  shuffle: Bool = true, stratify: IntVector? = nil
) -> (xTrain: X, xTest: X, yTrain: Y, yTest: Y) {
  checkSampleCounts(x.sampleCount, y.sampleCount, "trainTestSplit", ("x", "y"))
  let (train, test) = trainTestIndices(
    x.sampleCount, testSize: testSize, trainSize: trainSize, randomState: randomState,
    shuffle: shuffle, stratify: stratify)
  return (x.samples(at: train), x.samples(at: test), y.samples(at: train), y.samples(at: test))
}

/// Splits one array of samples into random training and test sets
/// (`sklearn.model_selection.train_test_split(X, test_size=, …)` with one array).
///
/// ```swift
/// let (train, test) = trainTestSplit(arange(10.0), testSize: 3, randomState: 0)
/// ```
///
/// Parameters, rows and stops as ``trainTestSplit(_:_:testSize:trainSize:randomState:shuffle:stratify:)``.
public func trainTestSplit<X: SampleIndexable>(
  _ x: X, testSize: SplitSize? = nil, trainSize: SplitSize? = nil, randomState: Int? = nil,
  shuffle: Bool = true, stratify: IntVector? = nil
) -> (train: X, test: X) {
  let (train, test) = trainTestIndices(
    x.sampleCount, testSize: testSize, trainSize: trainSize, randomState: randomState,
    shuffle: shuffle, stratify: stratify)
  return (x.samples(at: train), x.samples(at: test))
}

/// The training and test indices of `train_test_split` for `n` samples.
func trainTestIndices(
  _ n: Int, testSize: SplitSize?, trainSize: SplitSize?, randomState: Int?, shuffle: Bool,
  stratify: IntVector?
) -> (train: IntVector, test: IntVector) {
  let function = "trainTestSplit"
  let (nTrain, nTest) = validateShuffleSplit(
    nSamples: n, testSize: testSize, trainSize: trainSize, defaultTestSize: 0.25, function: function)
  guard shuffle else {
    if stratify != nil {
      failure("\(function): stratified train/test split is not implemented for shuffle: false")
    }
    return (IntVector(Array(0..<nTrain)), IntVector(Array(nTrain..<(nTrain + nTest))))
  }
  if let stratify {
    checkSampleCounts(n, stratify.count, function, ("x", "stratify"))
    return withSplitRandomState(randomState) { rng in
      stratifiedShuffleSplits(stratify, nTrain: nTrain, nTest: nTest, nSplits: 1, rng: &rng, function: function)[0]
    }
  }
  return withSplitRandomState(randomState) { rng in
    let permutation = rng.permutation(n).elements
    return (IntVector(Array(permutation[nTest..<(nTest + nTrain)])), IntVector(Array(permutation[..<nTest])))
  }
}
