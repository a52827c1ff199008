/// Least squares with an L2 penalty: the w and b that minimise ‖y − Xw − b‖² + α‖w‖²
/// (scikit-learn's `sklearn.linear_model.Ridge(alpha, fit_intercept, solver="cholesky")`).
///
/// ```swift
/// var ridge = Ridge(alpha: 1)
/// ridge.fit(X, y)
/// print(ridge.coef!, ridge.intercept!)   // sklearn's coef_ and intercept_
/// ```
///
/// The penalty shrinks the coefficients towards 0 and makes the problem well posed even
/// when columns of X are dependent or outnumber the rows. As in sklearn, the intercept is
/// not penalised: X and y are centred first (with `fitIntercept`), w solves the closed form
/// on the centred data, and b = ȳ − x̄·w. The closed form, by Cholesky:
/// - with at least as many samples as features, (XᵀX + αI) w = Xᵀy (p × p);
/// - with more features than samples, the dual form w = Xᵀa with (XXᵀ + αI) a = y (n × n),
///   the same w from a smaller system.
/// With α = 0 and a singular system, the minimum-norm least-squares solution (`lstsq`),
/// where sklearn falls back to its SVD solver.
///
/// Coefficients and intercepts agree with sklearn's `solver="cholesky"` to 1e-10 relative.
public struct Ridge: Sendable, CustomStringConvertible {
  /// The penalty strength α ≥ 0 (sklearn's `alpha`, default 1).
  public let alpha: Double
  /// Whether to fit an (unpenalised) intercept.
  public let fitIntercept: Bool
  /// The coefficients w, one per feature (sklearn's `coef_`); nil before fitting.
  public private(set) var coef: Vector?
  /// The intercept b (sklearn's `intercept_`; 0 without `fitIntercept`); nil before fitting.
  public private(set) var intercept: Double?
  /// The number of features seen by `fit` (sklearn's `n_features_in_`).
  public private(set) var nFeaturesIn: Int?
  private var nSamples = 0

  /// An unfitted model; stops when `alpha` is negative or not finite.
  public init(alpha: Double = 1, fitIntercept: Bool = true) {
    checkModelParameter(alpha, "alpha", "Ridge")
    self.alpha = alpha
    self.fitIntercept = fitIntercept
  }

  /// Fits the model to `X` (n samples × p features) and `y` (n targets); returns the fitted model.
  ///
  /// Stops when X has no row or column, X or y holds NaN or ±∞, or y's length is not n.
  @discardableResult
  public mutating func fit(_ X: Matrix, _ y: Vector) -> Ridge {
    checkRegressionData(X, y, "Ridge.fit")
    self = Ridge(alpha: alpha, fitIntercept: fitIntercept)
    let data = CentredData(X, y, fitIntercept: fitIntercept)
    let w: Vector?
    if X.columns > X.rows {
      // Dual: a = (XXᵀ + αI)⁻¹ y, w = Xᵀa.
      let kernel = matmul(data.X, data.X.transposed()) + alpha * eye(X.rows)
      w = solvePositiveDefinite(kernel, data.y).map { matmul($0, data.X) }
    } else {
      let gram = matmul(data.X.transposed(), data.X) + alpha * eye(X.columns)
      w = solvePositiveDefinite(gram, matmul(data.y, data.X))
    }
    let solution = w ?? (try? lstsq(data.X, data.y))?.solution
    guard let solution else { failure("Ridge.fit: the SVD of X did not converge") }
    coef = solution
    intercept = data.intercept(solution)
    nFeaturesIn = X.columns
    nSamples = X.rows
    return self
  }

  /// The predictions X·w + b, one per row of `X`.
  ///
  /// Stops before fitting, or when X has another number of features, or NaN or ±∞.
  public func predict(_ X: Matrix) -> Vector {
    checkPredictionData(X, fittedFeatures: nFeaturesIn, "Ridge", "Ridge.predict")
    return matmul(X, coef ?? []) + (intercept ?? 0)
  }

  /// The coefficient of determination R² of the predictions on `X` against `y` (sklearn's `score`).
  public func score(_ X: Matrix, _ y: Vector) -> Double {
    checkPredictionData(X, fittedFeatures: nFeaturesIn, "Ridge", "Ridge.score")
    checkRegressionData(X, y, "Ridge.score")
    return r2Score(y, predict(X))
  }

  /// The settings and, once fitted, the coefficients and intercept.
  public var description: String {
    let head = "Ridge(alpha: \(alpha), fitIntercept: \(fitIntercept))"
    guard let coef, let intercept, let nFeaturesIn else { return head + ", not fitted" }
    return modelReport(
      head + ", fitted on \(nSamples) samples of \(nFeaturesIn) features",
      [("coef", "\(coef)"), ("intercept", "\(intercept)")])
  }
}
