#if canImport(Glibc)
  import Glibc
#endif

/// Asks Linux to back a large, not-yet-touched output buffer with transparent
/// huge pages, as NumPy does for every array of 4 MiB or more.
///
/// Filling a fresh 80 MB array otherwise costs some twenty thousand 4 KiB
/// page faults, which on virtual machines rivals the cost of generating the
/// numbers themselves. Elsewhere, and for small buffers, this does nothing.
@inline(__always)
func adviseHugePages(_ start: UnsafeMutableRawPointer?, byteCount: Int) {
  #if os(Linux) && canImport(Glibc)
    guard byteCount >= 1 << 22, let start else { return }
    let pageSize = 4096
    let address = Int(bitPattern: start)
    let first = (address + pageSize - 1) & ~(pageSize - 1)
    let last = (address + byteCount) & ~(pageSize - 1)
    guard last > first else { return }
    _ = madvise(UnsafeMutableRawPointer(bitPattern: first), last - first, MADV_HUGEPAGE)
  #endif
}
