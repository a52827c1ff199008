import Foundation
import MLBook
import XCTest

/// `--shard I/N` splits a course across machines; `build --from-shards` assembles the site.
final class ShardingTests: XCTestCase {
  func testShardArgumentsAreIOfN() {
    XCTAssertEqual(Shard(parsing: "1/3"), Shard(index: 1, count: 3))
    XCTAssertEqual(Shard(parsing: "3/3"), Shard(index: 3, count: 3))
    XCTAssertEqual(Shard(parsing: "1/1"), Shard(index: 1, count: 1))
    for bad in ["0/3", "4/3", "1/0", "-1/3", "a/b", "1", "1/2/3", "", "/", "1/"] {
      XCTAssertNil(Shard(parsing: bad), bad)
    }
  }

  func testEveryLessonIsInExactlyOneShardAndStaysThereWhenOthersAreAdded() {
    let paths = (1...40).map { String(format: "lessons/%02d-part.md", $0) }
    for count in [1, 2, 3, 5, 8] {
      let (shards, basis) = Shard.assign(paths: paths, count: count)
      XCTAssertEqual(basis, .pathHash)
      XCTAssertEqual(Set(shards.keys), Set(paths))
      XCTAssertTrue(shards.values.allSatisfy { (1...count).contains($0) })
      if count > 1 { XCTAssertGreaterThan(Set(shards.values).count, 1, "not all in one shard") }
      let grown = Shard.assign(paths: paths + ["lessons/41-new.md", "lessons/00-intro.md"], count: count).shards
      for path in paths { XCTAssertEqual(grown[path], shards[path], "\(path) moved when lessons were added") }
    }
  }

  func testRecordedTimesBalanceTheShardsLongestFirst() {
    let seconds = ["a.md": 9.0, "b.md": 8, "c.md": 7, "d.md": 3, "e.md": 2, "f.md": 1]
    let (shards, basis) = Shard.assign(paths: Array(seconds.keys), count: 2, seconds: seconds)
    XCTAssertEqual(basis, .recordedTimes)
    var load = [0.0, 0.0]
    for (path, shard) in shards { load[shard - 1] += seconds[path]! }
    XCTAssertEqual(load, [15, 15], "9+3+2+1 = 8+7")
    // One lesson without a recorded time: every machine falls back to the path hash.
    var partial = seconds
    partial["g.md"] = nil
    XCTAssertEqual(Shard.assign(paths: Array(seconds.keys) + ["g.md"], count: 2, seconds: partial).basis, .pathHash)
  }

  // MARK: On a course

  /// Six lessons: code, a stale output, a formula error, links across lessons, one without code.
  private func makeCourse() throws -> TestCourse {
    func code(_ n: Int) -> String { "```swift-run\nprint(\(n) * 3)\n```\n\n```output\n\(n * 3)\n```\n" }
    return try TestCourse(lessons: [
      "01-one.md": TestCourse.lesson(
        part: 1, title: "One", body: "## Start here\n\nSee [two](02-two.md#the-middle).\n\n" + code(1)),
      "02-two.md": TestCourse.lesson(part: 2, title: "Two", body: "## The middle\n\n" + code(2)),
      "03-three.md": TestCourse.lesson(
        part: 3, title: "Three", body: "## Stale\n\n```swift-run\nprint(\"new\")\n```\n\n```output\nold\n```\n"),
      "04-four.md": TestCourse.lesson(part: 4, title: "Four", body: "## Bad math\n\nHere: $\\frac{1}$.\n\n" + code(4)),
      "05-five.md": TestCourse.lesson(
        part: 5, title: "Five", body: "## Prose only\n\nBack to [one](01-one.md#start-here).\n"),
      "06-six.md": TestCourse.lesson(
        part: 6, title: "Six", body: "## Last\n\n" + code(6) + "\nAnd [a typo](02-two.md#the-midle).\n"),
    ])
  }

