#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Adam (D. P. Kingma and J. Ba, ICLR 2015) and AdamW (I. Loshchilov and F. Hutter,
// "Decoupled Weight Decay Regularization", ICLR 2019) as PyTorch's `torch.optim.Adam`
// and `AdamW` compute them (`_single_tensor_adam`), AMSGrad included.

/// The moment estimates shared by `Adam` and `AdamW`: one step of PyTorch's `_single_tensor_adam`.
struct AdamState: Sendable {
  var m: [Double] = []
  var v: [Double] = []
  var vMax: [Double] = []
  var t = 0

  mutating func step(
    _ parameters: inout Vector, gradient: Vector, learningRate lr: Double, beta1: Double, beta2: Double,
    epsilon: Double, l2: Double, decoupledDecay: Double, amsgrad: Bool, name: String
  ) {
    checkStepShapes(parameters, gradient, stateCount: m.count, in: name)
    let n = parameters.count
    if m.isEmpty {
      m = [Double](repeating: 0, count: n)
      v = m
      vMax = m
    }
    t += 1
    let biasCorrection1 = 1 - pow(beta1, Double(t))
    let biasCorrection2 = 1 - pow(beta2, Double(t))
    let stepSize = lr / biasCorrection1
    let biasCorrection2Root = biasCorrection2.squareRoot()
    for i in 0..<n {
      var theta = parameters.elements[i]
      if decoupledDecay != 0 { theta *= 1 - lr * decoupledDecay }
      var g = gradient.elements[i]
      if l2 != 0 { g += l2 * theta }
      m[i] = lerp(m[i], g, 1 - beta1)
      v[i] = v[i] * beta2 + (1 - beta2) * g * g
      let second: Double
      if amsgrad {
        vMax[i] = Swift.max(vMax[i], v[i])
        second = vMax[i]
      } else {
        second = v[i]
      }
      let denominator = second.squareRoot() / biasCorrection2Root + epsilon
      parameters.elements[i] = theta - stepSize * (m[i] / denominator)
    }
  }
}

/// Adam (PyTorch's `torch.optim.Adam`).
///
/// At step t = 1, 2, … with gradient g_t, moments β₁, β₂, L2 penalty λ:
///
///     g ← g_t + λ·θ
///     m ← m + (1 − β₁)·(g − m)           (= β₁m + (1 − β₁)g)
///     v ← β₂·v + (1 − β₂)·g²
///     v̂ = max(v̂, v) (AMSGrad) or v
///     θ ← θ − lr/(1 − β₁ᵗ) · m / (√v̂ / √(1 − β₂ᵗ) + ε)
///
/// λ here is an L2 penalty on the loss (it passes through the moments); for decoupled
/// weight decay use `AdamW`.
public struct Adam: Optimizer, Sendable {
  /// The step size lr (PyTorch's default 1e-3).
  public var learningRate: Double
  /// β₁, the decay of the first-moment average (0.9).
  public let beta1: Double
  /// β₂, the decay of the second-moment average (0.999).
  public let beta2: Double
  /// ε added to the denominator (1e-8).
  public let epsilon: Double
  /// The L2 penalty λ added to the gradient (PyTorch's `weight_decay`, 0).
  public let weightDecay: Double
  /// Whether to use the AMSGrad maximum of the second moments (S. Reddi et al., ICLR 2018).
  public let amsgrad: Bool
  private var state = AdamState()

  /// Adam with PyTorch's defaults (`Adam(lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
  /// weight_decay=0, amsgrad=False)`).
  /// - Throws: `CalculusError` for a negative learning rate, ε or weight decay, or a β outside [0, 1).
  public init(
    learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
    weightDecay: Double = 0, amsgrad: Bool = false
  ) throws {
    try checkAdam(learningRate, beta1, beta2, epsilon, weightDecay, in: "Adam")
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
    self.amsgrad = amsgrad
  }

  /// One Adam update of `parameters` from `gradient` (same shape), by the formulas above.
  public mutating func step(_ parameters: inout Vector, gradient: Vector) {
    state.step(
      &parameters, gradient: gradient, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon,
      l2: weightDecay, decoupledDecay: 0, amsgrad: amsgrad, name: "Adam")
  }
}

/// AdamW: Adam with decoupled weight decay (PyTorch's `torch.optim.AdamW`).
///
/// Each step first shrinks the parameters, θ ← θ·(1 − lr·λ), then takes Adam's step
/// with the plain gradient — so the decay is not rescaled by the adaptive denominator
/// (Loshchilov & Hutter's point).
public struct AdamW: Optimizer, Sendable {
  /// The step size lr (PyTorch's default 1e-3).
  public var learningRate: Double
  /// β₁, the decay of the first-moment average (0.9).
  public let beta1: Double
  /// β₂, the decay of the second-moment average (0.999).
  public let beta2: Double
  /// ε added to the denominator (1e-8).
  public let epsilon: Double
  /// The decoupled weight decay λ (PyTorch's default 1e-2).
  public let weightDecay: Double
  /// Whether to use the AMSGrad maximum of the second moments.
  public let amsgrad: Bool
  private var state = AdamState()

  /// AdamW with PyTorch's defaults (`AdamW(lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
  /// weight_decay=1e-2, amsgrad=False)`).
  /// - Throws: `CalculusError` for a negative learning rate, ε or weight decay, or a β outside [0, 1).
  public init(
    learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
    weightDecay: Double = 1e-2, amsgrad: Bool = false
  ) throws {
    try checkAdam(learningRate, beta1, beta2, epsilon, weightDecay, in: "AdamW")
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
    self.amsgrad = amsgrad
  }

  /// One AdamW update: decay `parameters` by (1 − lr·λ), then Adam's step with `gradient`.
  public mutating func step(_ parameters: inout Vector, gradient: Vector) {
    state.step(
      &parameters, gradient: gradient, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon,
      l2: 0, decoupledDecay: weightDecay, amsgrad: amsgrad, name: "AdamW")
  }
}

/// PyTorch's Adam argument checks, thrown.
private func checkAdam(
  _ lr: Double, _ beta1: Double, _ beta2: Double, _ eps: Double, _ decay: Double, in name: String
) throws {
  try checkHyperparameter(lr, "learning rate", in: name)
  try checkHyperparameter(eps, "epsilon value", in: name)
  try checkHyperparameter(decay, "weight_decay value", in: name)
  for (index, beta) in [beta1, beta2].enumerated() where !(beta >= 0 && beta < 1) {
    throw CalculusError(function: name, reason: "Invalid beta parameter at index \(index): \(beta) (must be in [0, 1))")
  }
}
