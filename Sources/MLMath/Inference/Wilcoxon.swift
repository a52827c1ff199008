// The Wilcoxon signed-rank test of one sample of differences (or of paired samples),
// with SciPy's choice of p-value: the exact distribution of T⁺ for small samples without
// ties or zeros, the exact sign-flip permutation distribution for n ≤ 13 with them, the
// normal approximation otherwise (`scipy.stats.wilcoxon`).

/// How the signed-rank test treats differences that are exactly zero (SciPy's `zero_method=`).
public enum ZeroMethod: String, Sendable, Hashable, CaseIterable {
  /// Drop the zeros before ranking (Wilcoxon's original, SciPy's default `'wilcox'`).
  case wilcox
  /// Rank the zeros with the rest, then leave their ranks out of T⁺ and T⁻ and adjust the
  /// normal approximation (Pratt 1959, SciPy's `'pratt'`).
  case pratt
  /// Rank the zeros with the rest and split their ranks equally between T⁺ and T⁻
  /// (SciPy's `'zsplit'`).
  case zsplit
}

/// The Wilcoxon signed-rank test of whether the differences `x − y` (or the values of `x`)
/// are symmetric about zero (SciPy's `scipy.stats.wilcoxon(x, y, zero_method=, correction=,
/// alternative=, method=)`).
///
/// ```swift
/// let before = Vector([125, 115, 130, 140, 140, 115, 140, 125, 140, 135])
/// let after = Vector([110, 122, 125, 120, 140, 124, 123, 137, 135, 145])
/// let result = try wilcoxon(before, after)
/// print(result.statistic, result.pValue)   // 18.0 0.6328125 (a zero and ties, n ≤ 13: all 2¹⁰ sign flips)
/// ```
///
/// - Parameters:
///   - x: the differences, or the first of two paired samples.
///   - y: the second paired sample (the test then uses `x − y`), the same length as `x`.
///   - zeroMethod: how zero differences are treated (see ``ZeroMethod``).
///   - correction: whether the normal approximation moves T⁺ by ½ towards its mean.
///   - alternative: `.twoSided`, `.greater` (differences tend to be positive) or `.less`.
///   - method: `.exact` uses the exact distribution of T⁺ for n untied, non-zero differences
///     (conservative with ties: T⁺ is rounded towards the centre); `.asymptotic` the normal
///     approximation with tie (and Pratt's zero) corrections; `.auto` (SciPy's default) is
///     exact for n ≤ 50 without ties or zeros, the exact permutation distribution over all
///     2ⁿ sign flips for n ≤ 13 with them (SciPy's `PermutationMethod()`), else asymptotic.
/// - Returns: `statistic` min(T⁺, T⁻) for the two-sided test, T⁺ (the rank sum of the
///   positive differences) for a one-sided one; its p-value; and the matched-pairs
///   "rank-biserial r" = (T⁺ − T⁻)/(T⁺ + T⁻) (Kerby 2014), NaN when every difference is zero.
/// - Throws: `InferenceError` when the lengths differ or there are no observations (SciPy
///   returns NaN for the latter).
/// - NaN: everything is NaN when a difference is NaN; the asymptotic p-value is NaN when
///   every difference is zero (as SciPy).
public func wilcoxon(
  _ x: Vector, _ y: Vector? = nil, zeroMethod: ZeroMethod = .wilcox, correction: Bool = false,
  alternative: Alternative = .twoSided, method: PValueMethod = .auto
) throws(InferenceError) -> TestResult {
  var d = x.elements
  if let y {
    if y.count != x.count { throw differentLengths("wilcoxon", x.count, y.count) }
    d = zip(x.elements, y.elements).map { $0 - $1 }
  }
  let n = d.count
  if n == 0 { throw tooFewObservations("wilcoxon", "the sample", needs: 1, got: 0) }
  let name = alternative == .twoSided ? "T" : "T+"
  func result(_ t: Double, _ p: Double, _ r: Double) -> TestResult {
    TestResult(
      test: "Wilcoxon signed-rank test", statisticName: name, statistic: t, pValue: p,
      alternative: alternative, effectSize: ("rank-biserial r", r))
  }
  if d.contains(where: \.isNaN) { return result(.nan, .nan, .nan) }

  let ranked = SignedRanks(d, zeroMethod: zeroMethod)
  let zeroCount = d.filter { $0 == 0 }.count
  enum Route { case exact, permutation, asymptotic }
  var route: Route = method == .exact ? .exact : .asymptotic
  if method == .auto {
    if n > 50 {
      route = .asymptotic
    } else if !(ranked.hasTies || zeroCount > 0) {
      route = .exact
    } else {
      route = n <= 13 ? .permutation : .asymptotic
    }
  }
  let (rPlus, rMinus) = (ranked.rPlus, ranked.rMinus)
  var p: Double
  switch route {
  case .asymptotic:
    var z = (rPlus - ranked.mean) / ranked.standardError
    if correction {
      let sign: Double =
        switch alternative {
        case .greater: 1
        case .less: -1
        case .twoSided: z > 0 ? 1 : (z < 0 ? -1 : (z.isNaN ? .nan : 0))
        }
      z -= sign * 0.5 / ranked.standardError
    }
    p = tailPValue(z, alternative, cdf: { Normal.standard.cdf($0) }, sf: { Normal.standard.sf($0) })
  case .exact:
    let distribution = SignedRankDistribution(ranked.count)
    let upper = distribution.sf(Int(rPlus.rounded(.down)))
    let lower = distribution.cdf(Int(rPlus.rounded(.up)))
    switch alternative {
    case .less: p = lower
    case .greater: p = upper
    case .twoSided: p = Swift.min(Swift.max(2 * Swift.min(upper, lower), 0), 1)
    }
  case .permutation:
    p = ranked.signFlipPValue(observed: rPlus, alternative: alternative)
  }
  let statistic = alternative == .twoSided ? Swift.min(rPlus, rMinus) : rPlus
  return result(statistic, p, (rPlus - rMinus) / (rPlus + rMinus))
}

