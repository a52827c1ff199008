import Foundation
import Markdown

/// Every label in the course, numbered per chapter, so that `@thm-bayes` written
/// in Part 9 reads "Theorem 4.2" and links to Part 4's page.
///
/// Built from the parsed lessons alone (nothing runs), before any page is rendered.
struct CrossReferences {
  struct Target: Sendable, Equatable {
    var kind: NumberedKind
    var number: String
    /// The page the thing is on (`04-probability.html`) and its id there.
    var page: String
    var anchor: String
    var path: String
    var position: SourcePosition
  }

  /// Numbered things by lesson slug.
  private(set) var numberings: [String: LessonNumbering] = [:]
  private(set) var targets: [String: Target] = [:]
  /// Duplicate labels, labels of the wrong kind, malformed cell options.
  private(set) var problems: [Diagnostic] = []

  init(lessons: [Lesson], theorems: TheoremNumbering, math: MathRendering) {
    for lesson in lessons {
      let numbering = LessonNumbering(lesson: lesson, theorems: theorems, math: math)
      numberings[lesson.slug] = numbering
      problems += numbering.problems
      for item in numbering.items {
        guard let label = item.label else { continue }
        if let first = targets[label] {
          let place =
            first.path == lesson.displayPath ? "line \(first.position.line)" : "\(first.path):\(first.position.line)"
          problems.append(
            Diagnostic(
              path: lesson.displayPath, line: item.position.line, column: item.position.column,
              message: "the label `\(label)` is already used (\(place)); labels must be unique across the course"))
          continue
        }
        targets[label] = Target(
          kind: item.kind, number: item.number, page: lesson.pageName, anchor: item.anchor, path: lesson.displayPath,
          position: item.position)
      }
    }
  }

  /// What rendered pages depend on: every label's number and place (for the render cache's key).
  var fingerprint: String {
    var hash = ContentHash("mlbook-crossrefs-v1")
    for (label, target) in targets.sorted(by: { $0.key < $1.key }) {
      hash.add(label)
      hash.add("\(target.kind.rawValue) \(target.number) \(target.page)#\(target.anchor)")
    }
    return hash.hex
  }
}
