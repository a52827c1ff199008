/// The coefficient of determination R² = 1 − Σ(yᵢ − ŷᵢ)² / Σ(yᵢ − ȳ)² (scikit-learn's
/// `sklearn.metrics.r2_score(y_true, y_pred)`).
///
/// The share of the variance of y that the predictions explain: 1 is perfect, 0 is no
/// better than predicting the mean ȳ, and it is negative for worse predictions.
///
/// ```swift
/// print(r2Score([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]))   // 0.9486081370449679
/// ```
///
/// - Parameters:
///   - yTrue: the targets; `yPred`: the predictions, as many; all finite.
/// - Returns: R² ≤ 1. When y is constant (Σ(yᵢ − ȳ)² = 0), 1.0 for perfect predictions and
///   0.0 otherwise (sklearn's `force_finite=True`); NaN with sklearn's
///   `UndefinedMetricWarning` for a single sample.
/// - Stops when the lengths differ, there is no sample, or a value is NaN or infinite.
public func r2Score(_ yTrue: Vector, _ yPred: Vector) -> Double {
  checkRegressionTargets(yTrue, yPred, "r2Score")
  if yTrue.count < 2 {
    undefinedMetricWarning("R^2 score is not well-defined with less than two samples.")
    return .nan
  }
  let mean = pairwiseSum(yTrue.elements) / Double(yTrue.count)
  let numerator = pairwiseSum(zip(yTrue.elements, yPred.elements).map { ($0 - $1) * ($0 - $1) })
  let denominator = pairwiseSum(yTrue.elements.map { ($0 - mean) * ($0 - mean) })
  if denominator == 0 { return numerator == 0 ? 1 : 0 }
  if numerator == 0 { return 1 }
  return 1 - numerator / denominator
}
