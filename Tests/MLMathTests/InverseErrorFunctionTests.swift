import XCTest

@testable import MLMath

/// erfinv, erfcinv and the normal quantile against correctly rounded mpmath references
/// (`scripts/reference/inverse_erf_ulp.py`), in units of the last place: tiny arguments,
/// arguments next to ±1 and to 0 and 2 down to the subnormals, and where the formulas change.
final class InverseErrorFunctionTests: XCTestCase {
  /// The largest error each function may make, in ULP of the exact value. The final Halley step
  /// is as good as the C library's `erf`/`erfc`; near 0, y ≈ 0.886x often falls in a lower binade
  /// than x, which doubles an error counted in its ULPs.
  static let bounds: [String: Double] = ["erfinv": 2, "erfcinv": 2, "ndtri": 2]

  static let standardNormal = try! Normal()

  static let functions: [String: @Sendable (Double) -> Double] = [
    "erfinv": { erfinv($0) }, "erfcinv": { erfcinv($0) }, "ndtri": { standardNormal.ppf($0) },
  ]

  func testWithinTheirULPBoundsAndExactOnSpecialValues() throws {
    let fixture = try decodeReferenceFixture("inverse_erf_ulp", as: ElementwiseAccuracyTests.Fixture.self)
    XCTAssertEqual(Set(fixture.functions.keys), Set(Self.functions.keys))
    var summary: [String] = []
    for (name, rows) in fixture.functions.sorted(by: { $0.key < $1.key }) {
      let f = Self.functions[name]!
      let cases = try ElementwiseAccuracyTests.cases(rows, arity: 1)
      XCTAssertGreaterThan(cases.count, 500, name)
      var (worst, worstInput) = (0.0, 0.0)
      for c in cases {
        let y = f(c.x)
        if let lo = c.lo {
          let error = ElementwiseAccuracyTests.ulpError(y, hi: c.hi, lo: lo)
          if error > worst { (worst, worstInput) = (error, c.x) }
          XCTAssertLessThanOrEqual(
            error, Self.bounds[name]!, "\(name)(\(c.x)) = \(y), exact \(c.hi) + \(lo): \(error) ULP")
        } else if c.hi.isNaN {
          XCTAssertTrue(y.isNaN && y.sign == .plus, "\(name)(\(c.x)) = \(y), expected an unsigned NaN")
        } else {
          XCTAssertEqual(y.bitPattern, c.hi.bitPattern, "\(name)(\(c.x)) = \(y), expected exactly \(c.hi)")
        }
      }
      // The array forms compute the same values.
      let x = Vector(cases.map(\.x))
      let arrayForm: Vector
      switch name {
      case "erfinv": arrayForm = erfinv(x)
      case "erfcinv": arrayForm = erfcinv(x)
      default: arrayForm = Self.standardNormal.ppf(x)
      }
      XCTAssertEqual(arrayForm.elements.map(\.bitPattern), cases.map { f($0.x).bitPattern }, "\(name) on a vector")
      summary.append("\(name) \(String(format: "%.3f", worst)) at \(worstInput)")
    }
    print("largest errors in ULP: " + summary.joined(separator: ", "))
  }

  /// The median of N(μ, σ²) is μ + 0·σ, signed as in SciPy: Φ⁻¹(½) is +0.0, so
  /// `Normal(loc: -0.0).ppf(0.5)` is −0.0 + 0.0 = +0.0 and `isf(0.5)` is −0.0 − 0.0 = −0.0.
  func testTheMedianHasSciPysSignOfZero() throws {
    XCTAssertEqual(standardNormalQuantile(0.5).bitPattern, (0.0).bitPattern)
    let shifted = try Normal(loc: -0.0)
    XCTAssertEqual(shifted.ppf(0.5).bitPattern, (0.0).bitPattern)
    XCTAssertEqual(shifted.isf(0.5).bitPattern, (-0.0).bitPattern)
  }
}
