import Foundation
import XCTest

@testable import MLMath

/// statsmodels' `multipletests` (every method MLMath has, two levels, ties, p = 0 and 1, 1e-300)
/// and SciPy's `false_discovery_control`, from Fixtures/reference/inference_parametric.json.
final class MultipleTestingTests: XCTestCase {
  func testMultipletestsMatchesStatsmodels() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    var methods = Set<MultipleTestMethod>()
    for entry in fixture.multipletests {
      let pvalues = Vector(try XCTUnwrap(fixture.pvals[entry.pvals]))
      let method = try XCTUnwrap(
        MultipleTestMethod.allCases.first { "\($0)" == entry.method }, "no method \(entry.method)")
      methods.insert(method)
      let result = try multipletests(pvalues, alpha: entry.alpha, method: method)
      let context = "(\(entry.pvals) \(entry.method) alpha \(entry.alpha))"
      XCTAssertEqual(result.reject.elements, entry.reject, context)
      XCTAssertEqual(result.pvalsCorrected.count, entry.corrected.count, context)
      for (actual, expected) in zip(result.pvalsCorrected.elements, entry.corrected) {
        agreement.check(actual, expected.value, "multipletests.\(entry.method)", context)
      }
      agreement.check(result.alphacSidak, entry.sidak.value, "alphacSidak", context)
      agreement.check(result.alphacBonf, entry.bonf.value, "alphacBonf", context)
    }
    XCTAssertEqual(methods, Set(MultipleTestMethod.allCases))
    for entry in fixture.false_discovery_control {
      let pvalues = Vector(try XCTUnwrap(fixture.pvals[entry.pvals]))
      let adjusted = try falseDiscoveryControl(pvalues, method: entry.method == "by" ? .by : .bh)
      XCTAssertEqual(adjusted.count, entry.adjusted.count)
      for (actual, expected) in zip(adjusted.elements, entry.adjusted) {
        agreement.check(actual, expected.value, "falseDiscoveryControl.\(entry.method)", "\(entry.pvals)")
      }
    }
    print("multiple testing worst relative errors:", agreement.report)
  }

  func testResultPrintsATable() throws {
    let result = try multipletests([0.01, 0.04, 0.03, 0.005], method: .holm)
    XCTAssertEqual(
      "\(result)",
      """
      Holm correction, alpha = 0.05: 2 of 4 rejected
        p-value  adjusted  reject
           0.01      0.03    true
           0.04      0.06   false
           0.03      0.06   false
          0.005      0.02    true
      """)
    XCTAssertEqual("\(result.reject)", "[ True False False  True]")
  }

  func testEmptyInputAndInvalidPValues() throws {
    let empty = try multipletests(Vector([]))
    XCTAssertEqual(empty.reject.count, 0)
    XCTAssertTrue(empty.alphacBonf.isNaN)
    XCTAssertEqual(try falseDiscoveryControl(Vector([0.2])), Vector([0.2]))
    XCTAssertThrowsError(try multipletests([0.1, 1.5])) { error in
      XCTAssertEqual("\(error)", "multipletests: p-values must be numbers between 0 and 1, got 1.5")
    }
    XCTAssertThrowsError(try falseDiscoveryControl([0.1, .nan])) { error in
      XCTAssertEqual("\(error)", "falseDiscoveryControl: p-values must be numbers between 0 and 1, got nan")
    }
    XCTAssertThrowsError(try multipletests([0.1], alpha: 0)) { error in
      XCTAssertEqual("\(error)", "multipletests: alpha must be strictly between 0 and 1, got 0.0")
    }
  }
}
