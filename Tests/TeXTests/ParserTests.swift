import XCTest

@testable import TeX

/// Parsing rules, errors, macros and limits.
final class ParserTests: XCTestCase {
  let tex = try! TeXRenderer()

  func error(_ source: String, renderer: TeXRenderer? = nil) -> TeXError? {
    do {
      _ = try (renderer ?? tex).mathML(source, display: false)
      return nil
    } catch {
      return error
    }
  }

  func testErrorPointsAtOffendingToken() throws {
    let found = try XCTUnwrap(error("a + \\fracc{1}{2}"))
    XCTAssertEqual(found.message, "unknown command \\fracc; did you mean \\frac?")
    XCTAssertEqual(found.utf8Offset, 4)
    XCTAssertEqual(found.length, 6)
    XCTAssertEqual(
      found.annotated(source: "a + \\fracc{1}{2}"),
      "unknown command \\fracc; did you mean \\frac?\na + \\fracc{1}{2}\n    ^~~~~~")
  }

  func testOffsetsAreUTF8Bytes() throws {
    let found = try XCTUnwrap(error("α + \\betaa"))
    XCTAssertEqual(found.utf8Offset, 5)
    XCTAssertEqual(found.annotated(source: "α + \\betaa").split(separator: "\n").last, "    ^~~~~~")
  }

  func testUnknownCommandsSuggestTheNearestKnownOne() throws {
    let renderer = try TeXRenderer(macros: ["norm": "\\lVert #1 \\rVert"])
    func message(_ tex: String) -> String? {
      do {
        _ = try renderer.mathML(tex, display: false)
        return nil
      } catch { return error.message }
    }
    XCTAssertEqual(message("\\alpah"), "unknown command \\alpah; did you mean \\alpha?")
    XCTAssertEqual(message("\\lamdba"), "unknown command \\lamdba; did you mean \\lambda?")
    XCTAssertEqual(message("\\nrom{x}"), "unknown command \\nrom; did you mean \\norm?")
    XCTAssertEqual(message("\\sqr{2}"), "unknown command \\sqr; did you mean \\sqrt?")
    XCTAssertEqual(message("\\text{\\textbff{x}}"), "unknown command \\textbff in text; did you mean \\textbf?")
    // Nothing near: no guess.
    XCTAssertEqual(message("\\oops"), "unknown command \\oops")
    XCTAssertEqual(message("\\qwertyuiop"), "unknown command \\qwertyuiop")
    XCTAssertEqual(CommandSuggestions.distance("alpah", "alpha"), 1)
    XCTAssertEqual(CommandSuggestions.distance("", "abc"), 3)
    XCTAssertEqual(CommandSuggestions.distance("kitten", "sitting"), 3)
  }

  func testAnnotatedMultilineSource() throws {
    let source = "a \\\\\n b + \\oops"
    let found = try XCTUnwrap(error(source))
    XCTAssertEqual(
      found.annotated(source: source), "unknown command \\oops\n b + \\oops\n     ^~~~~")
  }

  func testDoubleScripts() throws {
    XCTAssertEqual(error("x_1_2")?.message, "double subscript")
    XCTAssertEqual(error("x_1_2")?.utf8Offset, 3)
    XCTAssertEqual(error("x^1^2")?.message, "double superscript")
    XCTAssertNil(error("x_1^2"))
    XCTAssertNil(error("x'^2"))
    XCTAssertNil(error("{x_1}_2"))
  }

  func testMacrosWithArguments() throws {
    let renderer = try TeXRenderer(macros: [
      "R": "\\mathbb{R}", "norm": "\\left\\lVert #1 \\right\\rVert",
      "pd": "\\frac{\\partial #1}{\\partial #2}",
    ])
    XCTAssertEqual(
      try renderer.text("x \\in \\R^n, \\norm{x}_2, \\pd{f}{x}", display: false),
      "x ∈ ℝⁿ, ‖x‖₂, ∂f/∂x")
    let missing = try XCTUnwrap(error("\\pd{f}", renderer: renderer))
    XCTAssertEqual(missing.message, "missing argument for \\pd")
    XCTAssertEqual(missing.utf8Offset, 0)
    let inside = try XCTUnwrap(error("a + \\norm{\\oops}", renderer: renderer))
    XCTAssertEqual(inside.utf8Offset, 10)
  }

