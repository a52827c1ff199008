// Binary search into sorted data: `searchsorted` and `digitize`.

/// Which end of a run of equal values `searchsorted` returns.
public enum SearchSide: Sendable, Hashable {
  /// The first position where the value could go (NumPy's `side='left'`).
  case left
  /// The position after the last equal element (NumPy's `side='right'`).
  case right
}

/// The position in the ascending vector `sorted` where `value` would go to
/// keep it sorted (NumPy's `np.searchsorted(a, v, side=…)`); NaN sorts last.
public func searchsorted(_ sorted: Vector, _ value: Double, side: SearchSide = .left) -> Int {
  let a = sorted.elements
  var low = 0
  var high = a.count
  while low < high {
    let middle = low + (high - low) / 2
    let goesRight = side == .left ? sortsBefore(a[middle], value) : !sortsBefore(value, a[middle])
    if goesRight { low = middle + 1 } else { high = middle }
  }
  return low
}

/// The insertion position of each of `values` in the ascending vector `sorted`
/// (NumPy's `np.searchsorted(a, v, side=…)`).
public func searchsorted(_ sorted: Vector, _ values: Vector, side: SearchSide = .left) -> IntVector {
  // NumPy's `binsearch`: each search starts from the previous one's bounds,
  // which only changes the answer when `sorted` is not sorted (as for
  // `digitize` with NaN edges) — and then MLMath's answer is still NumPy's.
  let a = sorted.elements
  let goesRight: (Double, Double) -> Bool =
    side == .left ? { sortsBefore($0, $1) } : { !sortsBefore($1, $0) }
  var low = 0
  var high = a.count
  var lastKey = values.elements.first ?? 0
  return IntVector(
    values.elements.map { key in
      if goesRight(lastKey, key) {
        high = a.count
      } else {
        low = 0
        high = high < a.count ? high + 1 : a.count
      }
      lastKey = key
      while low < high {
        let middle = low + (high - low) >> 1
        if goesRight(a[middle], key) { low = middle + 1 } else { high = middle }
      }
      return low
    })
}

/// The index of the bin each element of `x` falls in (NumPy's `np.digitize(x, bins, right=…)`).
///
/// For increasing `bins`, `i` is such that `bins[i-1] <= x < bins[i]` (with
/// `right: true`, `bins[i-1] < x <= bins[i]`): 0 below the first edge,
/// `bins.count` at or above the last. Decreasing `bins` count from the other end.
public func digitize(_ x: Vector, bins: Vector, right: Bool = false) -> IntVector {
  let side: SearchSide = right ? .left : .right
  switch monotonicity(bins.elements) {
  case 1:
    return searchsorted(bins, x, side: side)
  case -1:
    let reversed = Vector(bins.elements.reversed())
    return IntVector(searchsorted(reversed, x, side: side).elements.map { bins.count - $0 })
  default:
    failure("digitize: bins must be monotonically increasing or decreasing")
  }
}

/// 1 for nondecreasing (or constant) values, −1 for nonincreasing, 0 otherwise:
/// NumPy's `check_array_monotonic`, comparison for comparison (so NaN edges
/// are classified exactly as NumPy classifies them).
func monotonicity(_ a: [Double]) -> Int {
  guard let first = a.first else { return 1 }
  var i = 1
  while i < a.count && a[i] == first { i += 1 }
  if i == a.count { return 1 }
  var last = first
  var next = a[i]
  let increasing = last < next
  i += 1
  while i < a.count {
    last = next
    next = a[i]
    if increasing ? last > next : last < next { return 0 }
    i += 1
  }
  return increasing ? 1 : -1
}
