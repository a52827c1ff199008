// Sorting, clipping and running totals.

/// NumPy's sort order: ascending, with NaN after everything else.
@inline(always)
func sortsBefore(_ a: Double, _ b: Double) -> Bool {
  a < b || (b.isNaN && !a.isNaN)
}

/// A sorted copy of `v`, ascending, NaN last (NumPy's `np.sort(v)`).
///
/// `v.sort()` sorts a `var` in place.
public func sort(_ v: Vector) -> Vector {
  Vector(sortedWithNaNLast(v.elements))
}

extension Vector {
  /// Sorts the vector in place, ascending, NaN last — the order of ``sort(_:)``
  /// and NumPy's `v.sort()` (the standard library's `sort()` would compare NaN
  /// with `<` and leave the vector unsorted).
  public mutating func sort() {
    elements = sortedWithNaNLast(elements)
  }

  /// A sorted copy, ascending, NaN last: the same as ``sort(_:)``.
  public func sorted() -> Vector {
    Vector(sortedWithNaNLast(elements))
  }
}

/// The indices that sort `v` (NumPy's `np.argsort(v, kind="stable")`): `v[argsort(v)]` is `sort(v)`.
///
/// The sort is stable: equal elements keep their order. NaN sorts last.
public func argsort(_ v: Vector) -> IntVector {
  IntVector(stableArgsort(v.elements, by: sortsBefore))
}

/// The indices that sort `elements` by `before`, equal elements keeping their
/// order (NumPy's `kind="stable"`); shared by the `Vector` and `IntVector` argsorts.
func stableArgsort<T>(_ elements: [T], by before: (T, T) -> Bool) -> [Int] {
  elements.indices.sorted { i, j in
    before(elements[i], elements[j]) || (!before(elements[j], elements[i]) && i < j)
  }
}

/// Every element limited to `lower...upper` (NumPy's `np.clip(v, lower, upper)`); NaN stays NaN.
public func clip(_ v: Vector, _ lower: Double, _ upper: Double) -> Vector {
  Vector(mapElements(v.elements) { clipped($0, lower, upper) })
}

/// Every element limited to `lower...upper` (NumPy's `np.clip(m, lower, upper)`); NaN stays NaN.
public func clip(_ m: Matrix, _ lower: Double, _ upper: Double) -> Matrix {
  m.with(mapElements(m.elements) { clipped($0, lower, upper) })
}

/// NumPy's clip of one element: `x` itself unless it is strictly outside the
/// bounds (so `-0.0` stays `-0.0` at a bound of `0.0`), `upper` winning when
/// `lower > upper`, and NaN if any of the three is NaN.
@inline(__always)
private func clipped(_ x: Double, _ lower: Double, _ upper: Double) -> Double {
  if x.isNaN || lower.isNaN || upper.isNaN { return .nan }
  let raised = x < lower ? lower : x
  return raised > upper ? upper : raised
}

/// The running sums `[v[0], v[0] + v[1], …]` (NumPy's `np.cumsum(v)`).
public func cumsum(_ v: Vector) -> Vector {
  Vector(runningTotal(v.elements, +))
}

/// The running products `[v[0], v[0] * v[1], …]` (NumPy's `np.cumprod(v)`).
public func cumprod(_ v: Vector) -> Vector {
  Vector(runningTotal(v.elements, *))
}

/// Running sums down each column (`axis: 0`) or along each row (`axis: 1`)
/// (NumPy's `np.cumsum(m, axis)`).
public func cumsum(_ m: Matrix, axis: Int) -> Matrix {
  switch checkMatrixAxis(axis, in: "cumsum") {
  case 0:
    var out = m.elements
    for i in 1..<Swift.max(m.rows, 1) {
      for j in 0..<m.columns { out[i * m.columns + j] += out[(i - 1) * m.columns + j] }
    }
    return m.with(out)
  default:
    return m.with(m.rowVectors.flatMap { runningTotal($0.elements, +) })
  }
}

/// The differences between neighbours, `[v[1] − v[0], v[2] − v[1], …]` (NumPy's `np.diff(v)`).
public func diff(_ v: Vector) -> Vector {
  guard v.count > 1 else { return Vector([]) }
  return Vector((1..<v.count).map { v.elements[$0] - v.elements[$0 - 1] })
}

func runningTotal(_ a: [Double], _ combine: (Double, Double) -> Double) -> [Double] {
  var out = a
  out.withUnsafeMutableBufferPointer { b in
    guard b.count > 1 else { return }
    for i in 1..<b.count { b[i] = combine(b[i - 1], b[i]) }
  }
  return out
}

// MARK: - Unique elements (NumPy's set routines)

/// The distinct elements, sorted, NaN last and once (NumPy's `np.unique(v)`,
/// whose `equal_nan=True` default merges every NaN into one).
public func unique(_ v: Vector) -> Vector {
  uniqueAll(v).values
}

/// The distinct elements and how often each occurs (NumPy's `np.unique_counts(v)`,
/// `np.unique(v, return_counts=True)`).
public func uniqueCounts(_ v: Vector) -> (values: Vector, counts: IntVector) {
  let u = uniqueAll(v)
  return (u.values, u.counts)
}

/// The distinct elements and, for every element of `v`, the position of its
/// value among them: `unique[inverse]` is `v` (NumPy's `np.unique_inverse(v)`,
/// `np.unique(v, return_inverse=True)`).
public func uniqueInverse(_ v: Vector) -> (values: Vector, inverseIndices: IntVector) {
  let u = uniqueAll(v)
  return (u.values, u.inverseIndices)
}

/// The distinct elements, the index of each one's first occurrence in `v`,
/// the inverse indices and the counts (NumPy's `np.unique_all(v)`).
public func uniqueAll(_ v: Vector) -> (
  values: Vector, indices: IntVector, inverseIndices: IntVector, counts: IntVector
) {
  // All NaNs are one value, as NumPy's `equal_nan=True`.
  let u = uniqueRuns(v.elements, order: argsort(v).elements) { $0 == $1 || ($0.isNaN && $1.isNaN) }
  return (Vector(u.values), IntVector(u.indices), IntVector(u.inverse), IntVector(u.counts))
}

/// `np.unique_all` of `elements` visited in sorted `order`: each run of equal
/// elements (by `same`) is one value, with its first index in sorted order and
/// its count; `inverse[i]` is element `i`'s value number. Shared by `Vector` and `IntVector`.
func uniqueRuns<T>(_ elements: [T], order: [Int], same: (T, T) -> Bool) -> (
  values: [T], indices: [Int], inverse: [Int], counts: [Int]
) {
  var values: [T] = []
  var indices: [Int] = []
  var counts: [Int] = []
  var inverse = [Int](repeating: 0, count: elements.count)
  for i in order {
    let x = elements[i]
    if let last = values.last, same(last, x) {
      counts[counts.count - 1] += 1
    } else {
      values.append(x)
      indices.append(i)
      counts.append(1)
    }
    inverse[i] = values.count - 1
  }
  return (values, indices, inverse, counts)
}
