// What a hypothesis test returns: one struct for every test, as SciPy's tests
// return objects with `statistic` and `pvalue` (and R's `htest`), printing as a
// short report a lesson can show as it is.

/// Which deviation from the null hypothesis a test looks for (SciPy's `alternative=`).
public enum Alternative: String, Sendable, Hashable, CaseIterable {
  /// H₁: the parameter differs from its null value in either direction (`"two-sided"`).
  case twoSided = "two-sided"
  /// H₁: the parameter is less than its null value (`"less"`).
  case less
  /// H₁: the parameter is greater than its null value (`"greater"`).
  case greater
}

/// An interval estimate at a confidence level, as `0.95`.
public struct ConfidenceInterval: Sendable, Hashable, CustomStringConvertible {
  /// The lower end (−∞ for a one-sided `.less` interval).
  public let lower: Double
  /// The upper end (+∞ for a one-sided `.greater` interval).
  public let upper: Double
  /// The confidence level, between 0 and 1.
  public let level: Double

  public init(lower: Double, upper: Double, level: Double) {
    self.lower = unsignedNaN(lower)
    self.upper = unsignedNaN(upper)
    self.level = level
  }

  /// `95% CI [1.234, 5.678]`, ends to four significant digits.
  public var description: String {
    "\(level.percent(reportPercentDigits(level))) CI [\(reportNumber(lower)), \(reportNumber(upper))]"
  }
}

/// The result of a hypothesis test (SciPy's `TtestResult`, `SignificanceResult`, …).
///
/// `statistic` and `pValue` are always present; the other fields are filled where the
/// test defines them. `print(result)` gives a short report; for
/// `try ttestInd([5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3, 6.1], [6.3, 6.8, 5.9, 7.1, 6.6, 7.0, 6.4, 6.9, 7.3, 6.2], equalVar: false)`
/// (SciPy: t = −4.6738, p = 0.00032771, df = 14.492) it prints
///
/// ```text
/// Welch's two-sample t-test (two-sided)
///   t = -4.674, df = 14.49, p-value = 0.0003277
///   mean difference = -1.038, 95% CI [-1.512, -0.5629]
///   Cohen's d = -2.228
/// ```
public struct TestResult: Sendable, CustomStringConvertible {
  /// The test's name, as `Welch's two-sample t-test`.
  public let test: String
  /// The statistic's usual symbol, as `t`, `z`, `χ²`, `U`, `W`, `F`, `r`.
  public let statisticName: String
  /// The test statistic.
  public let statistic: Double
  /// The p-value: the probability, under the null hypothesis, of a statistic at least as
  /// extreme as the one observed, in the direction `alternative` names.
  public let pValue: Double
  /// The alternative hypothesis the p-value is for.
  public let alternative: Alternative
  /// Degrees of freedom of the null distribution, where it has them (t, χ², F: the
  /// numerator's; `df2` holds the denominator's).
  public let df: Double?
  /// The second degrees of freedom of an F statistic.
  public let df2: Double?
  /// The estimated quantity (a mean, a difference, a correlation, an odds ratio) and its name.
  public let estimate: (name: String, value: Double)?
  /// A confidence interval for `estimate`.
  public let confidenceInterval: ConfidenceInterval?
  /// An effect size and its name, as `("Cohen's d", 0.8)`.
  public let effectSize: (name: String, value: Double)?
  /// Whether the test has an alternative to choose: false for tests such as χ² and F whose
  /// p-value is always the upper tail; their report then leaves out "(two-sided)".
  public let hasAlternative: Bool

  public init(
    test: String, statisticName: String, statistic: Double, pValue: Double,
    alternative: Alternative = .twoSided, df: Double? = nil, df2: Double? = nil,
    estimate: (name: String, value: Double)? = nil, confidenceInterval: ConfidenceInterval? = nil,
    effectSize: (name: String, value: Double)? = nil, hasAlternative: Bool = true
  ) {
    self.test = test
    self.statisticName = statisticName
    self.statistic = unsignedNaN(statistic)
    self.pValue = unsignedNaN(pValue)
    self.alternative = alternative
    self.df = df
    self.df2 = df2
    self.estimate = estimate.map { ($0.name, unsignedNaN($0.value)) }
    self.confidenceInterval = confidenceInterval
    self.effectSize = effectSize.map { ($0.name, unsignedNaN($0.value)) }
    self.hasAlternative = hasAlternative
  }

  /// Whether the p-value is below `alpha`: the null hypothesis is rejected at that level.
  public func rejects(at alpha: Double = 0.05) -> Bool { pValue < alpha }

  public var description: String {
    var lines = [hasAlternative ? "\(test) (\(alternative.rawValue))" : test]
    var numbers = ["\(statisticName) = \(reportNumber(statistic))"]
    if let df {
      numbers.append(df2.map { "df = \(reportNumber(df)), \(reportNumber($0))" } ?? "df = \(reportNumber(df))")
    }
    numbers.append("p-value = \(reportNumber(pValue))")
    lines.append("  " + numbers.joined(separator: ", "))
    if let estimate {
      var line = "  \(estimate.name) = \(reportNumber(estimate.value))"
      if let confidenceInterval { line += ", \(confidenceInterval)" }
      lines.append(line)
    } else if let confidenceInterval {
      lines.append("  \(confidenceInterval)")
    }
    if let effectSize { lines.append("  \(effectSize.name) = \(reportNumber(effectSize.value))") }
    return lines.joined(separator: "\n")
  }
}

/// A number in a printed report: four significant digits (Python's `f"{x:.4g}"`),
/// `inf`, `-inf` and `nan` as Python spells them.
func reportNumber(_ x: Double) -> String { unsignedNaN(x).general(4) }

/// Digits after the point for a confidence level in percent: `95%`, `99.9%`.
func reportPercentDigits(_ level: Double) -> Int {
  let percent = level * 100
  for digits in 0...4 where (percent * pow10(digits)).rounded() == percent * pow10(digits) {
    return digits
  }
  return 4
}

private func pow10(_ n: Int) -> Double {
  var value = 1.0
  for _ in 0..<n { value *= 10 }
  return value
}

/// A hypothesis test's input that the test cannot use, as SciPy's `ValueError`:
/// too few observations, samples of different lengths where pairs are needed, a
/// contingency table with a zero margin.
public struct InferenceError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The function, as `ttestRel`.
  public let function: String
  /// What is wrong, as `needs at least 2 observations, got 1`.
  public let message: String

  public init(_ function: String, _ message: String) {
    self.function = function
    self.message = message
  }

  public var description: String { "\(function): \(message)" }
}
