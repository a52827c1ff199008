// Inverted dropout: zero each element with probability p and scale the survivors by
// 1/(1 − p), so the expected output equals the input and inference needs no rescaling.

/// Inverted dropout of a vector (PyTorch's `torch.nn.functional.dropout(x, p, training=True)`;
/// N. Srivastava et al., JMLR 2014), with a seeded generator.
///
/// Element i is kept when uᵢ ≥ p for uᵢ = `generator.random()` drawn in order (NumPy:
/// `keep = np.random.RandomState(seed).random_sample(x.shape) >= p`), and the output is
/// x·keep/(1 − p) — PyTorch's `input * mask * scale`, so a dropped NaN or ∞ gives NaN as there.
///
/// ```swift
/// var rng = RandomState(seed: 0)
/// let (y, mask) = dropout(Vector(repeating: 1, count: 6), p: 0.5, using: &rng)
/// print(y)   // [2. 2. 2. 2. 0. 2.]
/// let dx = dropoutBackward(Vector(repeating: 1, count: 6), mask: mask, p: 0.5)   // the same pattern
/// ```
///
/// - Parameters:
///   - p: the probability of dropping an element, in [0, 1] (PyTorch's default 0.5); p = 1
///     drops everything (output x·0, scale 0, as PyTorch). Outside [0, 1] the program stops,
///     as PyTorch raises.
///   - generator: the seeded random stream; one draw per element.
/// - Returns: the output and the mask of kept elements, which `dropoutBackward` reuses.
public func dropout(_ x: Vector, p: Double = 0.5, using generator: inout RandomState) -> (output: Vector, mask: Mask) {
  checkUnitParameter(p, "p", in: "dropout")
  let u = generator.random(size: x.count).elements
  let keep = u.map { $0 >= p }
  return (Vector(applyDropout(x.elements, keep, p)), Mask(keep))
}

/// Inverted dropout of a matrix, one draw per element in row-major order; see
/// `dropout(_:p:using:)` on `Vector`. The mask has the matrix's shape.
public func dropout(_ x: Matrix, p: Double = 0.5, using generator: inout RandomState) -> (output: Matrix, mask: Mask) {
  checkUnitParameter(p, "p", in: "dropout")
  let u = generator.random(size: x.count).elements
  let keep = u.map { $0 >= p }
  return (x.with(applyDropout(x.elements, keep, p)), Mask(rows: x.rows, columns: x.columns, elements: keep))
}

/// Inverted dropout of a vector drawing from the process-wide generator `Random` (seed it
/// with `Random.seed(_:)` for reproducible masks, as `np.random.seed`).
public func dropout(_ x: Vector, p: Double = 0.5) -> (output: Vector, mask: Mask) {
  checkUnitParameter(p, "p", in: "dropout")
  return Random.draw { dropout(x, p: p, using: &$0) }
}

/// Inverted dropout of a matrix drawing from the process-wide generator `Random`.
public func dropout(_ x: Matrix, p: Double = 0.5) -> (output: Matrix, mask: Mask) {
  checkUnitParameter(p, "p", in: "dropout")
  return Random.draw { dropout(x, p: p, using: &$0) }
}

/// The backward pass of dropout: ∂L/∂x = gradOutput·mask/(1 − p) (0 for p = 1), with the
/// mask the forward pass returned (PyTorch's `native_dropout_backward`).
///
/// - Stops when the mask's shape differs from `gradOutput`'s or p is outside [0, 1].
public func dropoutBackward(_ gradOutput: Vector, mask: Mask, p: Double) -> Vector {
  checkUnitParameter(p, "p", in: "dropoutBackward")
  if mask.shape != [gradOutput.count] {
    failure(
      "dropoutBackward: gradOutput has shape \(shapeText(gradOutput.count)) but mask has shape \(Mask.describe(mask.shape)) (they must be equal)"
    )
  }
  return Vector(applyDropout(gradOutput.elements, mask.elements, p))
}

/// The backward pass of dropout over a matrix; see `dropoutBackward(_:mask:p:)` on `Vector`.
public func dropoutBackward(_ gradOutput: Matrix, mask: Mask, p: Double) -> Matrix {
  checkUnitParameter(p, "p", in: "dropoutBackward")
  if mask.shape != [gradOutput.rows, gradOutput.columns] {
    failure(
      "dropoutBackward: gradOutput has shape \(shapeText(gradOutput.rows, gradOutput.columns)) but mask has shape \(Mask.describe(mask.shape)) (they must be equal)"
    )
  }
  return gradOutput.with(applyDropout(gradOutput.elements, mask.elements, p))
}

/// x·(keep ? 1/(1 − p) : 0), with scale 0 for p = 1 (PyTorch's `native_dropout`).
private func applyDropout(_ x: [Double], _ keep: [Bool], _ p: Double) -> [Double] {
  let scale = p == 1 ? 0 : 1 / (1 - p)
  return x.indices.map { x[$0] * (keep[$0] ? scale : 0) }
}
