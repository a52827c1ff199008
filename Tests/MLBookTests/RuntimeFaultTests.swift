import Foundation
import XCTest

@testable import MLBook

/// Runtime traps point at the lesson line where they happened; compiler warnings reach the author.
final class RuntimeFaultTests: XCTestCase {
  /// Builds a one-lesson course whose body starts at line 7, and returns `mlbook check`'s result.
  private func check(_ body: String) throws -> TestCourse.Result {
    let course = try TestCourse(lessons: ["01-x.md": TestCourse.lesson(body: body)])
    defer { course.remove() }
    return try course.mlbook("check", "--update")
  }

  func testATrapIsReportedAtTheLessonLineThatTrappedWithItsMessageOnce() throws {
    let cases: [(body: String, location: String, message: String)] = [
      // line 7 is the fence, so code starts at line 8.
      (
        "```swift-run\nimport MLMath\nlet v: Vector = [1, 2, 3]\nprint(\"before\")\nprint(v[3])\n```\n", "01-x.md:11:8",
        "Fatal error"
      ),
      (
        "```swift-run\nimport MLMath\nlet v: Vector = [1, 2, 3]\nlet last = v[-1]\n```\n", "01-x.md:10:13",
        "Fatal error"
      ),
      ("```swift-run\nlet xs = [1, 2]\nprint(xs[5])\n```\n", "01-x.md:9:9", "Fatal error: Index out of range"),
      (
        "```swift-run\nlet n: Int? = Int(\"x\")\nprint(n!)\n```\n", "01-x.md:9:8", "Fatal error: Unexpectedly found nil"
      ),
      // A function from an earlier block, called from a later one: the trap is in the function.
      (
        "```swift-run\nfunc third(_ a: [Double]) -> Double {\n  a[2]\n}\n```\n\n```swift-run\nprint(third([1]))\n```\n",
        "01-x.md:9:4", "Fatal error: Index out of range"
      ),
      // Inside a quote: the column counts the `> `.
      (
        "> ```swift-run\n> let xs = [Int]()\n> print(xs[0])\n> ```\n", "01-x.md:9:11", "Fatal error: Index out of range"
      ),
      (
        "```swift-run isolated\nvar big = Int.max\nbig += Int(\"1\")!\n```\n", "01-x.md:9:5",
        "crashed: Swift runtime failure: arithmetic overflow"
      ),
    ]
    for (body, location, message) in cases {
      let result = try check(body)
      XCTAssertEqual(result.status, 1, body)
      XCTAssertTrue(result.stderr.contains("\(location): error: swift-run block"), "\(location)\n\(result.stderr)")
      XCTAssertTrue(result.stderr.contains("crashed: "), result.stderr)
      XCTAssertTrue(result.stderr.contains(message), "\(message)\n\(result.stderr)")
      let messages = result.stderr.components(separatedBy: "Fatal error").count - 1
      XCTAssertLessThanOrEqual(messages, 1, "the message is printed once\n\(result.stderr)")
      XCTAssertFalse(result.stderr.contains("***"), "no crash report\n\(result.stderr)")
      XCTAssertFalse(result.stderr.contains("Backtrac"), result.stderr)
    }
    let printedFirst = try check(cases[0].body)
    XCTAssertTrue(
      printedFirst.stderr.contains("\nbefore"), "what the block printed first is shown\n\(printedFirst.stderr)")
  }

