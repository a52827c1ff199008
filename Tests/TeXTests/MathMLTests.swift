import XCTest

@testable import TeX

/// The MathML writer on the tricky constructs.
final class MathMLTests: XCTestCase {
  let tex = try! TeXRenderer()

  func body(_ source: String, display: Bool = false) throws -> String {
    try tex.presentation(source, display: display)
  }

  func testWrapperAndAnnotation() throws {
    let inline = try tex.mathML("a<b \\& c", display: false)
    XCTAssertTrue(inline.hasPrefix("<math><semantics><mrow>"))
    XCTAssertTrue(inline.contains("<mo lspace=\"0\" rspace=\"0\">&amp;</mo>"), inline)
    let display = try tex.mathML("x", display: true)
    XCTAssertTrue(display.hasPrefix("<math display=\"block\"><semantics>"))
    XCTAssertTrue(
      display.hasSuffix(
        "<annotation encoding=\"application/x-tex\">x</annotation></semantics></math>"))
  }

  func testEscaping() throws {
    let output = try tex.mathML("a < b > c \\text{<\\&>\"}", display: false)
    XCTAssertTrue(output.contains("<mo>&lt;</mo>"))
    XCTAssertTrue(output.contains("<mtext>&lt;&amp;&gt;&quot;</mtext>"), output)
    XCTAssertTrue(output.contains("a &lt; b &gt; c \\text{&lt;\\&amp;&gt;&quot;}</annotation>"))
  }

  func testPrimesSitAfterTheBase() throws {
    XCTAssertEqual(
      try body("f'"), "<mrow><mrow><mi>f</mi><mo lspace=\"0\" rspace=\"0\">′</mo></mrow></mrow>")
    XCTAssertEqual(
      try body("f''^2"),
      "<mrow><msup><mrow><mi>f</mi><mo lspace=\"0\" rspace=\"0\">″</mo></mrow><mn>2</mn></msup></mrow>"
    )
    XCTAssertEqual(
      try body("x'_1"),
      "<mrow><msub><mrow><mi>x</mi><mo lspace=\"0\" rspace=\"0\">′</mo></mrow><mn>1</mn></msub></mrow>"
    )
  }

  func testNestedScripts() throws {
    XCTAssertEqual(
      try body("x^{y^z}"), "<mrow><msup><mi>x</mi><msup><mi>y</mi><mi>z</mi></msup></msup></mrow>")
    XCTAssertEqual(
      try body("x_i^2"), "<mrow><msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup></mrow>")
    XCTAssertEqual(try body("x^23"), "<mrow><msup><mi>x</mi><mn>2</mn></msup><mn>3</mn></mrow>")
  }

  func testLimitsAndNolimits() throws {
    XCTAssertTrue(try body("\\sum_{i}^{n}").hasPrefix("<mrow><munderover><mo>∑</mo>"))
    XCTAssertTrue(
      try body("\\sum\\limits_{i}").hasPrefix("<mrow><munder><mo movablelimits=\"false\">∑</mo>"))
    XCTAssertTrue(try body("\\sum\\nolimits_{i}").hasPrefix("<mrow><msub><mo>∑</mo>"))
    XCTAssertTrue(try body("\\int_0^1").hasPrefix("<mrow><msubsup><mo>∫</mo>"))
    XCTAssertTrue(
      try body("\\int\\limits_0^1").hasPrefix(
        "<mrow><munderover><mo movablelimits=\"false\">∫</mo>"))
    XCTAssertTrue(
      try body("\\lim_{x}").hasPrefix(
        "<mrow><munder><mo lspace=\"0\" rspace=\"0\" movablelimits=\"true\">lim</mo>"))
    XCTAssertTrue(try body("\\operatorname*{argmax}_x").contains(">argmax</mo>"))
    XCTAssertTrue(try body("\\operatorname{rank}_x").hasPrefix("<mrow><msub><mi>rank</mi>"))
  }

  func testLeftDotAndMiddle() throws {
    let output = try body("\\left. \\frac{a}{b} \\right|_0")
    XCTAssertTrue(output.hasPrefix("<mrow><msub><mrow><mfrac>"), output)
    XCTAssertTrue(output.contains("form=\"postfix\" stretchy=\"true\""))
    XCTAssertTrue(try body("\\left( a \\middle| b \\right)").contains("lspace=\"0.05em\""))
  }

  func testNot() throws {
    XCTAssertTrue(try body("a \\not= b").contains(">≠</mo>"))
    XCTAssertTrue(try body("a \\not\\in B").contains(">∉</mo>"))
    XCTAssertTrue(try body("a \\not\\approx b").contains(">≉</mo>"))
    XCTAssertTrue(try body("a \\not\\prec b").contains(">⊀</mo>"))
    XCTAssertTrue(try body("a \\not\\asymp b").contains(">≭</mo>"))
    XCTAssertTrue(try body("a \\not\\models b").contains(">⊭</mo>"))
    XCTAssertTrue(try body("a \\not\\doteq b").contains(">≐\u{338}</mo>"))
  }

