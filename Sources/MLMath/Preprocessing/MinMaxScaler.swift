/// Rescales each feature linearly so that its training minimum and maximum map to the
/// ends of `featureRange` (scikit-learn's `sklearn.preprocessing.MinMaxScaler(feature_range=(0, 1), clip=False)`).
///
/// ```swift
/// var scaler = MinMaxScaler()
/// let X: Matrix = [[-1, 2], [-0.5, 6], [0, 10], [1, 18]]
/// print(scaler.fitTransform(X))
/// // [[0.   0.  ]
/// //  [0.25 0.25]
/// //  [0.5  0.5 ]
/// //  [1.   1.  ]]
/// ```
///
/// `transform` computes x·scale + min with scale = (b − a)/(max − min) and
/// min = a − dataMin·scale, as sklearn, so values agree with sklearn's to the last bit.
/// A constant feature (range below 10ε) gets scale b − a and maps to a. NaN entries are
/// left out of the minimum and maximum and stay NaN. Test data outside the training range
/// maps outside `featureRange` unless `clip` is true.
public struct MinMaxScaler: Sendable, Hashable, CustomStringConvertible {
  /// The target interval (a, b), a < b.
  public let featureRange: (Double, Double)
  /// Whether `transform` clips its results to `featureRange`.
  public let clip: Bool
  /// Each feature's minimum over the samples seen (sklearn's `data_min_`); nil before fitting.
  public private(set) var dataMin: Vector?
  /// Each feature's maximum (sklearn's `data_max_`).
  public private(set) var dataMax: Vector?
  /// `dataMax − dataMin` (sklearn's `data_range_`).
  public private(set) var dataRange: Vector?
  /// The factor (b − a)/range of each feature (sklearn's `scale_`).
  public private(set) var scale: Vector?
  /// The offset a − dataMin·scale of each feature (sklearn's `min_`).
  public private(set) var min: Vector?
  /// The number of samples seen (sklearn's `n_samples_seen_`).
  public private(set) var nSamplesSeen: Int?
  /// The number of features the scaler was fitted on (sklearn's `n_features_in_`).
  public private(set) var nFeaturesIn: Int?

  /// An unfitted scaler; stops unless `featureRange.0 < featureRange.1`, as sklearn raises when fitting.
  public init(featureRange: (Double, Double) = (0, 1), clip: Bool = false) {
    if !(featureRange.0 < featureRange.1) {
      failure(
        "MinMaxScaler: minimum of desired feature range must be smaller than maximum. Got (\(featureRange.0), \(featureRange.1))"
      )
    }
    self.featureRange = featureRange
    self.clip = clip
  }

  /// Whether `fit` or `partialFit` has been called.
  public var isFitted: Bool { nFeaturesIn != nil }

  /// Finds each column's minimum and maximum, forgetting any earlier fit; returns the fitted scaler.
  ///
  /// Stops when `X` has no row or column, or holds an infinity (NaN is allowed).
  @discardableResult
  public mutating func fit(_ X: Matrix) -> MinMaxScaler {
    self = MinMaxScaler(featureRange: featureRange, clip: clip)
    return update(X, "MinMaxScaler.fit")
  }

  /// Widens the minima and maxima with one more batch (sklearn's `partial_fit`).
  ///
  /// Stops as ``fit(_:)``, and when `X` has another number of features than before.
  @discardableResult
  public mutating func partialFit(_ X: Matrix) -> MinMaxScaler {
    update(X, "MinMaxScaler.partialFit")
  }

