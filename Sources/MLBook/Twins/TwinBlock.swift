import Foundation
import Markdown

/// A ```` ```python twin ```` block: the NumPy version of a `swift-run` block.
///
/// A twin comes right after the `swift-run` block it mirrors, after that
/// block's `output` fence when it has one (`check --update` inserts a missing
/// fence between them). A `python twin hidden` block that follows no
/// `swift-run` block is setup (imports, helpers): it runs in order with the
/// others and must print nothing. All twins of a lesson run as one Python
/// program, top to bottom, sharing their variables as the Swift blocks do.
public struct TwinBlock: Sendable, Equatable {
  public var code: CodeBlock
  /// The index of the `swift-run` block it mirrors; `nil` for a setup block.
  public var block: Int?
  public var options: TwinOptions

  public var line: Int { code.position.line }
}

/// The words after `python twin`: `hidden` (not shown on the page; required for
/// setup blocks) and `timeout=SECONDS`.
public struct TwinOptions: Sendable, Hashable {
  public var hidden = false
  public var timeout: Double?

  public init() {}

  static let words = ["hidden", "timeout="]

  static func parse(info: String, fenceLine: Substring, path: String, lineNumber: Int) throws(DiagnosticError)
    -> TwinOptions
  {
    var options = TwinOptions()
    for word in info.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst(2) {
      let column =
        fenceLine.range(of: word).map { fenceLine.utf8.distance(from: fenceLine.startIndex, to: $0.lowerBound) + 1 }
        ?? 1
      func fail(_ message: String) -> DiagnosticError {
        DiagnosticError(Diagnostic(path: path, line: lineNumber, column: column, message: message))
      }
      if word == "hidden" {
        options.hidden = true
      } else if word.hasPrefix("timeout=") {
        guard let seconds = Double(word.dropFirst("timeout=".count)), seconds > 0, seconds.isFinite else {
          throw fail("`\(word)`: the timeout must be a positive number of seconds, like `timeout=60`")
        }
        options.timeout = seconds
      } else {
        let nearest = NearestMatch.nearest(to: String(word), in: ["hidden", "timeout"]) ?? "hidden"
        throw fail(
          "unknown python twin attribute `\(word)`; did you mean `\(nearest == "timeout" ? "timeout=SECONDS" : nearest)`?"
        )
      }
    }
    return options
  }
}

extension CodeBlock {
  /// ```` ```python twin … ````.
  var isTwin: Bool {
    guard isFenced else { return false }
    let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
    return words.count >= 2 && words[0] == "python" && words[1] == "twin"
  }
}

extension Lesson {
  /// The lesson's Python twins in document order.
  ///
  /// - Throws: a twin that follows no `swift-run` block and is not `hidden`,
  ///   two twins for one block, and unknown attributes, each at its line.
  public func twinBlocks() throws(DiagnosticError) -> [TwinBlock] {
    let blocks = try executableBlocks()
    let indexByLine = Dictionary(uniqueKeysWithValues: blocks.map { ($0.code.position.line, $0.index) })
    var twins: [TwinBlock] = []
    var problems: [Diagnostic] = []
    var paired: Set<Int> = []
    // Split as bytes: splitting by Character walks grapheme clusters, a tenth of a rebuild's time.
    lazy var lines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
      Substring($0)
    }
    func visit(_ list: [Block]) {
      for (i, block) in list.enumerated() {
        switch block {
        case .codeBlock(let code) where code.isTwin:
          let line = code.position.line
          let options: TwinOptions
          do {
            options = try TwinOptions.parse(
              info: code.info, fenceLine: line <= lines.count ? lines[line - 1] : "", path: displayPath,
              lineNumber: line)
          } catch {
            problems += error.diagnostics
            continue
          }
          // The block it mirrors: right before it, or before that block's `output` fence.
          var mirrored: Int?
          func swiftRun(at j: Int) -> Int? {
            guard j >= 0, case .codeBlock(let previous) = list[j], previous.isFenced, previous.language == "swift-run"
            else { return nil }
            return indexByLine[previous.position.line]
          }
          if let index = swiftRun(at: i - 1) {
            mirrored = index
          } else if i >= 1, case .codeBlock(let previous) = list[i - 1], previous.isFenced,
            previous.language == "output"
          {
            mirrored = swiftRun(at: i - 2)
          }
          if let mirrored, !paired.insert(mirrored).inserted {
            problems.append(
              Diagnostic(
                path: displayPath, line: line, column: code.position.column,
                message: "swift-run block \(mirrored + 1) already has a python twin; merge the two"))
            continue
          }
          if mirrored == nil && !options.hidden {
            problems.append(
              Diagnostic(
                path: displayPath, line: line, column: code.position.column,
                message:
                  "this python twin follows no swift-run block; put it right after the block (and its `output` fence) it mirrors, or mark setup code `python twin hidden`"
              ))
            continue
          }
          twins.append(TwinBlock(code: code, block: mirrored, options: options))
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
    return twins
  }
}
