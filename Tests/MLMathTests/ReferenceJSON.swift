import Foundation
import XCTest

/// A number as the reference scripts (`scripts/reference/*.py`) write it in JSON:
/// a plain number, or `"nan"`, `"inf"`, `"-inf"`, `"-0"` for what JSON cannot spell.
struct ReferenceNumber: Decodable {
  var value: Double

  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let d = try? c.decode(Double.self) {
      value = d
      return
    }
    switch try c.decode(String.self) {
    case "nan": value = .nan
    case "inf": value = .infinity
    case "-inf": value = -.infinity
    case "-0": value = -0.0
    case let s: throw DecodingError.dataCorruptedError(in: c, debugDescription: "bad number \(s)")
    }
  }
}

/// Decodes `Fixtures/reference/<name>.json` from the test bundle.
func decodeReferenceFixture<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
  let url = try XCTUnwrap(
    Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/reference"),
    "no Fixtures/reference/\(name).json in the test bundle")
  return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
}
