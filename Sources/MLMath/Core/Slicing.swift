// Slices of vectors and matrices, NumPy-style: `v[2..<5]`, `m[0..<2, 1...]`,
// `m[..., 0]` (NumPy's `m[:, 0]`), `m.row(i)`, `v[[3, 0, 1]]`.
//
// Unlike NumPy, a slice is a copy (value semantics), and indices are never
// negative: write `v[v.count - 1]` for NumPy's `v[-1]`. As in NumPy, slice
// bounds past the end are clipped (`v[8..<12]` of 10 elements is `v[8..<10]`).
// Assigning to a slice writes through: `m[0..<2, 0..<2] = eye(2)`.

extension Vector {
  /// The elements at positions `range`, as a new vector indexed from 0 (NumPy's `v[a:b]`).
  public subscript(range: Range<Int>) -> Vector {
    get { Vector(Array(elements[checked(range)])) }
    set { replace(checked(range), with: newValue) }
  }

  /// The elements at positions `range`, as a new vector (NumPy's `v[a:b+1]`).
  public subscript(range: ClosedRange<Int>) -> Vector {
    get { Vector(Array(elements[checked(range)])) }
    set { replace(checked(range), with: newValue) }
  }

  /// The elements at positions `range`, e.g. `v[2...]` or `v[..<3]`.
  public subscript(range: some RangeExpression<Int>) -> Vector {
    get { Vector(Array(elements[checked(range)])) }
    set { replace(checked(range), with: newValue) }
  }

  /// Every `step`-th element (NumPy's `v[::step]`); a negative `step` walks
  /// from the last element backwards, so `v[stride: -1]` is `v` reversed
  /// (NumPy's `v[::-1]`). Assigning writes through those positions.
  public subscript(stride step: Int) -> Vector {
    get { self[0..<count, stride: step] }
    set { self[0..<count, stride: step] = newValue }
  }

  /// Every `step`-th element of `range` (NumPy's `v[a:b:step]` for a positive
  /// step). A negative `step` walks `range` from its last position down:
  /// `v[2..<8, stride: -2]` is `[v[7], v[5], v[3]]` — Swift's
  /// `stride(from: 7, through: 2, by: -2)`, where NumPy's `v[8:2:-2]` would
  /// start at 8. Bounds past the end are clipped, as for plain slices.
  public subscript(range: some RangeExpression<Int>, stride step: Int) -> Vector {
    get {
      let positions = stridedPositions(checked(range), step)
      return Vector(positions.map { elements[$0] })
    }
    set {
      let positions = stridedPositions(checked(range), step)
      if newValue.count != positions.count && newValue.count != 1 {
        failure(
          "cannot assign \(vectorText(newValue.count)) to the \(positions.count) positions of a strided slice (one value per position, or a single value for all)"
        )
      }
      for (k, i) in positions.enumerated() { elements[i] = newValue.elements[newValue.count == 1 ? 0 : k] }
    }
  }

  func stridedPositions(_ range: Range<Int>, _ step: Int) -> [Int] {
    if step == 0 { failure("slice step cannot be zero (NumPy: slice step cannot be zero)") }
    if range.isEmpty { return [] }
    return step > 0
      ? Array(Swift.stride(from: range.lowerBound, to: range.upperBound, by: step))
      : Array(Swift.stride(from: range.upperBound - 1, through: range.lowerBound, by: step))
  }

  /// The elements at `indices`, in that order (NumPy's fancy indexing `v[[3, 0, 1]]`).
  ///
  /// `x[argsort(x)]` is `x` sorted.
  public subscript(indices: [Int]) -> Vector {
    get {
      checkIndices(indices)
      return Vector(indices.map { elements[$0] })
    }
    set {
      if newValue.count != indices.count {
        failure(
          "cannot assign \(vectorText(newValue.count)) to \(indices.count) indices (v[[…]] = w needs one value per index)"
        )
      }
      checkIndices(indices)
      for (k, i) in indices.enumerated() { elements[i] = newValue.elements[k] }
    }
  }

  func checkIndices(_ indices: [Int]) {
    for (k, i) in indices.enumerated() where i < 0 || i >= count {
      indexFailure(
        i, count: count, in: "\(vectorText(count)) (at position \(k) of the index list)",
        fix: "v.count - \(i.magnitude)")
    }
  }

  func checked(_ range: some RangeExpression<Int>) -> Range<Int> {
    checkedBounds(range, count: count, what: "range", in: vectorText(count))
  }

  mutating func replace(_ range: Range<Int>, with newValue: Vector) {
    if newValue.count == 1 && range.count != 1 {
      // NumPy broadcasts a single value over the slice.
      elements.replaceSubrange(range, with: repeatElement(newValue.elements[0], count: range.count))
      return
    }
    if newValue.count != range.count {
      failure(
        "cannot assign \(vectorText(newValue.count)) to the slice \(range) of \(range.count) elements"
      )
    }
    elements.replaceSubrange(range, with: newValue.elements)
  }
}

extension Matrix {
  /// Row `i` as a vector (NumPy's `m[i]` or `m[i, :]`).
  public func row(_ i: Int) -> Vector {
    checkRow(i)
    return Vector(Array(elements[i * columns..<(i + 1) * columns]))
  }

