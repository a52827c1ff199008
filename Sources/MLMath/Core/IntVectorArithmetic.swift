// Elementwise arithmetic and comparisons on integer vectors, NumPy-style.
//
// The set of operators is small and concrete on purpose: every overload of
// `+` is a candidate in every lesson expression that uses `+`, and
// lessons are type-checked on each page build (see LessonTypeCheckTests).
// Mixed integer/float arithmetic goes through an explicit `Vector(v)`.

/// `a op b`, or a stop naming the operands when the result does not fit in an `Int`.
@inline(__always)
func checkedIntOperation(
  _ a: Int, _ b: Int, _ operation: String, _ f: (Int) -> (Int, Bool), _ context: @autoclosure () -> String
) -> Int {
  let (result, overflow) = f(b)
  if overflow { intOverflowFailure(a, b, operation, context()) }
  return result
}

@inline(never)
func intOverflowFailure(_ a: Int, _ b: Int, _ operation: String, _ context: String) -> Never {
  failure(
    "\(context): integer overflow: \(a) \(operation) \(b) does not fit in an Int (int64: -2⁶³...2⁶³-1); NumPy would silently wrap around. Convert with Vector(v) to compute in floating point"
  )
}

extension IntVector {
  /// `f` applied elementwise with NumPy's broadcasting of a length-1 operand.
  @inline(__always)
  static func broadcast(
    _ lhs: IntVector, _ rhs: IntVector, _ operation: String, _ f: (Int, Int) -> Int
  ) -> IntVector {
    if lhs.count == rhs.count { return IntVector(zip(lhs.elements, rhs.elements).map(f)) }
    if rhs.count == 1 {
      let b = rhs.elements[0]
      return IntVector(lhs.elements.map { f($0, b) })
    }
    if lhs.count == 1 {
      let a = lhs.elements[0]
      return IntVector(rhs.elements.map { f(a, $0) })
    }
    broadcastFailure(operation, shapeText(lhs.count), shapeText(rhs.count))
  }

  static func add(_ a: Int, _ b: Int) -> Int {
    checkedIntOperation(a, b, "+", a.addingReportingOverflow, "IntVector +")
  }

  static func subtract(_ a: Int, _ b: Int) -> Int {
    checkedIntOperation(a, b, "-", a.subtractingReportingOverflow, "IntVector -")
  }

  static func multiply(_ a: Int, _ b: Int) -> Int {
    checkedIntOperation(a, b, "*", a.multipliedReportingOverflow, "IntVector *")
  }

  /// The elementwise sum; stops on overflow.
  public static func + (lhs: IntVector, rhs: IntVector) -> IntVector { broadcast(lhs, rhs, "+", add) }
  /// The elementwise difference; stops on overflow.
  public static func - (lhs: IntVector, rhs: IntVector) -> IntVector {
    broadcast(lhs, rhs, "-", subtract)
  }
  /// The elementwise product; stops on overflow.
  public static func * (lhs: IntVector, rhs: IntVector) -> IntVector {
    broadcast(lhs, rhs, "*", multiply)
  }
  /// The elementwise true quotient, as floats (NumPy's `a / b` on integer arrays).
  public static func / (lhs: IntVector, rhs: IntVector) -> Vector { Vector(lhs) / Vector(rhs) }

  /// `rhs` added to every element; stops on overflow.
  public static func + (lhs: IntVector, rhs: Int) -> IntVector { IntVector(lhs.elements.map { add($0, rhs) }) }
  /// `lhs` added to every element; stops on overflow.
  public static func + (lhs: Int, rhs: IntVector) -> IntVector { IntVector(rhs.elements.map { add(lhs, $0) }) }
  /// `rhs` subtracted from every element; stops on overflow.
  public static func - (lhs: IntVector, rhs: Int) -> IntVector {
    IntVector(lhs.elements.map { subtract($0, rhs) })
  }
  /// Every element subtracted from `lhs`; stops on overflow.
  public static func - (lhs: Int, rhs: IntVector) -> IntVector {
    IntVector(rhs.elements.map { subtract(lhs, $0) })
  }
  /// Every element multiplied by `rhs`; stops on overflow.
  public static func * (lhs: IntVector, rhs: Int) -> IntVector {
    IntVector(lhs.elements.map { multiply($0, rhs) })
  }
  /// Every element multiplied by `lhs`; stops on overflow.
  public static func * (lhs: Int, rhs: IntVector) -> IntVector {
    IntVector(rhs.elements.map { multiply(lhs, $0) })
  }
  /// Every element divided by `rhs`, as floats (NumPy's true division).
  public static func / (lhs: IntVector, rhs: Int) -> Vector { Vector(lhs) / Double(rhs) }

