internal import CVectorMath

#if canImport(Dispatch)
  import Dispatch
#endif

// `+`, `-`, `*` and `/` over whole arrays. A small array is done by a Swift loop, which
// costs less than a call; from `smallArrayCount` elements on, by the C kernels of
// `CVectorMath`, in the widest vector extension of the CPU (AVX-512F where there is one)
// and, from `parallelElementCount` elements, split across the cores. Each result is the
// correctly rounded IEEE 754 operation either way, so the bits never depend on the path,
// the CPU or the number of cores.

/// One of the four arithmetic operators, numbered as the C kernels number them.
enum Arithmetic: Int32 {
  case add = 0
  case subtract = 1
  case multiply = 2
  case divide = 3

  @inline(__always)
  func callAsFunction(_ a: Double, _ b: Double) -> Double {
    switch self {
    case .add: a + b
    case .subtract: a - b
    case .multiply: a * b
    case .divide: a / b
    }
  }
}

/// `[a[0] op b[0], a[1] op b[1], …]`; `a` and `b` have the same count.
@inline(__always)
func elementwise(_ op: Arithmetic, _ a: [Double], _ b: [Double]) -> [Double] {
  if a.count < smallArrayCount { return zipElements(a, b) { op($0, $1) } }
  return applyKernel(a, b) { mlm_arithmetic(op.rawValue, $0, $1, $2, $3) }
}

/// `[a[0] op s, a[1] op s, …]`.
@inline(__always)
func elementwise(_ op: Arithmetic, _ a: [Double], _ s: Double) -> [Double] {
  if a.count < smallArrayCount { return mapElements(a) { op($0, s) } }
  return mapThroughKernel(a) { mlm_arithmetic_scalar(op.rawValue, $0, s, $1, $2) }
}

/// `[s op b[0], s op b[1], …]`.
@inline(__always)
func elementwise(_ op: Arithmetic, _ s: Double, _ b: [Double]) -> [Double] {
  if b.count < smallArrayCount { return mapElements(b) { op(s, $0) } }
  return mapThroughKernel(b) { mlm_scalar_arithmetic(op.rawValue, s, $0, $1, $2) }
}

/// `a[i] = a[i] op b[i]` for every `i`; `a` and `b` have the same count.
@inline(__always)
func updateElementwise(_ op: Arithmetic, _ a: inout [Double], _ b: [Double]) {
  let n = a.count
  if n < smallArrayCount { return updateElements(&a, with: b) { op($0, $1) } }
  b.withUnsafeBufferPointer { y in
    a.withUnsafeMutableBufferPointer { x in
      let (xp, yp) = (x.baseAddress!, y.baseAddress!)
      forEachChunk(n) { r in
        mlm_arithmetic(op.rawValue, xp + r.lowerBound, yp + r.lowerBound, xp + r.lowerBound, r.count)
      }
    }
  }
}

/// `a[i] = a[i] op s` for every `i`.
@inline(__always)
func updateElementwise(_ op: Arithmetic, _ a: inout [Double], _ s: Double) {
  let n = a.count
  if n < smallArrayCount { return updateElements(&a) { op($0, s) } }
  a.withUnsafeMutableBufferPointer { x in
    let xp = x.baseAddress!
    forEachChunk(n) { r in mlm_arithmetic_scalar(op.rawValue, xp + r.lowerBound, s, xp + r.lowerBound, r.count) }
  }
}

/// The largest (`largest: true`) or smallest element of a nonempty buffer, or NaN if any
/// element is NaN. Of equal elements (`-0.0` and `0.0`) the later one wins, as in NumPy's
/// `maximum.reduce`, so `max([0.0, -0.0])` is `-0.0` there and here.
func extremeElement(_ a: UnsafeBufferPointer<Double>, largest: Bool) -> Double {
  let n = a.count
  // A few elements: the loop costs less than the call (and it is the definition the kernel follows).
  if n < 32 {
    var m = a[0]
    var nans = 0
    for v in a {
      nans &+= v.isNaN ? 1 : 0
      m = (largest ? v >= m : v <= m) ? v : m
    }
    return nans > 0 ? .nan : m
  }
  let base = a.baseAddress!
  let pieces = pieceCount(n)
  #if canImport(Dispatch)
    if pieces > 1 {
      // The extreme of the pieces' extremes is exact; only a zero needs the whole array (the last one).
      var found = [Double](repeating: 0, count: pieces)
      found.withUnsafeMutableBufferPointer { found in
        let shared = UncheckedSendable((source: base, results: found.baseAddress!))
        DispatchQueue.concurrentPerform(iterations: pieces) { k in
          let range = piece(k, of: pieces, count: n)
          // An empty piece stands for the first element, which is in the array anyway.
          shared.value.results[k] =
            range.isEmpty
            ? shared.value.source[0]
            : mlm_extreme(shared.value.source + range.lowerBound, range.count, largest ? 1 : 0)
        }
      }
      let extreme = mlm_extreme(found, pieces, largest ? 1 : 0)
      return extreme == 0 ? a.last { $0 == 0 }! : extreme
    }
  #endif
  return mlm_extreme(base, n, largest ? 1 : 0)
}
