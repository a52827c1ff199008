internal import CLAPACK

/// The Cholesky factor of a symmetric positive-definite matrix, like
/// `np.linalg.cholesky(a, upper=upper)` (LAPACK `dpotrf`): the lower-triangular
/// `l` with `a = l · lᵀ`, or with `upper` the upper-triangular `u = lᵀ` with
/// `a = uᵀ · u`. Only the lower triangle of `a` is read.
public func cholesky(_ a: Matrix, upper: Bool = false) throws(LinearAlgebraError) -> Matrix {
  try LAPACK.requireSquare(a)
  try LAPACK.requireFinite(a)
  let n = a.rows
  guard n > 0 else { return a }
  var l = a
  let info = LAPACKE_dpotrf(
    LAPACK.rowMajor, LAPACK.option("L"), LAPACK.int(n), &l.elements, LAPACK.int(n))
  guard info == 0 else { throw info > 0 ? .notPositiveDefinite : .nonFinite }
  for i in 0..<n {
    for j in (i + 1)..<n { l.elements[i * n + j] = 0 }
  }
  return upper ? LAPACK.transpose(l) : l
}
