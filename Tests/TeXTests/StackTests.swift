import Foundation
import XCTest

@testable import TeX

/// The deepest formulas the depth limit lets through must render on a thread
/// with a small (512 KiB) stack, as secondary threads on macOS have.
final class StackTests: XCTestCase {
  func testDeepestAcceptedFormulasFitASmallStack() throws {
    let renderer = try TeXRenderer()
    let limit = Parser.maximumDepth
    var sources: [String] = []
    for depth in stride(from: limit, through: 1, by: -1) {
      let groups = String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth)
      let fractions =
        String(repeating: "\\frac{1}{", count: depth) + "x" + String(repeating: "}", count: depth)
      let scripts =
        String(repeating: "x^{", count: depth) + "y" + String(repeating: "}", count: depth)
      let fences =
        String(repeating: "\\left(", count: depth) + "x"
        + String(repeating: "\\right)", count: depth)
      let roots =
        String(repeating: "\\sqrt{", count: depth) + "x" + String(repeating: "}", count: depth)
      sources += [groups, fractions, scripts, fences, roots]
    }
    let all = sources
    let done = expectation(description: "rendered")
    let thread = Thread {
      for source in all {
        for display in [false, true] {
          _ = try? renderer.mathML(source, display: display)
          _ = try? renderer.text(source, display: display)
        }
      }
      done.fulfill()
    }
    thread.stackSize = 512 * 1024
    thread.start()
    wait(for: [done], timeout: 120)
  }
}
