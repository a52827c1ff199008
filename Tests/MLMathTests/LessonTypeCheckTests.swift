import Foundation
import XCTest

/// Lesson code is compiled by `swiftc` against MLMath on every page build, so
/// the operator overloads must keep typical expressions cheap to type-check.
///
/// This test type-checks Fixtures/typecheck/lesson.swift — a lesson-sized
/// program of typical expressions — against the MLMath module this test
/// build just produced, with `-warn-long-expression-type-checking=200`, and
/// fails if any expression takes 200 ms or more (or the file does not compile).
final class LessonTypeCheckTests: XCTestCase {
  func testLessonExpressionsTypeCheckQuickly() throws {
    let lesson = try XCTUnwrap(
      Bundle.module.url(
        forResource: "lesson", withExtension: "swift", subdirectory: "Fixtures/typecheck"))
    let modules = try XCTUnwrap(
      Self.modulesDirectory(), "no Modules/MLMath.swiftmodule near the test bundle")
    let start = Date()
    let (status, text) = try Self.typecheck(
      lesson,
      modules: modules,
      flags: [
        "-Xfrontend", "-warn-long-expression-type-checking=200", "-Xfrontend", "-warn-long-function-bodies=2000",
      ])
    let seconds = Date().timeIntervalSince(start)

    XCTAssertEqual(status, 0, "swiftc -typecheck failed:\n\(text)")
    XCTAssertFalse(text.contains("to type-check"), "slow expressions:\n\(text)")
    XCTAssertFalse(text.contains("took"), "slow type-checking:\n\(text)")
    print("lesson.swift type-checked in \(String(format: "%.2f", seconds)) s (whole swiftc run)")
  }

  /// Runs `swiftc -typecheck` on `file` against the MLMath module in `modules`
  /// (and the package's C BLAS/LAPACK module map); returns its exit status and
  /// everything it printed. `SWIFTC` names the compiler, else `swiftc` on PATH.
  static func typecheck(_ file: URL, modules: URL, flags: [String] = []) throws -> (status: Int32, output: String) {
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let process = Process()
    var arguments =
      [
        "-typecheck", "-diagnostic-style=llvm", "-I", modules.path, "-I",
        packageRoot.appendingPathComponent("Sources/CLAPACK").path, "-I",
        packageRoot.appendingPathComponent("Sources/CVectorMath/include").path,
      ] + flags + [file.path]
    if let swiftc = ProcessInfo.processInfo.environment["SWIFTC"] {
      process.executableURL = URL(fileURLWithPath: swiftc)
    } else {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      arguments.insert("swiftc", at: 0)
    }
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// `<build>/Modules`, where SwiftPM puts `MLMath.swiftmodule`; the test
  /// executable or bundle lives in `<build>` (e.g. `.build/<triple>/debug`).
  static func modulesDirectory() -> URL? {
    var candidates = [Bundle.main.bundleURL, Bundle(for: LessonTypeCheckTests.self).bundleURL]
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath())
    for start in candidates {
      var directory = start
      for _ in 0..<4 {
        let modules = directory.appendingPathComponent("Modules")
        if FileManager.default.fileExists(
          atPath: modules.appendingPathComponent("MLMath.swiftmodule").path)
        {
          return modules
        }
        directory = directory.deletingLastPathComponent()
      }
    }
    return nil
  }
}
