/// The 8 × 8 handwritten digits: 1797 images of the digits 0–9, each pixel a count 0–16
/// (scikit-learn's `sklearn.datasets.load_digits(n_class=10)`).
///
/// ```swift
/// let digits = loadDigits()
/// let X = digits.data            // 1797 × 64, the pixels row by row
/// let y = digits.target          // the digit each image shows
/// print(digits.images[0])        // the first image as an 8 × 8 matrix
/// ```
///
/// `data`, `target`, `images`, `featureNames` (`"pixel_0_0"` … `"pixel_7_7"`) and
/// `targetNames` (`"0"` … `"9"`) are exactly scikit-learn's (whose `target_names` is
/// `np.arange(10)`); the values are a compact copy of scikit-learn's
/// `sklearn/datasets/data/digits.csv.gz`, bundled with MLMath.
///
/// - Parameter nClass: keep only the digits `0..<nClass`, in 1…10 (scikit-learn's `n_class`).
/// - Source: the test set of the UCI "Optical Recognition of Handwritten Digits" data set
///   by E. Alpaydin and C. Kaynak (1998): 32 × 32 bitmaps of NIST forms from 13 writers,
///   each 4 × 4 block reduced to its count of set pixels. Cite: C. Kaynak (1995), *Methods of
///   Combining Multiple Classifiers and Their Applications to Handwritten Digit
///   Recognition*, MSc thesis, Boğaziçi University; E. Alpaydin and C. Kaynak (1998),
///   "Cascading Classifiers", *Kybernetika* 34(4), 369–374.
/// - Licence: the file is distributed with scikit-learn under its BSD 3-Clause licence
///   (© 2007–2026 the scikit-learn developers); the UCI repository distributes the data set
///   under CC BY 4.0. See `Sources/MLMath/Datasets/Data/README.md`.
public func loadDigits(nClass: Int = 10) -> Dataset {
  if nClass < 1 || nClass > 10 {
    failure("loadDigits: nClass must be in 1...10 (got \(nClass))")
  }
  // Each line: 64 pixels as base-17 digits 0-9a-g (0-16), row by row, then the class 0-9.
  let text = bundledDataText("digits.txt")
  var data = [Double]()
  var target = [Int]()
  data.reserveCapacity(1797 * 64)
  for (number, line) in text.split(separator: "\n").enumerated() {
    let bytes = Array(line.utf8)
    guard bytes.count == 65, let label = digitValue(bytes[64]), label < 10 else {
      failure("MLMath's bundled digits.txt is damaged at line \(number + 1)")
    }
    guard label < nClass else { continue }
    for b in bytes.prefix(64) {
      guard let pixel = digitValue(b) else { failure("MLMath's bundled digits.txt is damaged at line \(number + 1)") }
      data.append(Double(pixel))
    }
    target.append(label)
  }
  let x = Matrix(rows: target.count, columns: 64, elements: data)
  let images = (0..<target.count).map { Matrix(rows: 8, columns: 8, elements: Array(data[($0 * 64)..<($0 * 64 + 64)])) }
  let names = (0..<8).flatMap { r in (0..<8).map { c in "pixel_\(r)_\(c)" } }
  return Dataset(
    data: x, target: IntVector(target), featureNames: names, targetNames: (0..<10).map(String.init),
    images: images, descr: digitsDescription, name: "Digits")
}

/// The value of a base-17 digit `0`–`9`, `a`–`g`.
private func digitValue(_ b: UInt8) -> Int? {
  switch b {
  case 48...57: Int(b) - 48
  case 97...103: Int(b) - 87
  default: nil
  }
}

private let digitsDescription = """
  Optical recognition of handwritten digits data set
  --------------------------------------------------
  1797 samples, 64 features: an 8x8 image of integer pixels in the range 0..16.
  10 classes, the digits 0-9. No missing values.

  The test set of the UCI ML "Optical Recognition of Handwritten Digits" data set
  (E. Alpaydin and C. Kaynak, July 1998). Preprocessing programs made available by NIST
  extracted normalized bitmaps of handwritten digits from a preprinted form; 30 of 43
  people wrote the training set and 13 others this test set. The 32x32 bitmaps are
  divided into nonoverlapping 4x4 blocks and the set pixels counted in each block, which
  gives an 8x8 matrix of counts 0..16 that is invariant to small distortions.

  Source: C. Kaynak (1995), Methods of Combining Multiple Classifiers and Their
  Applications to Handwritten Digit Recognition, MSc thesis, Institute of Graduate Studies
  in Science and Engineering, Bogazici University.
  E. Alpaydin and C. Kaynak (1998), "Cascading Classifiers", Kybernetika 34(4), 369-374.
  UCI Machine Learning Repository, https://doi.org/10.24432/C50P49
  NIST preprocessing: M. D. Garris, J. L. Blue, G. T. Candela et al. (1994), NIST
  Form-Based Handprint Recognition System, NISTIR 5469.

  File: a compact copy of scikit-learn's sklearn/datasets/data/digits.csv.gz, distributed
  with scikit-learn under the BSD 3-Clause licence (Copyright (c) 2007-2026 the
  scikit-learn developers); the UCI repository distributes the data set under CC BY 4.0.
  """
