#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The machinery `MLPClassifier` and `MLPRegressor` share: the forward pass, backpropagation,
// the loss, Glorot initialisation and the mini-batch training loop of scikit-learn's
// `sklearn.neural_network._multilayer_perceptron.BaseMultilayerPerceptron`, written out
// layer by layer so that a lesson can follow it.
//
// Notation: layer k = 1…L maps the activations A₍ₖ₋₁₎ (samples × units, A₀ = X) to the
// pre-activations Z₍ₖ₎ = A₍ₖ₋₁₎·W₍ₖ₎ + b₍ₖ₎ and the activations A₍ₖ₎ = f(Z₍ₖ₎), with the output
// activation on the last layer. `coefs[k − 1]` is W₍ₖ₎ (fan-in × fan-out), `intercepts[k − 1]` is b₍ₖ₎.

/// Every layer's values in one forward pass through a perceptron, for a lesson to inspect.
///
/// For a network with L weight layers and n samples: `activations` has L + 1 matrices,
/// `activations[0]` = X (n × features) and `activations[L]` the output (n × outputs);
/// `preActivations` has L, `preActivations[k]` = activations[k]·coefs[k] + intercepts[k]
/// (before the activation function).
public struct MLPForwardPass: Sendable, CustomStringConvertible {
  /// Z₁ … Z_L, the pre-activations of each layer (n × units of that layer).
  public let preActivations: [Matrix]
  /// A₀ = X, A₁ … A_L: each layer's activations; the last is the network's output
  /// (probabilities for a classifier, predictions for a regressor).
  public let activations: [Matrix]

  /// The network's output, `activations.last`.
  public var output: Matrix { activations[activations.count - 1] }

  /// The shape of each layer's activations.
  public var description: String {
    let shapes = activations.map { shapeText($0.rows, $0.columns) }.joined(separator: " → ")
    return "MLPForwardPass(\(preActivations.count) layers: \(shapes))"
  }
}

/// The loss of a perceptron on a batch and its gradient with respect to every weight and
/// bias, as backpropagation computes them (scikit-learn's `_backprop`).
///
/// `coefs[k]` has the shape of the model's `coefs[k]`, `intercepts[k]` that of
/// `intercepts[k]`; `deltas[k]` = ∂loss/∂Z₍ₖ₊₁₎ · n, the error signal of layer k + 1 per
/// sample (n × units), from which the gradients are made:
///
///     δ_L = ŷ − y                       (the output error, for each pairing of output and loss)
///     δ_k = (δ₍ₖ₊₁₎ · W₍ₖ₊₁₎ᵀ) ⊙ f′(Z_k)   (back through layer k + 1)
///     ∂loss/∂W_k = (A₍ₖ₋₁₎ᵀ · δ_k + α·W_k) / n
///     ∂loss/∂b_k = Σ_samples δ_k / n
public struct MLPGradients: Sendable, CustomStringConvertible {
  /// The loss at the parameters, L2 penalty included.
  public let loss: Double
  /// ∂loss/∂W for each layer, shaped like the weights.
  public let coefs: [Matrix]
  /// ∂loss/∂b for each layer, shaped like the biases.
  public let intercepts: [Vector]
  /// The backpropagated errors δ₁ … δ_L (n × units of each layer).
  public let deltas: [Matrix]

  /// The loss and the gradients' shapes and largest entries.
  public var description: String {
    var lines = ["MLPGradients(loss: \(reportNumber(loss)))"]
    for k in coefs.indices {
      let w = coefs[k].elements.map(abs).max() ?? 0
      let b = intercepts[k].elements.map(abs).max() ?? 0
      lines.append(
        "  layer \(k + 1): ∂W \(shapeText(coefs[k].rows, coefs[k].columns)) max |·| \(reportNumber(w)), ∂b \(shapeText(intercepts[k].count)) max |·| \(reportNumber(b))"
      )
    }
    return lines.joined(separator: "\n")
  }
}

/// The hyper-parameters of a perceptron and, once fitted, its weights and training record.
struct MLPNetwork {
  let name: String
  let hiddenLayerSizes: [Int]
  let activation: MLPActivation
  let alpha: Double
  let batchSize: Int?
  let maxIter: Int
  let shuffle: Bool
  let randomState: Int?
  let tol: Double
  let nIterNoChange: Int
  let earlyStopping: Bool
  let validationFraction: Double
  let optimizer: any Optimizer
  let schedule: (any LearningRateSchedule)?

