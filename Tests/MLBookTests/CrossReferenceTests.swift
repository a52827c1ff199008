import Foundation
import XCTest

/// Numbered equations, figures, tables and theorem-like blocks, referred to within a
/// chapter and across chapters, on the page and in the text chapter.
final class CrossReferenceTests: XCTestCase {
  private let probability = TestCourse.lesson(
    part: 4, title: "Probability",
    body: """
      ## Bayes

      > [!DEFINITION] Conditional probability {#def-conditional}
      > For $P(B) > 0$, $P(A \\mid B) = P(A \\cap B) / P(B)$.

      > [!THEOREM] Bayes' rule {#thm-bayes}
      > If $P(B) > 0$ then
      >
      > $$
      > P(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)}
      > $$ {#eq-bayes}

      > [!PROOF]
      > Apply @def-conditional twice.

      > [!REMARK]
      > Unlabelled, still numbered.

      The error is

      $$
      \\mathrm{MSE} = \\frac{1}{n}\\sum_i (y_i - \\hat y_i)^2 \\label{eq-mse}
      $$

      and a tagged formula keeps its tag:

      ```math
      x = 1 \\tag{A}
      ```

      $$e = mc^2$$ {#eq-energy}

      | a | b |
      |---|---|
      | 1 | 2 |

      : Two numbers $a < b$ {#tbl-two}

      See @eq-mse, [-@eq-bayes], [see @thm-bayes, part (ii)], @tbl-two and @Eq-energy; inline $\\eqref{eq-energy}$.

      ```swift-run
      //| label: fig-line
      //| fig-cap: A straight line $y = 2x$
      let fig = Figure(title: "line").plot({ 2 * $0 }, in: 0...1)
      show(fig)
      ```

      > [!LEMMA] Small {#lem-small}
      > By @fig-line.

      """)
  private let later = TestCourse.lesson(
    part: 9, title: "Later",
    body: """
      ## Looking back

      By @thm-bayes and [@eq-mse; @lem-small], with [-@fig-line].

      > [!THEOREM]
      > The first theorem of Part 9.

      > [!PROOF] of @thm-bayes
      > Done.

      """)

  private func course(_ extra: [String: String] = [:], config: String = "title: Book\n") throws -> TestCourse {
    var lessons = ["04-probability.md": probability, "09-later.md": later]
    for (name, text) in extra { lessons[name] = text }
    return try TestCourse(lessons: lessons, config: config)
  }

