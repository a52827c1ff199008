// AdaGrad (J. Duchi, E. Hazan and Y. Singer, JMLR 12, 2011) as PyTorch's
// `torch.optim.Adagrad`: each coordinate's step shrinks with its accumulated squared gradient.

/// AdaGrad (PyTorch's `torch.optim.Adagrad`).
///
/// At step t = 1, 2, … with gradient g_t, weight decay λ, learning-rate decay η:
///
///     g ← g_t + λ·θ
///     lr_t = lr / (1 + (t − 1)·η)
///     G ← G + g²                  (G starts at `initialAccumulatorValue`)
///     θ ← θ − lr_t · g / (√G + ε)
public struct AdaGrad: Optimizer, Sendable {
  /// The step size lr (PyTorch's default 1e-2).
  public var learningRate: Double
  /// The learning-rate decay η (PyTorch's `lr_decay`, 0).
  public let learningRateDecay: Double
  /// The L2 penalty λ added to the gradient (PyTorch's `weight_decay`, 0).
  public let weightDecay: Double
  /// The starting value of every accumulator G (PyTorch's `initial_accumulator_value`, 0).
  public let initialAccumulatorValue: Double
  /// ε added to √G (PyTorch's `eps`, 1e-10).
  public let epsilon: Double
  private var sum: [Double] = []
  private var t = 0

  /// AdaGrad with PyTorch's defaults (`Adagrad(lr=1e-2, lr_decay=0, weight_decay=0,
  /// initial_accumulator_value=0, eps=1e-10)`).
  /// - Throws: `CalculusError` for a negative or non-finite hyper-parameter.
  public init(
    learningRate: Double = 1e-2, learningRateDecay: Double = 0, weightDecay: Double = 0,
    initialAccumulatorValue: Double = 0, epsilon: Double = 1e-10
  ) throws {
    try checkHyperparameter(learningRate, "learning rate", in: "AdaGrad")
    try checkHyperparameter(learningRateDecay, "lr_decay value", in: "AdaGrad")
    try checkHyperparameter(weightDecay, "weight_decay value", in: "AdaGrad")
    try checkHyperparameter(initialAccumulatorValue, "initial_accumulator_value", in: "AdaGrad")
    try checkHyperparameter(epsilon, "epsilon value", in: "AdaGrad")
    self.learningRate = learningRate
    self.learningRateDecay = learningRateDecay
    self.weightDecay = weightDecay
    self.initialAccumulatorValue = initialAccumulatorValue
    self.epsilon = epsilon
  }

  /// One AdaGrad update of `parameters` from `gradient` (same shape), by the formulas above.
  public mutating func step(_ parameters: inout Vector, gradient: Vector) {
    checkStepShapes(parameters, gradient, stateCount: sum.count, in: "AdaGrad")
    if sum.isEmpty { sum = [Double](repeating: initialAccumulatorValue, count: parameters.count) }
    t += 1
    let clr = learningRate / (1 + Double(t - 1) * learningRateDecay)
    for i in 0..<parameters.count {
      var g = gradient.elements[i]
      if weightDecay != 0 { g += weightDecay * parameters.elements[i] }
      sum[i] += g * g
      let std = sum[i].squareRoot() + epsilon
      parameters.elements[i] -= clr * (g / std)
    }
  }
}
