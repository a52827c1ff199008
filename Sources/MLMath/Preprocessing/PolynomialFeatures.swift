/// All monomials of the features up to a degree, as new feature columns (scikit-learn's
/// `sklearn.preprocessing.PolynomialFeatures(degree=2, interaction_only=False, include_bias=True)`).
///
/// For features (a, b) and degree 2 the columns are 1, a, b, a², ab, b² — sklearn's order:
/// by degree, and within a degree the index tuples i₁ ≤ i₂ ≤ … in lexicographic order
/// (Python's `itertools.combinations_with_replacement`).
///
/// ```swift
/// var poly = PolynomialFeatures(degree: 2)
/// print(poly.fitTransform([[2, 3]]))   // [[1. 2. 3. 4. 6. 9.]]
/// print(poly.featureNamesOut())        // ["1", "x0", "x1", "x0^2", "x0 x1", "x1^2"]
/// ```
///
/// - `interactionOnly: true` keeps only products of distinct features (1, a, b, ab).
/// - `includeBias: false` drops the constant column.
/// - `degree: (2, 3)` keeps degrees 2 through 3 (plus the bias column if included).
///
/// A monomial x_{i₁}·…·x_{i_d} is multiplied in sklearn's order, x_{i_d}·x_{i_{d−1}}·…·x_{i₁},
/// so the values equal sklearn's bit for bit.
public struct PolynomialFeatures: Sendable, Hashable, CustomStringConvertible {
  /// The lowest degree kept besides the bias column (0 or 1 mean every degree from 1).
  public let minDegree: Int
  /// The highest degree.
  public let maxDegree: Int
  /// Whether only products of distinct features are formed.
  public let interactionOnly: Bool
  /// Whether the constant column 1 comes first.
  public let includeBias: Bool
  /// The number of features the transformer was fitted on (sklearn's `n_features_in_`).
  public private(set) var nFeaturesIn: Int?

  /// Monomials of degree 0…`degree`; stops when `degree` < 0, or when `degree` is 0 without the bias column.
  public init(degree: Int = 2, interactionOnly: Bool = false, includeBias: Bool = true) {
    if degree < 0 {
      failure(
        "PolynomialFeatures: degree must be a non-negative integer or a pair (minDegree, maxDegree), got \(degree)")
    }
    if degree == 0 && !includeBias {
      failure(
        "PolynomialFeatures: setting degree to zero and includeBias to false would result in an empty output array")
    }
    self.init(checkedMin: 0, max: degree, interactionOnly: interactionOnly, includeBias: includeBias)
  }

  /// Monomials of degrees `degree.0`…`degree.1` (sklearn's `degree=(min_degree, max_degree)`),
  /// plus the bias column if `includeBias`.
  ///
  /// Stops unless 0 ≤ min ≤ max, or when both are 0 without the bias column.
  public init(degree: (Int, Int), interactionOnly: Bool = false, includeBias: Bool = true) {
    if !(degree.0 >= 0 && degree.0 <= degree.1) {
      failure(
        "PolynomialFeatures: degree=(minDegree, maxDegree) must be non-negative integers that fulfil minDegree <= maxDegree, got (\(degree.0), \(degree.1))"
      )
    }
    if degree.1 == 0 && !includeBias {
      failure(
        "PolynomialFeatures: setting both minDegree and maxDegree to zero and includeBias to false would result in an empty output array"
      )
    }
    self.init(checkedMin: degree.0, max: degree.1, interactionOnly: interactionOnly, includeBias: includeBias)
  }

