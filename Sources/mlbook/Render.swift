import ArgumentParser
import Foundation
import MLBook

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Render one Markdown file to stdout (an HTML fragment or plain text), running its blocks.")

  @Argument(help: ArgumentHelp("The Markdown file.", valueName: "FILE.md"))
  var file: String

  @Option(name: .long, help: "Output format: html or text.")
  var to: Pipeline.Format = .html

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The course folder, for mlbook.yml settings (default: the nearest one with mlbook.yml or lessons/).",
      valueName: "DIR"))
  var root: String?

  @Option(name: .long, help: "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never.")
  var color: DiagnosticPrinter.ColorMode = .auto

  func run() throws {
    Diagnostics.use(color)
    try runReportingErrors {
      try Pipeline(root: CourseOptions.resolve(root))
        .render(file: URL(fileURLWithPath: file), format: to) { output in
          FileHandle.standardOutput.write(Data(output.utf8))
          // Done: let the OS reclaim the document rather than free it node by node.
          Foundation.exit(0)
        }
    }
  }
}

extension Pipeline.Format: ExpressibleByArgument {}
