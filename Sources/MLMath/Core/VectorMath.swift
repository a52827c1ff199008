internal import CVectorMath

#if canImport(Dispatch)
  import Dispatch
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Elementwise transcendental functions over whole arrays, on SLEEF's deterministic
// vector functions (the `CVectorMath` C target; N. Shibata and F. Petrogalli, "SLEEF:
// A Portable Vectorized Library of C Standard Mathematical Functions", IEEE TPDS 31(6),
// 2020).
//
// - Variants: the "cinz" family at 1.0-ULP accuracy (u10). It is deterministic (the same
//   bits from its scalar, SSE2, AVX and AVX-512F forms) and uses no fused multiply-add, so
//   every x86-64 CPU computes the same results; the FMA-based "finz" family would not run
//   on CPUs without FMA. The widest form this CPU supports is chosen at load time.
// - Scalar calls such as `exp(2.0)` still go to the C library; an array function and the
//   C library can differ in the last bit (within 1 ULP), as NumPy's `np.exp` and
//   Python's `math.exp` can.
// - Arrays of at least `parallelElementCount` elements are split across the CPU cores.
//   Every element is computed by the same code whatever the split, so results do not
//   depend on the number of cores.

/// Elements from which an array function splits its work across the CPU cores.
let parallelElementCount = 1 << 16

/// The CPU's online cores, at least 1.
let coreCount: Int = {
  #if canImport(Glibc) || canImport(Musl)
    return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
  #else
    return 1
  #endif
}()

/// How many pieces an array function splits `count` elements into: one per core, at most,
/// each of at least `minimumPiece` elements; 0 or 1 means no split.
@inline(always)
func pieceCount(_ count: Int, minimumPiece: Int = parallelElementCount) -> Int {
  min(coreCount, count / minimumPiece)
}

/// Piece `k` of `0..<count` split into `pieces` contiguous ranges. Boundaries fall on
/// multiples of 8, which keeps every piece's vectors aligned alike; a last piece may be empty.
@inline(always)
func piece(_ k: Int, of pieces: Int, count: Int) -> Range<Int> {
  let step = (count / pieces + 7) & ~7
  let start = min(count, k * step)
  return start..<(k == pieces - 1 ? count : min(count, start + step))
}

/// Runs `body` over `0..<count` in contiguous pieces, on several cores when `count` is large
/// (pieces of at least `minimumPiece` elements).
@inline(always)
func forEachChunk(_ count: Int, minimumPiece: Int = parallelElementCount, _ body: (Range<Int>) -> Void) {
  let pieces = pieceCount(count, minimumPiece: minimumPiece)
  #if canImport(Dispatch)
    if pieces > 1 {
      withoutActuallyEscaping(body) { body in
        // The pieces write disjoint ranges, and `concurrentPerform` returns when all are done.
        let shared = UncheckedSendable(body)
        DispatchQueue.concurrentPerform(iterations: pieces) { k in
          let range = piece(k, of: pieces, count: count)
          if !range.isEmpty { shared.value(range) }
        }
      }
      return
    }
  #endif
  body(0..<count)
}

/// A value passed to other threads whose safety the caller ensures.
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// A C kernel `out[i] = f(x[i])` for `i < n`.
typealias UnaryKernel = @convention(c) (UnsafePointer<Double>?, UnsafeMutablePointer<Double>?, Int) -> Void

/// `[f(a[0]), f(a[1]), …]`, where `kernel(x, out, n)` writes f of `n` elements: a small array
/// is updated in place in its copy, a large one written straight into new memory, split across
/// the cores.
@inline(__always)
func mapThroughKernel(
  _ a: [Double], _ kernel: (UnsafePointer<Double>?, UnsafeMutablePointer<Double>?, Int) -> Void
) -> [Double] {
  let n = a.count
  if n <= tinyArrayCount {
    return makeTinyArray(count: n) { out in
      a.withUnsafeBufferPointer { x in kernel(x.baseAddress, out.baseAddress, n) }
    }
  }
  if n < smallArrayCount {
    var out = a
    out.withUnsafeMutableBufferPointer { p in kernel(p.baseAddress, p.baseAddress, n) }
    return out
  }
  prepareAllocation(n)
  return [Double](unsafeUninitializedCapacity: n) { out, initialized in
    a.withUnsafeBufferPointer { src in
      let x = src.baseAddress!
      let y = out.baseAddress!
      forEachChunk(n) { r in kernel(x + r.lowerBound, y + r.lowerBound, r.count) }
    }
    initialized = n
  }
}

/// `[f(a[0]), f(a[1]), …]` with the SLEEF kernel for `f`.
func applyKernel(_ a: [Double], _ kernel: UnaryKernel) -> [Double] {
  mapThroughKernel(a) { kernel($0, $1, $2) }
}

/// `a[i] = f(a[i])` for every `i`, with the SLEEF kernel for `f`.
func applyKernelInPlace(_ a: inout [Double], _ kernel: UnaryKernel) {
  let n = a.count
  a.withUnsafeMutableBufferPointer { p in
    guard let base = p.baseAddress else { return }
    forEachChunk(n) { r in kernel(base + r.lowerBound, base + r.lowerBound, r.count) }
  }
}

/// `[f(a[0], b[0]), …]` for a kernel of two arrays of equal length.
func applyKernel(
  _ a: [Double], _ b: [Double],
  _ kernel: (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void
) -> [Double] {
  let n = a.count
  if b.count != n { broadcastFailure("elementwise function", shapeText(n), shapeText(b.count)) }
  if n == 0 { return [] }
  return makeArray(count: n) { out in
    a.withUnsafeBufferPointer { x in
      b.withUnsafeBufferPointer { y in
        let (xp, yp, op) = (x.baseAddress!, y.baseAddress!, out.baseAddress!)
        forEachChunk(n) { r in kernel(xp + r.lowerBound, yp + r.lowerBound, op + r.lowerBound, r.count) }
      }
    }
  }
}

/// `[pow(a[0], p), pow(a[1], p), …]`.
func powKernel(_ a: [Double], exponent p: Double) -> [Double] {
  mapThroughKernel(a) { mlm_pow_scalar_exponent($0, p, $1, $2) }
}

/// `[pow(b, e[0]), pow(b, e[1]), …]`.
func powKernel(base b: Double, _ e: [Double]) -> [Double] {
  mapThroughKernel(e) { mlm_pow_scalar_base(b, $0, $1, $2) }
}

/// Which SIMD extension MLMath's elementwise functions use on this CPU: `"avx512f"`,
/// `"avx"`, `"sse2"` or `"scalar"`. Results are the same bits whichever it is.
var elementwiseVectorExtension: String { String(cString: mlm_vector_extension()) }

/// Restricts the elementwise functions to a narrower SIMD extension (0 scalar, 1 SSE2,
/// 2 AVX, 3 AVX-512F), capped at what the CPU supports; returns the level in use.
/// For tests and benchmarks that compare the extensions; results do not change.
@discardableResult
func setElementwiseVectorLevel(_ level: Int) -> Int {
  Int(mlm_set_vector_extension(Int32(level)))
}
