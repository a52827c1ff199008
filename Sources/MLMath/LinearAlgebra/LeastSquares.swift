internal import CLAPACK

/// The least-squares solution of `a x ≈ b`, like
/// `x, residuals, rank, s = np.linalg.lstsq(a, b, rcond=None)` (LAPACK
/// `dgelsd`, divide-and-conquer SVD).
///
/// - `solution` minimizes `‖b - a x‖₂` (the minimum-norm one when `a` is rank deficient).
/// - `residuals` is `[‖b - a x‖₂²]` when `a` has full column rank and more
///   rows than columns, and empty otherwise (as in NumPy).
/// - `rank` is the effective rank of `a`: singular values at most
///   `rcond · s.max` count as zero; `rcond` defaults to `ε · max(rows, columns)`.
/// - `singularValues` are `a`'s, descending.
public func lstsq(_ a: Matrix, _ b: Vector, rcond: Double? = nil) throws(LinearAlgebraError) -> (
  solution: Vector, residuals: Vector, rank: Int, singularValues: Vector
) {
  guard b.count == a.rows else {
    throw .shapeMismatch(
      "lstsq: \(matrixText(a.rows, a.columns)) cannot fit \(vectorText(b.count)) (b needs one value per row, \(a.rows))"
    )
  }
  let result = try LAPACK.leastSquares(a, LAPACK.column(b), rcond: rcond)
  return (Vector(result.solution.elements), result.residuals, result.rank, result.singularValues)
}

/// The least-squares solution of `a X ≈ b` for each column of `b`, like
/// `np.linalg.lstsq(a, b, rcond=None)`; `residuals` has one entry per column.
public func lstsq(_ a: Matrix, _ b: Matrix, rcond: Double? = nil) throws(LinearAlgebraError) -> (
  solution: Matrix, residuals: Vector, rank: Int, singularValues: Vector
) {
  guard b.rows == a.rows else {
    throw .shapeMismatch(
      "lstsq: \(matrixText(a.rows, a.columns)) cannot fit \(matrixText(b.rows, b.columns)) (b needs one row per row of a, \(a.rows))"
    )
  }
  return try LAPACK.leastSquares(a, b, rcond: rcond)
}

extension LAPACK {
  /// `dgelsd` on copies of `a` and `b`, with NumPy's residuals.
  static func leastSquares(_ a: Matrix, _ b: Matrix, rcond: Double?) throws(LinearAlgebraError) -> (
    solution: Matrix, residuals: Vector, rank: Int, singularValues: Vector
  ) {
    try requireFinite(a)
    try requireFinite(b)
    let (m, n, nrhs) = (a.rows, a.columns, b.columns)
    let cutoff = rcond ?? Double.ulpOfOne * Double(max(m, n))
    let k = min(m, n)
    let squaredNorms = { (rows: Range<Int>, matrix: Matrix) -> Vector in
      Vector(
        (0..<nrhs).map { j in
          rows.reduce(0.0) { $0 + matrix.elements[$1 * nrhs + j] * matrix.elements[$1 * nrhs + j] }
        })
    }
    if k == 0 || nrhs == 0 {
      let residuals = m > n && nrhs > 0 ? squaredNorms(0..<m, b) : Vector([])
      return (
        Matrix(rows: n, columns: nrhs), residuals, 0, Vector([Double](repeating: 0, count: k))
      )
    }
    // `dgelsd` overwrites a max(m, n) × nrhs right-hand side with the solution
    // in its first n rows and the residual components in rows n..<m.
    let height = max(m, n)
    var x = Matrix(rows: height, columns: nrhs)
    x.elements.replaceSubrange(0..<(m * nrhs), with: b.elements)
    var work = a.elements
    var s = [Double](repeating: 0, count: k)
    var rank: Int32 = 0
    let info = LAPACKE_dgelsd(
      rowMajor, int(m), int(n), int(nrhs), &work, int(n), &x.elements, int(nrhs), &s, cutoff, &rank)
    guard info == 0 else { throw .didNotConverge("SVD in linear least squares") }
    let residuals = Int(rank) == n && m > n ? squaredNorms(n..<m, x) : Vector([])
    return (block(x, rows: n, columns: nrhs), residuals, Int(rank), Vector(s))
  }
}
