#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The gamma function and its relatives (SciPy's `scipy.special.gamma`, `gammaln`,
// `psi`/`digamma`, `beta`, `betaln`), as free functions on numbers, vectors and
// matrices.
//
// Scalar Γ(x) is the C library's `tgamma(x)`: for a `Double`, `gamma(x)` is the C
// library's own `gamma`, which is log|Γ(x)| (a BSD leftover), so MLMath adds no
// scalar `gamma` that would be ambiguous with it. `gamma(v)` on a `Vector` or
// `Matrix` is Γ, as in SciPy.

// MARK: - Helpers shared by the special functions

/// log(1 + t) − t, without the cancellation of computing the two terms apart.
///
/// For |t| < 1/2 the Maclaurin series −t²/2 + t³/3 − … (summed until its terms stop
/// mattering); elsewhere the difference itself, which then loses nothing.
@usableFromInline
func log1pmx(_ t: Double) -> Double {
  if t.magnitude >= 0.5 || t.isNaN { return log1p(t) - t }
  // log(1 + t) − t = Σ_{k≥2} (−1)^{k+1} t^k / k
  var power = t * t
  var sum = -power / 2
  var k = 3.0
  while true {
    power *= -t
    let term = power / k
    sum -= term
    if term.magnitude <= 1e-17 * sum.magnitude { break }
    k += 1
  }
  return sum
}

/// log(u/v) − (u − v)/v = log1p(t) − t with t = (u − v)/v, for u, v > 0: by `log1pmx` when
/// u/v is near 1, and as log(u/v) − t when it is not (where 1 + t, rounded, would lose u/v's
/// digits when u ≪ v).
@usableFromInline
func log1pmxOfRatio(_ u: Double, _ v: Double) -> Double {
  let ratio = u / v
  if ratio > 0.5 && ratio < 1.5 { return log1pmx((u - v) / v) }
  return log(ratio) - (ratio - 1)
}

/// Stirling's remainder Δ(x) = log Γ(x) − [(x − ½) log x − x + ½ log 2π], for x ≥ 10.
///
/// The asymptotic series Σ B₂ₖ / (2k(2k − 1) x^{2k−1}) (DLMF 5.11.1), eight terms,
/// whose error at x = 10 is below 1e-17 relative.
@usableFromInline
func stirlingRemainder(_ x: Double) -> Double {
  let r = 1 / x
  let r2 = r * r
  // B₂/2, B₄/12, B₆/30, B₈/56, B₁₀/90, B₁₂/132, B₁₄/182, B₁₆/240
  let c: [Double] = [
    1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360_360, 1.0 / 156,
    -3617.0 / 122_400,
  ]
  var sum = c[7]
  for k in stride(from: 6, through: 0, by: -1) { sum = sum * r2 + c[k] }
  return sum * r
}

/// ½ log 2π.
@usableFromInline let halfLogTwoPi = 0.918_938_533_204_672_7

/// log Γ(1 + a) for |a| < 0.2, with full relative accuracy as a → 0.
///
/// The Maclaurin series log Γ(1 + a) = −γa + Σ_{k≥2} (−1)^k ζ(k) a^k / k
/// (DLMF 5.7.3); for larger a, `lgamma(1 + a)`, which then loses nothing.
@usableFromInline
func logGammaOnePlus(_ a: Double) -> Double {
  if a.magnitude >= 0.2 { return logAbsGamma(1 + a) }
  // ζ(2) … ζ(29)
  let zeta: [Double] = [
    1.6449340668482264, 1.2020569031595942, 1.0823232337111381, 1.03692775514337, 1.0173430619844492,
    1.008349277381923, 1.0040773561979444, 1.0020083928260821, 1.000994575127818, 1.0004941886041194,
    1.000246086553308, 1.0001227133475785, 1.0000612481350588, 1.000030588236307, 1.0000152822594086,
    1.0000076371976379, 1.000003817293265, 1.0000019082127165, 1.0000009539620338, 1.0000004769329869,
    1.0000002384505027, 1.000000119219926, 1.000000059608189, 1.0000000298035034, 1.0000000149015549,
    1.0000000074507118, 1.000000003725334, 1.0000000018626598,
  ]
  var sum = 0.0
  var power = -a
  for (i, z) in zeta.enumerated() {
    power *= -a
    let term = z * power / Double(i + 2)
    sum += term
    if term.magnitude <= 1e-18 * sum.magnitude { break }
  }
  return -eulerGamma * a + sum
}

