/// The size of a training or test set: a fraction of the samples or a number of them
/// (scikit-learn's `test_size=` / `train_size=`, a float or an int).
///
/// Literals work as in Python: `testSize: 0.25` is a fraction, `testSize: 30` a count.
public enum SplitSize: Sendable, Hashable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
  /// A share of the samples in (0, 1); a test set rounds up, a training set down, as sklearn.
  case fraction(Double)
  /// A number of samples in 1..<n.
  case count(Int)

  /// `0.25` is `.fraction(0.25)`.
  public init(floatLiteral value: Double) { self = .fraction(value) }

  /// `30` is `.count(30)`.
  public init(integerLiteral value: Int) { self = .count(value) }

  /// Python's spelling, for messages.
  var text: String {
    switch self {
    case .fraction(let f): "\(f)"
    case .count(let n): "\(n)"
    }
  }
}

/// The training and test set sizes for `nSamples` samples (sklearn's
/// `_validate_shuffle_split`), or a stop naming the size that cannot be met.
func validateShuffleSplit(
  nSamples: Int, testSize: SplitSize?, trainSize: SplitSize?, defaultTestSize: Double,
  function: String
) -> (train: Int, test: Int) {
  let test = testSize ?? (trainSize == nil ? .fraction(defaultTestSize) : nil)
  func check(_ size: SplitSize?, _ name: String) {
    let bad: Bool
    switch size {
    case .count(let k): bad = k >= nSamples || k <= 0
    case .fraction(let f): bad = !(f > 0 && f < 1)
    case nil: bad = false
    }
    if bad, let size {
      failure(
        "\(function): \(name)=\(size.text) should be either positive and smaller than the number of samples \(nSamples) or a float in the (0, 1) range"
      )
    }
  }
  check(test, "testSize")
  check(trainSize, "trainSize")
  if case .fraction(let a)? = test, case .fraction(let b)? = trainSize, a + b > 1 {
    failure(
      "\(function): the sum of testSize and trainSize = \(a + b), should be in the (0, 1) range. Reduce testSize and/or trainSize."
    )
  }
  func resolved(_ size: SplitSize?, roundUp: Bool) -> Int? {
    switch size {
    case .fraction(let f)?:
      let exact = f * Double(nSamples)
      return Int(roundUp ? exact.rounded(.up) : exact.rounded(.down))
    case .count(let k)?: return k
    case nil: return nil
    }
  }
  var nTest = resolved(test, roundUp: true)
  var nTrain = resolved(trainSize, roundUp: false)
  if nTrain == nil { nTrain = nSamples - (nTest ?? 0) }
  if nTest == nil { nTest = nSamples - (nTrain ?? 0) }
  let (train, testCount) = (nTrain ?? 0, nTest ?? 0)
  if train + testCount > nSamples {
    failure(
      "\(function): the sum of trainSize and testSize = \(train + testCount), should be smaller than the number of samples \(nSamples). Reduce testSize and/or trainSize."
    )
  }
  if train == 0 {
    failure(
      "\(function): with nSamples=\(nSamples), testSize=\(testSize?.text ?? "nil") and trainSize=\(trainSize?.text ?? "nil"), the resulting train set will be empty. Adjust any of the aforementioned parameters."
    )
  }
  return (train, testCount)
}

/// Runs `body` on `RandomState(seed: seed)`, or on the process-wide ``Random`` when `seed`
/// is nil (sklearn's `check_random_state`: an int seeds a fresh generator, None uses
/// NumPy's global one).
func withSplitRandomState<Result>(_ seed: Int?, _ body: (inout RandomState) -> Result) -> Result {
  guard let seed else { return Random.draw(body) }
  var rng = RandomState(seed: seed)
  return body(&rng)
}
