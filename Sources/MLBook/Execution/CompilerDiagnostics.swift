import Foundation

/// Reads `swiftc`'s diagnostics and points them into the lesson.
///
/// `#sourceLocation` already makes the compiler name the Markdown file and
/// line; columns are shifted by the block's indentation in the file (a block
/// inside `> ` starts two columns in).
enum CompilerDiagnostics {
  static func parse(_ log: String, lesson: Lesson, blocks: [ExecutableBlock]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for line in log.split(separator: "\n") {
      guard let diagnostic = parseLine(line, lesson: lesson, blocks: blocks) else { continue }
      if diagnostic.severity == .note, diagnostic.path != lesson.displayPath { continue }
      diagnostics.append(diagnostic)
    }
    if !diagnostics.contains(where: { $0.severity == .error }) {
      let text = log.trimmingCharacters(in: .whitespacesAndNewlines)
      diagnostics.append(
        Diagnostic(
          path: lesson.displayPath, line: blocks.first?.line ?? 1,
          message: "the lesson's code did not compile", detail: text.isEmpty ? nil : text))
    }
    return diagnostics
  }

  /// The warnings of a successful compile that point into the lesson, once each,
  /// in line order (the generated wrapper's own warnings are not the author's).
  static func warnings(_ log: String, lesson: Lesson, blocks: [ExecutableBlock]) -> [LessonRun.Warning] {
    var seen = Set<String>()
    var warnings: [LessonRun.Warning] = []
    for line in log.split(separator: "\n") {
      guard line.hasPrefix(lesson.displayPath + ":"), line.contains(": warning: "),
        let diagnostic = parseLine(line, lesson: lesson, blocks: blocks), diagnostic.severity == .warning,
        let index = blocks.lastIndex(where: { $0.code.firstCodeLine <= diagnostic.line })
      else { continue }
      let code = blocks[index].code
      let warning = LessonRun.Warning(
        block: index, lineOffset: diagnostic.line - code.firstCodeLine,
        column: diagnostic.column - (code.position.column - 1), message: diagnostic.message)
      if seen.insert("\(diagnostic.line):\(diagnostic.column):\(diagnostic.message)").inserted {
        warnings.append(warning)
      }
    }
    return warnings.sorted { ($0.block, $0.lineOffset, $0.column) < ($1.block, $1.lineOffset, $1.column) }
  }

  /// `path:line:col: severity: message`.
  private static func parseLine(_ line: Substring, lesson: Lesson, blocks: [ExecutableBlock]) -> Diagnostic? {
    let severities: [(String, Diagnostic.Severity)] = [
      (": error: ", .error), (": warning: ", .warning), (": note: ", .note),
    ]
    for (marker, severity) in severities {
      guard let range = line.range(of: marker) else { continue }
      let location = line[..<range.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
      let message = String(line[range.upperBound...])
      guard location.count >= 3, let lineNumber = Int(location[location.count - 2]),
        let column = Int(location[location.count - 1])
      else {
        return severity == .error
          ? Diagnostic(path: lesson.displayPath, line: blocks.first?.line ?? 1, message: message) : nil
      }
      let path = location.dropLast(2).joined(separator: ":")
      guard path == lesson.displayPath else {
        // Inside the generated wrapper (an unbalanced brace in a block, say): blame the first block.
        return Diagnostic(
          path: lesson.displayPath, line: blocks.first?.line ?? 1, severity: severity, message: message)
      }
      let block = blocks.last { $0.code.firstCodeLine <= lineNumber }
      let shift = (block?.code.position.column ?? 1) - 1
      return Diagnostic(
        path: lesson.displayPath, line: lineNumber, column: column + shift, severity: severity, message: message)
    }
    return nil
  }
}
