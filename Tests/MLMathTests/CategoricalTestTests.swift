import Foundation
import XCTest

@testable import MLMath

/// Replays the categorical part of Fixtures/reference/inference_parametric.json: chi-square
/// goodness of fit over the power-divergence family, the test of independence with and
/// without Yates' correction, Cramér's V and SciPy's `association`, Fisher's exact test (all
/// three alternatives, near-ties where SciPy's relative tolerance decides), and statsmodels'
/// proportion intervals.
final class CategoricalTestTests: XCTestCase {
  static let lambdas: [String: PowerDivergenceStatistic] = [
    "pearson": .pearson, "log-likelihood": .logLikelihood, "freeman-tukey": .freemanTukey,
    "mod-log-likelihood": .modLogLikelihood, "neyman": .neyman, "cressie-read": .cressieRead,
    "power 1.5": .lambda(1.5),
  ]

  func testChiSquareGoodnessOfFitMatchesSciPy() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    for entry in fixture.chisquare {
      let lambda = try XCTUnwrap(Self.lambdas[entry.lambda])
      let observed = Vector(entry.observed)
      let expected = entry.expected.map { Vector($0) }
      let result = try powerDivergence(observed: observed, expected: expected, ddof: entry.ddof, lambda: lambda)
      let context = "(\(entry.observed) \(entry.lambda) ddof \(entry.ddof))"
      agreement.check(result.statistic, entry.statistic.value, "powerDivergence.statistic", context)
      // SciPy's chdtrc flushes tails below about 1e-308 to 0; MLMath's keeps the subnormal value.
      agreement.check(result.pValue, entry.pvalue.value, "powerDivergence.p", absolute: 1e-300, context)
      XCTAssertEqual(result.df, Double(entry.df))
      if lambda == .pearson {
        let plain = try chisquare(observed: observed, expected: expected, ddof: entry.ddof)
        XCTAssertEqual(plain.statistic, result.statistic)
      }
    }
    print("chisquare worst relative errors:", agreement.report)
  }

  func testContingencyTablesMatchSciPy() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    for entry in fixture.chi2_contingency {
      let table = Matrix(entry.table)
      let result = try chi2Contingency(
        table, correction: entry.correction, lambda: try XCTUnwrap(Self.lambdas[entry.lambda]))
      let context = "(\(entry.table) correction \(entry.correction) \(entry.lambda))"
      agreement.check(result.statistic, entry.statistic.value, "chi2Contingency.statistic", context)
      agreement.check(result.pValue, entry.pvalue.value, "chi2Contingency.p", absolute: 1e-300, context)
      agreement.check(result.cramersV, entry.cramer.value, "chi2Contingency.cramersV", context)
      XCTAssertEqual(result.dof, entry.dof)
      XCTAssertEqual(result.expectedFreq.shape.rows, entry.expected.count)
      for (i, row) in entry.expected.enumerated() {
        for (j, value) in row.enumerated() {
          agreement.check(result.expectedFreq[i, j], value.value, "chi2Contingency.expected", context)
        }
      }
      XCTAssertEqual(result.testResult.pValue, result.pValue)
      if entry.table.joined().allSatisfy({ $0 == $0.rounded() }) {
        let counts = IntMatrix(entry.table.map { $0.map { Int($0) } })
        XCTAssertEqual(
          try chi2Contingency(counts, correction: entry.correction).statistic,
          try chi2Contingency(table, correction: entry.correction).statistic)
      }
    }
    for entry in fixture.association {
      let method = try XCTUnwrap(AssociationMeasure(rawValue: entry.method))
      agreement.check(
        try association(IntMatrix(entry.table), method: method), entry.value.value, "association",
        "\(entry.table) \(entry.method)")
    }
    print("contingency worst relative errors:", agreement.report)
  }

  func testFisherExactMatchesSciPy() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    for entry in fixture.fisher_exact {
      let result = try fisherExact(entry.table, alternative: alternative(entry.alternative))
      let context = "(\(entry.table) \(entry.alternative))"
      agreement.check(result.statistic, entry.statistic.value, "fisherExact.oddsRatio", context)
      agreement.check(result.pValue, entry.pvalue.value, "fisherExact.p", context)
    }
    print("fisherExact worst relative errors:", agreement.report)
  }

  /// The hypergeometric probabilities behind Fisher's test, by Loader's method, against exact
  /// rational arithmetic (binomial coefficients as Doubles are exact below 2⁵³).
  func testHypergeometricProbabilitiesAreExactToRounding() {
    let d = FisherHypergeometric(total: 40, successes: 18, draws: 20)
    var total = 0.0
    for k in d.lowest...d.highest {
      let exact = exactBinomial(18, k) * exactBinomial(22, 20 - k) / exactBinomial(40, 20)
      XCTAssertEqual(d.pmf(k), exact, accuracy: 4e-15 * exact, "pmf(\(k))")
      total += d.pmf(k)
      XCTAssertEqual(d.cdf(k), total, accuracy: 1e-14, "cdf(\(k))")
    }
    XCTAssertEqual(total, 1, accuracy: 1e-14)
    XCTAssertEqual(d.pmf(19), 0)
    XCTAssertEqual(d.cdf(-1), 0)
    XCTAssertEqual(d.sf(18), 0)
  }

  func testProportionIntervalsMatchStatsmodels() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    for entry in fixture.proportion_confint {
      let method = try XCTUnwrap(
        [
          "wald": ProportionIntervalMethod.wald, "wilson": .wilson, "agrestiCoull": .agrestiCoull,
          "clopperPearson": .clopperPearson, "jeffreys": .jeffreys,
        ][entry.method])
      let ci = try proportionConfidenceInterval(
        count: entry.count, nobs: entry.nobs, confidenceLevel: entry.confidence, method: method)
      let context = "(\(entry.count)/\(entry.nobs) \(entry.confidence) \(entry.method))"
      // The Beta quantiles inherit MLMath's betainc, whose continued fraction keeps only about 1e-11
      // for b ≥ 1e6 near the distribution's mean (its own fixture reaches b = 1e5).
      let beta = method == .clopperPearson || method == .jeffreys
      let relative = beta && entry.nobs > 100_000 ? 1e-10 : 1e-12
      agreement.check(
        ci.lower, entry.ci[0].value, "proportionConfidenceInterval.\(entry.method)", relative: relative, context)
      agreement.check(
        ci.upper, entry.ci[1].value, "proportionConfidenceInterval.\(entry.method)", relative: relative, context)
    }
    print("proportion intervals worst relative errors:", agreement.report)
  }

  func testReportsPrint() throws {
    XCTAssertEqual(
      "\(try chisquare(observed: [16, 18, 16, 14, 12, 44]))",
      """
      Chi-square test
        χ² = 35.6, df = 5, p-value = 1.142e-06
      """)
    XCTAssertEqual(
      "\(try chi2Contingency([[30, 10], [15, 25]] as Matrix))",
      """
      Chi-square test of independence (Yates' correction)
        χ² = 9.956, df = 1, p-value = 0.001604
        Cramér's V = 0.378
        expected frequencies:
        [[22.5 17.5]
         [22.5 17.5]]
      """)
    XCTAssertEqual(
      "\(try fisherExact([[3, 1], [1, 3]], alternative: .greater))",
      """
      Fisher's exact test (greater)
        odds ratio = 9, p-value = 0.2429
      """)
    XCTAssertEqual(
      "\(try proportionConfidenceInterval(count: 7, nobs: 20, method: .wilson))", "95% CI [0.1812, 0.5671]")
  }

  func testInvalidInputThrowsNamingTheProblem() {
    func message(_ body: () throws -> Any) -> String {
      do {
        _ = try body()
        return "no error"
      } catch { return "\(error)" }
    }
    XCTAssertEqual(
      message { try chisquare(observed: [10, 20], expected: [10, 21]) },
      "chisquare: the sum of the observed frequencies must agree with the sum of the expected frequencies to a relative tolerance of 1.4901161193847656e-08, but the relative difference is 0.03333333333333333"
    )
    XCTAssertEqual(
      message { try chisquare(observed: [10, -1]) }, "chisquare: observed frequencies must be nonnegative, got -1.0")
    XCTAssertEqual(
      message { try chisquare(observed: [1, 2, 3], expected: [3, 3]) },
      "chisquare: observed has 3 categories but expected has 2")
    XCTAssertEqual(message { try chisquare(observed: []) }, "chisquare: observed has no categories")
    XCTAssertEqual(
      message { try chi2Contingency([[1, 0], [2, 0]] as Matrix) },
      "chi2Contingency: the table of expected frequencies has a zero element at (0, 1) (a row or column sums to 0)")
    XCTAssertEqual(
      message { try chi2Contingency([[1, -2], [2, 3]] as Matrix) },
      "chi2Contingency: all values in the table must be nonnegative")
    XCTAssertEqual(
      message { try fisherExact([[1, 2, 3], [4, 5, 6]]) },
      "fisherExact: the table must be 2 × 2, got rows of lengths [3, 3]")
    XCTAssertEqual(
      message { try fisherExact([[1, -2], [4, 5]]) }, "fisherExact: all values in the table must be nonnegative")
    XCTAssertEqual(
      message { try proportionConfidenceInterval(count: 3, nobs: 0) },
      "proportionConfidenceInterval: nobs must be positive, got 0")
    XCTAssertEqual(
      message { try proportionConfidenceInterval(count: 3, nobs: 10, confidenceLevel: 1) },
      "proportionConfidenceInterval: confidenceLevel must be strictly between 0 and 1, got 1.0")
  }

  func testDegenerateTablesFollowSciPy() throws {
    let row = try chi2Contingency([[1, 2, 3]] as Matrix)
    XCTAssertEqual(row.statistic, 0)
    XCTAssertEqual(row.pValue, 1)
    XCTAssertEqual(row.dof, 0)
    XCTAssertTrue(row.cramersV.isNaN)
    let empty = try fisherExact([[0, 0], [3, 4]])
    XCTAssertTrue(empty.statistic.isNaN)
    XCTAssertEqual(empty.pValue, 1)
  }
}

/// C(n, k) exactly, as a Double (exact while the value stays below 2⁵³).
private func exactBinomial(_ n: Int, _ k: Int) -> Double {
  var value = 1.0
  for i in 0..<k { value = value * Double(n - i) / Double(i + 1) }
  return value.rounded()
}
