/// A text file split into lines the way cmark splits them — at `\r\n`, `\n` and
/// a lone `\r` — keeping each line's own ending, so a file can be edited line by
/// line and written back with every untouched byte as it was.
///
/// Lessons are parsed in their *normalized* form (no byte-order mark, every line
/// ending `\n`), which has the same line numbers as the file.
struct FileLines: Equatable {
  /// The file started with a UTF-8 byte-order mark (kept when written back).
  var byteOrderMark: Bool
  /// Each line's text, without its ending.
  var lines: [String]
  /// Each line's ending: `"\r\n"`, `"\n"`, `"\r"`, or `""` for a last line with none.
  var endings: [String]

  init(_ text: String) {
    var bytes = Array(text.utf8)[...]
    byteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    if byteOrderMark { bytes = bytes.dropFirst(3) }
    lines = []
    endings = []
    var start = bytes.startIndex
    var i = start
    while i < bytes.endIndex {
      let byte = bytes[i]
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        lines.append(String(decoding: bytes[start..<i], as: UTF8.self))
        if byte == UInt8(ascii: "\r") && i + 1 < bytes.endIndex && bytes[i + 1] == UInt8(ascii: "\n") {
          endings.append("\r\n")
          i += 2
        } else {
          endings.append(byte == UInt8(ascii: "\n") ? "\n" : "\r")
          i += 1
        }
        start = i
      } else {
        i += 1
      }
    }
    lines.append(String(decoding: bytes[start..<bytes.endIndex], as: UTF8.self))
    endings.append("")
  }

  /// The text with no byte-order mark and every line ending `\n` (what lessons are parsed from).
  static func normalize(_ text: String) -> String {
    let utf8 = text.utf8
    if !utf8.contains(UInt8(ascii: "\r")) && !utf8.starts(with: [0xEF, 0xBB, 0xBF]) { return text }
    let split = FileLines(text)
    return zip(split.lines, split.endings).map { $0 + ($1.isEmpty ? "" : "\n") }.joined()
  }

  /// The file's most common line ending (`\n` when it has none, or on a tie).
  var dominantEnding: String {
    var counts: [String: Int] = [:]
    for ending in endings where !ending.isEmpty { counts[ending, default: 0] += 1 }
    let lf = counts["\n"] ?? 0
    guard let (ending, count) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), count > lf else {
      return "\n"
    }
    return ending
  }

  /// The file's text again: byte-identical to what was split when nothing was changed.
  var text: String {
    (byteOrderMark ? "\u{FEFF}" : "") + zip(lines, endings).map { $0 + $1 }.joined()
  }

  /// Replaces lines `range` (0-based indices) with `replacement`. The new lines end
  /// with `ending`, except the last, which keeps the ending of the last replaced
  /// line (so a file without a final newline keeps having none).
  mutating func replace(_ range: ClosedRange<Int>, with replacement: [String], ending: String) {
    precondition(!replacement.isEmpty, "a replacement needs at least one line")
    let last = endings[range.upperBound]
    lines.replaceSubrange(range, with: replacement)
    endings.replaceSubrange(
      range, with: Array(repeating: ending, count: replacement.count - 1) + [last.isEmpty ? "" : last])
  }

  /// Inserts `new` lines after line `index` (0-based), each ending with `ending`;
  /// when `index` is the last line and has no ending, it gets one and the last
  /// inserted line takes its place as the one without.
  mutating func insert(_ new: [String], after index: Int, ending: String) {
    guard !new.isEmpty else { return }
    var newEndings = Array(repeating: ending, count: new.count)
    if endings[index].isEmpty {
      endings[index] = ending
      newEndings[newEndings.count - 1] = ""
    }
    lines.insert(contentsOf: new, at: index + 1)
    endings.insert(contentsOf: newEndings, at: index + 1)
  }
}
