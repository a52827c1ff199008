/// A two-dimensional array of `Double` in row-major order — MLMath's `np.ndarray` with `ndim == 2`.
///
/// `Matrix` has value semantics (its storage is a copy-on-write Swift `Array`).
public struct Matrix: Sendable, Hashable {
  /// The number of rows.
  public let rows: Int
  /// The number of columns.
  public let columns: Int
  /// The elements, row after row (`rows * columns` of them).
  ///
  /// Assigning an array of another length stops the program: MLMath's loops read
  /// `rows * columns` elements without checking each access.
  public var elements: [Double] {
    didSet {
      if elements.count != rows &* columns { elementCountFailure(elements.count, rows, columns) }
    }
  }

  /// A `rows × columns` matrix from its elements in row-major order.
  public init(rows: Int, columns: Int, elements: [Double]) {
    let count = checkedElementCount(rows, columns, in: "Matrix(rows:columns:elements:)")
    guard elements.count == count else {
      failure(
        "Matrix(rows:columns:elements:): shape \(shapeText(rows, columns)) needs \(count) elements, got \(elements.count)"
      )
    }
    self.rows = rows
    self.columns = columns
    self.elements = elements
  }

  /// A `rows × columns` matrix filled with `value` (zeros by default).
  public init(rows: Int, columns: Int, repeating value: Double = 0) {
    let count = checkedElementCount(rows, columns, in: "Matrix(rows:columns:)")
    self.rows = rows
    self.columns = columns
    self.elements = Array(repeating: value, count: count)
  }

  /// A matrix from its rows; every row must have the same length.
  public init(_ rowArrays: [[Double]]) {
    let columns = rowArrays.first?.count ?? 0
    for (i, row) in rowArrays.enumerated() where row.count != columns {
      failure(
        "Matrix: row \(i) has \(row.count) elements but row 0 has \(columns) (every row must have the same length)"
      )
    }
    self.init(rows: rowArrays.count, columns: columns, elements: rowArrays.flatMap { $0 })
  }

  /// `(rows, columns)`, like NumPy's `shape`.
  @inlinable
  public var shape: (rows: Int, columns: Int) { (rows, columns) }

  /// The element at row `i`, column `j` (NumPy's `m[i, j]`; negative indices are not allowed).
  ///
  /// An index outside the shape stops the program with a message naming it and the valid ranges.
  @inlinable
  public subscript(i: Int, j: Int) -> Double {
    get {
      checkIndex(i, j)
      return elements[i * columns + j]
    }
    set {
      checkIndex(i, j)
      elements[i * columns + j] = newValue
    }
  }

  @inlinable
  func checkIndex(_ i: Int, _ j: Int) {
    if i < 0 || i >= rows || j < 0 || j >= columns { matrixIndexFailure(i, j, rows, columns) }
  }
}

extension Matrix: ExpressibleByArrayLiteral {
  /// `[[1, 2], [3, 4]]` is a 2×2 matrix.
  @inlinable
  public init(arrayLiteral rowArrays: [Double]...) {
    self.init(rowArrays)
  }
}
