// The float syntax NumPy's text readers accept (`np.loadtxt`'s parser): optional spaces, an
// optional sign, decimal digits with an optional point and exponent, or inf, infinity, nan
// in any case. Hex floats, `1_000`, `1e` and Fortran's `1.5d3` are rejected, as in NumPy.

/// `text` as NumPy's loadtxt reads a float, or nil when NumPy would reject it.
///
/// A NaN comes back without its sign bit (`-nan` reads as NumPy's `nan`).
func parseNumPyFloat(_ text: Substring) -> Double? {
  let bytes = Array(text.utf8)
  var start = 0
  var end = bytes.count
  while start < end, isBlank(bytes[start]) { start += 1 }
  while end > start, isBlank(bytes[end - 1]) { end -= 1 }
  guard start < end else { return nil }
  var i = start
  var negative = false
  if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
    negative = bytes[i] == UInt8(ascii: "-")
    i += 1
  }
  if let special = specialValue(bytes[i..<end]) {
    return special.isNaN ? .nan : (negative ? -special : special)
  }
  // Digits, an optional point and fraction (at least one digit in all), an optional exponent.
  var mantissaDigits = 0
  while i < end, isDigit(bytes[i]) {
    i += 1
    mantissaDigits += 1
  }
  if i < end, bytes[i] == UInt8(ascii: ".") {
    i += 1
    while i < end, isDigit(bytes[i]) {
      i += 1
      mantissaDigits += 1
    }
  }
  guard mantissaDigits > 0 else { return nil }
  if i < end, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
    i += 1
    if i < end, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
    var exponentDigits = 0
    while i < end, isDigit(bytes[i]) {
      i += 1
      exponentDigits += 1
    }
    guard exponentDigits > 0 else { return nil }
  }
  guard i == end else { return nil }
  // The syntax is plain decimal, which the C library's strtod rounds correctly.
  return decimalValue(bytes[start..<end])
}

/// ±∞ or NaN for `inf`, `infinity`, `nan` in any case; nil otherwise.
private func specialValue(_ bytes: ArraySlice<UInt8>) -> Double? {
  let lower = String(decoding: bytes.map { $0 | 0x20 }, as: UTF8.self)
  switch lower {
  case "inf", "infinity": return .infinity
  case "nan": return .nan
  default: return nil
  }
}

/// The correctly rounded value of a decimal literal (overflow gives ±∞, underflow ±0), by the
/// standard library's locale-independent `strtod`.
private func decimalValue(_ bytes: ArraySlice<UInt8>) -> Double? {
  Double(String(decoding: bytes, as: UTF8.self))
}

@inline(__always) private func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

/// Spaces and tabs, the blanks NumPy strips around a field.
@inline(__always) func isBlank(_ b: UInt8) -> Bool { b == 32 || b == 9 }
