import Foundation

// scikit-learn's brute-force k-nearest-neighbour search (`algorithm='brute'`, the
// `ArgKmin` reduction), step for step, so that MLMath picks the same neighbours as sklearn
// even among training samples at exactly the same distance.
//
// For each query: the training samples are scanned in index order and the k nearest so far
// are kept in a max-heap, where a sample replaces the heap's top (the farthest kept) only when
// it is strictly nearer. When the training set is at least as large as the query set, sklearn
// then pushes the heap's k entries, in array order, into a fresh heap (its "parallel on Y"
// merge, which reorders ties). Last the k entries are sorted by distance with sklearn's
// introsort (insertion sort below 16 elements, which keeps the heap order of ties).
// Heaps compare the reduced distance — Σ|xⱼ − yⱼ|^p, without the p-th root — which is
// what sklearn ranks by, except that for p = 2 sklearn computes it as ‖x‖² − 2x·y + ‖y‖²
// with BLAS, whose rounding can reorder exact ties differently (MLMath uses Σ(xⱼ − yⱼ)²).

/// The reduced Minkowski distance Σ|xⱼ − yⱼ|^p between rows `i` of `X` and `j` of `Y`.
func reducedMinkowskiDistance(_ X: Matrix, _ i: Int, _ Y: Matrix, _ j: Int, p: Double) -> Double {
  let d = X.columns
  var sum = 0.0
  for t in 0..<d {
    let z = X.elements[i * d + t] - Y.elements[j * d + t]
    if p == 2 {
      sum += z * z
    } else if p == 1 {
      sum += abs(z)
    } else {
      sum += pow(abs(z), p)
    }
  }
  return sum
}

/// The Minkowski distance from its reduced form: the p-th root.
func minkowskiDistance(reduced r: Double, p: Double) -> Double {
  p == 1 ? r : p == 2 ? r.squareRoot() : pow(r, 1 / p)
}

/// The `k` nearest rows of `Y` to each row of `X`, nearest first: `indices[i]` and the
/// distances `distances[i]` (sklearn's `kneighbors` with `algorithm='brute'`).
func bruteForceKNeighbors(_ X: Matrix, _ Y: Matrix, k: Int, p: Double) -> (distances: [[Double]], indices: [[Int]]) {
  let mergeHeaps = Y.rows >= X.rows
  var distances: [[Double]] = []
  var indices: [[Int]] = []
  for i in 0..<X.rows {
    var heap = NeighborHeap(size: k)
    for j in 0..<Y.rows { heap.push(reducedMinkowskiDistance(X, i, Y, j, p: p), j) }
    if mergeHeaps {
      var merged = NeighborHeap(size: k)
      for (value, index) in zip(heap.values, heap.indices) { merged.push(value, index) }
      heap = merged
    }
    var values = heap.values
    var order = heap.indices
    introsortByValue(&values, &order, 0, k, maxDepth: 2 * Int(log2(Double(k))))
    distances.append(values.map { minkowskiDistance(reduced: max($0, 0), p: p) })
    indices.append(order)
  }
  return (distances, indices)
}

/// A fixed-size max-heap of (distance, index) pairs (sklearn's `heap_push`).
struct NeighborHeap {
  var values: [Double]
  var indices: [Int]

  init(size: Int) {
    values = Array(repeating: .greatestFiniteMagnitude, count: size)
    indices = Array(repeating: -1, count: size)
  }

  /// Keeps `(value, index)` if it is strictly smaller than the largest kept value.
  mutating func push(_ value: Double, _ index: Int) {
    let size = values.count
    if value >= values[0] { return }
    var current = 0
    while true {
      let left = 2 * current + 1
      let right = left + 1
      var next: Int
      if left >= size {
        break
      } else if right >= size {
        guard values[left] > value else { break }
        next = left
      } else if values[left] >= values[right] {
        guard value < values[left] else { break }
        next = left
      } else {
        guard value < values[right] else { break }
        next = right
      }
      values[current] = values[next]
      indices[current] = indices[next]
      current = next
    }
    values[current] = value
    indices[current] = index
  }
}

/// Sorts `values[start..<start+n]` and carries `indices` along (sklearn's `simultaneous_sort`:
/// introsort with a median-of-three pivot, heapsort past `maxDepth`, insertion sort below 16).
func introsortByValue(_ values: inout [Double], _ indices: inout [Int], _ start: Int, _ n: Int, maxDepth: Int) {
  func swapAt(_ a: Int, _ b: Int) {
    values.swapAt(a, b)
    indices.swapAt(a, b)
  }
  var start = start
  var n = n
  var depth = maxDepth
  while n > 15 {
    if depth <= 0 {
      heapsortByValue(&values, &indices, start, n)
      return
    }
    depth -= 1
    // Median of three: the smallest of the first, middle and last goes first, the median last.
    let mid = start + n / 2
    let last = start + n - 1
    if values[start] > values[last] { swapAt(start, last) }
    if values[last] > values[mid] {
      swapAt(last, mid)
      if values[start] > values[last] { swapAt(start, last) }
    }
    let pivot = values[last]
    var i = start + 1
    var j = start + n - 2
    while true {
      while i <= j && values[i] < pivot { i += 1 }
      while i <= j && values[j] > pivot { j -= 1 }
      if i >= j { break }
      swapAt(i, j)
      i += 1
      j -= 1
    }
    swapAt(i, last)
    introsortByValue(&values, &indices, start, i - start, maxDepth: depth)
    n -= i - start + 1
    start = i + 1
  }
  // Insertion sort: stable, so equal values keep their order.
  for i in (start + 1)..<max(start + n, start + 1) {
    let value = values[i]
    let index = indices[i]
    var j = i
    while j > start && values[j - 1] > value {
      values[j] = values[j - 1]
      indices[j] = indices[j - 1]
      j -= 1
    }
    values[j] = value
    indices[j] = index
  }
}

/// Heapsort of `values[start..<start+n]` carrying `indices` (sklearn's fallback).
private func heapsortByValue(_ values: inout [Double], _ indices: inout [Int], _ start: Int, _ n: Int) {
  func siftDown(_ root: Int, _ end: Int) {
    var root = root
    while true {
      let child = root * 2 + 1
      var top = root
      if child < end && values[start + top] < values[start + child] { top = child }
      if child + 1 < end && values[start + top] < values[start + child + 1] { top = child + 1 }
      if top == root { return }
      values.swapAt(start + root, start + top)
      indices.swapAt(start + root, start + top)
      root = top
    }
  }
  var first = (n - 2) / 2
  while true {
    siftDown(first, n)
    if first == 0 { break }
    first -= 1
  }
  var end = n - 1
  while end > 0 {
    values.swapAt(start, start + end)
    indices.swapAt(start, start + end)
    siftDown(0, end)
    end -= 1
  }
}

/// sklearn's `_get_weights(dist, 'distance')`: 1/d for each neighbour, except that a query
/// with a neighbour at distance 0 gives weight 1 to those neighbours and 0 to the others.
func inverseDistanceWeights(_ distances: [Double]) -> [Double] {
  if distances.contains(0) { return distances.map { $0 == 0 ? 1 : 0 } }
  return distances.map { 1 / $0 }
}
