#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The two-sample Kolmogorov–Smirnov test: the largest gap between two empirical cdfs,
// with the exact p-value from lattice-path counts (Hodges 1958; Viehmann 2021 for the
// two-sided recursion) as SciPy's `scipy.stats.ks_2samp`, or Smirnov's asymptotics.

/// The two-sample Kolmogorov–Smirnov test of whether `a` and `b` come from the same
/// continuous distribution (SciPy's `scipy.stats.ks_2samp(a, b, alternative=, method=)`).
///
/// ```swift
/// let result = try ks2samp(Vector([1.2, 3.4, 0.5, 2.2]), Vector([4.1, 5.0, 3.3, 6.2, 4.8]))
/// print(result.statistic, result.pValue)   // 0.8 0.07936507936507936
/// ```
///
/// - Parameters:
///   - a, b: the samples, each with at least one observation; ties are allowed.
///   - alternative: `.twoSided` uses D = max |F_a − F_b|; `.greater` uses max (F_a − F_b)
///     (the cdf of `a` above that of `b`); `.less` uses max (F_b − F_a).
///   - method: `.exact` counts lattice paths (the p-value of the statistic rounded to a
///     multiple of 1/lcm(m, n), as SciPy reports it); `.asymptotic` uses the two-sided
///     `kstwo` distribution with n = round(mn/(m + n)), or Hodges' one-sided approximation;
///     `.auto` (SciPy's default) is exact when both samples have at most 10000 observations.
///     The exact method falls back to the asymptotic one where the counts overflow, as SciPy.
/// - Returns: `statistic` D with its p-value, and where the gap is largest.
/// - Throws: `InferenceError` for an empty sample (SciPy returns NaN).
/// - NaN: everything is NaN when a sample holds NaN.
public func ks2samp(
  _ a: Vector, _ b: Vector, alternative: Alternative = .twoSided, method: PValueMethod = .auto
) throws(InferenceError) -> KSTestResult {
  let (n1, n2) = (a.count, b.count)
  if n1 == 0 { throw tooFewObservations("ks2samp", "the first sample", needs: 1, got: 0) }
  if n2 == 0 { throw tooFewObservations("ks2samp", "the second sample", needs: 1, got: 0) }
  let symbol = alternative == .twoSided ? "D" : (alternative == .greater ? "D+" : "D-")
  func result(_ d: Double, _ p: Double, _ location: Double, _ sign: Int) -> KSTestResult {
    KSTestResult(
      TestResult(
        test: "Two-sample Kolmogorov-Smirnov test", statisticName: symbol, statistic: d, pValue: p,
        alternative: alternative),
      location: location, sign: sign, reference: "the second sample's")
  }
  if a.elements.contains(where: \.isNaN) || b.elements.contains(where: \.isNaN) {
    return result(.nan, .nan, .nan, 0)
  }
  let first = a.sorted().elements
  let second = b.sorted().elements
  let all = first + second
  // F_a − F_b at every observation, from the counts ≤ it (NumPy's searchsorted side='right').
  func countAtMost(_ sorted: [Double], _ value: Double) -> Int {
    var (low, high) = (0, sorted.count)
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low
  }
  let differences = all.map {
    Double(countAtMost(first, $0)) / Double(n1) - Double(countAtMost(second, $0)) / Double(n2)
  }
  var (minAt, maxAt) = (0, 0)
  for i in differences.indices {
    if differences[i] < differences[minAt] { minAt = i }
    if differences[i] > differences[maxAt] { maxAt = i }
  }
  // NumPy's clip keeps a −0.0 (SciPy then reports D = −0.0 where F_b never exceeds F_a).
  let negated = -differences[minAt]
  let minS = negated < 0 ? 0 : Swift.min(negated, 1)
  let maxS = differences[maxAt]
  var d: Double
  let location: Double
  let sign: Int
  if alternative == .less || (alternative == .twoSided && minS > maxS) {
    (d, location, sign) = (minS, all[minAt], -1)
  } else {
    (d, location, sign) = (maxS, all[maxAt], 1)
  }

  let g = greatestCommonDivisor(n1, n2)
  var exact: Bool
  switch method {
  case .auto: exact = Swift.max(n1, n2) <= 10_000
  case .exact: exact = Double(n1 / g) < Double(Int32.max) / Double(n2 / g)
  case .asymptotic: exact = false
  }
  var p = Double.nan
  if exact {
    let attempt = exactTwoSampleKS(n1, n2, g, d, alternative)
    d = attempt.d
    if let probability = attempt.p { p = probability } else { exact = false }
  }
  if !exact {
    // Smirnov's asymptotics with m ≥ n (the one-sided formula is not symmetric in them).
    let (m, n) = (Double(Swift.max(n1, n2)), Double(Swift.min(n1, n2)))
    let en = m * n / (m + n)
    if alternative == .twoSided {
      let rounded = Int(en.rounded(.toNearestOrEven))
      p = rounded >= 1 ? kolmogorovSmirnovSurvival(rounded, d) : .nan
    } else {
      let z = en.squareRoot() * d
      p = exp(-2 * pow(z, 2) - 2 * z * (m + 2 * n) / (m * n * (m + n)).squareRoot() / 3)
    }
  }
  return result(d, Swift.min(Swift.max(p, 0), 1), location, sign)
}

