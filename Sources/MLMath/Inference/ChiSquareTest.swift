#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The member of the Cressie–Read power-divergence family a goodness-of-fit statistic uses
/// (SciPy's `lambda_` argument of `power_divergence` and `chi2_contingency`).
///
/// The statistic is 2/(λ(λ + 1)) Σ oᵢ((oᵢ/eᵢ)^λ − 1), with the limits at λ = 0 and λ = −1.
public enum PowerDivergenceStatistic: Sendable, Hashable {
  /// λ = 1: Pearson's χ² = Σ (oᵢ − eᵢ)²/eᵢ (`"pearson"`, the default).
  case pearson
  /// λ = 0: the likelihood-ratio G = 2 Σ oᵢ log(oᵢ/eᵢ) (`"log-likelihood"`, the G-test).
  case logLikelihood
  /// λ = −½: the Freeman–Tukey statistic (`"freeman-tukey"`).
  case freemanTukey
  /// λ = −1: the modified log-likelihood 2 Σ eᵢ log(eᵢ/oᵢ) (`"mod-log-likelihood"`).
  case modLogLikelihood
  /// λ = −2: Neyman's statistic (`"neyman"`).
  case neyman
  /// λ = ⅔: the power Cressie and Read recommend (`"cressie-read"`).
  case cressieRead
  /// Any other power λ.
  case lambda(Double)

  /// The power λ.
  public var lambda: Double {
    switch self {
    case .pearson: 1
    case .logLikelihood: 0
    case .freemanTukey: -0.5
    case .modLogLikelihood: -1
    case .neyman: -2
    case .cressieRead: 2.0 / 3
    case .lambda(let value): value
    }
  }

  /// The test's name in a printed report.
  var testName: String {
    switch lambda {
    case 1: "Chi-square test"
    case 0: "G-test"
    default: "Power-divergence test (λ = \(reportNumber(lambda)))"
    }
  }

  /// One term of the statistic, as SciPy's `_power_divergence` computes it.
  func term(_ observed: Double, _ expected: Double) -> Double {
    let power = lambda
    if power == 1 { return (observed - expected) * (observed - expected) / expected }
    if power == 0 { return 2 * xlogy(observed, observed / expected) }
    if power == -1 { return 2 * xlogy(expected, expected / observed) }
    return observed * (pow(observed / expected, power) - 1) / (0.5 * power * (power + 1))
  }
}

/// Pearson's chi-square goodness-of-fit test: do the counts `observed` in k categories follow
/// the frequencies `expected`? (SciPy's `scipy.stats.chisquare(f_obs, f_exp, ddof)`.)
///
/// χ² = Σ (oᵢ − eᵢ)²/eᵢ compared with χ² on k − 1 − `ddof` degrees of freedom (upper tail).
///
/// ```swift
/// // 120 rolls of a die: is it fair?
/// let rolls: Vector = [16, 18, 16, 14, 12, 44]
/// print(try chisquare(observed: rolls))
/// ```
///
/// - Parameters:
///   - observed: the observed frequencies, each ≥ 0 (SciPy does not check).
///   - expected: the expected frequencies, the same length as `observed` and with the same
///     total to a relative 1.49e-8 (√ε, SciPy's check); uniform (the mean of `observed`) when nil.
///   - ddof: degrees of freedom to subtract for parameters estimated from the data.
/// - Returns: a ``TestResult`` with `χ²`, the p-value and `df` = k − 1 − ddof. The p-value is
///   NaN for df < 0 (and for df = 0 with χ² = 0), 0 for df = 0 otherwise, as SciPy's `chdtrc`.
/// - Throws: ``InferenceError`` for no categories, lengths that differ, negative frequencies,
///   or totals that disagree (SciPy's `ValueError` message).
public func chisquare(observed: Vector, expected: Vector? = nil, ddof: Int = 0) throws(InferenceError)
  -> TestResult
{
  try powerDivergence(observed: observed, expected: expected, ddof: ddof, lambda: .pearson, in: "chisquare")
}

/// The Cressie–Read power-divergence goodness-of-fit test (SciPy's
/// `scipy.stats.power_divergence(f_obs, f_exp, ddof, lambda_)`): Pearson's χ² for
/// `lambda: .pearson`, the G-test for `.logLikelihood`, and the family between.
///
/// The statistic is compared with χ² on k − 1 − `ddof` degrees of freedom (upper tail).
/// Arguments and errors as ``chisquare(observed:expected:ddof:)``.
public func powerDivergence(
  observed: Vector, expected: Vector? = nil, ddof: Int = 0, lambda: PowerDivergenceStatistic = .pearson
) throws(InferenceError) -> TestResult {
  try powerDivergence(observed: observed, expected: expected, ddof: ddof, lambda: lambda, in: "powerDivergence")
}

func powerDivergence(
  observed: Vector, expected: Vector?, ddof: Int, lambda: PowerDivergenceStatistic, in function: String,
  checkSums: Bool = true
) throws(InferenceError) -> TestResult {
  if observed.count == 0 { throw InferenceError(function, "observed has no categories") }
  if let negative = observed.elements.first(where: { $0 < 0 }) {
    throw InferenceError(function, "observed frequencies must be nonnegative, got \(negative)")
  }
  let frequencies: [Double]
  if let expected {
    guard expected.count == observed.count else {
      throw InferenceError(
        function, "observed has \(observed.count) categories but expected has \(expected.count)")
    }
    if let negative = expected.elements.first(where: { $0 < 0 }) {
      throw InferenceError(function, "expected frequencies must be nonnegative, got \(negative)")
    }
    if checkSums {
      let observedSum = observed.sum()
      let expectedSum = expected.sum()
      let tolerance = Double.ulpOfOne.squareRoot()
      let difference = abs(observedSum - expectedSum) / min(observedSum, expectedSum)
      if difference > tolerance {
        throw InferenceError(
          function,
          "the sum of the observed frequencies must agree with the sum of the expected frequencies to a relative tolerance of \(tolerance), but the relative difference is \(difference)"
        )
      }
    }
    frequencies = expected.elements
  } else {
    frequencies = Array(repeating: observed.mean(), count: observed.count)
  }
  let statistic = pairwiseSum(Array(zip(observed.elements, frequencies).map { lambda.term($0, $1) }))
  let df = Double(observed.count - 1 - ddof)
  return TestResult(
    test: lambda.testName, statisticName: lambda.lambda == 0 ? "G" : "χ²", statistic: statistic,
    pValue: chiSquareUpperTail(statistic, df: df), df: df, hasAlternative: false)
}

/// P(χ²_df > x), with SciPy's `chdtrc` conventions outside df > 0: for df = 0 (all the mass at 0)
/// 0 for x > 0 and NaN at x = 0; NaN for df < 0.
func chiSquareUpperTail(_ x: Double, df: Double) -> Double {
  if x.isNaN || df < 0 || df.isNaN { return .nan }
  if df == 0 { return x > 0 ? 0 : .nan }
  guard let distribution = try? ChiSquared(df: df) else { return .nan }
  return distribution.sf(x)
}
