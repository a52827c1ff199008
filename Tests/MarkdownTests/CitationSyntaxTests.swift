import Markdown
import XCTest

/// Citations and cross-references are written as Pandoc and Quarto write them; labels
/// of display formulas are read from every way a formula can be written.
final class CitationSyntaxTests: XCTestCase {
  private func inlines(_ source: String) -> [Inline] {
    guard case .paragraph(let inlines, _)? = MarkdownParser.parse(source).blocks.first else {
      XCTFail("not a paragraph: \(source)")
      return []
    }
    return inlines
  }

  private func citations(_ source: String) -> [Citation] {
    inlines(source).compactMap { if case .citation(let c) = $0 { c } else { nil } }
  }

  func testBracketedFormsAndTheirParts() {
    let single = citations("As shown [@lin2017focal].")
    XCTAssertEqual(single.count, 1)
    XCTAssertEqual(single.first?.items, [Citation.Item(key: "lin2017focal")])
    XCTAssertEqual(single.first?.isBracketed, true)
    XCTAssertEqual(single.first?.source, "[@lin2017focal]")

    let located = citations("See [@lin2017focal, p. 3] here.")
    XCTAssertEqual(located.first?.items, [Citation.Item(key: "lin2017focal", locator: "p. 3")])

    let several = citations("[see @ioffe2015batch; -@ba2016layer, sec. 2; also @santurkar2018how]")
    XCTAssertEqual(
      several.first?.items,
      [
        Citation.Item(key: "ioffe2015batch", prefix: "see"),
        Citation.Item(key: "ba2016layer", locator: "sec. 2", suppressesAuthor: true),
        Citation.Item(key: "santurkar2018how", prefix: "also"),
      ])
    XCTAssertEqual(inlines("A [@a] and [@b].").count, 5, "text, citation, text, citation, text")
  }

  func testNarrativeKeysEndBeforeTrailingPunctuation() {
    let found = citations("By @thm-bayes, and @eq-mse. Then @Fig-loss: done; @lin2017focal's result.")
    XCTAssertEqual(found.map(\.items.first?.key), ["thm-bayes", "eq-mse", "Fig-loss", "lin2017focal"])
    XCTAssertTrue(found.allSatisfy { !$0.isBracketed })
    XCTAssertEqual(
      inlines("By @eq-mse.").last, .text("."), "the sentence's full stop stays text after the key")
  }

  func testWhatIsNotACitation() {
    XCTAssertTrue(citations("Mail ada@example.org, or @ alone, or @-dash.").isEmpty)
    XCTAssertTrue(citations("A [plain bracket] and [x@y].").isEmpty)
    // Two keys in one part are no bracketed citation; the keys still read as narrative ones, as in Pandoc.
    XCTAssertEqual(citations("[@a @b]").map(\.isBracketed), [false, false])
    XCTAssertTrue(citations("Code `@thm-bayes` is code.").isEmpty)
    XCTAssertTrue(citations("A [link to @eq-x](https://example.org).").isEmpty, "link text is left alone")
  }

  func testCitationsInsideEmphasisAndTheirPositions() {
    let source = "First line.\nSecond *by @thm-a* and [@b, p. 2]."
    XCTAssertEqual(
      inlines(source).compactMap { inline -> Citation? in
        if case .emphasis(let inner) = inline, case .citation(let c)? = inner.last { return c }
        return nil
      }.first?.position, SourcePosition(line: 2, column: 12))
    XCTAssertEqual(citations(source).first?.position, SourcePosition(line: 2, column: 24))
    // Two equal citations get their own positions.
    let twice = citations("@eq-a then\n@eq-a")
    XCTAssertEqual(twice.map(\.position), [SourcePosition(line: 1, column: 1), SourcePosition(line: 2, column: 1)])
  }

  private func displayLabel(_ source: String) -> (tex: String, label: String?)? {
    for block in MarkdownParser.parse(source).blocks {
      if case .displayMath(let m) = block { return (m.tex, m.label) }
      if case .blockQuote(let inner, _) = block, case .displayMath(let m)? = inner.first { return (m.tex, m.label) }
    }
    return nil
  }

  func testDisplayFormulaLabels() {
    let block = displayLabel("Text.\n\n$$\nx^2 + 1\n$$ {#eq-square}\n\nMore.")
    XCTAssertEqual(block?.label, "eq-square")
    XCTAssertEqual(block?.tex, "x^2 + 1\n")
    XCTAssertEqual(displayLabel("```math {#eq-fenced}\na = b\n```")?.label, "eq-fenced")
    XCTAssertEqual(displayLabel("$$a = b$$ {#eq-one-line}")?.label, "eq-one-line")
    XCTAssertEqual(displayLabel("> $$\n> a\n> $$ {#eq-quoted}")?.label, "eq-quoted")
    XCTAssertNil(displayLabel("$$\na\n$$")?.label)
    // Not a label: stays text after the formula (so the paragraph is not display math).
    XCTAssertNil(displayLabel("$$a$$ {#bad label}"))
  }
}
