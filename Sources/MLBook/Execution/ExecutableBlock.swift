import Foundation
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
  ///
  /// Nothing is skipped silently: a fence whose info string is nearly
  /// `swift-run` (`swift-runn`, `Swift-run`, `swift run`, `swift-run, hidden`)
  /// or nearly `output` is an error, and so is an `output` fence that does not
  /// directly follow a `swift-run` block (it would record nothing that runs).
  public func executableBlocks() throws(DiagnosticError) -> [ExecutableBlock] {
    var found: [ExecutableBlock] = []
    var problems: [Diagnostic] = []
    // Split as bytes: splitting by Character walks grapheme clusters, a tenth of a rebuild's time.
    lazy var lines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
      Substring($0)
    }
    func problem(_ code: CodeBlock, _ message: String) {
      problems.append(
        Diagnostic(path: displayPath, line: code.position.line, column: code.position.column, message: message))
    }
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
            if options.noOutput, let recorded {
              problems.append(
                Diagnostic(
                  path: displayPath, line: recorded.position.line, column: recorded.position.column,
                  message: "a `no-output` block records no output; remove this `output` fence"))
            }
            found.append(ExecutableBlock(index: found.count, code: code, options: options, recorded: recorded))
          } catch {
            problems += error.diagnostics
          }
        case .codeBlock(let code) where code.isFenced && code.language == "output":
          var follows = false
          if i > 0, case .codeBlock(let previous) = blocks[i - 1], previous.isFenced, previous.language == "swift-run" {
            follows = true
          }
          if !follows {
            problem(
              code,
              "this `output` fence does not follow a `swift-run` block, so nothing checks it; put it right after the block whose output it records, or fence it as ```text"
            )
          }
        case .codeBlock(let code) where code.isFenced:
          if let suggestion = FenceNames.nearMiss(code.info) {
            problem(
              code,
              "`\(code.info)` is not a fence mlbook knows, so this block would not run or be checked; did you mean `\(suggestion)`?"
            )
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
    if !problems.isEmpty { throw DiagnosticError(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }) }
    return found
  }
}

/// Info strings that are almost mlbook's own, and what was meant.
enum FenceNames {
  /// The fence an author probably meant, when `info` is a near miss of `swift-run` or `output`.
  static func nearMiss(_ info: String) -> String? {
    let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard let first = words.first.map(String.init) else { return nil }
    let rest = words.dropFirst().map(String.init)
    // `swift run`, `swift-run,hidden`, `Swift-run`, `swiftrun`, `swift_run:`
    let letters = { (text: String) in
      String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
    }
    if first.lowercased() == "swift", rest.first?.lowercased().hasPrefix("run") == true {
      return (["swift-run"] + rest.dropFirst().map(attributes)).joined(separator: " ")
    }
    let head = first.split(whereSeparator: { $0 == "," || $0 == ";" }).first.map(String.init) ?? first
    let trailing = first.dropFirst(head.count).split(whereSeparator: { $0 == "," || $0 == ";" }).map(String.init)
    for name in ["swift-run", "output"] where first != name {
      let close =
        letters(head) == letters(name) || (head.count >= 4 && NearestMatch.distance(head.lowercased(), name) <= 2)
      if close {
        return ([name] + (trailing + rest).map(attributes)).joined(separator: " ")
      }
    }
    return nil
  }

  private static func attributes(_ word: String) -> String {
    String(word.trimmingCharacters(in: CharacterSet(charactersIn: ",;")))
  }
}
