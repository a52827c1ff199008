import Foundation
import XCTest

/// `build --epub`: an EPUB 3 book that epubcheck accepts, with MathML, SVG figures,
/// a navigation document and the answers at the end of each part.
final class EPUBEditionTests: XCTestCase {
  private let first = TestCourse.lesson(
    part: 1, title: "Counting",
    body: """
      ## Orderings & choices

      There are $n!$ orderings, by @thm-count; see also [Part 2](02-chance.md#bayes).
      A task list: - [x] done.

      - [x] counted
      - [ ] checked

      ```swift-run
      //| label: fig-square
      //| fig-cap: The square $y = x^2$
      show(Figure(title: "Square").plot({ $0 * $0 }, in: -1...1))
      ```

      > [!THEOREM] Counting {#thm-count}
      > Four books can be ordered in $4! = 24$ ways.

      > [!EXERCISE] Three books
      > How many orderings of three books?

      > [!ANSWER]
      > Six, since $3! = 6$.

      ```swift-run
      print((1...3).reduce(1, *))
      ```

      """)
  private let second = TestCourse.lesson(
    part: 2, title: "Chance",
    body: """
      ## Bayes

      $$
      P(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)}
      $$ {#eq-bayes}

      Back to @fig-square.

      """)

  private func epubcheck(_ file: URL) throws -> String {
    try Tool.run("/usr/bin/java", ["-jar", "/usr/share/java/epubcheck.jar", file.path], includingErrors: true).output
  }

  private func unzip(_ file: URL, _ member: String) throws -> String {
    try Tool.run("/usr/bin/unzip", ["-p", file.path, member]).output
  }

  func testTheEPUBPassesEpubcheckAndHoldsTheCourse() throws {
    guard FileManager.default.fileExists(atPath: "/usr/share/java/epubcheck.jar") else {
      XCTFail("epubcheck is not installed (scripts/install-packages installs it)")
      return
    }
    let course = try TestCourse(
      lessons: ["01-counting.md": first, "02-chance.md": second], config: "title: Small & Book\nlang: en\n")
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("check", "--update").status, 0)
    let result = try course.mlbook("build", "--epub")
    XCTAssertEqual(result.status, 0, result.stderr)
    let book = course.root.appendingPathComponent("site/course.epub")
    let report = try epubcheck(book)
    XCTAssertTrue(report.contains("Messages: 0 fatals / 0 errors / 0 warnings"), report)

    // OCF: the type first, stored, readable at a fixed offset.
    let bytes = try Data(contentsOf: book)
    XCTAssertEqual(String(decoding: bytes[30..<58], as: UTF8.self), "mimetypeapplication/epub+zip")

    let chapter = try unzip(book, "EPUB/c01.xhtml")
    XCTAssertTrue(chapter.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\""), "formulas are MathML")
    XCTAssertTrue(chapter.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "figures are SVG")
    XCTAssertTrue(chapter.contains("<figcaption><span class=\"caption-label\">Figure 1.1:</span>"))
    XCTAssertTrue(chapter.contains("<a href=\"c02.xhtml#bayes\">Part 2</a>"), "links between parts stay in the book")
    XCTAssertTrue(chapter.contains("disabled=\"disabled\" checked=\"checked\""), chapter)
    XCTAssertFalse(chapter.contains("<details"), "answers are not collapsed in the book")
    let exercise = chapter.range(of: "How many orderings of three books?")
    let answer = chapter.range(of: "Six, since")
    XCTAssertNotNil(exercise)
    XCTAssertNotNil(answer)
    if let exercise, let answer { XCTAssertLessThan(exercise.lowerBound, answer.lowerBound) }
    XCTAssertTrue(try unzip(book, "EPUB/c02.xhtml").contains("<a class=\"xref\" href=\"c01.xhtml#fig-square\">"))

    let navigation = try unzip(book, "EPUB/nav.xhtml")
    XCTAssertTrue(navigation.contains("<li><a href=\"c01.xhtml\">Part 1: Counting</a>"), navigation)
    XCTAssertTrue(
      navigation.contains("<li><a href=\"c01.xhtml#orderings--choices\">Orderings &amp; choices</a></li>"), navigation)
    let package = try unzip(book, "EPUB/package.opf")
    XCTAssertTrue(package.contains("<dc:title>Small &amp; Book</dc:title>"))
    XCTAssertTrue(package.contains("properties=\"mathml svg\""))
    XCTAssertTrue(try course.read("site/index.html").contains("href=\"course.epub\" download>"))

    // The same course gives the same bytes.
    XCTAssertEqual(try course.mlbook("build", "--epub", "--no-cache").status, 0)
    XCTAssertEqual(try Data(contentsOf: book), bytes)
  }
}
