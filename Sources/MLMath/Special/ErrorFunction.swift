internal import CVectorMath

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The error function, its complement and their inverses (SciPy's `erf`, `erfc`,
// `erfinv`, `erfcinv`). Scalar `erf(x)` and `erfc(x)` are the C library's, which
// are within an ulp or two of the truth (and of SciPy) down to erfc's underflow
// near x = 27.2; MLMath adds the elementwise versions and the inverses.

/// The elementwise error function erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt (SciPy's `scipy.special.erf`).
///
/// - Domain: every real x; erf(±∞) = ±1, erf(±0) = ±0, NaN stays NaN.
/// - Algorithm: SLEEF's deterministic vector `erf`, within 1 ULP (for a single `Double`,
///   `erf(x)` is the C library's).
public func erf(_ x: Vector) -> Vector { Vector(applyKernel(x.elements, mlm_erf)) }

/// The elementwise error function (SciPy's `scipy.special.erf`); see `erf(_:)` on `Vector`.
public func erf(_ x: Matrix) -> Matrix { x.with(applyKernel(x.elements, mlm_erf)) }

/// The elementwise complementary error function erfc(x) = 1 − erf(x), accurate in the
/// upper tail (SciPy's `scipy.special.erfc`).
///
/// - Domain: every real x; erfc(−∞) = 2, erfc(+∞) = 0; underflows to 0 beyond x ≈ 27.2;
///   NaN stays NaN.
/// - Algorithm: the C library's `erfc` (for a single `Double`, call it directly), within
///   4e-16 relative of mpmath down to 1e-300 over the fixture.
public func erfc(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements) { unsignedNaN(erfc($0)) }) }

/// The elementwise complementary error function (SciPy's `scipy.special.erfc`); see `erfc(_:)` on `Vector`.
public func erfc(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements) { unsignedNaN(erfc($0)) }) }

/// 2/√π.
let twoOverRootPi = 1.1283791670955126

/// Φ⁻¹(½ + q), the standard normal quantile, for |q| ≤ 0.425: the central rational
/// function of M. J. Wichura's Algorithm AS 241 (PPND16, "The percentage points of the
/// normal distribution", Applied Statistics 37(3), 1988), about 1e-16 relative.
func wichuraCentral(_ q: Double) -> Double {
  let r = 0.180625 - q * q
  let numerator =
    (((((((2.5090809287301226727e3 * r + 3.3430575583588128105e4) * r + 6.7265770927008700853e4) * r
      + 4.5921953931549871457e4) * r + 1.3731693765509461125e4) * r + 1.9715909503065514427e3) * r
      + 1.3314166789178437745e2) * r + 3.3871328727963666080)
  let denominator =
    (((((((5.2264952788528545610e3 * r + 2.8729085735721942674e4) * r + 3.9307895800092710610e4) * r
      + 2.1213794301586595867e4) * r + 5.3941960214247511077e3) * r + 6.8718700749205790830e2) * r
      + 4.2313330701600911252e1) * r + 1)
  return q * numerator / denominator
}

/// Φ⁻¹(p) for 0 < p < 0.075 (negative): AS 241's two tail rational functions in
/// r = √(−log p), split at r = 5 (p ≈ 1.4e-11); about 1e-16 relative down to p ≈ 1e-300.
func wichuraLowerTail(_ p: Double) -> Double { wichuraLowerTail(logP: log(p)) }

/// Φ⁻¹(p) from log p, for log p < log 0.075 (so p may be below the smallest double).
func wichuraLowerTail(logP: Double) -> Double {
  var r = (-logP).squareRoot()
  let numerator: Double
  let denominator: Double
  if r <= 5 {
    r -= 1.6
    numerator =
      (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r
        + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.76949722146069140550) * r
        + 4.63033784615654529590) * r + 1.42343711074968357734)
    denominator =
      (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) * r
        + 1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940) * r
        + 2.05319162663775882187) * r + 1)
  } else {
    r -= 5
    numerator =
      (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r
        + 2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580) * r
        + 5.46378491116411436990) * r + 6.65790464350110377720)
    denominator =
      (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r
        + 7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
        + 5.99832206555887937690e-1) * r + 1)
  }
  return -numerator / denominator
}

/// 1/√2.
let inverseRootTwo = 0.70710678118654752440

/// erfinv(x) for |x| ≤ ½: AS 241's central function (erfinv x = Φ⁻¹(½ + x/2)/√2, with x/2
/// exact), then one Halley step on erf(y) − x, which takes a start good to ~1e-16 to the
/// accuracy of `erf` itself.
func erfinvCentral(_ x: Double) -> Double {
  if x == 0 { return x }
  if x.magnitude < 1e-8 {
    // The series erfinv x = (√π/2)(x + (π/12)x³ + (7π²/480)x⁵ + …), whose third term is below
    // 1e-33 relative here; √π/2 as hi + lo, so the sum is rounded once.
    let (hi, lo) = (0.886226925452758, -3.8332932499128993e-17)
    return (x * (lo + hi * (Double.pi / 12) * x * x)).addingProduct(x, hi)
  }
  let y = wichuraCentral(0.5 * x) * inverseRootTwo
  // Halley: with u = f/f′ and f″/f′ = −2y, the step is u / (1 + y u).
  let u = (erf(y) - x) / (twoOverRootPi * exp(-y * y))
  return y - u / (1 + y * u)
}