  func testMacroValidation() {
    XCTAssertThrowsError(try TeXRenderer(macros: ["bad name": "x"]))
    XCTAssertThrowsError(try TeXRenderer(macros: ["R": "\\mathbb{R"]))
    XCTAssertThrowsError(try TeXRenderer(macros: ["R": "\\unknowncommand"])) { error in
      XCTAssertEqual((error as? TeXError)?.message, "macro \\R: unknown command \\unknowncommand")
    }
    XCTAssertNoThrow(try TeXRenderer(macros: ["E": "\\mathbb{E}", "d": "\\mathrm{d}"]))
  }

  func testRecursiveMacrosStop() throws {
    let start = Date()
    XCTAssertThrowsError(try TeXRenderer(macros: ["loop": "\\loop"]))
    XCTAssertThrowsError(try TeXRenderer(macros: ["boom": "\\boom\\boom"]))
    let a = try TeXRenderer(macros: ["a": "\\b\\b", "b": "\\c\\c", "c": "x"])
    XCTAssertNoThrow(try a.mathML("\\a", display: false))
    XCTAssertLessThan(Date().timeIntervalSince(start), 2)
  }

  func testNestingLimitIsAnError() throws {
    let deep = String(repeating: "{", count: 10_000) + "x" + String(repeating: "}", count: 10_000)
    XCTAssertTrue(error(deep)?.message.hasPrefix("formula nested too deeply") ?? false)
    let fractions = String(repeating: "\\frac{1}", count: 5_000) + "{x}"
    XCTAssertNotNil(error(fractions))
    let moderate = String(repeating: "{", count: 20) + "x" + String(repeating: "}", count: 20)
    XCTAssertNil(error(moderate))
  }

  func testLinearTime() throws {
    let piece = "x_{i}^{2} + \\frac{a}{b} - \\sqrt{\\alpha} \\cdot \\left( y \\right) "
    let source = String(repeating: piece, count: 100_000 / piece.utf8.count + 1)
    XCTAssertGreaterThan(source.utf8.count, 100_000)
    let start = Date()
    _ = try tex.mathML(source, display: true)
    let elapsed = Date().timeIntervalSince(start)
    XCTAssertLessThan(elapsed, 1.0, "100 KB took \(elapsed) s")
    for display in [false, true] {
      let textStart = Date()
      _ = try tex.text(source, display: display)
      XCTAssertLessThan(Date().timeIntervalSince(textStart), 1.0, "text, display \(display)")
    }
  }

  func testLimitsOnlyAfterOperators() {
    XCTAssertEqual(
      error("x\\limits_0")?.message, "\\limits must follow an operator such as \\sum or \\int")
    XCTAssertNil(error("\\sum\\limits_0"))
    XCTAssertNil(error("\\mathop{X}\\limits_0"))
  }

  func testAmpersandOnlyInEnvironments() {
    XCTAssertEqual(error("a & b")?.utf8Offset, 2)
    XCTAssertNil(error("\\begin{matrix} a & b \\end{matrix}"))
  }

  func testTextMayContainMath() throws {
    XCTAssertEqual(try tex.text("\\text{if $x>0$}", display: false), "if x > 0")
  }

  func testStyleSwitchesCostNoNesting() throws {
    let source = String(repeating: "a \\displaystyle b \\textstyle ", count: 500)
    XCTAssertNil(error(source))
    let output = try tex.mathML("a \\displaystyle \\frac{1}{2}", display: false)
    XCTAssertTrue(
      output.contains("<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac>"), output)
  }

  func testColorIsCheckedBeforeItReachesCSS() throws {
    XCTAssertTrue(try tex.mathML("\\color{red} x", display: false).contains("style=\"color:red\""))
    XCTAssertEqual(error("\\color{red;background:url(x)} x")?.utf8Offset, 6)
  }
}
