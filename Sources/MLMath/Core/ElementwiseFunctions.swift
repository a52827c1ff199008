internal import CVectorMath

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Elementwise math functions (NumPy's universal functions) on vectors and
// matrices: `exp(v)`, `sqrt(m)`, `pow(v, 2)`, `maximum(v, 0)`.
// Each is an overload of the C math library's function of the same name.
// The transcendental ones (exp, log, the trigonometric and hyperbolic functions,
// pow, erf, …) run SLEEF's deterministic vector functions, within 1 ULP and
// bit-identical on every x86-64 CPU; see `VectorMath.swift`.

/// The elementwise absolute value (NumPy's `np.abs`).
public func abs(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { $0.magnitude })
}

/// The elementwise absolute value (NumPy's `np.abs`).
public func abs(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { $0.magnitude })
}

/// The elementwise square root (NumPy's `np.sqrt`).
public func sqrt(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_sqrt))
}

/// The elementwise square root (NumPy's `np.sqrt`).
public func sqrt(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_sqrt))
}

/// The elementwise exponential, eˣ (NumPy's `np.exp`).
public func exp(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_exp))
}

/// The elementwise exponential, eˣ (NumPy's `np.exp`).
public func exp(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_exp))
}

/// The elementwise base-2 exponential, 2ˣ (NumPy's `np.exp2`).
public func exp2(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_exp2))
}

/// The elementwise base-2 exponential, 2ˣ (NumPy's `np.exp2`).
public func exp2(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_exp2))
}

/// The elementwise eˣ − 1, accurate for small x (NumPy's `np.expm1`).
public func expm1(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_expm1))
}

/// The elementwise eˣ − 1, accurate for small x (NumPy's `np.expm1`).
public func expm1(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_expm1))
}

/// The elementwise natural logarithm (NumPy's `np.log`).
public func log(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_log))
}

/// The elementwise natural logarithm (NumPy's `np.log`).
public func log(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_log))
}

/// The elementwise base-2 logarithm (NumPy's `np.log2`).
public func log2(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_log2))
}

/// The elementwise base-2 logarithm (NumPy's `np.log2`).
public func log2(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_log2))
}

/// The elementwise base-10 logarithm (NumPy's `np.log10`).
public func log10(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_log10))
}

/// The elementwise base-10 logarithm (NumPy's `np.log10`).
public func log10(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_log10))
}

/// The elementwise log(1 + x), accurate for small x (NumPy's `np.log1p`).
public func log1p(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_log1p))
}

/// The elementwise log(1 + x), accurate for small x (NumPy's `np.log1p`).
public func log1p(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_log1p))
}

/// The elementwise sine (NumPy's `np.sin`).
public func sin(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_sin))
}

/// The elementwise sine (NumPy's `np.sin`).
public func sin(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_sin))
}

/// The elementwise cosine (NumPy's `np.cos`).
public func cos(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_cos))
}

/// The elementwise cosine (NumPy's `np.cos`).
public func cos(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_cos))
}

/// The elementwise tangent (NumPy's `np.tan`).
public func tan(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_tan))
}

/// The elementwise tangent (NumPy's `np.tan`).
public func tan(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_tan))
}

/// The elementwise inverse sine (NumPy's `np.arcsin`).
public func asin(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_asin))
}

/// The elementwise inverse sine (NumPy's `np.arcsin`).
public func asin(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_asin))
}

/// The elementwise inverse cosine (NumPy's `np.arccos`).
public func acos(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_acos))
}

/// The elementwise inverse cosine (NumPy's `np.arccos`).
public func acos(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_acos))
}

/// The elementwise inverse tangent (NumPy's `np.arctan`).
public func atan(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_atan))
}

/// The elementwise inverse tangent (NumPy's `np.arctan`).
public func atan(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_atan))
}

/// The elementwise inverse tangent of y/x in the correct quadrant, in radians in [−π, π]
/// (NumPy's `np.arctan2(y, x)`); `y` and `x` have the same length.
public func atan2(_ y: Vector, _ x: Vector) -> Vector {
  guard y.count == x.count else { broadcastFailure("atan2", shapeText(y.count), shapeText(x.count)) }
  return Vector(applyKernel(y.elements, x.elements, mlm_atan2))
}

/// The elementwise inverse tangent of y/x in the correct quadrant (NumPy's `np.arctan2(y, x)`);
/// `y` and `x` have the same shape.
public func atan2(_ y: Matrix, _ x: Matrix) -> Matrix {
  guard y.rows == x.rows && y.columns == x.columns else {
    broadcastFailure("atan2", shapeText(y.rows, y.columns), shapeText(x.rows, x.columns))
  }
  return y.with(applyKernel(y.elements, x.elements, mlm_atan2))
}

/// The elementwise inverse hyperbolic sine (NumPy's `np.arcsinh`).
public func asinh(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_asinh))
}

/// The elementwise inverse hyperbolic sine (NumPy's `np.arcsinh`).
public func asinh(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_asinh))
}

