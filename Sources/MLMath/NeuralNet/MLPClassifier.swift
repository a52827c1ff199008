/// A multilayer perceptron classifier trained by backpropagation (scikit-learn's
/// `sklearn.neural_network.MLPClassifier` with `solver="adam"` or `"sgd"`), written to be read:
/// every layer's values and gradients are available to print.
///
/// ```swift
/// let (X, y) = try makeMoons(nSamples: 400, noise: 0.2, randomState: 0)
/// let (xTrain, xTest, yTrain, yTest) = trainTestSplit(X, y, testSize: 0.25, randomState: 0)
/// var clf = MLPClassifier(hiddenLayerSizes: [16, 16], maxIter: 500, randomState: 0)
/// clf.fit(xTrain, yTrain)
/// print(clf)                         // layers 2 → 16 → 16 → 1, parameters, final loss
/// print(clf.score(xTest, yTest))     // accuracy on the test set
/// let pass = clf.forward(xTest)      // every layer's Z and A
/// let g = clf.gradients(xTest, yTest) // ∂loss/∂W and ∂loss/∂b, layer by layer
/// ```
///
/// The network: hidden layers of ``hiddenLayerSizes`` units with the ``activation``, then an
/// output layer — one logistic unit with the binary cross-entropy for two classes, a softmax
/// over the classes with the cross-entropy for more (sklearn's `out_activation_`). The loss
/// of a batch of n samples is the mean cross-entropy plus ½·α·Σ‖W‖²/n (biases are not
/// penalised), as in sklearn.
///
/// Training, as sklearn's stochastic solvers: Glorot-uniform weights and biases drawn from
/// `RandomState(randomState)` (U(±√(6/(fan_in + fan_out))), √(2/…) for the logistic
/// activation — sklearn's draws, bit for bit); then up to ``maxIter`` epochs, each shuffling
/// the samples (sklearn's draws) and taking one optimiser step per mini-batch of
/// ``batchSize`` (nil: min(200, n)). Training stops once the epoch loss has not fallen by
/// ``tol`` for more than ``nIterNoChange`` epochs — or, with ``earlyStopping``, once the
/// accuracy on a held-out ``validationFraction`` has not risen by ``tol``, keeping the best
/// weights.
///
/// Differences from sklearn: the optimiser is any MLMath ``Optimizer`` (the default is
/// ``Adam`` with sklearn's lr 1e-3, β 0.9/0.999, ε 1e-8, but PyTorch's placement of ε,
/// so Adam runs differ from sklearn's in the last digits; plain ``GradientDescent`` runs are
/// sklearn's `solver="sgd", momentum=0`), a ``LearningRateSchedule`` replaces sklearn's
/// `learning_rate=`, the early-stopping split is not stratified, and there is no L-BFGS solver.
public struct MLPClassifier: CustomStringConvertible {
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

  /// The class labels, sorted (sklearn's `classes_`); nil before fitting.
  public private(set) var classes: IntVector?
  /// The weight matrices W₁ … W_L, `coefs[k]` of shape (units of layer k) × (units of layer k + 1)
  /// (sklearn's `coefs_`); empty before fitting.
  public var coefs: [Matrix] { network.coefs }
  /// The bias vectors b₁ … b_L (sklearn's `intercepts_`); empty before fitting.
  public var intercepts: [Vector] { network.intercepts }
  /// The mean training loss of each epoch (sklearn's `loss_curve_`).
  public var lossCurve: [Double] { network.lossCurve }
  /// The last epoch's loss (sklearn's `loss_`); nil before fitting.
  public var loss: Double? { network.lossCurve.last }
  /// The validation accuracy after each epoch, with ``earlyStopping`` (sklearn's `validation_scores_`).
  public var validationScores: [Double] { network.validationScores }
  /// The number of epochs run (sklearn's `n_iter_`).
  public var nIter: Int { network.nIter }
  /// Whether training stopped on its criterion before ``maxIter`` epochs.
  public var converged: Bool { network.converged }
  /// The output activation: logistic (two classes) or softmax (sklearn's `out_activation_`); nil before fitting.
  public var outputActivation: MLPOutputActivation? { network.output }
  /// The number of weights and biases.
  public var parameterCount: Int { network.parameterCount }
  /// Whether the classifier has been fitted.
  public var isFitted: Bool { network.isFitted }

