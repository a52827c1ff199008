import Foundation
import XCTest

@testable import MLBook

/// Where mlbook finds the course, how it words system errors, and that each
/// problem is printed once (issue 10 §5).
final class DiagnosticsTests: XCTestCase {
  /// Foundation's filler, which says nothing about what went wrong.
  private static let boilerplate = [
    "The operation could not be completed", "NSCocoaErrorDomain", "NSPOSIXErrorDomain", "Error Domain=",
    "UserInfo=", "Current stack trace",
  ]

  private func assertNoBoilerplate(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    for phrase in Self.boilerplate {
      XCTAssertFalse(text.contains(phrase), "`\(phrase)` in:\n\(text)", file: file, line: line)
    }
  }

  private func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  private let plain = TestCourse.lesson(part: 1, body: "## Counting\n\nSome prose.\n")

  // MARK: Finding the course

  func testBuildInsideLessonsFindsTheCourseAbove() throws {
    let course = try TestCourse(lessons: ["01-a.md": plain])
    defer { course.remove() }
    let result = try course.mlbook(in: "lessons", ["build"])
    XCTAssertEqual(result.status, 0, result.stderr)
    assertNoBoilerplate(result.stderr)
    XCTAssertTrue(course.exists("site/01-a.html"), "the site goes to the course's site/, not lessons/site/")
    XCTAssertFalse(course.exists("lessons/site"))
  }

  func testBuildInADeeperFolderFindsTheCourse() throws {
    let course = try TestCourse(lessons: ["01-a.md": plain])
    defer { course.remove() }
    try FileManager.default.createDirectory(
      at: course.root.appendingPathComponent("lessons/data/raw"), withIntermediateDirectories: true)
    let result = try course.mlbook(in: "lessons/data/raw", ["check"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.contains("in 1 lessons"), result.stdout)
  }

  func testACourseWithOnlyMlbookYmlIsFoundAndItsMissingLessonsNamed() throws {
    let course = try TestCourse(config: "title: Empty\n")
    defer { course.remove() }
    try FileManager.default.removeItem(at: course.root.appendingPathComponent("lessons"))
    try FileManager.default.createDirectory(
      at: course.root.appendingPathComponent("notes"), withIntermediateDirectories: true)
    let result = try course.mlbook(in: "notes", ["build"])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("../lessons:1:1: error: no lessons folder"), result.stderr)
    XCTAssertTrue(result.stderr.contains("--root DIR"), result.stderr)
    assertNoBoilerplate(result.stderr)
  }

  func testDiagnosticsInsideLessonsAreRelativeToTheWorkingDirectory() throws {
    let bad = TestCourse.lesson(part: 2, body: "## Bad\n\n```swift-run\nprint(zz)\n```\n")
    let course = try TestCourse(lessons: ["01-a.md": plain, "02-bad.md": bad], config: "title: T\ntimeout: 0\n")
    defer { course.remove() }
    let config = try course.mlbook(in: "lessons", ["build"])
    XCTAssertEqual(config.status, 1)
    XCTAssertTrue(
      config.stderr.contains("../mlbook.yml:2:10: error: `timeout` must be a positive number"), config.stderr)
    try course.write("title: T\n", to: "mlbook.yml")
    let lesson = try course.mlbook(in: "lessons", ["build"])
    XCTAssertEqual(lesson.status, 1)
    let lines = lesson.stderr.split(separator: "\n")
    XCTAssertTrue(lines.contains { $0.hasPrefix("02-bad.md:10:7: error: cannot find 'zz' in scope") }, lesson.stderr)
  }

