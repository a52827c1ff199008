import Foundation

/// Runs a lesson's Python twins as one program (`python3`), in the sandbox the
/// Swift blocks run in, and splits the output by block.
///
/// Each twin is compiled with the lesson's path and line numbers, so a traceback
/// names the lesson line; stderr is merged into stdout, as for Swift blocks.
/// Matplotlib draws off screen (`MPLBACKEND=Agg`) and its figures are not
/// compared; hash randomisation is off (`PYTHONHASHSEED=0`).
public struct TwinRunner: Sendable {
  /// `python3` and the versions it reports, found on `PATH`.
  public struct Python: Sendable, Equatable {
    /// The interpreter itself (`sys.executable`, past any pyenv shim).
    public var executable: String
    /// `3.11.2 numpy 2.4.6`: part of every cache key.
    public var versions: String
    /// Its installation and module folders, which the sandbox must leave readable (they may be in a home folder).
    public var folders: [String]
  }

  public struct RunError: Error, CustomStringConvertible {
    public var description: String
  }

  public var python: Python
  /// Default seconds per twin (a twin's `timeout=` overrides it).
  public var timeout: Double
  /// Bytes of output one twin may print.
  public var outputLimit: Int
  public var sandbox: Sandbox

  public init(python: Python, timeout: Double, outputLimit: Int, sandbox: Sandbox) {
    self.python = python
    self.timeout = timeout
    self.outputLimit = outputLimit
    self.sandbox = sandbox
  }

  /// The twins need `python3` with NumPy; this says exactly what is missing and how to get it.
  public static func locatePython() throws -> Python {
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
    guard
      let python = path.map({ "\($0)/python3" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else {
      throw RunError(
        description:
          "python twins need python3 with NumPy, and there is no python3 on PATH; install them with `apt-get install python3 python3-pip && pip install numpy` (scripts/install-packages does this)"
      )
    }
    var output: [UInt8] = []
    let probe = ChildProcess(
      executable: python,
      arguments: [
        "-c",
        "import os, sys, numpy; print(sys.executable); print(sys.version.split()[0], 'numpy', numpy.__version__); "
          + "print(*sorted({os.path.realpath(p) for p in [sys.prefix, sys.base_prefix, os.path.dirname(os.path.realpath(sys.executable))] + sys.path if p and os.path.isdir(p)}), sep='\\n')",
      ],
      environment: LessonRunner.baseEnvironment())
    let deadline = ContinuousClock.now + .seconds(60)
    let result = try? probe.run(deadline: { deadline }) { chunk in
      output += chunk
      return true
    }
    let text = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard result?.termination == .exited(0) else {
      throw RunError(
        description:
          "python twins need NumPy, and \(python) cannot import it; install it with `pip install numpy` (scripts/install-packages does this)"
      )
    }
    let lines = text.split(separator: "\n").map(String.init)
    guard lines.count >= 2 else {
      throw RunError(description: "\(python) did not say what it is (`import sys, numpy` printed \(text))")
    }
    return Python(executable: lines[0], versions: lines[1], folders: Array(lines.dropFirst(2)))
  }

  /// What the twins printed, by twin.
  struct Run: Codable, Equatable {
    var outputs: [String]
  }

  /// Runs `twins` in order and returns each one's output.
  func run(_ lesson: Lesson, twins: [TwinBlock], courseRoot: URL?) throws(DiagnosticError) -> Run {
    guard !twins.isEmpty else { return Run(outputs: []) }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlbook-twins-\(lesson.slug)-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: work) }
    let runDirectory = work.appendingPathComponent("run")
    let script = work.appendingPathComponent("twins.py")
    let errorFile = runDirectory.appendingPathComponent(".mlbook-twin-error.json")
    func failure(_ twin: TwinBlock, _ message: String, line: Int? = nil, detail: String? = nil) -> DiagnosticError {
      DiagnosticError(
        Diagnostic(
          path: lesson.displayPath, line: line ?? twin.line, column: line == nil ? twin.code.position.column : 1,
          message: message, detail: detail))
    }
    do {
      let fm = FileManager.default
      try fm.createDirectory(at: runDirectory.appendingPathComponent("figures"), withIntermediateDirectories: true)
      try Self.program(lesson: lesson, twins: twins, errorFile: errorFile.path).write(
        to: script, atomically: false, encoding: .utf8)
      if let courseRoot {
        for path in lesson.frontMatter.data {
          let target = runDirectory.appendingPathComponent(path)
          try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
          try fm.createSymbolicLink(at: target, withDestinationURL: courseRoot.appendingPathComponent(path))
        }
      }
      try sandbox.prepare(runDirectory: runDirectory)
    } catch {
      throw failure(twins[0], "cannot prepare the python twins: \(ErrorText.describe(error))")
    }
    var environment = LessonRunner.baseEnvironment()
    environment["PYTHONHASHSEED"] = "0"
    environment["PYTHONDONTWRITEBYTECODE"] = "1"
    environment["PYTHONUNBUFFERED"] = "1"
    environment["MPLBACKEND"] = "Agg"
    environment["MPLCONFIGDIR"] = runDirectory.path
    environment["OPENBLAS_NUM_THREADS"] = "1"
    environment["OMP_NUM_THREADS"] = "1"
    if let coreType = LessonRunner.blasCoreType(inherited: ProcessInfo.processInfo.environment) {
      environment["OPENBLAS_CORETYPE"] = coreType
    }
    environment["TMPDIR"] = runDirectory.path
    var readable =
      [script.path, URL(fileURLWithPath: python.executable).resolvingSymlinksInPath().path] + python.folders
    if let courseRoot { readable += lesson.frontMatter.data.map { courseRoot.appendingPathComponent($0).path } }
    let command = sandbox.command(
      program: python.executable, arguments: ["-s", script.path], runDirectory: runDirectory.path,
      readable: readable, hidden: courseRoot.map { [$0.standardizedFileURL.resolvingSymlinksInPath().path] } ?? [])
    let process = ChildProcess(
      executable: command.executable, arguments: command.arguments, environment: environment,
      workingDirectory: runDirectory.path)
    var stream = OutputStream(
      blockCount: twins.count, limit: outputLimit, figureDirectory: runDirectory.appendingPathComponent("figures"))
    var blockStart = ContinuousClock.now
    var startedBlock = -1
    func limit(_ index: Int) -> Double { twins[max(index, 0)].options.timeout ?? timeout }
    let result: ChildProcess.Result
    do {
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
      throw failure(twins[0], "cannot start \(python.executable): \(ErrorText.reason(error))")
    }
    stream.finish()
    let current = min(max(stream.currentBlock, 0), twins.count - 1)
    let twin = twins[current]
    let name = Self.name(twin)
    if result.timedOut {
      throw failure(
        twin, "\(name) did not finish within \(LessonRunner.seconds(limit(current))) (raise it with `timeout=SECONDS`)")
    }
    if stream.overLimit {
      throw failure(twin, "\(name) printed more than \(outputLimit) bytes of output")
    }
    if let data = try? Data(contentsOf: errorFile),
      let error = try? JSONDecoder().decode(TwinError.self, from: data)
    {
      let failing = twins[min(max(error.block, 0), twins.count - 1)]
      throw failure(failing, "\(Self.name(failing)) raised \(error.message)", line: error.line, detail: error.traceback)
    }
    guard stream.finished else {
      throw failure(
        twin, "\(name) ended the Python program early (\(result.termination)); the twins after it did not run",
        detail: stream.outputs[current].text)
    }
    return Run(outputs: stream.outputs.map(\.text))
  }

