import Foundation

/// The commands `swiftc` runs to build a lesson program (the frontend, the autolink
/// extractor, the linker), planned once per toolchain and flags with `swiftc -###` (and the
/// link with `clang -###`) and then run directly for every lesson.
///
/// Starting the compiler driver costs about 70 ms a lesson (`bench/compile`), which is most
/// of what mlbook adds to the compile; the jobs themselves are the driver's own, unchanged,
/// with the lesson's folder in place of the one they were planned for.
struct CompilerJobs: Sendable, Equatable {
  /// Each job's argument vector (the program first), with `placeholder` for the lesson's folder.
  var jobs: [[String]]

  /// Stands for the lesson's folder while planning; never a real path.
  static let placeholder = "/mlbook-lesson-folder-0c4e7a"

  /// The jobs for `swiftc arguments`, whose lesson paths are all under `placeholder`;
  /// `nil` when the driver's plan is not one this type understands (then run `swiftc`).
  static func plan(swiftc: String, arguments: [String], environment: [String: String]) -> CompilerJobs? {
    let key = ([swiftc] + arguments).joined(separator: "\u{0}")
    return cache.value(for: key) {
      guard let listing = dryRun(swiftc, arguments, environment: environment), var plan = parse(listing) else {
        return nil
      }
      if let last = plan.jobs.last, let linker = linkerCommand(forLinkJob: last, environment: environment) {
        plan.jobs[plan.jobs.count - 1] = linker
      }
      return plan
    }
  }

