#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Catherine Loader's saddle-point forms of the binomial and Poisson probabilities
// ("Fast and accurate computation of binomial probabilities", 2000; R's `dbinom_raw`,
// `dpois_raw`). Writing log n! by Stirling's formula plus its small remainder lets the
// huge terms of log C(n, k) + k log p + (n − k) log q cancel analytically, so the
// probabilities keep full relative accuracy where the plain log-gamma sum loses digits
// (at n = 10⁹ it would lose about seven).

/// Stirling's remainder δ(x) = log Γ(x + 1) − (x + ½) log x + x − ½ log 2π, for x ≥ 0
/// (Loader's `stirlerr`; δ(0) is taken as 0, the value her formulas need).
///
/// Exact values (to the last bit) at the half-integers up to 15, Stirling's series from 10
/// on elsewhere, and the log-gamma difference below 10, which then loses nothing that
/// matters (the terms are below 20 in size, so the absolute error stays near 1e-15).
func stirlingError(_ x: Double) -> Double {
  if x <= 15, (2 * x).rounded(.towardZero) == 2 * x {
    return stirlingErrorHalves[Int(2 * x)]
  }
  if x >= 10 { return stirlingRemainder(x) }
  return logGammaOnePlus(x) - (x + 0.5) * log(x) + x - halfLogTwoPi
}

/// δ(k/2) for k = 0…30, from mpmath at 40 digits.
private let stirlingErrorHalves: [Double] = [
  0.0, 0.15342640972002736, 0.08106146679532726, 0.05481412105191765, 0.0413406959554093,
  0.03316287351993629, 0.02767792568499834, 0.023746163656297496, 0.020790672103765093,
  0.018488450532673187, 0.016644691189821193, 0.015134973221917378, 0.013876128823070748,
  0.012810465242920227, 0.01189670994589177, 0.011104559758206917, 0.010411265261972096,
  0.009799416126158804, 0.009255462182712733, 0.008768700134139386, 0.00833056343336287,
  0.00793411456431402, 0.007573675487951841, 0.007244554301320383, 0.00694284010720953,
  0.006665247032707682, 0.006408994188004207, 0.006171712263039458, 0.0059513701127588475,
  0.0057462165130101155, 0.005554733551962801,
]

/// The deviance term D(x, m) = x log(x/m) + m − x ≥ 0 for x ≥ 0, m > 0 (Loader's `bd0`).
///
/// Formed as −x · (log(m/x) − (m/x − 1)) with `log1pmxOfRatio`, whose series keeps full
/// relative accuracy when x is close to m, where the two terms nearly cancel.
func devianceTerm(_ x: Double, _ m: Double) -> Double {
  if x == 0 { return m }
  if m == .infinity { return .infinity }
  return -x * log1pmxOfRatio(m, x)
}

/// log P(X = x) for X ~ Binomial(n, p), for real 0 ≤ x ≤ n (Loader's `dbinom_raw` in logs).
///
/// `q` is 1 − p, passed in so that the caller's exact complement is used; n need not be an
/// integer (the negative binomial and the hypergeometric probabilities use that).
func logBinomialProbability(_ x: Double, _ n: Double, _ p: Double, _ q: Double) -> Double {
  if x < 0 || x > n { return -.infinity }
  if p == 0 { return x == 0 ? 0 : -.infinity }
  if q == 0 { return x == n ? 0 : -.infinity }
  if x == 0 {
    if n == 0 { return 0 }
    return n * logOfComplement(p, q)
  }
  if x == n { return n * logOfComplement(q, p) }
  let lc =
    stirlingError(n) - stirlingError(x) - stirlingError(n - x) - devianceTerm(x, n * p)
    - devianceTerm(n - x, n * q)
  let lf = log(2 * Double.pi) + log(x) + log1p(-x / n)
  return lc - 0.5 * lf
}

/// log(1 − p) given p and q = 1 − p: from whichever of the two is exact to more digits.
@inline(__always)
func logOfComplement(_ p: Double, _ q: Double) -> Double {
  p < 0.5 ? log1p(-p) : log(q)
}

/// log P(X = x) for X ~ Poisson(λ), real x ≥ 0 (Loader's `dpois_raw` in logs).
func logPoissonProbability(_ x: Double, _ lambda: Double) -> Double {
  if x < 0 { return -.infinity }
  if lambda == 0 { return x == 0 ? 0 : -.infinity }
  if x == 0 { return -lambda }
  if lambda == .infinity { return -.infinity }
  return -stirlingError(x) - devianceTerm(x, lambda) - 0.5 * log(2 * Double.pi * x)
}