  private init(checkedMin: Int, max: Int, interactionOnly: Bool, includeBias: Bool) {
    minDegree = checkedMin
    maxDegree = max
    self.interactionOnly = interactionOnly
    self.includeBias = includeBias
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { nFeaturesIn != nil }

  /// The number of output columns (sklearn's `n_output_features_`); nil before fitting.
  public var nOutputFeatures: Int? { nFeaturesIn.map { combinations($0).count } }

  /// The exponent of each input feature (columns) in each output column (rows)
  /// (sklearn's `powers_`); nil before fitting.
  public var powers: IntMatrix? {
    guard let nFeaturesIn else { return nil }
    let rows = combinations(nFeaturesIn).map { c -> [Int] in
      var counts = [Int](repeating: 0, count: nFeaturesIn)
      for i in c { counts[i] += 1 }
      return counts
    }
    return IntMatrix(rows: rows.count, columns: nFeaturesIn, elements: rows.flatMap { $0 })
  }

  /// Records the number of features of `X`; returns the fitted transformer.
  ///
  /// Stops when `X` has no row or column, or a non-finite entry.
  @discardableResult
  public mutating func fit(_ X: Matrix) -> PolynomialFeatures {
    checkTransformerInput(X, allowNaN: false, "PolynomialFeatures.fit")
    nFeaturesIn = X.columns
    return self
  }

  /// The monomials of each row of `X`: n rows × ``nOutputFeatures`` columns.
  ///
  /// Stops before fitting, and when `X` has no row, another number of features, or a
  /// non-finite entry.
  public func transform(_ X: Matrix) -> Matrix {
    let function = "PolynomialFeatures.transform"
    guard let nFeaturesIn else { transformerNotFitted("PolynomialFeatures", function) }
    checkTransformerInput(X, allowNaN: false, function)
    checkTransformerFeatures(X.columns, expected: nFeaturesIn, "PolynomialFeatures", function)
    let terms = combinations(nFeaturesIn)
    var out: [Double] = []
    out.reserveCapacity(X.rows * terms.count)
    for i in 0..<X.rows {
      let row = X.elements[(i * nFeaturesIn)..<((i + 1) * nFeaturesIn)]
      for term in terms {
        // sklearn multiplies the lower-degree column by the term's first feature:
        // x_{i_d}, then · x_{i_{d−1}}, …, then · x_{i_1}.
        guard let last = term.last else {
          out.append(1)
          continue
        }
        var value = row[row.startIndex + last]
        for index in term.dropLast().reversed() { value *= row[row.startIndex + index] }
        out.append(value)
      }
    }
    return Matrix(rows: X.rows, columns: terms.count, elements: out)
  }

  /// Fits on `X` and returns its monomials (sklearn's `fit_transform`).
  public mutating func fitTransform(_ X: Matrix) -> Matrix {
    fit(X)
    return transform(X)
  }

  /// The names of the output columns: `"1"`, `"x0"`, `"x0^2"`, `"x0 x1"` (sklearn's
  /// `get_feature_names_out`); `inputFeatures` replaces `x0, x1, …`.
  ///
  /// Stops before fitting, or when `inputFeatures` does not name every feature.
  public func featureNamesOut(_ inputFeatures: [String]? = nil) -> [String] {
    let function = "PolynomialFeatures.featureNamesOut"
    guard let nFeaturesIn, let powers else { transformerNotFitted("PolynomialFeatures", function) }
    let names = inputFeatures ?? (0..<nFeaturesIn).map { "x\($0)" }
    if names.count != nFeaturesIn {
      failure(
        "\(function): inputFeatures should have length equal to number of features (\(nFeaturesIn)), got \(names.count)"
      )
    }
    return (0..<powers.rows).map { r in
      let factors = (0..<nFeaturesIn).compactMap { j -> String? in
        let exponent = powers[r, j]
        return exponent == 0 ? nil : exponent == 1 ? names[j] : "\(names[j])^\(exponent)"
      }
      return factors.isEmpty ? "1" : factors.joined(separator: " ")
    }
  }

  /// The feature-index tuples of the output columns, in sklearn's order (the bias column is
  /// the empty tuple).
  func combinations(_ n: Int) -> [[Int]] {
    var out: [[Int]] = includeBias ? [[]] : []
    let start = Swift.max(1, minDegree)
    guard start <= maxDegree else { return out }
    for degree in start...maxDegree {
      // Lexicographic tuples i₁ ≤ … ≤ i_d (strictly increasing when interactionOnly).
      var tuple: [Int] = []
      func extend(from first: Int) {
        if tuple.count == degree {
          out.append(tuple)
          return
        }
        guard first < n else { return }
        for i in first..<n {
          tuple.append(i)
          extend(from: interactionOnly ? i + 1 : i)
          tuple.removeLast()
        }
      }
      extend(from: 0)
    }
    return out
  }

  /// The settings and, once fitted, the output size.
  public var description: String {
    let degree = minDegree == 0 ? "\(maxDegree)" : "(\(minDegree), \(maxDegree))"
    let head = "PolynomialFeatures(degree: \(degree), interactionOnly: \(interactionOnly), includeBias: \(includeBias))"
    guard let nFeaturesIn, let nOutputFeatures else { return head + ", not fitted" }
    return head + ", fitted: \(nFeaturesIn) features → \(nOutputFeatures) columns"
  }
}
