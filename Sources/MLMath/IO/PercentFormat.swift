import BigInt

// Python's printf-style `%` formatting of floats (`"%.18e" % x`), as `np.savetxt` applies
// it to every row: flags `-+ #0`, width, precision, and the conversions `d i u e E f F g G
// s r a`. The digits of `e f g` come from the C library (correctly rounded, as Python's);
// signs, `nan`/`inf` and padding follow CPython's `PyUnicode_Format`, which zero-pads
// `nan` and puts the sign before the zeros (`'%05d' % -2.0` is `-0002`).

/// One conversion of a format string: `%-+ #0 width .precision type`.
struct PercentConversion: Equatable {
  var leftAlign = false
  var plus = false
  var space = false
  var alternate = false
  var zeroPad = false
  var width = 0
  var precision: Int?
  var type: Character = "s"
}

/// A parsed format: literal text between conversions.
struct PercentFormat {
  enum Piece: Equatable {
    case literal(String)
    case conversion(PercentConversion)
  }
  var pieces: [Piece]

  /// How the format failed, with the text and kind of Python's exception.
  struct Failure: Error {
    /// `ValueError` or `TypeError`, as Python raises it.
    var kind: String
    var message: String
  }

  /// The number of conversions.
  var conversionCount: Int {
    pieces.reduce(0) { count, piece in
      if case .conversion = piece { return count + 1 }
      return count
    }
  }

  /// Parses `format` as Python does before formatting.
  init(_ format: String) throws(Failure) {
    let scalars = Array(format.unicodeScalars)
    var pieces: [Piece] = []
    var literal = String.UnicodeScalarView()
    var i = 0
    func peek() -> Unicode.Scalar? { i < scalars.count ? scalars[i] : nil }
    while i < scalars.count {
      let s = scalars[i]
      i += 1
      guard s == "%" else {
        literal.append(s)
        continue
      }
      if peek() == "%" {
        literal.append("%")
        i += 1
        continue
      }
      if !literal.isEmpty {
        pieces.append(.literal(String(literal)))
        literal = String.UnicodeScalarView()
      }
      var c = PercentConversion()
      if peek() == "(" {
        throw Failure(kind: "TypeError", message: "format requires a mapping")
      }
      flags: while let f = peek() {
        switch f {
        case "-": c.leftAlign = true
        case "+": c.plus = true
        case " ": c.space = true
        case "#": c.alternate = true
        case "0": c.zeroPad = true
        default: break flags
        }
        i += 1
      }
      if peek() == "*" { throw Failure(kind: "TypeError", message: "* wants int") }
      c.width = Self.number(scalars, &i) ?? 0
      if c.width > Int(Int32.max) { throw Failure(kind: "ValueError", message: "width too big") }
      if peek() == "." {
        i += 1
        if peek() == "*" { throw Failure(kind: "TypeError", message: "* wants int") }
        c.precision = Self.number(scalars, &i) ?? 0
        if c.precision! > Int(Int32.max) { throw Failure(kind: "ValueError", message: "precision too big") }
      }
      while let m = peek(), m == "h" || m == "l" || m == "L" { i += 1 }
      guard let type = peek() else { throw Failure(kind: "ValueError", message: "incomplete format") }
      guard "diueEfFgGsraxXoc".unicodeScalars.contains(type) else {
        let code = String(type.value, radix: 16)
        throw Failure(
          kind: "ValueError",
          message: "unsupported format character '\(Character(type))' (0x\(code)) at index \(i)")
      }
      c.type = Character(type)
      i += 1
      pieces.append(.conversion(c))
    }
    if !literal.isEmpty { pieces.append(.literal(String(literal))) }
    self.pieces = pieces
  }

  /// Decimal digits at `i`, advancing past them; nil when there are none.
  private static func number(_ scalars: [Unicode.Scalar], _ i: inout Int) -> Int? {
    var value: Int?
    while i < scalars.count, ("0"..."9").contains(scalars[i]) {
      let digit = Int(scalars[i].value) - 48
      let (product, overflow1) = (value ?? 0).multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = product.addingReportingOverflow(digit)
      value = overflow1 || overflow2 ? Int.max : sum
      i += 1
    }
    return value
  }

  /// `format % tuple(values)`.
  func format(_ values: [Double]) throws(Failure) -> String {
    var text = ""
    var next = 0
    for piece in pieces {
      switch piece {
      case .literal(let s): text += s
      case .conversion(let c):
        guard next < values.count else {
          throw Failure(kind: "TypeError", message: "not enough arguments for format string")
        }
        text += try Self.convert(c, values[next])
        next += 1
      }
    }
    if next < values.count {
      throw Failure(kind: "TypeError", message: "not all arguments converted during string formatting")
    }
    return text
  }

