internal import CLAPACK

/// The shapes `qr(_:mode:)` can return, as NumPy's `mode` argument.
public enum QRMode: Sendable {
  /// `q` is `m × k` with orthonormal columns and `r` is `k × n`, `k = min(m, n)` (NumPy's default).
  case reduced
  /// `q` is the full `m × m` orthogonal matrix and `r` is `m × n`.
  case complete
}

/// The QR decomposition `a = q · r` with `q` orthonormal and `r` upper
/// triangular, like `q, r = np.linalg.qr(a, mode)` (Householder reflections,
/// LAPACK `dgeqrf` and `dorgqr`). Signs follow LAPACK's, as NumPy's do; Q's
/// zero entries are always +0 (NumPy's may print `-0.`, depending on its BLAS).
public func qr(_ a: Matrix, mode: QRMode = .reduced) throws(LinearAlgebraError) -> (
  q: Matrix, r: Matrix
) {
  try LAPACK.requireFinite(a)
  let (m, n) = (a.rows, a.columns)
  let k = min(m, n)
  let qColumns = mode == .complete ? m : k
  let rRows = mode == .complete ? m : k
  guard k > 0 else {
    return (
      mode == .complete ? LAPACK.identity(m) : Matrix(rows: m, columns: 0),
      Matrix(rows: rRows, columns: n)
    )
  }
  var factored = a.elements
  var tau = [Double](repeating: 0, count: k)
  var info = LAPACKE_dgeqrf(
    LAPACK.rowMajor, LAPACK.int(m), LAPACK.int(n), &factored, LAPACK.int(n), &tau)
  guard info == 0 else { throw .nonFinite }
  var r = Matrix(rows: rRows, columns: n)
  for i in 0..<k {
    for j in i..<n { r.elements[i * n + j] = factored[i * n + j] }
  }
  // Q from the reflectors stored below the diagonal, in an m × qColumns array.
  var q = Matrix(rows: m, columns: qColumns)
  for i in 0..<m {
    for j in 0..<min(n, qColumns) { q.elements[i * qColumns + j] = factored[i * n + j] }
  }
  info = LAPACKE_dorgqr(
    LAPACK.rowMajor, LAPACK.int(m), LAPACK.int(qColumns), LAPACK.int(k), &q.elements,
    LAPACK.int(qColumns), &tau)
  guard info == 0 else { throw .nonFinite }
  // The sign of Q's zeros depends on the BLAS build (a reflector with τ = 0 is a
  // scale by −0, stored as +0 by some OpenBLAS versions and as −0 by others):
  // print them as 0 everywhere, so recorded outputs do not depend on the machine.
  for i in q.elements.indices where q.elements[i] == 0 { q.elements[i] = 0 }
  return (q, r)
}
