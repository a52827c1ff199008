/// The `ord`-norm of a vector, like `np.linalg.norm(v, ord)`:
/// `2` (Euclidean, the default), `1` (sum of magnitudes), `.infinity`
/// (largest magnitude), `-.infinity` (smallest), `0` (count of non-zeros), or
/// any other `p`, `(Σ |vᵢ|ᵖ)^(1/p)`. A NaN element makes the norm NaN, as in
/// NumPy; sums are pairwise, as NumPy's `add.reduce`.
public func norm(_ v: Vector, _ ord: Double = 2) -> Double {
  let x = v.elements
  let result: Double
  switch ord {
  case 2: result = LAPACK.dot(v, v).squareRoot()
  case 1: result = pairwiseSum(x) { abs($0) }
  case .infinity:
    // NumPy takes the largest magnitude with `initial=0`: 0 for an empty vector.
    result = x.isEmpty ? 0 : abs(v).max()
  case -.infinity:
    if x.isEmpty { failure("norm: the -infinity norm of an empty Vector is undefined (NumPy: zero-size array)") }
    result = abs(v).min()
  case 0: result = Double(x.count(where: { $0 != 0 }))
  default: result = LAPACK.power(pairwiseSum(x) { LAPACK.power(abs($0), ord) }, 1 / ord)
  }
  return unsignedNaN(result)
}

/// The Frobenius norm `√(Σ aᵢⱼ²)` of a matrix, like `np.linalg.norm(a)`.
public func norm(_ a: Matrix) -> Double {
  unsignedNaN(LAPACK.dot(Vector(a.elements), Vector(a.elements)).squareRoot())
}

/// A matrix norm, like `np.linalg.norm(a, ord)`: `1` (largest column sum of
/// magnitudes), `.infinity` (largest row sum), `2` (largest singular value),
/// and `-1`, `-.infinity`, `-2` for the smallest instead.
public func norm(_ a: Matrix, _ ord: Double) -> Double {
  // NumPy: `add.reduce(abs(a), axis).max()` — NaN propagates through both steps.
  // The largest of nothing is 0 (NumPy's `initial=0`); the smallest is undefined.
  func extreme(_ values: Vector, largest: Bool) -> Double {
    if values.count == 0 && largest { return 0 }
    if values.count == 0 {
      failure("norm: the order-\(ord) norm of \(matrixText(a.rows, a.columns)) is undefined (NumPy: zero-size array)")
    }
    return unsignedNaN(largest ? values.max() : values.min())
  }
  func singularValues() -> Vector {
    if a.elements.contains(where: { !$0.isFinite }) { return Vector([.nan]) }
    return (try? LAPACK.singularValues(a)) ?? Vector([.nan])
  }
  let magnitudes = abs(a)
  switch ord {
  case 1: return extreme(magnitudes.sum(axis: 0), largest: true)
  case -1: return extreme(magnitudes.sum(axis: 0), largest: false)
  case .infinity: return extreme(magnitudes.sum(axis: 1), largest: true)
  case -.infinity: return extreme(magnitudes.sum(axis: 1), largest: false)
  case 2: return extreme(singularValues(), largest: true)
  case -2: return extreme(singularValues(), largest: false)
  default:
    failure(
      "norm: invalid norm order \(ord) for matrices (use 1, 2, .infinity, -1, -2, -.infinity, \"fro\" or \"nuc\")"
    )
  }
}

/// A named matrix norm, like `np.linalg.norm(a, "fro")` (Frobenius) or
/// `np.linalg.norm(a, "nuc")` (nuclear: the sum of the singular values).
public func norm(_ a: Matrix, _ ord: String) -> Double {
  switch ord {
  case "fro": return norm(a)
  case "nuc":
    if a.elements.contains(where: { !$0.isFinite }) { return .nan }
    return unsignedNaN(((try? LAPACK.singularValues(a)) ?? Vector([.nan])).sum())
  default: failure("norm: invalid norm order \"\(ord)\" for matrices (use \"fro\" or \"nuc\")")
  }
}

/// The condition number `σ_max / σ_min` of `a` in the 2-norm, like
/// `np.linalg.cond(a)`: ∞ for a singular matrix. Throws
/// `LinearAlgebraError.empty` for a matrix with no elements, as NumPy does.
public func cond(_ a: Matrix) throws(LinearAlgebraError) -> Double {
  try requireElements(a)
  let s = try LAPACK.singularValues(a).elements
  guard let largest = s.first, let smallest = s.last else { return .nan }
  let ratio = largest / smallest
  return ratio.isNaN ? .infinity : ratio
}

/// The condition number `‖a‖ · ‖a⁻¹‖` in the norm `ord` (as in `norm(a, ord)`),
/// like `np.linalg.cond(a, ord)`: ∞ for a singular matrix.
public func cond(_ a: Matrix, _ ord: Double) throws(LinearAlgebraError) -> Double {
  try requireElements(a)
  if ord == 2 || ord == -2 {
    let s = try LAPACK.singularValues(a).elements
    guard let largest = s.first, let smallest = s.last else { return .nan }
    let ratio = ord == 2 ? largest / smallest : smallest / largest
    return ratio.isNaN ? .infinity : ratio
  }
  try LAPACK.requireSquare(a)
  do {
    return norm(a, ord) * norm(try inv(a), ord)
  } catch .singular {
    return .infinity
  }
}

/// The condition number in a named norm (`"fro"` or `"nuc"`), like `np.linalg.cond(a, "fro")`.
public func cond(_ a: Matrix, _ ord: String) throws(LinearAlgebraError) -> Double {
  try requireElements(a)
  try LAPACK.requireSquare(a)
  // NumPy's cond calls norm with an explicit axis pair, where "fro" is
  // `sqrt(add.reduce(x * x))` (a pairwise sum), not the BLAS dot product.
  func named(_ x: Matrix) -> Double {
    ord == "fro" ? pairwiseSum(x.elements) { $0 * $0 }.squareRoot() : norm(x, ord)
  }
  do {
    return named(a) * named(try inv(a))
  } catch .singular {
    return .infinity
  }
}

/// NumPy's `cond` refuses matrices with no elements ("cond is not defined on empty arrays").
private func requireElements(_ a: Matrix) throws(LinearAlgebraError) {
  if a.count == 0 { throw .empty("cond") }
}
