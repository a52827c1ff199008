internal import CLAPACK

/// The eigenvalues (ascending) and orthonormal eigenvectors (the columns of
/// `eigenvectors`) of a symmetric matrix, like `w, v = np.linalg.eigh(a)`
/// (LAPACK `dsyevd`).
///
/// Only the lower triangle of `a` is read, as in NumPy's default `UPLO='L'`.
/// Each eigenvector is determined only up to sign.
public func eigh(_ a: Matrix) throws(LinearAlgebraError) -> (
  eigenvalues: Vector, eigenvectors: Matrix
) {
  let (values, vectors) = try LAPACK.symmetricEigen(a, vectors: true)
  return (values, vectors)
}

/// The eigenvalues (ascending) of a symmetric matrix, like `np.linalg.eigvalsh(a)`.
public func eigvalsh(_ a: Matrix) throws(LinearAlgebraError) -> Vector {
  try LAPACK.symmetricEigen(a, vectors: false).values
}

extension LAPACK {
  /// `dsyevd` on the lower triangle of `a`.
  static func symmetricEigen(_ a: Matrix, vectors: Bool) throws(LinearAlgebraError) -> (
    values: Vector, vectors: Matrix
  ) {
    try requireSquare(a)
    try requireFinite(a)
    let n = a.rows
    var w = [Double](repeating: 0, count: n)
    var z = a
    guard n > 0 else { return (Vector(w), z) }
    let info = LAPACKE_dsyevd(
      rowMajor, option(vectors ? "V" : "N"), option("L"), int(n), &z.elements, int(n), &w)
    guard info == 0 else { throw .didNotConverge("Eigenvalues") }
    return (Vector(w), z)
  }
}
