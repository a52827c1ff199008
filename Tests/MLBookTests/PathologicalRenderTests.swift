import Foundation
import XCTest

@testable import MLBook

/// Everything mlbook does with a lesson's text after cmark — formula and link
/// location, alerts, footnotes, highlighting, HTML and text rendering, link
/// checking, the search index — is linear in its input. In the style of cmark's
/// `test/pathological_tests.py`: each shape is rendered at N and 4N, and the time
/// must grow about 4× (below 8×: O(n log n) passes, O(n²)'s 16× does not).
final class PathologicalRenderTests: XCTestCase {
  private let config = CourseConfig(title: "Pathological")

  /// Seconds to turn `body` into every site file (best of three).
  private func seconds(_ body: String) throws -> Double {
    let source = TestCourse.lesson(body: body)
    let lesson = try Lesson.parse(
      source: source, url: URL(fileURLWithPath: "/tmp/pathological/lessons/01-x.md"), displayPath: "01-x.md")
    let course = Course(root: URL(fileURLWithPath: "/tmp/pathological"), config: config, lessons: [lesson])
    let templates = try Templates.load(courseRoot: course.root)
    var best = Double.infinity
    for _ in 0..<3 {
      let start = ContinuousClock.now
      let builder = SiteBuilder(course: course, templates: templates, math: Pipeline.math(config), renderCache: nil)
      _ = try builder.files(for: [SiteBuilder.ExecutedLesson(lesson: lesson, blocks: [], run: LessonRun(outputs: []))])
      best = min(best, start.duration(to: .now).seconds)
    }
    return best
  }

  private func assertLinear(
    _ name: String, n: Int, file: StaticString = #filePath, line: UInt = #line, _ shape: (Int) -> String
  ) throws {
    let small = try seconds(shape(n))
    let large = try seconds(shape(4 * n))
    let ratio = large / max(small, 1e-4)
    print("pathological \(name): N=\(n) \(Int(small * 1000)) ms, 4N \(Int(large * 1000)) ms, ratio \(ratio)")
    XCTAssertLessThan(ratio, 8, "\(name) grows like n²: \(small) s at N=\(n), \(large) s at 4N", file: file, line: line)
    XCTAssertLessThan(large, 20, "\(name) is too slow at 4N=\(4 * n)", file: file, line: line)
  }

  func testEveryShapeRendersInLinearTime() throws {
    try assertLinear("unclosed dollars", n: 4000) { String(repeating: "$5 ", count: $0) + "\n" }
    try assertLinear("inline formulas", n: 600) { String(repeating: "$x_i^2$ and ", count: $0) + "\n" }
    try assertLinear("same formula repeated over lines", n: 500) {
      String(repeating: "Let $x$ be.\nThen $x$.\n", count: $0)
    }
    try assertLinear("images", n: 1000) { String(repeating: "![a $y$](https://example.com/p.png) ", count: $0) + "\n" }
    try assertLinear("links", n: 600) { "## Target\n\n" + String(repeating: "[to $a$](#target) ", count: $0) + "\n" }
    try assertLinear("unclosed link syntax", n: 3000) { String(repeating: "[a]( ", count: $0) + "\n" }
    try assertLinear("headings with one title", n: 300) { String(repeating: "## Loss\n\nText $x$.\n\n", count: $0) }
    try assertLinear("alerts", n: 250) {
      String(
        repeating: "> [!NOTE] A note\n> Text $x$.\n\n> [!EXERCISE] E\n> Do it.\n\n> [!ANSWER]\n> Done.\n\n", count: $0)
    }
    try assertLinear("footnotes", n: 400) { n in
      (0..<n).map { "Claim[^n\($0)] and again[^n\($0)].\n\n" }.joined()
        + (0..<n).map { "[^n\($0)]: Note \($0).\n\n" }.joined()
    }
    try assertLinear("nested emphasis", n: 1500) { String(repeating: "*a **b** c* ", count: $0) + "\n" }
    try assertLinear("code spans and escapes", n: 1500) { String(repeating: "`a<b>&` \\$ & < ", count: $0) + "\n" }
    try assertLinear("swift code", n: 300) {
      "```swift\n" + String(repeating: "let x = f(1, \"s\") + g[2] // note $x$\n", count: $0) + "```\n"
    }
    try assertLinear("deeply nested swift", n: 2000) {
      "```swift\nlet a = " + String(repeating: "[A<", count: $0) + "\n```\n"
    }
    try assertLinear("table with math", n: 500) {
      "| a | b |\n|---|---|\n" + String(repeating: "| $\\|x\\|$ | `c` |\n", count: $0)
    }
    try assertLinear("deep quotes", n: 300) {
      String(repeating: String(repeating: "> ", count: 40) + "x $y$\n", count: $0)
    }
    try assertLinear("long list", n: 600) { String(repeating: "- item $x$ with [a](#a)\n", count: $0) + "\n## A\n" }
    try assertLinear("display math", n: 400) { String(repeating: "$$\n\\frac{a}{b}\n$$\n\n", count: $0) }
  }
}
