import Markdown

/// Things in a lesson that build but are probably not what the author meant.
enum LessonWarnings {
  /// Every warning for `lesson` that needs only its text, in source order.
  static func of(_ lesson: Lesson) -> [Diagnostic] {
    (levelOneHeadings(lesson) + undefinedFootnotes(lesson)).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
  }

  /// `[^label]` that cmark left as text: no `[^label]:` defines it, so the reader sees the brackets.
  static func undefinedFootnotes(_ lesson: Lesson) -> [Diagnostic] {
    var found: [Diagnostic] = []
    func scan(_ inlines: [Inline], at position: SourcePosition) {
      for inline in inlines {
        switch inline {
        case .text(let text):
          for match in text.matches(of: #/\[\^([^\]\s]+)\](?!:)/#) {
            let label = String(match.1)
            let line = lesson.source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
              .dropFirst(position.line - 1).first { $0.element.contains("[^\(label)]") }
            found.append(
              Diagnostic(
                path: lesson.displayPath, line: (line?.offset ?? position.line - 1) + 1,
                column: line.map {
                  $0.element.utf8.distance(
                    from: $0.element.startIndex, to: $0.element.range(of: "[^\(label)]")!.lowerBound) + 1
                } ?? 1,
                severity: .warning,
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
    func visit(_ blocks: [Block]) {
      for block in blocks {
        switch block {
        case .paragraph(let inlines, let position), .heading(_, let inlines, let position): scan(inlines, at: position)
        case .table(let table):
          for row in [table.header] + table.rows { for cell in row { scan(cell, at: table.position) } }
        case .blockQuote(let inner, _), .footnoteDefinition(_, _, let inner, _): visit(inner)
        case .list(let list): for item in list.items { visit(item.blocks) }
        default: break
        }
      }
    }
    visit(lesson.document.blocks)
    return found
  }

  /// `# Heading` (or a `===` setext heading) in the body: the page's `<h1>` is
  /// the front-matter title, so a second one breaks the outline; sections start at `##`.
  static func levelOneHeadings(_ lesson: Lesson) -> [Diagnostic] {
    var found: [Diagnostic] = []
    func visit(_ blocks: [Block]) {
      for block in blocks {
        switch block {
        case .heading(let level, _, let position) where level == 1:
          found.append(
            Diagnostic(
              path: lesson.displayPath, line: position.line, column: position.column, severity: .warning,
              message: "a level-1 heading: the page title comes from the front matter; start sections at `##`"))
        case .blockQuote(let inner, _):
          visit(inner)
        case .footnoteDefinition(_, _, let inner, _):
          visit(inner)
        case .list(let list):
          for item in list.items { visit(item.blocks) }
        default:
          break
        }
      }
    }
    visit(lesson.document.blocks)
    return found
  }
}
