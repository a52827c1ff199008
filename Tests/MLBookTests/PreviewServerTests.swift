import Foundation
import MLBook
import XCTest

@testable import Preview

/// `mlbook serve`: the site folder and nothing else, live reload, the error overlay,
/// a taken port, Ctrl-C.
final class PreviewServerTests: XCTestCase {
  // MARK: Paths

  private func makeSite() throws -> (site: URL, outside: URL) {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-serve-\(UUID().uuidString)")
    let site = base.appendingPathComponent("site")
    let outside = base.appendingPathComponent("secret")
    let fm = FileManager.default
    try fm.createDirectory(at: site.appendingPathComponent("assets"), withIntermediateDirectories: true)
    try fm.createDirectory(at: outside, withIntermediateDirectories: true)
    try Data("<html><body><p>index</p></body></html>".utf8).write(to: site.appendingPathComponent("index.html"))
    try Data("<html><body>part</body></html>".utf8).write(to: site.appendingPathComponent("01-part.html"))
    try Data("body{}".utf8).write(to: site.appendingPathComponent("assets/style.css"))
    try Data("top secret".utf8).write(to: outside.appendingPathComponent("key.txt"))
    try Data("<html><body>folder</body></html>".utf8).write(to: outside.appendingPathComponent("index.html"))
    // Links out of the site (a file and a folder), a link inside it, and a dangling one.
    try fm.createSymbolicLink(
      atPath: site.appendingPathComponent("leak.txt").path,
      withDestinationPath: outside.appendingPathComponent("key.txt").path)
    try fm.createSymbolicLink(atPath: site.appendingPathComponent("out").path, withDestinationPath: outside.path)
    try fm.createSymbolicLink(
      atPath: site.appendingPathComponent("same.css").path, withDestinationPath: "assets/style.css")
    try fm.createSymbolicLink(
      atPath: site.appendingPathComponent("gone.txt").path,
      withDestinationPath: outside.appendingPathComponent("nothing").path)
    addTeardownBlock { try? fm.removeItem(at: base) }
    return (site, outside)
  }

  func testTraversalEncodedTraversalAbsolutePathsAndLinksOutAreRefused() throws {
    let (site, _) = try makeSite()
    let refused = [
      "/../secret/key.txt", "/assets/../../secret/key.txt", "/./index.html",
      "/%2e%2e/secret/key.txt", "/%2E%2E/secret/key.txt", "/assets/%2e%2e%2f%2e%2e%2fsecret/key.txt",
      "/%252e%252e/secret/key.txt", "/%25252e%25252e/secret/key.txt", "/..%2fsecret%2fkey.txt",
      "//etc/passwd", "/%2fetc/passwd", "/%2Fetc%2Fpasswd", "/assets//style.css",
      "/..\\secret\\key.txt", "/%5c..%5csecret", "/index.html%00.txt", "/a%0a",
      "etc/passwd", "", "/%",
      "/leak.txt", "/out/key.txt", "/out/", "/out", "/gone.txt",
    ]
    for path in refused {
      XCTAssertEqual(SitePath.resolve(path, in: site), .forbidden, path)
    }
  }

  func testFilesFoldersAndLinksInsideTheSiteAreServed() throws {
    let (site, _) = try makeSite()
    let real = URL(fileURLWithPath: site.resolvingSymlinksInPath().path)
    XCTAssertEqual(SitePath.resolve("/", in: site), .file(real.appendingPathComponent("index.html")))
    XCTAssertEqual(SitePath.resolve("/01-part.html", in: site), .file(real.appendingPathComponent("01-part.html")))
    XCTAssertEqual(
      SitePath.resolve("/assets/style.css", in: site), .file(real.appendingPathComponent("assets/style.css")))
    XCTAssertEqual(SitePath.resolve("/same.css", in: site), .file(real.appendingPathComponent("assets/style.css")))
    XCTAssertEqual(SitePath.resolve("/%30%31-part.html", in: site), .file(real.appendingPathComponent("01-part.html")))
    XCTAssertEqual(SitePath.resolve("/missing.html", in: site), .notFound)
    XCTAssertEqual(SitePath.resolve("/assets/", in: site), .notFound, "a folder without index.html")
  }

  // MARK: The server over TCP

