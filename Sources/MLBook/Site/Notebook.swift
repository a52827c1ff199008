import Foundation
import Markdown

/// A lesson as a Jupyter notebook (nbformat 4.5) for learners who work in Python.
///
/// Prose and math become Markdown cells (the course's TeX macros are defined in a
/// first cell, as MathJax reads `\newcommand`); each block's python twin becomes a
/// code cell whose output is what the Swift block printed — the same text, since
/// `mlbook check` proves the twin prints it (figures aside). A block without a
/// twin stays readable as a Swift listing with its output. Setup twins are code
/// cells without output. The notebook is built from the recorded runs: building
/// it needs no Python.
enum Notebook {
  /// The notebook's JSON, or `nil` when the lesson has no paired twin.
  static func make(lesson: Lesson, blocks: [ExecutableBlock], run: LessonRun, macros: [String: String]) -> Data? {
    guard let twins = try? lesson.twinBlocks(), twins.contains(where: { $0.block != nil }) else { return nil }
    let twinOf = Dictionary(twins.compactMap { twin in twin.block.map { ($0, twin) } }, uniquingKeysWith: { a, _ in a })
    let blockAt = Dictionary(uniqueKeysWithValues: blocks.map { ($0.line, $0) })
    let twinLines = Set(twins.map(\.line))
    let lines = lesson.source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
      String(Substring($0))
    }
    var cells: [[String: Any]] = []
    var markdown: [String] = []
    var executionCount = 0

    func flush() {
      while markdown.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { markdown.removeFirst() }
      while markdown.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { markdown.removeLast() }
      if !markdown.isEmpty { cells.append(cell("markdown", markdown.joined(separator: "\n"))) }
      markdown = []
    }
    func output(of block: ExecutableBlock) -> String {
      guard !block.options.noOutput, block.index < run.outputs.count else { return "" }
      return OutputFences.normalized(Pipeline.textWithoutFigures(run.outputs[block.index]))
    }
    func code(_ twin: TwinBlock, output: String) {
      flush()
      executionCount += 1
      var entry = cell("code", twin.code.literal.trimmingSuffixNewline())
      entry["execution_count"] = executionCount
      entry["outputs"] =
        output.isEmpty
        ? [] : [["output_type": "stream", "name": "stdout", "text": sourceLines(output)] as [String: Any]]
      cells.append(entry)
    }
    /// The twins inside a quote or list, run after the text that holds them.
    func nestedTwins(_ block: Block) -> [TwinBlock] {
      twins.filter { twin in
        let start = block.position.line
        return twin.line > start && twin.line <= endLine(of: block)
      }
    }
    var endLines: [Int: Int] = [:]
    let top = lesson.document.blocks
    for (i, block) in top.enumerated() {
      endLines[block.position.line] = i + 1 < top.count ? top[i + 1].position.line - 1 : lines.count
    }
    func endLine(of block: Block) -> Int { endLines[block.position.line] ?? block.position.line }

    let title = "# Part \(lesson.frontMatter.part): \(lesson.frontMatter.title)"
    markdown = [title] + (lesson.frontMatter.subtitle.isEmpty ? [] : ["", "*\(lesson.frontMatter.subtitle)*"])
    if !macros.isEmpty {
      markdown += ["", "$" + macros.keys.sorted().map { newcommand($0, macros[$0]!) }.joined() + "$"]
    }
    for block in top {
      if case .codeBlock(let fence) = block, fence.isFenced {
        if let executable = blockAt[fence.position.line] {
          if let twin = twinOf[executable.index] {
            code(twin, output: output(of: executable))
          } else {
            if !executable.options.hidden {
              markdown += ["", "```swift", fence.literal.trimmingSuffixNewline(), "```"]
            }
            let printed = output(of: executable)
            if !printed.isEmpty { markdown += ["", "```text", printed.trimmingSuffixNewline(), "```"] }
          }
          continue
        }
        if fence.language == "output" { continue }
        if twinLines.contains(fence.position.line) {
          if let twin = twins.first(where: { $0.line == fence.position.line }), twin.block == nil {
            code(twin, output: "")
          }
          continue
        }
      }
      let start = block.position.line
      markdown += [""] + lines[(start - 1)..<min(endLine(of: block), lines.count)]
      for twin in nestedTwins(block) {
        code(twin, output: twin.block.map { output(of: blocks[$0]) } ?? "")
      }
    }
    flush()
    for index in cells.indices { cells[index]["id"] = "cell-\(index + 1)" }
    let notebook: [String: Any] = [
      "cells": cells,
      "metadata": [
        "kernelspec": ["display_name": "Python 3", "language": "python", "name": "python3"],
        "language_info": ["name": "python"],
      ],
      "nbformat": 4,
      "nbformat_minor": 5,
    ]
    return try? JSONSerialization.data(
      withJSONObject: notebook, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
  }

  private static func cell(_ type: String, _ text: String) -> [String: Any] {
    ["cell_type": type, "metadata": [String: Any](), "source": sourceLines(text)]
  }

  /// nbformat's multi-line strings: lines keeping their `\n`, the last without one unless the text ends so.
  private static func sourceLines(_ text: String) -> [String] {
    var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
    guard !parts.isEmpty else { return [] }
    parts[parts.count - 1].removeLast()
    if parts.last == "" { parts.removeLast() }
    return parts
  }

  /// `\newcommand{\R}{\mathbb{R}}`, with the argument count the body uses (`#1`, `#2`).
  private static func newcommand(_ name: String, _ body: String) -> String {
    let arguments = (1...9).last { body.contains("#\($0)") } ?? 0
    return "\\newcommand{\\\(name)}" + (arguments > 0 ? "[\(arguments)]" : "") + "{\(body)}"
  }
}

extension String {
  fileprivate func trimmingSuffixNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}
