import Foundation
import XCTest

@testable import MLMath

/// Replays Fixtures/reference/inference_parametric.json (scripts/reference/inference_parametric.py):
/// the t-tests, z-tests, proportion z-tests, mean intervals and one-way ANOVA against scipy.stats
/// and statsmodels — statistic, p-value, df, interval, estimate and effect size — on data sets
/// from two observations to 600, with ties, zero variance, p-values near 1 and far below 1e-10;
/// then what the results print and the errors invalid input throws.
final class ParametricTestTests: XCTestCase {
  /// p-values agree to 1e-12 relative, or to 1e-300 absolute: SciPy's `stdtr` flushes tails
  /// below about 1e-308 to 0, where MLMath's Student t returns the subnormal value.
  private let pFloor = 1e-300

  private func checkTTest(
    _ result: TestResult, _ entry: ParametricFixture.TTest, _ label: String, _ agreement: inout Agreement,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    let context = "(\(entry.data ?? "") \(entry.a ?? "") \(entry.b ?? "") \(entry.alternative))"
    agreement.check(result.statistic, entry.statistic.value, "\(label).t", context, file: file, line: line)
    agreement.check(
      result.pValue, entry.pvalue.value, "\(label).p", absolute: pFloor, context, file: file, line: line)
    agreement.check(result.df ?? .nan, entry.df.value, "\(label).df", context, file: file, line: line)
    agreement.check(result.estimate?.value ?? .nan, entry.estimate.value, "\(label).estimate", context)
    agreement.check(result.confidenceInterval?.lower ?? .nan, entry.ci[0].value, "\(label).ci", context)
    agreement.check(result.confidenceInterval?.upper ?? .nan, entry.ci[1].value, "\(label).ci", context)
    agreement.check(result.effectSize?.value ?? .nan, entry.effect.value, "\(label).d", context)
    XCTAssertEqual(result.confidenceInterval?.level, entry.confidence)
    XCTAssertEqual(result.alternative, alternative(entry.alternative))
  }

