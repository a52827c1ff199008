// How MLMath stops a program that asked for something impossible.
//
// Every check reachable from the public API ends here, never in `precondition`,
// `assert`, a force unwrap or an unchecked array access: lessons link an
// *optimized* MLMath, where those trap silently ("Illegal instruction") while
// `fatalError` still prints its message. Messages follow NumPy's: they name
// the function, the index or shape that was wrong, and what would have been
// valid — `index 3 is out of bounds for a Vector of 3 elements (valid: 0..<3)`.
//
// Checks run once per call, before any loop, so hot loops stay unchanged.

/// Stops the program with `message` (printed as `Fatal error: message` in every build).
@usableFromInline
@inline(never)
func failure(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
  fatalError(message, file: file, line: line)
}

/// `x`, with a NaN's sign bit cleared.
///
/// x86's default NaN (from `0 / 0`, `∞ − ∞`) has its sign bit set, and Swift
/// prints such a `Double` as `-nan` where NumPy prints `nan`. Every MLMath
/// function that returns a scalar passes it through here.
@usableFromInline @inline(__always)
func unsignedNaN(_ x: Double) -> Double { x.isNaN ? .nan : x }

/// A vector's shape as NumPy prints it: `(3,)`.
func shapeText(_ count: Int) -> String { "(\(count),)" }

/// A matrix's shape as NumPy prints it: `(2, 3)`.
func shapeText(_ rows: Int, _ columns: Int) -> String { "(\(rows), \(columns))" }

/// `a Vector of 3 elements`, `an empty Vector`.
func vectorText(_ count: Int) -> String {
  switch count {
  case 0: "an empty Vector"
  case 1: "a Vector of 1 element"
  default: "a Vector of \(count) elements"
  }
}

/// `a Matrix of shape (2, 3)`.
func matrixText(_ rows: Int, _ columns: Int) -> String {
  "a Matrix of shape \(shapeText(rows, columns))"
}

/// The valid positions `0..<count`, or a note that there are none.
func validPositions(_ count: Int) -> String {
  count == 0 ? "there are none" : "valid: 0..<\(count)"
}

/// Stops unless `0 <= index < count`: NumPy's `index 3 is out of bounds for axis 0 with size 3`,
/// with a hint for the negative indices NumPy users reach for.
@inline(__always)
func checkPosition(_ index: Int, count: Int, in container: @autoclosure () -> String, fix: String) {
  if index < 0 || index >= count { indexFailure(index, count: count, in: container(), fix: fix) }
}

@inline(never)
func indexFailure(_ index: Int, count: Int, in container: String, fix: String) -> Never {
  var message = "index \(index) is out of bounds for \(container) (\(validPositions(count))"
  if index < 0 { message += "; MLMath does not count from the end: write \(fix)" }
  failure(message + ")")
}

/// The failure of `v[index]` on a vector of `count` elements.
@usableFromInline
@inline(never)
func vectorIndexFailure(_ index: Int, _ count: Int) -> Never {
  indexFailure(index, count: count, in: vectorText(count), fix: "v[v.count - \(index.magnitude)]")
}

/// The failure of `m[i, j]` on a `rows × columns` matrix.
@usableFromInline
@inline(never)
func matrixIndexFailure(_ i: Int, _ j: Int, _ rows: Int, _ columns: Int) -> Never {
  var message =
    "index (\(i), \(j)) is out of bounds for \(matrixText(rows, columns)) (valid: rows 0..<\(rows), columns 0..<\(columns)"
  if i < 0 || j < 0 {
    let row = i < 0 ? "m.rows - \(i.magnitude)" : "\(i)"
    let column = j < 0 ? "m.columns - \(j.magnitude)" : "\(j)"
    message += "; MLMath does not count from the end: write m[\(row), \(column)]"
  }
  failure(message + ")")
}

