import Foundation
import XCTest

@testable import MLMath

/// Replays the resampling part of Fixtures/reference/inference_nonparametric.json:
/// `scipy.stats.bootstrap` and `permutation_test` with `random_state=np.random.RandomState(seed)`,
/// whose resamples MLMath reproduces from the same seed — the bootstrap distribution (its
/// first and last ten values and mean), the interval and the standard error; the null
/// distribution and the p-value.
final class ResamplingTests: XCTestCase {
  let fixture = NonparametricFixture.shared

  static let statistics: [String: @Sendable (Vector) -> Double] = [
    "mean": { $0.mean() }, "median": { median($0) }, "std": { $0.std(ddof: 1) },
  ]
  static let twoSampleStatistics: [String: @Sendable (Vector, Vector) -> Double] = [
    "mean_diff": { $0.mean() - $1.mean() }, "median_diff": { median($0) - median($1) },
  ]

  func testBootstrapReproducesSciPyFromTheSameSeed() throws {
    let ledger = ReferenceLedger("bootstrap")
    let methods: [String: BootstrapMethod] = ["percentile": .percentile, "basic": .basic, "bca": .bca]
    for entry in fixture.bootstrap {
      var generator = RandomState(seed: entry.seed)
      let statistic = try XCTUnwrap(Self.statistics[entry.statistic])
      let result = try bootstrap(
        fixture.vector(entry.data), statistic: statistic, nResamples: entry.n_resamples,
        confidenceLevel: entry.level, method: try XCTUnwrap(methods[entry.method]),
        alternative: alternative(entry.alternative), using: &generator)
      let context = "\(entry.data) \(entry.statistic) \(entry.method) \(entry.alternative) seed \(entry.seed)"
      let distribution = result.bootstrapDistribution.elements
      XCTAssertEqual(distribution.count, entry.n_resamples)
      // The resamples are SciPy's, so the distribution is equal value for value.
      XCTAssertEqual(Array(distribution.prefix(10)), entry.head.map(\.value), context)
      XCTAssertEqual(Array(distribution.suffix(10)), entry.tail.map(\.value), context)
      ledger.check("mean", result.bootstrapDistribution.mean(), entry.mean.value, context)
      ledger.check("low", result.confidenceInterval.lower, entry.low.value, context)
      ledger.check("high", result.confidenceInterval.upper, entry.high.value, context)
      ledger.check("se", result.standardError, entry.standard_error.value, context)
      XCTAssertEqual(result.confidenceInterval.level, entry.level)
    }
    ledger.report()
  }

  func testBootstrapOnTheProcessWideStream() throws {
    let entry = fixture.bootstrap_global
    Random.seed(entry.seed)
    let result = try bootstrap(
      Vector(entry.data.map(\.value)), statistic: { $0.mean() }, nResamples: entry.n_resamples,
      method: .percentile)
    XCTAssertEqual(Array(result.bootstrapDistribution.elements.prefix(10)), entry.head.map(\.value))
    XCTAssertTrue(referenceClose(result.confidenceInterval.lower, entry.low.value, relative: 1e-12))
    XCTAssertTrue(referenceClose(result.confidenceInterval.upper, entry.high.value, relative: 1e-12))
    // The statistic may itself draw from the shared stream without deadlocking.
    _ = try bootstrap(Vector([1, 2, 3]), statistic: { $0.mean() + 0 * Random.random() }, nResamples: 5)
  }

  func testPermutationTestReproducesSciPy() throws {
    let ledger = ReferenceLedger("permutation_test")
    for entry in fixture.permutation_test {
      var generator = RandomState(seed: entry.seed)
      let statistic = try XCTUnwrap(Self.twoSampleStatistics[entry.statistic])
      let result = try permutationTest(
        fixture.vector(entry.x), fixture.vector(entry.y), statistic: statistic, nResamples: entry.n_resamples,
        alternative: alternative(entry.alternative), using: &generator)
      let context = "\(entry.name) \(entry.alternative)"
      XCTAssertEqual(result.nullDistribution.count, entry.null_count, context)
      XCTAssertEqual(result.exact, entry.null_count < entry.n_resamples || entry.name == "boundary", context)
      // The relabellings are SciPy's, exact or random, so the null distribution is equal
      // value for value.
      let null = result.nullDistribution.elements
      XCTAssertEqual(Array(null.prefix(10)), entry.head.map(\.value), context)
      XCTAssertEqual(Array(null.suffix(10)), entry.tail.map(\.value), context)
      ledger.check("mean", result.nullDistribution.mean(), entry.mean.value, context)
      ledger.check("statistic", result.statistic, entry.observed.value, context)
      ledger.check("p", result.pValue, entry.pvalue.value, context)
    }
    ledger.report()
  }

