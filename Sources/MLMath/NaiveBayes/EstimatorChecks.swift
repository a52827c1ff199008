import Foundation

// The checks scikit-learn's classifiers and regressors make before they fit or predict
// (`validate_data`, `check_classification_targets`, `check_is_fitted`), shared by the naive
// Bayes, neighbours and tree models, and the small pieces of arithmetic they share.

/// Stops unless `X` has at least one sample and one feature and only finite values.
func checkEstimatorInput(_ X: Matrix, _ function: String) {
  if X.rows == 0 || X.columns == 0 {
    let what = X.rows == 0 ? "0 sample(s)" : "0 feature(s)"
    failure(
      "\(function): found array with \(what) (shape \(shapeText(X.rows, X.columns))) while a minimum of 1 is required")
  }
  if let k = X.elements.firstIndex(where: { !$0.isFinite }) {
    let x = X.elements[k]
    failure(
      "\(function): X[\(k / X.columns), \(k % X.columns)] is \(x.isNaN ? "nan" : x > 0 ? "inf" : "-inf") (input X contains \(x.isNaN ? "NaN" : "infinity"))"
    )
  }
}

/// Stops unless `X` is valid input and has as many rows as `y` has samples.
func checkEstimatorFitInput(_ X: Matrix, samples: Int, _ function: String) {
  checkEstimatorInput(X, function)
  if X.rows != samples {
    failure(
      "\(function): found input variables with inconsistent numbers of samples: [\(X.rows), \(samples)] (X has \(X.rows) rows, y has \(samples) elements)"
    )
  }
}

/// Stops unless the fitted model saw `expected` features.
func checkEstimatorFeatures(_ columns: Int, expected: Int, _ type: String, _ function: String) {
  if columns != expected {
    failure("\(function): X has \(columns) features, but \(type) is expecting \(expected) features as input")
  }
}

/// The stop for a model used before `fit` (sklearn's `NotFittedError`).
func estimatorNotFitted(_ type: String, _ function: String) -> Never {
  failure(
    "\(function): this \(type) instance is not fitted yet. Call fit(_:_:) with appropriate arguments before using this estimator"
  )
}

/// The sorted distinct labels of `y` and, for each sample, the position of its label.
func encodeClassLabels(_ y: IntVector) -> (classes: IntVector, encoded: [Int]) {
  let classes = Array(Set(y.elements)).sorted()
  var position: [Int: Int] = [:]
  for (k, c) in classes.enumerated() { position[c] = k }
  return (IntVector(classes), y.elements.map { position[$0]! })
}

/// `log(Σ exp(a))` as scikit-learn's `_logsumexp` computes it (SciPy's method): with M the
/// largest entry and m the number of entries equal to M, `log1p(s/m) + log(m) + M` where s
/// sums `exp(aᵢ − M)` over the other entries — no overflow, and `log1p` keeps the small
/// probabilities' digits.
func logSumExpOfRow(_ a: ArraySlice<Double>) -> Double {
  guard let top = a.max() else { return -.infinity }
  let shift = top.isFinite ? top : 0
  var m = 0.0
  var s = 0.0
  for x in a {
    if x == top { m += 1 } else { s += Foundation.exp(x - shift) }
  }
  if s != 0 { s /= m }
  return Foundation.log1p(s) + Foundation.log(m) + top
}

/// Each row of the joint log-likelihood `jll` minus its log-sum-exp: log-probabilities
/// whose exponentials sum to 1 row by row (sklearn's `predict_log_proba` of naive Bayes).
func normalizedLogProbabilities(_ jll: Matrix) -> Matrix {
  var out = jll.elements
  let c = jll.columns
  for i in 0..<jll.rows {
    let norm = logSumExpOfRow(jll.elements[(i * c)..<((i + 1) * c)])
    for j in 0..<c { out[i * c + j] -= norm }
  }
  return Matrix(rows: jll.rows, columns: c, elements: out)
}

/// The class label of each row's largest entry (the first one on ties, as `np.argmax`).
func labelsOfRowMaxima(_ scores: Matrix, classes: IntVector) -> IntVector {
  let c = scores.columns
  return IntVector(
    (0..<scores.rows).map { i in
      var best = 0
      for j in 1..<max(c, 1) where scores.elements[i * c + j] > scores.elements[i * c + best] { best = j }
      return classes.elements[best]
    })
}

/// A short line of a model's summary: `"\n  name: value"`.
func estimatorReportLine(_ name: String, _ value: CustomStringConvertible) -> String {
  let text = "\(value)".replacingOccurrences(of: "\n", with: "\n    ")
  return "\n  \(name): \(text)"
}
