import Foundation
import XCTest

@testable import MLMath

/// Replays Fixtures/reference/inference_nonparametric.json (scripts/reference/
/// inference_nonparametric.py, SciPy 1.17) for the rank tests, correlations and the
/// Shapiro–Wilk test: statistic and p-value of every data set, alternative and method —
/// ties, exact and asymptotic paths, p-values far below 1e-10 — to 1e-12 relative.
final class NonparametricTestTests: XCTestCase {
  let fixture = NonparametricFixture.shared

  func testRankdataMatchesSciPyForEveryMethod() throws {
    let methods: [String: RankMethod] = [
      "average": .average, "min": .min, "max": .max, "dense": .dense, "ordinal": .ordinal,
    ]
    for entry in fixture.rankdata {
      let method = try XCTUnwrap(methods[entry.method])
      let ranks = rankdata(Vector(entry.a.map(\.value)), method: method)
      let expected = entry.ranks.map(\.value)
      XCTAssertEqual(ranks.count, expected.count)
      for (r, e) in zip(ranks.elements, expected) {
        XCTAssertTrue(r == e || (r.isNaN && e.isNaN), "rankdata(\(entry.a.map(\.value)), \(method)): \(ranks)")
      }
    }
    XCTAssertEqual(rankdata(Vector([])).count, 0)
    XCTAssertEqual(rankdata(Vector([40, 10, 30, 10])).elements, [4, 1.5, 3, 1.5])
  }

  func testPearsonrMatchesSciPy() throws {
    let ledger = ReferenceLedger("pearsonr")
    for entry in fixture.pearsonr {
      let (x, y) = (fixture.vector(entry.x), fixture.vector(entry.y))
      let level = try XCTUnwrap(entry.level)
      let result = try pearsonr(x, y, alternative: alternative(entry.alternative), confidenceLevel: level)
      let context = "\(entry.name) \(entry.alternative) \(level)"
      ledger.check("r", result.statistic, entry.statistic.value, context)
      // Near |r| = 1 the p-value magnifies r's last bit: d(log p)/dr ≈ (n/2 − 1)/(1 − |r|), and
      // SciPy's r comes from a BLAS dot product, MLMath's from a pairwise sum (a few ulps apart).
      let r = entry.statistic.value
      let sensitivity = (Double(x.count) / 2 - 1) / (1 - Swift.abs(r)) * 4 * Double.ulpOfOne
      ledger.check(
        sensitivity > 1e-12 ? "p near |r| = 1" : "p", result.pValue, entry.pvalue.value,
        relative: Swift.max(1e-12, sensitivity), context)
      let ci = try XCTUnwrap(result.confidenceInterval)
      let expected = try XCTUnwrap(entry.ci)
      ledger.check("ci", ci.lower, expected[0].value, context)
      ledger.check("ci", ci.upper, expected[1].value, context)
      XCTAssertEqual(ci.level, level)
    }
    ledger.report()
  }

  func testSpearmanrMatchesSciPy() throws {
    let ledger = ReferenceLedger("spearmanr")
    for entry in fixture.spearmanr {
      let result = try spearmanr(
        fixture.vector(entry.x), fixture.vector(entry.y), alternative: alternative(entry.alternative))
      let context = "\(entry.name) \(entry.alternative)"
      ledger.check("rho", result.statistic, entry.statistic.value, context)
      ledger.check("p", result.pValue, entry.pvalue.value, context)
    }
    ledger.report()
  }

  func testKendalltauMatchesSciPyOnExactAndAsymptoticPaths() throws {
    let ledger = ReferenceLedger("kendalltau")
    for entry in fixture.kendalltau {
      let method = pValueMethod(entry.method ?? "auto")
      let result = try kendalltau(
        fixture.vector(entry.x), fixture.vector(entry.y), alternative: alternative(entry.alternative),
        method: method)
      let context = "\(entry.name) \(entry.alternative) \(method)"
      ledger.check("tau", result.statistic, entry.statistic.value, context)
      ledger.check("p", result.pValue, entry.pvalue.value, context)
    }
    ledger.report()
    XCTAssertThrowsError(try kendalltau(Vector([1, 2, 2]), Vector([1, 2, 3]), method: .exact)) {
      XCTAssertEqual("\($0)", "kendalltau: ties found, the exact method cannot be used")
    }
    XCTAssertThrowsError(try kendalltau(Vector([1, 2]), Vector([2, 1]), method: .asymptotic)) {
      XCTAssertEqual("\($0)", "kendalltau: the asymptotic method needs at least 3 observations, got 2")
    }
  }

  func testShapiroMatchesSciPy() throws {
    // Royston's p-value is a polynomial approximation in SciPy as well; the algorithm is the
    // same, so W and p agree with SciPy's own values to rounding.
    let ledger = ReferenceLedger("shapiro")
    for entry in fixture.shapiro {
      let result = try shapiro(fixture.vector(entry.x))
      ledger.check("W", result.statistic, entry.statistic.value, entry.name)
      ledger.check("p", result.pValue, entry.pvalue.value, entry.name)
      XCTAssertEqual(result.alternative, .less)
    }
    ledger.report()
  }

