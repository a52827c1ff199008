/// The receiver operating characteristic: the false- and true-positive rates of the rule
/// "predict positive when score ≥ threshold", for every threshold that changes them
/// (scikit-learn's `sklearn.metrics.roc_curve(y_true, y_score, pos_label=…, drop_intermediate=…)`).
///
/// ```swift
/// let (fpr, tpr, thresholds) = rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
/// print(fpr)         // [0.  0.  0.5 0.5 1. ]
/// print(tpr)         // [0.  0.5 0.5 1.  1. ]
/// print(thresholds)  // [ inf 0.8  0.4  0.35 0.1 ]
/// ```
///
/// - Parameters:
///   - yTrue: the true labels: {0, 1} or {−1, 1} with 1 positive, or any labels with `posLabel`.
///   - yScore: a score per sample, higher meaning more likely positive (a probability, a
///     decision-function value); finite.
///   - posLabel: the positive class; needed unless the labels are {0, 1} or {−1, 1}.
///   - dropIntermediate: leave out thresholds whose point lies on a straight segment
///     between its neighbours (a collinear corner of the curve), as sklearn by default;
///     the area under the curve does not change.
/// - Returns: `fpr` = FP / N and `tpr` = TP / P, non-decreasing from (0, 0) to (1, 1),
///   and the decreasing `thresholds`, the first of which is +∞ (no sample predicted
///   positive; sklearn ≥ 1.3).
///
/// With no negative sample `fpr` is all NaN, with no positive sample `tpr` is, and
/// sklearn's `UndefinedMetricWarning` is printed, as sklearn does.
/// Stops when the lengths differ, there is no sample, a score is NaN or infinite, or the
/// labels need a `posLabel` (sklearn's `ValueError`s).
public func rocCurve(
  _ yTrue: IntVector, _ yScore: Vector, posLabel: Int? = nil, dropIntermediate: Bool = true
) -> (fpr: Vector, tpr: Vector, thresholds: Vector) {
  var c = thresholdCounts(yTrue, yScore, posLabel: posLabel, function: "rocCurve")
  if dropIntermediate && c.falsePositives.count > 2 {
    // Keep the ends and every point where either count's second difference is not 0.
    let fps = c.falsePositives
    let tps = c.truePositives
    let keep = fps.indices.filter { i in
      if i == 0 || i == fps.count - 1 { return true }
      return fps[i + 1] - 2 * fps[i] + fps[i - 1] != 0 || tps[i + 1] - 2 * tps[i] + tps[i - 1] != 0
    }
    c = ThresholdCounts(
      falsePositives: keep.map { fps[$0] }, truePositives: keep.map { tps[$0] },
      thresholds: keep.map { c.thresholds[$0] })
  }
  let fps = [0] + c.falsePositives
  let tps = [0] + c.truePositives
  let thresholds = [Double.infinity] + c.thresholds
  let negatives = fps[fps.count - 1]
  let positives = tps[tps.count - 1]
  var fpr = fps.map { $0 / negatives }
  var tpr = tps.map { $0 / positives }
  if negatives <= 0 {
    undefinedMetricWarning("No negative samples in y_true, false positive value should be meaningless")
    fpr = Array(repeating: .nan, count: fps.count)
  }
  if positives <= 0 {
    undefinedMetricWarning("No positive samples in y_true, true positive value should be meaningless")
    tpr = Array(repeating: .nan, count: tps.count)
  }
  return (Vector(fpr), Vector(tpr), Vector(thresholds))
}
