// The confusion counts at every decision threshold of a binary score, as scikit-learn
// counts them for its ROC and precision–recall curves (`confusion_matrix_at_thresholds`,
// formerly `_binary_clf_curve`): sort the scores from high to low, and at the last
// sample of each run of equal scores read the running number of positives (tp) and
// negatives (fp) ranked at or above it. Counts are integers held exactly in doubles.

/// False and true positives when predicting positive for every score ≥ each threshold;
/// thresholds are the distinct scores, highest first.
struct ThresholdCounts {
  var falsePositives: [Double]
  var truePositives: [Double]
  var thresholds: [Double]
}

/// The counts for labels `yTrue` with `posLabel` the positive class.
///
/// With `posLabel` nil the labels must be {0, 1} or {−1, 1} (or one of those values alone),
/// and 1 is positive; with more than two labels `posLabel` must be given. Stops as
/// sklearn raises: lengths differ, no sample, a non-finite score, or labels it cannot read.
func thresholdCounts(_ yTrue: IntVector, _ yScore: Vector, posLabel: Int?, function: String)
  -> ThresholdCounts
{
  checkSampleCounts(yTrue.count, yScore.count, function, ("yTrue", "yScore"))
  checkMetricHasSamples(yTrue.count, function)
  let classes = sortedClassLabels(yTrue)
  if classes.count > 2 && posLabel == nil {
    failure(
      "\(function): yTrue takes \(classes.count) values \(labelListText(classes)) (multiclass format is not supported); pass posLabel to score one class against the rest"
    )
  }
  let positive = posLabel ?? defaultPositiveLabel(classes, function)
  checkFiniteEntries(yScore.elements, "yScore", function)

  // Scores from high to low, ties in their original order (sklearn's stable descending
  // argsort), so a tie of 0.0 and -0.0 reports the same zero as sklearn.
  let order = stableArgsort(yScore.elements, by: >)
  var fps: [Double] = []
  var tps: [Double] = []
  var thresholds: [Double] = []
  var positives = 0.0
  for (rank, i) in order.enumerated() {
    if yTrue.elements[i] == positive { positives += 1 }
    let score = yScore.elements[i]
    let isLastOfTie = rank == order.count - 1 || yScore.elements[order[rank + 1]] != score
    if isLastOfTie {
      tps.append(positives)
      fps.append(Double(rank + 1) - positives)
      thresholds.append(score)
    }
  }
  return ThresholdCounts(falsePositives: fps, truePositives: tps, thresholds: thresholds)
}

/// sklearn's `_check_pos_label_consistency`: without `pos_label`, the labels must be a
/// subset of {0, 1} or {−1, 1}, and 1 is the positive class.
func defaultPositiveLabel(_ classes: [Int], _ function: String) -> Int {
  let allowed: [[Int]] = [[0, 1], [-1, 1], [0], [-1], [1]]
  if !allowed.contains(classes) {
    failure(
      "\(function): yTrue takes values \(labelListText(classes)) and posLabel is not given: either make yTrue take values in {0, 1} or {-1, 1} or pass posLabel"
    )
  }
  return 1
}
