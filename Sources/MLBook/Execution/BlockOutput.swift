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
  /// Seconds spent compiling and running (not cached: a cached run took no time).
  public var compileSeconds: Double?
  public var runSeconds: Double?

  public init(outputs: [BlockOutput], compileSeconds: Double? = nil, runSeconds: Double? = nil) {
    self.outputs = outputs
    self.compileSeconds = compileSeconds
    self.runSeconds = runSeconds
  }

  private enum CodingKeys: String, CodingKey { case outputs }

  public static func == (a: LessonRun, b: LessonRun) -> Bool { a.outputs == b.outputs }
}
