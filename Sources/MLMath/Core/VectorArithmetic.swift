/// Elementwise arithmetic on vectors, NumPy-style: `v + w`, `2 * v`, `v / 3`, `-v`.
///
/// Two vectors must have the same length, or one of them a single element
/// (NumPy's broadcasting of shape `(1,)`); a `Double` combines with every element. `*` is the elementwise product, never a dot product.
extension Vector {
  @inline(always)
  static func checkSameCount(_ lhs: Vector, _ rhs: Vector, _ operation: String) {
    if lhs.count != rhs.count { broadcastFailure(operation, shapeText(lhs.count), shapeText(rhs.count)) }
  }

  /// `f` applied elementwise to `lhs` and `rhs` broadcast as NumPy does: equal
  /// lengths pair up, and a vector of one element combines with every element
  /// of the other (`[1, 2, 3] + [10]`).
  @inline(always)
  static func broadcast(_ lhs: Vector, _ rhs: Vector, _ operation: String, _ f: (Double, Double) -> Double)
    -> Vector
  {
    if lhs.count == rhs.count { return Vector(zipElements(lhs.elements, rhs.elements, f)) }
    if rhs.count == 1 {
      let b = rhs.elements[0]
      return Vector(mapElements(lhs.elements) { f($0, b) })
    }
    if lhs.count == 1 {
      let a = lhs.elements[0]
      return Vector(mapElements(rhs.elements) { f(a, $0) })
    }
    broadcastFailure(operation, shapeText(lhs.count), shapeText(rhs.count))
  }

  /// `lhs = f(lhs, rhs)` elementwise in place; `rhs` may have one element, but
  /// `lhs` keeps its length (NumPy's "non-broadcastable output operand").
  @inline(always)
  static func update(_ lhs: inout Vector, _ rhs: Vector, _ operation: String, _ f: (Double, Double) -> Double) {
    if lhs.count == rhs.count {
      updateElements(&lhs.elements, with: rhs.elements, f)
    } else if rhs.count == 1 {
      let b = rhs.elements[0]
      updateElements(&lhs.elements) { f($0, b) }
    } else if lhs.count == 1 {
      failure(
        "\(operation)=: non-broadcastable output operand with shape \(shapeText(lhs.count)) doesn't match the broadcast shape \(shapeText(rhs.count)) (an in-place operator cannot change the length of its left side)"
      )
    } else {
      broadcastFailure("\(operation)=", shapeText(lhs.count), shapeText(rhs.count))
    }
  }

  /// `lhs op rhs` broadcast as ``broadcast(_:_:_:_:)`` does, on the arithmetic kernels.
  @inline(always)
  static func broadcast(_ lhs: Vector, _ rhs: Vector, _ operation: String, _ op: Arithmetic) -> Vector {
    if lhs.count == rhs.count { return Vector(elementwise(op, lhs.elements, rhs.elements)) }
    if rhs.count == 1 { return Vector(elementwise(op, lhs.elements, rhs.elements[0])) }
    if lhs.count == 1 { return Vector(elementwise(op, lhs.elements[0], rhs.elements)) }
    broadcastFailure(operation, shapeText(lhs.count), shapeText(rhs.count))
  }

  /// `lhs = lhs op rhs` in place, as ``update(_:_:_:_:)`` does, on the arithmetic kernels.
  @inline(always)
  static func update(_ lhs: inout Vector, _ rhs: Vector, _ operation: String, _ op: Arithmetic) {
    if lhs.count == rhs.count {
      updateElementwise(op, &lhs.elements, rhs.elements)
    } else if rhs.count == 1 {
      updateElementwise(op, &lhs.elements, rhs.elements[0])
    } else {
      update(&lhs, rhs, operation) { op($0, $1) }
    }
  }

  /// The elementwise sum of two vectors of the same length (or one of length 1).
  public static func + (lhs: Vector, rhs: Vector) -> Vector {
    broadcast(lhs, rhs, "+", .add)
  }

  /// The elementwise difference of two vectors of the same length (or one of length 1).
  public static func - (lhs: Vector, rhs: Vector) -> Vector {
    broadcast(lhs, rhs, "-", .subtract)
  }

  /// The elementwise (Hadamard) product of two vectors of the same length (or one of length 1).
  public static func * (lhs: Vector, rhs: Vector) -> Vector {
    broadcast(lhs, rhs, "*", .multiply)
  }

  /// The elementwise quotient of two vectors of the same length (or one of length 1).
  public static func / (lhs: Vector, rhs: Vector) -> Vector {
    broadcast(lhs, rhs, "/", .divide)
  }

  /// `scalar` added to every element.
  public static func + (lhs: Vector, rhs: Double) -> Vector {
    Vector(elementwise(.add, lhs.elements, rhs))
  }

  /// `scalar` added to every element.
  public static func + (lhs: Double, rhs: Vector) -> Vector {
    Vector(elementwise(.add, lhs, rhs.elements))
  }

  /// `scalar` subtracted from every element.
  public static func - (lhs: Vector, rhs: Double) -> Vector {
    Vector(elementwise(.subtract, lhs.elements, rhs))
  }

  /// Every element subtracted from `scalar`.
  public static func - (lhs: Double, rhs: Vector) -> Vector {
    Vector(elementwise(.subtract, lhs, rhs.elements))
  }

  /// Every element multiplied by `scalar`.
  public static func * (lhs: Vector, rhs: Double) -> Vector {
    Vector(elementwise(.multiply, lhs.elements, rhs))
  }

  /// Every element multiplied by `scalar`.
  public static func * (lhs: Double, rhs: Vector) -> Vector {
    Vector(elementwise(.multiply, lhs, rhs.elements))
  }

  /// Every element divided by `scalar`.
  public static func / (lhs: Vector, rhs: Double) -> Vector {
    Vector(elementwise(.divide, lhs.elements, rhs))
  }

  /// `scalar` divided by every element.
  public static func / (lhs: Double, rhs: Vector) -> Vector {
    Vector(elementwise(.divide, lhs, rhs.elements))
  }

  /// Every element negated.
  public static prefix func - (operand: Vector) -> Vector {
    Vector(mapElements(operand.elements) { -$0 })
  }

  /// Adds `rhs` elementwise, in place.
  public static func += (lhs: inout Vector, rhs: Vector) {
    update(&lhs, rhs, "+", .add)
  }

  /// Subtracts `rhs` elementwise, in place.
  public static func -= (lhs: inout Vector, rhs: Vector) {
    update(&lhs, rhs, "-", .subtract)
  }

  /// Multiplies by `rhs` elementwise, in place.
  public static func *= (lhs: inout Vector, rhs: Vector) {
    update(&lhs, rhs, "*", .multiply)
  }

  /// Divides by `rhs` elementwise, in place.
  public static func /= (lhs: inout Vector, rhs: Vector) {
    update(&lhs, rhs, "/", .divide)
  }

  /// Adds `rhs` to every element, in place.
  public static func += (lhs: inout Vector, rhs: Double) {
    updateElementwise(.add, &lhs.elements, rhs)
  }

  /// Subtracts `rhs` from every element, in place.
  public static func -= (lhs: inout Vector, rhs: Double) {
    updateElementwise(.subtract, &lhs.elements, rhs)
  }

  /// Multiplies every element by `rhs`, in place.
  public static func *= (lhs: inout Vector, rhs: Double) {
    updateElementwise(.multiply, &lhs.elements, rhs)
  }

  /// Divides every element by `rhs`, in place.
  public static func /= (lhs: inout Vector, rhs: Double) {
    updateElementwise(.divide, &lhs.elements, rhs)
  }
}
