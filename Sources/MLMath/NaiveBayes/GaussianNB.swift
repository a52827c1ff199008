import Foundation

/// Gaussian naive Bayes (scikit-learn's `sklearn.naive_bayes.GaussianNB(priors=, var_smoothing=)`):
/// within each class the features are independent normals, so
/// log P(c | x) = log P(c) − ½ Σⱼ [log(2π σ²_cj) + (xⱼ − θ_cj)² / σ²_cj] − log P(x).
///
/// ```swift
/// let iris = loadIris()
/// var model = GaussianNB()
/// model.fit(iris.data, iris.target)
/// print(model.theta!)                      // the per-class means, 3 × 4
/// print(model.predict(iris.data[0..<3, ...]))  // [0 0 0]
/// print(model.score(iris.data, iris.target))   // 0.96
/// ```
///
/// As in sklearn, the fitted variances are the population ones (`ddof=0`) plus
/// `epsilon = varSmoothing · max_j Var(X[:, j])`, so that a feature constant within a class
/// does not divide by zero; the class priors are the class frequencies unless given.
/// Probabilities come from the joint log-likelihood normalised with log-sum-exp, which
/// never overflows. Fitted values agree with sklearn's to about 1e-15 relative.
public struct GaussianNB: Sendable, CustomStringConvertible {
  /// The prior probability of each class, in the order of the sorted labels; nil: the class
  /// frequencies (sklearn's `priors`).
  public let priors: Vector?
  /// The share of the largest feature variance added to every variance (sklearn's
  /// `var_smoothing`, default 1e-9).
  public let varSmoothing: Double
  /// The sorted distinct labels seen by `fit` (sklearn's `classes_`).
  public private(set) var classes: IntVector?
  /// The number of training samples in each class (sklearn's `class_count_`).
  public private(set) var classCount: Vector?
  /// The probability of each class (sklearn's `class_prior_`).
  public private(set) var classPrior: Vector?
  /// The mean of each feature in each class, classes × features (sklearn's `theta_`).
  public private(set) var theta: Matrix?
  /// The variance of each feature in each class plus ``epsilon``, classes × features
  /// (sklearn's `var_`).
  public private(set) var variance: Matrix?
  /// What was added to every variance: `varSmoothing` times the largest feature variance
  /// (sklearn's `epsilon_`).
  public private(set) var epsilon: Double?

