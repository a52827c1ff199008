#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The numbers a function must be generic over to be differentiated in forward mode:
// `Double` and `Dual`. MLMath does not depend on swift-numerics, so this is a small
// protocol of its own, with the same static spelling as swift-numerics' `Real`
// (`T.exp(x)`), plus free functions `exp(x)`, `log(x)`, … for generic code.

/// A real number type with the elementary functions: `Double`, and `Dual` (forward-mode
/// automatic differentiation). Write a function once, generically, and evaluate it on both:
///
/// ```swift
/// func f<T: RealScalar>(_ x: T) -> T { exp(-x * x / 2) * sin(3 * x) }
/// f(0.5)                                   // a Double
/// forwardDerivative(of: f, at: 0.5)        // f'(0.5), exact to rounding
/// ```
///
/// The requirements follow swift-numerics' `Real` and `ElementaryFunctions` (static
/// `T.exp(x)`; MLMath has no package dependency on swift-numerics), restricted to the
/// functions whose derivatives `Dual` implements. Inside a generic function the free
/// functions `exp(x)`, `log(x)`, `sin(x)`, `pow(x, y)`, `expit(x)`, … call them.
/// Comparisons (`<`, `==`) compare values, so code with branches (`if x > 0`) is
/// differentiated along the branch it takes.
///
/// Type checking: in a generic function every literal and operator could be any
/// `RealScalar`, and Swift checks a long single expression of them slowly (a line with
/// three calls and five literals takes ~0.4 s). Split it with `let`s, or write `T(2)`:
///
/// ```swift
/// func bump<T: RealScalar>(_ t: T) -> T {
///   let wave = exp(-t * t / 2) * sin(3 * t)
///   return wave + log1p(t * t) / 2
/// }
/// ```
public protocol RealScalar: SignedNumeric, Comparable, ExpressibleByFloatLiteral, Sendable
where Magnitude == Self {
  /// The constant `value` (for a `Dual`, with derivative 0).
  init(_ value: Double)
  /// The value as a `Double` (for a `Dual`, its value part).
  var doubleValue: Double { get }
  /// The quotient.
  static func / (lhs: Self, rhs: Self) -> Self
  /// Divides in place.
  static func /= (lhs: inout Self, rhs: Self)
  /// eˣ.
  static func exp(_ x: Self) -> Self
  /// eˣ − 1, accurate near 0.
  static func expm1(_ x: Self) -> Self
  /// The natural logarithm (x > 0).
  static func log(_ x: Self) -> Self
  /// log(1 + x), accurate near 0 (x > −1).
  static func log1p(_ x: Self) -> Self
  /// The sine (radians).
  static func sin(_ x: Self) -> Self
  /// The cosine (radians).
  static func cos(_ x: Self) -> Self
  /// The tangent (radians).
  static func tan(_ x: Self) -> Self
  /// The arcsine (−1 ≤ x ≤ 1).
  static func asin(_ x: Self) -> Self
  /// The arccosine (−1 ≤ x ≤ 1).
  static func acos(_ x: Self) -> Self
  /// The arctangent.
  static func atan(_ x: Self) -> Self
  /// The hyperbolic sine.
  static func sinh(_ x: Self) -> Self
  /// The hyperbolic cosine.
  static func cosh(_ x: Self) -> Self
  /// The hyperbolic tangent.
  static func tanh(_ x: Self) -> Self
  /// The square root (x ≥ 0).
  static func sqrt(_ x: Self) -> Self
  /// xʸ (C's `pow`).
  static func pow(_ x: Self, _ y: Self) -> Self
  /// xⁿ for an integer n.
  static func pow(_ x: Self, _ n: Int) -> Self
  /// The logistic sigmoid 1/(1 + e⁻ˣ) (SciPy's `expit`).
  static func expit(_ x: Self) -> Self
  /// log(1 + eˣ) without overflow.
  static func softplus(_ x: Self) -> Self
  /// The error function.
  static func erf(_ x: Self) -> Self
}

// File-scope spellings of the C functions: inside `extension Double`, `exp` would name
// the static requirement itself.
private func cExp(_ x: Double) -> Double { exp(x) }
private func cExpm1(_ x: Double) -> Double { expm1(x) }
private func cLog(_ x: Double) -> Double { log(x) }
private func cLog1p(_ x: Double) -> Double { log1p(x) }
private func cSin(_ x: Double) -> Double { sin(x) }
private func cCos(_ x: Double) -> Double { cos(x) }
private func cTan(_ x: Double) -> Double { tan(x) }
private func cAsin(_ x: Double) -> Double { asin(x) }
private func cAcos(_ x: Double) -> Double { acos(x) }
private func cAtan(_ x: Double) -> Double { atan(x) }
private func cSinh(_ x: Double) -> Double { sinh(x) }
private func cCosh(_ x: Double) -> Double { cosh(x) }
private func cTanh(_ x: Double) -> Double { tanh(x) }
private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
private func cErf(_ x: Double) -> Double { erf(x) }
private func mlExpit(_ x: Double) -> Double { expit(x) }
private func mlSoftplus(_ x: Double) -> Double { softplus(x) }