  func testAnExpectedTrapShowsOnlyTheMessage() throws {
    let course = try TestCourse(
      lessons: [
        "01-x.md": TestCourse.lesson(
          body:
            "```swift-run expect-trap\nimport MLMath\nlet v: Vector = [1, 2, 3]\nprint(v[7])\n```\n\n```swift-run\nprint(\"after\")\n```\n"
        )
      ])
    defer { course.remove() }
    let result = try course.mlbook("check", "--update")
    XCTAssertEqual(result.status, 0, result.stderr)
    let lesson = try course.read("lessons/01-x.md")
    let fence = try XCTUnwrap(lesson.firstMatch(of: #/```output\n(.*?)```/#.dotMatchesNewlines()))
    XCTAssertTrue(fence.1.hasPrefix("Fatal error: "), String(fence.1))
    XCTAssertEqual(fence.1.split(separator: "\n").count, 1, "one line, no report\n\(fence.1)")
  }

  func testCompilerWarningsAreReportedAtTheLessonLine() throws {
    let lesson = try Lesson.parse(
      source: TestCourse.lesson(
        body: """
          ```swift-run
          let xs = [1.0, 2.0]
          xs.map { $0 * 2 }
          ```

          > ```swift-run isolated
          > var neverChanged = 3
          > print(neverChanged)
          > ```

          ```swift-run
          xs.map { $0 * 2 }
          ```

          """), url: URL(fileURLWithPath: "/tmp/01-x.md"), displayPath: "lessons/01-x.md")
    let blocks = try lesson.executableBlocks()
    let runner = LessonRunner(toolchain: try Toolchain.locate())
    let run = try runner.run(lesson, blocks: blocks)
    let warnings = run.warningDiagnostics(lesson: lesson, blocks: blocks).map(\.description)
    XCTAssertTrue(
      warnings.contains {
        $0.hasPrefix("lessons/01-x.md:9:4: warning: result of call to 'map'") && $0.contains("unused")
      },
      "\(warnings)")
    XCTAssertTrue(
      warnings.contains { $0.hasPrefix("lessons/01-x.md:13:7: warning: variable 'neverChanged' was never mutated") },
      "\(warnings)")
    XCTAssertTrue(
      warnings.contains { $0.hasPrefix("lessons/01-x.md:18:4: warning: result of call to 'map'") }, "\(warnings)")
    XCTAssertFalse(warnings.contains { !$0.hasPrefix("lessons/01-x.md:") }, "only the author's code\n\(warnings)")

    // Cached runs keep their warnings, at the lines the blocks have now.
    let data = try JSONEncoder().encode(run)
    let cached = try JSONDecoder().decode(LessonRun.self, from: data)
    XCTAssertEqual(cached.warnings, run.warnings)
    let moved = try Lesson.parse(
      source: lesson.source.replacingOccurrences(of: "```swift-run\nlet xs", with: "Prose.\n\n```swift-run\nlet xs"),
      url: lesson.url, displayPath: lesson.displayPath)
    let movedWarnings = cached.warningDiagnostics(lesson: moved, blocks: try moved.executableBlocks())
    XCTAssertTrue(movedWarnings.contains { $0.line == 11 && $0.message.contains("map") }, "\(movedWarnings)")
  }

  func testADroppedPlotIsAWarningAtItsLine() throws {
    let course = try TestCourse(
      lessons: [
        "01-x.md": TestCourse.lesson(
          body:
            "```swift-run\nimport MLMath\nlet x: Vector = [1, 2, 3]\nvar fig = Figure()\nfig.plot(x, x)\nshow(fig)\n```\n"
        )
      ])
    defer { course.remove() }
    let result = try course.mlbook("check", "--update")
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stderr.contains("lessons/01-x.md:11:5: warning: result of call to 'plot("), result.stderr)
  }

  func testBuildPrintsCompilerWarningsAndStrictFailsOnThem() throws {
    let course = try TestCourse(
      lessons: ["01-x.md": TestCourse.lesson(body: "```swift-run\nlet xs = [1, 2]\nxs.map { $0 + 1 }\n```\n")],
      config: "slow-type-check: 250\n")
    defer { course.remove() }
    for attempt in ["fresh", "cached"] {
      let build = try course.mlbook("build")
      XCTAssertEqual(build.status, 0, build.stderr)
      XCTAssertTrue(
        build.stderr.contains("lessons/01-x.md:9:4: warning: result of call to 'map"), "\(attempt)\n\(build.stderr)")
      XCTAssertEqual(build.stderr.components(separatedBy: "result of call").count, 2, "once\n\(build.stderr)")
    }
    let strict = try course.mlbook("check", "--strict")
    XCTAssertEqual(strict.status, 1, strict.stderr)
    XCTAssertTrue(strict.stderr.contains("lessons/01-x.md:9:4: error: result of call to 'map"), strict.stderr)
  }
}

/// Messages say what is wrong in words, never Foundation's or a library's boilerplate.
final class ErrorWordingTests: XCTestCase {
  func testABrokenTemplateIsReportedAtItsLine() throws {
    let course = try TestCourse(lessons: ["01-x.md": TestCourse.lesson(body: "Text.\n")])
    defer { course.remove() }
    try FileManager.default.createDirectory(
      at: course.root.appendingPathComponent("templates"), withIntermediateDirectories: true)
    try course.write("<footer>\n{{#course}}\n{{title}}\n</footer>\n", to: "templates/footer.mustache")
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("templates/footer.mustache:"), result.stderr)
    XCTAssertTrue(result.stderr.contains("error: invalid Mustache template: a section is never closed"), result.stderr)
    XCTAssertFalse(result.stderr.contains("ParserError"), result.stderr)
  }

  func testAMissingFileSaysSo() throws {
    let course = try TestCourse(lessons: ["01-x.md": TestCourse.lesson(body: "Text.\n")])
    defer { course.remove() }
    let result = try course.mlbook("render", "lessons/02-missing.md")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("cannot read the file: no such file or directory"), result.stderr)
    XCTAssertFalse(result.stderr.contains("operation could not be completed"), result.stderr)
  }
}
