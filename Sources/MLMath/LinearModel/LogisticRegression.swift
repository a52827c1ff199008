/// Logistic regression, binary or multinomial (scikit-learn's
/// `sklearn.linear_model.LogisticRegression` with its default `solver="lbfgs"`).
///
/// ```swift
/// let iris = loadIris()
/// let split = trainTestSplit(iris.data, iris.target, testSize: .fraction(0.3), randomState: 42)
/// var model = LogisticRegression()
/// model.fit(split.xTrain, split.yTrain)
/// print(model.predictProba(split.xTest)[0..<3, ...])   // class probabilities, rows sum to 1
/// print(model.score(split.xTest, split.yTest))          // accuracy, as sklearn's
/// ```
///
/// With K classes, the model scores sample x by zₖ = wₖ·x + bₖ and predicts the class with
/// the highest score; probabilities are softmax(z). For two classes it keeps one row w
/// (sklearn's `coef_` of shape 1 × p): z = w·x + b is the log-odds of `classes[1]` and
/// P(classes[1] | x) = σ(z). The fit is sklearn's: minimise
///
///     C · Σᵢ −log P(yᵢ | xᵢ) + ½‖W‖²      (the intercepts are not penalised)
///
/// (without the ½‖W‖² for `penalty: .none`, sklearn's `C=np.inf`), divided by C·n as sklearn
/// does, by L-BFGS (MLMath's L-BFGS-B with no bounds, 10 correction pairs, sklearn's
/// stopping rule: ‖gradient‖∞ ≤ `tol`, or a relative decrease of the objective ≤ 64ε, or
/// `maxIter` iterations with a `ConvergenceWarning`). The loss and its gradient come from
/// the stable pieces in NeuralNet: `binaryCrossEntropyWithLogits` (softplus form) for two
/// classes, `crossEntropyLoss(logits:labels:)` (log-softmax) for more, so no probability is
/// rounded to 0 inside a logarithm. Started from zero, the multinomial coefficients keep
/// columns that sum to 0 over the classes, as sklearn's do.
///
/// Coefficients agree with sklearn's to about 1e-5 at a tight `tol` (tested 1e-10), and
/// predictions and accuracy on an Iris train/test split are sklearn's.
public struct LogisticRegression: Sendable, CustomStringConvertible {
  /// The penalty on the coefficients.
  public enum Penalty: String, Sendable, Hashable {
    /// ½‖W‖², weighed against C times the summed log-loss (sklearn's default `l2`).
    case l2
    /// No penalty (sklearn's `penalty=None`, since 1.8 `C=np.inf`); the fit can run off to
    /// infinity when the classes are linearly separable.
    case none
  }

  /// The penalty (default `.l2`).
  public let penalty: Penalty
  /// The inverse strength of the penalty, C > 0 (sklearn's `C`, default 1): smaller C, more
  /// shrinkage. Ignored with `penalty: .none`.
  public let C: Double
  /// Whether to fit (unpenalised) intercepts.
  public let fitIntercept: Bool
  /// The most L-BFGS iterations (sklearn's `max_iter`, default 100).
  public let maxIter: Int
  /// The gradient tolerance of L-BFGS (sklearn's `tol`, default 1e-4).
  public let tol: Double
  /// The class labels, ascending (sklearn's `classes_`); nil before fitting.
  public private(set) var classes: IntVector?
  /// The coefficients, K × p for K ≥ 3 classes and 1 × p for two (sklearn's `coef_`).
  public private(set) var coef: Matrix?
  /// The intercepts, K values, or 1 for two classes (sklearn's `intercept_`; zeros without
  /// `fitIntercept`).
  public private(set) var intercept: Vector?
  /// The L-BFGS iterations the fit took (sklearn's `n_iter_[0]`).
  public private(set) var nIter: Int?
  /// The number of features seen by `fit` (sklearn's `n_features_in_`).
  public private(set) var nFeaturesIn: Int?
  private var nSamples = 0

