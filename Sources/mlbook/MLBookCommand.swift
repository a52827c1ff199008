import ArgumentParser
import Foundation
import MLBook

@main
struct MLBookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mlbook",
    abstract: "Literate math lessons with runnable Swift: build the site, check the recorded outputs.",
    subcommands: [Build.self, Check.self, Render.self])

  static func main() {
    Interruption.install()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      exit(withError: error)
    }
  }
}

/// Options every course command takes.
struct CourseOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The course folder (holding lessons/).", valueName: "DIR"))
  var root: String = "."

  var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL }
}

/// Prints problems as `path:line:col: error: message` on stderr and exits 1.
func runReportingErrors(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as DiagnosticError {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    let count = error.diagnostics.filter { $0.severity == .error }.count
    FileHandle.standardError.write(Data("mlbook: \(count) error\(count == 1 ? "" : "s")\n".utf8))
    throw ExitCode(1)
  } catch let error as ExitCode {
    throw error
  } catch {
    FileHandle.standardError.write(Data("mlbook: error: \(error)\n".utf8))
    throw ExitCode(1)
  }
}
