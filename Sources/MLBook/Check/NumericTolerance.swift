import Foundation

/// How far a printed number may move and still count as the recorded one:
/// `|actual − recorded| ≤ atol + rtol·|recorded|`, NumPy's `isclose` rule with the
/// recorded value as the reference (`numpy.testing.assert_allclose` semantics).
///
/// Set for a course in `mlbook.yml` (`check: {rtol: 1e-9, atol: 0}`) or for one block
/// (```` ```swift-run rtol=1e-6 ````); the default is exact text. Tolerance applies to
/// numbers only: any other change in the text — a word, a bracket, a line — is a
/// difference whatever the tolerance.
public struct NumericTolerance: Sendable, Hashable {
  /// Relative tolerance (≥ 0).
  public var rtol: Double
  /// Absolute tolerance (≥ 0).
  public var atol: Double

  public init(rtol: Double = 0, atol: Double = 0) {
    self.rtol = rtol
    self.atol = atol
  }

  /// Text must match character for character.
  public static let exact = NumericTolerance()

  public var isExact: Bool { rtol == 0 && atol == 0 }

  /// Whether `actual` is within tolerance of `recorded`. NaN matches NaN, and an
  /// infinity only the same infinity.
  public func accepts(recorded: Double, actual: Double) -> Bool {
    if recorded.isNaN || actual.isNaN { return recorded.isNaN && actual.isNaN }
    if recorded.isInfinite || actual.isInfinite { return recorded == actual }
    return abs(actual - recorded) <= atol + rtol * abs(recorded)
  }

  /// `rtol=…, atol=…` as an author would write it.
  var summary: String {
    [rtol > 0 ? "rtol \(Self.format(rtol))" : nil, atol > 0 ? "atol \(Self.format(atol))" : nil]
      .compactMap { $0 }.joined(separator: ", ")
  }

  static func format(_ x: Double) -> String {
    String(format: "%.3g", x)
  }
}

/// Output text split into numbers, as NumPy and Swift print them (`-1.5`, `2.`, `1e-08`,
/// `3.0E+10`, `nan`, `-inf`, inside arrays, tables and sentences), and the text between them.
///
/// A number starts where the character before it is not a letter, digit, `_` or `.`, and
/// ends where the next is not a letter, digit or `_` — so `x1`, `float64` and `banana`
/// hold no numbers, while `[ 1.5  2. ]`, `p = 0.03` and `95%` do. (A trailing `j`, as in
/// NumPy's complex `1.+2.j`, is allowed.)
struct PrintedNumbers {
  enum Token: Equatable {
    case text(Substring)
    case number(Substring)
  }

  let tokens: [Token]

  init(_ text: String) {
    var tokens: [Token] = []
    let bytes = Array(text.utf8)
    var i = 0
    var textStart = 0
    func isWordByte(_ b: UInt8) -> Bool {
      (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }
    func slice(_ a: Int, _ b: Int) -> Substring {
      let start = text.utf8.index(text.utf8.startIndex, offsetBy: a)
      let end = text.utf8.index(start, offsetBy: b - a)
      return text[start..<end]
    }
    while i < bytes.count {
      if i == 0 || !(isWordByte(bytes[i - 1]) || bytes[i - 1] == 0x2E), let end = Self.numberEnd(bytes, from: i),
        end == bytes.count || !isWordByte(bytes[end])
      {
        if textStart < i { tokens.append(.text(slice(textStart, i))) }
        tokens.append(.number(slice(i, end)))
        i = end
        textStart = end
      } else {
        i += 1
      }
    }
    if textStart < bytes.count { tokens.append(.text(slice(textStart, bytes.count))) }
    self.tokens = tokens
  }

  /// The end of a number starting at `start`, or nil: `[+-]?(nan|inf|digits[.digits]|.digits)(e[+-]?digits)?j?`.
  private static func numberEnd(_ b: [UInt8], from start: Int) -> Int? {
    var i = start
    func isDigit(_ k: Int) -> Bool { k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
    if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
    for word in ["nan", "inf"] {
      let w = Array(word.utf8)
      if i + w.count <= b.count, Array(b[i..<i + w.count]) == w { return i + w.count }
    }
    var digits = 0
    while isDigit(i) {
      i += 1
      digits += 1
    }
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      while isDigit(i) {
        i += 1
        digits += 1
      }
    }
    guard digits > 0 else { return nil }
    if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      var k = i + 1
      if k < b.count, b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "+") { k += 1 }
      if isDigit(k) {
        while isDigit(k) { k += 1 }
        i = k
      }
    }
    if i < b.count, b[i] == UInt8(ascii: "j") { i += 1 }
    return i
  }

  /// The value a printed number stands for (`2.` is 2, `1.+2.j`'s parts are read separately).
  static func value(_ token: Substring) -> Double? {
    var s = token
    if s.hasSuffix("j") { s = s.dropLast() }
    if s.hasSuffix(".") { s = s.dropLast() }
    return Double(String(s))
  }
}

