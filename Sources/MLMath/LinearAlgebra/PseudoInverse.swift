/// The Moore–Penrose pseudo-inverse, like `np.linalg.pinv(a, rcond)`: from
/// the thin SVD `a = u · diag(s) · vh`, `vhᵀ · diag(1/s) · uᵀ`, where singular
/// values at most `rcond · s.max` are treated as zero.
public func pinv(_ a: Matrix, rcond: Double = 1e-15) throws(LinearAlgebraError) -> Matrix {
  let (m, n) = (a.rows, a.columns)
  guard m > 0, n > 0 else { return Matrix(rows: n, columns: m) }
  let (u, s, vh) = try svd(a, fullMatrices: false)
  let cutoff = rcond * (s.elements.max() ?? 0)
  let k = s.count
  // Scale the rows of uᵀ by 1/s (rows of negligible s become zero), then
  // multiply vhᵀ by them: NumPy's order, so the rounding is NumPy's too.
  var scaled = LAPACK.transpose(u)
  for i in 0..<k {
    let factor = s[i] > cutoff ? 1 / s[i] : 0
    for j in 0..<m { scaled.elements[i * m + j] *= factor }
  }
  return LAPACK.product(LAPACK.transpose(vh), scaled)
}
