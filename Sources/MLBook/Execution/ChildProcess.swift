import CSystem
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program (by absolute path, arguments absolute too) in its own process group with stdin closed and stdout and
/// stderr merged into one pipe, handing each chunk of output to the caller,
/// who may stop it (output limit) and who sets the deadline (per-block timeouts).
struct ChildProcess {
  enum Termination: Equatable {
    case exited(Int32)
    case signalled(Int32)
  }

  struct Result {
    var termination: Termination
    /// Set when the caller stopped the process (deadline passed or `consume` said stop).
    var stopped: Bool
    var timedOut: Bool
  }

  var executable: String
  var arguments: [String]
  var environment: [String: String]
  /// Where the child starts (default: mlbook's own working directory).
  var workingDirectory: String? = nil

  /// Runs to completion.
  ///
  /// - Parameters:
  ///   - deadline: Asked after each chunk and each poll: when to give up.
  ///   - consume: Receives output as it comes; returns `false` to kill the process.
  func run(deadline: () -> ContinuousClock.Instant?, consume: ([UInt8]) -> Bool) throws -> Result {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    let readEnd = fds[0]
    let writeEnd = fds[1]
    defer { close(readEnd) }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
    posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)
    posix_spawn_file_actions_addclose(&actions, readEnd)
    posix_spawn_file_actions_addclose(&actions, writeEnd)
    if let workingDirectory { mlbook_spawn_addchdir(&actions, workingDirectory) }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setpgroup(&attributes, 0)
    var defaultSignals = sigset_t()
    sigemptyset(&defaultSignals)
    sigaddset(&defaultSignals, SIGPIPE)
    sigaddset(&defaultSignals, SIGINT)
    sigaddset(&defaultSignals, SIGTERM)
    posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawnStatus = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    close(writeEnd)
    guard spawnStatus == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawnStatus) ?? .EIO) }
    ProcessGroups.shared.insert(pid)
    defer { ProcessGroups.shared.remove(pid) }

    var stopped = false
    var timedOut = false
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    readLoop: while true {
      var waitMilliseconds: Int32 = -1
      if let deadline = deadline() {
        let remaining = ContinuousClock.now.duration(to: deadline)
        if remaining <= .zero {
          timedOut = true
          break readLoop
        }
        let (seconds, attoseconds) = remaining.components
        waitMilliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
      }
      var pollFD = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
      let ready = poll(&pollFD, 1, waitMilliseconds)
      if ready < 0 {
        if errno == EINTR { continue }
        break
      }
      if ready == 0 { continue }
      let count = read(readEnd, &buffer, buffer.count)
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        break
      }
      if count == 0 { break }
      if !consume(Array(buffer[0..<count])) {
        stopped = true
        break
      }
    }
    if stopped || timedOut {
      kill(-pid, SIGKILL)
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    if stopped || timedOut {
      // Reap anything left in the group (a forked `expect-trap` child).
      kill(-pid, SIGKILL)
    }
    let termination: Termination =
      (status & 0x7f) == 0 ? .exited((status >> 8) & 0xff) : .signalled(status & 0x7f)
    return Result(termination: termination, stopped: stopped || timedOut, timedOut: timedOut)
  }
}

/// The process groups of running children, so an interrupted build can end them.
final class ProcessGroups: @unchecked Sendable {
  static let shared = ProcessGroups()
  private let lock = NSLock()
  private var groups: Set<pid_t> = []

  func insert(_ pid: pid_t) { lock.withLock { _ = groups.insert(pid) } }
  func remove(_ pid: pid_t) { lock.withLock { _ = groups.remove(pid) } }

  /// Kills every running child group (from a signal handler's point of view: best effort).
  func killAll() {
    for pid in lock.withLock({ groups }) { kill(-pid, SIGKILL) }
  }
}
