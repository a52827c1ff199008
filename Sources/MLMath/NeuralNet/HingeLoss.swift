// The hinge loss of support vector machines, on raw scores and ±1 labels.

/// The hinge loss mean(max(0, 1 − y·s)) over all elements, for labels y ∈ {−1, +1} and raw
/// scores s (scikit-learn's `sklearn.metrics.hinge_loss(y, s)`; Keras's `hinge`; PyTorch's
/// `F.hinge_embedding_loss` is a different loss on distances).
///
/// The product y·s is the margin: the loss is 0 once it reaches 1 and grows linearly below.
///
/// ```swift
/// hingeLoss([2, 0.5, -1], [1, 1, 1])   // (0 + 0.5 + 2) / 3 = 0.8333333333333334
/// ```
///
/// - Parameters:
///   - input: the scores s (decision values, not probabilities).
///   - target: labels −1 or +1; any other value (a 0/1 label, NaN) stops the program, since
///     it would silently price the wrong margin (recode 0/1 labels as 2y − 1).
/// - Shapes: `input` and `target` have the same length; otherwise the program stops.
/// - Returns: NaN for empty arrays and where a score is NaN.
public func hingeLoss(_ input: Vector, _ target: Vector) -> Double {
  checkSameShape(input, target, in: "hingeLoss")
  checkSignLabels(target.elements, in: "hingeLoss", position: vectorPosition)
  return meanOfTerms(input.elements, target.elements) { hingeTerm($0, $1) }
}

/// The hinge loss over every element of two matrices of the same shape; see
/// `hingeLoss(_:_:)` on `Vector`.
public func hingeLoss(_ input: Matrix, _ target: Matrix) -> Double {
  checkSameShape(input, target, in: "hingeLoss")
  checkSignLabels(target.elements, in: "hingeLoss") { matrixPosition($0, columns: target.columns) }
  return meanOfTerms(input.elements, target.elements) { hingeTerm($0, $1) }
}

/// The (sub)gradient of `hingeLoss` with respect to the scores: −y/n where the margin y·s
/// is below 1, and 0 where it is 1 or more (at the kink y·s = 1 any value in [−y/n, 0] is
/// a subgradient; MLMath takes 0, as the ReLU's derivative at 0).
public func hingeLossGradient(_ input: Vector, _ target: Vector) -> Vector {
  checkSameShape(input, target, in: "hingeLossGradient")
  checkSignLabels(target.elements, in: "hingeLossGradient", position: vectorPosition)
  return Vector(meanGradient(input.elements, target.elements, hingeSlope))
}

/// The (sub)gradient of `hingeLoss` over matrices; see `hingeLossGradient(_:_:)` on `Vector`.
public func hingeLossGradient(_ input: Matrix, _ target: Matrix) -> Matrix {
  checkSameShape(input, target, in: "hingeLossGradient")
  checkSignLabels(target.elements, in: "hingeLossGradient") { matrixPosition($0, columns: target.columns) }
  return input.with(meanGradient(input.elements, target.elements, hingeSlope))
}

/// max(0, 1 − y·s), NaN kept (`Swift.max` would drop it).
@inline(__always) private func hingeTerm(_ s: Double, _ y: Double) -> Double {
  let margin = 1 - y * s
  return margin > 0 ? margin : (margin.isNaN ? .nan : 0)
}

@inline(__always) private func hingeSlope(_ s: Double, _ y: Double) -> Double {
  let margin = 1 - y * s
  return margin > 0 ? -y : (margin.isNaN ? .nan : 0)
}

private func checkSignLabels(_ labels: [Double], in function: String, position: (Int) -> String) {
  for (k, y) in labels.enumerated() where y != 1 && y != -1 {
    failure("\(function): target\(position(k)) = \(y) is not a label -1 or +1 (recode 0/1 labels as 2 * y - 1)")
  }
}
