/// Precision and recall of the rule "predict positive when score ≥ threshold", for every
/// distinct score as threshold (scikit-learn's
/// `sklearn.metrics.precision_recall_curve(y_true, y_score, pos_label=…, drop_intermediate=…)`).
///
/// ```swift
/// let (precision, recall, thresholds) = precisionRecallCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
/// print(precision)   // [0.5        0.66666667 0.5        1.         1.        ]
/// print(recall)      // [1.  1.  0.5 0.5 0. ]
/// print(thresholds)  // [0.1  0.35 0.4  0.8 ]
/// ```
///
/// - Parameters:
///   - yTrue: the true labels: {0, 1} or {−1, 1} with 1 positive, or any labels with `posLabel`.
///   - yScore: a finite score per sample, higher meaning more likely positive.
///   - posLabel: the positive class; needed unless the labels are {0, 1} or {−1, 1}.
///   - dropIntermediate: leave out thresholds where the true-positive count does not change
///     on either side (sklearn's option, off by default), which does not change the curve's
///     steps.
/// - Returns: `thresholds` increasing; `precision[i]` and `recall[i]` for threshold `i`, then
///   a last point precision 1, recall 0 (no sample predicted positive) that has no
///   threshold, so `precision` and `recall` have one more entry. A threshold with no
///   predicted positive has precision 0.
///
/// With no positive sample, recall is 1 at every threshold and sklearn's warning is
/// printed, as sklearn does. Stops when the lengths differ, there is no sample, a score is
/// NaN or infinite, or the labels need a `posLabel`.
public func precisionRecallCurve(
  _ yTrue: IntVector, _ yScore: Vector, posLabel: Int? = nil, dropIntermediate: Bool = false
) -> (precision: Vector, recall: Vector, thresholds: Vector) {
  precisionRecallPoints(
    yTrue, yScore, posLabel: posLabel, dropIntermediate: dropIntermediate,
    function: "precisionRecallCurve")
}

func precisionRecallPoints(
  _ yTrue: IntVector, _ yScore: Vector, posLabel: Int?, dropIntermediate: Bool, function: String
) -> (precision: Vector, recall: Vector, thresholds: Vector) {
  var c = thresholdCounts(yTrue, yScore, posLabel: posLabel, function: function)
  if dropIntermediate && c.falsePositives.count > 2 {
    // Keep the ends and every point where tp changes just before or just after it.
    let tps = c.truePositives
    let keep = tps.indices.filter { i in
      i == 0 || i == tps.count - 1 || tps[i] != tps[i - 1] || tps[i + 1] != tps[i]
    }
    c = ThresholdCounts(
      falsePositives: keep.map { c.falsePositives[$0] }, truePositives: keep.map { tps[$0] },
      thresholds: keep.map { c.thresholds[$0] })
  }
  let tps = c.truePositives
  let predicted = zip(tps, c.falsePositives).map(+)
  let precision = zip(tps, predicted).map { tp, n in n != 0 ? tp / n : 0 }
  let positives = tps[tps.count - 1]
  var recall = tps.map { $0 / positives }
  if positives == 0 {
    sklearnWarning("UserWarning", "No positive class found in y_true, recall is set to one for all thresholds.")
    recall = Array(repeating: 1, count: tps.count)
  }
  return (
    Vector(precision.reversed() + [1]), Vector(recall.reversed() + [0]),
    Vector(c.thresholds.reversed())
  )
}
