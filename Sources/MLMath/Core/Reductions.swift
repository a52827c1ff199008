// Reductions: `sum`, `mean`, `prod`, `min`, `max`, `argmin`, `argmax`, over a
// whole vector or matrix, or along one axis of a matrix (`m.sum(axis: 0)` sums
// each column, `axis: 1` each row, as in NumPy).
//
// Sums use NumPy's pairwise summation, so they agree with `np.sum` to the last
// bit on the same data. `min`/`max` propagate NaN, like NumPy.

extension Vector {
  /// The sum of the elements; 0 for an empty vector (NumPy's `v.sum()`).
  public func sum() -> Double { unsignedNaN(pairwiseSum(elements)) }

  /// The arithmetic mean; NaN for an empty vector (NumPy's `v.mean()`).
  public func mean() -> Double { unsignedNaN(sum() / Double(count)) }

  /// The product of the elements; 1 for an empty vector (NumPy's `v.prod()`).
  public func prod() -> Double { unsignedNaN(elements.reduce(1, *)) }

  /// The smallest element, or NaN if any element is NaN (NumPy's `v.min()`).
  public func min() -> Double {
    checkNotEmpty("min")
    return unsignedNaN(extreme(elements, largest: false))
  }

  /// The largest element, or NaN if any element is NaN (NumPy's `v.max()`).
  public func max() -> Double {
    checkNotEmpty("max")
    return unsignedNaN(extreme(elements, largest: true))
  }

  /// The index of the first smallest element (the first NaN, if any) (NumPy's `v.argmin()`).
  public func argmin() -> Int {
    checkNotEmpty("argmin")
    return extremeIndex(elements[...], largest: false)
  }

  /// The index of the first largest element (the first NaN, if any) (NumPy's `v.argmax()`).
  public func argmax() -> Int {
    checkNotEmpty("argmax")
    return extremeIndex(elements[...], largest: true)
  }

  func checkNotEmpty(_ name: String) {
    if elements.isEmpty {
      failure("\(name): the Vector is empty, and an empty Vector has no \(name) (NumPy: zero-size array)")
    }
  }
}

extension Matrix {
  /// The sum of all elements (NumPy's `m.sum()`).
  public func sum() -> Double { unsignedNaN(pairwiseSum(elements)) }

  /// The sum of each column (`axis: 0`) or of each row (`axis: 1`) (NumPy's `m.sum(axis=…)`).
  public func sum(axis: Int) -> Vector {
    switch checkAxis(axis) {
    case 0:
      // Row after row, as NumPy reduces a C-contiguous array along axis 0.
      var out = [Double](repeating: 0, count: columns)
      out.withUnsafeMutableBufferPointer { total in
        elements.withUnsafeBufferPointer { a in
          for i in 0..<rows {
            let row = a.baseAddress! + i * columns
            for j in 0..<columns { total[j] += row[j] }
          }
        }
      }
      return Vector(out)
    default:
      guard columns > 0 else { return Vector(repeating: 0, count: rows) }
      return Vector(
        elements.withUnsafeBufferPointer { a in
          (0..<rows).map { i in pairwiseSum(a.baseAddress! + i * columns, columns) }
        })
    }
  }

  /// The mean of all elements (NumPy's `m.mean()`).
  public func mean() -> Double { unsignedNaN(sum() / Double(count)) }

  /// The mean of each column (`axis: 0`) or of each row (`axis: 1`) (NumPy's `m.mean(axis=…)`).
  public func mean(axis: Int) -> Vector {
    sum(axis: axis) / Double(checkAxis(axis) == 0 ? rows : columns)
  }

  /// The product of all elements (NumPy's `m.prod()`).
  public func prod() -> Double { unsignedNaN(elements.reduce(1, *)) }

  /// The product of each column (`axis: 0`) or of each row (`axis: 1`) (NumPy's `m.prod(axis=…)`).
  public func prod(axis: Int) -> Vector { along(axis) { $0.reduce(1, *) } }

  /// The smallest element, or NaN if any is NaN (NumPy's `m.min()`).
  public func min() -> Double {
    checkNotEmpty("min")
    return unsignedNaN(extreme(elements, largest: false))
  }

  /// The largest element, or NaN if any is NaN (NumPy's `m.max()`).
  public func max() -> Double {
    checkNotEmpty("max")
    return unsignedNaN(extreme(elements, largest: true))
  }

  /// The smallest element of each column (`axis: 0`) or row (`axis: 1`) (NumPy's `m.min(axis=…)`).
  public func min(axis: Int) -> Vector {
    checkNotEmpty("min", along: axis)
    return checkAxis(axis) == 0
      ? Vector(accumulateRows(nanPropagatingMin)) : rowwise { extremeElement($0, largest: false) }
  }

  /// The largest element of each column (`axis: 0`) or row (`axis: 1`) (NumPy's `m.max(axis=…)`).
  public func max(axis: Int) -> Vector {
    checkNotEmpty("max", along: axis)
    return checkAxis(axis) == 0
      ? Vector(accumulateRows(nanPropagatingMax)) : rowwise { extremeElement($0, largest: true) }
  }

  /// Combines the rows elementwise with `combine`, first row first (a reduction along axis 0).
  @inline(always)
  func accumulateRows(_ combine: (Double, Double) -> Double) -> [Double] {
    var out = Array(elements[0..<columns])
    out.withUnsafeMutableBufferPointer { total in
      elements.withUnsafeBufferPointer { a in
        for i in 1..<Swift.max(rows, 1) {
          let row = a.baseAddress! + i * columns
          for j in 0..<columns { total[j] = combine(total[j], row[j]) }
        }
      }
    }
    return out
  }

