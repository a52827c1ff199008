import Foundation
import MLBook
import XCTest

/// Python twins: `mlbook check` runs them with python3 and NumPy and requires
/// each to print what its Swift block prints.
final class TwinTests: XCTestCase {
  private func fence(_ info: String, _ code: String) -> String { "```\(info)\n\(code)\n```\n\n" }

  /// Two blocks with twins sharing state through a hidden setup twin, and a figure.
  private func course(secondTwin: String = "print(x * 2.0)", secondInfo: String = "python twin", extra: String = "")
    throws -> TestCourse
  {
    let body =
      "## Twins\n\n"
      + fence("python twin hidden", "import numpy as np")
      + fence("swift-run", "import MLMath\nlet x: Vector = [1, 2, 3, 4]\nprint(\"mean:\", x.mean())")
      + fence("output", "mean: 2.5")
      + fence("python twin", "x = np.array([1, 2, 3, 4])\nprint(\"mean:\", x.mean())")
      + fence("swift-run", "print(x * 2)")
      + fence("output", "[2. 4. 6. 8.]")
      + fence(secondInfo, secondTwin)
      + fence(
        "swift-run", "print(\"before\")\nshow(Figure(title: \"line\").plot([0, 1], [0, 1]))\nprint(\"after\")")
      + fence("python twin", "print(\"before\")\nimport matplotlib\nprint(\"after\")")
      + extra
    let course = try TestCourse(lessons: ["01-twins.md": TestCourse.lesson(body: body)])
    // Record the Swift outputs (the figure's text rendering among them); a failing twin fails this too.
    let update = try course.mlbook("check", "--update")
    XCTAssertFalse(update.stderr.contains("error: swift-run block"), update.stderr)
    return course
  }

