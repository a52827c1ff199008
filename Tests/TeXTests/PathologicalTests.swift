import Foundation
import XCTest

@testable import TeX

/// Formulas built to expose super-linear steps in the lexer, parser and both
/// renderers, in the style of cmark's `test/pathological_tests.py`. Each shape
/// is rendered (MathML inline and display, text inline and display) at size n
/// and 4n; the time may grow by at most 8× (linear gives 4, O(n log n) a little
/// more, quadratic 16). n is doubled until one round takes at least 20 ms, and
/// each time is the fastest of three runs; a ratio over the limit is measured
/// again (twice at most), to tame a shared machine's noise.
final class PathologicalTests: XCTestCase {
  struct Shape {
    var name: String
    /// The formula for size `n`.
    var make: (Int) -> String
    /// User macros for size `n`.
    var macros: (Int) -> [String: String] = { _ in [:] }
    /// Whether the formula must render (rather than fail with a TeXError).
    var renders = true
    /// The largest 4n the shape allows (a macro chain must stay within
    /// `Parser.maximumExpansions`).
    var largest = 4_000_000
    /// Whether creating the renderer is timed too. Creating it checks each
    /// definition by expanding it in full, which for a chain of k macros
    /// costs k²; a chain's expansion in a formula is what must be linear.
    var buildsRenderer = true
    /// How many times one timed run renders the formula.
    var rounds = 1
  }

  static func repeated(_ piece: String, _ n: Int) -> String { String(repeating: piece, count: n) }

  /// A macro name for `index` made of letters only (`\mab`, `\mac`, …).
  static func macroName(_ index: Int) -> String {
    var name = "m"
    var rest = index
    repeat {
      name.unicodeScalars.append(Unicode.Scalar(UInt8(97 + rest % 26)))
      rest /= 26
    } while rest > 0
    return name
  }

  /// `\m0` → `\m1` → … → `x`: a chain of `n` macros, each expanding to the next.
  static func chain(_ n: Int) -> [String: String] {
    var macros: [String: String] = [:]
    for index in 0..<n { macros[macroName(index)] = index + 1 < n ? "\\" + macroName(index + 1) + " " : "x" }
    return macros
  }

  var shapes: [Shape] {
    let r = Self.repeated
    return [
      Shape(name: "long sum", make: { r("x+", $0) + "x" }),
      Shape(name: "long digit run", make: { r("1", $0) }),
      Shape(name: "many scripts", make: { r("x_{i}^{2}", $0) }),
      Shape(name: "many primes", make: { r("f'''", $0) }),
      Shape(name: "many fractions", make: { r("\\frac{a}{b}+", $0) }),
      Shape(name: "many roots and accents", make: { r("\\sqrt{x}\\hat{y}\\overline{z}", $0) }),
      Shape(name: "nested groups, repeated", make: { r("{{{{{{{{x}}}}}}}}", $0) }),
      Shape(name: "deep nesting", make: { r("{", $0) + "x" + r("}", $0) }, renders: false),
      Shape(name: "many \\left…\\right", make: { r("\\left( x \\right)", $0) }),
      Shape(name: "\\left…\\right with many \\middle", make: { "\\left(" + r("x \\middle| ", $0) + "\\right)" }),
      Shape(
        name: "nested \\left…\\right, repeated", make: { r("\\left(\\left[\\left\\{x\\right\\}\\right]\\right)", $0) }),
      Shape(name: "many sized delimiters", make: { r("\\bigl( x \\bigr)^2", $0) }),
      Shape(name: "long \\text", make: { "\\text{" + r("ab ", $0) + "}" }),
      Shape(name: "\\text with many formulas", make: { "\\text{" + r("a $x_1$ ", $0) + "}" }),
      Shape(name: "many \\text", make: { r("\\text{ab}", $0) }),
      Shape(name: "matrix with many columns", make: { "\\begin{pmatrix}" + r("a & ", $0) + "a\\end{pmatrix}" }),
      Shape(name: "matrix with many rows", make: { "\\begin{bmatrix}" + r("a & b \\\\ ", $0) + "\\end{bmatrix}" }),
      Shape(name: "aligned with many rows", make: { "\\begin{aligned}" + r("x &= y \\\\ ", $0) + "\\end{aligned}" }),
      Shape(
        name: "array with many columns", make: { "\\begin{array}{" + r("c|", $0) + "}" + r("a&", $0) + "\\end{array}" }),
      Shape(name: "many top-level lines", make: { r("a \\\\ ", $0) + "b" }),
      Shape(name: "many style switches", make: { r("\\displaystyle x \\textstyle y ", $0) }),
      Shape(name: "many font switches", make: { r("{\\bf x \\it y}", $0) }),
      Shape(name: "long \\operatorname", make: { "\\operatorname{" + r("ab", $0) + "}" }),
      Shape(name: "long comment", make: { "x % " + r("ab", $0) + "\ny" }),
      Shape(name: "error at the end of a long formula", make: { r("x+", $0) + "\\undefinedcommand" }, renders: false),
      Shape(name: "unclosed group at the start", make: { "{" + r("x+", $0) }, renders: false),
      Shape(
        name: "macro with arguments, many uses", make: { r("\\f{a}{b}", $0) },
        macros: { _ in ["f": "\\frac{#1}{#2}"] }),
      Shape(
        name: "long macro chain", make: { _ in "\\" + Self.macroName(0) }, macros: Self.chain,
        largest: 2048, buildsRenderer: false, rounds: 16),
      Shape(
        name: "many macros", make: { n in (0..<n).map { "\\" + Self.macroName($0) }.joined() },
        macros: { n in Dictionary(uniqueKeysWithValues: (0..<n).map { (Self.macroName($0), "\\frac{x}{y}") }) },
        largest: Parser.maximumExpansions),
      Shape(
        name: "macro expanding to a long argument", make: { "\\g{" + r("x+", $0) + "x}" },
        macros: { _ in ["g": "\\left(#1\\right) + \\frac{#1}{#1}"] }),
    ]
  }