  func testStyledLetterExceptions() throws {
    XCTAssertTrue(try body("\\mathbb{RCNZ}").contains("<mi>ℝ</mi><mi>ℂ</mi><mi>ℕ</mi><mi>ℤ</mi>"))
    XCTAssertTrue(try body("\\mathbb{E}").contains("<mi>𝔼</mi>"))
    XCTAssertTrue(try body("\\mathbb{1}").contains("𝟙"))
    XCTAssertTrue(try body("\\mathcal{BEFHILMR}").contains("ℬ</mi><mi>ℰ</mi><mi>ℱ</mi><mi>ℋ"))
    XCTAssertTrue(try body("\\mathcal{L}").contains("<mi>ℒ</mi>"))
    XCTAssertTrue(try body("\\mathcal{ego}").contains("<mi>ℯ</mi><mi>ℊ</mi><mi>ℴ</mi>"))
    XCTAssertTrue(
      try body("\\mathfrak{CHIRZ}").contains("ℭ</mi><mi>ℌ</mi><mi>ℑ</mi><mi>ℜ</mi><mi>ℨ"))
    XCTAssertTrue(try body("\\mathit{h}").contains("<mi>ℎ</mi>"))
    XCTAssertTrue(try body("\\mathbf{x}").contains("<mi>𝐱</mi>"))
    XCTAssertTrue(try body("\\mathbf{\\theta}").contains("<mi>𝛉</mi>"))
    XCTAssertTrue(try body("\\boldsymbol{\\theta}").contains("<mi>𝜽</mi>"))
    XCTAssertTrue(try body("\\bm{x}").contains("<mi>𝒙</mi>"))
    XCTAssertTrue(try body("\\mathsf{A}\\mathtt{b}").contains("<mi>𝖠</mi><mi>𝚋</mi>"))
    XCTAssertTrue(try body("\\mathrm{d}").contains("<mi mathvariant=\"normal\">d</mi>"))
    XCTAssertTrue(try body("\\Gamma").contains("<mi mathvariant=\"normal\">Γ</mi>"))
    XCTAssertTrue(try body("\\mathbf{2}").contains("<mn>𝟐</mn>"))
  }

  func testOnlyMathMLCoreMarkup() throws {
    let sources = [
      "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", "\\boxed{x}", "\\overline{ab}",
      "\\mathbb{R}", "\\left( x \\right)",
      "\\begin{array}{c|c} a & b \\\\ \\hline c & d \\end{array}",
    ]
    for source in sources {
      let output = try tex.mathML(source, display: true)
      for banned in [
        "mfenced", "menclose", "columnalign", "rowalign", "columnlines", "mathvariant=\"bold",
      ] {
        XCTAssertFalse(output.contains(banned), "\(banned) in \(output)")
      }
    }
  }

  func testTablesUseClasses() throws {
    let cases = try body("\\begin{cases} a & b \\end{cases}")
    XCTAssertTrue(cases.contains("<mtable class=\"tex-cases\" displaystyle=\"false\">"))
    let aligned = try body("\\begin{aligned} a &= b \\end{aligned}")
    XCTAssertTrue(aligned.contains("<mtable class=\"tex-aligned\" displaystyle=\"true\">"))
    XCTAssertTrue(aligned.contains("<mtd><mrow><mi></mi><mo>=</mo>"), aligned)
    XCTAssertTrue(
      try body("\\begin{aligned} a &= b \\\\ &= c \\end{aligned}").contains("<mtd></mtd>"))
    let array = try body("\\begin{array}{l|r} a & b \\\\ \\hline c & d \\end{array}")
    XCTAssertTrue(array.contains("<mtd class=\"tex-l\">"))
    XCTAssertTrue(array.contains("<mtd class=\"tex-r tex-vl\">"))
    XCTAssertTrue(array.contains("<mtr class=\"tex-hl\">"))
    for name in ["tex-cases", "tex-aligned", "tex-l", "tex-r", "tex-vl", "tex-hl", "tex-boxed"] {
      XCTAssertTrue(TeXStyles.css.contains(name), name)
    }
  }

  func testTopLevelLineBreaks() throws {
    XCTAssertTrue(try body("a \\\\ b").contains("<mtable class=\"tex-gathered\""))
  }

  func testDeterministic() throws {
    let source = "\\sum_{i=1}^n \\frac{x_i}{\\sqrt{2}} \\in \\mathbb{R}"
    XCTAssertEqual(try tex.mathML(source, display: true), try tex.mathML(source, display: true))
  }
}