/// Euler's constant γ.
@usableFromInline let eulerGamma = 0.5772156649015329

/// log|Γ(x)| from the C library (`lgamma_r`, thread-safe), with SciPy's
/// `gammaln(-inf) = -inf`.
@usableFromInline
func logAbsGamma(_ x: Double) -> Double {
  if x == -.infinity { return -.infinity }
  let (value, _): (Double, Int) = lgamma(x)
  return unsignedNaN(value)
}

// MARK: - Gamma

/// The elementwise gamma function Γ(x) (SciPy's `scipy.special.gamma`).
///
/// - Domain: every real x. Γ has poles at 0, −1, −2, …: `gamma` returns +∞ at +0,
///   −∞ at −0, and NaN at the negative integers and at −∞, as SciPy does; +∞ above
///   x ≈ 171.62, where Γ overflows; NaN stays NaN.
/// - Algorithm: the C library's `tgamma` (correctly rounded to within a few ulps;
///   within 1e-14 of SciPy over the reference fixture).
/// - Note: for a single `Double`, write `tgamma(x)`. The C library's `gamma(x)` on a
///   `Double` is log|Γ(x)| — a historical alias of `lgamma` that MLMath cannot hide.
public func gamma(_ x: Vector) -> Vector {
  Vector(mapCostlyElements(x.elements) { unsignedNaN(tgamma($0)) })
}

/// The elementwise gamma function Γ(x) (SciPy's `scipy.special.gamma`); see `gamma(_:)` on `Vector`.
public func gamma(_ x: Matrix) -> Matrix {
  x.with(mapCostlyElements(x.elements) { unsignedNaN(tgamma($0)) })
}

/// The elementwise gamma function Γ(x), C's name (`tgamma`); the same as `gamma(_:)` on a `Vector`.
public func tgamma(_ x: Vector) -> Vector { gamma(x) }

/// The elementwise gamma function Γ(x), C's name (`tgamma`); the same as `gamma(_:)` on a `Matrix`.
public func tgamma(_ x: Matrix) -> Matrix { gamma(x) }

// MARK: - Log-gamma

/// The logarithm of the absolute value of the gamma function, log|Γ(x)|
/// (SciPy's `scipy.special.gammaln`).
///
/// - Domain: every real x; +∞ at the poles 0, −1, −2, … and at +∞; −∞ at −∞ (as
///   SciPy); NaN stays NaN. For x < 0 the sign of Γ is lost, as in SciPy.
/// - Algorithm: the C library's `lgamma_r`, which uses rational approximations
///   near the zeros at 1 and 2 and Stirling's series for large x.
/// - Accuracy: within 1e-14 relative of mpmath except near the zeros of log|Γ|
///   on the negative axis (x ≈ −2.457, −2.747, …), where, as for SciPy, only the
///   absolute error (~1e-16) is small.
public func gammaln(_ x: Double) -> Double { logAbsGamma(x) }

/// The elementwise log|Γ(x)| (SciPy's `scipy.special.gammaln`); see `gammaln(_:)` on `Double`.
public func gammaln(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements, logAbsGamma)) }

/// The elementwise log|Γ(x)| (SciPy's `scipy.special.gammaln`); see `gammaln(_:)` on `Double`.
public func gammaln(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements, logAbsGamma)) }

/// The elementwise log|Γ(x)| under C's name; the same as `gammaln(_:)`.
/// (For a single `Double`, C's `lgamma(x)` applies.)
public func lgamma(_ x: Vector) -> Vector { gammaln(x) }

/// The elementwise log|Γ(x)| under C's name; the same as `gammaln(_:)`.
public func lgamma(_ x: Matrix) -> Matrix { gammaln(x) }

// MARK: - Digamma

/// The position of the positive zero of ψ, x₀ = 1.4616…, as the sum of two doubles.
let digammaRootHigh = 1.4616321449683622
let digammaRootLow = 9.549995429965697e-17

/// ψ⁽ⁿ⁾(x₀)/n! for n = 1 … 25: the Taylor coefficients of ψ about its positive
/// zero x₀ (computed with mpmath at 40 digits).
let digammaRootTaylor: [Double] = [
  0.9676722454476212, -0.4427631689835921, 0.258499760955651, -0.16394270544240652, 0.10782405069126237,
  -0.07219956125645471, 0.04880428816414311, -0.03316112647484736, 0.022597648232218104,
  -0.01542476590494896, 0.010538791616612175, -0.007204534386356869, 0.004926781395729853,
  -0.003369801655439328, 0.002305126326734928, -0.0015769367714301972, 0.0010788252019162967,
  -0.0007380709389960052, 0.000504953265834602, -0.0003454680251063077, 0.00023635601564027053,
  -0.00016170622091974803, 0.0001106337276874741, -7.569179582195066e-05, 5.178575795222081e-05,
]

