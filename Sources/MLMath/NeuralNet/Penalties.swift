// The L1, L2 and elastic-net penalties on weights with their (sub)gradients, in
// scikit-learn's ElasticNet convention, so that the elastic net with l1Ratio 1 is the L1
// penalty and with l1Ratio 0 the L2 penalty.

/// The L1 penalty α·Σ|wᵢ| (the lasso's penalty; scikit-learn's `Lasso` term `alpha * ||w||_1`).
///
/// ```swift
/// l1Penalty([1, -2, 0], alpha: 0.5)   // 1.5
/// ```
///
/// - Parameters:
///   - alpha: the strength α ≥ 0 (finite; otherwise the program stops).
/// - Returns: NaN where a weight is NaN.
public func l1Penalty(_ weights: Vector, alpha: Double = 1) -> Double {
  checkNonNegativeParameter(alpha, "alpha", in: "l1Penalty")
  return unsignedNaN(alpha * weights.elements.reduce(0) { $0 + $1.magnitude })
}

/// The L1 penalty α·Σ|wᵢⱼ| over every element of a weight matrix.
public func l1Penalty(_ weights: Matrix, alpha: Double = 1) -> Double {
  l1Penalty(Vector(weights.elements), alpha: alpha)
}

/// A subgradient of the L1 penalty: α·sign(wᵢ), taking sign(0) = 0 (NumPy's `np.sign`) —
/// at wᵢ = 0 every value in [−α, α] is a subgradient, and 0 is the one of least norm,
/// the choice that lets a zero weight stay zero.
public func l1PenaltyGradient(_ weights: Vector, alpha: Double = 1) -> Vector {
  checkNonNegativeParameter(alpha, "alpha", in: "l1PenaltyGradient")
  return Vector(mapElements(weights.elements) { alpha * absoluteErrorSlope($0, 0) })
}

/// A subgradient of the L1 penalty over a weight matrix: α·sign(wᵢⱼ), 0 at 0.
public func l1PenaltyGradient(_ weights: Matrix, alpha: Double = 1) -> Matrix {
  weights.with(l1PenaltyGradient(Vector(weights.elements), alpha: alpha).elements)
}

/// The L2 penalty (α/2)·Σwᵢ² (weight decay: its gradient α·w is what PyTorch's optimisers
/// add for `weight_decay=α`; scikit-learn's `Ridge` writes α·‖w‖² without the ½).
///
/// ```swift
/// l2Penalty([1, -2, 0], alpha: 0.5)   // 1.25
/// ```
public func l2Penalty(_ weights: Vector, alpha: Double = 1) -> Double {
  checkNonNegativeParameter(alpha, "alpha", in: "l2Penalty")
  return unsignedNaN(0.5 * alpha * weights.elements.reduce(0) { $0 + $1 * $1 })
}

/// The L2 penalty (α/2)·Σwᵢⱼ² over every element of a weight matrix.
public func l2Penalty(_ weights: Matrix, alpha: Double = 1) -> Double {
  l2Penalty(Vector(weights.elements), alpha: alpha)
}

/// The gradient of the L2 penalty, α·w.
public func l2PenaltyGradient(_ weights: Vector, alpha: Double = 1) -> Vector {
  checkNonNegativeParameter(alpha, "alpha", in: "l2PenaltyGradient")
  return weights * alpha
}

/// The gradient of the L2 penalty over a weight matrix, α·W.
public func l2PenaltyGradient(_ weights: Matrix, alpha: Double = 1) -> Matrix {
  checkNonNegativeParameter(alpha, "alpha", in: "l2PenaltyGradient")
  return weights * alpha
}

/// The elastic-net penalty α·ρ·Σ|wᵢ| + (α(1 − ρ)/2)·Σwᵢ² with ρ = `l1Ratio` (scikit-learn's
/// `ElasticNet(alpha, l1_ratio)` penalty; H. Zou and T. Hastie, 2005):
/// `l1Penalty` for ρ = 1, `l2Penalty` for ρ = 0.
///
/// - Parameters:
///   - alpha: the strength α ≥ 0.
///   - l1Ratio: the L1 share ρ in [0, 1] (scikit-learn's default 0.5).
/// - Stops the program for α < 0, non-finite, or ρ outside [0, 1].
public func elasticNetPenalty(_ weights: Vector, alpha: Double = 1, l1Ratio: Double = 0.5) -> Double {
  checkElasticNet(alpha, l1Ratio, in: "elasticNetPenalty")
  var absolute = 0.0
  var square = 0.0
  for w in weights.elements {
    absolute += w.magnitude
    square += w * w
  }
  return unsignedNaN(alpha * l1Ratio * absolute + 0.5 * alpha * (1 - l1Ratio) * square)
}

/// The elastic-net penalty over every element of a weight matrix.
public func elasticNetPenalty(_ weights: Matrix, alpha: Double = 1, l1Ratio: Double = 0.5) -> Double {
  elasticNetPenalty(Vector(weights.elements), alpha: alpha, l1Ratio: l1Ratio)
}

/// A subgradient of the elastic-net penalty: α·ρ·sign(wᵢ) + α(1 − ρ)·wᵢ, with sign(0) = 0
/// (the subgradient of least norm at a zero weight, as in `l1PenaltyGradient`).
public func elasticNetPenaltyGradient(_ weights: Vector, alpha: Double = 1, l1Ratio: Double = 0.5) -> Vector {
  checkElasticNet(alpha, l1Ratio, in: "elasticNetPenaltyGradient")
  return Vector(
    mapElements(weights.elements) { alpha * l1Ratio * absoluteErrorSlope($0, 0) + alpha * (1 - l1Ratio) * $0 })
}

/// A subgradient of the elastic-net penalty over a weight matrix.
public func elasticNetPenaltyGradient(_ weights: Matrix, alpha: Double = 1, l1Ratio: Double = 0.5) -> Matrix {
  weights.with(elasticNetPenaltyGradient(Vector(weights.elements), alpha: alpha, l1Ratio: l1Ratio).elements)
}

func checkElasticNet(_ alpha: Double, _ l1Ratio: Double, in function: String) {
  checkNonNegativeParameter(alpha, "alpha", in: function)
  checkUnitParameter(l1Ratio, "l1Ratio", in: function)
}
