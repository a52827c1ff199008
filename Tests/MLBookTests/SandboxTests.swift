import Foundation
import XCTest

@testable import MLBook

#if canImport(Glibc)
  import Glibc
#endif

/// Lesson programs run in the sandbox (bubblewrap namespaces and util-linux limits): each
/// hostile block fails at its own line with a clear message, in bounded time, and nothing
/// outside its run folder changes. CI installs bubblewrap (`scripts/install-packages`);
/// these tests fail, rather than skip, on a machine where it cannot isolate.
final class SandboxTests: XCTestCase {
  private let config = "title: Sandbox\ntimeout: 10\nlimits:\n  memory: 512 MiB\n  file-size: 10 MiB\n  processes: 32\n"

  override func setUpWithError() throws {
    guard case .bubblewrap = Sandbox.detect().isolation else {
      XCTFail("the sandbox is not active here: \(Sandbox.detect().summary.joined(separator: "; "))")
      return
    }
  }

  /// Builds one lesson whose single block is `code` (starting on file line 8).
  private func run(_ code: String, config: String? = nil, arguments: [String] = [])
    throws -> (result: TestCourse.Result, course: TestCourse)
  {
    let course = try TestCourse(
      lessons: ["01-box.md": TestCourse.lesson(body: "```swift-run\n\(code)\n```\n")], config: config ?? self.config)
    let result = try course.mlbook(in: "", ["build", "--no-cache", "--quiet"] + arguments)
    XCTAssertLessThan(result.seconds, 60, "bounded time")
    return (result, course)
  }

  private func assertFails(
    _ outcome: (result: TestCourse.Result, course: TestCourse), at line: Int, saying message: String,
    file: StaticString = #filePath, testLine: UInt = #line
  ) {
    XCTAssertEqual(outcome.result.status, 1, outcome.result.stderr, file: file, line: testLine)
    XCTAssertTrue(
      outcome.result.stderr.contains("lessons/01-box.md:\(line):"), "stderr:\n\(outcome.result.stderr)", file: file,
      line: testLine)
    XCTAssertTrue(
      outcome.result.stderr.contains(message), "stderr:\n\(outcome.result.stderr)", file: file, line: testLine)
  }

  func testWritesIntoTheCourseAndItsParentAreRefused() throws {
    let probe = try TestCourse()
    let parent = probe.root.deletingLastPathComponent().path
    probe.remove()
    let name = "mlbook-sandbox-\(UUID().uuidString).txt"
    for target in ["COURSE/\(name)", "\(parent)/\(name)"] {
      let course = try TestCourse(lessons: [:], config: config)
      defer { course.remove() }
      let path = target.replacingOccurrences(of: "COURSE", with: course.root.path)
      try course.write(
        TestCourse.lesson(
          body:
            "```swift-run\nimport Foundation\nprint(\"start\")\ntry \"x\".write(toFile: \"\(path)\", atomically: false, encoding: .utf8)\n```\n"
        ), to: "lessons/01-box.md")
      let result = try course.mlbook("build", "--no-cache", "--quiet")
      assertFails((result, course), at: 7, saying: "Read-only file system")
      XCTAssertFalse(FileManager.default.fileExists(atPath: path), "nothing written at \(path)")
    }
  }

