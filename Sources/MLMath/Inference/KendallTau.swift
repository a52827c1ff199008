#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Kendall's tau-b: concordant minus discordant pairs over the pairs not tied,
// with the exact permutation distribution for small samples without ties and the
// normal approximation (variance corrected for ties) otherwise — SciPy's
// `scipy.stats.kendalltau(x, y, method='auto')`.

/// Kendall's rank correlation τ-b of paired samples and the p-value for the null
/// hypothesis of independence (SciPy's `scipy.stats.kendalltau(x, y, alternative=, method=)`).
///
/// ```swift
/// let tau = try kendalltau(Vector([12, 2, 1, 12, 2]), Vector([1, 4, 7, 1, 0]))
/// print(tau.statistic, tau.pValue)   // -0.4714045207910316 0.28274545993277467
/// ```
///
/// - Parameters:
///   - x, y: paired observations, the same length.
///   - alternative: `.twoSided`, `.less` (negative association) or `.greater`.
///   - method: `.exact` uses the exact distribution of the number of concordant pairs
///     (Kendall 1970; no ties allowed); `.asymptotic` the normal approximation with the
///     variance corrected for ties in x, in y and in both; `.auto` (SciPy's default) is
///     exact when there are no ties and n ≤ 33 (or all but one pair agree), else asymptotic.
/// - Returns: `statistic` τ-b = (C − D)/√((P − Tₓ)(P − T_y)), with C and D the concordant and
///   discordant pairs, P = n(n − 1)/2 and Tₓ, T_y the pairs tied in x and in y.
/// - Throws: `InferenceError` when the lengths differ, n < 2 (SciPy returns NaN),
///   `.exact` is asked for with ties (SciPy's `ValueError`), or the asymptotic method
///   would divide by n − 2 = 0.
/// - NaN: τ and p are NaN when a sample holds NaN or is constant.
public func kendalltau(
  _ x: Vector, _ y: Vector, alternative: Alternative = .twoSided, method: PValueMethod = .auto
) throws(InferenceError) -> TestResult {
  let n = x.count
  if n != y.count { throw differentLengths("kendalltau", n, y.count) }
  if n < 2 { throw tooFewObservations("kendalltau", "each sample", needs: 2, got: n) }
  func result(_ tau: Double, _ p: Double) -> TestResult {
    TestResult(
      test: "Kendall rank correlation test (tau-b)", statisticName: "τ", statistic: tau, pValue: p,
      alternative: alternative)
  }
  if x.elements.contains(where: \.isNaN) || y.elements.contains(where: \.isNaN) {
    return result(.nan, .nan)
  }
  let pairs = KendallPairs(x.elements, y.elements)
  let total = n * (n - 1) / 2
  if pairs.xTies == total || pairs.yTies == total { return result(.nan, .nan) }
  let difference = total - pairs.xTies - pairs.yTies + pairs.jointTies - 2 * pairs.discordant
  var tau =
    Double(difference) / Double(total - pairs.xTies).squareRoot()
    / Double(total - pairs.yTies).squareRoot()
  tau = Swift.min(1, Swift.max(-1, tau))

  let untied = pairs.xTies == 0 && pairs.yTies == 0
  if method == .exact && !untied {
    throw InferenceError("kendalltau", "ties found, the exact method cannot be used")
  }
  var exact = method == .exact
  if method == .auto {
    exact = untied && (n <= 33 || Swift.min(pairs.discordant, total - pairs.discordant) <= 1)
  }
  let p: Double
  if exact {
    p = kendallExactPValue(n, concordant: total - pairs.discordant, alternative: alternative)
  } else {
    // SciPy divides by n − 2 here (and raises ZeroDivisionError for n = 2).
    if n < 3 {
      throw InferenceError("kendalltau", "the asymptotic method needs at least 3 observations, got \(n)")
    }
    // Var(C − D) with ties (Kendall 1970, eq. 4.3), in SciPy's order of operations.
    let m = Double(n) * (Double(n) - 1)
    let variance =
      (m * Double(2 * n + 5) - Double(pairs.xCubic) - Double(pairs.yCubic)) / 18
      + (Double(2 * pairs.xTies) * Double(pairs.yTies)) / m
      + (Double(pairs.xTriple) * Double(pairs.yTriple)) / (9 * m * Double(n - 2))
    let z = Double(difference) / variance.squareRoot()
    p = tailPValue(z, alternative, cdf: { Normal.standard.cdf($0) }, sf: { Normal.standard.sf($0) })
  }
  return result(tau, p)
}

/// The pair counts behind τ-b: discordant pairs, pairs tied in x, in y and in both, and
/// the tie sums Σ t(t − 1)(t − 2) and Σ t(t − 1)(2t + 5) of the variance.
struct KendallPairs {
  var discordant = 0
  var xTies = 0
  var yTies = 0
  var jointTies = 0
  var xTriple = 0
  var yTriple = 0
  var xCubic = 0
  var yCubic = 0

