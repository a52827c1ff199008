// The random source of a data set generator, as scikit-learn's `check_random_state`: an
// integer seed makes a fresh `np.random.RandomState(seed)`, None draws from NumPy's global
// generator (MLMath's process-wide `Random`), and a generator passed in is drawn from.

/// Runs `body` on `RandomState(seed: seed)`, or on the process-wide generator when `seed`
/// is nil; `function` names the caller in the error for a seed out of range.
func withGenerator<Result>(
  seed: Int?, function: String, _ body: (inout RandomState) -> Result
) throws(DatasetError) -> Result {
  guard let seed else { return Random.draw(body) }
  try requireArgument(
    UInt32(exactly: seed) != nil, function, "randomState must be between 0 and 2**32 - 1 (got \(seed))")
  var generator = RandomState(seed: seed)
  return body(&generator)
}

extension RandomState {
  /// The rows of `x` and the entries of `y` in one random order (scikit-learn's
  /// `sklearn.utils.shuffle(X, y, random_state=rng)`: `rng.shuffle(np.arange(n))`, then
  /// `X[indices]`, `y[indices]`).
  mutating func shuffleSamples<Label>(_ x: Matrix, _ y: [Label]) -> (Matrix, [Label]) {
    var order = Array(0..<x.rows)
    shuffle(&order)
    return (takeRows(x, order), order.map { y[$0] })
  }
}

/// The rows of `x` at `order`, in that order (NumPy's `x[order]`).
func takeRows(_ x: Matrix, _ order: [Int]) -> Matrix {
  let columns = x.columns
  var elements = [Double]()
  elements.reserveCapacity(order.count * columns)
  for i in order { elements += x.elements[(i * columns)..<((i + 1) * columns)] }
  return Matrix(rows: order.count, columns: columns, elements: elements)
}

/// The columns of `x` at `order`, in that order (NumPy's `x[:, order]`).
func takeColumns(_ x: Matrix, _ order: [Int]) -> Matrix {
  var elements = [Double]()
  elements.reserveCapacity(x.rows * order.count)
  for i in 0..<x.rows {
    let base = i * x.columns
    for j in order { elements.append(x.elements[base + j]) }
  }
  return Matrix(rows: x.rows, columns: order.count, elements: elements)
}
