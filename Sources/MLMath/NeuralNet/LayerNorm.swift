// Layer normalisation over the features of each sample (row), as PyTorch's
// `torch.nn.LayerNorm(features)`: the same computation in training and inference.

/// A layer-normalisation layer over the last `features` columns (PyTorch's
/// `torch.nn.LayerNorm(normalized_shape=features)` with `elementwise_affine=True`;
/// J. L. Ba, J. R. Kiros, G. E. Hinton, 2016).
///
/// Each sample (row) i is normalised with its own mean μᵢ and biased variance σᵢ² over the
/// features: yᵢⱼ = γⱼ·(xᵢⱼ − μᵢ)/√(σᵢ² + ε) + βⱼ. There are no running statistics, so
/// training and inference compute the same thing.
///
/// ```swift
/// let ln = LayerNorm(features: 3)
/// let fwd = ln.forward([[1, 2, 3], [10, 0, -10]])   // each row: mean 0, variance ≈ 1
/// let grads = ln.backward(ones(2, 3), fwd)
/// ```
public struct LayerNorm: Sendable, CustomStringConvertible {
  /// The scale γ, one per feature (PyTorch's `weight`, initially ones).
  public var gamma: Vector
  /// The shift β, one per feature (PyTorch's `bias`, initially zeros).
  public var beta: Vector
  /// ε added to the variance (PyTorch's default 1e-5).
  public let eps: Double

  /// A layer over `features` columns with γ = 1 and β = 0.
  ///
  /// - Stops the program for features < 1 or ε ≤ 0 or non-finite.
  public init(features: Int, eps: Double = 1e-5) {
    if features < 1 { failure("LayerNorm: features must be at least 1, got \(features)") }
    checkPositiveParameter(eps, "eps", in: "LayerNorm")
    self.gamma = Vector(repeating: 1, count: features)
    self.beta = Vector(repeating: 0, count: features)
    self.eps = eps
  }

  /// The number of features (columns) each sample has.
  public var features: Int { gamma.count }

  /// The forward pass on an `(n, features)` batch, rows = samples (any n, including 0 and 1).
  ///
  /// - Stops when the column count is not `features`, or β has another length than γ.
  public func forward(_ x: Matrix) -> NormalizationForward {
    if x.columns != features {
      failure(
        "LayerNorm.forward: input has shape \(shapeText(x.rows, x.columns)) but the layer has \(features) features (expected \(features) columns)"
      )
    }
    if beta.count != features {
      failure("LayerNorm.forward: beta has \(beta.count) elements but the layer has \(features) features")
    }
    let statistics = groupStatistics(x, axis: 1, eps: eps)
    return normalize(
      x, axis: 1, mean: statistics.mean, variance: statistics.variance, inverseStd: statistics.inverseStd, gamma: gamma,
      beta: beta, usesInputStatistics: true)
  }

  /// The backward pass: ∂L/∂x, ∂L/∂γ, ∂L/∂β from ∂L/∂y (PyTorch's `layer_norm` backward). Per
  /// row, with ĝ = g ⊙ γ and d features: dx = 1/(d·√(σ² + ε))·(d·ĝ − Σĝ − x̂·Σ(ĝ ⊙ x̂)).
  ///
  /// - Stops when `gradOutput`'s shape differs from the output's, or `forward` came from a `BatchNorm`.
  public func backward(_ gradOutput: Matrix, _ forward: NormalizationForward) -> NormalizationGradients {
    if forward.axis != 1 { failure("LayerNorm.backward: the forward pass came from a BatchNorm") }
    return normalizationBackward(gradOutput, forward, gamma: gamma, in: "LayerNorm.backward")
  }

  /// A one-line summary, as PyTorch prints the module.
  public var description: String { "LayerNorm(features: \(features), eps: \(eps))" }
}
