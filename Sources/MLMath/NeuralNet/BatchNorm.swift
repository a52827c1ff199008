// Batch normalisation over the rows of a (samples × features) matrix, as PyTorch's
// `torch.nn.BatchNorm1d`: batch statistics in training, running statistics in inference.

/// A batch-normalisation layer over `features` columns (PyTorch's `torch.nn.BatchNorm1d`
/// with `affine=True`, `track_running_stats=True`; S. Ioffe and C. Szegedy, ICML 2015).
///
/// Each feature (column) j is normalised with statistics μⱼ, σⱼ² and scaled:
/// yᵢⱼ = γⱼ·(xᵢⱼ − μⱼ)/√(σⱼ² + ε) + βⱼ.
///
/// - Training (`forward(x, training: true)`): μ and σ² are the batch's mean and *biased*
///   variance (divided by n, as PyTorch normalises); the running statistics are then updated
///   with the *unbiased* variance (divided by n − 1), as PyTorch does:
///   running ← (1 − m)·running + m·batch, with m = `momentum`, or m = 1/t for the t-th
///   batch when `momentum` is nil (a cumulative average, PyTorch's `momentum=None`).
/// - Inference (`forward(x, training: false)`): the running statistics are used and nothing
///   is updated (PyTorch's `model.eval()`).
///
/// ```swift
/// var bn = BatchNorm(features: 2)
/// let x: Matrix = [[1, 10], [2, 20], [3, 60]]
/// let fwd = bn.forward(x)                     // each column now has mean 0, variance ≈ 1
/// let grads = bn.backward(ones(3, 2), fwd)    // ∂L/∂x, ∂L/∂γ, ∂L/∂β for L = Σ y
/// print(bn.runningMean)                       // [0.2 3. ]
/// ```
public struct BatchNorm: Sendable, CustomStringConvertible {
  /// The scale γ, one per feature (PyTorch's `weight`, initially ones).
  public var gamma: Vector
  /// The shift β, one per feature (PyTorch's `bias`, initially zeros).
  public var beta: Vector
  /// ε added to the variance (PyTorch's default 1e-5).
  public let eps: Double
  /// The running statistics' update factor (PyTorch's default 0.1); nil for a cumulative average.
  public let momentum: Double?
  /// The running means (initially zeros), used in inference mode.
  public var runningMean: Vector
  /// The running unbiased variances (initially ones), used in inference mode.
  public var runningVar: Vector
  /// How many training batches have updated the running statistics (PyTorch's `num_batches_tracked`).
  public private(set) var batchesTracked: Int

  /// A layer over `features` columns with γ = 1, β = 0, running mean 0 and running variance 1.
  ///
  /// - Stops the program for features < 1, ε ≤ 0 or non-finite, or a momentum outside [0, 1].
  public init(features: Int, eps: Double = 1e-5, momentum: Double? = 0.1) {
    if features < 1 { failure("BatchNorm: features must be at least 1, got \(features)") }
    checkPositiveParameter(eps, "eps", in: "BatchNorm")
    if let momentum { checkUnitParameter(momentum, "momentum", in: "BatchNorm") }
    self.gamma = Vector(repeating: 1, count: features)
    self.beta = Vector(repeating: 0, count: features)
    self.eps = eps
    self.momentum = momentum
    self.runningMean = Vector(repeating: 0, count: features)
    self.runningVar = Vector(repeating: 1, count: features)
    self.batchesTracked = 0
  }

  /// The number of features (columns) the layer normalises.
  public var features: Int { runningMean.count }

  /// The forward pass on an `(n, features)` batch, rows = samples.
  ///
  /// - Parameters:
  ///   - training: true for batch statistics and a running-statistics update (PyTorch's
  ///     `model.train()`), false for the running statistics (`model.eval()`).
  /// - Returns: the output with what `backward` needs.
  /// - Stops when the column count is not `features` (or γ, β, the running statistics were
  ///   given another length), and in training for fewer than 2 rows (PyTorch: "Expected more
  ///   than 1 value per channel when training").
  public mutating func forward(_ x: Matrix, training: Bool = true) -> NormalizationForward {
    checkLayerShapes(x, in: "BatchNorm.forward")
    if !training {
      let inverseStd = runningVar.elements.map { 1 / ($0 + eps).squareRoot() }
      return normalize(
        x, axis: 0, mean: runningMean.elements, variance: runningVar.elements, inverseStd: inverseStd, gamma: gamma,
        beta: beta, usesInputStatistics: false)
    }
    if x.rows < 2 {
      failure(
        "BatchNorm.forward: expected more than 1 value per feature when training, got input of shape \(shapeText(x.rows, x.columns))"
      )
    }
    let statistics = groupStatistics(x, axis: 0, eps: eps)
    batchesTracked += 1
    let factor = momentum ?? 1 / Double(batchesTracked)
    let n = Double(x.rows)
    for j in 0..<features {
      let unbiased = statistics.variance[j] * n / (n - 1)
      runningMean.elements[j] = factor * statistics.mean[j] + (1 - factor) * runningMean.elements[j]
      runningVar.elements[j] = factor * unbiased + (1 - factor) * runningVar.elements[j]
    }
    return normalize(
      x, axis: 0, mean: statistics.mean, variance: statistics.variance, inverseStd: statistics.inverseStd, gamma: gamma,
      beta: beta, usesInputStatistics: true)
  }

  /// The backward pass: given ∂L/∂y (`gradOutput`, the shape of the output) and the
  /// forward pass it follows, returns ∂L/∂x, ∂L/∂γ and ∂L/∂β (what PyTorch's autograd gives
  /// `x.grad`, `bn.weight.grad`, `bn.bias.grad`). In training mode the gradient flows through
  /// the batch statistics:
  /// dx = γ/(n·√(σ² + ε))·(n·g − Σg − x̂·Σ(g ⊙ x̂)), per feature; in inference mode
  /// dx = γ·g/√(σ²_running + ε).
  ///
  /// - Stops when `gradOutput`'s shape differs from the output's, or `forward` came from a `LayerNorm`.
  public func backward(_ gradOutput: Matrix, _ forward: NormalizationForward) -> NormalizationGradients {
    if forward.axis != 0 { failure("BatchNorm.backward: the forward pass came from a LayerNorm") }
    return normalizationBackward(gradOutput, forward, gamma: gamma, in: "BatchNorm.backward")
  }

  /// A one-line summary, as PyTorch prints the module.
  public var description: String {
    let m = momentum.map { "\($0)" } ?? "None"
    return "BatchNorm(features: \(features), eps: \(eps), momentum: \(m), batchesTracked: \(batchesTracked))"
  }

  private func checkLayerShapes(_ x: Matrix, in function: String) {
    if x.columns != features {
      failure(
        "\(function): input has shape \(shapeText(x.rows, x.columns)) but the layer has \(features) features (expected \(features) columns)"
      )
    }
    for (name, v) in [("gamma", gamma), ("beta", beta), ("runningVar", runningVar)] where v.count != features {
      failure("\(function): \(name) has \(v.count) elements but the layer has \(features) features")
    }
  }
}
