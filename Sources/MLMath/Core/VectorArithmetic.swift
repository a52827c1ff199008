/// Elementwise arithmetic on vectors, NumPy-style: `v + w`, `2 * v`, `v / 3`, `-v`.
///
/// Two vectors must have the same length; a `Double` combines with every
/// element. `*` is the elementwise product, never a dot product.
extension Vector {
  @inline(always)
  static func checkSameCount(_ lhs: Vector, _ rhs: Vector, _ operation: String) {
    if lhs.count != rhs.count { broadcastFailure(operation, shapeText(lhs.count), shapeText(rhs.count)) }
  }

  /// The elementwise sum of two vectors of the same length.
  public static func + (lhs: Vector, rhs: Vector) -> Vector {
    checkSameCount(lhs, rhs, "+")
    return Vector(zipElements(lhs.elements, rhs.elements, +))
  }

  /// The elementwise difference of two vectors of the same length.
  public static func - (lhs: Vector, rhs: Vector) -> Vector {
    checkSameCount(lhs, rhs, "-")
    return Vector(zipElements(lhs.elements, rhs.elements, -))
  }

  /// The elementwise (Hadamard) product of two vectors of the same length.
  public static func * (lhs: Vector, rhs: Vector) -> Vector {
    checkSameCount(lhs, rhs, "*")
    return Vector(zipElements(lhs.elements, rhs.elements, *))
  }

  /// The elementwise quotient of two vectors of the same length.
  public static func / (lhs: Vector, rhs: Vector) -> Vector {
    checkSameCount(lhs, rhs, "/")
    return Vector(zipElements(lhs.elements, rhs.elements, /))
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
    checkSameCount(lhs, rhs, "+")
    updateElements(&lhs.elements, with: rhs.elements, +)
  }

  /// Subtracts `rhs` elementwise, in place.
  public static func -= (lhs: inout Vector, rhs: Vector) {
    checkSameCount(lhs, rhs, "-")
    updateElements(&lhs.elements, with: rhs.elements, -)
  }

  /// Multiplies by `rhs` elementwise, in place.
  public static func *= (lhs: inout Vector, rhs: Vector) {
    checkSameCount(lhs, rhs, "*")
    updateElements(&lhs.elements, with: rhs.elements, *)
  }

  /// Divides by `rhs` elementwise, in place.
  public static func /= (lhs: inout Vector, rhs: Vector) {
    checkSameCount(lhs, rhs, "/")
    updateElements(&lhs.elements, with: rhs.elements, /)
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
