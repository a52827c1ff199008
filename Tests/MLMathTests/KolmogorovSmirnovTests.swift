import Foundation
import XCTest

@testable import MLMath

/// Replays the Kolmogorov–Smirnov part of Fixtures/reference/inference_nonparametric.json:
/// SciPy's `kstwo.sf`, `smirnov` and `kolmogorov` over every region of their algorithms,
/// and `kstest`/`ks_2samp` on exact and asymptotic paths, one- and two-sided.
final class KolmogorovSmirnovTests: XCTestCase {
  let fixture = NonparametricFixture.shared

  func testTwoSidedDistributionMatchesSciPyKstwo() {
    let ledger = ReferenceLedger("kstwo.sf")
    for entry in fixture.kstwo_sf {
      let actual = kolmogorovSmirnovSurvival(entry.n, entry.d.value)
      // Where SciPy forms the sf as 1 − cdf (Durbin's matrix and Pomeranz's recursion, n·d² ≤ 4, and
      // Pelz–Good), both carry the cdf's absolute rounding, which its own summation order sets
      // (SciPy's matrix products and convolutions run in BLAS): a few ulps of 1.
      let (n, d) = (Double(entry.n), entry.d.value)
      let viaComplement = d < 0.5 && n * d * d <= (entry.n <= 140 ? 4 : 2.2) && n * d > 1
      ledger.check(
        viaComplement ? "sf as 1 - cdf" : "sf", actual, entry.sf.value, absolute: viaComplement ? 4e-15 : 1e-300,
        "n = \(entry.n), d = \(d)")
    }
    ledger.report()
  }

  func testOneSidedDistributionMatchesSciPySmirnov() {
    let ledger = ReferenceLedger("smirnov")
    for entry in fixture.smirnov {
      ledger.check(
        "sf", smirnovSurvival(entry.n, entry.d.value), entry.sf.value, absolute: 1e-300,
        "n = \(entry.n), d = \(entry.d.value)")
    }
    ledger.report()
  }

  func testLimitDistributionMatchesSciPyKolmogorov() {
    let ledger = ReferenceLedger("kolmogorov")
    for entry in fixture.kolmogorov {
      ledger.check("sf", kolmogorovLimitSurvival(entry.x), entry.sf.value, absolute: 1e-300, "x = \(entry.x)")
    }
    ledger.report()
  }

  func testKstestMatchesSciPy() throws {
    let ledger = ReferenceLedger("kstest")
    for entry in fixture.kstest {
      let x = fixture.vector(entry.x)
      let cdf: (Double) -> Double
      switch entry.cdf {
      case "uniform": cdf = { Swift.min(Swift.max($0, 0), 1) }
      case "expon": cdf = { -expm1(-Swift.max($0, 0)) }
      default:
        let normal = try Normal(loc: entry.params[0], scale: entry.params[1])
        cdf = { normal.cdf($0) }
      }
      let result = try kstest(
        x, cdf: cdf, alternative: alternative(entry.alternative), method: pValueMethod(entry.method))
      let context = "\(entry.name) \(entry.alternative) \(entry.method)"
      ledger.check("D", result.statistic, entry.statistic.value, context)
      ledger.check("p", result.pValue, entry.pvalue.value, absolute: 1e-300, context)
      XCTAssertEqual(result.statisticLocation, entry.location.value, context)
      XCTAssertEqual(result.statisticSign, entry.sign, context)
    }
    ledger.report()
  }

  func testKstestOfADistributionUsesItsCdf() throws {
    let x = Vector([0.1, -0.4, 1.3, 0.8, -1.1, 0.05, 2.2])
    let normal = try Normal(loc: 0.2, scale: 1.5)
    let viaType = try kstest(x, normal, alternative: .less)
    let viaClosure = try kstest(x, cdf: { normal.cdf($0) }, alternative: .less)
    XCTAssertEqual(viaType.statistic, viaClosure.statistic)
    XCTAssertEqual(viaType.pValue, viaClosure.pValue)
  }

  func testKs2sampMatchesSciPy() throws {
    let ledger = ReferenceLedger("ks2samp")
    for entry in fixture.ks2samp {
      let result = try ks2samp(
        fixture.vector(entry.a), fixture.vector(entry.b), alternative: alternative(entry.alternative),
        method: pValueMethod(entry.method))
      let context = "\(entry.name) \(entry.alternative) \(entry.method)"
      ledger.check("D", result.statistic, entry.statistic.value, context)
      ledger.check("p", result.pValue, entry.pvalue.value, absolute: 1e-300, context)
      XCTAssertEqual(result.statisticLocation, entry.location.value, context)
      XCTAssertEqual(result.statisticSign, entry.sign, context)
    }
    ledger.report()
  }

  func testInvalidInput() throws {
    XCTAssertThrowsError(try kstest(Vector([]), cdf: { $0 })) {
      XCTAssertEqual("\($0)", "kstest: the sample needs at least 1 observation, got 0")
    }
    XCTAssertThrowsError(try ks2samp(Vector([1]), Vector([]))) {
      XCTAssertEqual("\($0)", "ks2samp: the second sample needs at least 1 observation, got 0")
    }
    let nan = try ks2samp(Vector([1, .nan]), Vector([1, 2]))
    XCTAssertTrue(nan.statistic.isNaN && nan.pValue.isNaN && nan.statisticLocation.isNaN)
    XCTAssertEqual(nan.statisticSign, 0)
    XCTAssertTrue(try kstest(Vector([.nan, 1]), Normal.standard).pValue.isNaN)
  }

  func testReportsNameTheLargestGap() throws {
    XCTAssertEqual(
      "\(try kstest(Vector([0.12, 0.48, 0.55, 0.91, 0.33]), cdf: { Swift.min(Swift.max($0, 0), 1) }))",
      """
      One-sample Kolmogorov-Smirnov test (two-sided)
        D = 0.25, p-value = 0.8446
        largest gap at x = 0.55, empirical cdf above the reference cdf
      """)
    XCTAssertEqual(
      "\(try ks2samp(Vector([1.2, 3.4, 0.5, 2.2]), Vector([4.1, 5.0, 3.3, 6.2, 4.8])))",
      """
      Two-sample Kolmogorov-Smirnov test (two-sided)
        D = 0.8, p-value = 0.07937
        largest gap at x = 3.4, empirical cdf above the second sample's
      """)
  }
}
