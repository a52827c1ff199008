import Foundation
import XCTest

/// MLMath next to NumPy, case by case: the same computation printed by both
/// must be the same characters.
///
/// `Fixtures/differential/cases.json` is written by
/// `scripts/reference/numpy_differential.py`: for every row of
/// `docs/numpy-to-mlmath.md` and a fixed set of edge inputs, a Swift snippet,
/// the NumPy/SciPy snippet and what NumPy printed (or the error it raised).
/// This test compiles every Swift snippet into one program against the MLMath
/// this test build produced (`libMLMathRuntime.so`), runs it, and compares:
/// - where NumPy printed, MLMath must print exactly the same text;
/// - where NumPy raised, MLMath must stop with a `Fatal error:` message or throw;
/// - a case marked `deliberate` (listed in the docs with its reason) is held
///   to what MLMath promises instead.
final class NumPyDifferentialTests: XCTestCase {
  func testEveryCasePrintsWhatNumPyPrints() throws {
    let suite = try DifferentialSuite.load()
    XCTAssertGreaterThanOrEqual(suite.cases.count, 3000)
    let program = try DifferentialProgram(cases: suite.cases)
    let results = try program.run()

    var failures: [String] = []
    for (index, c) in suite.cases.enumerated() {
      if let problem = c.mismatch(results[index]) {
        failures.append("case \(c.id) [\(c.row)]\n\(c.swift.indented)\n\(problem)")
      }
    }
    if let path = ProcessInfo.processInfo.environment["MLMATH_DIFFERENTIAL_REPORT"] {
      try failures.joined(separator: "\n\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
    for failure in failures.prefix(40) { XCTFail(failure) }
    XCTAssertEqual(failures.count, 0, "\(failures.count) of \(suite.cases.count) cases differ from NumPy")
    print("NumPy differential: \(suite.cases.count - failures.count) of \(suite.cases.count) cases agree")
  }

  /// The fixture and the docs' list of deliberate differences come from the same run.
  func testDeliberateDifferencesAreDocumented() throws {
    let suite = try DifferentialSuite.load()
    let docs = try String(
      contentsOf: DifferentialProgram.packageRoot.appendingPathComponent("docs/numpy-to-mlmath.md"), encoding: .utf8)
    let reasons = Set(suite.cases.compactMap(\.deliberate))
    XCTAssertFalse(reasons.isEmpty)
    for reason in reasons {
      XCTAssertTrue(docs.contains(reason), "not in docs/numpy-to-mlmath.md: \(reason)")
    }
    XCTAssertTrue(docs.contains("The differential suite runs \(suite.cases.count) cases"))
  }
}

/// One computation in both languages, and what it should print.
struct DifferentialCase: Decodable {
  var id: String
  var row: String
  var swift: String
  var python: String
  /// What NumPy printed; nil when it raised.
  var output: String?
  /// NumPy's error, when it raised.
  var raises: String?
  /// Why MLMath differs here on purpose, and what it does instead (`"raises"` or its text).
  var deliberate: String?
  var mlmath: String?

  /// What went wrong, or nil when MLMath did what was expected.
  func mismatch(_ result: DifferentialResult?) -> String? {
    guard let result else { return "not run" }
    let expected: String? = deliberate != nil ? (mlmath == "raises" ? nil : mlmath) : output
    switch (expected, result) {
    case (nil, .stopped(let message)), (nil, .threw(let message)):
      return message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "stopped without a message" : nil
    case (nil, .printed(let text)):
      return "NumPy raised \(raises ?? "(deliberate)"), MLMath printed:\n\(text.indented)"
    case (let expected?, .printed(let text)):
      return expected == text ? nil : "NumPy printed:\n\(expected.indented)\nMLMath printed:\n\(text.indented)"
    case (let expected?, .stopped(let message)), (let expected?, .threw(let message)):
      return "NumPy printed:\n\(expected.indented)\nMLMath stopped: \(message)"
    }
  }
}

enum DifferentialResult {
  case printed(String)
  /// A trap: the `Fatal error:` message (or whatever the program said on stderr).
  case stopped(String)
  /// An error thrown out of the case.
  case threw(String)
}

struct DifferentialSuite: Decodable {
  var cases: [DifferentialCase]

  static func load() throws -> DifferentialSuite {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "cases", withExtension: "json", subdirectory: "Fixtures/differential"))
    return try JSONDecoder().decode(DifferentialSuite.self, from: Data(contentsOf: url))
  }
}