  func testMatchingTwinsPassAndCoverageIsReported() throws {
    let course = try course()
    defer { course.remove() }
    let result = try course.mlbook("check")
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.contains("python twins: lessons/01-twins.md: 3 of 3 blocks"), result.stdout)
    // The twins' results are cached by content: one entry, reused, and a new one after an edit.
    let entries = { () -> Int in
      let folder = course.root.appendingPathComponent(".mlbook-cache/twins")
      return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
        !$0.hasPrefix(".")
      }.count
    }
    let before = entries()
    XCTAssertGreaterThan(before, 0)
    XCTAssertEqual(try course.mlbook("check").status, 0)
    XCTAssertEqual(entries(), before)
    let edited = try course.read("lessons/01-twins.md").replacingOccurrences(
      of: "x = np.array", with: "x = 1 * np.array")
    try course.write(edited, to: "lessons/01-twins.md")
    XCTAssertEqual(try course.mlbook("check").status, 0)
    XCTAssertEqual(entries(), before + 1)
    XCTAssertFalse(try course.read("lessons/01-twins.md").contains("```output\nbefore\nafter"), "figure text kept")
  }

  func testATwinThatPrintsADifferentDigitFailsAtItsLineWithADiff() throws {
    let course = try course(secondTwin: "print(x * 2.0 + np.array([0, 0, 1, 0]))")
    defer { course.remove() }
    let result = try course.mlbook("check", "--color", "never")
    XCTAssertEqual(result.status, 1)
    let line = try lineOf("print(x * 2.0 + np.array", in: course) - 1
    XCTAssertTrue(
      result.stderr.contains(
        "lessons/01-twins.md:\(line):1: error: the python twin of swift-run block 2 prints something else than the Swift block"
      ),
      result.stderr)
    XCTAssertTrue(result.stderr.contains("-[2. 4. 6. 8.]\n+[2. 4. 7. 8.]"), result.stderr)
    // Tolerance never hides a changed digit like this one, but lets float noise through.
    let noisy = try self.course(secondTwin: "print(x * 2.0 + 1e-13)", extra: "")
    defer { noisy.remove() }
    XCTAssertEqual(try noisy.mlbook("check").status, 0, "the printed digits are the same: numpy rounds")
  }

  func testAHangingTwinIsKilledAndNamed() throws {
    let course = try course(secondTwin: "import time\ntime.sleep(600)", secondInfo: "python twin timeout=1")
    defer { course.remove() }
    let start = Date()
    let result = try course.mlbook("check", "--color", "never")
    XCTAssertLessThan(Date().timeIntervalSince(start), 60)
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.stderr.contains("error: the python twin of swift-run block 2 did not finish within 1 s"), result.stderr)
  }

  func testAnExceptionPointsAtTheTwinsLine() throws {
    let course = try course(secondTwin: "y = 1\nprint(x @ np.ones(3))")
    defer { course.remove() }
    let result = try course.mlbook("check", "--color", "never")
    XCTAssertEqual(result.status, 1)
    let line = try lineOf("print(x @ np.ones(3))", in: course)
    XCTAssertTrue(
      result.stderr.contains(
        "lessons/01-twins.md:\(line):1: error: the python twin of swift-run block 2 raised ValueError"),
      result.stderr)
    XCTAssertFalse(result.stderr.contains("twins.py"), "the runner's own frames are not shown")
  }

  func testMisplacedTwinsSetupOutputAndTheRequiredShare() throws {
    let stray = try course(extra: "Prose.\n\n" + fence("python twin", "print(1)"))
    defer { stray.remove() }
    let strayResult = try stray.mlbook("check", "--color", "never")
    XCTAssertEqual(strayResult.status, 1)
    XCTAssertTrue(strayResult.stderr.contains("this python twin follows no swift-run block"), strayResult.stderr)

    let chatty = try course(extra: fence("python twin hidden", "print('set up')"))
    defer { chatty.remove() }
    let chattyResult = try chatty.mlbook("check", "--color", "never")
    XCTAssertEqual(chattyResult.status, 1)
    XCTAssertTrue(
      chattyResult.stderr.contains("this setup twin (`python twin hidden`, mirroring no block) printed output"))

    let partial = try course(extra: fence("swift-run", "print(1)") + fence("output", "1"))
    defer { partial.remove() }
    XCTAssertEqual(try partial.mlbook("check").status, 0, "no share required by default")
    try partial.write("twins:\n  require: 0.9\n", to: "mlbook.yml")
    let required = try partial.mlbook("check", "--color", "never")
    XCTAssertEqual(required.status, 1)
    XCTAssertTrue(
      required.stderr.contains(
        "3 of 4 swift-run blocks have a python twin; mlbook.yml requires 90% (this block has none)"),
      required.stderr)
    try partial.write("twins:\n  requires: 0.9\n", to: "mlbook.yml")
    XCTAssertTrue(
      try partial.mlbook("check").stderr.contains("unknown twins setting `requires`; did you mean `require`?"))
  }

  func testMissingPythonOrNumPyIsSaidPlainly() throws {
    let course = try course()
    defer { course.remove() }
    // The Swift runs are cached, so only the twins need an interpreter.
    var environment = ProcessInfo.processInfo.environment
    let path = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    environment["PATH"] = path.filter { !FileManager.default.fileExists(atPath: "\($0)/python3") }.joined(
      separator: ":")
    let noPython = try course.mlbook(in: "", ["check", "--color", "never"], environment: environment)
    XCTAssertEqual(noPython.status, 1)
    XCTAssertTrue(
      noPython.stderr.contains(
        "python twins need python3 with NumPy, and there is no python3 on PATH; install them with"),
      noPython.stderr)
    // A python3 without NumPy.
    let bin = course.root.appendingPathComponent("fake-bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try course.write("#!/bin/sh\necho 'ModuleNotFoundError: numpy' >&2\nexit 1\n", to: "fake-bin/python3")
    chmod(bin.appendingPathComponent("python3").path, 0o755)
    environment["PATH"] = ([bin.path] + path).joined(separator: ":")
    let noNumPy = try course.mlbook(in: "", ["check", "--color", "never"], environment: environment)
    XCTAssertEqual(noNumPy.status, 1)
    XCTAssertTrue(noNumPy.stderr.contains("cannot import it; install it with `pip install numpy`"), noNumPy.stderr)
    // `build` never needs Python.
    XCTAssertEqual(try course.mlbook(in: "", ["build"], environment: environment).status, 0)
  }

  private func lineOf(_ text: String, in course: TestCourse) throws -> Int {
    let lines = try course.read("lessons/01-twins.md").split(separator: "\n", omittingEmptySubsequences: false)
    return try XCTUnwrap(lines.firstIndex { $0.contains(text) }) + 1
  }
}