  /// `reduce` applied to each row's contiguous elements.
  @inline(always)
  func rowwise(_ reduce: (UnsafeBufferPointer<Double>) -> Double) -> Vector {
    Vector(
      elements.withUnsafeBufferPointer { a in
        (0..<rows).map { i in
          reduce(UnsafeBufferPointer(rebasing: a[i * columns..<(i + 1) * columns]))
        }
      })
  }

  /// The flat (row-major) index of the first smallest element (NumPy's `m.argmin()`).
  public func argmin() -> Int {
    checkNotEmpty("argmin")
    return extremeIndex(elements[...], largest: false)
  }

  /// The flat (row-major) index of the first largest element (NumPy's `m.argmax()`).
  public func argmax() -> Int {
    checkNotEmpty("argmax")
    return extremeIndex(elements[...], largest: true)
  }

  /// For each column (`axis: 0`) or row (`axis: 1`), the index of its smallest element (NumPy's `m.argmin(axis=…)`).
  public func argmin(axis: Int) -> IntVector {
    checkNotEmpty("argmin", along: axis)
    return IntVector(lines(axis).map { extremeIndex($0[...], largest: false) })
  }

  /// For each column (`axis: 0`) or row (`axis: 1`), the index of its largest element (NumPy's `m.argmax(axis=…)`).
  public func argmax(axis: Int) -> IntVector {
    checkNotEmpty("argmax", along: axis)
    return IntVector(lines(axis).map { extremeIndex($0[...], largest: true) })
  }

  @discardableResult
  func checkAxis(_ axis: Int) -> Int {
    checkMatrixAxis(axis, in: nil)
  }

  func checkNotEmpty(_ name: String) {
    if elements.isEmpty {
      failure(
        "\(name): \(matrixText(rows, columns)) is empty, and an empty Matrix has no \(name) (NumPy: zero-size array)"
      )
    }
  }

  /// Stops if reducing along `axis` would reduce an empty line: NumPy reduces
  /// `zeros(0, 3)` along axis 1 to an empty result, but refuses axis 0.
  func checkNotEmpty(_ name: String, along axis: Int) {
    let axis = checkAxis(axis)
    let (length, lines) = axis == 0 ? (rows, columns) : (columns, rows)
    if length == 0 && lines > 0 {
      failure(
        "\(name)(axis: \(axis)): \(matrixText(rows, columns)) has no elements along axis \(axis), and an empty line has no \(name) (NumPy: zero-size array)"
      )
    }
  }

  /// The columns (`axis: 0`) or rows (`axis: 1`) as arrays.
  func lines(_ axis: Int) -> [[Double]] {
    checkAxis(axis) == 0
      ? (0..<columns).map { j in (0..<rows).map { elements[$0 * columns + j] } }
      : (0..<rows).map { Array(elements[$0 * columns..<($0 + 1) * columns]) }
  }

  /// `reduce` applied to each column (`axis: 0`) or row (`axis: 1`).
  func along(_ axis: Int, _ reduce: ([Double]) -> Double) -> Vector {
    Vector(lines(axis).map(reduce))
  }
}

/// Sum of a vector's elements (NumPy's `np.sum(v)`).
public func sum(_ v: Vector) -> Double { v.sum() }
/// Sum of a matrix's elements (NumPy's `np.sum(m)`).
public func sum(_ m: Matrix) -> Double { m.sum() }
/// Sums along an axis (NumPy's `np.sum(m, axis)`).
public func sum(_ m: Matrix, axis: Int) -> Vector { m.sum(axis: axis) }
/// Mean of a vector's elements (NumPy's `np.mean(v)`).
public func mean(_ v: Vector) -> Double { v.mean() }
/// Mean of a matrix's elements (NumPy's `np.mean(m)`).
public func mean(_ m: Matrix) -> Double { m.mean() }
/// Means along an axis (NumPy's `np.mean(m, axis)`).
public func mean(_ m: Matrix, axis: Int) -> Vector { m.mean(axis: axis) }
/// Product of a vector's elements (NumPy's `np.prod(v)`).
public func prod(_ v: Vector) -> Double { v.prod() }
/// Product of a matrix's elements (NumPy's `np.prod(m)`).
public func prod(_ m: Matrix) -> Double { m.prod() }
/// Index of the smallest element (NumPy's `np.argmin(v)`).
public func argmin(_ v: Vector) -> Int { v.argmin() }
/// Index of the largest element (NumPy's `np.argmax(v)`).
public func argmax(_ v: Vector) -> Int { v.argmax() }

func extreme(_ a: [Double], largest: Bool) -> Double {
  a.withUnsafeBufferPointer { extremeElement($0, largest: largest) }
}

/// The index of the first largest (or smallest) element; the first NaN if there is one.
///
/// Two passes that both vectorize — find the extreme value, then its first
/// position — beat one pass that tracks an index.
func extremeIndex(_ a: ArraySlice<Double>, largest: Bool) -> Int {
  a.withUnsafeBufferPointer { buffer in
    let target = extremeElement(buffer, largest: largest)
    if target.isNaN { return buffer.firstIndex { $0.isNaN }! }
    return buffer.firstIndex(of: target)!
  }
}
