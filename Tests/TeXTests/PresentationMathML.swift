import XCTest

@testable import TeX

extension TeXRenderer {
  /// The presentation part of the MathML for `source`, without `<math>`,
  /// `<semantics>` and the TeX annotation: what the MathML tests compare.
  func presentation(_ source: String, display: Bool = false) throws -> String {
    let full = try mathML(source, display: display)
    let start = try XCTUnwrap(full.range(of: "<semantics>")).upperBound
    let end = try XCTUnwrap(full.range(of: "<annotation")).lowerBound
    return String(full[start..<end])
  }
}