  func testEachKindIsNumberedPerChapterAndLinked() throws {
    let course = try course()
    defer { course.remove() }
    let result = try course.mlbook("check", "--update")
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(try course.mlbook("build").status, 0)
    let page = try course.read("site/04-probability.html")
    // Theorem-like blocks share one counter, as amsthm's `\newtheorem{lemma}[theorem]{Lemma}`.
    XCTAssertTrue(
      page.contains(
        "<section class=\"theorem theorem-definition\" id=\"def-conditional\" aria-label=\"Definition 4.1\">"), page)
    XCTAssertTrue(
      page.contains(
        "<span class=\"theorem-label\">Theorem 4.2</span> <span class=\"theorem-name\">(Bayes' rule)</span>"))
    XCTAssertTrue(
      page.contains("id=\"remark-4-3\" aria-label=\"Remark 4.3\""), "unlabelled theorems get an id of their own")
    XCTAssertTrue(page.contains("aria-label=\"Lemma 4.4\""))
    // Proofs are not numbered and end with ∎.
    XCTAssertTrue(page.contains("<p><span class=\"proof-title\">Proof.</span> Apply"), page)
    XCTAssertTrue(page.contains("twice. <span class=\"qed\" role=\"img\" aria-label=\"End of proof\">∎</span></p>"))
    // Labelled equations, in reading order; `\tag` shows its own text and takes no number.
    XCTAssertTrue(page.contains("<div class=\"math display numbered\" id=\"eq-bayes\">"))
    XCTAssertTrue(page.contains("<span class=\"eq-number\">(4.1)</span></div>"))
    XCTAssertTrue(page.contains("<span class=\"eq-number\">(4.2)</span></div>"))
    XCTAssertTrue(page.contains("<span class=\"eq-number\">(A)</span></div>"))
    XCTAssertTrue(page.contains("id=\"eq-energy\">"))
    XCTAssertTrue(page.contains("<span class=\"eq-number\">(4.3)</span></div>"))
    XCTAssertFalse(page.contains("\\label") || page.contains("\\tag"), "label and tag never reach the formula")
    // Tables and figures.
    XCTAssertTrue(
      page.contains(
        "<figure class=\"table\" id=\"tbl-two\">\n<figcaption><span class=\"caption-label\">Table 4.1:</span> Two numbers <math"
      ))
    XCTAssertFalse(page.contains("{#tbl-two}"), "the caption paragraph is not shown again")
    XCTAssertTrue(page.contains("<figure class=\"plot numbered\" id=\"fig-line\"><svg"))
    XCTAssertTrue(page.contains("<figcaption><span class=\"caption-label\">Figure 4.1:</span> A straight line <math"))
    XCTAssertFalse(page.contains("//|"), "cell options are not shown as code")
    // References within the chapter.
    XCTAssertTrue(
      page.contains(
        "See <a class=\"xref\" href=\"#eq-mse\">Equation\u{A0}4.2</a>, <a class=\"xref\" href=\"#eq-bayes\">4.1</a>, see <a class=\"xref\" href=\"#thm-bayes\">Theorem\u{A0}4.2</a>, part (ii), <a class=\"xref\" href=\"#tbl-two\">Table\u{A0}4.1</a> and <a class=\"xref\" href=\"#eq-energy\">Equation\u{A0}4.3</a>"
      ), page)
    XCTAssertTrue(page.contains("<mtext>(4.3)</mtext>"), "\\eqref inside math reads the number")
    XCTAssertTrue(page.contains("Apply <a class=\"xref\" href=\"#def-conditional\">Definition\u{A0}4.1</a> twice."))
    // …and across chapters, with each chapter's own numbers.
    let later = try course.read("site/09-later.html")
    XCTAssertTrue(
      later.contains(
        "By <a class=\"xref\" href=\"04-probability.html#thm-bayes\">Theorem\u{A0}4.2</a> and <a class=\"xref\" href=\"04-probability.html#eq-mse\">Equation\u{A0}4.2</a>, <a class=\"xref\" href=\"04-probability.html#lem-small\">Lemma\u{A0}4.4</a>, with <a class=\"xref\" href=\"04-probability.html#fig-line\">4.1</a>."
      ), later)
    XCTAssertTrue(later.contains("aria-label=\"Theorem 9.1\""))
    XCTAssertTrue(
      later.contains(
        "<p><span class=\"proof-title\">Proof of <a class=\"xref\" href=\"04-probability.html#thm-bayes\">Theorem\u{A0}4.2</a>.</span> Done."
      ),
      later)

    let text = try course.read("site/text/04-probability.txt")
    XCTAssertTrue(text.contains("Definition 4.1 (Conditional probability).\n\n    For P(B) > 0"), text)
    XCTAssertTrue(text.contains("Apply Definition\u{A0}4.1 twice. ∎"))
    let numbered = text.split(separator: "\n").filter { $0.hasSuffix("(4.3)") }
    XCTAssertEqual(numbered.count, 1, text)
    XCTAssertEqual(numbered.first.map { TextWidthProbe.cells($0) }, 80, "numbers end at the right margin")
    XCTAssertTrue(text.contains("Table 4.1: Two numbers a < b\n\na  b"), text)
    XCTAssertTrue(text.contains("    Figure 4.1: A straight line y = 2x"))
    XCTAssertFalse(text.contains("//|"))
    XCTAssertTrue(
      try course.read("site/text/09-later.txt").contains(
        "By Theorem\u{A0}4.2 and Equation\u{A0}4.2, Lemma\u{A0}4.4, with 4.1."))
  }