/// The elementwise inverse hyperbolic cosine, for x ≥ 1 (NumPy's `np.arccosh`); NaN below 1.
public func acosh(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_acosh))
}

/// The elementwise inverse hyperbolic cosine, for x ≥ 1 (NumPy's `np.arccosh`); NaN below 1.
public func acosh(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_acosh))
}

/// The elementwise inverse hyperbolic tangent, for −1 ≤ x ≤ 1 (NumPy's `np.arctanh`);
/// ±∞ at ±1, NaN beyond.
public func atanh(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_atanh))
}

/// The elementwise inverse hyperbolic tangent, for −1 ≤ x ≤ 1 (NumPy's `np.arctanh`).
public func atanh(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_atanh))
}

/// The elementwise real cube root (NumPy's `np.cbrt`); negative for negative x.
public func cbrt(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_cbrt))
}

/// The elementwise real cube root (NumPy's `np.cbrt`).
public func cbrt(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_cbrt))
}

/// The elementwise hyperbolic sine (NumPy's `np.sinh`).
public func sinh(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_sinh))
}

/// The elementwise hyperbolic sine (NumPy's `np.sinh`).
public func sinh(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_sinh))
}

/// The elementwise hyperbolic cosine (NumPy's `np.cosh`).
public func cosh(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_cosh))
}

/// The elementwise hyperbolic cosine (NumPy's `np.cosh`).
public func cosh(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_cosh))
}

/// The elementwise hyperbolic tangent (NumPy's `np.tanh`).
public func tanh(_ x: Vector) -> Vector {
  Vector(applyKernel(x.elements, mlm_tanh))
}

/// The elementwise hyperbolic tangent (NumPy's `np.tanh`).
public func tanh(_ x: Matrix) -> Matrix {
  x.with(applyKernel(x.elements, mlm_tanh))
}

/// The elementwise largest integer not greater than x (NumPy's `np.floor`).
public func floor(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { $0.rounded(.down) })
}

/// The elementwise largest integer not greater than x (NumPy's `np.floor`).
public func floor(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { $0.rounded(.down) })
}

/// The elementwise smallest integer not less than x (NumPy's `np.ceil`).
public func ceil(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { $0.rounded(.up) })
}

/// The elementwise smallest integer not less than x (NumPy's `np.ceil`).
public func ceil(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { $0.rounded(.up) })
}

/// The elementwise nearest integer, ties to even (like NumPy) (NumPy's `np.round`).
public func round(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { $0.rounded(.toNearestOrEven) })
}

/// The elementwise nearest integer, ties to even (like NumPy) (NumPy's `np.round`).
public func round(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { $0.rounded(.toNearestOrEven) })
}

/// Every element rounded to `decimals` digits after the point, ties to even
/// (NumPy's `np.round(x, decimals)`); a negative `decimals` rounds to tens, hundreds, ….
///
/// As NumPy does, the value is scaled by a power of ten, rounded to an integer
/// and scaled back, so `round([2.675], decimals: 2)` is `2.67` or `2.68` exactly when NumPy's is.
public func round(_ x: Vector, decimals: Int) -> Vector {
  let (factor, scaleUp) = roundingFactor(decimals)
  return Vector(mapElements(x.elements) { roundScaled($0, factor, scaleUp) })
}

/// Every element rounded to `decimals` digits after the point (NumPy's `np.round(m, decimals)`).
public func round(_ x: Matrix, decimals: Int) -> Matrix {
  let (factor, scaleUp) = roundingFactor(decimals)
  return x.with(mapElements(x.elements) { roundScaled($0, factor, scaleUp) })
}

/// Integers rounded to `decimals` digits: unchanged for `decimals >= 0`, to
/// tens, hundreds, … (ties to even) for negative `decimals` (NumPy's `np.round(v, decimals)` on `int64`).
public func round(_ x: IntVector, decimals: Int = 0) -> IntVector {
  if decimals >= 0 { return x }
  let (factor, scaleUp) = roundingFactor(decimals)
  return IntVector(
    x.elements.enumerated().map { k, value in
      checkedInt(roundScaled(Double(value), factor, scaleUp), at: k, in: "round(_:decimals:)")
    })
}

/// `10^|decimals|` as NumPy's `PyArray_Round` builds it (by repeated
/// multiplication), and whether it multiplies first (`decimals >= 0`) or divides.
func roundingFactor(_ decimals: Int) -> (Double, Bool) {
  var factor = 1.0
  for _ in 0..<Swift.min(decimals.magnitude, 400) { factor *= 10 }
  return (factor, decimals >= 0)
}

@inline(__always)
func roundScaled(_ x: Double, _ factor: Double, _ scaleUp: Bool) -> Double {
  scaleUp
    ? (x * factor).rounded(.toNearestOrEven) / factor : (x / factor).rounded(.toNearestOrEven) * factor
}

/// The elementwise sign: −1, 0 or 1 (NaN stays NaN) (NumPy's `np.sign`).
public func sign(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements, signValue))
}

/// The elementwise sign: −1, 0 or 1 (NaN stays NaN) (NumPy's `np.sign`).
public func sign(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements, signValue))
}

