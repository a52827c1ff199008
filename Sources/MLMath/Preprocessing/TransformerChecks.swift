// The checks scikit-learn's transformers make before they fit or transform
// (`validate_data`, `check_is_fitted`), as stops naming the transformer and method.

/// Stops unless `X` has at least one sample and one feature, and — unless `allowNaN` —
/// no NaN; infinities always stop (sklearn's `check_array(ensure_all_finite='allow-nan')`).
func checkTransformerInput(_ X: Matrix, allowNaN: Bool, _ function: String) {
  if X.rows == 0 || X.columns == 0 {
    let what = X.rows == 0 ? "0 sample(s)" : "0 feature(s)"
    failure(
      "\(function): found array with \(what) (shape \(shapeText(X.rows, X.columns))) while a minimum of 1 is required")
  }
  if let k = X.elements.firstIndex(where: { $0.isInfinite || (!allowNaN && $0.isNaN) }) {
    let x = X.elements[k]
    failure(
      "\(function): X[\(k / X.columns), \(k % X.columns)] is \(x.isNaN ? "nan" : x > 0 ? "inf" : "-inf") (input X contains \(x.isNaN ? "NaN" : "infinity"))"
    )
  }
}

/// Stops unless `X` has the `expected` number of features the transformer was fitted on.
func checkTransformerFeatures(_ columns: Int, expected: Int, _ type: String, _ function: String) {
  if columns != expected {
    failure(
      "\(function): X has \(columns) features, but \(type) is expecting \(expected) features as input")
  }
}

/// The stop for a transformer used before `fit` (sklearn's `NotFittedError`).
func transformerNotFitted(_ type: String, _ function: String) -> Never {
  failure(
    "\(function): this \(type) instance is not fitted yet. Call fit(_:) with appropriate arguments before using this estimator"
  )
}

/// `scale` with 1 wherever `isConstant` (or, without a mask, wherever the scale is below
/// 10ε) — sklearn's `_handle_zeros_in_scale`, so a constant feature is left unscaled
/// instead of divided by 0.
func scaleWithoutZeros(_ scale: [Double], isConstant: [Bool]? = nil) -> [Double] {
  scale.indices.map { j in
    let constant = isConstant?[j] ?? (scale[j] < 10 * Double.ulpOfOne)
    return constant ? 1 : scale[j]
  }
}

/// `"[1. 2.]"`, a short NumPy rendering for a fitted transformer's report.
func transformerReportLine(_ name: String, _ v: Vector?) -> String {
  v.map { "\n  \(name) \($0)" } ?? ""
}