/// Twins on the page (Swift | Python tabs over one output), in the text chapter and in llms-full.txt.
final class TwinPageTests: XCTestCase {
  func testTwinsShowAsTabsAndInTheTextChapter() throws {
    let body = """
      ## Twins

      ```python twin hidden
      import numpy as np
      ```

      ```swift-run
      import MLMath
      let x: Vector = [1, 2, 3]
      print(x.sum())
      ```

      ```output
      6.0
      ```

      ```python twin
      x = np.array([1.0, 2.0, 3.0])
      print(x.sum())
      ```

      ```swift-run
      print(x.count)
      ```

      ```output
      3
      ```

      """
    let course = try TestCourse(lessons: ["01-twins.md": TestCourse.lesson(body: body)])
    defer { course.remove() }
    let check = try course.mlbook("check")
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertTrue(check.stdout.contains("python twins: lessons/01-twins.md: 1 of 2 blocks"), check.stdout)
    XCTAssertEqual(try course.mlbook("build").status, 0)
    let page = try course.read("site/01-twins.html")
    XCTAssertTrue(page.contains("<div class=\"cell has-twin\" id=\"cell-1\">"), page)
    XCTAssertTrue(page.contains("data-lang=\"python\" aria-selected=\"false\">Python</button>"))
    XCTAssertTrue(
      page.contains(
        "<pre class=\"code twin\" data-lang=\"python\"><code class=\"language-python\">x = np.array([<span class=\"hl-num\">1.0</span>"
      ), "the twin, coloured as Python")
    XCTAssertEqual(page.components(separatedBy: "class=\"output\"").count - 1, 2, "one output panel per cell")
    XCTAssertFalse(page.contains("import numpy as np"), "setup twins are not shown")
    XCTAssertTrue(page.contains("<div class=\"cell\" id=\"cell-2\">"), "a block without a twin has no tabs")
    let text = try course.read("site/text/01-twins.txt")
    XCTAssertTrue(
      text.contains(
        "    print(x.sum())\n\n    Python (NumPy):\n    x = np.array([1.0, 2.0, 3.0])\n    print(x.sum())\n\n    Output:\n"
      ),
      text)
    XCTAssertTrue(try course.read("site/llms-full.txt").contains("    Python (NumPy):\n    x = np.array"))

    // The notebook download: linked, valid nbformat 4, and Jupyter runs it to the same outputs.
    XCTAssertTrue(page.contains("<a href=\"downloads/01-twins.ipynb\" download>"), page)
    let notebook = course.root.appendingPathComponent("site/downloads/01-twins.ipynb").path
    let executed = course.root.appendingPathComponent("executed.ipynb").path
    let script = """
      import json, subprocess, sys
      import nbformat
      nb = nbformat.read(sys.argv[1], as_version=4)
      nbformat.validate(nb)
      subprocess.run(["jupyter", "nbconvert", "--to", "notebook", "--execute", sys.argv[1], "--output", sys.argv[2]],
                     check=True, capture_output=True)
      def outputs(path):
          cells = json.load(open(path))["cells"]
          return [[o.get("output_type"), "".join(o.get("text", ""))] for c in cells if c["cell_type"] == "code"
                  for o in c["outputs"]]
      recorded, run = outputs(sys.argv[1]), outputs(sys.argv[2])
      print(json.dumps(recorded))
      sys.exit(0 if recorded == run else f"outputs differ: {recorded} vs {run}")
      """
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = ["python3", "-c", script, notebook, executed]
    let out = Pipe()
    python.standardOutput = out
    python.standardError = FileHandle.standardError
    try python.run()
    let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    python.waitUntilExit()
    XCTAssertEqual(python.terminationStatus, 0, "nbformat/nbconvert (scripts/install-packages installs them)")
    XCTAssertEqual(printed, "[[\"stream\", \"6.0\\n\"]]\n")
    let cells =
      try XCTUnwrap(
        JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: notebook))) as? [String: Any])["cells"]
      as? [[String: Any]]
    let markdown = try XCTUnwrap(cells).filter { $0["cell_type"] as? String == "markdown" }.map {
      ($0["source"] as? [String] ?? []).joined()
    }.joined(separator: "\n")
    XCTAssertTrue(
      markdown.contains("```swift\nprint(x.count)\n```\n\n```text\n3\n```"), "a block without a twin stays as Swift")
    // Built twice, byte for byte the same.
    let first = try Data(contentsOf: URL(fileURLWithPath: notebook))
    XCTAssertEqual(try course.mlbook("build", "--no-cache").status, 0)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: notebook)), first)
  }
}

