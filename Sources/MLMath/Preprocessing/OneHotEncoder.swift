/// Encodes integer category columns as one-hot indicator columns (scikit-learn's
/// `sklearn.preprocessing.OneHotEncoder(categories='auto', drop=None, handle_unknown='error', sparse_output=False)`).
///
/// Each input column with categories c₁ < c₂ < … < c_k becomes k columns, the j-th being 1
/// where the value is c_j and 0 elsewhere; the blocks follow the input columns.
///
/// ```swift
/// var encoder = OneHotEncoder()
/// let X = IntMatrix([[0, 3], [1, 3], [2, 5]])
/// print(encoder.fitTransform(X))
/// // [[1. 0. 0. 1. 0.]
/// //  [0. 1. 0. 1. 0.]
/// //  [0. 0. 1. 0. 1.]]
/// print(encoder.featureNamesOut())   // ["x0_0", "x0_1", "x0_2", "x1_3", "x1_5"]
/// ```
///
/// - `drop: .first` leaves out each feature's first category (an all-zero block means
///   it), so the columns are not collinear with an intercept; `.ifBinary` does so only for
///   features with two categories.
/// - `handleUnknown: .error` (the default) stops when `transform` meets a category not
///   seen in `fit`; `.ignore` encodes it as an all-zero block (with sklearn's warning when
///   `drop` is set, since that block then also means the dropped category).
///
/// The output is a dense `Matrix` of 0s and 1s (sklearn's `sparse_output=False`).
public struct OneHotEncoder: Sendable, Hashable, CustomStringConvertible {
  /// What `transform` does with a category not seen in `fit` (sklearn's `handle_unknown`).
  public enum UnknownCategory: Sendable, Hashable {
    /// Stop with a message naming the category and column (`'error'`).
    case error
    /// Encode it as all zeros (`'ignore'`).
    case ignore
  }

  /// Which category of each feature gets no column (sklearn's `drop`).
  public enum Drop: Sendable, Hashable {
    /// The first (smallest) category of every feature (`'first'`).
    case first
    /// The first category of features with exactly two categories (`'if_binary'`).
    case ifBinary
  }

  /// What `transform` does with unseen categories.
  public let handleUnknown: UnknownCategory
  /// The dropped category per feature, if any.
  public let drop: Drop?
  /// The categories given to the initializer (sklearn's `categories=` list), or nil for
  /// the sorted distinct values of each column (`'auto'`).
  public let givenCategories: [IntVector]?
  /// The categories of each feature, sorted — the order of the output columns (sklearn's
  /// `categories_`); nil before fitting.
  public private(set) var categories: [IntVector]?
  /// The position in `categories[j]` of feature j's dropped category, or nil (sklearn's
  /// `drop_idx_`); nil before fitting or without `drop`.
  public private(set) var dropIndex: [Int?]?
  /// The number of features the encoder was fitted on (sklearn's `n_features_in_`).
  public private(set) var nFeaturesIn: Int?

