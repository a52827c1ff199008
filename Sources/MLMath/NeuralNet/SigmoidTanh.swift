// The logistic sigmoid as an activation, and the derivatives of the sigmoid and tanh
// (tanh itself is `tanh(_:)` in Core); named as the autodiff `Tensor`'s `sigmoid()` and `tanh()`.

/// The logistic sigmoid σ(x) = 1/(1 + e⁻ˣ) elementwise (PyTorch's `torch.sigmoid`; SciPy's
/// `expit`, which computes it: no overflow for any x, full relative accuracy in the lower tail).
public func sigmoid(_ x: Vector) -> Vector { expit(x) }

/// The logistic sigmoid elementwise over a matrix; see `sigmoid(_:)` on `Vector`.
public func sigmoid(_ x: Matrix) -> Matrix { expit(x) }

/// The derivative of the sigmoid, σ′(x) = σ(x)·σ(−x) (= σ(1 − σ), without the cancellation
/// of 1 − σ for large x), elementwise. NaN stays NaN.
public func sigmoidDerivative(_ x: Vector) -> Vector { Vector(mapElements(x.elements, sigmoidSlope)) }

/// The derivative of the sigmoid elementwise over a matrix; see `sigmoidDerivative(_:)` on `Vector`.
public func sigmoidDerivative(_ x: Matrix) -> Matrix { x.with(mapElements(x.elements, sigmoidSlope)) }

/// The derivative of tanh, 1 − tanh²(x) = 1/cosh²(x), elementwise (computed as 1/cosh², which
/// keeps its relative accuracy in the tails where 1 − tanh² cancels; 0 beyond |x| ≈ 355).
public func tanhDerivative(_ x: Vector) -> Vector { Vector(mapElements(x.elements, tanhSlope)) }

/// The derivative of tanh elementwise over a matrix; see `tanhDerivative(_:)` on `Vector`.
public func tanhDerivative(_ x: Matrix) -> Matrix { x.with(mapElements(x.elements, tanhSlope)) }

@inline(__always) func sigmoidSlope(_ x: Double) -> Double { expit(x) * expit(-x) }