/// A lesson's code as a Swift package download.
final class SwiftPackageDownloadTests: XCTestCase {
  func testTheSwiftPackageBuildsAndPrintsTheRecordedOutputs() throws {
    let body = """
      ## Code

      ```swift-run
      import MLMath
      let x: Vector = [1, 2, 3, 4]
      print("mean:", x.mean())
      ```

      ```swift-run isolated
      let local = 7
      print(local * 6)
      ```

      ```swift-run
      show(Figure(title: "line").plot([0, 1], [0, 1]))
      print(x.sum())
      ```

      """
    let course = try TestCourse(
      lessons: ["01-code.md": TestCourse.lesson(body: body)],
      config: "title: Downloads\nswift-package:\n  path: \(Repository.root.path)\n")
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("check", "--update").status, 0)
    XCTAssertEqual(try course.mlbook("build").status, 0)
    XCTAssertTrue(try course.read("site/01-code.html").contains("<a href=\"downloads/01-code-swift.zip\" download>"))
    let zip = course.root.appendingPathComponent("site/downloads/01-code-swift.zip")
    let unpacked = course.root.appendingPathComponent("unpacked")
    XCTAssertEqual(try run("/usr/bin/env", ["python3", "-m", "zipfile", "-e", zip.path, unpacked.path]).status, 0)
    let package = unpacked.appendingPathComponent("01-code")

    // The manifest is one SwiftPM reads, depending on MLMath where the course says.
    let manifest = try run("/usr/bin/env", ["swift", "package", "dump-package"], in: package)
    XCTAssertEqual(manifest.status, 0, manifest.output)
    XCTAssertTrue(manifest.output.contains(Repository.root.path), manifest.output)
    XCTAssertTrue(manifest.output.contains("\"MLMath\""), manifest.output)

    // main.swift builds against MLMath (the build mlbook runs lessons with, rather than a ~4-minute
    // rebuild of MLMath from source) and prints what the lesson records, figure drawing included.
    let toolchain = try Toolchain.locate()
    let binary = course.root.appendingPathComponent("lesson-binary").path
    var arguments = [
      "-swift-version", "5", "-I", toolchain.moduleDirectory, "-L", toolchain.libraryDirectory, "-lMLMathRuntime",
      "-Xlinker", "-rpath", "-Xlinker", toolchain.libraryDirectory,
    ]
    for dir in toolchain.includeDirectories { arguments += ["-I", dir] }
    arguments += [package.appendingPathComponent("Sources/Lesson/main.swift").path, "-o", binary]
    let compiled = try run(toolchain.swiftc, arguments)
    XCTAssertEqual(compiled.status, 0, compiled.output)
    let printed = try run(binary, [])
    XCTAssertEqual(printed.status, 0)
    let lesson = try course.read("lessons/01-code.md")
    let recorded = lesson.components(separatedBy: "```output\n").dropFirst().map {
      $0.components(separatedBy: "\n```")[0] + "\n"
    }.joined()
    XCTAssertEqual(printed.output, recorded)
    XCTAssertTrue(recorded.contains("mean: 2.5\n42\n"), recorded)

    // The same archive on every build.
    let first = try Data(contentsOf: zip)
    XCTAssertEqual(try course.mlbook("build", "--no-cache").status, 0)
    XCTAssertEqual(try Data(contentsOf: zip), first)
  }

  private func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-run-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: file.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: file) }
    let handle = try FileHandle(forWritingTo: file)
    process.standardOutput = handle
    process.standardError = handle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try handle.close()
    return (process.terminationStatus, try String(contentsOf: file, encoding: .utf8))
  }
}
