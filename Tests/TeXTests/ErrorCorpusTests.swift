import XCTest

@testable import TeX

/// Every malformed formula in `Fixtures/errors.tsv` must fail with the
/// recorded message at the recorded byte offset, in both renderers.
final class ErrorCorpusTests: XCTestCase {
  struct Case {
    var offset: Int
    var length: Int
    var message: String
    var tex: String
  }

  func testMalformedFormulas() throws {
    let renderer = try TeXRenderer()
    var lines: [String] = []
    var cases: [Case] = []
    for line in try Fixtures.read("errors.tsv").split(separator: "\n") {
      if line.hasPrefix("%") {
        lines.append(String(line))
        continue
      }
      let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
      XCTAssertEqual(fields.count, 4, "bad line: \(line)")
      guard fields.count == 4 else { continue }
      cases.append(
        Case(
          offset: Int(fields[0]) ?? -1, length: Int(fields[1]) ?? -1,
          message: String(fields[2]), tex: String(fields[3])))
    }
    XCTAssertGreaterThanOrEqual(cases.count, 50)
    var review = ""
    for item in cases {
      var error: TeXError?
      do {
        _ = try renderer.mathML(item.tex, display: false)
        XCTFail("no error for \(item.tex)")
      } catch let caught {
        error = caught
      }
      do {
        _ = try renderer.text(item.tex, display: true)
        XCTFail("no error from text() for \(item.tex)")
      } catch let caught {
        XCTAssertEqual(caught, error, "text() and mathML() disagree on \(item.tex)")
      }
      guard let error else { continue }
      if Fixtures.updating {
        lines.append("\(error.utf8Offset)\t\(error.length)\t\(error.message)\t\(item.tex)")
        review += error.annotated(source: item.tex) + "\n\n"
        continue
      }
      XCTAssertEqual(error.message, item.message, item.tex)
      XCTAssertEqual(error.utf8Offset, item.offset, item.tex)
      XCTAssertEqual(error.length, item.length, item.tex)
    }
    if Fixtures.updating {
      try Fixtures.write(lines.joined(separator: "\n") + "\n", to: "errors.tsv")
      print(review)
    }
  }
}
