import Foundation
import Testing

@testable import MLMath

/// Every way a lesson can misuse MLMath stops the program with a message naming what
/// was wrong and what would have been valid — never a bare "Illegal instruction".
///
/// Each case runs in a child process (a swift-testing exit test) and the test reads
/// the child's standard error, where Swift prints `Fatal error: <message>`.
@Suite struct TrapMessageTests {
  @Test(arguments: TrapCases.all.map(\.name))
  func trapPrintsItsMessage(_ name: String) async throws {
    let trap = try #require(TrapCases.named(name))
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
      [name] in
      TrapCases.named(name)?.body()
    }
    let result = try #require(exit)
    let stderr = String(decoding: result.standardErrorContent, as: UTF8.self)
    #expect(
      stderr.contains("Fatal error: \(trap.message)"),
      "expected “Fatal error: \(trap.message)”, the child printed:\n\(stderr)")
  }

  /// Extreme but legal data draws a chart: the renderers' own arithmetic (tick
  /// exponents, label spacing, text size) never traps.
  @Test(arguments: RenderingCases.all.map(\.name))
  func extremeFiguresRender(_ name: String) async {
    await #expect(processExitsWith: .success) { [name] in
      guard let figure = RenderingCases.all.first(where: { $0.name == name })?.figure() else {
        return
      }
      let svg = figure.svg()
      let text = figure.text()
      if !svg.hasPrefix("<svg") || text.isEmpty { exit(1) }
    }
  }

  /// `var fig = Figure(); fig.plot(x, y); show(fig)` draws nothing, because `plot`
  /// returns a new figure; `show` says so on standard error instead of staying silent.
  @Test func showingAnEmptyFigureExplainsWhy() async throws {
    let exit = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
      let x: Vector = [1, 2, 3]
      let fig = Figure()
      _ = fig.plot(x, x)
      show(fig)
      show(fig.plot(x, x))
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(stderr.components(separatedBy: emptyFigureHint).count == 2, "\(stderr)")
    #expect(stderr.contains("write `fig = fig.plot(x, y)`"))
  }

  /// `precondition`, `assert` and their relatives print nothing in the optimized
  /// MLMath that lessons link (they trap with "Illegal instruction"); every check in
  /// MLMath must go through `failure(_:)`, which calls `fatalError`.
  @Test func sourcesUseOnlyMessageCarryingTraps() throws {
    let sources = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/MLMath")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
    #expect(files.count > 50)
    let forbidden = [
      "precondition(", "preconditionFailure(", "assert(", "assertionFailure(",
      "unsafelyUnwrapped",
    ]
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      {
        let code =
          line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false)
          .first ?? ""
        for word in forbidden where code.contains(word) {
          Issue.record("\(file):\(number + 1): \(word) traps without a message in release builds")
        }
        if code.contains("fatalError(") && file != "Core/Failure.swift" {
          Issue.record("\(file):\(number + 1): call failure(_:) instead of fatalError")
        }
      }
    }
  }
}

/// One misuse and the message it must produce.
struct TrapCase: Sendable {
  var name: String
  var message: String
  var body: @Sendable () -> Void
}

/// The misuses, by kind: indexing, slicing, shapes, products, stacking, histograms,
/// random sampling, linear algebra, plotting, formatting.
enum TrapCases {
  static func named(_ name: String) -> TrapCase? { all.first { $0.name == name } }

  // Values are built inside the closures so that nothing is shared between processes.
  static let all: [TrapCase] =
    indexing + slicing + shapes + products + statistics + random
    + integers + plotting + misc + special

