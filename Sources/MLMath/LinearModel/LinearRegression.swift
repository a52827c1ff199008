/// Ordinary least squares: the coefficients w and intercept b that minimise ‖y − Xw − b‖²
/// (scikit-learn's `sklearn.linear_model.LinearRegression`), by one of four routes a course
/// compares.
///
/// ```swift
/// let (X, y, _) = try makeRegression(nSamples: 60, nFeatures: 5, bias: 3, noise: 10, randomState: 0)
/// var model = LinearRegression()              // the SVD route, as sklearn
/// model.fit(X, y)
/// print(model.coef!, model.intercept!)        // sklearn's coef_ and intercept_
/// print(model.score(X, y))                    // R² on the training data
/// ```
///
/// With `fitIntercept` the columns of X and y are centred first, as sklearn does; the
/// coefficients are then fitted on the centred data, and b = ȳ − x̄·w. The solvers:
/// - ``Solver/svd`` (the default, sklearn's): `lstsq` (LAPACK `dgelsd`), the minimum-norm
///   solution even when X is rank deficient or has more columns than rows; sets ``rank``
///   and ``singular`` (sklearn's `rank_` and `singular_`).
/// - ``Solver/qr``: X = QR by Householder reflections (`qr`), then R w = Qᵀy by back
///   substitution; needs independent columns.
/// - ``Solver/normalEquation``: XᵀX w = Xᵀy through the Cholesky factor of XᵀX; fast and
///   short, but squares the condition number of X; needs independent columns.
/// - ``Solver/gradientDescent(learningRate:maxIter:tol:)``: w ← w − η∇L from w = 0 on the
///   mean squared error L(w) = ‖y − Xw‖²/(2n), until ‖∇L‖∞ ≤ tol; ``lossHistory`` keeps
///   L at every iterate, for a plot of the descent.
///
/// The first three agree with sklearn to rounding (tested to 1e-10 relative on
/// `make_regression` data and Iris); gradient descent to its tolerance.
public struct LinearRegression: Sendable, CustomStringConvertible {
  /// How ``LinearRegression/fit(_:_:)`` finds the coefficients.
  public enum Solver: Sendable, Hashable, CustomStringConvertible {
    /// Solve the normal equations XᵀX w = Xᵀy by Cholesky.
    case normalEquation
    /// Householder QR of X, then back substitution.
    case qr
    /// Least squares by the SVD (`lstsq`), sklearn's route and the default.
    case svd
    /// Batch gradient descent on ‖y − Xw‖²/(2n) from w = 0 with step `learningRate` (> 0),
    /// stopping when every component of the gradient is at most `tol` (> 0) in size, or after
    /// `maxIter` (≥ 1) steps.
    case gradientDescent(learningRate: Double = 0.01, maxIter: Int = 1000, tol: Double = 1e-6)

    public var description: String {
      switch self {
      case .normalEquation: "normalEquation"
      case .qr: "qr"
      case .svd: "svd"
      case .gradientDescent(let rate, let maxIter, let tol):
        "gradientDescent(learningRate: \(rate), maxIter: \(maxIter), tol: \(tol))"
      }
    }
  }

  /// Whether to fit an intercept (otherwise the line passes through the origin).
  public let fitIntercept: Bool
  /// The route to the coefficients.
  public let solver: Solver
  /// The coefficients w, one per feature (sklearn's `coef_`); nil before fitting.
  public private(set) var coef: Vector?
  /// The intercept b (sklearn's `intercept_`; 0 without `fitIntercept`); nil before fitting.
  public private(set) var intercept: Double?
  /// The rank of the (centred) X (sklearn's `rank_`); set by the SVD solver only.
  public private(set) var rank: Int?
  /// The singular values of the (centred) X, descending (sklearn's `singular_`); SVD solver only.
  public private(set) var singular: Vector?
  /// Gradient descent's steps taken; nil for the other solvers.
  public private(set) var nIter: Int?
  /// Gradient descent's loss ‖y − Xw − b‖²/(2n) at w = 0 and after every step
  /// (`nIter + 1` values, on the centred data with `fitIntercept`); empty for the other solvers.
  public private(set) var lossHistory: [Double] = []
  /// The number of features seen by `fit` (sklearn's `n_features_in_`).
  public private(set) var nFeaturesIn: Int?
  private var nSamples = 0

  /// An unfitted model. Stops for a gradient-descent solver with a learning rate or
  /// tolerance that is not positive and finite, or `maxIter` < 1.
  public init(fitIntercept: Bool = true, solver: Solver = .svd) {
    if case .gradientDescent(let rate, let maxIter, let tol) = solver {
      checkModelParameter(rate, "learningRate", positive: true, "LinearRegression")
      checkModelCount(maxIter, "maxIter", "LinearRegression")
      checkModelParameter(tol, "tol", positive: true, "LinearRegression")
    }
    self.fitIntercept = fitIntercept
    self.solver = solver
  }