  private func errorLines(_ stderr: String) -> Set<String> {
    Set(stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") })
  }

  func testTheShardsTogetherCheckExactlyWhatTheWholeCheckDoes() throws {
    let course = try makeCourse()
    defer { course.remove() }
    let whole = try course.mlbook("check", "--color", "never")
    XCTAssertEqual(whole.status, 1)
    let expected = errorLines(whole.stderr)
    XCTAssertEqual(expected.count, 3, whole.stderr)  // the stale output, the formula, the broken anchor
    for count in [2, 3, 6] {
      var union = Set<String>()
      var lessons: [String] = []
      for index in 1...count {
        let part = try course.mlbook("check", "--shard", "\(index)/\(count)", "--color", "never")
        let found = errorLines(part.stderr)
        XCTAssertEqual(part.status, found.isEmpty ? 0 : 1, part.stderr)
        XCTAssertTrue(union.isDisjoint(with: found), "an error reported by two shards: \(found)")
        union.formUnion(found)
        let listing = part.stdout.split(separator: "\n").first { $0.hasPrefix("shard \(index)/\(count) (by ") }
        if let listing, let colon = listing.range(of: "): ") {
          lessons += listing[colon.upperBound...].components(separatedBy: ", ").filter { !$0.isEmpty }
        } else if part.status == 0 {
          XCTFail("no shard listing: \(part.stdout)")
        }
      }
      XCTAssertEqual(union, expected, "\(count) shards")
      let passing = lessons.sorted()
      XCTAssertEqual(Set(passing).count, passing.count, "a lesson in two shards: \(passing)")
    }
  }

  func testShardsAssembleIntoTheSameSiteByteForByte() throws {
    let course = try makeCourse()
    defer { course.remove() }
    // A course that builds: fix the stale output, the formula and the anchor.
    try course.write(
      TestCourse.lesson(
        part: 3, title: "Three", body: "## Stale\n\n```swift-run\nprint(\"new\")\n```\n\n```output\nnew\n```\n"),
      to: "lessons/03-three.md")
    try course.write(
      TestCourse.lesson(
        part: 4, title: "Four", body: "## Bad math\n\nHere: $\\frac{1}{2}$.\n\n```swift-run\nprint(12)\n```\n"),
      to: "lessons/04-four.md")
    let six = try course.read("lessons/06-six.md").replacingOccurrences(of: "the-midle", with: "the-middle")
    try course.write(six, to: "lessons/06-six.md")
    XCTAssertEqual(try course.mlbook("build", "--out", "whole").status, 0)

    // Each shard on a machine of its own: a separate cache, nothing shared.
    var folders: [String] = []
    var covered = 0
    for index in 1...3 {
      let result = try runIsolated(course, ["build", "--shard", "\(index)/3"], cache: "cache-\(index)")
      XCTAssertEqual(result.status, 0, result.stderr)
      XCTAssertTrue(course.exists("shards/\(index)-of-3/mlbook-shard.json"))
      covered += Int(result.stdout.components(separatedBy: ": ").last!.prefix { $0.isNumber })!
      folders.append("shards/\(index)-of-3")
    }
    XCTAssertEqual(covered, 5, "five lessons have code, each run by one shard")
    // Assembling runs nothing: no compiler is needed (an empty PATH and a fresh cache).
    let assembled = try runIsolated(
      course, ["build", "--from-shards"] + folders + ["--out", "assembled"], cache: "cache-final", path: "")
    XCTAssertEqual(assembled.status, 0, assembled.stderr)
    let whole = try files(in: course.root.appendingPathComponent("whole"))
    XCTAssertEqual(try files(in: course.root.appendingPathComponent("assembled")), whole)
    XCTAssertGreaterThan(whole.count, 8)

    // A missing shard, a shard given twice, a lesson edited after its shard ran: clear errors, no site.
    let missing = try course.mlbook("build", "--from-shards", folders[0], folders[1], "--out", "partial")
    XCTAssertEqual(missing.status, 1)
    XCTAssertTrue(missing.stderr.contains("is in none of the shards given (1/3, 2/3); is one missing?"), missing.stderr)
    XCTAssertFalse(course.exists("partial"))
    let twice = try course.mlbook(
      "build", "--from-shards", folders[0], folders[0], folders[1], folders[2], "--out", "x")
    XCTAssertEqual(twice.status, 1)
    XCTAssertTrue(twice.stderr.contains("is in shard 1/3 and in shard 1/3"), twice.stderr)
    try course.write(
      try course.read("lessons/02-two.md").replacingOccurrences(of: "print(2 * 3)", with: "print(2 * 4)"),
      to: "lessons/02-two.md")
    let stale = try course.mlbook("build", "--from-shards", folders[0], folders[1], folders[2], "--out", "y")
    XCTAssertEqual(stale.status, 1)
    XCTAssertTrue(stale.stderr.contains("lessons/02-two.md:"), stale.stderr)
    XCTAssertTrue(stale.stderr.contains("the lesson's code changed after shard"), stale.stderr)
  }

  func testRecordedRunTimesAreUsedOnceEveryLessonHasOne() throws {
    var lessons: [String: String] = [:]
    for n in 1...4 {
      lessons[String(format: "%02d-l.md", n)] = TestCourse.lesson(
        part: n, title: "L\(n)", body: "## S\n\n```swift-run\nprint(\(n))\n```\n\n```output\n\(n)\n```\n")
    }
    let course = try TestCourse(lessons: lessons)
    defer { course.remove() }
    let first = try course.mlbook("check", "--shard", "1/2")
    XCTAssertEqual(first.status, 0, first.stderr)
    XCTAssertTrue(first.stdout.contains("shard 1/2 (by path hash): "), first.stdout)
    // After a full run every lesson's time is recorded: the next split balances them.
    XCTAssertEqual(try course.mlbook("check").status, 0)
    let second = try course.mlbook("check", "--shard", "1/2")
    XCTAssertEqual(second.status, 0, second.stderr)
    XCTAssertTrue(second.stdout.contains("shard 1/2 (by recorded run times): "), second.stdout)
    let other = try course.mlbook("check", "--shard", "2/2")
    func listed(_ out: String) -> Set<String> {
      let line = out.split(separator: "\n").first { $0.hasPrefix("shard ") }!
      return Set(line.components(separatedBy: "): ").last!.components(separatedBy: ", "))
    }
    XCTAssertEqual(listed(second.stdout).union(listed(other.stdout)).count, 4)
    XCTAssertTrue(listed(second.stdout).isDisjoint(with: listed(other.stdout)))
  }

  /// `mlbook ARGS` with its own cache folder (and optionally its own PATH), as on another machine.
  private func runIsolated(_ course: TestCourse, _ arguments: [String], cache: String, path: String? = nil) throws
    -> TestCourse.Result
  {
    var environment = ProcessInfo.processInfo.environment
    environment["MLBOOK_CACHE_DIR"] = course.root.appendingPathComponent(cache).path
    if let path { environment["PATH"] = path }
    return try course.mlbook(in: "", arguments, environment: environment)
  }

  private func files(in folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
    for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true
    {
      result[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
    }
    return result
  }
}
