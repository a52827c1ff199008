// The mean absolute error and its subgradient (PyTorch's `F.l1_loss`).

/// The mean absolute error mean(|input − target|) over all elements (PyTorch's
/// `torch.nn.functional.l1_loss(input, target)` with `reduction="mean"`; scikit-learn's
/// `mean_absolute_error`), the MAE.
///
/// ```swift
/// l1Loss([1, 2, 3], [1, 2, 5])   // 0.6666666666666666
/// ```
///
/// - Shapes: `input` and `target` have the same length; otherwise the program stops.
/// - Returns: NaN for empty arrays and where an element is NaN.
/// - SeeAlso: `l1LossGradient(_:_:)`.
public func l1Loss(_ input: Vector, _ target: Vector) -> Double {
  checkSameShape(input, target, in: "l1Loss")
  return meanOfTerms(input.elements, target.elements, absoluteErrorTerm)
}

/// The mean absolute error over every element of two matrices of the same shape; see
/// `l1Loss(_:_:)` on `Vector`.
public func l1Loss(_ input: Matrix, _ target: Matrix) -> Double {
  checkSameShape(input, target, in: "l1Loss")
  return meanOfTerms(input.elements, target.elements, absoluteErrorTerm)
}

/// The (sub)gradient of `l1Loss(input, target)` with respect to `input`:
/// sign(input − target)/n, taking sign(0) = 0 where input = target (PyTorch's `l1_loss`
/// backward, `torch.sgn`), the subgradient of smallest magnitude.
public func l1LossGradient(_ input: Vector, _ target: Vector) -> Vector {
  checkSameShape(input, target, in: "l1LossGradient")
  return Vector(meanGradient(input.elements, target.elements, absoluteErrorSlope))
}

/// The (sub)gradient of `l1Loss` over matrices: sign(input − target)/n elementwise, 0 at ties.
public func l1LossGradient(_ input: Matrix, _ target: Matrix) -> Matrix {
  checkSameShape(input, target, in: "l1LossGradient")
  return input.with(meanGradient(input.elements, target.elements, absoluteErrorSlope))
}

@inline(__always) private func absoluteErrorTerm(_ x: Double, _ y: Double) -> Double { (x - y).magnitude }

/// sign(x − y) with sign(0) = 0 and NaN kept.
@inline(__always) func absoluteErrorSlope(_ x: Double, _ y: Double) -> Double {
  let d = x - y
  return d > 0 ? 1 : (d < 0 ? -1 : (d.isNaN ? .nan : 0))
}
