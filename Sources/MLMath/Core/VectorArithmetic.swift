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

  /// The elementwise sum of two vectors of the same length (or one of length 1).
  public static func + (lhs: Vector, rhs: Vector) -> Vector {
    broadcast(lhs, rhs, "+", +)
  }

  /// The elementwise difference of two vectors of the same length (or one of length 1).
  public static func - (lhs: Vector, rhs: Vector) -> Vector {
    broadcast(lhs, rhs, "-", -)
  }

  /// The elementwise (Hadamard) product of two vectors of the same length (or one of length 1).
  public static func * (lhs: Vector, rhs: Vector) -> Vector {
    broadcast(lhs, rhs, "*", *)
  }

  /// The elementwise quotient of two vectors of the same length (or one of length 1).
  public static func / (lhs: Vector, rhs: Vector) -> Vector {
    broadcast(lhs, rhs, "/", /)
  }

  /// `scalar` added to every element.
  public static func + (lhs: Vector, rhs: Double) -> Vector {
    Vector(mapElements(lhs.elements) { $0 + rhs })
  }

  /// `scalar` added to every element.
  public static func + (lhs: Double, rhs: Vector) -> Vector {
    Vector(mapElements(rhs.elements) { lhs + $0 })
  }

  /// `scalar` subtracted from every element.
  public static func - (lhs: Vector, rhs: Double) -> Vector {
    Vector(mapElements(lhs.elements) { $0 - rhs })
  }

  /// Every element subtracted from `scalar`.
  public static func - (lhs: Double, rhs: Vector) -> Vector {
    Vector(mapElements(rhs.elements) { lhs - $0 })
  }

  /// Every element multiplied by `scalar`.
  public static func * (lhs: Vector, rhs: Double) -> Vector {
    Vector(mapElements(lhs.elements) { $0 * rhs })
  }

  /// Every element multiplied by `scalar`.
  public static func * (lhs: Double, rhs: Vector) -> Vector {
    Vector(mapElements(rhs.elements) { lhs * $0 })
  }

  /// Every element divided by `scalar`.
  public static func / (lhs: Vector, rhs: Double) -> Vector {
    Vector(mapElements(lhs.elements) { $0 / rhs })
  }

  /// `scalar` divided by every element.
  public static func / (lhs: Double, rhs: Vector) -> Vector {
    Vector(mapElements(rhs.elements) { lhs / $0 })
  }

  /// Every element negated.
  public static prefix func - (operand: Vector) -> Vector {
    Vector(mapElements(operand.elements) { -$0 })
  }

  /// Adds `rhs` elementwise, in place.
  public static func += (lhs: inout Vector, rhs: Vector) {
    update(&lhs, rhs, "+", +)
  }

  /// Subtracts `rhs` elementwise, in place.
  public static func -= (lhs: inout Vector, rhs: Vector) {
    update(&lhs, rhs, "-", -)
  }

  /// Multiplies by `rhs` elementwise, in place.
  public static func *= (lhs: inout Vector, rhs: Vector) {
    update(&lhs, rhs, "*", *)
  }

  /// Divides by `rhs` elementwise, in place.
  public static func /= (lhs: inout Vector, rhs: Vector) {
    update(&lhs, rhs, "/", /)
  }

  /// Adds `rhs` to every element, in place.
  public static func += (lhs: inout Vector, rhs: Double) {
    updateElements(&lhs.elements) { $0 + rhs }
  }

  /// Subtracts `rhs` from every element, in place.
  public static func -= (lhs: inout Vector, rhs: Double) {
    updateElements(&lhs.elements) { $0 - rhs }
  }

  /// Multiplies every element by `rhs`, in place.
  public static func *= (lhs: inout Vector, rhs: Double) {
    updateElements(&lhs.elements) { $0 * rhs }
  }

  /// Divides every element by `rhs`, in place.
  public static func /= (lhs: inout Vector, rhs: Double) {
    updateElements(&lhs.elements) { $0 / rhs }
  }
}
