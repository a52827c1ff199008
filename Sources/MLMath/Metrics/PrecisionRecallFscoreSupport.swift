// Precision, recall, Fβ and support per class, and their averages, with scikit-learn's
// arithmetic (`precision_recall_fscore_support`): counts of true positives, predictions
// and true samples per label; Fβ = (1 + β²)·tp / (β²·true + predicted) from the counts;
// 0 / 0 replaced by `zero_division`; averages that skip NaN scores.

/// Precision, recall, Fβ-score and support of every class (scikit-learn's
/// `sklearn.metrics.precision_recall_fscore_support(y_true, y_pred, beta=…, labels=…, average=None)`).
///
/// For class c, with tp the samples labelled and predicted c, precision = tp / (samples
/// predicted c), recall = tp / (samples labelled c), Fβ = (1 + β²)·tp / (β²·(labelled c) +
/// (predicted c)) — the weighted harmonic mean of precision and recall, with recall β
/// times as important — and the support is the number of samples labelled c.
///
/// ```swift
/// let s = precisionRecallFscoreSupport([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1])
/// print(s.precision)  // [0.66666667 0.         0.        ]
/// print(s.recall)     // [1. 0. 0.]
/// print(s.support)    // [2 2 2]
/// ```
///
/// - Parameters:
///   - yTrue, yPred: true and predicted labels, as many of each.
///   - beta: β ≥ 0 (1 gives F1; 0 gives precision, +∞ recall).
///   - labels: the classes to score, in order; by default every label of `yTrue` or
///     `yPred`, sorted. A listed label that never occurs scores by `zeroDivision`.
///   - zeroDivision: the score of a 0 / 0 (see ``ZeroDivision``).
/// - Returns: one entry per class in `labels` order.
/// - Stops when the lengths differ, there is no sample, or β is negative or NaN.
public func precisionRecallFscoreSupport(
  _ yTrue: IntVector, _ yPred: IntVector, beta: Double = 1, labels: IntVector? = nil,
  zeroDivision: ZeroDivision = .warn
) -> (precision: Vector, recall: Vector, fScore: Vector, support: IntVector) {
  let s = classScores(
    yTrue, yPred, beta: beta, labels: labels, posLabel: 1, average: nil,
    warnFor: ["precision", "recall", "f-score"], zeroDivision: zeroDivision,
    function: "precisionRecallFscoreSupport")
  return (Vector(s.precision), Vector(s.recall), Vector(s.fScore), IntVector(s.support))
}

/// Precision, recall and Fβ averaged over the classes, or of the positive class
/// (`sklearn.metrics.precision_recall_fscore_support(y_true, y_pred, beta=…, labels=…, pos_label=…, average=…)`).
///
/// - Parameters:
///   - average: ``ClassAverage/binary`` scores class `posLabel` alone (then the labels may
///     take at most two values, and `labels` is not used); ``ClassAverage/micro``,
///     ``ClassAverage/macro`` and ``ClassAverage/weighted`` combine the classes in `labels`.
///   - posLabel: the positive class for `.binary`; another average ignores it (with sklearn's
///     warning when it is not 1).
///   - Other parameters as ``precisionRecallFscoreSupport(_:_:beta:labels:zeroDivision:)``.
/// - Returns: the three scores; with `zeroDivision: .nan` an average leaves out the NaN
///   classes (NaN when all are), and a support-weighted average whose supports are all 0 is
///   the plain mean, as in sklearn.
/// - Stops, as sklearn raises, when `.binary` meets three or more labels, or two labels
///   without `posLabel` among them.
public func precisionRecallFscoreSupport(
  _ yTrue: IntVector, _ yPred: IntVector, beta: Double = 1, labels: IntVector? = nil,
  posLabel: Int = 1, average: ClassAverage, zeroDivision: ZeroDivision = .warn
) -> (precision: Double, recall: Double, fScore: Double) {
  let s = classScores(
    yTrue, yPred, beta: beta, labels: labels, posLabel: posLabel, average: average,
    warnFor: ["precision", "recall", "f-score"], zeroDivision: zeroDivision,
    function: "precisionRecallFscoreSupport")
  return averaged(s, average)
}

/// The per-class counts turned into scores; `average` only selects the labels (binary)
/// or pools the counts (micro) — ``averaged(_:_:)`` does the rest.
struct ClassScores {
  var precision: [Double]
  var recall: [Double]
  var fScore: [Double]
  var support: [Int]
}

