// The mean squared error of arrays and its gradient (PyTorch's `F.mse_loss`), next to
// the reverse-mode `mseLoss(_: Tensor, _:)` of the autodiff graph.

/// The mean squared error mean((input − target)²) over all elements (PyTorch's
/// `torch.nn.functional.mse_loss(input, target)` with `reduction="mean"`; scikit-learn's
/// `mean_squared_error(target, input)`).
///
/// ```swift
/// mseLoss([1, 2, 3], [1, 2, 5])   // 1.3333333333333333
/// ```
///
/// - Shapes: `input` and `target` have the same length; otherwise the program stops.
/// - Returns: a Double; NaN for empty arrays (as `torch.mean` of nothing) and where an element is NaN.
/// - SeeAlso: `mseLossGradient(_:_:)`, the gradient with respect to `input`.
public func mseLoss(_ input: Vector, _ target: Vector) -> Double {
  checkSameShape(input, target, in: "mseLoss")
  return meanOfTerms(input.elements, target.elements, squaredErrorTerm)
}

/// The mean squared error over every element of two matrices of the same shape (PyTorch's
/// `F.mse_loss`: the mean over all elements, not per row); see `mseLoss(_:_:)` on `Vector`.
public func mseLoss(_ input: Matrix, _ target: Matrix) -> Double {
  checkSameShape(input, target, in: "mseLoss")
  return meanOfTerms(input.elements, target.elements, squaredErrorTerm)
}

/// The gradient of `mseLoss(input, target)` with respect to `input`: 2(input − target)/n,
/// n the number of elements (what PyTorch's `mse_loss` backward gives `input.grad`).
///
/// - Shapes: as `mseLoss`; the result has the shape of `input`.
public func mseLossGradient(_ input: Vector, _ target: Vector) -> Vector {
  checkSameShape(input, target, in: "mseLossGradient")
  return Vector(meanGradient(input.elements, target.elements, squaredErrorSlope))
}

/// The gradient of `mseLoss(input, target)` over matrices: 2(input − target)/n elementwise,
/// n = rows·columns.
public func mseLossGradient(_ input: Matrix, _ target: Matrix) -> Matrix {
  checkSameShape(input, target, in: "mseLossGradient")
  return input.with(meanGradient(input.elements, target.elements, squaredErrorSlope))
}

@inline(__always) private func squaredErrorTerm(_ x: Double, _ y: Double) -> Double { (x - y) * (x - y) }
@inline(__always) private func squaredErrorSlope(_ x: Double, _ y: Double) -> Double { 2 * (x - y) }
