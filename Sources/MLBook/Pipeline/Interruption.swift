import Dispatch
import Foundation

/// Ctrl-C and SIGTERM end a build cleanly: lesson programs are killed, a
/// half-written staging folder is removed, and the previous site and the
/// cache (whose entries are written atomically) stay as they were.
public enum Interruption {
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
  private static let lock = NSLock()
  nonisolated(unsafe) private static var temporaryPaths: Set<String> = []

  /// Installs the handlers (once, from the command-line tool).
  public static func install() {
    for signalNumber in [SIGINT, SIGTERM] {
      signal(signalNumber, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
      source.setEventHandler {
        ProcessGroups.shared.killAll()
        for path in lock.withLock({ temporaryPaths }) { try? FileManager.default.removeItem(atPath: path) }
        FileHandle.standardError.write(Data("\nmlbook: interrupted; the previous site is unchanged\n".utf8))
        exit(128 + signalNumber)
      }
      source.resume()
      sources.append(source)
    }
  }

  static func registerTemporary(_ path: String) { lock.withLock { _ = temporaryPaths.insert(path) } }
  static func unregisterTemporary(_ path: String) { lock.withLock { _ = temporaryPaths.remove(path) } }
}
