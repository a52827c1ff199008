import Foundation
import XCTest

@testable import MLMath

/// The noncentral t distribution against mpmath (40-digit quadrature), and statsmodels'
/// `TTestIndPower` / `TTestPower` power and sample sizes, from
/// Fixtures/reference/inference_parametric.json.
final class PowerTests: XCTestCase {
  /// The noncentral t cdf and sf within 1e-10 relative of mpmath — both tails, t from −8 to 20,
  /// δ from −6 to 12, df from 1 to 200 — down to 1e-300. SciPy's `nct` (Boost) is checked where
  /// it is itself accurate: in the tails where its series cancels it is off by up to 10⁴⁶.
  func testNoncentralTMatchesMpmath() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    var scipyAgreement = Agreement()
    for entry in fixture.nct {
      let d = NoncentralT(df: entry.df, nc: entry.nc)
      let context = "(df \(entry.df), nc \(entry.nc), t \(entry.t))"
      agreement.check(d.cdf(entry.t), entry.cdf.value, "nct.cdf", relative: 1e-10, absolute: 1e-300, context)
      agreement.check(d.sf(entry.t), entry.sf.value, "nct.sf", relative: 1e-10, absolute: 1e-300, context)
      for (mine, truth, scipy, name) in [
        (d.cdf(entry.t), entry.cdf.value, entry.scipy_cdf.value, "scipy.cdf"),
        (d.sf(entry.t), entry.sf.value, entry.scipy_sf.value, "scipy.sf"),
      ] where referenceClose(scipy, truth, relative: 1e-11) {
        scipyAgreement.check(mine, scipy, name, relative: 1e-10, context)
      }
    }
    XCTAssertGreaterThan(scipyAgreement.checked, 400)
    print("noncentral t worst relative errors against mpmath:", agreement.report)
    print("noncentral t worst relative errors against SciPy where SciPy is accurate:", scipyAgreement.report)
  }

  func testNoncentralTReducesToStudentTAndHandlesEdges() throws {
    let central = try StudentT(df: 7)
    let d = NoncentralT(df: 7, nc: 0)
    XCTAssertEqual(d.cdf(1.3), central.cdf(1.3))
    XCTAssertEqual(NoncentralT(df: 5, nc: 2).cdf(.infinity), 1)
    XCTAssertEqual(NoncentralT(df: 5, nc: 2).sf(-.infinity), 1)
    XCTAssertEqual(NoncentralT(df: 5, nc: 2).cdf(0), Normal.standard.cdf(-2))
    XCTAssertTrue(NoncentralT(df: 5, nc: 2).cdf(.nan).isNaN)
  }

  func testPowerMatchesStatsmodels() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    for entry in fixture.power {
      let power =
        entry.kind == "ind"
        ? try ttestIndPower(
          effectSize: entry.effect, nobs1: entry.nobs, alpha: entry.alpha, ratio: entry.ratio,
          alternative: alternative(entry.alternative))
        : try ttestPower(
          effectSize: entry.effect, nobs: entry.nobs, alpha: entry.alpha, alternative: alternative(entry.alternative))
      // statsmodels' upper tail is 1 − nctdtr: absolute 1e-16 at best, so tiny powers only to that.
      agreement.check(
        power, entry.power.value, "power.\(entry.kind)", relative: 1e-10, absolute: 1e-15,
        "(\(entry.effect), \(entry.nobs), \(entry.alpha), \(entry.ratio), \(entry.alternative))")
    }
    print("power worst relative errors:", agreement.report)
  }

  /// The root of power(n) = target to 1e-10 relative of the root of statsmodels' own power
  /// function (found in the reference script with brentq to 1e-14), and to 1e-6 of statsmodels'
  /// `solve_power`, which stops its root finder at xtol = 1e-5.
  func testSampleSizesSolveStatsmodelsPowerEquation() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    for entry in fixture.sample_size {
      let result =
        entry.kind == "ind"
        ? try ttestIndSampleSize(
          effectSize: entry.effect, power: entry.power, alpha: entry.alpha, ratio: entry.ratio,
          alternative: alternative(entry.alternative))
        : try ttestSampleSize(
          effectSize: entry.effect, power: entry.power, alpha: entry.alpha, alternative: alternative(entry.alternative))
      let context = "(\(entry.kind) \(entry.effect) \(entry.power) \(entry.alternative))"
      agreement.check(result.nobs1, entry.nobs.value, "sampleSize.root", relative: 1e-10, context)
      agreement.check(result.nobs1, entry.statsmodels_nobs.value, "sampleSize.statsmodels", relative: 1e-6, context)
      XCTAssertEqual(result.roundedNobs1, Int(entry.nobs.value.rounded(.up)))
      XCTAssertGreaterThanOrEqual(result.achievedPower, entry.power)
      if entry.kind == "ind" {
        XCTAssertEqual(result.nobs2 ?? .nan, result.nobs1 * entry.ratio, accuracy: 1e-9 * result.nobs1)
      } else {
        XCTAssertNil(result.nobs2)
      }
    }
    print("sample size worst relative errors:", agreement.report)
  }

  func testSmallSampleSizesBelowTwo() throws {
    // A huge effect needs fewer than two observations per group: the root lies below statsmodels'
    // starting bracket, and the power there is still the one asked for.
    let result = try ttestIndSampleSize(effectSize: 6, power: 0.8)
    XCTAssertLessThan(result.nobs1, 2)
    XCTAssertEqual(try ttestIndPower(effectSize: 6, nobs1: result.nobs1), 0.8, accuracy: 1e-12)
  }

  func testSampleSizePrintsAPlan() throws {
    XCTAssertEqual(
      "\(try ttestIndSampleSize(effectSize: 0.5, power: 0.8))",
      """
      Two-sample t-test sample size (two-sided, alpha = 0.05, effect size = 0.5)
        nobs1 = 63.77 → 64, nobs2 = 63.77 → 64
        power = 0.8 (0.8015 with the rounded sizes)
      """)
  }

  func testInvalidArgumentsThrow() {
    XCTAssertThrowsError(try ttestIndSampleSize(effectSize: 0, power: 0.8)) { error in
      XCTAssertEqual("\(error)", "ttestIndSampleSize: cannot detect an effect size of 0; try a nonzero effectSize")
    }
    XCTAssertThrowsError(try ttestIndSampleSize(effectSize: -0.5, power: 0.8, alternative: .greater)) { error in
      XCTAssertEqual(
        "\(error)",
        "ttestIndSampleSize: no sample size reaches power 0.8: with alternative greater the power stays below alpha because effectSize is negative"
      )
    }
    XCTAssertThrowsError(try ttestIndPower(effectSize: 0.5, nobs1: 1, ratio: 1)) { error in
      XCTAssertEqual(
        "\(error)", "ttestIndPower: nobs1 = 1.0 leaves no degrees of freedom (df = nobs1 (1 + ratio) − 2)")
    }
    XCTAssertThrowsError(try ttestIndPower(effectSize: 0.5, nobs1: 20, alpha: 1.2)) { error in
      XCTAssertEqual("\(error)", "ttestIndPower: alpha must be strictly between 0 and 1, got 1.2")
    }
    XCTAssertThrowsError(try ttestSampleSize(effectSize: 0.5, power: 1)) { error in
      XCTAssertEqual("\(error)", "ttestSampleSize: power must be strictly between 0 and 1, got 1.0")
    }
  }
}