  /// An unfitted model. Stops when `C` is not positive (it may be infinite, which means no
  /// penalty), `maxIter` < 1, or `tol` is not positive and finite.
  public init(
    penalty: Penalty = .l2, C: Double = 1, fitIntercept: Bool = true, maxIter: Int = 100, tol: Double = 1e-4
  ) {
    if !(C > 0) { failure("LogisticRegression: C must be > 0, got \(C)") }
    checkModelCount(maxIter, "maxIter", "LogisticRegression")
    checkModelParameter(tol, "tol", positive: true, "LogisticRegression")
    self.penalty = penalty
    self.C = C
    self.fitIntercept = fitIntercept
    self.maxIter = maxIter
    self.tol = tol
  }

  /// Fits the model to `X` (n samples × p features) and the class labels `y` (n integers,
  /// at least two distinct); returns the fitted model.
  ///
  /// Stops when X has no row or column or holds NaN or ±∞, y's length is not n, or y has
  /// only one class.
  @discardableResult
  public mutating func fit(_ X: Matrix, _ y: IntVector) -> LogisticRegression {
    let function = "LogisticRegression.fit"
    checkTransformerInput(X, allowNaN: false, function)
    if y.count != X.rows {
      failure("\(function): X has \(X.rows) samples but y has \(y.count) (y needs one label per row of X)")
    }
    let labels = unique(y)
    if labels.count < 2 {
      failure(
        "\(function): this solver needs samples of at least 2 classes in the data, but the data contains only one class: \(labels[0])"
      )
    }
    self = LogisticRegression(penalty: penalty, C: C, fitIntercept: fitIntercept, maxIter: maxIter, tol: tol)
    let position = Dictionary(uniqueKeysWithValues: labels.elements.enumerated().map { ($1, $0) })
    let encoded = IntVector(y.elements.map { position[$0] ?? 0 })
    let k = labels.count == 2 ? 1 : labels.count  // rows of W
    let p = X.columns
    // The penalty weight after dividing the objective by C·n: λ = 1/(C·n), 0 for none.
    let lambda = penalty == .none || C == .infinity ? 0 : 1 / (C * Double(X.rows))
    let objective = Objective(X: X, labels: encoded, k: k, fitIntercept: fitIntercept, lambda: lambda)
    let nParameters = k * p + (fitIntercept ? k : 0)
    let infinite = [Double](repeating: .infinity, count: nParameters)
    let result = lbfgsbMinimize(
      ScalarObjective(objective.loss, gradient: objective.gradient, absoluteStep: nil, name: function),
      x0: Vector(repeating: 0, count: nParameters), lower: infinite.map { -$0 }, upper: infinite, memory: 10,
      ftol: 64 * Double.ulpOfOne, gtol: tol, maxiter: maxIter, maxfun: 15000)
    if result.status != 0 {
      sklearnWarning(
        "ConvergenceWarning",
        "lbfgs failed to converge after \(result.nit) iteration(s) (status=\(result.status)): \(result.message). Increase the number of iterations (maxIter) or scale the data"
      )
    }
    let (W, b) = objective.unpack(result.x)
    classes = labels
    coef = W
    intercept = b
    nIter = result.nit
    nFeaturesIn = p
    nSamples = X.rows
    return self
  }

  /// The objective f(θ) = mean log-loss + ½λ‖W‖² and its gradient, with θ = (W row by row,
  /// then the intercepts).
  private struct Objective {
    let X: Matrix
    let labels: IntVector
    let k: Int
    let fitIntercept: Bool
    let lambda: Double
    /// 1 where the label is classes[1] (two classes only).
    var targets: Vector { Vector(labels.elements.map { Double($0) }) }

    func unpack(_ theta: Vector) -> (W: Matrix, b: Vector) {
      let p = X.columns
      let W = Matrix(rows: k, columns: p, elements: Array(theta.elements[0..<(k * p)]))
      let b = fitIntercept ? Vector(Array(theta.elements[(k * p)...])) : Vector(repeating: 0, count: k)
      return (W, b)
    }

    /// The scores Z = X Wᵀ + b, n × k.
    func scores(_ W: Matrix, _ b: Vector) -> Matrix { matmul(X, W.transposed()) + b }

    func loss(_ theta: Vector) -> Double {
      let (W, b) = unpack(theta)
      let Z = scores(W, b)
      let data =
        k == 1
        ? binaryCrossEntropyWithLogits(Z.flattened(), targets) : crossEntropyLoss(logits: Z, labels: labels)
      return data + 0.5 * lambda * W.elements.reduce(0) { $0 + $1 * $1 }
    }

