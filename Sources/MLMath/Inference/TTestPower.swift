#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The power of a two-sample t-test (pooled variance) for a standardised effect size: the
/// probability that it rejects at level `alpha` when the true difference of means is
/// `effectSize` standard deviations (statsmodels'
/// `TTestIndPower().power(effect_size, nobs1, alpha, ratio, alternative)`).
///
/// With n₂ = ratio · n₁, df = n₁ + n₂ − 2 and the noncentrality δ = d √(n₁n₂/(n₁ + n₂)), the
/// power is P(T > t_{1−α/2}) + P(T < t_{α/2}) for T noncentral t(df, δ) (one tail for a
/// one-sided alternative).
///
/// ```swift
/// print(try ttestIndPower(effectSize: 0.5, nobs1: 64))   // 0.8014596…
/// ```
///
/// - Parameters:
///   - effectSize: Cohen's d, (μ₁ − μ₂)/σ; its sign matters for one-sided alternatives.
///   - nobs1: the size of the first sample (need not be an integer), with df > 0.
///   - alpha: the significance level, in (0, 1).
///   - ratio: n₂/n₁, > 0.
///   - alternative: `.twoSided`, `.greater` (statsmodels' `'larger'`) or `.less` (`'smaller'`).
/// - Throws: ``InferenceError`` for a level outside (0, 1), a non-finite effect size, or sizes
///   that leave no degrees of freedom.
///
/// Accuracy: the noncentral t probabilities are positive integrals over the chi scale, within
/// 4e-14 relative of mpmath in both tails (see the tests); the power agrees with statsmodels to
/// 1e-10 relative, or 1e-15 absolute for tiny powers — statsmodels computes the upper tail as
/// `1 − nctdtr`, which keeps only absolute accuracy there — and SciPy's `nctdtr` fails (NaN, or
/// values off by orders of magnitude) in some far lower tails, where MLMath's power stays right
/// (statsmodels' `power(0.5, 1000, 0.05)` is NaN; MLMath's is 1.0).
public func ttestIndPower(
  effectSize: Double, nobs1: Double, alpha: Double = 0.05, ratio: Double = 1, alternative: Alternative = .twoSided
) throws(InferenceError) -> Double {
  try checkPowerArguments(effectSize: effectSize, alpha: alpha, in: "ttestIndPower")
  try checkSizes(nobs1: nobs1, ratio: ratio, in: "ttestIndPower")
  return unsignedNaN(independentPower(effectSize, nobs1, alpha, ratio, alternative))
}

/// The power of a one-sample (or paired) t-test for a standardised effect size d = (μ − μ₀)/σ
/// with `nobs` observations (statsmodels' `TTestPower().power(effect_size, nobs, alpha, alternative)`):
/// as ``ttestIndPower(effectSize:nobs1:alpha:ratio:alternative:)`` with df = n − 1 and δ = d √n.
///
/// - Throws: ``InferenceError`` for a level outside (0, 1), a non-finite effect size, or
///   `nobs` ≤ 1.
public func ttestPower(effectSize: Double, nobs: Double, alpha: Double = 0.05, alternative: Alternative = .twoSided)
  throws(InferenceError) -> Double
{
  try checkPowerArguments(effectSize: effectSize, alpha: alpha, in: "ttestPower")
  if !(nobs > 1 && nobs.isFinite) { throw InferenceError("ttestPower", "nobs must be finite and > 1, got \(nobs)") }
  return unsignedNaN(studentPower(effectSize, nobs, alpha, df: nobs - 1, alternative))
}

/// What a sample-size calculation returns: the exact (fractional) size that gives the power
/// asked for, as statsmodels' `solve_power`, and the sizes rounded up that you would plan with.
public struct SampleSizeResult: Sendable, CustomStringConvertible {
  /// The test: `"Two-sample t-test"` or `"One-sample t-test"`.
  public let test: String
  /// The solution for the (first) sample's size, a `Double` as statsmodels returns it.
  public let nobs1: Double
  /// The second sample's size, `ratio · nobs1` (nil for a one-sample test).
  public let nobs2: Double?
  /// ⌈nobs1⌉.
  public var roundedNobs1: Int { Int(nobs1.rounded(.up)) }
  /// ⌈nobs2⌉, nil for a one-sample test.
  public var roundedNobs2: Int? { nobs2.map { Int($0.rounded(.up)) } }
  /// The power asked for.
  public let power: Double
  /// The power with the rounded-up sizes, at least `power`.
  public let achievedPower: Double
  /// The effect size (Cohen's d) the calculation used.
  public let effectSize: Double
  /// The significance level the calculation used.
  public let alpha: Double
  /// The alternative the calculation used.
  public let alternative: Alternative

