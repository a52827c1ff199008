/// A boolean array — the result of comparing a vector or matrix, NumPy's boolean `ndarray`.
///
/// MLMath spells elementwise comparisons with a leading dot, as Swift's SIMD
/// types do, because `<` and `==` must keep returning a single `Bool`:
///
/// ```swift
/// let x: Vector = [-2, -1, 0, 1, 2]
/// let positive = x .> 0          // NumPy: x > 0
/// x[positive]                     // [1. 2.]      NumPy: x[x > 0]
/// select(x .> 0, x, 0)           // [0. 0. 0. 1. 2.]   NumPy: np.where(x > 0, x, 0)
/// x.mask { $0.isMultiple(of: 2) } // any predicate
/// (x .> -2) .& (x .< 2)          // NumPy: (x > -2) & (x < 2);  also .| and .!
/// ```
///
/// A mask made from a matrix remembers its shape, so it can select from
/// matrices of that shape; `m[mask]` returns the selected elements as a vector,
/// in row-major order, like NumPy.
public struct Mask: Sendable, Hashable {
  /// The truth values, in row-major order.
  ///
  /// Assigning an array of another length stops the program (the shape is fixed).
  public var elements: [Bool] {
    didSet {
      let expected = shape.reduce(1, &*)
      if elements.count != expected {
        failure(
          "Mask.elements: a Mask of shape \(Mask.describe(shape)) holds \(expected) values, got \(elements.count)"
        )
      }
    }
  }
  /// The shape of the array the mask was made from: `[n]` or `[rows, columns]`.
  public let shape: [Int]

  /// A one-dimensional mask holding `elements`.
  public init(_ elements: [Bool]) {
    self.elements = elements
    self.shape = [elements.count]
  }

  /// A `rows × columns` mask from its elements in row-major order.
  public init(rows: Int, columns: Int, elements: [Bool]) {
    let count = checkedElementCount(rows, columns, in: "Mask(rows:columns:elements:)")
    if elements.count != count {
      failure(
        "Mask(rows:columns:elements:): shape \(shapeText(rows, columns)) needs \(count) elements, got \(elements.count)"
      )
    }
    self.elements = elements
    self.shape = [rows, columns]
  }

  /// The number of truth values.
  public var count: Int { elements.count }

  /// How many elements are `true` (NumPy's `np.count_nonzero(mask)` or `mask.sum()`).
  public var trueCount: Int { elements.reduce(0) { $0 + ($1 ? 1 : 0) } }

  /// Whether any element is `true` (NumPy's `mask.any()`).
  public var any: Bool { elements.contains(true) }

  /// Whether every element is `true` (NumPy's `mask.all()`).
  public var all: Bool { !elements.contains(false) }

  /// The positions of the `true` elements (NumPy's `np.flatnonzero(mask)`).
  public var indices: IntVector { IntVector(elements.indices.filter { elements[$0] }) }

  /// The truth value at position `i` (row-major for a two-dimensional mask).
  public subscript(i: Int) -> Bool {
    get {
      checkPosition(
        i, count: count, in: "a Mask of shape \(Mask.describe(shape))", fix: "mask[mask.count - \(i.magnitude)]")
      return elements[i]
    }
    set {
      checkPosition(
        i, count: count, in: "a Mask of shape \(Mask.describe(shape))", fix: "mask[mask.count - \(i.magnitude)]")
      elements[i] = newValue
    }
  }

  func checkShape(_ other: Mask, _ operation: String) {
    if shape != other.shape {
      broadcastFailure(operation, Mask.describe(shape), Mask.describe(other.shape))
    }
  }

  static func describe(_ shape: [Int]) -> String {
    shape.count == 1 ? shapeText(shape[0]) : shapeText(shape[0], shape[1])
  }

  func with(_ elements: [Bool]) -> Mask {
    shape.count == 2
      ? Mask(rows: shape[0], columns: shape[1], elements: elements) : Mask(elements)
  }