/// All cases as one Swift program: case `i` is function `c<i>`; the program runs
/// the cases listed in its argument file, marking where each begins and ends on
/// standard output, so a trap in one case costs only a restart after it.
struct DifferentialProgram {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  // The markers the generated program prints (written there as `\u{1E}…` escapes).
  static let begin = "\u{1E}BEGIN "
  static let end = "\u{1E}END"
  static let thrown = "\u{1E}THROW "

  let cases: [DifferentialCase]
  let work: URL
  let executable: URL

  init(cases: [DifferentialCase]) throws {
    self.cases = cases
    work = FileManager.default.temporaryDirectory.appendingPathComponent("mlmath-differential-\(getpid())")
    try? FileManager.default.removeItem(at: work)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    executable = work.appendingPathComponent("cases")
    try compile()
  }

  private func compile() throws {
    let modules = try XCTUnwrap(
      LessonTypeCheckTests.modulesDirectory(), "no Modules/MLMath.swiftmodule near the test bundle")
    let library = modules.deletingLastPathComponent()
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: library.appendingPathComponent("libMLMathRuntime.so").path),
      "libMLMathRuntime.so is not in \(library.path)")
    var sources: [URL] = []
    // Several files, so the compiler's batch jobs can use both cores.
    let chunk = 500
    for start in stride(from: 0, to: cases.count, by: chunk) {
      var text = "import MLMath\n\n"
      for i in start..<min(start + chunk, cases.count) {
        text += "func c\(i)() throws {\n\(cases[i].swift)\n}\n\n"
      }
      let file = work.appendingPathComponent("cases\(start / chunk).swift")
      try text.write(to: file, atomically: true, encoding: .utf8)
      sources.append(file)
    }
    let table = (0..<cases.count).map { "c\($0)" }.joined(separator: ", ")
    let main = """
      import MLMath

      let cases: [() throws -> Void] = [\(table)]
      let list = try! String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)
      for index in list.split(separator: " ").compactMap({ Int($0) }) {
        print("\\u{1E}BEGIN \\(index)")
        fflush(stdout)
        do {
          try cases[index]()
        } catch {
          print("\\u{1E}THROW \\(error)")
        }
        print("\\u{1E}END")
        fflush(stdout)
      }
      """
    let mainFile = work.appendingPathComponent("main.swift")
    try main.write(to: mainFile, atomically: true, encoding: .utf8)
    sources.append(mainFile)

    let log = work.appendingPathComponent("compile.log")
    let status = try Self.execute(
      Self.swiftc,
      [
        "-swift-version", "5", "-Onone", "-suppress-warnings", "-module-name", "Differential",
        "-I", modules.path, "-I", Self.packageRoot.appendingPathComponent("Sources/CLAPACK").path,
        "-I", Self.packageRoot.appendingPathComponent("Sources/CVectorMath/include").path,
        "-L", library.path, "-lMLMathRuntime", "-Xlinker", "-rpath", "-Xlinker", library.path,
        "-o", executable.path,
      ] + sources.map(\.path), in: work, stdout: log, stderr: log)
    if status != 0 {
      throw CompileFailure(log: String(((try? String(contentsOf: log, encoding: .utf8)) ?? "").prefix(20_000)))
    }
  }

  struct CompileFailure: Error, CustomStringConvertible {
    var log: String
    var description: String { "the differential cases do not compile:\n\(log)" }
  }

  /// Runs every case; a case that traps ends its process, and the next run starts after it.
  func run() throws -> [DifferentialResult?] {
    var results = [DifferentialResult?](repeating: nil, count: cases.count)
    var next = 0
    while next < cases.count {
      let list = work.appendingPathComponent("list")
      try (next..<cases.count).map(String.init).joined(separator: " ").write(
        to: list, atomically: true, encoding: .utf8)
      let stdoutFile = work.appendingPathComponent("stdout")
      let stderrFile = work.appendingPathComponent("stderr")
      let status = try Self.execute(
        executable.path, [list.path], in: work, stdout: stdoutFile, stderr: stderrFile)
      let output = String(decoding: try Data(contentsOf: stdoutFile), as: UTF8.self)
      var current: Int?
      var text = ""
      for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix(Self.begin) {
          current = Int(line.dropFirst(Self.begin.count))
          text = ""
        } else if line == Self.end, let index = current {
          if text.hasPrefix(Self.thrown) {
            results[index] = .threw(String(text.dropFirst(Self.thrown.count)))
          } else {
            results[index] = .printed(text)
          }
          next = index + 1
          current = nil
        } else if current != nil {
          text += line + "\n"
        }
      }
      if status == 0 {
        if next < cases.count { throw RunFailure(description: "the program ended early, at case \(next)") }
        break
      }
      guard let stopped = current else {
        throw RunFailure(description: "the program failed outside any case (exit \(status))")
      }
      let stderr = String(decoding: try Data(contentsOf: stderrFile), as: UTF8.self)
      results[stopped] = .stopped(Self.fatalMessage(stderr))
      next = stopped + 1
    }
    return results
  }

  struct RunFailure: Error, CustomStringConvertible { var description: String }

  /// The message after `Fatal error:` in what a trapping Swift program printed.
  static func fatalMessage(_ stderr: String) -> String {
    guard let range = stderr.range(of: "Fatal error:") else { return "" }
    return String(stderr[range.upperBound...].prefix { $0 != "\n" }).trimmingCharacters(in: .whitespaces)
  }

  static var swiftc: String { ProcessInfo.processInfo.environment["SWIFTC"] ?? "/usr/bin/env" }

  static let hasAVX2AndFMA: Bool = {
    #if arch(x86_64)
      guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
        let flags = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
      else { return false }
      let set = Set(flags.split(separator: " "))
      return set.contains("avx2") && set.contains("fma")
    #else
      return false
    #endif
  }()

  /// Runs `executable` to completion with its output in files (the same file may take both
  /// streams); returns its exit status.
  static func execute(_ executable: String, _ arguments: [String], in directory: URL, stdout: URL, stderr: URL)
    throws -> Int32
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = executable == "/usr/bin/env" ? ["swiftc"] + arguments : arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_BACKTRACE"] = "enable=no"
    environment["OPENBLAS_NUM_THREADS"] = "1"
    // The kernels mlbook pins for lessons (see LessonRunner.blasCoreType): on an AVX-512
    // CPU OpenBLAS would pick SkylakeX kernels, whose sums round differently from the
    // Haswell ones NumPy's recorded outputs were computed with.
    if environment["OPENBLAS_CORETYPE"] == nil, Self.hasAVX2AndFMA { environment["OPENBLAS_CORETYPE"] = "Haswell" }
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    FileManager.default.createFile(atPath: stdout.path, contents: nil)
    let out = try FileHandle(forWritingTo: stdout)
    process.standardOutput = out
    if stderr == stdout {
      process.standardError = out
    } else {
      FileManager.default.createFile(atPath: stderr.path, contents: nil)
      process.standardError = try FileHandle(forWritingTo: stderr)
    }
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}

extension String {
  /// Each line indented by four spaces, for failure messages.
  fileprivate var indented: String {
    split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
  }
}
