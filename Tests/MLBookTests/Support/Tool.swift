import Foundation

/// Runs a command-line tool the tests read results with (`pdfinfo`, `unzip`, `java -jar epubcheck`)
/// and gives back its exit status and standard output (with standard error, if asked).
enum Tool {
  static func run(_ path: String, _ arguments: [String], includingErrors: Bool = false) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    // A file, not a pipe: a chatty tool can never block on a full pipe.
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-tool-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: output) }
    let handle = try FileHandle(forWritingTo: output)
    process.standardOutput = handle
    process.standardError = includingErrors ? handle : FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try handle.close()
    return (process.terminationStatus, String(decoding: try Data(contentsOf: output), as: UTF8.self))
  }
}
