/// The mean squared error (1/n) Σᵢ (yᵢ − ŷᵢ)² (scikit-learn's
/// `sklearn.metrics.mean_squared_error(y_true, y_pred)`).
///
/// ```swift
/// print(meanSquaredError([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]))   // 0.375
/// ```
///
/// - Parameters:
///   - yTrue: the targets; `yPred`: the predictions, as many; all finite.
/// - Returns: the MSE, in the squared unit of y.
/// - Stops when the lengths differ, there is no sample, or a value is NaN or infinite
///   (sklearn's `ValueError`s).
public func meanSquaredError(_ yTrue: Vector, _ yPred: Vector) -> Double {
  checkRegressionTargets(yTrue, yPred, "meanSquaredError")
  return squaredErrorMean(yTrue, yPred)
}

/// The root mean squared error √((1/n) Σᵢ (yᵢ − ŷᵢ)²), in the unit of y (scikit-learn's
/// `sklearn.metrics.root_mean_squared_error(y_true, y_pred)`).
///
/// ```swift
/// print(rootMeanSquaredError([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]))   // 0.6123724356957945
/// ```
///
/// Arguments and stops as ``meanSquaredError(_:_:)``.
public func rootMeanSquaredError(_ yTrue: Vector, _ yPred: Vector) -> Double {
  checkRegressionTargets(yTrue, yPred, "rootMeanSquaredError")
  return squaredErrorMean(yTrue, yPred).squareRoot()
}

/// Σ (yᵢ − ŷᵢ)² / n with NumPy's pairwise sum.
private func squaredErrorMean(_ yTrue: Vector, _ yPred: Vector) -> Double {
  let squares = zip(yTrue.elements, yPred.elements).map { ($0 - $1) * ($0 - $1) }
  return pairwiseSum(squares) / Double(squares.count)
}
