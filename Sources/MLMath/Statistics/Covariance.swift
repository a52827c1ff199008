// Covariance and correlation matrices, NumPy-style: each ROW of the matrix is
// one variable and each column one observation (`np.cov(m)`), unless you pass
// `rowVariables: false` (NumPy's `rowvar=False`, the layout of a data table).

/// The covariance matrix of the variables in `m` (NumPy's `np.cov(m, rowvar, ddof)`).
///
/// By default rows are variables and `ddof` is 1 (the unbiased estimate), as in NumPy.
/// For a data table with one observation per row, pass `rowVariables: false`.
/// Computed as NumPy does — centre, multiply by the transpose (BLAS), then scale
/// by `1 / (n − ddof)` — so results agree to the last digit; `ddof ≥ n` gives
/// ±∞ (NaN where the product is 0), as NumPy's divisor `max(n − ddof, 0)` does.
public func cov(_ m: Matrix, rowVariables: Bool = true, ddof: Double = 1) -> Matrix {
  let data = rowVariables ? m : m.transposed()
  let centered = data - data.mean(axis: 1).asColumn
  let product = LAPACK.product(centered, centered.transposed())
  return product * (1 / varianceDivisor(data.columns, ddof))
}

/// The 2×2 covariance matrix of two variables (NumPy's `np.cov(x, y)`).
public func cov(_ x: Vector, _ y: Vector, ddof: Double = 1) -> Matrix {
  Vector.checkSameCount(x, y, "cov")
  return cov(vstack([x, y]), ddof: ddof)
}

/// The variance of one variable with `ddof: 1` by default (NumPy's `np.cov(x)`,
/// which returns a 0-d array: a scalar here).
public func cov(_ x: Vector, ddof: Double = 1) -> Double {
  unsignedNaN(cov(x.asRow, ddof: ddof)[0, 0])
}

/// The Pearson correlation matrix of the variables in `m` (NumPy's `np.corrcoef(m, rowvar)`).
///
/// Entries are clipped to [−1, 1], as in NumPy. One variable gives the 1×1
/// matrix `[[c / c]]` (1, or NaN for constant data), where NumPy returns that
/// number as a 0-d array.
public func corrcoef(_ m: Matrix, rowVariables: Bool = true) -> Matrix {
  let c = cov(m, rowVariables: rowVariables)
  if c.count == 1 { return c / c }
  let d = sqrt(diag(c))
  return clip(c / d.asColumn / d, -1, 1)
}

/// The 2×2 Pearson correlation matrix of two variables (NumPy's `np.corrcoef(x, y)`);
/// the correlation itself is element `[0, 1]`.
public func corrcoef(_ x: Vector, _ y: Vector) -> Matrix {
  Vector.checkSameCount(x, y, "corrcoef")
  return corrcoef(vstack([x, y]))
}

/// The correlation of one variable with itself (NumPy's `np.corrcoef(x)`, a 0-d
/// array): 1, or NaN for constant or empty data.
public func corrcoef(_ x: Vector) -> Double {
  // NumPy's scalar case: `c / c` for the covariance c, without square roots.
  let c = cov(x)
  return unsignedNaN(c / c)
}
