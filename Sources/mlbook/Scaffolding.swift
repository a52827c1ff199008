import ArgumentParser
import Foundation
import MLBook

struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Create a course that builds at once: settings, a first lesson (code, math, a figure, an exercise), .gitignore and a CI workflow."
  )

  @Argument(help: ArgumentHelp("The folder to create (new or empty).", valueName: "DIR"))
  var directory: String

  @Option(help: "The course title (default: the folder's name).")
  var title: String?

  func run() throws {
    try runReportingErrors {
      let folder = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
      let written = try Scaffold.initCourse(at: folder, title: title)
      for path in written { print("created \(DisplayPath.of(folder.appendingPathComponent(path)))") }
      print("next: cd \(directory) && mlbook build, then open site/index.html")
    }
  }
}

struct New: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Add the next numbered lesson, with front matter, to the course.")

  @Argument(help: ArgumentHelp("The lesson's title.", valueName: "TITLE"))
  var title: String

  @OptionGroup var course: CourseOptions

  func run() throws {
    Diagnostics.use(course.color)
    try runReportingErrors {
      let file = try Scaffold.newLesson(root: course.rootURL, title: title)
      print("created \(DisplayPath.of(file))")
    }
  }
}

struct Completions: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a shell completion script (bash, zsh or fish).",
    discussion: "For bash: mlbook completions bash > ~/.local/share/bash-completion/completions/mlbook")

  @Argument(help: "bash, zsh or fish.")
  var shell: String

  func validate() throws {
    guard CompletionShell(rawValue: shell) != nil else {
      throw ValidationError("unknown shell `\(shell)`; use bash, zsh or fish")
    }
  }

  func run() throws {
    print(MLBookCommand.completionScript(for: CompletionShell(rawValue: shell)!))
  }
}