  func testTheHomeFolderAndTheCourseAreHidden() throws {
    let home = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(
      ".mlbook-sandbox-\(UUID().uuidString)")
    try "secret".write(to: home, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: home) }
    let outcome = try run(
      """
      import Foundation
      print(FileManager.default.fileExists(atPath: "\(home.path)"))
      print(FileManager.default.currentDirectoryPath.hasSuffix("/run"))
      let secret = try String(contentsOfFile: "\(home.path)", encoding: .utf8)
      """)
    defer { outcome.course.remove() }
    assertFails(outcome, at: 7, saying: "The file doesn’t exist")
    XCTAssertFalse(outcome.result.stderr.contains("secret\""), outcome.result.stderr)
  }

  func testNoNetworkEvenToLoopbackOnTheHost() throws {
    // Listen on the host's loopback; the block must not reach it.
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    XCTAssertGreaterThanOrEqual(listener, 0)
    defer { close(listener) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(listener, pointer, length) == 0 && listen(listener, 4) == 0 && getsockname(listener, pointer, &length) == 0
      }
    }
    XCTAssertTrue(bound)
    let port = UInt16(bigEndian: address.sin_port)
    let outcome = try run(
      """
      import Glibc
      let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      var a = sockaddr_in()
      a.sin_family = sa_family_t(AF_INET)
      a.sin_port = in_port_t(UInt16(\(port)).bigEndian)
      a.sin_addr.s_addr = inet_addr("127.0.0.1")
      let r = withUnsafePointer(to: &a) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
      precondition(r == 0, "no connection to port \(port)")
      """)
    defer { outcome.course.remove() }
    assertFails(outcome, at: 15, saying: "no connection to port \(port)")
  }

  func testFiftyGigabytesHitTheMemoryLimit() throws {
    let outcome = try run(
      """
      var chunks: [[UInt8]] = []
      for _ in 0..<50 { chunks.append([UInt8](repeating: 1, count: 1 << 30)) }
      print(chunks.count)
      """)
    defer { outcome.course.remove() }
    assertFails(outcome, at: 7, saying: "exceeded the 512 MiB memory limit; raise `limits.memory` in mlbook.yml")
  }

  func testForkingStopsAtTheProcessLimit() throws {
    let outcome = try run(
      """
      import Glibc
      var children = 0
      while true {
        let pid = fork()
        if pid == 0 { sleep(60); _exit(0) }
        precondition(pid > 0, "fork failed after \\(children) children")
        children += 1
      }
      """)
    defer { outcome.course.remove() }
    assertFails(outcome, at: 13, saying: "fork failed after")
    if geteuid() == 0 {
      // Run as `nobody` with RLIMIT_NPROC 32: the lesson itself and its children share the 32.
      XCTAssertTrue(outcome.result.stderr.contains("fork failed after 31 children"), outcome.result.stderr)
    }
  }

  func testAFiveGigabyteFileStopsAtTheFileSizeLimit() throws {
    let outcome = try run(
      """
      import Foundation
      FileManager.default.createFile(atPath: "big.bin", contents: nil)
      let handle = FileHandle(forWritingAtPath: "big.bin")!
      for _ in 0..<5_000 { handle.write(Data(count: 1 << 20)) }
      """)
    defer { outcome.course.remove() }
    assertFails(
      outcome, at: 7, saying: "wrote a file larger than the 10 MiB limit; raise `limits.file-size` in mlbook.yml")
  }

  func testChildrenThatOutliveTheDeadlineAreKilled() throws {
    let marker = "sleeper-\(UUID().uuidString.prefix(8))"
    let outcome = try run(
      """
      import Glibc
      for _ in 0..<3 where fork() == 0 { while true { sleep(1) } }
      sleep(100)  // \(marker)
      """, config: config.replacingOccurrences(of: "timeout: 10", with: "timeout: 2"))
    defer { outcome.course.remove() }
    assertFails(outcome, at: 7, saying: "did not finish within 2 s")
    XCTAssertLessThan(outcome.result.seconds, 20)
    usleep(200_000)
    let survivors = try FileManager.default.contentsOfDirectory(atPath: "/proc").filter { entry in
      guard Int(entry) != nil, let command = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/cmdline"))
      else { return false }
      return String(decoding: command, as: UTF8.self).contains("mlbook-01-box-")
    }
    XCTAssertEqual(survivors, [], "no lesson process survives its deadline")
  }

  func testVerboseSaysWhatIsActiveAndNoSandboxWarns() throws {
    let verbose = try run("print(1)")
    defer { verbose.course.remove() }
    let loud = try verbose.course.mlbook("build", "--no-cache", "-v")
    XCTAssertTrue(loud.stderr.contains("sandbox: bubblewrap ("), loud.stderr)
    XCTAssertTrue(loud.stderr.contains("limits: memory 512 MiB, CPU 600 s, files 10 MiB"), loud.stderr)
    let open = try verbose.course.mlbook("build", "--no-cache", "--no-sandbox")
    XCTAssertEqual(open.status, 0, open.stderr)
    XCTAssertTrue(
      open.stderr.contains(
        "mlbook: warning: --no-sandbox: lesson programs run with your full rights and no resource limits"),
      open.stderr)
  }

  func testSandboxedOutputEqualsUnsandboxedOutput() throws {
    let code = """
      import MLMath
      import Foundation
      var rng = RandomState(seed: 7)
      print(rng.normal(size: 3))
      print(FileManager.default.currentDirectoryPath.hasSuffix("/run"))
      """
    let course = try TestCourse(
      lessons: ["01-box.md": TestCourse.lesson(body: "```swift-run\n\(code)\n```\n")], config: config)
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("build", "--no-cache", "--quiet", "--out", "boxed").status, 0)
    XCTAssertEqual(try course.mlbook("build", "--no-cache", "--quiet", "--no-sandbox", "--out", "open").status, 0)
    XCTAssertEqual(try course.read("boxed/01-box.html"), try course.read("open/01-box.html"))
    XCTAssertTrue(try course.read("boxed/01-box.html").contains("true\n"))
  }

  func testLimitsAreReadFromTheConfigWithClearErrors() throws {
    for (yaml, message) in [
      ("limits:\n  memmory: 1 GiB\n", "mlbook.yml:3:3: error: unknown limit `memmory`; did you mean `memory`?"),
      (
        "limits:\n  memory: lots\n", "mlbook.yml:3:11: error: `limits.memory` must be a size, like `4 GiB` or `512 MiB`"
      ),
      ("limits:\n  cpu: -1\n", "mlbook.yml:3:8: error: `limits.cpu` must be a positive number of seconds"),
      ("limits: 4\n", "error: `limits` must map names to values, like `memory: 4 GiB`"),
    ] {
      let course = try TestCourse(
        lessons: ["01-box.md": TestCourse.lesson(body: "Text.\n")], config: "title: T\n" + yaml)
      defer { course.remove() }
      let result = try course.mlbook("build")
      XCTAssertEqual(result.status, 1, yaml)
      XCTAssertTrue(result.stderr.contains(message), "\(yaml)\n\(result.stderr)")
    }
  }
}
