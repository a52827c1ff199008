import Foundation
import XCTest

@testable import MLMath

/// The elementwise functions on SLEEF against correctly rounded mpmath references
/// (`scripts/reference/elementwise_ulp.py`): within 1 ULP everywhere, exact on special values
/// (signed zeros, infinities, NaN), and the same bits from every SIMD extension and every
/// split of the work across cores.
final class ElementwiseAccuracyTests: XCTestCase {
  struct Fixture: Decodable {
    var source: String
    var functions: [String: [[String]]]
  }

  /// One reference: the inputs, and the exact result as hi + lo (`lo == nil`: exactly hi).
  struct Case {
    var x: Double
    var y: Double?
    var hi: Double
    var lo: Double?
  }

  static let unary: [String: @Sendable (Vector) -> Vector] = [
    "exp": exp, "exp2": exp2, "expm1": expm1, "log": log, "log2": log2, "log10": log10,
    "log1p": log1p, "sin": sin, "cos": cos, "tan": tan, "asin": asin, "acos": acos,
    "atan": atan, "sinh": sinh, "cosh": cosh, "tanh": tanh, "asinh": asinh, "acosh": acosh,
    "atanh": atanh, "cbrt": cbrt, "erf": erf,
  ]

  static let binary: [String: @Sendable (Vector, Vector) -> Vector] = ["pow": pow, "atan2": atan2]

  static func number(_ text: String) throws -> Double {
    switch text {
    case "nan": return .nan
    case "inf": return .infinity
    case "-inf": return -.infinity
    default:
      guard let value = Double(text) else { throw CocoaError(.coderReadCorrupt) }
      return value
    }
  }

  static func cases(_ rows: [[String]], arity: Int) throws -> [Case] {
    try rows.map { row in
      let lo = row[arity + 1] == "exact" ? nil : try number(row[arity + 1])
      return Case(
        x: try number(row[0]), y: arity == 2 ? try number(row[1]) : nil, hi: try number(row[arity]), lo: lo)
    }
  }

  /// |y − (hi + lo)| in units of the last place of the exact value.
  static func ulpError(_ y: Double, hi: Double, lo: Double) -> Double {
    guard y.isFinite else { return .infinity }
    var unit = hi.ulp
    // Just below a power of two the exact value lies in the binade whose ULP is half as large.
    if hi.isNormal && hi.significandBitPattern == 0 && lo != 0 && (lo < 0) != (hi < 0) { unit /= 2 }
    return abs((y - hi) - lo) / unit
  }

  /// Runs `f` on every extension the CPU has and returns the results, the first from the widest.
  func resultsOnEveryExtension(_ f: () -> [Double]) -> [(String, [Double])] {
    let widest = setElementwiseVectorLevel(3)
    defer { setElementwiseVectorLevel(widest) }
    return (0...widest).reversed().map { level in
      setElementwiseVectorLevel(level)
      return (elementwiseVectorExtension, f())
    }
  }

  func testEveryFunctionIsWithinOneULPAndExactOnSpecialValues() throws {
    let fixture = try decodeReferenceFixture("elementwise_ulp", as: Fixture.self)
    XCTAssertEqual(Set(fixture.functions.keys), Set(Self.unary.keys).union(Self.binary.keys))
    var summary: [String] = []
    for (name, rows) in fixture.functions.sorted(by: { $0.key < $1.key }) {
      let arity = Self.binary[name] == nil ? 1 : 2
      let cases = try Self.cases(rows, arity: arity)
      XCTAssertGreaterThan(cases.count, 300, name)
      let x = Vector(cases.map(\.x))
      let runs = resultsOnEveryExtension {
        if let f = Self.unary[name] { return f(x).elements }
        return Self.binary[name]!(x, Vector(cases.map { $0.y! })).elements
      }
      let results = runs[0].1
      for (isa, other) in runs.dropFirst() {
        let differing = zip(results, other).filter { $0.bitPattern != $1.bitPattern }.count
        XCTAssertEqual(differing, 0, "\(name): \(runs[0].0) and \(isa) differ in \(differing) results")
      }
      var worst = 0.0
      for (c, y) in zip(cases, results) {
        let input = c.y.map { "(\(c.x), \($0))" } ?? "(\(c.x))"
        if let lo = c.lo {
          let error = Self.ulpError(y, hi: c.hi, lo: lo)
          worst = max(worst, error)
          XCTAssertLessThanOrEqual(error, 1.0, "\(name)\(input) = \(y), exact \(c.hi) + \(lo): \(error) ULP")
        } else if c.hi.isNaN {
          XCTAssertTrue(y.isNaN && y.sign == .plus, "\(name)\(input) = \(y), expected an unsigned NaN")
        } else {
          XCTAssertEqual(y.bitPattern, c.hi.bitPattern, "\(name)\(input) = \(y), expected exactly \(c.hi)")
        }
      }
      summary.append("\(name) \(String(format: "%.3f", worst))")
    }
    print("largest errors in ULP on \(elementwiseVectorExtension): " + summary.joined(separator: ", "))
  }

