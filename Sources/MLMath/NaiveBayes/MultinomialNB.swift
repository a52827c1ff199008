import Foundation

/// Multinomial naive Bayes for counts (scikit-learn's
/// `sklearn.naive_bayes.MultinomialNB(alpha=, fit_prior=, class_prior=)`): each class draws
/// its features like a bag of words, with probabilities θ_cj = (N_cj + α) / (N_c + α·d)
/// (Laplace smoothing for α = 1), so log P(c | x) = log P(c) + Σⱼ xⱼ log θ_cj − log P(x).
///
/// ```swift
/// let X: Matrix = [[2, 1, 0], [3, 0, 1], [0, 2, 4], [1, 0, 5]]
/// var model = MultinomialNB()
/// model.fit(X, [0, 0, 1, 1])
/// print(model.predict([[4, 1, 0]]))   // [0]
/// ```
///
/// The features are non-negative counts (or frequencies such as tf-idf). Fitted values agree
/// with sklearn's to about 1e-15 relative.
public struct MultinomialNB: Sendable, CustomStringConvertible {
  /// The additive (Laplace/Lidstone) smoothing α ≥ 0 (sklearn's `alpha`, default 1).
  public let alpha: Double
  /// Whether to learn the class priors from the class frequencies; `false` makes them uniform
  /// (sklearn's `fit_prior`). Ignored when `classPrior` is given.
  public let fitPrior: Bool
  /// Prior probabilities of the classes, in the order of the sorted labels (sklearn's
  /// `class_prior`); nil: from `fitPrior`.
  public let classPrior: Vector?
  /// The sorted distinct labels seen by `fit` (sklearn's `classes_`).
  public private(set) var classes: IntVector?
  /// The number of training samples in each class (sklearn's `class_count_`).
  public private(set) var classCount: Vector?
  /// The log prior probability of each class (sklearn's `class_log_prior_`).
  public private(set) var classLogPrior: Vector?
  /// The summed counts of each feature in each class, classes × features (sklearn's
  /// `feature_count_`).
  public private(set) var featureCount: Matrix?
  /// log θ_cj, the smoothed log probability of feature j in class c, classes × features
  /// (sklearn's `feature_log_prob_`).
  public private(set) var featureLogProb: Matrix?

