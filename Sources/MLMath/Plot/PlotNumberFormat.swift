import Foundation

/// Number-to-text conversions for plots, independent of locale and platform:
/// every rendering of the same figure has the same bytes.
enum PlotNumberFormat {
  /// `value` rounded to `decimals` places, trailing zeros kept (`"1.50"`); `"0"` is never negative.
  static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    let scale = Foundation.pow(10, Double(decimals))
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e15 else { return scientific(value, decimals: 2) }
    let digits = String(Int64(scaled))
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard decimals > 0 else { return sign + digits }
    let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
    let split = padded.index(padded.endIndex, offsetBy: -decimals)
    return sign + padded[..<split] + "." + padded[split...]
  }

  /// `value` rounded to at most `decimals` places with trailing zeros (and a trailing
  /// point) removed: `1.50 → "1.5"`, `2.00 → "2"`.
  static func trimmed(_ value: Double, decimals: Int) -> String {
    var text = fixed(value, decimals: decimals)
    guard text.contains("."), !text.contains("e") else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  /// A coordinate in an SVG document: at most two decimals (`"12.5"`, `"-3.25"`).
  static func svg(_ value: Double) -> String {
    trimmed(value, decimals: 2)
  }

  /// `value` in compact scientific notation with `decimals` mantissa decimals,
  /// trailing zeros removed: `2e6`, `1.5e-5`.
  static func scientific(_ value: Double, decimals: Int) -> String {
    guard value != 0, value.isFinite else { return fixed(value, decimals: 0) }
    var exponent = Int(Foundation.floor(Foundation.log10(abs(value))))
    var mantissa = value / Foundation.pow(10, Double(exponent))
    // Rounding may carry the mantissa to 10 (9.996 → "10.0"); renormalise.
    if abs(Double(trimmed(mantissa, decimals: decimals)) ?? 0) >= 10 {
      exponent += 1
      mantissa /= 10
    }
    return trimmed(mantissa, decimals: decimals) + "e" + String(exponent)
  }

  /// `value` with about `significant` significant digits, in plain notation when that
  /// is short and scientific notation otherwise — for summaries such as "from 0.5 to 1200".
  static func compact(_ value: Double, significant: Int = 3) -> String {
    guard value != 0, value.isFinite else { return fixed(value, decimals: 0) }
    let exponent = Int(Foundation.floor(Foundation.log10(abs(value))))
    if exponent >= 6 || exponent <= -5 {
      return scientific(value, decimals: significant - 1)
    }
    return trimmed(value, decimals: max(0, significant - 1 - exponent))
  }
}