  var output: MLPOutputActivation? = nil
  var coefs: [Matrix] = []
  var intercepts: [Vector] = []
  var lossCurve: [Double] = []
  var validationScores: [Double] = []
  var bestLoss: Double = .infinity
  var bestValidationScore: Double = -.infinity
  var nIter = 0
  var converged = false
  // The state kept between `partialFit` calls, as sklearn keeps `_optimizer` and `_random_state`.
  var fittedOptimizer: (any Optimizer)? = nil
  var generator: RandomState? = nil

  init(
    name: String, hiddenLayerSizes: [Int], activation: MLPActivation, alpha: Double, batchSize: Int?,
    maxIter: Int, shuffle: Bool, randomState: Int?, tol: Double, nIterNoChange: Int, earlyStopping: Bool,
    validationFraction: Double, optimizer: (any Optimizer)?, schedule: (any LearningRateSchedule)?
  ) {
    let function = "\(name).init"
    for (k, size) in hiddenLayerSizes.enumerated() where size < 1 {
      failure("\(function): hiddenLayerSizes[\(k)] must be at least 1, got \(size)")
    }
    checkNonNegativeParameter(alpha, "alpha", in: function)
    if let batchSize, batchSize < 1 {
      failure("\(function): batchSize must be at least 1 (or nil for auto), got \(batchSize)")
    }
    if maxIter < 1 { failure("\(function): maxIter must be at least 1, got \(maxIter)") }
    if let randomState, UInt32(exactly: randomState) == nil {
      failure("\(function): randomState must be between 0 and 2**32 - 1, got \(randomState)")
    }
    checkNonNegativeParameter(tol, "tol", in: function)
    if nIterNoChange < 1 { failure("\(function): nIterNoChange must be at least 1, got \(nIterNoChange)") }
    checkParameter(validationFraction, "validationFraction", "in (0, 1)", in: function) { $0 > 0 && $0 < 1 }
    self.name = name
    self.hiddenLayerSizes = hiddenLayerSizes
    self.activation = activation
    self.alpha = alpha
    self.batchSize = batchSize
    self.maxIter = maxIter
    self.shuffle = shuffle
    self.randomState = randomState
    self.tol = tol
    self.nIterNoChange = nIterNoChange
    self.earlyStopping = earlyStopping
    self.validationFraction = validationFraction
    self.optimizer = optimizer ?? sklearnAdam()
    self.schedule = schedule
  }

  var isFitted: Bool { output != nil }

  /// Stops unless fitted; `function` names the caller.
  func checkFitted(_ function: String) {
    if !isFitted { failure("\(function): this \(name) is not fitted yet; call fit(X, y) first") }
  }

  /// Stops unless `X` is a non-empty finite matrix with the fitted number of features.
  func checkInput(_ X: Matrix, _ function: String) {
    checkFitted(function)
    checkFeatures(X, function)
    if X.columns != coefs[0].rows {
      failure("\(function): X has \(X.columns) features, but this \(name) was fitted on \(coefs[0].rows) features")
    }
  }

  /// Stops unless `X` has at least one row and one column and only finite entries.
  func checkFeatures(_ X: Matrix, _ function: String) {
    if X.rows < 1 || X.columns < 1 {
      failure("\(function): X has shape \(shapeText(X.rows, X.columns)); it needs at least one sample and one feature")
    }
    if let k = X.elements.firstIndex(where: { !$0.isFinite }) {
      failure("\(function): X\(matrixPosition(k, columns: X.columns)) = \(X.elements[k]); X must be finite")
    }
  }

  /// The layer widths: features, hidden layers, outputs.
  var layerUnits: [Int] { coefs.isEmpty ? [] : [coefs[0].rows] + coefs.map(\.columns) }

  /// The number of weights and biases.
  var parameterCount: Int { coefs.reduce(0) { $0 + $1.rows * $1.columns } + intercepts.reduce(0) { $0 + $1.count } }

  // MARK: The forward and backward passes

  /// The forward pass through `coefs`/`intercepts` (sklearn's `_forward_pass`).
  static func forward(
    _ X: Matrix, coefs: [Matrix], intercepts: [Vector], activation: MLPActivation, output: MLPOutputActivation
  ) -> MLPForwardPass {
    var activations = [X]
    var preActivations: [Matrix] = []
    for k in coefs.indices {
      let z = matmul(activations[k], coefs[k]) + intercepts[k]
      preActivations.append(z)
      activations.append(k == coefs.count - 1 ? output(z) : activation(z))
    }
    return MLPForwardPass(preActivations: preActivations, activations: activations)
  }