  /// An unfitted encoder.
  ///
  /// - Parameter categories: per feature, its categories in increasing order (sklearn stops
  ///   on unsorted numeric categories, and so does MLMath); `fit` then stops on any other value.
  public init(categories: [IntVector]? = nil, drop: Drop? = nil, handleUnknown: UnknownCategory = .error) {
    if let categories {
      for (j, c) in categories.enumerated() {
        if zip(c.elements, c.elements.dropFirst()).contains(where: { $0 >= $1 }) {
          failure(
            "OneHotEncoder: unsorted categories are not supported for numerical categories (categories[\(j)] = \(labelListText(c.elements)) must be increasing, without repeats)"
          )
        }
      }
    }
    self.givenCategories = categories
    self.drop = drop
    self.handleUnknown = handleUnknown
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { nFeaturesIn != nil }

  /// The number of output columns; nil before fitting.
  public var nOutputFeatures: Int? {
    guard let categories, let dropIndex else { return nil }
    return zip(categories, dropIndex).reduce(0) { $0 + $1.0.count - ($1.1 == nil ? 0 : 1) }
  }

  /// Learns the categories of each column of `X` (n samples × d features); returns the fitted encoder.
  ///
  /// Stops when `X` has no row or column, or, with given categories, has another number of
  /// columns or a value outside them.
  @discardableResult
  public mutating func fit(_ X: IntMatrix) -> OneHotEncoder {
    let function = "OneHotEncoder.fit"
    if X.rows == 0 || X.columns == 0 {
      failure(
        "\(function): found array with \(X.rows == 0 ? "0 sample(s)" : "0 feature(s)") (shape \(shapeText(X.rows, X.columns))) while a minimum of 1 is required"
      )
    }
    var found: [IntVector] = []
    for j in 0..<X.columns {
      let column = X.column(j)
      if let givenCategories {
        if givenCategories.count != X.columns {
          failure(
            "\(function): shape mismatch: if categories is an array, it has to be of shape (n_features,) — got \(givenCategories.count) lists for \(X.columns) features"
          )
        }
        let known = Set(givenCategories[j].elements)
        let unknown = sortedClassLabels(IntVector(column.elements.filter { !known.contains($0) }))
        if !unknown.isEmpty {
          failure("\(function): found unknown categories \(labelListText(unknown)) in column \(j) during fit")
        }
        found.append(givenCategories[j])
      } else {
        found.append(IntVector(sortedClassLabels(column)))
      }
    }
    categories = found
    dropIndex = found.map { c -> Int? in
      switch drop {
      case .first?: 0
      case .ifBinary?: c.count == 2 ? 0 : nil
      case nil: nil
      }
    }
    nFeaturesIn = X.columns
    return self
  }

  /// Learns the categories of one feature given as a vector (a one-column matrix).
  @discardableResult
  public mutating func fit(_ x: IntVector) -> OneHotEncoder {
    fit(IntMatrix(rows: x.count, columns: 1, elements: x.elements))
  }

  /// The one-hot encoding of `X`: n rows × ``nOutputFeatures`` columns of 0 and 1.
  ///
  /// Stops before fitting, when `X` has no row or another number of features, and, with
  /// `handleUnknown: .error`, at a category not seen in `fit`.
  public func transform(_ X: IntMatrix) -> Matrix {
    let function = "OneHotEncoder.transform"
    guard let categories, let dropIndex, let nFeaturesIn else { transformerNotFitted("OneHotEncoder", function) }
    if X.rows == 0 {
      failure(
        "\(function): found array with 0 sample(s) (shape \(shapeText(X.rows, X.columns))) while a minimum of 1 is required"
      )
    }
    checkTransformerFeatures(X.columns, expected: nFeaturesIn, "OneHotEncoder", function)
    // The output column of each (feature, category), or nil for the dropped category.
    var offsets: [Int] = []
    var width = 0
    for j in 0..<nFeaturesIn {
      offsets.append(width)
      width += categories[j].count - (dropIndex[j] == nil ? 0 : 1)
    }
    let positions = categories.map { c in Dictionary(uniqueKeysWithValues: c.elements.enumerated().map { ($1, $0) }) }
    var out = [Double](repeating: 0, count: X.rows * width)
    var unknownColumns: [Int] = []
    for j in 0..<nFeaturesIn {
      var unknown: Set<Int> = []
      for i in 0..<X.rows {
        let value = X.elements[i * X.columns + j]
        guard let k = positions[j][value] else {
          unknown.insert(value)
          continue
        }
        if let dropped = dropIndex[j] {
          if k == dropped { continue }
          out[i * width + offsets[j] + (k > dropped ? k - 1 : k)] = 1
        } else {
          out[i * width + offsets[j] + k] = 1
        }
      }
      if !unknown.isEmpty {
        if handleUnknown == .error {
          failure(
            "\(function): found unknown categories \(labelListText(unknown.sorted())) in column \(j) during transform")
        }
        unknownColumns.append(j)
      }
    }
    if !unknownColumns.isEmpty && drop != nil {
      sklearnWarning(
        "UserWarning",
        "Found unknown categories in columns \(labelListText(unknownColumns)) during transform. These unknown categories will be encoded as all zeros"
      )
    }
    return Matrix(rows: X.rows, columns: width, elements: out)
  }

  /// The one-hot encoding of one feature given as a vector (a one-column matrix).
  public func transform(_ x: IntVector) -> Matrix {
    transform(IntMatrix(rows: x.count, columns: 1, elements: x.elements))
  }

  /// Fits on `X` and returns its encoding (sklearn's `fit_transform`).
  public mutating func fitTransform(_ X: IntMatrix) -> Matrix {
    fit(X)
    return transform(X)
  }

  /// Fits on one feature given as a vector and returns its encoding.
  public mutating func fitTransform(_ x: IntVector) -> Matrix {
    fit(x)
    return transform(x)
  }

  /// The names of the output columns, `"x0_3"` for category 3 of feature 0 (sklearn's
  /// `get_feature_names_out`); `inputFeatures` replaces `x0, x1, …`.
  ///
  /// Stops before fitting, or when `inputFeatures` does not name every feature.
  public func featureNamesOut(_ inputFeatures: [String]? = nil) -> [String] {
    let function = "OneHotEncoder.featureNamesOut"
    guard let categories, let dropIndex, let nFeaturesIn else { transformerNotFitted("OneHotEncoder", function) }
    let names = inputFeatures ?? (0..<nFeaturesIn).map { "x\($0)" }
    if names.count != nFeaturesIn {
      failure(
        "\(function): inputFeatures should have length equal to number of features (\(nFeaturesIn)), got \(names.count)"
      )
    }
    return (0..<nFeaturesIn).flatMap { j in
      categories[j].elements.enumerated().filter { $0.offset != dropIndex[j] }.map { "\(names[j])_\($0.element)" }
    }
  }

  /// The settings and, once fitted, the categories.
  public var description: String {
    var head = "OneHotEncoder(handleUnknown: .\(handleUnknown)"
    if let drop { head += ", drop: .\(drop)" }
    head += ")"
    guard let categories else { return head + ", not fitted" }
    return head + ", fitted on \(categories.count) features"
      + categories.enumerated().map { "\n  categories[\($0.offset)]: \($0.element)" }.joined()
  }
}