  /// Integer arrays stop where NumPy would wrap around or invent a value.
  static let integers: [TrapCase] = [
    TrapCase(
      name: "int vector addition overflow",
      message: "IntVector +: integer overflow: 9223372036854775807 + 1 does not fit in an Int"
    ) {
      print(IntVector([Int.max, 0]) + 1)
    },
    TrapCase(
      name: "int vector sum overflow",
      message: "sum: integer overflow: 9223372036854775807 + 1 does not fit in an Int"
    ) {
      print(sum(IntVector([Int.max, 1])))
    },
    TrapCase(
      name: "cumprod overflow",
      message: "cumprod: integer overflow: 4294967296 * 4294967296 does not fit in an Int"
    ) {
      print(cumprod(IntVector([1 << 32, 1 << 32])))
    },
    TrapCase(
      name: "astype int of nan",
      message: "IntVector(_:) (astype(int64)): element 1 is nan, which has no Int value"
    ) {
      print(IntVector(Vector([1.5, .nan])))
    },
    TrapCase(
      name: "astype int out of range",
      message: "IntVector(_:) (astype(int64)): element 0 is 1e+19, which has no Int value"
    ) {
      print(IntVector(Vector([1e19])))
    },
    TrapCase(
      name: "int vector index",
      message: "index 3 is out of bounds for an IntVector of 3 elements (valid: 0..<3)"
    ) {
      print(IntVector([1, 2, 3])[3])
    },
    TrapCase(
      name: "bincount of Int.max",
      message: "bincount: element 9223372036854775807 is too large to count"
    ) {
      print(bincount(IntVector([Int.max])))
    },
    TrapCase(
      name: "argmax of an empty IntVector",
      message: "argmax: the IntVector is empty, and an empty IntVector has no argmax"
    ) {
      print(IntVector([]).argmax())
    },
    TrapCase(
      name: "bincount negative",
      message: "bincount: the input must have no negative elements, but element 1 is -2"
    ) {
      print(bincount([1, -2]))
    },
    TrapCase(
      name: "digitize bins",
      message: "digitize: bins must be monotonically increasing or decreasing"
    ) {
      print(digitize(Vector([1.0]), bins: Vector([1.0, 3.0, 2.0])))
    },
    TrapCase(
      name: "geometric p",
      message: "geometric: p must be in (0, 1], got 0.0"
    ) {
      print(Random.geometric(0))
    },
    TrapCase(
      name: "hypergeometric sample",
      message: "hypergeometric: ngood + nbad < nsample (2 + 3 < 6)"
    ) {
      print(Random.hypergeometric(2, 3, 6))
    },
    TrapCase(
      name: "multinomial pvals",
      message: "multinomial: sum(pvals[:-1]) > 1.0"
    ) {
      print(Random.multinomial(5, [0.8, 0.5, 0.1]))
    },
  ]

