/// The `ord`-norm of a vector, like `np.linalg.norm(v, ord)`:
/// `2` (Euclidean, the default), `1` (sum of magnitudes), `.infinity`
/// (largest magnitude), `-.infinity` (smallest), `0` (count of non-zeros), or
/// any other `p`, `(Σ |vᵢ|ᵖ)^(1/p)`.
public func norm(_ v: Vector, _ ord: Double = 2) -> Double {
  let x = v.elements
  switch ord {
  case 2: return LAPACK.dot(v, v).squareRoot()
  case 1: return x.reduce(0) { $0 + abs($1) }
  case .infinity: return x.reduce(0) { max($0, abs($1)) }
  case -.infinity: return x.map { abs($0) }.min() ?? .infinity
  case 0: return Double(x.count(where: { $0 != 0 }))
  default:
    let sum = x.reduce(0.0) { $0 + LAPACK.power(abs($1), ord) }
    return LAPACK.power(sum, 1 / ord)
  }
}

/// The Frobenius norm `√(Σ aᵢⱼ²)` of a matrix, like `np.linalg.norm(a)`.
public func norm(_ a: Matrix) -> Double {
  LAPACK.dot(Vector(a.elements), Vector(a.elements)).squareRoot()
}

/// A matrix norm, like `np.linalg.norm(a, ord)`: `1` (largest column sum of
/// magnitudes), `.infinity` (largest row sum), `2` (largest singular value),
/// and `-1`, `-.infinity`, `-2` for the smallest instead.
public func norm(_ a: Matrix, _ ord: Double) -> Double {
  let (m, n) = (a.rows, a.columns)
  func columnSums() -> [Double] {
    (0..<n).map { j in (0..<m).reduce(0.0) { $0 + abs(a.elements[$1 * n + j]) } }
  }
  func rowSums() -> [Double] {
    (0..<m).map { i in (0..<n).reduce(0.0) { $0 + abs(a.elements[i * n + $1]) } }
  }
  func singularValues() -> [Double] {
    (try? LAPACK.singularValues(a).elements) ?? [.nan]
  }
  switch ord {
  case 1: return columnSums().max() ?? 0
  case -1: return columnSums().min() ?? 0
  case .infinity: return rowSums().max() ?? 0
  case -.infinity: return rowSums().min() ?? 0
  case 2: return singularValues().max() ?? 0
  case -2: return singularValues().min() ?? 0
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
  case "nuc": return ((try? LAPACK.singularValues(a).elements) ?? [.nan]).reduce(0, +)
  default: failure("norm: invalid norm order \"\(ord)\" for matrices (use \"fro\" or \"nuc\")")
  }
}

/// The condition number `σ_max / σ_min` of `a` in the 2-norm, like
/// `np.linalg.cond(a)`: ∞ for a singular matrix.
public func cond(_ a: Matrix) throws(LinearAlgebraError) -> Double {
  let s = try LAPACK.singularValues(a).elements
  guard let largest = s.first, let smallest = s.last else { return .nan }
  let ratio = largest / smallest
  return ratio.isNaN ? .infinity : ratio
}

/// The condition number `‖a‖ · ‖a⁻¹‖` in the norm `ord` (as in `norm(a, ord)`),
/// like `np.linalg.cond(a, ord)`: ∞ for a singular matrix.
public func cond(_ a: Matrix, _ ord: Double) throws(LinearAlgebraError) -> Double {
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
  try LAPACK.requireSquare(a)
  do {
    return norm(a, ord) * norm(try inv(a), ord)
  } catch .singular {
    return .infinity
  }
}