/// −1, 0 or 1; `-0.0` gives `0.0` and NaN stays NaN, as NumPy's `np.sign`.
@inline(always)
func signValue(_ x: Double) -> Double {
  x > 0 ? 1 : (x < 0 ? -1 : (x == 0 ? 0 : x))
}

/// The elementwise square, x·x (NumPy's `np.square`).
public func square(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { $0 * $0 })
}

/// The elementwise square, x·x (NumPy's `np.square`).
public func square(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { $0 * $0 })
}

/// Every element raised to the power `p` (NumPy's `v ** p`).
///
/// As in NumPy, the exponents 2, 1, 0.5, 0 and −1 take exact fast paths
/// (`x * x`, `x`, `sqrt(x)`, `1`, `1 / x`).
public func pow(_ x: Vector, _ p: Double) -> Vector {
  Vector(powElements(x.elements, p))
}

/// Every element raised to the power `p` (NumPy's `m ** p`).
public func pow(_ x: Matrix, _ p: Double) -> Matrix {
  x.with(powElements(x.elements, p))
}

/// `base[i]` raised to the power `exponent[i]` (NumPy's `np.power(a, b)`).
public func pow(_ base: Vector, _ exponent: Vector) -> Vector {
  if base.count == exponent.count { return Vector(applyKernel(base.elements, exponent.elements, mlm_pow)) }
  if exponent.count == 1 { return Vector(powKernel(base.elements, exponent: exponent[0])) }
  if base.count == 1 { return Vector(powKernel(base: base[0], exponent.elements)) }
  return Vector.broadcast(base, exponent, "pow") { pow($0, $1) }
}

/// `base` raised to the power of every element (NumPy's `base ** v`).
public func pow(_ base: Double, _ exponent: Vector) -> Vector {
  Vector(powKernel(base: base, exponent.elements))
}

func powElements(_ a: [Double], _ p: Double) -> [Double] {
  switch p {
  case 2: return mapElements(a) { $0 * $0 }
  case 1: return a
  case 0.5: return applyKernel(a, mlm_sqrt)
  case 0: return mapElements(a) { _ in 1 }
  case -1: return mapElements(a) { 1 / $0 }
  default: return powKernel(a, exponent: p)
  }
}

/// The larger of two numbers, or NaN if either is NaN (NumPy's `np.maximum`).
@inline(always)
func nanPropagatingMax(_ a: Double, _ b: Double) -> Double {
  // `a >= b` and `a != a` (NaN) never hold together, so `!=` is their `||` without
  // a branch, which keeps loops vectorizable.
  // Ties (`-0.0` against `0.0`) give `b`, as NumPy's SIMD loops do.
  (a > b) != (a != a) ? a : b
}

/// The smaller of two numbers, or NaN if either is NaN (NumPy's `np.minimum`).
@inline(always)
func nanPropagatingMin(_ a: Double, _ b: Double) -> Double {
  (a < b) != (a != a) ? a : b
}

/// The elementwise larger of two vectors; NaN wins (NumPy's `np.maximum`).
public func maximum(_ a: Vector, _ b: Vector) -> Vector {
  Vector.broadcast(a, b, "maximum", nanPropagatingMax)
}

/// The larger of each element and `b`; NaN wins (NumPy's `np.maximum(v, b)`).
public func maximum(_ a: Vector, _ b: Double) -> Vector {
  Vector(mapElements(a.elements) { nanPropagatingMax($0, b) })
}

/// The elementwise larger of two matrices of the same shape; NaN wins (NumPy's `np.maximum`).
public func maximum(_ a: Matrix, _ b: Matrix) -> Matrix {
  Matrix.broadcast(a, b, "maximum", nanPropagatingMax)
}

/// The larger of each element and `b`; NaN wins (NumPy's `np.maximum(m, b)`).
public func maximum(_ a: Matrix, _ b: Double) -> Matrix {
  a.with(mapElements(a.elements) { nanPropagatingMax($0, b) })
}

/// The elementwise smaller of two vectors; NaN wins (NumPy's `np.minimum`).
public func minimum(_ a: Vector, _ b: Vector) -> Vector {
  Vector.broadcast(a, b, "minimum", nanPropagatingMin)
}

/// The smaller of each element and `b`; NaN wins (NumPy's `np.minimum(v, b)`).
public func minimum(_ a: Vector, _ b: Double) -> Vector {
  Vector(mapElements(a.elements) { nanPropagatingMin($0, b) })
}

/// The elementwise smaller of two matrices of the same shape; NaN wins (NumPy's `np.minimum`).
public func minimum(_ a: Matrix, _ b: Matrix) -> Matrix {
  Matrix.broadcast(a, b, "minimum", nanPropagatingMin)
}

/// The smaller of each element and `b`; NaN wins (NumPy's `np.minimum(m, b)`).
public func minimum(_ a: Matrix, _ b: Double) -> Matrix {
  a.with(mapElements(a.elements) { nanPropagatingMin($0, b) })
}
