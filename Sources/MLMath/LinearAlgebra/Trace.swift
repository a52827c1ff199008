/// The sum of the diagonal elements `a[i, i]`, like `np.trace(a)`; for a
/// non-square matrix the diagonal stops at `min(rows, columns)`.
public func trace(_ a: Matrix) -> Double {
  // Pairwise, as NumPy's `add.reduce` over the diagonal.
  unsignedNaN(pairwiseSum((0..<min(a.rows, a.columns)).map { a.elements[$0 * a.columns + $0] }))
}
