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
  Vector(mapElements(x.elements) { $0.squareRoot() })
}

/// The elementwise square root (NumPy's `np.sqrt`).
public func sqrt(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { $0.squareRoot() })
}

/// The elementwise exponential, eˣ (NumPy's `np.exp`).
public func exp(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { exp($0) })
}

/// The elementwise exponential, eˣ (NumPy's `np.exp`).
public func exp(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { exp($0) })
}

/// The elementwise base-2 exponential, 2ˣ (NumPy's `np.exp2`).
public func exp2(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { exp2($0) })
}

/// The elementwise base-2 exponential, 2ˣ (NumPy's `np.exp2`).
public func exp2(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { exp2($0) })
}

/// The elementwise eˣ − 1, accurate for small x (NumPy's `np.expm1`).
public func expm1(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { expm1($0) })
}

/// The elementwise eˣ − 1, accurate for small x (NumPy's `np.expm1`).
public func expm1(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { expm1($0) })
}

/// The elementwise natural logarithm (NumPy's `np.log`).
public func log(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { log($0) })
}

/// The elementwise natural logarithm (NumPy's `np.log`).
public func log(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { log($0) })
}

/// The elementwise base-2 logarithm (NumPy's `np.log2`).
public func log2(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { log2($0) })
}

/// The elementwise base-2 logarithm (NumPy's `np.log2`).
public func log2(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { log2($0) })
}

/// The elementwise base-10 logarithm (NumPy's `np.log10`).
public func log10(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { log10($0) })
}

/// The elementwise base-10 logarithm (NumPy's `np.log10`).
public func log10(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { log10($0) })
}

/// The elementwise log(1 + x), accurate for small x (NumPy's `np.log1p`).
public func log1p(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { log1p($0) })
}

/// The elementwise log(1 + x), accurate for small x (NumPy's `np.log1p`).
public func log1p(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { log1p($0) })
}

/// The elementwise sine (NumPy's `np.sin`).
public func sin(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { sin($0) })
}

/// The elementwise sine (NumPy's `np.sin`).
public func sin(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { sin($0) })
}

/// The elementwise cosine (NumPy's `np.cos`).
public func cos(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { cos($0) })
}

/// The elementwise cosine (NumPy's `np.cos`).
public func cos(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { cos($0) })
}

/// The elementwise tangent (NumPy's `np.tan`).
public func tan(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { tan($0) })
}

/// The elementwise tangent (NumPy's `np.tan`).
public func tan(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { tan($0) })
}

/// The elementwise inverse sine (NumPy's `np.arcsin`).
public func asin(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { asin($0) })
}

/// The elementwise inverse sine (NumPy's `np.arcsin`).
public func asin(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { asin($0) })
}

/// The elementwise inverse cosine (NumPy's `np.arccos`).
public func acos(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { acos($0) })
}

/// The elementwise inverse cosine (NumPy's `np.arccos`).
public func acos(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { acos($0) })
}

/// The elementwise inverse tangent (NumPy's `np.arctan`).
public func atan(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { atan($0) })
}

/// The elementwise inverse tangent (NumPy's `np.arctan`).
public func atan(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { atan($0) })
}

/// The elementwise hyperbolic sine (NumPy's `np.sinh`).
public func sinh(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { sinh($0) })
}

/// The elementwise hyperbolic sine (NumPy's `np.sinh`).
public func sinh(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { sinh($0) })
}

/// The elementwise hyperbolic cosine (NumPy's `np.cosh`).
public func cosh(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { cosh($0) })
}

/// The elementwise hyperbolic cosine (NumPy's `np.cosh`).
public func cosh(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { cosh($0) })
}

/// The elementwise hyperbolic tangent (NumPy's `np.tanh`).
public func tanh(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { tanh($0) })
}

/// The elementwise hyperbolic tangent (NumPy's `np.tanh`).
public func tanh(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { tanh($0) })
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
  Vector.broadcast(base, exponent, "pow") { pow($0, $1) }
}

/// `base` raised to the power of every element (NumPy's `base ** v`).
public func pow(_ base: Double, _ exponent: Vector) -> Vector {
  Vector(mapElements(exponent.elements) { pow(base, $0) })
}

func powElements(_ a: [Double], _ p: Double) -> [Double] {
  switch p {
  case 2: return mapElements(a) { $0 * $0 }
  case 1: return a
  case 0.5: return mapElements(a) { $0.squareRoot() }
  case 0: return mapElements(a) { _ in 1 }
  case -1: return mapElements(a) { 1 / $0 }
  default: return mapElements(a) { pow($0, p) }
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
