/// The mean absolute error (1/n) Σᵢ |yᵢ − ŷᵢ| (scikit-learn's
/// `sklearn.metrics.mean_absolute_error(y_true, y_pred)`).
///
/// ```swift
/// print(meanAbsoluteError([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]))   // 0.5
/// ```
///
/// - Parameters:
///   - yTrue: the targets; `yPred`: the predictions, as many; all finite.
/// - Returns: the MAE, in the unit of y; less sensitive to outliers than the MSE.
/// - Stops when the lengths differ, there is no sample, or a value is NaN or infinite.
public func meanAbsoluteError(_ yTrue: Vector, _ yPred: Vector) -> Double {
  checkRegressionTargets(yTrue, yPred, "meanAbsoluteError")
  let errors = zip(yPred.elements, yTrue.elements).map { abs($0 - $1) }
  return pairwiseSum(errors) / Double(errors.count)
}
