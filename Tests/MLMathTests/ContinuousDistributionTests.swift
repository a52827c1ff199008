import Foundation
import XCTest

@testable import MLMath

/// Replays Fixtures/reference/continuous_distributions.json, written by
/// scripts/reference/continuous_distributions.py from scipy.stats: every continuous
/// distribution's pdf, logpdf, cdf, sf, logcdf, logsf at points out to the far tails,
/// ppf and isf from q = 1e-300 to 1, the moments and the 95 % interval, and NumPy's
/// legacy stream for its sampler.
final class ContinuousDistributionTests: XCTestCase {
  private struct Fixture: Decodable { var distributions: [DistributionReference] }

  /// Builds the MLMath distribution a fixture entry names.
  static let makers: [String: @Sendable ([String: Double]) throws -> any ContinuousDistribution] = [
    "Normal": { try Normal(loc: $0["loc"]!, scale: $0["scale"]!) },
    "StudentT": { try StudentT(df: $0["df"]!, loc: $0["loc"]!, scale: $0["scale"]!) },
    "ChiSquared": { try ChiSquared(df: $0["df"]!) },
    "FDistribution": { try FDistribution(dfn: $0["dfn"]!, dfd: $0["dfd"]!) },
  ]

  /// Relative tolerance per method; 1e-12 unless a distribution's docs explain a looser one.
  static func tolerance(_ name: String, _ method: String) -> Double { 1e-12 }

  private func load() throws -> [DistributionReference] {
    try decodeReferenceFixture("continuous_distributions", as: Fixture.self).distributions
  }

  func testEveryMethodMatchesSciPyAtEveryPoint() throws {
    var checked = 0
    var names = Set<String>()
    for entry in try load() {
      let maker = try XCTUnwrap(Self.makers[entry.name], "no maker for \(entry.name)")
      let d = try maker(entry.parameters)
      names.insert(entry.name)
      let methods: [String: (Double) -> Double] = [
        "pdf": d.pdf, "logpdf": d.logpdf, "cdf": d.cdf, "sf": d.sf, "logcdf": d.logcdf, "logsf": d.logsf,
        "ppf": d.ppf, "isf": d.isf,
      ]
      for row in entry.x + entry.q {
        for (method, expected) in row.values where !method.hasPrefix("mp_") {
          let f = try XCTUnwrap(methods[method], method)
          let actual = f(row.x.value)
          let tolerance = Self.tolerance(entry.name, method)
          // Where the probability underflows, SciPy's log is -inf; a finite log there must be
          // mpmath's (`mp_logcdf`, `mp_logsf` in the fixture).
          let truth = row.values["mp_" + method]?.value
          XCTAssertTrue(
            referenceClose(actual, expected.value, relative: tolerance, absolute: 1e-300)
              || truth.map { referenceClose(actual, $0, relative: tolerance) } == true,
            "\(entry.call).\(method)(\(row.x.value)) = \(actual), SciPy \(expected.value)")
          XCTAssertFalse(actual.isNaN && actual.sign == .minus, "\(entry.call).\(method) gives -nan")
          checked += 1
        }
      }
    }
    XCTAssertEqual(names, Set(Self.makers.keys), "every distribution has reference values")
    XCTAssertGreaterThan(checked, 100)
  }

  func testMomentsAndIntervalsMatchSciPy() throws {
    for entry in try load() {
      let d = try Self.makers[entry.name]!(entry.parameters)
      let m = entry.moments
      let pairs: [(String, Double, Double)] = [
        ("mean", d.mean, m.mean.value), ("variance", d.variance, m.variance.value), ("std", d.std, m.std.value),
        ("median", d.median, m.median.value), ("entropy", d.entropy, m.entropy.value),
        ("interval.lower", d.interval(0.95).lower, m.interval95[0].value),
        ("interval.upper", d.interval(0.95).upper, m.interval95[1].value),
        ("support.lower", d.support.lower, m.support[0].value), ("support.upper", d.support.upper, m.support[1].value),
      ]
      for (what, actual, expected) in pairs {
        XCTAssertTrue(
          referenceClose(actual, expected, relative: 1e-12, absolute: 1e-300),
          "\(entry.call).\(what) = \(actual), SciPy \(expected)")
      }
    }
  }

  func testSamplersReproduceNumPysLegacyStream() throws {
    for entry in try load() {
      guard let stream = entry.stream else { continue }
      let d = try Self.makers[entry.name]!(entry.parameters)
      var generator = RandomState(seed: stream.seed)
      let bulk = d.sample(stream.values.count, using: &generator)
      XCTAssertEqual(bulk.elements, stream.values.map(\.value), "\(entry.call).sample(_:using:)")
      generator = RandomState(seed: stream.seed)
      let one = (0..<stream.values.count).map { _ in d.sample(using: &generator) }
      XCTAssertEqual(one, stream.values.map(\.value), "\(entry.call).sample(using:)")
    }
  }

  /// Each sampler against its own cdf: the KS statistic of 4000 draws at a fixed seed stays
  /// below the 0.1 % critical value.
  func testSamplesFollowTheirOwnCDF() throws {
    for entry in try load() {
      let d = try Self.makers[entry.name]!(entry.parameters)
      var generator = RandomState(seed: 2024)
      let draws = d.sample(4000, using: &generator).elements
      let statistic = kolmogorovSmirnovStatistic(draws, cdf: d.cdf)
      XCTAssertLessThan(statistic, kolmogorovSmirnovCritical(draws.count), "\(entry.call): KS D = \(statistic)")
    }
  }

  func testVectorisedMethodsMatchTheScalarOnes() throws {
    let d = try Normal(loc: 1, scale: 2)
    let x = Vector([-3, 0, 1, 2.5, 40])
    XCTAssertEqual(d.pdf(x).elements, x.elements.map(d.pdf))
    XCTAssertEqual(d.cdf(x).elements, x.elements.map(d.cdf))
    XCTAssertEqual(d.logsf(x).elements, x.elements.map(d.logsf))
    let m = Matrix(rows: 1, columns: 2, elements: [0.1, 0.9])
    XCTAssertEqual(d.ppf(m).elements, [d.ppf(0.1), d.ppf(0.9)])
  }

  func testInvalidParametersThrowAnErrorNamingThem() {
    XCTAssertThrowsError(try Normal(loc: 0, scale: -1)) { error in
      XCTAssertEqual("\(error)", "Normal: scale must be positive and finite, got -1.0")
    }
    XCTAssertThrowsError(try Normal(loc: .nan, scale: 1)) { error in
      XCTAssertEqual("\(error)", "Normal: loc must be finite, got nan")
    }
  }
}