/// The signed ranks of a sample of differences: T⁺, T⁻ and the moments of T⁺ under the
/// null hypothesis, as SciPy's `_wilcoxon_statistic`.
struct SignedRanks {
  /// The ranks of |d| (zeros dropped under `.wilcox` by ranking them last as NaN).
  let ranks: [Double]
  /// Which differences are positive, and which are zero.
  let positive: [Bool]
  let zero: [Bool]
  let zeroMethod: ZeroMethod
  /// The number of differences ranked (zeros excluded under `.wilcox`).
  let count: Int
  let rPlus: Double
  let rMinus: Double
  let mean: Double
  let standardError: Double
  let hasTies: Bool

  init(_ d: [Double], zeroMethod: ZeroMethod) {
    self.zeroMethod = zeroMethod
    zero = d.map { $0 == 0 }
    positive = d.map { $0 > 0 }
    // Under `.wilcox` the zeros become NaN: ranked last, each alone, counted nowhere.
    let magnitudes = d.map { zeroMethod == .wilcox && $0 == 0 ? Double.nan : Swift.abs($0) }
    var (ranks, ties) = rankedWithTies(magnitudes)
    self.ranks = ranks
    let nanCount = magnitudes.filter(\.isNaN).count
    count = d.count - nanCount
    hasTies = ties.contains { $0 > 1 }
    var plus = pairwiseSum(zip(positive, ranks).map { $0 ? $1 : 0 })
    var minus = pairwiseSum(zip(d, ranks).map { $0 < 0 ? $1 : 0 })
    if zeroMethod == .zsplit {
      let half = pairwiseSum(zip(zero, ranks).map { $0 ? $1 : 0 }) / 2
      plus += half
      minus += half
    }
    rPlus = plus
    rMinus = minus
    let c = Double(count)
    var mn = c * (c + 1) * 0.25
    var se = c * (c + 1) * (2 * c + 1)
    if zeroMethod == .pratt {
      let z = Double(zero.filter { $0 }.count)
      mn -= z * (z + 1) * 0.25
      se -= z * (z + 1) * (2 * z + 1)
      // The zeros (the lowest |d|, so the first tie group) leave the tie correction.
      if z > 0, !ties.isEmpty { ties[0] = 0 }
    }
    mean = mn
    let tieCorrection = pairwiseSum(ties.map { pow(Double($0), 3) - Double($0) })
    standardError = ((se - tieCorrection / 2) / 24).squareRoot()
  }

