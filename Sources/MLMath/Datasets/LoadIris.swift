/// Fisher's Iris data: 150 flowers of three species, four measurements each (scikit-learn's
/// `sklearn.datasets.load_iris()`).
///
/// ```swift
/// let iris = loadIris()
/// let X = iris.data      // 150 × 4, in cm
/// let y = iris.target    // 0 setosa, 1 versicolor, 2 virginica; 50 of each, in that order
/// ```
///
/// `data`, `target`, `featureNames` (`"sepal length (cm)"`, `"sepal width (cm)"`,
/// `"petal length (cm)"`, `"petal width (cm)"`) and `targetNames` (`"setosa"`, `"versicolor"`,
/// `"virginica"`) are exactly scikit-learn's; the values are read from a copy of
/// scikit-learn's `sklearn/datasets/data/iris.csv`, bundled with MLMath.
///
/// - Source: R. A. Fisher, "The use of multiple measurements in taxonomic problems",
///   *Annals of Eugenics* 7(2), 179–188 (1936); the measurements are Edgar Anderson's. The
///   table is the one in Fisher's paper, as in R's `iris` (the UCI Machine Learning
///   Repository's copy, donated by Michael Marshall in 1988, has two wrong values).
/// - Licence: the file is distributed with scikit-learn under its BSD 3-Clause licence
///   (© 2007–2026 the scikit-learn developers); the data, from a 1936 publication, are
///   also in the UCI repository under CC BY 4.0. See `Sources/MLMath/Datasets/Data/README.md`.
public func loadIris() -> Dataset {
  let text = bundledDataText("iris.csv")
  let records: [TextRecord]
  do {
    records = try delimitedRecords(
      text, source: "iris.csv", format: DelimitedTextFormat(delimiter: ",", comments: nil, skipLines: 0))
  } catch {
    failure("MLMath's bundled iris.csv is damaged: \(error)")
  }
  // The header row: sample count, feature count, class names (scikit-learn's format).
  guard let header = records.first, header.fields.count >= 2, let count = Int(header.fields[0]),
    let features = Int(header.fields[1]), records.count == count + 1
  else { failure("MLMath's bundled iris.csv is damaged: bad header") }
  var data = [Double]()
  var target = [Int]()
  for record in records.dropFirst() {
    guard record.fields.count == features + 1, let label = Int(record.fields[features]) else {
      failure("MLMath's bundled iris.csv is damaged at line \(record.line)")
    }
    for field in record.fields.prefix(features) {
      guard let value = parseNumPyFloat(field[...]) else {
        failure("MLMath's bundled iris.csv is damaged at line \(record.line)")
      }
      data.append(value)
    }
    target.append(label)
  }
  return Dataset(
    data: Matrix(rows: count, columns: features, elements: data), target: IntVector(target),
    featureNames: ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"],
    targetNames: Array(header.fields.dropFirst(2)), images: [], descr: irisDescription, name: "Iris")
}

private let irisDescription = """
  Iris plants data set
  --------------------
  150 samples (50 of each of 3 classes), 4 numeric features in cm: sepal length, sepal width,
  petal length, petal width. Classes: Iris setosa, Iris versicolour, Iris virginica.
  No missing values. Setosa is linearly separable from the other two; versicolour and
  virginica are not linearly separable from each other.

  The measurements were made by Edgar Anderson and published by R. A. Fisher. This is the
  table of Fisher's paper, as in R's `iris`; the copy in the UCI Machine Learning Repository
  (donated by Michael Marshall, July 1988) has two wrong data points.

  Source: R. A. Fisher (1936), "The use of multiple measurements in taxonomic problems",
  Annals of Eugenics 7(2), 179-188.
  See also: R. O. Duda and P. E. Hart (1973), Pattern Classification and Scene Analysis,
  Wiley, p. 218.

  File: a copy of scikit-learn's sklearn/datasets/data/iris.csv, distributed with
  scikit-learn under the BSD 3-Clause licence (Copyright (c) 2007-2026 the scikit-learn
  developers); the UCI repository distributes the data set under CC BY 4.0.
  """
