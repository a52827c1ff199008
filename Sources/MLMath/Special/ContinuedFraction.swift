// The modified Lentz algorithm for continued fractions, shared by the incomplete
// gamma and beta functions.

/// The value of b₀ + a₁/(b₁ + a₂/(b₂ + …)), where `term(n)` gives (aₙ, bₙ) for n ≥ 1.
///
/// The modified Lentz algorithm (W. J. Lentz, "Generating Bessel functions in Mie
/// scattering calculations using continued fractions", Appl. Opt. 15, 1976;
/// modified by I. J. Thompson and A. R. Barnett, J. Comput. Phys. 64, 1986):
/// the convergents are built forwards as a product of ratios Cₙ Dₙ, with zeros
/// replaced by a tiny number, and summation stops when a ratio is within
/// 2⁻⁵³ of 1 (`converged`) or after `limit` terms.
@inline(__always)
func lentzContinuedFraction(
  _ b0: Double, limit: Int = 100_000, _ term: (Int) -> (a: Double, b: Double)
) -> (value: Double, converged: Bool) {
  let tiny = 1e-300
  var f = b0 == 0 ? tiny : b0
  var c = f
  var d = 0.0
  var n = 1
  while n <= limit {
    let (a, b) = term(n)
    d = b + a * d
    if d == 0 { d = tiny }
    c = b + a / c
    if c == 0 { c = tiny }
    d = 1 / d
    let ratio = c * d
    f *= ratio
    if (ratio - 1).magnitude <= 0x1p-53 { return (f, true) }
    n += 1
  }
  return (f, false)
}