  private func startServer(site: URL, port: UInt16 = 0) async throws -> PreviewServer {
    let server = try PreviewServer(site: site, port: port, liveReload: LiveReload())
    Task { try await server.run() }
    try await server.waitUntilListening()
    addTeardownBlock { await server.stop() }
    return server
  }

  func testServesPagesWithTheReloadScriptAndRefusesTraversalOnTheWire() async throws {
    let (site, _) = try makeSite()
    let server = try await startServer(site: site)
    let bound = await server.port()
    let port = try XCTUnwrap(bound)
    let index = try RawHTTP.request("GET / HTTP/1.1", port: port)
    XCTAssertTrue(index.hasPrefix("HTTP/1.1 200"), index)
    XCTAssertTrue(index.contains("<p>index</p><script src=\"/__mlbook/livereload.js\"></script>\n</body>"), index)
    XCTAssertTrue(index.lowercased().contains("cache-control: no-store"))
    let css = try RawHTTP.request("GET /assets/style.css HTTP/1.1", port: port)
    XCTAssertTrue(css.contains("text/css") && css.hasSuffix("body{}"), css)
    XCTAssertFalse(css.contains("livereload"), "only pages get the script")
    let script = try RawHTTP.request("GET /__mlbook/livereload.js HTTP/1.1", port: port)
    XCTAssertTrue(script.contains("new WebSocket"), script)
    for target in [
      "/../secret/key.txt", "/%2e%2e/secret/key.txt", "/%252e%252e/secret/key.txt", "/leak.txt", "//etc/passwd",
    ] {
      let response = try RawHTTP.request("GET \(target) HTTP/1.1", port: port)
      XCTAssertTrue(response.hasPrefix("HTTP/1.1 403") || response.hasPrefix("HTTP/1.1 404"), "\(target): \(response)")
      XCTAssertFalse(response.contains("top secret"), target)
    }
    XCTAssertTrue(try RawHTTP.request("GET /nothing.html HTTP/1.1", port: port).hasPrefix("HTTP/1.1 404"))
    XCTAssertTrue(try RawHTTP.request("POST / HTTP/1.1", port: port).hasPrefix("HTTP/1.1 405"))
    let head = try RawHTTP.request("HEAD /01-part.html HTTP/1.1", port: port)
    XCTAssertTrue(head.hasPrefix("HTTP/1.1 200") && !head.contains("<body>"), head)
  }

  func testATakenPortIsAClearError() async throws {
    let (site, _) = try makeSite()
    let first = try await startServer(site: site)
    let bound = await first.port()
    let port = try XCTUnwrap(bound)
    let second = try PreviewServer(site: site, port: port, liveReload: LiveReload())
    do {
      try await second.run()
      XCTFail("a second server on port \(port) started")
    } catch let error as PreviewServer.StartError {
      XCTAssertEqual(
        error.description,
        "port \(port) on 127.0.0.1 is already in use (another `mlbook serve`?); choose another with --port")
    }
  }

  func testPagesAreToldToReloadAndToShowErrors() async throws {
    let (site, _) = try makeSite()
    let server = try await startServer(site: site)
    let bound = await server.port()
    let port = try XCTUnwrap(bound)
    let socket = try RawWebSocket(port: port)
    defer { socket.close() }
    XCTAssertEqual(try socket.nextState(), PreviewState(generation: 0, problems: []), "greeted with the current state")
    await server.liveReload.built()
    XCTAssertEqual(try socket.nextState().generation, 1)
    let problem = PreviewState.Problem(
      location: "lessons/01-a.md:3:7", message: "boom", snippet: "    3 | x\n      |   ^")
    await server.liveReload.failed([problem])
    XCTAssertEqual(try socket.nextState(), PreviewState(generation: 1, problems: [problem]))
    await server.liveReload.cleared()
    XCTAssertEqual(try socket.nextState(), PreviewState(generation: 1, problems: []))
    // A page that connects now is greeted with the state so far.
    let late = try RawWebSocket(port: port)
    defer { late.close() }
    XCTAssertEqual(try late.nextState(), PreviewState(generation: 1, problems: []))
  }

  // MARK: The watcher