  /// ```text
  /// Two-sample t-test sample size (two-sided, alpha = 0.05, effect size = 0.5)
  ///   nobs1 = 63.77 → 64, nobs2 = 63.77 → 64
  ///   power = 0.8 (0.8015 with the rounded sizes)
  /// ```
  public var description: String {
    var sizes = "  nobs1 = \(reportNumber(nobs1)) → \(roundedNobs1)"
    if let nobs2, let roundedNobs2 { sizes += ", nobs2 = \(reportNumber(nobs2)) → \(roundedNobs2)" }
    return [
      "\(test) sample size (\(alternative.rawValue), alpha = \(reportNumber(alpha)), effect size = \(reportNumber(effectSize)))",
      sizes, "  power = \(reportNumber(power)) (\(reportNumber(achievedPower)) with the rounded sizes)",
    ].joined(separator: "\n")
  }
}

/// The size of the first sample a two-sample t-test needs to reach `power` (statsmodels'
/// `TTestIndPower().solve_power(effect_size, nobs1=None, alpha, power, ratio, alternative)`).
///
/// ```swift
/// let plan = try ttestIndSampleSize(effectSize: 0.5, power: 0.8)
/// print(plan.nobs1, plan.roundedNobs1)   // 63.7656… 64
/// ```
///
/// - Returns: a ``SampleSizeResult`` with the root nobs1 of power(nobs1) = `power` and the sizes
///   rounded up. The root is found by Brent's method to 1e-12 relative; statsmodels stops its
///   root finder at an absolute 1e-5, so its answers differ from the root (and from MLMath's) by
///   up to about 1e-7 relative (63.76561058891169 for the example, the root being 63.765610190952…).
/// - Throws: ``InferenceError`` for an effect size of 0 or not finite, `power` or `alpha` outside
///   (0, 1), `ratio` ≤ 0, a one-sided alternative whose direction the effect size contradicts
///   (the power then stays below `alpha`, as statsmodels explains), or a power no size reaches.
public func ttestIndSampleSize(
  effectSize: Double, power: Double, alpha: Double = 0.05, ratio: Double = 1, alternative: Alternative = .twoSided
) throws(InferenceError) -> SampleSizeResult {
  let function = "ttestIndSampleSize"
  try checkSampleSizeArguments(effectSize, power, alpha, alternative, in: function)
  if !(ratio > 0 && ratio.isFinite) { throw InferenceError(function, "ratio must be positive, got \(ratio)") }
  let smallest = 2 / (1 + ratio)  // df = nobs1 (1 + ratio) − 2 must be positive
  let nobs1 = try solveSampleSize(above: smallest, target: power, in: function) {
    independentPower(effectSize, $0, alpha, ratio, alternative)
  }
  let n1 = nobs1.rounded(.up)
  let n2 = (nobs1 * ratio).rounded(.up)
  return SampleSizeResult(
    test: "Two-sample t-test", nobs1: nobs1, nobs2: nobs1 * ratio, power: power,
    achievedPower: independentPower(effectSize, n1, alpha, n2 / n1, alternative), effectSize: effectSize,
    alpha: alpha, alternative: alternative)
}

/// The number of observations a one-sample (or paired) t-test needs to reach `power`
/// (statsmodels' `TTestPower().solve_power(effect_size, nobs=None, alpha, power, alternative)`);
/// see ``ttestIndSampleSize(effectSize:power:alpha:ratio:alternative:)``.
public func ttestSampleSize(
  effectSize: Double, power: Double, alpha: Double = 0.05, alternative: Alternative = .twoSided
) throws(InferenceError) -> SampleSizeResult {
  let function = "ttestSampleSize"
  try checkSampleSizeArguments(effectSize, power, alpha, alternative, in: function)
  let nobs = try solveSampleSize(above: 1, target: power, in: function) {
    studentPower(effectSize, $0, alpha, df: $0 - 1, alternative)
  }
  let rounded = nobs.rounded(.up)
  return SampleSizeResult(
    test: "One-sample t-test", nobs1: nobs, nobs2: nil, power: power,
    achievedPower: studentPower(effectSize, rounded, alpha, df: rounded - 1, alternative), effectSize: effectSize,
    alpha: alpha, alternative: alternative)
}

