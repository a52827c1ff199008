import Foundation
import XCTest

/// How `swift-run` blocks run: one program per lesson, attributes, traps, stdin.
final class ExecutionTests: XCTestCase {
  private func outputs(of body: String) throws -> (TestCourse.Result, String) {
    let course = try TestCourse(lessons: ["01-x.md": TestCourse.lesson(body: body)])
    defer { course.remove() }
    let result = try course.mlbook("check", "--update")
    return (result, (try? course.read("lessons/01-x.md")) ?? "")
  }

  func testAttributesAndScopes() throws {
    let body = """
      ```swift-run hidden
      let secret = 41
      print("setup done")
      ```

      ```swift-run isolated
      let secret = 1
      print("isolated sees its own", secret)
      ```

      ```swift-run no-output
      print("not recorded")
      ```

      ```swift-run expect-trap
      print("before the trap")
      let m: [Int] = []
      print(m[secret])
      ```

      ```swift-run
      print("after the trap, secret is", secret + 1)
      ```

      """
    let (result, text) = try outputs(of: body)
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(text.contains("```output\nsetup done\n```"), text)
    XCTAssertTrue(text.contains("```output\nisolated sees its own 1\n```"), text)
    XCTAssertFalse(text.contains("not recorded\n```"), text)
    XCTAssertTrue(text.contains("```output\nbefore the trap\nFatal error: Index out of range\n```"), text)
    XCTAssertTrue(text.contains("```output\nafter the trap, secret is 42\n```"), text)
  }

  func testStdinIsClosedAndStderrIsCaptured() throws {
    let body = """
      ```swift-run
      import Foundation
      print(readLine() ?? "no input")
      FileHandle.standardError.write("to stderr\\n".data(using: .utf8)!)
      ```

      """
    let (result, text) = try outputs(of: body)
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(text.contains("```output\nno input\nto stderr\n```"), text)
  }

  func testWorkingDirectoryIsTemporary() throws {
    let body = """
      ```swift-run
      import Foundation
      FileManager.default.createFile(atPath: "scratch.txt", contents: Data("x".utf8))
      print(FileManager.default.currentDirectoryPath.hasPrefix(NSTemporaryDirectory()) || FileManager.default.currentDirectoryPath.contains("mlbook-"))
      ```

      """
    let course = try TestCourse(lessons: ["01-x.md": TestCourse.lesson(body: body)])
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("check", "--update").status, 0)
    XCTAssertTrue(try course.read("lessons/01-x.md").contains("```output\ntrue\n```"))
    XCTAssertFalse(course.exists("scratch.txt"))
  }

  func testOutputContainingFencesGetsALongerFence() throws {
    let (result, text) = try outputs(of: "```swift-run\nprint(\"```\")\nprint(\"done\")\n```\n")
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(text.contains("````output\n```\ndone\n````\n"), text)
  }
}
