import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What one lesson program may use (`limits:` in mlbook.yml).
public struct ResourceLimits: Sendable, Hashable {
  /// Bytes of address space (`RLIMIT_AS`): an allocation past it fails.
  public var memory: Int = 4 << 30
  /// Seconds of CPU time (`RLIMIT_CPU`), a backstop behind the per-block wall-clock timeout.
  public var cpuSeconds: Int = 600
  /// Processes and threads the program may have at once (`RLIMIT_NPROC` of a user of its own).
  public var processes: Int = 256
  /// Bytes of any one file the program writes (`RLIMIT_FSIZE`).
  public var fileSize: Int = 1 << 30

  public init() {}

  /// `4 GiB`, `512 MiB`, `1000 bytes`: how a limit is named in messages.
  static func bytes(_ n: Int) -> String {
    for (unit, size) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] where n >= size && n % size == 0 {
      return "\(n / size) \(unit)"
    }
    return "\(n) bytes"
  }
}

/// How lesson programs are isolated on this machine.
///
/// With bubblewrap (Debian's `bubblewrap`) a program gets its own network
/// namespace (loopback only), PID, IPC and UTS namespaces, and a read-only view
/// of the file system in which the course folder, the home folders and `/tmp`
/// are empty; only its run folder is writable, and the MLMath library, the
/// compiled program and the lesson's declared data files are visible read-only.
/// util-linux's `prlimit` sets the memory, CPU and file-size limits; when mlbook
/// runs as root (whom the kernel exempts from `RLIMIT_NPROC`), `setpriv` runs the
/// program as `nobody`, so the process limit holds. Without bubblewrap the limits
/// still apply, and `mlbook build -v` says what is missing.
public struct Sandbox: Sendable {
  public enum Isolation: Sendable, Equatable {
    case bubblewrap(path: String)
    case none(reason: String)
  }

  public var isolation: Isolation
  public var limits: ResourceLimits
  /// `false` with `--no-sandbox`: the program runs directly, with only the per-block timeout.
  public var enabled = true
  /// The user the program runs as when mlbook is root (`nobody`), else `nil`.
  var unprivilegedUser: (uid: UInt32, gid: UInt32)?
  var prlimit: String?
  var setpriv: String?

  /// No isolation and no limits beyond the per-block timeout (`--no-sandbox`).
  public static func disabled(limits: ResourceLimits = ResourceLimits()) -> Sandbox {
    Sandbox(
      isolation: .none(reason: "turned off with --no-sandbox"), limits: limits, enabled: false, unprivilegedUser: nil,
      prlimit: nil, setpriv: nil)
  }

  /// Whether bubblewrap runs the program (it reports a signal that ended the program as exit status 128 + signal).
  var usesBubblewrap: Bool {
    if enabled, case .bubblewrap = isolation { return true }
    return false
  }

  /// The sandbox this machine allows, probed once per process.
  public static func detect(limits: ResourceLimits = ResourceLimits()) -> Sandbox {
    var sandbox = probed
    sandbox.limits = limits
    return sandbox
  }