  /// The link job as the command its compiler driver runs: `clang` given only objects and
  /// linker options just starts the linker, so the linker is run directly, as `clang -###`
  /// says, which saves starting clang (about 20 ms a lesson). Response files (`@file`, the
  /// autolink list) are kept in place for the linker to read, as clang would have expanded
  /// them there. `nil` when `job` is not a clang link or its plan is not one linker command.
  static func linkerCommand(forLinkJob job: [String], environment: [String: String]) -> [String]? {
    guard job.count > 1, (job[0] as NSString).lastPathComponent.hasPrefix("clang") else { return nil }
    // clang plans only with inputs that exist: stand-ins in a real folder, and for each response
    // file one naming a marker library, found again in the plan where the file's options go.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-link-plan-\(UUID().uuidString)")
    guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else {
      return nil
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    var responseFiles: [String: String] = [:]
    var arguments: [String] = []
    for (index, argument) in job.dropFirst().enumerated() {
      let isOutput = index > 0 && job[index] == "-o"
      if argument.hasPrefix("@" + placeholder + "/") {
        let marker = "mlbook-response-file-\(responseFiles.count)-0c4e7a"
        responseFiles["-l" + marker] = argument
        let standIn = folder.appendingPathComponent("response-\(responseFiles.count)")
        guard (try? "-l\(marker)\n".write(to: standIn, atomically: false, encoding: .utf8)) != nil else { return nil }
        arguments.append("@" + standIn.path)
      } else if argument.hasPrefix(placeholder + "/") {
        let standIn = folder.path + argument.dropFirst(placeholder.count)
        if !isOutput {
          guard FileManager.default.createFile(atPath: standIn, contents: nil) else { return nil }
        }
        arguments.append(standIn)
      } else {
        arguments.append(argument)
      }
    }
    guard let listing = dryRun(job[0], arguments, environment: environment) else { return nil }
    // The commands are the lines that start with a quoted program; the others are clang's banner.
    let commands = listing.split(separator: "\n").filter { $0.hasPrefix(" \"") }
    guard commands.count == 1, let words = shellWords(String(commands[0])), let program = words.first,
      (program as NSString).lastPathComponent.hasPrefix("ld")
    else { return nil }
    let linker = words.map { word in
      responseFiles[word] ?? word.replacingOccurrences(of: folder.path + "/", with: placeholder + "/")
    }
    guard linker.allSatisfy({ !$0.contains(folder.path) && !$0.contains("mlbook-response-file-") }),
      Set(responseFiles.values).isSubset(of: linker), linker.contains(where: { $0.hasPrefix(placeholder + "/") })
    else { return nil }
    return linker
  }

  /// Reads the driver's `-###` listing: a frontend job that compiles to an object in the
  /// driver's temporary folder, then the jobs that link it.
  static func parse(_ listing: String) -> CompilerJobs? {
    var jobs: [[String]] = []
    for line in listing.split(separator: "\n") where !line.isEmpty {
      guard let words = shellWords(String(line)), !words.isEmpty else { return nil }
      jobs.append(words)
    }
    guard let frontend = jobs.first, frontend.count > 2, frontend[0].hasSuffix("swift-frontend"),
      frontend[1] == "-frontend", frontend.contains("-c"),
      let output = frontend.firstIndex(of: "-o").map({ frontend.index(after: $0) }), output < frontend.endIndex
    else { return nil }
    // The driver's temporary folder holds the object and the autolink list; they go to the lesson's.
    let temporary = (frontend[output] as NSString).deletingLastPathComponent
    guard temporary.count > 1, temporary != placeholder else { return nil }
    jobs = jobs.map { job in
      var job = job.map { $0.replacingOccurrences(of: temporary + "/", with: placeholder + "/") }
      if let flag = job.firstIndex(of: "-file-compilation-dir"), flag + 1 < job.count {
        job[flag + 1] = placeholder
      }
      return job
    }
    guard jobs.allSatisfy({ $0.allSatisfy { !$0.contains(temporary) } }),
      jobs.last?.contains(where: { $0.hasPrefix(placeholder) }) == true
    else { return nil }
    return CompilerJobs(jobs: jobs)
  }

  /// What a compiler driver prints with `-###` (the commands it would run), stdout and stderr
  /// together; `nil` when it fails.
  private static func dryRun(_ driver: String, _ arguments: [String], environment: [String: String]) -> String? {
    var output: [UInt8] = []
    let process = ChildProcess(executable: driver, arguments: ["-###"] + arguments, environment: environment)
    let deadline = ContinuousClock.now + .seconds(60)
    guard
      let result = try? process.run(
        deadline: { deadline },
        consume: {
          output += $0
          return true
        }),
      result.termination == .exited(0)
    else { return nil }
    return String(decoding: output, as: UTF8.self)
  }

  /// The jobs for the lesson program in `folder`.
  func commands(in folder: URL) -> [[String]] {
    jobs.map { $0.map { $0.replacingOccurrences(of: Self.placeholder, with: folder.path) } }
  }

  /// Splits a POSIX shell command line into words: blanks separate, '…' and "…" quote,
  /// a backslash escapes the next character. `nil` for anything a shell would expand.
  static func shellWords(_ line: String) -> [String]? {
    var words: [String] = []
    var word = ""
    var inWord = false
    var quote: Character? = nil
    var escaped = false
    for c in line {
      if escaped {
        word.append(c)
        escaped = false
        continue
      }
      switch (quote, c) {
      case ("'", "'"), ("\"", "\""): quote = nil
      case ("'", _): word.append(c)
      case ("\"", "\\"): escaped = true
      case ("\"", "$"), ("\"", "`"): return nil
      case ("\"", _): word.append(c)
      case (nil, "\\"):
        escaped = true
        inWord = true
      case (nil, "'"), (nil, "\""):
        quote = c
        inWord = true
      case (nil, " "), (nil, "\t"):
        if inWord { words.append(word) }
        word = ""
        inWord = false
      case (nil, "$"), (nil, "`"), (nil, "|"), (nil, ";"), (nil, "&"), (nil, "<"), (nil, ">"), (nil, "*"), (nil, "?"):
        return nil
      default:
        word.append(c)
        inWord = true
      }
    }
    guard quote == nil, !escaped else { return nil }
    if inWord { words.append(word) }
    return words
  }

  private static let cache = PlanCache()

  /// Plans by key, each made once even when lessons compile in parallel.
  private final class PlanCache: @unchecked Sendable {
    private let lock = NSLock()
    private var plans: [String: CompilerJobs?] = [:]

    func value(for key: String, make: () -> CompilerJobs?) -> CompilerJobs? {
      lock.lock()
      defer { lock.unlock() }
      if let plan = plans[key] { return plan }
      let plan = make()
      plans[key] = plan
      return plan
    }
  }
}