  func testMannwhitneyuMatchesSciPy() throws {
    let ledger = ReferenceLedger("mannwhitneyu")
    for entry in fixture.mannwhitneyu {
      let result = try mannwhitneyu(
        fixture.vector(entry.x), fixture.vector(entry.y), alternative: alternative(entry.alternative),
        useContinuity: entry.continuity, method: pValueMethod(entry.method))
      let context = "\(entry.name) \(entry.alternative) \(entry.method) continuity: \(entry.continuity)"
      ledger.check("U", result.statistic, entry.statistic.value, context)
      ledger.check("p", result.pValue, entry.pvalue.value, context)
      let effect = try XCTUnwrap(result.effectSize)
      XCTAssertEqual(effect.name, "rank-biserial r")
      ledger.check("r", effect.value, entry.rank_biserial.value, context)
    }
    ledger.report()
  }

  func testWilcoxonMatchesSciPyOnEveryPath() throws {
    let ledger = ReferenceLedger("wilcoxon")
    let zeroMethods: [String: ZeroMethod] = ["wilcox": .wilcox, "pratt": .pratt, "zsplit": .zsplit]
    for entry in fixture.wilcoxon {
      let result = try wilcoxon(
        fixture.vector(entry.x), entry.y.map { fixture.vector($0) },
        zeroMethod: try XCTUnwrap(zeroMethods[entry.zero_method]), correction: entry.correction,
        alternative: alternative(entry.alternative), method: pValueMethod(entry.method))
      let context =
        "\(entry.name) \(entry.zero_method) \(entry.alternative) \(entry.method) correction: \(entry.correction)"
      ledger.check("T", result.statistic, entry.statistic.value, context)
      ledger.check("p", result.pValue, entry.pvalue.value, context)
    }
    ledger.report()
  }

  func testInvalidInputThrowsOrGivesNaNAsSciPy() throws {
    func message(_ body: () throws -> Any) -> String {
      do {
        _ = try body()
        return "no error"
      } catch { return "\(error)" }
    }
    XCTAssertEqual(
      message { try pearsonr(Vector([1, 2, 3]), Vector([1, 2])) },
      "pearsonr: x and y must have the same length (paired observations), got 3 and 2")
    XCTAssertEqual(
      message { try pearsonr(Vector([1]), Vector([2])) }, "pearsonr: x and y must have length at least 2, got 1")
    XCTAssertEqual(
      message { try spearmanr(Vector([1]), Vector([2])) },
      "spearmanr: each sample needs at least 2 observations, got 1")
    XCTAssertEqual(
      message { try kendalltau(Vector([1, 2]), Vector([1])) },
      "kendalltau: x and y must have the same length (paired observations), got 2 and 1")
    XCTAssertEqual(message { try shapiro(Vector([1, 2])) }, "shapiro: the sample needs at least 3 observations, got 2")
    XCTAssertEqual(
      message { try mannwhitneyu(Vector([]), Vector([1])) }, "mannwhitneyu: x needs at least 1 observation, got 0")
    XCTAssertEqual(
      message { try wilcoxon(Vector([1, 2, 3]), Vector([1, 2])) },
      "wilcoxon: x and y must have the same length (paired observations), got 3 and 2")
    XCTAssertEqual(message { try wilcoxon(Vector([])) }, "wilcoxon: the sample needs at least 1 observation, got 0")
    // NaN in the data propagates, as SciPy's nan_policy='propagate'.
    let withNaN = Vector([1, .nan, 3, 4])
    let plain = Vector([2, 1, 4, 3])
    for result in [
      try pearsonr(withNaN, plain), try spearmanr(withNaN, plain), try kendalltau(withNaN, plain),
      try shapiro(withNaN), try mannwhitneyu(withNaN, plain), try wilcoxon(withNaN, plain),
    ] {
      XCTAssertTrue(result.statistic.isNaN && result.pValue.isNaN, "\(result.test)")
      XCTAssertEqual(result.statistic.sign, .plus, "\(result.test) gives -nan")
    }
  }

  func testReportsPrintAsShortSummaries() throws {
    let x = Vector([1, 2, 3, 4, 5])
    let y = Vector([2.1, 3.9, 6.2, 7.8, 10.1])
    XCTAssertEqual(
      "\(try pearsonr(x, y))",
      """
      Pearson correlation test (two-sided)
        r = 0.9987, p-value = 5.942e-05
        95% CI [0.9787, 0.9999]
      """)
    XCTAssertEqual(
      "\(try mannwhitneyu(Vector([19, 22, 16, 29, 24]), Vector([20, 11, 17, 12])))",
      """
      Mann-Whitney U test (two-sided)
        U = 17, p-value = 0.1111
        rank-biserial r = 0.7
      """)
    XCTAssertEqual(
      "\(try wilcoxon(Vector([1.2, -0.4, 2.5, 3.1, 0.8, -1.3, 2.2, 1.9]), alternative: .greater))",
      """
      Wilcoxon signed-rank test (greater)
        T+ = 31, p-value = 0.03906
        rank-biserial r = 0.7222
      """)
    XCTAssertEqual(
      "\(try shapiro(Vector([2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 4.1])))",
      """
      Shapiro-Wilk normality test (less)
        W = 0.9639, p-value = 0.8465
      """)
    XCTAssertEqual(
      "\(try kendalltau(Vector([12, 2, 1, 12, 2]), Vector([1, 4, 7, 1, 0])))",
      """
      Kendall rank correlation test (tau-b) (two-sided)
        τ = -0.4714, p-value = 0.2827
      """)
    XCTAssertEqual(
      "\(try spearmanr(Vector([1, 2, 3, 4, 5]), Vector([5, 6, 7, 8, 7])))",
      """
      Spearman rank correlation test (two-sided)
        ρ = 0.8208, p-value = 0.08859
      """)
  }
}
