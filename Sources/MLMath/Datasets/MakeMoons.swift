#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Two interleaving half circles in the plane, for classifiers that need a curved boundary
/// (scikit-learn's `sklearn.datasets.make_moons(n_samples=100, shuffle=True, noise=None,
/// random_state=None)`).
///
/// ```swift
/// let (X, y) = try makeMoons(nSamples: 200, noise: 0.1, randomState: 0)
/// // X, y = make_moons(n_samples=200, noise=0.1, random_state=0)
/// ```
///
/// The first `nSamples / 2` points (rounded down) lie on the upper half circle (cos t, sin t),
/// t evenly spaced over [0, π], with label 0; the rest on the lower one (1 − cos t,
/// 1/2 − sin t), with label 1. The rows are then shuffled, and Gaussian noise of standard
/// deviation `noise` added to every coordinate, in scikit-learn's order.
///
/// - Parameters:
///   - nSamples: the number of points, at least 1.
///   - shuffle: whether to shuffle the rows (otherwise the outer moon comes first).
///   - noise: the standard deviation of the noise, ≥ 0; nil adds none (and draws nothing).
///   - randomState: the seed, in 0…2³²−1, of a fresh ``RandomState``; nil draws from the
///     process-wide ``Random``. With the same seed, `X` and `y` are scikit-learn's, bit for bit.
/// - Returns: `X`, `nSamples × 2`, and the labels `y` (0 or 1).
/// - Throws: ``DatasetError`` for `nSamples` < 1, a negative or NaN `noise`, or a seed out of range.
public func makeMoons(nSamples: Int = 100, shuffle: Bool = true, noise: Double? = nil, randomState: Int? = nil)
  throws -> (X: Matrix, y: IntVector)
{
  try checkMoons(nSamples / 2, nSamples - nSamples / 2, noise, total: nSamples)
  return try withGenerator(seed: randomState, function: "makeMoons") { generator in
    moons(nSamples / 2, nSamples - nSamples / 2, shuffle, noise, &generator)
  }
}

/// Two half circles with `nSamples.outer` and `nSamples.inner` points (scikit-learn's
/// `make_moons(n_samples=(n_out, n_in))`), for unbalanced classes.
public func makeMoons(
  nSamples: (outer: Int, inner: Int), shuffle: Bool = true, noise: Double? = nil, randomState: Int? = nil
) throws -> (X: Matrix, y: IntVector) {
  try checkMoons(nSamples.outer, nSamples.inner, noise, total: nil)
  return try withGenerator(seed: randomState, function: "makeMoons") { generator in
    moons(nSamples.outer, nSamples.inner, shuffle, noise, &generator)
  }
}

/// Two half circles drawn from `generator` (scikit-learn's `make_moons(random_state=rng)`
/// with a `np.random.RandomState` shared with other calls).
public func makeMoons(
  nSamples: Int = 100, shuffle: Bool = true, noise: Double? = nil, using generator: inout RandomState
) throws -> (X: Matrix, y: IntVector) {
  try checkMoons(nSamples / 2, nSamples - nSamples / 2, noise, total: nSamples)
  return moons(nSamples / 2, nSamples - nSamples / 2, shuffle, noise, &generator)
}

private func checkMoons(_ outer: Int, _ inner: Int, _ noise: Double?, total: Int?) throws(DatasetError) {
  if let total {
    try requireArgument(total >= 1, "makeMoons", "nSamples must be at least 1 (got \(total))")
  } else {
    try requireArgument(
      outer >= 0 && inner >= 0 && outer + inner >= 1, "makeMoons",
      "nSamples must be two counts ≥ 0, not both 0 (got (\(outer), \(inner)))")
  }
  if let noise {
    try requireArgument(noise >= 0, "makeMoons", "noise must be ≥ 0 (got \(noise))")
  }
}

private func moons(_ outer: Int, _ inner: Int, _ shuffle: Bool, _ noise: Double?, _ generator: inout RandomState)
  -> (X: Matrix, y: IntVector)
{
  let tOuter = linspace(0, Double.pi, outer).elements
  let tInner = linspace(0, Double.pi, inner).elements
  var elements = [Double]()
  elements.reserveCapacity(2 * (outer + inner))
  for t in tOuter { elements += [cos(t), sin(t)] }
  for t in tInner { elements += [1 - cos(t), 1 - sin(t) - 0.5] }
  let x = Matrix(rows: outer + inner, columns: 2, elements: elements)
  let y = Array(repeating: 0, count: outer) + Array(repeating: 1, count: inner)
  return finishTwoClasses(x, y, shuffle, noise, &generator)
}

/// scikit-learn's last steps of `make_moons` and `make_circles`: shuffle the samples, then
/// add `generator.normal(scale=noise, size=X.shape)`.
func finishTwoClasses(
  _ x: Matrix, _ y: [Int], _ shuffle: Bool, _ noise: Double?, _ generator: inout RandomState
) -> (X: Matrix, y: IntVector) {
  var (x, y) = (x, y)
  if shuffle { (x, y) = generator.shuffleSamples(x, y) }
  if let noise {
    let deviations = generator.normal(0, noise, size: (x.rows, x.columns))
    for k in x.elements.indices { x.elements[k] += deviations.elements[k] }
  }
  return (x, IntVector(y))
}
