// The pinball (quantile) loss, whose minimiser is the τ-quantile (scikit-learn's
// `mean_pinball_loss`).

/// The pinball (quantile) loss at level τ, averaged over all elements (scikit-learn's
/// `sklearn.metrics.mean_pinball_loss(target, input, alpha=τ)`; PyTorch has no built-in).
///
/// With the residual r = target − input, each element costs τ·r when r ≥ 0 (the
/// prediction is too low) and (τ − 1)·r when r < 0: under-prediction is priced τ per unit
/// and over-prediction 1 − τ, so the constant that minimises the mean is the τ-quantile
/// of the targets. τ = ½ gives half the mean absolute error.
///
/// ```swift
/// pinballLoss([0, 0], [2, -2], tau: 0.9)   // (0.9·2 + 0.1·2) / 2 = 1.0
/// ```
///
/// - Parameters:
///   - tau: the quantile level τ in [0, 1] (scikit-learn's `alpha`; default ½); outside it
///     the program stops.
/// - Shapes: `input` and `target` have the same length; otherwise the program stops.
/// - Returns: NaN for empty arrays and where an element is NaN.
public func pinballLoss(_ input: Vector, _ target: Vector, tau: Double = 0.5) -> Double {
  checkSameShape(input, target, in: "pinballLoss")
  checkUnitParameter(tau, "tau", in: "pinballLoss")
  return meanOfTerms(input.elements, target.elements) { pinballTerm($1 - $0, tau) }
}

/// The pinball loss over every element of two matrices of the same shape; see
/// `pinballLoss(_:_:tau:)` on `Vector`.
public func pinballLoss(_ input: Matrix, _ target: Matrix, tau: Double = 0.5) -> Double {
  checkSameShape(input, target, in: "pinballLoss")
  checkUnitParameter(tau, "tau", in: "pinballLoss")
  return meanOfTerms(input.elements, target.elements) { pinballTerm($1 - $0, tau) }
}

/// The (sub)gradient of `pinballLoss` with respect to `input`: −τ/n where input < target,
/// (1 − τ)/n where input > target, and 0 where they are equal (any value in [−τ, 1 − τ]
/// is a subgradient there; 0, as sign(0) = 0 in `l1LossGradient`).
public func pinballLossGradient(_ input: Vector, _ target: Vector, tau: Double = 0.5) -> Vector {
  checkSameShape(input, target, in: "pinballLossGradient")
  checkUnitParameter(tau, "tau", in: "pinballLossGradient")
  return Vector(meanGradient(input.elements, target.elements) { pinballSlope($1 - $0, tau) })
}

/// The (sub)gradient of `pinballLoss` over matrices; see `pinballLossGradient(_:_:tau:)`.
public func pinballLossGradient(_ input: Matrix, _ target: Matrix, tau: Double = 0.5) -> Matrix {
  checkSameShape(input, target, in: "pinballLossGradient")
  checkUnitParameter(tau, "tau", in: "pinballLossGradient")
  return input.with(meanGradient(input.elements, target.elements) { pinballSlope($1 - $0, tau) })
}

@inline(__always) private func pinballTerm(_ r: Double, _ tau: Double) -> Double {
  r >= 0 ? tau * r : (tau - 1) * r
}

@inline(__always) private func pinballSlope(_ r: Double, _ tau: Double) -> Double {
  r > 0 ? -tau : (r < 0 ? 1 - tau : (r.isNaN ? .nan : 0))
}