  func testWatcherReportsEditsRenamesAndNewFoldersOncePerBurst() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-watch-\(UUID().uuidString)")
    let lessons = base.appendingPathComponent("lessons")
    try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: base) }
    let config = base.appendingPathComponent("mlbook.yml")
    try Data("title: T\n".utf8).write(to: config)
    try Data("a".utf8).write(to: lessons.appendingPathComponent("01-a.md"))
    let bursts = Bursts()
    let watcher = try FileWatcher(trees: [lessons], files: [config])
    watcher.start { bursts.add($0) }
    defer { watcher.stop() }

    // Several writes in quick succession are one burst.
    for text in ["b", "bc", "bcd"] { try Data(text.utf8).write(to: lessons.appendingPathComponent("01-a.md")) }
    XCTAssertEqual(try bursts.next(), [lessons.appendingPathComponent("01-a.md").path])
    // An editor's save: write a temporary file, rename it over the lesson.
    let temporary = lessons.appendingPathComponent(".01-a.md.swp")
    try Data("new".utf8).write(to: temporary)
    _ = rename(temporary.path, lessons.appendingPathComponent("01-a.md").path)
    XCTAssertEqual(try bursts.next(), [lessons.appendingPathComponent("01-a.md").path])
    // A folder made after the start is watched too.
    let data = lessons.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    XCTAssertEqual(try bursts.next(), [data.path])
    try Data("1,2".utf8).write(to: data.appendingPathComponent("x.csv"))
    XCTAssertEqual(try bursts.next(), [data.appendingPathComponent("x.csv").path])
    // Files beside mlbook.yml other than it are not the course.
    try Data("x".utf8).write(to: base.appendingPathComponent("notes.txt"))
    try Data("title: U\n".utf8).write(to: config)
    XCTAssertEqual(try bursts.next(), [config.path])
  }

  // MARK: The command

  func testServeRebuildsShowsTheErrorOverlayAndStopsOnControlC() throws {
    let block = { (code: String) in "```swift-run\n\(code)\n```\n" }
    let course = try TestCourse(lessons: [
      "01-a.md": TestCourse.lesson(body: "# Alpha\n\nThe first page.\n\n" + block("print(6 * 7)"))
    ])
    defer { course.remove() }
    let log = course.root.appendingPathComponent(".serve.out")
    let errors = course.root.appendingPathComponent(".serve.err")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    let process = Process()
    process.executableURL = TestCourse.executable
    process.arguments = ["serve", "--port", "0", "--color", "never"]
    process.currentDirectoryURL = course.root
    process.standardOutput = try FileHandle(forWritingTo: log)
    process.standardError = try FileHandle(forWritingTo: errors)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    defer { if process.isRunning { process.terminate() } }

    let banner = try waitFor(in: log) { $0.contains("mlbook serve: http://127.0.0.1:") }
    let port = try XCTUnwrap(
      banner.components(separatedBy: "http://127.0.0.1:").last?.prefix { $0.isNumber }
    ).description
    let socket = try RawWebSocket(port: UInt16(port)!)
    defer { socket.close() }
    let first = try socket.nextState()
    XCTAssertEqual(first.problems, [])
    XCTAssertTrue(try RawHTTP.request("GET /01-a.html HTTP/1.1", port: UInt16(port)!).contains("The first page"))

    // A broken edit: the page is told the error with its place; the site keeps the good page.
    try course.write(
      TestCourse.lesson(body: "# Alpha\n\nNow broken.\n\n" + block("let n: Int = \"six\"")), to: "lessons/01-a.md")
    let broken = try socket.nextState()
    XCTAssertEqual(broken.generation, first.generation, "no reload for a failed build")
    let problem = try XCTUnwrap(broken.problems.first)
    XCTAssertEqual(problem.location, "lessons/01-a.md:12:14")
    XCTAssertTrue(problem.message.contains("cannot convert value of type 'String'"), problem.message)
    XCTAssertTrue(problem.snippet.contains("let n: Int = \"six\"") && problem.snippet.contains("^"), problem.snippet)
    XCTAssertTrue(try course.read("site/01-a.html").contains("The first page"), "the last good page stays")
    // In a browser: the overlay names the place over the last good page.
    let dom = try chromiumDOM("http://127.0.0.1:\(port)/01-a.html")
    XCTAssertTrue(dom.contains("id=\"mlbook-error-overlay\""), dom)
    XCTAssertTrue(dom.contains("lessons/01-a.md:12:14: cannot convert value of type"), dom)
    XCTAssertTrue(dom.contains("The first page"), "the last good page is under the overlay")
    _ = try waitFor(in: errors) {
      $0.contains("lessons/01-a.md:12:14") && $0.contains("pages keep the last good build")
    }

    // Fixed: pages reload to the new build.
    try course.write(TestCourse.lesson(body: "# Alpha\n\nFixed.\n\n" + block("print(7 * 6)")), to: "lessons/01-a.md")
    let fixed = try socket.nextState()
    XCTAssertEqual(fixed, PreviewState(generation: first.generation + 1, problems: []))
    let page = try RawHTTP.request("GET /01-a.html HTTP/1.1", port: UInt16(port)!)
    XCTAssertTrue(page.contains("Fixed.") && page.contains("42"), "the reloaded page has the new content")

    // Ctrl-C stops it.
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 128 + SIGINT)
  }

  func testServeReportsATakenPortAndExitsOne() throws {
    let course = try TestCourse(lessons: ["01-a.md": TestCourse.lesson(body: "# A\n")])
    defer { course.remove() }
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(listener) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var size = socklen_t(MemoryLayout<sockaddr_in>.size)
    withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        XCTAssertEqual(bind(listener, $0, size), 0)
        XCTAssertEqual(listen(listener, 1), 0)
        XCTAssertEqual(getsockname(listener, $0, &size), 0)
      }
    }
    let port = UInt16(bigEndian: address.sin_port)
    let result = try course.mlbook("serve", "--port", String(port))
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(
      result.stderr,
      "mlbook: error: port \(port) on 127.0.0.1 is already in use (another `mlbook serve`?); choose another with --port\n"
    )
    XCTAssertFalse(course.exists("site"), "nothing is built when the server cannot start")
  }

  /// The page's DOM after its scripts ran, from Debian's headless Chromium.
  private func chromiumDOM(_ url: String) throws -> String {
    let chromium = try XCTUnwrap(
      ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) },
      "Chromium is not installed (scripts/install-packages installs it)")
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlbook-serve-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
    let out = profile.appendingPathComponent("dom.html")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromium)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
      "--user-data-dir=\(profile.path)", "--virtual-time-budget=4000", "--dump-dom", url,
    ]
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return try String(contentsOf: out, encoding: .utf8)
  }

  func testControlCDuringABuildKillsTheRunningLessonProgram() throws {
    let course = try TestCourse(lessons: [
      "01-a.md": TestCourse.lesson(body: "# A\n\n```swift-run\nimport Glibc\nsleep(120)\n```\n")
    ])
    defer { course.remove() }
    let process = Process()
    process.executableURL = TestCourse.executable
    process.arguments = ["serve", "--port", "0", "-q"]
    process.currentDirectoryURL = course.root
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    defer { if process.isRunning { process.terminate() } }
    // Wait until the lesson program itself (not the compiler) is running under mlbook.
    var lessonPrograms: [Int32] = []
    let deadline = Date().addingTimeInterval(120)
    while lessonPrograms.isEmpty && Date() < deadline {
      lessonPrograms = Self.descendants(of: process.processIdentifier).filter { pid in
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")) ?? ""
        return !exe.isEmpty && !exe.hasPrefix("/usr/") && !exe.hasPrefix("/opt/") && exe != TestCourse.executable.path
      }
      usleep(100_000)
    }
    XCTAssertFalse(lessonPrograms.isEmpty, "the lesson program started")
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 128 + SIGINT)
    usleep(300_000)
    for pid in lessonPrograms {
      let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
      let alive = !state.isEmpty && !(state.split(separator: ")").last?.hasPrefix(" Z") ?? true)
      XCTAssertFalse(alive, "lesson program \(pid) still runs after Ctrl-C: \(state)")
    }
  }

  /// Every process below `pid` (from /proc).
  private static func descendants(of pid: Int32) -> [Int32] {
    var parents: [Int32: Int32] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
      guard let child = Int32(name),
        let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
        let close = stat.range(of: ")", options: .backwards)
      else { continue }
      let fields = stat[close.upperBound...].split(separator: " ")
      if fields.count > 1, let parent = Int32(fields[1]) { parents[child] = parent }
    }
    var found: [Int32] = []
    var frontier = [pid]
    while let next = frontier.popLast() {
      let children = parents.filter { $0.value == next }.map(\.key)
      found += children
      frontier += children
    }
    return found
  }

  private func waitFor(in file: URL, seconds: Double = 60, _ condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
      if let line = text.split(separator: "\n").last(where: { condition(String($0)) }) { return String(line) }
      if condition(text) { return text }
      usleep(50_000)
    }
    throw TimeoutError(what: "a line in \(file.lastPathComponent)")
  }
}

