/// How NumPy formats each element of a float array for printing, with its
/// default options (`precision=8`, `floatmode='maxprec'`, `suppress=False`).
///
/// The rules, from NumPy's `FloatingFormat`:
/// - Scientific notation when the largest nonzero finite magnitude is ≥ 1e8,
///   the smallest is < 1e-4, or their ratio exceeds 1000.
/// - Each number gets its shortest round-trip digits, capped at 8 after the
///   point; trailing zeros go, the point stays (`1.`).
/// - All numbers share one width: integer parts are padded on the left and
///   (positional) fractions on the right; scientific mantissas are padded with
///   zeros to the same digit count and exponents to the same length.
/// - `nan` and `inf` are right-aligned in that width.
struct FloatElementFormat {
  private var scientific = false
  private var padLeft = 0
  private var padRight = 0
  private var precision = 8
  private var exponentDigits = 2

  /// The format for printing `values` (only the finite ones set the widths).
  init(_ values: [Double], precision: Int = 8) {
    self.precision = precision
    let finite = values.filter(\.isFinite)
    let nonzero = finite.lazy.filter { $0 != 0 }.map(\.magnitude)
    if let maxValue = nonzero.max(), let minValue = nonzero.min() {
      scientific = maxValue >= 1e8 || minValue < 1e-4 || maxValue / minValue > 1e3
    }
    if finite.isEmpty {
      padLeft = 0
      padRight = 0
    } else if scientific {
      var fractionDigits = 0
      var exponentLength = 0
      for x in finite {
        let s = FloatDigits.scientific(x, precision: precision)
        fractionDigits = Swift.max(fractionDigits, s.fraction.count)
        exponentLength = Swift.max(exponentLength, Self.exponentText(s.exponent, digits: 2).count)
        padLeft = Swift.max(padLeft, s.lead.count + (x.sign == .minus ? 1 : 0))
      }
      self.precision = fractionDigits
      exponentDigits = exponentLength - 2
      padRight = exponentDigits + 2 + fractionDigits
    } else {
      for x in finite {
        let p = FloatDigits.positional(x, precision: precision)
        padLeft = Swift.max(padLeft, p.integer.count + (x.sign == .minus ? 1 : 0))
        padRight = Swift.max(padRight, p.fraction.count)
      }
    }
    if finite.count != values.count {
      let negativeInfinity = values.contains { $0.isInfinite && $0 < 0 }
      let offset = padRight + 1
      padLeft = Swift.max(padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
    }
  }

  /// `e+05`-style exponent text with at least `digits` digits.
  static func exponentText(_ exponent: Int, digits: Int) -> String {
    let magnitude = String(exponent.magnitude)
    return (exponent < 0 ? "e-" : "e+")
      + String(repeating: "0", count: Swift.max(0, digits - magnitude.count)) + magnitude
  }

  /// `x` formatted to the shared width.
  func callAsFunction(_ x: Double) -> String {
    if !x.isFinite {
      let text = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
      return String(repeating: " ", count: Swift.max(0, padLeft + padRight + 1 - text.count)) + text
    }
    let sign = x.sign == .minus ? "-" : ""
    if scientific {
      var s = FloatDigits.scientific(x, precision: precision)
      if s.fraction.count < precision {
        // NumPy's Dragon4 fills the shared digit count with the value's exact
        // digits, not zeros: they differ only where the shortest form is far
        // from the value, as for subnormals (5e-324 prints as 4.9e-324 next to 1.5).
        s = FloatDigits.exactScientific(x, precision: precision)
      }
      let lead = sign + s.lead
      return String(repeating: " ", count: Swift.max(0, padLeft - lead.count)) + lead + "."
        + s.fraction + String(repeating: "0", count: Swift.max(0, precision - s.fraction.count))
        + Self.exponentText(s.exponent, digits: exponentDigits)
    } else {
      let p = FloatDigits.positional(x, precision: precision)
      let integer = sign + p.integer
      return String(repeating: " ", count: Swift.max(0, padLeft - integer.count)) + integer + "."
        + p.fraction + String(repeating: " ", count: Swift.max(0, padRight - p.fraction.count))
    }
  }
}
