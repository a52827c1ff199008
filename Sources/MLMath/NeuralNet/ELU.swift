#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The exponential linear unit and its self-normalising scaling (SELU), with derivatives.

/// SELU's α (PyTorch's constant, from G. Klambauer, T. Unterthiner, A. Mayr, S. Hochreiter,
/// "Self-Normalizing Neural Networks", NeurIPS 2017).
public let seluAlpha = 1.6732632423543772848170429916717

/// SELU's scale λ (PyTorch's constant, Klambauer et al. 2017).
public let seluScale = 1.0507009873554804934193349852946

/// The exponential linear unit elementwise: x where x > 0, α(eˣ − 1) elsewhere (PyTorch's
/// `torch.nn.functional.elu(x, alpha=1.0)`; D.-A. Clevert, T. Unterthiner, S. Hochreiter,
/// ICLR 2016). eˣ − 1 is `expm1`, accurate near 0.
///
/// - Parameters:
///   - alpha: the saturation value −α for x → −∞ (PyTorch's default 1); any finite value
///     (a non-finite one stops the program).
public func elu(_ x: Vector, alpha: Double = 1) -> Vector {
  checkFiniteParameter(alpha, "alpha", in: "elu")
  return Vector(mapElements(x.elements) { eluValue($0, alpha) })
}

/// The exponential linear unit elementwise over a matrix; see `elu(_:alpha:)` on `Vector`.
public func elu(_ x: Matrix, alpha: Double = 1) -> Matrix {
  checkFiniteParameter(alpha, "alpha", in: "elu")
  return x.with(mapElements(x.elements) { eluValue($0, alpha) })
}

/// The derivative of ELU: 1 where x > 0, α·eˣ where x ≤ 0 (so α at x = 0, as PyTorch's
/// `elu_backward`; the derivative is continuous there only for α = 1). NaN stays NaN.
public func eluDerivative(_ x: Vector, alpha: Double = 1) -> Vector {
  checkFiniteParameter(alpha, "alpha", in: "eluDerivative")
  return Vector(mapElements(x.elements) { eluSlope($0, alpha) })
}

/// The derivative of ELU elementwise over a matrix; see `eluDerivative(_:alpha:)` on `Vector`.
public func eluDerivative(_ x: Matrix, alpha: Double = 1) -> Matrix {
  checkFiniteParameter(alpha, "alpha", in: "eluDerivative")
  return x.with(mapElements(x.elements) { eluSlope($0, alpha) })
}

/// The scaled exponential linear unit λ·elu(x, α) elementwise with PyTorch's constants
/// `seluAlpha` ≈ 1.6733 and `seluScale` ≈ 1.0507 (PyTorch's `torch.nn.functional.selu`).
public func selu(_ x: Vector) -> Vector { Vector(mapElements(x.elements) { seluScale * eluValue($0, seluAlpha) }) }

/// SELU elementwise over a matrix; see `selu(_:)` on `Vector`.
public func selu(_ x: Matrix) -> Matrix { x.with(mapElements(x.elements) { seluScale * eluValue($0, seluAlpha) }) }

/// The derivative of SELU: λ where x > 0, λα·eˣ where x ≤ 0. NaN stays NaN.
public func seluDerivative(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements) { seluScale * eluSlope($0, seluAlpha) })
}

/// The derivative of SELU elementwise over a matrix; see `seluDerivative(_:)` on `Vector`.
public func seluDerivative(_ x: Matrix) -> Matrix {
  x.with(mapElements(x.elements) { seluScale * eluSlope($0, seluAlpha) })
}

@inline(__always) private func eluValue(_ x: Double, _ alpha: Double) -> Double { x > 0 ? x : alpha * expm1(x) }
@inline(__always) private func eluSlope(_ x: Double, _ alpha: Double) -> Double { x > 0 ? 1 : alpha * exp(x) }
