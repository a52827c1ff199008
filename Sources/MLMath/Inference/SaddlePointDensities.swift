#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Poisson, binomial and hypergeometric probabilities to full relative accuracy by Loader's
// saddle-point method (C. Loader, "Fast and accurate computation of binomial probabilities",
// 2000; R's dpois_raw, dbinom_raw and dhyper): the large logarithms cancel analytically
// through the deviance bd0 and Stirling's remainder, where log-gamma differences would lose
// about |log p| · ε.

/// Stirling's remainder for an integer n ≥ 0: log n! − [(n + ½) log n − n + ½ log 2π]
/// (0 for n = 0, which the callers treat apart).
func stirlingError(_ n: Int) -> Double {
  // Exact to double precision, from mpmath; past 9 the asymptotic series is.
  let small: [Double] = [
    0, 0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093,
    0.016644691189821193, 0.013876128823070748, 0.01189670994589177, 0.010411265261972096,
    0.009255462182712733,
  ]
  return n < small.count ? small[n] : stirlingRemainder(Double(n))
}

/// The deviance term x log(x/m) + m − x ≥ 0, for x ≥ 0 and m > 0, without cancellation when
/// x is close to m.
func binomialDeviance(_ x: Double, _ m: Double) -> Double {
  x == 0 ? m : -x * log1pmxOfRatio(m, x)
}

/// The Poisson probability e^(−λ) λ^k / k!, for k ≥ 0 and λ > 0.
func poissonProbability(_ k: Int, _ lambda: Double) -> Double {
  if k == 0 { return exp(-lambda) }
  let x = Double(k)
  return exp(-stirlingError(k) - binomialDeviance(x, lambda)) / (2 * .pi * x).squareRoot()
}

/// The binomial probability C(n, k) pᵏ qⁿ⁻ᵏ, for 0 ≤ k ≤ n and q = 1 − p given separately.
func binomialProbability(_ k: Int, _ n: Int, _ p: Double, _ q: Double) -> Double {
  if p == 0 { return k == 0 ? 1 : 0 }
  if q == 0 { return k == n ? 1 : 0 }
  if k < 0 || k > n { return 0 }
  let total = Double(n)
  if k == 0 {
    if n == 0 { return 1 }
    return exp(p < 0.1 ? -binomialDeviance(total, total * q) - total * p : total * log(q))
  }
  if k == n {
    return exp(q < 0.1 ? -binomialDeviance(total, total * p) - total * q : total * log(p))
  }
  let x = Double(k)
  let logCore =
    stirlingError(n) - stirlingError(k) - stirlingError(n - k) - binomialDeviance(x, total * p)
    - binomialDeviance(total - x, total * q)
  let logFactor = log(2 * .pi) + log(x) + log1p(-x / total)
  return exp(logCore - 0.5 * logFactor)
}

/// The hypergeometric distribution of the number of successes in `draws` draws without
/// replacement from `total` items of which `successes` are successes (SciPy's
/// `hypergeom(M=total, n=successes, N=draws)`), for the exact tests on 2 × 2 tables.
struct FisherHypergeometric {
  let total: Int
  let successes: Int
  let draws: Int

  /// The smallest and largest possible counts.
  var lowest: Int { max(0, draws - (total - successes)) }
  var highest: Int { min(draws, successes) }

  /// The most likely count, ⌊(draws + 1)(successes + 1)/(total + 2)⌋, as SciPy's `fisher_exact`
  /// computes it (in floating point).
  var mode: Int { Int(Double((draws + 1) * (successes + 1)) / Double(total + 2)) }

  /// P(X = k), through three binomial probabilities with p = draws/total (R's `dhyper`).
  func pmf(_ k: Int) -> Double {
    if k < lowest || k > highest { return 0 }
    let n = Double(total)
    let p = Double(draws) / n
    let q = Double(total - draws) / n
    return binomialProbability(k, successes, p, q) * binomialProbability(draws - k, total - successes, p, q)
      / binomialProbability(draws, total, p, q)
  }

  /// P(X ≤ k): the lower terms summed when k is below the mode, 1 − P(X > k) otherwise
  /// (Boost's `hypergeometric_cdf`, which SciPy calls).
  func cdf(_ k: Int) -> Double {
    if k < lowest { return 0 }
    if k >= highest { return 1 }
    return k < mode ? lowerSum(k) : 1 - upperSum(k + 1)
  }

  /// P(X > k), the mirror of `cdf`.
  func sf(_ k: Int) -> Double {
    if k < lowest { return 1 }
    if k >= highest { return 0 }
    return k + 1 > mode ? upperSum(k + 1) : 1 - lowerSum(k)
  }

  /// Σ_{i ≤ k} P(X = i), from P(X = k) down by the ratio of successive probabilities.
  private func lowerSum(_ k: Int) -> Double {
    var term = pmf(k)
    var sum = term
    var i = k
    let failures = total - successes
    while i > lowest && term > sum * 1e-17 {
      term *= Double(i) * Double(failures - draws + i) / (Double(successes - i + 1) * Double(draws - i + 1))
      sum += term
      i -= 1
    }
    return sum
  }

  /// Σ_{i ≥ k} P(X = i), from P(X = k) up.
  private func upperSum(_ k: Int) -> Double {
    var term = pmf(k)
    var sum = term
    var i = k
    let failures = total - successes
    while i < highest && term > sum * 1e-17 {
      term *= Double(successes - i) * Double(draws - i) / (Double(i + 1) * Double(failures - draws + i + 1))
      sum += term
      i += 1
    }
    return sum
  }
}
