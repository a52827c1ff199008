#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Gaussian mixture fitted by expectation–maximisation (scikit-learn's
/// `sklearn.mixture.GaussianMixture`, `covariance_type` "full" or "diag").
///
/// ```swift
/// var gm = GaussianMixture(nComponents: 3, randomState: 0)
/// gm.fit(loadIris().data)
/// print(gm.weights!, gm.means!)
/// print(gm.lowerBounds)                  // the mean log-likelihood after each EM step
/// let p = gm.predictProba(loadIris().data)
/// let (samples, labels) = gm.sample(10)
/// ```
///
/// The model: a sample comes from component k with probability πₖ (``weights``) and is then
/// drawn from N(μₖ, Σₖ). EM alternates
/// - E step: the responsibilities rᵢₖ = πₖN(xᵢ | μₖ, Σₖ) / Σⱼ πⱼN(xᵢ | μⱼ, Σⱼ);
/// - M step: πₖ = Nₖ/n, μₖ = Σᵢ rᵢₖxᵢ/Nₖ, Σₖ = Σᵢ rᵢₖ(xᵢ − μₖ)(xᵢ − μₖ)ᵀ/Nₖ + regCovar·I,
///   with Nₖ = Σᵢ rᵢₖ;
/// and never lowers the mean log-likelihood (1/n)Σᵢ log p(xᵢ) (the "lower bound"), which
/// ``lowerBounds`` records step by step. A run stops when it changes by less than `tol`, or
/// after `maxIter` steps.
///
/// As in sklearn:
/// - the starting responsibilities are one-hot k-means labels (``KMeans`` with k-means++,
///   one run, drawing from the same random stream, so an integer `randomState` starts where
///   sklearn starts), unless `weightsInit`, `meansInit` and `precisionsInit` are all given;
///   a given part replaces the k-means estimate;
/// - `regCovar` is added to every covariance's diagonal so it stays positive definite;
/// - of `nInit` runs the one with the highest final lower bound is kept; when it did not
///   converge, sklearn's ConvergenceWarning is printed on standard error;
/// - `diag` covariances are kept as diagonal d × d matrices here (sklearn stores their
///   diagonals as a k × d array).
///
/// `GaussianMixture` is a value: `fit` changes the `var` it is called on.
public struct GaussianMixture: Sendable, CustomStringConvertible {
  /// The form of each component's covariance (sklearn's `covariance_type`).
  public enum CovarianceType: String, Sendable {
    /// Each component has its own general covariance matrix.
    case full
    /// Each component has its own diagonal covariance (independent features within a component).
    case diag
  }

  /// The number of components, k.
  public let nComponents: Int
  /// The form of the covariances.
  public let covarianceType: CovarianceType
  /// The stopping threshold on the change of the lower bound.
  public let tol: Double
  /// Added to each covariance's diagonal.
  public let regCovar: Double
  /// The most EM steps per run.
  public let maxIter: Int
  /// How many runs (from different k-means starts); the best is kept.
  public let nInit: Int
  /// Starting weights, k, summing to 1 (sklearn's `weights_init`).
  public let weightsInit: Vector?
  /// Starting means, k × d (sklearn's `means_init`).
  public let meansInit: Matrix?
  /// Starting precision (inverse covariance) matrices, k of d × d (sklearn's
  /// `precisions_init`; for `.diag` only their diagonals are read).
  public let precisionsInit: [Matrix]?
  /// The seed of the k-means start and of ``sample(_:)`` (sklearn's integer `random_state`);
  /// nil draws from the shared generator ``Random``.
  public let randomState: Int?

  /// The mixing weights πₖ, k (sklearn's `weights_`); nil before fitting.
  public private(set) var weights: Vector?
  /// The component means μₖ, k × d (sklearn's `means_`).
  public private(set) var means: Matrix?
  /// The component covariances Σₖ, k matrices d × d (sklearn's `covariances_`).
  public private(set) var covariances: [Matrix]?
  /// The precision matrices Σₖ⁻¹, k matrices d × d (sklearn's `precisions_`).
  public var precisions: [Matrix]? {
    parameters.map { p in p.precisionCholesky.map { matmul($0, $0.T) } }
  }
  /// Whether the kept run stopped because the lower bound changed by less than `tol`
  /// (sklearn's `converged_`).
  public private(set) var converged: Bool?
  /// The number of EM steps of the kept run (sklearn's `n_iter_`).
  public private(set) var nIter: Int?
  /// The kept run's final lower bound, the mean log-likelihood of the training data
  /// (sklearn's `lower_bound_`).
  public private(set) var lowerBound: Double?
  /// The kept run's lower bound after each EM step, never decreasing (sklearn's `lower_bounds_`).
  public private(set) var lowerBounds: [Double] = []
  /// The number of features fitted on (sklearn's `n_features_in_`).
  public private(set) var nFeaturesIn: Int?

