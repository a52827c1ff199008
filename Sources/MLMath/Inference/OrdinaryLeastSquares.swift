#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A linear regression model y = Xβ + ε fitted by ordinary least squares (statsmodels'
/// `statsmodels.api.OLS(y, X)`), with statsmodels' inference: standard errors, t tests,
/// confidence intervals, R², the overall F test, the log-likelihood and information criteria.
///
/// ```swift
/// let model = try OLS(y: y, x: x)        // a constant column is added, as sm.add_constant(x)
/// let fit = try model.fit()
/// print(fit.params, fit.pvalues)
/// print(fit.summary())
/// ```
///
/// Errors are assumed independent with a common variance (statsmodels' `cov_type='nonrobust'`).
public struct OLS: Sendable {
  /// The response y, one value per observation (statsmodels' `endog`).
  public let endog: Vector
  /// The design matrix X, n × p, with the constant column first when one was added (`exog`).
  public let exog: Matrix
  /// Whether `init` prepended a column of ones.
  public let addedConstant: Bool
  /// The names of X's columns, statsmodels' defaults: `const`, `x1`, `x2`, ….
  public let exogNames: [String]

  /// The model of `y` on the columns of `x`.
  ///
  /// - Parameters:
  ///   - y: the response, n values.
  ///   - x: the regressors, n × k.
  ///   - addConstant: prepend a column of ones for the intercept (statsmodels'
  ///     `sm.add_constant(x)`), unless `x` already has a nonzero constant column, which
  ///     `add_constant`'s default `has_constant='skip'` also leaves alone.
  /// - Throws: ``InferenceError`` when `x` does not have one row per value of `y`, has no
  ///   columns (and no constant is added), or holds NaN or ±∞.
  public init(y: Vector, x: Matrix, addConstant: Bool = true) throws(InferenceError) {
    guard x.rows == y.count else {
      throw InferenceError("OLS", "x has \(x.rows) rows but y has \(y.count) values (one row per observation)")
    }
    if !(y.elements.allSatisfy(\.isFinite) && x.elements.allSatisfy(\.isFinite)) {
      throw InferenceError("OLS", "y and x must not contain NaN or infinity")
    }
    let hasConstant = (0..<x.columns).contains { j in
      let column = (0..<x.rows).map { x[$0, j] }
      return column.first.map { first in first != 0 && column.allSatisfy { $0 == first } } ?? false
    }
    let add = addConstant && !hasConstant && x.rows > 0
    var design = x
    if add {
      design = Matrix(rows: x.rows, columns: x.columns + 1)
      for i in 0..<x.rows {
        design[i, 0] = 1
        for j in 0..<x.columns { design[i, j + 1] = x[i, j] }
      }
    }
    if design.columns == 0 { throw InferenceError("OLS", "the model has no regressors") }
    endog = y
    exog = design
    addedConstant = add
    exogNames = (add ? ["const"] : []) + (0..<x.columns).map { "x\($0 + 1)" }
  }

  /// The model of `y` on a single regressor `x` (a column), with an intercept by default.
  public init(y: Vector, x: Vector, addConstant: Bool = true) throws(InferenceError) {
    try self.init(y: y, x: Matrix(rows: x.count, columns: 1, elements: x.elements), addConstant: addConstant)
  }

