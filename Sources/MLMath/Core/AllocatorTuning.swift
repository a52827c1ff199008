#if os(Linux) && canImport(Glibc)
  import Glibc
#endif

// Large temporaries and glibc's allocator.
//
// Every array operation returns a new array, so `(x - m) / s` on a million
// elements allocates two 8 MB buffers. With glibc's default policy such
// buffers are mmap'ed or trimmed back to the kernel when freed, and the next
// allocation page-faults its 2,000 pages in again: for big vectors that costs
// several times more than the arithmetic (NumPy avoids it with huge pages).
// The first time MLMath allocates a large array, it raises glibc's mmap and
// trim thresholds so freed buffers stay in the process and are reused.
// This changes the process-wide malloc policy (memory is kept, not returned to
// the kernel, up to the trim threshold), which suits lesson programs.

/// Elements (8 bytes each) from which an array counts as large: 1 MiB.
let largeArrayCount = 1 << 17

/// Raises glibc's thresholds once; `true` when the tuning was applied.
let allocatorIsTuned: Bool = {
  #if os(Linux) && canImport(Glibc)
    typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else {
      return false
    }
    let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
    let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
    let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
    let trimmed = mallopt(trimThreshold, 256 << 20)
    let mapped = mallopt(mmapThreshold, 32 << 20)  // glibc's maximum on 64-bit
    return trimmed == 1 && mapped == 1
  #else
    return false
  #endif
}()

/// Call before allocating `count` doubles; tunes the allocator the first time `count` is large.
@inline(always)
func prepareAllocation(_ count: Int) {
  if count >= largeArrayCount { _ = allocatorIsTuned }
}
