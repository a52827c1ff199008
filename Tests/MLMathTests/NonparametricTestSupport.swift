import Foundation
import XCTest

@testable import MLMath

/// Fixtures/reference/inference_nonparametric.json, as
/// scripts/reference/inference_nonparametric.py writes it. Entries name their data sets
/// (`"x": "corr/five/x"`) in `data`, where each is stored once.
struct NonparametricFixture: Decodable {
  var data: [String: [ReferenceNumber]]
  var rankdata: [RankEntry]
  var pearsonr: [CorrelationEntry]
  var spearmanr: [CorrelationEntry]
  var kendalltau: [CorrelationEntry]
  var shapiro: [ShapiroEntry]
  var kstwo_sf: [KSDistributionEntry]
  var smirnov: [KSDistributionEntry]
  var kolmogorov: [KolmogorovEntry]
  var kstest: [KSTestEntry]
  var ks2samp: [KS2Entry]
  var mannwhitneyu: [MannWhitneyEntry]
  var wilcoxon: [WilcoxonEntry]
  var bootstrap: [BootstrapEntry]
  var bootstrap_global: BootstrapGlobalEntry
  var permutation_test: [PermutationEntry]
  var partition_order: [PartitionOrderEntry]

  static let shared: NonparametricFixture = {
    do {
      return try decodeReferenceFixture("inference_nonparametric", as: NonparametricFixture.self)
    } catch {
      fatalError("inference_nonparametric.json: \(error)")
    }
  }()

  /// The data set stored under `key`.
  func vector(_ key: String) -> Vector { Vector((data[key] ?? []).map(\.value)) }

  struct RankEntry: Decodable {
    var a: [ReferenceNumber]
    var method: String
    var ranks: [ReferenceNumber]
  }

  struct CorrelationEntry: Decodable {
    var name: String
    var x: String
    var y: String
    var alternative: String
    var level: Double?
    var method: String?
    var statistic: ReferenceNumber
    var pvalue: ReferenceNumber
    var ci: [ReferenceNumber]?
  }

  struct ShapiroEntry: Decodable {
    var name: String
    var x: String
    var statistic: ReferenceNumber
    var pvalue: ReferenceNumber
  }

  struct KSDistributionEntry: Decodable {
    var n: Int
    var d: ReferenceNumber
    var sf: ReferenceNumber
  }

  struct KolmogorovEntry: Decodable {
    var x: Double
    var sf: ReferenceNumber
  }

  struct KSTestEntry: Decodable {
    var name: String
    var x: String
    var cdf: String
    var params: [Double]
    var alternative: String
    var method: String
    var statistic: ReferenceNumber
    var pvalue: ReferenceNumber
    var location: ReferenceNumber
    var sign: Int
  }

  struct KS2Entry: Decodable {
    var name: String
    var a: String
    var b: String
    var alternative: String
    var method: String
    var statistic: ReferenceNumber
    var pvalue: ReferenceNumber
    var location: ReferenceNumber
    var sign: Int
  }

  struct MannWhitneyEntry: Decodable {
    var name: String
    var x: String
    var y: String
    var alternative: String
    var method: String
    var continuity: Bool
    var statistic: ReferenceNumber
    var pvalue: ReferenceNumber
    var rank_biserial: ReferenceNumber
  }

  struct WilcoxonEntry: Decodable {
    var name: String
    var x: String
    var y: String?
    var zero_method: String
    var alternative: String
    var method: String
    var correction: Bool
    var statistic: ReferenceNumber
    var pvalue: ReferenceNumber
  }

  struct BootstrapEntry: Decodable {
    var data: String
    var statistic: String
    var n_resamples: Int
    var level: Double
    var method: String
    var alternative: String
    var seed: Int
    var low: ReferenceNumber
    var high: ReferenceNumber
    var standard_error: ReferenceNumber
    var head: [ReferenceNumber]
    var tail: [ReferenceNumber]
    var mean: ReferenceNumber
  }

  struct BootstrapGlobalEntry: Decodable {
    var data: [ReferenceNumber]
    var seed: Int
    var n_resamples: Int
    var low: ReferenceNumber
    var high: ReferenceNumber
    var head: [ReferenceNumber]
  }

  struct PartitionOrderEntry: Decodable {
    var m: Int
    var n: Int
    var count: Int
    var checksum: Int
    var first: [[Int]]
    var last: [[Int]]
  }

  struct PermutationEntry: Decodable {
    var name: String
    var x: String
    var y: String
    var statistic: String
    var n_resamples: Int
    var alternative: String
    var seed: Int
    var observed: ReferenceNumber
    var pvalue: ReferenceNumber
    var null_count: Int
    var head: [ReferenceNumber]
    var tail: [ReferenceNumber]
    var mean: ReferenceNumber
  }
}

// `alternative(_:)` (the fixture's spelling → `Alternative`) is in InferenceTestSupport.swift.

/// `.auto`, `.exact`, `.asymptotic` from the fixture's spelling.
func pValueMethod(_ name: String) -> PValueMethod {
  switch name {
  case "exact": .exact
  case "asymptotic": .asymptotic
  default: .auto
  }
}

/// The worst relative error against SciPy seen per quantity, printed at the end of a test
/// (the figures quoted in docs/numpy-to-mlmath.md), and an assertion per comparison.
final class ReferenceLedger {
  private var worst: [String: Double] = [:]
  private(set) var count = 0
  let label: String

  init(_ label: String) { self.label = label }

  /// Asserts |actual − expected| ≤ relative·|expected| (or ≤ `absolute`), NaN matching NaN.
  func check(
    _ quantity: String, _ actual: Double, _ expected: Double, relative: Double = 1e-12,
    absolute: Double = 0, _ context: @autoclosure () -> String, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    count += 1
    XCTAssertTrue(
      referenceClose(actual, expected, relative: relative, absolute: absolute),
      "\(quantity) \(context()): MLMath \(actual), SciPy \(expected)", file: file, line: line)
    XCTAssertFalse(actual.isNaN && actual.sign == .minus, "\(quantity) \(context()) is -nan", file: file, line: line)
    if expected.isFinite && expected != 0 && actual.isFinite {
      let error = (actual - expected).magnitude / expected.magnitude
      worst[quantity] = Swift.max(worst[quantity] ?? 0, error)
    }
  }

  /// Prints `label: quantity worst relative error …` for the record.
  func report() {
    let lines = worst.keys.sorted().map { "\($0) \(String(format: "%.2e", worst[$0]!))" }
    print("\(label): \(count) comparisons; worst relative error: \(lines.joined(separator: ", "))")
  }
}
