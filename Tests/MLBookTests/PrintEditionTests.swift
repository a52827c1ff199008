import Foundation
import XCTest

@testable import MLBook

/// `build --pdf`: the course as a book and each chapter as a PDF, read back with poppler's tools.
final class PrintEditionTests: XCTestCase {
  private let first = TestCourse.lesson(
    part: 1, title: "Counting",
    body: """
      ## Orderings

      By @thm-bayes of Part 4 there is more to come; the sum is

      $$
      \\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}
      $$ {#eq-gauss}

      ## Practice Exercises

      > [!EXERCISE] Four books
      > How many orderings of four books are there?

      > [!ANSWER]
      > There are twenty-four orderings.

      """)
  private let second = TestCourse.lesson(
    part: 4, title: "Probability",
    body: """
      ## Bayes

      > [!THEOREM] Bayes' rule {#thm-bayes}
      > If $P(B) > 0$, then $P(A \\mid B) = P(B \\mid A)\\,P(A) / P(B)$.

      See [Part 1](01-counting.md#orderings) and @eq-gauss.

      | event | probability |
      |-------|-------------|
      | heads | 0.5         |
      | tails | 0.5         |

      : A fair coin {#tbl-coin}

      """)

  private func tool(_ name: String, _ arguments: [String]) throws -> String {
    let result = try Tool.run("/usr/bin/" + name, arguments)
    XCTAssertEqual(result.status, 0, "\(name) \(arguments)")
    // References keep their number on the line with a no-break space; compare as plain spaces.
    return result.output.replacingOccurrences(of: "\u{A0}", with: " ")
  }

