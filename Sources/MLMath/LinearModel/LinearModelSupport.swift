// What scikit-learn's linear models share: input checks, centring the data so the intercept
// drops out of the fit (sklearn's `_preprocess_data` and `_set_intercept`), triangular
// solves for the Cholesky and QR routes, and the lines of a fitted model's summary.

/// Stops unless `X` (n × p, finite, n, p ≥ 1) and `y` (n finite values) can be fitted.
func checkRegressionData(_ X: Matrix, _ y: Vector, _ function: String) {
  checkTransformerInput(X, allowNaN: false, function)
  if y.count != X.rows {
    failure(
      "\(function): X has \(X.rows) samples but y has \(y.count) (y needs one target per row of X)")
  }
  if let k = y.elements.firstIndex(where: { !$0.isFinite }) {
    failure("\(function): y[\(k)] is \(y[k]) (input y contains NaN or infinity)")
  }
}

/// Stops unless the model is fitted and `X` has the features it was fitted on.
func checkPredictionData(_ X: Matrix, fittedFeatures: Int?, _ type: String, _ function: String) {
  guard let fittedFeatures else {
    failure(
      "\(function): this \(type) instance is not fitted yet. Call fit(_:_:) with appropriate arguments before using this estimator"
    )
  }
  checkTransformerInput(X, allowNaN: false, function)
  checkTransformerFeatures(X.columns, expected: fittedFeatures, type, function)
}

/// Stops unless `value` is finite and ≥ 0 (or > 0 when `positive`).
func checkModelParameter(_ value: Double, _ name: String, positive: Bool = false, _ function: String) {
  if !value.isFinite || value < 0 || (positive && value == 0) {
    failure("\(function): \(name) must be \(positive ? "> 0" : "≥ 0") and finite, got \(value)")
  }
}

/// Stops unless `value` ≥ 1.
func checkModelCount(_ value: Int, _ name: String, _ function: String) {
  if value < 1 { failure("\(function): \(name) must be at least 1, got \(value)") }
}

/// The data a linear model is fitted on: with `fitIntercept`, X and y minus their column
/// means (sklearn's `_preprocess_data`), so the fitted line passes through (x̄, ȳ) and the
/// intercept is ȳ − x̄·w afterwards; without it, X and y unchanged and zero offsets.
struct CentredData {
  var X: Matrix
  var y: Vector
  var xOffset: Vector
  var yOffset: Double

  init(_ X: Matrix, _ y: Vector, fitIntercept: Bool) {
    guard fitIntercept else {
      (self.X, self.y, xOffset, yOffset) = (X, y, Vector(repeating: 0, count: X.columns), 0)
      return
    }
    xOffset = X.mean(axis: 0)
    yOffset = y.elements.reduce(0, +) / Double(y.count)
    self.X = X - xOffset
    self.y = y - yOffset
  }

  /// The intercept that goes with coefficients `coef` fitted on the centred data
  /// (sklearn's `_set_intercept`): ȳ − x̄·w, or 0 without an intercept.
  func intercept(_ coef: Vector) -> Double { yOffset - xOffset.dot(coef) }
}

/// The solution of L x = b for a lower-triangular L (forward substitution).
func solveLowerTriangular(_ L: Matrix, _ b: Vector) -> Vector {
  var x = b.elements
  for i in 0..<L.rows {
    var s = x[i]
    for k in 0..<i { s -= L[i, k] * x[k] }
    x[i] = s / L[i, i]
  }
  return Vector(x)
}

/// The solution of U x = b for an upper-triangular U (back substitution).
func solveUpperTriangular(_ U: Matrix, _ b: Vector) -> Vector {
  var x = b.elements
  for i in stride(from: U.rows - 1, through: 0, by: -1) {
    var s = x[i]
    for k in (i + 1)..<U.rows { s -= U[i, k] * x[k] }
    x[i] = s / U[i, i]
  }
  return Vector(x)
}

/// The solution of A x = b for a symmetric positive-definite A, through its Cholesky factor
/// A = L Lᵀ: L z = b, then Lᵀ x = z (SciPy's `solve(A, b, assume_a="pos")`); nil when A is
/// not positive definite, or singular to working precision (a pivot Lᵢᵢ² at most n·ε·max Aⱼⱼ).
func solvePositiveDefinite(_ A: Matrix, _ b: Vector) -> Vector? {
  guard let L = try? cholesky(A) else { return nil }
  let largest = (0..<A.rows).map { A[$0, $0] }.max() ?? 0
  let floor = Double(A.rows) * Double.ulpOfOne * largest
  if (0..<A.rows).contains(where: { L[$0, $0] * L[$0, $0] <= floor }) { return nil }
  return solveUpperTriangular(L.transposed(), solveLowerTriangular(L, b))
}

/// `"  name: value"` lines for a fitted model's summary, the names padded to one width.
func modelReport(_ head: String, _ lines: [(String, String)]) -> String {
  let width = lines.map(\.0.count).max() ?? 0
  return
    ([head]
    + lines.map { name, value in
      let label = name + ":" + String(repeating: " ", count: width - name.count)
      return "  \(label) "
        + value.replacingOccurrences(of: "\n", with: "\n  " + String(repeating: " ", count: width + 2))
    }).joined(separator: "\n")
}
