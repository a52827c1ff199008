import Foundation

/// `mlbook init` and `mlbook new`: a course that builds at once, and the next lesson of one.
public enum Scaffold {
  /// A problem that stops scaffolding (the folder is not empty, the lesson exists …).
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// The files of a new course, from mlbook's resources: relative path in the course → resource path.
  static let courseFiles: [(path: String, resource: String)] = [
    ("mlbook.yml", "mlbook.yml"),
    ("lessons/01-welcome.md", "lessons/01-welcome.md"),
    (".gitignore", "gitignore"),
    (".github/workflows/lessons.yml", "github/workflows/lessons.yml"),
  ]

  static let resources: URL? = Bundle.module.url(
    forResource: "scaffold", withExtension: nil, subdirectory: "Resources")

  /// Creates a course in `folder` (made if missing; it must be empty): settings titled
  /// `title` (default: the folder's name), a first lesson with a block, math, a figure and
  /// an exercise with its answer (outputs recorded), a `.gitignore` and a CI workflow.
  /// Returns the paths written, relative to `folder`.
  @discardableResult
  public static func initCourse(at folder: URL, title: String? = nil) throws -> [String] {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    if fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw Failure(description: "\(DisplayPath.of(folder)) is a file; `mlbook init` makes a course in a new folder")
      }
      let contents = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
      guard contents.isEmpty else {
        throw Failure(
          description:
            "\(DisplayPath.of(folder)) is not empty; `mlbook init` makes a course in a new or empty folder and never overwrites files"
        )
      }
    }
    guard let resources else { throw Failure(description: "mlbook's course template is missing from its installation") }
    let name = title ?? folder.standardizedFileURL.lastPathComponent
    var written: [String] = []
    for file in courseFiles {
      var text = try String(contentsOf: resources.appendingPathComponent(file.resource), encoding: .utf8)
      text = text.replacingOccurrences(of: "{{title}}", with: yamlString(name))
      let target = folder.appendingPathComponent(file.path)
      try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: target, options: .atomic)
      written.append(file.path)
    }
    return written
  }

  /// Adds the next numbered lesson to the course at `root`: `lessons/NN-slug.md` with front
  /// matter (title, subtitle, part NN, summary) and a first section. Returns its path.
  @discardableResult
  public static func newLesson(root: URL, title: String) throws -> URL {
    let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else {
      throw Failure(description: "the lesson needs a title, like `mlbook new \"Vectors\"`")
    }
    let lessons = root.appendingPathComponent("lessons", isDirectory: true)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: lessons.path)) ?? []
    guard FileManager.default.fileExists(atPath: lessons.path) else {
      throw Failure(
        description: "\(DisplayPath.of(lessons)) does not exist; run `mlbook init DIR` to make a course first")
    }
    let numbers = names.filter { $0.hasSuffix(".md") }.compactMap { name in
      Int(name.prefix(while: \.isASCIIDigit))
    }
    let next = (numbers.max() ?? 0) + 1
    let width = max(2, names.map { $0.prefix(while: \.isASCIIDigit).count }.max() ?? 2)
    let number = String(repeating: "0", count: max(0, width - String(next).count)) + String(next)
    let file = lessons.appendingPathComponent("\(number)-\(slug(trimmed)).md")
    guard !FileManager.default.fileExists(atPath: file.path) else {
      throw Failure(description: "\(DisplayPath.of(file)) already exists")
    }
    let text = """
      ---
      title: \(yamlString(trimmed))
      subtitle: "A subtitle for the contents list"
      part: \(next)
      summary: "One sentence on what a reader learns here, for the index page."
      ---

      ## First section

      Write the lesson here. A `swift-run` block runs when the course builds, and
      `mlbook check --update` records what it prints:

      ```swift-run
      import MLMath

      print(linspace(0, 1, 5))
      ```

      ```output
      [0.   0.25 0.5  0.75 1.  ]
      ```

      """
    try Data(text.utf8).write(to: file, options: .withoutOverwriting)
    return file
  }

  /// A file-name slug: lower-case ASCII letters and digits, accents dropped, runs of anything
  /// else as one `-` (`"Bayes' Theorem, Again"` → `bayes-theorem-again`).
  static func slug(_ title: String) -> String {
    let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
      .lowercased()
    var out = ""
    for scalar in folded.unicodeScalars {
      if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
        out.unicodeScalars.append(scalar)
      } else if scalar != "'" && scalar != "’" && !out.isEmpty && !out.hasSuffix("-") {
        out += "-"
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "lesson" : String(out.prefix(60))
  }

  /// `text` as a double-quoted YAML scalar.
  static func yamlString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          out += String(format: "\\x%02X", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
