// The Huber loss: squared near zero, linear in the tails (PyTorch's `F.huber_loss`).

/// The Huber loss with threshold δ, averaged over all elements (PyTorch's
/// `torch.nn.functional.huber_loss(input, target, delta=δ)` with `reduction="mean"`).
///
/// With d = input − target, each element costs ½d² where |d| < δ and δ(|d| − ½δ)
/// elsewhere: quadratic near 0, linear (slope δ) beyond, and continuous with its slope.
/// (PyTorch's `smooth_l1_loss` with β = δ is this divided by δ.)
///
/// ```swift
/// huberLoss([0, 0], [0.5, 3], delta: 1)   // (0.125 + 2.5) / 2 = 1.3125
/// ```
///
/// - Parameters:
///   - delta: the threshold δ > 0 (PyTorch's default 1); δ ≤ 0 or non-finite stops the
///     program, as PyTorch raises.
/// - Shapes: `input` and `target` have the same length; otherwise the program stops.
/// - Returns: NaN for empty arrays and where an element is NaN.
public func huberLoss(_ input: Vector, _ target: Vector, delta: Double = 1) -> Double {
  checkSameShape(input, target, in: "huberLoss")
  checkPositiveParameter(delta, "delta", in: "huberLoss")
  return meanOfTerms(input.elements, target.elements) { huberTerm($0 - $1, delta) }
}

/// The Huber loss over every element of two matrices of the same shape; see
/// `huberLoss(_:_:delta:)` on `Vector`.
public func huberLoss(_ input: Matrix, _ target: Matrix, delta: Double = 1) -> Double {
  checkSameShape(input, target, in: "huberLoss")
  checkPositiveParameter(delta, "delta", in: "huberLoss")
  return meanOfTerms(input.elements, target.elements) { huberTerm($0 - $1, delta) }
}

/// The gradient of `huberLoss` with respect to `input`: clip(input − target, −δ, δ)/n
/// (PyTorch's `huber_loss_backward`).
public func huberLossGradient(_ input: Vector, _ target: Vector, delta: Double = 1) -> Vector {
  checkSameShape(input, target, in: "huberLossGradient")
  checkPositiveParameter(delta, "delta", in: "huberLossGradient")
  return Vector(meanGradient(input.elements, target.elements) { huberSlope($0 - $1, delta) })
}

/// The gradient of `huberLoss` over matrices: clip(input − target, −δ, δ)/n elementwise.
public func huberLossGradient(_ input: Matrix, _ target: Matrix, delta: Double = 1) -> Matrix {
  checkSameShape(input, target, in: "huberLossGradient")
  checkPositiveParameter(delta, "delta", in: "huberLossGradient")
  return input.with(meanGradient(input.elements, target.elements) { huberSlope($0 - $1, delta) })
}

@inline(__always) private func huberTerm(_ d: Double, _ delta: Double) -> Double {
  let a = d.magnitude
  return a < delta ? 0.5 * d * d : delta * (a - 0.5 * delta)
}

@inline(__always) private func huberSlope(_ d: Double, _ delta: Double) -> Double {
  d < -delta ? -delta : (d > delta ? delta : d)
}