  /// Elementwise AND (NumPy's `a & b`).
  public static func .& (lhs: Mask, rhs: Mask) -> Mask {
    lhs.checkShape(rhs, ".&")
    return lhs.with(zip(lhs.elements, rhs.elements).map { $0 && $1 })
  }

  /// Elementwise OR (NumPy's `a | b`).
  public static func .| (lhs: Mask, rhs: Mask) -> Mask {
    lhs.checkShape(rhs, ".|")
    return lhs.with(zip(lhs.elements, rhs.elements).map { $0 || $1 })
  }

  /// Elementwise exclusive OR (NumPy's `a ^ b`).
  public static func .^ (lhs: Mask, rhs: Mask) -> Mask {
    lhs.checkShape(rhs, ".^")
    return lhs.with(zip(lhs.elements, rhs.elements).map { $0 != $1 })
  }

  /// Elementwise NOT (NumPy's `~mask`).
  public static prefix func .! (operand: Mask) -> Mask {
    operand.with(operand.elements.map { !$0 })
  }
}

extension Mask: ExpressibleByArrayLiteral {
  /// `[true, false, true]` is a one-dimensional mask.
  public init(arrayLiteral elements: Bool...) {
    self.init(elements)
  }
}

extension Vector {
  /// The vector of ones and zeros for a one-dimensional mask (NumPy's `mask.astype(float)`).
  ///
  /// `mean(Vector(predictions .== labels))` is the accuracy.
  public init(_ mask: Mask) {
    self.init(mask.elements.map { $0 ? 1 : 0 })
  }

  /// A mask that is `true` where `predicate` holds for the element.
  public func mask(_ predicate: (Double) -> Bool) -> Mask {
    Mask(elements.map(predicate))
  }

  @inline(always)
  func test(_ predicate: (Double) -> Bool) -> Mask {
    Mask(testElements(elements, predicate))
  }

  @inline(always)
  func compare(_ rhs: Vector, _ test: (Double, Double) -> Bool) -> Mask {
    if rhs.count == 1 && count != 1 {
      let b = rhs.elements[0]
      return self.test { test($0, b) }
    }
    if count == 1 && rhs.count != 1 {
      let a = elements[0]
      return rhs.test { test(a, $0) }
    }
    Vector.checkSameCount(self, rhs, "elementwise comparison")
    return Mask(testElements(elements, rhs.elements, test))
  }

  /// `true` where the element is less than `rhs` (NumPy's `v < rhs`).
  public static func .< (lhs: Vector, rhs: Double) -> Mask { lhs.test { $0 < rhs } }
  /// `true` where the element is at most `rhs` (NumPy's `v <= rhs`).
  public static func .<= (lhs: Vector, rhs: Double) -> Mask { lhs.test { $0 <= rhs } }
  /// `true` where the element is greater than `rhs` (NumPy's `v > rhs`).
  public static func .> (lhs: Vector, rhs: Double) -> Mask { lhs.test { $0 > rhs } }
  /// `true` where the element is at least `rhs` (NumPy's `v >= rhs`).
  public static func .>= (lhs: Vector, rhs: Double) -> Mask { lhs.test { $0 >= rhs } }
  /// `true` where the element equals `rhs` (NumPy's `v == rhs`).
  public static func .== (lhs: Vector, rhs: Double) -> Mask { lhs.test { $0 == rhs } }
  /// `true` where the element differs from `rhs` (NumPy's `v != rhs`).
  public static func .!= (lhs: Vector, rhs: Double) -> Mask { lhs.test { $0 != rhs } }