/// Compares a recorded output with a new one under a ``NumericTolerance``.
enum OutputComparison {
  /// A number that moved beyond the tolerance.
  struct ChangedNumber: Equatable {
    /// 1-based line in the recorded output.
    var line: Int
    var recorded: Substring
    var actual: Substring
    /// |actual − recorded| / |recorded| (infinite when recorded is 0; NaN when either is not finite).
    var relativeDifference: Double
  }

  /// Whether the outputs are the same up to `tolerance`: exact text when it is exact;
  /// otherwise the same text between the numbers (the spaces NumPy pads numbers with
  /// aside) and numbers within tolerance.
  static func equal(recorded: String, actual: String, tolerance: NumericTolerance) -> Bool {
    if recorded == actual { return true }
    guard !tolerance.isExact else { return false }
    guard let changed = changedNumbers(recorded: recorded, actual: actual, tolerance: tolerance) else { return false }
    return changed.isEmpty
  }

  /// The numbers that differ beyond `tolerance`, when the two outputs have the same
  /// text around their numbers; nil when the text itself differs.
  static func changedNumbers(recorded: String, actual: String, tolerance: NumericTolerance) -> [ChangedNumber]? {
    let a = PrintedNumbers(recorded).tokens
    let b = PrintedNumbers(actual).tokens
    guard a.count == b.count else { return nil }
    var changed: [ChangedNumber] = []
    var line = 1
    for k in a.indices {
      switch (a[k], b[k]) {
      case (.text(let x), .text(let y)):
        let trimLeading = k > 0
        let trimTrailing = k + 1 < a.count
        guard
          padded(x, leading: trimLeading, trailing: trimTrailing)
            == padded(y, leading: trimLeading, trailing: trimTrailing)
        else { return nil }
        line += x.utf8.count(where: { $0 == UInt8(ascii: "\n") })
      case (.number(let x), .number(let y)):
        guard x != y else { continue }
        guard let u = PrintedNumbers.value(x), let v = PrintedNumbers.value(y) else { return nil }
        if !tolerance.accepts(recorded: u, actual: v) {
          let relative = u.isFinite && v.isFinite ? abs(v - u) / abs(u) : .nan
          changed.append(ChangedNumber(line: line, recorded: x, actual: y, relativeDifference: relative))
        }
      default:
        return nil
      }
    }
    return changed
  }

  /// Text between numbers without the spaces next to a number (NumPy pads to align columns).
  private static func padded(_ text: Substring, leading: Bool, trailing: Bool) -> Substring {
    var s = text
    if leading { s = s.drop(while: { $0 == " " }) }
    if trailing {
      while s.last == " " { s = s.dropLast() }
    }
    return s
  }

  /// Lines listing the numbers that moved, for a failure's diff: where, old → new,
  /// and by how much relative to the tolerance.
  static func explanation(recorded: String, actual: String, tolerance: NumericTolerance) -> String? {
    guard !tolerance.isExact else { return nil }
    guard let changed = changedNumbers(recorded: recorded, actual: actual, tolerance: tolerance) else {
      return "the text differs, not only numbers (tolerance applies to numbers only: \(tolerance.summary))"
    }
    guard !changed.isEmpty else { return nil }
    let shown = changed.prefix(20).map { change in
      let relative =
        change.relativeDifference.isNaN
        ? "not comparable"
        : change.relativeDifference.isInfinite
          ? "recorded value is 0" : "relative difference \(NumericTolerance.format(change.relativeDifference))"
      return "  output line \(change.line): \(change.recorded) → \(change.actual) (\(relative))"
    }
    var text = "numbers beyond tolerance (\(tolerance.summary)):\n" + shown.joined(separator: "\n")
    if changed.count > 20 { text += "\n  … and \(changed.count - 20) more" }
    return text
  }
}
