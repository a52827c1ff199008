#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The nonparametric bootstrap of one sample: resample with replacement, recompute the
// statistic, and read a confidence interval off the bootstrap distribution — SciPy's
// `scipy.stats.bootstrap((data,), statistic)`, whose resamples, with the same legacy
// `RandomState` as `random_state`, MLMath draws in the same order.

/// How `bootstrap` turns the bootstrap distribution into an interval (SciPy's `method=`).
public enum BootstrapMethod: String, Sendable, Hashable, CaseIterable {
  /// The α/2 and 1 − α/2 quantiles of the bootstrap distribution (`'percentile'`).
  case percentile
  /// The percentile interval reflected about the estimate: [2θ̂ − q_hi, 2θ̂ − q_lo] (`'basic'`).
  case basic
  /// Bias-corrected and accelerated (Efron 1987; Efron & Tibshirani 1993, §14.3): quantiles
  /// moved by the median bias of the distribution and a jackknife acceleration (`'BCa'`,
  /// SciPy's default).
  case bca
}

/// What `bootstrap` returns (SciPy's `BootstrapResult`).
///
/// ```text
/// Bootstrap (BCa, 9999 resamples)
///   95% CI [5, 6.2]
///   standard error = 0.3064
/// ```
public struct BootstrapResult: Sendable, CustomStringConvertible {
  /// The confidence interval for the statistic (one end infinite for a one-sided interval).
  public let confidenceInterval: ConfidenceInterval
  /// The statistic of every resample, in the order drawn (SciPy's `bootstrap_distribution`).
  public let bootstrapDistribution: Vector
  /// The standard deviation (ddof = 1) of the bootstrap distribution (SciPy's `standard_error`).
  public let standardError: Double
  /// The method the interval was built with.
  public let method: BootstrapMethod

  public var description: String {
    let name = method == .bca ? "BCa" : method.rawValue
    return """
      Bootstrap (\(name), \(bootstrapDistribution.count) resamples)
        \(confidenceInterval)
        standard error = \(reportNumber(standardError))
      """
  }
}

/// A bootstrap confidence interval for `statistic(data)`, resampling on `generator`
/// (SciPy's `scipy.stats.bootstrap((data,), statistic, n_resamples=, confidence_level=,
/// method=, alternative=, random_state=generator)`).
///
/// ```swift
/// let data = Vector([4.1, 5.2, 6.3, 5.5, 4.8, 7.1, 5.9, 6.0])
/// var rng = RandomState(seed: 0)   // SciPy: random_state=np.random.RandomState(0)
/// let result = try bootstrap(data, statistic: { $0.mean() }, using: &rng)
/// print(result.confidenceInterval)   // 95% CI [5, 6.2]
/// ```
///
/// - Parameters:
///   - data: the sample, at least 2 observations.
///   - statistic: the estimate, a function of a sample of the same length as `data`.
///   - nResamples: how many resamples (SciPy's 9999 by default), at least 1.
///   - confidenceLevel: the level of the interval, in (0, 1).
///   - method: `.percentile`, `.basic` or `.bca` (SciPy's default).
///   - alternative: `.twoSided` for a two-sided interval; `.less` gives (−∞, upper] and
///     `.greater` [lower, ∞), each end at level `confidenceLevel` alone.
///   - generator: the legacy NumPy stream. Resample i is `data[idx[i]]` with `idx` the
///     `nResamples × n` indices of `generator.randint(0, n, size: nResamples * n)`, which is
///     exactly the draw `bootstrap` makes in SciPy 1.17 on a `np.random.RandomState`
///     (`random_state.randint(0, n, (n_resamples, n))`, one batch by default; smaller
///     `batch`es draw the same stream in the same order). With the same seed and a statistic
///     computing the same numbers as the Python one, the distribution and the interval are
///     SciPy's.
/// - Returns: the interval, the bootstrap distribution and its standard error. The interval
///   ends are the `scipy.stats.quantile` (linear, Hyndman–Fan type 7) quantiles of the
///   distribution; they are NaN when that is degenerate for BCa (SciPy warns), as SciPy.
/// - Throws: `InferenceError` for fewer than 2 observations or `nResamples` < 1; rethrows
///   what `statistic` throws.
public func bootstrap(
  _ data: Vector, statistic: (Vector) throws -> Double, nResamples: Int = 9999,
  confidenceLevel: Double = 0.95, method: BootstrapMethod = .bca, alternative: Alternative = .twoSided,
  using generator: inout RandomState
) throws -> BootstrapResult {
  try checkBootstrapArguments(data, nResamples)
  let n = data.count
  return try bootstrapCore(
    data, statistic, nResamples, confidenceLevel, method, alternative,
    drawIndices: { count in generator.randint(0, n, size: count).elements })
}

/// A bootstrap confidence interval on the process-wide stream that `Random.seed` seeds
/// (SciPy's `bootstrap` with `random_state=None`, which draws from `np.random`'s global
/// generator; with the same seed, the same resamples).
public func bootstrap(
  _ data: Vector, statistic: (Vector) throws -> Double, nResamples: Int = 9999,
  confidenceLevel: Double = 0.95, method: BootstrapMethod = .bca, alternative: Alternative = .twoSided
) throws -> BootstrapResult {
  try checkBootstrapArguments(data, nResamples)
  let n = data.count
  // The indices are drawn under the shared generator's lock, the statistic evaluated
  // outside it (it may draw random numbers itself).
  return try bootstrapCore(
    data, statistic, nResamples, confidenceLevel, method, alternative,
    drawIndices: { count in Random.draw { $0.randint(0, n, size: count).elements } })
}

