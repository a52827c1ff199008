import ArgumentParser
import Foundation
import MLBook

@main
struct MLBookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mlbook",
    abstract: "Literate math lessons with runnable Swift: build the site, check the recorded outputs.",
    subcommands: [Build.self, Check.self, Serve.self, Render.self, Init.self, New.self, Completions.self])

  static func main() {
    Interruption.install()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      // Usage errors (unknown option, bad value) exit 2, as other command-line tools do.
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}

/// Options every course command takes.
struct CourseOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The course folder (holding lessons/; default: the nearest folder with mlbook.yml or lessons/, here or above).",
      valueName: "DIR"))
  var root: String?

  @Option(name: .long, help: "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never.")
  var color: DiagnosticPrinter.ColorMode = .auto

  var rootURL: URL { CourseOptions.resolve(root) }

  /// `--root DIR` as given, or the course the working directory is in (as git finds `.git`).
  static func resolve(_ root: String?) -> URL {
    if let root { return URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL }
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true).standardizedFileURL
    return Course.findRoot(from: here) ?? here
  }
}

extension DiagnosticPrinter.ColorMode: ExpressibleByArgument {}

/// How this run prints diagnostics (set from `--color` when a command starts).
enum Diagnostics {
  nonisolated(unsafe) static var printer = DiagnosticPrinter(mode: .auto, isTerminal: isatty(2) != 0)

  static func use(_ mode: DiagnosticPrinter.ColorMode) {
    printer = DiagnosticPrinter(mode: mode, isTerminal: isatty(2) != 0)
  }
}

private func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}

private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

/// Prints problems as `path:line:col: error: message` on stderr and exits 1;
/// prints the warnings reported to `warnings` (`path:line:col: warning: …`) either way.
func runReportingErrors(warnings: DiagnosticSink? = nil, _ body: () throws -> Void) throws {
  func printWarnings() -> Int {
    let list = warnings?.warnings ?? []
    for warning in list { printError(Diagnostics.printer.format(warning)) }
    return list.count
  }
  do {
    try body()
    let shown = printWarnings()
    if shown > 0 { printError("mlbook: \(count(shown, "warning"))") }
  } catch let error as DiagnosticError {
    // Under --strict the warnings are the errors: listed once, as errors.
    let strictFailure = !error.diagnostics.isEmpty && error.diagnostics == (warnings?.warnings ?? []).map(\.asError)
    let shown = strictFailure ? 0 : printWarnings()
    printError(error.diagnostics.map(Diagnostics.printer.format).joined(separator: "\n"))
    var summary = "mlbook: \(count(error.errorCount, "error"))"
    if shown > 0 { summary += ", \(count(shown, "warning"))" }
    if strictFailure { summary += " (warnings are errors with --strict)" }
    printError(summary)
    throw ExitCode(1)
  } catch let error as ExitCode {
    _ = printWarnings()
    throw error
  } catch {
    _ = printWarnings()
    printError("mlbook: error: \(ErrorText.describe(error))")
    throw ExitCode(1)
  }
}
