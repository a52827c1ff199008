import Foundation
import Markdown

/// A course: its settings and its lessons, ordered by part.
public struct Course: Sendable {
  public var root: URL
  public var config: CourseConfig
  public var lessons: [Lesson]
  /// The BibTeX file named by `bibliography:` in `mlbook.yml`, parsed.
  var bibliography: Bibliography?
  /// The bibliography file's bytes, hashed: what rendered pages depend on.
  var bibliographyFingerprint = ""

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
        Diagnostic(path: DisplayPath.of(lessonsDir), line: 1, message: lessonsFolderProblem(error, at: lessonsDir)))
    }
    // Lessons load on all cores; their problems are reported in file-name order.
    let files = names.sorted().filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
    let loaded = LockedSlots<Result<Lesson, DiagnosticError>>(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let url = lessonsDir.appendingPathComponent(files[index])
      loaded[index] = Result { () throws(DiagnosticError) in try Lesson.load(url: url, displayPath: DisplayPath.of(url))
      }
    }
    var lessons: [Lesson] = []
    var problems: [Diagnostic] = []
    for result in loaded.values {
      switch result! {
      case .success(let lesson): lessons.append(lesson)
      case .failure(let error): problems += error.diagnostics
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
    var course = Course(root: root, config: config, lessons: lessons)
    if let path = config.bibliography {
      (course.bibliography, course.bibliographyFingerprint) = try loadBibliography(path, root: root)
    }
    return course
  }

  /// Files besides the lessons, templates and `mlbook.yml` that the build reads because
  /// `mlbook.yml` names them (the bibliography); empty when `mlbook.yml` does not load.
  public static func configuredInputs(root: URL) -> [URL] {
    guard
      let config = try? CourseConfig.load(
        root: root, displayPath: DisplayPath.of(root.appendingPathComponent("mlbook.yml"))),
      let path = config.bibliography
    else { return [] }
    return [path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)]
  }

  /// Reads and parses the course's BibTeX file; its problems are errors at their line in it.
  static func loadBibliography(_ path: String, root: URL) throws(DiagnosticError) -> (Bibliography, String) {
    let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
    let displayPath = DisplayPath.of(url)
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw DiagnosticError(
        Diagnostic(
          path: DisplayPath.of(root.appendingPathComponent("mlbook.yml")), line: 1,
          message: "cannot read the bibliography `\(path)`: \(ErrorText.reason(error))"))
    }
    let text = try SourceText.decode(data, path: displayPath)
    do throws(BibTeXError) {
      var hash = ContentHash("mlbook-bibliography-v1")
      hash.add(data)
      return (try Bibliography.parse(text), hash.hex)
    } catch {
      throw DiagnosticError(
        Diagnostic(path: displayPath, line: error.line, column: error.column, message: error.message))
    }
  }

  /// Why `lessons/` cannot be listed, in words.
  private static func lessonsFolderProblem(_ error: any Error, at folder: URL) -> String {
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
      return
        "no lessons folder: a course keeps its lessons in `lessons/NN-slug.md` (run mlbook in the course folder, or pass --root DIR)"
    }
    if !isDirectory.boolValue { return "`lessons` is a file; a course keeps its lessons in a `lessons/` folder" }
    return "cannot list the lessons folder: \(ErrorText.reason(error))"
  }

  /// The course folder for a command run in `directory`: the nearest folder,
  /// `directory` itself or one above it, that holds `mlbook.yml` or `lessons/`
  /// (as git finds `.git`). `nil` when there is none.
  public static func findRoot(from directory: URL) -> URL? {
    let fm = FileManager.default
    var current = directory.standardizedFileURL
    while true {
      var isDirectory: ObjCBool = false
      if fm.fileExists(atPath: current.appendingPathComponent("mlbook.yml").path)
        || (fm.fileExists(atPath: current.appendingPathComponent("lessons").path, isDirectory: &isDirectory)
          && isDirectory.boolValue)
      {
        return current
      }
      let parent = current.deletingLastPathComponent().standardizedFileURL
      if parent.path == current.path { return nil }
      current = parent
    }
  }

  private static func partLine(_ lesson: Lesson) -> Int {
    let lines = lesson.source.linesSplitAtNewlineCharacters()
    return (lines.firstIndex { $0.hasPrefix("part:") } ?? 0) + 1
  }
}

/// Paths as the user should see them: relative to the working directory when
/// inside it or a few folders above it (`../mlbook.yml` when run in `lessons/`),
/// absolute otherwise.
extension Course {
  /// `lessons/NN-slug.md`: the lesson's path from the course folder, the same wherever mlbook runs.
  public func relativePath(_ lesson: Lesson) -> String {
    let rootPath = root.standardizedFileURL.path
    let path = lesson.url.standardizedFileURL.path
    return path.hasPrefix(rootPath + "/") ? String(path.dropFirst(rootPath.count + 1)) : path
  }
}

public enum DisplayPath {
  /// How many `..` a relative path may start with before an absolute path reads better.
  static let maximumParentSteps = 3

  public static func of(_ url: URL) -> String {
    let path = url.standardizedFileURL.path
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
    return relative(path, to: cwd)
  }

  static func relative(_ path: String, to cwd: String) -> String {
    if path == cwd { return "." }
    if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
    let target = path.split(separator: "/")
    let base = cwd.split(separator: "/")
    var common = 0
    while common < min(target.count, base.count) && target[common] == base[common] { common += 1 }
    let steps = base.count - common
    // Sharing only `/` (or `/tmp`) with the working directory: the absolute path says more.
    guard common >= 2, steps <= maximumParentSteps else { return path }
    return (Array(repeating: "..", count: steps) + target[common...].map(String.init)).joined(separator: "/")
  }
}