  private var parameters: MixtureParameters?
  private var diagonal: Bool { covarianceType == .diag }

  /// An unfitted Gaussian mixture.
  ///
  /// Stops when `nComponents` or `nInit` is below 1, `maxIter` is negative (0 keeps the
  /// starting parameters), `tol` or `regCovar` is negative, or a given start has the wrong
  /// number of components, weights outside [0, 1] or not summing to 1, or a precision that is
  /// not symmetric positive definite.
  public init(
    nComponents: Int = 1, covarianceType: CovarianceType = .full, tol: Double = 1e-3,
    regCovar: Double = 1e-6, maxIter: Int = 100, nInit: Int = 1, weightsInit: Vector? = nil,
    meansInit: Matrix? = nil, precisionsInit: [Matrix]? = nil, randomState: Int? = nil
  ) {
    let function = "GaussianMixture"
    if nComponents < 1 { failure("\(function): nComponents must be at least 1, got \(nComponents)") }
    if nInit < 1 { failure("\(function): nInit must be at least 1, got \(nInit)") }
    if maxIter < 0 { failure("\(function): maxIter must be at least 0, got \(maxIter)") }
    if !(tol >= 0) { failure("\(function): tol must be at least 0, got \(tol)") }
    if !(regCovar >= 0) { failure("\(function): regCovar must be at least 0, got \(regCovar)") }
    if let w = weightsInit {
      if w.count != nComponents {
        failure(
          "\(function): the parameter 'weights' should have the shape of (\(nComponents),), but got \(shapeText(w.count))"
        )
      }
      if w.elements.contains(where: { !($0 >= 0 && $0 <= 1) }) {
        failure(
          "\(function): the parameter 'weights' should be in the range [0, 1], but got min value \(w.elements.min() ?? 0), max value \(w.elements.max() ?? 0)"
        )
      }
      let sum = w.elements.reduce(0, +)
      if abs(1 - sum) > 1e-8 {
        failure("\(function): the parameter 'weights' should be normalized, but got sum(weights) = \(sum)")
      }
    }
    if let m = meansInit, m.rows != nComponents || m.elements.contains(where: { !$0.isFinite }) {
      failure(
        "\(function): the parameter 'means' should have \(nComponents) rows of finite numbers, but got shape \(shapeText(m.rows, m.columns))"
      )
    }
    if let precisions = precisionsInit {
      if precisions.count != nComponents {
        failure(
          "\(function): the parameter 'precisions' should hold \(nComponents) matrices, but got \(precisions.count)")
      }
      for (c, p) in precisions.enumerated() {
        let d = p.rows
        let symmetric =
          p.columns == d
          && (0..<d).allSatisfy { i in (0..<d).allSatisfy { j in abs(p[i, j] - p[j, i]) <= 1e-8 + 1e-5 * abs(p[j, i]) }
          }
        let positive =
          covarianceType == .diag
          ? (0..<d).allSatisfy { p[$0, $0] > 0 } : symmetric && (try? cholesky(p)) != nil
        if !(p.columns == d && positive) {
          failure(
            "\(function): precisionsInit[\(c)]: '\(covarianceType.rawValue) precision' should be \(covarianceType == .diag ? "positive" : "symmetric, positive-definite")"
          )
        }
      }
    }
    self.nComponents = nComponents
    self.covarianceType = covarianceType
    self.tol = tol
    self.regCovar = regCovar
    self.maxIter = maxIter
    self.nInit = nInit
    self.weightsInit = weightsInit
    self.meansInit = meansInit
    self.precisionsInit = precisionsInit
    self.randomState = randomState
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { parameters != nil }

  /// Fits the mixture to the rows of `X` (n samples × d features) by EM, forgetting any
  /// earlier fit; returns the fitted model.
  ///
  /// Stops when `X` has fewer than 2 rows or fewer rows than components, no column, a NaN or
  /// an infinity; when a given start does not have d features; or when a covariance stops
  /// being positive definite (sklearn's "ill-defined empirical covariance" error: increase
  /// `regCovar`, use fewer components or scale the data).
  @discardableResult
  public mutating func fit(_ X: Matrix) -> GaussianMixture {
    let function = "GaussianMixture.fit"
    checkUnsupervisedInput(X, minimumSamples: 2, function)
    if X.rows < nComponents {
      failure(
        "\(function): expected n_samples >= n_components but got n_components = \(nComponents), n_samples = \(X.rows)")
    }
    let d = X.columns
    if let m = meansInit, m.columns != d {
      failure("\(function): meansInit has \(m.columns) columns, but X has \(d) features")
    }
    if let precisions = precisionsInit, let p = precisions.first(where: { $0.rows != d }) {
      failure("\(function): precisionsInit holds a \(shapeText(p.rows, p.columns)) matrix, but X has \(d) features")
    }
    var best: (parameters: MixtureParameters, lowerBounds: [Double], converged: Bool)?
    withSplitRandomState(randomState) { rng in
      for _ in 0..<nInit {
        var current = initialParameters(X, rng: &rng, function)
        var lowerBound = -Double.infinity
        var bounds: [Double] = []
        var converged = false
        for _ in 0..<maxIter {
          let previous = lowerBound
          let (logDensity, logResp) = logResponsibilities(X, current, diagonal: diagonal)
          current = mStep(X, logResp, function)
          lowerBound = logDensity.reduce(0, +) / Double(X.rows)
          bounds.append(lowerBound)
          if abs(lowerBound - previous) < tol {
            converged = true
            break
          }
        }
        // sklearn keeps a run that beats the best bound so far, or any run while that is −∞.
        let bestBound = best?.lowerBounds.last ?? -.infinity
        if lowerBound > bestBound || bestBound == -.infinity {
          best = (current, bounds, converged)
        }
      }
    }
    guard let best else { failure("\(function): no run") }
    if !best.converged && maxIter > 0 {
      sklearnWarning(
        "ConvergenceWarning",
        "Best performing initialization did not converge. Try different init parameters, or increase maxIter, tol, or check for degenerate data."
      )
    }
    parameters = best.parameters
    weights = Vector(best.parameters.weights)
    means = best.parameters.means
    covariances = best.parameters.covariances.isEmpty ? nil : best.parameters.covariances
    converged = best.converged
    nIter = best.lowerBounds.count
    lowerBound = best.lowerBounds.last ?? -.infinity
    lowerBounds = best.lowerBounds
    nFeaturesIn = d
    return self
  }

  /// The starting parameters: the M step applied to one-hot k-means labels (sklearn's
  /// `init_params="kmeans"`), with any given weights, means and precisions in their place.
  private func initialParameters(_ X: Matrix, rng: inout RandomState, _ function: String) -> MixtureParameters {
    let (n, k) = (X.rows, nComponents)
    var estimate: (nk: [Double], means: Matrix, covariances: [Matrix])?
    if weightsInit == nil || meansInit == nil || precisionsInit == nil {
      let labels = KMeans(nClusters: k, nInit: 1).fitLloyd(X, rng: &rng, function).labels
      var resp = Matrix(rows: n, columns: k)
      for (i, c) in labels.enumerated() { resp.elements[i * k + c] = 1 }
      estimate = estimateGaussianParameters(X, resp, regCovar: regCovar, diagonal: diagonal)
    }
    let weights = weightsInit?.elements ?? (estimate?.nk.map { $0 / Double(n) } ?? [])
    let means = meansInit ?? estimate?.means ?? Matrix(rows: 0, columns: 0)
    if let precisionsInit {
      return MixtureParameters(
        weights: weights, means: means, covariances: [],
        precisionCholesky: precisionCholeskyFromPrecisions(precisionsInit, diagonal: diagonal))
    }
    let covariances = estimate?.covariances ?? []
    return MixtureParameters(
      weights: weights, means: means, covariances: covariances,
      precisionCholesky: precisionCholesky(covariances, diagonal: diagonal, function))
  }

  /// The M step: the parameters the responsibilities exp(logResp) give.
  private func mStep(_ X: Matrix, _ logResp: Matrix, _ function: String) -> MixtureParameters {
    let resp = logResp.with(logResp.elements.map { exp($0) })
    let (nk, means, covariances) = estimateGaussianParameters(X, resp, regCovar: regCovar, diagonal: diagonal)
    let total = nk.reduce(0, +)
    return MixtureParameters(
      weights: nk.map { $0 / total }, means: means, covariances: covariances,
      precisionCholesky: precisionCholesky(covariances, diagonal: diagonal, function))
  }

  /// The most probable component of each row of `X`: argmaxₖ πₖN(x | μₖ, Σₖ).
  ///
  /// Stops before fitting, and when `X` has no row, another number of features, a NaN or an infinity.
  public func predict(_ X: Matrix) -> IntVector {
    let p = fitted(X, "GaussianMixture.predict")
    let weighted = weightedLogDensities(X, p, diagonal: diagonal)
    let k = weighted.columns
    return IntVector((0..<X.rows).map { i in firstArgmax(weighted.elements[(i * k)..<(i * k + k)]) })
  }

  /// The responsibilities p(k | x) of each component for each row of `X`, n × k, rows summing to 1.
  ///
  /// Stops as ``predict(_:)``.
  public func predictProba(_ X: Matrix) -> Matrix {
    let p = fitted(X, "GaussianMixture.predictProba")
    let logResp = logResponsibilities(X, p, diagonal: diagonal).logResp
    return logResp.with(logResp.elements.map { exp($0) })
  }

  /// The log density log p(x) = log Σₖ πₖN(x | μₖ, Σₖ) of each row of `X` (sklearn's `score_samples`).
  ///
  /// Stops as ``predict(_:)``.
  public func scoreSamples(_ X: Matrix) -> Vector {
    let p = fitted(X, "GaussianMixture.scoreSamples")
    return Vector(logResponsibilities(X, p, diagonal: diagonal).logDensity)
  }

  /// The mean log density of the rows of `X` (sklearn's `score`).
  ///
  /// Stops as ``predict(_:)``.
  public func score(_ X: Matrix) -> Double {
    let p = fitted(X, "GaussianMixture.score")
    let logDensity = logResponsibilities(X, p, diagonal: diagonal).logDensity
    return logDensity.reduce(0, +) / Double(X.rows)
  }

  /// The number of free parameters: (k − 1) weights, k·d means and k·d(d + 1)/2 (full) or
  /// k·d (diag) covariance entries.
  public var nParameters: Int {
    guard let d = nFeaturesIn else { return 0 }
    let covariance = covarianceType == .full ? nComponents * d * (d + 1) / 2 : nComponents * d
    return covariance + nComponents * d + nComponents - 1
  }

  /// The Bayesian information criterion on `X`, −2·log L + p·log n (lower is better).
  ///
  /// Stops as ``predict(_:)``.
  public func bic(_ X: Matrix) -> Double {
    -2 * score(X) * Double(X.rows) + Double(nParameters) * log(Double(X.rows))
  }

  /// Akaike's information criterion on `X`, −2·log L + 2p (lower is better).
  ///
  /// Stops as ``predict(_:)``.
  public func aic(_ X: Matrix) -> Double {
    -2 * score(X) * Double(X.rows) + 2 * Double(nParameters)
  }

  /// `nSamples` draws from the fitted mixture and the component of each, grouped by
  /// component (sklearn's `sample`): the counts per component come from one multinomial
  /// draw, then each component's samples from its normal distribution. The stream is
  /// `RandomState(seed: randomState)` (the shared ``Random`` when nil), drawn as NumPy draws,
  /// so the counts equal sklearn's and the samples agree to rounding.
  ///
  /// Stops before fitting, and when `nSamples` is below 1.
  public func sample(_ nSamples: Int) -> (X: Matrix, y: IntVector) {
    guard let parameters, let covariances else { transformerNotFitted("GaussianMixture", "GaussianMixture.sample") }
    if nSamples < 1 {
      failure(
        "GaussianMixture.sample: invalid value for nSamples: \(nSamples); the sampling requires at least one sample")
    }
    let d = parameters.means.columns
    return withSplitRandomState(randomState) { rng in
      let counts = rng.multinomial(nSamples, Vector(parameters.weights)).elements
      var elements: [Double] = []
      var labels: [Int] = []
      for (c, count) in counts.enumerated() {
        let mean = Vector(Array(parameters.means.elements[(c * d)..<(c * d + d)]))
        if diagonal {
          let z = rng.standardNormal(size: (count, d))
          for i in 0..<count {
            for j in 0..<d {
              elements.append(mean.elements[j] + z.elements[i * d + j] * covariances[c][j, j].squareRoot())
            }
          }
        } else {
          elements += rng.multivariateNormal(mean: mean, cov: covariances[c], size: count).elements
        }
        labels += Array(repeating: c, count: count)
      }
      return (Matrix(rows: nSamples, columns: d, elements: elements), IntVector(labels))
    }
  }

  private func fitted(_ X: Matrix, _ function: String) -> MixtureParameters {
    guard let parameters else { transformerNotFitted("GaussianMixture", function) }
    checkUnsupervisedInput(X, minimumSamples: 1, function)
    checkTransformerFeatures(X.columns, expected: parameters.means.columns, "GaussianMixture", function)
    return parameters
  }

  /// The settings and, once fitted, the weights, means and how EM ended.
  public var description: String {
    let head =
      "GaussianMixture(nComponents: \(nComponents), covarianceType: .\(covarianceType.rawValue), tol: \(tol), regCovar: \(regCovar), maxIter: \(maxIter), nInit: \(nInit), randomState: \(randomState.map(String.init) ?? "nil"))"
    guard let weights, let means, let converged, let nIter, let lowerBound else { return head + ", not fitted" }
    return head + ", fitted on \(nFeaturesIn ?? 0) features: "
      + (converged ? "converged" : "did not converge") + " after \(nIter) EM steps"
      + "\n  lower bound (mean log-likelihood): \(lowerBound)"
      + "\n  weights: \(weights)"
      + "\n  means:\n" + means.description.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
  }
}