  static let indexing: [TrapCase] = [
    TrapCase(
      name: "vector get past the end",
      message: "index 3 is out of bounds for a Vector of 3 elements (valid: 0..<3)"
    ) {
      let v: Vector = [1, 2, 3]
      print(v[3])
    },
    TrapCase(
      name: "vector get negative",
      message:
        "index -1 is out of bounds for a Vector of 3 elements (valid: 0..<3; MLMath does not count from the end: write v[v.count - 1])"
    ) {
      let v: Vector = [1, 2, 3]
      print(v[-1])
    },
    TrapCase(
      name: "vector set past the end",
      message: "index 5 is out of bounds for a Vector of 2 elements (valid: 0..<2)"
    ) {
      var v: Vector = [1, 2]
      v[5] = 1
      print(v)
    },
    TrapCase(
      name: "empty vector get",
      message: "index 0 is out of bounds for an empty Vector (there are none)"
    ) {
      let v = Vector([])
      print(v[0])
    },
    TrapCase(
      name: "fancy index",
      message:
        "index 7 is out of bounds for a Vector of 3 elements (at position 1 of the index list) (valid: 0..<3)"
    ) {
      let v: Vector = [1, 2, 3]
      print(v[[0, 7]])
    },
    TrapCase(
      name: "fancy index assignment count",
      message: "cannot assign a Vector of 1 element to 2 indices"
    ) {
      var v: Vector = [1, 2, 3]
      v[[0, 1]] = [9]
      print(v)
    },
    TrapCase(
      name: "matrix get",
      message:
        "index (2, 0) is out of bounds for a Matrix of shape (2, 3) (valid: rows 0..<2, columns 0..<3)"
    ) {
      let m = zeros(2, 3)
      print(m[2, 0])
    },
    TrapCase(
      name: "matrix set negative",
      message:
        "index (0, -1) is out of bounds for a Matrix of shape (2, 3) (valid: rows 0..<2, columns 0..<3; MLMath does not count from the end: write m[0, m.columns - 1])"
    ) {
      var m = zeros(2, 3)
      m[0, -1] = 1
      print(m)
    },
    TrapCase(
      name: "matrix row",
      message: "index 4 is out of bounds for the rows of a Matrix of shape (2, 3) (valid: 0..<2)"
    ) {
      print(zeros(2, 3).row(4))
    },
    TrapCase(
      name: "matrix column subscript",
      message:
        "index 3 is out of bounds for the columns of a Matrix of shape (2, 3) (valid: 0..<3)"
    ) {
      print(zeros(2, 3)[..., 3])
    },
    TrapCase(
      name: "matrix row subscript set",
      message: "index -1 is out of bounds for the rows of a Matrix of shape (2, 3) (valid: 0..<2"
    ) {
      var m = zeros(2, 3)
      m[-1, ...] = [1, 2, 3]
      print(m)
    },
    TrapCase(
      name: "mask element",
      message: "index 2 is out of bounds for a Mask of shape (2,) (valid: 0..<2)"
    ) {
      let mask: Mask = [true, false]
      print(mask[2])
    },
    TrapCase(
      name: "mask of the wrong length",
      message:
        "v[mask]: a Mask of shape (2,) cannot select from a Vector of 3 elements (the mask must have the shape (3,))"
    ) {
      let v: Vector = [1, 2, 3]
      print(v[[true, false] as Mask])
    },
    TrapCase(
      name: "matrix mask of the wrong shape",
      message:
        "m[mask]: a Mask of shape (3,) cannot select from a Matrix of shape (2, 2) (the mask must have the shape (2, 2))"
    ) {
      let m = zeros(2, 2)
      print(m[Vector([1, 2, 3]) .> 1])
    },
    TrapCase(
      name: "masked assignment count",
      message:
        "v[mask] = w: cannot assign a Vector of 3 elements to 2 selected elements (w needs one value per true element of the mask, or a single value for all of them)"
    ) {
      var v: Vector = [1, 2, 3]
      v[v .> 1] = [0, 0, 0]
      print(v)
    },
    TrapCase(
      name: "replace where with a wrong mask",
      message: "replace(where:with:): a Mask of shape (2,) cannot select from a Vector of 3 elements"
    ) {
      var v: Vector = [1, 2, 3]
      v.replace(where: [true, true], with: 0)
      print(v)
    },
    TrapCase(
      name: "select with a wrong mask",
      message: "select: a Mask of shape (2,) cannot select from a Vector of 3 elements"
    ) {
      print(select([true, false], Vector([1, 2, 3]), 0))
    },
  ]

  static let slicing: [TrapCase] = [
    TrapCase(
      name: "vector partial range from a negative start",
      message:
        "range -1... is out of bounds for a Vector of 3 elements (valid: 0 ≤ start ≤ end; ends past 3 are clipped; MLMath does not count from the end)"
    ) {
      let v: Vector = [1, 2, 3]
      print(v[(-1)...])
    },
    TrapCase(
      name: "vector partial range through a negative end",
      message:
        "range ...-2 is out of bounds for a Vector of 3 elements (valid: 0 ≤ start ≤ end; ends past 3 are clipped; MLMath does not count from the end)"
    ) {
      let v: Vector = [1, 2, 3]
      print(v[...(-2)])
    },
    TrapCase(
      name: "vector stride zero",
      message: "slice step cannot be zero"
    ) {
      let v: Vector = [1, 2, 3]
      print(v[stride: 0])
    },
    TrapCase(
      name: "vector negative range",
      message:
        "range -2..<3 is out of bounds for a Vector of 3 elements (valid: 0 ≤ start ≤ end; ends past 3 are clipped; MLMath does not count from the end)"
    ) {
      let v: Vector = [1, 2, 3]
      print(v[-2..<3])
    },
    TrapCase(
      name: "vector slice assignment count",
      message: "cannot assign a Vector of 2 elements to the slice 0..<3 of 3 elements"
    ) {
      var v: Vector = [1, 2, 3]
      v[0..<3] = [5, 6]
      print(v)
    },
    TrapCase(
      name: "matrix row range",
      message:
        "row range -1..<1 is out of bounds for a Matrix of shape (2, 3) (valid: 0 ≤ start ≤ end; ends past 2 are clipped; MLMath does not count from the end)"
    ) {
      print(zeros(2, 3)[(-1)..<1, ...])
    },
    TrapCase(
      name: "matrix column range",
      message:
        "column range -4... is out of bounds for a Matrix of shape (2, 3) (valid: 0 ≤ start ≤ end; ends past 3 are clipped; MLMath does not count from the end)"
    ) {
      print(zeros(2, 3)[0, 2...].count, zeros(2, 3)[0..<1, (-4)...])
    },
    TrapCase(
      name: "matrix block assignment shape",
      message:
        "cannot assign a value of shape (3, 3) to the block [0..<2, 0..<2] of shape (2, 2)"
    ) {
      var m = zeros(3, 3)
      m[0..<2, 0..<2] = eye(3)
      print(m)
    },
  ]

