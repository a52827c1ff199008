// The sigmoid-weighted linear unit x·σ(x) (SiLU, also called swish with β = 1).

/// The sigmoid linear unit x·σ(x) elementwise (PyTorch's `torch.nn.functional.silu`;
/// "swish" in P. Ramachandran, B. Zoph, Q. V. Le, 2017, with β = 1).
///
/// - Special values: silu(−∞) = 0 (the limit), silu(∞) = ∞, NaN stays NaN.
public func silu(_ x: Vector) -> Vector { Vector(mapElements(x.elements, siluValue)) }

/// The sigmoid linear unit elementwise over a matrix; see `silu(_:)` on `Vector`.
public func silu(_ x: Matrix) -> Matrix { x.with(mapElements(x.elements, siluValue)) }

/// The derivative of SiLU, σ(x)·(1 + x(1 − σ(x))) (PyTorch's `silu_backward`), computed as
/// σ(x) + x·σ(x)σ(−x); 0 at −∞ and 1 at ∞. NaN stays NaN.
public func siluDerivative(_ x: Vector) -> Vector { Vector(mapElements(x.elements, siluSlope)) }

/// The derivative of SiLU elementwise over a matrix; see `siluDerivative(_:)` on `Vector`.
public func siluDerivative(_ x: Matrix) -> Matrix { x.with(mapElements(x.elements, siluSlope)) }

@inline(__always) private func siluValue(_ x: Double) -> Double {
  x.isInfinite ? (x > 0 ? x : 0) : x * expit(x)
}

@inline(__always) private func siluSlope(_ x: Double) -> Double {
  if x.isInfinite { return x > 0 ? 1 : 0 }
  let spread = sigmoidSlope(x)
  return expit(x) + (spread == 0 ? 0 : x * spread)
}