  init(_ x: [Double], _ y: [Double]) {
    let n = x.count
    // Sort by (x, y); the discordant pairs are then the inversions of the y sequence.
    let order = x.indices.sorted { i, j in
      x[i] < x[j] || (x[i] == x[j] && (y[i] < y[j] || (y[i] == y[j] && i < j)))
    }
    var ySorted = order.map { y[$0] }
    discordant = Self.inversions(&ySorted)
    var start = 0
    while start < n {
      var end = start + 1
      while end < n, x[order[end]] == x[order[start]], y[order[end]] == y[order[start]] { end += 1 }
      jointTies += (end - start) * (end - start - 1) / 2
      start = end
    }
    (xTies, xTriple, xCubic) = Self.tieSums(x)
    (yTies, yTriple, yCubic) = Self.tieSums(y)
  }

  /// Σ t(t − 1)/2, Σ t(t − 1)(t − 2) and Σ t(t − 1)(2t + 5) over the groups of equal values.
  static func tieSums(_ v: [Double]) -> (Int, Int, Int) {
    let counts = rankedWithTies(v).tieCounts
    var sums = (0, 0, 0)
    for t in counts where t > 1 {
      sums.0 += t * (t - 1) / 2
      sums.1 += t * (t - 1) * (t - 2)
      sums.2 += t * (t - 1) * (2 * t + 5)
    }
    return sums
  }

  /// The number of pairs i < j with v[i] > v[j], by merge sort (sorts `v`).
  static func inversions(_ v: inout [Double]) -> Int {
    var buffer = v
    var count = 0
    var width = 1
    while width < v.count {
      var low = 0
      while low < v.count {
        let middle = Swift.min(low + width, v.count)
        let high = Swift.min(low + 2 * width, v.count)
        var (i, j, k) = (low, middle, low)
        while i < middle && j < high {
          if v[j] < v[i] {
            buffer[k] = v[j]
            count += middle - i
            j += 1
          } else {
            buffer[k] = v[i]
            i += 1
          }
          k += 1
        }
        while i < middle {
          buffer[k] = v[i]
          i += 1
          k += 1
        }
        while j < high {
          buffer[k] = v[j]
          j += 1
          k += 1
        }
        low = high
      }
      swap(&v, &buffer)
      width *= 2
    }
    return count
  }
}

/// The exact p-value of c concordant pairs among n untied observations, from the
/// distribution of the number of inversions of a random permutation (Kendall 1970),
/// folded to the lower tail — SciPy's private `_kendall_p_exact`, operation for operation.
func kendallExactPValue(_ n: Int, concordant: Int, alternative: Alternative) -> Double {
  let half = n * (n - 1) / 2
  let inRightTail = concordant >= half - concordant
  let c = Swift.min(concordant, half - concordant)
  var prob: Double
  var massAtC = 0.0
  if n == 1 {
    prob = 1
    massAtC = 1
  } else if n == 2 {
    prob = 1
    massAtC = 0.5
  } else if c == 0 {
    prob = n < 171 ? 2 / factorial(Double(n)) : 0
    massAtC = prob / 2
  } else if c == 1 {
    prob = n < 172 ? 2 / factorial(Double(n - 1)) : 0
    massAtC = Double(n - 1) / factorial(Double(n))
  } else if 4 * c == n * (n - 1) && alternative == .twoSided {
    prob = 1
  } else {
    // counts[k] = number of permutations of j elements with k inversions, k ≤ c, built
    // up one element at a time (scaled by 1/j! beyond n = 170 to stay finite).
    let scaled = n >= 171
    var counts = [Double](repeating: 0, count: c + 1)
    counts[0] = 1
    counts[1] = 1
    for j in 3...n {
      var running = 0.0
      for k in 0...c {
        running += counts[k]
        counts[k] = scaled ? running / Double(j) : running
      }
      if j <= c {
        // counts[k] −= counts[k − j], from the top so the right side is still the old value.
        for k in stride(from: c, through: j, by: -1) { counts[k] -= counts[k - j] }
      }
    }
    if scaled {
      prob = pairwiseSum(counts)
      massAtC = counts[c] / 2
    } else {
      prob = 2 * pairwiseSum(counts) / factorial(Double(n))
      massAtC = counts[c] / factorial(Double(n))
    }
  }
  if alternative != .twoSided {
    if inRightTail == (alternative == .greater) {
      prob /= 2
    } else {
      prob = 1 - prob / 2 + massAtC
    }
  }
  return Swift.min(Swift.max(prob, 0), 1)
}