  func testTheBookHasItsPagesOutlineLinksTextAndTags() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") else {
      XCTFail("poppler-utils is not installed (scripts/install-packages installs it)")
      return
    }
    let course = try TestCourse(
      lessons: ["01-counting.md": first, "04-probability.md": second],
      config: "title: A Small Book\ndescription: Two parts.\n")
    defer { course.remove() }
    let result = try course.mlbook("build", "--pdf")
    XCTAssertEqual(result.status, 0, result.stderr)
    let book = course.root.appendingPathComponent("site/course.pdf").path

    let info = try tool("pdfinfo", [book])
    XCTAssertTrue(info.contains("Title:           A Small Book"), info)
    XCTAssertTrue(info.contains("Tagged:          yes"), "tagged for screen readers\n\(info)")
    let pages =
      Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
    // Title page, contents, Part 1 with its answers on a page of their own, Part 4.
    XCTAssertGreaterThanOrEqual(pages, 5, info)
    XCTAssertLessThanOrEqual(pages, 8, info)

    let xml = try tool("pdftohtml", ["-xml", "-i", "-stdout", "-q", book])
    // The outline: a bookmark for each part and its sections.
    for title in ["Counting", "Orderings", "Practice Exercises", "Answers", "Probability", "Bayes"] {
      XCTAssertTrue(xml.contains(">\(title)</item>"), "outline entry \(title)\n\(xml.suffix(1200))")
    }
    // Internal links: the cross-reference in Part 1 goes to the page of Part 4.
    let partFourPage = xml.components(separatedBy: "<item page=\"").dropFirst().first {
      $0.contains(">Probability</item>")
    }
    .flatMap { Int($0.prefix { $0.isNumber }) }
    XCTAssertNotNil(partFourPage)
    let links = xml.components(separatedBy: "<a href=\"course.html#\(partFourPage ?? -1)\">").dropFirst()
    XCTAssertTrue(links.contains { $0.prefix(while: { $0 != "<" }).contains("Theorem 4.1") }, xml)
    // A chapter printed alone keeps links to other chapters as text: no file paths of the printing machine.
    let alone = try tool(
      "pdftohtml",
      ["-xml", "-i", "-stdout", "-q", course.root.appendingPathComponent("site/downloads/04-probability.pdf").path])
    XCTAssertFalse(alone.contains("file://"), alone)

    let text = try tool("pdftotext", ["-layout", book, "-"])
    XCTAssertTrue(text.contains("1.1 Orderings"), "numbered section headings\n\(text)")
    XCTAssertTrue(text.contains("By Theorem 4.1 of Part 4"), text)
    XCTAssertTrue(text.contains("(1.1)"), "the equation's number")
    XCTAssertTrue(text.contains("𝑛(𝑛 + 1)") || text.contains("n(n + 1)"), "the formula is text, not a picture\n\(text)")
    XCTAssertTrue(text.contains("Theorem 4.1 (Bayes' rule)") || text.contains("Theorem 4.1 (Bayes’ rule)"), text)
    // Answers come at the end of their chapter, after the exercises.
    let exercise = text.range(of: "How many orderings of four books")
    let answer = text.range(of: "There are twenty-four orderings")
    XCTAssertNotNil(exercise)
    XCTAssertNotNil(answer)
    if let exercise, let answer { XCTAssertLessThan(exercise.lowerBound, answer.lowerBound) }
    XCTAssertFalse(text.contains("Show answer"), "nothing is collapsed on paper")

    // One PDF per chapter, linked from its page; the book from the index.
    for slug in ["01-counting", "04-probability"] {
      let chapter = try tool("pdfinfo", [course.root.appendingPathComponent("site/downloads/\(slug).pdf").path])
      XCTAssertTrue(chapter.contains("Tagged:          yes"))
      XCTAssertTrue(try course.read("site/\(slug).html").contains("href=\"downloads/\(slug).pdf\" download>"))
    }
    XCTAssertTrue(try course.read("site/index.html").contains("<a href=\"course.pdf\" download>"))

    // The same course prints to the same bytes (the printing time is not in the file).
    let before = try Data(contentsOf: URL(fileURLWithPath: book))
    XCTAssertEqual(try course.mlbook("build", "--pdf", "--no-cache").status, 0)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: book)), before)
  }

  func testThePreviewKeepsTheLastPDFsAndTheNextBuildPrintsThem() throws {
    let course = try TestCourse(
      lessons: ["01-counting.md": first, "04-probability.md": second], config: "title: Book\neditions: [pdf]\n")
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("build").status, 0)
    let book = course.root.appendingPathComponent("site/course.pdf")
    let printed = try Data(contentsOf: book)
    try course.write(
      second.replacingOccurrences(of: "## Bayes", with: "## Bayes' rule"), to: "lessons/04-probability.md")
    // What `serve` does on an edit: the page changes at once, the PDFs stay as they were.
    var options = BuildOptions()
    options.printsEditions = false
    options.sandbox = false
    try Pipeline(root: course.root).build(out: course.root.appendingPathComponent("site"), options: options)
    XCTAssertTrue(try course.read("site/04-probability.html").contains("Bayes' rule</h2>"))
    XCTAssertEqual(try Data(contentsOf: book), printed)
    // So does `build --no-print`, and neither is taken for a complete build.
    try course.write(
      second.replacingOccurrences(of: "## Bayes", with: "## Bayes' rule!"), to: "lessons/04-probability.md")
    XCTAssertEqual(try course.mlbook("build", "--no-print").status, 0)
    XCTAssertTrue(try course.read("site/04-probability.html").contains("Bayes' rule!</h2>"))
    XCTAssertEqual(try Data(contentsOf: book), printed)
    try course.write(
      second.replacingOccurrences(of: "## Bayes", with: "## Bayes' rule"), to: "lessons/04-probability.md")
    // The next build is not fooled into "up to date": it prints the changed book.
    XCTAssertEqual(try course.mlbook("build").status, 0)
    XCTAssertNotEqual(try Data(contentsOf: book), printed)
    let text = try tool("pdftotext", [book.path, "-"])
    XCTAssertTrue(text.contains("4.1 Bayes' rule") || text.contains("4.1 Bayes’ rule"), text)
  }

  /// A document is printed until one result has come out twice: once more when Chromium is
  /// steady, more when a printing differs, and an error when no two printings agree.
  func testEachPDFIsOneThatTwoPrintingsAgreeOn() throws {
    var calls = 0
    let steady = try PDFPrinter.agreedPrint(of: "a") {
      calls += 1
      return Data("same".utf8)
    }
    XCTAssertEqual(steady, Data("same".utf8))
    XCTAssertEqual(calls, 2)

    var outputs = ["layout B", "layout A", "layout A"].map { Data($0.utf8) }
    calls = 0
    let settled = try PDFPrinter.agreedPrint(of: "b") {
      calls += 1
      return outputs.removeFirst()
    }
    XCTAssertEqual(settled, Data("layout A".utf8))
    XCTAssertEqual(calls, 3)

    var counter = 0
    XCTAssertThrowsError(
      try PDFPrinter.agreedPrint(of: "c", attempts: 4) {
        counter += 1
        return Data("print \(counter)".utf8)
      }
    ) { error in
      XCTAssertTrue("\(error)".contains("printed c differently each of 4 times"), "\(error)")
    }
    XCTAssertEqual(counter, 4)
  }

  func testWithoutChromiumThePDFEditionSaysWhatToInstall() throws {
    let course = try TestCourse(lessons: [
      "01-counting.md": first.replacingOccurrences(of: "By @thm-bayes of Part 4", with: "Soon")
    ])
    defer { course.remove() }
    var environment = ProcessInfo.processInfo.environment
    environment["MLBOOK_CHROMIUM"] = "/nonexistent/chromium"
    let result = try course.mlbook(in: "", ["build", "--pdf"], environment: environment)
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.stderr.contains("error: the PDF edition is printed by headless Chromium, which is not installed"),
      result.stderr)
    XCTAssertFalse(course.exists("site/index.html"), "a failed build writes no site")
  }
}