  /// One value through one conversion.
  static func convert(_ c: PercentConversion, _ x: Double) throws(Failure) -> String {
    switch c.type {
    case "d", "i", "u": return try integer(c, x)
    case "e", "E", "f", "F", "g", "G": return try float(c, x)
    case "s": return padded(c, truncated(c, pythonFloatRepr(x)), numeric: false)
    case "r", "a": return padded(c, truncated(c, "np.float64(\(pythonFloatRepr(x)))"), numeric: false)
    default:
      let name =
        c.type == "c"
        ? "%c requires an int or a unicode character, not numpy.float64"
        : "%\(c.type) format: an integer is required, not numpy.float64"
      throw Failure(kind: "TypeError", message: name)
    }
  }

  /// `%d`: the value truncated toward zero, every digit of it (Python's integers are unbounded).
  private static func integer(_ c: PercentConversion, _ x: Double) throws(Failure) -> String {
    if x.isNaN { throw Failure(kind: "ValueError", message: "cannot convert float NaN to integer") }
    if x.isInfinite { throw Failure(kind: "OverflowError", message: "cannot convert float infinity to integer") }
    let whole = x.rounded(.towardZero)
    var digits = BigInt(whole).magnitude.description
    if let p = c.precision, digits.count < p {
      digits = String(repeating: "0", count: p - digits.count) + digits
    }
    return padded(c, sign(c, negative: whole < 0) + digits, numeric: true)
  }

  /// `%e %f %g` and their capitals.
  private static func float(_ c: PercentConversion, _ x: Double) throws(Failure) -> String {
    let upper = c.type.isUppercase
    var body: String
    if x.isNaN {
      body = upper ? "NAN" : "nan"
    } else if x.isInfinite {
      body = upper ? "INF" : "inf"
    } else {
      let precision = c.precision ?? 6
      body = cFormat("%\(c.alternate ? "#" : "").*\(c.type)", precision: precision, x.magnitude)
    }
    return padded(c, sign(c, negative: !x.isNaN && x.sign == .minus) + body, numeric: true)
  }

  private static func sign(_ c: PercentConversion, negative: Bool) -> String {
    negative ? "-" : c.plus ? "+" : c.space ? " " : ""
  }

  private static func truncated(_ c: PercentConversion, _ text: String) -> String {
    guard let p = c.precision, text.count > p else { return text }
    return String(text.prefix(p))
  }

  /// `text` in a field of `c.width`: left-aligned, zero-filled after the sign (numbers only),
  /// or right-aligned.
  private static func padded(_ c: PercentConversion, _ text: String, numeric: Bool) -> String {
    let missing = c.width - text.count
    guard missing > 0 else { return text }
    if c.leftAlign { return text + String(repeating: " ", count: missing) }
    if numeric && c.zeroPad {
      let zeros = String(repeating: "0", count: missing)
      if let first = text.first, "+- ".contains(first) {
        return String(first) + zeros + text.dropFirst()
      }
      return zeros + text
    }
    return String(repeating: " ", count: missing) + text
  }
}

/// A float as Python's `repr`/`str` writes it: the shortest digits that read back as `x`,
/// positional for 1e-4 ≤ |x| < 1e16 (`0.0001`, `123.0`), scientific otherwise (`1e-05`, `1e+16`).
func pythonFloatRepr(_ x: Double) -> String {
  if x.isNaN { return "nan" }
  if x.isInfinite { return x < 0 ? "-inf" : "inf" }
  let sign = x.sign == .minus ? "-" : ""
  if x == 0 { return sign + "0.0" }
  let d = FloatDigits(shortest: x)
  let digits = String(decoding: d.digits.map { $0 + 48 }, as: UTF8.self)
  let exponent = d.pointPosition - 1
  if exponent >= -4 && exponent < 16 {
    if d.pointPosition <= 0 {
      return sign + "0." + String(repeating: "0", count: -d.pointPosition) + digits
    }
    if d.pointPosition >= digits.count {
      return sign + digits + String(repeating: "0", count: d.pointPosition - digits.count) + ".0"
    }
    let split = digits.index(digits.startIndex, offsetBy: d.pointPosition)
    return sign + digits[..<split] + "." + digits[split...]
  }
  let mantissa = digits.count == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
  let e =
    exponent < 0
    ? "-" + (abs(exponent) < 10 ? "0" : "") + String(abs(exponent))
    : "+" + (exponent < 10 ? "0" : "") + String(exponent)
  return sign + mantissa + "e" + e
}
