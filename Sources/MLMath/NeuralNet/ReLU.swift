// The rectified linear unit and its leaky variant, with their derivatives and PyTorch's
// choice of value at the kink x = 0.

/// The rectified linear unit max(x, 0) elementwise (PyTorch's `torch.relu`; NumPy's
/// `np.maximum(x, 0)`, which keeps NaN, as this does). Named as the `Tensor`'s `relu()`.
public func relu(_ x: Vector) -> Vector { Vector(mapElements(x.elements, reluValue)) }

/// The rectified linear unit elementwise over a matrix; see `relu(_:)` on `Vector`.
public func relu(_ x: Matrix) -> Matrix { x.with(mapElements(x.elements, reluValue)) }

/// The derivative of ReLU: 1 where x > 0, 0 where x < 0, and 0 at x = 0 (PyTorch's choice,
/// `threshold_backward`; any value in [0, 1] is a subgradient there). NaN stays NaN.
public func reluDerivative(_ x: Vector) -> Vector { Vector(mapElements(x.elements, reluSlope)) }

/// The derivative of ReLU elementwise over a matrix; see `reluDerivative(_:)` on `Vector`.
public func reluDerivative(_ x: Matrix) -> Matrix { x.with(mapElements(x.elements, reluSlope)) }

/// The leaky ReLU elementwise: x where x > 0, negativeSlope·x elsewhere (PyTorch's
/// `torch.nn.functional.leaky_relu(x, negative_slope=0.01)`).
///
/// - Parameters:
///   - negativeSlope: the slope for x ≤ 0 (PyTorch's default 0.01); any finite value
///     (a non-finite one stops the program).
public func leakyRelu(_ x: Vector, negativeSlope: Double = 0.01) -> Vector {
  checkFiniteParameter(negativeSlope, "negativeSlope", in: "leakyRelu")
  return Vector(mapElements(x.elements) { leakyValue($0, negativeSlope) })
}

/// The leaky ReLU elementwise over a matrix; see `leakyRelu(_:negativeSlope:)` on `Vector`.
public func leakyRelu(_ x: Matrix, negativeSlope: Double = 0.01) -> Matrix {
  checkFiniteParameter(negativeSlope, "negativeSlope", in: "leakyRelu")
  return x.with(mapElements(x.elements) { leakyValue($0, negativeSlope) })
}

/// The derivative of the leaky ReLU: 1 where x > 0, negativeSlope where x ≤ 0 (at x = 0,
/// PyTorch's `leaky_relu_backward` takes the negative side's slope). NaN stays NaN.
public func leakyReluDerivative(_ x: Vector, negativeSlope: Double = 0.01) -> Vector {
  checkFiniteParameter(negativeSlope, "negativeSlope", in: "leakyReluDerivative")
  return Vector(mapElements(x.elements) { leakySlope($0, negativeSlope) })
}

/// The derivative of the leaky ReLU elementwise over a matrix; see
/// `leakyReluDerivative(_:negativeSlope:)` on `Vector`.
public func leakyReluDerivative(_ x: Matrix, negativeSlope: Double = 0.01) -> Matrix {
  checkFiniteParameter(negativeSlope, "negativeSlope", in: "leakyReluDerivative")
  return x.with(mapElements(x.elements) { leakySlope($0, negativeSlope) })
}

@inline(__always) private func reluValue(_ x: Double) -> Double { x > 0 ? x : (x.isNaN ? x : 0) }
@inline(__always) private func reluSlope(_ x: Double) -> Double { x > 0 ? 1 : (x.isNaN ? x : 0) }
@inline(__always) private func leakyValue(_ x: Double, _ slope: Double) -> Double { x > 0 ? x : x * slope }
@inline(__always) private func leakySlope(_ x: Double, _ slope: Double) -> Double {
  x > 0 ? 1 : (x.isNaN ? x : slope)
}