/// Bursts of changed paths, waited for one at a time.
private final class Bursts: @unchecked Sendable {
  private let lock = NSCondition()
  private var queue: [[String]] = []

  func add(_ paths: [String]) {
    lock.lock()
    queue.append(paths)
    lock.signal()
    lock.unlock()
  }

  func next(timeout: TimeInterval = 5) throws -> [String] {
    lock.lock()
    defer { lock.unlock() }
    let deadline = Date().addingTimeInterval(timeout)
    while queue.isEmpty {
      if !lock.wait(until: deadline) { throw TimeoutError(what: "a burst of changes") }
    }
    return queue.removeFirst()
  }
}

struct TimeoutError: Error, CustomStringConvertible {
  var what: String
  var description: String { "timed out waiting for \(what)" }
}

/// One HTTP/1.1 request over a plain socket, exactly as written (no client-side path cleaning).
enum RawHTTP {
  static func request(_ requestLine: String, port: UInt16) throws -> String {
    let fd = try connectLoopback(port: port)
    defer { close(fd) }
    let request = "\(requestLine)\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    _ = request.withCString { send(fd, $0, strlen($0), 0) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = recv(fd, &buffer, buffer.count, 0)
      if count <= 0 { break }
      data.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: data, as: UTF8.self)
  }

  static func connectLoopback(port: UInt16) throws -> Int32 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var timeout = timeval(tv_sec: 20, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = port.bigEndian
    let status = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard status == 0 else {
      close(fd)
      throw TimeoutError(what: "a connection to port \(port)")
    }
    return fd
  }
}

