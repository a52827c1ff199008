// What a Kolmogorov–Smirnov test returns: the test result plus where the largest
// gap between the distribution functions lies (SciPy's `KstestResult`).

/// The result of `kstest` or `ks2samp` (SciPy's `KstestResult`): a ``TestResult`` and the
/// place of the largest gap, which `TestResult` has no field for.
///
/// ```text
/// One-sample Kolmogorov-Smirnov test (two-sided)
///   D = 0.1881, p-value = 0.9796
///   largest gap at x = 0.8, empirical cdf below the reference cdf
/// ```
public struct KSTestResult: Sendable, CustomStringConvertible {
  /// The test's name, statistic D (or D⁺, D⁻), p-value and alternative.
  public let testResult: TestResult
  /// The observation at which the statistic is attained (SciPy's `statistic_location`);
  /// NaN when the statistic is.
  public let statisticLocation: Double
  /// +1 when the empirical cdf (of the first sample) lies above the reference there, −1
  /// when below (SciPy's `statistic_sign`); 0 when the statistic is NaN.
  public let statisticSign: Int

  /// The KS statistic.
  public var statistic: Double { testResult.statistic }
  /// The p-value.
  public var pValue: Double { testResult.pValue }
  /// The alternative hypothesis the p-value is for.
  public var alternative: Alternative { testResult.alternative }

  /// Whether the p-value is below `alpha`.
  public func rejects(at alpha: Double = 0.05) -> Bool { testResult.rejects(at: alpha) }

  init(_ testResult: TestResult, location: Double, sign: Int, reference: String) {
    self.testResult = testResult
    self.statisticLocation = unsignedNaN(location)
    self.statisticSign = sign
    self.reference = reference
  }

  /// What the first sample's empirical cdf is compared with, for the report.
  let reference: String

  public var description: String {
    guard statisticSign != 0 else { return testResult.description }
    let side = statisticSign > 0 ? "above" : "below"
    return testResult.description
      + "\n  largest gap at x = \(reportNumber(statisticLocation)), empirical cdf \(side) \(reference)"
  }
}
