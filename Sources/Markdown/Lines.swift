extension StringProtocol {
  /// The text between `"\n"` characters: what `split(separator: "\n", omittingEmptySubsequences:
  /// false)` returns, found in the UTF-8 bytes rather than by grapheme clusters (several times
  /// faster on a lesson). As in that call, `"\r\n"` is one character and does not end a line,
  /// while every other `"\n"` byte is a character of its own and does.
  package func linesSplitAtNewlineCharacters() -> [SubSequence] {
    linesSplitAtNewlineCharacters(until: { _, _ in false }).lines
  }

  /// The lines of ``linesSplitAtNewlineCharacters()`` up to and including the first for which
  /// `isLast(index, line)` holds, and `rest`, the text after that line's `"\n"`, read no further:
  /// the lines are `lines + rest.linesSplitAtNewlineCharacters()`. When no line holds, or the
  /// one that does ends the text, `lines` are all the lines and `rest` is `nil`.
  package func linesSplitAtNewlineCharacters(
    until isLast: (_ index: Int, _ line: SubSequence) -> Bool
  ) -> (lines: [SubSequence], rest: SubSequence?) {
    var lines: [SubSequence] = []
    var start = startIndex
    var previous: UInt8 = 0
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let byte = utf8[index]
      let next = utf8.index(after: index)
      if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") {
        lines.append(self[start..<index])
        start = next
        if isLast(lines.count - 1, lines[lines.count - 1]) { return (lines, self[start..<endIndex]) }
      }
      previous = byte
      index = next
    }
    lines.append(self[start..<endIndex])
    return (lines, nil)
  }
}