  /// Fits the model to `X` (n samples × p features) and `y` (n targets); returns the fitted model.
  ///
  /// Stops when X has no row or column, X or y holds NaN or ±∞, y's length is not n, the
  /// QR or normal-equation solver meets dependent columns (use `.svd`), or gradient descent
  /// diverges (its learning rate is too large for this X).
  @discardableResult
  public mutating func fit(_ X: Matrix, _ y: Vector) -> LinearRegression {
    let function = "LinearRegression.fit"
    checkRegressionData(X, y, function)
    self = LinearRegression(fitIntercept: fitIntercept, solver: solver)
    let data = CentredData(X, y, fitIntercept: fitIntercept)
    let w: Vector
    switch solver {
    case .svd:
      guard let result = try? lstsq(data.X, data.y) else {
        failure("\(function): the SVD of X did not converge")
      }
      (w, rank, singular) = (result.solution, result.rank, result.singularValues)
    case .qr:
      // A diagonal entry of R at rounding level of the largest means dependent columns.
      guard X.rows >= X.columns, let (q, r) = try? qr(data.X) else { dependentColumns(function, "qr") }
      let diagonal = (0..<r.rows).map { r[$0, $0].magnitude }
      let floor = Double(X.rows) * Double.ulpOfOne * (diagonal.max() ?? 0)
      if diagonal.contains(where: { $0 <= floor }) { dependentColumns(function, "qr") }
      w = solveUpperTriangular(r, matmul(data.y, q))
    case .normalEquation:
      let gram = matmul(data.X.transposed(), data.X)
      guard let solution = solvePositiveDefinite(gram, matmul(data.y, data.X)) else {
        dependentColumns(function, "normalEquation")
      }
      w = solution
    case .gradientDescent(let rate, let maxIter, let tol):
      (w, nIter, lossHistory) = Self.gradientDescent(data.X, data.y, rate, maxIter, tol, function)
    }
    coef = w
    intercept = data.intercept(w)
    nFeaturesIn = X.columns
    nSamples = X.rows
    return self
  }

  /// Batch gradient descent from w = 0 on L(w) = ‖y − Xw‖²/(2n), ∇L = −Xᵀ(y − Xw)/n, with
  /// MLMath's `GradientDescent` optimiser taking the steps.
  private static func gradientDescent(
    _ X: Matrix, _ y: Vector, _ rate: Double, _ maxIter: Int, _ tol: Double, _ function: String
  ) -> (Vector, Int, [Double]) {
    let n = Double(X.rows)
    guard var optimizer = try? GradientDescent(learningRate: rate) else {
      failure("\(function): learningRate must be > 0 and finite, got \(rate)")
    }
    var w = Vector(repeating: 0, count: X.columns)
    var residual = y
    var history = [residual.dot(residual) / (2 * n)]
    var steps = 0
    while steps < maxIter {
      let gradient = matmul(residual, X) / (-n)
      if gradient.elements.allSatisfy({ $0.magnitude <= tol }) { break }
      optimizer.step(&w, gradient: gradient)
      steps += 1
      residual = y - matmul(X, w)
      let loss = residual.dot(residual) / (2 * n)
      history.append(loss)
      if !loss.isFinite || loss > 1e6 * Swift.max(history[0], 1) {
        failure(
          "\(function): gradient descent diverged at step \(steps) (loss \(loss)); learningRate \(rate) is too large for this X (try a smaller one, or scale the features)"
        )
      }
    }
    if steps == maxIter {
      sklearnWarning(
        "ConvergenceWarning",
        "LinearRegression: gradient descent reached maxIter = \(maxIter) steps before the gradient fell below tol = \(tol); increase maxIter or learningRate"
      )
    }
    return (w, steps, history)
  }

  private func dependentColumns(_ function: String, _ name: String) -> Never {
    failure(
      "\(function): the columns of X are linearly dependent (or fewer rows than columns), so the \(name) solver has no unique solution; use solver .svd for the minimum-norm one"
    )
  }

  /// The predictions X·w + b, one per row of `X`.
  ///
  /// Stops before fitting, or when X has another number of features, or NaN or ±∞.
  public func predict(_ X: Matrix) -> Vector {
    checkPredictionData(X, fittedFeatures: nFeaturesIn, "LinearRegression", "LinearRegression.predict")
    return matmul(X, coef ?? []) + (intercept ?? 0)
  }

  /// The coefficient of determination R² of the predictions on `X` against `y` (sklearn's `score`).
  ///
  /// Stops as ``predict(_:)``, and when y's length is not the number of rows of X.
  public func score(_ X: Matrix, _ y: Vector) -> Double {
    checkPredictionData(X, fittedFeatures: nFeaturesIn, "LinearRegression", "LinearRegression.score")
    checkRegressionData(X, y, "LinearRegression.score")
    return r2Score(y, predict(X))
  }

  /// The settings and, once fitted, the coefficients and intercept.
  public var description: String {
    let head = "LinearRegression(fitIntercept: \(fitIntercept), solver: \(solver))"
    guard let coef, let intercept, let nFeaturesIn else { return head + ", not fitted" }
    var lines = [("coef", "\(coef)"), ("intercept", "\(intercept)")]
    if let rank, let singular { lines += [("rank", "\(rank)"), ("singular", "\(singular)")] }
    if let nIter, let loss = lossHistory.last { lines += [("nIter", "\(nIter)"), ("loss", "\(loss)")] }
    return modelReport(head + ", fitted on \(nSamples) samples of \(nFeaturesIn) features", lines)
  }
}
