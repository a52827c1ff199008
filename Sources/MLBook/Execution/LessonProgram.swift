import Foundation
import Markdown

/// The Swift program that runs all of a lesson's `swift-run` blocks in order.
///
/// The lesson is one script, like a playground page: later blocks see earlier
/// declarations. `#sourceLocation` makes every compiler diagnostic point into
/// the Markdown file. A marker is printed before each block so the runner
/// knows which block is running and whose output is whose.
struct LessonProgram {
  /// `main.swift`: the blocks. It imports only what the lesson imports (and MLMath),
  /// so the runtime support's C imports don't change how lesson code type-checks.
  var main: String
  /// `support.swift`: markers and the fork used by `expect-trap` blocks.
  static let support = """
    import Glibc

    /// Line-buffered stdout, so nothing printed before a crash is lost; and the
    /// lesson's own working folder.
    func __mlbookStart() {
      setvbuf(stdout, nil, _IOLBF, 0)
      if let directory = getenv("MLBOOK_RUN_DIRECTORY") { chdir(directory) }
    }

    private func __mlbookMarker(_ text: String) {
      fflush(stdout)
      fputs("\\u{1}mlbook-\\(text)\\u{1}\\n", stdout)
      fflush(stdout)
    }

    func __mlbookBegin(_ index: Int) { __mlbookMarker("block \\(index)") }

    func __mlbookEnd() { __mlbookMarker("done") }

    /// Runs an `expect-trap` block in a child process: returns `true` in the child.
    func __mlbookForkExpectingTrap(_ index: Int) -> Bool {
      fflush(stdout)
      fflush(stderr)
      let pid = fork()
      if pid == 0 { return true }
      if pid < 0 {
        __mlbookMarker("forkfailed \\(index)")
        exit(70)
      }
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      __mlbookMarker("trap \\(index) \\(status)")
      return false
    }

    func __mlbookTrapMissing(_ index: Int) -> Never {
      __mlbookMarker("notrap \\(index)")
      _exit(0)
    }

    """

  init(lesson: Lesson, blocks: [ExecutableBlock]) {
    var imports = ["import MLMath"]
    var body: [String] = ["__mlbookStart()"]
    let file = Self.literal(lesson.displayPath)
    for block in blocks {
      var code: [String] = []
      for (offset, line) in block.code.literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if Self.isImport(line) {
          imports.append("#sourceLocation(file: \(file), line: \(block.code.firstCodeLine + offset))")
          imports.append(String(line))
          imports.append("#sourceLocation()")
          code.append("")
        } else {
          code.append(String(line))
        }
      }
      if code.last == "" { code.removeLast() }
      let located =
        ["#sourceLocation(file: \(file), line: \(block.code.firstCodeLine))"] + code + ["#sourceLocation()"]
      body.append("__mlbookBegin(\(block.index))")
      if block.options.expectTrap {
        body.append("if __mlbookForkExpectingTrap(\(block.index)) {")
        body.append("do {")
        body += located
        body.append("}")
        body.append("__mlbookTrapMissing(\(block.index))")
        body.append("}")
      } else if block.options.isolated {
        body.append("do {")
        body += located
        body.append("}")
      } else {
        body += located
      }
    }
    body.append("__mlbookEnd()")
    main = (imports + body).joined(separator: "\n") + "\n"
  }

  static func isImport(_ line: Substring) -> Bool {
    var words = line.split(separator: " ", omittingEmptySubsequences: true)[...]
    while let first = words.first, first.hasPrefix("@") { words = words.dropFirst() }
    return words.first == "import" && words.count >= 2
  }

  /// A Swift string literal for a path.
  static func literal(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