  func testLargeArraysSplitAcrossCoresGiveTheSameBitsAsSmallOnes() throws {
    let fixture = try decodeReferenceFixture("elementwise_ulp", as: Fixture.self)
    let cases = try Self.cases(fixture.functions["exp"]!, arity: 1)
    // Longer than the threshold for splitting work, and not a multiple of any vector width.
    var inputs: [Double] = []
    while inputs.count < parallelElementCount * 2 + 13 { inputs += cases.map(\.x) }
    let big = Vector(inputs)
    for (name, f) in Self.unary.sorted(by: { $0.key < $1.key }) {
      let whole = f(big).elements
      // Pieces of 997 elements take the copy-and-update path, of 37 the tiny-array one.
      for width in [997, 37] {
        let pieces = stride(from: 0, to: inputs.count, by: width).flatMap { start in
          f(Vector(Array(inputs[start..<min(inputs.count, start + width)]))).elements
        }
        XCTAssertEqual(whole.map(\.bitPattern), pieces.map(\.bitPattern), "\(name) in pieces of \(width)")
      }
    }
    let powered = pow(big, 1.7).elements
    XCTAssertEqual(powered.map(\.bitPattern), inputs.map { pow(Vector([$0]), 1.7)[0].bitPattern })
  }

  func testMatrixFormsAndScalarExponentsAgreeWithTheVectorForms() {
    let values = [-3.5, -1, -0.25, 0, 0.5, 1, 2, 7.25, 30, 700]
    let m = Matrix(rows: 2, columns: 5, elements: values)
    let v = Vector(values)
    XCTAssertEqual(exp(m).elements, exp(v).elements)
    XCTAssertEqual(tanh(m).elements, tanh(v).elements)
    XCTAssertEqual(cbrt(m).elements, cbrt(v).elements)
    XCTAssertEqual(atan2(m, m).elements, atan2(v, v).elements)
    let positive = abs(v) + 1
    // pow with a scalar exponent, a scalar base, or a broadcast length-1 operand runs the same kernel.
    XCTAssertEqual(pow(positive, 1.3).elements, pow(positive, Vector(repeating: 1.3, count: 10)).elements)
    XCTAssertEqual(pow(positive, Vector([1.3])).elements, pow(positive, 1.3).elements)
    XCTAssertEqual(pow(2.5, v).elements, pow(Vector(repeating: 2.5, count: 10), v).elements)
    XCTAssertEqual(pow(Vector([2.5]), v).elements, pow(2.5, v).elements)
    // The exact fast paths NumPy also takes.
    XCTAssertEqual(pow(v, 2).elements, values.map { $0 * $0 })
    XCTAssertEqual(pow(positive, 0.5).elements, positive.elements.map { $0.squareRoot() })
    // The sigmoid and softplus built on the vector exponential keep their exact limits.
    XCTAssertEqual(expit(Vector([-.infinity, 0, .infinity, .nan])).elements.prefix(3), [0, 0.5, 1])
    XCTAssertEqual(softplus(Vector([-.infinity, 0, 800])).elements, [0, log(2.0), 800])
    XCTAssertTrue(softplus(Vector([.nan]))[0].isNaN)
    XCTAssertEqual(exp(Vector([])).count, 0)
  }
}
