import Foundation
import XCTest

@testable import MLBook

/// Deeply nested Swift must not stall the build. swift-syntax's parser backtracks
/// once per level on shapes such as `[[[…]]]`, `([([…`, `[A<[A<…` (the CI fuzzer
/// found a code block that took over 10 s); the highlighter measures nesting
/// first and leaves deeper code uncoloured, and the author gets a warning.
final class DeepNestingTests: XCTestCase {
  private func depth(_ code: String) -> Int { SwiftNesting.deepest(in: code).depth }

  // MARK: The measure

  func testCountsBracketsInterpolationsAndGenericArguments() {
    XCTAssertEqual(depth(""), 0)
    XCTAssertEqual(depth("let a = 1 + 2"), 0)
    XCTAssertEqual(depth("f(x[i])"), 2)
    XCTAssertEqual(depth("xs.map { f($0) }"), 2)
    XCTAssertEqual(depth("let a: Array<Dictionary<String, [Int]>> = []"), 3)
    XCTAssertEqual(depth("print(\"mean \\(m[0])\")"), 3, "the call, the interpolation and the subscript")
    XCTAssertEqual(depth("[[1, 2], [3, 4]]"), 2)
    XCTAssertEqual(depth("let t = [[[[1]]]]; let u = (2)"), 4)
    XCTAssertEqual(depth("func f() -> (Int) -> [Int] { [] }"), 2, "`->` ends no generic argument list")
  }

  func testBracketsInStringsAndCommentsAreText() {
    XCTAssertEqual(depth(#"let s = "((((([[[[[""#), 0)
    XCTAssertEqual(depth("// [[[[[[[[[[\nlet a = 1"), 0)
    XCTAssertEqual(depth("/* [[[ /* nested ]]] */ ((((( */ let a = 1"), 0)
    XCTAssertEqual(depth(##"let r = #"a "[[[[" \(not) b"#"##), 0, "a raw string has no `\\(` interpolation")
    XCTAssertEqual(depth(##"let r = #"\#(f(x))"#"##), 2, "but `\\#(` is one")
    XCTAssertEqual(depth("let m = \"\"\"\n  [[[[[\n  \"\n  ]]]]]\n  \"\"\"\nlet b = [1]"), 1)
    XCTAssertEqual(depth("let s = \"escaped \\\" quote [[[[\"\nlet b = (1)"), 1)
    XCTAssertEqual(depth("let s = \"unterminated [[[\nlet b = (1)"), 1, "a single-line string ends at its line's end")
  }

  /// A closing bracket inside a string, comment or regex literal must not hide real nesting.
  func testTextCannotHideNesting() {
    let open = String(repeating: "[", count: 10)
    XCTAssertEqual(depth(open + #" "]]]]]]]]]]" "# + open), 20, "a string of closers is one more element")
    XCTAssertEqual(depth(open + " /* ]]]]]]]]]] */ " + open), 20)
    XCTAssertEqual(depth(open + " #/]]]]]]]]]]/# " + open), 20)
    XCTAssertEqual(depth(open + " /]]]]]]]]]]/ " + open), 20)
    XCTAssertEqual(depth(open + " \"\\(x)]]]]]]]]]]\" " + open), 20, "after an interpolation the string resumes")
    XCTAssertEqual(depth("[(]" + open), 12, "an unmatched closer closes nothing")
  }

  func testLinearOnAnyInput() {
    // Slashes and unclosed regex openers are remembered, not rescanned.
    let slashes = String(repeating: "/a", count: 200_000)
    let hashes = String(repeating: "#/", count: 200_000)
    XCTAssertEqual(depth(slashes), 0)
    XCTAssertEqual(depth(hashes), 0)
    XCTAssertEqual(depth(String(repeating: "(", count: 300_000)), 300_000)
  }

  // MARK: The highlighter

  /// Each shape would take hours at 40 levels in swift-syntax's parser.
  func testDeepShapesAreShownWithoutColoursAndQuickly() {
    for unit in ["[", "([", "[A<", "[/*c*/", "[A<(B)->", "x[", "[A<B<C<D<"] {
      let code = "let a = " + String(repeating: unit, count: 40) + "1"
      let html = SwiftHighlighter.html(code)
      XCTAssertFalse(html.contains("<span"), unit)
      XCTAssertEqual(html, HTMLEscape.text(code), unit)
    }
  }

  func testCodeUpToTheLimitIsColoured() {
    let n = SwiftHighlighter.maximumNesting
    let code = "let a = " + String(repeating: "[", count: n) + "1" + String(repeating: "]", count: n)
    XCTAssertEqual(depth(code), n)
    XCTAssertTrue(SwiftHighlighter.html(code).contains("<span class=\"hl-kw\">let</span>"))
    let deeper = "let a = " + String(repeating: "[", count: n + 1) + "1" + String(repeating: "]", count: n + 1)
    XCTAssertFalse(SwiftHighlighter.html(deeper).contains("<span"))
  }

  // MARK: The author's view

  func testTheBuildWarnsAtTheDeepestPointAndStillWritesThePage() throws {
    let deep = String(repeating: "[", count: 11) + "1" + String(repeating: "]", count: 11)
    let body = """
      Text.

      ```swift
      let ok = [1]
      let deep = \(deep)
      ```
      """
    let course = try TestCourse(lessons: ["01-a.md": TestCourse.lesson(part: 1, body: body)])
    defer { course.remove() }
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 0, result.stderr)
    // The 11th `[` of `let deep = ` sits at column 11 + 11 = 22, on the code's second line (file line 11).
    XCTAssertTrue(
      result.stderr.contains(
        "lessons/01-a.md:11:22: warning: this code nests brackets 11 deep (more than 10), so the page shows it without syntax colours; name an inner part with `let`\n"
      ), result.stderr)
    let page = try course.read("site/01-a.html")
    XCTAssertTrue(
      page.contains("let deep = " + String(repeating: "[", count: 11)), "the code is on the page, uncoloured")
    let strict = try course.mlbook("build", "--strict")
    XCTAssertEqual(strict.status, 1, strict.stderr)
  }

  func testTheCourseNestsWithinTheLimit() throws {
    let lessons = Repository.url("lessons")
    let files = try FileManager.default.contentsOfDirectory(atPath: lessons.path).filter { $0.hasSuffix(".md") }
    XCTAssertFalse(files.isEmpty)
    for file in files {
      let url = lessons.appendingPathComponent(file)
      let lesson = try Lesson.parse(
        source: try String(contentsOf: url, encoding: .utf8), url: url, displayPath: "lessons/\(file)")
      XCTAssertEqual(LessonWarnings.uncolouredCode(lesson), [], file)
    }
  }
}