  static let shapes: [TrapCase] = [
    TrapCase(
      name: "matrix elements of another length",
      message: "Matrix.elements: a Matrix of shape (2, 2) holds 4 elements, got 3"
    ) {
      var m = zeros(2, 2)
      m.elements.removeLast()
      print(m.sum(axis: 0))
    },
    TrapCase(
      name: "mask elements of another length",
      message: "Mask.elements: a Mask of shape (2, 2) holds 4 values, got 5"
    ) {
      var mask = zeros(2, 2) .> 0
      mask.elements.append(true)
      print(zeros(2, 2)[mask])
    },
    TrapCase(
      name: "matrix from elements",
      message: "Matrix(rows:columns:elements:): shape (2, 3) needs 6 elements, got 5"
    ) {
      print(Matrix(rows: 2, columns: 3, elements: [1, 2, 3, 4, 5]))
    },
    TrapCase(
      name: "ragged rows",
      message: "Matrix: row 1 has 1 elements but row 0 has 2 (every row must have the same length)"
    ) {
      print(Matrix([[1, 2], [3]]))
    },
    TrapCase(
      name: "negative shape",
      message: "zeros: negative dimensions are not allowed (shape (-1, 2))"
    ) {
      print(zeros(-1, 2))
    },
    TrapCase(
      name: "overflowing shape",
      message: "ones: shape (9223372036854775807, 2) has too many elements to allocate"
    ) {
      print(ones(Int.max, 2))
    },
    TrapCase(
      name: "negative count",
      message: "zeros: negative dimensions are not allowed (size -3)"
    ) {
      print(zeros(-3))
    },
    TrapCase(
      name: "reshape count",
      message:
        "reshaped: cannot reshape a Vector of 6 elements into shape (4, 2) (which holds 8 elements)"
    ) {
      print(Vector([1, 2, 3, 4, 5, 6]).reshaped(4, 2))
    },
    TrapCase(
      name: "reshape with -1 that does not divide",
      message:
        "reshaped: cannot reshape a Matrix of shape (2, 3) into shape (-1, 4) (6 elements do not divide into rows of 4)"
    ) {
      print(zeros(2, 3).reshaped(-1, 4))
    },
    TrapCase(
      name: "reshape with two unknowns",
      message: "reshaped: cannot reshape a Vector of 4 elements into shape (-1, -1) (only one dimension can be -1)"
    ) {
      print(Vector([1, 2, 3, 4]).reshaped(-1, -1))
    },
    TrapCase(
      name: "vector plus vector",
      message: "+: shapes (3,) and (2,) cannot be broadcast together"
    ) {
      print(Vector([1, 2, 3]) + Vector([1, 2]))
    },
    TrapCase(
      name: "vector times-equals",
      message: "*=: shapes (2,) and (3,) cannot be broadcast together"
    ) {
      var v: Vector = [1, 2]
      v *= [1, 2, 3]
      print(v)
    },
    TrapCase(
      name: "matrix minus matrix",
      message:
        "-: shapes (2, 3) and (3, 2) cannot be broadcast together (each dimension must be equal, or 1 in one operand)"
    ) {
      print(zeros(2, 3) - zeros(3, 2))
    },
    TrapCase(
      name: "matrix plus vector",
      message:
        "+: shapes (3, 4) and (2,) cannot be broadcast together (a Vector is repeated down the rows, so its length must equal the number of columns, 4, or be 1; to combine it with each column, use v.asColumn)"
    ) {
      print(zeros(3, 4) + Vector([1, 2]))
    },
    TrapCase(
      name: "vector divided by matrix",
      message: "/: shapes (2,) and (3, 4) cannot be broadcast together"
    ) {
      print(Vector([1, 2]) / zeros(3, 4))
    },
    TrapCase(
      name: "elementwise comparison",
      message: "elementwise comparison: shapes (3,) and (2,) cannot be broadcast together"
    ) {
      print(Vector([1, 2, 3]) .< Vector([1, 2]))
    },
    TrapCase(
      name: "mask combination",
      message: ".&: shapes (2,) and (3,) cannot be broadcast together"
    ) {
      print(([true, false] as Mask) .& ([true, false, true] as Mask))
    },
    TrapCase(
      name: "maximum",
      message: "maximum: shapes (2,) and (3,) cannot be broadcast together"
    ) {
      print(maximum(Vector([1, 2]), Vector([1, 2, 3])))
    },
    TrapCase(
      name: "pow",
      message: "pow: shapes (2,) and (3,) cannot be broadcast together"
    ) {
      print(pow(Vector([1, 2]), Vector([1, 2, 3])))
    },
    TrapCase(
      name: "concatenate axis",
      message:
        "concatenate: axis 2 is out of bounds for a Matrix (valid: 0 or -2 down the columns, 1 or -1 along the rows)"
    ) {
      print(concatenate([eye(2)], axis: 2))
    },
    TrapCase(
      name: "vstack vectors",
      message:
        "vstack: all vectors must have the same length, but vector 0 has shape (2,) and vector 1 has shape (3,)"
    ) {
      print(vstack([Vector([1, 2]), Vector([1, 2, 3])]))
    },
    TrapCase(
      name: "hstack matrices",
      message:
        "hstack: all matrices must have the same number of rows, but matrix 0 has shape (2, 2) and matrix 1 has shape (3, 2)"
    ) {
      print(hstack([zeros(2, 2), zeros(3, 2)]))
    },
    TrapCase(
      name: "vstack matrices via concatenate",
      message:
        "vstack: all matrices must have the same number of columns, but matrix 0 has shape (2, 2) and matrix 1 has shape (2, 3)"
    ) {
      print(concatenate([zeros(2, 2), zeros(2, 3)], axis: 0))
    },
    TrapCase(
      name: "column stack",
      message:
        "columnStack: all vectors must have the same length, but vector 0 has shape (3,) and vector 1 has shape (2,)"
    ) {
      print(columnStack([Vector([1, 2, 3]), Vector([1, 2])]))
    },
    TrapCase(
      name: "reduction axis",
      message: "axis 2 is out of bounds for a Matrix (valid: 0 or -2 down the columns, 1 or -1 along the rows)"
    ) {
      print(zeros(2, 2).sum(axis: 2))
    },
    TrapCase(
      name: "cumsum axis",
      message: "cumsum: axis -3 is out of bounds for a Matrix"
    ) {
      print(cumsum(zeros(2, 2), axis: -3))
    },
    TrapCase(
      name: "max of empty vector",
      message: "max: the Vector is empty, and an empty Vector has no max"
    ) {
      print(Vector([]).max())
    },
    TrapCase(
      name: "argmin of empty matrix",
      message: "argmin: a Matrix of shape (0, 3) is empty"
    ) {
      print(zeros(0, 3).argmin())
    },
  ]