  /// "the python twin of swift-run block 3", or "the setup twin".
  static func name(_ twin: TwinBlock) -> String {
    twin.block.map { "the python twin of swift-run block \($0 + 1)" } ?? "the setup twin (`python twin hidden`)"
  }

  private struct TwinError: Decodable {
    var block: Int
    var line: Int
    var message: String
    var traceback: String
  }

  /// The Python program: each twin compiled against the lesson file's line numbers, run in one namespace.
  static func program(lesson: Lesson, twins: [TwinBlock], errorFile: String) -> String {
    func literal(_ text: String) -> String {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.withoutEscapingSlashes]
      let data = try! encoder.encode(text)
      return String(decoding: data, as: UTF8.self)
    }
    let blocks = twins.map { "    (\($0.code.firstCodeLine), \(literal($0.code.literal)))," }.joined(separator: "\n")
    return """
      # The python twins of \(lesson.displayPath), generated by mlbook.
      import json as _mlbook_json
      import sys as _mlbook_sys
      import traceback as _mlbook_traceback
      import warnings as _mlbook_warnings

      _mlbook_sys.stderr = _mlbook_sys.stdout
      # plt.show() draws off screen; that is not worth a warning in the output.
      _mlbook_warnings.filterwarnings("ignore", message=".*non-interactive.*")


      def _mlbook_marker(text):
          _mlbook_sys.stdout.flush()
          _mlbook_sys.stdout.write("\\x01mlbook-" + text + "\\x01\\n")
          _mlbook_sys.stdout.flush()


      _mlbook_path = \(literal(lesson.displayPath))
      _mlbook_blocks = [
      \(blocks)
      ]
      _mlbook_namespace = {"__name__": "__main__", "__builtins__": __builtins__}
      for _mlbook_index, (_mlbook_line, _mlbook_source) in enumerate(_mlbook_blocks):
          _mlbook_marker("block %d" % _mlbook_index)
          try:
              _mlbook_code = compile("\\n" * (_mlbook_line - 1) + _mlbook_source, _mlbook_path, "exec")
              exec(_mlbook_code, _mlbook_namespace)
          except BaseException as _mlbook_error:
              _mlbook_sys.stdout.flush()
              _mlbook_frames = [
                  f for f in _mlbook_traceback.extract_tb(_mlbook_error.__traceback__) if f.filename == _mlbook_path
              ]
              _mlbook_where = getattr(_mlbook_error, "lineno", None) if isinstance(_mlbook_error, SyntaxError) else None
              with open(\(literal(errorFile)), "w") as _mlbook_file:
                  _mlbook_json.dump(
                      {
                          "block": _mlbook_index,
                          "line": _mlbook_where or (_mlbook_frames[-1].lineno if _mlbook_frames else _mlbook_line),
                          "message": "".join(
                              _mlbook_traceback.format_exception_only(type(_mlbook_error), _mlbook_error)
                          ).strip().splitlines()[-1],
                          # Only the lesson's own frames: the runner's are noise to the author.
                          "traceback": "Traceback (most recent call last):\\n"
                          + "".join(_mlbook_traceback.format_list(_mlbook_frames))
                          + "".join(_mlbook_traceback.format_exception_only(type(_mlbook_error), _mlbook_error)),
                      },
                      _mlbook_file,
                  )
              _mlbook_sys.exit(1)
      _mlbook_marker("done")

      """
  }
}
