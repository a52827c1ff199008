/// A data set bundled with MLMath, with the fields of scikit-learn's `Bunch` from
/// `sklearn.datasets.load_iris()` and `load_digits()`.
///
/// ```swift
/// let iris = loadIris()                       // iris = load_iris()
/// print(iris.data.shape, iris.featureNames)   // iris.data.shape, iris.feature_names
/// print(iris.targetNames[iris.target[100]])   // iris.target_names[iris.target[100]]: virginica
/// print(iris.descr)                           // iris.DESCR: the source, citation and licence
/// ```
public struct Dataset: Sendable, CustomStringConvertible {
  /// The samples, one per row (`n_samples × n_features`), scikit-learn's `data`.
  public let data: Matrix
  /// Each sample's class, scikit-learn's `target`.
  public let target: IntVector
  /// The name of each column of `data`, scikit-learn's `feature_names`.
  public let featureNames: [String]
  /// The name of each class: `targetNames[target[i]]` is sample i's, scikit-learn's `target_names`.
  public let targetNames: [String]
  /// For image data (the digits), each sample as its image (8 × 8), scikit-learn's `images`;
  /// empty for other data sets.
  public let images: [Matrix]
  /// What the data are, where they come from, how to cite them and their licence
  /// (scikit-learn's `DESCR`).
  public let descr: String
  /// The data set's name.
  public let name: String

  /// A short summary: the name, the shape, the features and the classes with their counts.
  public var description: String {
    var counts = Array(repeating: 0, count: targetNames.count)
    for t in target where t >= 0 && t < counts.count { counts[t] += 1 }
    let classes = targetNames.enumerated().map { "\($1) (\(counts[$0]))" }.joined(separator: ", ")
    let features =
      featureNames.count <= 6
      ? featureNames.joined(separator: ", ")
      : featureNames.prefix(3).joined(separator: ", ") + ", …, " + featureNames.suffix(2).joined(separator: ", ")
    return """
      \(name): \(data.rows) samples × \(data.columns) features
        features: \(features)
        classes: \(classes)
      """
  }
}
