/// The rank of `a` — how many singular values exceed `tol`, like
/// `np.linalg.matrix_rank(a, tol)`. The default tolerance is
/// `s.max · max(rows, columns) · ε`, as in NumPy.
public func matrixRank(_ a: Matrix, tol: Double? = nil) throws(LinearAlgebraError) -> Int {
  let s = try LAPACK.singularValues(a)
  let threshold = tol ?? (s.elements.max() ?? 0) * Double(max(a.rows, a.columns)) * Double.ulpOfOne
  return s.elements.count(where: { $0 > threshold })
}

/// The rank of a vector seen as a 1-row matrix: 1 unless all of its elements
/// are zero, like `np.linalg.matrix_rank(v)`.
public func matrixRank(_ v: Vector) -> Int {
  v.elements.contains { $0 != 0 } ? 1 : 0
}
