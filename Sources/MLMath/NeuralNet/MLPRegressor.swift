/// A multilayer perceptron regressor trained by backpropagation (scikit-learn's
/// `sklearn.neural_network.MLPRegressor` with `solver="adam"` or `"sgd"`), written to be read.
///
/// ```swift
/// let X = linspace(-3, 3, 200).reshaped(200, 1)
/// let y = sin(X.flattened())
/// var reg = MLPRegressor(hiddenLayerSizes: [32], activation: .tanh, maxIter: 2000, randomState: 0)
/// reg.fit(X, y)
/// print(reg)              // layers 1 → 32 → 1, parameters, final loss
/// print(reg.score(X, y))  // R²
/// ```
///
/// Hidden layers as ``MLPClassifier``'s; the output layer is one identity unit, and the loss
/// of a batch of n samples is ½·Σ(y − ŷ)²/n + ½·α·Σ‖W‖²/n (sklearn's `squared_error`).
/// Initialisation, mini-batches, shuffling, stopping and the differences from sklearn are
/// those of ``MLPClassifier``; with ``earlyStopping`` the validation split is sklearn's
/// (`ShuffleSplit` draws) and the criterion is R².
public struct MLPRegressor: CustomStringConvertible {
  var network: MLPNetwork

  /// The number of units in each hidden layer (sklearn's `hidden_layer_sizes`, default (100,)).
  public var hiddenLayerSizes: [Int] { network.hiddenLayerSizes }
  /// The hidden layers' activation function.
  public var activation: MLPActivation { network.activation }
  /// The L2 penalty α ≥ 0 on the weights.
  public var alpha: Double { network.alpha }
  /// The mini-batch size; nil means min(200, n) (sklearn's `"auto"`).
  public var batchSize: Int? { network.batchSize }
  /// The largest number of epochs (sklearn's `max_iter`).
  public var maxIter: Int { network.maxIter }
  /// Whether the samples are reshuffled before each epoch.
  public var shuffle: Bool { network.shuffle }
  /// The seed of the initial weights, shuffles and validation split; nil draws one from the
  /// process-wide ``Random``.
  public var randomState: Int? { network.randomState }
  /// The optimiser, as given (each fit starts from a copy of it).
  public var optimizer: any Optimizer { network.optimizer }
  /// The learning rate for each epoch, if any.
  public var schedule: (any LearningRateSchedule)? { network.schedule }

  /// The weight matrices W₁ … W_L (sklearn's `coefs_`); empty before fitting.
  public var coefs: [Matrix] { network.coefs }
  /// The bias vectors b₁ … b_L (sklearn's `intercepts_`); empty before fitting.
  public var intercepts: [Vector] { network.intercepts }
  /// The mean training loss of each epoch (sklearn's `loss_curve_`).
  public var lossCurve: [Double] { network.lossCurve }
  /// The last epoch's loss (sklearn's `loss_`); nil before fitting.
  public var loss: Double? { network.lossCurve.last }
  /// The validation R² after each epoch, with ``earlyStopping`` (sklearn's `validation_scores_`).
  public var validationScores: [Double] { network.validationScores }
  /// The number of epochs run (sklearn's `n_iter_`).
  public var nIter: Int { network.nIter }
  /// Whether training stopped on its criterion before ``maxIter`` epochs.
  public var converged: Bool { network.converged }
  /// The number of weights and biases.
  public var parameterCount: Int { network.parameterCount }
  /// Whether the regressor has been fitted.
  public var isFitted: Bool { network.isFitted }

  /// An unfitted regressor with sklearn's defaults; parameters and stops as
  /// ``MLPClassifier/init(hiddenLayerSizes:activation:optimizer:schedule:alpha:batchSize:maxIter:shuffle:randomState:tol:nIterNoChange:earlyStopping:validationFraction:)``.
  public init(
    hiddenLayerSizes: [Int] = [100], activation: MLPActivation = .relu, optimizer: (any Optimizer)? = nil,
    schedule: (any LearningRateSchedule)? = nil, alpha: Double = 1e-4, batchSize: Int? = nil, maxIter: Int = 200,
    shuffle: Bool = true, randomState: Int? = nil, tol: Double = 1e-4, nIterNoChange: Int = 10,
    earlyStopping: Bool = false, validationFraction: Double = 0.1
  ) {
    network = MLPNetwork(
      name: "MLPRegressor", hiddenLayerSizes: hiddenLayerSizes, activation: activation, alpha: alpha,
      batchSize: batchSize, maxIter: maxIter, shuffle: shuffle, randomState: randomState, tol: tol,
      nIterNoChange: nIterNoChange, earlyStopping: earlyStopping, validationFraction: validationFraction,
      optimizer: optimizer, schedule: schedule)
  }

