import Foundation
import XCTest

@testable import TeX

/// A stand-alone HTML page of the formulas that are hard to draw at 1× (thin
/// accents, radicals, stretched delimiters), for screenshots in headless
/// Chromium next to KaTeX: `bench/tex/screenshots.sh` writes it through
/// `TEX_PAGE=/path/page.html` and shoots it at device scale factors 1 and 2.
final class RenderingPageTests: XCTestCase {
  static let formulas: [(display: Bool, tex: String)] = [
    (false, #"\bar X_n"#), (false, #"\bar{x} + \bar{X}"#), (false, #"\hat\theta \quad \hat{y}_i"#),
    (false, #"\tilde{x} \quad \vec{v} \quad \dot{x} \quad \ddot x"#),
    (false, #"\overline{X_n} \quad \overline{x + y}"#),
    (false, #"\widehat{xyz} \quad \widetilde{abc}"#), (true, #"\bar X_n = \frac{1}{n}\sum_{i=1}^n X_i"#),
    (false, #"\sqrt{n} \quad \sqrt{2} \quad \sqrt{x^2+y^2}"#), (false, #"\sqrt[3]{x} \quad \sqrt[n]{a}"#),
    (true, #"\sqrt{\frac{a}{b}} \quad \frac{\sigma}{\sqrt{n}}"#), (false, #"\binom{n}{k} \quad \tbinom{n}{2}"#),
    (true, #"\binom{n}{k} = \frac{n!}{k!\,(n-k)!}"#), (true, #"\left(\frac{a}{b}\right) \left[\frac{1}{2}\right]"#),
    (true, #"f(x) = \left\{ \begin{array}{ll} 1 & x > 0 \\ 0 & \text{otherwise} \end{array} \right."#),
    (true, #"\begin{pmatrix} a & b \\ c & d \end{pmatrix} \begin{bmatrix} 1 \\ 2 \\ 3 \end{bmatrix}"#),
    (true, #"\begin{vmatrix} a & b \\ c & d \end{vmatrix} \quad \begin{cases} x & x > 0 \\ -x & x \le 0 \end{cases}"#),
    (false, #"\bigl(f'\bigr)^2 \quad \Bigl(a+b\Bigr)^n \quad \biggl[x\biggr]_0^1"#),
    (true, #"\left(\frac1x\right)' \quad \left(\frac{a}{b}\right)^2"#),
    (false, #"\text{for all $x$ and $\bar y$}"#),
  ]

  static func page(_ renderer: TeXRenderer) throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let font = root.appendingPathComponent("Sources/MLBook/Resources/templates/fonts/latinmodern-math.woff2")
    var rows = ""
    for (display, source) in formulas {
      let mathML = try renderer.mathML(source, display: display)
      let escaped = source.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: "\"", with: "&quot;")
      rows +=
        "<tr><td class=src>\(escaped)</td><td>\(mathML)</td>"
        + "<td class=katex-cell data-display=\"\(display)\" data-tex=\"\(escaped)\"></td></tr>\n"
    }
    // The site's own rules for math (style.css sets the font size there).
    return """
      <!DOCTYPE html><html><head><meta charset="utf-8">
      <link rel="stylesheet" href="file:///usr/share/javascript/katex/katex.min.css">
      <script src="file:///usr/share/javascript/katex/katex.min.js"></script>
      <style>
      @font-face { font-family: "Latin Modern Math"; src: url("\(font.absoluteString)") format("woff2"); font-display: block; }
      math { font-size: 1.1em; }
      \(TeXStyles.css)
      body { font: 17px/1.6 sans-serif; margin: 8px; }
      table { border-collapse: collapse; }
      td { border: 1px solid #ddd; padding: 2px 10px; }
      td.src { font: 11px monospace; max-width: 260px; }
      </style></head><body><table>
      <tr><th>TeX</th><th>mlbook</th><th>KaTeX</th></tr>
      \(rows)</table>
      <script>
      if (window.katex) for (const td of document.querySelectorAll("td.katex-cell"))
        katex.render(td.dataset.tex, td, {displayMode: td.dataset.display === "true", throwOnError: false});
      </script></body></html>
      """
  }

  func testPageRendersEveryFormula() throws {
    let renderer = try TeXRenderer()
    let page = try Self.page(renderer)
    XCTAssertEqual(page.components(separatedBy: "<math").count - 1, Self.formulas.count)
    if let path = ProcessInfo.processInfo.environment["TEX_PAGE"] {
      try page.write(toFile: path, atomically: true, encoding: .utf8)
    }
  }

  func body(_ source: String) throws -> String {
    let full = try TeXRenderer().mathML(source, display: false)
    let start = try XCTUnwrap(full.range(of: "<semantics>")).upperBound
    let end = try XCTUnwrap(full.range(of: "<annotation")).lowerBound
    return String(full[start..<end])
  }

  /// What the 1× screenshots led to: accents Chromium draws visibly, radicals
  /// that clear an x-height letter, binomial parentheses of at least \big size.
  func testMathMLForms() throws {
    XCTAssertEqual(
      try body(#"\bar X"#),
      "<mrow><mover accent=\"true\"><mi>X</mi><mo stretchy=\"false\" class=\"tex-lift\">ˉ</mo></mover></mrow>")
    for dot in [#"\dot x"#, #"\ddot x"#, #"\mathring x"#] {
      XCTAssertTrue(try body(dot).contains("<mo stretchy=\"false\" class=\"tex-lift\">"), dot)
    }
    XCTAssertTrue(try body(#"\vec v"#).contains("<mo stretchy=\"false\" class=\"tex-vec\">→</mo>"))
    XCTAssertTrue(try body(#"\widehat{xyz}"#).contains("<mo stretchy=\"true\">\u{302}</mo>"))
    XCTAssertTrue(try body(#"\widetilde{xyz}"#).contains("<mo stretchy=\"true\">~</mo>"))
    XCTAssertEqual(try body(#"\sqrt{n}"#), "<mrow><msqrt><mi>n</mi><mspace height=\"0.65em\"/></msqrt></mrow>")
    XCTAssertEqual(
      try body(#"\sqrt[3]{x}"#),
      "<mrow><mroot><mrow><mi>x</mi><mspace height=\"0.65em\"/></mrow><mn>3</mn></mroot></mrow>")
    XCTAssertTrue(
      try body(#"\sqrt{\frac{a}{b}}"#).contains("<msqrt><mfrac><mi>a</mi><mi>b</mi></mfrac><mspace height=\"0.65em\"/>")
    )
    let binomial = try body(#"\binom{n}{k}"#)
    XCTAssertEqual(binomial.components(separatedBy: "minsize=\"1.2em\"").count, 3, binomial)
    for rule in ["mover > mo.tex-lift", "mover > mo.tex-vec", "mstyle.tex-prime"] {
      XCTAssertTrue(TeXStyles.css.contains(rule), rule)
    }
  }
}
