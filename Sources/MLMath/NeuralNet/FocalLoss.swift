#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The binary focal loss of Lin et al. (2017) on logits, as torchvision's
// `sigmoid_focal_loss`: cross-entropy scaled down by (1 − p_t)^γ for easy examples.

/// The binary focal loss of logits, averaged over all elements (torchvision's
/// `torchvision.ops.sigmoid_focal_loss(inputs, targets, alpha, gamma, reduction="mean")`;
/// T.-Y. Lin, P. Goyal, R. Girshick, K. He, P. Dollár, "Focal Loss for Dense Object
/// Detection", ICCV 2017).
///
/// With p = σ(x), p_t = p·y + (1 − p)(1 − y) the probability given to the true class,
/// ce the binary cross-entropy of the logit (`binaryCrossEntropyWithLogits`'s term) and
/// α_t = α·y + (1 − α)(1 − y), each element costs
///
///     α_t · ce · (1 − p_t)^γ
///
/// γ = 0 and no α give the binary cross-entropy; γ > 0 discounts well-classified examples.
///
/// ```swift
/// sigmoidFocalLoss([2, -1], [1, 0], alpha: nil, gamma: 2)   // 0.012230810171853852
/// ```
///
/// - Algorithm: 1 − p_t is formed as y·σ(−x) + (1 − y)·σ(x), without the cancellation of
///   torchvision's `1 - p_t` (which rounds to 0 for confident correct logits), and ce as in
///   `binaryCrossEntropyWithLogits`.
/// - Parameters:
///   - input: logits.
///   - target: labels 0 or 1 (soft labels in between follow the same formulas, as in torchvision).
///   - alpha: the weight α in [0, 1] of the positive class (torchvision's default 0.25);
///     `nil` for no weighting (torchvision's `alpha=-1`).
///   - gamma: the focusing exponent γ ≥ 0 (default 2).
/// - Shapes: `input` and `target` have the same length; otherwise the program stops, as it
///   does for α outside [0, 1] or γ < 0.
/// - Returns: NaN for empty arrays and where an element is NaN.
public func sigmoidFocalLoss(_ input: Vector, _ target: Vector, alpha: Double? = 0.25, gamma: Double = 2) -> Double {
  checkSameShape(input, target, in: "sigmoidFocalLoss")
  checkFocalParameters(alpha, gamma, in: "sigmoidFocalLoss")
  return meanOfTerms(input.elements, target.elements) { focalTerm($0, $1, alpha, gamma) }
}

/// The binary focal loss over every element of two matrices of the same shape; see
/// `sigmoidFocalLoss(_:_:alpha:gamma:)` on `Vector`.
public func sigmoidFocalLoss(_ input: Matrix, _ target: Matrix, alpha: Double? = 0.25, gamma: Double = 2) -> Double {
  checkSameShape(input, target, in: "sigmoidFocalLoss")
  checkFocalParameters(alpha, gamma, in: "sigmoidFocalLoss")
  return meanOfTerms(input.elements, target.elements) { focalTerm($0, $1, alpha, gamma) }
}

/// The gradient of `sigmoidFocalLoss` with respect to the logits: with q = 1 − p_t,
///
///     α_t · [(σ(x) − y)·q^γ + γ·ce·q^(γ−1)·(1 − 2y)·σ(x)σ(−x)] / n,
///
/// the second term taken as 0 where q = 0 or γ = 0 (its limit there).
public func sigmoidFocalLossGradient(
  _ input: Vector, _ target: Vector, alpha: Double? = 0.25, gamma: Double = 2
) -> Vector {
  checkSameShape(input, target, in: "sigmoidFocalLossGradient")
  checkFocalParameters(alpha, gamma, in: "sigmoidFocalLossGradient")
  return Vector(meanGradient(input.elements, target.elements) { focalSlope($0, $1, alpha, gamma) })
}

/// The gradient of `sigmoidFocalLoss` over matrices; see
/// `sigmoidFocalLossGradient(_:_:alpha:gamma:)` on `Vector`.
public func sigmoidFocalLossGradient(
  _ input: Matrix, _ target: Matrix, alpha: Double? = 0.25, gamma: Double = 2
) -> Matrix {
  checkSameShape(input, target, in: "sigmoidFocalLossGradient")
  checkFocalParameters(alpha, gamma, in: "sigmoidFocalLossGradient")
  return input.with(meanGradient(input.elements, target.elements) { focalSlope($0, $1, alpha, gamma) })
}

private func checkFocalParameters(_ alpha: Double?, _ gamma: Double, in function: String) {
  if let alpha { checkUnitParameter(alpha, "alpha", in: function) }
  checkNonNegativeParameter(gamma, "gamma", in: function)
}

/// α_t = α·y + (1 − α)(1 − y), or 1 without α.
@inline(__always) private func focalWeight(_ y: Double, _ alpha: Double?) -> Double {
  guard let alpha else { return 1 }
  return alpha * y + (1 - alpha) * (1 - y)
}

/// 1 − p_t = y·σ(−x) + (1 − y)·σ(x), with zero-weight terms skipped.
@inline(__always) private func focalMiss(_ x: Double, _ y: Double) -> Double {
  var q = 0.0
  if y != 0 { q += y * expit(-x) }
  if y != 1 { q += (1 - y) * expit(x) }
  return q
}

@inline(__always) private func focalTerm(_ x: Double, _ y: Double, _ alpha: Double?, _ gamma: Double) -> Double {
  focalWeight(y, alpha) * logisticLossTerm(x, y) * pow(focalMiss(x, y), gamma)
}

@inline(__always) private func focalSlope(_ x: Double, _ y: Double, _ alpha: Double?, _ gamma: Double) -> Double {
  let q = focalMiss(x, y)
  var slope = logisticResidual(x, y) * pow(q, gamma)
  if gamma != 0 && q != 0 {
    slope += gamma * logisticLossTerm(x, y) * pow(q, gamma - 1) * (1 - 2 * y) * expit(x) * expit(-x)
  }
  return focalWeight(y, alpha) * slope
}
