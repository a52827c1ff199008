import Foundation
import XCTest

@testable import MLMath

/// Loads the NumPy reference files written by `scripts/reference/random_linalg.py`.
enum ReferenceFixture {
  /// The parsed JSON object of `Fixtures/reference/<name>.json`.
  static func load(_ name: String) throws -> [String: Any] {
    let url = try XCTUnwrap(
      Bundle.module.url(
        forResource: name, withExtension: "json", subdirectory: "Fixtures/reference"),
      "missing fixture \(name).json — run scripts/reference/random_linalg.py")
    let data = try Data(contentsOf: url)
    return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// Doubles stored as 16-digit hex bit patterns.
  static func bitPatterns(_ value: Any?) -> [Double] {
    (value as? [String] ?? []).map { Double(bitPattern: UInt64($0, radix: 16)!) }
  }

  /// Doubles stored as Python `repr` strings (round-trip exact).
  static func doubles(_ value: Any?) -> [Double] {
    (value as? [String] ?? []).map { Double($0)! }
  }

  /// One double stored as a Python `repr` string.
  static func double(_ value: Any?) -> Double {
    Double(value as! String)!
  }

  /// Integers.
  static func integers(_ value: Any?) -> [Int] {
    (value as? [Any] ?? []).map { ($0 as! NSNumber).intValue }
  }

  /// A matrix stored as `{rows, columns, elements}`.
  static func matrix(_ value: Any?) -> Matrix {
    let object = value as! [String: Any]
    return Matrix(
      rows: (object["rows"] as! NSNumber).intValue,
      columns: (object["columns"] as! NSNumber).intValue,
      elements: doubles(object["elements"]))
  }
}

/// Asserts that two arrays of doubles are identical bit for bit, reporting the first difference.
func assertBitIdentical(
  _ actual: [Double], _ expected: [Double], _ label: String, file: StaticString = #filePath,
  line: UInt = #line
) {
  XCTAssertEqual(actual.count, expected.count, "\(label): count", file: file, line: line)
  if let index = (0..<min(actual.count, expected.count)).first(where: {
    actual[$0].bitPattern != expected[$0].bitPattern
  }) {
    XCTFail(
      "\(label): first difference at \(index): \(actual[index]) != \(expected[index]) (NumPy)",
      file: file,
      line: line)
  }
}
