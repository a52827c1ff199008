import XCTest

@testable import TeX

/// Sized and stretched delimiters: the argument forms LaTeX accepts, and
/// scripts on them.
final class DelimiterTests: XCTestCase {
  let tex = try! TeXRenderer()

  func body(_ source: String, display: Bool = false) throws -> String {
    try tex.presentation(source, display: display)
  }

  /// The one node of a formula.
  func node(_ source: String) throws -> MathNode {
    var node = try tex.parse(source)
    while case .row(let nodes) = node, nodes.count == 1 { node = nodes[0] }
    return node
  }

  func error(_ source: String) -> TeXError? {
    do {
      _ = try tex.parse(source)
      return nil
    } catch {
      return error
    }
  }

  // MARK: Argument forms

  func testEveryArgumentFormOfSizedDelimiters() throws {
    let forms: [(String, String)] = [
      ("\\big(", "("), ("\\big{(}", "("), ("\\big { ( } ", "("), ("\\big  (", "("),
      ("\\big\\{", "{"), ("\\big\\lbrace", "{"), ("\\big{\\lbrace}", "{"), ("\\big\\}", "}"),
      ("\\big|", "|"), ("\\big\\|", "‖"), ("\\big\\vert", "|"), ("\\big\\Vert", "‖"),
      ("\\big\\lvert", "|"), ("\\big.", ""), ("\\big{.}", ""), ("\\bigl\\langle", "⟨"),
      ("\\big{\\langle}", "⟨"), ("\\big<", "⟨"), ("\\big\\lt", "⟨"), ("\\Bigg\\rfloor", "⌋"),
      ("\\big/", "/"), ("\\big\\backslash", "\\"), ("\\big\\uparrow", "↑"), ("\\big[", "["),
      ("\\big\\lbrack", "["), ("\\big\\lceil", "⌈"), ("\\big\\lgroup", "⟮"), ("\\big⟨", "⟨"),
      ("\\big\\lparen", "("), ("\\big\\llbracket", "⟦"), ("\\big\\Arrowvert", "‖"),
    ]
    for (source, delimiter) in forms {
      guard case .sizedDelimiter(let got, _, _) = try node(source) else {
        XCTFail(source)
        continue
      }
      XCTAssertEqual(got, delimiter, source)
    }
    let commands: [(String, Int, MathClass)] = [
      ("big", 1, .ord), ("Big", 2, .ord), ("bigg", 3, .ord), ("Bigg", 4, .ord), ("bigl", 1, .open),
      ("Bigl", 2, .open), ("biggl", 3, .open), ("Biggl", 4, .open), ("bigr", 1, .close),
      ("Bigr", 2, .close), ("biggr", 3, .close), ("Biggr", 4, .close), ("bigm", 1, .rel),
      ("Bigm", 2, .rel), ("biggm", 3, .rel), ("Biggm", 4, .rel),
    ]
    for (name, size, mathClass) in commands {
      for argument in ["(", "{(}", " \\langle", "{ \\rangle }", "\\|"] {
        let source = "\\\(name)\(argument)"
        guard case .sizedDelimiter(_, let gotSize, let gotClass) = try node(source) else {
          XCTFail(source)
          continue
        }
        XCTAssertEqual(gotSize, size, source)
        XCTAssertEqual(gotClass, mathClass, source)
      }
    }
    // A macro may stand for the delimiter.
    let macros = try TeXRenderer(macros: ["lb": "\\langle"])
    XCTAssertTrue(try macros.mathML("\\big\\lb x \\big{\\lb}", display: false).contains(">⟨</mo>"))
  }

  func testNonDelimitersAreClearErrors() {
    let cases: [(String, String, Int)] = [
      ("\\big x", "\\big must be followed by a delimiter, not x", 5),
      ("\\big{x}", "\\big must be followed by a delimiter, not x", 5),
      ("\\Bigl\\alpha", "\\Bigl must be followed by a delimiter, not \\alpha", 5),
      ("\\big{}", "missing delimiter after \\big", 0),
      ("\\big", "missing delimiter after \\big", 0),
      ("\\bigr{((}", "\\bigr{…} takes exactly one delimiter, such as \\bigr{(}", 7),
      ("\\big{(", "missing } for this {", 4),
      ("\\big{", "missing } for this {", 4),
      ("\\big^2", "\\big must be followed by a delimiter, not ^", 4),
      // \left takes no group, as in LaTeX.
      ("\\left{(} x \\right)", "\\left must be followed by a delimiter, not {", 5),
    ]
    for (source, message, offset) in cases {
      let error = self.error(source)
      XCTAssertEqual(error?.message, message, source)
      XCTAssertEqual(error?.utf8Offset, offset, source)
    }
  }

