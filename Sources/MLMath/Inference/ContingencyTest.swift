#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What ``chi2Contingency(_:correction:lambda:)`` returns (SciPy's `Chi2ContingencyResult`):
/// the statistic, its p-value and degrees of freedom, the table of expected frequencies, and
/// Cramér's V.
public struct Chi2ContingencyResult: Sendable, CustomStringConvertible {
  /// The test statistic (Pearson's χ² unless another `lambda` was asked for; with Yates'
  /// correction for a table with one degree of freedom when `correction` is true).
  public let statistic: Double
  /// P(χ²_dof ≥ statistic).
  public let pValue: Double
  /// The degrees of freedom (r − 1)(c − 1).
  public let dof: Int
  /// The expected frequencies under independence, rowSumᵢ · columnSumⱼ / total
  /// (SciPy's `expected_freq`), the shape of the table.
  public let expectedFreq: Matrix
  /// Cramér's V = √(χ²/(n · min(r − 1, c − 1))) from the *uncorrected* Pearson χ²
  /// (SciPy's `scipy.stats.contingency.association(table, method="cramer")`): 0 for
  /// independence, 1 for a perfect association. NaN for a table with one row or column.
  public let cramersV: Double

  /// The same result as a ``TestResult``, for code that handles every test alike.
  public let testResult: TestResult

  init(statistic: Double, pValue: Double, dof: Int, expectedFreq: Matrix, cramersV: Double, corrected: Bool) {
    self.statistic = unsignedNaN(statistic)
    self.pValue = unsignedNaN(pValue)
    self.dof = dof
    self.expectedFreq = expectedFreq
    self.cramersV = unsignedNaN(cramersV)
    testResult = TestResult(
      test: corrected ? "Chi-square test of independence (Yates' correction)" : "Chi-square test of independence",
      statisticName: "χ²", statistic: statistic, pValue: pValue, df: Double(dof),
      effectSize: ("Cramér's V", cramersV), hasAlternative: false)
  }

  /// The test's report, then the expected frequencies:
  ///
  /// ```text
  /// Chi-square test of independence (Yates' correction)
  ///   χ² = 9.956, df = 1, p-value = 0.001604
  ///   Cramér's V = 0.378
  ///   expected frequencies:
  ///   [[22.5 17.5]
  ///    [22.5 17.5]]
  /// ```
  public var description: String {
    let table = expectedFreq.description.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    return "\(testResult)\n  expected frequencies:\n\(table)"
  }
}

/// The chi-square test of independence of the two classifications of a contingency table
/// (SciPy's `scipy.stats.chi2_contingency(observed, correction=True, lambda_=None)`).
///
/// The expected frequencies under independence are eᵢⱼ = rowᵢ · colⱼ / n; the statistic is
/// Pearson's χ² = Σ (oᵢⱼ − eᵢⱼ)²/eᵢⱼ on (r − 1)(c − 1) degrees of freedom. With one degree of
/// freedom (a 2 × 2 table) and `correction`, Yates' continuity correction first moves each
/// observed count toward its expected value by ½ (by less when it is closer than that), as SciPy.
///
/// ```swift
/// let table: Matrix = [[30, 10], [15, 25]]   // treatment × outcome
/// let result = try chi2Contingency(table)
/// print(result.pValue, result.cramersV)
/// ```
///
/// - Parameters:
///   - table: the observed counts, r × c, each ≥ 0.
///   - correction: apply Yates' correction when dof = 1.
///   - lambda: the power-divergence statistic (Pearson's by default; `.logLikelihood` for the G-test).
/// - Returns: a ``Chi2ContingencyResult``. A table with one row or one column has dof = 0:
///   χ² = 0 and p = 1, as SciPy.
/// - Throws: ``InferenceError`` for an empty table, negative counts, or a zero row or column
///   total (an expected frequency of 0), with SciPy's messages.
public func chi2Contingency(
  _ table: Matrix, correction: Bool = true, lambda: PowerDivergenceStatistic = .pearson
) throws(InferenceError) -> Chi2ContingencyResult {
  let function = "chi2Contingency"
  if table.elements.contains(where: { $0 < 0 }) {
    throw InferenceError(function, "all values in the table must be nonnegative")
  }
  if table.elements.isEmpty { throw InferenceError(function, "no data; the table has size 0") }
  let expected = expectedFreq(table)
  if let zero = expected.elements.firstIndex(of: 0) {
    throw InferenceError(
      function,
      "the table of expected frequencies has a zero element at (\(zero / table.columns), \(zero % table.columns)) (a row or column sums to 0)"
    )
  }
  let dof = (table.rows - 1) * (table.columns - 1)
  // One row or column: χ² is 0 by definition and V is 0/0, as SciPy's `association`.
  let cramer = dof == 0 ? .nan : cramersV(table, expected: expected)
  if dof == 0 {
    return Chi2ContingencyResult(
      statistic: 0, pValue: 1, dof: 0, expectedFreq: expected, cramersV: cramer, corrected: false)
  }
  var observed = table.elements
  let corrected = dof == 1 && correction
  if corrected {
    for i in observed.indices {
      let difference = expected.elements[i] - observed[i]
      let magnitude = min(0.5, abs(difference))
      observed[i] += difference > 0 ? magnitude : difference < 0 ? -magnitude : 0
    }
  }
  let result = try powerDivergence(
    observed: Vector(observed), expected: Vector(expected.elements), ddof: observed.count - 1 - dof,
    lambda: lambda, in: function, checkSums: false)
  return Chi2ContingencyResult(
    statistic: result.statistic, pValue: result.pValue, dof: dof, expectedFreq: expected, cramersV: cramer,
    corrected: corrected)
}