  func testSeparateCountersAndASecondLanguage() throws {
    let course = try course(
      config: "title: Livre\ntheorem-numbering: separate\nlang: fr\nstrings:\n  show-answer: Révéler la réponse\n")
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("check", "--update").status, 0)
    let build = try course.mlbook("build")
    XCTAssertEqual(build.status, 0, build.stderr)
    let page = try course.read("site/04-probability.html")
    XCTAssertTrue(page.contains("aria-label=\"Définition 4.1\""), page)
    XCTAssertTrue(page.contains("aria-label=\"Théorème 4.1\""), "each kind counts on its own")
    XCTAssertTrue(page.contains("aria-label=\"Remarque 4.1\""))
    XCTAssertTrue(page.contains("aria-label=\"Lemme 4.1\""))
    XCTAssertTrue(page.contains("<p><span class=\"proof-title\">Démonstration.</span>"))
    XCTAssertTrue(page.contains("<div class=\"output-label\">Sortie</div>"))
    XCTAssertTrue(page.contains("<span class=\"caption-label\">Tableau 4.1:</span>"))
    XCTAssertTrue(page.contains("<html lang=\"fr\""), String(page.prefix(300)))
  }

  func testLabelProblemsAreErrorsAtTheirLines() throws {
    let broken = TestCourse.lesson(
      part: 5, title: "Broken",
      body: """
        ## Problems

        See @thm-bayse and [@eq-nope].

        > [!COROLLARY] Wrong prefix {#thm-other}
        > Body.

        $$
        y = 1
        $$ {#eq-mse}

        ```swift-run
        //| label: fig-empty
        //| fig-capp: typo
        print(1)
        ```

        Inline $$ x \\tag{B} $$ here, and $\\eqref{eq-gone}$.

        > [!NOTE] Not numbered {#rem-note}
        > Body.

        """)
    let course = try course(["05-broken.md": broken])
    defer { course.remove() }
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 1)
    let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
    func expect(_ prefix: String, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
      XCTAssertTrue(
        errors.contains { $0.hasPrefix("lessons/05-broken.md:" + prefix + ": error: ") && $0.contains(message) },
        "\(prefix) \(message)\n\(result.stderr)", file: file, line: line)
    }
    expect("9:5", "unknown label `thm-bayse`; did you mean `thm-bayes`?")
    expect("9:20", "unknown label `eq-nope`")
    expect("11:1", "the label `thm-other` of a corollary must start with `cor-`")
    expect("15:1", "the label `eq-mse` is already used (lessons/04-probability.md:")
    expect("20:1", "unknown cell option `fig-capp`; did you mean `fig-cap`?")
    expect("18:1", "this block is figure `fig-empty` but shows none")
    expect("24:10", "a formula inside a paragraph is not numbered")
    expect("24:35", "unknown label `eq-gone` in `\\eqref{eq-gone}`")
    expect("26:1", "a note is not numbered, so it takes no label")
    XCTAssertFalse(course.exists("site/05-broken.html"), "a failed build writes no site")
  }

  func testTemplatesCanListAChaptersTheorems() throws {
    let course = try course()
    defer { course.remove() }
    try FileManager.default.createDirectory(
      at: course.root.appendingPathComponent("templates"), withIntermediateDirectories: true)
    try course.write(
      "{{#page.theorems}}[{{kind}} {{number}}|{{title}}|{{id}}]{{/page.theorems}}", to: "templates/footer.mustache")
    XCTAssertEqual(try course.mlbook("check", "--update").status, 0)
    let build = try course.mlbook("build")
    XCTAssertEqual(build.status, 0, build.stderr)
    let page = try course.read("site/04-probability.html")
    XCTAssertTrue(
      page.contains(
        "[Definition 4.1|Conditional probability|def-conditional][Theorem 4.2|Bayes&#39; rule|thm-bayes][Remark 4.3||remark-4-3][Lemma 4.4|Small|lem-small]"
      ), page)
  }
}

/// Terminal cells of a line (the text chapter counts this way).
private enum TextWidthProbe {
  static func cells(_ line: Substring) -> Int { line.unicodeScalars.count }
}
