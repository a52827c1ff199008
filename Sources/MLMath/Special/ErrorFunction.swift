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
public func erfc(_ x: Vector) -> Vector { Vector(mapElements(x.elements) { unsignedNaN(erfc($0)) }) }

/// The elementwise complementary error function (SciPy's `scipy.special.erfc`); see `erfc(_:)` on `Vector`.
public func erfc(_ x: Matrix) -> Matrix { x.with(mapElements(x.elements) { unsignedNaN(erfc($0)) }) }

/// 2/√π.
let twoOverRootPi = 1.1283791670955126

/// A starting value for erfinv within ~2e-3 relative, from S. Winitzki's closed-form
/// approximation erf(y)² ≈ 1 − exp(−y²(4/π + αy²)/(1 + αy²)), α = 0.147, solved for y.
/// `logOneMinusSquare` is log(1 − x²), passed in so that callers can form it without
/// cancellation.
func winitzkiInverse(_ logOneMinusSquare: Double) -> Double {
  let alpha = 0.147
  let c = 2 / (.pi * alpha) + 0.5 * logOneMinusSquare
  return ((c * c - logOneMinusSquare / alpha).squareRoot() - c).squareRoot()
}

/// erfinv(x) for |x| ≤ ½: Halley's method on erf(y) − x.
func erfinvCentral(_ x: Double) -> Double {
  if x == 0 { return x }
  let sign: Double = x < 0 ? -1 : 1
  let target = x.magnitude
  if target < 1e-150 { return x / twoOverRootPi }  // erf(y) = 2y/√π (1 − y²/3 …) with y² below an ulp
  var y = winitzkiInverse(log1p(-target * target))
  for _ in 0..<6 {
    // Halley: with u = f/f′ and f″/f′ = −2y, the step is u / (1 + y u).
    let u = (erf(y) - target) / (twoOverRootPi * exp(-y * y))
    let step = u / (1 + y * u)
    y -= step
    if step.magnitude <= 1e-17 * y { break }
  }
  return sign * y
}

/// erfcinv(q) for 0 < q < ½ (so the result is > 0.47): Newton's method on
/// log erfc(y) − log q, which stays well scaled however small q is, then one Halley step
/// on erfc(y) − q to polish.
func erfcinvTail(_ q: Double) -> Double {
  var y = winitzkiInverse(log(q) + log(2 - q))
  let logQ = log(q)
  for _ in 0..<12 {
    let c = erfc(y)
    if !(c > 0) { break }
    // d/dy log erfc(y) = −(2/√π) e^(−y²) / erfc(y)
    let step = (log(c) - logQ) / (-twoOverRootPi * exp(-y * y) / c)
    if !step.isFinite { break }
    y -= step
    if step.magnitude <= 1e-9 * y { break }
  }
  let u = (erfc(y) - q) / (-twoOverRootPi * exp(-y * y))
  if u.isFinite { y -= u / (1 + y * u) }
  return y
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
/// - Algorithm: a starting value from Winitzki's closed-form approximation of erf
///   (S. Winitzki, "A handy approximation for the error function and its inverse", 2008),
///   refined by Halley's method on erf(y) − x for |x| ≤ ½, and on erfc(y) − (1 − |x|)
///   beyond, so that y keeps its accuracy as x → ±1 (1 − |x| is exact there).
///   Each Halley step triples the correct digits; two or three suffice.
/// - Accuracy: within 3e-16 relative of mpmath over the fixture.
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
///   Halley's method runs on erfc(y) − q itself, so the far tail (q down to 1e-300) keeps
///   full relative accuracy.
/// - Accuracy: within 3e-16 relative of mpmath over the fixture.
public func erfcinv(_ q: Double) -> Double { unsignedNaN(erfcinvValue(q)) }

/// The elementwise inverse error function (SciPy's `scipy.special.erfinv`); see `erfinv(_:)` on `Double`.
public func erfinv(_ x: Vector) -> Vector { Vector(mapElements(x.elements, erfinv)) }

/// The elementwise inverse error function (SciPy's `scipy.special.erfinv`); see `erfinv(_:)` on `Double`.
public func erfinv(_ x: Matrix) -> Matrix { x.with(mapElements(x.elements, erfinv)) }

/// The elementwise inverse complementary error function (SciPy's `scipy.special.erfcinv`).
public func erfcinv(_ x: Vector) -> Vector { Vector(mapElements(x.elements, erfcinv)) }

/// The elementwise inverse complementary error function (SciPy's `scipy.special.erfcinv`).
public func erfcinv(_ x: Matrix) -> Matrix { x.with(mapElements(x.elements, erfcinv)) }
