import Foundation
import Markdown

/// Checks every internal link and anchor of the site at build time.
///
/// `[see Part 4](04-probability.md#bayes)` must name a lesson of the course and a
/// heading (or other anchor) on its page; `#anchor` must exist on the same page;
/// other relative paths (images, data files) must exist next to the lessons.
struct LinkChecker {
  /// Anchor ids of each page, by page name.
  var anchors: [String: Set<String>] = [:]
  /// Lesson file name → page name.
  var pages: [String: String]
  var lessonsDirectory: URL

  static func ids(inHTML html: String) -> Set<String> { HTMLText.ids(in: html) }

  /// Local files the links point at (relative to the lessons folder), to copy into the site.
  func check(_ links: [(destination: String, position: SourcePosition)], on page: String, lesson: Lesson)
    -> (problems: [Diagnostic], files: Set<String>)
  {
    var problems: [Diagnostic] = []
    var files = Set<String>()
    for (destination, position) in links {
      func fail(_ message: String) {
        problems.append(
          Diagnostic(path: lesson.displayPath, line: position.line, column: position.column, message: message))
      }
      if destination.isEmpty || destination.contains(":") || destination.hasPrefix("//") { continue }
      let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      let path = String(parts[0]).removingPercentEncoding ?? String(parts[0])
      let anchor = parts.count > 1 ? String(parts[1]) : nil
      if path.isEmpty {
        if let anchor, !(anchors[page]?.contains(anchor) ?? false) {
          fail("broken link: there is no `#\(anchor)` on this page\(suggestion(anchor, in: anchors[page]))")
        }
        continue
      }
      if path.hasSuffix(".md") {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let target = pages[name] else {
          let nearest = NearestMatch.nearest(to: name, in: Array(pages.keys)).map { "; did you mean `\($0)`?" } ?? ""
          fail("broken link: `\(path)` is not a lesson of this course\(nearest)")
          continue
        }
        if let anchor, !(anchors[target]?.contains(anchor) ?? false) {
          fail("broken link: \(name) has no `#\(anchor)`\(suggestion(anchor, in: anchors[target]))")
        }
        continue
      }
      if path.hasPrefix("/") || path.split(separator: "/").contains("..") {
        fail("link `\(path)` leaves the course; use a path inside lessons/ or a full URL")
        continue
      }
      if FileManager.default.fileExists(atPath: lessonsDirectory.appendingPathComponent(path).path) {
        files.insert(path)
      } else {
        fail("broken link: lessons/\(path) does not exist")
      }
    }
    return (problems, files)
  }

  private func suggestion(_ anchor: String, in ids: Set<String>?) -> String {
    guard let ids, let nearest = NearestMatch.nearest(to: anchor, in: ids.sorted()) else { return "" }
    return "; did you mean `#\(nearest)`?"
  }
}