  /// An unfitted model. Stops when `alpha` is negative or not finite.
  public init(alpha: Double = 1.0, fitPrior: Bool = true, classPrior: Vector? = nil) {
    if !(alpha >= 0) || !alpha.isFinite {
      failure("MultinomialNB: alpha must be a float in the range [0.0, inf), got \(alpha)")
    }
    self.alpha = alpha
    self.fitPrior = fitPrior
    self.classPrior = classPrior
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { featureLogProb != nil }

  /// Counts each feature in each class of `X` (n samples × d non-negative features) with the
  /// labels `y` (n integers), forgetting any earlier fit; returns the fitted model.
  ///
  /// Stops when `X` is empty, not finite or has a negative entry, the lengths differ, or
  /// `classPrior` has another length than the number of classes.
  @discardableResult
  public mutating func fit(_ X: Matrix, _ y: IntVector) -> MultinomialNB {
    let function = "MultinomialNB.fit"
    checkEstimatorFitInput(X, samples: y.count, function)
    checkNonNegative(X, function)
    let (classes, encoded) = encodeClassLabels(y)
    let k = classes.count
    let d = X.columns
    var counts = [Double](repeating: 0, count: k * d)
    var classCount = [Double](repeating: 0, count: k)
    for (i, c) in encoded.enumerated() {
      classCount[c] += 1
      for j in 0..<d { counts[c * d + j] += X.elements[i * d + j] }
    }
    var logProb = [Double](repeating: 0, count: k * d)
    for c in 0..<k {
      let smoothed = (0..<d).map { counts[c * d + $0] + alpha }
      let logTotal = log(pairwiseSum(smoothed))
      for j in 0..<d { logProb[c * d + j] = log(smoothed[j]) - logTotal }
    }
    let logPrior: [Double]
    if let classPrior {
      if classPrior.count != k {
        failure("\(function): number of priors must match number of classes (\(classPrior.count) priors, \(k) classes)")
      }
      logPrior = classPrior.elements.map { log($0) }
    } else if fitPrior {
      let total = log(classCount.reduce(0, +))
      logPrior = classCount.map { log($0) - total }
    } else {
      logPrior = Array(repeating: -log(Double(k)), count: k)
    }
    self.classes = classes
    self.classCount = Vector(classCount)
    self.classLogPrior = Vector(logPrior)
    self.featureCount = Matrix(rows: k, columns: d, elements: counts)
    self.featureLogProb = Matrix(rows: k, columns: d, elements: logProb)
    return self
  }

  /// log P(c) + Σⱼ xⱼ log θ_cj, samples × classes (sklearn's `_joint_log_likelihood`).
  private func jointLogLikelihood(_ X: Matrix, _ function: String) -> Matrix {
    guard let featureLogProb, let classLogPrior else { estimatorNotFitted("MultinomialNB", function) }
    checkEstimatorInput(X, function)
    checkEstimatorFeatures(X.columns, expected: featureLogProb.columns, "MultinomialNB", function)
    checkNonNegative(X, function)
    let k = featureLogProb.rows
    let d = featureLogProb.columns
    var out = [Double](repeating: 0, count: X.rows * k)
    for i in 0..<X.rows {
      for c in 0..<k {
        var dot = 0.0
        for j in 0..<d { dot += X.elements[i * d + j] * featureLogProb.elements[c * d + j] }
        out[i * k + c] = dot + classLogPrior.elements[c]
      }
    }
    return Matrix(rows: X.rows, columns: k, elements: out)
  }

  /// The most probable class of each row of `X` (n × d) — ties go to the smaller label.
  ///
  /// Stops before fitting, or when `X` has another number of features, is not finite or has
  /// a negative entry.
  public func predict(_ X: Matrix) -> IntVector {
    labelsOfRowMaxima(jointLogLikelihood(X, "MultinomialNB.predict"), classes: classes ?? [])
  }

  /// log P(c | x), n × classes (sklearn's `predict_log_proba`). Stops as ``predict(_:)``.
  public func predictLogProba(_ X: Matrix) -> Matrix {
    normalizedLogProbabilities(jointLogLikelihood(X, "MultinomialNB.predictLogProba"))
  }

  /// P(c | x), n × classes, rows summing to 1 (sklearn's `predict_proba`). Stops as
  /// ``predict(_:)``.
  public func predictProba(_ X: Matrix) -> Matrix {
    let logs = normalizedLogProbabilities(jointLogLikelihood(X, "MultinomialNB.predictProba"))
    return logs.with(logs.elements.map { exp($0) })
  }

  /// The accuracy of ``predict(_:)`` on `X` against the labels `y`.
  public func score(_ X: Matrix, _ y: IntVector) -> Double {
    checkEstimatorFitInput(X, samples: y.count, "MultinomialNB.score")
    return accuracyScore(y, predict(X))
  }

  /// The settings and, once fitted, the classes and their log priors.
  public var description: String {
    let head = "MultinomialNB(alpha: \(alpha), fitPrior: \(fitPrior)\(classPrior.map { ", classPrior: \($0)" } ?? ""))"
    guard let classes, let classLogPrior, let classCount, let featureLogProb else { return head + ", not fitted" }
    return head + ", fitted on \(featureLogProb.columns) features"
      + estimatorReportLine("classes", classes) + estimatorReportLine("classCount", classCount)
      + estimatorReportLine("classLogPrior", classLogPrior)
  }

  private func checkNonNegative(_ X: Matrix, _ function: String) {
    if let k = X.elements.firstIndex(where: { $0 < 0 }) {
      failure(
        "\(function): negative values in data passed to MultinomialNB (input X): X[\(k / X.columns), \(k % X.columns)] is \(X.elements[k])"
      )
    }
  }
}
