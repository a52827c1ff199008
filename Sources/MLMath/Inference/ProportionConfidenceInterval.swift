#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How ``proportionConfidenceInterval(count:nobs:confidenceLevel:method:)`` builds the interval
/// (statsmodels' `method` of `proportion_confint`).
public enum ProportionIntervalMethod: String, Sendable, Hashable, CaseIterable {
  /// p̂ ± z √(p̂(1 − p̂)/n), clipped to [0, 1] (`'normal'`, statsmodels' default). Poor for small n
  /// or p̂ near 0 or 1: it is [0, 0] when p̂ = 0.
  case wald = "normal"
  /// The Wilson score interval: the p with |p̂ − p| ≤ z √(p(1 − p)/n) (`'wilson'`).
  case wilson
  /// Agresti and Coull's: the Wald interval around (k + z²/2)/(n + z²) with n + z² trials
  /// (`'agresti_coull'`).
  case agrestiCoull = "agresti_coull"
  /// Clopper and Pearson's exact interval from Beta quantiles, never shorter than needed
  /// (`'beta'`): [B⁻¹(α/2; k, n − k + 1), B⁻¹(1 − α/2; k + 1, n − k)], 0 and 1 at the edges.
  case clopperPearson = "beta"
  /// The Jeffreys interval: the α/2 and 1 − α/2 quantiles of Beta(k + ½, n − k + ½) (`'jeffreys'`).
  case jeffreys
}

/// A confidence interval for a binomial proportion from `count` successes in `nobs` trials
/// (statsmodels' `statsmodels.stats.proportion.proportion_confint(count, nobs, alpha, method)`
/// with `alpha = 1 − confidenceLevel`; two-sided).
///
/// ```swift
/// let ci = try proportionConfidenceInterval(count: 7, nobs: 20, method: .wilson)
/// print(ci)   // 95% CI [0.1812, 0.5671]
/// ```
///
/// - Parameters:
///   - count: the number of successes, 0 ≤ count ≤ nobs.
///   - nobs: the number of trials, > 0.
///   - confidenceLevel: strictly between 0 and 1; 0.95 by default.
///   - method: the construction; `.wald` (statsmodels' `'normal'`) by default.
/// - Throws: ``InferenceError`` for counts outside [0, nobs], nobs ≤ 0, or a level outside (0, 1).
///
/// Accuracy: within 1e-12 relative of statsmodels for nobs up to 1e5; the Clopper–Pearson and
/// Jeffreys ends come from Beta quantiles (`betaincinv`), whose incomplete beta function keeps
/// about 1e-11 for b ≥ 1e6 near the distribution's mean, so for nobs of a million those ends agree
/// to about 4e-11.
public func proportionConfidenceInterval(
  count: Int, nobs: Int, confidenceLevel: Double = 0.95, method: ProportionIntervalMethod = .wald
) throws(InferenceError) -> ConfidenceInterval {
  let function = "proportionConfidenceInterval"
  if nobs <= 0 { throw InferenceError(function, "nobs must be positive, got \(nobs)") }
  if count < 0 || count > nobs {
    throw InferenceError(function, "count must be between 0 and nobs = \(nobs), got \(count)")
  }
  if !(confidenceLevel > 0 && confidenceLevel < 1) {
    throw InferenceError(function, "confidenceLevel must be strictly between 0 and 1, got \(confidenceLevel)")
  }
  let alpha = (1 - confidenceLevel) / 2
  let k = Double(count)
  let n = Double(nobs)
  let p = k / n
  let z = Normal.standard.isf(alpha)
  func clipped(_ low: Double, _ high: Double) -> ConfidenceInterval {
    ConfidenceInterval(lower: min(max(low, 0), 1), upper: min(max(high, 0), 1), level: confidenceLevel)
  }
  switch method {
  case .wald:
    let half = z * (p * (1 - p) / n).squareRoot()
    return clipped(p - half, p + half)
  case .agrestiCoull:
    let trials = n + z * z
    let centre = (k + z * z / 2) / trials
    let half = z * (centre * (1 - centre) / trials).squareRoot()
    return clipped(centre - half, centre + half)
  case .wilson:
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / denominator
    let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
    return clipped(centre - half, centre + half)
  case .clopperPearson:
    let low = count == 0 ? 0 : betaQuantile(alpha, k, n - k + 1)
    let high = count == nobs ? 1 : betaUpperQuantile(alpha, k + 1, n - k)
    return ConfidenceInterval(lower: low, upper: high, level: confidenceLevel)
  case .jeffreys:
    return ConfidenceInterval(
      lower: betaQuantile(alpha, k + 0.5, n - k + 0.5), upper: betaUpperQuantile(alpha, k + 0.5, n - k + 0.5),
      level: confidenceLevel)
  }
}

/// The q-quantile of Beta(a, b) (SciPy's `beta.ppf(q, a, b)`).
func betaQuantile(_ q: Double, _ a: Double, _ b: Double) -> Double { betaincinv(a, b, q) }

/// The x with P(X > x) = q for X ~ Beta(a, b) (SciPy's `beta.isf(q, a, b)`): from the mirrored
/// distribution, 1 − B⁻¹(q; b, a), when x is above ½, and as the (1 − q)-quantile below, so the
/// smaller of x and 1 − x is the one computed directly.
func betaUpperQuantile(_ q: Double, _ a: Double, _ b: Double) -> Double {
  let mirrored = betaincinv(b, a, q)
  if mirrored <= 0.5 { return 1 - mirrored }
  return betaincinv(a, b, 1 - q)
}