  static let products: [TrapCase] = [
    TrapCase(
      name: "matmul matrices",
      message:
        "matmul: inner dimensions differ: (2, 3) @ (4, 5) (the left operand's last dimension, 3, must equal the right operand's first, 4)"
    ) {
      print(zeros(2, 3).matmul(zeros(4, 5)))
    },
    TrapCase(
      name: "matmul matrix vector",
      message: "matmul: inner dimensions differ: (2, 3) @ (2,)"
    ) {
      print(matmul(zeros(2, 3), Vector([1, 2])))
    },
    TrapCase(
      name: "matmul vector matrix",
      message: "matmul: inner dimensions differ: (3,) @ (2, 3)"
    ) {
      print(Vector([1, 2, 3]).matmul(zeros(2, 3)))
    },
    TrapCase(
      name: "dot",
      message:
        "dot: shapes (3,) and (2,) not aligned: the vectors must have the same length"
    ) {
      print(dot(Vector([1, 2, 3]), Vector([1, 2])))
    },
    TrapCase(
      name: "norm order",
      message: "norm: invalid norm order 3.0 for matrices"
    ) {
      print(norm(eye(2), 3))
    },
    TrapCase(
      name: "norm name",
      message: "norm: invalid norm order \"max\" for matrices"
    ) {
      print(norm(eye(2), "max"))
    },
    TrapCase(
      name: "uncaught linear algebra error",
      message:
        "'try!' expression unexpectedly raised an error: Matrix of shape (2, 3) is not square (it needs as many rows as columns)"
    ) {
      print(try! inv(zeros(2, 3)))
    },
    TrapCase(
      name: "solve shape",
      message:
        "'try!' expression unexpectedly raised an error: solve: a Matrix of shape (2, 2) cannot solve for a Vector of 3 elements (b needs one value per row, 2)"
    ) {
      print(try! solve(eye(2), Vector([1, 2, 3])))
    },
    TrapCase(
      name: "lstsq shape",
      message:
        "'try!' expression unexpectedly raised an error: lstsq: a Matrix of shape (2, 2) cannot fit a Vector of 3 elements (b needs one value per row, 2)"
    ) {
      print(try! lstsq(eye(2), Vector([1, 2, 3])))
    },
    TrapCase(
      name: "cov of unequal lengths",
      message: "cov: shapes (3,) and (2,) cannot be broadcast together"
    ) {
      print(cov(Vector([1, 2, 3]), Vector([1, 2])))
    },
    TrapCase(
      name: "matrix from a one-dimensional mask",
      message: "Matrix(mask): the Mask of shape (2,) is one-dimensional; use Vector(mask)"
    ) {
      print(Matrix([true, false] as Mask))
    },
    TrapCase(
      name: "multivariate normal shapes",
      message: "multivariateNormal: mean has shape (2,), so cov must have shape (2, 2), got (3, 3)"
    ) {
      var rng = RandomState(seed: 0)
      print(rng.multivariateNormal(mean: [0, 0], cov: eye(3)))
    },
  ]