  /// Fits β̂ = argmin ‖y − Xβ‖² through the QR decomposition X = QR (β̂ = R⁻¹Qᵀy,
  /// (XᵀX)⁻¹ = R⁻¹R⁻ᵀ), and the statistics of statsmodels' `OLS(y, X).fit()`.
  ///
  /// - Throws: ``InferenceError`` when X does not have full column rank (collinear columns, or
  ///   fewer observations than coefficients; statsmodels fits a minimum-norm solution through the
  ///   pseudo-inverse there, whose coefficients are not identified).
  public func fit() throws(InferenceError) -> OLSResults {
    let n = exog.rows
    let p = exog.columns
    guard let singular = try? singularValues(exog) else {
      throw InferenceError("OLS", "the singular value decomposition of x did not converge")
    }
    let largest = singular.elements.max() ?? 0
    let cutoff = largest * Double(max(n, p)) * Double.ulpOfOne
    let rank = singular.elements.filter { $0 > cutoff }.count
    if rank < p {
      throw InferenceError(
        "OLS",
        "the design matrix has rank \(rank) but \(p) columns (collinear regressors or fewer than \(p) observations); the coefficients are not identified"
      )
    }
    guard let (q, r) = try? qr(exog) else { throw InferenceError("OLS", "the QR decomposition of x failed") }
    // β̂ = R⁻¹ Qᵀ y by back substitution; (XᵀX)⁻¹ = R⁻¹ R⁻ᵀ.
    let qty = matmul(endog, q)
    let rInverse = upperTriangularInverse(r)
    let params = matmul(rInverse, qty)
    let normalizedCov = matmul(rInverse, rInverse.transposed())
    let smallest = singular.elements.min() ?? 0
    return OLSResults(
      model: self, params: params, normalizedCovParams: normalizedCov, kConstant: constantCount(),
      conditionNumber: largest / smallest)
  }

  /// statsmodels' `k_constant`: 1 when X has a nonzero constant column, or when its columns span
  /// the constant (dummies that sum to one); 0 otherwise.
  func constantCount() -> Int {
    if addedConstant { return 1 }
    for j in 0..<exog.columns {
      let first = exog[0, j]
      if first != 0 && (0..<exog.rows).allSatisfy({ exog[$0, j] == first }) { return 1 }
    }
    var augmented = Matrix(rows: exog.rows, columns: exog.columns + 1)
    for i in 0..<exog.rows {
      augmented[i, 0] = 1
      for j in 0..<exog.columns { augmented[i, j + 1] = exog[i, j] }
    }
    let augmentedRank = (try? matrixRank(augmented)) ?? 0
    return augmentedRank == exog.columns ? 1 : 0
  }
}

/// Fits `y` on the columns of `x` by ordinary least squares: `try OLS(y: y, x: x, addConstant:).fit()`
/// (statsmodels' `sm.OLS(y, sm.add_constant(x)).fit()`).
public func ols(y: Vector, x: Matrix, addConstant: Bool = true) throws(InferenceError) -> OLSResults {
  try OLS(y: y, x: x, addConstant: addConstant).fit()
}

/// Fits `y` on one regressor `x` (simple linear regression, with an intercept by default).
public func ols(y: Vector, x: Vector, addConstant: Bool = true) throws(InferenceError) -> OLSResults {
  try OLS(y: y, x: x, addConstant: addConstant).fit()
}

/// The inverse of an invertible upper triangular matrix, column by column by back substitution.
func upperTriangularInverse(_ r: Matrix) -> Matrix {
  let p = r.columns
  var inverse = Matrix(rows: p, columns: p)
  for column in 0..<p {
    for i in stride(from: column, through: 0, by: -1) {
      var sum = i == column ? 1.0 : 0.0
      for k in (i + 1)..<(column + 1) { sum -= r[i, k] * inverse[k, column] }
      inverse[i, column] = sum / r[i, i]
    }
  }
  return inverse
}

/// A fitted ``OLS`` model: statsmodels' `RegressionResults`, under statsmodels' names.
///
/// Degrees of freedom follow statsmodels: `dfModel` = p − kConstant, `dfResid` = n − p. With a
/// constant (kConstant = 1), R² and the F test compare with the mean-only model; without, with
/// the zero model (uncentred sums of squares), as statsmodels.
public struct OLSResults: Sendable, CustomStringConvertible {
  /// The model that was fitted.
  public let model: OLS
  /// The coefficients β̂, one per column of X (statsmodels' `params`).
  public let params: Vector
  /// (XᵀX)⁻¹, so that `covParams` = scale · (XᵀX)⁻¹ (`normalized_cov_params`).
  public let normalizedCovParams: Matrix
  /// 1 when the model has a constant (explicit, or implicit in dummy columns), else 0 (`k_constant`).
  public let kConstant: Int
  /// The 2-norm condition number of X, σ_max/σ_min (statsmodels' `condition_number`, which takes
  /// it from the eigenvalues of XᵀX and so loses about cond² · ε of it; MLMath's is from the SVD).
  public let conditionNumber: Double
  /// The fitted values Xβ̂ (`fittedvalues`).
  public let fittedValues: Vector
  /// The residuals y − Xβ̂ (`resid`).
  public let resid: Vector

