import Foundation
import XCTest

@testable import MLBook

/// `check` with a numeric tolerance: numbers (as NumPy and Swift print them) may move by
/// `atol + rtol·|recorded|`; every other character must stay the same.
final class OutputToleranceTests: XCTestCase {
  private let loose = NumericTolerance(rtol: 1e-6)

  private func numbers(_ text: String) -> [String] {
    PrintedNumbers(text).tokens.compactMap {
      if case .number(let n) = $0 { String(n) } else { nil }
    }
  }

  func testFindsNumbersAsNumPyPrintsThem() {
    XCTAssertEqual(numbers("[ 1.5  -2.  3.25e-08]"), ["1.5", "-2.", "3.25e-08"])
    XCTAssertEqual(numbers("[[nan inf]\n [-inf 0.]]"), ["nan", "inf", "-inf", "0."])
    XCTAssertEqual(numbers("p = 0.0312, n=100, 95%"), ["0.0312", "100", "95"])
    // A sign right after a number is text: `1.+2.j` is 1. and 2.j joined by "+".
    XCTAssertEqual(numbers("1.+2.j"), ["1.", "2.j"])
    XCTAssertEqual(numbers("1E+10 and 6.02e23"), ["1E+10", "6.02e23"])
    // Inside words and names there are no numbers.
    XCTAssertEqual(numbers("float64 x1 banana infinity nano v2.0"), [])
  }

  func testEqualWithinToleranceOnly() {
    XCTAssertTrue(OutputComparison.equal(recorded: "0.3", actual: "0.30000000000000004", tolerance: loose))
    XCTAssertFalse(OutputComparison.equal(recorded: "0.3", actual: "0.30001", tolerance: loose))
    XCTAssertFalse(OutputComparison.equal(recorded: "0.3", actual: "0.30000000000000004", tolerance: .exact))
    // atol covers values near zero, where rtol cannot.
    XCTAssertFalse(OutputComparison.equal(recorded: "0.", actual: "1e-17", tolerance: loose))
    XCTAssertTrue(
      OutputComparison.equal(recorded: "0.", actual: "1e-17", tolerance: NumericTolerance(rtol: 1e-6, atol: 1e-12)))
    XCTAssertTrue(OutputComparison.equal(recorded: "nan inf -inf", actual: "nan inf -inf", tolerance: loose))
    XCTAssertFalse(OutputComparison.equal(recorded: "inf", actual: "-inf", tolerance: loose))
    XCTAssertFalse(OutputComparison.equal(recorded: "nan", actual: "0.", tolerance: NumericTolerance(atol: 1e300)))
    XCTAssertFalse(OutputComparison.equal(recorded: "1e308", actual: "inf", tolerance: NumericTolerance(rtol: 1)))
  }

  func testNonNumericTextIsNeverTolerated() {
    let huge = NumericTolerance(rtol: 1e9, atol: 1e9)
    XCTAssertFalse(OutputComparison.equal(recorded: "mean 1.0", actual: "Mean 1.0", tolerance: huge))
    XCTAssertFalse(OutputComparison.equal(recorded: "[1. 2.]", actual: "[1. 2. 3.]", tolerance: huge))
    XCTAssertFalse(OutputComparison.equal(recorded: "1.0\n2.0", actual: "1.0\n2.0\n", tolerance: huge))
    XCTAssertFalse(OutputComparison.equal(recorded: "a b", actual: "ab", tolerance: huge))
    XCTAssertFalse(OutputComparison.equal(recorded: "x1", actual: "x2", tolerance: huge))
    XCTAssertFalse(OutputComparison.equal(recorded: "1.5", actual: "1.5 kg", tolerance: huge))
  }

  func testNumPyArrayPaddingMayChangeWithTheNumbers() {
    // NumPy pads to the widest element; a value that gains a digit moves the columns.
    let recorded = "[[ 1.         0.5      ]\n [-0.25       2.       ]]"
    let actual = "[[ 1.0000000001  0.5         ]\n [-0.25          2.          ]]"
    XCTAssertTrue(OutputComparison.equal(recorded: recorded, actual: actual, tolerance: loose))
    XCTAssertFalse(OutputComparison.equal(recorded: recorded, actual: actual, tolerance: NumericTolerance(rtol: 1e-12)))
    // A table from MLMath's printing, with column alignment.
    let table = "name   value\nalpha  0.125\nbeta   10.5"
    let moved = "name   value\nalpha  0.12500001\nbeta   10.5"
    XCTAssertTrue(OutputComparison.equal(recorded: table, actual: moved, tolerance: loose))
  }