/// statsmodels' `ttest_power`: the power of a t-test with `df` degrees of freedom whose
/// statistic has noncentrality d √nobs.
func studentPower(_ d: Double, _ nobs: Double, _ alpha: Double, df: Double, _ alternative: Alternative) -> Double {
  guard let central = try? StudentT(df: df) else { return .nan }
  let tail = alternative == .twoSided ? alpha / 2 : alpha
  let noncentral = NoncentralT(df: df, nc: d * nobs.squareRoot())
  var power = 0.0
  if alternative != .less { power += noncentral.sf(central.isf(tail)) }
  if alternative != .greater { power += noncentral.cdf(central.ppf(tail)) }
  return power
}

/// statsmodels' `TTestIndPower.power`: df = n₁ + n₂ − 2, effective size n₁n₂/(n₁ + n₂).
func independentPower(_ d: Double, _ nobs1: Double, _ alpha: Double, _ ratio: Double, _ alternative: Alternative)
  -> Double
{
  let nobs2 = nobs1 * ratio
  let effective = 1 / (1 / nobs1 + 1 / nobs2)
  return studentPower(d, effective, alpha, df: nobs1 - 1 + nobs2 - 1, alternative)
}

private func checkPowerArguments(effectSize: Double, alpha: Double, in function: String) throws(InferenceError) {
  try requireSignificanceLevel(alpha, in: function)
  if !effectSize.isFinite { throw InferenceError(function, "effectSize must be finite, got \(effectSize)") }
}

private func checkSizes(nobs1: Double, ratio: Double, in function: String) throws(InferenceError) {
  if !(ratio > 0 && ratio.isFinite) { throw InferenceError(function, "ratio must be positive, got \(ratio)") }
  if !(nobs1.isFinite && nobs1 * (1 + ratio) > 2) {
    throw InferenceError(function, "nobs1 = \(nobs1) leaves no degrees of freedom (df = nobs1 (1 + ratio) − 2)")
  }
}

private func checkSampleSizeArguments(
  _ effectSize: Double, _ power: Double, _ alpha: Double, _ alternative: Alternative, in function: String
) throws(InferenceError) {
  try checkPowerArguments(effectSize: effectSize, alpha: alpha, in: function)
  try requireSignificanceLevel(power, in: function, name: "power")
  if effectSize == 0 {
    throw InferenceError(function, "cannot detect an effect size of 0; try a nonzero effectSize")
  }
  let wrongSign = alternative == .greater ? effectSize < 0 : alternative == .less ? effectSize > 0 : false
  if wrongSign && power >= alpha {
    throw InferenceError(
      function,
      "no sample size reaches power \(power): with alternative \(alternative.rawValue) the power stays below alpha because effectSize is \(effectSize < 0 ? "negative" : "positive")"
    )
  }
}

/// The size n > `above` where `power(n)` = `target`: a bracket from n = 2 (halving towards
/// `above`, or growing tenfold), then Brent's method.
private func solveSampleSize(
  above smallest: Double, target: Double, in function: String, _ power: (Double) -> Double
) throws(InferenceError) -> Double {
  func gap(_ n: Double) -> Double {
    let value = power(n) - target
    return value.isNaN ? -1 : value  // no degrees of freedom to speak of: no power
  }
  var low = max(2, smallest * 2)
  var high = low
  if gap(low) >= 0 {
    // Reached already: halve the distance to the smallest size until the power falls short.
    high = low
    var bracketed = false
    for _ in 0..<60 {
      let candidate = smallest + (high - smallest) / 2
      if gap(candidate) < 0 {
        low = candidate
        bracketed = true
        break
      }
      high = candidate
    }
    if !bracketed { return high }
  } else {
    high = max(low * 2, 50)
    while gap(high) < 0 {
      low = high
      high *= 10
      if high > 1e15 {
        throw InferenceError(function, "no sample size up to 1e15 reaches power \(target)")
      }
    }
  }
  // The bracket has a sign change by construction; brentq's relative tolerance (4 ulp) is the limit.
  do {
    return try brentq(gap, low, high, xtol: .leastNormalMagnitude).root
  } catch {
    throw InferenceError(function, "\(error)")
  }
}
