import Foundation
import XCTest

@testable import MLMath

/// `savetxt`: the text NumPy's `np.savetxt` writes (Python's `%` formatting of every row,
/// header, footer, comments, newline), its raises met by a thrown `CSVError`, and files
/// that read back exactly.
final class IOWritingTests: XCTestCase {
  nonisolated(unsafe) static let reference: [String: Any] = (try? ReferenceFixture.load("datasets")) ?? [:]

  func message(_ body: () throws -> Any) -> String {
    do {
      _ = try body()
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  /// Each format applied to rows of ordinary values, signed zeros, subnormal-free extremes,
  /// NaN and infinities: the same text as Python, or an error where Python raises.
  func testFormatsAgainstPython() throws {
    let cases = try XCTUnwrap(Self.reference["formats"] as? [[String: Any]])
    XCTAssertEqual(cases.count, 112)
    for c in cases {
      let fmt = c["fmt"] as! String
      let row = ReferenceFixture.bitPatterns(c["row"])
      let x = Matrix(rows: 1, columns: row.count, elements: row)
      if let text = c["text"] as? String {
        XCTAssertEqual(try savetxt(x, fmt: fmt), text, "fmt \(fmt) row \(row)")
      } else {
        XCTAssertEqual(
          message { try savetxt(x, fmt: fmt) }, "<lines>: \(c["message"] as! String)", "fmt \(fmt) row \(row)")
      }
    }
  }

  func testWholeFilesAgainstNumPy() throws {
    let files = try XCTUnwrap(Self.reference["savetxt"] as? [[String: Any]])
    XCTAssertEqual(files.count, 6)
    for f in files {
      let kw = f["kwargs"] as! [String: Any]
      let expected = f["text"] as! String
      let delimiter = kw["delimiter"] as? String ?? " "
      let newline = kw["newline"] as? String ?? "\n"
      let header = kw["header"] as? String ?? ""
      let footer = kw["footer"] as? String ?? ""
      let comments = kw["comments"] as? String ?? "# "
      if f["vector"] != nil {
        let v = Vector(ReferenceFixture.bitPatterns(f["vector"]))
        XCTAssertEqual(try savetxt(v, fmt: kw["fmt"] as! String), expected)
        continue
      }
      let x = DatasetsGeneratorTests.matrix(f["x"])
      let text: String
      if let formats = kw["fmt"] as? [String] {
        text = try savetxt(
          x, fmt: formats, delimiter: delimiter, newline: newline, header: header, footer: footer, comments: comments)
      } else {
        text = try savetxt(
          x, fmt: kw["fmt"] as? String ?? "%.18e", delimiter: delimiter, newline: newline, header: header,
          footer: footer, comments: comments)
      }
      XCTAssertEqual(text, expected, "\(kw)")
    }
  }

  /// NumPy's default `%.18e` keeps 19 significant digits, so every double reads back exactly.
  func testRoundTripThroughAFile() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mlmath-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("x.txt").path
    var rng = RandomState(seed: 11)
    var x = rng.standardNormal(size: (40, 5))
    for (k, special) in [Double.nan, .infinity, -.infinity, -0.0, 5e-324, 1.7976931348623157e308].enumerated() {
      x.elements[k * 7] = special
    }
    try savetxt(path, x, header: "five columns")
    let back = try loadtxt(path)
    XCTAssertEqual(back.shape.rows, 40)
    XCTAssertEqual(
      back.elements.map { $0.isNaN ? Double.nan.bitPattern : $0.bitPattern },
      x.elements.map { $0.isNaN ? Double.nan.bitPattern : $0.bitPattern })
    try savetxt(path, x, fmt: "%.3f", delimiter: ",")
    XCTAssertEqual(try loadtxt(path, delimiter: ",")[1, 1], (x[1, 1] * 1000).rounded() / 1000, accuracy: 1e-12)
    try savetxt(path, Vector([1, 2]), fmt: "%d")
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "1\n2\n")
    try savetxt(path, x, fmt: Array(repeating: "%g", count: 5))
    XCTAssertEqual(try loadtxt(path).shape.columns, 5)
    XCTAssertEqual(
      message { try savetxt(directory.appendingPathComponent("missing/x.txt").path, x) },
      "\(directory.appendingPathComponent("missing/x.txt").path): cannot be written (does its folder exist?)")
  }

  func testErrors() {
    let x = Matrix([[1, 2], [3, .nan]])
    XCTAssertEqual(message { try savetxt(x, fmt: "%d") }, "<lines>: cannot convert float NaN to integer")
    XCTAssertEqual(
      message { try savetxt(Matrix([[Double.infinity]]), fmt: "%d") },
      "<lines>: cannot convert float infinity to integer")
    XCTAssertEqual(
      message { try savetxt(x, fmt: "%d %d %d") }, "<lines>: fmt has wrong number of % formats:  %d %d %d")
    XCTAssertEqual(
      message { try savetxt(x, fmt: ["%d"]) }, "<lines>: fmt has wrong shape.  ['%d'] (1 formats for 2 columns)")
    XCTAssertEqual(
      message { try savetxt(x, fmt: "%x") },
      "<lines>: Mismatch between array dtype ('float64') and format specifier ('%x %x')")
    XCTAssertEqual(
      message { try savetxt(x, fmt: "%.2q") }, "<lines>: unsupported format character 'q' (0x71) at index 3")
    XCTAssertEqual(
      message { try savetxt(x, fmt: "%99999999999d") }, "<lines>: width too big")
  }

  func testPythonFloatRepr() {
    let cases: [(Double, String)] = [
      (0, "0.0"), (-0.0, "-0.0"), (1, "1.0"), (0.1, "0.1"), (1e-4, "0.0001"), (1e-5, "1e-05"), (123456.0, "123456.0"),
      (1e15, "1000000000000000.0"), (1e16, "1e+16"), (1.5e300, "1.5e+300"), (5e-324, "5e-324"),
      (2.5e-7, "2.5e-07"), (-1234.5, "-1234.5"), (.nan, "nan"), (-.infinity, "-inf"),
    ]
    for (x, text) in cases { XCTAssertEqual(pythonFloatRepr(x), text) }
  }
}