  static let statistics: [TrapCase] = [
    TrapCase(
      name: "histogram range overflows",
      message:
        "histogram: too many bins for the data range [-1e+308, 1e+308]: cannot create 10 finite-sized bins"
    ) {
      print(histogram(Vector([-1e308, 1e308])))
    },
    TrapCase(
      name: "histogram of NaN",
      message: "histogram: autodetected range of [nan, nan] is not finite"
    ) {
      print(histogram(Vector([1, .nan])))
    },
    TrapCase(
      name: "histogram of infinity",
      message: "histogram: autodetected range of [1.0, inf] is not finite"
    ) {
      print(histogram(Vector([1, .infinity])))
    },
    TrapCase(
      name: "histogram bins",
      message: "histogram: bins must be positive, got 0"
    ) {
      print(histogram(Vector([1, 2]), bins: 0))
    },
    TrapCase(
      name: "histogram huge bins",
      message: "histogram: 9223372036854775807 bins are too many to allocate"
    ) {
      print(histogram(Vector([1, 2]), bins: Int.max))
    },
    TrapCase(
      name: "histogram edges",
      message:
        "histogram: edges must increase monotonically, but edges[1] = 3.0 and edges[2] = 1.0"
    ) {
      print(histogram(Vector([1, 2]), edges: [0, 3, 1]))
    },
    TrapCase(
      name: "histogram too few edges",
      message: "histogram: edges needs at least 1 value"
    ) {
      print(histogram(Vector([1, 2]), edges: []))
    },
    TrapCase(
      name: "quantile",
      message: "quantile: quantiles must be in the range [0, 1], got 1.5"
    ) {
      print(quantile(Vector([1, 2]), 1.5))
    },
    TrapCase(
      name: "percentile",
      message: "percentile: percentiles must be in the range [0, 100], got 150.0"
    ) {
      print(percentile(Vector([1, 2]), 150))
    },
    TrapCase(
      name: "arange step",
      message: "arange: step must be nonzero, got 0.0"
    ) {
      print(arange(0, 1, 0))
    },
    TrapCase(
      name: "arange length",
      message: "arange(0.0, 1e+300, 1.0): 1e+300 elements are too many to allocate"
    ) {
      print(arange(0, 1e300, 1))
    },
  ]

