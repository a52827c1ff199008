#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The log loss (cross-entropy) of predicted class probabilities,
/// −(1/n) Σᵢ log p̂ᵢ,yᵢ, for a binary problem given P(positive) per sample
/// (scikit-learn's `sklearn.metrics.log_loss(y_true, y_proba, labels=…, normalize=…)` with a 1-D `y_proba`).
///
/// ```swift
/// print(logLoss([0, 1, 1], [0.1, 0.9, 0.8]))   // 0.14462152754328741
/// ```
///
/// - Parameters:
///   - yTrue: the true labels, two classes (or one, with `labels` naming both).
///   - yProb: the predicted probability of the *larger* label (sklearn's sorted class order),
///     in [0, 1].
///   - labels: the two classes when `yTrue` may hold only one of them.
///   - normalize: `true` gives the mean loss per sample, `false` the sum.
/// - Returns: the loss in nats. Probabilities are clipped to [ε, 1 − ε] with ε = 2⁻⁵² (the
///   float64 machine epsilon, sklearn ≥ 1.5's clipping), so a confident wrong prediction
///   costs at most −log ε ≈ 36.04 instead of +∞.
/// - Stops, as sklearn raises: lengths differ, no sample, a probability NaN, infinite, above 1
///   or below 0, a single class without `labels`, a label of `yTrue` not in `labels`, or
///   more than two classes.
public func logLoss(
  _ yTrue: IntVector, _ yProb: Vector, labels: IntVector? = nil, normalize: Bool = true
) -> Double {
  logLoss(yTrue, yProb.asColumn, labels: labels, normalize: normalize)
}

/// The log loss of predicted class probabilities, one column per class
/// (`sklearn.metrics.log_loss(y_true, y_proba, labels=…, normalize=…)` with a 2-D `y_proba`).
///
/// ```swift
/// let p: Matrix = [[0.2, 0.3, 0.5], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]]
/// print(logLoss([0, 1, 2], p))   // 0.916290731874155 = −(log 0.2 + log 0.8 + log 0.4)/3
/// ```
///
/// - Parameters:
///   - yTrue: the true labels.
///   - yProb: n × K probabilities, column k for the k-th class in sorted order (the sorted
///     `labels`, or the sorted labels of `yTrue`); rows should sum to 1 (sklearn warns when
///     they do not, and so does MLMath; they are not renormalised). A single column is
///     P(larger class) of a binary problem.
///   - labels: every class, when `yTrue` does not show them all.
///   - normalize: `true` gives the mean loss per sample, `false` the sum.
/// - Returns: −(1/n) Σᵢ log clip(p̂ᵢ,yᵢ, ε, 1 − ε), ε = 2⁻⁵², in nats.
/// - Stops as the vector form, and when the number of columns differs from the number of
///   classes.
public func logLoss(
  _ yTrue: IntVector, _ yProb: Matrix, labels: IntVector? = nil, normalize: Bool = true
) -> Double {
  let function = "logLoss"
  checkMetricHasSamples(yProb.rows, function)
  checkFiniteEntries(yProb.elements, "yProb", function)
  if let top = yProb.elements.max(), top > 1 {
    failure("\(function): yProb contains values greater than 1: \(top)")
  }
  if let bottom = yProb.elements.min(), bottom < 0 {
    failure("\(function): yProb contains values lower than 0: \(bottom)")
  }
  checkSampleCounts(yProb.rows, yTrue.count, function, ("yProb", "yTrue"))

  let classes: [Int]
  if let labels {
    classes = sortedClassLabels(labels)
    if classes != labels.elements {
      sklearnWarning(
        "UserWarning",
        "Labels passed were \(labelListText(labels.elements)). But this function assumes labels are ordered lexicographically. Pass the ordered labels=\(labelListText(classes)) and ensure that the columns of y_prob correspond to this ordering."
      )
    }
    let known = Set(classes)
    let undeclared = sortedClassLabels(IntVector(yTrue.elements.filter { !known.contains($0) }))
    if !undeclared.isEmpty {
      failure(
        "\(function): yTrue contains values \(labelListText(undeclared)) not belonging to the passed labels \(labelListText(labels.elements))"
      )
    }
  } else {
    classes = sortedClassLabels(yTrue)
  }
  if classes.count == 1 {
    failure(
      labels == nil
        ? "\(function): yTrue contains only one label (\(classes[0])). Please provide the list of all expected class labels explicitly through the labels argument."
        : "\(function): the labels array needs to contain at least two labels, got \(labelListText(classes))")
  }

  // A single column is P(larger class); the smaller class gets 1 − p.
  var probabilities = yProb
  if yProb.columns == 1 {
    probabilities = Matrix(
      rows: yProb.rows, columns: 2, elements: yProb.elements.flatMap { [1 - $0, $0] })
  }
  let k = probabilities.columns
  let sumsToOne = (0..<probabilities.rows).allSatisfy { i in
    let total = pairwiseSum(Array(probabilities.elements[(i * k)..<((i + 1) * k)]))
    return abs(total - 1) <= 1e-8 + Double.ulpOfOne.squareRoot()
  }
  if !sumsToOne {
    sklearnWarning("UserWarning", "The y_prob values do not sum to one. Make sure to pass probabilities.")
  }
  if classes.count != k {
    failure(
      labels == nil
        ? "\(function): yTrue and yProb contain different number of classes: \(classes.count) vs \(k). Please provide the true labels explicitly through the labels argument. Classes found in yTrue: \(labelListText(classes))"
        : "\(function): the number of classes in labels is different from that in yProb (\(classes.count) vs \(k)). Classes found in labels: \(labelListText(classes))"
    )
  }
  let column = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
  let eps = Double.ulpOfOne
  let losses = yTrue.elements.enumerated().map { i, label -> Double in
    // Every other class has a one-hot weight of 0, and xlogy(0, p) = 0 adds nothing.
    guard let j = column[label] else { failure("\(function): label \(label) has no column") }
    let p = probabilities.elements[i * k + j]
    let clipped = Swift.min(Swift.max(p, eps), 1 - eps)
    return -log(clipped)
  }
  let total = pairwiseSum(losses)
  return unsignedNaN(normalize ? total / Double(losses.count) : total)
}
