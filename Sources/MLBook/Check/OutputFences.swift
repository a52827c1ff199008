import Markdown

/// Writes recorded outputs into a lesson's source, touching nothing but `output` fences.
enum OutputFences {
  /// Output as it is recorded: the fence holds whole lines, so a missing final newline is not a difference.
  static func normalized(_ text: String) -> String {
    text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }

  /// The source with each given block's `output` fence replaced (or inserted right after the block).
  ///
  /// - Parameter updates: Pairs of a block and the output it should record; an
  ///   empty output removes nothing but leaves an empty fence if one existed.
  static func rewrite(_ source: String, updates: [(block: ExecutableBlock, output: String)]) -> String {
    let newline = source.contains("\r\n") ? "\r\n" : "\n"
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
    }
    // Bottom-up, so earlier line numbers stay valid.
    for (block, output) in updates.sorted(by: { $0.block.line > $1.block.line }) {
      if let recorded = block.recorded {
        let prefix = containerPrefix(lines[recorded.position.line - 1], column: recorded.position.column)
        let fence = self.fence(output, prefix: prefix)
        let end = closingLine(of: recorded, in: lines)
        lines.replaceSubrange((recorded.position.line - 1)...end, with: fence)
      } else {
        let endIndex = closingLine(of: block.code, in: lines)
        let closing = lines[endIndex]
        let column =
          closing.utf8.firstIndex(where: { $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "~") })
          .map { closing.utf8.distance(from: closing.utf8.startIndex, to: $0) + 1 } ?? block.code.position.column
        let prefix = containerPrefix(closing, column: column)
        let blank = String(prefix.reversed().drop(while: { $0 == " " }).reversed())
        lines.insert(contentsOf: [blank] + fence(output, prefix: prefix), at: endIndex + 1)
      }
    }
    return lines.joined(separator: newline)
  }

  /// The index in `lines` of a fenced block's closing fence (cmark's end line can
  /// run past it at the end of a document), or of its last line if it is never closed.
  private static func closingLine(of code: CodeBlock, in lines: [String]) -> Int {
    let last = min(code.endLine, lines.count)
    for number in stride(from: last, to: code.position.line, by: -1) {
      let text = lines[number - 1].drop(while: { $0 == " " || $0 == ">" || $0 == "\t" })
      if text.hasPrefix("```") || text.hasPrefix("~~~") { return number - 1 }
    }
    return last - 1
  }

  /// What stands before a fence on its line (`> `, list indentation).
  private static func containerPrefix(_ line: String, column: Int) -> String {
    let bytes = Array(line.utf8.prefix(max(column - 1, 0)))
    return String(
      decoding: bytes.map { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: " ") ? $0 : UInt8(ascii: " ") }, as: UTF8.self
    )
  }

  /// An `output` fence holding `text`, each line behind `prefix`; the fence is longer
  /// than any backtick run that starts a line of the output.
  static func fence(_ text: String, prefix: String) -> [String] {
    var content = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if content.last == "" { content.removeLast() }
    let longestRun =
      content.map { line in line.drop(while: { $0 == " " }).prefix(while: { $0 == "`" }).count }.max() ?? 0
    let ticks = String(repeating: "`", count: max(3, longestRun + 1))
    func prefixed(_ line: String) -> String {
      line.isEmpty ? String(prefix.reversed().drop(while: { $0 == " " }).reversed()) : prefix + line
    }
    return [prefix + ticks + "output"] + content.map(prefixed) + [prefix + ticks]
  }
}
