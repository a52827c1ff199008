import Foundation
import XCTest

/// Bad input fails with `path:line:col: error:` and exit status 1, never hangs,
/// and never leaves a partial site (the previous one stays as it was).
final class FailureTests: XCTestCase {
  private let good = TestCourse.lesson(
    part: 1, body: "# Good\n\n```swift-run\nprint(\"ok\")\n```\n\n```output\nok\n```\n")

  /// Builds a good course, breaks the second lesson with `body`, and checks the failure.
  private func assertBuildFails(
    lesson: String, messageContains expected: String, maxSeconds: Double = 20,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let course = try TestCourse(lessons: ["01-good.md": good])
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("build").status, 0, file: file, line: line)
    let before = try course.read("site/index.html")
    try course.write(lesson, to: "lessons/02-bad.md")
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
    XCTAssertTrue(result.stderr.contains(expected), "stderr was:\n\(result.stderr)", file: file, line: line)
    XCTAssertLessThan(result.seconds, maxSeconds, file: file, line: line)
    XCTAssertFalse(result.stderr.contains("Current stack trace"), file: file, line: line)
    XCTAssertEqual(
      try course.read("site/index.html"), before, "the previous site must stay intact", file: file, line: line)
    XCTAssertFalse(course.exists("site/02-bad.html"), file: file, line: line)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: course.root.path).filter {
      $0.contains(".tmp-")
    }
    XCTAssertEqual(leftovers, [], file: file, line: line)
  }

  func testCompileErrorPointsAtTheLessonLine() throws {
    let lesson = TestCourse.lesson(part: 2, body: "# Bad\n\n```swift-run\nlet x = 1\nprint(x + y)\n```\n")
    try assertBuildFails(lesson: lesson, messageContains: "lessons/02-bad.md:11:11: error: cannot find 'y' in scope")
  }

  func testCompileErrorInsideABlockQuoteHasTheFileColumn() throws {
    let lesson = TestCourse.lesson(part: 2, body: "# Bad\n\n> ```swift-run\n> print(zz)\n> ```\n")
    try assertBuildFails(lesson: lesson, messageContains: "lessons/02-bad.md:10:9: error: cannot find 'zz' in scope")
  }

  func testTrappingBlockIsNamed() throws {
    let lesson = TestCourse.lesson(
      part: 2, body: "# Bad\n\n```swift-run\nprint(1)\n```\n\n```swift-run\nlet a = [1]\nprint(a[3])\n```\n")
    try assertBuildFails(
      lesson: lesson,
      messageContains: "lessons/02-bad.md:15:8: error: swift-run block 2 crashed: Fatal error: Index out of range")
  }

  func testFatalErrorInLessonCodePointsAtItsLine() throws {
    let lesson = TestCourse.lesson(part: 2, body: "# Bad\n\n```swift-run\nprint(1)\nfatalError(\"stop here\")\n```\n")
    try assertBuildFails(
      lesson: lesson,
      messageContains: "lessons/02-bad.md:11:1: error: swift-run block 1 crashed: Fatal error: stop here")
  }

  func testInfiniteLoopTimesOut() throws {
    let lesson = TestCourse.lesson(part: 2, body: "# Bad\n\n```swift-run timeout=1\nwhile true {}\n```\n")
    try assertBuildFails(
      lesson: lesson, messageContains: "lessons/02-bad.md:9:1: error: swift-run block 1 did not finish within 1 s",
      maxSeconds: 15)
  }

  func testRunawayOutputIsCut() throws {
    let lesson = TestCourse.lesson(
      part: 2, body: "# Bad\n\n```swift-run\nwhile true { print(\"spam spam spam\") }\n```\n")
    try assertBuildFails(lesson: lesson, messageContains: "printed more than 1048576 bytes", maxSeconds: 15)
  }

  func testUnknownAttributeSuggestsTheNearest() throws {
    let lesson = TestCourse.lesson(part: 2, body: "# Bad\n\n```swift-run no-ouptut\nprint(1)\n```\n")
    try assertBuildFails(
      lesson: lesson,
      messageContains:
        "lessons/02-bad.md:9:14: error: unknown swift-run attribute `no-ouptut`; did you mean `no-output`?")
  }

  func testInvalidFrontMatter() throws {
    try assertBuildFails(
      lesson: "---\ntitle: [unclosed\nsubtitle: x\npart: 2\n---\n# Bad\n",
      messageContains: "lessons/02-bad.md:2:8: error: the `[` opened here starts a YAML list that is never closed")
    try assertBuildFails(
      lesson: "---\ntitle: T\nsubtitle: S\npart: two\n---\n",
      messageContains: "lessons/02-bad.md:4:7: error: `part` must be a whole number")
    try assertBuildFails(
      lesson: "---\ntitle: T\nsubtitle: S\npart: 2\nsumary: x\n---\n",
      messageContains: "lessons/02-bad.md:5:1: error: unknown front matter key `sumary`; did you mean `summary`?")
    try assertBuildFails(
      lesson: "# No front matter\n",
      messageContains: "lessons/02-bad.md:1:1: error: a lesson must start with YAML front matter")
  }

  func testDuplicatePartIsAnError() throws {
    try assertBuildFails(
      lesson: TestCourse.lesson(part: 1, body: "# Again\n"),
      messageContains: "error: part 1 is also the part of lessons/01-good.md")
  }

  func testNonUTF8BytesAreLocated() throws {
    let course = try TestCourse(lessons: ["01-good.md": good])
    defer { course.remove() }
    try course.writeBytes(
      Array(TestCourse.lesson(part: 2, body: "# Bad\n\nabc ").utf8) + [0xFF, 0x41, 0x0A], to: "lessons/02-bad.md")
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.stderr.contains("lessons/02-bad.md:9:5: error: the file is not valid UTF-8 (byte 0xFF)"), result.stderr)
    XCTAssertFalse(course.exists("site"))
  }

  func testEarlyExitAndMissingTrapAreErrors() throws {
    try assertBuildFails(
      lesson: TestCourse.lesson(
        part: 2, body: "# Bad\n\n```swift-run\nimport Foundation\nexit(0)\n```\n\n```swift-run\nprint(2)\n```\n"),
      messageContains: "swift-run block 1 ended the lesson program early (exit status 0)")
    try assertBuildFails(
      lesson: TestCourse.lesson(part: 2, body: "# Bad\n\n```swift-run expect-trap\nprint(1)\n```\n"),
      messageContains: "swift-run block 1 was expected to trap (`expect-trap`) but finished normally")
  }

  func testAllBrokenLessonsAreReportedTogether() throws {
    let course = try TestCourse(lessons: [
      "01-a.md": TestCourse.lesson(part: 1, body: "```swift-run\nprint(nope1)\n```\n"),
      "02-b.md": TestCourse.lesson(part: 2, body: "```swift-run\nprint(nope2)\n```\n"),
    ])
    defer { course.remove() }
    let result = try course.mlbook("check")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("lessons/01-a.md:8:7: error: cannot find 'nope1'"), result.stderr)
    XCTAssertTrue(result.stderr.contains("lessons/02-b.md:8:7: error: cannot find 'nope2'"), result.stderr)
  }
}
