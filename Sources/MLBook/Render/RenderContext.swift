import Foundation
import Markdown

/// What the renderers of one lesson share: its executed outputs, the math
/// converter, how links between lessons resolve, and the problems found.
struct RenderContext {
  let lesson: Lesson
  /// Outputs of the lesson's `swift-run` blocks, by the line the block starts on.
  let cells: [Int: (block: ExecutableBlock, output: BlockOutput)]
  /// Python twins by the index of the `swift-run` block they mirror.
  let twins: [Int: TwinBlock]
  /// The lines of every twin fence: shown with their block (or not at all, for setup), never on their own.
  let twinLines: Set<Int>
  let math: MathRendering
  /// Lesson file name (`04-probability.md`) → page name (`04-probability.html`).
  let pages: [String: String]
  var diagnostics: [Diagnostic] = []
  /// Every link and image source on the page, with where it is written, for the link check.
  var links: [(destination: String, position: SourcePosition)] = []

  init(lesson: Lesson, blocks: [ExecutableBlock], run: LessonRun, math: MathRendering, pages: [String: String]) {
    self.lesson = lesson
    var cells: [Int: (ExecutableBlock, BlockOutput)] = [:]
    for (block, output) in zip(blocks, run.outputs) { cells[block.line] = (block, output) }
    self.cells = cells
    // Twin problems are `check`'s to report; the page shows what parses.
    let twinBlocks = (try? lesson.twinBlocks()) ?? []
    twins = Dictionary(twinBlocks.compactMap { twin in twin.block.map { ($0, twin) } }, uniquingKeysWith: { a, _ in a })
    twinLines = Set(twinBlocks.map(\.line))
    self.math = math
    self.pages = pages
  }

  /// A link target as it should appear on the site: `other.md#x` → `other.html#x`.
  func resolve(_ destination: String) -> String {
    guard !destination.contains("://"), !destination.hasPrefix("mailto:") else { return destination }
    let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let file = String(parts[0])
    let name = file.split(separator: "/").last.map(String.init) ?? file
    guard file.hasSuffix(".md"), let page = pages[name] else { return destination }
    return parts.count > 1 ? page + "#" + parts[1] : page
  }

  mutating func renderMath(_ math: Math, asHTML: Bool) -> String {
    do throws(MathRendering.Failure) {
      return asHTML ? try self.math.html(math) : try self.math.text(math)
    } catch {
      let prefix = math.tex.utf8.prefix(error.offset)
      let newlines = prefix.filter { $0 == UInt8(ascii: "\n") }.count
      let column =
        newlines == 0
        ? math.position.column + error.offset
        : prefix.count
          - (prefix.lastIndex(of: UInt8(ascii: "\n")).map { prefix.distance(from: prefix.startIndex, to: $0) } ?? 0)
      diagnostics.append(
        Diagnostic(
          path: lesson.displayPath, line: math.position.line + newlines, column: column,
          message: error.message, detail: error.annotated))
      return asHTML ? HTMLEscape.text(math.tex) : math.tex
    }
  }
}