  init(model: OLS, params: Vector, normalizedCovParams: Matrix, kConstant: Int, conditionNumber: Double) {
    self.model = model
    self.params = params
    self.normalizedCovParams = normalizedCovParams
    self.kConstant = kConstant
    self.conditionNumber = unsignedNaN(conditionNumber)
    fittedValues = matmul(model.exog, params)
    resid = Vector(zip(model.endog.elements, fittedValues.elements).map { $0 - $1 })
  }

  /// The number of observations n (`nobs`).
  public var nobs: Int { model.exog.rows }
  /// The model's degrees of freedom, p − kConstant (`df_model`).
  public var dfModel: Double { Double(model.exog.columns - kConstant) }
  /// The residual degrees of freedom, n − p (`df_resid`).
  public var dfResid: Double { Double(model.exog.rows - model.exog.columns) }
  /// The residual sum of squares Σ eᵢ² (`ssr`).
  public var ssr: Double { unsignedNaN(dot(resid, resid)) }
  /// Σ (yᵢ − ȳ)² (`centered_tss`).
  public var centeredTss: Double {
    let mean = model.endog.mean()
    return unsignedNaN(pairwiseSum(model.endog.elements.map { ($0 - mean) * ($0 - mean) }))
  }
  /// Σ yᵢ² (`uncentered_tss`).
  public var uncenteredTss: Double { unsignedNaN(dot(model.endog, model.endog)) }
  /// The explained sum of squares: total (centred with a constant) minus `ssr` (`ess`).
  public var ess: Double { unsignedNaN((kConstant == 1 ? centeredTss : uncenteredTss) - ssr) }
  /// R² = 1 − ssr/tss (`rsquared`).
  public var rsquared: Double { unsignedNaN(1 - ssr / (kConstant == 1 ? centeredTss : uncenteredTss)) }
  /// R² adjusted for the number of coefficients, 1 − (n − kConstant)/dfResid · (1 − R²) (`rsquared_adj`).
  public var rsquaredAdj: Double { unsignedNaN(1 - (Double(nobs - kConstant) / dfResid) * (1 - rsquared)) }
  /// ess/dfModel (`mse_model`).
  public var mseModel: Double { unsignedNaN(ess / dfModel) }
  /// The estimated error variance ssr/dfResid (`mse_resid`, and `scale`).
  public var mseResid: Double { unsignedNaN(ssr / dfResid) }
  /// The estimated error variance σ̂² = ssr/dfResid (`scale`).
  public var scale: Double { mseResid }
  /// The covariance matrix of β̂, scale · (XᵀX)⁻¹ (`cov_params()`).
  public var covParams: Matrix { normalizedCovParams * scale }
  /// The standard errors of the coefficients, √diag(covParams) (`bse`).
  public var bse: Vector {
    let s = scale
    return Vector((0..<params.count).map { unsignedNaN((s * normalizedCovParams[$0, $0]).squareRoot()) })
  }
  /// The t statistics β̂ⱼ/SE(β̂ⱼ) for H₀: βⱼ = 0 (`tvalues`).
  public var tvalues: Vector { Vector(zip(params.elements, bse.elements).map { unsignedNaN($0 / $1) }) }
  /// The two-sided p-values of `tvalues` on `dfResid` degrees of freedom (`pvalues`).
  public var pvalues: Vector {
    let null = nullT(dfResid)
    return Vector(tvalues.elements.map { symmetricPValue($0, null, .twoSided) })
  }
  /// The overall F statistic mseModel/mseResid, for H₀: every coefficient but the constant is 0 (`fvalue`).
  public var fvalue: Double { unsignedNaN(mseModel / mseResid) }
  /// The p-value of `fvalue` on (dfModel, dfResid) degrees of freedom (`f_pvalue`).
  public var fPvalue: Double {
    guard let null = try? FDistribution(dfn: dfModel, dfd: dfResid), !fvalue.isNaN else { return .nan }
    return null.sf(fvalue)
  }
  /// The maximised Gaussian log-likelihood −n/2 (log(2π · ssr/n) + 1) (`llf`).
  public var llf: Double {
    let half = Double(nobs) / 2
    return unsignedNaN(-log(ssr) * half - (1 + log(Double.pi / half)) * half)
  }
  /// Akaike's information criterion −2 llf + 2(dfModel + kConstant) (`aic`).
  public var aic: Double { unsignedNaN(-2 * llf + 2 * (dfModel + Double(kConstant))) }
  /// Schwarz's Bayesian information criterion −2 llf + log(n)(dfModel + kConstant) (`bic`).
  public var bic: Double { unsignedNaN(-2 * llf + log(Double(nobs)) * (dfModel + Double(kConstant))) }

