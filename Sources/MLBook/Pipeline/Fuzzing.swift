import Foundation
import Markdown

/// The input-handling half of the pipeline, for fuzzing: everything mlbook does
/// with a lesson's bytes short of compiling them.
public enum Fuzzing {
  /// Decodes, splits front matter, parses Markdown and attributes, rewrites
  /// output fences and renders HTML and text with empty outputs. Problems
  /// are expected and ignored; a crash or a hang is a bug.
  public static func exercise(_ data: Data) {
    let url = URL(fileURLWithPath: "/fuzz/lessons/01-fuzz.md")
    guard let source = try? SourceText.decode(data, path: "01-fuzz.md") else { return }
    _ = MarkdownParser.parse(source)
    guard let lesson = try? Lesson.parse(source: source, url: url, displayPath: "01-fuzz.md") else { return }
    guard let blocks = try? lesson.executableBlocks() else { return }
    let outputs = blocks.map { BlockOutput(segments: [.text("out \($0.index)\n```\n")]) }
    _ = OutputFences.rewrite(source, updates: blocks.map { ($0, "fuzzed\n") })
    _ = OutputCheck.mismatches(blocks: blocks, run: LessonRun(outputs: outputs))
    let context = RenderContext(
      lesson: lesson, blocks: blocks, run: LessonRun(outputs: outputs),
      math: Pipeline.math(CourseConfig(title: "Fuzz")), pages: ["01-fuzz.md": "01-fuzz.html"])
    _ = HTMLRenderer(context: context).render(lesson.document)
    _ = TextRenderer(context: context).render(lesson.document, title: "Fuzz")
  }
}
