// Spearman's rank correlation: Pearson's r of the ranks, tested with Student's t
// on n − 2 degrees of freedom (SciPy's `scipy.stats.spearmanr`).

/// Spearman's rank correlation ρ of paired samples and the p-value for the null
/// hypothesis of no monotonic association (SciPy's `scipy.stats.spearmanr(x, y, alternative=)`).
///
/// ```swift
/// let rho = try spearmanr(Vector([1, 2, 3, 4, 5]), Vector([5, 6, 7, 8, 7]))
/// print(rho.statistic)   // 0.8207826816681233
/// ```
///
/// - Parameters:
///   - x, y: paired observations, the same length.
///   - alternative: `.twoSided`, `.less` (ρ < 0) or `.greater` (ρ > 0).
/// - Returns: `statistic` ρ, the correlation coefficient of the average ranks (ties share
///   their mean rank), and the p-value of t = ρ √((n − 2)/((1 + ρ)(1 − ρ))) under Student's
///   t with n − 2 degrees of freedom, as SciPy (an approximation for small n; ρ = ±1 gives p = 0).
/// - Throws: `InferenceError` when the lengths differ or n < 2 (SciPy returns NaN for n < 2).
/// - NaN: ρ and p are NaN when a sample holds NaN or is constant.
public func spearmanr(_ x: Vector, _ y: Vector, alternative: Alternative = .twoSided) throws(InferenceError)
  -> TestResult
{
  let n = x.count
  if n != y.count { throw differentLengths("spearmanr", n, y.count) }
  if n < 2 { throw tooFewObservations("spearmanr", "each sample", needs: 2, got: n) }
  let (xs, ys) = (x.elements, y.elements)
  var rho = Double.nan
  var p = Double.nan
  let constant = xs.allSatisfy { $0 == xs[0] } || ys.allSatisfy { $0 == ys[0] }
  let hasNaN = xs.contains(where: \.isNaN) || ys.contains(where: \.isNaN)
  if !constant && !hasNaN {
    rho = correlationCoefficient(rankedWithTies(xs).ranks, rankedWithTies(ys).ranks)
    let dof = Double(n - 2)
    // ρ = ±1 gives an infinite t (and p = 0); rounding may make the ratio slightly negative.
    let t = rho * Swift.max(dof / ((rho + 1) * (1 - rho)), 0).squareRoot()
    // n − 2 ≥ 1 degrees of freedom is always a valid t distribution.
    if n > 2, let distribution = try? StudentT(df: dof) {
      p = tailPValue(t, alternative, cdf: { distribution.cdf($0) }, sf: { distribution.sf($0) })
    }
  }
  return TestResult(
    test: "Spearman rank correlation test", statisticName: "ρ", statistic: rho, pValue: p,
    alternative: alternative)
}

/// The off-diagonal entry of NumPy's `np.corrcoef(x, y)`: the covariance over the product
/// of the standard deviations, divided in NumPy's order and clipped to [−1, 1].
func correlationCoefficient(_ x: [Double], _ y: [Double]) -> Double {
  let fraction = 1 / Double(x.count - 1)
  let xMean = pairwiseSum(x) / Double(x.count)
  let yMean = pairwiseSum(y) / Double(y.count)
  let dx = x.map { $0 - xMean }
  let dy = y.map { $0 - yMean }
  let cxy = pairwiseSum(zip(dx, dy).map { $0 * $1 }) * fraction
  let sx = (pairwiseSum(dx.map { $0 * $0 }) * fraction).squareRoot()
  let sy = (pairwiseSum(dy.map { $0 * $0 }) * fraction).squareRoot()
  // NumPy divides the (1, 0) entry by the second deviation, then the first.
  let r = cxy / sy / sx
  return Swift.min(Swift.max(r, -1), 1)
}
