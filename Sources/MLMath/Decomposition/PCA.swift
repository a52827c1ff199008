#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Principal component analysis by a full singular value decomposition (scikit-learn's
/// `sklearn.decomposition.PCA(svd_solver="full")`).
///
/// ```swift
/// var pca = PCA(nComponents: 2)
/// let Z = pca.fitTransform(loadIris().data)   // 150 × 2 scores
/// print(pca.explainedVarianceRatio!)          // [0.92461872 0.05306648]
/// let back = pca.inverseTransform(Z)          // the best rank-2 approximation of the data
/// ```
///
/// Fitting centres the n × d data `X` on its column means and factors it,
/// `X − mean = U · diag(s) · Vᵀ` (``svd(_:fullMatrices:)``). The rows of `Vᵀ` are the
/// principal axes (``components``), the directions of largest variance, in order; the
/// variance along axis i is sᵢ²/(n − 1) (``explainedVariance``), its share of the total
/// is sᵢ²/Σs² (``explainedVarianceRatio``).
///
/// As in sklearn:
/// - each axis is only defined up to sign, so each row of ``components`` is flipped to
///   make its largest-magnitude entry positive (sklearn's `svd_flip(u_based_decision=False)`,
///   the rule sklearn ≥ 1.5 uses for PCA); components then equal sklearn's, signs included;
/// - ``transform(_:)`` computes `X · Vₖᵀ − mean · Vₖᵀ`, and with `whiten` divides each
///   score by √explainedVariance (at least ε), so the scores have unit variance;
/// - ``noiseVariance`` is the mean of the discarded variances (probabilistic PCA's σ²),
///   0 when every component is kept.
///
/// `PCA` is a value: `fit` changes the `var` it is called on.
public struct PCA: Sendable, CustomStringConvertible {
  /// How many components to keep (sklearn's `n_components` argument).
  public enum Kept: Sendable, Hashable {
    /// min(n, d) components, all there are (sklearn's `n_components=None`).
    case all
    /// The first `k` components, 1 ≤ k ≤ min(n, d).
    case count(Int)
    /// The fewest components whose explained-variance ratios add up to more than this
    /// fraction, in (0, 1) (sklearn's float `n_components`).
    case varianceFraction(Double)
  }

  /// How many components the fit keeps.
  public let kept: Kept
  /// Whether ``transform(_:)`` scales the scores to unit variance.
  public let whiten: Bool

  /// The principal axes, one per row: k × d, orthonormal rows in order of decreasing
  /// variance (sklearn's `components_`); nil before fitting.
  public private(set) var components: Matrix?
  /// The variance of the data along each kept axis, sᵢ²/(n − 1) (sklearn's
  /// `explained_variance_`).
  public private(set) var explainedVariance: Vector?
  /// Each kept axis's share of the total variance, sᵢ²/Σⱼsⱼ² over all min(n, d) values
  /// (sklearn's `explained_variance_ratio_`).
  public private(set) var explainedVarianceRatio: Vector?
  /// The singular values sᵢ of the centred data for the kept axes (sklearn's `singular_values_`).
  public private(set) var singularValues: Vector?
  /// The column means subtracted before projecting (sklearn's `mean_`).
  public private(set) var mean: Vector?
  /// The mean variance along the discarded axes, 0 when none is discarded (sklearn's
  /// `noise_variance_`).
  public private(set) var noiseVariance: Double?
  /// The number of components kept, k (sklearn's `n_components_`).
  public private(set) var nComponents: Int?
  /// The number of samples fitted (sklearn's `n_samples_`).
  public private(set) var nSamples: Int?
  /// The number of features fitted on, d (sklearn's `n_features_in_`).
  public private(set) var nFeaturesIn: Int?

  /// The scores of the fitted data, U·S, kept from the SVD for ``fitTransform(_:)``.
  private var fittedScores: Matrix?