  func testTTestsMatchSciPy() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    for entry in fixture.ttest_1samp {
      let result = try ttest1Samp(
        try fixture.vector(entry.data), popmean: try XCTUnwrap(entry.popmean),
        alternative: alternative(entry.alternative), confidenceLevel: entry.confidence)
      checkTTest(result, entry, "ttest1Samp", &agreement)
    }
    for entry in fixture.ttest_ind {
      let result = try ttestInd(
        try fixture.vector(entry.a), try fixture.vector(entry.b), equalVar: try XCTUnwrap(entry.equal_var),
        alternative: alternative(entry.alternative), confidenceLevel: entry.confidence)
      checkTTest(result, entry, "ttestInd", &agreement)
    }
    for entry in fixture.ttest_rel {
      let result = try ttestRel(
        try fixture.vector(entry.a), try fixture.vector(entry.b), alternative: alternative(entry.alternative),
        confidenceLevel: entry.confidence)
      checkTTest(result, entry, "ttestRel", &agreement)
    }
    XCTAssertGreaterThan(agreement.checked, 1000)
    print("t-tests worst relative errors:", agreement.report)
  }

  func testFixtureReachesTheExtremes() throws {
    // The data sets must cover what the task asks for: p far below 1e-10, p = 1, NaN and ±∞.
    let fixture = try ParametricFixture.load()
    let p = fixture.ttest_1samp.map(\.pvalue.value) + fixture.ttest_ind.map(\.pvalue.value)
    XCTAssertTrue(p.contains { $0 < 1e-150 && $0 > 0 })
    XCTAssertTrue(p.contains { $0 == 1 })
    XCTAssertTrue(p.contains { $0.isNaN })
    XCTAssertTrue(fixture.ttest_1samp.contains { $0.statistic.value.isInfinite })
  }

  func testMeanIntervalsMatchSciPy() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    for entry in fixture.mean_ci {
      let ci = try meanConfidenceInterval(try fixture.vector(entry.data), confidenceLevel: entry.confidence)
      agreement.check(ci.lower, entry.ci[0].value, "meanConfidenceInterval", "\(entry.data!) \(entry.confidence)")
      agreement.check(ci.upper, entry.ci[1].value, "meanConfidenceInterval", "\(entry.data!) \(entry.confidence)")
    }
    for entry in fixture.mean_diff_ci {
      let ci = try meanDifferenceConfidenceInterval(
        try fixture.vector(entry.a), try fixture.vector(entry.b), equalVar: entry.equal_var!,
        confidenceLevel: entry.confidence)
      agreement.check(ci.lower, entry.ci[0].value, "meanDifferenceConfidenceInterval")
      agreement.check(ci.upper, entry.ci[1].value, "meanDifferenceConfidenceInterval")
    }
    print("mean intervals worst relative errors:", agreement.report)
  }

  func testZTestsMatchStatsmodels() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    for entry in fixture.ztest1 {
      let result = try ztest(
        try fixture.vector(entry.data), value: entry.value, sigma: entry.sigma,
        alternative: alternative(entry.alternative))
      let context = "(\(entry.data) \(entry.sigma.map { "\($0)" } ?? "-") \(entry.alternative))"
      agreement.check(result.statistic, entry.statistic.value, "ztest.z", context)
      agreement.check(result.pValue, entry.pvalue.value, "ztest.p", context)
      agreement.check(result.estimate!.value, entry.estimate.value, "ztest.estimate", context)
      agreement.check(result.confidenceInterval!.lower, entry.ci[0].value, "ztest.ci", context)
      agreement.check(result.confidenceInterval!.upper, entry.ci[1].value, "ztest.ci", context)
      agreement.check(result.effectSize!.value, entry.effect.value, "ztest.d", context)
    }
    for entry in fixture.ztest2 {
      let sigma = entry.sigma.map { ($0[0], $0[1]) }
      let result = try ztest(
        try fixture.vector(entry.a), try fixture.vector(entry.b), value: entry.value, sigma: sigma,
        usevar: entry.usevar == "unequal" ? .unequal : .pooled, alternative: alternative(entry.alternative))
      let context = "(\(entry.a) \(entry.b) \(entry.usevar) \(entry.alternative))"
      agreement.check(result.statistic, entry.statistic.value, "ztest2.z", context)
      agreement.check(result.pValue, entry.pvalue.value, "ztest2.p", context)
      agreement.check(result.estimate!.value, entry.estimate.value, "ztest2.estimate", context)
      agreement.check(result.confidenceInterval!.lower, entry.ci[0].value, "ztest2.ci", context)
      agreement.check(result.confidenceInterval!.upper, entry.ci[1].value, "ztest2.ci", context)
      agreement.check(result.effectSize!.value, entry.effect.value, "ztest2.d", context)
    }
    for entry in fixture.proportions_ztest {
      let result = try proportionsZtest(
        count: entry.count, nobs: entry.nobs, value: entry.value, alternative: alternative(entry.alternative))
      let context = "(\(entry.count) \(entry.nobs) \(entry.alternative))"
      agreement.check(result.statistic, entry.statistic.value, "proportionsZtest.z", context)
      agreement.check(result.pValue, entry.pvalue.value, "proportionsZtest.p", context)
      agreement.check(result.estimate!.value, entry.estimate.value, "proportionsZtest.estimate", context)
      agreement.check(result.effectSize!.value, entry.effect.value, "proportionsZtest.h", context)
      if entry.count.count == 1, let value = entry.value {
        let scalar = try proportionsZtest(
          count: entry.count[0], nobs: entry.nobs[0], value: value, alternative: alternative(entry.alternative))
        XCTAssertEqual(scalar.pValue, result.pValue)
      }
    }
    print("z-tests worst relative errors:", agreement.report)
  }

  func testOneWayANOVAMatchesSciPy() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    for entry in fixture.f_oneway {
      let groups = try XCTUnwrap(fixture.groups[entry.groups]).map { Vector($0) }
      let result = try fOneway(groups, equalVar: entry.equal_var)
      let context = "(\(entry.groups) equalVar \(entry.equal_var))"
      agreement.check(result.statistic, entry.statistic.value, "fOneway.F", context)
      agreement.check(result.pValue, entry.pvalue.value, "fOneway.p", context)
      agreement.check(result.df ?? .nan, Double(entry.dfn), "fOneway.dfn", context)
      agreement.check(result.df2 ?? .nan, entry.dfd.value, "fOneway.dfd", context)
      agreement.check(result.effectSize!.value, entry.eta2.value, "fOneway.eta2", context)
    }
    let three = try XCTUnwrap(fixture.groups["three"]).map { Vector($0) }
    XCTAssertEqual(try fOneway(three[0], three[1], three[2]).pValue, try fOneway(three).pValue)
    print("fOneway worst relative errors:", agreement.report)
  }

  func testTestResultsPrintShortReports() throws {
    let control: Vector = [20.1, 21.3, 19.8, 22.0, 20.6]
    let treated: Vector = [22.4, 23.1, 21.9, 24.0, 22.8, 23.5]
    XCTAssertEqual(
      "\(try ttestInd(control, treated, equalVar: false))",
      """
      Welch's two-sample t-test (two-sided)
        t = -4.33, df = 7.92, p-value = 0.002571
        mean difference = -2.19, 95% CI [-3.358, -1.022]
        Cohen's d = -2.642
      """)
    XCTAssertEqual(
      "\(try ttest1Samp([5.1, 4.9, 5.6, 5.8, 6.0, 5.4], popmean: 5, alternative: .greater, confidenceLevel: 0.9))",
      """
      One-sample t-test (greater)
        t = 2.735, df = 5, p-value = 0.02051
        mean = 5.467, 90% CI [5.215, inf]
        Cohen's d = 1.117
      """)
    XCTAssertEqual(
      "\(try ztest([104, 112, 98, 120, 109, 101, 115, 108], value: 100, sigma: 15))",
      """
      One-sample z-test, known σ (two-sided)
        z = 1.579, p-value = 0.1143
        mean = 108.4, 95% CI [97.98, 118.8]
        Cohen's d = 0.5583
      """)
    XCTAssertEqual(
      "\(try proportionsZtest(count: [45, 30], nobs: [100, 100]))",
      """
      Two-sample proportion z-test (two-sided)
        z = 2.191, p-value = 0.02846
        difference in proportions = 0.15
        Cohen's h = 0.3113
      """)
    XCTAssertEqual(
      "\(try fOneway([24, 27, 26, 22], [30, 31, 28, 33, 29], [25, 26, 27, 25]))",
      """
      One-way ANOVA
        F = 11.98, df = 2, 10, p-value = 0.002214
        η² = 0.7055
      """)
  }

  func testZeroVarianceGivesInfinityOrNaNAsSciPy() throws {
    let constant: Vector = [4, 4, 4, 4]
    let above = try ttest1Samp(constant, popmean: 3)
    XCTAssertEqual(above.statistic, .infinity)
    XCTAssertEqual(above.pValue, 0)
    let same = try ttest1Samp(constant, popmean: 4)
    XCTAssertTrue(same.statistic.isNaN && same.pValue.isNaN)
    XCTAssertEqual(same.statistic.sign, .plus, "NaN prints as nan, not -nan")
    XCTAssertEqual("\(same)".contains("-nan"), false)
    let welch = try ttestInd(constant, [2, 2, 2], equalVar: false)
    XCTAssertEqual(welch.df, 1, "SciPy uses df = 1 when both variances are 0")
    XCTAssertEqual(welch.statistic, .infinity)
  }

  func testInvalidInputThrowsNamingTheProblem() {
    func message(_ body: () throws -> Any) -> String {
      do {
        _ = try body()
        return "no error"
      } catch { return "\(error)" }
    }
    XCTAssertEqual(message { try ttest1Samp([1], popmean: 0) }, "ttest1Samp: needs at least 2 observations, got 1")
    XCTAssertEqual(
      message { try ttestInd([1], [2, 3], equalVar: false) }, "ttestInd: a needs at least 2 observations, got 1")
    XCTAssertEqual(
      message { try ttestInd([1], [2]) }, "ttestInd: the pooled variance needs at least 3 observations in all, got 2")
    XCTAssertEqual(
      message { try ttestRel([1, 2, 3], [1, 2]) },
      "ttestRel: the samples must have the same length for pairs, got 3 and 2")
    XCTAssertEqual(message { try ttestRel([1], [2]) }, "ttestRel: needs at least 2 pairs, got 1")
    XCTAssertEqual(
      message { try ttest1Samp([1, 2], popmean: 0, confidenceLevel: 1.5) },
      "ttest1Samp: confidenceLevel must be a number between 0 and 1, got 1.5")
    XCTAssertEqual(
      message { try ztest([1, 2], sigma: -1) }, "ztest: sigma must be positive and finite, got -1.0")
    XCTAssertEqual(
      message { try proportionsZtest(count: -1, nobs: 10, value: 0.5) },
      "proportionsZtest: count must be between 0 and nobs = 10, got -1")
    XCTAssertEqual(
      message { try proportionsZtest(count: [3], nobs: [10]) },
      "proportionsZtest: value must be provided for a one-sample test")
    XCTAssertEqual(
      message { try proportionsZtest(count: [1, 2, 3], nobs: [10]) },
      "proportionsZtest: tests one or two proportions, got 3 counts")
    XCTAssertEqual(message { try fOneway([[1, 2, 3]]) }, "fOneway: needs at least two groups, got 1")
    XCTAssertEqual(message { try fOneway([1, 2], []) }, "fOneway: group 1 needs at least 1 observation, got 0")
    XCTAssertEqual(
      message { try fOneway([1], [2]) }, "fOneway: every group has one observation; at least one needs more")
    XCTAssertEqual(
      message { try meanConfidenceInterval([3]) }, "meanConfidenceInterval: needs at least 2 observations, got 1")
  }
}
