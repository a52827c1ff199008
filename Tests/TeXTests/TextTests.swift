import XCTest

@testable import TeX

/// The Unicode text renderer and its width measure.
final class TextTests: XCTestCase {
  let tex = try! TeXRenderer()

  func inline(_ source: String) throws -> String { try tex.text(source, display: false) }
  func display(_ source: String) throws -> String { try tex.text(source, display: true) }

  func testDisplayWidth() {
    XCTAssertEqual(displayWidth("abc"), 3)
    XCTAssertEqual(displayWidth("y\u{302}"), 1)
    XCTAssertEqual(displayWidth("x\u{305}y\u{305}"), 2)
    XCTAssertEqual(displayWidth("𝓛𝔼ℝ"), 3)
    XCTAssertEqual(displayWidth("数学"), 4)
    XCTAssertEqual(displayWidth("a\u{200B}b"), 2)
    XCTAssertEqual(displayWidth(""), 0)
  }

  func testScripts() throws {
    XCTAssertEqual(try inline("x_i^2"), "xᵢ²")
    XCTAssertEqual(try inline("A^\\top"), "Aᵀ")
    XCTAssertEqual(try inline("A^{-1}"), "A⁻¹")
    XCTAssertEqual(try inline("x^{(i)}"), "x⁽ⁱ⁾")
    XCTAssertEqual(try inline("\\theta_{t+1}"), "θₜ₊₁")
    XCTAssertEqual(try inline("x_{i,j}"), "x_(i,j)")
    XCTAssertEqual(try inline("x_b"), "x_b")
    XCTAssertEqual(try inline("e^{-x^2}"), "e^(−x²)")
    XCTAssertEqual(try inline("f'(x) + f''"), "f′(x) + f″")
    XCTAssertEqual(try inline("\\|\\theta\\|_2"), "‖θ‖₂")
  }

  func testFractionsInline() throws {
    XCTAssertEqual(try inline("\\frac{a}{b}"), "a/b")
    XCTAssertEqual(try inline("\\frac{a+b}{c}"), "(a+b)/c")
    XCTAssertEqual(try inline("\\frac{1}{(1-x)^2}"), "1/(1−x)²")
    XCTAssertEqual(try inline("\\binom{n}{k}"), "C(n, k)")
  }

  func testFractionsDisplay() throws {
    XCTAssertEqual(try display("\\frac{a+b}{c}"), " a + b\n───────\n   c")
    XCTAssertEqual(try display("x = \\frac{1}{2}"), "     1\nx = ───\n     2")
  }

  func testBigOperatorsWithLimits() throws {
    XCTAssertEqual(try display("\\sum_{i=1}^{n} x_i"), " n\n ∑  xᵢ\ni=1")
    XCTAssertEqual(try inline("\\sum_{i=1}^{n} x_i"), "∑ᵢ₌₁ⁿ xᵢ")
    XCTAssertEqual(try display("\\sum\\nolimits_{i} x_i"), "∑ᵢ xᵢ")
    XCTAssertEqual(try display("\\int_0^1 f"), "∫₀¹ f")
  }

  func testMatrixAndCases() throws {
    XCTAssertEqual(
      try display("\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}"), "⎡1  2⎤\n⎣3  4⎦")
    XCTAssertEqual(try inline("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}"), "(1, 2; 3, 4)")
    XCTAssertEqual(
      try display(
        "|x| = \\begin{cases} x & x \\ge 0 \\\\ -x & x < 0 \\\\ 0 & \\text{never} \\end{cases}"),
      "      ⎧x    x ≥ 0\n|x| = ⎨−x   x < 0\n      ⎩0    never")
  }

  func testAccentsUseCombiningMarks() throws {
    XCTAssertEqual(try inline("\\hat{y}"), "y\u{302}")
    XCTAssertEqual(try inline("\\bar{x}"), "x\u{304}")
    XCTAssertEqual(try inline("\\vec{v}"), "v\u{20D7}")
    XCTAssertEqual(try inline("\\overline{ab}"), "a\u{305}b\u{305}")
    XCTAssertEqual(try inline("\\hat{\\mathbf{x}}"), "𝐱\u{302}")
  }

  func testStyledLettersAndSymbols() throws {
    XCTAssertEqual(
      try inline("\\mathcal{L}(\\theta) \\le \\mathbb{E}[X] \\in \\mathbb{R}"), "ℒ(θ) ≤ 𝔼[X] ∈ ℝ")
    XCTAssertEqual(try inline("\\mathbf{x} \\cdot \\boldsymbol{\\theta}"), "𝐱 ⋅ 𝜽")
  }

  func testSpacingAndFunctions() throws {
    XCTAssertEqual(try inline("a=-b"), "a = −b")
    XCTAssertEqual(try inline("\\sin x + \\log(y)"), "sin x + log(y)")
    XCTAssertEqual(try inline("f(x)\\,dx"), "f(x) dx")
    XCTAssertEqual(try inline("a \\quad b"), "a  b")
    XCTAssertEqual(try inline("p(x \\mid y)"), "p(x ∣ y)")
  }

  func testNeverRawTeX() throws {
    let sources = [
      "\\frac{\\partial^2 f}{\\partial x^2}", "\\sqrt[3]{x}", "\\xrightarrow{f}", "\\boxed{x}",
      "\\underbrace{a+b}_{n}", "\\overset{?}{=}", "\\mathop{E} x",
      "\\left\\langle a \\right\\rangle",
    ]
    for source in sources {
      for isDisplay in [false, true] {
        let text = try tex.text(source, display: isDisplay)
        XCTAssertFalse(text.contains("\\"), "\(source) → \(text)")
        XCTAssertFalse(text.contains("{"), "\(source) → \(text)")
      }
    }
  }

  func testDisplayLinesHaveNoTrailingSpaces() throws {
    let text = try display("\\sum_{i=1}^{n} \\frac{1}{i^2} = \\frac{\\pi^2}{6}")
    for line in text.split(separator: "\n") {
      XCTAssertFalse(line.hasSuffix(" "), line.description)
    }
  }
}