  static let random: [TrapCase] = [
    TrapCase(
      name: "choice probabilities length",
      message: "choice: a and p must have same size (3 and 2)"
    ) {
      print(Random.choice(3, p: [0.5, 0.5]))
    },
    TrapCase(
      name: "choice probabilities sum",
      message: "choice: probabilities do not sum to 1 (sum = 0.9)"
    ) {
      print(Random.choice([1, 2], size: 2, p: [0.4, 0.5]))
    },
    TrapCase(
      name: "choice probabilities NaN",
      message: "choice: probabilities contain NaN (p[1])"
    ) {
      print(Random.choice(2, p: [1, .nan]))
    },
    TrapCase(
      name: "choice negative probability",
      message: "choice: probabilities are not non-negative (p[0] = -0.5)"
    ) {
      print(Random.choice(2, p: [-0.5, 1.5]))
    },
    TrapCase(
      name: "choice without replacement",
      message:
        "choice: cannot take a larger sample (5) than population (3) when replace is false"
    ) {
      print(Random.choice(3, size: 5, replace: false))
    },
    TrapCase(
      name: "choice from empty array",
      message: "choice: a cannot be empty unless no samples are taken"
    ) {
      print(Random.choice([Double](), size: 1))
    },
    TrapCase(
      name: "negative size",
      message: "random size: negative dimensions are not allowed (size -1)"
    ) {
      print(Random.normal(0, 1, size: -1))
    },
    TrapCase(
      name: "overflowing matrix size",
      message: "random size: shape (4611686018427387904, 4) has too many elements to allocate"
    ) {
      print(Random.rand(1 << 62, 4))
    },
    TrapCase(
      name: "randint empty range",
      message: "randint: low >= high (low = 5, high = 5)"
    ) {
      print(Random.randint(5, 5))
    },
    TrapCase(
      name: "normal scale",
      message: "normal: scale must be non-negative, got -1.0"
    ) {
      print(Random.normal(0, -1))
    },
    TrapCase(
      name: "binomial p",
      message: "binomial: p must be in [0, 1], got 1.5"
    ) {
      print(Random.binomial(10, 1.5))
    },
    TrapCase(
      name: "seed range",
      message: "seed: a seed must be between 0 and 2**32 - 1, got -1"
    ) {
      Random.seed(-1)
    },
    TrapCase(
      name: "permutation count",
      message: "permutation: count must be non-negative, got -2"
    ) {
      print(Random.permutation(-2))
    },
  ]

  static let plotting: [TrapCase] = [
    TrapCase(
      name: "plot lengths",
      message: "plot: x and y must have the same length, but x has 3 values and y has 2"
    ) {
      print(Figure().plot([1, 2, 3], [1, 2]))
    },
    TrapCase(
      name: "scatter lengths",
      message: "scatter: x and y must have the same length, but x has 1 values and y has 2"
    ) {
      print(Figure().scatter(Vector([1]), Vector([1, 2])))
    },
    TrapCase(
      name: "fill between lengths",
      message:
        "fillBetween: x, lower and upper must have the same length, but x has 2 values, lower 2 and upper 1"
    ) {
      print(Figure().fillBetween([1, 2], [0, 0], [1]))
    },
    TrapCase(
      name: "bar lengths",
      message: "bar: values needs one value per category, but there are 2 categories and 3 values"
    ) {
      print(Figure().bar(["a", "b"], [1, 2, 3]))
    },
    TrapCase(
      name: "scatter matrix shape",
      message:
        "scatter(_:): the matrix of points must have shape (n, 2), one (x, y) per row; got shape (4, 3)"
    ) {
      print(Figure().scatter(zeros(4, 3)))
    },
    TrapCase(
      name: "scatter classes",
      message:
        "scatter(_:classes:): classes needs one class per row: the matrix has 2 rows, classes has 3"
    ) {
      print(Figure().scatter(zeros(2, 2), classes: [0, 1, 1]))
    },
    TrapCase(
      name: "path points",
      message: "path(_:): every point needs 2 elements (x, y); point 1 has 3"
    ) {
      print(Figure().path([Vector([0, 0]), Vector([1, 2, 3])]))
    },
    TrapCase(
      name: "figure histogram bins",
      message: "histogram: bins must be positive, got -1"
    ) {
      print(Figure().histogram([1, 2, 3], bins: -1))
    },
    TrapCase(
      name: "figure histogram range overflows",
      message:
        "histogram: too many bins for the data range [-1e+308, 1e+308]: cannot create 10 finite-sized bins"
    ) {
      print(Figure().histogram([-1e308, 1e308]))
    },
    TrapCase(
      name: "heatmap labels",
      message:
        "heatmap: rowLabels needs one label per row: the matrix has 2 rows, rowLabels has 1"
    ) {
      print(Figure().heatmap(eye(2), rowLabels: ["a"]))
    },
    TrapCase(
      name: "function plot samples",
      message: "plot(_:in:samples:): samples must be at least 2, got 1"
    ) {
      print(Figure().plot({ $0 }, in: 0...1, samples: 1))
    },
    TrapCase(
      name: "contour resolution",
      message: "contour: resolution must be at least 2, got 1"
    ) {
      print(Figure().contour({ $0 + $1 }, x: 0...1, y: 0...1, resolution: 1))
    },
    TrapCase(
      name: "contour grid",
      message: "contour: the grid needs at least 2×2 samples, got shape (1, 3)"
    ) {
      print(Figure().contour(zeros(1, 3), x: 0...1, y: 0...1))
    },
    TrapCase(
      name: "figure histogram infinite range",
      message: "histogram: range [0.0, inf] is not finite"
    ) {
      print(Figure().histogram([1, 2], range: 0...Double.infinity))
    },
    TrapCase(
      name: "figure size",
      message:
        "size(width:height:): 100×100 is out of range (valid: width 160...10000, height 120...10000)"
    ) {
      print(Figure().size(width: 100, height: 100))
    },
  ]

