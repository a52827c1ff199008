import ArgumentParser
import Foundation
import MLBook

/// Flags shared by the commands that run lessons.
struct RunFlags: ParsableArguments {
  @Option(name: .long, help: "Lessons compiled and run at once (default: the number of cores).")
  var jobs: Int?

  @Flag(
    name: .customLong("no-cache"),
    help: "Run every lesson without reading cached outputs (what runs still refreshes the cache).")
  var noCache = false

  @Flag(name: .customLong("keep-going"), help: "Report every failing lesson and build the others.")
  var keepGoing = false

  @Flag(help: "Treat warnings as errors: list them and exit with status 1.")
  var strict = false

  @Flag(
    name: .customLong("no-sandbox"),
    help: "Run lesson programs without isolation or resource limits (for debugging; prints a warning).")
  var noSandbox = false

  @Flag(name: .shortAndLong, help: "Print only problems (errors and warnings).")
  var quiet = false

  @Flag(name: .shortAndLong, help: "Print each phase and each lesson's timing.")
  var verbose = false

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if quiet && verbose { throw ValidationError("--quiet and --verbose contradict each other") }
  }

  var options: BuildOptions {
    var options = BuildOptions()
    if let jobs { options.jobs = jobs }
    options.useCache = !noCache
    options.keepGoing = keepGoing
    options.strict = strict
    options.sandbox = !noSandbox
    if noSandbox {
      FileHandle.standardError.write(
        Data("mlbook: warning: --no-sandbox: lesson programs run with your full rights and no resource limits\n".utf8))
    }
    options.progress = ConsoleProgress(verbosity: quiet ? .quiet : verbose ? .verbose : .normal)
    return options
  }
}
