/// The decimal digits of a finite, nonnegative `Double`, as Dragon4 produces them for NumPy.
///
/// `digits` has no leading or trailing zeros (it is empty for zero) and the
/// value is `0.digits × 10^pointPosition`; e.g. 123.45 is `("12345", 3)` and
/// 0.00123 is `("123", -2)`.
struct FloatDigits {
  var digits: [UInt8]
  var pointPosition: Int

  /// The shortest digits that round-trip to `value` (Swift's `description` is shortest-and-closest).
  init(shortest value: Double) {
    self.init(parsing: value.magnitude.description)
  }

  /// Parses `"123.45"`, `"1e-05"`, `"1.5e+20"` (Swift's and C's formats).
  init(parsing text: String) {
    let parts = text.split(separator: "e", maxSplits: 1)
    let exponent = parts.count > 1 ? Int(parts[1])! : 0
    var digits = [UInt8]()
    var point: Int? = nil
    for c in parts[0].utf8 {
      if c == UInt8(ascii: ".") {
        point = digits.count
      } else {
        digits.append(c - UInt8(ascii: "0"))
      }
    }
    var position = (point ?? digits.count) + exponent
    while let first = digits.first, first == 0 {
      digits.removeFirst()
      position -= 1
    }
    while let last = digits.last, last == 0 { digits.removeLast() }
    if digits.isEmpty { position = 0 }
    self.digits = digits
    self.pointPosition = position
  }

  /// Positional notation with at most `precision` fraction digits, trailing zeros
  /// removed: `(integer, fraction)` without sign, e.g. `("0", "33333333")`, `("2", "")`.
  static func positional(_ value: Double, precision: Int) -> (integer: String, fraction: String) {
    var d = FloatDigits(shortest: value)
    if d.digits.count - d.pointPosition > precision {
      d = FloatDigits(parsing: cFormat("%.*f", precision: precision, value.magnitude))
    }
    let text = d.digits.map { Character(Unicode.Scalar($0 + UInt8(ascii: "0"))) }
    let integer: String
    let fraction: String
    if d.pointPosition <= 0 {
      integer = "0"
      fraction = String(repeating: "0", count: -d.pointPosition) + String(text)
    } else if d.pointPosition >= text.count {
      integer = String(text) + String(repeating: "0", count: d.pointPosition - text.count)
      fraction = ""
    } else {
      integer = String(text[..<d.pointPosition])
      fraction = String(text[d.pointPosition...])
    }
    return (integer.isEmpty ? "0" : integer, fraction)
  }

  /// Scientific notation with at most `precision` digits after the point, trailing
  /// zeros removed: `(lead, fraction, exponent)`, e.g. 0.00015 is `("1", "5", -4)`.
  static func scientific(_ value: Double, precision: Int) -> (
    lead: String, fraction: String, exponent: Int
  ) {
    var d = FloatDigits(shortest: value)
    if d.digits.count - 1 > precision {
      d = FloatDigits(parsing: cFormat("%.*e", precision: precision, value.magnitude))
    }
    guard let first = d.digits.first else { return ("0", "", 0) }
    let fraction = String(
      d.digits.dropFirst().map { Character(Unicode.Scalar($0 + UInt8(ascii: "0"))) })
    return (String(first), fraction, d.pointPosition - 1)
  }

  /// Scientific notation with exactly `precision` digits after the point,
  /// correctly rounded from the exact binary value (C's `%.*e`), trailing zeros kept.
  static func exactScientific(_ value: Double, precision: Int) -> (
    lead: String, fraction: String, exponent: Int
  ) {
    let text = cFormat("%.*e", precision: precision, value.magnitude)
    let parts = text.split(separator: "e", maxSplits: 1)
    let mantissa = parts[0].split(separator: ".", maxSplits: 1)
    return (String(mantissa[0]), mantissa.count > 1 ? String(mantissa[1]) : "", Int(parts[1])!)
  }
}