    func gradient(_ theta: Vector) -> Vector {
      let (W, b) = unpack(theta)
      let Z = scores(W, b)
      // G = ∂(mean loss)/∂Z: (σ(z) − y)/n for two classes, (softmax(z) − onehot(y))/n for more.
      let G =
        k == 1
        ? binaryCrossEntropyWithLogitsGradient(Z.flattened(), targets).asColumn
        : crossEntropyLossGradient(logits: Z, labels: labels)
      let gradW = matmul(G.transposed(), X) + lambda * W
      let gradB = G.sum(axis: 0)
      return Vector(gradW.elements + (fitIntercept ? gradB.elements : []))
    }
  }

  /// The scores z = X·Wᵀ + b: n × K for K ≥ 3 classes, n × 1 (the log-odds of `classes[1]`)
  /// for two (sklearn's `decision_function`, which returns the latter flattened).
  ///
  /// Stops before fitting, or when X has another number of features, or NaN or ±∞.
  public func decisionFunction(_ X: Matrix) -> Matrix {
    decision(X, "LogisticRegression.decisionFunction")
  }

  private func decision(_ X: Matrix, _ function: String) -> Matrix {
    checkPredictionData(X, fittedFeatures: nFeaturesIn, "LogisticRegression", function)
    guard let coef, let intercept else { return X }
    return matmul(X, coef.transposed()) + intercept
  }

  /// The class probabilities, n × K (columns in the order of ``classes``, rows summing to 1):
  /// softmax of the scores, or [1 − σ(z), σ(z)] for two classes (sklearn's `predict_proba`).
  public func predictProba(_ X: Matrix) -> Matrix {
    let Z = decision(X, "LogisticRegression.predictProba")
    if Z.columns > 1 { return softmax(Z, axis: 1) }
    let p = Z.elements.map { expit($0) }
    return Matrix(rows: Z.rows, columns: 2, elements: p.flatMap { [1 - $0, $0] })
  }

  /// The logarithms of the class probabilities, n × K, from the log-softmax (or −softplus(∓z)
  /// for two classes), so they stay finite where a probability underflows to 0 (sklearn's
  /// `predict_log_proba`, the logarithm of `predict_proba`, gives −inf there).
  public func predictLogProba(_ X: Matrix) -> Matrix {
    let Z = decision(X, "LogisticRegression.predictLogProba")
    if Z.columns > 1 { return logSoftmax(Z, axis: 1) }
    return Matrix(rows: Z.rows, columns: 2, elements: Z.elements.flatMap { [-softplus($0), -softplus(-$0)] })
  }

  /// The predicted class of each row: the one with the highest score (the first on a tie), or
  /// for two classes `classes[1]` where z > 0 (sklearn's `predict`).
  public func predict(_ X: Matrix) -> IntVector {
    let Z = decision(X, "LogisticRegression.predict")
    guard let classes else { return [] }
    if Z.columns == 1 { return IntVector(Z.elements.map { classes[$0 > 0 ? 1 : 0] }) }
    return IntVector(Z.argmax(axis: 1).elements.map { classes[$0] })
  }

  /// The accuracy of ``predict(_:)`` on `X` against the labels `y` (sklearn's `score`).
  ///
  /// Stops as ``predict(_:)``, and when y's length is not the number of rows of X.
  public func score(_ X: Matrix, _ y: IntVector) -> Double {
    if y.count != X.rows {
      failure(
        "LogisticRegression.score: X has \(X.rows) samples but y has \(y.count) (y needs one label per row of X)")
    }
    return accuracyScore(y, predict(X))
  }

  /// The settings and, once fitted, the classes, coefficients, intercepts and iterations.
  public var description: String {
    let settings = penalty == .none ? "penalty: none" : "penalty: l2, C: \(C)"
    let head = "LogisticRegression(\(settings), fitIntercept: \(fitIntercept))"
    guard let classes, let coef, let intercept, let nIter, let nFeaturesIn else { return head + ", not fitted" }
    let kind = classes.count == 2 ? "binary" : "multinomial"
    return modelReport(
      head + ", fitted on \(nSamples) samples of \(nFeaturesIn) features, \(classes.count) classes (\(kind))",
      [("classes", "\(classes)"), ("coef", "\(coef)"), ("intercept", "\(intercept)"), ("nIter", "\(nIter)")])
  }
}