  /// The data term of the loss for outputs `P` and targets `Y` (n × outputs), averaged over
  /// the samples: sklearn's `log_loss` / `binary_log_loss` (probabilities clipped to
  /// [ε, 1 − ε], ε the machine epsilon) or ½·Σ_outputs (y − ŷ)² per sample.
  static func dataLoss(_ P: Matrix, _ Y: Matrix, output: MLPOutputActivation) -> Double {
    let n = Double(P.rows)
    var total = 0.0
    switch output {
    case .identity:
      for k in P.elements.indices {
        let r = Y.elements[k] - P.elements[k]
        total += r * r
      }
      return total / (2 * n)
    case .logistic:
      for k in P.elements.indices {
        let p = clipProbability(P.elements[k])
        let y = Y.elements[k]
        total += xlogy(y, p) + xlogy(1 - y, 1 - p)
      }
      return -total / n
    case .softmax:
      for k in P.elements.indices { total += xlogy(Y.elements[k], clipProbability(P.elements[k])) }
      return -total / n
    }
  }

  /// ½·α·Σ‖W‖² / n, the L2 penalty sklearn adds to the loss of a batch of n samples.
  static func penalty(_ coefs: [Matrix], alpha: Double, samples: Int) -> Double {
    var values = 0.0
    for w in coefs { values += dot(Vector(w.elements), Vector(w.elements)) }
    return 0.5 * alpha * values / Double(samples)
  }

  /// Backpropagation from a forward pass with targets `Y` (n × outputs): the loss and every
  /// gradient, in sklearn's order of operations (`_backprop`, `_compute_loss_grad`).
  static func backward(
    _ pass: MLPForwardPass, _ Y: Matrix, coefs: [Matrix], activation: MLPActivation,
    output: MLPOutputActivation, alpha: Double
  ) -> MLPGradients {
    let n = Double(Y.rows)
    let layers = coefs.count
    let loss = dataLoss(pass.output, Y, output: output) + penalty(coefs, alpha: alpha, samples: Y.rows)
    var deltas = [Matrix](repeating: Matrix(rows: 0, columns: 0), count: layers)
    var coefGrads = [Matrix](repeating: Matrix(rows: 0, columns: 0), count: layers)
    var interceptGrads = [Vector](repeating: Vector([]), count: layers)
    // The output error: ŷ − y for softmax + cross-entropy, logistic + binary cross-entropy
    // and identity + squared error alike.
    deltas[layers - 1] = pass.output - Y
    for k in stride(from: layers - 1, through: 0, by: -1) {
      if k < layers - 1 {
        deltas[k] = matmul(deltas[k + 1], coefs[k + 1].T) * activation.derivative(pass.preActivations[k])
      }
      coefGrads[k] = (matmul(pass.activations[k].T, deltas[k]) + alpha * coefs[k]) / n
      interceptGrads[k] = deltas[k].sum(axis: 0) / n
    }
    return MLPGradients(loss: loss, coefs: coefGrads, intercepts: interceptGrads, deltas: deltas)
  }

  // MARK: Training

  /// Glorot-uniform weights and biases for layers of `units` widths, drawn from `generator`
  /// as sklearn's `_init_coef` draws them: for each layer, W then b from U(−a, a) with
  /// a = √(6/(fan_in + fan_out)) (√(2/…) for the logistic activation).
  static func glorot(_ units: [Int], activation: MLPActivation, using generator: inout RandomState) -> (
    [Matrix], [Vector]
  ) {
    var coefs: [Matrix] = []
    var intercepts: [Vector] = []
    let factor = activation == .logistic ? 2.0 : 6.0
    for k in 0..<(units.count - 1) {
      let bound = (factor / Double(units[k] + units[k + 1])).squareRoot()
      coefs.append(generator.uniform(-bound, bound, size: (units[k], units[k + 1])))
      intercepts.append(generator.uniform(-bound, bound, size: units[k + 1]))
    }
    return (coefs, intercepts)
  }

  /// All parameters in one vector, weights first then biases (sklearn's packing), for the optimiser.
  static func pack(_ coefs: [Matrix], _ intercepts: [Vector]) -> Vector {
    Vector(coefs.flatMap(\.elements) + intercepts.flatMap(\.elements))
  }

  /// Puts the packed `parameters` back into `coefs` and `intercepts` (same shapes).
  static func unpack(_ parameters: Vector, into coefs: inout [Matrix], _ intercepts: inout [Vector]) {
    var offset = 0
    for k in coefs.indices {
      let count = coefs[k].rows * coefs[k].columns
      coefs[k].elements = Array(parameters.elements[offset..<(offset + count)])
      offset += count
    }
    for k in intercepts.indices {
      let count = intercepts[k].count
      intercepts[k] = Vector(Array(parameters.elements[offset..<(offset + count)]))
      offset += count
    }
  }

