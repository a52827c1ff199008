import Foundation
import Testing

@testable import MLBook

/// The driver's plan, replayed per lesson (CompilerJobs): parsing `swiftc -###`, moving the
/// driver's temporary files into the lesson's folder, and refusing plans it does not understand.
@Suite struct CompilerJobsTests {
  let placeholder = CompilerJobs.placeholder
  /// The driver's arguments for a one-file program in the placeholder folder.
  var arguments: [String] {
    ["-Onone", "-module-name", "Lesson", "\(placeholder)/main.swift", "-o", "\(placeholder)/lesson"]
  }

  /// A new folder holding `main.swift`.
  private func lessonFolder(main: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-jobs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try main.write(to: folder.appendingPathComponent("main.swift"), atomically: true, encoding: .utf8)
    return folder
  }

  @Test func shellWordsFollowPOSIXQuoting() {
    #expect(CompilerJobs.shellWords("a  b\tc") == ["a", "b", "c"])
    #expect(
      CompilerJobs.shellWords("'/opt/my swift/bin/swift-frontend' -o x") == [
        "/opt/my swift/bin/swift-frontend", "-o", "x",
      ])
    #expect(CompilerJobs.shellWords("'it'\\''s' \"a \\\"b\\\"\" c\\ d ''") == ["it's", "a \"b\"", "c d", ""])
    // Anything a shell would expand or redirect is not a plan to replay.
    for line in ["echo $HOME", "a | b", "x > y", "\"$(id)\"", "a*", "'open"] {
      #expect(CompilerJobs.shellWords(line) == nil, "\(line)")
    }
  }

  @Test func theDriversTemporaryFolderBecomesTheLessonsFolder() throws {
    let listing = """
      /opt/swift/usr/bin/swift-frontend -frontend -c \(placeholder)/main.swift \(placeholder)/support.swift -target x86_64-unknown-linux-gnu -file-compilation-dir /home/me -module-name Lesson -o /tmp/TemporaryDirectory.iGODm8/Lesson-1.o
      /opt/swift/usr/bin/swift-autolink-extract /tmp/TemporaryDirectory.iGODm8/Lesson-1.o -o /tmp/TemporaryDirectory.iGODm8/Lesson-2.autolink
      /opt/swift/usr/bin/clang -fuse-ld=lld -pie /tmp/TemporaryDirectory.iGODm8/Lesson-1.o @/tmp/TemporaryDirectory.iGODm8/Lesson-2.autolink -L /lib -lMLMathRuntime -o \(placeholder)/lesson

      """
    let jobs = try #require(CompilerJobs.parse(listing))
    let commands = jobs.commands(in: URL(fileURLWithPath: "/tmp/mlbook-01-abc"))
    #expect(commands.count == 3)
    #expect(commands[0].suffix(2) == ["-o", "/tmp/mlbook-01-abc/Lesson-1.o"])
    #expect(commands[0].contains("/tmp/mlbook-01-abc/main.swift"))
    let directory = try #require(commands[0].firstIndex(of: "-file-compilation-dir"))
    #expect(commands[0][directory + 1] == "/tmp/mlbook-01-abc")
    #expect(
      commands[1] == [
        "/opt/swift/usr/bin/swift-autolink-extract", "/tmp/mlbook-01-abc/Lesson-1.o", "-o",
        "/tmp/mlbook-01-abc/Lesson-2.autolink",
      ])
    #expect(commands[2].contains("@/tmp/mlbook-01-abc/Lesson-2.autolink"))
    #expect(commands[2].last == "/tmp/mlbook-01-abc/lesson")
    #expect(!commands.joined().contains { $0.contains("TemporaryDirectory") || $0.contains(placeholder) })
  }

  @Test func plansItDoesNotUnderstandFallBackToTheDriver() {
    // Not a frontend first; an object outside any folder; a temporary path left over; no link to the lesson.
    #expect(CompilerJobs.parse("/usr/bin/ld -o \(placeholder)/lesson") == nil)
    #expect(CompilerJobs.parse("/x/swift-frontend -frontend -c a.swift -o Lesson-1.o") == nil)
    #expect(
      CompilerJobs.parse(
        "/x/swift-frontend -frontend -c \(placeholder)/main.swift -o /tmp/T/Lesson-1.o -index-store /tmp/Tother\n/x/clang /tmp/T/Lesson-1.o -o /elsewhere/lesson"
      ) == nil)
    #expect(CompilerJobs.parse("") == nil)
  }

  @Test func planningTheRealDriverGivesJobsThatBuildARunnableProgram() throws {
    let toolchain = try Toolchain.locate()
    let folder = try lessonFolder(main: "print(\"hello from the planned jobs\")\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let jobs = try #require(
      CompilerJobs.plan(
        swiftc: toolchain.swiftc, arguments: arguments, environment: ProcessInfo.processInfo.environment))
    #expect(jobs.jobs.first?.first?.hasSuffix("swift-frontend") == true)
    for command in jobs.commands(in: folder) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: command[0])
      process.arguments = Array(command.dropFirst())
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(command.joined(separator: " "))")
    }
    let run = Process()
    let pipe = Pipe()
    run.executableURL = folder.appendingPathComponent("lesson")
    run.standardOutput = pipe
    try run.run()
    run.waitUntilExit()
    #expect(
      String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        == "hello from the planned jobs\n")
    // A second plan for the same flags is the cached one.
    #expect(
      CompilerJobs.plan(
        swiftc: toolchain.swiftc, arguments: arguments, environment: ProcessInfo.processInfo.environment)
        == jobs)
  }

  /// The link runs the linker itself, as clang would have: the program is byte for byte the one
  /// clang links, and the autolink list is read where clang would have spliced it in.
  @Test func theLinkRunsTheLinkerDirectlyAndLinksTheSameProgram() throws {
    let toolchain = try Toolchain.locate()
    let folder = try lessonFolder(
      main: "import Foundation\nprint(Date(timeIntervalSince1970: 0).timeIntervalSince1970)\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let environment = ProcessInfo.processInfo.environment
    let plan = try #require(CompilerJobs.plan(swiftc: toolchain.swiftc, arguments: arguments, environment: environment))
    let link = try #require(plan.jobs.last)
    try #require((link[0] as NSString).lastPathComponent.hasPrefix("ld"), "\(link)")
    #expect(link.contains { $0.hasPrefix("@\(placeholder)/") && $0.hasSuffix(".autolink") })
    func run(_ command: [String]) throws -> Int32 {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: command[0])
      process.arguments = Array(command.dropFirst())
      try process.run()
      process.waitUntilExit()
      return process.terminationStatus
    }
    let commands = plan.commands(in: folder)
    for command in commands { #expect(try run(command) == 0, "\(command.joined(separator: " "))") }
    let direct = try Data(contentsOf: folder.appendingPathComponent("lesson"))
    // The same link through clang, from the driver's own listing.
    var listing = ""
    let driver = Process()
    let pipe = Pipe()
    driver.executableURL = URL(fileURLWithPath: toolchain.swiftc)
    driver.arguments = ["-###"] + arguments
    driver.standardOutput = pipe
    try driver.run()
    listing = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    driver.waitUntilExit()
    let viaClang = try #require(CompilerJobs.parse(listing)).commands(in: folder).last!
    #expect((viaClang[0] as NSString).lastPathComponent.hasPrefix("clang"))
    #expect(try run(viaClang) == 0)
    #expect(try Data(contentsOf: folder.appendingPathComponent("lesson")) == direct)
  }

  @Test func aLinkJobThatIsNotClangIsLeftAsItIs() {
    #expect(
      CompilerJobs.linkerCommand(forLinkJob: ["/usr/bin/ld", "-o", "\(placeholder)/lesson"], environment: [:]) == nil)
    #expect(CompilerJobs.linkerCommand(forLinkJob: ["/opt/swift/usr/bin/clang"], environment: [:]) == nil)
  }
}