  /// `true` where `lhs[i] < rhs[i]` (NumPy's `a < b`).
  public static func .< (lhs: Vector, rhs: Vector) -> Mask { lhs.compare(rhs, <) }
  /// `true` where `lhs[i] <= rhs[i]` (NumPy's `a <= b`).
  public static func .<= (lhs: Vector, rhs: Vector) -> Mask { lhs.compare(rhs, <=) }
  /// `true` where `lhs[i] > rhs[i]` (NumPy's `a > b`).
  public static func .> (lhs: Vector, rhs: Vector) -> Mask { lhs.compare(rhs, >) }
  /// `true` where `lhs[i] >= rhs[i]` (NumPy's `a >= b`).
  public static func .>= (lhs: Vector, rhs: Vector) -> Mask { lhs.compare(rhs, >=) }
  /// `true` where `lhs[i] == rhs[i]` (NumPy's `a == b`).
  public static func .== (lhs: Vector, rhs: Vector) -> Mask { lhs.compare(rhs, ==) }
  /// `true` where `lhs[i] != rhs[i]` (NumPy's `a != b`).
  public static func .!= (lhs: Vector, rhs: Vector) -> Mask { lhs.compare(rhs, !=) }

  func checkMask(_ mask: Mask, in operation: String = "v[mask]") {
    if mask.shape != [count] {
      failure(
        "\(operation): a Mask of shape \(Mask.describe(mask.shape)) cannot select from \(vectorText(count)) (the mask must have the shape \(shapeText(count)))"
      )
    }
  }

  /// The elements where `mask` is `true` (NumPy's `v[mask]`).
  ///
  /// Assigning writes those elements, in order: the new value must have
  /// `mask.trueCount` elements. To set them all to one number, use
  /// ``replace(where:with:)``.
  public subscript(mask: Mask) -> Vector {
    get {
      checkMask(mask)
      var out = [Double]()
      for i in 0..<count where mask.elements[i] { out.append(elements[i]) }
      return Vector(out)
    }
    set {
      checkMask(mask)
      let positions = mask.indices
      if newValue.count == 1 {
        // NumPy broadcasts a single value to every selected element.
        for i in positions { elements[i] = newValue.elements[0] }
        return
      }
      if newValue.count != positions.count {
        failure(
          "v[mask] = w: cannot assign \(vectorText(newValue.count)) to \(positions.count) selected elements (w needs one value per true element of the mask, or a single value for all of them)"
        )
      }
      for (k, i) in positions.enumerated() { elements[i] = newValue.elements[k] }
    }
  }

  /// Sets the elements where `mask` is `true` to `value` (NumPy's `v[mask] = value`).
  public mutating func replace(where mask: Mask, with value: Double) {
    checkMask(mask, in: "replace(where:with:)")
    for i in 0..<count where mask.elements[i] { elements[i] = value }
  }
}

extension Matrix {
  /// The matrix of ones and zeros for a two-dimensional mask (NumPy's `mask.astype(float)`).
  public init(_ mask: Mask) {
    guard mask.shape.count == 2 else {
      failure("Matrix(mask): the Mask of shape \(Mask.describe(mask.shape)) is one-dimensional; use Vector(mask)")
    }
    self.init(
      rows: mask.shape[0], columns: mask.shape[1], elements: mask.elements.map { $0 ? 1 : 0 })
  }

  /// A mask of the same shape that is `true` where `predicate` holds for the element.
  public func mask(_ predicate: (Double) -> Bool) -> Mask {
    Mask(rows: rows, columns: columns, elements: elements.map(predicate))
  }

  @inline(always)
  func test(_ predicate: (Double) -> Bool) -> Mask {
    Mask(rows: rows, columns: columns, elements: testElements(elements, predicate))
  }

  @inline(always)
  func compare(_ rhs: Matrix, _ test: (Double, Double) -> Bool) -> Mask {
    if rows != rhs.rows || columns != rhs.columns {
      broadcastFailure(
        "elementwise comparison", shapeText(rows, columns), shapeText(rhs.rows, rhs.columns),
        hint: "comparisons of two matrices need equal shapes")
    }
    return Mask(
      rows: rows, columns: columns, elements: testElements(elements, rhs.elements, test))
  }

