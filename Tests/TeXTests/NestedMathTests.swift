import Foundation
import XCTest

@testable import TeX

/// Math nested in `\text{…}` and the other text-mode commands.
final class NestedMathTests: XCTestCase {
  let tex = try! TeXRenderer()

  func body(_ source: String, display: Bool = false) throws -> String {
    try tex.presentation(source, display: display)
  }

  func testMathInTextRendersInlineAndDisplay() throws {
    for display in [false, true] {
      XCTAssertEqual(
        try body(#"\text{for all $x$}"#, display: display),
        "<mrow><mrow><mtext>for all\u{A0}</mtext><mstyle displaystyle=\"false\"><mi>x</mi></mstyle></mrow></mrow>")
      XCTAssertEqual(try tex.text(#"\text{for all $x$}"#, display: display), "for all x")
      XCTAssertEqual(
        try tex.text(#"f(x) = 0 \quad \text{if $x_i < 0$ for some $i$}"#, display: display),
        "f(x) = 0  if xᵢ < 0 for some i")
    }
    XCTAssertEqual(
      try body(#"\textbf{if $\frac{a}{b} > 1$}"#),
      "<mrow><mrow><mtext>𝐢𝐟\u{A0}</mtext><mstyle displaystyle=\"false\"><mfrac><mi>a</mi><mi>b</mi></mfrac>"
        + "<mo>&gt;</mo><mn>1</mn></mstyle></mrow></mrow>")
    // Math in text is in text style, even in display math: the fraction stays inline.
    XCTAssertEqual(try tex.text(#"\textbf{if $\frac{a}{b} > 1$}"#, display: true), "𝐢𝐟 a/b > 1")
    XCTAssertTrue(
      try body(#"\frac{1}{2} \text{ if $\frac{a}{b}$}"#, display: true).contains(
        "<mstyle displaystyle=\"false\"><mfrac>"))
  }

  func testEveryTextCommandTakesNestedMath() throws {
    for name in CommandTables.textArgumentCommands.sorted() {
      let source = "\\\(name){a $x^2$ b}"
      XCTAssertNoThrow(try tex.mathML(source, display: false), source)
      XCTAssertTrue(try tex.text(source, display: false).contains("x²"), source)
    }
    XCTAssertTrue(try body(#"\tag*{$n$}"#, display: true).contains("<mi>n</mi>"))
  }

  /// The Markdown scanner must know every text command, or a `$` in its
  /// argument would end the formula there.
  func testMarkdownScannerKnowsTheSameTextCommands() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/CMarkMath/math_extension.c")
    let source = try String(contentsOf: path, encoding: .utf8)
    let start = try XCTUnwrap(source.range(of: "text_commands[] = {")).upperBound
    let end = try XCTUnwrap(source[start...].range(of: "};")).lowerBound
    var names: Set<String> = []
    for part in source[start..<end].split(separator: "\"").enumerated() where part.offset % 2 == 1 {
      names.insert(String(part.element))
    }
    XCTAssertEqual(names, CommandTables.textArgumentCommands)
  }
}