/// The bounds `start..<end` a range expression selects from `0..<count`.
/// As in NumPy, bounds past the end are clipped to it (`v[8..<12]` of 10
/// elements is `v[8..<10]`, `v[12...]` is empty); a negative bound stops the
/// program, since MLMath does not count from the end. `what` names the range
/// in the message ("range", "rows", "columns") and `container` the array.
///
/// Partial ranges are resolved by hand, because `RangeExpression.relative(to:)`
/// traps without a message on a range such as `5...` of a 3-element vector.
func checkedBounds(
  _ range: some RangeExpression<Int>, count: Int, what: String, in container: @autoclosure () -> String
) -> Range<Int> {
  var lower: Int
  var upper: Int
  var overflow = false
  switch range {
  case let r as Range<Int>:
    (lower, upper) = (r.lowerBound, r.upperBound)
  case let r as ClosedRange<Int>:
    lower = r.lowerBound
    (upper, overflow) = r.upperBound.addingReportingOverflow(1)
    if r.upperBound < 0 { upper = -1 }
  case let r as PartialRangeFrom<Int>:
    (lower, upper) = (r.lowerBound, Swift.max(count, r.lowerBound))
  case let r as PartialRangeUpTo<Int>:
    (lower, upper) = (0, r.upperBound)
  case let r as PartialRangeThrough<Int>:
    lower = 0
    (upper, overflow) = r.upperBound.addingReportingOverflow(1)
    if r.upperBound < 0 { upper = -1 }
  default:
    let r = range.relative(to: 0..<count)
    (lower, upper) = (r.lowerBound, r.upperBound)
  }
  if overflow { (lower, upper) = (lower, Int.max) }
  if lower < 0 || upper < 0 || lower > upper {
    let written: String
    switch range {
    case let r as PartialRangeFrom<Int>: written = "\(r.lowerBound)..."
    case let r as PartialRangeUpTo<Int>: written = "..<\(r.upperBound)"
    case let r as PartialRangeThrough<Int>: written = "...\(r.upperBound)"
    default: written = "\(range)"
    }
    var message =
      "\(what) \(written) is out of bounds for \(container()) (valid: 0 ≤ start ≤ end; ends past \(count) are clipped"
    if lower < 0 || upper < 0 { message += "; MLMath does not count from the end" }
    failure(message + ")")
  }
  return Swift.min(lower, count)..<Swift.min(upper, count)
}

/// `rows * columns`, or a stop with a message when the shape is negative or too large.
func checkedElementCount(_ rows: Int, _ columns: Int, in function: @autoclosure () -> String) -> Int {
  if rows < 0 || columns < 0 {
    failure(
      "\(function()): negative dimensions are not allowed (shape \(shapeText(rows, columns)))")
  }
  let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
  if overflow || count > Int.max / MemoryLayout<Double>.stride {
    failure("\(function()): shape \(shapeText(rows, columns)) has too many elements to allocate")
  }
  return count
}

/// Stops unless `count` elements can be allocated: not negative, and their bytes fit in an `Int`.
func checkedCount(_ count: Int, in function: @autoclosure () -> String) -> Int {
  if count < 0 {
    failure("\(function()): negative dimensions are not allowed (size \(count))")
  }
  if count > Int.max / MemoryLayout<Double>.stride {
    failure("\(function()): size \(count) is too many elements to allocate")
  }
  return count
}

/// `axis` as 0 or 1, counting `-1` as the last axis (1) and `-2` as the first (0), as NumPy does;
/// stops otherwise with NumPy's `axis 2 is out of bounds for array of dimension 2`.
@discardableResult
func checkMatrixAxis(_ axis: Int, in function: String?) -> Int {
  switch axis {
  case 0, 1: return axis
  case -2, -1: return axis + 2
  default:
    failure(
      (function.map { "\($0): " } ?? "")
        + "axis \(axis) is out of bounds for a Matrix (valid: 0 or -2 down the columns, 1 or -1 along the rows)"
    )
  }
}

/// `axis` as 0, the only axis of a vector (NumPy accepts `0` and `-1`).
@discardableResult
func checkVectorAxis(_ axis: Int, in function: String) -> Int {
  if axis != 0 && axis != -1 {
    failure("\(function): axis \(axis) is out of bounds for a Vector (valid: 0 or -1)")
  }
  return 0
}

/// NumPy's `operands could not be broadcast together with shapes (3,) (2,)`, with the operation.
@inline(never)
func broadcastFailure(_ operation: String, _ lhs: String, _ rhs: String, hint: String? = nil)
  -> Never
{
  failure(
    "\(operation): shapes \(lhs) and \(rhs) cannot be broadcast together"
      + (hint.map { " (\($0))" } ?? ""))
}

/// The failure of assigning `count` elements to a `rows × columns` matrix's `elements`.
@usableFromInline
@inline(never)
func elementCountFailure(_ count: Int, _ rows: Int, _ columns: Int) -> Never {
  failure(
    "Matrix.elements: a Matrix of shape \(shapeText(rows, columns)) holds \(rows * columns) elements, got \(count) (build a new Matrix(rows:columns:elements:) to change the shape)"
  )
}