  private static let probed: Sandbox = {
    let prlimit = executable(named: "prlimit")
    let setpriv = executable(named: "setpriv")
    let user: (UInt32, UInt32)? = geteuid() == 0 && setpriv != nil ? (65534, 65534) : nil
    let isolation: Isolation
    if let bwrap = executable(named: "bwrap") {
      // Some containers forbid the namespaces bubblewrap needs: try them once.
      let probe = ChildProcess(
        executable: bwrap, arguments: namespaceFlags + ["--ro-bind", "/", "/", "--", "/bin/true"],
        environment: ["PATH": "/usr/bin:/bin"])
      var log: [UInt8] = []
      let deadline = ContinuousClock.now + .seconds(10)
      let result = try? probe.run(deadline: { deadline }) { chunk in
        log += chunk
        return true
      }
      if result?.termination == .exited(0) {
        isolation = .bubblewrap(path: bwrap)
      } else {
        let said = String(decoding: log, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        isolation = .none(
          reason: "bubblewrap cannot create namespaces here (\(said.isEmpty ? "no reason given" : said))")
      }
    } else {
      isolation = .none(reason: "bubblewrap is not installed (Debian: apt install bubblewrap)")
    }
    return Sandbox(
      isolation: isolation, limits: ResourceLimits(), enabled: true, unprivilegedUser: user, prlimit: prlimit,
      setpriv: setpriv)
  }()

  private static let namespaceFlags = [
    "--die-with-parent", "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
  ]

  private static func executable(named name: String) -> String? {
    Toolchain.executable(named: name, fallbacks: ["/usr/bin", "/bin", "/usr/sbin", "/sbin"])
  }

  /// Lines for `mlbook build -v`: what is isolated and limited here, and what is not.
  public var summary: [String] {
    var lines: [String] = []
    switch isolation {
    case .bubblewrap(let path):
      lines.append(
        "sandbox: bubblewrap (\(path)): no network, own PID/IPC/UTS namespaces, read-only files, course and home hidden"
      )
    case .none(let reason):
      lines.append("sandbox: no isolation: \(reason)")
    }
    if !enabled {
      lines.append("limits: none (turned off with --no-sandbox)")
    } else if prlimit != nil {
      lines.append(
        "limits: memory \(ResourceLimits.bytes(limits.memory)), CPU \(limits.cpuSeconds) s, files \(ResourceLimits.bytes(limits.fileSize))"
          + (unprivilegedUser != nil
            ? ", \(limits.processes) processes (run as nobody)"
            : geteuid() == 0
              ? "; processes not limited (setpriv is missing, and root ignores RLIMIT_NPROC)"
              : "; processes not limited (RLIMIT_NPROC would count all of this user's processes)"))
    } else {
      lines.append("limits: none (util-linux's prlimit is not installed)")
    }
    return lines
  }

  /// The command that runs `program` in this sandbox.
  ///
  /// - Parameters:
  ///   - runDirectory: The only writable folder, and the working directory.
  ///   - readable: Paths the program needs that may lie in a hidden folder
  ///     (the MLMath library, the toolchain's runtime, declared data files).
  ///   - hidden: Folders whose contents the program must not see (the course).
  func command(
    program: String, arguments programArguments: [String] = [], runDirectory: String, readable: [String],
    hidden: [String]
  )
    -> (executable: String, arguments: [String])
  {
    guard enabled else { return (program, programArguments) }
    var inner: [String] = []
    if let user = unprivilegedUser, let setpriv {
      inner += [setpriv, "--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", "--"]
    }
    if let prlimit {
      inner += [
        prlimit, "--as=\(limits.memory)", "--cpu=\(limits.cpuSeconds)", "--fsize=\(limits.fileSize)",
        "--core=0",
      ]
      if unprivilegedUser != nil { inner.append("--nproc=\(limits.processes)") }
      inner.append("--")
    }
    inner.append(program)
    inner += programArguments
    guard case .bubblewrap(let bwrap) = isolation else {
      return (inner[0], Array(inner.dropFirst()))
    }
    var arguments =
      Self.namespaceFlags + ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"]
    let homes = Set(["/root", ProcessInfo.processInfo.environment["HOME"] ?? "/root"]).filter { $0 != "/" }.sorted()
    let emptied = homes + hidden.filter { $0 != "/" }
    for path in emptied where FileManager.default.fileExists(atPath: path) { arguments += ["--tmpfs", path] }
    /// The emptied folder `path` lies in, if any (the innermost).
    func emptiedRoot(of path: String) -> String? {
      (emptied + ["/tmp"]).filter { path == $0 || path.hasPrefix($0 + "/") }.max { $0.count < $1.count }
    }
    var made: Set<String> = []
    /// Mounts `path` (read-only unless `writable`), first making the folders above it inside an
    /// emptied folder searchable by everyone (bubblewrap would make them 0700, shutting `nobody` out).
    func bind(_ path: String, writable: Bool = false) {
      if let root = emptiedRoot(of: path), root != path {
        var folder = root
        for component in path.dropFirst(root.count + 1).split(separator: "/").dropLast() {
          folder += "/" + component
          if made.insert(folder).inserted { arguments += ["--perms", "0755", "--dir", folder] }
        }
      }
      arguments += [writable ? "--bind" : "--ro-bind", path, path]
    }
    for path in readable + [program] where emptiedRoot(of: path) != nil && FileManager.default.fileExists(atPath: path)
    {
      bind(path)
    }
    bind(runDirectory, writable: true)
    // Read-only last (the binds above needed mount points made in them), so a write there fails loudly.
    for path in ["/tmp"] + emptied where FileManager.default.fileExists(atPath: path) {
      arguments += ["--remount-ro", path]
    }
    arguments += ["--chdir", runDirectory, "--"] + inner
    return (bwrap, arguments)
  }

  /// The limit a program that ended with `termination`, having printed `output`, ran into — as the
  /// end of "swift-run block 3 …" — or `nil`.
  func exceededLimit(_ termination: ChildProcess.Termination, output: String) -> String? {
    guard enabled, prlimit != nil else { return nil }
    if case .signalled(SIGXCPU) = termination {
      return "used more than \(limits.cpuSeconds) s of CPU time, the sandbox's limit; raise `limits.cpu` in mlbook.yml"
    }
    if case .signalled(SIGXFSZ) = termination {
      return
        "wrote a file larger than the \(ResourceLimits.bytes(limits.fileSize)) limit; raise `limits.file-size` in mlbook.yml"
    }
    // Swift's runtime stops a program whose allocation fails with one of these messages.
    let allocationFailed = ["failed to allocate", "Could not allocate memory", "bad_alloc"].contains {
      output.contains($0)
    }
    if case .signalled = termination, allocationFailed {
      return
        "exceeded the \(ResourceLimits.bytes(limits.memory)) memory limit; raise `limits.memory` in mlbook.yml"
    }
    return nil
  }

  /// Hands the run folder to the program's user, who must be able to write in it.
  func prepare(runDirectory: URL) throws {
    guard let user = unprivilegedUser, enabled else { return }
    let fm = FileManager.default
    var paths = [runDirectory.path]
    if let walker = fm.enumerator(atPath: runDirectory.path) {
      while let relative = walker.nextObject() as? String {
        paths.append(runDirectory.appendingPathComponent(relative).path)
      }
    }
    for path in paths where lchown(path, user.uid, user.gid) != 0 {
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM)
    }
  }
}