  /// The exact p-value of T⁺ over all 2ⁿ sign flips of the differences (SciPy's
  /// `permutation_test(..., permutation_type='samples')` with every permutation), counting
  /// null values within 100 ulps of the observed one as equal, as SciPy.
  func signFlipPValue(observed: Double, alternative: Alternative) -> Double {
    let n = ranks.count
    // Flipping a sign moves a non-zero difference between T⁺ and T⁻; zeros stay put.
    let movable = (0..<n).filter { !zero[$0] }.map { ranks[$0] }
    var base = 0.0
    if zeroMethod == .zsplit { base = pairwiseSum(zip(zero, ranks).map { $0 ? $1 : 0 }) / 2 }
    let total = 1 << n
    let gamma = Swift.abs(Double.ulpOfOne * 100 * observed)
    var (atMost, atLeast) = (0, 0)
    // Each zero contributes a factor 2 (its sign flips to −0 and back) without changing T⁺.
    let zeroFactor = 1 << (n - movable.count)
    for mask in 0..<(1 << movable.count) {
      var t = base
      for (i, rank) in movable.enumerated() where mask & (1 << i) != 0 { t += rank }
      if t <= observed + gamma { atMost += zeroFactor }
      if t >= observed - gamma { atLeast += zeroFactor }
    }
    let less = Double(atMost) / Double(total)
    let greater = Double(atLeast) / Double(total)
    let p: Double =
      switch alternative {
      case .less: less
      case .greater: greater
      case .twoSided: Swift.min(less, greater) * 2
      }
    return Swift.min(Swift.max(p, 0), 1)
  }
}

/// The exact distribution of T⁺ for n untied, non-zero differences: P(T⁺ = k) for
/// k = 0…n(n + 1)/2, built one rank at a time (SciPy's `_get_wilcoxon_distr` and
/// `WilcoxonDistribution`, whose tails it sums in the same order).
struct SignedRankDistribution {
  let n: Int
  let pmf: [Double]

  init(_ n: Int) {
    self.n = n
    var c = [1.0]
    if n >= 1 {
      for k in 1...n {
        var next = [Double](repeating: 0, count: k * (k + 1) / 2 + 1)
        let m = c.count
        for i in 0..<m { next[i] = c[i] * 0.5 }
        for i in 0..<m { next[next.count - m + i] += c[i] * 0.5 }
        c = next
      }
    }
    pmf = c
  }

  private var mean: Double { Double(n * (n + 1)) / 4 }

  /// Σ pmf[lower..<upper] with NumPy's pairwise summation (bounds clamped like a slice).
  private func sum(_ lower: Int, _ upper: Int) -> Double {
    let (l, u) = (Swift.max(0, Swift.min(lower, pmf.count)), Swift.max(0, Swift.min(upper, pmf.count)))
    return l < u ? pairwiseSum(Array(pmf[l..<u])) : 0
  }

  /// P(T⁺ ≤ k), from the nearer tail.
  func cdf(_ k: Int) -> Double {
    Double(k) <= mean ? sum(0, k + 1) : 1 - sum(k + 1, pmf.count)
  }

  /// P(T⁺ ≥ k), from the nearer tail.
  func sf(_ k: Int) -> Double {
    Double(k) <= mean ? sum(k, pmf.count) : 1 - sum(0, k)
  }
}