private func checkBootstrapArguments(_ data: Vector, _ nResamples: Int) throws {
  if data.count < 2 { throw tooFewObservations("bootstrap", "the sample", needs: 2, got: data.count) }
  if nResamples < 1 {
    throw InferenceError("bootstrap", "nResamples must be a positive integer, got \(nResamples)")
  }
}

/// The bootstrap after the checks; `drawIndices(k)` returns the next k indices of the stream.
private func bootstrapCore(
  _ data: Vector, _ statistic: (Vector) throws -> Double, _ nResamples: Int, _ level: Double,
  _ method: BootstrapMethod, _ alternative: Alternative, drawIndices: (Int) -> [Int]
) throws -> BootstrapResult {
  let n = data.count
  let values = data.elements
  // Batches of resamples keep memory bounded; the stream is the same as one big draw.
  let batch = Swift.max(1, Swift.min(nResamples, (1 << 20) / n))
  var distribution: [Double] = []
  distribution.reserveCapacity(nResamples)
  var done = 0
  while done < nResamples {
    let size = Swift.min(batch, nResamples - done)
    let indices = drawIndices(size * n)
    for r in 0..<size {
      let resample = Vector((0..<n).map { values[indices[r * n + $0]] })
      distribution.append(try statistic(resample))
    }
    done += size
  }

  let alpha = alternative == .twoSided ? (1 - level) / 2 : (1 - level)
  var levels = (alpha, 1 - alpha)
  let estimate = method == .percentile ? .nan : try statistic(data)
  if method == .bca {
    levels = try bcaLevels(values, statistic, estimate, distribution, alpha)
  }
  let sorted = sortedWithNaNLast(distribution)
  var lower = linearQuantile(sorted, levels.0)
  var upper = linearQuantile(sorted, levels.1)
  if method == .basic { (lower, upper) = (2 * estimate - upper, 2 * estimate - lower) }
  if alternative == .less { lower = -.infinity }
  if alternative == .greater { upper = .infinity }
  let distributionVector = Vector(distribution)
  return BootstrapResult(
    confidenceInterval: ConfidenceInterval(lower: lower, upper: upper, level: level),
    bootstrapDistribution: distributionVector,
    standardError: unsignedNaN(distributionVector.std(ddof: 1)), method: method)
}

/// The BCa quantile levels Φ(ẑ₀ + (ẑ₀ ± z_α)/(1 − â(ẑ₀ ± z_α))): ẑ₀ from the share of the
/// bootstrap distribution below the estimate, â from the jackknife (SciPy's `_bca_interval`).
private func bcaLevels(
  _ values: [Double], _ statistic: (Vector) throws -> Double, _ estimate: Double,
  _ distribution: [Double], _ alpha: Double
) throws -> (Double, Double) {
  let below = distribution.filter { $0 < estimate }.count
  let atOrBelow = distribution.filter { $0 <= estimate }.count
  let percentile = Double(below + atOrBelow) / Double(2 * distribution.count)
  let z0 = Normal.standard.ppf(percentile)

  let n = values.count
  var jackknife: [Double] = []
  jackknife.reserveCapacity(n)
  for i in 0..<n {
    var sample = values
    sample.remove(at: i)
    jackknife.append(try statistic(Vector(sample)))
  }
  let nj = Double(n)
  let jackknifeMean = pairwiseSum(jackknife) / nj
  let u = jackknife.map { (nj - 1) * (jackknifeMean - $0) }
  let numerator = pairwiseSum(u.map { pow($0, 3) }) / pow(nj, 3)
  let denominator = pairwiseSum(u.map { $0 * $0 }) / pow(nj, 2)
  let a = 1.0 / 6 * numerator / pow(denominator, 1.5)

  let zAlpha = Normal.standard.ppf(alpha)
  let shifted1 = z0 + zAlpha
  let shifted2 = z0 - zAlpha
  return (
    Normal.standard.cdf(z0 + shifted1 / (1 - a * shifted1)),
    Normal.standard.cdf(z0 + shifted2 / (1 - a * shifted2))
  )
}

/// The p-quantile of a sorted sample by `scipy.stats.quantile`'s default (`method='linear'`,
/// Hyndman–Fan type 7) in its own arithmetic: j = ⌊pn + 1 − p⌋ − 1, g = frac(pn + 1 − p),
/// (1 − g)·y[j] + g·y[j + 1]; NaN for p outside [0, 1] or a NaN in the sample.
func linearQuantile(_ sorted: [Double], _ p: Double) -> Double {
  let n = sorted.count
  if n == 0 || p.isNaN || p < 0 || p > 1 { return .nan }
  if sorted.contains(where: \.isNaN) { return .nan }
  let nd = Double(n)
  let jg = p * nd + (1 - p)
  let jp1 = jg.rounded(.down)
  var j = jp1 - 1
  var g = fmod(jg, 1)
  if j < 0 { g = 0 }
  j = Swift.min(Swift.max(j, 0), nd - 1)
  let next = Swift.min(Swift.max(jp1, 0), nd - 1)
  return (1 - g) * sorted[Int(j)] + g * sorted[Int(next)]
}
