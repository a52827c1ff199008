import Foundation
import XCTest

@testable import MLBook

/// The warning channel: `path:line:col: warning:` on stderr without failing,
/// `--strict` turning warnings into errors, and warnings that survive a
/// no-change rebuild.
final class WarningTests: XCTestCase {
  private func lines(_ text: String, containing needle: String) -> [Substring] {
    text.split(separator: "\n").filter { $0.contains(needle) }
  }

  private let levelOne = "a level-1 heading: the page title comes from the front matter; start sections at `##`"

  // MARK: Level-1 headings

  func testLevelOneHeadingWarnsWithoutFailing() throws {
    let course = try TestCourse(lessons: ["01-a.md": TestCourse.lesson(part: 1, body: "# Loss functions\n\nText.\n")])
    defer { course.remove() }
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stderr.contains("lessons/01-a.md:7:1: warning: \(levelOne)\n"), result.stderr)
    XCTAssertTrue(result.stderr.contains("mlbook: 1 warning\n"), result.stderr)
    XCTAssertTrue(course.exists("site/01-a.html"))
  }

  func testEveryKindOfLevelOneHeadingIsFoundAndOnlyThose() throws {
    let body = """
      Setext title
      ============

      > # In a quote

      - item

        # In a list

      ## Fine

      ```swift
      # not a heading
      ```

      ### Also fine
      """
    let lesson = try Lesson.parse(
      source: TestCourse.lesson(part: 1, body: body), url: URL(fileURLWithPath: "/x/01-a.md"), displayPath: "01-a.md")
    let warnings = LessonWarnings.of(lesson)
    XCTAssertEqual(warnings.map { "\($0.line):\($0.column)" }, ["7:1", "10:3", "14:3"])
    XCTAssertTrue(warnings.allSatisfy { $0.severity == .warning && $0.message == levelOne })
  }

  func testTheCourseHasNoLevelOneHeadings() throws {
    let course = try Course.load(root: Repository.root)
    XCTAssertFalse(course.lessons.isEmpty)
    for lesson in course.lessons { XCTAssertEqual(LessonWarnings.of(lesson), [], lesson.displayPath) }
  }

  /// The README's lesson example is what authors copy: it must build without warnings.
  func testTheReadmeLessonExampleBuildsWithoutWarnings() throws {
    let readme = try String(contentsOf: Repository.url("README.md"), encoding: .utf8)
    let start = try XCTUnwrap(readme.range(of: "~~~markdown\n"))
    let end = try XCTUnwrap(readme.range(of: "\n~~~\n", range: start.upperBound..<readme.endIndex))
    let example = String(readme[start.upperBound..<end.lowerBound]) + "\n"
    XCTAssertTrue(example.hasPrefix("---\ntitle:"), example)
    let course = try TestCourse(lessons: ["09-ml-specific-math.md": example])
    defer { course.remove() }
    try FileManager.default.createDirectory(
      at: course.root.appendingPathComponent("lessons/data"), withIntermediateDirectories: true)
    try course.write("a,b\n1,2\n", to: "lessons/data/iris.csv")
    let result = try course.mlbook("build", "--strict")
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertFalse(result.stderr.contains("warning"), result.stderr)
  }

  // MARK: --strict

  func testStrictTurnsWarningsIntoErrorsAndKeepsThePreviousSite() throws {
    let course = try TestCourse(lessons: ["01-a.md": TestCourse.lesson(part: 1, body: "## Fine\n")])
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("build").status, 0)
    let before = try course.read("site/01-a.html")
    try course.write(TestCourse.lesson(part: 1, body: "# Not fine\n"), to: "lessons/01-a.md")
    for command in ["build", "check"] {
      let result = try course.mlbook(command, "--strict")
      XCTAssertEqual(result.status, 1, command)
      XCTAssertTrue(result.stderr.contains("lessons/01-a.md:7:1: error: \(levelOne)\n"), result.stderr)
      XCTAssertFalse(result.stderr.contains("warning:"), "listed once, as an error:\n\(result.stderr)")
      XCTAssertTrue(result.stderr.contains("mlbook: 1 error (warnings are errors with --strict)"), result.stderr)
    }
    XCTAssertEqual(try course.read("site/01-a.html"), before, "a --strict failure writes nothing")
    XCTAssertEqual(try course.mlbook("check").status, 0, "without --strict a warning does not fail")
  }

  func testStrictUsageAndQuiet() throws {
    let course = try TestCourse(lessons: ["01-a.md": TestCourse.lesson(part: 1, body: "# Title again\n")])
    defer { course.remove() }
    let quiet = try course.mlbook("build", "-q")
    XCTAssertEqual(quiet.status, 0)
    XCTAssertEqual(lines(quiet.stderr, containing: "warning:").count, 1, "-q still prints problems:\n\(quiet.stderr)")
    // `render` runs no course-wide checks: --strict is a usage error there (exit 2).
    let render = try course.mlbook("render", "--strict", "lessons/01-a.md")
    XCTAssertEqual(render.status, 2, render.stderr)
    XCTAssertTrue(render.stderr.contains("Unknown option '--strict'"), render.stderr)
    XCTAssertEqual(try course.mlbook("build", "--jobs", "0").status, 2)
  }

  // MARK: No-change rebuilds

  func testWarningsAreRepeatedOnANoChangeRebuild() throws {
    let course = try TestCourse(lessons: ["01-a.md": TestCourse.lesson(part: 1, body: "# Loss functions\n")])
    defer { course.remove() }
    let first = try course.mlbook("build")
    XCTAssertEqual(first.status, 0)
    let second = try course.mlbook("build")
    XCTAssertEqual(second.status, 0)
    XCTAssertTrue(second.stderr.contains("nothing changed"), "the fast path is still taken:\n\(second.stderr)")
    XCTAssertEqual(
      lines(second.stderr, containing: "warning:"), lines(first.stderr, containing: "warning:"), second.stderr)
    XCTAssertEqual(lines(second.stderr, containing: "warning:").count, 1)
    let strict = try course.mlbook("build", "--strict")
    XCTAssertEqual(strict.status, 1, "--strict fails on a no-change rebuild too:\n\(strict.stderr)")
    XCTAssertTrue(strict.stderr.contains("lessons/01-a.md:7:1: error: \(levelOne)"), strict.stderr)
    // Fixed: the warning goes, and stays gone on the next no-change rebuild.
    try course.write(TestCourse.lesson(part: 1, body: "## Loss functions\n"), to: "lessons/01-a.md")
    let fixed = try course.mlbook("build")
    XCTAssertFalse(fixed.stderr.contains("warning"), fixed.stderr)
    let again = try course.mlbook("build")
    XCTAssertTrue(again.stderr.contains("nothing changed"), again.stderr)
    XCTAssertFalse(again.stderr.contains("warning"), again.stderr)
  }

  // MARK: Stale outputs

  func testBuildWarnsAboutStaleAndMissingOutputsAndShowsTheRealOne() throws {
    let body = """
      ## Outputs

      ```swift-run
      print("actual")
      ```

      ```output
      recorded long ago
      ```

      ```swift-run
      print("never recorded")
      ```

      ```swift-run
      print("right")
      ```

      ```output
      right
      ```

      ```swift-run no-output
      print("not recorded on purpose")
      ```
      """
    let course = try TestCourse(lessons: ["01-a.md": TestCourse.lesson(part: 1, body: body)])
    defer { course.remove() }
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(
      lines(result.stderr, containing: "warning:"),
      [
        "lessons/01-a.md:9:1: warning: swift-run block 1: the recorded output (line 13) is stale; run `mlbook check --update`",
        "lessons/01-a.md:17:1: warning: swift-run block 2: its output is not recorded; run `mlbook check --update` to add an `output` fence",
      ], result.stderr)
    let page = try course.read("site/01-a.html")
    XCTAssertTrue(page.contains("actual"))
    XCTAssertFalse(page.contains("recorded long ago"))
    // `check --update` records them; then the build has nothing to say.
    XCTAssertEqual(try course.mlbook("check", "--update", "-q").status, 0)
    let clean = try course.mlbook("build")
    XCTAssertFalse(clean.stderr.contains("warning"), clean.stderr)
  }

  // MARK: The sink

  func testSinkKeepsFirstReportsInOrderAndMarksThemWarnings() {
    let sink = DiagnosticSink()
    let a = Diagnostic(path: "a.md", line: 3, message: "first")
    let b = Diagnostic(path: "a.md", line: 1, severity: .warning, message: "second")
    sink.warn(a)
    sink.warn([b, a, b])
    XCTAssertEqual(sink.warnings.map(\.message), ["first", "second"])
    XCTAssertTrue(sink.warnings.allSatisfy { $0.severity == .warning })
    XCTAssertEqual(sink.warnings[0].description, "a.md:3:1: warning: first")
    XCTAssertEqual(sink.warnings[0].asError.description, "a.md:3:1: error: first")
  }

  func testSinkTakesReportsFromManyThreads() {
    let sink = DiagnosticSink()
    DispatchQueue.concurrentPerform(iterations: 200) { i in
      sink.warn(Diagnostic(path: "a.md", line: i % 50 + 1, message: "w"))
    }
    XCTAssertEqual(Set(sink.warnings.map(\.line)), Set(1...50))
    XCTAssertEqual(sink.warnings.count, 50)
  }

  func testPipelineReportsWarningsThroughTheOptions() throws {
    let course = try TestCourse(lessons: ["01-a.md": TestCourse.lesson(part: 1, body: "# Heading\n")])
    defer { course.remove() }
    var options = BuildOptions()
    options.useCache = false
    let pipeline = Pipeline(root: course.root)
    _ = try pipeline.check(options: options)
    XCTAssertEqual(options.diagnostics.warnings.map(\.line), [7])
    options.strict = true
    options.diagnostics = DiagnosticSink()
    XCTAssertThrowsError(try pipeline.check(options: options)) { error in
      XCTAssertEqual((error as? DiagnosticError)?.diagnostics.map(\.severity), [.error])
    }
  }
}
