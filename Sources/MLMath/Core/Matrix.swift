/// A two-dimensional array of `Double` in row-major order — MLMath's `np.ndarray` with `ndim == 2`.
///
/// `Matrix` has value semantics (its storage is a copy-on-write Swift `Array`).
public struct Matrix: Sendable, Hashable {
  /// The number of rows.
  public let rows: Int
  /// The number of columns.
  public let columns: Int
  /// The elements, row after row (`rows * columns` of them).
  public var elements: [Double]

  /// A `rows × columns` matrix from its elements in row-major order.
  @inlinable
  public init(rows: Int, columns: Int, elements: [Double]) {
    guard rows >= 0, columns >= 0, elements.count == rows * columns else {
      fatalError(
        "Matrix \(rows)×\(columns) needs \(rows * columns) elements, got \(elements.count)")
    }
    self.rows = rows
    self.columns = columns
    self.elements = elements
  }

  /// A `rows × columns` matrix filled with `value` (zeros by default).
  @inlinable
  public init(rows: Int, columns: Int, repeating value: Double = 0) {
    guard rows >= 0, columns >= 0 else { fatalError("Matrix shape \(rows)×\(columns) is negative") }
    self.rows = rows
    self.columns = columns
    self.elements = Array(repeating: value, count: rows * columns)
  }

  /// A matrix from its rows; every row must have the same length.
  @inlinable
  public init(_ rowArrays: [[Double]]) {
    let columns = rowArrays.first?.count ?? 0
    for (i, row) in rowArrays.enumerated() where row.count != columns {
      fatalError("Matrix row \(i) has \(row.count) elements, row 0 has \(columns)")
    }
    self.init(rows: rowArrays.count, columns: columns, elements: rowArrays.flatMap { $0 })
  }

  /// `(rows, columns)`, like NumPy's `shape`.
  @inlinable
  public var shape: (rows: Int, columns: Int) { (rows, columns) }

  /// The element at row `i`, column `j`.
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
    if i < 0 || i >= rows || j < 0 || j >= columns {
      fatalError("Index (\(i), \(j)) is out of bounds for Matrix \(rows)×\(columns)")
    }
  }
}

extension Matrix: ExpressibleByArrayLiteral {
  /// `[[1, 2], [3, 4]]` is a 2×2 matrix.
  @inlinable
  public init(arrayLiteral rowArrays: [Double]...) {
    self.init(rowArrays)
  }
}