  /// Joins the statistics of `X` to those seen so far; `function` names the caller in stops.
  private mutating func update(_ X: Matrix, _ function: String) -> MinMaxScaler {
    checkTransformerInput(X, allowNaN: true, function)
    if let nFeaturesIn { checkTransformerFeatures(X.columns, expected: nFeaturesIn, "MinMaxScaler", function) }
    let columns = X.columns
    var low = (0..<columns).map { j in nanExtreme(X, column: j, largest: false) }
    var high = (0..<columns).map { j in nanExtreme(X, column: j, largest: true) }
    if let dataMin, let dataMax {
      // NumPy's minimum and maximum propagate NaN.
      low = zip(dataMin.elements, low).map { $0.isNaN || $1.isNaN ? .nan : Swift.min($0, $1) }
      high = zip(dataMax.elements, high).map { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) }
    }
    let range = zip(high, low).map(-)
    let factors = scaleWithoutZeros(range).map { (featureRange.1 - featureRange.0) / $0 }
    scale = Vector(factors)
    min = Vector(zip(low, factors).map { featureRange.0 - $0 * $1 })
    dataMin = Vector(low)
    dataMax = Vector(high)
    dataRange = Vector(range)
    nSamplesSeen = (nSamplesSeen ?? 0) + X.rows
    nFeaturesIn = columns
    return self
  }

  /// `X·scale + min`, column by column, then clipped to `featureRange` if `clip`; NaN stays NaN.
  ///
  /// Stops before fitting, and when `X` has no row, another number of features, or an infinity.
  public func transform(_ X: Matrix) -> Matrix {
    let (scale, offset) = checkedInput(X, "MinMaxScaler.transform")
    let columns = X.columns
    return X.with(
      X.elements.enumerated().map { k, x in
        let y = x * scale[k % columns] + offset[k % columns]
        guard clip, !y.isNaN else { return y }
        return Swift.min(Swift.max(y, featureRange.0), featureRange.1)
      })
  }

  /// Fits on `X` and returns `X` transformed (sklearn's `fit_transform`).
  public mutating func fitTransform(_ X: Matrix) -> Matrix {
    fit(X)
    return transform(X)
  }

  /// Undoes ``transform(_:)``: `(Z − min) / scale`, column by column.
  ///
  /// Stops before fitting, and when `Z` has no row, another number of features, or an infinity.
  public func inverseTransform(_ Z: Matrix) -> Matrix {
    let (scale, offset) = checkedInput(Z, "MinMaxScaler.inverseTransform")
    let columns = Z.columns
    return Z.with(Z.elements.enumerated().map { k, z in (z - offset[k % columns]) / scale[k % columns] })
  }

  private func checkedInput(_ X: Matrix, _ function: String) -> (scale: [Double], offset: [Double]) {
    guard let nFeaturesIn, let scale, let min else { transformerNotFitted("MinMaxScaler", function) }
    checkTransformerInput(X, allowNaN: true, function)
    checkTransformerFeatures(X.columns, expected: nFeaturesIn, "MinMaxScaler", function)
    return (scale.elements, min.elements)
  }

  /// The settings and, once fitted, each feature's minimum and maximum.
  public var description: String {
    let head = "MinMaxScaler(featureRange: (\(featureRange.0), \(featureRange.1)), clip: \(clip))"
    guard let nFeaturesIn, let nSamplesSeen else { return head + ", not fitted" }
    return head + ", fitted on \(nSamplesSeen) samples of \(nFeaturesIn) features"
      + transformerReportLine("dataMin:", dataMin) + transformerReportLine("dataMax:", dataMax)
  }

  /// Equal settings and equal fitted statistics (a tuple is not `Hashable`, so this is spelled out).
  public static func == (a: MinMaxScaler, b: MinMaxScaler) -> Bool {
    a.featureRange == b.featureRange && a.clip == b.clip && a.dataMin == b.dataMin && a.dataMax == b.dataMax
      && a.nSamplesSeen == b.nSamplesSeen && a.nFeaturesIn == b.nFeaturesIn
  }

  /// Hashes the settings and fitted statistics that `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(featureRange.0)
    hasher.combine(featureRange.1)
    hasher.combine(clip)
    hasher.combine(dataMin)
    hasher.combine(dataMax)
    hasher.combine(nSamplesSeen)
  }
}

/// The smallest or largest non-NaN entry of column `j` (NumPy's `nanmin`/`nanmax`); NaN
/// when the column is all NaN.
private func nanExtreme(_ X: Matrix, column j: Int, largest: Bool) -> Double {
  var best = Double.nan
  for i in 0..<X.rows {
    let x = X.elements[i * X.columns + j]
    if x.isNaN { continue }
    if best.isNaN || (largest ? x > best : x < best) { best = x }
  }
  return best
}
