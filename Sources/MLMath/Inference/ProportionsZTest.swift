#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The z-test for one proportion: is the success probability behind `count` successes in
/// `nobs` trials equal to `value`? (statsmodels'
/// `statsmodels.stats.proportion.proportions_ztest(count, nobs, value, alternative)` with its
/// default `prop_var=False`.)
///
/// z = (p̂ − value) / √(p̂(1 − p̂)/n) with p̂ = count/nobs: as in statsmodels, the standard error
/// uses the *sample* proportion, not `value`.
///
/// ```swift
/// // 58 heads in 100 tosses: is the coin fair?
/// print(try proportionsZtest(count: 58, nobs: 100, value: 0.5).pValue)   // 0.10504299146532581
/// ```
///
/// - Returns: a ``TestResult`` with `z`, the p-value, the estimate p̂ and Cohen's h =
///   2 asin √p̂ − 2 asin √value (statsmodels' `proportion_effectsize`) as effect size.
///   p̂ = 0 or 1 gives a zero standard error: z = ±∞ (p = 0), as in statsmodels.
/// - Throws: ``InferenceError`` unless 0 ≤ count ≤ nobs and nobs > 0.
public func proportionsZtest(count: Int, nobs: Int, value: Double, alternative: Alternative = .twoSided)
  throws(InferenceError) -> TestResult
{
  try proportionsZtest(count: [count], nobs: [nobs], value: value, alternative: alternative)
}

/// The z-test for one or two proportions, as statsmodels'
/// `proportions_ztest(count, nobs, value=None, alternative='two-sided')`.
///
/// - One sample (`count: [k]`, `nobs: [n]`): as ``proportionsZtest(count:nobs:value:alternative:)``;
///   `value` is required.
/// - Two samples (`count: [k₁, k₂]`, `nobs: [n₁, n₂]`, or one `nobs` shared by both): is
///   p₁ − p₂ = `value` (0 when nil)? z = (p̂₁ − p̂₂ − value) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)) with the
///   pooled proportion p̄ = (k₁ + k₂)/(n₁ + n₂).
///
/// ```swift
/// // 45 of 100 clicked version A, 30 of 100 version B.
/// print(try proportionsZtest(count: [45, 30], nobs: [100, 100]))
/// ```
///
/// - Returns: a ``TestResult`` with `z`, the p-value, the estimate (p̂, or p̂₁ − p̂₂) and Cohen's h
///   (2 asin √p̂₁ − 2 asin √p̂₂, or against `value` for one sample) as effect size.
/// - Throws: ``InferenceError`` for more than two samples, `count` and `nobs` of different
///   lengths (other than one shared `nobs`), a one-sample test without `value`, negative counts,
///   counts above their `nobs`, or `nobs` ≤ 0.
public func proportionsZtest(
  count: [Int], nobs: [Int], value: Double? = nil, alternative: Alternative = .twoSided
) throws(InferenceError) -> TestResult {
  let function = "proportionsZtest"
  guard count.count == 1 || count.count == 2 else {
    throw InferenceError(function, "tests one or two proportions, got \(count.count) counts")
  }
  let sizes = nobs.count == 1 ? Array(repeating: nobs[0], count: count.count) : nobs
  guard sizes.count == count.count else {
    throw InferenceError(function, "count has \(count.count) elements but nobs has \(nobs.count)")
  }
  for (k, n) in zip(count, sizes) {
    if n <= 0 { throw InferenceError(function, "nobs must be positive, got \(n)") }
    if k < 0 || k > n { throw InferenceError(function, "count must be between 0 and nobs = \(n), got \(k)") }
  }
  let proportions = zip(count, sizes).map { Double($0) / Double($1) }
  let pooled = Double(count.reduce(0, +)) / Double(sizes.reduce(0, +))
  let standardError = (pooled * (1 - pooled) * sizes.reduce(0.0) { $0 + 1 / Double($1) }).squareRoot()
  let estimate: (name: String, value: Double)
  let effect: Double
  let difference: Double
  if proportions.count == 1 {
    guard let value else { throw InferenceError(function, "value must be provided for a one-sample test") }
    estimate = ("proportion", proportions[0])
    difference = proportions[0] - value
    effect = cohensH(proportions[0], value)
  } else {
    estimate = ("difference in proportions", proportions[0] - proportions[1])
    difference = proportions[0] - proportions[1] - (value ?? 0)
    effect = cohensH(proportions[0], proportions[1])
  }
  let z = difference / standardError
  return TestResult(
    test: proportions.count == 1 ? "One-sample proportion z-test" : "Two-sample proportion z-test",
    statisticName: "z", statistic: z, pValue: symmetricPValue(z, Normal.standard, alternative),
    alternative: alternative, estimate: estimate, effectSize: ("Cohen's h", effect))
}

/// Cohen's h = 2 (asin √p₁ − asin √p₂) (statsmodels' `proportion_effectsize(p1, p2)`); NaN for a
/// proportion outside [0, 1].
func cohensH(_ p1: Double, _ p2: Double) -> Double {
  2 * (asin(p1.squareRoot()) - asin(p2.squareRoot()))
}
