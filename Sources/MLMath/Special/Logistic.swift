internal import CVectorMath

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The logistic sigmoid and its relatives, computed without overflow or cancellation
// (SciPy's `expit`, `logit`, `softplus`, `xlogy`, `xlog1py`; `log1mexp`).

/// The logistic sigmoid expit(x) = 1/(1 + e⁻ˣ) (SciPy's `scipy.special.expit`).
///
/// - Domain: every real x; expit(−∞) = 0, expit(+∞) = 1, NaN stays NaN.
/// - Algorithm: 1/(1 + e⁻ˣ) for x ≥ 0 and eˣ/(1 + eˣ) for x < 0, so that the exponential
///   never overflows and the small values in the lower tail keep their relative accuracy.
public func expit(_ x: Double) -> Double {
  if x.isNaN { return .nan }
  if x >= 0 { return 1 / (1 + exp(-x)) }
  let e = exp(x)
  return e / (1 + e)
}

/// The logit function log(p/(1 − p)), the inverse of `expit` (SciPy's `scipy.special.logit`).
///
/// - Domain: 0 ≤ p ≤ 1; logit(0) = −∞, logit(1) = +∞; NaN outside [0, 1] and for NaN.
/// - Algorithm: log(p/(1 − p)), except for ¼ ≤ p ≤ ¾, where the result is small and is
///   formed as log1p((2p − 1)/(1 − p)) (2p − 1 is exact there) to keep its relative accuracy.
public func logit(_ p: Double) -> Double {
  if p.isNaN || p < 0 || p > 1 { return .nan }
  if p >= 0.25 && p <= 0.75 { return log1p((2 * p - 1) / (1 - p)) }
  return log(p / (1 - p))
}

/// log(1 − eˣ) for x ≤ 0, without cancellation (the function sometimes called `log1mexp`;
/// SciPy has none — its value is `np.log(-np.expm1(x))` or `np.log1p(-np.exp(x))`).
///
/// - Domain: x ≤ 0; −∞ at x = 0 (and −0), −0 at x = −∞; NaN for x > 0 and NaN.
/// - Algorithm: M. Mächler, "Accurately computing log(1 − exp(−|a|))", Rmpfr vignette, 2012:
///   log(−expm1(x)) for −log 2 < x ≤ 0, and log1p(−eˣ) for x ≤ −log 2, which keeps full
///   relative accuracy on both sides of the switch.
public func log1mexp(_ x: Double) -> Double {
  if x.isNaN || x > 0 { return .nan }
  if x > -0.693_147_180_559_945_3 { return log(-expm1(x)) }
  return log1p(-exp(x))
}

/// The softplus function log(1 + eˣ) (SciPy's `scipy.special.softplus`), the smooth ReLU.
///
/// - Domain: every real x; softplus(−∞) = 0, softplus(+∞) = +∞, NaN stays NaN.
/// - Algorithm: log1p(eˣ) for x ≤ 0, and x + log1p(e⁻ˣ) for x > 0, so that eˣ never
///   overflows and the tiny values for very negative x keep their relative accuracy.
public func softplus(_ x: Double) -> Double {
  if x.isNaN { return .nan }
  if x <= 0 { return log1p(exp(x)) }
  return x + log1p(exp(-x))
}

/// x·log(y), defined as 0 when x = 0 and y is not NaN (SciPy's `scipy.special.xlogy`).
///
/// The convention 0·log 0 = 0 is the one entropies and log-likelihoods need.
/// - Domain: every real x and y; NaN when either is NaN (xlogy(0, NaN) too), and where
///   log(y) is NaN (y < 0) unless x = 0.
public func xlogy(_ x: Double, _ y: Double) -> Double {
  if x == 0 && !y.isNaN { return 0 }
  return unsignedNaN(x * log(y))
}

/// x·log(1 + y), defined as 0 when x = 0 and y is not NaN (SciPy's `scipy.special.xlog1py`).
///
/// - Domain: every real x and y; NaN where log1p(y) is NaN (y < −1) unless x = 0, and NaN
///   when either argument is NaN (xlog1py(0, NaN) is NaN).
/// - Algorithm: `log1p`, so small y keep their accuracy.
public func xlog1py(_ x: Double, _ y: Double) -> Double {
  if x == 0 && !y.isNaN { return 0 }
  return unsignedNaN(x * log1p(y))
}

/// The elementwise logistic sigmoid (SciPy's `scipy.special.expit`); see `expit(_:)` on `Double`.
///
/// The exponential e^(−|x|) runs SLEEF's vector `exp`, so the result can differ from the scalar
/// `expit(_:)` (the C library's `exp`) in the last bit.
public func expit(_ x: Vector) -> Vector { Vector(expitElements(x.elements)) }

/// The elementwise logistic sigmoid (SciPy's `scipy.special.expit`); see `expit(_:)` on `Double`.
public func expit(_ x: Matrix) -> Matrix { x.with(expitElements(x.elements)) }

/// The sigmoid of every element: 1/(1 + e) for x ≥ 0 and e/(1 + e) for x < 0, with e = e^(−|x|).
func expitElements(_ a: [Double]) -> [Double] {
  var e = mapElements(a) { -$0.magnitude }
  applyKernelInPlace(&e, mlm_exp)
  updateElements(&e, with: a) { e, x in
    if x.isNaN { return .nan }
    return x >= 0 ? 1 / (1 + e) : e / (1 + e)
  }
  return e
}

/// The softplus of every element: max(x, 0) + log1p(e^(−|x|)), which is log1p(eˣ) for x ≤ 0
/// and x + log1p(e⁻ˣ) for x > 0.
func softplusElements(_ a: [Double]) -> [Double] {
  var e = mapElements(a) { -$0.magnitude }
  applyKernelInPlace(&e, mlm_exp)
  applyKernelInPlace(&e, mlm_log1p)
  updateElements(&e, with: a) { e, x in
    if x.isNaN { return .nan }
    return x > 0 ? x + e : e
  }
  return e
}

/// The elementwise logit (SciPy's `scipy.special.logit`); see `logit(_:)` on `Double`.
public func logit(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements, logit)) }

/// The elementwise logit (SciPy's `scipy.special.logit`); see `logit(_:)` on `Double`.
public func logit(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements, logit)) }

/// The elementwise log(1 − eˣ); see `log1mexp(_:)` on `Double`.
public func log1mexp(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements, log1mexp)) }

/// The elementwise log(1 − eˣ); see `log1mexp(_:)` on `Double`.
public func log1mexp(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements, log1mexp)) }

/// The elementwise softplus log(1 + eˣ) (SciPy's `scipy.special.softplus`).
///
/// e^(−|x|) and log1p run SLEEF's vector functions, so the result can differ from the scalar
/// `softplus(_:)` in the last bit.
public func softplus(_ x: Vector) -> Vector { Vector(softplusElements(x.elements)) }

/// The elementwise softplus log(1 + eˣ) (SciPy's `scipy.special.softplus`).
public func softplus(_ x: Matrix) -> Matrix { x.with(softplusElements(x.elements)) }
