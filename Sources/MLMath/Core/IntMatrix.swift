/// A two-dimensional array of `Int`, row-major — NumPy's 2-D `int64` array.
///
/// Samplers that NumPy returns as 2-D integer arrays return one: `Random.multinomial`
/// with a `size`, `Random.randint` with a `(rows, columns)` size. It prints as
/// NumPy prints an `int64` array and converts with `Matrix(m)` / `IntMatrix(m)`.
public struct IntMatrix: Sendable, Hashable {
  /// The number of rows.
  public let rows: Int
  /// The number of columns.
  public let columns: Int
  /// The elements, row after row (`rows * columns` of them).
  public private(set) var elements: [Int]

  /// A `rows × columns` matrix from its elements in row-major order.
  public init(rows: Int, columns: Int, elements: [Int]) {
    let count = checkedElementCount(rows, columns, in: "IntMatrix(rows:columns:elements:)")
    guard elements.count == count else {
      failure(
        "IntMatrix(rows:columns:elements:): shape \(shapeText(rows, columns)) needs \(count) elements, got \(elements.count)"
      )
    }
    self.rows = rows
    self.columns = columns
    self.elements = elements
  }

  /// A `rows × columns` matrix filled with `value`.
  public init(rows: Int, columns: Int, repeating value: Int = 0) {
    let count = checkedElementCount(rows, columns, in: "IntMatrix(rows:columns:)")
    self.init(rows: rows, columns: columns, elements: Array(repeating: value, count: count))
  }

  /// A matrix from equal-length rows: `IntMatrix([[1, 2], [3, 4]])`.
  public init(_ rowArrays: [[Int]]) {
    let columns = rowArrays.first?.count ?? 0
    if let k = rowArrays.firstIndex(where: { $0.count != columns }) {
      failure(
        "IntMatrix(_:): row \(k) has \(rowArrays[k].count) elements but row 0 has \(columns) (rows must have equal lengths)"
      )
    }
    self.init(rows: rowArrays.count, columns: columns, elements: rowArrays.flatMap { $0 })
  }

  /// The elements of `m` truncated toward zero (NumPy's `m.astype(np.int64)`); NaN, ±∞
  /// and values out of `Int`'s range stop the program.
  public init(_ m: Matrix) {
    self.init(
      rows: m.rows, columns: m.columns,
      elements: m.elements.enumerated().map { checkedInt($1, at: $0, in: "IntMatrix(_:) (astype(int64))") })
  }

  /// `(rows, columns)`, NumPy's `m.shape`.
  public var shape: (rows: Int, columns: Int) { (rows, columns) }

  /// The number of elements (NumPy's `m.size`).
  public var count: Int { elements.count }

  /// The element in row `i`, column `j`.
  public subscript(i: Int, j: Int) -> Int {
    get {
      if i < 0 || i >= rows || j < 0 || j >= columns { matrixIndexFailure(i, j, rows, columns) }
      return elements[i * columns + j]
    }
    set {
      if i < 0 || i >= rows || j < 0 || j >= columns { matrixIndexFailure(i, j, rows, columns) }
      elements[i * columns + j] = newValue
    }
  }

  /// Row `i` as an integer vector (NumPy's `m[i]`).
  public func row(_ i: Int) -> IntVector {
    checkPosition(
      i, count: rows, in: "the rows of an IntMatrix of shape \(shapeText(rows, columns))",
      fix: "m.row(m.rows - \(i.magnitude))")
    return IntVector(Array(elements[i * columns..<(i + 1) * columns]))
  }

  /// Column `j` as an integer vector (NumPy's `m[:, j]`).
  public func column(_ j: Int) -> IntVector {
    checkPosition(
      j, count: columns, in: "the columns of an IntMatrix of shape \(shapeText(rows, columns))",
      fix: "m.column(m.columns - \(j.magnitude))")
    return IntVector((0..<rows).map { elements[$0 * columns + j] })
  }

  /// The sum of every element; stops on overflow (NumPy's `m.sum()`).
  public func sum() -> Int { checkedSum(elements, in: "IntMatrix.sum") }

  /// The sum of each column (`axis: 0`) or row (`axis: 1`); stops on overflow (NumPy's `m.sum(axis=…)`).
  public func sum(axis: Int) -> IntVector {
    checkMatrixAxis(axis, in: "sum") == 0
      ? IntVector((0..<columns).map { checkedSum(column($0).elements, in: "IntMatrix.sum(axis: 0)") })
      : IntVector((0..<rows).map { checkedSum(row($0).elements, in: "IntMatrix.sum(axis: 1)") })
  }
}

extension Matrix {
  /// The elements of `m` as floats (NumPy's `m.astype(float)`).
  public init(_ m: IntMatrix) {
    self.init(rows: m.rows, columns: m.columns, elements: m.elements.map { Double($0) })
  }
}

/// The outer product of two integer vectors (NumPy's `np.outer` on `int64`); stops on overflow.
public func outer(_ u: IntVector, _ v: IntVector) -> IntMatrix {
  IntMatrix(
    rows: u.count, columns: v.count,
    elements: u.elements.flatMap { a in v.elements.map { IntVector.multiply(a, $0) } })
}

/// Σ `values`, or a stop when the running total leaves `Int`'s range.
func checkedSum(_ values: [Int], in function: String) -> Int {
  var total = 0
  for x in values {
    let (s, overflow) = total.addingReportingOverflow(x)
    if overflow { intOverflowFailure(total, x, "+", function) }
    total = s
  }
  return total
}
