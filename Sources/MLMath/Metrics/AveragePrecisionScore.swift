/// The average precision: the precision at each threshold weighted by the recall it adds,
/// AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ, a step-wise area under the precision–recall curve without
/// interpolation (scikit-learn's `sklearn.metrics.average_precision_score(y_true, y_score, pos_label=…)`).
///
/// ```swift
/// print(averagePrecisionScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]))   // 0.8333333333333333
/// ```
///
/// Unlike `auc(recall, precision)`, no straight line joins the points, so AP does not
/// reward an optimistic interpolation.
///
/// - Parameters:
///   - yTrue: binary labels (at most two values).
///   - yScore: a finite score per sample, higher meaning more likely `posLabel`.
///   - posLabel: the positive class (default 1); when `yTrue` holds two labels it must be
///     one of them.
/// - Returns: AP in [0, 1]; 0 with sklearn's warning when no sample is positive.
/// - Stops when the lengths differ, there is no sample, a score is not finite, `yTrue`
///   holds more than two labels, or `posLabel` is not among its two labels.
public func averagePrecisionScore(_ yTrue: IntVector, _ yScore: Vector, posLabel: Int = 1) -> Double {
  let function = "averagePrecisionScore"
  checkSampleCounts(yTrue.count, yScore.count, function, ("yTrue", "yScore"))
  checkMetricHasSamples(yTrue.count, function)
  let classes = sortedClassLabels(yTrue)
  if classes.count > 2 {
    failure(
      "\(function): yTrue takes \(classes.count) values \(labelListText(classes)); average precision of a multiclass problem needs a score per class (sklearn's label_binarize), or score one class against the rest with posLabel on binary labels"
    )
  }
  if classes.count == 2 && !classes.contains(posLabel) {
    failure(
      "\(function): posLabel=\(posLabel) is not a valid label. It should be one of \(labelListText(classes))")
  }
  let (precision, recall, _) = precisionRecallPoints(
    yTrue, yScore, posLabel: posLabel, dropIntermediate: false, function: function)
  let terms = (0..<(recall.count - 1)).map { i in
    (recall.elements[i + 1] - recall.elements[i]) * precision.elements[i]
  }
  // Python's max(0.0, x): a rounding error's -0.0 or -1e-17 becomes 0.0.
  let ap = -pairwiseSum(terms)
  return ap > 0 ? ap : 0.0
}
