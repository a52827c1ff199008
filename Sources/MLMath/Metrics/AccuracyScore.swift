/// The fraction of samples whose predicted label equals the true label
/// (scikit-learn's `sklearn.metrics.accuracy_score(y_true, y_pred, normalize=…)`).
///
/// ```swift
/// let yTrue: IntVector = [0, 1, 2, 2, 1]
/// let yPred: IntVector = [0, 2, 2, 2, 1]
/// print(accuracyScore(yTrue, yPred))                    // 0.8
/// print(accuracyScore(yTrue, yPred, normalize: false))  // 4.0
/// ```
///
/// - Parameters:
///   - yTrue: the true class labels, one per sample (any integers).
///   - yPred: the predicted labels, as many as `yTrue`.
///   - normalize: `true` (the default) gives the fraction correct, in [0, 1]; `false`
///     the number correct, as a `Double` (as sklearn returns a float).
/// - Stops when the lengths differ or there is no sample, as sklearn raises.
public func accuracyScore(_ yTrue: IntVector, _ yPred: IntVector, normalize: Bool = true) -> Double {
  checkSampleCounts(yTrue.count, yPred.count, "accuracyScore")
  checkMetricHasSamples(yTrue.count, "accuracyScore")
  let correct = zip(yTrue.elements, yPred.elements).count { $0 == $1 }
  return normalize ? Double(correct) / Double(yTrue.count) : Double(correct)
}
