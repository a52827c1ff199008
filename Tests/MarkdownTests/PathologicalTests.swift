import Foundation
import Markdown
import XCTest

/// Inputs built to make a careless `$` scanner quadratic, in the style of
/// cmark's `test/pathological_tests.py`: each shape is parsed at size n and 4n,
/// and the time may grow by at most 8× (linear gives 4, O(n log n) a little
/// more, quadratic 16). n is doubled until one parse takes at least 20 ms, so
/// the ratio is not dominated by fixed costs; each time is the fastest of
/// three runs, and a ratio over the limit is measured again (twice at most),
/// to tame the noise of a shared machine.
final class PathologicalTests: XCTestCase {
  struct Shape {
    var name: String
    /// The input for size `n`.
    var make: (Int) -> String
    /// Checks the parse of the size-`n` input (so the shape tests what it claims).
    var check: (Int, Document) -> Void = { _, _ in }
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

  /// Inline formulas of a parse, in order.
  static func formulas(_ document: Document) -> [Math] {
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
        case .table(let t): (t.header + t.rows.flatMap { $0 }).forEach { walk($0) }
        case .displayMath(let m): found.append(m)
        default: break
        }
      }
    }
    walk(document.blocks)
    return found
  }

  var shapes: [Shape] {
    [
      Shape(name: "unclosed $ before digits", make: { String(repeating: "$5 ", count: $0) }) {
        XCTAssertEqual(Self.formulas($1).count, 0)
      },
      Shape(name: "unclosed $ before letters", make: { String(repeating: "$a ", count: $0) }) {
        XCTAssertEqual(Self.formulas($1).count, 0)
      },
      Shape(name: "unclosed $$ in unclosed \\text{", make: { String(repeating: "$$\\text{ ", count: $0) }) {
        XCTAssertEqual(Self.formulas($1).count, 0)
      },
      Shape(name: "closers that may not close", make: { "$a" + String(repeating: " $5", count: $0) }) {
        XCTAssertEqual(Self.formulas($1).count, 0)
      },
      Shape(name: "unclosed \\text{", make: { String(repeating: "$\\text{ ", count: $0) }) {
        XCTAssertEqual(Self.formulas($1).count, 0)
      },
      Shape(name: "nested unclosed \\text{$", make: { String(repeating: "$\\text{$", count: $0) }) {
        _, _ in
      },
      Shape(name: "unclosed \\mbox{ with braces", make: { "$\\mbox{" + String(repeating: "{$a$ ", count: $0) }) {
        _, _ in
      },
      Shape(name: "closed inline formulas", make: { String(repeating: "$x$ ", count: $0) }) {
        XCTAssertEqual(Self.formulas($1).count, $0)
      },
      Shape(name: "closed display formulas", make: { String(repeating: "$$x$$ ", count: $0) }) {
        XCTAssertEqual(Self.formulas($1).count, $0)
      },
      Shape(
        name: "formulas with math in \\text", make: { String(repeating: "$\\text{a $b$ c}$ ", count: $0) }
      ) {
        XCTAssertEqual(Self.formulas($1).count, $0)
        XCTAssertEqual(Self.formulas($1).first?.tex, "\\text{a $b$ c}")
      },
      Shape(name: "escaped dollars", make: { "$a" + String(repeating: "\\$", count: $0) }) {
        XCTAssertEqual(Self.formulas($1).count, 0)
      },
      Shape(name: "backslash runs", make: { String(repeating: "$\\\\", count: $0) }) { _, _ in },
      Shape(name: "unclosed $ over soft breaks", make: { String(repeating: "$5\n", count: $0) }) {
        XCTAssertEqual(Self.formulas($1).count, 0)
      },
      Shape(
        name: "table cells with unclosed $",
        make: { "| a |\n|---|\n" + String(repeating: "| $5 $5 $5 $5 |\n", count: $0) }
      ) {
        XCTAssertEqual(Self.formulas($1).count, 0)
      },
    ]
  }

  func testShapesParseInLinearTime() throws {
    var report: [String] = []
    for shape in shapes {
      var n = 250
      var small = Self.time { _ = MarkdownParser.parse(shape.make(n)) }
      while small < 0.02 && n < 1_000_000 {
        n *= 2
        let input = shape.make(n)
        small = Self.time { _ = MarkdownParser.parse(input) }
      }
      shape.check(n, MarkdownParser.parse(shape.make(n)))
      let input = shape.make(4 * n)
      var large = Self.time { _ = MarkdownParser.parse(input) }
      // Another build on the machine can slow one measurement down; a real
      // quadratic stays over the limit when measured again.
      for _ in 0..<2 where large / small >= 8 {
        let small4 = shape.make(n)
        small = min(small, Self.time { _ = MarkdownParser.parse(small4) })
        large = min(large, Self.time { _ = MarkdownParser.parse(input) })
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
