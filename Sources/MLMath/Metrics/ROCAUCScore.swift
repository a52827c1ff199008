/// The area under the ROC curve of binary labels and scores
/// (scikit-learn's `sklearn.metrics.roc_auc_score(y_true, y_score, max_fpr=…)`).
///
/// The AUC is the probability that a random positive sample scores above a random
/// negative one (ties counting ½): 1 is a perfect ranking, 0.5 chance.
///
/// ```swift
/// print(rocAucScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]))   // 0.75
/// ```
///
/// - Parameters:
///   - yTrue: binary labels, any two integers; the larger is the positive class
///     (sklearn's `label_binarize`).
///   - yScore: a finite score per sample, higher meaning the larger label.
///   - maxFPR: with a value in (0, 1), the standardised partial AUC over
///     fpr ∈ [0, maxFPR] (McClish's correction, as sklearn): ½(1 + (A − a²/2)/(a − a²/2)),
///     where A is the area up to a = maxFPR with the curve's value at a interpolated.
/// - Returns: the AUC; NaN with sklearn's `UndefinedMetricWarning` when `yTrue` holds one
///   class.
/// - Stops when the lengths differ, there is no sample, a score is not finite, `yTrue`
///   holds more than two labels (sklearn needs `multi_class` and a score matrix there), or
///   `maxFPR` is outside (0, 1].
public func rocAucScore(_ yTrue: IntVector, _ yScore: Vector, maxFPR: Double? = nil) -> Double {
  let function = "rocAucScore"
  checkSampleCounts(yTrue.count, yScore.count, function, ("yTrue", "yScore"))
  checkMetricHasSamples(yTrue.count, function)
  let classes = sortedClassLabels(yTrue)
  if classes.count > 2 {
    failure(
      "\(function): yTrue takes \(classes.count) values \(labelListText(classes)); the ROC AUC of a multiclass problem needs a score per class (sklearn's multi_class='ovr' or 'ovo'), or score one class against the rest with rocCurve(yTrue, yScore, posLabel:)"
    )
  }
  if let maxFPR, !(maxFPR > 0 && maxFPR <= 1) {
    failure("\(function): maxFPR must be in (0, 1], got \(maxFPR)")
  }
  checkFiniteEntries(yScore.elements, "yScore", function)
  if classes.count != 2 {
    undefinedMetricWarning(
      "Only one class is present in y_true. ROC AUC score is not defined in that case.")
    return .nan
  }
  // sklearn's label_binarize: the larger label is the positive class.
  let positive = IntVector(yTrue.elements.map { $0 == classes[1] ? 1 : 0 })
  let (fpr, tpr, _) = rocCurve(positive, yScore)
  guard let maxFPR, maxFPR != 1 else { return auc(fpr, tpr) }
  let stop = searchsorted(fpr, maxFPR, side: .right)
  let xInterp = Vector([fpr[stop - 1], fpr[stop]])
  let yInterp = Vector([tpr[stop - 1], tpr[stop]])
  let partialTPR = Vector(Array(tpr.elements[..<stop]) + [interp(maxFPR, xInterp, yInterp)])
  let partialFPR = Vector(Array(fpr.elements[..<stop]) + [maxFPR])
  let partialAUC = auc(partialFPR, partialTPR)
  let minArea = 0.5 * maxFPR * maxFPR
  let maxArea = maxFPR
  return unsignedNaN(0.5 * (1 + (partialAUC - minArea) / (maxArea - minArea)))
}
