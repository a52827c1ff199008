/// The counts of each (true label, predicted label) pair (scikit-learn's
/// `sklearn.metrics.confusion_matrix(y_true, y_pred, labels=…)`).
///
/// Entry `[i, j]` counts the samples whose true label is `labels[i]` and whose predicted
/// label is `labels[j]`: rows are true classes, columns predicted ones, the diagonal the
/// correct predictions. For two classes `[0, 1]` it is `[[TN, FP], [FN, TP]]`.
///
/// ```swift
/// let cm = confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2])
/// print(cm)
/// // [[2 0 0]
/// //  [0 0 1]
/// //  [1 0 2]]
/// ```
///
/// - Parameters:
///   - yTrue: the true labels; `yPred`: the predicted labels, as many.
///   - labels: the classes, in the order of the rows and columns; by default every label
///     that occurs in `yTrue` or `yPred`, sorted. Samples whose true or predicted label is
///     not listed are left out, as in sklearn; a listed label that never occurs gives a
///     row and column of zeros.
/// - Returns: an `IntMatrix` of shape (n labels, n labels).
/// - Stops when the lengths differ, there is no sample, `labels` is empty, or none of
///   `labels` occurs in `yTrue` (sklearn's `ValueError`s). A 1 × 1 result prints sklearn's
///   warning to pass `labels`.
public func confusionMatrix(_ yTrue: IntVector, _ yPred: IntVector, labels: IntVector? = nil)
  -> IntMatrix
{
  let (order, counts) = confusionCounts(yTrue, yPred, labels: labels, function: "confusionMatrix")
  return IntMatrix(rows: order.count, columns: order.count, elements: counts)
}

/// How ``confusionMatrix(_:_:labels:normalize:)`` divides the counts (sklearn's `normalize=`).
public enum ConfusionNormalization: Sendable, Hashable {
  /// Each row sums to 1: the share of each true class given each prediction
  /// (sklearn's `normalize='true'`; the diagonal is each class's recall).
  case trueLabels
  /// Each column sums to 1 (sklearn's `normalize='pred'`; the diagonal is each class's precision).
  case predictedLabels
  /// All entries sum to 1 (sklearn's `normalize='all'`).
  case all
}

/// The confusion matrix divided by its row sums, column sums or total
/// (`sklearn.metrics.confusion_matrix(y_true, y_pred, labels=…, normalize='true' | 'pred' | 'all')`).
///
/// A row or column with no sample gives zeros, not NaN, as sklearn's `nan_to_num`.
/// Other arguments and stops as ``confusionMatrix(_:_:labels:)``.
public func confusionMatrix(
  _ yTrue: IntVector, _ yPred: IntVector, labels: IntVector? = nil, normalize: ConfusionNormalization
) -> Matrix {
  let (order, counts) = confusionCounts(yTrue, yPred, labels: labels, function: "confusionMatrix")
  let n = order.count
  let cm = counts.map(Double.init)
  var out = cm
  for i in 0..<n {
    for j in 0..<n {
      let total: Double
      switch normalize {
      case .trueLabels: total = (0..<n).reduce(0.0) { $0 + cm[i * n + $1] }
      case .predictedLabels: total = (0..<n).reduce(0.0) { $0 + cm[$1 * n + j] }
      case .all: total = cm.reduce(0, +)
      }
      let x = cm[i * n + j] / total
      out[i * n + j] = x.isNaN ? 0 : x
    }
  }
  return Matrix(rows: n, columns: n, elements: out)
}

/// The label order and the row-major counts of the confusion matrix.
func confusionCounts(_ yTrue: IntVector, _ yPred: IntVector, labels: IntVector?, function: String)
  -> (labels: [Int], counts: [Int])
{
  checkSampleCounts(yTrue.count, yPred.count, function)
  checkMetricHasSamples(yTrue.count, function)
  let order: [Int]
  if let labels {
    if labels.count == 0 { failure("\(function): labels should contain at least one label") }
    let present = Set(yTrue.elements)
    if !labels.elements.contains(where: present.contains) {
      failure(
        "\(function): at least one label specified must be in yTrue (labels \(labelListText(labels.elements)), yTrue holds \(labelListText(sortedClassLabels(yTrue))))"
      )
    }
    order = labels.elements
  } else {
    order = sortedClassLabels(yTrue, yPred)
  }
  // A label listed twice counts at its last position, as in sklearn's label → index dictionary.
  var position: [Int: Int] = [:]
  for (k, label) in order.enumerated() { position[label] = k }
  let n = order.count
  var counts = [Int](repeating: 0, count: n * n)
  for (t, p) in zip(yTrue.elements, yPred.elements) {
    if let i = position[t], let j = position[p] { counts[i * n + j] += 1 }
  }
  if n == 1 {
    sklearnWarning(
      "UserWarning",
      "A single label was found in 'y_true' and 'y_pred'. For the confusion matrix to have the correct shape, use the 'labels' parameter to pass all known labels."
    )
  }
  return (order, counts)
}
