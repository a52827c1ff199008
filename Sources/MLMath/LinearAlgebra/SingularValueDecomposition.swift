internal import CLAPACK

/// The singular value decomposition `a = u · diag(s) · vh`, like
/// `u, s, vh = np.linalg.svd(a, full_matrices)` (LAPACK `dgesdd`).
///
/// For an `m × n` matrix and `k = min(m, n)`, `s` holds the `k` singular
/// values in descending order. With `fullMatrices` (NumPy's default) `u` is
/// `m × m` and `vh` is `n × n`; without it they are `m × k` and `k × n`.
/// Singular vectors are determined only up to sign; these are LAPACK's, as
/// NumPy's are.
public func svd(_ a: Matrix, fullMatrices: Bool = true) throws(LinearAlgebraError) -> (
  u: Matrix, s: Vector, vh: Matrix
) {
  try LAPACK.requireFinite(a)
  let (m, n) = (a.rows, a.columns)
  let k = min(m, n)
  let uColumns = fullMatrices ? m : k
  let vhRows = fullMatrices ? n : k
  var u = Matrix(rows: m, columns: uColumns)
  var vh = Matrix(rows: vhRows, columns: n)
  var s = [Double](repeating: 0, count: k)
  if k == 0 {
    // LAPACK rejects empty matrices; the full factors are identities.
    return (
      fullMatrices ? LAPACK.identity(m) : u, Vector(s), fullMatrices ? LAPACK.identity(n) : vh
    )
  }
  var work = a.elements
  let info = LAPACKE_dgesdd(
    LAPACK.rowMajor, LAPACK.option(fullMatrices ? "A" : "S"), LAPACK.int(m), LAPACK.int(n), &work,
    LAPACK.int(n), &s, &u.elements, LAPACK.int(uColumns), &vh.elements, LAPACK.int(n))
  guard info == 0 else { throw .didNotConverge("SVD") }
  return (u, Vector(s), vh)
}

/// The singular values of `a` in descending order, like
/// `np.linalg.svd(a, compute_uv=False)` / `np.linalg.svdvals(a)`.
public func singularValues(_ a: Matrix) throws(LinearAlgebraError) -> Vector {
  try LAPACK.singularValues(a)
}

extension LAPACK {
  /// Singular values only (`dgesdd` with `jobz = 'N'`, as NumPy computes them
  /// for `compute_uv=False`, `matrix_rank` and `cond`).
  static func singularValues(_ a: Matrix) throws(LinearAlgebraError) -> Vector {
    try requireFinite(a)
    let (m, n) = (a.rows, a.columns)
    var s = [Double](repeating: 0, count: min(m, n))
    guard !s.isEmpty else { return Vector(s) }
    var work = a.elements
    // No vectors are written, but LAPACKE still checks the leading dimensions.
    var unusedU = 0.0
    var unusedVT = 0.0
    let info = LAPACKE_dgesdd(
      rowMajor, option("N"), int(m), int(n), &work, int(n), &s, &unusedU, int(max(1, m)), &unusedVT,
      int(max(1, n)))
    guard info == 0 else { throw .didNotConverge("SVD") }
    return Vector(s)
  }
}
