import Foundation
import XCTest

@testable import MLMath

/// The continuous distributions beyond `Normal`: parameter checks (the thrown error's text),
/// alternative initializers, descriptions, and the process-wide forms of their samplers.
/// Values against SciPy are in `ContinuousDistributionTests`.
final class ContinuousDistributionParameterTests: XCTestCase {
  private func message(_ body: () throws -> Any) -> String {
    do {
      _ = try body()
      return "no error"
    } catch { return "\(error)" }
  }

  /// Distributions that keep B(a, b) for their tails are equal exactly when their parameters
  /// are, even where B(a, b) itself is not a number (both shapes subnormal: ∞/∞).
  func testEqualityAndHashingFollowTheParameters() throws {
    let tiny = try Beta(a: 1e-310, b: 1e-310)
    XCTAssertEqual(tiny, tiny)
    XCTAssertEqual(Set([tiny, try Beta(a: 1e-310, b: 1e-310)]).count, 1)
    let f = try FDistribution(dfn: 2e-310, dfd: 2e-310)
    XCTAssertEqual(f, f)
    XCTAssertEqual(try StudentT(df: 3), try StudentT(df: 3))
    XCTAssertNotEqual(try StudentT(df: 3), try StudentT(df: 4))
    XCTAssertEqual(try Beta(a: 2, b: 3), try Beta(a: 2, b: 3))
    XCTAssertNotEqual(try Beta(a: 2, b: 3), try Beta(a: 3, b: 2))
  }

  func testInvalidParametersThrowAnErrorNamingThem() {
    let cases: [(String, () throws -> Any)] = [
      ("Uniform: high must be greater than low = 1.0, got 1.0", { try Uniform(low: 1, high: 1) }),
      ("Uniform: low must be finite, got -inf", { try Uniform(low: -.infinity, high: 0) }),
      ("Uniform: high must be finite, got nan", { try Uniform(low: 0, high: .nan) }),
      (
        "Uniform: high must be within Double's range of low = -1e+308 (high - low overflows), got 1e+308",
        { try Uniform(low: -1e308, high: 1e308) }
      ),
      ("Exponential: scale must be positive and finite, got 0.0", { try Exponential(scale: 0) }),
      ("Exponential: rate must be positive and finite, got -2.0", { try Exponential(rate: -2) }),
      ("Exponential: rate must have a finite 1/rate, got 5e-324", { try Exponential(rate: 5e-324) }),
      ("Gamma: shape must be positive and finite, got 0.0", { try Gamma(shape: 0, scale: 1) }),
      ("Gamma: scale must be positive and finite, got inf", { try Gamma(shape: 2, scale: .infinity) }),
      ("Beta: a must be positive and finite, got -1.0", { try Beta(a: -1, b: 2) }),
      ("Beta: b must be positive and finite, got nan", { try Beta(a: 1, b: .nan) }),
      ("LogNormal: mu must be finite, got inf", { try LogNormal(mu: .infinity, sigma: 1) }),
      ("LogNormal: sigma must be positive and finite, got 0.0", { try LogNormal(mu: 0, sigma: 0) }),
      ("Laplace: scale must be positive and finite, got -1.0", { try Laplace(loc: 0, scale: -1) }),
      ("Laplace: loc must be finite, got nan", { try Laplace(loc: .nan, scale: 1) }),
      ("Cauchy: scale must be positive and finite, got 0.0", { try Cauchy(loc: 0, scale: 0) }),
      ("Logistic: loc must be finite, got -inf", { try Logistic(loc: -.infinity, scale: 1) }),
      ("Weibull: shape must be positive and finite, got -0.5", { try Weibull(shape: -0.5, scale: 1) }),
      ("Weibull: scale must be positive and finite, got 0.0", { try Weibull(shape: 2, scale: 0) }),
    ]
    for (expected, body) in cases { XCTAssertEqual(message(body), expected) }
  }

  func testExponentialRateIsTheReciprocalScale() throws {
    let byRate = try Exponential(rate: 4)
    XCTAssertEqual(byRate.scale, 0.25)
    XCTAssertEqual(byRate.rate, 4)
    XCTAssertEqual(byRate, try Exponential(scale: 0.25))
  }

