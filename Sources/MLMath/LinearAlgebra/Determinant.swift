internal import CLAPACK

/// The determinant of a square matrix, like `np.linalg.det(a)`: the product
/// of the pivots of its LU factorization (LAPACK `dgetrf`), with the sign of
/// the row permutation. A singular matrix has determinant 0; a 0 × 0 matrix has 1.
public func det(_ a: Matrix) throws(LinearAlgebraError) -> Double {
  try LAPACK.requireSquare(a)
  let n = a.rows
  guard n > 0 else { return 1 }
  var lu = a.elements
  var pivots = [Int32](repeating: 0, count: n)
  let info = LAPACKE_dgetrf(
    LAPACK.rowMajor, LAPACK.int(n), LAPACK.int(n), &lu, LAPACK.int(n), &pivots)
  guard info >= 0 else { throw .nonFinite }
  if info > 0 { return 0 }
  var result = 1.0
  for i in 0..<n {
    result *= lu[i * n + i]
    if pivots[i] != Int32(i + 1) { result = -result }
  }
  return result
}
