import Foundation
import XCTest

@testable import MLBook

/// `mlbook init`, `mlbook new` and `mlbook completions`, tried as a new author would.
final class ScaffoldTests: XCTestCase {
  func testInitMakesACourseThatBuildsAndChecksCleanly() throws {
    let workspace = try TestCourse()
    defer { workspace.remove() }
    let made = try workspace.mlbook("init", "demo")
    XCTAssertEqual(made.status, 0, made.stderr)
    for path in ["mlbook.yml", "lessons/01-welcome.md", ".gitignore", ".github/workflows/lessons.yml"] {
      XCTAssertTrue(workspace.exists("demo/\(path)"), path)
    }
    XCTAssertTrue(made.stdout.contains("created demo/lessons/01-welcome.md"), made.stdout)
    let build = try workspace.mlbook(in: "demo", ["build", "--no-sandbox"])
    XCTAssertEqual(build.status, 0, build.stderr)
    let warnings = build.stderr.split(separator: "\n").filter { $0.contains("warning:") && !$0.contains("--no-sandbox") }
    XCTAssertEqual(warnings, [], build.stderr)
    let page = try workspace.read("demo/site/01-welcome.html")
    XCTAssertTrue(page.contains("<svg"), "the figure is drawn")
    XCTAssertTrue(page.contains("<math"), "the formula is typeset")
    XCTAssertTrue(try workspace.read("demo/site/index.html").contains("demo"))
    let check = try workspace.mlbook(in: "demo", ["check", "--strict", "--no-sandbox"])
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertTrue(check.stdout.contains("checked 3 blocks in 1 lessons"), check.stdout)
  }

  func testInitNeverOverwrites() throws {
    let workspace = try TestCourse()
    defer { workspace.remove() }
    try FileManager.default.createDirectory(
      at: workspace.root.appendingPathComponent("taken"), withIntermediateDirectories: true)
    try workspace.write("mine\n", to: "taken/notes.txt")
    let result = try workspace.mlbook("init", "taken")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("taken is not empty"), result.stderr)
    XCTAssertEqual(try workspace.read("taken/notes.txt"), "mine\n")
    XCTAssertFalse(workspace.exists("taken/mlbook.yml"))
  }

  func testTitlesWithYAMLSyntaxAreQuoted() throws {
    let workspace = try TestCourse()
    defer { workspace.remove() }
    XCTAssertEqual(try workspace.mlbook("init", "c", "--title", "Stats: a \"first\" course #1").status, 0)
    let build = try workspace.mlbook(in: "c", ["build", "--no-sandbox"])
    XCTAssertEqual(build.status, 0, build.stderr)
    XCTAssertTrue(try workspace.read("c/site/index.html").contains("Stats: a &quot;first&quot; course #1"))
  }

  func testNewAddsTheNextNumberedLesson() throws {
    let workspace = try TestCourse()
    defer { workspace.remove() }
    XCTAssertEqual(try workspace.mlbook("init", "demo").status, 0)
    let added = try workspace.mlbook(in: "demo/lessons", ["new", "Bayes' Theorem, Again"])
    XCTAssertEqual(added.status, 0, added.stderr)
    XCTAssertTrue(added.stdout.contains("02-bayes-theorem-again.md"), added.stdout)
    let text = try workspace.read("demo/lessons/02-bayes-theorem-again.md")
    XCTAssertTrue(text.hasPrefix("---\ntitle: \"Bayes' Theorem, Again\"\n"), text)
    XCTAssertTrue(text.contains("\npart: 2\n"), text)
    XCTAssertEqual(try workspace.mlbook(in: "demo", ["new", "Élan vital"]).status, 0)
    XCTAssertTrue(workspace.exists("demo/lessons/03-elan-vital.md"))
    let check = try workspace.mlbook(in: "demo", ["check", "--strict", "--no-sandbox"])
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertEqual(try workspace.mlbook(in: "demo", ["new", "  "]).status, 1)
  }

  func testNewOutsideACourseSaysWhatToDo() throws {
    let workspace = try TestCourse()
    defer { workspace.remove() }
    try FileManager.default.removeItem(at: workspace.root.appendingPathComponent("lessons"))
    let result = try workspace.mlbook("new", "Vectors", "--root", ".")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("run `mlbook init DIR` to make a course first"), result.stderr)
  }

  func testSlugs() {
    XCTAssertEqual(Scaffold.slug("Bayes' Theorem, Again"), "bayes-theorem-again")
    XCTAssertEqual(Scaffold.slug("  Ünïcode — and   Spaces!  "), "unicode-and-spaces")
    XCTAssertEqual(Scaffold.slug("∑∫"), "lesson")
    XCTAssertEqual(Scaffold.slug("Part 10: NumPy & SciPy"), "part-10-numpy-scipy")
  }

  func testCompletionScripts() throws {
    let workspace = try TestCourse()
    defer { workspace.remove() }
    for shell in ["bash", "zsh", "fish"] {
      let result = try workspace.mlbook("completions", shell)
      XCTAssertEqual(result.status, 0, result.stderr)
      XCTAssertTrue(result.stdout.contains("mlbook"), shell)
      XCTAssertTrue(result.stdout.contains("report"), shell)
    }
    XCTAssertEqual(try workspace.mlbook("completions", "tcsh").status, 2)
  }
}
