import Foundation
import XCTest

@testable import MLMath

/// Maximum-likelihood fits against SciPy's (`norm.fit`, `expon.fit(floc=0)`,
/// `gamma.fit(floc=0)`) and, for the gamma shape, against mpmath's root of
/// log k − ψ(k) = log x̄ − mean(log x); the fixture is written by
/// scripts/reference/continuous_distributions.py.
final class ContinuousFitTests: XCTestCase {
  private struct Fixture: Decodable {
    struct Fit: Decodable {
      var name: String
      var data: [ReferenceNumber]
      var scipy: [String: ReferenceNumber]
      var mpmath: [String: ReferenceNumber]?
    }
    var fits: [Fit]
  }

  private func fits(_ name: String) throws -> [Fixture.Fit] {
    try decodeReferenceFixture("continuous_distributions", as: Fixture.self).fits.filter { $0.name == name }
  }

  func testNormalFitIsSciPysMeanAndStdBitForBit() throws {
    let cases = try fits("Normal")
    XCTAssertEqual(cases.count, 3)
    for fit in cases {
      let d = try Normal.fit(Vector(fit.data.map(\.value)))
      XCTAssertEqual(d.loc, fit.scipy["loc"]!.value)
      XCTAssertEqual(d.scale, fit.scipy["scale"]!.value)
    }
  }

  func testExponentialFitIsTheMeanBitForBit() throws {
    let cases = try fits("Exponential")
    XCTAssertEqual(cases.count, 2)
    for fit in cases {
      let d = try Exponential.fit(Vector(fit.data.map(\.value)))
      XCTAssertEqual(d.scale, fit.scipy["scale"]!.value)
    }
  }

  /// SciPy's `brentq` stops within 2e-12 of the shape (absolute), so SciPy is held to 1e-7 as
  /// documented. mpmath's root uses the exact s = log x̄ − mean(log x); in doubles s carries an
  /// absolute error of a few ε·(|log x̄| + max |log x|), and k ≈ 1/(2s) inherits it relative to s,
  /// so mpmath is held to 1e-12 plus four times that conditioning.
  func testGammaFitMatchesSciPyAndTheExactRoot() throws {
    let cases = try fits("Gamma")
    XCTAssertEqual(cases.count, 6)
    var worstSciPy = 0.0
    for fit in cases {
      let data = fit.data.map(\.value)
      let d = try Gamma.fit(Vector(data))
      let exact = try XCTUnwrap(fit.mpmath)
      let logs = data.map { log($0) }
      let mean = data.reduce(0, +) / Double(data.count)
      let s = log(mean) - logs.reduce(0, +) / Double(data.count)
      let conditioning = Double.ulpOfOne * (abs(log(mean)) + logs.map(abs).max()!) / s
      for (name, value) in [("shape", d.shape), ("scale", d.scale)] {
        let scipy = fit.scipy[name]!.value
        worstSciPy = max(worstSciPy, abs(value / scipy - 1))
        XCTAssertTrue(referenceClose(value, scipy, relative: 1e-7), "Gamma.fit \(name) \(value), SciPy \(scipy)")
        XCTAssertTrue(
          referenceClose(value, exact[name]!.value, relative: 1e-12 + 4 * conditioning),
          "Gamma.fit \(name) \(value), mpmath \(exact[name]!.value)")
      }
    }
    XCTAssertLessThan(worstSciPy, 1e-7)
  }

  func testFitsRefuseDataTheyCannotUse() {
    func message(_ body: () throws -> Any) -> String {
      do {
        _ = try body()
        return "no error"
      } catch { return "\(error)" }
    }
    XCTAssertEqual(message { try Normal.fit(Vector([])) }, "Normal.fit: data must not be empty")
    XCTAssertEqual(message { try Normal.fit(Vector([1, .nan])) }, "Normal.fit: data[1] = nan is not finite")
    XCTAssertEqual(
      message { try Normal.fit(Vector([3, 3])) },
      "Normal.fit: every value equals 3.0, so the fitted scale would be 0; a normal distribution needs scale > 0")
    XCTAssertEqual(
      message { try Exponential.fit(Vector([1, -2])) }, "Exponential.fit: data[1] = -2.0 is outside the support x >= 0")
    XCTAssertEqual(
      message { try Exponential.fit(Vector([0, 0])) },
      "Exponential.fit: every value is 0, so the fitted scale would be 0; an exponential distribution needs scale > 0")
    XCTAssertEqual(
      message { try Exponential.fit(Vector([1, .infinity])) }, "Exponential.fit: data[1] = inf is not finite")
    XCTAssertEqual(
      message { try Gamma.fit(Vector([1, 0, 2])) }, "Gamma.fit: data[1] = 0.0 is outside the support x > 0")
    XCTAssertEqual(message { try Gamma.fit(Vector([])) }, "Gamma.fit: data must not be empty")
    XCTAssertTrue(
      message { try Gamma.fit(Vector([2, 2, 2])) }.hasPrefix(
        "Gamma.fit: the log of the mean does not exceed the mean of the logs (the values are all equal"))
  }

  /// The fitted gamma maximises the likelihood: nudging either parameter lowers it.
  func testGammaFitIsALikelihoodMaximum() throws {
    let data = Vector([1.2, 0.4, 2.9, 1.7, 0.8, 3.3, 0.05, 6.1])
    let fitted = try Gamma.fit(data)
    let best = fitted.logLikelihood(data)
    for (dk, dt) in [(1.001, 1.0), (0.999, 1.0), (1.0, 1.001), (1.0, 0.999)] {
      let other = try Gamma(shape: fitted.shape * dk, scale: fitted.scale * dt)
      XCTAssertLessThan(other.logLikelihood(data), best)
    }
  }
}
