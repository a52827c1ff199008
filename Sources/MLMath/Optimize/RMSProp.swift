// RMSProp (G. Hinton, Coursera lecture 6e, 2012) as PyTorch's `torch.optim.RMSprop`,
// with its optional centring (A. Graves, 2013) and momentum.

/// RMSProp (PyTorch's `torch.optim.RMSprop`).
///
/// At each step with gradient g_t, smoothing α, weight decay λ, momentum μ:
///
///     g ← g_t + λ·θ
///     v ← α·v + (1 − α)·g²
///     m ← m + (1 − α)·(g − m);  d = √(v − m²) + ε    (centered)
///     d = √v + ε                                    (otherwise)
///     b ← μ·b + g/d;  θ ← θ − lr·b                  (μ > 0)
///     θ ← θ − lr·g/d                                (μ = 0)
public struct RMSProp: Optimizer, Sendable {
  /// The step size lr (PyTorch's default 1e-2).
  public var learningRate: Double
  /// The smoothing constant α of the squared-gradient average (PyTorch's 0.99).
  public let alpha: Double
  /// ε added to the root (PyTorch's 1e-8).
  public let epsilon: Double
  /// The L2 penalty λ added to the gradient (PyTorch's 0).
  public let weightDecay: Double
  /// The momentum μ (PyTorch's 0).
  public let momentum: Double
  /// Whether to divide by the estimated variance instead of the raw second moment (PyTorch's false).
  public let centered: Bool
  private var squareAverage: [Double] = []
  private var gradientAverage: [Double] = []
  private var buffer: [Double] = []

  /// RMSProp with PyTorch's defaults (`RMSprop(lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0,
  /// momentum=0, centered=False)`).
  /// - Throws: `CalculusError` for a negative or non-finite hyper-parameter.
  public init(
    learningRate: Double = 1e-2, alpha: Double = 0.99, epsilon: Double = 1e-8, weightDecay: Double = 0,
    momentum: Double = 0, centered: Bool = false
  ) throws {
    try checkHyperparameter(learningRate, "learning rate", in: "RMSProp")
    try checkHyperparameter(alpha, "alpha value", in: "RMSProp")
    try checkHyperparameter(epsilon, "epsilon value", in: "RMSProp")
    try checkHyperparameter(weightDecay, "weight_decay value", in: "RMSProp")
    try checkHyperparameter(momentum, "momentum value", in: "RMSProp")
    self.learningRate = learningRate
    self.alpha = alpha
    self.epsilon = epsilon
    self.weightDecay = weightDecay
    self.momentum = momentum
    self.centered = centered
  }

  /// One RMSProp update of `parameters` from `gradient` (same shape), by the formulas above.
  public mutating func step(_ parameters: inout Vector, gradient: Vector) {
    checkStepShapes(parameters, gradient, stateCount: squareAverage.count, in: "RMSProp")
    let n = parameters.count
    if squareAverage.isEmpty {
      squareAverage = [Double](repeating: 0, count: n)
      gradientAverage = [Double](repeating: 0, count: n)
      buffer = [Double](repeating: 0, count: n)
    }
    for i in 0..<n {
      var g = gradient.elements[i]
      if weightDecay != 0 { g += weightDecay * parameters.elements[i] }
      squareAverage[i] = squareAverage[i] * alpha + (1 - alpha) * g * g
      let average: Double
      if centered {
        gradientAverage[i] = lerp(gradientAverage[i], g, 1 - alpha)
        average = (squareAverage[i] - gradientAverage[i] * gradientAverage[i]).squareRoot() + epsilon
      } else {
        average = squareAverage[i].squareRoot() + epsilon
      }
      if momentum > 0 {
        buffer[i] = buffer[i] * momentum + g / average
        parameters.elements[i] -= learningRate * buffer[i]
      } else {
        parameters.elements[i] -= learningRate * (g / average)
      }
    }
  }
}
