import Foundation
import XCTest

@testable import TeX

/// Random and mutated formulas must never crash or hang: each either renders
/// or throws a ``TeXError`` with an offset inside the input.
final class FuzzTests: XCTestCase {
  /// A small deterministic generator (SplitMix64), so failures reproduce.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  }

  /// Inputs per run; `TEX_FUZZ_COUNT` overrides (the default is a million).
  static var count: Int {
    Int(ProcessInfo.processInfo.environment["TEX_FUZZ_COUNT"] ?? "") ?? 1_000_000
  }

  func testRandomAndMutatedFormulas() throws {
    let renderer = try TeXRenderer(macros: ["R": "\\mathbb{R}", "f": "\\frac{#1}{#2}"])
    let seeds =
      try (Fixtures.formulas("corpus/course.txt") + Fixtures.formulas("corpus/wiki.txt")).map {
        Array($0.tex.utf8)
      }
    let commands =
      Array(SymbolTable.entries.keys).sorted().map { Array("\\\($0)".utf8) }
      + [
        "\\frac", "\\sqrt", "\\left(", "\\right)", "\\middle|", "\\begin{pmatrix}",
        "\\end{pmatrix}",
        "\\begin{cases}", "\\end{cases}", "\\begin{array}{c|c}", "\\end{array}", "\\text{", "$",
        "{",
        "}", "^", "_", "&", "\\\\", "'", "\\limits", "\\not", "\\mathbb{", "\\operatorname*{",
        "\\overset", "\\underbrace", "\\hline", "\\R", "\\f", "#1", "%", "\\", "[", "]",
      ].map { Array($0.utf8) }
    let alphabet = Array("ab1{}^_\\&'()[]|.,+-= \\fracx%$#".utf8)
    var random = Random(state: 0x5EED)
    let count = Self.count
    var rendered = 0
    var longest = 0.0
    var slowest = ""
    let start = Date()
    for iteration in 0..<count {
      var bytes: [UInt8]
      if iteration % 4 == 0 {
        bytes = []
        for _ in 0..<(1 + random.below(12)) {
          bytes +=
            random.below(2) == 0
            ? commands[random.below(commands.count)] : [alphabet[random.below(alphabet.count)]]
        }
      } else {
        bytes = seeds[random.below(seeds.count)]
        for _ in 0..<(1 + random.below(3)) {
          let position = bytes.isEmpty ? 0 : random.below(bytes.count + 1)
          switch random.below(4) {
          case 0 where !bytes.isEmpty && position < bytes.count:
            bytes.remove(at: position)
          case 1:
            bytes.insert(alphabet[random.below(alphabet.count)], at: position)
          case 2 where !bytes.isEmpty:
            let from = random.below(bytes.count)
            let length = min(bytes.count - from, 1 + random.below(8))
            bytes.insert(contentsOf: bytes[from..<(from + length)], at: position)
          default:
            bytes.insert(contentsOf: commands[random.below(commands.count)], at: position)
          }
        }
      }
      let source = String(decoding: bytes, as: UTF8.self)
      let itemStart = DispatchTime.now().uptimeNanoseconds
      do {
        if iteration % 2 == 0 {
          _ = try renderer.mathML(source, display: iteration % 3 == 0)
        } else {
          _ = try renderer.text(source, display: iteration % 3 != 0)
        }
        rendered += 1
      } catch {
        XCTAssertLessThanOrEqual(error.utf8Offset, source.utf8.count, source)
        XCTAssertGreaterThanOrEqual(error.length, 1)
      }
      let itemTime = Double(DispatchTime.now().uptimeNanoseconds - itemStart) / 1e9
      if itemTime > longest {
        longest = itemTime
        slowest = source
      }
    }
    let elapsed = Date().timeIntervalSince(start)
    print(
      "fuzz: \(count) inputs, \(rendered) rendered, \(count - rendered) errors, "
        + "\(String(format: "%.1f", elapsed)) s, slowest input \(String(format: "%.4f", longest)) s"
    )
    XCTAssertLessThan(longest, 0.5, "slowest input: \(slowest)")
    XCTAssertLessThan(elapsed, 300, "the whole run is bounded too")
  }
}
