import ArgumentParser
import Foundation
import MLBook
import Preview

struct Serve: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build, serve the site and rebuild when the course changes; pages reload and show build errors.",
    discussion: """
      Watches lessons/, templates/, mlbook.yml and the lessons' data files. A failed build leaves the last \
      good site in place and shows its errors over the open pages until they are fixed. Ctrl-C stops.
      """)

  @OptionGroup var course: CourseOptions

  @Option(help: "The TCP port (0 picks a free one).")
  var port: Int = 8000

  @Option(help: "The address to listen on; the default serves this machine only.")
  var host: String = "127.0.0.1"

  @Flag(help: "Open the site in the default browser (xdg-open).")
  var open = false

  @Option(name: .long, help: "Lessons compiled and run at once (default: the number of cores).")
  var jobs: Int?

  @Flag(name: .shortAndLong, help: "Print only problems (errors and warnings).")
  var quiet = false

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    Diagnostics.use(course.color)
    signal(SIGPIPE, SIG_IGN)
    let root = course.rootURL
    let site = root.appendingPathComponent("site", isDirectory: true)
    let hub = LiveReload()
    let server: PreviewServer
    do {
      server = try PreviewServer(site: site, host: host, port: UInt16(port), liveReload: hub)
    } catch {
      fail("\(error)")
    }
    // Listen first: a taken port is reported at once, not after a long first build.
    let started = Listening()
    Task {
      do {
        try await server.run()
      } catch {
        started.fail("\(error)")
      }
    }
    Task {
      try? await server.waitUntilListening(timeout: 10)
      started.succeed(await server.port())
    }
    guard case .success(let boundPort) = started.wait() else {
      if case .failure(let message) = started.wait() { fail(message) }
      fail("the server did not start")
    }
    let url = "http://\(host.contains(":") ? "[\(host)]" : host):\(boundPort)/"
    let quiet = self.quiet
    let jobs = self.jobs
    let session = PreviewSession(
      root: root, site: site, liveReload: hub,
      makeOptions: {
        var options = BuildOptions()
        if let jobs { options.jobs = jobs }
        // Printing a changed part's PDF would hold a reload for a minute; `build` prints it.
        options.printsEditions = false
        options.progress = ConsoleProgress(verbosity: quiet ? .quiet : .normal)
        return options
      },
      report: { outcome in Self.print(outcome, quiet: quiet) })
    session.build()
    do {
      try session.startWatching()
    } catch {
      fail("\(error)")
    }
    if !quiet {
      say("mlbook serve: \(url) (watching \(DisplayPath.of(root)); Ctrl-C stops)")
      if !["127.0.0.1", "localhost", "::1"].contains(host) {
        say("mlbook serve: note: listening on \(host), so other machines can read the site")
      }
    }
    if open { Self.openInBrowser(url) }
    // Serve until Ctrl-C (Interruption ends the process, killing running lesson programs).
    while true { sleep(3600) }
  }

  private func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("mlbook: error: \(message)\n".utf8))
    Foundation.exit(1)
  }

  private static func print(_ outcome: PreviewSession.Outcome, quiet: Bool) {
    let printer = Diagnostics.printer
    for warning in outcome.warnings { FileHandle.standardError.write(Data((printer.format(warning) + "\n").utf8)) }
    for error in outcome.errors { FileHandle.standardError.write(Data((printer.format(error) + "\n").utf8)) }
    if let failure = outcome.failure { FileHandle.standardError.write(Data("mlbook: error: \(failure)\n".utf8)) }
    let what = outcome.changed.isEmpty ? "first build:" : "\(outcome.changed.joined(separator: ", ")) changed:"
    let seconds = String(format: "%.2f s", outcome.seconds)
    if !outcome.errors.isEmpty || outcome.failure != nil {
      let count = outcome.errors.count + (outcome.failure == nil ? 0 : 1)
      FileHandle.standardError.write(
        Data(
          "mlbook serve: \(what) \(count) error\(count == 1 ? "" : "s") (\(seconds)); pages keep the last good build\n"
            .utf8))
    } else if !quiet {
      say(
        "mlbook serve: \(what) \(outcome.upToDate ? "the site was up to date" : "site rebuilt, pages reloaded") (\(seconds))"
      )
    }
  }

  private static func openInBrowser(_ url: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["xdg-open", url]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      say("mlbook serve: cannot open a browser (xdg-open): open \(url) yourself")
    }
  }
}

/// The server's start, awaited from the synchronous command.
private final class Listening: @unchecked Sendable {
  enum Result {
    case success(UInt16)
    case failure(String)
  }
  private let lock = NSLock()
  private var result: Result?
  private let done = DispatchSemaphore(value: 0)

  func succeed(_ port: UInt16?) { settle(port.map(Result.success) ?? .failure("the server did not start listening")) }
  func fail(_ message: String) { settle(.failure(message)) }

  private func settle(_ value: Result) {
    let first = lock.withLock {
      if result != nil { return false }
      result = value
      return true
    }
    if first { done.signal() }
  }

  func wait() -> Result {
    if let result = lock.withLock({ result }) { return result }
    done.wait()
    return lock.withLock { result! }
  }
}

/// A line on stdout, written at once (also into a pipe or log file, which `print` would buffer).
private func say(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
