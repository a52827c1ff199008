// The checks and normalisation shared by the information-theory functions:
// a distribution is a vector (or table) of nonnegative weights that SciPy
// divides by their sum before use.

/// Stops if an element of `a` is negative, naming it as `name[i]` (or
/// `name[i, j]` when `columns` is given). NaN passes: it propagates to a NaN result.
func checkNonnegative(_ a: [Double], _ function: String, _ name: String, columns: Int? = nil) {
  guard let i = a.firstIndex(where: { $0 < 0 }) else { return }
  let position = columns.map { "[\(i / $0), \(i % $0)]" } ?? "[\(i)]"
  failure(
    "\(function): \(name)\(position) = \(a[i]) is negative (probabilities and counts must be ≥ 0)")
}

/// Stops unless `p` and `q` have the same length.
func checkSameOutcomes(_ p: Vector, _ q: Vector, _ function: String) {
  if p.count != q.count {
    failure(
      "\(function): p has \(p.count) elements but q has \(q.count) (both must give the probabilities of the same outcomes)"
    )
  }
}

/// `a / Σa` elementwise, the sum in NumPy's pairwise order, as SciPy's
/// `pk / np.sum(pk)`. All-zero weights give NaN (0 / 0), as in SciPy.
func normalized(_ a: [Double]) -> [Double] {
  let total = pairwiseSum(a)
  return mapElements(a) { $0 / total }
}

/// `p` checked (no negative element) and normalised to sum to 1.
func distribution(_ p: Vector, _ function: String, _ name: String) -> [Double] {
  checkNonnegative(p.elements, function, name)
  return normalized(p.elements)
}

/// `joint` checked and normalised to sum to 1, as a matrix of the same shape.
func jointDistribution(_ joint: Matrix, _ function: String) -> Matrix {
  checkNonnegative(joint.elements, function, "joint", columns: joint.columns)
  return Matrix(rows: joint.rows, columns: joint.columns, elements: normalized(joint.elements))
}

/// The sum of `f(a[i], b[i])` in NumPy's pairwise order; `a` and `b` have the same count.
func pairwiseSum(_ a: [Double], _ b: [Double], of f: (Double, Double) -> Double) -> Double {
  pairwiseSum(zipElements(a, b, f))
}

/// `x`, or 0 if `x` is negative: results that are ≥ 0 in exact arithmetic but
/// formed by cancellation (mutual information, information gain) are clipped at
/// 0 as scikit-learn clips `mutual_info_score`. NaN stays NaN.
func clippedAtZero(_ x: Double) -> Double { x < 0 ? 0 : x }
