// Internal loops shared by every elementwise operation and reduction.
//
// Each helper is `@inline(always)` so that, inside this module's optimized
// build, the closure it receives is inlined into a plain counted loop over
// contiguous memory, which the optimizer vectorizes. None of them is
// `@inlinable`: lesson programs (often compiled without optimization) call
// the public functions, which run this module's optimized code.

/// Below this many elements (above ``tinyArrayCount``), results are made by copying an operand and
/// updating the copy in place: the copy's allocation is fully specialized,
/// while `Array(unsafeUninitializedCapacity:)` looks up generic metadata on
/// every call, which dominates the cost of operations on small arrays. Above
/// it, writing straight into uninitialized memory saves the copy's memory traffic.
let smallArrayCount = 4096

/// Up to this many elements, results are written into temporary stack memory and then
/// copied into a new array of exactly their size, which costs less than copying an operand
/// first (`_consumeAndCreateNew` and a uniqueness check); from about 100 elements on the
/// copy-and-update path is as fast or faster (measured on 10–4,000 elements).
let tinyArrayCount = 64

/// A new array of `count` elements that `body` writes into (it must write every one).
@inline(always)
func makeTinyArray(count: Int, _ body: (UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
  withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { buffer in
    body(buffer)
    return Array(UnsafeBufferPointer(buffer))
  }
}

/// A new array of `count` elements that `body` writes, every one of them: a tiny array
/// through stack memory (``makeTinyArray(count:_:)``), a larger one straight into its storage.
@inline(always)
func makeArray(count: Int, _ body: (UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
  if count <= tinyArrayCount { return makeTinyArray(count: count, body) }
  prepareAllocation(count)
  return [Double](unsafeUninitializedCapacity: count) { out, initialized in
    body(out)
    initialized = count
  }
}

/// `[f(a[0]), f(a[1]), …]`.
@inline(always)
func mapElements(_ a: [Double], _ f: (Double) -> Double) -> [Double] {
  let n = a.count
  if n <= tinyArrayCount {
    return makeTinyArray(count: n) { out in
      a.withUnsafeBufferPointer { x in
        for i in 0..<n { out[i] = f(x[i]) }
      }
    }
  }
  if n < smallArrayCount {
    var out = a
    updateElements(&out, f)
    return out
  }
  prepareAllocation(n)
  return [Double](unsafeUninitializedCapacity: n) { out, initialized in
    a.withUnsafeBufferPointer { src in
      for i in 0..<n { out[i] = f(src[i]) }
    }
    initialized = n
  }
}

/// Elements from which ``mapCostlyElements(_:_:)`` splits its work across the cores.
let costlyParallelElementCount = 8192

/// `[f(a[0]), f(a[1]), …]` for an `f` that costs tens of nanoseconds or more an element (special
/// functions, distribution methods): from `costlyParallelElementCount` elements on, split across
/// the cores, in pieces of at least half that. `f` must be a function of its argument alone;
/// every element is computed by the same `f`, so the result never depends on the number of cores.
func mapCostlyElements(_ a: [Double], _ f: @Sendable (Double) -> Double) -> [Double] {
  let n = a.count
  let minimumPiece = costlyParallelElementCount / 2
  if pieceCount(n, minimumPiece: minimumPiece) < 2 { return mapElements(a, f) }
  return makeArray(count: n) { out in
    a.withUnsafeBufferPointer { x in
      forEachChunk(n, minimumPiece: minimumPiece) { r in
        for i in r { out[i] = f(x[i]) }
      }
    }
  }
}

/// `[f(a[0], b[0]), f(a[1], b[1]), …]`; `a` and `b` have the same count.
@inline(always)
func zipElements(_ a: [Double], _ b: [Double], _ f: (Double, Double) -> Double) -> [Double] {
  let n = a.count
  if n <= tinyArrayCount {
    return makeTinyArray(count: n) { out in
      a.withUnsafeBufferPointer { x in
        b.withUnsafeBufferPointer { y in
          for i in 0..<n { out[i] = f(x[i], y[i]) }
        }
      }
    }
  }
  if n < smallArrayCount {
    var out = a
    updateElements(&out, with: b, f)
    return out
  }
  prepareAllocation(n)
  return [Double](unsafeUninitializedCapacity: n) { out, initialized in
    a.withUnsafeBufferPointer { x in
      b.withUnsafeBufferPointer { y in
        for i in 0..<n { out[i] = f(x[i], y[i]) }
      }
    }
    initialized = n
  }
}

/// Applies `f` to every element in place.
@inline(always)
func updateElements(_ a: inout [Double], _ f: (Double) -> Double) {
  a.withUnsafeMutableBufferPointer { buffer in
    for i in 0..<buffer.count { buffer[i] = f(buffer[i]) }
  }
}

/// `a[i] = f(a[i], b[i])` for every `i`; `a` and `b` have the same count.
@inline(always)
func updateElements(_ a: inout [Double], with b: [Double], _ f: (Double, Double) -> Double) {
  b.withUnsafeBufferPointer { y in
    a.withUnsafeMutableBufferPointer { x in
      for i in 0..<x.count { x[i] = f(x[i], y[i]) }
    }
  }
}

/// A `rows × columns` row-major array with `f(a[i, j], row[j])`: `row` repeats down the rows.
@inline(always)
func broadcastRows(
  _ a: [Double], rows: Int, columns: Int, _ row: [Double], _ f: (Double, Double) -> Double
) -> [Double] {
  makeArray(count: rows * columns) { out in
    a.withUnsafeBufferPointer { x in
      row.withUnsafeBufferPointer { r in
        for i in 0..<rows {
          let base = i * columns
          for j in 0..<columns { out[base + j] = f(x[base + j], r[j]) }
        }
      }
    }
  }
}

/// Sum of `count` doubles starting at `base`, by NumPy's pairwise algorithm
/// (eight accumulators in blocks of at most 128, halves added recursively),
/// so results match `np.sum` bit for bit on contiguous data.
func pairwiseSum(_ base: UnsafePointer<Double>, _ count: Int) -> Double {
  if count < 8 {
    var result = 0.0
    for i in 0..<count { result += base[i] }
    return result
  } else if count <= 128 {
    var r0 = base[0]
    var r1 = base[1]
    var r2 = base[2]
    var r3 = base[3]
    var r4 = base[4]
    var r5 = base[5]
    var r6 = base[6]
    var r7 = base[7]
    var i = 8
    let blocked = count - count % 8
    while i < blocked {
      r0 += base[i]
      r1 += base[i + 1]
      r2 += base[i + 2]
      r3 += base[i + 3]
      r4 += base[i + 4]
      r5 += base[i + 5]
      r6 += base[i + 6]
      r7 += base[i + 7]
      i += 8
    }
    var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while i < count {
      result += base[i]
      i += 1
    }
    return result
  } else {
    var half = count / 2
    half -= half % 8
    return pairwiseSum(base, half) + pairwiseSum(base + half, count - half)
  }
}

/// Pairwise sum of a whole array (see ``pairwiseSum(_:_:)``).
func pairwiseSum(_ a: [Double]) -> Double {
  a.withUnsafeBufferPointer { buffer in
    guard let base = buffer.baseAddress else { return 0 }
    return pairwiseSum(base, buffer.count)
  }
}

/// Pairwise sum of `f(a[i])`, without building the intermediate array for small inputs.
@inline(always)
func pairwiseSum(_ a: [Double], of f: (Double) -> Double) -> Double {
  pairwiseSum(mapElements(a, f))
}

/// `[test(a[0]), test(a[1]), …]` as a tight loop.
@inline(always)
func testElements(_ a: [Double], _ test: (Double) -> Bool) -> [Bool] {
  let n = a.count
  return [Bool](unsafeUninitializedCapacity: n) { out, initialized in
    a.withUnsafeBufferPointer { src in
      for i in 0..<n { out[i] = test(src[i]) }
    }
    initialized = n
  }
}

/// `[test(a[0], b[0]), …]`; `a` and `b` have the same count.
@inline(always)
func testElements(_ a: [Double], _ b: [Double], _ test: (Double, Double) -> Bool) -> [Bool] {
  let n = a.count
  return [Bool](unsafeUninitializedCapacity: n) { out, initialized in
    a.withUnsafeBufferPointer { x in
      b.withUnsafeBufferPointer { y in
        for i in 0..<n { out[i] = test(x[i], y[i]) }
      }
    }
    initialized = n
  }
}

/// Formats a shape for error messages: `Vector(3)`, `Matrix 2×3`.
func describeShape(_ v: Vector) -> String { "Vector(\(v.count))" }
func describeShape(_ m: Matrix) -> String { "Matrix \(m.rows)×\(m.columns)" }
