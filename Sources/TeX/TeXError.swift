/// A problem in a formula, located at the token that caused it.
///
/// Offsets count UTF-8 bytes from the start of the formula source, so they can be
/// added to the formula's position in its Markdown file to report a build error
/// at the exact spot.
public struct TeXError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, e.g. `unknown command \fracc; did you mean \frac?`.
  public var message: String {
    get { suggestion.map { base + $0.hint } ?? base }
    set {
      base = newValue
      suggestion = nil
    }
  }
  /// The message without a "did you mean" hint.
  private var base: String
  /// An unknown command, to suggest the nearest known one when the message is read
  /// (not when the error is thrown: most thrown errors are never shown).
  var suggestion: CommandSuggestions.Unknown?
  /// The byte offset of the offending token in the formula source.
  public var utf8Offset: Int
  /// How many bytes to underline; at least 1.
  public var length: Int

  /// Creates an error at `utf8Offset` spanning `length` bytes (at least one).
  public init(message: String, utf8Offset: Int, length: Int = 1) {
    self.base = message
    self.utf8Offset = max(0, utf8Offset)
    self.length = max(1, length)
  }

  /// The message followed by the byte offset, e.g. `unknown command \fracc (at byte 3)`.
  public var description: String { "\(message) (at byte \(utf8Offset))" }

  /// The source line holding the error with a caret line under the offending
  /// token (`^~~~`), preceded by the message.
  ///
  /// Columns are measured in terminal cells, so the caret lines up under
  /// non-ASCII characters too.
  public func annotated(source: String) -> String {
    let bytes = Array(source.utf8)
    let start = min(utf8Offset, bytes.count)
    var lineStart = start
    while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
    var lineEnd = start
    while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
    let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
    let before = String(decoding: bytes[lineStart..<start], as: UTF8.self)
    let end = min(max(start + length, start), lineEnd)
    let marked = String(decoding: bytes[start..<end], as: UTF8.self)
    let column = displayWidth(before)
    let underline = max(1, displayWidth(marked))
    let caret =
      String(repeating: " ", count: column) + "^"
      + String(repeating: "~", count: underline - 1)
    return "\(message)\n\(line)\n\(caret)"
  }
}