  /// Fits from scratch on `X` and the encoded targets `Y` (n × outputs); `score` rates the
  /// network on a validation set for early stopping.
  mutating func fit(
    _ X: Matrix, _ Y: Matrix, output: MLPOutputActivation, score: (MLPNetwork, Matrix, Matrix) -> Double
  ) {
    self.output = output
    lossCurve = []
    validationScores = []
    bestLoss = .infinity
    bestValidationScore = -.infinity
    nIter = 0
    converged = false
    var generator =
      randomState.map { RandomState(seed: $0) }
      ?? Random.draw { RandomState(seed: Int($0.randint(0, Int(UInt32.max)))) }
    let units = [X.columns] + hiddenLayerSizes + [Y.columns]
    (coefs, intercepts) = Self.glorot(units, activation: activation, using: &generator)
    var trainX = X
    var trainY = Y
    var validation: (X: Matrix, Y: Matrix)? = nil
    if earlyStopping {
      // sklearn's ShuffleSplit draws: one permutation, the first ⌈fraction·n⌉ for validation.
      let n = X.rows
      let nValidation = Int((validationFraction * Double(n)).rounded(.up))
      if nValidation < 2 || n - nValidation < 1 {
        failure(
          "\(name).fit: the validation set of \(nValidation) samples (validationFraction \(validationFraction) of \(n)) is too small; it needs at least 2 samples and a training set of at least 1"
        )
      }
      let permutation = generator.permutation(n)
      let validationRows = IntVector(Array(permutation.elements[0..<nValidation]))
      let trainRows = IntVector(Array(permutation.elements[nValidation...]))
      validation = (X.samples(at: validationRows), Y.samples(at: validationRows))
      trainX = X.samples(at: trainRows)
      trainY = Y.samples(at: trainRows)
    }
    var optimizer = self.optimizer
    var bestCoefs = coefs
    var bestIntercepts = intercepts
    var order = Array(0..<trainX.rows)
    var noImprovement = 0
    for _ in 0..<maxIter {
      epoch(trainX, trainY, order: &order, optimizer: &optimizer, generator: &generator)
      if let validation {
        let value = score(self, validation.X, validation.Y)
        validationScores.append(value)
        noImprovement = value < bestValidationScore + tol ? noImprovement + 1 : 0
        if value > bestValidationScore {
          bestValidationScore = value
          (bestCoefs, bestIntercepts) = (coefs, intercepts)
        }
      } else {
        let last = lossCurve[lossCurve.count - 1]
        noImprovement = last > bestLoss - tol ? noImprovement + 1 : 0
        bestLoss = Swift.min(bestLoss, last)
      }
      if noImprovement > nIterNoChange {
        converged = true
        break
      }
    }
    if earlyStopping { (coefs, intercepts) = (bestCoefs, bestIntercepts) }
    fittedOptimizer = optimizer
    self.generator = generator
  }

  /// One more epoch on `X`, `Y` (sklearn's `partial_fit`): initialises the network first if
  /// it was not fitted.
  mutating func partialFit(_ X: Matrix, _ Y: Matrix, output: MLPOutputActivation) {
    if !isFitted {
      self.output = output
      var generator =
        randomState.map { RandomState(seed: $0) }
        ?? Random.draw { RandomState(seed: Int($0.randint(0, Int(UInt32.max)))) }
      (coefs, intercepts) = Self.glorot(
        [X.columns] + hiddenLayerSizes + [Y.columns], activation: activation, using: &generator)
      self.generator = generator
      fittedOptimizer = optimizer
    }
    var optimizer = fittedOptimizer ?? self.optimizer
    var generator = self.generator ?? RandomState(seed: 0)
    var order = Array(0..<X.rows)
    epoch(X, Y, order: &order, optimizer: &optimizer, generator: &generator)
    bestLoss = Swift.min(bestLoss, lossCurve[lossCurve.count - 1])
    fittedOptimizer = optimizer
    self.generator = generator
  }