  // MARK: Scripts on sized and stretched delimiters

  static func sized(_ delimiter: String, _ height: String, _ form: String) -> String {
    "<mo minsize=\"\(height)\" maxsize=\"\(height)\" stretchy=\"true\" symmetric=\"true\" fence=\"true\""
      + " form=\"\(form)\" lspace=\"0\" rspace=\"0\">\(delimiter)</mo>"
  }

  func testSizedDelimiterKeepsItsSizeUnderAScript() throws {
    // The script's base is an mrow around the sized mo: a bare mo as the base
    // of msup is not stretched, and sits at normal size, too low.
    let closing = Self.sized(")", "1.2em", "postfix")
    XCTAssertEqual(
      try body("\\bigl(f'\\bigr)^2"),
      "<mrow>\(Self.sized("(", "1.2em", "prefix"))<mrow><mi>f</mi><mo lspace=\"0\" rspace=\"0\">′</mo></mrow>"
        + "<msup><mrow>\(closing)</mrow><mn>2</mn></msup></mrow>")
    XCTAssertTrue(
      try body("\\Bigl(a+b\\Bigr)^n").hasSuffix(
        "<msup><mrow>\(Self.sized(")", "1.8em", "postfix"))</mrow><mi>n</mi></msup></mrow>"))
    XCTAssertTrue(
      try body("\\biggr]_{i}^{2}").contains(
        "<msubsup><mrow>\(Self.sized("]", "2.4em", "postfix"))</mrow><mi>i</mi><mn>2</mn></msubsup>"))
    XCTAssertTrue(try body("\\Biggm|_0").hasPrefix("<mrow><msub><mrow><mo minsize=\"3em\" maxsize=\"3em\""))
    for name in CommandTables.sizedDelimiters.keys.sorted() {
      for scripts in ["^2", "_0", "_0^1", "'", "'^2"] {
        let output = try body("\\\(name))\(scripts)")
        XCTAssertTrue(output.contains("><mrow><mo minsize="), "\(name)\(scripts): \(output)")
      }
    }
  }

  func testPrimeOnATallBaseIsARaisedSuperscript() throws {
    let fence =
      "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\" symmetric=\"true\" lspace=\"0\" rspace=\"0\">(</mo>"
      + "<mfrac><mn>1</mn><mi>x</mi></mfrac>"
      + "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\" symmetric=\"true\" lspace=\"0\" rspace=\"0\">)</mo></mrow>"
    let prime = "<mstyle scriptlevel=\"-1\" class=\"tex-prime\"><mo lspace=\"0\" rspace=\"0\">′</mo></mstyle>"
    XCTAssertEqual(try body("\\left(\\frac1x\\right)'"), "<mrow><msup>\(fence)\(prime)</msup></mrow>")
    XCTAssertEqual(
      try body("\\left(\\frac1x\\right)'^2"), "<mrow><msup>\(fence)<mrow>\(prime)<mn>2</mn></mrow></msup></mrow>")
    XCTAssertEqual(
      try body("\\left(\\frac1x\\right)''_k"),
      "<mrow><msubsup>\(fence)<mi>k</mi><mstyle scriptlevel=\"-1\" class=\"tex-prime\"><mo lspace=\"0\" rspace=\"0\">″</mo></mstyle>"
        + "</msubsup></mrow>")
    XCTAssertTrue(try body("\\bigr)'").contains("<msup><mrow><mo minsize=\"1.2em\""))
    XCTAssertTrue(try body("\\frac{a}{b}'").hasPrefix("<mrow><msup><mfrac>"))
    // On a letter the prime stays in line, at full size.
    XCTAssertEqual(
      try body("f'"), "<mrow><mrow><mi>f</mi><mo lspace=\"0\" rspace=\"0\">′</mo></mrow></mrow>")
  }

  func testScriptsOnTallDelimitersInText() throws {
    XCTAssertEqual(try tex.text("\\bigl(f'\\bigr)^2", display: false), "(f′)²")
    XCTAssertEqual(try tex.text("\\Bigl(a+b\\Bigr)^n", display: true), "(a + b)ⁿ")
    XCTAssertEqual(try tex.text("\\left(\\frac1x\\right)'", display: false), "(1/x)′")
    XCTAssertEqual(try tex.text("\\left(\\frac1x\\right)'", display: true), "⎛ 1 ⎞′\n⎜───⎟\n⎝ x ⎠")
    XCTAssertEqual(try tex.text("\\left(\\frac1x\\right)^2_k", display: true), "⎛ 1 ⎞²\n⎜───⎟\n⎝ x ⎠ₖ")
    XCTAssertEqual(try tex.text("\\left.\\frac{x^2}{2}\\right|_0^1", display: true), " x² │¹\n────│\n 2  │₀")
  }
}
