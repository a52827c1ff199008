/// Elementwise arithmetic on matrices, NumPy-style, with broadcasting.
///
/// - `Matrix ∘ Matrix`: the shapes must be equal, or broadcast as in NumPy: a
///   dimension of 1 stretches to match (`n×1` with `n×k`, `1×k` with `n×k`).
/// - `Matrix ∘ Double` / `Double ∘ Matrix`: the scalar combines with every element.
/// - `Matrix ∘ Vector` / `Vector ∘ Matrix`: the vector is a row repeated down
///   the matrix (NumPy broadcasting of shape `(n,)` against `(m, n)`), so its
///   length must equal the number of columns. To combine a vector with every
///   column instead, write `m + v.asColumn` (NumPy's `m + v[:, None]`).
///
/// `*` is the elementwise product; the matrix product is `a.matmul(b)`.
extension Matrix {
  /// `f` applied to the NumPy broadcast of `lhs` and `rhs`.
  @inline(always)
  static func broadcast(
    _ lhs: Matrix, _ rhs: Matrix, _ verb: String, _ f: (Double, Double) -> Double
  ) -> Matrix {
    if lhs.rows == rhs.rows && lhs.columns == rhs.columns {
      return lhs.with(zipElements(lhs.elements, rhs.elements, f))
    }
    guard lhs.rows == rhs.rows || lhs.rows == 1 || rhs.rows == 1,
      lhs.columns == rhs.columns || lhs.columns == 1 || rhs.columns == 1
    else {
      broadcastFailure(
        verb, shapeText(lhs.rows, lhs.columns), shapeText(rhs.rows, rhs.columns),
        hint: "each dimension must be equal, or 1 in one operand")
    }
    let rows = lhs.rows == 1 ? rhs.rows : lhs.rows
    let columns = lhs.columns == 1 ? rhs.columns : lhs.columns
    let (lr, lc) = (lhs.rows == 1 ? 0 : lhs.columns, lhs.columns == 1 ? 0 : 1)
    let (rr, rc) = (rhs.rows == 1 ? 0 : rhs.columns, rhs.columns == 1 ? 0 : 1)
    let out = makeArray(count: rows * columns) { out in
      lhs.elements.withUnsafeBufferPointer { a in
        rhs.elements.withUnsafeBufferPointer { b in
          for i in 0..<rows {
            for j in 0..<columns {
              out[i * columns + j] = f(a[i * lr + j * lc], b[i * rr + j * rc])
            }
          }
        }
      }
    }
    return Matrix(rows: rows, columns: columns, elements: out)
  }

  /// `lhs op rhs` broadcast as ``broadcast(_:_:_:_:)`` does; equal shapes on the arithmetic kernels.
  @inline(always)
  static func broadcast(_ lhs: Matrix, _ rhs: Matrix, _ verb: String, _ op: Arithmetic) -> Matrix {
    if lhs.rows == rhs.rows && lhs.columns == rhs.columns {
      return lhs.with(elementwise(op, lhs.elements, rhs.elements))
    }
    return broadcast(lhs, rhs, verb) { op($0, $1) }
  }

  /// `f` applied to `m` and the row `v` broadcast down it (NumPy's `(m, n) ∘ (n,)`);
  /// a vector of length 1, or a matrix of one column, stretches as in NumPy.
  @inline(always)
  static func rowBroadcast(
    _ m: Matrix, _ v: Vector, _ verb: String, vectorFirst: Bool, _ f: (Double, Double) -> Double
  ) -> Matrix {
    if m.columns == v.count {
      return m.with(broadcastRows(m.elements, rows: m.rows, columns: m.columns, v.elements, f))
    }
    if v.count != 1 && m.columns != 1 {
      let (a, b) = (shapeText(m.rows, m.columns), shapeText(v.count))
      broadcastFailure(
        verb, vectorFirst ? b : a, vectorFirst ? a : b,
        hint:
          "a Vector is repeated down the rows, so its length must equal the number of columns, \(m.columns), or be 1; to combine it with each column, use v.asColumn"
      )
    }
    return broadcast(m, v.asRow, verb, f)
  }

