// Gradient descent with optional momentum and Nesterov momentum, exactly as PyTorch's
// `torch.optim.SGD` (its single-tensor `_single_tensor_sgd`), so trajectories match it.

/// Gradient descent, with heavy-ball or Nesterov momentum (PyTorch's `torch.optim.SGD`).
///
/// With gradient g_t at step t (t = 1, 2, …), weight decay λ, momentum μ, dampening τ:
///
///     g ← g_t + λ·θ
///     b_t = g                        (t = 1)
///     b_t = μ·b_{t−1} + (1 − τ)·g    (t > 1)
///     g ← g + μ·b_t (Nesterov)   or   g ← b_t (otherwise)   [only when μ ≠ 0]
///     θ ← θ − lr·g
///
/// This is PyTorch's form (the learning rate multiplies the whole buffer), not the
/// Sutskever form v ← μv − lr·g; the two agree for a constant learning rate.
public struct GradientDescent: Optimizer, Sendable {
  /// The step size lr (PyTorch's default 1e-3).
  public var learningRate: Double
  /// The momentum μ ≥ 0 (0: plain gradient descent).
  public let momentum: Double
  /// The dampening τ of the momentum buffer (PyTorch's 0).
  public let dampening: Double
  /// The L2 penalty λ added to the gradient as λ·θ (PyTorch's `weight_decay`, 0).
  public let weightDecay: Double
  /// Whether to use Nesterov momentum (needs μ > 0 and τ = 0).
  public let nesterov: Bool
  private var buffer: [Double] = []

  /// A gradient-descent optimiser with PyTorch's defaults (`SGD(lr=1e-3, momentum=0, dampening=0,
  /// weight_decay=0, nesterov=False)`).
  /// - Throws: `CalculusError` for a negative or non-finite learning rate, momentum or weight
  ///   decay, or Nesterov without momentum or with dampening (PyTorch's `ValueError`s).
  public init(
    learningRate: Double = 1e-3, momentum: Double = 0, dampening: Double = 0, weightDecay: Double = 0,
    nesterov: Bool = false
  ) throws {
    try checkHyperparameter(learningRate, "learning rate", in: "GradientDescent")
    try checkHyperparameter(momentum, "momentum value", in: "GradientDescent")
    try checkHyperparameter(weightDecay, "weight_decay value", in: "GradientDescent")
    if !dampening.isFinite {
      throw CalculusError(function: "GradientDescent", reason: "Invalid dampening value: \(dampening)")
    }
    if nesterov && (momentum <= 0 || dampening != 0) {
      throw CalculusError(
        function: "GradientDescent", reason: "Nesterov momentum requires a momentum and zero dampening")
    }
    self.learningRate = learningRate
    self.momentum = momentum
    self.dampening = dampening
    self.weightDecay = weightDecay
    self.nesterov = nesterov
  }

  /// One SGD update of `parameters` from `gradient` (same shape), by the formulas above.
  public mutating func step(_ parameters: inout Vector, gradient: Vector) {
    checkStepShapes(parameters, gradient, stateCount: buffer.count, in: "GradientDescent")
    let first = buffer.isEmpty
    if momentum != 0 && first { buffer = [Double](repeating: 0, count: parameters.count) }
    for i in 0..<parameters.count {
      var g = gradient.elements[i]
      if weightDecay != 0 { g += weightDecay * parameters.elements[i] }
      if momentum != 0 {
        buffer[i] = first ? g : momentum * buffer[i] + (1 - dampening) * g
        g = nesterov ? g + momentum * buffer[i] : buffer[i]
      }
      parameters.elements[i] -= learningRate * g
    }
  }
}
