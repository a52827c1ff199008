import Foundation
import XCTest

/// A throwaway course folder, and the real `mlbook` executable to run on it.
struct TestCourse {
  let root: URL

  init(lessons: [String: String] = [:], config: String? = nil) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("lessons"), withIntermediateDirectories: true)
    for (name, text) in lessons { try write(text, to: "lessons/\(name)") }
    if let config { try write(config, to: "mlbook.yml") }
  }

  func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: root.appendingPathComponent(path))
  }

  func writeBytes(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: root.appendingPathComponent(path))
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
  }

  /// Runs `mlbook ARGS` with the course as working directory.
  @discardableResult
  func mlbook(_ arguments: String...) throws -> Result {
    try mlbook(in: "", arguments)
  }

  /// Runs `mlbook ARGS` with `directory` (relative to the course; "" for the course itself) as working directory.
  @discardableResult
  func mlbook(in directory: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Result {
    let process = Process()
    process.executableURL = TestCourse.executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    process.currentDirectoryURL = directory.isEmpty ? root : root.appendingPathComponent(directory)
    // Files, not pipes: a chatty process can never block on a full pipe.
    let outURL = root.appendingPathComponent(".stdout-\(UUID().uuidString)")
    let errURL = root.appendingPathComponent(".stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: outURL)
      try? FileManager.default.removeItem(at: errURL)
    }
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    let start = Date()
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return Result(
      status: process.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
      stderr: try String(contentsOf: errURL, encoding: .utf8), seconds: Date().timeIntervalSince(start))
  }

  /// The `mlbook` built next to this test bundle.
  static let executable: URL = {
    let testBinary =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: testBinary).deletingLastPathComponent().appendingPathComponent("mlbook")
  }()

  /// A lesson file with front matter.
  static func lesson(part: Int = 1, title: String = "Test", body: String) -> String {
    "---\ntitle: \(title)\nsubtitle: A test lesson\npart: \(part)\nsummary: Used by the tests.\n---\n" + body
  }
}
