internal import CLAPACK

/// The Cholesky factor of a symmetric positive-definite matrix, like
/// `np.linalg.cholesky(a, upper=upper)` (LAPACK `dpotrf`): the lower-triangular
/// `l` with `a = l · lᵀ`, or with `upper` the upper-triangular `u = lᵀ` with
/// `a = uᵀ · u`. As in NumPy, only the lower triangle of `a` is read, or
/// with `upper` only the upper one.
///
/// - Throws: `LinearAlgebraError.notSquare`, `.notPositiveDefinite`, or
///   `.nonFinite` for NaN or ±∞ input.
public func cholesky(_ a: Matrix, upper: Bool = false) throws(LinearAlgebraError) -> Matrix {
  try LAPACK.requireSquare(a)
  try LAPACK.requireFinite(a)
  let n = a.rows
  guard n > 0 else { return a }
  var factor = a
  let info = LAPACKE_dpotrf(
    LAPACK.rowMajor, LAPACK.option(upper ? "U" : "L"), LAPACK.int(n), &factor.elements, LAPACK.int(n))
  guard info == 0 else { throw info > 0 ? .notPositiveDefinite : .nonFinite }
  // Clear the triangle LAPACK left untouched.
  for i in 0..<n {
    for j in 0..<n where upper ? j < i : j > i { factor.elements[i * n + j] = 0 }
  }
  return factor
}