/// The chi-square test of independence of a table of integer counts; see
/// ``chi2Contingency(_:correction:lambda:)``.
public func chi2Contingency(
  _ table: IntMatrix, correction: Bool = true, lambda: PowerDivergenceStatistic = .pearson
) throws(InferenceError) -> Chi2ContingencyResult {
  try chi2Contingency(Matrix(table), correction: correction, lambda: lambda)
}

/// The expected frequencies of a contingency table under independence,
/// rowSumᵢ · columnSumⱼ / total (SciPy's `scipy.stats.contingency.expected_freq`), the shape
/// of `table`. A table whose total is 0 gives NaN.
public func expectedFreq(_ table: Matrix) -> Matrix {
  let rowSums = table.sum(axis: 1).elements
  let columnSums = table.sum(axis: 0).elements
  let total = table.sum()
  var expected = Matrix(rows: table.rows, columns: table.columns)
  for i in 0..<table.rows {
    for j in 0..<table.columns {
      expected.elements[i * table.columns + j] = unsignedNaN(rowSums[i] * columnSums[j] / total)
    }
  }
  return expected
}

/// The expected frequencies of a table of integer counts; see `expectedFreq(_:)` of a `Matrix`.
public func expectedFreq(_ table: IntMatrix) -> Matrix { expectedFreq(Matrix(table)) }

/// How strongly the two classifications of a contingency table are associated, from Pearson's
/// χ² without correction (SciPy's `scipy.stats.contingency.association(observed, method=…)`).
public enum AssociationMeasure: String, Sendable, Hashable, CaseIterable {
  /// Cramér's V = √(φ²/min(r − 1, c − 1)), φ² = χ²/n.
  case cramer
  /// Tschuprow's T = √(φ²/√((r − 1)(c − 1))).
  case tschuprow
  /// Pearson's contingency coefficient C = √(φ²/(1 + φ²)).
  case pearson
}

/// A measure of association between the two classifications of a table of counts, between 0
/// (independent) and 1 (SciPy's `scipy.stats.contingency.association(observed, method,
/// correction=False)`).
///
/// - Throws: ``InferenceError`` as ``chi2Contingency(_:correction:lambda:)`` (negative counts, a
///   zero row or column). A table with one row or column gives NaN (0/0) for Cramér's V and
///   Tschuprow's T, as SciPy.
public func association(_ table: IntMatrix, method: AssociationMeasure = .cramer) throws(InferenceError) -> Double {
  let result = try chi2Contingency(Matrix(table), correction: false)
  let phi2 = result.statistic / Double(table.elements.reduce(0, +))
  let rows = Double(table.rows)
  let columns = Double(table.columns)
  switch method {
  case .cramer: return unsignedNaN((phi2 / min(columns - 1, rows - 1)).squareRoot())
  case .tschuprow: return unsignedNaN((phi2 / ((rows - 1) * (columns - 1)).squareRoot()).squareRoot())
  case .pearson: return (phi2 / (1 + phi2)).squareRoot()
  }
}

/// Cramér's V from the uncorrected Pearson χ² of `table` against `expected`.
func cramersV(_ table: Matrix, expected: Matrix) -> Double {
  let terms = zip(table.elements, expected.elements).map { ($0 - $1) * ($0 - $1) / $1 }
  let phi2 = pairwiseSum(terms) / table.sum()
  return unsignedNaN((phi2 / Double(min(table.rows - 1, table.columns - 1))).squareRoot())
}