  /// An unfitted model. Stops when `varSmoothing` is negative or not finite.
  public init(priors: Vector? = nil, varSmoothing: Double = 1e-9) {
    if !(varSmoothing >= 0) || !varSmoothing.isFinite {
      failure("GaussianNB: varSmoothing must be a float in the range [0, inf), got \(varSmoothing)")
    }
    self.priors = priors
    self.varSmoothing = varSmoothing
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { theta != nil }

  /// Estimates the per-class means and variances from `X` (n samples × d features) and the
  /// labels `y` (n integers), forgetting any earlier fit; returns the fitted model.
  ///
  /// Stops when `X` is empty or not finite, the lengths differ, or `priors` has the wrong
  /// length, a negative entry or a sum other than 1.
  @discardableResult
  public mutating func fit(_ X: Matrix, _ y: IntVector) -> GaussianNB {
    let function = "GaussianNB.fit"
    checkEstimatorFitInput(X, samples: y.count, function)
    let (classes, encoded) = encodeClassLabels(y)
    let k = classes.count
    let d = X.columns
    // epsilon = varSmoothing · the largest variance of a feature over all samples.
    let allVariances = columnMeanAndVariance(X, rows: Array(0..<X.rows)).variance
    let epsilon = varSmoothing * (allVariances.max() ?? 0)
    var theta = [Double]()
    var variance = [Double]()
    var count = [Double]()
    for c in 0..<k {
      let rows = encoded.indices.filter { encoded[$0] == c }
      let (m, v) = columnMeanAndVariance(X, rows: rows)
      theta += m
      variance += v.map { $0 + epsilon }
      count.append(Double(rows.count))
    }
    let prior: [Double]
    if let priors {
      if priors.count != k {
        failure("\(function): number of priors must match number of classes (\(priors.count) priors, \(k) classes)")
      }
      if abs(priors.elements.reduce(0, +) - 1) > 1e-8 + 1e-5 {
        failure("\(function): the sum of the priors should be 1 (got \(priors.elements.reduce(0, +)))")
      }
      if priors.elements.contains(where: { $0 < 0 }) { failure("\(function): priors must be non-negative") }
      prior = priors.elements
    } else {
      let total = count.reduce(0, +)
      prior = count.map { $0 / total }
    }
    self.classes = classes
    self.classCount = Vector(count)
    self.classPrior = Vector(prior)
    self.theta = Matrix(rows: k, columns: d, elements: theta)
    self.variance = Matrix(rows: k, columns: d, elements: variance)
    self.epsilon = epsilon
    return self
  }

  /// The joint log-likelihood log P(c) + log P(x | c), samples × classes (sklearn's
  /// `_joint_log_likelihood`).
  private func jointLogLikelihood(_ X: Matrix, _ function: String) -> Matrix {
    guard let theta, let variance, let classPrior else { estimatorNotFitted("GaussianNB", function) }
    checkEstimatorInput(X, function)
    checkEstimatorFeatures(X.columns, expected: theta.columns, "GaussianNB", function)
    let k = theta.rows
    let d = theta.columns
    var out = [Double](repeating: 0, count: X.rows * k)
    for c in 0..<k {
      let v = Array(variance.elements[(c * d)..<((c + 1) * d)])
      let m = Array(theta.elements[(c * d)..<((c + 1) * d)])
      let logPrior = log(classPrior.elements[c])
      let normalizer = -0.5 * pairwiseSum(v.map { log(2.0 * Double.pi * $0) })
      for i in 0..<X.rows {
        let terms = (0..<d).map { j -> Double in
          let z = X.elements[i * d + j] - m[j]
          return z * z / v[j]
        }
        out[i * k + c] = logPrior + (normalizer - 0.5 * pairwiseSum(terms))
      }
    }
    return Matrix(rows: X.rows, columns: k, elements: out)
  }

  /// The most probable class of each row of `X` (n × d) — ties go to the smaller label.
  ///
  /// Stops before fitting, or when `X` has another number of features or is not finite.
  public func predict(_ X: Matrix) -> IntVector {
    labelsOfRowMaxima(jointLogLikelihood(X, "GaussianNB.predict"), classes: classes ?? [])
  }

  /// log P(c | x) for each sample and class, n × classes, columns in the order of
  /// ``classes`` (sklearn's `predict_log_proba`). Stops as ``predict(_:)``.
  public func predictLogProba(_ X: Matrix) -> Matrix {
    normalizedLogProbabilities(jointLogLikelihood(X, "GaussianNB.predictLogProba"))
  }

  /// P(c | x) for each sample and class, n × classes, rows summing to 1 (sklearn's
  /// `predict_proba`). Stops as ``predict(_:)``.
  public func predictProba(_ X: Matrix) -> Matrix {
    let logs = normalizedLogProbabilities(jointLogLikelihood(X, "GaussianNB.predictProba"))
    return logs.with(logs.elements.map { exp($0) })
  }

  /// The accuracy of ``predict(_:)`` on `X` against the labels `y`.
  public func score(_ X: Matrix, _ y: IntVector) -> Double {
    checkEstimatorFitInput(X, samples: y.count, "GaussianNB.score")
    return accuracyScore(y, predict(X))
  }

  /// The settings and, once fitted, the classes, priors and per-class means.
  public var description: String {
    let head = "GaussianNB(varSmoothing: \(varSmoothing)\(priors.map { ", priors: \($0)" } ?? ""))"
    guard let classes, let classPrior, let theta, let variance else { return head + ", not fitted" }
    return head + ", fitted on \(theta.columns) features"
      + estimatorReportLine("classes", classes) + estimatorReportLine("classPrior", classPrior)
      + estimatorReportLine("theta (means)", theta) + estimatorReportLine("variance", variance)
  }
}

/// The mean and population variance of each column of `X` over `rows`, as NumPy's
/// `mean(axis=0)` and `var(axis=0)` compute them (sums row after row).
func columnMeanAndVariance(_ X: Matrix, rows: [Int]) -> (mean: [Double], variance: [Double]) {
  let d = X.columns
  let n = Double(rows.count)
  var sum = [Double](repeating: 0, count: d)
  for i in rows { for j in 0..<d { sum[j] += X.elements[i * d + j] } }
  let mean = sum.map { $0 / n }
  var squares = [Double](repeating: 0, count: d)
  for i in rows {
    for j in 0..<d {
      let z = X.elements[i * d + j] - mean[j]
      squares[j] += z * z
    }
  }
  return (mean, squares.map { $0 / n })
}
