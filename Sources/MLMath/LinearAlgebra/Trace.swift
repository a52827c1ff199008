/// The sum of the diagonal elements `a[i, i]`, like `np.trace(a)`; for a
/// non-square matrix the diagonal stops at `min(rows, columns)`.
public func trace(_ a: Matrix) -> Double {
  var sum = 0.0
  for i in 0..<min(a.rows, a.columns) { sum += a.elements[i * a.columns + i] }
  return sum
}