  /// `true` where the element is less than `rhs` (NumPy's `m < rhs`).
  public static func .< (lhs: Matrix, rhs: Double) -> Mask { lhs.test { $0 < rhs } }
  /// `true` where the element is at most `rhs` (NumPy's `m <= rhs`).
  public static func .<= (lhs: Matrix, rhs: Double) -> Mask { lhs.test { $0 <= rhs } }
  /// `true` where the element is greater than `rhs` (NumPy's `m > rhs`).
  public static func .> (lhs: Matrix, rhs: Double) -> Mask { lhs.test { $0 > rhs } }
  /// `true` where the element is at least `rhs` (NumPy's `m >= rhs`).
  public static func .>= (lhs: Matrix, rhs: Double) -> Mask { lhs.test { $0 >= rhs } }
  /// `true` where the element equals `rhs` (NumPy's `m == rhs`).
  public static func .== (lhs: Matrix, rhs: Double) -> Mask { lhs.test { $0 == rhs } }
  /// `true` where the element differs from `rhs` (NumPy's `m != rhs`).
  public static func .!= (lhs: Matrix, rhs: Double) -> Mask { lhs.test { $0 != rhs } }

  /// `true` where `lhs[i, j] < rhs[i, j]` (NumPy's `a < b`).
  public static func .< (lhs: Matrix, rhs: Matrix) -> Mask { lhs.compare(rhs, <) }
  /// `true` where `lhs[i, j] <= rhs[i, j]` (NumPy's `a <= b`).
  public static func .<= (lhs: Matrix, rhs: Matrix) -> Mask { lhs.compare(rhs, <=) }
  /// `true` where `lhs[i, j] > rhs[i, j]` (NumPy's `a > b`).
  public static func .> (lhs: Matrix, rhs: Matrix) -> Mask { lhs.compare(rhs, >) }
  /// `true` where `lhs[i, j] >= rhs[i, j]` (NumPy's `a >= b`).
  public static func .>= (lhs: Matrix, rhs: Matrix) -> Mask { lhs.compare(rhs, >=) }
  /// `true` where `lhs[i, j] == rhs[i, j]` (NumPy's `a == b`).
  public static func .== (lhs: Matrix, rhs: Matrix) -> Mask { lhs.compare(rhs, ==) }
  /// `true` where `lhs[i, j] != rhs[i, j]` (NumPy's `a != b`).
  public static func .!= (lhs: Matrix, rhs: Matrix) -> Mask { lhs.compare(rhs, !=) }

  func checkMask(_ mask: Mask, in operation: String = "m[mask]") {
    if mask.shape != [rows, columns] {
      failure(
        "\(operation): a Mask of shape \(Mask.describe(mask.shape)) cannot select from \(matrixText(rows, columns)) (the mask must have the shape \(shapeText(rows, columns)))"
      )
    }
  }

  /// The elements where `mask` is `true`, in row-major order (NumPy's `m[mask]`).
  public subscript(mask: Mask) -> Vector {
    get {
      checkMask(mask)
      var out = [Double]()
      for i in 0..<elements.count where mask.elements[i] { out.append(elements[i]) }
      return Vector(out)
    }
    set {
      checkMask(mask)
      let positions = mask.indices
      if newValue.count == 1 {
        // NumPy broadcasts a single value to every selected element.
        for i in positions { elements[i] = newValue.elements[0] }
        return
      }
      if newValue.count != positions.count {
        failure(
          "m[mask] = w: cannot assign \(vectorText(newValue.count)) to \(positions.count) selected elements (w needs one value per true element of the mask, or a single value for all of them)"
        )
      }
      for (k, i) in positions.enumerated() { elements[i] = newValue.elements[k] }
    }
  }

  /// Sets the elements where `mask` is `true` to `value` (NumPy's `m[mask] = value`).
  public mutating func replace(where mask: Mask, with value: Double) {
    checkMask(mask, in: "replace(where:with:)")
    for i in 0..<elements.count where mask.elements[i] { elements[i] = value }
  }
}

