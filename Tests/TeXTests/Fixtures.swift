import Foundation
import XCTest

/// Reads test fixtures from the bundle and, with `TEX_UPDATE_CORPUS=1`,
/// rewrites expected files in the source tree.
enum Fixtures {
  /// Whether expected files should be regenerated instead of compared.
  static var updating: Bool { ProcessInfo.processInfo.environment["TEX_UPDATE_CORPUS"] == "1" }

  /// The bundled copy of `Fixtures/<path>`.
  static func url(_ path: String) throws -> URL {
    let base = try XCTUnwrap(Bundle.module.resourceURL, "no resource bundle")
    return base.appendingPathComponent("Fixtures").appendingPathComponent(path)
  }

  /// `Fixtures/<path>` in the source tree, where updates are written.
  static func sourceURL(_ path: String, file: String = #filePath) -> URL {
    URL(fileURLWithPath: file).deletingLastPathComponent()
      .appendingPathComponent("Fixtures").appendingPathComponent(path)
  }

  static func read(_ path: String) throws -> String {
    try String(contentsOf: url(path), encoding: .utf8)
  }

  /// The formulas of a corpus input: lines `D <tex>` or `I <tex>`; `%` lines are comments.
  static func formulas(_ path: String) throws -> [(display: Bool, tex: String)] {
    try read(path).split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
      if line.hasPrefix("%") { return nil }
      guard line.hasPrefix("D ") || line.hasPrefix("I ") else {
        XCTFail("bad corpus line in \(path): \(line)")
        return nil
      }
      return (line.hasPrefix("D "), String(line.dropFirst(2)))
    }
  }

  static func write(_ text: String, to path: String) throws {
    try text.write(to: sourceURL(path), atomically: true, encoding: .utf8)
  }
}
