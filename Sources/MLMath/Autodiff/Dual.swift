// Forward-mode automatic differentiation with dual numbers a + bε, ε² = 0:
// f(a + ε) = f(a) + f'(a)ε, so evaluating f on a dual number carries the derivative
// along with the value, exact up to the rounding of each elementary derivative.

/// A dual number `value + derivative·ε` with ε² = 0: the number type of forward-mode
/// automatic differentiation (JAX's `jax.jvp`, PyTorch's `torch.func.jvp` on one direction).
///
/// A function written generically over `RealScalar` runs on `Dual` unchanged; seeding the
/// input with derivative 1 makes the output's `derivative` the derivative of the function:
///
/// ```swift
/// func f<T: RealScalar>(_ x: T) -> T { x * x * sin(x) }
/// let y = f(Dual.variable(2.0))
/// print(y.value, y.derivative)   // f(2), f'(2) = 2·2·sin 2 + 4·cos 2
/// ```
///
/// Every operation applies the chain rule to one elementary function, so the derivative is
/// as accurate as the value (no step size, unlike `derivative(_:at:)`'s finite differences).
///
/// - Comparisons and `==` look at `value` only, so branches (`if x > 0`) take the same path
///   as on `Double`; `min`/`max` pass on the derivative of the argument they return.
/// - Non-smooth points use one subgradient, PyTorch's choice: `abs` (and `magnitude`) has
///   derivative sign(x)·x′, which is 0 at x = 0.
/// - At a point where a derivative is infinite (√x at 0, log at 0) the derivative is ±∞ or
///   NaN as IEEE arithmetic gives it, as in JAX.
/// - First derivatives only: `Dual` holds `Double`s, which keeps every operation a few
///   flops (second derivatives: `hessian(_:at:)`'s finite differences).
public struct Dual: RealScalar, Hashable, CustomStringConvertible {
  /// The value part a.
  public var value: Double
  /// The derivative part b (the coefficient of ε).
  public var derivative: Double

  /// The dual number `value + derivative·ε`.
  @inlinable
  public init(_ value: Double, derivative: Double) {
    self.value = value
    self.derivative = derivative
  }

  /// The constant `value` (derivative 0).
  @inlinable
  public init(_ value: Double) { self.init(value, derivative: 0) }

  /// The independent variable x = `value` (derivative 1): the seed of a forward pass.
  @inlinable
  public static func variable(_ value: Double) -> Dual { Dual(value, derivative: 1) }

  /// The value part, as for any `RealScalar`.
  @inlinable
  public var doubleValue: Double { value }

  /// `Dual(value: 1.5, derivative: 2.0)`.
  public var description: String { "Dual(value: \(unsignedNaN(value)), derivative: \(unsignedNaN(derivative)))" }

  /// Value-only equality, consistent with `<` (see the type's notes).
  @inlinable
  public static func == (lhs: Dual, rhs: Dual) -> Bool { lhs.value == rhs.value }

  /// Hashes the value only, consistent with `==`.
  public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension Dual: Comparable {
  /// Compares values.
  @inlinable
  public static func < (lhs: Dual, rhs: Dual) -> Bool { lhs.value < rhs.value }
}

extension Dual: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
  /// A constant from a literal such as `2.5`.
  @inlinable
  public init(floatLiteral value: Double) { self.init(value) }

  /// A constant from a literal such as `2`.
  @inlinable
  public init(integerLiteral value: Int) { self.init(Double(value)) }
}

extension Dual: SignedNumeric {
  /// A constant from an integer that a `Double` holds exactly, else nil.
  public init?<T: BinaryInteger>(exactly source: T) {
    guard let value = Double(exactly: source) else { return nil }
    self.init(value)
  }

  /// |x|, with derivative sign(x)·x′ (0 at x = 0, PyTorch's subgradient of `abs`).
  public var magnitude: Dual {
    let sign: Double = value > 0 ? 1 : (value < 0 ? -1 : 0)
    return Dual(Swift.abs(value), derivative: sign * derivative)
  }

  /// The sum (a + bε) + (c + dε) = (a + c) + (b + d)ε.
  @inlinable
  public static func + (lhs: Dual, rhs: Dual) -> Dual {
    Dual(lhs.value + rhs.value, derivative: lhs.derivative + rhs.derivative)
  }

  /// The difference.
  @inlinable
  public static func - (lhs: Dual, rhs: Dual) -> Dual {
    Dual(lhs.value - rhs.value, derivative: lhs.derivative - rhs.derivative)
  }

  /// The product (a + bε)(c + dε) = ac + (ad + bc)ε.
  @inlinable
  public static func * (lhs: Dual, rhs: Dual) -> Dual {
    Dual(lhs.value * rhs.value, derivative: lhs.derivative * rhs.value + lhs.value * rhs.derivative)
  }

  /// The negation.
  @inlinable
  public static prefix func - (operand: Dual) -> Dual { Dual(-operand.value, derivative: -operand.derivative) }

  /// Adds in place.
  @inlinable
  public static func += (lhs: inout Dual, rhs: Dual) { lhs = lhs + rhs }
  /// Subtracts in place.
  @inlinable
  public static func -= (lhs: inout Dual, rhs: Dual) { lhs = lhs - rhs }
  /// Multiplies in place.
  @inlinable
  public static func *= (lhs: inout Dual, rhs: Dual) { lhs = lhs * rhs }
}