/// erfcinv(q) for 0 < q < ½ (so the result is > 0.47): AS 241 (erfcinv q = −Φ⁻¹(q/2)/√2),
/// then one Halley step on erfc(y) − q, which keeps full relative accuracy however small q is
/// (a subnormal q takes the step in logarithms, ``erfcinvSubnormal(_:start:)``).
func erfcinvTail(_ q: Double) -> Double {
  if q < Double.leastNormalMagnitude {
    let start = -wichuraLowerTail(logP: log(q) - 0.69314718055994530942) * inverseRootTwo
    return erfcinvSubnormal(q, start: start)
  }
  let p = 0.5 * q
  let y = -(p > 0.075 ? wichuraCentral(p - 0.5) : wichuraLowerTail(p)) * inverseRootTwo
  let u = (erfc(y) - q) / (-twoOverRootPi * exp(-y * y))
  return u.isFinite ? y - u / (1 + y * u) : y
}

/// erfcinv(q) for subnormal q (then y > 26.5), where erfc(y) keeps too few bits for a step on
/// erfc(y) − q: one Newton step on log erfc(y) − log q from `start`, with
/// log erfc(y) = −y² − log(y√π) + log S(y) and the asymptotic series
/// S(y) = Σ (−1)ᵏ (2k − 1)!!/(2y²)ᵏ, whose ninth term is below 1e-17 here (Abramowitz and
/// Stegun 7.1.23). The slope is d/dy log erfc(y) = −2y/S(y).
func erfcinvSubnormal(_ q: Double, start y: Double) -> Double {
  let twoSquares = 2 * y * y
  var term = 1.0
  var series = 1.0
  for k in 1...8 {
    term *= -Double(2 * k - 1) / twoSquares
    series += term
  }
  let square = y * y
  let squareError = (-square).addingProduct(y, y)  // y² = square + squareError exactly
  let logRootPi = 0.57236494292470008707
  let h = ((-square - log(q)) - squareError) - log(y) - logRootPi + log(series)
  return y + h * series / (2 * y)
}

/// erfcinv for every q, without the NaN sign clearing.
func erfcinvValue(_ q: Double) -> Double {
  if q.isNaN || q < 0 || q > 2 { return .nan }
  if q == 0 { return .infinity }
  if q == 2 { return -.infinity }
  if q == 1 { return -0.0 }  // SciPy's erfcinv(1) is -0.0
  if q < 0.5 { return erfcinvTail(q) }
  if q <= 1.5 { return erfinvCentral(1 - q) }  // 1 − q is exact here (Sterbenz)
  return -erfcinvTail(2 - q)  // 2 − q is exact
}

/// The inverse error function: the y with erf(y) = x (SciPy's `scipy.special.erfinv`).
///
/// - Domain: −1 ≤ x ≤ 1; erfinv(±1) = ±∞, erfinv(±0) = +0 (as SciPy prints it); NaN
///   outside [−1, 1] and for NaN.
/// - Algorithm: a starting value from Wichura's rational approximations of the normal
///   quantile (Algorithm AS 241, PPND16, Applied Statistics 37(3), 1988; about 1e-16
///   relative), then one Halley step on erf(y) − x for |x| ≤ ½, and on erfc(y) − (1 − |x|)
///   beyond, so that y keeps its accuracy as x → ±1 (1 − |x| is exact there).
/// - Accuracy: within 2 ULP of the exact value; the worst of 3,095 fixture points is 1.45 ULP
///   (`scripts/reference/inverse_erf_ulp.py`: tiny arguments, arguments next to ±1, and where
///   the formulas change). The Halley step is as good as the C library's `erf`.
public func erfinv(_ x: Double) -> Double {
  if x.isNaN || x.magnitude > 1 { return .nan }
  if x == 0 { return 0 }  // SciPy's erfinv(-0.0) is 0.0
  if x.magnitude <= 0.5 { return erfinvCentral(x) }
  let y = erfcinvValue(1 - x.magnitude)
  return x < 0 ? -y : y
}

/// The inverse complementary error function: the y with erfc(y) = q
/// (SciPy's `scipy.special.erfcinv`).
///
/// - Domain: 0 ≤ q ≤ 2; erfcinv(0) = +∞, erfcinv(2) = −∞, erfcinv(1) = −0 (as SciPy
///   prints it); NaN
///   outside [0, 2] and for NaN.
/// - Algorithm: as `erfinv(_:)`; for q < ½ (and q > 3/2, by erfcinv(q) = −erfcinv(2 − q))
///   the Halley step runs on erfc(y) − q itself, so the far tail (q down to 1e-300) keeps
///   full relative accuracy.
/// - Accuracy: within 2 ULP of the exact value; the worst of 2,608 fixture points is 1.57 ULP,
///   for q in [½, 3/2], and the tails (q < ½ or > 3/2, subnormal q included) stay within 0.8 ULP
///   (`scripts/reference/inverse_erf_ulp.py`).
public func erfcinv(_ q: Double) -> Double { unsignedNaN(erfcinvValue(q)) }

/// The elementwise inverse error function (SciPy's `scipy.special.erfinv`); see `erfinv(_:)` on `Double`.
public func erfinv(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements, erfinv)) }

/// The elementwise inverse error function (SciPy's `scipy.special.erfinv`); see `erfinv(_:)` on `Double`.
public func erfinv(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements, erfinv)) }

/// The elementwise inverse complementary error function (SciPy's `scipy.special.erfcinv`).
public func erfcinv(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements, erfcinv)) }

/// The elementwise inverse complementary error function (SciPy's `scipy.special.erfcinv`).
public func erfcinv(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements, erfcinv)) }