  func testDescriptionsNameTheParameters() throws {
    XCTAssertEqual("\(try Uniform(low: -1, high: 3))", "Uniform(low: -1.0, high: 3.0)")
    XCTAssertEqual("\(try Exponential(scale: 2))", "Exponential(scale: 2.0)")
    XCTAssertEqual("\(try Gamma(shape: 2, scale: 3))", "Gamma(shape: 2.0, scale: 3.0)")
    XCTAssertEqual("\(try Beta(a: 2, b: 5))", "Beta(a: 2.0, b: 5.0)")
    XCTAssertEqual("\(try LogNormal(mu: 0, sigma: 1))", "LogNormal(mu: 0.0, sigma: 1.0)")
    XCTAssertEqual("\(try Laplace(loc: 0, scale: 1))", "Laplace(loc: 0.0, scale: 1.0)")
    XCTAssertEqual("\(try Cauchy(loc: 0, scale: 1))", "Cauchy(loc: 0.0, scale: 1.0)")
    XCTAssertEqual("\(try Logistic(loc: 0, scale: 1))", "Logistic(loc: 0.0, scale: 1.0)")
    XCTAssertEqual("\(try Weibull(shape: 1.5, scale: 1000))", "Weibull(shape: 1.5, scale: 1000.0)")
  }

  /// The `Random` forms draw what a `RandomState` with the same seed draws, one value or many,
  /// and leave the shared stream where the `RandomState` is.
  func testProcessWideSamplersFollowTheSharedStream() {
    let draws: [(String, (inout RandomState) -> [Double], () -> [Double])] = [
      (
        "lognormal", { [$0.lognormal(1, 0.5)] + $0.lognormal(1, 0.5, size: 3).elements },
        { [Random.lognormal(1, 0.5)] + Random.lognormal(1, 0.5, size: 3).elements }
      ),
      (
        "laplace", { [$0.laplace(2, 3)] + $0.laplace(2, 3, size: 3).elements },
        { [Random.laplace(2, 3)] + Random.laplace(2, 3, size: 3).elements }
      ),
      (
        "standardCauchy", { [$0.standardCauchy()] + $0.standardCauchy(size: 3).elements },
        { [Random.standardCauchy()] + Random.standardCauchy(size: 3).elements }
      ),
      (
        "logistic", { [$0.logistic(-1, 2)] + $0.logistic(-1, 2, size: 3).elements },
        { [Random.logistic(-1, 2)] + Random.logistic(-1, 2, size: 3).elements }
      ),
      (
        "weibull", { [$0.weibull(1.5)] + $0.weibull(1.5, size: 3).elements },
        { [Random.weibull(1.5)] + Random.weibull(1.5, size: 3).elements }
      ),
    ]
    for (name, local, shared) in draws {
      var rng = RandomState(seed: 99)
      let expected = local(&rng) + [rng.random()]
      Random.seed(99)
      XCTAssertEqual(shared() + [Random.random()], expected, name)
    }
  }

  /// NumPy's edge parameters: a zero scale gives the location, a zero Weibull shape gives 0.
  func testSamplersAtZeroScale() {
    var rng = RandomState(seed: 1)
    XCTAssertEqual(rng.laplace(3, 0), 3)
    XCTAssertEqual(rng.logistic(-2, 0), -2)
    XCTAssertEqual(rng.lognormal(0, 0), 1)
    XCTAssertEqual(rng.weibull(0), 0)
  }

  /// Every distribution's elementwise forms apply the scalar method to each element.
  func testVectorisedMethodsMatchTheScalarOnes() throws {
    let distributions: [any ContinuousDistribution] = [
      try Uniform(low: -1, high: 3), try Exponential(scale: 2), try Gamma(shape: 2, scale: 3), try Beta(a: 2, b: 5),
      try LogNormal(mu: 0, sigma: 1), try Laplace(), try Cauchy(), try Logistic(), try Weibull(shape: 1.5),
    ]
    let x = Vector([-2, 0, 0.3, 1, 2.5, 40])
    let q = Vector([0, 0.01, 0.5, 0.99, 1])
    for d in distributions {
      XCTAssertEqual(d.pdf(x).elements.map(\.bitPattern), x.elements.map { d.pdf($0).bitPattern }, "\(d)")
      XCTAssertEqual(d.logcdf(x).elements.map(\.bitPattern), x.elements.map { d.logcdf($0).bitPattern }, "\(d)")
      XCTAssertEqual(d.isf(q).elements.map(\.bitPattern), q.elements.map { d.isf($0).bitPattern }, "\(d)")
    }
  }
}
