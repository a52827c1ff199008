// The one-sample Kolmogorov–Smirnov test: the largest gap between a sample's
// empirical cdf and a hypothesised continuous cdf (SciPy's `scipy.stats.kstest`
// with a distribution, i.e. `ks_1samp`).

/// The one-sample Kolmogorov–Smirnov test of whether `x` was drawn from the continuous
/// distribution with cdf `cdf` (SciPy's `scipy.stats.kstest(x, cdf, alternative=, method=)`).
///
/// ```swift
/// let result = try kstest(Vector([0.1, -0.4, 1.3, 0.8, -1.1]), cdf: { Normal.standard.cdf($0) })
/// print(result.statistic, result.pValue)   // 0.18814460141660339 0.9795680500691493
/// ```
///
/// - Parameters:
///   - x: the sample, n ≥ 1 observations.
///   - cdf: the hypothesised continuous cdf F.
///   - alternative: `.twoSided` uses D = max(D⁺, D⁻); `.greater` uses D⁺ = maxᵢ (i/n − F(x₍ᵢ₎))
///     (the empirical cdf above F, i.e. the data tend to be smaller); `.less` uses
///     D⁻ = maxᵢ (F(x₍ᵢ₎) − (i − 1)/n).
///   - method: for the two-sided test, `.exact` and `.auto` (SciPy's default, always
///     exact) use the exact distribution of Dₙ (see `kolmogorovSmirnovSurvival`:
///     Simard and L'Ecuyer's algorithms as SciPy's `kstwo`, exact to rounding for n ≤ 140
///     and beyond wherever the Smirnov tail or Durbin's matrix applies); `.asymptotic`
///     uses Kolmogorov's limit P(K ≥ √n D). The one-sided tests always use the exact
///     Smirnov distribution (Birnbaum–Tingey sum in double-double arithmetic).
/// - Returns: `statistic` D (or D⁺, D⁻) with its p-value, and where the gap is largest.
/// - Throws: `InferenceError` for an empty sample (SciPy returns NaN).
/// - NaN: everything is NaN when the sample holds NaN.
public func kstest(
  _ x: Vector, cdf: (Double) -> Double, alternative: Alternative = .twoSided,
  method: PValueMethod = .auto
) throws(InferenceError) -> KSTestResult {
  let n = x.count
  if n == 0 { throw tooFewObservations("kstest", "the sample", needs: 1, got: 0) }
  let name = "One-sample Kolmogorov-Smirnov test"
  let symbol = alternative == .twoSided ? "D" : (alternative == .greater ? "D+" : "D-")
  func result(_ d: Double, _ p: Double, _ location: Double, _ sign: Int) -> KSTestResult {
    KSTestResult(
      TestResult(test: name, statisticName: symbol, statistic: d, pValue: p, alternative: alternative),
      location: location, sign: sign, reference: "the reference cdf")
  }
  if x.elements.contains(where: \.isNaN) { return result(.nan, .nan, .nan, 0) }
  let sorted = x.sorted().elements
  let values = sorted.map(cdf)
  let nd = Double(n)
  // D⁺ and D⁻ with the first index where each is largest, as NumPy's argmax.
  func largest(_ gap: (Int) -> Double) -> (Double, Int) {
    var best = gap(0)
    var at = 0
    for i in 1..<n {
      let g = gap(i)
      if g > best || (g.isNaN && !best.isNaN) {
        best = g
        at = i
        if g.isNaN { break }
      }
    }
    return (best, at)
  }
  let (dPlus, plusAt) = largest { Double($0 + 1) / nd - values[$0] }
  let (dMinus, minusAt) = largest { values[$0] - Double($0) / nd }
  switch alternative {
  case .greater:
    return result(dPlus, smirnovTail(n, dPlus), sorted[plusAt], 1)
  case .less:
    return result(dMinus, smirnovTail(n, dMinus), sorted[minusAt], -1)
  case .twoSided:
    let plus = dPlus > dMinus
    let d = plus ? dPlus : dMinus
    let p =
      method == .asymptotic
      ? kolmogorovLimitSurvival(d * nd.squareRoot()) : kolmogorovSmirnovSurvival(n, d)
    return result(d, Swift.min(Swift.max(p, 0), 1), sorted[plus ? plusAt : minusAt], plus ? 1 : -1)
  }
}

/// The one-sample KS test against a distribution's cdf (SciPy's `scipy.stats.kstest(x,
/// dist.cdf)`, or `kstest(x, 'norm', args=(…))`): the same as `kstest(x, cdf: distribution.cdf)`.
///
/// ```swift
/// let result = try kstest(sample, try Normal(loc: 10, scale: 2))
/// ```
public func kstest(
  _ x: Vector, _ distribution: some ContinuousDistribution, alternative: Alternative = .twoSided,
  method: PValueMethod = .auto
) throws(InferenceError) -> KSTestResult {
  try kstest(x, cdf: { distribution.cdf($0) }, alternative: alternative, method: method)
}

/// P(D⁺ₙ ≥ d) with SciPy's `ksone.sf` conventions outside (0, 1): 1 at d ≤ 0, 0 at d ≥ 1.
func smirnovTail(_ n: Int, _ d: Double) -> Double {
  if d.isNaN { return .nan }
  if d <= 0 { return 1 }
  if d >= 1 { return 0 }
  return smirnovSurvival(n, d)
}