  /// Trains on `X` (n samples × d features) and the targets `y` (n finite numbers), from
  /// fresh weights; returns the fitted regressor.
  ///
  /// Stops when X is empty or not finite, or `y` has another length or a non-finite value.
  @discardableResult
  public mutating func fit(_ X: Matrix, _ y: Vector) -> MLPRegressor {
    let function = "MLPRegressor.fit"
    network.checkFeatures(X, function)
    let Y = targets(X, y, function)
    network.fit(X, Y, output: .identity) { net, xValidation, yValidation in
      r2Score(Vector(yValidation.elements), Vector(net.predictOutput(xValidation).elements))
    }
    return self
  }

  /// One epoch on `X`, `y` (sklearn's `partial_fit`); the first call draws the initial weights.
  ///
  /// Stops as ``fit(_:_:)``, and for another number of features than the first call.
  @discardableResult
  public mutating func partialFit(_ X: Matrix, _ y: Vector) -> MLPRegressor {
    let function = "MLPRegressor.partialFit"
    network.checkFeatures(X, function)
    if network.isFitted { network.checkInput(X, function) }
    network.partialFit(X, targets(X, y, function), output: .identity)
    return self
  }

  /// The forward pass: every layer's pre-activations Z and activations A for the samples `X`;
  /// the last activation (n × 1) is the prediction.
  ///
  /// Stops before fitting and when `X` has another number of features.
  public func forward(_ X: Matrix) -> MLPForwardPass {
    network.checkInput(X, "MLPRegressor.forward")
    return MLPNetwork.forward(
      X, coefs: network.coefs, intercepts: network.intercepts, activation: network.activation, output: .identity)
  }

  /// Backpropagation through a forward pass (from ``forward(_:)``) with the targets `y`: the
  /// loss and its gradient for every weight and bias.
  ///
  /// Stops before fitting, or when `y` has another length than the pass's samples.
  public func backward(_ pass: MLPForwardPass, _ y: Vector) -> MLPGradients {
    let function = "MLPRegressor.backward"
    network.checkFitted(function)
    return MLPNetwork.backward(
      pass, targets(pass.activations[0], y, function), coefs: network.coefs, activation: network.activation,
      output: .identity, alpha: network.alpha)
  }

  /// The loss and its gradients at the current weights on `X`, `y`.
  public func gradients(_ X: Matrix, _ y: Vector) -> MLPGradients {
    network.checkInput(X, "MLPRegressor.gradients")
    return backward(forward(X), y)
  }

  /// ½·Σ(y − ŷ)²/n plus the L2 penalty ½·α·Σ‖W‖²/n — the quantity training minimises.
  public func loss(_ X: Matrix, _ y: Vector) -> Double {
    let function = "MLPRegressor.loss"
    network.checkInput(X, function)
    return MLPNetwork.dataLoss(network.predictOutput(X), targets(X, y, function), output: .identity)
      + MLPNetwork.penalty(network.coefs, alpha: network.alpha, samples: X.rows)
  }

  /// The prediction for each sample (n values).
  ///
  /// Stops before fitting and when `X` has another number of features.
  public func predict(_ X: Matrix) -> Vector {
    network.checkInput(X, "MLPRegressor.predict")
    return Vector(network.predictOutput(X).elements)
  }

  /// R² of ``predict(_:)`` on `X` against `y` (sklearn's `score`).
  public func score(_ X: Matrix, _ y: Vector) -> Double {
    _ = targets(X, y, "MLPRegressor.score")
    return r2Score(y, predict(X))
  }

  /// Replaces the weights and biases; stops before fitting and unless the shapes match.
  public mutating func setParameters(coefs: [Matrix], intercepts: [Vector]) {
    network.setParameters(coefs: coefs, intercepts: intercepts, "MLPRegressor.setParameters")
  }

  /// The settings and, once fitted, the layers, the number of parameters and the final loss.
  public var description: String { network.summary(extra: []) }

  /// `y` as an n × 1 matrix; stops unless it has one finite value per row of `X`.
  private func targets(_ X: Matrix, _ y: Vector, _ function: String) -> Matrix {
    if y.count != X.rows {
      failure("\(function): X has \(X.rows) samples but y has \(y.count) values (they must be equal)")
    }
    if let k = y.elements.firstIndex(where: { !$0.isFinite }) {
      failure("\(function): y[\(k)] = \(y.elements[k]); y must be finite")
    }
    return Matrix(rows: y.count, columns: 1, elements: y.elements)
  }
}
