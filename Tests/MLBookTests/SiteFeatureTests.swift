import Foundation
import XCTest

/// What a learner finds on the built site: navigation, exercises, callouts,
/// highlighted code, search, llms.txt, and links that are checked.
final class SiteFeatureTests: XCTestCase {
  private let first = TestCourse.lesson(
    part: 1, title: "Counting",
    body: """
      # Counting

      ## Permutations

      There are $n!$ orderings. See [Bayes](02-probability.md#bayes-theorem).

      > [!TIP]
      > Write the factorial out for small $n$.

      > [!EXERCISE] Orderings of four
      > How many orderings of four books are there?

      > [!ANSWER]
      > There are 24:
      >
      > ```swift-run
      > print((1...4).reduce(1, *))
      > ```
      >
      > ```output
      > 24
      > ```

      > [!EXERCISE] Pairs
      > How many pairs from five?

      > [!ANSWER]
      > Ten.

      ```swift
      let shown = "not run"
      ```

      """)
  private let second = TestCourse.lesson(
    part: 2, title: "Probability",
    body: """
      # Probability

      ## Bayes' theorem

      The posterior is proportional to likelihood times prior; a zebra appears only here.

      ## Bayes' theorem

      A second section with the same title gets its own anchor.

      """)

  private func built() throws -> TestCourse {
    let course = try TestCourse(
      lessons: ["01-counting.md": first, "02-probability.md": second],
      config: "title: Bootcamp\ndescription: Math for ML.\n")
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 0, result.stderr)
    return course
  }

  func testNavigationAndPageMetadata() throws {
    let course = try built()
    defer { course.remove() }
    let page = try course.read("site/01-counting.html")
    XCTAssertTrue(page.contains("<title>Part 1: Counting — Bootcamp</title>"))
    XCTAssertTrue(page.contains("<meta name=\"description\" content=\"Used by the tests.\">"))
    XCTAssertTrue(page.contains("<li class=\"current\"><a href=\"01-counting.html\" aria-current=\"page\">"))
    XCTAssertTrue(page.contains("<li class=\"toc-level-2\"><a href=\"#permutations\">Permutations</a></li>"))
    XCTAssertTrue(page.contains("Next in the series"))
    XCTAssertTrue(page.contains("<a href=\"02-probability.html\">Part 2: Probability</a>"))
    XCTAssertTrue(page.contains("href=\"02-probability.html#bayes-theorem\""), "links between lessons point at pages")
    let second = try course.read("site/02-probability.html")
    XCTAssertTrue(second.contains("id=\"bayes-theorem\"") && second.contains("id=\"bayes-theorem-1\""))
    XCTAssertTrue(second.contains("rel=\"prev\""))
    XCTAssertFalse(second.contains("Next in the series"))
    let index = try course.read("site/index.html")
    XCTAssertTrue(index.contains("<span class=\"part-number\">Part 1</span>"), index)
    XCTAssertFalse(index.contains("min read"), "pages too short to take a minute show no reading time")
    XCTAssertTrue(index.contains("Math for ML."))
  }

  func testExercisesCalloutsAndHighlighting() throws {
    let course = try built()
    defer { course.remove() }
    let page = try course.read("site/01-counting.html")
    XCTAssertTrue(
      page.contains(
        "<span class=\"exercise-number\">Exercise 1</span> <span class=\"exercise-name\">Orderings of four</span>"))
    XCTAssertTrue(page.contains("<span class=\"exercise-number\">Exercise 2</span>"))
    XCTAssertTrue(page.contains("<details class=\"answer\" id=\"answer-1\">\n<summary>Show answer 1</summary>"))
    XCTAssertTrue(page.contains("<pre class=\"output-text\">\n24\n</pre>"), "answers run their code")
    XCTAssertTrue(page.contains("<aside class=\"callout callout-tip\" role=\"note\" aria-label=\"Tip\">"))
    XCTAssertTrue(
      page.contains("<span class=\"hl-kw\">let</span> shown = <span class=\"hl-str\">&quot;not run&quot;</span>"), page)
    let text = try course.read("site/text/01-counting.txt")
    XCTAssertTrue(text.contains("Exercise 1: Orderings of four\n"), text)
    XCTAssertTrue(text.contains("Answers\n-------\n\nAnswer 1\n\n    There are 24:"), text)
    XCTAssertTrue(text.contains("Answer 2\n\n    Ten."), text)
    XCTAssertTrue(text.contains("[TIP]\n    Write the factorial"), text)
    let answerIndex = text.range(of: "Answers\n-------")!.lowerBound
    XCTAssertLessThan(text.range(of: "Exercise 2: Pairs")!.lowerBound, answerIndex)
  }

  func testSearchIndexAndMachineReadableText() throws {
    let course = try built()
    defer { course.remove() }
    let index = try course.read("site/assets/search-index.js")
    XCTAssertTrue(index.hasPrefix("window.MLBOOK_SEARCH_INDEX = ["))
    XCTAssertTrue(index.contains("\"url\":\"02-probability.html#bayes-theorem\""), index)
    XCTAssertTrue(index.contains("zebra"))
    XCTAssertFalse(index.contains("let shown"), "code is not indexed")
    let llms = try course.read("site/llms.txt")
    XCTAssertTrue(llms.hasPrefix("# Bootcamp\n\n> Math for ML.\n"), llms)
    XCTAssertTrue(llms.contains("- [Part 2: Probability — A test lesson](text/02-probability.txt): Used by the tests."))
    let full = try course.read("site/llms-full.txt")
    XCTAssertTrue(full.contains("Part 1: Counting") && full.contains("zebra") && full.contains("│ 24"))
  }

  func testBrokenLinksAndAnchorsAreErrors() throws {
    let broken =
      second
      + "\nSee [the start](01-counting.md#no-such-heading), [a typo](01-countng.md) and ![plot](img/missing.png).\n"
    let course = try TestCourse(lessons: ["01-counting.md": first, "02-probability.md": broken])
    defer { course.remove() }
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.stderr.contains(
        "lessons/02-probability.md:17:17: error: broken link: 01-counting.md has no `#no-such-heading`"), result.stderr)
    XCTAssertTrue(
      result.stderr.contains(
        "error: broken link: `01-countng.md` is not a lesson of this course; did you mean `01-counting.md`?"),
      result.stderr)
    XCTAssertTrue(result.stderr.contains("error: broken link: lessons/img/missing.png does not exist"), result.stderr)
    XCTAssertFalse(course.exists("site"))
  }

  func testLocalImagesAreCopied() throws {
    let course = try TestCourse(
      lessons: ["01-counting.md": first, "02-probability.md": second + "\n![A diagram](img/diagram.svg)\n"])
    defer { course.remove() }
    try FileManager.default.createDirectory(
      at: course.root.appendingPathComponent("lessons/img"), withIntermediateDirectories: true)
    try course.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: "lessons/img/diagram.svg")
    XCTAssertEqual(try course.mlbook("build").status, 0)
    XCTAssertTrue(course.exists("site/img/diagram.svg"))
    XCTAssertTrue(
      try course.read("site/02-probability.html").contains("<img src=\"img/diagram.svg\" alt=\"A diagram\">"))
  }

  func testUnknownAlertIsAnError() throws {
    let course = try TestCourse(lessons: ["01-counting.md": TestCourse.lesson(body: "> [!NOET]\n> Hmm.\n")])
    defer { course.remove() }
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.stderr.contains("lessons/01-counting.md:7:1: error: unknown alert `[!NOET]`; did you mean `[!NOTE]`?"),
      result.stderr)
  }
}