  /// Column `j` as a vector (NumPy's `m[:, j]`).
  public func column(_ j: Int) -> Vector {
    checkColumn(j)
    return Vector((0..<rows).map { elements[$0 * columns + j] })
  }

  func checkRow(_ i: Int) {
    if i < 0 || i >= rows {
      indexFailure(
        i, count: rows, in: "the rows of \(matrixText(rows, columns))", fix: "m.rows - \(i.magnitude)")
    }
  }

  func checkColumn(_ j: Int) {
    if j < 0 || j >= columns {
      indexFailure(
        j, count: columns, in: "the columns of \(matrixText(rows, columns))",
        fix: "m.columns - \(j.magnitude)")
    }
  }

  /// Rows `range`, checked against the matrix.
  func rowBounds(_ range: some RangeExpression<Int>) -> Range<Int> {
    checkedBounds(range, count: rows, what: "row range", in: matrixText(rows, columns))
  }

  /// Columns `range`, checked against the matrix.
  func columnBounds(_ range: some RangeExpression<Int>) -> Range<Int> {
    checkedBounds(range, count: columns, what: "column range", in: matrixText(rows, columns))
  }

  /// The rows of the matrix, as vectors.
  public var rowVectors: [Vector] { (0..<rows).map(row) }

  /// The columns of the matrix, as vectors.
  public var columnVectors: [Vector] { (0..<columns).map(column) }

  /// The block of rows `rowRange` and columns `columnRange` (NumPy's `m[a:b, c:d]`).
  public subscript(rowRange: some RangeExpression<Int>, columnRange: some RangeExpression<Int>)
    -> Matrix
  {
    get { block(rowBounds(rowRange), columnBounds(columnRange)) }
    set { setBlock(rowBounds(rowRange), columnBounds(columnRange), newValue) }
  }

  /// Row `i`, restricted to columns `columnRange` (NumPy's `m[i, c:d]`).
  public subscript(i: Int, columnRange: some RangeExpression<Int>) -> Vector {
    get {
      checkRow(i)
      return block(i..<i + 1, columnBounds(columnRange)).flattened()
    }
    set {
      checkRow(i)
      let cols = columnBounds(columnRange)
      setBlock(
        i..<i + 1, cols, Matrix(rows: 1, columns: newValue.count, elements: newValue.elements))
    }
  }

  /// Column `j`, restricted to rows `rowRange` (NumPy's `m[a:b, j]`).
  public subscript(rowRange: some RangeExpression<Int>, j: Int) -> Vector {
    get {
      checkColumn(j)
      return block(rowBounds(rowRange), j..<j + 1).flattened()
    }
    set {
      checkColumn(j)
      let rowsRange = rowBounds(rowRange)
      setBlock(
        rowsRange, j..<j + 1, Matrix(rows: newValue.count, columns: 1, elements: newValue.elements))
    }
  }

  /// Every row, restricted to columns `columnRange` (NumPy's `m[:, c:d]`).
  public subscript(_: UnboundedRange, columnRange: some RangeExpression<Int>) -> Matrix {
    get { self[0..<rows, columnRange] }
    set { self[0..<rows, columnRange] = newValue }
  }

  /// Rows `rowRange`, every column (NumPy's `m[a:b, :]` or `m[a:b]`).
  public subscript(rowRange: some RangeExpression<Int>, _: UnboundedRange) -> Matrix {
    get { self[rowRange, 0..<columns] }
    set { self[rowRange, 0..<columns] = newValue }
  }

  /// Column `j` as a vector (NumPy's `m[:, j]`).
  public subscript(_: UnboundedRange, j: Int) -> Vector {
    get { column(j) }
    set {
      checkColumn(j)
      self[0..<rows, j] = newValue
    }
  }

  /// Row `i` as a vector (NumPy's `m[i, :]`).
  public subscript(i: Int, _: UnboundedRange) -> Vector {
    get { row(i) }
    set {
      checkRow(i)
      self[i, 0..<columns] = newValue
    }
  }

  func block(_ r: Range<Int>, _ c: Range<Int>) -> Matrix {
    checkBlock(r, c)
    var out = [Double]()
    out.reserveCapacity(r.count * c.count)
    for i in r {
      out.append(contentsOf: elements[i * columns + c.lowerBound..<i * columns + c.upperBound])
    }
    return Matrix(rows: r.count, columns: c.count, elements: out)
  }

  mutating func setBlock(_ r: Range<Int>, _ c: Range<Int>, _ value: Matrix) {
    checkBlock(r, c)
    if value.rows != r.count || value.columns != c.count {
      failure(
        "cannot assign a value of shape \(shapeText(value.rows, value.columns)) to the block [\(r), \(c)] of shape \(shapeText(r.count, c.count))"
      )
    }
    for (k, i) in r.enumerated() {
      elements.replaceSubrange(
        i * columns + c.lowerBound..<i * columns + c.upperBound,
        with: value.elements[k * value.columns..<(k + 1) * value.columns])
    }
  }

  func checkBlock(_ r: Range<Int>, _ c: Range<Int>) {
    _ = rowBounds(r)
    _ = columnBounds(c)
  }
}
