#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The binomial coefficient exactly as SciPy's `scipy.special.binom` rounds it, for the
// exact null distributions whose SciPy versions divide by it (Mann–Whitney U, the
// one-sided two-sample KS test): the same value, not merely an equally accurate one.

/// C(n, k) for n, k ≥ 0 in SciPy's `binom` arithmetic: the product Π (i + n − k)/i for
/// min(k, n − k) < 20 (numerator and denominator kept apart, rescaled past 1e50), else
/// 1/((n + 1) B(n − k + 1, k + 1)).
func scipyBinomial(_ n: Double, _ k: Double) -> Double {
  var kx = k.rounded(.down)
  if k == kx && (Swift.abs(n) > 1e-8 || n == 0) {
    let nx = n.rounded(.down)
    if nx == n && kx > nx / 2 && nx > 0 { kx = nx - kx }
    if kx >= 0 && kx < 20 {
      var numerator = 1.0
      var denominator = 1.0
      if kx >= 1 {
        for i in 1...Int(kx) {
          numerator *= Double(i) + n - kx
          denominator *= Double(i)
          if Swift.abs(numerator) > 1e50 {
            numerator /= denominator
            denominator = 1
          }
        }
      }
      return numerator / denominator
    }
  }
  if n >= 1e10 * k && k > 0 {
    return exp(-logBetaPositive(1 + n - k, 1 + k) - log(n + 1))
  }
  return 1 / (n + 1) / betaValue(1 + n - k, 1 + k)
}
