import Foundation

/// Says what went wrong with a file operation in a few specific words
/// ("no such file or directory", "permission denied"), never Foundation's
/// boilerplate ("The operation could not be completed", "(NSCocoaErrorDomain …)").
///
/// Use it wherever an `Error` would otherwise be interpolated into a message:
/// `"cannot write \(path): \(ErrorText.reason(error))"`.
public enum ErrorText {
  /// The cause of `error`, lower-case, without the path.
  public static func reason(_ error: any Error) -> String {
    switch error {
    case let error as DiagnosticError:
      return error.diagnostics.map(\.message).joined(separator: "; ")
    case let error as POSIXError:
      return describe(errno: error.code.rawValue)
    default:
      break
    }
    // Our own error types (and Swift enums) say what they mean in `description`;
    // an `NSError` in disguise does not, so look at its domain first.
    let ns = error as NSError
    switch ns.domain {
    case NSPOSIXErrorDomain:
      return describe(errno: Int32(ns.code))
    case NSCocoaErrorDomain:
      return reason(cocoa: ns)
    default:
      return String(describing: error)
    }
  }

  /// The cause with the file it concerns, when known: "site/index.html: permission denied".
  public static func describe(_ error: any Error) -> String {
    let why = reason(error)
    guard let path = path(error) else { return why }
    return "\(DisplayPath.of(URL(fileURLWithPath: path))): \(why)"
  }

  /// The file an error is about, when Foundation recorded it.
  public static func path(_ error: any Error) -> String? {
    let info = (error as NSError).userInfo
    if let path = info[NSFilePathErrorKey] as? String { return path }
    if let url = info[NSURLErrorKey] as? URL { return url.path }
    return nil
  }

  /// `strerror`'s text, lower-case: "no such file or directory".
  public static func describe(errno code: Int32) -> String {
    guard let text = strerror(code) else { return "system error \(code)" }
    let message = String(cString: text)
    guard let first = message.first else { return "system error \(code)" }
    // "No such file or directory" → "no such file or directory"; keep acronyms ("I/O error").
    let second = message.dropFirst().first
    if second?.isUppercase == true || second == "/" { return message }
    return first.lowercased() + message.dropFirst()
  }

  private static func reason(cocoa error: NSError) -> String {
    if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return describe(errno: Int32(underlying.code))
    }
    switch CocoaError.Code(rawValue: error.code) {
    case .fileNoSuchFile, .fileReadNoSuchFile: return describe(errno: ENOENT)
    case .fileReadNoPermission, .fileWriteNoPermission: return describe(errno: EACCES)
    case .fileWriteOutOfSpace: return describe(errno: ENOSPC)
    case .fileWriteVolumeReadOnly: return describe(errno: EROFS)
    case .fileWriteFileExists: return describe(errno: EEXIST)
    case .fileReadTooLarge: return describe(errno: EFBIG)
    case .fileReadInvalidFileName, .fileWriteInvalidFileName: return "invalid file name"
    case .fileReadCorruptFile: return "the file is damaged"
    case .fileReadUnknownStringEncoding, .fileReadInapplicableStringEncoding,
      .fileWriteInapplicableStringEncoding:
      return "the text is not in a known encoding"
    case .fileLocking: return "the file is locked"
    case .fileReadUnsupportedScheme, .fileWriteUnsupportedScheme: return "not a local file"
    default:
      switch error.code {
      case 256..<512: return "cannot read it (file error \(error.code))"
      case 512..<768: return "cannot write it (file error \(error.code))"
      default: return "file error \(error.code)"
      }
    }
  }
}
