import Foundation
import XCTest

/// The pipeline as a course author meets it: `mlbook build`, `check`, `render`.
final class PipelineCLITests: XCTestCase {
  private let sample = TestCourse.lesson(
    body: """
      # Vectors

      A vector $v \\in \\mathbb{R}^3$ holds *three* numbers.

      ```swift-run
      import MLMath
      let v: Vector = [1, 2, 3]
      print(v.count)
      ```

      ```output
      3
      ```

      Later blocks see earlier declarations:

      ```swift-run
      print(v.count * 2)
      print("<script>alert(1)</script>")
      ```

      ```output
      6
      <script>alert(1)</script>
      ```

      ```swift
      // shown, not run
      let notRun = 1
      ```

      """)

  func testBuildWritesIndexPageAndTextChapter() throws {
    let course = try TestCourse(
      lessons: ["01-vectors.md": sample], config: "title: Test Course\ndescription: A course.\n")
    defer { course.remove() }
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 0, result.stderr)
    let index = try course.read("site/index.html")
    XCTAssertTrue(index.contains("Test Course"))
    XCTAssertTrue(index.contains("A test lesson"))
    XCTAssertTrue(index.contains("href=\"01-vectors.html\""))
    let page = try course.read("site/01-vectors.html")
    XCTAssertTrue(page.contains("<pre class=\"output-text\">\n3\n</pre>"), page)
    XCTAssertTrue(page.contains("notRun = <span class=\"hl-num\">1</span>"), page)
    // Program output is escaped, never markup.
    XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    XCTAssertFalse(page.contains("<script>alert(1)"))
    let text = try course.read("site/text/01-vectors.txt")
    XCTAssertTrue(text.contains("Vectors\n======="), text)
    XCTAssertTrue(text.contains("    print(v.count * 2)\n"), text)
    XCTAssertTrue(text.contains("    │ 6\n"), text)
    XCTAssertTrue(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  func testBuildsAreByteIdenticalAndVerifiable() throws {
    let course = try TestCourse(lessons: ["01-vectors.md": sample])
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("build").status, 0)
    let first = try snapshot(course.root.appendingPathComponent("site"))
    XCTAssertEqual(try course.mlbook("build").status, 0)
    XCTAssertEqual(try snapshot(course.root.appendingPathComponent("site")), first)
    XCTAssertEqual(try course.mlbook("build", "--verify").status, 0)
    try course.write("stale", to: "site/01-vectors.html")
    let verify = try course.mlbook("build", "--verify")
    XCTAssertEqual(verify.status, 1)
    XCTAssertTrue(verify.stderr.contains("site/01-vectors.html"), verify.stderr)
    XCTAssertEqual(try course.read("site/01-vectors.html"), "stale", "--verify must not write")
  }

  func testCheckPassesThenFailsWithDiffThenUpdateFixesOnlyTheFence() throws {
    let course = try TestCourse(lessons: ["01-vectors.md": sample])
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("check").status, 0)
    let edited = sample.replacingOccurrences(of: "print(v.count * 2)", with: "print(v.count * 3)")
    try course.write(edited, to: "lessons/01-vectors.md")
    let failed = try course.mlbook("check")
    XCTAssertEqual(failed.status, 1)
    XCTAssertTrue(failed.stderr.contains("lessons/01-vectors.md:23:1: error: swift-run block 2"), failed.stderr)
    XCTAssertTrue(failed.stderr.contains("-6\n+9\n"), failed.stderr)
    let updated = try course.mlbook("check", "--update")
    XCTAssertEqual(updated.status, 0, updated.stderr)
    let expected = edited.replacingOccurrences(of: "```output\n6\n", with: "```output\n9\n")
    XCTAssertEqual(try course.read("lessons/01-vectors.md"), expected)
    XCTAssertEqual(try course.mlbook("check").status, 0)
  }

  func testUpdateInsertsMissingFencesInsideQuotesAndLists() throws {
    let body = """
      # Nested

      > Quoted:
      >
      > ```swift-run
      > print("in a quote")
      > ```

      - An item:

        ```swift-run
        print("in a list")
        ```

      """
    let course = try TestCourse(lessons: ["01-nested.md": TestCourse.lesson(body: body)])
    defer { course.remove() }
    let missing = try course.mlbook("check")
    XCTAssertEqual(missing.status, 1)
    XCTAssertTrue(missing.stderr.contains("its output is not recorded"), missing.stderr)
    XCTAssertEqual(try course.mlbook("check", "--update").status, 0)
    let text = try course.read("lessons/01-nested.md")
    XCTAssertTrue(text.contains("> ```\n>\n> ```output\n> in a quote\n> ```\n"), text)
    XCTAssertTrue(text.contains("  ```\n\n  ```output\n  in a list\n  ```\n"), text)
    XCTAssertEqual(try course.mlbook("check").status, 0)
    // The recorded outputs are shown once, attached to their blocks.
    XCTAssertEqual(try course.mlbook("build").status, 0)
    let page = try course.read("site/01-nested.html")
    XCTAssertEqual(page.components(separatedBy: "in a quote\n</pre>").count, 2, page)
  }

  func testRenderCommandWritesAFragmentOrText() throws {
    let course = try TestCourse(lessons: ["01-vectors.md": sample])
    defer { course.remove() }
    let html = try course.mlbook("render", "lessons/01-vectors.md", "--to", "html")
    XCTAssertEqual(html.status, 0, html.stderr)
    XCTAssertTrue(html.stdout.hasPrefix("<h1 id=\"vectors\">Vectors</h1>"), html.stdout)
    XCTAssertFalse(html.stdout.contains("<html"))
    let text = try course.mlbook("render", "lessons/01-vectors.md", "--to", "text")
    XCTAssertEqual(text.status, 0, text.stderr)
    XCTAssertTrue(text.stdout.contains("    │ 3\n"))
  }

  func testCourseWithOnlyLessonsBuildsWithDefaultLook() throws {
    let course = try TestCourse(lessons: ["01-vectors.md": sample])
    defer { course.remove() }
    XCTAssertFalse(course.exists("templates"))
    XCTAssertFalse(course.exists("mlbook.yml"))
    XCTAssertEqual(try course.mlbook("build").status, 0)
    XCTAssertTrue(course.exists("site/assets/style.css"))
    XCTAssertTrue(try course.read("site/01-vectors.html").contains("assets/style.css"))
  }

  func testCourseTemplatesOverrideTheDefaults() throws {
    let course = try TestCourse(lessons: ["01-vectors.md": sample])
    defer { course.remove() }
    try FileManager.default.createDirectory(
      at: course.root.appendingPathComponent("templates"), withIntermediateDirectories: true)
    try course.write("<footer>Our own footer</footer>\n", to: "templates/footer.mustache")
    XCTAssertEqual(try course.mlbook("build").status, 0)
    XCTAssertTrue(try course.read("site/01-vectors.html").contains("Our own footer"))
  }

  private func snapshot(_ dir: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!
    for case let url as URL in walker where !url.hasDirectoryPath {
      files[url.path] = try Data(contentsOf: url)
    }
    return files
  }
}
