/// The area under a curve through the points (x[i], y[i]) by the trapezoidal rule
/// (scikit-learn's `sklearn.metrics.auc(x, y)`), for ROC or precision–recall points.
///
/// ```swift
/// let (fpr, tpr, _) = rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
/// print(auc(fpr, tpr))   // 0.75
/// ```
///
/// - Parameters:
///   - x: the abscissae, non-decreasing or non-increasing (a decreasing `x` gives the
///     area with a positive sign, as sklearn).
///   - y: the ordinates, as many.
/// - Stops when the lengths differ, there are fewer than 2 points, or `x` goes both up
///   and down (sklearn's `ValueError`s).
public func auc(_ x: Vector, _ y: Vector) -> Double {
  checkSampleCounts(x.count, y.count, "auc", ("x", "y"))
  if x.count < 2 {
    failure(
      "auc: at least 2 points are needed to compute area under curve, but x has \(x.count)")
  }
  let steps = zip(x.elements.dropFirst(), x.elements).map { $0 - $1 }
  var direction = 1.0
  if steps.contains(where: { $0 < 0 }) {
    guard steps.allSatisfy({ $0 <= 0 }) else {
      failure("auc: x is neither increasing nor decreasing: \(x)")
    }
    direction = -1
  }
  return unsignedNaN(direction * trapezoid(y, x: x))
}
