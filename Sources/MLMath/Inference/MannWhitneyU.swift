// The Mann–Whitney U (Wilcoxon rank-sum) test of two independent samples, with
// SciPy ≥ 1.7's conventions: U is the statistic of the first sample, the exact null
// distribution for small samples without ties, the normal approximation with tie and
// continuity corrections otherwise (`scipy.stats.mannwhitneyu`).

/// The Mann–Whitney U test of whether values of `x` tend to be larger or smaller than those
/// of `y` (SciPy's `scipy.stats.mannwhitneyu(x, y, use_continuity=, alternative=, method=)`).
///
/// ```swift
/// let result = try mannwhitneyu(Vector([19, 22, 16, 29, 24]), Vector([20, 11, 17, 12]))
/// print(result.statistic, result.pValue)   // 17.0 0.1111111111111111
/// ```
///
/// - Parameters:
///   - x, y: independent samples, each with at least one observation; ties are allowed.
///   - alternative: `.twoSided`, `.greater` (the distribution of x is stochastically larger
///     than that of y) or `.less`.
///   - useContinuity: whether the normal approximation subtracts ½ from |U − mn/2|.
///   - method: `.exact` uses the exact distribution of U without ties (Andreas Löffler's
///     recursion, as SciPy); `.asymptotic` the normal approximation with the variance
///     corrected for ties; `.auto` (SciPy's default) is exact when there are no ties and at
///     least one sample has at most 8 observations, else asymptotic.
/// - Returns: `statistic` U₁ = R₁ − n₁(n₁ + 1)/2, with R₁ the rank sum of `x` (U₁ counts the
///   pairs with x > y, ties as ½), its p-value, and the effect size
///   "rank-biserial r" = (U₁ − U₂)/(n₁n₂) = P(X > Y) − P(X < Y), in [−1, 1].
/// - Throws: `InferenceError` when a sample is empty (SciPy returns NaN).
/// - NaN: everything is NaN when a sample holds NaN.
public func mannwhitneyu(
  _ x: Vector, _ y: Vector, alternative: Alternative = .twoSided, useContinuity: Bool = true,
  method: PValueMethod = .auto
) throws(InferenceError) -> TestResult {
  let (n1, n2) = (x.count, y.count)
  if n1 == 0 { throw tooFewObservations("mannwhitneyu", "x", needs: 1, got: 0) }
  if n2 == 0 { throw tooFewObservations("mannwhitneyu", "y", needs: 1, got: 0) }
  func result(_ u: Double, _ p: Double, _ r: Double) -> TestResult {
    TestResult(
      test: "Mann-Whitney U test", statisticName: "U", statistic: u, pValue: p,
      alternative: alternative, effectSize: ("rank-biserial r", r))
  }
  if x.elements.contains(where: \.isNaN) || y.elements.contains(where: \.isNaN) {
    return result(.nan, .nan, .nan)
  }
  let (ranks, ties) = rankedWithTies(x.elements + y.elements)
  let rankSum = pairwiseSum(Array(ranks[0..<n1]))
  let u1 = rankSum - Double(n1 * (n1 + 1)) / 2
  let u2 = Double(n1 * n2) - u1
  let (u, factor): (Double, Double) =
    switch alternative {
    case .greater: (u1, 1)
    case .less: (u2, 1)
    case .twoSided: (Swift.max(u1, u2), 2)
    }
  var exact = method == .exact
  if method == .auto { exact = !(n1 > 8 && n2 > 8) && !ties.contains { $0 > 1 } }
  var p: Double
  if exact {
    p = MannWhitneyDistribution(n1, n2).sf(Int(u))
  } else {
    let n = Double(n1 + n2)
    let tieTerm = pairwiseSum(ties.map { pow(Double($0), 3) - Double($0) })
    let s = (Double(n1 * n2) / 12 * ((n + 1) - tieTerm / Double((n1 + n2) * (n1 + n2 - 1)))).squareRoot()
    var numerator = u - Double(n1 * n2) / 2
    if useContinuity { numerator -= 0.5 }
    p = Normal.standard.sf(numerator / s)
  }
  p *= factor
  return result(u1, Swift.min(Swift.max(p, 0), 1), (u1 - u2) / Double(n1 * n2))
}

/// The exact null distribution of U for samples of n₁ and n₂ untied observations:
/// the number of arrangements with each U from the recursion of A. Löffler (1983),
/// N(u) = (1/u) Σ_{i<u} N(i) σ(u − i), σ(a) = Σ_{d|a, d≤n₁} d − Σ_{d|a, n₂<d≤n₁+n₂} d,
/// over C(n₁ + n₂, n₁) (SciPy's `_MWU`).
struct MannWhitneyDistribution {
  let n1: Int
  let n2: Int

  init(_ a: Int, _ b: Int) {
    n1 = Swift.min(a, b)
    n2 = Swift.max(a, b)
  }

  /// P(U = u) for u = 0…maxU.
  func probabilities(upTo maxU: Int) -> [Double] {
    if maxU < 0 { return [] }
    var sigma = [Double](repeating: 0, count: maxU + 1)
    if maxU >= 1 {
      for d in 1...n1 {
        for a in stride(from: d, through: maxU, by: d) { sigma[a] += Double(d) }
      }
      for d in (n2 + 1)...(n2 + n1) {
        for a in stride(from: d, through: maxU, by: d) { sigma[a] -= Double(d) }
      }
    }
    var counts = [Double](repeating: 0, count: maxU + 1)
    counts[0] = 1
    // SciPy keeps the counts as unsigned integers (each quotient truncated) until they
    // pass 2⁶⁴, then as floats.
    var integral = true
    if maxU >= 1 {
      for u in 1...maxU {
        var dot = 0.0
        for i in 0..<u { dot += counts[i] * sigma[u - i] }
        var value = dot / Double(u)
        if integral && value > 0x1p64 { integral = false }
        if integral { value = value.rounded(.towardZero) }
        counts[u] = value
      }
    }
    let total = scipyBinomial(Double(n1 + n2), Double(n1))
    return counts.map { $0 / total }
  }

  /// P(U ≤ k).
  func cdf(_ k: Int) -> Double {
    let p = probabilities(upTo: k)
    var running = 0.0
    for value in p { running += value }
    return running
  }

  /// P(U ≥ k): 1 − P(U ≤ k) + P(U = k) below the middle, P(U ≤ n₁n₂ − k) by symmetry above.
  func sf(_ k: Int) -> Double {
    let complement = n1 * n2 - k
    if k < complement {
      let p = probabilities(upTo: k)
      var running = 0.0
      for value in p { running += value }
      return 1 - running + p[k]
    }
    return cdf(complement)
  }
}
