/// How a two-sample z-test estimates the standard error of x̄₁ − x̄₂ (statsmodels' `usevar`).
public enum ZtestVariance: String, Sendable, Hashable, CaseIterable {
  /// One variance for both populations, pooled from the two samples (`usevar='pooled'`).
  case pooled
  /// A variance for each population (`usevar='unequal'`).
  case unequal
}

/// The one-sample z-test for a mean: is the mean of the population `a` was drawn from equal
/// to `value`? (statsmodels' `statsmodels.stats.weightstats.ztest(a, value=…, alternative=…)`,
/// with `zconfint` for the interval.)
///
/// z = (x̄ − value) / SE compared with the standard normal distribution, where SE = σ/√n for a
/// known population standard deviation `sigma`, and otherwise s/√n with the sample standard
/// deviation s (divisor n − `ddof`), as statsmodels does — for small samples the t-test
/// (``ttest1Samp(_:popmean:alternative:confidenceLevel:)``) is the exact test then.
///
/// ```swift
/// // IQ scores, population σ = 15 known: is the mean 100?
/// let scores: Vector = [104, 112, 98, 120, 109, 101, 115, 108]
/// print(try ztest(scores, value: 100, sigma: 15))
/// ```
///
/// - Parameters:
///   - a: the sample: at least 1 observation with `sigma`, otherwise more than `ddof` (2 for the default).
///   - value: the mean under the null hypothesis (0 by default, as statsmodels).
///   - sigma: the known population standard deviation, > 0; nil to estimate it from `a`.
///   - alternative: `.twoSided`, `.less` (μ < value) or `.greater` (μ > value) — statsmodels'
///     `'two-sided'`, `'smaller'`, `'larger'`.
///   - ddof: the divisor of the estimated variance is n − ddof (statsmodels' default 1).
///   - confidenceLevel: the level of the interval for the mean (one-sided for a one-sided
///     alternative, as statsmodels' `zconfint(…, alternative=…)`).
/// - Returns: a ``TestResult`` with `z`, the p-value, the sample mean with its interval, and
///   Cohen's d = (x̄ − value)/σ (or /s) as effect size.
/// - Throws: ``InferenceError`` for too few observations, a `sigma` that is not positive and
///   finite, or a level outside [0, 1].
public func ztest(
  _ a: Vector, value: Double = 0, sigma: Double? = nil, alternative: Alternative = .twoSided, ddof: Double = 1,
  confidenceLevel: Double = 0.95
) throws(InferenceError) -> TestResult {
  try requireConfidenceLevel(confidenceLevel, in: "ztest")
  let mean = a.mean()
  let n = Double(a.count)
  let scale: Double
  if let sigma {
    try requireKnownSigma(sigma, "sigma")
    try requireObservations(a, 1, in: "ztest")
    scale = sigma
  } else {
    try requireObservations(a, 2, in: "ztest")
    try requireDivisor(n - ddof, ddof: ddof, in: "ztest")
    scale = (a.variance(ddof: 0) * n / (n - ddof)).squareRoot()
  }
  // statsmodels: var = x.var() / (n − ddof); the same as s²/n with s² over n − ddof.
  let standardError = sigma.map { $0 / n.squareRoot() } ?? (a.variance(ddof: 0) / (n - ddof)).squareRoot()
  let z = (mean - value) / standardError
  return TestResult(
    test: sigma == nil ? "One-sample z-test" : "One-sample z-test, known σ", statisticName: "z", statistic: z,
    pValue: symmetricPValue(z, Normal.standard, alternative), alternative: alternative,
    estimate: ("mean", mean),
    confidenceInterval: nullQuantileInterval(
      estimate: mean, standardError: standardError, Normal.standard, level: confidenceLevel, alternative),
    effectSize: ("Cohen's d", (mean - value) / scale))
}

