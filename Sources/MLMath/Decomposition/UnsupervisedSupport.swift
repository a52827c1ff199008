// Checks and small helpers shared by the unsupervised models (PCA, KMeans,
// GaussianMixture), in the manner of Preprocessing/TransformerChecks.swift.

/// Stops unless `X` has at least `minimumSamples` rows and one column, all finite
/// (sklearn's `validate_data(ensure_min_samples=…)` with `ensure_all_finite=True`).
func checkUnsupervisedInput(_ X: Matrix, minimumSamples: Int, _ function: String) {
  if X.columns == 0 {
    failure(
      "\(function): found array with 0 feature(s) (shape \(shapeText(X.rows, X.columns))) while a minimum of 1 is required"
    )
  }
  if X.rows < minimumSamples {
    failure(
      "\(function): found array with \(X.rows) sample(s) (shape \(shapeText(X.rows, X.columns))) while a minimum of \(minimumSamples) is required"
    )
  }
  checkTransformerInput(X, allowNaN: false, function)
}

/// The mean of each column of `X`, summed in row order.
func columnMeans(_ X: Matrix) -> [Double] {
  let d = X.columns
  var sums = [Double](repeating: 0, count: d)
  for i in 0..<X.rows {
    for j in 0..<d { sums[j] += X.elements[i * d + j] }
  }
  return sums.map { $0 / Double(X.rows) }
}

/// The squared Euclidean norm of each row of `X` (sklearn's `row_norms(X, squared=True)`).
func rowSquaredNorms(_ X: Matrix) -> [Double] {
  let d = X.columns
  return (0..<X.rows).map { i in
    var s = 0.0
    for j in 0..<d { s += X.elements[i * d + j] * X.elements[i * d + j] }
    return s
  }
}

/// The index of the first largest entry of `values` (NumPy's `argmax`).
func firstArgmax(_ values: ArraySlice<Double>) -> Int {
  var best = values.startIndex
  for k in values.indices where values[k] > values[best] { best = k }
  return best - values.startIndex
}
