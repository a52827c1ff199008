/// A data set whose first axis is the samples — what scikit-learn's splitters and
/// `train_test_split` select rows of (sklearn's `_safe_indexing` of an "indexable").
///
/// `Matrix` and `IntMatrix` (one sample per row), `Vector`, `IntVector` and Swift arrays
/// (one sample per element) conform, so `trainTestSplit(X, y)` and `kFold.split(X)` take
/// any of them.
public protocol SampleIndexable {
  /// The number of samples: rows of a matrix, elements of a vector or array.
  var sampleCount: Int { get }
  /// The samples at `indices`, in that order (NumPy's `X[indices]`); an index outside
  /// `0..<sampleCount` stops the program.
  func samples(at indices: IntVector) -> Self
}

extension Matrix: SampleIndexable {
  /// The number of rows.
  public var sampleCount: Int { rows }

  /// The rows at `indices`, in that order (NumPy's `X[indices]`).
  public func samples(at indices: IntVector) -> Matrix {
    let picked = gather(Array(0..<rows), indices.elements, in: "the rows of \(matrixText(rows, columns))")
    var out: [Double] = []
    out.reserveCapacity(picked.count * columns)
    for i in picked { out += elements[(i * columns)..<((i + 1) * columns)] }
    return Matrix(rows: picked.count, columns: columns, elements: out)
  }
}

extension IntMatrix: SampleIndexable {
  /// The number of rows.
  public var sampleCount: Int { rows }

  /// The rows at `indices`, in that order (NumPy's `X[indices]`).
  public func samples(at indices: IntVector) -> IntMatrix {
    let picked = gather(
      Array(0..<rows), indices.elements, in: "the rows of an IntMatrix of shape \(shapeText(rows, columns))")
    var out: [Int] = []
    out.reserveCapacity(picked.count * columns)
    for i in picked { out += elements[(i * columns)..<((i + 1) * columns)] }
    return IntMatrix(rows: picked.count, columns: columns, elements: out)
  }
}

extension Vector: SampleIndexable {
  /// The number of elements.
  public var sampleCount: Int { count }

  /// The elements at `indices`, in that order (NumPy's `v[indices]`).
  public func samples(at indices: IntVector) -> Vector { self[indices] }
}

extension IntVector: SampleIndexable {
  /// The number of elements.
  public var sampleCount: Int { count }

  /// The elements at `indices`, in that order (NumPy's `v[indices]`).
  public func samples(at indices: IntVector) -> IntVector { self[indices] }
}

extension Array: SampleIndexable {
  /// The number of elements.
  public var sampleCount: Int { count }

  /// The elements at `indices`, in that order.
  public func samples(at indices: IntVector) -> [Element] {
    gather(self, indices.elements, in: "an array of \(count) elements")
  }
}