/// The two-sample z-test for independent samples: is μ₁ − μ₂ equal to `value`? (statsmodels'
/// `ztest(a, b, value=…, alternative=…, usevar=…)`, with `zconfint` for the interval.)
///
/// z = (x̄₁ − x̄₂ − value) / SE compared with the standard normal distribution, where
/// - with known population standard deviations `sigma` = (σ₁, σ₂): SE = √(σ₁²/n₁ + σ₂²/n₂);
/// - `usevar: .pooled` (statsmodels' default): SE² = (n₁v₁ + n₂v₂)/(n₁ + n₂ − 2·ddof) · (1/n₁ + 1/n₂)
///   with the population variances vᵢ (divisor nᵢ);
/// - `usevar: .unequal`: SE² = v₁/(n₁ − ddof) + v₂/(n₂ − ddof).
///
/// - Parameters:
///   - a, b: the samples (each at least 1 observation with `sigma`, otherwise at least 2).
///   - value: the difference μ₁ − μ₂ under the null hypothesis, 0 by default.
///   - sigma: the known population standard deviations (σ₁, σ₂), each > 0; nil to estimate them.
///   - usevar: how the variances are estimated when `sigma` is nil.
///   - alternative: `.twoSided`, `.less` (μ₁ − μ₂ < value) or `.greater` (μ₁ − μ₂ > value).
///   - ddof: degrees of freedom subtracted in the variance divisors (statsmodels' default 1).
///   - confidenceLevel: the level of the interval for μ₁ − μ₂.
/// - Returns: a ``TestResult`` with `z`, the p-value, x̄₁ − x̄₂ with its interval, and Cohen's d =
///   (x̄₁ − x̄₂ − value)/s with s the pooled standard deviation (`.pooled`), √((s₁² + s₂²)/2)
///   (`.unequal`) or √((σ₁² + σ₂²)/2) (known σ).
/// - Throws: ``InferenceError`` for too few observations, a `sigma` that is not positive and
///   finite, or a level outside [0, 1].
public func ztest(
  _ a: Vector, _ b: Vector, value: Double = 0, sigma: (Double, Double)? = nil, usevar: ZtestVariance = .pooled,
  alternative: Alternative = .twoSided, ddof: Double = 1, confidenceLevel: Double = 0.95
) throws(InferenceError) -> TestResult {
  try requireConfidenceLevel(confidenceLevel, in: "ztest")
  let n1 = Double(a.count)
  let n2 = Double(b.count)
  let standardError: Double
  let scale: Double
  var test = "Two-sample z-test"
  if let (sigma1, sigma2) = sigma {
    try requireKnownSigma(sigma1, "sigma.0")
    try requireKnownSigma(sigma2, "sigma.1")
    try requireObservations(a, 1, in: "ztest", name: "a")
    try requireObservations(b, 1, in: "ztest", name: "b")
    standardError = (sigma1 * sigma1 / n1 + sigma2 * sigma2 / n2).squareRoot()
    scale = ((sigma1 * sigma1 + sigma2 * sigma2) / 2).squareRoot()
    test += ", known σ"
  } else {
    try requireObservations(a, 2, in: "ztest", name: "a")
    try requireObservations(b, 2, in: "ztest", name: "b")
    let v1 = a.variance(ddof: 0)
    let v2 = b.variance(ddof: 0)
    switch usevar {
    case .pooled:
      try requireDivisor(n1 + n2 - 2 * ddof, ddof: ddof, in: "ztest")
      let pooled = (n1 * v1 + n2 * v2) / (n1 + n2 - 2 * ddof)
      standardError = (pooled * (1 / n1 + 1 / n2)).squareRoot()
      scale = pooled.squareRoot()
    case .unequal:
      try requireDivisor(min(n1, n2) - ddof, ddof: ddof, in: "ztest")
      standardError = (v1 / (n1 - ddof) + v2 / (n2 - ddof)).squareRoot()
      scale = ((v1 * n1 / (n1 - ddof) + v2 * n2 / (n2 - ddof)) / 2).squareRoot()
      test += ", unequal variances"
    }
  }
  let difference = a.mean() - b.mean()
  let z = (difference - value) / standardError
  return TestResult(
    test: test, statisticName: "z", statistic: z, pValue: symmetricPValue(z, Normal.standard, alternative),
    alternative: alternative, estimate: ("mean difference", difference),
    confidenceInterval: nullQuantileInterval(
      estimate: difference, standardError: standardError, Normal.standard, level: confidenceLevel, alternative),
    effectSize: ("Cohen's d", (difference - value) / scale))
}

/// Throws unless a known standard deviation is positive and finite.
private func requireKnownSigma(_ sigma: Double, _ name: String) throws(InferenceError) {
  if !(sigma > 0 && sigma.isFinite) {
    throw InferenceError("ztest", "\(name) must be positive and finite, got \(sigma)")
  }
}

/// Throws unless a variance divisor n − ddof is positive.
private func requireDivisor(_ divisor: Double, ddof: Double, in function: String) throws(InferenceError) {
  if !(divisor > 0) {
    throw InferenceError(function, "ddof = \(ddof) leaves no degrees of freedom for the variance")
  }
}
