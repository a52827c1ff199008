import Foundation
import Markdown

/// Compiles a lesson's blocks into one program, runs it, and splits its output by block.
public struct LessonRunner: Sendable {
  public var toolchain: Toolchain
  /// Default seconds per block (a block's `timeout=` overrides it).
  public var timeout: Double
  /// Bytes of output one block may print.
  public var outputLimit: Int
  /// Seconds the compiler may take for one lesson.
  public var compileTimeout: Double = 600
  /// An expression that takes the type checker longer than this (milliseconds) is reported as a warning.
  public var slowTypeCheckMilliseconds = 100
  /// How the lesson program is isolated and limited.
  public var sandbox: Sandbox = .detect()
  /// Where the MLMath library's digest is remembered between builds (see ``cacheKey``).
  var digests: CacheStore? = nil

  public init(toolchain: Toolchain, timeout: Double = 30, outputLimit: Int = 1 << 20) {
    self.toolchain = toolchain
    self.timeout = timeout
    self.outputLimit = outputLimit
  }

  /// Runs every `swift-run` block of `lesson`.
  ///
  /// - Parameter courseRoot: Data files the lesson declares are linked into the
  ///   working folder under their course-relative paths.
  public func run(_ lesson: Lesson, blocks: [ExecutableBlock], courseRoot: URL? = nil) throws(DiagnosticError)
    -> LessonRun
  {
    guard !blocks.isEmpty else { return LessonRun(outputs: []) }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlbook-\(lesson.slug)-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: work) }
    do {
      try prepare(work: work, lesson: lesson, blocks: blocks, courseRoot: courseRoot)
    } catch {
      throw DiagnosticError(
        Diagnostic(
          path: lesson.displayPath, line: blocks[0].line,
          message: "cannot prepare the lesson program: \(ErrorText.describe(error))"))
    }
    // For bench/compile: keep the generated program to time the bare compiler on it.
    if let keep = ProcessInfo.processInfo.environment["MLBOOK_KEEP_PROGRAMS"], !keep.isEmpty {
      let target = URL(fileURLWithPath: keep).appendingPathComponent(lesson.slug)
      try? FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
      for name in ["main.swift", "support.swift"] {
        try? FileManager.default.removeItem(at: target.appendingPathComponent(name))
        try? FileManager.default.copyItem(
          at: work.appendingPathComponent(name), to: target.appendingPathComponent(name))
      }
    }
    let start = ContinuousClock.now
    let warnings = try compile(work: work, lesson: lesson, blocks: blocks)
    let compiled = ContinuousClock.now
    var run = try execute(work: work, lesson: lesson, blocks: blocks, courseRoot: courseRoot)
    run.warnings = warnings
    run.compileSeconds = start.duration(to: compiled).seconds
    run.runSeconds = compiled.duration(to: .now).seconds
    return run
  }

  private func prepare(work: URL, lesson: Lesson, blocks: [ExecutableBlock], courseRoot: URL?) throws {
    let fm = FileManager.default
    try fm.createDirectory(at: work.appendingPathComponent("run/figures"), withIntermediateDirectories: true)
    let program = LessonProgram(lesson: lesson, blocks: blocks)
    try program.main.write(to: work.appendingPathComponent("main.swift"), atomically: false, encoding: .utf8)
    try LessonProgram.support.write(
      to: work.appendingPathComponent("support.swift"), atomically: false, encoding: .utf8)
    if let courseRoot {
      for path in lesson.frontMatter.data {
        let target = work.appendingPathComponent("run").appendingPathComponent(path)
        try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: target, withDestinationURL: courseRoot.appendingPathComponent(path))
      }
    }
  }

  /// The compiler's and MLMath's identity and the flags: part of every execution key.
  var cacheKey: String {
    var hash = ContentHash("mlbook-toolchain-v2")
    hash.add(ContentHash.identity(ofFile: URL(fileURLWithPath: toolchain.swiftc).resolvingSymlinksInPath().path))
    hash.add(compileFlags.joined(separator: " "))
    // By content, so that a cache made in another clone of the course holds here too.
    let library = URL(fileURLWithPath: toolchain.libraryDirectory).appendingPathComponent("libMLMathRuntime.so")
    hash.add(ContentHash.digest(ofFile: library.path, memo: digests) ?? "missing")
    // BLAS kernels decide the last bits of linear-algebra outputs.
    hash.add("blas " + (Self.blasCoreType(inherited: ProcessInfo.processInfo.environment) ?? "native"))
    return hash.hex
  }

  private var compileFlags: [String] {
    // Line tables let a crash report name the lesson line that trapped; warnings are the author's to see.
    // `-wmo` compiles the program and its support file in one frontend, which loads MLMath's module
    // once instead of once a file (bench/compile: about 10 % less compile time, nothing optimised).
    var flags = [
      "-swift-version", "5", "-Onone", "-wmo", "-gline-tables-only", "-diagnostic-style=llvm", "-module-name",
      "Lesson", "-Xfrontend", "-warn-long-expression-type-checking=\(slowTypeCheckMilliseconds)",
    ]
    // The toolchain's lld links a lesson in about two thirds of the system linker's time
    // (bench/compile: 0.10 s against 0.14 s a lesson); the program is the same either way.
    if hasLLD { flags.append("-use-ld=lld") }
    return flags
  }

  /// Whether `ld.lld` ships next to `swiftc`, as it does in the Linux toolchains.
  private var hasLLD: Bool {
    let folder = URL(fileURLWithPath: toolchain.swiftc).resolvingSymlinksInPath().deletingLastPathComponent()
    return FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("ld.lld").path)
  }

  // MARK: Compiling

  /// What `swiftc` is given to build the program in `folder` (main.swift, support.swift → lesson).
  private func swiftcArguments(folder: URL) -> [String] {
    var arguments =
      compileFlags + [
        "-I", toolchain.moduleDirectory,
        "-L", toolchain.libraryDirectory, "-lMLMathRuntime",
        "-Xlinker", "-rpath", "-Xlinker", toolchain.libraryDirectory,
      ]
    for dir in toolchain.includeDirectories { arguments += ["-I", dir] }
    arguments += ["main.swift", "support.swift"].map { folder.appendingPathComponent($0).path }
    arguments += ["-o", folder.appendingPathComponent("lesson").path]
    return arguments
  }

  /// Compiles the lesson program; returns the compiler's warnings about the lesson's code.
  private func compile(work: URL, lesson: Lesson, blocks: [ExecutableBlock]) throws(DiagnosticError)
    -> [LessonRun.Warning]
  {
    // The driver's own jobs, planned once for these flags (CompilerJobs), else the driver itself.
    let environment = Self.baseEnvironment()
    let planned = CompilerJobs.plan(
      swiftc: toolchain.swiftc, arguments: swiftcArguments(folder: URL(fileURLWithPath: CompilerJobs.placeholder)),
      environment: environment)
    let commands = planned?.commands(in: work) ?? [[toolchain.swiftc] + swiftcArguments(folder: work)]
    var log: [UInt8] = []
    let deadline = ContinuousClock.now + .seconds(compileTimeout)
    var result = ChildProcess.Result(termination: .exited(0), stopped: false, timedOut: false)
    for command in commands where result.termination == .exited(0) {
      let process = ChildProcess(
        executable: command[0], arguments: Array(command.dropFirst()), environment: environment)
      do {
        result = try process.run(deadline: { deadline }) { chunk in
          log += chunk
          return true
        }
      } catch {
        throw DiagnosticError(
          Diagnostic(
            path: lesson.displayPath, line: blocks[0].line,
            message: "cannot run \(command[0]): \(ErrorText.reason(error))"))
      }
    }
    guard result.termination != .exited(0) else {
      return CompilerDiagnostics.warnings(String(decoding: log, as: UTF8.self), lesson: lesson, blocks: blocks)
    }
    if result.timedOut {
      throw DiagnosticError(
        Diagnostic(
          path: lesson.displayPath, line: blocks[0].line,
          message: "compiling the lesson took longer than \(Int(compileTimeout)) s"))
    }
    throw DiagnosticError(
      CompilerDiagnostics.parse(String(decoding: log, as: UTF8.self), lesson: lesson, blocks: blocks))
  }

  // MARK: Running

  private func execute(work: URL, lesson: Lesson, blocks: [ExecutableBlock], courseRoot: URL?) throws(DiagnosticError)
    -> LessonRun
  {
    let runDirectory = work.appendingPathComponent("run")
    let figures = runDirectory.appendingPathComponent("figures")
    var environment = Self.baseEnvironment()
    // A crash prints Swift's backtrace: its frames name the lesson line (through the line tables and
    // `#sourceLocation`); the runner reads that line and shows the reader only the message.
    environment["SWIFT_BACKTRACE"] = TrapMessage.backtraceSettings
    environment["OPENBLAS_NUM_THREADS"] = "1"
    if let coreType = Self.blasCoreType(inherited: ProcessInfo.processInfo.environment) {
      environment["OPENBLAS_CORETYPE"] = coreType
    }
    environment["MLBOOK_FIGURE_DIR"] = figures.path
    environment["TMPDIR"] = work.appendingPathComponent("run").path
    environment["MLBOOK_RUN_DIRECTORY"] = work.appendingPathComponent("run").path
    var stream = OutputStream(blockCount: blocks.count, limit: outputLimit, figureDirectory: figures)
    var blockStart = ContinuousClock.now
    var startedBlock = -1
    func limit(_ index: Int) -> Double { blocks[max(index, 0)].options.timeout ?? timeout }
    // The program sees the MLMath library (and its resources) and the Swift runtime, even where they lie
    // in the course folder or a home folder, which the sandbox hides.
    let runtime = URL(fileURLWithPath: toolchain.swiftc).resolvingSymlinksInPath().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("lib")
    var readable = [toolchain.libraryDirectory, runtime.path]
    if let courseRoot { readable += lesson.frontMatter.data.map { courseRoot.appendingPathComponent($0).path } }
    let command = sandbox.command(
      program: work.appendingPathComponent("lesson").path, runDirectory: runDirectory.path, readable: readable,
      hidden: courseRoot.map { [$0.standardizedFileURL.resolvingSymlinksInPath().path] } ?? [])
    let process = ChildProcess(
      executable: command.executable, arguments: command.arguments, environment: environment,
      workingDirectory: runDirectory.path)
    var result: ChildProcess.Result
    do {
      try sandbox.prepare(runDirectory: runDirectory)
      result = try process.run(
        deadline: {
          if stream.currentBlock != startedBlock {
            startedBlock = stream.currentBlock
            blockStart = .now
          }
          return blockStart + .seconds(limit(startedBlock))
        },
        consume: { chunk in stream.consume(chunk) })
    } catch {
      throw DiagnosticError(
        Diagnostic(
          path: lesson.displayPath, line: blocks[0].line,
          message: "cannot start the lesson program: \(ErrorText.reason(error))")
      )
    }
    stream.finish()
    // bubblewrap reports a program that a signal ended as exit status 128 + signal.
    if sandbox.usesBubblewrap, case .exited(let status) = result.termination, status > 128, status < 128 + 65 {
      result.termination = .signalled(status - 128)
    }
    let current = max(stream.currentBlock, 0)
    let block = blocks[min(current, blocks.count - 1)]
    func fail(_ message: String, detail: String? = nil) -> DiagnosticError {
      DiagnosticError(
        Diagnostic(
          path: lesson.displayPath, line: block.line, column: block.code.position.column,
          message: "swift-run block \(block.index + 1) \(message)", detail: detail))
    }
    if result.timedOut {
      throw fail("did not finish within \(Self.seconds(limit(current))) (raise it with `timeout=SECONDS`)")
    }
    if stream.overLimit {
      throw fail("printed more than \(outputLimit) bytes of output (the limit is `output-limit` in mlbook.yml)")
    }
    if let problem = stream.protocolProblem {
      let culprit = blocks[min(problem.block, blocks.count - 1)]
      throw DiagnosticError(
        Diagnostic(
          path: lesson.displayPath, line: culprit.line, column: culprit.code.position.column,
          message: "swift-run block \(culprit.index + 1) \(problem.message)"))
    }
    if !stream.finished {
      let printed = stream.outputs[current].text
      if let exceeded = sandbox.exceededLimit(result.termination, output: printed) { throw fail(exceeded) }
      switch result.termination {
      case .signalled(let signal):
        let before = TrapMessage.printedBeforeCrash(printed)
        var diagnostic = fail(
          "crashed: \(TrapMessage.summary(output: printed, signal: signal))", detail: before.isEmpty ? nil : before)
        // The crash report names the lesson line that trapped (or a `fatalError` in lesson code names it).
        if let location = TrapMessage.location(in: printed, path: lesson.displayPath) {
          let code = blocks.last { $0.code.firstCodeLine <= location.line }?.code
          diagnostic.diagnostics[0].line = location.line
          diagnostic.diagnostics[0].column = location.column.map { $0 + (code?.position.column ?? 1) - 1 } ?? 1
        }
        throw diagnostic
      case .exited(let status):
        throw fail(
          "ended the lesson program early (exit status \(status)); the blocks after it did not run",
          detail: printed)
      }
    }
    return LessonRun(outputs: stream.outputs)
  }

  /// The OpenBLAS kernels lesson programs use, so BLAS and LAPACK results (and so the
  /// recorded outputs) are the same bits on every machine.
  ///
  /// Debian's OpenBLAS picks its kernels for the CPU it finds: on a CPU with AVX-512 it
  /// takes the SkylakeX kernels, elsewhere Haswell or Zen ones, and their sums round
  /// differently in the last bits. Pinning `Haswell` (AVX2 and FMA, on every x86-64 CPU
  /// since 2013 and the ones CI runs on) makes a course build byte-identically on all of
  /// them. An `OPENBLAS_CORETYPE` set by the user wins; a CPU without AVX2 and FMA (or not
  /// x86-64) keeps OpenBLAS's own choice, since Haswell kernels would not run there.
  static func blasCoreType(inherited: [String: String], cpuFlags: Set<Substring>? = nil) -> String? {
    if let chosen = inherited["OPENBLAS_CORETYPE"], !chosen.isEmpty { return chosen }
    #if arch(x86_64)
      let flags = cpuFlags ?? Self.cpuFlags
      return flags.contains("avx2") && flags.contains("fma") ? "Haswell" : nil
    #else
      return nil
    #endif
  }

  /// The `flags` line of `/proc/cpuinfo` (empty where it cannot be read).
  static let cpuFlags: Set<Substring> = {
    guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") }),
      let colon = line.firstIndex(of: ":")
    else { return [] }
    return Set(line[line.index(after: colon)...].split(separator: " "))
  }()

  static func baseEnvironment() -> [String: String] {
    let inherited = ProcessInfo.processInfo.environment
    var environment: [String: String] = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
    for key in ["PATH", "HOME", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"] {
      if let value = inherited[key] { environment[key] = value }
    }
    environment["PATH"] = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return environment
  }

  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }
}