  /// An unfitted classifier with sklearn's defaults.
  ///
  /// - Parameters:
  ///   - hiddenLayerSizes: units per hidden layer, each ≥ 1 (may be empty: logistic regression).
  ///   - activation: the hidden layers' activation (sklearn's default relu).
  ///   - optimizer: the update rule for all parameters, packed into one vector, weights then
  ///     biases; nil is ``Adam`` with learning rate 1e-3. `GradientDescent(learningRate: 0.1,
  ///     momentum: 0.9, nesterov: true)` is close to sklearn's `solver="sgd"`.
  ///   - schedule: sets the optimiser's learning rate at the start of each epoch.
  ///   - alpha: the L2 penalty, ≥ 0 (sklearn's 1e-4).
  ///   - batchSize: the mini-batch size, ≥ 1 (clipped to n); nil is min(200, n).
  ///   - maxIter: the largest number of epochs, ≥ 1.
  ///   - shuffle: reshuffle the samples each epoch.
  ///   - randomState: the seed, in 0…2³²−1.
  ///   - tol, nIterNoChange: stop once the loss (or validation accuracy) has not improved by
  ///     `tol` for more than `nIterNoChange` epochs.
  ///   - earlyStopping, validationFraction: hold out this fraction (0 < f < 1) of the
  ///     training set and stop on its accuracy.
  /// - Stops for a hidden layer of size < 1, a negative α or tol, maxIter, batchSize or
  ///   nIterNoChange < 1, a seed out of range, or a validation fraction outside (0, 1).
  public init(
    hiddenLayerSizes: [Int] = [100], activation: MLPActivation = .relu, optimizer: (any Optimizer)? = nil,
    schedule: (any LearningRateSchedule)? = nil, alpha: Double = 1e-4, batchSize: Int? = nil, maxIter: Int = 200,
    shuffle: Bool = true, randomState: Int? = nil, tol: Double = 1e-4, nIterNoChange: Int = 10,
    earlyStopping: Bool = false, validationFraction: Double = 0.1
  ) {
    network = MLPNetwork(
      name: "MLPClassifier", hiddenLayerSizes: hiddenLayerSizes, activation: activation, alpha: alpha,
      batchSize: batchSize, maxIter: maxIter, shuffle: shuffle, randomState: randomState, tol: tol,
      nIterNoChange: nIterNoChange, earlyStopping: earlyStopping, validationFraction: validationFraction,
      optimizer: optimizer, schedule: schedule)
  }

  /// Trains on `X` (n samples × d features) and the labels `y` (n integers, at least two
  /// distinct), from fresh weights; returns the fitted classifier.
  ///
  /// Stops when X is empty or not finite, `y` has another length or a single class.
  @discardableResult
  public mutating func fit(_ X: Matrix, _ y: IntVector) -> MLPClassifier {
    let function = "MLPClassifier.fit"
    network.checkFeatures(X, function)
    checkLabels(X, y, function)
    let labels = IntVector(Set(y.elements).sorted())
    if labels.count < 2 {
      failure("\(function): y has a single class (\(labels.elements[0])); a classifier needs at least 2")
    }
    classes = labels
    let Y = encode(y, function)
    network.fit(X, Y, output: labels.count == 2 ? .logistic : .softmax) { net, xValidation, yValidation in
      let P = net.predictOutput(xValidation)
      var correct = 0
      for i in 0..<P.rows where decide(P, i) == decide(yValidation, i) { correct += 1 }
      return Double(correct) / Double(P.rows)
    }
    return self
  }

  /// One epoch on `X`, `y` (sklearn's `partial_fit`): the first call draws the initial weights
  /// and fixes the classes from `y` (sklearn asks for `classes=`; here `y` must hold them all);
  /// later calls continue training with the same optimiser state.
  ///
  /// Stops as ``fit(_:_:)``, and for a label or a number of features not seen in the first call.
  @discardableResult
  public mutating func partialFit(_ X: Matrix, _ y: IntVector) -> MLPClassifier {
    let function = "MLPClassifier.partialFit"
    network.checkFeatures(X, function)
    checkLabels(X, y, function)
    if classes == nil {
      let labels = IntVector(Set(y.elements).sorted())
      if labels.count < 2 {
        failure("\(function): y has a single class (\(labels.elements[0])); the first call needs every class")
      }
      classes = labels
    } else {
      network.checkInput(X, function)
    }
    let Y = encode(y, function)
    network.partialFit(X, Y, output: (classes?.count ?? 0) == 2 ? .logistic : .softmax)
    return self
  }

  /// The forward pass: every layer's pre-activations Z and activations A for the samples `X`;
  /// the last activation is the class probabilities (one column, P(classes[1]), for two classes).
  ///
  /// Stops before fitting and when `X` has another number of features.
  public func forward(_ X: Matrix) -> MLPForwardPass {
    network.checkInput(X, "MLPClassifier.forward")
    return MLPNetwork.forward(
      X, coefs: network.coefs, intercepts: network.intercepts, activation: network.activation,
      output: network.output ?? .softmax)
  }

  /// Backpropagation through a forward pass (from ``forward(_:)``) with the true labels `y`:
  /// the loss and its gradient for every weight and bias.
  ///
  /// Stops before fitting, when `y` has another length than the pass's samples, or holds a
  /// label not in ``classes``.
  public func backward(_ pass: MLPForwardPass, _ y: IntVector) -> MLPGradients {
    let function = "MLPClassifier.backward"
    network.checkFitted(function)
    checkLabels(pass.activations[0], y, function)
    return MLPNetwork.backward(
      pass, encode(y, function), coefs: network.coefs, activation: network.activation,
      output: network.output ?? .softmax, alpha: network.alpha)
  }