  func testExplicitRootIsNotSearchedUpwards() throws {
    let course = try TestCourse(lessons: ["01-a.md": plain])
    defer { course.remove() }
    let result = try course.mlbook(in: "lessons", ["build", "--root", "."])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("lessons:1:1: error: no lessons folder"), result.stderr)
    assertNoBoilerplate(result.stderr)
  }

  func testLessonsAsAFileIsSaidSo() throws {
    let course = try TestCourse()
    defer { course.remove() }
    try FileManager.default.removeItem(at: course.root.appendingPathComponent("lessons"))
    try course.write("not a folder\n", to: "lessons")
    try course.write("title: T\n", to: "mlbook.yml")
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("lessons:1:1: error: `lessons` is a file"), result.stderr)
    assertNoBoilerplate(result.stderr)
  }

  func testRenderInsideLessonsUsesTheCourseMacros() throws {
    let lesson = TestCourse.lesson(part: 1, body: "## M\n\n$\\R$\n")
    let course = try TestCourse(lessons: ["01-a.md": lesson], config: "macros:\n  R: \\mathbb{R}\n")
    defer { course.remove() }
    let result = try course.mlbook(in: "lessons", ["render", "01-a.md"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.contains("ℝ"), result.stdout)
  }

  func testRenderReportsABrokenMlbookYmlInsteadOfIgnoringIt() throws {
    let lesson = TestCourse.lesson(part: 1, body: "## M\n\nText.\n")
    let course = try TestCourse(lessons: ["01-a.md": lesson], config: "title: Bayes: the rule\n")
    defer { course.remove() }
    let result = try course.mlbook("render", "lessons/01-a.md")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("mlbook.yml:1:13: error: the value of `title` contains `: `"), result.stderr)
  }

  func testUnwritableSiteIsSaidInWords() throws {
    let course = try TestCourse(lessons: ["01-a.md": plain])
    defer { course.remove() }
    try course.write("a file, not a folder\n", to: "blocker")
    let result = try course.mlbook("build", "--out", "blocker/site")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("mlbook: error: cannot write the site to blocker/site: "), result.stderr)
    assertNoBoilerplate(result.stderr)
  }

  // MARK: Error text

  func testFileErrorsAreNamedByTheirCause() throws {
    let missing = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-missing-\(UUID().uuidString)")
    XCTAssertThrowsError(try Data(contentsOf: missing)) { error in
      XCTAssertEqual(ErrorText.reason(error), "no such file or directory")
    }
    XCTAssertThrowsError(try FileManager.default.contentsOfDirectory(atPath: missing.path)) { error in
      XCTAssertEqual(ErrorText.reason(error), "no such file or directory")
    }
    XCTAssertEqual(ErrorText.reason(CocoaError(.fileReadNoPermission)), "permission denied")
    XCTAssertEqual(ErrorText.reason(CocoaError(.fileWriteOutOfSpace)), "no space left on device")
    XCTAssertEqual(ErrorText.reason(CocoaError(.fileWriteVolumeReadOnly)), "read-only file system")
    XCTAssertEqual(ErrorText.reason(POSIXError(.EACCES)), "permission denied")
    XCTAssertEqual(ErrorText.reason(NSError(domain: NSPOSIXErrorDomain, code: Int(EISDIR))), "is a directory")
    let wrapped = NSError(
      domain: NSCocoaErrorDomain, code: CocoaError.fileWriteUnknown.rawValue,
      userInfo: [
        NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOTDIR)), NSFilePathErrorKey: "/x/y",
      ])
    XCTAssertEqual(ErrorText.reason(wrapped), "not a directory")
    XCTAssertEqual(ErrorText.describe(wrapped), "/x/y: not a directory")
    for error in [CocoaError(.fileReadUnknown), CocoaError(.featureUnsupported)] as [any Error] {
      assertNoBoilerplate(ErrorText.reason(error))
    }
  }

  func testDisplayPathsStayRelativeToTheWorkingDirectory() {
    XCTAssertEqual(DisplayPath.relative("/c/course/lessons/01.md", to: "/c/course"), "lessons/01.md")
    XCTAssertEqual(DisplayPath.relative("/c/course/mlbook.yml", to: "/c/course/lessons"), "../mlbook.yml")
    XCTAssertEqual(DisplayPath.relative("/c/course/site", to: "/c/course/lessons/data"), "../../site")
    XCTAssertEqual(DisplayPath.relative("/c/course", to: "/c/course"), ".")
    // Nothing but `/` in common, or too far up: absolute.
    XCTAssertEqual(DisplayPath.relative("/tmp/x/y.md", to: "/home/me"), "/tmp/x/y.md")
    XCTAssertEqual(DisplayPath.relative("/a/b/x.md", to: "/a/b/c/d/e/f"), "/a/b/x.md")
  }

  func testFindRootWalksUpToTheNearestCourse() throws {
    let course = try TestCourse(lessons: ["01-a.md": plain])
    defer { course.remove() }
    let root = course.root.standardizedFileURL
    let deep = root.appendingPathComponent("lessons/data/x")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    XCTAssertEqual(Course.findRoot(from: deep)?.path, root.path)
    XCTAssertEqual(Course.findRoot(from: root)?.path, root.path)
    // A nested course (its own mlbook.yml) is the nearer one.
    let inner = root.appendingPathComponent("lessons/data")
    try Data("title: Inner\n".utf8).write(to: inner.appendingPathComponent("mlbook.yml"))
    XCTAssertEqual(Course.findRoot(from: deep)?.path, inner.path)
  }

  // MARK: Each problem once

  func testFormulaErrorIsPrintedOnce() throws {
    let lesson = TestCourse.lesson(
      part: 1, body: "## Math\n\nInline $\\fracc{1}{2}$ and in a table:\n\n| a |\n|---|\n| $\\nope$ |\n")
    let course = try TestCourse(lessons: ["01-a.md": lesson])
    defer { course.remove() }
    for command in ["build", "check"] {
      let result = try course.mlbook(command)
      XCTAssertEqual(result.status, 1)
      XCTAssertEqual(occurrences(of: "unknown command \\fracc", in: result.stderr), 1, result.stderr)
      XCTAssertEqual(occurrences(of: "unknown command \\nope", in: result.stderr), 1, result.stderr)
      XCTAssertTrue(
        result.stderr.contains(
          "lessons/01-a.md:9:9: error: invalid math: unknown command \\fracc; did you mean \\frac?\n\\fracc{1}{2}\n^~~~~~"),
        result.stderr)
      XCTAssertTrue(result.stderr.contains("mlbook: 2 errors"), result.stderr)
    }
  }

  func testRuntimeErrorIsPrintedOnceWithWhatTheBlockPrinted() throws {
    let lesson = TestCourse.lesson(
      part: 1, body: "## Crash\n\n```swift-run\nprint(\"before the crash\")\nlet a = [1]\nprint(a[3])\n```\n")
    let course = try TestCourse(lessons: ["01-a.md": lesson])
    defer { course.remove() }
    for arguments in [["build"], ["build", "--keep-going"], ["check"], ["check", "--keep-going"]] {
      let result = try course.mlbook(in: "", arguments)
      XCTAssertEqual(result.status, 1, arguments.description)
      XCTAssertEqual(occurrences(of: "Fatal error: Index out of range", in: result.stderr), 1, result.stderr)
      XCTAssertEqual(occurrences(of: "before the crash", in: result.stderr), 1, result.stderr)
    }
  }

  func testEveryFailingLessonIsReportedOnceWithKeepGoing() throws {
    let crash = TestCourse.lesson(part: 1, body: "## A\n\n```swift-run\nfatalError(\"first\")\n```\n")
    let math = TestCourse.lesson(part: 2, body: "## B\n\n$\\bad$\n")
    let crash2 = TestCourse.lesson(part: 3, body: "## C\n\n```swift-run\nprecondition(false, \"third\")\n```\n")
    let course = try TestCourse(lessons: ["01-a.md": crash, "02-b.md": math, "03-c.md": crash2])
    defer { course.remove() }
    for jobs in ["1", "3"] {
      let result = try course.mlbook("build", "--keep-going", "--no-cache", "--jobs", jobs)
      XCTAssertEqual(result.status, 1)
      let needles = ["Fatal error: first", "unknown command \\bad", "Precondition failed: third"]
      for needle in needles {
        XCTAssertEqual(occurrences(of: needle, in: result.stderr), 1, "\(needle) in:\n\(result.stderr)")
      }
      // Course order, whichever lesson finished first.
      let offsets = needles.compactMap { result.stderr.range(of: $0)?.lowerBound }
      XCTAssertEqual(offsets, offsets.sorted(), result.stderr)
      XCTAssertTrue(result.stderr.contains("mlbook: 3 errors"), result.stderr)
    }
  }

  func testADetailThatRepeatsTheMessageIsShownOnce() {
    let crash = Diagnostic(
      path: "a.md", line: 3, message: "swift-run block 1 crashed: Fatal error: boom",
      detail: "printed first\nFatal error: boom\n")
    XCTAssertEqual(crash.description, "a.md:3:1: error: swift-run block 1 crashed: Fatal error: boom\nprinted first")
    let math = Diagnostic(
      path: "a.md", line: 3, message: "invalid math: unknown command \\x", detail: "unknown command \\x\n\\x\n^~")
    XCTAssertEqual(math.description, "a.md:3:1: error: invalid math: unknown command \\x\n\\x\n^~")
    let only = Diagnostic(path: "a.md", line: 1, message: "crashed: Fatal error: boom", detail: "Fatal error: boom")
    XCTAssertEqual(only.description, "a.md:1:1: error: crashed: Fatal error: boom")
    // A detail line that merely ends like the message is kept.
    let diff = Diagnostic(path: "a.md", line: 1, message: "exit status 1", detail: "+1\n1")
    XCTAssertEqual(diff.description, "a.md:1:1: error: exit status 1\n+1\n1")
  }

  // MARK: -q

  func testCheckQuietPrintsOnlyProblems() throws {
    let lesson = TestCourse.lesson(part: 1, body: "## A\n\n```swift-run\nprint(42)\n```\n")
    let course = try TestCourse(lessons: ["01-a.md": lesson])
    defer { course.remove() }
    let quiet = try course.mlbook("check", "--update", "-q")
    XCTAssertEqual(quiet.status, 0, quiet.stderr)
    XCTAssertEqual(quiet.stdout, "")
    XCTAssertEqual(quiet.stderr, "")
    XCTAssertTrue(try course.read("lessons/01-a.md").contains("```output\n42\n```"))
    try course.write(lesson, to: "lessons/01-a.md")
    let loud = try course.mlbook("check", "--update")
    XCTAssertTrue(loud.stdout.contains("updated outputs in lessons/01-a.md"), loud.stdout)
    let again = try course.mlbook("check", "-q")
    XCTAssertEqual(again.stdout, "")
  }
}
