#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Pearson's correlation with its exact p-value and Fisher's interval, computed as
// SciPy's `scipy.stats.pearsonr` does (centred, scaled norms, then a dot product).

/// Pearson's correlation coefficient r of paired samples and the p-value for the null
/// hypothesis of no correlation (SciPy's `scipy.stats.pearsonr(x, y, alternative=)`,
/// with `result.confidence_interval(confidence_level)`).
///
/// ```swift
/// let r = try pearsonr(Vector([1, 2, 3, 4, 5]), Vector([2.1, 3.9, 6.2, 7.8, 10.1]))
/// print(r)
/// // Pearson correlation test (two-sided)
/// //   r = 0.9987, p-value = 5.942e-05
/// //   95% CI [0.9787, 0.9999]
/// ```
///
/// - Parameters:
///   - x, y: paired observations, the same length n ≥ 2.
///   - alternative: `.twoSided` (ρ ≠ 0), `.less` (ρ < 0) or `.greater` (ρ > 0).
///   - confidenceLevel: the level of the interval for ρ, between 0 and 1.
/// - Returns: `statistic` r in [−1, 1] and its p-value. Under the null hypothesis of
///   independent normal samples r has the Beta(n/2 − 1, n/2 − 1) distribution on (−1, 1),
///   which gives the exact p-value (`betainc`). The interval is Fisher's: tanh(atanh r ±
///   z·1/√(n − 3)), one-sided for a one-sided alternative, [−1, 1] when n ≤ 3. For n = 2,
///   r is ±1 and the p-value 1.
/// - Throws: `InferenceError` when the lengths differ or n < 2.
/// - NaN: r, p and the interval are NaN when a sample holds NaN or is constant (SciPy
///   warns `ConstantInputWarning` for the latter).
/// - Accuracy: r agrees with SciPy's to a few ulps (SciPy's last step is a BLAS dot
///   product, MLMath's a pairwise sum); the p-value within 1e-12 relative, except near
///   |r| = 1, where it magnifies r's last bit by about (n/2 − 1)/(1 − |r|) (5e-11 for
///   n = 8, 1 − r = 1.3e-5) in SciPy as much as here.
public func pearsonr(
  _ x: Vector, _ y: Vector, alternative: Alternative = .twoSided, confidenceLevel: Double = 0.95
) throws(InferenceError) -> TestResult {
  let n = x.count
  if n != y.count { throw differentLengths("pearsonr", n, y.count) }
  if n < 2 { throw InferenceError("pearsonr", "x and y must have length at least 2, got \(n)") }
  let (xs, ys) = (x.elements, y.elements)
  let constant = xs.allSatisfy { $0 == xs[0] } || ys.allSatisfy { $0 == ys[0] }
  var r = Double.nan
  if !constant { r = centredCorrelation(xs, ys) }
  var p: Double
  if n == 2 {
    r = r.rounded(.toNearestOrEven)
    p = r.isNaN ? .nan : 1
  } else {
    // r ~ Beta(a, a) on (−1, 1): the tails are I_u(a, a) at u = (r + 1)/2 and its complement.
    let a = Double(n) / 2 - 1
    p = tailPValue(
      r, alternative, cdf: { betaTails(a, a, ($0 + 1) / 2).lower },
      sf: { betaTails(a, a, ($0 + 1) / 2).upper })
  }
  let interval = fisherInterval(r, n: n, level: confidenceLevel, alternative: alternative)
  return TestResult(
    test: "Pearson correlation test", statisticName: "r", statistic: r, pValue: p,
    alternative: alternative, confidenceInterval: interval)
}

/// Σ x̃ᵢỹᵢ with x̃ = (x − x̄)/‖x − x̄‖, the norms scaled by the largest deviation so that
/// they cannot overflow, clipped to [−1, 1] (SciPy's `pearsonr` arithmetic).
func centredCorrelation(_ x: [Double], _ y: [Double]) -> Double {
  func unitDeviations(_ v: [Double]) -> [Double] {
    let mean = pairwiseSum(v) / Double(v.count)
    let deviations = v.map { $0 - mean }
    let largest = deviations.reduce(0) { Swift.max($0, Swift.abs($1)) }
    let scaled = deviations.map { $0 / largest }
    let norm = largest * pairwiseSum(scaled.map { $0 * $0 }).squareRoot()
    return deviations.map { $0 / norm }
  }
  let (u, v) = (unitDeviations(x), unitDeviations(y))
  let r = pairwiseSum(zip(u, v).map { $0 * $1 })
  return r.isNaN ? r : Swift.min(Swift.max(r, -1), 1)
}

/// Fisher's interval for a correlation: tanh(atanh r ∓ z/√(n − 3)), with z the normal
/// quantile for the level (one-sided ends ±1), and [−1, 1] for n ≤ 3.
func fisherInterval(_ r: Double, n: Int, level: Double, alternative: Alternative)
  -> ConfidenceInterval
{
  if n <= 3 { return ConfidenceInterval(lower: -1, upper: 1, level: level) }
  let z = atanh(r)
  let se = (1 / Double(n - 3)).squareRoot()
  switch alternative {
  case .twoSided:
    let h = Normal.standard.ppf(0.5 + level / 2)
    return ConfidenceInterval(lower: tanh(z - h * se), upper: tanh(z + h * se), level: level)
  case .less:
    let h = Normal.standard.ppf(level)
    return ConfidenceInterval(lower: -1, upper: tanh(z + h * se), level: level)
  case .greater:
    let h = Normal.standard.ppf(level)
    return ConfidenceInterval(lower: tanh(z - h * se), upper: 1, level: level)
  }
}

/// (I_u(a, b), 1 − I_u(a, b)), each to full relative accuracy, with `betainc`'s
/// conventions at u = 0, 1 and NaN outside [0, 1].
func betaTails(_ a: Double, _ b: Double, _ u: Double) -> (lower: Double, upper: Double) {
  if let edge = incompleteBetaEdge(a, b, u) { return (edge, unsignedNaN(1 - edge)) }
  let pair = incompleteBetaPair(a, b, u, 1 - u)
  return (pair.i, pair.ic)
}