/// The smallest WebSocket client that reads the server's unmasked text frames.
final class RawWebSocket {
  private let fd: Int32
  private var buffer: [UInt8] = []

  init(port: UInt16) throws {
    fd = try RawHTTP.connectLoopback(port: port)
    let handshake =
      "GET /__mlbook/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    _ = handshake.withCString { send(fd, $0, strlen($0), 0) }
    let blankLine: [UInt8] = Array("\r\n\r\n".utf8)
    var headerEnd: Int? = nil
    while headerEnd == nil {
      try fill()
      headerEnd = buffer.indices.dropLast(3).first { Array(buffer[$0..<($0 + 4)]) == blankLine }
    }
    let header = String(decoding: buffer[0..<headerEnd!], as: UTF8.self)
    guard header.hasPrefix("HTTP/1.1 101") else { throw TimeoutError(what: "a WebSocket upgrade (got \(header))") }
    buffer.removeFirst(headerEnd! + 4)
  }

  func close() { Glibc.close(fd) }

  private func fill() throws {
    var chunk = [UInt8](repeating: 0, count: 65536)
    let count = recv(fd, &chunk, chunk.count, 0)
    guard count > 0 else { throw TimeoutError(what: "data from the server") }
    buffer.append(contentsOf: chunk[0..<count])
  }

  private func take(_ n: Int) throws -> [UInt8] {
    while buffer.count < n { try fill() }
    defer { buffer.removeFirst(n) }
    return Array(buffer[0..<n])
  }

  /// The next text message (frames joined).
  func nextText() throws -> String {
    var payload: [UInt8] = []
    while true {
      let head = try take(2)
      let opcode = head[0] & 0x0F
      var length = Int(head[1] & 0x7F)
      if length == 126 { length = try take(2).reduce(0) { $0 << 8 | Int($1) } }
      if length == 127 { length = try take(8).reduce(0) { $0 << 8 | Int($1) } }
      let body = try take(length)
      if opcode == 0x9 || opcode == 0xA { continue }
      if opcode == 0x8 { throw TimeoutError(what: "a message (the socket closed)") }
      payload += body
      if head[0] & 0x80 != 0 { return String(decoding: payload, as: UTF8.self) }
    }
  }

  func nextState() throws -> PreviewState {
    try JSONDecoder().decode(PreviewState.self, from: Data(nextText().utf8))
  }
}
