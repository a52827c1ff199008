/// Linear regression with an L1 penalty (scikit-learn's `sklearn.linear_model.Lasso`): the
/// w and b that minimise
///
///     1/(2n)·‖y − Xw − b‖² + α·‖w‖₁,
///
/// by cyclic coordinate descent — the ``ElasticNet`` with `l1Ratio` 1.
///
/// ```swift
/// var lasso = Lasso(alpha: 1)
/// lasso.fit(X, y)
/// print(lasso.coef!)   // the features the penalty dropped have coefficient exactly 0
/// ```
///
/// The larger α, the more coefficients are exactly 0: from α ≥ ‖Xᵀ(y − ȳ)‖∞/n on, all of
/// them. Stopping rule, defaults (`maxIter` 1000, `tol` 1e-4) and iterates are sklearn's;
/// see ``ElasticNet``. Coefficients agree with sklearn's to 1e-6, with the same zeros.
public struct Lasso: Sendable, CustomStringConvertible {
  private var model: ElasticNet

  /// An unfitted model. Stops when `alpha` is negative or not finite, `maxIter` < 1, or
  /// `tol` is negative or not finite.
  public init(
    alpha: Double = 1, fitIntercept: Bool = true, maxIter: Int = 1000, tol: Double = 1e-4, warmStart: Bool = false
  ) {
    model = ElasticNet(
      alpha: alpha, l1Ratio: 1, fitIntercept: fitIntercept, maxIter: maxIter, tol: tol, warmStart: warmStart,
      type: "Lasso")
  }

  /// The penalty strength α ≥ 0 (sklearn's `alpha`, default 1).
  public var alpha: Double { model.alpha }
  /// Whether to fit an (unpenalised) intercept.
  public var fitIntercept: Bool { model.fitIntercept }
  /// The most sweeps over the coordinates (sklearn's `max_iter`, default 1000).
  public var maxIter: Int { model.maxIter }
  /// The tolerance of the stopping rule (sklearn's `tol`, default 1e-4).
  public var tol: Double { model.tol }
  /// Whether `fit` starts from the previous fit's coefficients (sklearn's `warm_start`).
  public var warmStart: Bool { model.warmStart }
  /// The coefficients w, one per feature (sklearn's `coef_`); nil before fitting.
  public var coef: Vector? { model.coef }
  /// The intercept b (sklearn's `intercept_`); nil before fitting.
  public var intercept: Double? { model.intercept }
  /// The sweeps the last fit took (sklearn's `n_iter_`).
  public var nIter: Int? { model.nIter }
  /// The duality gap at the end of the last fit (sklearn's `dual_gap_`).
  public var dualGap: Double? { model.dualGap }
  /// The number of features seen by `fit` (sklearn's `n_features_in_`).
  public var nFeaturesIn: Int? { model.nFeaturesIn }

  /// Fits the model to `X` (n samples × p features) and `y` (n targets); returns the fitted
  /// model. Stops as ``ElasticNet/fit(_:_:)``.
  @discardableResult
  public mutating func fit(_ X: Matrix, _ y: Vector) -> Lasso {
    model.fit(X, y, type: "Lasso")
    return self
  }

  /// The predictions X·w + b, one per row of `X`; stops before fitting or on a wrong shape.
  public func predict(_ X: Matrix) -> Vector { model.predict(X, type: "Lasso") }

  /// The coefficient of determination R² of the predictions on `X` against `y` (sklearn's `score`).
  public func score(_ X: Matrix, _ y: Vector) -> Double { model.score(X, y, type: "Lasso") }

  /// The settings and, once fitted, the coefficients, intercept, sweeps and gap.
  public var description: String { model.report("Lasso(alpha: \(alpha), fitIntercept: \(fitIntercept))") }
}
