/// scikit-learn's text report of precision, recall, F1 and support per class, with the
/// accuracy and the macro and weighted averages
/// (`sklearn.metrics.classification_report(y_true, y_pred, labels=…, target_names=…, digits=…, zero_division=…)`).
///
/// The text is sklearn's, character for character:
///
/// ```swift
/// print(classificationReport([0, 1, 2, 2, 2], [0, 0, 2, 2, 1], targetNames: ["ant", "bird", "cat"]))
/// //               precision    recall  f1-score   support
/// //
/// //          ant       0.50      1.00      0.67         1
/// //         bird       0.00      0.00      0.00         1
/// //          cat       1.00      0.67      0.80         3
/// //
/// //     accuracy                           0.60         5
/// //    macro avg       0.50      0.56      0.49         5
/// // weighted avg       0.70      0.60      0.61         5
/// ```
///
/// - Parameters:
///   - yTrue, yPred: true and predicted labels, as many of each.
///   - labels: the classes to report, in order (default: every label that occurs, sorted).
///     When they leave out a label that occurs, the first summary row is "micro avg"
///     instead of "accuracy", as in sklearn.
///   - targetNames: a display name per class of `labels` (default: the labels as text).
///   - digits: digits after the decimal point (default 2).
///   - zeroDivision: the score of a 0 / 0 (see ``ZeroDivision``).
/// - Stops when the lengths differ, there is no sample, or `targetNames` does not name
///   every class (sklearn raises without `labels`, and zips the shorter list with them).
public func classificationReport(
  _ yTrue: IntVector, _ yPred: IntVector, labels: IntVector? = nil, targetNames: [String]? = nil,
  digits: Int = 2, zeroDivision: ZeroDivision = .warn
) -> String {
  let function = "classificationReport"
  checkSampleCounts(yTrue.count, yPred.count, function)
  checkMetricHasSamples(yTrue.count, function)
  if digits < 0 { failure("\(function): digits must be ≥ 0, got \(digits)") }
  let present = sortedClassLabels(yTrue, yPred)
  let order = labels?.elements ?? present
  let microIsAccuracy = labels == nil || Set(order).isSuperset(of: present)
  if let targetNames, targetNames.count != order.count {
    if labels == nil {
      failure(
        "\(function): number of classes, \(order.count), does not match size of targetNames, \(targetNames.count). Try specifying the labels parameter"
      )
    }
    sklearnWarning(
      "UserWarning",
      "labels size, \(order.count), does not match size of target_names, \(targetNames.count)")
  }
  let names = targetNames ?? order.map(String.init)
  let warnFor: Set<String> = ["precision", "recall", "f-score"]
  let labelVector = IntVector(order)
  let perClass = classScores(
    yTrue, yPred, beta: 1, labels: labelVector, posLabel: 1, average: nil, warnFor: warnFor,
    zeroDivision: zeroDivision, function: function)

  let headers = ["precision", "recall", "f1-score", "support"]
  let width = Swift.max(names.map(\.count).max() ?? 0, "weighted avg".count, digits)
  func row(_ name: String, _ values: [Double], _ support: Int) -> String {
    name.padded(to: width) + " "
      + values.map { " " + $0.fixed(digits, width: 9) }.joined() + " " + String(support).padded(to: 9) + "\n"
  }
  var report = "".padded(to: width) + " " + headers.map { " " + $0.padded(to: 9) }.joined() + "\n\n"
  for k in 0..<Swift.min(names.count, order.count) {
    report += row(
      names[k], [perClass.precision[k], perClass.recall[k], perClass.fScore[k]], perClass.support[k])
  }
  report += "\n"
  let total = perClass.support.reduce(0, +)
  for average in [ClassAverage.micro, .macro, .weighted] {
    let scores = averaged(
      classScores(
        yTrue, yPred, beta: 1, labels: labelVector, posLabel: 1, average: average, warnFor: warnFor,
        zeroDivision: zeroDivision, function: function), average)
    if average == .micro && microIsAccuracy {
      report +=
        "accuracy".padded(to: width) + " " + String(repeating: " ", count: 20) + " "
        + scores.fScore.fixed(digits, width: 9) + " " + String(total).padded(to: 9) + "\n"
    } else {
      report += row(
        "\(average.sklearnName) avg", [scores.precision, scores.recall, scores.fScore], total)
    }
  }
  return report
}
