/// Standardises features: each column minus its mean, divided by its standard deviation
/// (scikit-learn's `sklearn.preprocessing.StandardScaler(with_mean=True, with_std=True)`).
///
/// ```swift
/// var scaler = StandardScaler()
/// let X: Matrix = [[1, 2], [3, 4], [5, 9]]
/// let Z = scaler.fitTransform(X)        // columns with mean 0 and variance 1
/// print(scaler.mean!)                   // [3. 5.]
/// print(scaler.scale!)                  // [1.63299316 2.94392029]
/// print(scaler.inverseTransform(Z))     // X again
/// ```
///
/// Fit on the training set only and transform the test set with the same statistics, so
/// no information from the test set leaks into training.
///
/// As in sklearn:
/// - the standard deviation is the population one, √(Σ(x − x̄)²/n) (`ddof=0`);
/// - a constant column (variance ≤ n·ε·var + (n·x̄·ε)², zero up to rounding) gets scale 1,
///   so it becomes 0 instead of 0/0;
/// - NaN entries are left out of the statistics and stay NaN when transformed, so the
///   per-column sample counts (``nSamplesSeen``) may differ;
/// - `partialFit` updates the statistics batch by batch with sklearn's incremental
///   formulas, and `fit` starts afresh.
///
/// The arithmetic is sklearn's, operation for operation, so fitted values and
/// transforms agree with sklearn's to the last bit or so (tested to 1e-12 relative).
/// `StandardScaler` is a value: `fit` changes the `var` it is called on.
public struct StandardScaler: Sendable, Hashable, CustomStringConvertible {
  /// Whether `transform` subtracts the mean.
  public let withMean: Bool
  /// Whether `transform` divides by the standard deviation.
  public let withStd: Bool
  /// The mean of each feature (sklearn's `mean_`); nil before fitting, or when both
  /// `withMean` and `withStd` are false.
  public private(set) var mean: Vector?
  /// The population variance of each feature (sklearn's `var_`); nil unless `withStd`.
  public private(set) var variance: Vector?
  /// What `transform` divides by: √variance, with 1 for constant features (sklearn's
  /// `scale_`); nil unless `withStd`.
  public private(set) var scale: Vector?
  /// The number of non-NaN samples seen in each feature (sklearn's `n_samples_seen_`, which
  /// sklearn collapses to one number when the counts agree); nil before fitting.
  public private(set) var nSamplesSeen: IntVector?
  /// The number of features the scaler was fitted on (sklearn's `n_features_in_`).
  public private(set) var nFeaturesIn: Int?

  /// An unfitted scaler.
  public init(withMean: Bool = true, withStd: Bool = true) {
    self.withMean = withMean
    self.withStd = withStd
  }

  /// Whether `fit` or `partialFit` has been called.
  public var isFitted: Bool { nFeaturesIn != nil }

  /// Computes the mean and standard deviation of each column of `X` (n samples × d
  /// features), forgetting any earlier fit; returns the fitted scaler.
  ///
  /// Stops when `X` has no row or column, or holds an infinity (NaN is allowed).
  @discardableResult
  public mutating func fit(_ X: Matrix) -> StandardScaler {
    self = StandardScaler(withMean: withMean, withStd: withStd)
    return update(X, "StandardScaler.fit")
  }

  /// Updates the statistics with one more batch of samples (sklearn's `partial_fit`), for
  /// data that arrives in pieces; the first call fits.
  ///
  /// Stops as ``fit(_:)``, and when `X` has another number of features than before.
  @discardableResult
  public mutating func partialFit(_ X: Matrix) -> StandardScaler {
    update(X, "StandardScaler.partialFit")
  }

  /// Joins the statistics of `X` to those seen so far; `function` names the caller in stops.
  private mutating func update(_ X: Matrix, _ function: String) -> StandardScaler {
    checkTransformerInput(X, allowNaN: true, function)
    if let nFeaturesIn { checkTransformerFeatures(X.columns, expected: nFeaturesIn, "StandardScaler", function) }
    let columns = X.columns
    let seen = nSamplesSeen?.elements ?? Array(repeating: 0, count: columns)
    if !withMean && !withStd {
      let counts = (0..<columns).map { j in X.rows - (0..<X.rows).count { X.elements[$0 * columns + j].isNaN } }
      nSamplesSeen = IntVector(zip(seen, counts).map(+))
    } else {
      let last = ColumnMoments(
        mean: mean?.elements ?? Array(repeating: 0, count: columns),
        variance: withStd ? (variance?.elements ?? Array(repeating: 0, count: columns)) : nil,
        count: seen.map(Double.init))
      let updated = incrementalMeanAndVariance(X, last: last)
      mean = Vector(updated.mean)
      variance = updated.variance.map(Vector.init)
      nSamplesSeen = IntVector(updated.count.map { Int($0) })
      if let v = updated.variance {
        // sklearn's _is_constant_feature: a variance within rounding of zero.
        let eps = Double.ulpOfOne
        let constant = (0..<columns).map { j -> Bool in
          let n = updated.count[j]
          let spread = n * updated.mean[j] * eps
          return v[j] <= n * eps * v[j] + spread * spread
        }
        scale = Vector(scaleWithoutZeros(v.map { $0.squareRoot() }, isConstant: constant))
      }
    }
    nFeaturesIn = columns
    return self
  }

  /// `(X − mean) / scale`, column by column (without the mean or the scale when
  /// `withMean` or `withStd` is false); NaN stays NaN.
  ///
  /// Stops before fitting, and when `X` has no row, another number of features, or an infinity.
  public func transform(_ X: Matrix) -> Matrix {
    let function = "StandardScaler.transform"
    let columns = checkedInput(X, function)
    return X.with(
      X.elements.enumerated().map { k, x in
        var z = x
        if withMean, let mean { z -= mean.elements[k % columns] }
        if withStd, let scale { z /= scale.elements[k % columns] }
        return z
      })
  }

  /// Fits on `X` and returns `X` transformed (sklearn's `fit_transform`).
  public mutating func fitTransform(_ X: Matrix) -> Matrix {
    fit(X)
    return transform(X)
  }

  /// Undoes ``transform(_:)``: `Z * scale + mean`, column by column.
  ///
  /// Stops before fitting, and when `Z` has no row, another number of features, or an infinity.
  public func inverseTransform(_ Z: Matrix) -> Matrix {
    let columns = checkedInput(Z, "StandardScaler.inverseTransform")
    return Z.with(
      Z.elements.enumerated().map { k, z in
        var x = z
        if withStd, let scale { x *= scale.elements[k % columns] }
        if withMean, let mean { x += mean.elements[k % columns] }
        return x
      })
  }

  private func checkedInput(_ X: Matrix, _ function: String) -> Int {
    guard let nFeaturesIn else { transformerNotFitted("StandardScaler", function) }
    checkTransformerInput(X, allowNaN: true, function)
    checkTransformerFeatures(X.columns, expected: nFeaturesIn, "StandardScaler", function)
    return X.columns
  }

  /// The settings and, once fitted, the statistics.
  public var description: String {
    let head = "StandardScaler(withMean: \(withMean), withStd: \(withStd))"
    guard let nFeaturesIn, let nSamplesSeen else { return head + ", not fitted" }
    let samples = nSamplesSeen.elements.max() ?? 0
    return head + ", fitted on \(samples) samples of \(nFeaturesIn) features"
      + transformerReportLine("mean: ", mean) + transformerReportLine("scale:", scale)
  }
}
