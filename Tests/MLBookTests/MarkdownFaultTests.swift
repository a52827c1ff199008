import Foundation
import Markdown
import XCTest

@testable import MLBook

/// Footnotes, formulas in headings and titles, math in table cells: what an author writes reaches every output intact.
final class MarkdownFaultTests: XCTestCase {
  private func render(_ body: String, _ format: Pipeline.Format = .html, title: String = "Test") throws -> String {
    let course = try TestCourse(lessons: ["01-x.md": TestCourse.lesson(title: title, body: body)])
    defer { course.remove() }
    return try Pipeline(root: course.root).render(
      file: course.root.appendingPathComponent("lessons/01-x.md"), format: format)
  }

  /// Every `href="#…"` of a page names an `id` on it.
  private func assertInPageLinksResolve(_ html: String, file: StaticString = #filePath, line: UInt = #line) {
    let ids = HTMLText.ids(in: html)
    for match in html.matches(of: #/href="#([^"]*)"/#) {
      XCTAssertTrue(ids.contains(String(match.1)), "no id \(match.1) for a link on the page", file: file, line: line)
    }
  }

  // MARK: Footnotes

  func testNamedFootnotesOutOfOrderAreNumberedByFirstReference() throws {
    let body = """
      Text[^bias] and more[^var], and again[^bias].

      [^var]: The variance note.

      [^bias]: The bias note.

      """
    let html = try render(body)
    XCTAssertTrue(html.contains("<a href=\"#fn-1\" id=\"fnref-1\" role=\"doc-noteref\">1</a>"), html)
    XCTAssertTrue(html.contains("<a href=\"#fn-2\" id=\"fnref-2\" role=\"doc-noteref\">2</a>"), html)
    XCTAssertTrue(html.contains("<a href=\"#fn-1\" id=\"fnref-1-2\" role=\"doc-noteref\">1</a>"), html)
    let notes = try XCTUnwrap(html.range(of: "<section class=\"footnotes\"")).lowerBound
    let first = try XCTUnwrap(html.range(of: "<li id=\"fn-1\""))
    let second = try XCTUnwrap(html.range(of: "<li id=\"fn-2\""))
    XCTAssertTrue(notes < first.lowerBound && first.lowerBound < second.lowerBound)
    XCTAssertTrue(html[first.lowerBound..<second.lowerBound].contains("The bias note."))
    XCTAssertTrue(
      html[first.lowerBound..<second.lowerBound].contains("href=\"#fnref-1-2\""), "each reference has its back-link")
    XCTAssertTrue(html[second.lowerBound...].contains("The variance note."))
    XCTAssertEqual(html.matches(of: #/ id="fnref-1"/#).count, 1, "ids are unique")
    assertInPageLinksResolve(html)

    let text = try render(body, .text)
    XCTAssertTrue(text.contains("Text[^1] and more[^2], and again[^1]."), text)
    let notesAt = try XCTUnwrap(text.range(of: "Notes\n-----")).upperBound
    let tail = text[notesAt...]
    XCTAssertTrue(
      try XCTUnwrap(tail.range(of: "[^1] The bias note.")).lowerBound
        < XCTUnwrap(tail.range(of: "[^2] The variance note.")).lowerBound, text)
  }

  func testEveryLabelFormAndNoteInsideContainers() throws {
    let body = """
      > [!NOTE]
      > A callout cites[^Callout].
      >
      > [^callout]: Labels match without regard to case.

      | a | b |
      |---|---|
      | cell[^7] | x |

      - an item[^über-note]
      - again[^7]

      Numbers are labels too[^1], and notes may cite notes[^nested].

      [^7]: Seven.

      [^Über-Note]: Any letters, digits and dashes.

      [^1]: One.

      [^nested]: See also[^callout].

      [^unused]: Never cited, so never shown.

      """
    let html = try render(body)
    for (number, note) in [(1, "Labels match"), (2, "Seven."), (3, "Any letters"), (4, "One."), (5, "See also")] {
      let item = try XCTUnwrap(html.range(of: "<li id=\"fn-\(number)\""), "note \(number)\n\(html)")
      XCTAssertTrue(html[item.lowerBound...].prefix(300).contains(note), "note \(number) is \(note)\n\(html)")
    }
    XCTAssertFalse(html.contains("Never cited"))
    XCTAssertFalse(html.contains("fn-6"))
    XCTAssertTrue(html.contains("id=\"fnref-2-2\""), "the second citation of [^7]")
    XCTAssertTrue(html.contains("id=\"fnref-1-2\""), "the note citing a note")
    assertInPageLinksResolve(html)
    let text = try render(body, .text)
    XCTAssertTrue(text.contains("cell[^2]") && text.contains("an item[^3]") && text.contains("too[^4]"), text)
    XCTAssertTrue(text.contains("[^5] See also[^1]."), text)
  }

  func testTheLinkCheckCoversFootnoteLinks() throws {
    var context = RenderContext(
      lesson: try Lesson.parse(
        source: TestCourse.lesson(body: "A[^a] b[^a].\n\n[^a]: Note.\n"), url: URL(fileURLWithPath: "/t/01-x.md"),
        displayPath: "01-x.md"),
      blocks: [], run: LessonRun(outputs: []), math: Pipeline.math(CourseConfig(title: "T")), pages: [:])
    let renderer = HTMLRenderer(context: context)
    let html = renderer.render(context.lesson.document)
    context = renderer.context
    let links = context.links.map(\.destination)
    XCTAssertEqual(links.sorted(), ["#fn-1", "#fn-1", "#fnref-1", "#fnref-1-2"])
    XCTAssertEqual(
      context.links.first?.position, SourcePosition(line: 7, column: 2), "a reference is located at its [^")
    let checker = LinkChecker(
      anchors: ["01-x.html": HTMLText.ids(in: html)], pages: [:], lessonsDirectory: URL(fileURLWithPath: "/t"))
    XCTAssertTrue(checker.check(context.links, on: "01-x.html", lesson: context.lesson).problems.isEmpty)
    let broken = LinkChecker(anchors: ["01-x.html": ["fn-1"]], pages: [:], lessonsDirectory: URL(fileURLWithPath: "/t"))
    XCTAssertEqual(broken.check(context.links, on: "01-x.html", lesson: context.lesson).problems.count, 2)
  }

  // MARK: Formulas wherever text goes

  func testFormulasInHeadingsTitlesAndLinksReadAsUnicodeEverywhere() throws {
    let lesson = """
      ---
      title: The $\\ell_2$ norm
      subtitle: Lengths of $x \\in \\mathbb{R}^n$
      part: 1
      summary: Why $\\|x\\|_2$ is a length.
      ---
      ## The $\\ell_2$ norm

      It is $\\sqrt{x^\\top x}$. Back to [the $L^2$ space](#gradient-of-x2).

      ## Gradient of $\\|x\\|^2$

      ![A plot of $y = x^2$](plot.svg)

      Text.

      """
    let course = try TestCourse(lessons: ["01-norm.md": lesson, "02-next.md": TestCourse.lesson(part: 2, body: "x\n")])
    defer { course.remove() }
    try course.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: "lessons/plot.svg")
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 0, result.stderr)
    let page = try course.read("site/01-norm.html")
    let next = try course.read("site/02-next.html")
    let search = try course.read("site/assets/search-index.js")
    let llms = try course.read("site/llms.txt")
    let text = try course.read("site/text/01-norm.txt")
    // A page's MathML keeps the TeX as its annotation (for copying); nothing else may show TeX.
    let pageText = page.replacing(#/<math.*?</math>/#, with: "")
    for (name, output) in [
      ("page", pageText), ("next page", next), ("search", search), ("llms.txt", llms), ("text", text),
    ] {
      XCTAssertFalse(
        output.contains("\\ell") || output.contains("\\|x") || output.contains("\\mathbb"), "\(name):\n\(output)")
    }
    XCTAssertTrue(page.contains("<title>Part 1: The ℓ₂ norm — "), page)
    XCTAssertTrue(page.contains("content=\"Why ‖x‖₂ is a length.\""), page)
    XCTAssertTrue(page.contains(">The ℓ₂ norm</a>"), "contents list:\n\(page)")
    XCTAssertTrue(page.contains(">Gradient of ‖x‖²</a>"), "contents list:\n\(page)")
    XCTAssertTrue(page.contains("alt=\"A plot of y = x²\""), page)
    XCTAssertTrue(next.contains("The ℓ₂ norm"), "previous link and sidebar:\n\(next)")
    XCTAssertTrue(search.contains("Part 1 › The ℓ₂ norm"), search)
    XCTAssertTrue(search.contains("Part 1 › Gradient of ‖x‖²"), search)
    XCTAssertTrue(search.contains("It is √(xᵀx). Back to the L² space."), search)
    XCTAssertTrue(llms.contains("Part 1: The ℓ₂ norm — Lengths of x ∈ ℝⁿ"), llms)
    XCTAssertTrue(text.hasPrefix("Part 1: The ℓ₂ norm — Lengths of x ∈ ℝⁿ\n"), text)
    XCTAssertTrue(text.contains("Gradient of ‖x‖²\n"), text)
  }

  // MARK: Math in table cells

  func testMathInATableCellReadsAsItDoesOutside() throws {
    let html = try render(
      """
      Outside: $\\|x\\|_2$ and $\\lvert y \\rvert$.

      | norm | value |
      |------|-------|
      | $\\|x\\|_2$ | $\\lvert y \\rvert$ |

      """)
    let outside = try XCTUnwrap(html.firstMatch(of: #/<p>Outside: (<math.*?</math>) and (<math.*?</math>)/#))
    let cells = try XCTUnwrap(html.firstMatch(of: #/<td>(<math.*?</math>)</td><td>(<math.*?</math>)</td>/#))
    XCTAssertEqual(String(outside.1), String(cells.1))
    XCTAssertEqual(String(outside.2), String(cells.2))
    XCTAssertTrue(cells.1.contains("‖"), String(cells.1))
  }
}

/// No runnable block is silently skipped, and no recorded output is published unchecked.
final class FenceNameTests: XCTestCase {
  private func problems(_ body: String) -> String {
    do {
      let lesson = try Lesson.parse(
        source: TestCourse.lesson(body: body), url: URL(fileURLWithPath: "/tmp/01-x.md"), displayPath: "01-x.md")
      _ = try lesson.executableBlocks()
      return ""
    } catch {
      return "\(error)"
    }
  }

  func testNearMissesOfSwiftRunAreErrorsThatSayWhatWasMeant() {
    for (info, meant) in [
      ("swift-runn", "swift-run"), ("Swift-run", "swift-run"), ("swift run", "swift-run"), ("swiftrun", "swift-run"),
      ("swift-run, hidden", "swift-run hidden"), ("swift-run,hidden", "swift-run hidden"), ("swift_run", "swift-run"),
      ("SWIFT-RUN", "swift-run"), ("swift-rn isolated", "swift-run isolated"), ("swift run hidden", "swift-run hidden"),
      ("outptu", "output"), ("Output", "output"), ("output:", "output"), ("ouput", "output"),
    ] {
      let message = problems("```\(info)\nprint(1)\n```\n")
      XCTAssertTrue(
        message.contains("01-x.md:7:1: error: `\(info)` is not a fence mlbook knows"), "\(info): \(message)")
      XCTAssertTrue(message.contains("did you mean `\(meant)`?"), "\(info): \(message)")
    }
    for info in ["swift", "text", "python", "math", "json", "sh", "swift-run hidden", "input", "outline", "rust"] {
      XCTAssertFalse(
        problems("```\(info)\nx\n```\n").contains("is not a fence"), "\(info) is an ordinary language")
    }
  }

  func testAnOutputFenceMustFollowTheBlockItRecords() {
    XCTAssertTrue(
      problems("Prose.\n\n```output\nstale\n```\n").contains("9:1: error: this `output` fence does not follow"))
    XCTAssertTrue(
      problems("```swift\nprint(1)\n```\n\n```output\n1\n```\n").contains(
        "11:1: error: this `output` fence does not follow"))
    XCTAssertTrue(
      problems("> ```swift-run\n> print(1)\n> ```\n\n```output\n1\n```\n").contains(
        "this `output` fence does not follow"),
      "the fence belongs inside the quote")
    XCTAssertTrue(
      problems("```swift-run no-output\nprint(1)\n```\n```output\n1\n```\n").contains(
        "a `no-output` block records no output"))
    XCTAssertEqual(problems("```swift-run\nprint(1)\n```\n\n```output\n1\n```\n"), "")
    XCTAssertEqual(problems("- ```swift-run\n  print(1)\n  ```\n  ```output\n  1\n  ```\n"), "")
  }
}

final class UndefinedFootnoteTests: XCTestCase {
  func testAReferenceWithoutANoteIsAWarningAtItsPlace() throws {
    let lesson = try Lesson.parse(
      source: TestCourse.lesson(body: "Defined[^a] and not[^missing].\n\n- in a list[^gone]\n\n[^a]: Note.\n"),
      url: URL(fileURLWithPath: "/tmp/01-x.md"), displayPath: "01-x.md")
    let warnings = LessonWarnings.undefinedFootnotes(lesson).map(\.description)
    XCTAssertEqual(
      warnings,
      [
        "01-x.md:7:20: warning: footnote `[^missing]` is never defined, so it shows as text; add `[^missing]: …` (after a blank line)",
        "01-x.md:9:12: warning: footnote `[^gone]` is never defined, so it shows as text; add `[^gone]: …` (after a blank line)",
      ])
  }
}
