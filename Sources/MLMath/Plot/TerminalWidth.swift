/// How many terminal cells text occupies: 2 for East Asian wide and fullwidth
/// characters and most emoji, 0 for combining marks and zero-width characters, 1 otherwise.
enum TerminalWidth {
  /// The number of cells `text` occupies.
  static func columns(of text: some StringProtocol) -> Int {
    text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
  }

  /// The number of cells one scalar occupies.
  static func columns(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format:
      return 0
    default:
      break
    }
    if value == 0x200B || (0xFE00...0xFE0F).contains(value) { return 0 }
    let wideRanges: [ClosedRange<UInt32>] = [
      0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
  }

  /// `text` cut to at most `limit` cells, ending with "…" when something was cut.
  static func truncate(_ text: String, to limit: Int) -> String {
    guard columns(of: text) > limit else { return text }
    guard limit > 0 else { return "" }
    var result = ""
    var used = 0
    for character in text {
      let width = columns(of: String(character))
      if used + width > limit - 1 { break }
      result.append(character)
      used += width
    }
    while result.last?.isWhitespace == true { result.removeLast() }
    return result + "…"
  }

  /// `text` padded with spaces on the left to centre it in `width` cells.
  static func centre(_ text: String, in width: Int) -> String {
    let truncated = truncate(text, to: width)
    let padding = max(0, (width - columns(of: truncated)) / 2)
    return String(repeating: " ", count: padding) + truncated
  }
}
