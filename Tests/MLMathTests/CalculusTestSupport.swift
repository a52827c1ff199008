import Foundation
import XCTest

@testable import MLMath

/// Fixtures/reference/calculus.json (scripts/reference/calculus.py) as loose JSON,
/// and the named functions it refers to, spelled as the script spells them.
enum CalculusFixture {
  static func load() throws -> [String: Any] {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "calculus", withExtension: "json", subdirectory: "Fixtures/reference"),
      "no Fixtures/reference/calculus.json in the test bundle")
    // JSONDecoder parses numbers exactly (JSONSerialization may round the last bit).
    let value = try JSONDecoder().decode(LooseJSON.self, from: Data(contentsOf: url))
    return try XCTUnwrap(value.any as? [String: Any])
  }

  static func rows(_ key: String) throws -> [[String: Any]] {
    try XCTUnwrap(try load()[key] as? [[String: Any]], "no \(key) in calculus.json")
  }

  /// The scalar functions of the reference script, by name.
  static let functions: [String: @Sendable (Double) -> Double] = [
    "exp": { exp($0) }, "sin": { sin($0) }, "log": { log($0) }, "cubic": { $0 * $0 * $0 - 2 * $0 + 1 },
    "atan": { atan($0) }, "sqrt": { $0.squareRoot() }, "gauss": { exp(-$0 * $0) },
    "logistic": { 1 / (1 + exp(-$0)) }, "inv1px2": { 1 / (1 + $0 * $0) }, "invsqrt": { 1 / $0.squareRoot() },
    "cos50": { cos(50 * $0) }, "xsin30": { $0 * sin(30 * $0) }, "expneg": { exp(-$0) }, "square": { $0 * $0 },
    "inv": { 1 / $0 }, "sinc": { sin($0) / $0 }, "poly5": { 3 * pow($0, 5) - $0 * $0 + 4 },
    "cosm": { cos($0) - $0 }, "kepler": { $0 - 0.5 * sin($0) - 1 }, "lnx2": { log($0) - 2 },
    "x2m2": { $0 * $0 - 2 }, "expm2": { exp($0) - 2 },
  ]
  static let fprime: [String: @Sendable (Double) -> Double] = [
    "cosm": { -sin($0) - 1 }, "kepler": { 1 - 0.5 * cos($0) }, "x2m2": { 2 * $0 }, "expm2": { exp($0) },
    "cubic": { 3 * $0 * $0 - 2 },
  ]
  static let fprime2: [String: @Sendable (Double) -> Double] = [
    "x2m2": { _ in 2 }, "cubic": { 6 * $0 }, "expm2": { exp($0) },
  ]
}

/// Any JSON value, decoded by `JSONDecoder` into `Bool`, `Int`, `Double`, `String`, arrays and dictionaries.
struct LooseJSON: Decodable {
  var any: Any

  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      any = NSNull()
    } else if let b = try? c.decode(Bool.self) {
      any = b
    } else if let i = try? c.decode(Int.self) {
      any = i
    } else if let d = try? c.decode(Double.self) {
      any = d
    } else if let s = try? c.decode(String.self) {
      any = s
    } else if let a = try? c.decode([LooseJSON].self) {
      any = a.map(\.any)
    } else {
      any = try c.decode([String: LooseJSON].self).mapValues(\.any)
    }
  }
}

/// A JSON number, or the reference script's "nan", "inf", "-inf".
func fixtureNumber(_ value: Any?) -> Double {
  switch value {
  case let d as Double: return d
  case let i as Int: return Double(i)
  case let s as String: return s == "nan" ? .nan : s == "inf" ? .infinity : s == "-inf" ? -.infinity : .nan
  default: return .nan
  }
}

func fixtureVector(_ value: Any?) -> [Double] { (value as? [Any] ?? []).map(fixtureNumber) }

func fixtureMatrix(_ value: Any?) -> [[Double]] { (value as? [Any] ?? []).map(fixtureVector) }

/// |a − b| ≤ relative·|b| + absolute, with NaN equal to NaN and infinities exact.
func calculusClose(_ a: Double, _ b: Double, relative: Double, absolute: Double = 0) -> Bool {
  if b.isNaN { return a.isNaN }
  if b.isInfinite || a.isInfinite { return a == b }
  return abs(a - b) <= relative * abs(b) + absolute
}
