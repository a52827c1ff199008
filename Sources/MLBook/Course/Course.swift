import Foundation

/// A course: its settings and its lessons, ordered by part.
public struct Course: Sendable {
  public var root: URL
  public var config: CourseConfig
  public var lessons: [Lesson]

  public init(root: URL, config: CourseConfig, lessons: [Lesson]) {
    self.root = root
    self.config = config
    self.lessons = lessons
  }

  /// Loads `mlbook.yml` (optional) and every `lessons/*.md` under `root`.
  ///
  /// Every lesson is read even when an earlier one fails, so one run reports
  /// all the problems.
  public static func load(root: URL) throws(DiagnosticError) -> Course {
    let config = try CourseConfig.load(
      root: root, displayPath: DisplayPath.of(root.appendingPathComponent("mlbook.yml")))
    let lessonsDir = root.appendingPathComponent("lessons")
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: lessonsDir.path)
    } catch {
      throw DiagnosticError(
        Diagnostic(
          path: DisplayPath.of(lessonsDir), line: 1, message: "no lessons folder: \(error.localizedDescription)"))
    }
    var lessons: [Lesson] = []
    var problems: [Diagnostic] = []
    for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
      let url = lessonsDir.appendingPathComponent(name)
      do {
        lessons.append(try Lesson.load(url: url, displayPath: DisplayPath.of(url)))
      } catch {
        problems += error.diagnostics
      }
    }
    if lessons.isEmpty && problems.isEmpty {
      throw DiagnosticError(Diagnostic(path: DisplayPath.of(lessonsDir), line: 1, message: "no lessons (*.md) found"))
    }
    lessons.sort { ($0.frontMatter.part, $0.slug) < ($1.frontMatter.part, $1.slug) }
    var seen: [Int: Lesson] = [:]
    for lesson in lessons {
      if let other = seen[lesson.frontMatter.part] {
        problems.append(
          Diagnostic(
            path: lesson.displayPath, line: partLine(lesson), column: 1,
            message: "part \(lesson.frontMatter.part) is also the part of \(other.displayPath)"))
      }
      seen[lesson.frontMatter.part] = lesson
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return Course(root: root, config: config, lessons: lessons)
  }

  private static func partLine(_ lesson: Lesson) -> Int {
    let lines = lesson.source.split(separator: "\n", omittingEmptySubsequences: false)
    return (lines.firstIndex { $0.hasPrefix("part:") } ?? 0) + 1
  }
}

/// Paths as the user should see them: relative to the working directory when inside it.
public enum DisplayPath {
  public static func of(_ url: URL) -> String {
    let path = url.standardizedFileURL.path
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
    if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
    return path
  }
}
