#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A large circle around a smaller one in the plane, a data set no straight line separates
/// (scikit-learn's `sklearn.datasets.make_circles(n_samples=100, shuffle=True, noise=None,
/// random_state=None, factor=0.8)`).
///
/// ```swift
/// let (X, y) = try makeCircles(nSamples: 300, noise: 0.05, randomState: 1, factor: 0.5)
/// // X, y = make_circles(n_samples=300, noise=0.05, random_state=1, factor=0.5)
/// ```
///
/// The first `nSamples / 2` points (rounded down) lie on the unit circle at angles evenly
/// spaced over [0, 2π) (label 0), the rest on the circle of radius `factor` (label 1). The
/// rows are then shuffled and Gaussian noise of standard deviation `noise` added, in
/// scikit-learn's order.
///
/// - Parameters:
///   - nSamples: the number of points, ≥ 0.
///   - shuffle: whether to shuffle the rows (otherwise the outer circle comes first).
///   - noise: the standard deviation of the noise, ≥ 0; nil adds none (and draws nothing).
///   - randomState: the seed, in 0…2³²−1, of a fresh ``RandomState``; nil draws from the
///     process-wide ``Random``. With the same seed, `X` and `y` are scikit-learn's, bit for bit.
///   - factor: the inner circle's radius, in [0, 1).
/// - Returns: `X`, `nSamples × 2`, and the labels `y` (0 outer, 1 inner).
/// - Throws: ``DatasetError`` for a negative `nSamples`, a negative `noise`, a `factor`
///   outside [0, 1), or a seed out of range.
public func makeCircles(
  nSamples: Int = 100, shuffle: Bool = true, noise: Double? = nil, randomState: Int? = nil, factor: Double = 0.8
) throws -> (X: Matrix, y: IntVector) {
  try checkCircles(nSamples / 2, nSamples - nSamples / 2, noise, factor, total: nSamples)
  return try withGenerator(seed: randomState, function: "makeCircles") { generator in
    circles(nSamples / 2, nSamples - nSamples / 2, shuffle, noise, factor, &generator)
  }
}

/// Two circles with `nSamples.outer` and `nSamples.inner` points (scikit-learn's
/// `make_circles(n_samples=(n_out, n_in))`).
public func makeCircles(
  nSamples: (outer: Int, inner: Int), shuffle: Bool = true, noise: Double? = nil, randomState: Int? = nil,
  factor: Double = 0.8
) throws -> (X: Matrix, y: IntVector) {
  try checkCircles(nSamples.outer, nSamples.inner, noise, factor, total: nil)
  return try withGenerator(seed: randomState, function: "makeCircles") { generator in
    circles(nSamples.outer, nSamples.inner, shuffle, noise, factor, &generator)
  }
}

/// Two circles drawn from `generator` (scikit-learn's `make_circles(random_state=rng)`).
public func makeCircles(
  nSamples: Int = 100, shuffle: Bool = true, noise: Double? = nil, factor: Double = 0.8,
  using generator: inout RandomState
) throws -> (X: Matrix, y: IntVector) {
  try checkCircles(nSamples / 2, nSamples - nSamples / 2, noise, factor, total: nSamples)
  return circles(nSamples / 2, nSamples - nSamples / 2, shuffle, noise, factor, &generator)
}

private func checkCircles(_ outer: Int, _ inner: Int, _ noise: Double?, _ factor: Double, total: Int?)
  throws(DatasetError)
{
  if let total {
    try requireArgument(total >= 0, "makeCircles", "nSamples must be ≥ 0 (got \(total))")
  } else {
    try requireArgument(
      outer >= 0 && inner >= 0, "makeCircles", "nSamples must be two counts ≥ 0 (got (\(outer), \(inner)))")
  }
  if let noise {
    try requireArgument(noise >= 0, "makeCircles", "noise must be ≥ 0 (got \(noise))")
  }
  try requireArgument(factor >= 0 && factor < 1, "makeCircles", "factor must be in [0, 1) (got \(factor))")
}

private func circles(
  _ outer: Int, _ inner: Int, _ shuffle: Bool, _ noise: Double?, _ factor: Double, _ generator: inout RandomState
) -> (X: Matrix, y: IntVector) {
  let tOuter = linspace(0, 2 * Double.pi, outer, endpoint: false).elements
  let tInner = linspace(0, 2 * Double.pi, inner, endpoint: false).elements
  var elements = [Double]()
  elements.reserveCapacity(2 * (outer + inner))
  for t in tOuter { elements += [cos(t), sin(t)] }
  for t in tInner { elements += [cos(t) * factor, sin(t) * factor] }
  let x = Matrix(rows: outer + inner, columns: 2, elements: elements)
  let y = Array(repeating: 0, count: outer) + Array(repeating: 1, count: inner)
  return finishTwoClasses(x, y, shuffle, noise, &generator)
}