/// ψ(x) for x > 0.
func digammaPositive(_ x: Double) -> Double {
  // Near the zero x₀ the recurrence below would lose relative accuracy: a Taylor series in x − x₀.
  let d = (x - digammaRootHigh) - digammaRootLow
  if d.magnitude < 0.25 {
    var sum = 0.0
    for c in digammaRootTaylor.reversed() { sum = sum * d + c }
    return sum * d
  }
  // ψ(x) = ψ(x + n) − Σ_{k<n} 1/(x + k)  (DLMF 5.5.2), up to x + n ≥ 10 …
  var y = x
  var shift = 0.0
  while y < 10 {
    shift -= 1 / y
    y += 1
  }
  // … then the asymptotic series ψ(y) ~ log y − 1/(2y) − Σ B₂ₖ/(2k y^{2k})  (DLMF 5.11.2).
  let r2 = 1 / (y * y)
  // B₂/2, B₄/4, …, B₁₆/16
  let c: [Double] = [
    1.0 / 12, -1.0 / 120, 1.0 / 252, -1.0 / 240, 1.0 / 132, -691.0 / 32760, 1.0 / 12, -3617.0 / 8160,
  ]
  var series = c[7]
  for k in stride(from: 6, through: 0, by: -1) { series = series * r2 + c[k] }
  return (log(y) - 0.5 / y - series * r2) + shift
}

/// π / tan(πx), with x reduced to [−½, ½] first (exactly) so that large x keep their accuracy.
func piCotPi(_ x: Double) -> Double {
  let r = x - x.rounded()
  return .pi / tan(.pi * r)
}

/// The digamma function ψ(x) = Γ′(x)/Γ(x) (SciPy's `scipy.special.digamma`, alias `psi`).
///
/// - Domain: every real x. At the poles: −∞ at +0, +∞ at −0, NaN at −1, −2, …
///   and at −∞ (as SciPy); +∞ at +∞; NaN stays NaN.
/// - Algorithm: for x > 0, the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10 and
///   the asymptotic (Stirling) series with Bernoulli numbers there (DLMF 5.5.2,
///   5.11.2); within ¼ of the positive zero x₀ = 1.46163…, a 25-term Taylor series
///   about x₀ (coefficients ψ⁽ⁿ⁾(x₀)/n! from mpmath), so that the result keeps
///   its relative accuracy where ψ vanishes. For x < 0, the reflection formula
///   ψ(x) = ψ(1 − x) − π cot(πx) (DLMF 5.5.4).
/// - Accuracy: within 1e-15 relative of mpmath for x > 0 and 2e-14 for x < 0 over the
///   fixture, except close to the zeros of ψ on the negative axis (x ≈ −0.504, −1.573, …), where only the
///   absolute error is small — as for SciPy.
public func digamma(_ x: Double) -> Double {
  if x.isNaN { return .nan }
  if x == .infinity { return .infinity }
  if x == -.infinity { return .nan }
  if x == 0 { return x.sign == .minus ? .infinity : -.infinity }
  if x < 0 {
    if x == x.rounded(.down) { return .nan }
    return digammaPositive(1 - x) - piCotPi(x)
  }
  return digammaPositive(x)
}

/// The elementwise digamma function ψ(x) (SciPy's `scipy.special.digamma`); see `digamma(_:)` on `Double`.
public func digamma(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements, digamma)) }

/// The elementwise digamma function ψ(x) (SciPy's `scipy.special.digamma`); see `digamma(_:)` on `Double`.
public func digamma(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements, digamma)) }

/// The digamma function ψ(x), SciPy's other name (`scipy.special.psi`); the same as `digamma(_:)`.
public func psi(_ x: Double) -> Double { digamma(x) }

/// The elementwise digamma function ψ(x), SciPy's other name (`scipy.special.psi`).
public func psi(_ x: Vector) -> Vector { digamma(x) }

/// The elementwise digamma function ψ(x), SciPy's other name (`scipy.special.psi`).
public func psi(_ x: Matrix) -> Matrix { digamma(x) }
