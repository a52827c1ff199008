import Foundation
import XCTest

@testable import MLBook

/// Diagnostics as a compiler prints them: the location line, the source line with a caret
/// under the column, then the detail; colour only on a terminal, never with NO_COLOR.
final class DiagnosticPrinterTests: XCTestCase {
  private func file(_ text: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("printer-\(UUID().uuidString).md")
    try Data(text.utf8).write(to: url)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url.path
  }

  func testSourceLineAndCaretUnderTheColumn() throws {
    let path = try file("first\r\n\tlet λ = f(x)\r\nlast\n")
    // Column 11 (UTF-8 bytes from 1) is `f`: tab, "let ", "λ" (2 bytes), " = ".
    let text = DiagnosticPrinter(colors: false).format(
      Diagnostic(path: path, line: 2, column: 11, message: "cannot find 'f' in scope"))
    XCTAssertEqual(
      text,
      "\(path):2:11: error: cannot find 'f' in scope\n    2 | \tlet λ = f(x)\n      | \t        ^")
  }

  func testNoSnippetWhenTheDetailPointsAlreadyOrTheLineIsMissing() throws {
    let path = try file("a $\\frac{1}{$ b\n")
    let printer = DiagnosticPrinter(colors: false)
    let math = printer.format(
      Diagnostic(path: path, line: 1, column: 4, message: "invalid math", detail: "\\frac{1}{\n        ^"))
    XCTAssertEqual(math, "\(path):1:4: error: invalid math\n\\frac{1}{\n        ^")
    XCTAssertEqual(
      printer.format(Diagnostic(path: path, line: 9, column: 1, message: "past the end")),
      "\(path):9:1: error: past the end")
    XCTAssertEqual(
      printer.format(Diagnostic(path: "/nonexistent/x.md", line: 1, message: "gone")),
      "/nonexistent/x.md:1:1: error: gone")
  }

  func testColourOnlyWhereWanted() {
    XCTAssertFalse(DiagnosticPrinter(mode: .auto, isTerminal: false, environment: [:]).colors)
    XCTAssertTrue(DiagnosticPrinter(mode: .auto, isTerminal: true, environment: [:]).colors)
    XCTAssertFalse(DiagnosticPrinter(mode: .auto, isTerminal: true, environment: ["NO_COLOR": "1"]).colors)
    XCTAssertFalse(DiagnosticPrinter(mode: .auto, isTerminal: true, environment: ["TERM": "dumb"]).colors)
    XCTAssertTrue(DiagnosticPrinter(mode: .always, isTerminal: false, environment: ["NO_COLOR": "1"]).colors)
    XCTAssertFalse(DiagnosticPrinter(mode: .never, isTerminal: true, environment: [:]).colors)
    let coloured = DiagnosticPrinter(colors: true).format(
      Diagnostic(path: "x.md", line: 3, severity: .warning, message: "m"))
    XCTAssertEqual(coloured, "\u{1B}[1mx.md:3:1:\u{1B}[0m \u{1B}[1;35mwarning:\u{1B}[0m \u{1B}[1mm\u{1B}[0m")
  }

  func testTheCommandLinePrintsSnippetsAndHonoursColor() throws {
    let lesson = TestCourse.lesson(body: "## Bad\n\nA formula $\\fracc{1}{2}$ here.\n")
    let course = try TestCourse(lessons: ["01-bad.md": lesson])
    defer { course.remove() }
    let plain = try course.mlbook("build")
    XCTAssertEqual(plain.status, 1)
    XCTAssertFalse(plain.stderr.contains("\u{1B}["), plain.stderr)
    XCTAssertTrue(plain.stderr.contains("lessons/01-bad.md:9:"), plain.stderr)
    let coloured = try course.mlbook("build", "--color", "always")
    XCTAssertEqual(coloured.status, 1)
    XCTAssertTrue(coloured.stderr.contains("\u{1B}[1;31merror:\u{1B}[0m"), coloured.stderr)
    XCTAssertEqual(try course.mlbook("build", "--color", "sometimes").status, 2)
  }

  func testYAMLSettingsErrorsShowTheirLine() throws {
    let course = try TestCourse(lessons: [:], config: "title: T\ntimeout: -1\n")
    defer { course.remove() }
    let result = try course.mlbook("check")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("mlbook.yml:2:10: error: `timeout` must be a positive number"), result.stderr)
    XCTAssertTrue(result.stderr.contains("    2 | timeout: -1\n      |          ^"), result.stderr)
  }
}
