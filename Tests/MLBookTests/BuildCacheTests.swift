import Foundation
import XCTest

/// The execution cache: prose, math and template edits never re-run code;
/// code edits do; corrupted entries are recomputed; `--no-cache` does not read it but refreshes it.
/// The lessons count their runs in a file outside their run folder, which only
/// `--no-sandbox` allows.
final class BuildCacheTests: XCTestCase {
  /// A lesson whose code appends a line to `counter` each time it really runs.
  private func lesson(counter: URL, prose: String = "Some prose.", code: String = "print(\"hello\")") -> String {
    TestCourse.lesson(
      body: """
        # Cached

        \(prose) $x^2$

        ```swift-run
        import Foundation
        let handle = FileHandle(forWritingAtPath: "\(counter.path)")!
        handle.seekToEndOfFile()
        handle.write("ran\\n".data(using: .utf8)!)
        \(code)
        ```

        """)
  }

  private func runs(_ counter: URL) -> Int {
    ((try? String(contentsOf: counter, encoding: .utf8)) ?? "").split(separator: "\n").count
  }

  func testOnlyCodeChangesRunCode() throws {
    let counter = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-counter-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: counter.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: counter) }
    let course = try TestCourse(lessons: ["01-cached.md": lesson(counter: counter)])
    defer { course.remove() }

    XCTAssertEqual(try course.mlbook("build", "--no-sandbox").status, 0)
    XCTAssertEqual(runs(counter), 1)
    XCTAssertEqual(try course.mlbook("build", "--no-sandbox").status, 0)
    XCTAssertEqual(runs(counter), 1, "nothing changed")

    try course.write(lesson(counter: counter, prose: "Edited prose, and math."), to: "lessons/01-cached.md")
    XCTAssertEqual(try course.mlbook("build", "--no-sandbox").status, 0)
    XCTAssertEqual(runs(counter), 1, "a prose edit does not run code")
    XCTAssertTrue(try course.read("site/01-cached.html").contains("Edited prose"))

    try FileManager.default.createDirectory(
      at: course.root.appendingPathComponent("templates"), withIntermediateDirectories: true)
    try course.write("<footer>New footer</footer>\n", to: "templates/footer.mustache")
    XCTAssertEqual(try course.mlbook("build", "--no-sandbox").status, 0)
    XCTAssertEqual(runs(counter), 1, "a template edit does not run code")
    XCTAssertTrue(try course.read("site/01-cached.html").contains("New footer"))

    try course.write(lesson(counter: counter, code: "print(\"changed\")"), to: "lessons/01-cached.md")
    XCTAssertEqual(try course.mlbook("build", "--no-sandbox").status, 0)
    XCTAssertEqual(runs(counter), 2, "a code edit runs the lesson again")
    XCTAssertTrue(try course.read("site/01-cached.html").contains("changed\n</pre>"))

    XCTAssertEqual(try course.mlbook("build", "--no-sandbox", "--no-cache").status, 0)
    XCTAssertEqual(runs(counter), 3, "--no-cache runs everything")
    // … and refreshes the cache: the next build reuses it (and finds the site current).
    let after = try course.mlbook("build", "--no-sandbox")
    XCTAssertEqual(after.status, 0, after.stderr)
    XCTAssertEqual(runs(counter), 3, "a build after --no-cache runs nothing")
    XCTAssertEqual(try course.mlbook("check", "--no-sandbox", "--no-cache", "--update").status, 0)
    XCTAssertEqual(runs(counter), 4, "check --no-cache runs everything")
    XCTAssertEqual(try course.mlbook("check", "--no-sandbox").status, 0)
    XCTAssertEqual(runs(counter), 4, "a check after --no-cache runs nothing")
  }

  func testCorruptedCacheEntriesAreRecomputed() throws {
    let counter = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-counter-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: counter.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: counter) }
    let course = try TestCourse(lessons: ["01-cached.md": lesson(counter: counter)])
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("build", "--no-sandbox").status, 0)
    let reference = try course.read("site/01-cached.html")
    let runs = course.root.appendingPathComponent(".mlbook-cache/runs")
    for name in try FileManager.default.contentsOfDirectory(atPath: runs.path) {
      let url = runs.appendingPathComponent(name)
      var data = try Data(contentsOf: url)
      data = data.prefix(data.count - 5) + Data("xxxxx".utf8)
      try data.write(to: url)
    }
    try FileManager.default.removeItem(at: course.root.appendingPathComponent(".mlbook-cache/pages"))
    try course.write("tampered", to: "site/01-cached.html")
    XCTAssertEqual(try course.mlbook("build", "--no-sandbox").status, 0)
    XCTAssertEqual(self.runs(counter), 2, "the corrupted entry was detected and the lesson ran again")
    XCTAssertEqual(try course.read("site/01-cached.html"), reference)
  }
}