/// `a[i]` where `mask[i]` is `true`, else `b[i]` (NumPy's `np.where(mask, a, b)`).
///
/// Named `select` because `where` is a Swift keyword.
public func select(_ mask: Mask, _ a: Vector, _ b: Vector) -> Vector {
  a.checkMask(mask, in: "select")
  b.checkMask(mask, in: "select")
  return Vector((0..<a.count).map { mask.elements[$0] ? a.elements[$0] : b.elements[$0] })
}

/// `a[i]` where `mask[i]` is `true`, else `b` (NumPy's `np.where(mask, a, b)`).
public func select(_ mask: Mask, _ a: Vector, _ b: Double) -> Vector {
  a.checkMask(mask, in: "select")
  return Vector((0..<a.count).map { mask.elements[$0] ? a.elements[$0] : b })
}

/// `a` where `mask[i]` is `true`, else `b[i]` (NumPy's `np.where(mask, a, b)`).
public func select(_ mask: Mask, _ a: Double, _ b: Vector) -> Vector {
  b.checkMask(mask, in: "select")
  return Vector((0..<b.count).map { mask.elements[$0] ? a : b.elements[$0] })
}

/// `a` where `mask[i]` is `true`, else `b`, for a one-dimensional mask (NumPy's `np.where(mask, a, b)`).
///
/// For a two-dimensional mask the result is a matrix: ask for one with
/// `let r: Matrix = select(mask, a, b)`.
public func select(_ mask: Mask, _ a: Double, _ b: Double) -> Vector {
  if mask.shape.count != 1 {
    failure(
      "select: the Mask of shape \(Mask.describe(mask.shape)) is two-dimensional, so the result is a Matrix; write `let r: Matrix = select(mask, \(a), \(b))`"
    )
  }
  return Vector(mask.elements.map { $0 ? a : b })
}

/// `a` where `mask[i, j]` is `true`, else `b`, for a two-dimensional mask
/// (NumPy's `np.where(mask, a, b)`): `let r: Matrix = select(m .> 5, 1, 0)`.
///
/// Disfavoured, so that `print(select(v .> 0, 1, 0))` (no type asked for) is the
/// vector version instead of an "ambiguous use" compile error.
@_disfavoredOverload
public func select(_ mask: Mask, _ a: Double, _ b: Double) -> Matrix {
  if mask.shape.count != 2 {
    failure("select: the Mask of shape \(Mask.describe(mask.shape)) is one-dimensional, so the result is a Vector")
  }
  return Matrix(rows: mask.shape[0], columns: mask.shape[1], elements: mask.elements.map { $0 ? a : b })
}

/// `a[i, j]` where `mask[i, j]` is `true`, else `b[i, j]` (NumPy's `np.where(mask, a, b)`).
public func select(_ mask: Mask, _ a: Matrix, _ b: Matrix) -> Matrix {
  a.checkMask(mask, in: "select")
  b.checkMask(mask, in: "select")
  return a.with((0..<a.count).map { mask.elements[$0] ? a.elements[$0] : b.elements[$0] })
}

/// `a[i, j]` where `mask[i, j]` is `true`, else `b` (NumPy's `np.where(mask, a, b)`).
public func select(_ mask: Mask, _ a: Matrix, _ b: Double) -> Matrix {
  a.checkMask(mask, in: "select")
  return a.with((0..<a.count).map { mask.elements[$0] ? a.elements[$0] : b })
}

/// `a` where `mask[i, j]` is `true`, else `b[i, j]` (NumPy's `np.where(mask, a, b)`).
public func select(_ mask: Mask, _ a: Double, _ b: Matrix) -> Matrix {
  b.checkMask(mask, in: "select")
  return b.with((0..<b.count).map { mask.elements[$0] ? a : b.elements[$0] })
}
