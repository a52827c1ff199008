#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The pieces of a two-sample t statistic: the difference of the means, its standard error,
/// the degrees of freedom and the standard deviation Cohen's d divides by.
struct TwoSampleT {
  var difference: Double
  var standardError: Double
  var df: Double
  var effectScale: Double

  /// Pooled (Student) or unpooled (Welch) as SciPy's `_equal_var_ttest_denom` /
  /// `_unequal_var_ttest_denom`; the caller has checked the sample sizes.
  init(_ a: Vector, _ b: Vector, equalVar: Bool) {
    let (m1, v1) = meanAndVariance(a)
    let (m2, v2) = meanAndVariance(b)
    let n1 = Double(a.count)
    let n2 = Double(b.count)
    difference = m1 - m2
    if equalVar {
      // A sample of one contributes no squared deviations (its variance is 0/0).
      let w1 = a.count == 1 ? 0 : v1
      let w2 = b.count == 1 ? 0 : v2
      df = n1 + n2 - 2
      let pooled = ((n1 - 1) * w1 + (n2 - 1) * w2) / df
      standardError = (pooled * (1 / n1 + 1 / n2)).squareRoot()
      effectScale = pooled.squareRoot()
    } else {
      let vn1 = v1 / n1
      let vn2 = v2 / n2
      let welch = (vn1 + vn2) * (vn1 + vn2) / (vn1 * vn1 / (n1 - 1) + vn2 * vn2 / (n2 - 1))
      // Both variances 0: any df gives the same answer, SciPy uses 1.
      df = welch.isNaN ? 1 : welch
      standardError = (vn1 + vn2).squareRoot()
      effectScale = ((v1 + v2) / 2).squareRoot()
    }
  }

  /// Throws unless the samples are large enough for the chosen variance.
  static func check(_ a: Vector, _ b: Vector, equalVar: Bool, in function: String) throws(InferenceError) {
    if equalVar {
      try requireObservations(a, 1, in: function, name: "a")
      try requireObservations(b, 1, in: function, name: "b")
      if a.count + b.count < 3 {
        throw InferenceError(
          function, "the pooled variance needs at least 3 observations in all, got \(a.count + b.count)")
      }
    } else {
      try requireObservations(a, 2, in: function, name: "a")
      try requireObservations(b, 2, in: function, name: "b")
    }
  }
}

/// The two-sample t-test for independent samples: do the populations `a` and `b` were drawn
/// from have the same mean? (SciPy's `scipy.stats.ttest_ind(a, b, equal_var=…, alternative=…)`.)
///
/// t = (x̄₁ − x̄₂) / SE compared with Student's t:
/// - `equalVar: true` (Student's test, SciPy's default): SE = s_p √(1/n₁ + 1/n₂) with the pooled
///   variance s_p² = ((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2), on n₁ + n₂ − 2 degrees of freedom;
/// - `equalVar: false` (Welch's test): SE = √(s₁²/n₁ + s₂²/n₂) on the Welch–Satterthwaite
///   degrees of freedom (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)).
///
/// ```swift
/// let control: Vector = [20.1, 21.3, 19.8, 22.0, 20.6]
/// let treated: Vector = [22.4, 23.1, 21.9, 24.0, 22.8, 23.5]
/// print(try ttestInd(control, treated, equalVar: false))
/// ```
///
/// - Parameters:
///   - a, b: the samples. Pooled: each at least 1 observation and 3 in all; Welch: each at least 2.
///   - equalVar: whether to assume equal population variances (pool them).
///   - alternative: `.twoSided` (μ₁ ≠ μ₂), `.less` (μ₁ < μ₂) or `.greater` (μ₁ > μ₂).
///   - confidenceLevel: the level of the interval for μ₁ − μ₂ (SciPy's
///     `result.confidence_interval(confidence_level)`), one-sided for a one-sided alternative.
/// - Returns: a ``TestResult`` with `t`, the p-value, `df`, the estimate x̄₁ − x̄₂ with its
///   interval, and Cohen's d: (x̄₁ − x̄₂)/s_p for the pooled test, and
///   (x̄₁ − x̄₂)/√((s₁² + s₂²)/2) (the average-variance d) for Welch's.
/// - Throws: ``InferenceError`` for samples too small for the variance they need (SciPy returns
///   NaN) or a confidence level outside [0, 1].
public func ttestInd(
  _ a: Vector, _ b: Vector, equalVar: Bool = true, alternative: Alternative = .twoSided,
  confidenceLevel: Double = 0.95
) throws(InferenceError) -> TestResult {
  try TwoSampleT.check(a, b, equalVar: equalVar, in: "ttestInd")
  try requireConfidenceLevel(confidenceLevel, in: "ttestInd")
  let pieces = TwoSampleT(a, b, equalVar: equalVar)
  let t = pieces.difference / pieces.standardError
  let null = nullT(pieces.df)
  return TestResult(
    test: equalVar ? "Two-sample t-test" : "Welch's two-sample t-test", statisticName: "t", statistic: t,
    pValue: symmetricPValue(t, null, alternative), alternative: alternative, df: pieces.df,
    estimate: ("mean difference", pieces.difference),
    confidenceInterval: nullQuantileInterval(
      estimate: pieces.difference, standardError: pieces.standardError, null, level: confidenceLevel, alternative),
    effectSize: ("Cohen's d", pieces.difference / pieces.effectScale))
}

/// The t-based confidence interval for the difference μ₁ − μ₂ of two population means, from
/// independent samples: (x̄₁ − x̄₂) ± t · SE with the pooled or Welch standard error and degrees
/// of freedom of ``ttestInd(_:_:equalVar:alternative:confidenceLevel:)`` (SciPy's
/// `ttest_ind(a, b, equal_var=…).confidence_interval(confidence_level)`, statsmodels'
/// `CompareMeans.from_data(a, b).tconfint_diff(alpha, usevar='pooled' | 'unequal')`).
///
/// - Throws: ``InferenceError`` for samples too small for the variance they need, or a level
///   outside [0, 1].
public func meanDifferenceConfidenceInterval(
  _ a: Vector, _ b: Vector, equalVar: Bool = true, confidenceLevel: Double = 0.95
) throws(InferenceError) -> ConfidenceInterval {
  try TwoSampleT.check(a, b, equalVar: equalVar, in: "meanDifferenceConfidenceInterval")
  try requireConfidenceLevel(confidenceLevel, in: "meanDifferenceConfidenceInterval")
  let pieces = TwoSampleT(a, b, equalVar: equalVar)
  return nullQuantileInterval(
    estimate: pieces.difference, standardError: pieces.standardError, nullT(pieces.df), level: confidenceLevel,
    .twoSided)
}
