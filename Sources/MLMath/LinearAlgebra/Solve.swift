internal import CLAPACK

/// The solution `x` of `a x = b` for a square, non-singular `a`, like
/// `np.linalg.solve(a, b)` (LU with partial pivoting, LAPACK `dgesv`).
public func solve(_ a: Matrix, _ b: Vector) throws(LinearAlgebraError) -> Vector {
  guard b.count == a.rows else {
    throw .shapeMismatch(
      "solve: \(matrixText(a.rows, a.columns)) cannot solve for \(vectorText(b.count)) (b needs one value per row, \(a.rows))"
    )
  }
  return Vector(try LAPACK.solve(a, LAPACK.column(b)).elements)
}

/// The solution `X` of `a X = b` for each column of `b`, like `np.linalg.solve(a, b)`.
public func solve(_ a: Matrix, _ b: Matrix) throws(LinearAlgebraError) -> Matrix {
  guard b.rows == a.rows else {
    throw .shapeMismatch(
      "solve: \(matrixText(a.rows, a.columns)) cannot solve for \(matrixText(b.rows, b.columns)) (b needs one row per row of a, \(a.rows))"
    )
  }
  return try LAPACK.solve(a, b)
}

/// The inverse of a square, non-singular matrix, like `np.linalg.inv(a)`
/// (which, like this, solves `a X = I` with LAPACK `dgesv`).
public func inv(_ a: Matrix) throws(LinearAlgebraError) -> Matrix {
  try LAPACK.requireSquare(a)
  return try LAPACK.solve(a, LAPACK.identity(a.rows))
}

extension LAPACK {
  /// `dgesv` on copies of `a` and `b`.
  static func solve(_ a: Matrix, _ b: Matrix) throws(LinearAlgebraError) -> Matrix {
    try requireSquare(a)
    try requireFinite(a)
    let n = a.rows
    var x = b
    guard n > 0, b.columns > 0 else { return x }
    var lu = a.elements
    var pivots = [Int32](repeating: 0, count: n)
    let info = LAPACKE_dgesv(
      rowMajor, int(n), int(b.columns), &lu, int(n), &pivots, &x.elements, int(b.columns))
    guard info == 0 else { throw info > 0 ? .singular : .nonFinite }
    return x
  }
}
