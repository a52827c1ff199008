/// The paired t-test for two related samples (before and after, left and right): is the mean
/// of the differences aᵢ − bᵢ zero? (SciPy's `scipy.stats.ttest_rel(a, b, alternative=…)`.)
///
/// It is the one-sample t-test of the differences dᵢ = aᵢ − bᵢ against 0:
/// t = d̄ / (s_d/√n) on n − 1 degrees of freedom.
///
/// ```swift
/// let before: Vector = [72, 80, 65, 90, 78, 84]
/// let after: Vector = [70, 76, 66, 85, 74, 80]
/// print(try ttestRel(before, after).pValue)
/// ```
///
/// - Parameters:
///   - a, b: the paired observations, the same number of each, at least 2 pairs.
///   - alternative: `.twoSided` (mean difference ≠ 0), `.less` (< 0) or `.greater` (> 0).
///   - confidenceLevel: the level of the interval for the mean difference, one-sided for a
///     one-sided alternative (SciPy's `result.confidence_interval(confidence_level)`).
/// - Returns: a ``TestResult`` with `t`, the p-value, `df` = n − 1, the mean difference d̄ with
///   its interval, and Cohen's d = d̄/s_d (the mean difference over the standard deviation of the
///   differences, sometimes written d_z) as effect size.
/// - Throws: ``InferenceError`` when `a` and `b` differ in length (SciPy broadcasts or raises),
///   for fewer than 2 pairs (SciPy returns NaN), or for a level outside [0, 1].
public func ttestRel(
  _ a: Vector, _ b: Vector, alternative: Alternative = .twoSided, confidenceLevel: Double = 0.95
) throws(InferenceError) -> TestResult {
  guard a.count == b.count else {
    throw InferenceError(
      "ttestRel", "the samples must have the same length for pairs, got \(a.count) and \(b.count)")
  }
  try requireObservations(a, 2, in: "ttestRel", unit: "pair")
  try requireConfidenceLevel(confidenceLevel, in: "ttestRel")
  let differences = Vector(zip(a.elements, b.elements).map { $0 - $1 })
  let oneSample = try ttest1Samp(
    differences, popmean: 0, alternative: alternative, confidenceLevel: confidenceLevel)
  return TestResult(
    test: "Paired t-test", statisticName: "t", statistic: oneSample.statistic, pValue: oneSample.pValue,
    alternative: alternative, df: oneSample.df, estimate: ("mean difference", oneSample.estimate?.value ?? .nan),
    confidenceInterval: oneSample.confidenceInterval, effectSize: oneSample.effectSize)
}