  static let misc: [TrapCase] = [
    TrapCase(
      name: "table row",
      message: "Table.addRow: the row has 3 cells but the table has 2 columns (x, y)"
    ) {
      var table = Table("x", "y")
      table.addRow(1, 2, 3)
      print(table)
    },
    TrapCase(
      name: "format precision",
      message: "format precision 4294967296 is too large (at most 2147483647)"
    ) {
      print(1.5.fixed(1 << 32))
    },
  ]
}

/// Figures with data at the edges of `Double`, which must render.
enum RenderingCases {
  struct Case: Sendable {
    var name: String
    var figure: @Sendable () -> Figure
  }

  static let x: Vector = [0, 0.25, 0.5, 0.75, 1]

  static let all: [Case] = [
    Case(name: "log axis over 600 decades") {
      Figure().plot(x, [1e-300, 1, 1e300, 5, 6]).yScale(.log)
    },
    Case(name: "log x axis with zero and tiny values") {
      Figure().plot([0, 1e-320, 1e308], [1, 2, 3]).xScale(.log)
    },
    Case(name: "narrow limits far from zero") {
      Figure().plot(x, x).yLimits(1e300...1.000_000_1e300)
    },
    Case(name: "limits spanning almost all doubles") {
      Figure().plot(x, x).xLimits(-1e308...1e308)
    },
    Case(name: "values near the largest double") {
      Figure().plot(x, [-1.7e308, 0, 1.7e308, 0, 1])
    },
    Case(name: "points far outside the limits") {
      Figure().scatter([0.5, 1e300, -1e300], [0.5, 1e300, 1]).path([0, 1e308], [0, 1])
        .xLimits(0...1).yLimits(0...1)
    },
    Case(name: "contour with Int.max levels") {
      Figure().contour({ $0 + $1 }, x: 0...1, y: 0...1, levels: .count(Int.max))
    },
    Case(name: "empty data") {
      Figure().plot(Vector([]), Vector([])).histogram([]).bar([], []).heatmap(zeros(0, 0))
    },
    Case(name: "subnormal values") { Figure().plot(x, x * 1e-320) },
    Case(name: "all NaN") { Figure().plot(x, Vector(repeating: .nan, count: 5)) },
    Case(name: "infinite heatmap cells") {
      Figure().heatmap(Matrix([[1e308, -1e308], [.nan, .infinity]]), annotated: true)
    },
    Case(name: "reference lines at NaN and infinity") {
      Figure().horizontalLine(at: .nan).verticalLine(at: .infinity)
    },
  ]
}