  func testExplanationNamesTheNumbersThatMoved() throws {
    let text = try XCTUnwrap(
      OutputComparison.explanation(recorded: "a 1.0\nb 2.0\nc 3.0", actual: "a 1.0\nb 2.5\nc 3.0", tolerance: loose))
    XCTAssertTrue(text.contains("output line 2: 2.0 → 2.5 (relative difference 0.25)"), text)
    let words = try XCTUnwrap(OutputComparison.explanation(recorded: "one 1", actual: "two 1", tolerance: loose))
    XCTAssertTrue(words.contains("the text differs, not only numbers"), words)
  }

  // MARK: Through `mlbook check`

  private func lesson(_ attributes: String = "", recorded: String) -> String {
    TestCourse.lesson(
      body: """
        ## Sums

        Floating-point addition rounds.

        ```swift-run\(attributes)
        print(0.1 + 0.2)
        print("sum:", 1.0 / 3.0)
        ```

        ```output
        \(recorded)
        ```

        """)
  }

  func testCourseToleranceAcceptsFloatNoiseAndUpdateLeavesTheFence() throws {
    let source = lesson(recorded: "0.3\nsum: 0.333333333333")
    let course = try TestCourse(lessons: ["01-sums.md": source], config: "check:\n  rtol: 1e-9\n")
    defer { course.remove() }
    let check = try course.mlbook("check", "--no-sandbox")
    XCTAssertEqual(check.status, 0, check.stderr)
    let update = try course.mlbook("check", "--update", "--no-sandbox")
    XCTAssertEqual(update.status, 0, update.stderr)
    XCTAssertFalse(update.stdout.contains("updated outputs"), update.stdout)
    XCTAssertEqual(try course.read("lessons/01-sums.md"), source)
  }

  func testExactByDefaultWithADiffThatNamesTheNumbers() throws {
    let course = try TestCourse(lessons: ["01-sums.md": lesson(recorded: "0.3\nsum: 0.3333333333333333")])
    defer { course.remove() }
    let check = try course.mlbook("check", "--no-sandbox")
    XCTAssertEqual(check.status, 1)
    XCTAssertTrue(check.stderr.contains("lessons/01-sums.md:11:1: error: swift-run block 1"), check.stderr)
    XCTAssertTrue(check.stderr.contains("+0.30000000000000004"), check.stderr)
    // A block tolerance that is too tight names the number and its relative difference.
    let tight = try TestCourse(lessons: ["01-sums.md": lesson(" rtol=1e-20", recorded: "0.3\nsum: 0.3333333333333333")])
    defer { tight.remove() }
    let failed = try tight.mlbook("check", "--no-sandbox")
    XCTAssertEqual(failed.status, 1)
    XCTAssertTrue(failed.stderr.contains("numbers beyond tolerance (rtol 1e-20):"), failed.stderr)
    XCTAssertTrue(
      failed.stderr.contains("output line 1: 0.3 → 0.30000000000000004 (relative difference 1.85e-16)"), failed.stderr)
  }

  func testBlockToleranceOverridesTheCourse() throws {
    let course = try TestCourse(
      lessons: ["01-sums.md": lesson(" atol=1e-6", recorded: "0.3\nsum: 0.333333")], config: "check:\n  rtol: 0\n")
    defer { course.remove() }
    let check = try course.mlbook("check", "--no-sandbox")
    XCTAssertEqual(check.status, 0, check.stderr)
  }

  func testBadToleranceIsAnErrorAtItsWord() throws {
    let course = try TestCourse(lessons: ["01-sums.md": lesson(" rtol=-1", recorded: "0.3")])
    defer { course.remove() }
    let check = try course.mlbook("check", "--no-sandbox")
    XCTAssertEqual(check.status, 1)
    XCTAssertTrue(
      check.stderr.contains("lessons/01-sums.md:11:14: error: `rtol=-1`: rtol must be a number ≥ 0"), check.stderr)
    let config = try TestCourse(lessons: ["01-sums.md": lesson(recorded: "0.3")], config: "check:\n  rtoll: 1e-9\n")
    defer { config.remove() }
    let bad = try config.mlbook("check", "--no-sandbox")
    XCTAssertEqual(bad.status, 1)
    XCTAssertTrue(bad.stderr.contains("unknown check setting `rtoll`; did you mean `rtol`?"), bad.stderr)
  }
}