/// Many lessons at once: the same site as one at a time; failures isolated.
final class ParallelBuildTests: XCTestCase {
  private func course(broken: Set<Int> = []) throws -> TestCourse {
    var lessons: [String: String] = [:]
    for part in 1...6 {
      let code = broken.contains(part) ? "print(undefinedName\(part))" : "print(\(part) * 7)"
      lessons[String(format: "%02d-part.md", part)] = TestCourse.lesson(
        part: part, title: "Part \(part)",
        body: "# Part \(part)\n\n```swift-run\n\(code)\n```\n\n```output\n\(part * 7)\n```\n")
    }
    return try TestCourse(lessons: lessons)
  }

  private func siteFiles(_ course: TestCourse) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let site = course.root.appendingPathComponent("site")
    for case let url as URL in FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil)!
    where !url.hasDirectoryPath {
      files[String(url.path.dropFirst(site.path.count))] = try Data(contentsOf: url)
    }
    return files
  }

  func testParallelAndSerialBuildsAreIdentical() throws {
    let course = try course()
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("build", "--no-sandbox", "--jobs", "1", "--no-cache").status, 0)
    let serial = try siteFiles(course)
    XCTAssertEqual(try course.mlbook("build", "--no-sandbox", "--jobs", "4", "--no-cache").status, 0)
    XCTAssertEqual(try siteFiles(course), serial)
    XCTAssertEqual(serial.keys.filter { $0.hasSuffix(".html") }.count, 7)
    XCTAssertEqual(serial.keys.filter { $0.hasSuffix(".txt") }.count, 6 + 2)
  }

  func testKeepGoingReportsEveryFailureAndBuildsTheRest() throws {
    let course = try course(broken: [2, 5])
    defer { course.remove() }
    let stopped = try course.mlbook("build", "--no-sandbox", "--jobs", "1")
    XCTAssertEqual(stopped.status, 1)
    XCTAssertTrue(
      stopped.stderr.contains("lessons/02-part.md:10:7: error: cannot find 'undefinedName2'"), stopped.stderr)
    XCTAssertFalse(
      stopped.stderr.contains("undefinedName5"), "without --keep-going the build stops at the first failure")
    XCTAssertFalse(course.exists("site"))

    let result = try course.mlbook("build", "--no-sandbox", "--keep-going")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("lessons/02-part.md:10:7: error: cannot find 'undefinedName2'"), result.stderr)
    XCTAssertTrue(result.stderr.contains("lessons/05-part.md:10:7: error: cannot find 'undefinedName5'"), result.stderr)
    XCTAssertTrue(try course.read("site/01-part.html").contains("7\n</pre>"))
    XCTAssertTrue(try course.read("site/06-part.html").contains("42\n</pre>"))
    XCTAssertTrue(try course.read("site/02-part.html").contains("This part failed to build"))
  }

  func testASecondBuildOfTheSameCourseIsRefusedClearly() throws {
    let course = try course()
    defer { course.remove() }
    let cache = course.root.appendingPathComponent(".mlbook-cache")
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    let fd = open(cache.appendingPathComponent("lock").path, O_RDWR | O_CREAT, 0o644)
    XCTAssertEqual(flock(fd, LOCK_EX), 0)
    let result = try course.mlbook("build", "--no-sandbox")
    flock(fd, LOCK_UN)
    close(fd)
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("another mlbook"), result.stderr)
    XCTAssertEqual(try course.mlbook("build", "--no-sandbox").status, 0, "the lock is released with its holder")
  }
}
