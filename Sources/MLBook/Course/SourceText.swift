import Foundation

/// The bytes of a lesson as UTF-8 text, or a diagnostic pointing at the first bad byte.
enum SourceText {
  static func decode(_ data: Data, path: String) throws(DiagnosticError) -> String {
    let bytes = [UInt8](data)
    if let text = String(validating: bytes, as: UTF8.self) {
      if text.utf8.contains(0) {
        let offset = bytes.firstIndex(of: 0)!
        let (line, column) = position(ofByte: offset, in: bytes)
        throw DiagnosticError(
          Diagnostic(path: path, line: line, column: column, message: "the file contains a NUL byte"))
      }
      return text
    }
    let offset = firstInvalidByte(bytes)
    let (line, column) = position(ofByte: offset, in: bytes)
    throw DiagnosticError(
      Diagnostic(
        path: path, line: line, column: column,
        message: String(format: "the file is not valid UTF-8 (byte 0x%02X)", bytes[offset])))
  }

  /// Line and 1-based byte column of a byte offset.
  static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    for i in 0..<min(offset, bytes.count) where bytes[i] == UInt8(ascii: "\n") {
      line += 1
      lineStart = i + 1
    }
    return (line, offset - lineStart + 1)
  }

  private static func firstInvalidByte(_ bytes: [UInt8]) -> Int {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let length: Int
      switch b {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return i
      }
      if i + length > bytes.count { return i }
      if String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return i }
      i += length
    }
    return max(0, bytes.count - 1)
  }
}
