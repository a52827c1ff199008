import Foundation
import XCTest

@testable import MLBook

/// `mlbook check --report junit=FILE|github|json`: results CI systems read, one test case
/// per block, problems on the lesson line.
final class CheckReportTests: XCTestCase {
  /// Two lessons: one passes; the other has a stale output in its second block and a
  /// bad formula in its prose.
  private func course() throws -> TestCourse {
    let good = TestCourse.lesson(
      body: """
        ## Good

        ```swift-run
        print(1 + 1)
        ```

        ```output
        2
        ```

        """)
    let bad = TestCourse.lesson(
      part: 2, title: "Bad",
      body: """
        ## Bad

        ```swift-run
        print("a, b: c")
        ```

        ```output
        a, b: c
        ```

        Then:

        ```swift-run
        print(3 * 3)
        ```

        ```output
        10
        ```

        A broken formula $\\frac{1}{$ here.

        """)
    return try TestCourse(lessons: ["01-good.md": good, "02-bad.md": bad])
  }

  func testJUnitHasACasePerBlockAndValidatesAgainstTheSchema() throws {
    let course = try course()
    defer { course.remove() }
    let result = try course.mlbook("check", "--no-sandbox", "--keep-going", "--report", "junit=report.xml")
    XCTAssertEqual(result.status, 1, result.stderr)
    let xml = try course.read("report.xml")
    XCTAssertTrue(xml.contains("<testcase classname=\"lessons/01-good.md\" name=\"lessons/01-good.md:9\""), xml)
    XCTAssertTrue(xml.contains("name=\"lessons/02-bad.md:9\" file=\"lessons/02-bad.md\" line=\"9\"/>"), xml)
    XCTAssertTrue(xml.contains("name=\"lessons/02-bad.md:19\""), xml)
    XCTAssertTrue(xml.contains("<failure message=\"swift-run block 2: the recorded output differs"), xml)
    XCTAssertTrue(xml.contains("-10\n+9"), xml)
    // The formula error is outside every block: a case of its own at its line.
    XCTAssertTrue(xml.contains("name=\"lessons/02-bad.md:27\""), xml)
    XCTAssertTrue(xml.contains("tests=\"4\" failures=\"2\""), xml)
    let lint = Process()
    lint.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    lint.arguments = [
      "xmllint", "--noout", "--schema", Repository.url("Tests/MLBookTests/Schemas/junit.xsd").path,
      course.root.appendingPathComponent("report.xml").path,
    ]
    let errors = Pipe()
    lint.standardError = errors
    try lint.run()
    lint.waitUntilExit()
    let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    XCTAssertEqual(lint.terminationStatus, 0, "xmllint (apt: libxml2-utils): \(said)")
    XCTAssertTrue(said.contains("validates"), said)
  }

  func testGitHubAnnotationsAreWellFormed() throws {
    let course = try course()
    defer { course.remove() }
    let result = try course.mlbook("check", "--no-sandbox", "--keep-going", "--report", "github")
    XCTAssertEqual(result.status, 1)
    let lines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }
    XCTAssertEqual(lines.count, 2, result.stdout)
    let pattern = try NSRegularExpression(
      pattern: #"^::(error|warning) file=[^,:]+,line=[0-9]+,col=[0-9]+,title=[^,:]+::[^\n\r]+$"#)
    for line in lines {
      let text = String(line)
      XCTAssertNotNil(pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), text)
    }
    XCTAssertTrue(
      lines.contains {
        $0.hasPrefix("::error file=lessons/02-bad.md,line=19,col=1,title=mlbook check::swift-run block 2")
      })
    // The diff travels in the message, newlines escaped.
    XCTAssertTrue(lines.contains { $0.contains("%0A-10%0A+9") }, result.stdout)
  }

  func testJSONListsEveryBlockWithItsStatus() throws {
    let course = try course()
    defer { course.remove() }
    let result = try course.mlbook("check", "--no-sandbox", "--keep-going", "--report", "json=report.json")
    XCTAssertEqual(result.status, 1)
    let object = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(try course.read("report.json").utf8)) as? [String: Any])
    XCTAssertEqual(object["passed"] as? Bool, false)
    let blocks = try XCTUnwrap(object["blocks"] as? [[String: Any]])
    XCTAssertEqual(
      blocks.map { $0["name"] as? String },
      ["lessons/01-good.md:9", "lessons/02-bad.md:9", "lessons/02-bad.md:19", "lessons/02-bad.md:27"])
    XCTAssertEqual(blocks.map { $0["status"] as? String }, ["passed", "passed", "failed", "failed"])
  }

  func testPassingCheckWritesAPassingReport() throws {
    let course = try course()
    defer { course.remove() }
    try course.write(TestCourse.lesson(part: 2, title: "Bad", body: "## Fixed\n"), to: "lessons/02-bad.md")
    let result = try course.mlbook("check", "--no-sandbox", "--report", "junit=r.xml", "--report", "json")
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(try course.read("r.xml").contains("tests=\"1\" failures=\"0\""))
    XCTAssertTrue(result.stdout.contains("\"passed\" : true"), result.stdout)
  }

  func testXMLEscapingDropsWhatXMLCannotHold() {
    XCTAssertEqual(CheckResults.xml("a<b & \"c\"\u{1B}[31m"), "a&lt;b &amp; &quot;c&quot;\u{FFFD}[31m")
    XCTAssertEqual(CheckResults.property("a:b,c%\n"), "a%3Ab%2Cc%25%0A")
  }

  func testBadReportRequestIsAUsageError() throws {
    let course = try course()
    defer { course.remove() }
    for bad in ["junit", "xml=out", "github=file"] {
      let result = try course.mlbook("check", "--report", bad)
      XCTAssertEqual(result.status, 2, bad)
    }
  }
}
