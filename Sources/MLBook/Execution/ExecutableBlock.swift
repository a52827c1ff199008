import Markdown

/// A `swift-run` block of a lesson, with its recorded `output` fence if it has one.
public struct ExecutableBlock: Sendable, Equatable {
  /// Position among the lesson's `swift-run` blocks, from 0.
  public var index: Int
  public var code: CodeBlock
  public var options: RunOptions
  /// The ```` ```output ```` fence right after the block: its recorded output.
  public var recorded: CodeBlock?

  /// The block's first line, which identifies it in the lesson.
  public var line: Int { code.position.line }
}

extension Lesson {
  /// The lesson's `swift-run` blocks in document order, including those inside
  /// block quotes, list items and footnotes.
  public func executableBlocks() throws(DiagnosticError) -> [ExecutableBlock] {
    var found: [ExecutableBlock] = []
    var problems: [Diagnostic] = []
    lazy var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    func visit(_ blocks: [Block]) {
      for (i, block) in blocks.enumerated() {
        switch block {
        case .codeBlock(let code) where code.isFenced && code.language == "swift-run":
          var recorded: CodeBlock?
          if i + 1 < blocks.count, case .codeBlock(let next) = blocks[i + 1], next.isFenced, next.language == "output" {
            recorded = next
          }
          let line = code.position.line
          do {
            let options = try RunOptions.parse(
              info: code.info, fenceLine: line <= lines.count ? lines[line - 1] : "", path: displayPath,
              lineNumber: line)
            found.append(ExecutableBlock(index: found.count, code: code, options: options, recorded: recorded))
          } catch {
            problems += error.diagnostics
          }
        case .blockQuote(let inner, _), .footnoteDefinition(_, _, let inner, _):
          visit(inner)
        case .list(let list):
          for item in list.items { visit(item.blocks) }
        default:
          break
        }
      }
    }
    visit(document.blocks)
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return found
  }
}
