import Foundation
import XCTest

/// Lessons written to break the build: each fails (or passes) with the expected
/// diagnostic within a bounded time, and nothing else is harmed.
final class HostileLessonTests: XCTestCase {
  private func build(_ files: [String: String], seconds: Double = 30) throws -> TestCourse.Result {
    let course = try TestCourse(lessons: files)
    defer { course.remove() }
    let result = try course.mlbook("build", "--quiet", "--no-cache")
    XCTAssertLessThan(result.seconds, seconds)
    return result
  }

  private func expectFailure(_ body: String, _ message: String, seconds: Double = 30, line: UInt = #line) throws {
    let result = try build(["01-hostile.md": TestCourse.lesson(body: body)], seconds: seconds)
    XCTAssertEqual(result.status, 1, line: line)
    XCTAssertTrue(result.stderr.contains(message), "stderr:\n\(result.stderr.prefix(2000))", line: line)
  }

  func testHundredMegabytesOfOutputIsCutAtTheLimit() throws {
    try expectFailure(
      "```swift-run\nlet line = String(repeating: \"x\", count: 1023)\nfor _ in 0..<102_400 { print(line) }\n```\n",
      "swift-run block 1 printed more than 1048576 bytes", seconds: 20)
  }

  func testDeeplyNestedBlockQuotesAndBrackets() throws {
    let quotes = String(repeating: "> ", count: 10_000) + "deep\n"
    try expectFailure(quotes, "blocks are nested more than 100 levels deep")
    let brackets = String(repeating: "[", count: 10_000) + "x" + String(repeating: "]", count: 10_000) + "\n"
    let result = try build(["01-hostile.md": TestCourse.lesson(body: brackets)])
    XCTAssertEqual(result.status, 0, result.stderr)
    let emphasis = String(repeating: "*a ", count: 5_000) + String(repeating: "b* ", count: 5_000) + "\n"
    let nested = try build(["01-hostile.md": TestCourse.lesson(body: emphasis)])
    XCTAssertTrue(nested.status == 0 || nested.stderr.contains("nested more than 100 levels"), nested.stderr)
  }

  func testFiveMegabyteLessonBuilds() throws {
    let paragraph = "Gradient descent takes a step of size $\\eta$ against the gradient, again and again.\n\n"
    let body = String(repeating: paragraph, count: 5_000_000 / paragraph.utf8.count)
    let result = try build(["01-hostile.md": TestCourse.lesson(body: "# Big\n\n" + body)], seconds: 60)
    XCTAssertEqual(result.status, 0, result.stderr)
  }

  func testEmptyLessonAndDuplicateParts() throws {
    let frontMatterOnly = try build(["01-empty.md": TestCourse.lesson(body: "")])
    XCTAssertEqual(frontMatterOnly.status, 0, "front matter alone is a valid, empty lesson")
    let empty = try build(["01-empty.md": ""])
    XCTAssertEqual(empty.status, 1)
    XCTAssertTrue(empty.stderr.contains("lessons/01-empty.md:1:1: error: a lesson must start with YAML front matter"))
    let duplicate = try build([
      "01-a.md": TestCourse.lesson(part: 3, body: "# A\n"), "02-b.md": TestCourse.lesson(part: 3, body: "# B\n"),
    ])
    XCTAssertEqual(duplicate.status, 1)
    XCTAssertTrue(
      duplicate.stderr.contains("lessons/02-b.md:4:1: error: part 3 is also the part of lessons/01-a.md"),
      duplicate.stderr)
  }

  func testBlockThatWritesFilesStaysInItsFolder() throws {
    let result = try build([
      "01-hostile.md": TestCourse.lesson(
        body:
          "```swift-run\nimport Foundation\ntry! \"x\".write(toFile: \"written.txt\", atomically: true, encoding: .utf8)\nprint(FileManager.default.fileExists(atPath: \"written.txt\"))\n```\n\n```output\ntrue\n```\n"
      )
    ])
    XCTAssertEqual(result.status, 0, result.stderr)
  }
}

/// `kill -9` at random moments never leaves a broken site or a cache entry that gives wrong output.
final class KilledBuildTests: XCTestCase {
  func testSIGKILLDuringBuildsLeavesSiteAndCacheConsistent() throws {
    var lessons: [String: String] = [:]
    for part in 1...4 {
      lessons[String(format: "%02d-part.md", part)] = TestCourse.lesson(
        part: part, title: "Part \(part)",
        body:
          "# Part \(part)\n\n```swift-run\nvar total = 0\nfor i in 0..<\(part * 2_000_000) { total &+= i % 7 }\nprint(total)\n```\n"
      )
    }
    let course = try TestCourse(lessons: lessons)
    defer { course.remove() }
    // The reference: a clean build in a second folder.
    XCTAssertEqual(try course.mlbook("build", "--no-cache", "--quiet", "--out", "reference").status, 0)
    let reference = try files(in: course.root.appendingPathComponent("reference"))
    var generator = SystemRandomNumberGenerator()
    for round in 0..<20 {
      // Start each round from an empty cache half the time, so kills land in compiling, running and writing.
      if round % 2 == 0 { try? FileManager.default.removeItem(at: course.root.appendingPathComponent(".mlbook-cache")) }
      let process = Process()
      process.executableURL = TestCourse.executable
      process.arguments = ["build", "--quiet"]
      process.currentDirectoryURL = course.root
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32.random(in: 0...600_000, using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let site = course.root.appendingPathComponent("site")
      if FileManager.default.fileExists(atPath: site.path) {
        XCTAssertEqual(try files(in: site), reference, "round \(round): the site is whole")
      }
    }
    // Whatever the cache holds now must give the right site.
    let final = try course.mlbook("build", "--quiet")
    XCTAssertEqual(final.status, 0, final.stderr)
    XCTAssertEqual(try files(in: course.root.appendingPathComponent("site")), reference)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: course.root.path).filter {
      $0.hasPrefix(".site.")
    }
    XCTAssertEqual(leftovers, [], "abandoned staging folders are cleaned up")
  }

  private func files(in dir: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for case let url as URL in FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!
    where !url.hasDirectoryPath {
      result[String(url.path.dropFirst(dir.path.count))] = try Data(contentsOf: url)
    }
    return result
  }
}
