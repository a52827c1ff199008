import Foundation
import XCTest

@testable import TeX

/// Renders the formula corpora and compares with the checked-in expectations.
///
/// Run with `TEX_UPDATE_CORPUS=1` to regenerate the `*.expected.json` files
/// after reviewing the renderings (see `bench/tex/compare.py`).
final class CorpusTests: XCTestCase {
  struct Entry: Codable, Equatable {
    var tex: String
    var display: Bool
    var mathml: String
    var text: [String]
  }

  static let renderer = try! TeXRenderer()

  func testCourseCorpus() throws { try check("course") }
  func testWikipediaCorpus() throws { try check("wiki") }

  func testCorpusIsLargeEnough() throws {
    let count =
      try Fixtures.formulas("corpus/course.txt").count
      + Fixtures.formulas("corpus/wiki.txt").count
    XCTAssertGreaterThanOrEqual(count, 300)
  }

  private func check(_ name: String) throws {
    let formulas = try Fixtures.formulas("corpus/\(name).txt")
    var rendered: [Entry] = []
    for (display, tex) in formulas {
      do {
        let mathml = try Self.renderer.mathML(tex, display: display)
        let text = try Self.renderer.text(tex, display: display)
        rendered.append(
          Entry(
            tex: tex, display: display, mathml: mathml,
            text: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
      } catch {
        XCTFail("\(name): \(tex)\n\(error.annotated(source: tex))")
      }
    }
    let path = "corpus/\(name).expected.json"
    if Fixtures.updating {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      try Fixtures.write(String(decoding: encoder.encode(rendered), as: UTF8.self) + "\n", to: path)
      return
    }
    let expected = try JSONDecoder().decode([Entry].self, from: Data(Fixtures.read(path).utf8))
    XCTAssertEqual(
      expected.count, rendered.count, "\(name): corpus changed; regenerate with TEX_UPDATE_CORPUS=1"
    )
    for (want, got) in zip(expected, rendered) {
      XCTAssertEqual(want.tex, got.tex, "\(name): corpus order changed")
      XCTAssertEqual(want.mathml, got.mathml, "MathML of \(got.tex)")
      XCTAssertEqual(want.text, got.text, "text of \(got.tex)")
    }
  }
}
