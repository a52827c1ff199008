#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The unit an information-theory result is measured in: the base of its logarithm.
///
/// Every function in MLMath's information theory takes `base: LogBase = .nats`,
/// as SciPy's take `base=None` (the natural logarithm):
///
/// ```swift
/// entropy([0.5, 0.5])                // 0.6931… nats (ln 2)
/// entropy([0.5, 0.5], base: .bits)   // 1.0 bit
/// entropy([0.5, 0.5], base: 2)       // the same: a number literal is a base, as in SciPy's base=2
/// entropy(p, base: .base(10))        // hartleys (decimal digits)
/// ```
///
/// The result is first computed in nats and then divided by ln b, exactly as
/// `scipy.stats.entropy(pk, base=b)` does (`S /= math.log(base)`), so results
/// in bits agree with SciPy's to the last bit and are `nats / ln 2`.
///
/// Why a type rather than SciPy's `base: Double?`: `.bits` and `.nats` say the
/// unit in the call, a literal `2` still reads like SciPy, and an invalid base
/// (0, 1, a negative number, ∞ or NaN) stops the program where it is written —
/// SciPy raises for `base <= 0` but lets `base=1` divide by zero.
public struct LogBase: Sendable, Hashable, CustomStringConvertible, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral
{
  /// The base b of the logarithm: e (`M_E`) for nats, 2 for bits.
  public let value: Double

  /// Natural logarithms, e: results in nats (SciPy's and scikit-learn's default).
  public static let nats = LogBase(checked: M_E)

  /// Base-2 logarithms: results in bits (shannons).
  public static let bits = LogBase(checked: 2)

  /// Logarithms in base `b`: any finite `b > 0` other than 1 (10 gives hartleys).
  public static func base(_ b: Double) -> LogBase { LogBase(checked: b) }

  /// `base: 2` is ``bits``, `base: 10` hartleys, as in SciPy's `base=2`.
  public init(integerLiteral value: Int) { self.init(checked: Double(value)) }

  /// `base: 2.718281828459045` is ``nats``; any finite base `> 0` other than 1.
  public init(floatLiteral value: Double) { self.init(checked: value) }

  init(checked b: Double) {
    if !(b > 0 && b.isFinite && b != 1) {
      failure(
        "LogBase: \(b) is not a logarithm base (use .nats, .bits, or a finite base > 0 other than 1)")
    }
    value = b
  }

  /// `nats`, `bits`, `hartleys`, or `base-b units`.
  public var description: String {
    switch value {
    case M_E: "nats"
    case 2: "bits"
    case 10: "hartleys"
    default: "base-\(value) units"
    }
  }

  /// `h` (in nats) in this unit: `h / ln b`, as SciPy divides (ln e is exactly 1).
  func fromNats(_ h: Double) -> Double { h / log(value) }
}