  /// Every element negated; stops for `Int.min`.
  public static prefix func - (operand: IntVector) -> IntVector {
    IntVector(operand.elements.map { subtract(0, $0) })
  }

  /// Adds `rhs` elementwise, in place.
  public static func += (lhs: inout IntVector, rhs: IntVector) {
    if lhs.count != rhs.count && rhs.count != 1 {
      broadcastFailure("+=", shapeText(lhs.count), shapeText(rhs.count))
    }
    lhs = lhs + rhs
  }

  /// Adds `rhs` to every element, in place.
  public static func += (lhs: inout IntVector, rhs: Int) { lhs = lhs + rhs }

  /// Subtracts `rhs` from every element, in place.
  public static func -= (lhs: inout IntVector, rhs: Int) { lhs = lhs - rhs }

  /// Multiplies every element by `rhs`, in place.
  public static func *= (lhs: inout IntVector, rhs: Int) { lhs = lhs * rhs }
}

// MARK: - Comparisons

extension IntVector {
  @inline(__always)
  func test(_ predicate: (Int) -> Bool) -> Mask { Mask(elements.map(predicate)) }

  func compare(_ rhs: IntVector, _ test: (Int, Int) -> Bool) -> Mask {
    if rhs.count == 1 && count != 1 {
      let b = rhs.elements[0]
      return self.test { test($0, b) }
    }
    if count == 1 && rhs.count != 1 {
      let a = elements[0]
      return rhs.test { test(a, $0) }
    }
    if count != rhs.count {
      broadcastFailure("elementwise comparison", shapeText(count), shapeText(rhs.count))
    }
    return Mask(zip(elements, rhs.elements).map(test))
  }

  /// A mask that is `true` where `predicate` holds for the element.
  public func mask(_ predicate: (Int) -> Bool) -> Mask { Mask(elements.map(predicate)) }

  /// `true` where the element is less than `rhs` (NumPy's `v < rhs`).
  public static func .< (lhs: IntVector, rhs: Int) -> Mask { lhs.test { $0 < rhs } }
  /// `true` where the element is at most `rhs` (NumPy's `v <= rhs`).
  public static func .<= (lhs: IntVector, rhs: Int) -> Mask { lhs.test { $0 <= rhs } }
  /// `true` where the element is greater than `rhs` (NumPy's `v > rhs`).
  public static func .> (lhs: IntVector, rhs: Int) -> Mask { lhs.test { $0 > rhs } }
  /// `true` where the element is at least `rhs` (NumPy's `v >= rhs`).
  public static func .>= (lhs: IntVector, rhs: Int) -> Mask { lhs.test { $0 >= rhs } }
  /// `true` where the element equals `rhs` (NumPy's `v == rhs`).
  public static func .== (lhs: IntVector, rhs: Int) -> Mask { lhs.test { $0 == rhs } }
  /// `true` where the element differs from `rhs` (NumPy's `v != rhs`).
  public static func .!= (lhs: IntVector, rhs: Int) -> Mask { lhs.test { $0 != rhs } }

  /// `true` where `lhs[i] < rhs[i]` (NumPy's `a < b`).
  public static func .< (lhs: IntVector, rhs: IntVector) -> Mask { lhs.compare(rhs, <) }
  /// `true` where `lhs[i] <= rhs[i]` (NumPy's `a <= b`).
  public static func .<= (lhs: IntVector, rhs: IntVector) -> Mask { lhs.compare(rhs, <=) }
  /// `true` where `lhs[i] > rhs[i]` (NumPy's `a > b`).
  public static func .> (lhs: IntVector, rhs: IntVector) -> Mask { lhs.compare(rhs, >) }
  /// `true` where `lhs[i] >= rhs[i]` (NumPy's `a >= b`).
  public static func .>= (lhs: IntVector, rhs: IntVector) -> Mask { lhs.compare(rhs, >=) }
  /// `true` where `lhs[i] == rhs[i]` (NumPy's `a == b`).
  public static func .== (lhs: IntVector, rhs: IntVector) -> Mask { lhs.compare(rhs, ==) }
  /// `true` where `lhs[i] != rhs[i]` (NumPy's `a != b`).
  public static func .!= (lhs: IntVector, rhs: IntVector) -> Mask { lhs.compare(rhs, !=) }
}
