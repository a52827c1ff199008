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
public func argsort(_ v: Vector) -> [Int] {
  let e = v.elements
  return e.indices.sorted { i, j in
    sortsBefore(e[i], e[j]) || (!sortsBefore(e[j], e[i]) && i < j)
  }
}

/// Every element limited to `lower...upper` (NumPy's `np.clip(v, lower, upper)`); NaN stays NaN.
public func clip(_ v: Vector, _ lower: Double, _ upper: Double) -> Vector {
  Vector(mapElements(v.elements) { nanPropagatingMin(nanPropagatingMax($0, lower), upper) })
}

/// Every element limited to `lower...upper` (NumPy's `np.clip(m, lower, upper)`); NaN stays NaN.
public func clip(_ m: Matrix, _ lower: Double, _ upper: Double) -> Matrix {
  m.with(mapElements(m.elements) { nanPropagatingMin(nanPropagatingMax($0, lower), upper) })
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
