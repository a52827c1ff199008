/// What one block printed: text, and figures handed over with `show(_:)`.
public struct BlockOutput: Sendable, Equatable, Codable {
  public enum Segment: Sendable, Equatable, Codable {
    case text(String)
    /// A figure: its SVG for the page, its text rendering for the output fence and the text chapter.
    case figure(svg: String, text: String)
  }

  public var segments: [Segment]

  public init(segments: [Segment] = []) {
    self.segments = segments
  }

  /// The output as recorded in the lesson's `output` fence and shown in the text
  /// chapter: each text segment as a terminal shows it (``TerminalText``), figures
  /// as their text rendering.
  public var text: String {
    segments.map {
      switch $0 {
      case .text(let s): return TerminalText(s).plain
      case .figure(_, let text): return text
      }
    }.joined()
  }

  /// The output exactly as the program printed it (figures as their text rendering).
  public var rawText: String {
    segments.map {
      switch $0 {
      case .text(let s): return s
      case .figure(_, let text): return text
      }
    }.joined()
  }

  public var isEmpty: Bool { segments.allSatisfy { if case .text(let s) = $0 { s.isEmpty } else { false } } }

  mutating func append(text: String) {
    guard !text.isEmpty else { return }
    if case .text(let previous)? = segments.last {
      segments[segments.count - 1] = .text(previous + text)
    } else {
      segments.append(.text(text))
    }
  }
}

/// The outcome of running one lesson: each block's output, by block index.
public struct LessonRun: Sendable, Equatable, Codable {
  public var outputs: [BlockOutput]
  /// The compiler's warnings about the lesson's code (unused results, slow type checks, …).
  public var warnings: [Warning] = []
  /// Seconds spent compiling and running (not cached: a cached run took no time).
  public var compileSeconds: Double?
  public var runSeconds: Double?

  public init(outputs: [BlockOutput], compileSeconds: Double? = nil, runSeconds: Double? = nil) {
    self.outputs = outputs
    self.compileSeconds = compileSeconds
    self.runSeconds = runSeconds
  }

  private enum CodingKeys: String, CodingKey { case outputs, warnings }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    outputs = try container.decode([BlockOutput].self, forKey: .outputs)
    warnings = try container.decodeIfPresent([Warning].self, forKey: .warnings) ?? []
  }

  public static func == (a: LessonRun, b: LessonRun) -> Bool { a.outputs == b.outputs && a.warnings == b.warnings }

  /// A compiler warning, located relative to its block, so a cached run still
  /// points at the right line after the prose above the block changed.
  public struct Warning: Sendable, Equatable, Codable {
    /// The block's index among the lesson's `swift-run` blocks.
    public var block: Int
    /// Lines after the block's first line of code.
    public var lineOffset: Int
    /// The column in the code (before the block's own indentation in the file).
    public var column: Int
    public var message: String
  }

  /// The warnings as diagnostics at the lesson's current lines.
  public func warningDiagnostics(lesson: Lesson, blocks: [ExecutableBlock]) -> [Diagnostic] {
    warnings.compactMap { warning in
      guard warning.block < blocks.count else { return nil }
      let code = blocks[warning.block].code
      return Diagnostic(
        path: lesson.displayPath, line: code.firstCodeLine + warning.lineOffset,
        column: warning.column + code.position.column - 1, severity: .warning, message: warning.message)
    }
  }
}
