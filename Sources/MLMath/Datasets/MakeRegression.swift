/// A random linear regression problem: Gaussian features and a target that is a sparse
/// linear function of them plus noise (scikit-learn's `sklearn.datasets.make_regression(
/// n_samples=100, n_features=100, n_informative=10, n_targets=1, bias=0.0, noise=0.0,
/// shuffle=True, coef=True, random_state=None)`).
///
/// ```swift
/// let (X, y, coef) = try makeRegression(nSamples: 50, nFeatures: 3, nInformative: 2, noise: 5, randomState: 0)
/// // X, y, coef = make_regression(n_samples=50, n_features=3, n_informative=2, noise=5,
/// //                              coef=True, random_state=0)
/// ```
///
/// In scikit-learn's order: `X` is `nSamples × nFeatures` standard normal deviates; the
/// first `nInformative` coefficients are `100 · U(0, 1)` draws, the others 0; `y = X·coef +
/// bias`, plus `noise` times standard normal deviates when `noise` > 0; then the rows of `X`
/// and `y` are shuffled together, and the columns of `X` with the entries of `coef`.
///
/// - Parameters:
///   - nSamples, nFeatures: the shape of `X`, each at least 1.
///   - nInformative: how many features the target depends on, ≥ 0 (at most `nFeatures`
///     are used).
///   - bias: the intercept, finite.
///   - noise: the standard deviation of the Gaussian noise, ≥ 0.
///   - shuffle: whether to shuffle the samples and the features.
///   - randomState: the seed, in 0…2³²−1, of a fresh ``RandomState``; nil draws from the
///     process-wide ``Random``.
/// - Returns: `X`, the targets `y`, and the true coefficients `coef` (scikit-learn's
///   `coef=True`; write `let (X, y, _) =` to ignore them). `X` and `coef` are scikit-learn's
///   bit for bit; `y` sums its products in order, left to right, where NumPy's `np.dot` uses
///   BLAS (with fused multiply-adds on most machines), so it agrees to rounding: within 1e-12
///   of the largest |y| (measured: 2.7e-16).
/// - Throws: ``DatasetError`` for an argument outside its range or a seed out of range.
///   scikit-learn's `effective_rank` (a low-rank `X`) is not offered.
public func makeRegression(
  nSamples: Int = 100, nFeatures: Int = 100, nInformative: Int = 10, bias: Double = 0.0, noise: Double = 0.0,
  shuffle: Bool = true, randomState: Int? = nil
) throws -> (X: Matrix, y: Vector, coef: Vector) {
  try checkRegression(nSamples, nFeatures, nInformative, 1, bias, noise)
  return try withGenerator(seed: randomState, function: "makeRegression") { generator in
    let (x, y, coef) = regression(nSamples, nFeatures, nInformative, 1, bias, noise, shuffle, &generator)
    return (x, Vector(y.elements), Vector(coef.elements))
  }
}

/// A regression problem with `nTargets` targets (scikit-learn's `make_regression(n_targets=k)`):
/// `y` is `nSamples × nTargets` and `coef` `nFeatures × nTargets`, also for one target
/// (scikit-learn then squeezes them to 1-D).
public func makeRegression(
  nSamples: Int = 100, nFeatures: Int = 100, nInformative: Int = 10, nTargets: Int, bias: Double = 0.0,
  noise: Double = 0.0, shuffle: Bool = true, randomState: Int? = nil
) throws -> (X: Matrix, y: Matrix, coef: Matrix) {
  try checkRegression(nSamples, nFeatures, nInformative, nTargets, bias, noise)
  return try withGenerator(seed: randomState, function: "makeRegression") { generator in
    regression(nSamples, nFeatures, nInformative, nTargets, bias, noise, shuffle, &generator)
  }
}

/// A regression problem drawn from `generator` (scikit-learn's `make_regression(random_state=rng)`).
public func makeRegression(
  nSamples: Int = 100, nFeatures: Int = 100, nInformative: Int = 10, bias: Double = 0.0, noise: Double = 0.0,
  shuffle: Bool = true, using generator: inout RandomState
) throws -> (X: Matrix, y: Vector, coef: Vector) {
  try checkRegression(nSamples, nFeatures, nInformative, 1, bias, noise)
  let (x, y, coef) = regression(nSamples, nFeatures, nInformative, 1, bias, noise, shuffle, &generator)
  return (x, Vector(y.elements), Vector(coef.elements))
}

private func checkRegression(
  _ nSamples: Int, _ nFeatures: Int, _ nInformative: Int, _ nTargets: Int, _ bias: Double, _ noise: Double
) throws(DatasetError) {
  try requireArgument(nSamples >= 1, "makeRegression", "nSamples must be at least 1 (got \(nSamples))")
  try requireArgument(nFeatures >= 1, "makeRegression", "nFeatures must be at least 1 (got \(nFeatures))")
  try requireArgument(nInformative >= 0, "makeRegression", "nInformative must be ≥ 0 (got \(nInformative))")
  try requireArgument(nTargets >= 1, "makeRegression", "nTargets must be at least 1 (got \(nTargets))")
  try requireArgument(bias.isFinite, "makeRegression", "bias must be finite (got \(bias))")
  try requireArgument(noise >= 0, "makeRegression", "noise must be ≥ 0 (got \(noise))")
}

private func regression(
  _ nSamples: Int, _ nFeatures: Int, _ nInformative: Int, _ nTargets: Int, _ bias: Double, _ noise: Double,
  _ shuffle: Bool, _ generator: inout RandomState
) -> (X: Matrix, y: Matrix, coef: Matrix) {
  let informative = Swift.min(nFeatures, nInformative)
  var x = generator.standardNormal(size: (nSamples, nFeatures))
  var coef = Matrix(rows: nFeatures, columns: nTargets)
  let weights = generator.uniform(0, 1, size: (informative, nTargets))
  for k in weights.elements.indices { coef.elements[k] = 100 * weights.elements[k] }
  var y = product(x, coef)
  for k in y.elements.indices { y.elements[k] += bias }
  if noise > 0 {
    let deviations = generator.normal(0, noise, size: (nSamples, nTargets))
    for k in y.elements.indices { y.elements[k] += deviations.elements[k] }
  }
  if shuffle {
    var order = Array(0..<nSamples)
    generator.shuffle(&order)
    x = takeRows(x, order)
    y = takeRows(y, order)
    var features = Array(0..<nFeatures)
    generator.shuffle(&features)
    x = takeColumns(x, features)
    coef = takeRows(coef, features)
  }
  return (x, y, coef)
}

/// `a · b` with each entry summed in order, left to right, without fused multiply-adds, so
/// the data sets are the same on every machine (NumPy's `np.dot` goes through BLAS and may
/// differ from this in the last bits).
func product(_ a: Matrix, _ b: Matrix) -> Matrix {
  var out = Matrix(rows: a.rows, columns: b.columns)
  for i in 0..<a.rows {
    for j in 0..<b.columns {
      var sum = 0.0
      for k in 0..<a.columns { sum += a.elements[i * a.columns + k] * b.elements[k * b.columns + j] }
      out.elements[i * b.columns + j] = sum
    }
  }
  return out
}