extension Dual {
  /// The quotient (a + bε)/(c + dε) = a/c + (b − (a/c)·d)/c · ε.
  @inlinable
  public static func / (lhs: Dual, rhs: Dual) -> Dual {
    let q = lhs.value / rhs.value
    return Dual(q, derivative: (lhs.derivative - q * rhs.derivative) / rhs.value)
  }

  /// Divides in place.
  @inlinable
  public static func /= (lhs: inout Dual, rhs: Dual) { lhs = lhs / rhs }

  /// f(x) + f′(x)·x′ε: the chain rule for one elementary function.
  @inlinable
  static func chain(_ x: Dual, _ value: Double, _ slope: Double) -> Dual {
    // A constant stays a constant even where the slope is infinite (0·∞ would be NaN).
    Dual(value, derivative: x.derivative == 0 ? 0 : slope * x.derivative)
  }

  /// eˣ; derivative eˣ.
  public static func exp(_ x: Dual) -> Dual {
    let e = Double.exp(x.value)
    return chain(x, e, e)
  }

  /// eˣ − 1; derivative eˣ.
  public static func expm1(_ x: Dual) -> Dual { chain(x, Double.expm1(x.value), Double.exp(x.value)) }

  /// log x; derivative 1/x.
  public static func log(_ x: Dual) -> Dual { chain(x, Double.log(x.value), 1 / x.value) }

  /// log(1 + x); derivative 1/(1 + x).
  public static func log1p(_ x: Dual) -> Dual { chain(x, Double.log1p(x.value), 1 / (1 + x.value)) }

  /// sin x; derivative cos x.
  public static func sin(_ x: Dual) -> Dual { chain(x, Double.sin(x.value), Double.cos(x.value)) }

  /// cos x; derivative −sin x.
  public static func cos(_ x: Dual) -> Dual { chain(x, Double.cos(x.value), -Double.sin(x.value)) }

  /// tan x; derivative 1/cos²x (formed from cos x, which keeps its accuracy near the poles).
  public static func tan(_ x: Dual) -> Dual {
    let c = Double.cos(x.value)
    return chain(x, Double.tan(x.value), 1 / (c * c))
  }

  /// asin x; derivative 1/√(1 − x²).
  public static func asin(_ x: Dual) -> Dual {
    chain(x, Double.asin(x.value), 1 / ((1 - x.value) * (1 + x.value)).squareRoot())
  }

  /// acos x; derivative −1/√(1 − x²).
  public static func acos(_ x: Dual) -> Dual {
    chain(x, Double.acos(x.value), -1 / ((1 - x.value) * (1 + x.value)).squareRoot())
  }

  /// atan x; derivative 1/(1 + x²).
  public static func atan(_ x: Dual) -> Dual { chain(x, Double.atan(x.value), 1 / (1 + x.value * x.value)) }

  /// sinh x; derivative cosh x.
  public static func sinh(_ x: Dual) -> Dual { chain(x, Double.sinh(x.value), Double.cosh(x.value)) }

  /// cosh x; derivative sinh x.
  public static func cosh(_ x: Dual) -> Dual { chain(x, Double.cosh(x.value), Double.sinh(x.value)) }

  /// tanh x; derivative 1/cosh²x (not 1 − tanh²x, which cancels once tanh x nears ±1).
  public static func tanh(_ x: Dual) -> Dual { chain(x, Double.tanh(x.value), tanhSlope(x.value)) }

  /// √x; derivative 1/(2√x) (+∞ at 0).
  public static func sqrt(_ x: Dual) -> Dual {
    let r = x.value.squareRoot()
    return chain(x, r, 0.5 / r)
  }

  /// xʸ; derivative y·xʸ⁻¹·x′ + xʸ·log x·y′. Each term is formed only when its
  /// derivative part is nonzero, so `pow(x, 2.0)` at x < 0 (where log x is NaN) works.
  public static func pow(_ x: Dual, _ y: Dual) -> Dual {
    let v = Double.pow(x.value, y.value)
    var d = 0.0
    if x.derivative != 0 {
      let slope = y.value == 0 ? 0 : y.value * Double.pow(x.value, y.value - 1)
      d += slope * x.derivative
    }
    if y.derivative != 0 { d += v * Double.log(x.value) * y.derivative }
    return Dual(v, derivative: d)
  }

  /// xⁿ; derivative n·xⁿ⁻¹ (0 for n = 0).
  public static func pow(_ x: Dual, _ n: Int) -> Dual {
    let slope = n == 0 ? 0 : Double(n) * Double.pow(x.value, n - 1)
    return chain(x, Double.pow(x.value, n), slope)
  }

  /// The logistic sigmoid σ(x); derivative σ(x)(1 − σ(x)) (formed as σ(x)σ(−x), accurate in both tails).
  public static func expit(_ x: Dual) -> Dual {
    chain(x, Double.expit(x.value), Double.expit(x.value) * Double.expit(-x.value))
  }

  /// log(1 + eˣ); derivative σ(x).
  public static func softplus(_ x: Dual) -> Dual { chain(x, Double.softplus(x.value), Double.expit(x.value)) }

  /// erf x; derivative (2/√π)·e^(−x²).
  public static func erf(_ x: Dual) -> Dual {
    chain(x, Double.erf(x.value), 1.1283791670955126 * Double.exp(-x.value * x.value))
  }
}
