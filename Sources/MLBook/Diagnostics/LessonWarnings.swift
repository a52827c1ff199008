import Markdown

/// Things in a lesson that build but are probably not what the author meant.
enum LessonWarnings {
  /// Every warning for `lesson` that needs only its text, in source order.
  static func of(_ lesson: Lesson) -> [Diagnostic] {
    (levelOneHeadings(lesson) + undefinedFootnotes(lesson) + uncolouredCode(lesson)).sorted {
      ($0.line, $0.column) < ($1.line, $1.column)
    }
  }

  /// Calls `body` with every block of `blocks`, also those inside quotes, lists and footnotes.
  private static func forEachBlock(in blocks: [Block], _ body: (Block) -> Void) {
    for block in blocks {
      body(block)
      switch block {
      case .blockQuote(let inner, _), .footnoteDefinition(_, _, let inner, _): forEachBlock(in: inner, body)
      case .list(let list): for item in list.items { forEachBlock(in: item.blocks, body) }
      default: break
      }
    }
  }

  /// `[^label]` that cmark left as text: no `[^label]:` defines it, so the reader sees the brackets.
  static func undefinedFootnotes(_ lesson: Lesson) -> [Diagnostic] {
    let lines = lesson.source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
      Substring($0)
    }
    var found: [Diagnostic] = []
    /// Where `needle` is first written at or after the block's line.
    func locate(_ needle: String, from line: Int) -> (line: Int, column: Int) {
      for number in max(line, 1)...max(line, lines.count) where number <= lines.count {
        if let range = lines[number - 1].range(of: needle) {
          return (number, lines[number - 1].utf8.distance(from: lines[number - 1].startIndex, to: range.lowerBound) + 1)
        }
      }
      return (line, 1)
    }
    func scan(_ inlines: [Inline], at position: SourcePosition) {
      for inline in inlines {
        switch inline {
        case .text(let text):
          // Most text has no `[^`: skip the (slow) regex there.
          guard text.contains("[^") else { continue }
          for match in text.matches(of: #/\[\^([^\]\s]+)\](?!:)/#) {
            let label = String(match.1)
            let (line, column) = locate("[^\(label)]", from: position.line)
            found.append(
              Diagnostic(
                path: lesson.displayPath, line: line, column: column, severity: .warning,
                message:
                  "footnote `[^\(label)]` is never defined, so it shows as text; add `[^\(label)]: …` (after a blank line)"
              ))
          }
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c, _):
          scan(c, at: position)
        default: break
        }
      }
    }
    forEachBlock(in: lesson.document.blocks) { block in
      switch block {
      case .paragraph(let inlines, let position), .heading(_, let inlines, let position): scan(inlines, at: position)
      case .table(let table):
        for row in [table.header] + table.rows { for cell in row { scan(cell, at: table.position) } }
      default: break
      }
    }
    return found
  }

  /// Swift code nested too deeply for the highlighter (``SwiftHighlighter/maximumNesting``):
  /// the page shows it without colours.
  static func uncolouredCode(_ lesson: Lesson) -> [Diagnostic] {
    var found: [Diagnostic] = []
    forEachBlock(in: lesson.document.blocks) { block in
      guard case .codeBlock(let code) = block, code.language == "swift" || code.language == "swift-run" else { return }
      let (depth, offset) = SwiftNesting.deepest(in: code.literal)
      guard depth > SwiftHighlighter.maximumNesting else { return }
      let before = code.literal.utf8.prefix(offset)
      let line = code.firstCodeLine + before.count(where: { $0 == UInt8(ascii: "\n") })
      let lineStart =
        before.lastIndex(of: UInt8(ascii: "\n")).map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0
      found.append(
        Diagnostic(
          path: lesson.displayPath, line: line, column: code.position.column + offset - lineStart,
          severity: .warning,
          message:
            "this code nests brackets \(depth) deep (more than \(SwiftHighlighter.maximumNesting)), so the page shows it without syntax colours; name an inner part with `let`"
        ))
    }
    return found
  }

  /// `# Heading` (or a `===` setext heading) in the body: the page's `<h1>` is
  /// the front-matter title, so a second one breaks the outline; sections start at `##`.
  static func levelOneHeadings(_ lesson: Lesson) -> [Diagnostic] {
    var found: [Diagnostic] = []
    forEachBlock(in: lesson.document.blocks) { block in
      if case .heading(1, _, let position) = block {
        found.append(
          Diagnostic(
            path: lesson.displayPath, line: position.line, column: position.column, severity: .warning,
            message: "a level-1 heading: the page title comes from the front matter; start sections at `##`"))
      }
    }
    return found
  }
}
