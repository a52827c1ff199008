import Foundation
import XCTest

@testable import MLMath

/// Replays Fixtures/reference/continuous_distributions.json, written by
/// scripts/reference/continuous_distributions.py from scipy.stats: every continuous
/// distribution's pdf, logpdf, cdf, sf, logcdf, logsf at points out to the far tails,
/// ppf and isf from q = 1e-300 to 1, the moments and the 95 % interval, and NumPy's
/// legacy stream for its sampler.
///
/// Where the fixture also holds mpmath's value (60 digits, "mpmath_<method>", and the moments
/// under "moments"."mpmath"), MLMath is held to it as well, and to SciPy only where SciPy is
/// within 5e-13 of mpmath: SciPy's log of a tail or density that underflowed (−∞), its 1 − cdf
/// for a uniform `sf`, `_pdf(inf)` = NaN, and some Boost `betaincc`/`ibeta_inv` failures in
/// the far tails are not held against MLMath.
final class ContinuousDistributionTests: XCTestCase {
  private struct Fixture: Decodable { var distributions: [DistributionReference] }

  /// The moments by mpmath, per entry (absent for distributions without an mpmath model).
  private struct ExactMoments: Decodable {
    struct Entry: Decodable {
      struct Moments: Decodable { var mpmath: [String: ReferenceNumber]? }
      var moments: Moments
    }
    var distributions: [Entry]
  }

  /// Builds the MLMath distribution a fixture entry names.
  static let makers: [String: @Sendable ([String: Double]) throws -> any ContinuousDistribution] = [
    "Normal": { try Normal(loc: $0["loc"]!, scale: $0["scale"]!) },
    "StudentT": { try StudentT(df: $0["df"]!, loc: $0["loc"]!, scale: $0["scale"]!) },
    "ChiSquared": { try ChiSquared(df: $0["df"]!) },
    "FDistribution": { try FDistribution(dfn: $0["dfn"]!, dfd: $0["dfd"]!) },
    "Uniform": { try Uniform(low: $0["low"]!, high: $0["high"]!) },
    "Exponential": { try Exponential(scale: $0["scale"]!) },
    "Gamma": { try Gamma(shape: $0["shape"]!, scale: $0["scale"]!) },
    "Beta": { try Beta(a: $0["a"]!, b: $0["b"]!) },
    "LogNormal": { try LogNormal(mu: $0["mu"]!, sigma: $0["sigma"]!) },
    "Laplace": { try Laplace(loc: $0["loc"]!, scale: $0["scale"]!) },
    "Cauchy": { try Cauchy(loc: $0["loc"]!, scale: $0["scale"]!) },
    "Logistic": { try Logistic(loc: $0["loc"]!, scale: $0["scale"]!) },
    "Weibull": { try Weibull(shape: $0["shape"]!, scale: $0["scale"]!) },
  ]

  /// Relative tolerance per (distribution, method): 1e-12 against SciPy and against mpmath,
  /// unless listed here with the reason, which the type's DocC repeats. Empty: every method of
  /// every type is within 1e-12 of mpmath at every fixture point (worst 2.4e-13, Beta(0.05, 40)
  /// quantiles, which move with betainc's error divided by α), and where SciPy is further than
  /// 5e-13 from mpmath its value is not used (see the class comment). The conditioning limits
  /// outside the fixture (LogNormal with σ < 0.01, Beta quantiles for shapes < 0.01) are in
  /// those types' DocC.
  static let tolerances: [String: [String: Double]] = [:]

  static func tolerance(_ name: String, _ method: String) -> Double { tolerances[name]?[method] ?? 1e-12 }

  /// Whether SciPy's value is within 5e-13 of mpmath's (or there is no mpmath value), so that
  /// MLMath is held to it too.
  static func sciPyIsRight(_ scipy: Double, exact: Double?) -> Bool {
    guard let exact else { return true }
    return referenceClose(scipy, exact, relative: 5e-13, absolute: 1e-300)
  }

  private func load() throws -> [DistributionReference] {
    try decodeReferenceFixture("continuous_distributions", as: Fixture.self).distributions
  }

  func testEveryMethodMatchesSciPyAtEveryPoint() throws {
    var checked = 0
    var checkedAgainstMpmath = 0
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
        for (method, scipy) in row.values where !method.hasPrefix("mpmath_") {
          let f = try XCTUnwrap(methods[method], method)
          let actual = f(row.x.value)
          let tolerance = Self.tolerance(entry.name, method)
          let what = "\(entry.call).\(method)(\(row.x.value)) = \(actual)"
          if let exact = row.values["mpmath_" + method] {
            XCTAssertTrue(
              referenceClose(actual, exact.value, relative: tolerance, absolute: 1e-300),
              "\(what), mpmath \(exact.value)")
            checkedAgainstMpmath += 1
          }
          if Self.sciPyIsRight(scipy.value, exact: row.values["mpmath_" + method]?.value) {
            XCTAssertTrue(
              referenceClose(actual, scipy.value, relative: tolerance, absolute: 1e-300),
              "\(what), SciPy \(scipy.value)")
            checked += 1
          }
          XCTAssertFalse(actual.isNaN && actual.sign == .minus, "\(entry.call).\(method) gives -nan")
        }
      }
    }
    XCTAssertEqual(names, Set(Self.makers.keys), "every distribution has reference values")
    XCTAssertGreaterThan(checked, 100)
    XCTAssertGreaterThan(checkedAgainstMpmath, 5000, "the mpmath values are read")
  }

  func testMomentsAndIntervalsMatchSciPy() throws {
    let exactMoments = try decodeReferenceFixture("continuous_distributions", as: ExactMoments.self).distributions
    for (entry, override) in zip(try load(), exactMoments) {
      let d = try Self.makers[entry.name]!(entry.parameters)
      let m = entry.moments
      let exact = override.moments.mpmath ?? [:]
      let pairs: [(String, Double, Double)] = [
        ("mean", d.mean, m.mean.value), ("variance", d.variance, m.variance.value), ("std", d.std, m.std.value),
        ("median", d.median, m.median.value), ("entropy", d.entropy, m.entropy.value),
        ("interval.lower", d.interval(0.95).lower, m.interval95[0].value),
        ("interval.upper", d.interval(0.95).upper, m.interval95[1].value),
        ("support.lower", d.support.lower, m.support[0].value), ("support.upper", d.support.upper, m.support[1].value),
      ]
      for (what, actual, scipy) in pairs {
        let tolerance = Self.tolerance(entry.name, what)
        if let truth = exact[what]?.value {
          XCTAssertTrue(
            referenceClose(actual, truth, relative: tolerance, absolute: 1e-300),
            "\(entry.call).\(what) = \(actual), mpmath \(truth)")
        }
        if Self.sciPyIsRight(scipy, exact: exact[what]?.value) {
          XCTAssertTrue(
            referenceClose(actual, scipy, relative: tolerance, absolute: 1e-300),
            "\(entry.call).\(what) = \(actual), SciPy \(scipy)")
        }
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
