#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `printf`-style formatting of one `Double` through the C library, which
/// rounds the exact binary value correctly (ties to even), as NumPy's Dragon4 does.
///
/// `format` is a single conversion such as `"%.*f"`, with the precision given by `precision`.
func cFormat(_ format: String, precision: Int, _ value: Double) -> String {
  var buffer = [CChar](repeating: 0, count: 512)
  let written = withVaList([Int32(precision), value]) { args in
    buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, 512, format, args) }
  }
  if written >= 512 {
    buffer = [CChar](repeating: 0, count: Int(written) + 1)
    _ = withVaList([Int32(precision), value]) { args in
      buffer.withUnsafeMutableBufferPointer {
        vsnprintf($0.baseAddress, Int(written) + 1, format, args)
      }
    }
  }
  return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
