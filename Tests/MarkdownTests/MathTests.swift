import Markdown
import XCTest

/// Math must reach the renderer byte for byte.
final class MathTests: XCTestCase {
  private func formulas(_ source: String) -> [Math] {
    var found: [Math] = []
    func walk(_ inlines: [Inline]) {
      for inline in inlines {
        switch inline {
        case .math(let m): found.append(m)
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c, _): walk(c)
        default: break
        }
      }
    }
    func walk(_ blocks: [Block]) {
      for block in blocks {
        switch block {
        case .paragraph(let i, _), .heading(_, let i, _): walk(i)
        case .blockQuote(let b, _): walk(b)
        case .list(let l): l.items.forEach { walk($0.blocks) }
        case .table(let t): (t.header + t.rows.flatMap { $0 }).forEach { walk($0) }
        case .displayMath(let m): found.append(m)
        default: break
        }
      }
    }
    walk(MarkdownParser.parse(source).blocks)
    return found
  }

  func testInlineMathIsNotEmphasisedOrUnescaped() {
    let m = formulas(#"Loss $\mathcal{L}_a * b_c \\ \{x\}$ here."#)
    XCTAssertEqual(m.map(\.tex), [#"\mathcal{L}_a * b_c \\ \{x\}"#])
    XCTAssertEqual(m.first?.isDisplay, false)
    XCTAssertEqual(m.first?.position, SourcePosition(line: 1, column: 7))
  }

  func testDisplayMathParagraph() {
    let source = "Text\n\n$$\\sum_{i=1}^n x_i^2$$\n"
    let doc = MarkdownParser.parse(source)
    guard case .displayMath(let m) = doc.blocks[1] else { return XCTFail("\(doc.blocks)") }
    XCTAssertEqual(m.tex, "\\sum_{i=1}^n x_i^2")
    XCTAssertEqual(m.position, SourcePosition(line: 3, column: 3))
  }

  func testDisplayMathBlockSurvivesListSyntax() {
    let source = "$$\na_1\n+ b_2 * c_3\n- d\n$$\n\nAfter.\n"
    let doc = MarkdownParser.parse(source)
    guard case .displayMath(let m) = doc.blocks[0] else { return XCTFail("\(doc.blocks)") }
    XCTAssertEqual(m.tex, "a_1\n+ b_2 * c_3\n- d\n")
    XCTAssertEqual(m.position.line, 2)
    guard case .paragraph(_, let pos) = doc.blocks[1] else { return XCTFail() }
    XCTAssertEqual(pos.line, 7)
  }

  func testDisplayMathInBlockQuote() {
    let doc = MarkdownParser.parse("> $$\n> x_1 \\\\ y\n> $$\n")
    guard case .blockQuote(let inner, _) = doc.blocks[0], case .displayMath(let m) = inner.first else {
      return XCTFail("\(doc.blocks)")
    }
    XCTAssertEqual(m.tex, "x_1 \\\\ y\n")
  }

  func testMathFence() {
    let doc = MarkdownParser.parse("```math\n\\frac{a}{b}\n```\n")
    guard case .displayMath(let m) = doc.blocks[0] else { return XCTFail("\(doc.blocks)") }
    XCTAssertEqual(m.tex, "\\frac{a}{b}\n")
  }

  func testMathInTableCells() {
    let source = "| loss | formula |\n|---|---|\n| MSE | $(y_i - \\hat{y}_i)^2$ |\n"
    XCTAssertEqual(formulas(source).map(\.tex), ["(y_i - \\hat{y}_i)^2"])
  }

  func testDollarsThatAreNotMath() {
    XCTAssertEqual(formulas("It costs US$5 and 5$ or \\$3 and $ 4 $."), [])
    XCTAssertEqual(formulas("Between $5 and $10 dollars."), [])
    XCTAssertEqual(formulas("A `$x$` code span."), [])
    guard case .paragraph(let p, _) = MarkdownParser.parse("Pay \\$3 now").blocks[0] else { return XCTFail() }
    XCTAssertEqual(p.plainText, "Pay $3 now")
  }

  func testTwoEqualFormulasGetTheirOwnColumns() {
    let m = formulas("$x$ and $x$")
    XCTAssertEqual(m.map(\.position.column), [2, 10])
  }

  /// A `$` inside the argument of a text-mode command opens math nested in the
  /// text; it must not close the formula around it.
  func testDollarsInsideTextCommandsDoNotCloseTheFormula() {
    for command in [
      "text", "textrm", "textnormal", "textup", "textbf", "textit", "textsf", "texttt", "emph", "mbox",
      "hbox", "fbox", "tag", "tag*",
    ] {
      let tex = "a = \\\(command){for all $x$ and $y_i$}"
      XCTAssertEqual(formulas("Say $\(tex)$ here.").map(\.tex), [tex], command)
      XCTAssertEqual(formulas("$$\(tex)$$").map(\.tex), [tex], command)
    }
    // Spaces before the group, nested braces and math in the math in the text.
    let nested = #"\text {if $\{x\} \mbox{has $y$}$ {holds}} + 1"#
    XCTAssertEqual(formulas("Then $\(nested)$, and $z$.").map(\.tex), [nested, "z"])
    // The group ends at its own closing brace: the formula goes on after it.
    XCTAssertEqual(formulas(#"$\text{a $b$} c$ and $d$"#).map(\.tex), [#"\text{a $b$} c"#, "d"])
    // Only text commands: in `\mathrm{…}` a `$` is an ordinary closer.
    XCTAssertEqual(formulas(#"$\mathrm{a $b$ c}$"#).map(\.tex), [#"\mathrm{a $b"#])
    // An escaped brace does not open the group; an unclosed group leaves the `$` as text.
    XCTAssertEqual(formulas(#"$\text\{a$ b$"#).map(\.tex), [#"\text\{a"#])
    XCTAssertEqual(formulas(#"Pay $\text{ $5 now"#), [])
    // Positions still point at the formula's first byte.
    XCTAssertEqual(formulas(#"xy $\text{a $b$}$ $c$"#).map(\.position.column), [5, 20])
  }

  /// The scanner remembers what it learnt about a paragraph; nothing of that may
  /// leak into the next paragraph or document, even when cmark reuses addresses.
  func testScanMemoryBelongsToOneParagraph() {
    for _ in 0..<3 {
      XCTAssertEqual(formulas("$a $5 $b\n\n$c$ and $d$\n\n| $e |\n|---|\n| $f$ |\n").map(\.tex), ["c", "d", "f"])
      XCTAssertEqual(formulas("$\\text{ $x$\n\n$\\text{$y$}$").map(\.tex), ["x", "\\text{$y$}"])
      XCTAssertEqual(formulas("$x$").map(\.tex), ["x"])
    }
  }
}
