internal import CLAPACK

/// The eigenvalues and right eigenvectors of a general square matrix, like
/// `w, v = np.linalg.eig(a)` (LAPACK `dgeev`).
///
/// Eigenvalues of a real matrix are real or come in conjugate pairs, so both
/// results are complex: `eigenvalues[j]` belongs to the eigenvector in column
/// `j` of `eigenvectors`, `(eigenvectors.real[i, j], eigenvectors.imaginary[i, j])`.
/// As in NumPy, each eigenvector has unit length, the order is LAPACK's (not
/// sorted), and a vector is determined only up to a (complex) scale factor.
public func eig(_ a: Matrix) throws(LinearAlgebraError) -> (
  eigenvalues: [Complex], eigenvectors: (real: Matrix, imaginary: Matrix)
) {
  let (values, vectors) = try LAPACK.generalEigen(a, vectors: true)
  return (values, vectors)
}

/// The eigenvalues of a general square matrix, like `np.linalg.eigvals(a)`.
public func eigvals(_ a: Matrix) throws(LinearAlgebraError) -> [Complex] {
  try LAPACK.generalEigen(a, vectors: false).values
}

extension LAPACK {
  /// `dgeev`, with LAPACK's packed conjugate-pair eigenvectors unpacked.
  static func generalEigen(_ a: Matrix, vectors: Bool) throws(LinearAlgebraError) -> (
    values: [Complex], vectors: (real: Matrix, imaginary: Matrix)
  ) {
    try requireSquare(a)
    try requireFinite(a)
    let n = a.rows
    var real = Matrix(rows: n, columns: n)
    var imaginary = Matrix(rows: n, columns: n)
    guard n > 0 else { return ([], (real, imaginary)) }
    var work = a.elements
    var wr = [Double](repeating: 0, count: n)
    var wi = [Double](repeating: 0, count: n)
    var right = [Double](repeating: 0, count: vectors ? n * n : 1)
    var unused = 0.0
    let info = LAPACKE_dgeev(
      rowMajor, option("N"), option(vectors ? "V" : "N"), int(n), &work, int(n), &wr, &wi, &unused,
      1,
      &right, int(vectors ? n : 1))
    guard info == 0 else { throw .didNotConverge("Eigenvalues") }
    let values = (0..<n).map { Complex(wr[$0], wi[$0]) }
    guard vectors else { return (values, (real, imaginary)) }
    // A conjugate pair (j, j + 1) shares columns: v_j = x + iy, v_{j+1} = x - iy.
    var j = 0
    while j < n {
      if wi[j] != 0, j + 1 < n {
        for i in 0..<n {
          let x = right[i * n + j]
          let y = right[i * n + j + 1]
          real.elements[i * n + j] = x
          imaginary.elements[i * n + j] = y
          real.elements[i * n + j + 1] = x
          imaginary.elements[i * n + j + 1] = -y
        }
        j += 2
      } else {
        for i in 0..<n { real.elements[i * n + j] = right[i * n + j] }
        j += 1
      }
    }
    return (values, (real, imaginary))
  }
}