  static func time(_ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
  }

  /// Builds the renderer (macros included: their definitions are checked at
  /// creation) and renders the formula four ways.
  static func run(_ shape: Shape, _ n: Int) {
    let source = shape.make(n)
    let macros = shape.macros(n)
    let prebuilt = shape.buildsRenderer ? nil : try? TeXRenderer(macros: macros)
    let time = time {
      do {
        let renderer = try prebuilt ?? TeXRenderer(macros: macros)
        for display in Array(repeating: [false, true], count: shape.rounds).joined() {
          do throws(TeXError) {
            _ = try renderer.mathML(source, display: display)
            _ = try renderer.text(source, display: display)
            if !shape.renders { XCTFail("\(shape.name) rendered") }
          } catch {
            _ = error.annotated(source: source)
            if shape.renders { XCTFail("\(shape.name): \(error)") }
          }
        }
      } catch {
        XCTFail("\(shape.name): \(error)")
      }
    }
    lastTime = time
  }

  nonisolated(unsafe) static var lastTime = 0.0

  func testShapesRenderInLinearTime() throws {
    var report: [String] = []
    for shape in shapes {
      var n = 64
      Self.run(shape, n)
      while Self.lastTime < 0.02 && 8 * n <= shape.largest {
        n *= 2
        Self.run(shape, n)
      }
      var small = Self.lastTime
      Self.run(shape, 4 * n)
      var large = Self.lastTime
      // Another build on the machine can slow one measurement down; a real
      // quadratic stays over the limit when measured again.
      for _ in 0..<2 where large / small >= 8 {
        Self.run(shape, n)
        small = min(small, Self.lastTime)
        Self.run(shape, 4 * n)
        large = min(large, Self.lastTime)
      }
      let ratio = large / small
      report.append(
        "\(shape.name): n=\(n) \(Int(small * 1000)) ms, 4n \(Int(large * 1000)) ms, ratio "
          + String(format: "%.1f", ratio))
      XCTAssertLessThan(ratio, 8, "\(shape.name) grows faster than linearly: \(report.last!)")
      XCTAssertLessThan(large, 10, "\(shape.name) is too slow: \(report.last!)")
    }
    print(report.joined(separator: "\n"))
  }
}
