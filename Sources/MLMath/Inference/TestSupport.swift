#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// What every parametric test shares: checking its input once, the p-value of a
// statistic under a t or normal null distribution, and the confidence interval
// that goes with it (SciPy's `_get_pvalue` and `_t_confidence_interval`).

/// Throws unless `sample` has at least `minimum` observations: "b needs at least 2
/// observations, got 1" (`name` nil leaves the subject to the function name).
func requireObservations(
  _ sample: Vector, _ minimum: Int, in function: String, name: String? = nil, unit: String = "observation"
) throws(InferenceError) {
  if sample.count < minimum {
    let subject = name.map { "\($0) needs" } ?? "needs"
    throw InferenceError(
      function, "\(subject) at least \(minimum) \(unit)\(minimum == 1 ? "" : "s"), got \(sample.count)")
  }
}

/// Throws unless 0 ≤ `level` ≤ 1 (SciPy's message for `confidence_level`).
func requireConfidenceLevel(_ level: Double, in function: String) throws(InferenceError) {
  if !(level >= 0 && level <= 1) {
    throw InferenceError(function, "confidenceLevel must be a number between 0 and 1, got \(level)")
  }
}

/// Throws unless 0 < `alpha` < 1.
func requireSignificanceLevel(_ alpha: Double, in function: String, name: String = "alpha") throws(InferenceError) {
  if !(alpha > 0 && alpha < 1) {
    throw InferenceError(function, "\(name) must be strictly between 0 and 1, got \(alpha)")
  }
}

/// The t distribution with `df` degrees of freedom, or nil where SciPy's `stdtr` answers NaN
/// (df NaN or ≤ 0); an infinite df is the standard normal.
func nullT(_ df: Double) -> (any ContinuousDistribution)? {
  if df == .infinity { return Normal.standard }
  return try? StudentT(df: df)
}

/// The p-value of `statistic` under `distribution` for `alternative`, as SciPy's `_get_pvalue`
/// for a symmetric null: the lower tail, the upper tail, or twice the upper tail of |statistic|.
func symmetricPValue(_ statistic: Double, _ distribution: (any ContinuousDistribution)?, _ alternative: Alternative)
  -> Double
{
  guard let distribution, !statistic.isNaN else { return .nan }
  switch alternative {
  case .less: return distribution.cdf(statistic)
  case .greater: return distribution.sf(statistic)
  case .twoSided: return 2 * distribution.sf(abs(statistic))
  }
}

/// The interval `estimate + standardError · [q_lo, q_hi]` with the quantiles of the null
/// `distribution` that SciPy's `TtestResult.confidence_interval` uses: both tails for a
/// two-sided test (the `(1 − level)/2` and `1 − (1 − level)/2` quantiles), one for a one-sided one,
/// the other end infinite.
func nullQuantileInterval(
  estimate: Double, standardError: Double, _ distribution: (any ContinuousDistribution)?, level: Double,
  _ alternative: Alternative
) -> ConfidenceInterval {
  guard let distribution else { return ConfidenceInterval(lower: .nan, upper: .nan, level: level) }
  let low: Double
  let high: Double
  switch alternative {
  case .less: (low, high) = (-.infinity, distribution.ppf(level))
  case .greater: (low, high) = (distribution.ppf(1 - level), .infinity)
  case .twoSided:
    let tail = (1 - level) / 2
    (low, high) = (distribution.ppf(tail), distribution.ppf(1 - tail))
  }
  return ConfidenceInterval(
    lower: low * standardError + estimate, upper: high * standardError + estimate, level: level)
}

/// The mean and the unbiased variance (`ddof = 1`) of a sample, as SciPy's t-tests compute them.
func meanAndVariance(_ sample: Vector) -> (mean: Double, variance: Double) {
  (sample.mean(), sample.variance(ddof: 1))
}