/// Euclid's gcd of two positive integers.
private func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
  var (x, y) = (a, b)
  while y != 0 { (x, y) = (y, x % y) }
  return x
}

/// SciPy's `_attempt_exact_2kssamp`: the statistic rounded to h/lcm(n1, n2) and its exact
/// p-value, or nil where the computation overflows or leaves [0, 1].
private func exactTwoSampleKS(_ n1: Int, _ n2: Int, _ g: Int, _ d: Double, _ alternative: Alternative)
  -> (d: Double, p: Double?)
{
  let lcm = (n1 / g) * n2
  let h = Int((d * Double(lcm)).rounded(.toNearestOrEven))
  let rounded = Double(h) * 1.0 / Double(lcm)
  if h == 0 { return (rounded, 1) }
  var p: Double
  if alternative == .twoSided {
    p = n1 == n2 ? probabilityOutsideSquare(n1, h) : outerProbabilityInside(n1, n2, g, h)
  } else if n1 == n2 {
    // binom(2n, n − h)/binom(2n, n) as a product of ratios, without the rounding of binom.
    p = 1
    for j in 0..<h { p *= Double(n1 - j) / (Double(n1 + j) + 1) }
  } else {
    let paths = pathsOutside(n1, n2, g, h)
    let total = scipyBinomial(Double(n1 + n2), Double(n1))
    guard let paths, paths.isFinite, total.isFinite, paths <= total else { return (rounded, nil) }
    p = paths / total
  }
  guard p >= 0 && p <= 1 else { return (rounded, nil) }
  return (rounded, p)
}

/// P(D_{n,n} ≥ h/n) = 2 Σ_k (−1)^(k−1) C(2n, n − kh)/C(2n, n), folded into a Horner-like
/// product so that the alternating sum does not cancel (SciPy's `_compute_prob_outside_square`).
private func probabilityOutsideSquare(_ n: Int, _ h: Int) -> Double {
  var total = 0.0
  var k = n / h
  while k >= 0 {
    var ratio = 1.0
    for j in 0..<h { ratio = Double(n - k * h - j) * ratio / Double(n + k * h + j + 1) }
    total = ratio * (1 - total)
    k -= 1
  }
  return 2 * total
}

/// The share of lattice paths from (0, 0) to (m, n) that leave the band |x/m − y/n| < h/lcm,
/// by the "inside" recursion rewritten for 1 − p (Viehmann 2021; SciPy's
/// `_compute_outer_prob_inside_method`), one sliding column at a time.
private func outerProbabilityInside(_ m0: Int, _ n0: Int, _ g: Int, _ h: Int) -> Double {
  let (m, n) = (Swift.max(m0, n0), Swift.min(m0, n0))
  let mg = m / g
  let ng = n / g
  var minj = 0
  var maxj = Swift.min(Int((Double(h) / Double(mg)).rounded(.up)), n + 1)
  var currentLength = maxj - minj
  let lengthA = Swift.min(2 * maxj + 2, n + 1)
  var column = [Double](repeating: 1, count: lengthA)
  for j in minj..<maxj { column[j] = 0 }
  for i in 1...m {
    let (lastMinj, lastLength) = (minj, currentLength)
    minj = Swift.max(Int((Double(ng * i - h) / Double(mg)).rounded(.down)) + 1, 0)
    minj = Swift.min(minj, n)
    maxj = Swift.min(Int((Double(ng * i + h) / Double(mg)).rounded(.up)), n + 1)
    if maxj <= minj { return 1 }
    var value = minj == 0 ? 0.0 : 1.0
    for jj in 0..<(maxj - minj) {
      let j = jj + minj
      value = (column[jj + minj - lastMinj] * Double(i) + value * Double(j)) / Double(i + j)
      column[jj] = value
    }
    currentLength = maxj - minj
    if lastLength > currentLength {
      for index in (maxj - minj)..<(maxj - minj + lastLength - currentLength) where index < lengthA {
        column[index] = 1
      }
    }
  }
  return column[maxj - minj - 1]
}

/// The number of lattice paths from (0, 0) to (m, n) that reach m·y ≤ n·x − h·g somewhere
/// (Hodges 1958; SciPy's `_count_paths_outside_method`), or nil when it overflows.
private func pathsOutside(_ m0: Int, _ n0: Int, _ g: Int, _ h: Int) -> Double? {
  let (m, n) = (Swift.max(m0, n0), Swift.min(m0, n0))
  let mg = m / g
  let ng = n / g
  // Python's // (rounds toward −∞ for a negative numerator).
  func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
  let lxj = n + floorDivide(mg - h, mg)
  if lxj <= 0 { return scipyBinomial(Double(m + n), Double(n)) }
  let xj = (0..<lxj).map { floorDivide(h + mg * $0 + ng - 1, ng) }
  var paths = [Double](repeating: 0, count: lxj)
  paths[0] = 1
  for j in 1..<Swift.max(lxj, 1) {
    var bj = scipyBinomial(Double(xj[j] + j), Double(j))
    for i in 0..<j {
      bj -= scipyBinomial(Double(xj[j] - xj[i] + j - i), Double(j - i)) * paths[i]
    }
    if !bj.isFinite { return nil }
    paths[j] = bj
  }
  var total = 0.0
  for j in 0..<lxj {
    total += paths[j] * scipyBinomial(Double((m - xj[j]) + (n - j)), Double(n - j))
    if !total.isFinite { return nil }
  }
  return total
}