  /// Stops unless broadcasting an operand of shape `(rows, columns)` against
  /// `m` leaves `m`'s shape unchanged: an in-place operator cannot grow its
  /// left side (NumPy's "non-broadcastable output operand").
  @inline(always)
  static func checkInPlace(_ m: Matrix, _ rows: Int, _ columns: Int, _ verb: String) {
    let fits = (rows == m.rows || rows == 1) && (columns == m.columns || columns == 1)
    if !fits {
      failure(
        "\(verb): non-broadcastable output operand with shape \(shapeText(m.rows, m.columns)) doesn't match the broadcast shape of it and \(shapeText(rows, columns)) (an in-place operator cannot change the shape of its left side; write m = m \(verb.dropLast()) other)"
      )
    }
  }

  @inline(always)
  func with(_ elements: [Double]) -> Matrix {
    Matrix(rows: rows, columns: columns, elements: elements)
  }

  /// The elementwise sum of two matrices of the same shape.
  public static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
    broadcast(lhs, rhs, "+", .add)
  }

  /// The elementwise difference of two matrices of the same shape.
  public static func - (lhs: Matrix, rhs: Matrix) -> Matrix {
    broadcast(lhs, rhs, "-", .subtract)
  }

  /// The elementwise (Hadamard) product of two matrices of the same shape.
  public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
    broadcast(lhs, rhs, "*", .multiply)
  }

  /// The elementwise quotient of two matrices of the same shape.
  public static func / (lhs: Matrix, rhs: Matrix) -> Matrix {
    broadcast(lhs, rhs, "/", .divide)
  }

  /// `rhs` added to every element.
  public static func + (lhs: Matrix, rhs: Double) -> Matrix {
    lhs.with(elementwise(.add, lhs.elements, rhs))
  }

  /// `lhs` added to every element.
  public static func + (lhs: Double, rhs: Matrix) -> Matrix {
    rhs.with(elementwise(.add, lhs, rhs.elements))
  }

  /// `rhs` subtracted from every element.
  public static func - (lhs: Matrix, rhs: Double) -> Matrix {
    lhs.with(elementwise(.subtract, lhs.elements, rhs))
  }

  /// Every element subtracted from `lhs`.
  public static func - (lhs: Double, rhs: Matrix) -> Matrix {
    rhs.with(elementwise(.subtract, lhs, rhs.elements))
  }

  /// Every element multiplied by `rhs`.
  public static func * (lhs: Matrix, rhs: Double) -> Matrix {
    lhs.with(elementwise(.multiply, lhs.elements, rhs))
  }

  /// Every element multiplied by `lhs`.
  public static func * (lhs: Double, rhs: Matrix) -> Matrix {
    rhs.with(elementwise(.multiply, lhs, rhs.elements))
  }

  /// Every element divided by `rhs`.
  public static func / (lhs: Matrix, rhs: Double) -> Matrix {
    lhs.with(elementwise(.divide, lhs.elements, rhs))
  }

  /// `lhs` divided by every element.
  public static func / (lhs: Double, rhs: Matrix) -> Matrix {
    rhs.with(elementwise(.divide, lhs, rhs.elements))
  }

  /// `rhs` added to every row.
  public static func + (lhs: Matrix, rhs: Vector) -> Matrix {
    rowBroadcast(lhs, rhs, "+", vectorFirst: false, +)
  }

  /// `lhs` added to every row.
  public static func + (lhs: Vector, rhs: Matrix) -> Matrix {
    rowBroadcast(rhs, lhs, "+", vectorFirst: true) { $1 + $0 }
  }

  /// `rhs` subtracted from every row.
  public static func - (lhs: Matrix, rhs: Vector) -> Matrix {
    rowBroadcast(lhs, rhs, "-", vectorFirst: false, -)
  }

  /// Every row subtracted from `lhs`.
  public static func - (lhs: Vector, rhs: Matrix) -> Matrix {
    rowBroadcast(rhs, lhs, "-", vectorFirst: true) { $1 - $0 }
  }

  /// Every row multiplied elementwise by `rhs`.
  public static func * (lhs: Matrix, rhs: Vector) -> Matrix {
    rowBroadcast(lhs, rhs, "*", vectorFirst: false, *)
  }

  /// Every row multiplied elementwise by `lhs`.
  public static func * (lhs: Vector, rhs: Matrix) -> Matrix {
    rowBroadcast(rhs, lhs, "*", vectorFirst: true) { $1 * $0 }
  }

  /// Every row divided elementwise by `rhs`.
  public static func / (lhs: Matrix, rhs: Vector) -> Matrix {
    rowBroadcast(lhs, rhs, "/", vectorFirst: false, /)
  }

  /// `lhs` divided elementwise by every row.
  public static func / (lhs: Vector, rhs: Matrix) -> Matrix {
    rowBroadcast(rhs, lhs, "/", vectorFirst: true) { $1 / $0 }
  }

  /// Every element negated.
  public static prefix func - (operand: Matrix) -> Matrix {
    operand.with(mapElements(operand.elements) { -$0 })
  }

  /// Adds `rhs` elementwise, in place.
  public static func += (lhs: inout Matrix, rhs: Matrix) {
    if lhs.rows == rhs.rows && lhs.columns == rhs.columns {
      updateElementwise(.add, &lhs.elements, rhs.elements)
    } else {
      checkInPlace(lhs, rhs.rows, rhs.columns, "+=")
      lhs = lhs + rhs
    }
  }

  /// Subtracts `rhs` elementwise, in place.
  public static func -= (lhs: inout Matrix, rhs: Matrix) {
    if lhs.rows == rhs.rows && lhs.columns == rhs.columns {
      updateElementwise(.subtract, &lhs.elements, rhs.elements)
    } else {
      checkInPlace(lhs, rhs.rows, rhs.columns, "-=")
      lhs = lhs - rhs
    }
  }

  /// Multiplies by `rhs` elementwise, in place.
  public static func *= (lhs: inout Matrix, rhs: Matrix) {
    if lhs.rows == rhs.rows && lhs.columns == rhs.columns {
      updateElementwise(.multiply, &lhs.elements, rhs.elements)
    } else {
      checkInPlace(lhs, rhs.rows, rhs.columns, "*=")
      lhs = lhs * rhs
    }
  }

  /// Divides by `rhs` elementwise, in place.
  public static func /= (lhs: inout Matrix, rhs: Matrix) {
    if lhs.rows == rhs.rows && lhs.columns == rhs.columns {
      updateElementwise(.divide, &lhs.elements, rhs.elements)
    } else {
      checkInPlace(lhs, rhs.rows, rhs.columns, "/=")
      lhs = lhs / rhs
    }
  }

  /// Adds `rhs` to every element, in place.
  public static func += (lhs: inout Matrix, rhs: Double) {
    updateElementwise(.add, &lhs.elements, rhs)
  }

  /// Subtracts `rhs` from every element, in place.
  public static func -= (lhs: inout Matrix, rhs: Double) {
    updateElementwise(.subtract, &lhs.elements, rhs)
  }

  /// Multiplies every element by `rhs`, in place.
  public static func *= (lhs: inout Matrix, rhs: Double) {
    updateElementwise(.multiply, &lhs.elements, rhs)
  }

  /// Divides every element by `rhs`, in place.
  public static func /= (lhs: inout Matrix, rhs: Double) {
    updateElementwise(.divide, &lhs.elements, rhs)
  }

  /// Adds `rhs` to every row, in place.
  public static func += (lhs: inout Matrix, rhs: Vector) {
    checkInPlace(lhs, 1, rhs.count, "+=")
    lhs = lhs + rhs
  }

  /// Subtracts `rhs` from every row, in place.
  public static func -= (lhs: inout Matrix, rhs: Vector) {
    checkInPlace(lhs, 1, rhs.count, "-=")
    lhs = lhs - rhs
  }

  /// Multiplies every row elementwise by `rhs`, in place.
  public static func *= (lhs: inout Matrix, rhs: Vector) {
    checkInPlace(lhs, 1, rhs.count, "*=")
    lhs = lhs * rhs
  }

  /// Divides every row elementwise by `rhs`, in place.
  public static func /= (lhs: inout Matrix, rhs: Vector) {
    checkInPlace(lhs, 1, rhs.count, "/=")
    lhs = lhs / rhs
  }
}