  /// The loss and its gradients at the current weights on `X`, `y`: ``backward(_:_:)`` of
  /// ``forward(_:)`` (what one full-batch training step uses).
  public func gradients(_ X: Matrix, _ y: IntVector) -> MLPGradients {
    network.checkInput(X, "MLPClassifier.gradients")
    return backward(forward(X), y)
  }

  /// The mean cross-entropy on `X`, `y` plus the L2 penalty ½·α·Σ‖W‖²/n — the quantity
  /// training minimises.
  public func loss(_ X: Matrix, _ y: IntVector) -> Double {
    let function = "MLPClassifier.loss"
    network.checkInput(X, function)
    checkLabels(X, y, function)
    let output = network.output ?? .softmax
    return MLPNetwork.dataLoss(network.predictOutput(X), encode(y, function), output: output)
      + MLPNetwork.penalty(network.coefs, alpha: network.alpha, samples: X.rows)
  }

  /// The probability of each class for each sample (n × classes, rows summing to 1; sklearn's
  /// `predict_proba`), columns in the order of ``classes``.
  ///
  /// Stops before fitting and when `X` has another number of features.
  public func predictProba(_ X: Matrix) -> Matrix {
    network.checkInput(X, "MLPClassifier.predictProba")
    let P = network.predictOutput(X)
    if P.columns > 1 { return P }
    var elements: [Double] = []
    elements.reserveCapacity(2 * P.rows)
    for p in P.elements { elements += [1 - p, p] }
    return Matrix(rows: P.rows, columns: 2, elements: elements)
  }

  /// The predicted label of each sample: the most probable class (for two classes,
  /// `classes[1]` when its probability exceeds ½, as sklearn decides).
  ///
  /// Stops before fitting and when `X` has another number of features.
  public func predict(_ X: Matrix) -> IntVector {
    network.checkInput(X, "MLPClassifier.predict")
    let P = network.predictOutput(X)
    let labels = classes?.elements ?? []
    return IntVector((0..<P.rows).map { labels[decide(P, $0)] })
  }

  /// The accuracy of ``predict(_:)`` on `X` against `y` (sklearn's `score`).
  ///
  /// Stops as ``predict(_:)`` and when `y` has another length.
  public func score(_ X: Matrix, _ y: IntVector) -> Double {
    checkLabels(X, y, "MLPClassifier.score")
    return accuracyScore(y, predict(X))
  }

  /// Replaces the weights and biases — to start from given values or to perturb one
  /// parameter, as a gradient check does. Stops before fitting and unless every matrix and
  /// vector has the shape of the one it replaces.
  public mutating func setParameters(coefs: [Matrix], intercepts: [Vector]) {
    network.setParameters(coefs: coefs, intercepts: intercepts, "MLPClassifier.setParameters")
  }

  /// The settings and, once fitted, the layers, the number of parameters and the final loss.
  public var description: String {
    network.summary(extra: classes.map { ["classes: \($0)"] } ?? [])
  }

  /// Stops unless `y` has one label per row of `X`.
  private func checkLabels(_ X: Matrix, _ y: IntVector, _ function: String) {
    if y.count != X.rows {
      failure("\(function): X has \(X.rows) samples but y has \(y.count) labels (they must be equal)")
    }
  }

  /// The labels as targets: a 0/1 column for two classes, one-hot rows for more (sklearn's
  /// `LabelBinarizer`). Stops for a label not in ``classes``.
  private func encode(_ y: IntVector, _ function: String) -> Matrix {
    let labels = classes?.elements ?? []
    let columns = labels.count == 2 ? 1 : labels.count
    var Y = Matrix(rows: y.count, columns: columns, repeating: 0)
    for (i, label) in y.elements.enumerated() {
      guard let k = labels.firstIndex(of: label) else {
        failure("\(function): y[\(i)] = \(label) is not one of the classes \(IntVector(labels)) seen in fit")
      }
      if columns == 1 {
        Y[i, 0] = Double(k)
      } else {
        Y[i, k] = 1
      }
    }
    return Y
  }
}

/// The class index of row `i` of the output (or one-hot targets) `P`: p > ½ for one column,
/// the first largest entry otherwise.
private func decide(_ P: Matrix, _ i: Int) -> Int {
  if P.columns == 1 { return P[i, 0] > 0.5 ? 1 : 0 }
  var best = 0
  for k in 1..<P.columns where P[i, k] > P[i, best] { best = k }
  return best
}

extension MLPNetwork {
  /// The network's output for `X` (probabilities or predictions), without keeping the layers.
  func predictOutput(_ X: Matrix) -> Matrix {
    Self.forward(X, coefs: coefs, intercepts: intercepts, activation: activation, output: output ?? .identity).output
  }
}
