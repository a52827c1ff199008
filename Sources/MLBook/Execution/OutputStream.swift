import Foundation

/// Splits a lesson program's merged stdout/stderr into per-block outputs.
///
/// The program prints `\u{1}mlbook-…\u{1}\n` markers (see ``LessonProgram``):
/// `block N` before block N, `done` at the end, `trap N STATUS` / `notrap N`
/// around an `expect-trap` block, and `figure NAME` … `figure-end` around the
/// text rendering of a figure whose SVG MLMath wrote to `NAME`.
struct OutputStream {
  private(set) var outputs: [BlockOutput]
  private(set) var currentBlock = -1
  private(set) var finished = false
  private(set) var overLimit = false
  private(set) var protocolProblem: (block: Int, message: String)?

  private let limit: Int
  private let figureDirectory: URL
  private var pending: [UInt8] = []
  private var text: [UInt8] = []
  private var blockBytes = 0
  private var openFigure: String?

  private static let markerByte: UInt8 = 0x01
  private static let newline = UInt8(ascii: "\n")
  private static let prefix = Array("mlbook-".utf8)

  init(blockCount: Int, limit: Int, figureDirectory: URL) {
    outputs = Array(repeating: BlockOutput(), count: blockCount)
    self.limit = limit
    self.figureDirectory = figureDirectory
  }

  /// Takes a chunk of output; returns `false` when the block's output limit is exceeded.
  mutating func consume(_ chunk: [UInt8]) -> Bool {
    pending += chunk
    while !pending.isEmpty {
      guard let start = pending.firstIndex(of: Self.markerByte) else {
        appendText(pending[...])
        pending.removeAll()
        break
      }
      appendText(pending[..<start])
      let afterStart = start + 1
      guard let end = pending[afterStart...].firstIndex(of: Self.markerByte) else {
        // A marker may be split across reads; a lone 0x01 far from a closing one is just output.
        if pending.count - start > 256 {
          appendText(pending[start...start])
          pending.removeFirst(start + 1)
          continue
        }
        pending.removeFirst(start)
        break
      }
      guard end + 1 < pending.count else {
        pending.removeFirst(start)
        break
      }
      let body = Array(pending[afterStart..<end])
      if pending[end + 1] == Self.newline, body.starts(with: Self.prefix) {
        pending.removeFirst(end + 2)
        handle(marker: String(decoding: body.dropFirst(Self.prefix.count), as: UTF8.self))
      } else {
        appendText(pending[start...start])
        pending.removeFirst(start + 1)
      }
      if overLimit { return false }
    }
    return !overLimit
  }

  /// Flushes whatever is left after the program ended.
  mutating func finish() {
    if !pending.isEmpty {
      appendText(pending[...])
      pending.removeAll()
    }
    openFigure = nil
    flushText()
  }

  private mutating func appendText(_ bytes: ArraySlice<UInt8>) {
    guard !bytes.isEmpty else { return }
    text += bytes
    blockBytes += bytes.count
    if blockBytes > limit { overLimit = true }
  }

  /// Moves the collected bytes into the current block's output.
  private mutating func flushText() {
    defer { text.removeAll(keepingCapacity: true) }
    guard currentBlock >= 0, currentBlock < outputs.count, !text.isEmpty else { return }
    outputs[currentBlock].append(text: String(decoding: text, as: UTF8.self))
  }

  private mutating func handle(marker: String) {
    let words = marker.split(separator: " ")
    switch words.first {
    case "block":
      flushText()
      openFigure = nil
      if let index = words.dropFirst().first.flatMap({ Int($0) }), index >= 0, index < outputs.count {
        currentBlock = index
      }
      blockBytes = 0
    case "done":
      flushText()
      finished = true
    case "figure":
      flushText()
      openFigure = words.count > 1 ? String(words[1]) : nil
    case "figure-end":
      let figureText = String(decoding: text, as: UTF8.self)
      text.removeAll(keepingCapacity: true)
      guard currentBlock >= 0, let name = openFigure, !name.contains("/") else {
        outputs[max(currentBlock, 0)].append(text: figureText)
        return
      }
      openFigure = nil
      let svg = (try? String(contentsOf: figureDirectory.appendingPathComponent(name), encoding: .utf8)) ?? ""
      if svg.isEmpty {
        outputs[currentBlock].append(text: figureText)
      } else {
        outputs[currentBlock].segments.append(.figure(svg: svg, text: figureText))
      }
    case "trap":
      flushText()
      guard words.count == 3, let index = Int(words[1]), let status = Int32(words[2]),
        index >= 0, index < outputs.count
      else { return }
      let signal = status & 0x7f
      if signal != 0 {
        outputs[index] = TrapMessage.normalize(outputs[index], signal: signal)
      } else if protocolProblem == nil {
        protocolProblem = (
          index, "was expected to trap (`expect-trap`) but exited with status \((status >> 8) & 0xff)"
        )
      }
    case "notrap":
      flushText()
      if protocolProblem == nil, let index = words.dropFirst().first.flatMap({ Int($0) }) {
        protocolProblem = (index, "was expected to trap (`expect-trap`) but finished normally")
      }
    case "forkfailed":
      if protocolProblem == nil, let index = words.dropFirst().first.flatMap({ Int($0) }) {
        protocolProblem = (index, "could not start a process for `expect-trap`")
      }
    default:
      appendText(ArraySlice(Array("\u{1}mlbook-\(marker)\u{1}\n".utf8)))
    }
  }
}
