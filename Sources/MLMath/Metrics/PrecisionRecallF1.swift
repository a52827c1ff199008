// The one-number classification scores of scikit-learn: `precision_score`, `recall_score`,
// `f1_score`, `fbeta_score`, each a view of `precisionRecallFscoreSupport` that warns
// only about its own 0 / 0.

/// The precision tp / (tp + fp): of the samples predicted positive, the share that are
/// (scikit-learn's `sklearn.metrics.precision_score(y_true, y_pred, labels=…, pos_label=…, average=…, zero_division=…)`).
///
/// ```swift
/// let yTrue: IntVector = [0, 1, 1, 0, 1, 1]
/// let yPred: IntVector = [0, 1, 0, 1, 1, 1]
/// print(precisionScore(yTrue, yPred))   // 0.75  (3 of the 4 predicted 1s are 1s)
/// print(precisionScore([0, 1, 2, 2], [0, 2, 2, 1], average: .macro))   // 0.5
/// ```
///
/// - Parameters:
///   - yTrue, yPred: true and predicted labels, as many of each.
///   - labels: the classes an average combines (default: every label that occurs, sorted).
///   - posLabel: the positive class of a binary problem (default 1).
///   - average: ``ClassAverage/binary`` (the default: the labels take at most two values)
///     or a multiclass average; for per-class scores use
///     ``precisionRecallFscoreSupport(_:_:beta:labels:zeroDivision:)``.
///   - zeroDivision: the score when nothing is predicted positive (default `.warn`: 0.0 and
///     sklearn's `UndefinedMetricWarning`).
/// - Stops when the lengths differ, there is no sample, or `.binary` meets a multiclass
///   problem or two labels without `posLabel`, as sklearn raises.
public func precisionScore(
  _ yTrue: IntVector, _ yPred: IntVector, labels: IntVector? = nil, posLabel: Int = 1,
  average: ClassAverage = .binary, zeroDivision: ZeroDivision = .warn
) -> Double {
  averagedScore(yTrue, yPred, 1, labels, posLabel, average, zeroDivision, "precision", "precisionScore")
    .precision
}

/// The recall tp / (tp + fn), or sensitivity, true-positive rate: of the positive samples,
/// the share predicted positive (scikit-learn's `sklearn.metrics.recall_score`).
///
/// ```swift
/// print(recallScore([0, 1, 1, 0, 1, 1], [0, 1, 0, 1, 1, 1]))   // 0.75
/// ```
///
/// Parameters, averages and stops as ``precisionScore(_:_:labels:posLabel:average:zeroDivision:)``;
/// 0 / 0 happens for a class with no true sample.
public func recallScore(
  _ yTrue: IntVector, _ yPred: IntVector, labels: IntVector? = nil, posLabel: Int = 1,
  average: ClassAverage = .binary, zeroDivision: ZeroDivision = .warn
) -> Double {
  averagedScore(yTrue, yPred, 1, labels, posLabel, average, zeroDivision, "recall", "recallScore")
    .recall
}

/// The F1 score 2·tp / (2·tp + fp + fn), the harmonic mean of precision and recall
/// (scikit-learn's `sklearn.metrics.f1_score`).
///
/// ```swift
/// print(f1Score([0, 1, 1, 0, 1, 1], [0, 1, 0, 1, 1, 1]))   // 0.75
/// print(f1Score([0, 1, 2, 2], [0, 2, 2, 1], average: .weighted))
/// ```
///
/// As in sklearn, F1 comes from the counts, so it is 0 / 0 only for a class neither present
/// nor predicted. Parameters, averages and stops as
/// ``precisionScore(_:_:labels:posLabel:average:zeroDivision:)``; a macro F1 is the mean of
/// the per-class F1s, not the F1 of the mean precision and recall.
public func f1Score(
  _ yTrue: IntVector, _ yPred: IntVector, labels: IntVector? = nil, posLabel: Int = 1,
  average: ClassAverage = .binary, zeroDivision: ZeroDivision = .warn
) -> Double {
  averagedScore(yTrue, yPred, 1, labels, posLabel, average, zeroDivision, "f-score", "f1Score").fScore
}

/// The Fβ score (1 + β²)·tp / ((1 + β²)·tp + β²·fn + fp), which weighs recall β times as
/// much as precision (scikit-learn's `sklearn.metrics.fbeta_score(y_true, y_pred, beta=…)`).
///
/// β = 1 is F1, β = 2 favours recall, β = 0.5 precision; β = 0 is the precision and
/// β = `.infinity` the recall. Stops when β is negative or NaN; otherwise as
/// ``precisionScore(_:_:labels:posLabel:average:zeroDivision:)``.
public func fbetaScore(
  _ yTrue: IntVector, _ yPred: IntVector, beta: Double, labels: IntVector? = nil,
  posLabel: Int = 1, average: ClassAverage = .binary, zeroDivision: ZeroDivision = .warn
) -> Double {
  averagedScore(yTrue, yPred, beta, labels, posLabel, average, zeroDivision, "f-score", "fbetaScore")
    .fScore
}

/// The averaged scores, warning only about `metric`'s own 0 / 0 (sklearn's `warn_for`).
private func averagedScore(
  _ yTrue: IntVector, _ yPred: IntVector, _ beta: Double, _ labels: IntVector?, _ posLabel: Int,
  _ average: ClassAverage, _ zeroDivision: ZeroDivision, _ metric: String, _ function: String
) -> (precision: Double, recall: Double, fScore: Double) {
  let s = classScores(
    yTrue, yPred, beta: beta, labels: labels, posLabel: posLabel, average: average,
    warnFor: [metric], zeroDivision: zeroDivision, function: function)
  return averaged(s, average)
}
