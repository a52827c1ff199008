#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one-sample t-test: is the mean of the population `a` was drawn from equal to
/// `popmean`? (SciPy's `scipy.stats.ttest_1samp(a, popmean, alternative=…)`.)
///
/// The statistic is t = (x̄ − μ₀) / (s/√n) with the sample standard deviation s (`ddof = 1`),
/// compared with Student's t on n − 1 degrees of freedom.
///
/// ```swift
/// let result = try ttest1Samp([5.1, 4.9, 5.6, 5.8, 6.0, 5.4], popmean: 5)
/// print(result.pValue)              // 0.04102919855187952
/// print(result.confidenceInterval!)  // 95% CI [5.028, 5.905]
/// ```
///
/// - Parameters:
///   - a: the sample, at least 2 observations.
///   - popmean: the mean μ₀ under the null hypothesis.
///   - alternative: `.twoSided` (μ ≠ μ₀), `.less` (μ < μ₀) or `.greater` (μ > μ₀).
///   - confidenceLevel: the level of the interval for the mean, SciPy's
///     `result.confidence_interval(confidence_level)`; a one-sided alternative gives a
///     one-sided interval (`.less`: (−∞, u], `.greater`: [l, ∞)).
/// - Returns: a ``TestResult`` with `t`, the p-value, `df` = n − 1, the estimate (the sample
///   mean) with its interval, and Cohen's d = (x̄ − μ₀)/s as effect size.
/// - Throws: ``InferenceError`` for fewer than 2 observations (SciPy returns NaN with a
///   warning) or a confidence level outside [0, 1].
///
/// A sample with zero variance gives t = ±∞ and p = 0, or NaN when x̄ = μ₀, as in SciPy.
public func ttest1Samp(
  _ a: Vector, popmean: Double, alternative: Alternative = .twoSided, confidenceLevel: Double = 0.95
) throws(InferenceError) -> TestResult {
  try requireObservations(a, 2, in: "ttest1Samp")
  try requireConfidenceLevel(confidenceLevel, in: "ttest1Samp")
  let (mean, variance) = meanAndVariance(a)
  let n = Double(a.count)
  let standardError = (variance / n).squareRoot()
  let t = (mean - popmean) / standardError
  let null = nullT(n - 1)
  return TestResult(
    test: "One-sample t-test", statisticName: "t", statistic: t,
    pValue: symmetricPValue(t, null, alternative), alternative: alternative, df: n - 1,
    estimate: ("mean", mean),
    confidenceInterval: nullQuantileInterval(
      estimate: mean, standardError: standardError, null, level: confidenceLevel, alternative),
    effectSize: ("Cohen's d", (mean - popmean) / variance.squareRoot()))
}

/// The t-based confidence interval for the mean of the population `a` was drawn from:
/// x̄ ± t_{n−1, (1+level)/2} · s/√n (SciPy's
/// `scipy.stats.t.interval(confidence, len(a) - 1, loc=np.mean(a), scale=scipy.stats.sem(a))`,
/// and `ttest_1samp(a, 0).confidence_interval(confidence)`).
///
/// - Parameters:
///   - a: the sample, at least 2 observations.
///   - confidenceLevel: between 0 and 1; 0.95 by default.
/// - Throws: ``InferenceError`` for fewer than 2 observations or a level outside [0, 1].
public func meanConfidenceInterval(_ a: Vector, confidenceLevel: Double = 0.95) throws(InferenceError)
  -> ConfidenceInterval
{
  try requireObservations(a, 2, in: "meanConfidenceInterval")
  try requireConfidenceLevel(confidenceLevel, in: "meanConfidenceInterval")
  let (mean, variance) = meanAndVariance(a)
  let n = Double(a.count)
  return nullQuantileInterval(
    estimate: mean, standardError: (variance / n).squareRoot(), nullT(n - 1), level: confidenceLevel, .twoSided)
}
