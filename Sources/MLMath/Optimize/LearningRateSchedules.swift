#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Learning-rate schedules as PyTorch's `torch.optim.lr_scheduler` closed forms
// (`_get_closed_form_lr`): the rate at epoch t from the initial rate, with no state.

/// A learning rate as a function of the epoch (or step) t = 0, 1, 2, …
public protocol LearningRateSchedule {
  /// The learning rate at epoch `epoch` ≥ 0 (stops via `failure` for a negative epoch).
  func learningRate(at epoch: Int) -> Double
}

/// Multiplies the rate by `gamma` every `stepSize` epochs: lr·γ^⌊t/stepSize⌋ (PyTorch's `StepLR`).
public struct StepLR: LearningRateSchedule, Sendable {
  /// The rate at epoch 0.
  public let initialLearningRate: Double
  /// Epochs between decays, ≥ 1.
  public let stepSize: Int
  /// The factor per decay (PyTorch's default 0.1).
  public let gamma: Double

  /// - Throws: `CalculusError` for a negative or non-finite rate or γ, or `stepSize` < 1.
  public init(initialLearningRate: Double, stepSize: Int, gamma: Double = 0.1) throws {
    try checkHyperparameter(initialLearningRate, "learning rate", in: "StepLR")
    try checkHyperparameter(gamma, "gamma", in: "StepLR")
    if stepSize < 1 { throw CalculusError(function: "StepLR", reason: "stepSize must be >= 1, got \(stepSize)") }
    self.initialLearningRate = initialLearningRate
    self.stepSize = stepSize
    self.gamma = gamma
  }

  /// lr·γ^⌊t/stepSize⌋ at epoch t ≥ 0.
  public func learningRate(at epoch: Int) -> Double {
    checkEpoch(epoch, "StepLR")
    return initialLearningRate * pow(gamma, Double(epoch / stepSize))
  }
}

/// Multiplies the rate by `gamma` every epoch: lr·γᵗ (PyTorch's `ExponentialLR`).
public struct ExponentialLR: LearningRateSchedule, Sendable {
  /// The rate at epoch 0.
  public let initialLearningRate: Double
  /// The factor per epoch.
  public let gamma: Double

  /// - Throws: `CalculusError` for a negative or non-finite rate or γ.
  public init(initialLearningRate: Double, gamma: Double) throws {
    try checkHyperparameter(initialLearningRate, "learning rate", in: "ExponentialLR")
    try checkHyperparameter(gamma, "gamma", in: "ExponentialLR")
    self.initialLearningRate = initialLearningRate
    self.gamma = gamma
  }

  /// lr·γᵗ at epoch t ≥ 0.
  public func learningRate(at epoch: Int) -> Double {
    checkEpoch(epoch, "ExponentialLR")
    return initialLearningRate * pow(gamma, Double(epoch))
  }
}

/// Cosine annealing from the initial rate down to `etaMin` over `tMax` epochs (PyTorch's
/// `CosineAnnealingLR`; I. Loshchilov and F. Hutter, SGDR, ICLR 2017, without restarts):
/// η_min + (lr − η_min)·(1 + cos(π·t/T_max))/2. Past `tMax` the cosine continues and the
/// rate rises again (period 2·T_max), as in PyTorch.
public struct CosineAnnealingLR: LearningRateSchedule, Sendable {
  /// The rate at epoch 0.
  public let initialLearningRate: Double
  /// The half-period T_max in epochs, ≥ 1.
  public let tMax: Int
  /// The rate at epoch T_max (PyTorch's default 0).
  public let etaMin: Double

  /// - Throws: `CalculusError` for a negative or non-finite rate or η_min, or `tMax` < 1.
  public init(initialLearningRate: Double, tMax: Int, etaMin: Double = 0) throws {
    try checkHyperparameter(initialLearningRate, "learning rate", in: "CosineAnnealingLR")
    try checkHyperparameter(etaMin, "eta_min", in: "CosineAnnealingLR")
    if tMax < 1 { throw CalculusError(function: "CosineAnnealingLR", reason: "tMax must be >= 1, got \(tMax)") }
    self.initialLearningRate = initialLearningRate
    self.tMax = tMax
    self.etaMin = etaMin
  }

  /// η_min + (lr − η_min)·(1 + cos(π·t/T_max))/2 at epoch t ≥ 0.
  public func learningRate(at epoch: Int) -> Double {
    checkEpoch(epoch, "CosineAnnealingLR")
    return etaMin + (initialLearningRate - etaMin) * (1 + cos(Double.pi * Double(epoch) / Double(tMax))) / 2
  }
}

private func checkEpoch(_ epoch: Int, _ name: String) {
  if epoch < 0 { failure("\(name).learningRate(at:): epoch must be >= 0, got \(epoch)") }
}
