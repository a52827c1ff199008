// Unstable in-place sorting and selection of doubles, used by `sort`,
// `median` and `quantile`. Both expect NaN-free data (callers move NaN out
// first). They work on raw buffers so that comparisons are plain `<` on
// `Double`, which makes them 1.5–10× faster than a generic sort with a
// NaN-aware comparator.

/// Sorts `a` ascending: quicksort with median-of-three pivots and insertion sort
/// for short ranges, falling back to the standard library's sort if the
/// recursion gets deep (adversarial inputs).
func quicksort(_ a: UnsafeMutableBufferPointer<Double>) {
  var depthBudget = 2 * Int.bitWidth
  var n = a.count
  while n > 1 {
    n /= 2
    depthBudget += 1
  }
  quicksort(a, 0, a.count - 1, depthBudget: depthBudget)
}

private func quicksort(
  _ a: UnsafeMutableBufferPointer<Double>, _ low: Int, _ high: Int, depthBudget: Int
) {
  var (lo, hi) = (low, high)
  var budget = depthBudget
  while hi - lo > 24 {
    if budget == 0 {
      var range = UnsafeMutableBufferPointer(rebasing: a[lo...hi])
      range.sort()
      return
    }
    budget -= 1
    let (i, j) = partition(a, lo, hi)
    // Recurse into the smaller side, loop on the larger one.
    if j - lo < hi - i {
      quicksort(a, lo, j, depthBudget: budget)
      lo = i
    } else {
      quicksort(a, i, hi, depthBudget: budget)
      hi = j
    }
  }
  insertionSort(a, lo, hi)
}

/// Rearranges `a` so that `a[k]` is the element a full sort would put there,
/// everything before it is ≤ `a[k]` and everything after it ≥ `a[k]`
/// (C++'s `nth_element`, NumPy's `partition`). Average time O(n).
func selectElement(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int) {
  var (lo, hi) = (0, a.count - 1)
  var budget = 4 * Int.bitWidth
  while hi - lo > 24 {
    if budget == 0 {
      var range = UnsafeMutableBufferPointer(rebasing: a[lo...hi])
      range.sort()
      return
    }
    budget -= 1
    let (i, j) = partition(a, lo, hi)
    if k <= j {
      hi = j
    } else if k >= i {
      lo = i
    } else {
      return  // j < k < i: a[k] equals the pivot and is in place.
    }
  }
  insertionSort(a, lo, hi)
}

/// Hoare partition of `a[lo...hi]` around a median-of-three pivot. Returns
/// `(i, j)` with `j < i`: `a[lo...j]` ≤ pivot, `a[i...hi]` ≥ pivot, and
/// anything strictly between equals the pivot.
@inline(always)
private func partition(_ a: UnsafeMutableBufferPointer<Double>, _ lo: Int, _ hi: Int) -> (Int, Int) {
  let mid = lo + (hi - lo) / 2
  if a[mid] < a[lo] { a.swapAt(mid, lo) }
  if a[hi] < a[lo] { a.swapAt(hi, lo) }
  if a[hi] < a[mid] { a.swapAt(hi, mid) }
  let pivot = a[mid]
  var i = lo
  var j = hi
  while i <= j {
    while a[i] < pivot { i += 1 }
    while pivot < a[j] { j -= 1 }
    if i <= j {
      a.swapAt(i, j)
      i += 1
      j -= 1
    }
  }
  return (i, j)
}

@inline(always)
private func insertionSort(_ a: UnsafeMutableBufferPointer<Double>, _ lo: Int, _ hi: Int) {
  guard lo < hi else { return }
  for start in lo + 1...hi {
    let value = a[start]
    var k = start
    while k > lo && a[k - 1] > value {
      a[k] = a[k - 1]
      k -= 1
    }
    a[k] = value
  }
}

/// The elements sorted ascending with NaN last, as NumPy's `np.sort` orders them.
func sortedWithNaNLast(_ elements: [Double]) -> [Double] {
  var values = elements.filter { $0 == $0 }
  let nanCount = elements.count - values.count
  values.withUnsafeMutableBufferPointer { quicksort($0) }
  if nanCount > 0 { values.append(contentsOf: repeatElement(.nan, count: nanCount)) }
  return values
}
