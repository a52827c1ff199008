import Foundation
import XCTest

@testable import MLMath

/// Fixtures/reference/inference_parametric.json, as scripts/reference/inference_parametric.py
/// writes it from scipy.stats, statsmodels and mpmath.
struct ParametricFixture: Decodable {
  typealias N = ReferenceNumber

  struct TTest: Decodable {
    var data: String?
    var a: String?
    var b: String?
    var popmean: Double?
    var equal_var: Bool?
    var alternative: String
    var confidence: Double
    var statistic, pvalue, df, estimate, effect: N
    var ci: [N]
  }
  struct MeanCI: Decodable {
    var data: String?
    var a: String?
    var b: String?
    var equal_var: Bool?
    var confidence: Double
    var ci: [N]
  }
  struct ZTest1: Decodable {
    var data: String
    var value: Double
    var sigma: Double?
    var alternative: String
    var statistic, pvalue, estimate, effect: N
    var ci: [N]
  }
  struct ZTest2: Decodable {
    var a, b: String
    var value: Double
    var sigma: [Double]?
    var usevar: String
    var alternative: String
    var statistic, pvalue, estimate, effect: N
    var ci: [N]
  }
  struct Proportions: Decodable {
    var count, nobs: [Int]
    var value: Double?
    var alternative: String
    var statistic, pvalue, estimate, effect: N
  }
  struct ChiSquare: Decodable {
    var observed: [Double]
    var expected: [Double]?
    var ddof: Int
    var lambda: String
    var statistic, pvalue: N
    var df: Int
  }
  struct Contingency: Decodable {
    var table: [[Double]]
    var correction: Bool
    var lambda: String
    var statistic, pvalue, cramer: N
    var dof: Int
    var expected: [[N]]
  }
  struct Association: Decodable {
    var table: [[Int]]
    var method: String
    var value: N
  }
  struct Fisher: Decodable {
    var table: [[Int]]
    var alternative: String
    var statistic, pvalue: N
  }
  struct FOneway: Decodable {
    var groups: String
    var equal_var: Bool
    var statistic, pvalue, dfd, eta2: N
    var dfn: Int
  }
  struct ProportionCI: Decodable {
    var count, nobs: Int
    var confidence: Double
    var method: String
    var ci: [N]
  }
  struct Multiple: Decodable {
    var pvals: String
    var alpha: Double
    var method: String
    var reject: [Bool]
    var corrected: [N]
    var sidak, bonf: N
  }
  struct FDR: Decodable {
    var pvals, method: String
    var adjusted: [N]
  }
  struct NCT: Decodable {
    var df, nc, t: Double
    var cdf, sf, scipy_cdf, scipy_sf: N
  }
  struct Power: Decodable {
    var kind: String
    var effect, nobs, alpha, ratio: Double
    var alternative: String
    var power: N
  }
  struct SampleSize: Decodable {
    var kind: String
    var effect, power, alpha, ratio: Double
    var alternative: String
    var nobs, statsmodels_nobs: N
  }
  struct OLSEntry: Decodable {
    var name: String
    var y: [N]
    var x: [[N]]
    var add_constant: Bool
    var params, bse, tvalues, pvalues, resid, fitted, predict: [N]
    var conf_int, conf_int_90, predict_x: [[N]]
    var rsquared, rsquared_adj, fvalue, f_pvalue, llf, aic, bic, ssr, ess, centered_tss, df_model, df_resid: N
    var scale, durbin_watson, jarque_bera, jarque_bera_p, skew, kurtosis, condition_number: N
    var k_constant: Int
  }

  var data: [String: [Double]]
  var groups: [String: [[Double]]]
  var pvals: [String: [Double]]
  var ttest_1samp, ttest_ind, ttest_rel: [TTest]
  var mean_ci, mean_diff_ci: [MeanCI]
  var ztest1: [ZTest1]
  var ztest2: [ZTest2]
  var proportions_ztest: [Proportions]
  var chisquare: [ChiSquare]
  var chi2_contingency: [Contingency]
  var association: [Association]
  var fisher_exact: [Fisher]
  var f_oneway: [FOneway]
  var proportion_confint: [ProportionCI]
  var multipletests: [Multiple]
  var false_discovery_control: [FDR]
  var nct: [NCT]
  var power: [Power]
  var sample_size: [SampleSize]
  var ols: [OLSEntry]

  static func load() throws -> ParametricFixture {
    try decodeReferenceFixture("inference_parametric", as: ParametricFixture.self)
  }

  func vector(_ name: String?) throws -> Vector {
    Vector(try XCTUnwrap(data[try XCTUnwrap(name)], "no data set \(name ?? "nil")"))
  }
}

/// SciPy's alternative names.
func alternative(_ name: String) -> Alternative {
  switch name {
  case "less": .less
  case "greater": .greater
  default: .twoSided
  }
}

/// Compares `actual` with `expected` to a relative tolerance (NaN matches NaN, ±∞ itself) and
/// keeps the worst relative error seen under `label`.
struct Agreement {
  var worst: [String: Double] = [:]
  var checked = 0

  mutating func check(
    _ actual: Double, _ expected: Double, _ label: String, relative: Double = 1e-12, absolute: Double = 0,
    _ context: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line
  ) {
    checked += 1
    XCTAssertTrue(
      referenceClose(actual, expected, relative: relative, absolute: absolute),
      "\(label) = \(actual), reference \(expected) \(context())", file: file, line: line)
    XCTAssertFalse(actual.isNaN && actual.sign == .minus, "\(label) is -nan", file: file, line: line)
    if expected.isFinite && expected != 0 && actual.isFinite {
      let error = abs(actual - expected) / abs(expected)
      worst[label] = max(worst[label] ?? 0, error)
    }
  }

  /// One line per label: the worst relative error, for the report.
  var report: String {
    worst.keys.sorted().map { "\($0): \(String(format: "%.2e", worst[$0]!))" }.joined(separator: ", ")
  }
}