  /// The exact test's relabellings in SciPy's order: x's indices in lexicographic order, each
  /// group listed in CPython's set order (`PythonIntSet` replays the hash table).
  func testExactRelabellingsFollowSciPysSetOrder() throws {
    for entry in fixture.partition_order {
      var listed: [[Int]] = []
      forEachRelabelling(entry.m, entry.n) { listed.append($0) }
      let context = "m = \(entry.m), n = \(entry.n)"
      XCTAssertEqual(listed.count, entry.count, context)
      var checksum = 0
      for (k, p) in listed.enumerated() {
        checksum += (k + 1) * p.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
      }
      XCTAssertEqual(checksum, entry.checksum, context)
      XCTAssertEqual(Array(listed.prefix(3)), entry.first, context)
      XCTAssertEqual(Array(listed.suffix(3)), entry.last, context)
    }
    // permutationTest hands the statistic exactly these, after the observed samples.
    var handed: [[Double]] = []
    var generator = RandomState(seed: 0)
    let pooled = Vector((0..<7).map(Double.init))
    let result = try permutationTest(
      pooled[0..<2], pooled[2...],
      statistic: { x, y in
        handed.append(x.elements + y.elements)
        return x.mean()
      }, nResamples: 21, using: &generator)
    XCTAssertTrue(result.exact)
    var expected: [[Double]] = []
    forEachRelabelling(2, 5) { expected.append($0.map(Double.init)) }
    XCTAssertEqual(Array(handed.dropFirst()), expected)
  }

  /// Written out directly where every group's set lists its members in ascending order, the
  /// splits are the ones the replayed hash tables give, in the same order.
  func testDirectRelabellingsAreTheReplayedOnes() {
    var (direct, shapes) = (0, 0)
    for m in 1...9 {
      for n in 1...(14 - m) {
        shapes += 1
        var fast: [[Int]] = []
        var replayed: [[Int]] = []
        forEachRelabelling(m, n) { fast.append($0) }
        forEachRelabellingReplayingSets(m, n) { replayed.append($0) }
        XCTAssertEqual(fast, replayed, "m = \(m), n = \(n)")
        if PythonIntSet.tableSize(afterAdding: m) >= m + n && PythonIntSet.tableSize(afterAdding: n) >= m + n {
          direct += 1
        }
      }
    }
    // Both paths were compared: most shapes here are written out directly, some replayed.
    XCTAssertGreaterThan(direct, 20)
    XCTAssertLessThan(direct, shapes)
  }

  func testInvalidArguments() {
    var generator = RandomState(seed: 0)
    XCTAssertThrowsError(try bootstrap(Vector([1]), statistic: { $0.mean() }, using: &generator)) {
      XCTAssertEqual("\($0)", "bootstrap: the sample needs at least 2 observations, got 1")
    }
    XCTAssertThrowsError(
      try bootstrap(Vector([1, 2]), statistic: { $0.mean() }, nResamples: 0, using: &generator)
    ) {
      XCTAssertEqual("\($0)", "bootstrap: nResamples must be a positive integer, got 0")
    }
    XCTAssertThrowsError(
      try permutationTest(Vector([1]), Vector([1, 2]), statistic: { $0.mean() - $1.mean() }, using: &generator)
    ) {
      XCTAssertEqual("\($0)", "permutationTest: x needs at least 2 observations, got 1")
    }
    struct Refused: Error {}
    XCTAssertThrowsError(
      try bootstrap(Vector([1, 2, 3]), statistic: { _ in throw Refused() }, using: &generator)
    ) { XCTAssertTrue($0 is Refused) }
  }

  func testReportsPrint() throws {
    var generator = RandomState(seed: 1)
    let exact = try permutationTest(
      Vector([5.1, 6.3, 7.2, 5.9, 6.8]), Vector([4.2, 5.0, 4.8, 5.5]), statistic: { $0.mean() - $1.mean() },
      using: &generator)
    XCTAssertEqual(
      "\(exact)",
      """
      Permutation test (two-sided)
        statistic = 1.385, p-value = 0.03175
        exact: all 126 relabellings
      """)
    var rng = RandomState(seed: 3)
    let result = try bootstrap(
      Vector([4.1, 5.2, 6.3, 5.5, 4.8, 7.1, 5.9, 6.0]), statistic: { $0.mean() }, nResamples: 999,
      method: .percentile, using: &rng)
    // SciPy: bootstrap((x,), np.mean, n_resamples=999, method='percentile',
    // random_state=np.random.RandomState(3)) gives (4.975, 6.225), standard error 0.312.
    XCTAssertEqual(
      "\(result)",
      """
      Bootstrap (percentile, 999 resamples)
        95% CI [4.975, 6.225]
        standard error = 0.312
      """)
  }
}
