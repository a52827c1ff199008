import Markdown

/// Writes recorded outputs into a lesson's source, touching nothing but `output` fences.
enum OutputFences {
  /// Output as it is recorded: the fence holds whole lines, so a missing final newline is not a difference.
  static func normalized(_ text: String) -> String {
    text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }

  /// The file with each given block's `output` fence replaced (or inserted right after the block).
  ///
  /// `original` is the file exactly as read; the blocks' line numbers are those
  /// of its normalized form (``FileLines``), which has the same lines. Every line
  /// outside the fences keeps its bytes and its own line ending; new lines take
  /// the ending of the block's opening fence line. The output must be terminal
  /// text (``TerminalText``): no carriage returns or other control characters.
  ///
  /// - Parameter updates: Pairs of a block and the output it should record; an
  ///   empty output leaves an empty fence if one existed.
  static func rewrite(_ original: String, updates: [(block: ExecutableBlock, output: String)]) -> String {
    var file = FileLines(original)
    let fallback = file.dominantEnding
    // Bottom-up, so earlier line numbers stay valid.
    for (block, output) in updates.sorted(by: { $0.block.line > $1.block.line }) {
      let openingIndex = block.code.position.line - 1
      guard openingIndex >= 0, openingIndex < file.lines.count else { continue }
      let ending = file.endings[openingIndex].isEmpty ? fallback : file.endings[openingIndex]
      if let recorded = block.recorded, recorded.position.line - 1 < file.lines.count {
        let start = recorded.position.line - 1
        let prefix = containerPrefix(file.lines[start], column: recorded.position.column)
        let end = closingLine(of: recorded, in: file.lines)
        file.replace(start...max(start, end), with: fence(output, prefix: prefix), ending: ending)
      } else {
        let endIndex = closingLine(of: block.code, in: file.lines)
        let closing = file.lines[endIndex]
        let column =
          closing.utf8.firstIndex(where: { $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "~") })
          .map { closing.utf8.distance(from: closing.utf8.startIndex, to: $0) + 1 } ?? block.code.position.column
        let prefix = containerPrefix(closing, column: column)
        file.insert([trimmedTrailingSpaces(prefix)] + fence(output, prefix: prefix), after: endIndex, ending: ending)
      }
    }
    return file.text
  }

  /// The index in `lines` of a fenced block's closing fence (cmark's end line can
  /// run past it at the end of a document), or of its last line if it is never closed.
  private static func closingLine(of code: CodeBlock, in lines: [String]) -> Int {
    let last = min(code.endLine, lines.count)
    for number in stride(from: last, to: code.position.line, by: -1) {
      let text = lines[number - 1].drop(while: { $0 == " " || $0 == ">" || $0 == "\t" })
      if text.hasPrefix("```") || text.hasPrefix("~~~") { return number - 1 }
    }
    return max(0, last - 1)
  }

  /// What stands before a fence on its line (`> `, list indentation).
  private static func containerPrefix(_ line: String, column: Int) -> String {
    let bytes = Array(line.utf8.prefix(max(column - 1, 0)))
    return String(
      decoding: bytes.map { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: " ") ? $0 : UInt8(ascii: " ") }, as: UTF8.self
    )
  }

  private static func trimmedTrailingSpaces(_ text: String) -> String {
    String(text.reversed().drop(while: { $0 == " " }).reversed())
  }

  /// An `output` fence holding `text`, each line behind `prefix`; the fence is longer
  /// than any backtick run that starts a line of the output.
  static func fence(_ text: String, prefix: String) -> [String] {
    var content = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if content.last == "" { content.removeLast() }
    let longestRun =
      content.map { line in line.drop(while: { $0 == " " || $0 == "\t" }).prefix(while: { $0 == "`" }).count }.max()
      ?? 0
    let ticks = String(repeating: "`", count: max(3, longestRun + 1))
    func prefixed(_ line: String) -> String {
      line.isEmpty ? trimmedTrailingSpaces(prefix) : prefix + line
    }
    return [prefix + ticks + "output"] + content.map(prefixed) + [prefix + ticks]
  }
}
