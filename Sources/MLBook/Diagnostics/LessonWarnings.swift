import Markdown

/// Things in a lesson that build but are probably not what the author meant.
enum LessonWarnings {
  /// Every warning for `lesson` that needs only its text, in source order.
  static func of(_ lesson: Lesson) -> [Diagnostic] {
    levelOneHeadings(lesson)
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
