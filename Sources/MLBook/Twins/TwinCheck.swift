import Foundation
import Markdown

/// How many of a lesson's `swift-run` blocks have a Python twin.
public struct TwinCoverage: Sendable, Equatable {
  /// `lessons/NN-slug.md`.
  public var path: String
  public var blocks: Int
  public var twins: Int

  public var share: Double { blocks == 0 ? 1 : Double(twins) / Double(blocks) }
}

extension Pipeline {
  /// Runs the twins of the lessons `executed` holds and compares each with the
  /// text its Swift block printed (figures aside): byte for byte, or within
  /// the course's and the block's numeric tolerance. Enforces `twins.require`.
  func checkTwins(
    _ course: Course, executed: [SiteBuilder.ExecutedLesson?], selected: [Bool], options: BuildOptions
  ) -> (problems: [Diagnostic], coverage: [TwinCoverage]) {
    var problems: [Diagnostic] = []
    var coverage: [TwinCoverage] = []
    var python: Result<TwinRunner.Python, TwinRunner.RunError>?
    // Detected once for the whole check (detection starts probe processes), as for the Swift blocks.
    lazy var sandbox = options.chosenSandbox(limits: course.config.limits)
    let cache = options.recordsCache ? CacheStore(root: cacheDirectory, kind: "twins", reads: options.useCache) : nil
    for (index, lesson) in course.lessons.enumerated() where selected[index] {
      let twins: [TwinBlock]
      let blocks: [ExecutableBlock]
      do {
        blocks = try lesson.executableBlocks()
        twins = try lesson.twinBlocks()
      } catch {
        problems += error.diagnostics
        continue
      }
      let paired = twins.filter { $0.block != nil }
      coverage.append(TwinCoverage(path: course.relativePath(lesson), blocks: blocks.count, twins: paired.count))
      if let required = course.config.twinShare, !blocks.isEmpty, coverage.last!.share < required {
        let missing = blocks.first { block in !paired.contains { $0.block == block.index } }!
        problems.append(
          Diagnostic(
            path: lesson.displayPath, line: missing.line, column: missing.code.position.column,
            message:
              "\(paired.count) of \(blocks.count) swift-run blocks have a python twin; mlbook.yml requires \(Self.percent(required)) (this block has none)"
          ))
      }
      for twin in paired where blocks[twin.block!].options.expectTrap {
        problems.append(
          Diagnostic(
            path: lesson.displayPath, line: twin.line, column: twin.code.position.column,
            message: "swift-run block \(twin.block! + 1) is `expect-trap`: a crash has no python twin; remove this one")
        )
      }
      guard !twins.isEmpty, let item = executed[index] else { continue }
      if python == nil { python = Result { try TwinRunner.locatePython() }.mapError { $0 as! TwinRunner.RunError } }
      let interpreter: TwinRunner.Python
      switch python! {
      case .success(let found): interpreter = found
      case .failure(let error):
        problems.append(
          Diagnostic(
            path: lesson.displayPath, line: twins[0].line, column: twins[0].code.position.column,
            message: error.description))
        continue
      }
      let runner = TwinRunner(
        python: interpreter, timeout: course.config.timeout, outputLimit: course.config.outputLimit,
        sandbox: sandbox)
      let key = twinKey(course, lesson, twins, python: interpreter)
      let run: TwinRunner.Run
      if let cached = cache?.loadJSON(TwinRunner.Run.self, key), cached.outputs.count == twins.count {
        run = cached
      } else {
        do {
          run = try runner.run(lesson, twins: twins, courseRoot: course.root)
        } catch {
          problems += error.diagnostics
          continue
        }
        cache?.storeJSON(key, run)
      }
      for (twin, printed) in zip(twins, run.outputs) {
        let actual = OutputFences.normalized(printed)
        guard let b = twin.block else {
          if !actual.isEmpty {
            problems.append(
              Diagnostic(
                path: lesson.displayPath, line: twin.line, column: twin.code.position.column,
                message:
                  "this setup twin (`python twin hidden`, mirroring no block) printed output; setup prints nothing",
                detail: actual))
          }
          continue
        }
        let block = blocks[b]
        guard b < item.run.outputs.count, !block.options.expectTrap else { continue }
        let swift = OutputFences.normalized(Self.textWithoutFigures(item.run.outputs[b]))
        let tolerance = block.options.tolerance(course: course.config.tolerance)
        guard !OutputComparison.equal(recorded: swift, actual: actual, tolerance: tolerance) else { continue }
        var diff = UnifiedDiff.make(
          old: swift, new: actual, oldName: "swift-run block \(b + 1) (\(lesson.displayPath):\(block.line))",
          newName: "python twin (\(lesson.displayPath):\(twin.line))")
        if let numbers = OutputComparison.explanation(recorded: swift, actual: actual, tolerance: tolerance) {
          diff += numbers + "\n"
        }
        problems.append(
          Diagnostic(
            path: lesson.displayPath, line: twin.line, column: twin.code.position.column,
            message: "the python twin of swift-run block \(b + 1) prints something else than the Swift block",
            detail: diff))
      }
    }
    return (problems, coverage)
  }

  /// What a block printed as text; a figure's text rendering is Swift's own and has no twin.
  static func textWithoutFigures(_ output: BlockOutput) -> String {
    output.segments.map {
      if case .text(let s) = $0 { TerminalText(s).plain } else { "" }
    }.joined()
  }

  static func percent(_ share: Double) -> String {
    let value = share * 100
    return value == value.rounded() ? "\(Int(value))%" : String(format: "%.1f%%", value)
  }

  /// Everything that can change what the twins print: their code, the interpreter and NumPy, the data files.
  func twinKey(_ course: Course, _ lesson: Lesson, _ twins: [TwinBlock], python: TwinRunner.Python) -> String {
    var hash = ContentHash("mlbook-twins-v1")
    hash.add(python.executable)
    hash.add(python.versions)
    hash.add(lesson.displayPath)
    hash.add(String(course.config.timeout))
    hash.add(course.config.outputLimit)
    for twin in twins {
      hash.add(twin.code.info)
      hash.add(twin.code.firstCodeLine)
      hash.add(twin.code.literal)
    }
    for path in lesson.frontMatter.data {
      hash.add(path)
      hash.add((try? Data(contentsOf: course.root.appendingPathComponent(path))) ?? Data("missing".utf8))
    }
    return hash.hex
  }
}