func classScores(
  _ yTrue: IntVector, _ yPred: IntVector, beta: Double, labels: IntVector?, posLabel: Int,
  average: ClassAverage?, warnFor: Set<String>, zeroDivision: ZeroDivision, function: String
) -> ClassScores {
  checkSampleCounts(yTrue.count, yPred.count, function)
  checkMetricHasSamples(yTrue.count, function)
  if !(beta >= 0) {
    failure("\(function): beta must be ≥ 0 (0 gives precision, .infinity recall), got \(beta)")
  }
  let present = sortedClassLabels(yTrue, yPred)
  var order = labels?.elements ?? present
  if average == .binary {
    if present.count > 2 {
      failure(
        "\(function): the labels take \(present.count) values \(labelListText(present)) (multiclass) but average is .binary; choose .micro, .macro or .weighted, or call precisionRecallFscoreSupport without average for every class"
      )
    }
    if !present.contains(posLabel) && present.count == 2 {
      failure(
        "\(function): posLabel=\(posLabel) is not a valid label. It should be one of \(labelListText(present))"
      )
    }
    order = [posLabel]
  } else if let average, posLabel != 1 {
    sklearnWarning(
      "UserWarning",
      "Note that pos_label (set to \(posLabel)) is ignored when average != 'binary' (got '\(average.sklearnName)'). You may use labels=[pos_label] to specify a single positive class."
    )
  }
  var tp = [Int: Int]()
  var predicted = [Int: Int]()
  var truth = [Int: Int]()
  for (t, p) in zip(yTrue.elements, yPred.elements) {
    if t == p { tp[t, default: 0] += 1 }
    predicted[p, default: 0] += 1
    truth[t, default: 0] += 1
  }
  var tpSum = order.map { tp[$0] ?? 0 }
  var predSum = order.map { predicted[$0] ?? 0 }
  var trueSum = order.map { truth[$0] ?? 0 }
  if average == .micro {
    (tpSum, predSum, trueSum) = ([tpSum.reduce(0, +)], [predSum.reduce(0, +)], [trueSum.reduce(0, +)])
  }
  func divide(_ numerator: [Double], _ denominator: [Int], _ metric: String, _ modifier: String)
    -> [Double]
  {
    let result = zip(numerator, denominator).map { n, d in d == 0 ? zeroDivision.value : n / Double(d) }
    if zeroDivision == .warn && warnFor.contains(metric) && denominator.contains(0) {
      let place = result.count == 1 ? "due to" : "in labels with"
      let name = metric.prefix(1).uppercased() + metric.dropFirst()
      undefinedMetricWarning(
        "\(name) is ill-defined and being set to 0.0 \(place) no \(modifier) samples. Use `zero_division` parameter to control this behavior."
      )
    }
    return result
  }
  let tpDouble = tpSum.map(Double.init)
  let precision = divide(tpDouble, predSum, "precision", "predicted")
  let recall = divide(tpDouble, trueSum, "recall", "true")
  let fScore: [Double]
  if beta == .infinity {
    fScore = recall
  } else if beta == 0 {
    fScore = precision
  } else {
    let beta2 = beta * beta
    let denominators = zip(trueSum, predSum).map { beta2 * Double($0) + Double($1) }
    let numerators = tpDouble.map { (1 + beta2) * $0 }
    let f = zip(numerators, denominators).map { n, d in d == 0 ? zeroDivision.value : n / d }
    if zeroDivision == .warn && warnFor.contains("f-score") && denominators.contains(0) {
      let place = f.count == 1 ? "due to" : "in labels with"
      undefinedMetricWarning(
        "F-score is ill-defined and being set to 0.0 \(place) no true nor predicted samples. Use `zero_division` parameter to control this behavior."
      )
    }
    fScore = f
  }
  return ClassScores(precision: precision, recall: recall, fScore: fScore, support: trueSum)
}

/// The three scores as one number each: the only entry for `.binary` and `.micro`, the
/// NaN-skipping mean for `.macro`, the support-weighted one for `.weighted`.
func averaged(_ s: ClassScores, _ average: ClassAverage) -> (
  precision: Double, recall: Double, fScore: Double
) {
  let weights = average == .weighted ? s.support : nil
  return (
    nanAverage(s.precision, weights: weights), nanAverage(s.recall, weights: weights),
    nanAverage(s.fScore, weights: weights)
  )
}

/// sklearn's `_nanaverage`: the mean of the non-NaN entries (NumPy's `nanmean`), or their
/// weighted mean (`np.average`), falling back to the plain mean when the weights sum to 0.
func nanAverage(_ a: [Double], weights: [Int]?) -> Double {
  let kept = a.indices.filter { !a[$0].isNaN }
  if kept.isEmpty { return .nan }
  guard let weights else {
    return unsignedNaN(pairwiseSum(a.map { $0.isNaN ? 0 : $0 }) / Double(kept.count))
  }
  let values = kept.map { a[$0] }
  let w = kept.map { Double(weights[$0]) }
  let scale = pairwiseSum(w)
  if scale == 0 { return unsignedNaN(pairwiseSum(values) / Double(values.count)) }
  return unsignedNaN(pairwiseSum(zip(values, w).map(*)) / scale)
}