extension Double: RealScalar {
  /// The value itself.
  public var doubleValue: Double { self }
  /// eˣ (C's `exp`).
  public static func exp(_ x: Double) -> Double { cExp(x) }
  /// eˣ − 1 (C's `expm1`).
  public static func expm1(_ x: Double) -> Double { cExpm1(x) }
  /// The natural logarithm (C's `log`).
  public static func log(_ x: Double) -> Double { cLog(x) }
  /// log(1 + x) (C's `log1p`).
  public static func log1p(_ x: Double) -> Double { cLog1p(x) }
  /// The sine (C's `sin`).
  public static func sin(_ x: Double) -> Double { cSin(x) }
  /// The cosine (C's `cos`).
  public static func cos(_ x: Double) -> Double { cCos(x) }
  /// The tangent (C's `tan`).
  public static func tan(_ x: Double) -> Double { cTan(x) }
  /// The arcsine (C's `asin`).
  public static func asin(_ x: Double) -> Double { cAsin(x) }
  /// The arccosine (C's `acos`).
  public static func acos(_ x: Double) -> Double { cAcos(x) }
  /// The arctangent (C's `atan`).
  public static func atan(_ x: Double) -> Double { cAtan(x) }
  /// The hyperbolic sine (C's `sinh`).
  public static func sinh(_ x: Double) -> Double { cSinh(x) }
  /// The hyperbolic cosine (C's `cosh`).
  public static func cosh(_ x: Double) -> Double { cCosh(x) }
  /// The hyperbolic tangent (C's `tanh`).
  public static func tanh(_ x: Double) -> Double { cTanh(x) }
  /// The square root (IEEE `squareRoot()`).
  public static func sqrt(_ x: Double) -> Double { x.squareRoot() }
  /// xʸ (C's `pow`).
  public static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
  /// xⁿ (C's `pow` with n converted to `Double`).
  public static func pow(_ x: Double, _ n: Int) -> Double { cPow(x, Double(n)) }
  /// The logistic sigmoid (MLMath's `expit`).
  public static func expit(_ x: Double) -> Double { mlExpit(x) }
  /// log(1 + eˣ) (MLMath's `softplus`).
  public static func softplus(_ x: Double) -> Double { mlSoftplus(x) }
  /// The error function (C's `erf`).
  public static func erf(_ x: Double) -> Double { cErf(x) }
}

/// tanh′(x) = 1/cosh²x, accurate in the tails where 1 − tanh²x cancels (0 once cosh²x overflows).
func tanhSlope(_ x: Double) -> Double {
  let c = Double.cosh(x)
  return 1 / (c * c)
}

// Free functions for generic code. Non-generic overloads (`exp(Double)`, `exp(Vector)`)
// are preferred by the type checker, so existing code resolves as before.

/// eˣ of a `RealScalar` (`Double` or `Dual`).
@inlinable public func exp<T: RealScalar>(_ x: T) -> T { T.exp(x) }
/// eˣ − 1 of a `RealScalar`.
@inlinable public func expm1<T: RealScalar>(_ x: T) -> T { T.expm1(x) }
/// The natural logarithm of a `RealScalar`.
@inlinable public func log<T: RealScalar>(_ x: T) -> T { T.log(x) }
/// log(1 + x) of a `RealScalar`.
@inlinable public func log1p<T: RealScalar>(_ x: T) -> T { T.log1p(x) }
/// The sine of a `RealScalar`.
@inlinable public func sin<T: RealScalar>(_ x: T) -> T { T.sin(x) }
/// The cosine of a `RealScalar`.
@inlinable public func cos<T: RealScalar>(_ x: T) -> T { T.cos(x) }
/// The tangent of a `RealScalar`.
@inlinable public func tan<T: RealScalar>(_ x: T) -> T { T.tan(x) }
/// The arcsine of a `RealScalar`.
@inlinable public func asin<T: RealScalar>(_ x: T) -> T { T.asin(x) }
/// The arccosine of a `RealScalar`.
@inlinable public func acos<T: RealScalar>(_ x: T) -> T { T.acos(x) }
/// The arctangent of a `RealScalar`.
@inlinable public func atan<T: RealScalar>(_ x: T) -> T { T.atan(x) }
/// The hyperbolic sine of a `RealScalar`.
@inlinable public func sinh<T: RealScalar>(_ x: T) -> T { T.sinh(x) }
/// The hyperbolic cosine of a `RealScalar`.
@inlinable public func cosh<T: RealScalar>(_ x: T) -> T { T.cosh(x) }
/// The hyperbolic tangent of a `RealScalar`.
@inlinable public func tanh<T: RealScalar>(_ x: T) -> T { T.tanh(x) }
/// The square root of a `RealScalar`.
@inlinable public func sqrt<T: RealScalar>(_ x: T) -> T { T.sqrt(x) }
/// xʸ of `RealScalar`s.
@inlinable public func pow<T: RealScalar>(_ x: T, _ y: T) -> T { T.pow(x, y) }
/// xⁿ of a `RealScalar` and an integer exponent.
@inlinable public func pow<T: RealScalar>(_ x: T, _ n: Int) -> T { T.pow(x, n) }
/// The logistic sigmoid of a `RealScalar` (SciPy's `expit`).
@inlinable public func expit<T: RealScalar>(_ x: T) -> T { T.expit(x) }
/// log(1 + eˣ) of a `RealScalar`.
@inlinable public func softplus<T: RealScalar>(_ x: T) -> T { T.softplus(x) }
/// The error function of a `RealScalar`.
@inlinable public func erf<T: RealScalar>(_ x: T) -> T { T.erf(x) }