  /// One pass over the training set in mini-batches (sklearn's `_fit_stochastic` loop body):
  /// shuffle, then for each batch backpropagate and take one optimiser step; appends the
  /// epoch's mean loss to `lossCurve`.
  mutating func epoch(
    _ X: Matrix, _ Y: Matrix, order: inout [Int], optimizer: inout any Optimizer, generator: inout RandomState
  ) {
    guard let output else { return }
    let n = X.rows
    let size = Swift.min(batchSize ?? 200, n)
    if let schedule { optimizer.learningRate = schedule.learningRate(at: nIter) }
    if shuffle {
      // sklearn.utils.shuffle(sample_idx, random_state=rng): rng.shuffle(arange(n)), then index.
      var positions = Array(0..<n)
      generator.shuffle(&positions)
      order = positions.map { order[$0] }
    }
    var accumulated = 0.0
    var start = 0
    while start < n {
      let end = Swift.min(start + size, n)
      let rows = IntVector(Array(order[start..<end]))
      let batchX = X.samples(at: rows)
      let batchY = Y.samples(at: rows)
      let pass = Self.forward(batchX, coefs: coefs, intercepts: intercepts, activation: activation, output: output)
      let gradients = Self.backward(
        pass, batchY, coefs: coefs, activation: activation, output: output, alpha: alpha)
      accumulated += gradients.loss * Double(end - start)
      var parameters = Self.pack(coefs, intercepts)
      optimizer.step(&parameters, gradient: Self.pack(gradients.coefs, gradients.intercepts))
      Self.unpack(parameters, into: &coefs, &intercepts)
      start = end
    }
    nIter += 1
    lossCurve.append(accumulated / Double(n))
  }

  /// Replaces the weights and biases, stopping unless each has the shape of the current one.
  mutating func setParameters(coefs newCoefs: [Matrix], intercepts newIntercepts: [Vector], _ function: String) {
    checkFitted(function)
    if newCoefs.count != coefs.count || newIntercepts.count != intercepts.count {
      failure(
        "\(function): expected \(coefs.count) weight matrices and \(intercepts.count) bias vectors, got \(newCoefs.count) and \(newIntercepts.count)"
      )
    }
    for k in coefs.indices {
      if newCoefs[k].rows != coefs[k].rows || newCoefs[k].columns != coefs[k].columns {
        failure(
          "\(function): coefs[\(k)] has shape \(shapeText(newCoefs[k].rows, newCoefs[k].columns)), expected \(shapeText(coefs[k].rows, coefs[k].columns))"
        )
      }
      if newIntercepts[k].count != intercepts[k].count {
        failure(
          "\(function): intercepts[\(k)] has shape \(shapeText(newIntercepts[k].count)), expected \(shapeText(intercepts[k].count))"
        )
      }
    }
    coefs = newCoefs
    intercepts = newIntercepts
  }

  /// The hyper-parameters as `name(…)` prints them.
  var settingsText: String {
    let sizes = "[" + hiddenLayerSizes.map(String.init).joined(separator: ", ") + "]"
    let batch = batchSize.map(String.init) ?? "auto"
    return
      "\(name)(hiddenLayerSizes: \(sizes), activation: \(activation.rawValue), alpha: \(alpha.general(6)), batchSize: \(batch), maxIter: \(maxIter), optimizer: \(type(of: optimizer)))"
  }

  /// The summary the public types print: settings, layers, parameters, training record.
  func summary(extra: [String]) -> String {
    guard let output else { return settingsText + ", not fitted" }
    let units = layerUnits.map(String.init).joined(separator: " → ")
    var lines = [settingsText]
    lines.append(
      "  layers: \(units) (\(activation.rawValue) hidden, \(output.rawValue) output), \(parameterCount) parameters")
    lines += extra.map { "  " + $0 }
    let finalLoss = lossCurve.last.map(reportNumber) ?? "–"
    let stop =
      converged
      ? (earlyStopping ? "stopped early: validation score flat" : "converged: loss flat")
      : "\(nIter) of maxIter \(maxIter)"
    lines.append("  iterations: \(nIter) (\(stop)), final loss: \(finalLoss)")
    return lines.joined(separator: "\n")
  }
}

/// Adam with scikit-learn's defaults for `MLPClassifier(solver="adam")`: lr 1e-3, β 0.9 and
/// 0.999, ε 1e-8.
func sklearnAdam() -> Adam {
  do {
    return try Adam(learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
  } catch {
    failure("Adam's defaults were rejected: \(error)")
  }
}

/// `p` clipped to [ε, 1 − ε], ε = 2⁻⁵², as sklearn's log losses clip.
@inline(__always)
private func clipProbability(_ p: Double) -> Double {
  Swift.min(Swift.max(p, Double.ulpOfOne), 1 - Double.ulpOfOne)
}
