internal import CLAPACK

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The determinant of a square matrix, like `np.linalg.det(a)`: from the LU
/// factorization (LAPACK `dgetrf`), `sign · exp(Σ log |uᵢᵢ|)` with the sign of
/// the pivots and the row permutation — NumPy's formula, so the last digit is
/// NumPy's too (`det([[1, 2], [3, 4]])` is −2.0000000000000004). A singular
/// matrix has determinant 0; a 0 × 0 matrix has 1.
///
/// - Throws: `LinearAlgebraError.notSquare`, or `.nonFinite` for NaN or ±∞ input.
public func det(_ a: Matrix) throws(LinearAlgebraError) -> Double {
  try LAPACK.requireSquare(a)
  try LAPACK.requireFinite(a)
  let n = a.rows
  guard n > 0 else { return 1 }
  var lu = a.elements
  var pivots = [Int32](repeating: 0, count: n)
  let info = LAPACKE_dgetrf(
    LAPACK.rowMajor, LAPACK.int(n), LAPACK.int(n), &lu, LAPACK.int(n), &pivots)
  guard info >= 0 else { throw .nonFinite }
  if info > 0 { return 0 }
  var sign = 1.0
  var logDeterminant = 0.0
  for i in 0..<n {
    let pivot = lu[i * n + i]
    if pivot < 0 { sign = -sign }
    if pivots[i] != Int32(i + 1) { sign = -sign }
    logDeterminant += log(pivot.magnitude)
  }
  return sign * exp(logDeterminant)
}
