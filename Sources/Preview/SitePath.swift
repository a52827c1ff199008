import Foundation

/// Maps a request's path onto a file of the site folder, refusing anything that
/// could reach outside it.
///
/// The preview server serves one folder and nothing else. A request path is
/// refused (403) when, after one round of percent-decoding, it
/// - has a `..` or `.` segment (`/../x`, `/%2e%2e/x`, `/a/%2E%2E/%2e%2e/x`),
/// - still holds a percent escape (double encoding: `/%252e%252e/x`),
/// - has an empty segment (`//etc/passwd`, `/%2Fetc/passwd`: an absolute path
///   smuggled in), a backslash, a NUL or another control character,
/// - or names a file whose real path (symbolic links resolved) is outside the
///   site's real path.
/// A folder serves its `index.html`.
public enum SitePath {
  public enum Resolution: Equatable, Sendable {
    /// A regular file inside the site.
    case file(URL)
    /// Nothing there (404).
    case notFound
    /// A path that tries to leave the site (403).
    case forbidden
  }

  /// Resolves `rawPath` (the request target's path, still percent-encoded,
  /// without the query) against the folder `site`.
  public static func resolve(_ rawPath: String, in site: URL) -> Resolution {
    guard let segments = segments(of: rawPath) else { return .forbidden }
    guard let siteReal = realPath(site.path) else { return .notFound }
    var candidate = URL(fileURLWithPath: siteReal, isDirectory: true)
    for segment in segments { candidate.appendPathComponent(segment) }
    guard let real = realPath(candidate.path) else {
      // A dangling link, or nothing at all: a link pointing out is still refused.
      if (try? FileManager.default.destinationOfSymbolicLink(atPath: candidate.path)) != nil { return .forbidden }
      return .notFound
    }
    guard real == siteReal || real.hasPrefix(siteReal + "/") else { return .forbidden }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { return .notFound }
    if isDirectory.boolValue {
      let index = URL(fileURLWithPath: real, isDirectory: true).appendingPathComponent("index.html")
      guard let indexReal = realPath(index.path) else { return .notFound }
      guard indexReal.hasPrefix(siteReal + "/") else { return .forbidden }
      return .file(URL(fileURLWithPath: indexReal))
    }
    return .file(URL(fileURLWithPath: real))
  }

  /// The decoded path segments, or `nil` when the path must be refused.
  static func segments(of rawPath: String) -> [String]? {
    guard rawPath.hasPrefix("/"), let decoded = rawPath.removingPercentEncoding else { return nil }
    if containsPercentEscape(decoded) { return nil }
    if decoded.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) { return nil }
    var parts = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    // One trailing slash names a folder; any other empty segment is refused.
    if parts.last == "" { parts.removeLast() }
    if parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) { return nil }
    return parts
  }

  private static func containsPercentEscape(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 3 else { return false }
    for i in 0..<(bytes.count - 2) where bytes[i] == UInt8(ascii: "%") {
      if isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2]) { return true }
    }
    return false
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