  /// An unfitted PCA keeping `nComponents` components, or all of them when nil.
  ///
  /// Stops when `nComponents` is below 1 (the upper bound min(n, d) is checked by `fit`).
  public init(nComponents: Int? = nil, whiten: Bool = false) {
    if let nComponents, nComponents < 1 {
      failure("PCA: nComponents must be at least 1 (or nil to keep them all), got \(nComponents)")
    }
    self.kept = nComponents.map(Kept.count) ?? .all
    self.whiten = whiten
  }

  /// An unfitted PCA keeping the fewest components whose explained-variance ratios add up
  /// to more than `varianceFraction` (sklearn's `PCA(n_components=0.95)`).
  ///
  /// Stops unless 0 < `varianceFraction` < 1.
  public init(varianceFraction: Double, whiten: Bool = false) {
    if !(varianceFraction > 0 && varianceFraction < 1) {
      failure("PCA: varianceFraction must be in (0, 1), got \(varianceFraction)")
    }
    self.kept = .varianceFraction(varianceFraction)
    self.whiten = whiten
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { components != nil }

  /// Finds the principal axes of `X` (n samples × d features), forgetting any earlier fit;
  /// returns the fitted model.
  ///
  /// Stops when `X` has fewer than 2 rows or no column, holds a NaN or an infinity, when
  /// `nComponents` exceeds min(n, d), or when the SVD does not converge.
  @discardableResult
  public mutating func fit(_ X: Matrix) -> PCA {
    let function = "PCA.fit"
    checkUnsupervisedInput(X, minimumSamples: 2, function)
    let (n, d) = (X.rows, X.columns)
    let rank = Swift.min(n, d)
    if case .count(let k) = kept, k > rank {
      failure(
        "\(function): nComponents=\(k) must be between 1 and min(n_samples, n_features)=\(rank) with svd_solver='full'"
      )
    }
    let means = columnMeans(X)
    var centred = X
    for i in 0..<n {
      for j in 0..<d { centred.elements[i * d + j] -= means[j] }
    }
    guard let factors = try? svd(centred, fullMatrices: false) else {
      failure("\(function): the SVD of the centred data did not converge")
    }
    var u = factors.u
    let s = factors.s
    var vt = factors.vh
    // sklearn's svd_flip(u_based_decision=False): the largest |entry| of each row of Vᵀ
    // becomes positive, and the matching column of U changes sign with it.
    for r in 0..<rank {
      var best = 0
      for j in 0..<d where abs(vt.elements[r * d + j]) > abs(vt.elements[r * d + best]) { best = j }
      if vt.elements[r * d + best] < 0 {
        for j in 0..<d { vt.elements[r * d + j] = -vt.elements[r * d + j] }
        for i in 0..<n { u.elements[i * rank + r] = -u.elements[i * rank + r] }
      }
    }
    let variance = s.elements.map { $0 * $0 / Double(n - 1) }
    let total = variance.reduce(0, +)
    let ratio = variance.map { $0 / total }
    let k: Int
    switch kept {
    case .all: k = rank
    case .count(let count): k = count
    case .varianceFraction(let fraction):
      // searchsorted(cumsum(ratio), fraction, side="right") + 1
      var cumulative = 0.0
      var below = 0
      for r in ratio {
        cumulative += r
        if cumulative <= fraction { below += 1 } else { break }
      }
      k = Swift.min(below + 1, rank)
    }
    noiseVariance = k < rank ? variance[k...].reduce(0, +) / Double(rank - k) : 0
    components = vt[0..<k, ...]
    explainedVariance = Vector(Array(variance[0..<k]))
    explainedVarianceRatio = Vector(Array(ratio[0..<k]))
    singularValues = Vector(Array(s.elements[0..<k]))
    mean = Vector(means)
    nComponents = k
    nSamples = n
    nFeaturesIn = d
    // fit_transform's scores: U·S, or U·√(n − 1) when whitening.
    var scores = Matrix(rows: n, columns: k)
    for i in 0..<n {
      for r in 0..<k {
        scores.elements[i * k + r] = u.elements[i * rank + r] * (whiten ? Double(n - 1).squareRoot() : s.elements[r])
      }
    }
    fittedScores = scores
    return self
  }

  /// The scores of `X` on the principal axes, n × k: `(X − mean) · componentsᵀ`, each
  /// column divided by √explainedVariance when whitening.
  ///
  /// Stops before fitting, and when `X` has no row, another number of features, a NaN or
  /// an infinity.
  public func transform(_ X: Matrix) -> Matrix {
    let (components, mean, variance) = fitted("PCA.transform")
    checkUnsupervisedInput(X, minimumSamples: 1, "PCA.transform")
    checkTransformerFeatures(X.columns, expected: components.columns, "PCA", "PCA.transform")
    let k = components.rows
    let Vt = components.T
    var scores = matmul(X, Vt)
    let shift = matmul(mean, Vt)
    for i in 0..<X.rows {
      for r in 0..<k {
        scores.elements[i * k + r] -= shift.elements[r]
        if whiten { scores.elements[i * k + r] /= Swift.max(variance.elements[r].squareRoot(), Double.ulpOfOne) }
      }
    }
    return scores
  }

  /// Fits on `X` and returns its scores (sklearn's `fit_transform`), taken from the SVD
  /// as U·S (U·√(n − 1) when whitening); they equal `transform(X)` up to rounding.
  public mutating func fitTransform(_ X: Matrix) -> Matrix {
    fit(X)
    return fittedScores ?? transform(X)
  }

  /// Maps scores back to the data space: `Z · components + mean` (with whitening,
  /// `Z · diag(√explainedVariance) · components + mean`), Z being n × k. With every
  /// component kept this undoes ``transform(_:)``; with fewer it gives the projection of
  /// the data on the kept axes.
  ///
  /// Stops before fitting, and when `Z` has no row, not k columns, a NaN or an infinity.
  public func inverseTransform(_ Z: Matrix) -> Matrix {
    let (components, mean, variance) = fitted("PCA.inverseTransform")
    checkUnsupervisedInput(Z, minimumSamples: 1, "PCA.inverseTransform")
    let k = components.rows
    if Z.columns != k {
      failure("PCA.inverseTransform: Z has \(Z.columns) columns, but PCA has \(k) components")
    }
    var axes = components
    if whiten {
      let d = components.columns
      for r in 0..<k {
        for j in 0..<d { axes.elements[r * d + j] *= variance.elements[r].squareRoot() }
      }
    }
    var X = matmul(Z, axes)
    let d = X.columns
    for i in 0..<X.rows {
      for j in 0..<d { X.elements[i * d + j] += mean.elements[j] }
    }
    return X
  }

  private func fitted(_ function: String) -> (Matrix, Vector, Vector) {
    guard let components, let mean, let explainedVariance else { transformerNotFitted("PCA", function) }
    return (components, mean, explainedVariance)
  }

  /// The settings and, once fitted, the explained variances.
  public var description: String {
    let keep: String
    switch kept {
    case .all: keep = "nComponents: nil"
    case .count(let k): keep = "nComponents: \(k)"
    case .varianceFraction(let f): keep = "varianceFraction: \(f)"
    }
    let head = "PCA(\(keep), whiten: \(whiten))"
    guard let nComponents, let nSamples, let nFeaturesIn, let explainedVarianceRatio else {
      return head + ", not fitted"
    }
    let cumulative = explainedVarianceRatio.elements.reduce(0, +)
    return head + ", fitted on \(nSamples) samples of \(nFeaturesIn) features: \(nComponents) components"
      + transformerReportLine("explained variance:      ", explainedVariance)
      + transformerReportLine("explained variance ratio:", explainedVarianceRatio)
      + "\n  total explained ratio: \(cumulative)"
  }
}