  /// The confidence intervals of the coefficients, β̂ⱼ ± t_{1−α/2, dfResid} SE(β̂ⱼ): a p × 2
  /// matrix of [lower, upper] rows (statsmodels' `conf_int(alpha)`).
  public func confInt(alpha: Double = 0.05) -> Matrix {
    let q = nullT(dfResid)?.ppf(1 - alpha / 2) ?? .nan
    let errors = bse.elements
    var out = Matrix(rows: params.count, columns: 2)
    for j in 0..<params.count {
      out[j, 0] = unsignedNaN(params[j] - q * errors[j])
      out[j, 1] = unsignedNaN(params[j] + q * errors[j])
    }
    return out
  }

  /// Predictions X_new β̂ for new rows laid out like the `x` the model was built from (the
  /// constant column is added here when the model added one).
  ///
  /// A matrix with another number of columns stops the program with a message.
  public func predict(_ x: Matrix) -> Vector {
    let expected = model.exog.columns - (model.addedConstant ? 1 : 0)
    if x.columns != expected {
      failure("OLSResults.predict: x has \(x.columns) columns, the model was fitted on \(expected)")
    }
    return Vector(
      (0..<x.rows).map { i in
        var value = model.addedConstant ? params[0] : 0
        let offset = model.addedConstant ? 1 : 0
        for j in 0..<x.columns { value += x[i, j] * params[j + offset] }
        return value
      })
  }

  /// The Durbin–Watson statistic of the residuals, Σ (eᵢ − eᵢ₋₁)² / Σ eᵢ² (statsmodels'
  /// `durbin_watson(resid)`): about 2 without autocorrelation.
  public var durbinWatson: Double {
    let e = resid.elements
    let differences = e.indices.dropFirst().map { (e[$0] - e[$0 - 1]) * (e[$0] - e[$0 - 1]) }
    return unsignedNaN(pairwiseSum(differences) / pairwiseSum(e.map { $0 * $0 }))
  }

  /// The Jarque–Bera test of the residuals' normality (statsmodels' `jarque_bera(resid)`):
  /// JB = n/6 (S² + (K − 3)²/4) with the skewness S and (Pearson's) kurtosis K, p from χ²(2).
  public var jarqueBera: (statistic: Double, pValue: Double, skew: Double, kurtosis: Double) {
    let s = skewness(resid)
    let k = kurtosis(resid, excess: false)
    let jb = Double(nobs) / 6 * (s * s + 0.25 * (k - 3) * (k - 3))
    return (unsignedNaN(jb), chiSquareUpperTail(jb, df: 2), s, k)
  }

  /// The summary table (``summary(yName:xNames:alpha:)`` with the default names).
  public var description: String { summary() }
}
