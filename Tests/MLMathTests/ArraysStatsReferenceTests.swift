import Foundation
import XCTest

@testable import MLMath

/// Replays Fixtures/reference/arrays_stats.json, written by
/// scripts/reference/arrays_stats.py from NumPy and SciPy: every array,
/// statistics and printing function against its reference.
final class ArraysStatsReferenceTests: XCTestCase {
  func testEveryFunctionMatchesNumPy() throws {
    let reference = try ArraysReference.load()
    var checked = 0
    for c in reference.cases {
      guard let operation = ArraysReference.operations[c.op] else {
        XCTFail("\(c.name): no Swift operation for \(c.op)")
        continue
      }
      let args = c.args.map { reference.resolve($0) }
      let actual = operation(args)
      let expected = reference.resolve(c.expected)
      if let problem = ArraysReference.mismatch(actual, expected, scaled: c.tolerance == "scale") {
        XCTFail("\(c.name) [\(c.op)]: \(problem)")
      }
      checked += 1
    }
    XCTAssertGreaterThan(checked, 600)
  }

  func testEveryOperationIsCovered() throws {
    let reference = try ArraysReference.load()
    let used = Set(reference.cases.map(\.op))
    XCTAssertEqual(Set(ArraysReference.operations.keys).subtracting(used), [])
  }

  func testPrintingMatchesNumPyExactly() throws {
    let reference = try ArraysReference.load()
    for p in reference.printing {
      switch reference.resolve(p.value) {
      case .vector(let v):
        XCTAssertEqual(Vector(v).description, p.str, "str: \(p.name)")
        XCTAssertEqual(Vector(v).debugDescription, p.repr, "repr: \(p.name)")
      case .matrix(let m):
        XCTAssertEqual(m.description, p.str, "str: \(p.name)")
        XCTAssertEqual(m.debugDescription, p.repr, "repr: \(p.name)")
      case .mask(let m):
        XCTAssertEqual(m.description, p.str, "str: \(p.name)")
        XCTAssertEqual(m.debugDescription, p.repr, "repr: \(p.name)")
      default:
        XCTFail("\(p.name): unexpected printing value")
      }
    }
    XCTAssertGreaterThan(reference.printing.count, 90)
  }

  func testNumberFormattingMatchesPythonFormatSpecs() throws {
    let reference = try ArraysReference.load()
    for row in reference.formats {
      let x = row.x.value
      XCTAssertEqual(x.fixed(4), row.specs[".4f"], "\(x) .4f")
      XCTAssertEqual(x.fixed(4, width: 10), row.specs[">10.4f"], "\(x) >10.4f")
      XCTAssertEqual(x.fixed(4, width: 10, alignment: .left), row.specs["<10.4f"], "\(x) <10.4f")
      XCTAssertEqual(x.fixed(0), row.specs[".0f"], "\(x) .0f")
      XCTAssertEqual(x.scientific(3), row.specs[".3e"], "\(x) .3e")
      XCTAssertEqual(x.general(6), row.specs[".6g"], "\(x) .6g")
      XCTAssertEqual(x.general(2), row.specs[".2g"], "\(x) .2g")
      XCTAssertEqual(x.percent(1), row.specs[".1%"], "\(x) .1%")
      XCTAssertEqual(x.fixed(2, width: 12, alignment: .center), row.specs["^12.2f"], "\(x) ^12.2f")
    }
  }
}

// MARK: - Fixture model

enum ArraysReference {
  typealias Number = ReferenceNumber

  struct MatrixJSON: Decodable {
    var rows: Int
    var cols: Int
    var data: [Number]
  }

  struct MaskJSON: Decodable {
    var shape: [Int]
    var data: [Bool]
  }

  indirect enum Value: Decodable, Sendable {
    case vector([Double])
    case matrix(Matrix)
    case scalar(Double)
    case int(Int)
    case bool(Bool)
    case ints([Int])
    case mask(Mask)
    case string(String)
    case pair(Value, Value)
    case ref(String)

    enum Keys: String, CodingKey { case v, m, s, i, b, ints, mask, str, pair, ref }

    init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: Keys.self)
      if let v = try c.decodeIfPresent([Number].self, forKey: .v) {
        self = .vector(v.map(\.value))
      } else if let m = try c.decodeIfPresent(MatrixJSON.self, forKey: .m) {
        self = .matrix(Matrix(rows: m.rows, columns: m.cols, elements: m.data.map(\.value)))
      } else if let s = try c.decodeIfPresent(Number.self, forKey: .s) {
        self = .scalar(s.value)
      } else if let i = try c.decodeIfPresent(Int.self, forKey: .i) {
        self = .int(i)
      } else if let b = try c.decodeIfPresent(Bool.self, forKey: .b) {
        self = .bool(b)
      } else if let i = try c.decodeIfPresent([Int].self, forKey: .ints) {
        self = .ints(i)
      } else if let m = try c.decodeIfPresent(MaskJSON.self, forKey: .mask) {
        self =
          .mask(
            m.shape.count == 2
              ? Mask(rows: m.shape[0], columns: m.shape[1], elements: m.data) : Mask(m.data))
      } else if let s = try c.decodeIfPresent(String.self, forKey: .str) {
        self = .string(s)
      } else if let p = try c.decodeIfPresent([Value].self, forKey: .pair) {
        self = .pair(p[0], p[1])
      } else {
        self = .ref(try c.decode(String.self, forKey: .ref))
      }
    }

    var vector: Vector {
      guard case .vector(let v) = self else { fatalError("expected a vector, got \(self)") }
      return Vector(v)
    }
    var matrix: Matrix {
      guard case .matrix(let m) = self else { fatalError("expected a matrix, got \(self)") }
      return m
    }
    var double: Double {
      switch self {
      case .scalar(let s): return s
      case .int(let i): return Double(i)
      default: fatalError("expected a number, got \(self)")
      }
    }
    var int: Int {
      guard case .int(let i) = self else { fatalError("expected an int, got \(self)") }
      return i
    }
    var bool: Bool {
      guard case .bool(let b) = self else { fatalError("expected a bool, got \(self)") }
      return b
    }
    var ints: [Int] {
      guard case .ints(let i) = self else { fatalError("expected ints, got \(self)") }
      return i
    }
  }

  struct Case: Decodable {
    var name: String
    var op: String
    var args: [Value]
    var expected: Value
    var tolerance: String?
  }

  struct Printing: Decodable {
    var name: String
    var value: Value
    var str: String
    var repr: String
  }

  struct FormatRow: Decodable {
    var x: Number
    var specs: [String: String]

    struct AnyKey: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: AnyKey.self)
      x = try c.decode(Number.self, forKey: AnyKey(stringValue: "x"))
      specs = [:]
      for key in c.allKeys where key.stringValue != "x" {
        specs[key.stringValue] = try c.decode(String.self, forKey: key)
      }
    }
  }

  struct File: Decodable {
    var inputs: [String: Value]
    var cases: [Case]
    var printing: [Printing]
    var formats: [FormatRow]

    func resolve(_ value: Value) -> Value {
      if case .ref(let name) = value {
        guard let input = inputs[name] else { fatalError("no input named \(name)") }
        return input
      }
      return value
    }
  }

  nonisolated(unsafe) static var cached: File?

  static func load() throws -> File {
    if let cached { return cached }
    let file: File = try decodeReferenceFixture("arrays_stats")
    cached = file
    return file
  }

  /// Why `actual` differs from `expected`, or `nil` if it matches within 1e-12
  /// (relatively per element, or relative to the largest magnitude when `scaled`).
  static func mismatch(_ actual: Value, _ expected: Value, scaled: Bool) -> String? {
    switch (actual, expected) {
    case (.vector(let a), .vector(let e)):
      return compare(a, e, scaled: scaled)
    case (.matrix(let a), .matrix(let e)):
      if a.rows != e.rows || a.columns != e.columns {
        return "shape \(a.rows)×\(a.columns), expected \(e.rows)×\(e.columns)"
      }
      return compare(a.elements, e.elements, scaled: scaled)
    case (.scalar(let a), .scalar(let e)):
      return compare([a], [e], scaled: scaled)
    case (.int(let a), .int(let e)):
      return a == e ? nil : "\(a), expected \(e)"
    case (.ints(let a), .ints(let e)):
      return a == e ? nil : "\(a), expected \(e)"
    case (.mask(let a), .mask(let e)):
      return a == e ? nil : "\(a), expected \(e)"
    case (.pair(let a0, let a1), .pair(let e0, let e1)):
      if let problem = mismatch(a0, e0, scaled: scaled) { return "first: \(problem)" }
      if let problem = mismatch(a1, e1, scaled: scaled) { return "second: \(problem)" }
      return nil
    default:
      return "\(actual), expected \(expected)"
    }
  }

  static func compare(_ a: [Double], _ e: [Double], scaled: Bool) -> String? {
    if a.count != e.count { return "count \(a.count), expected \(e.count)" }
    let scale = e.filter(\.isFinite).map(\.magnitude).max() ?? 0
    for i in a.indices {
      let (x, y) = (a[i], e[i])
      if x.isNaN && y.isNaN { continue }
      if x == y { continue }
      let bound = 1e-12 * (scaled ? scale : y.magnitude)
      if !(x.isFinite && y.isFinite && (x - y).magnitude <= bound) {
        return "element \(i) is \(x), expected \(y) (difference \(x - y))"
      }
    }
    return nil
  }

  typealias Operation = @Sendable ([Value]) -> Value

  static func vector(_ v: Vector) -> Value { .vector(v.elements) }

  static let unaryFunctions: [String: @Sendable (Vector) -> Vector] = [
    "abs": abs, "sqrt": sqrt, "exp": exp, "exp2": exp2, "expm1": expm1, "log": log,
    "log2": log2, "log10": log10, "log1p": log1p, "sin": sin, "cos": cos, "tan": tan,
    "asin": asin, "acos": acos, "atan": atan, "sinh": sinh, "cosh": cosh, "tanh": tanh,
    "floor": floor, "ceil": ceil, "round": round, "sign": sign, "square": square,
  ]

  static let unaryMatrixFunctions: [String: @Sendable (Matrix) -> Matrix] = [
    "abs": abs, "sqrt": sqrt, "exp": exp, "exp2": exp2, "expm1": expm1, "log": log,
    "log2": log2, "log10": log10, "log1p": log1p, "sin": sin, "cos": cos, "tan": tan,
    "asin": asin, "acos": acos, "atan": atan, "sinh": sinh, "cosh": cosh, "tanh": tanh,
    "floor": floor, "ceil": ceil, "round": round, "sign": sign, "square": square,
  ]

  static let operations: [String: Operation] = {
    var ops: [String: Operation] = [
      // Creation
      "zeros": { vector(zeros($0[0].int)) },
      "ones": { vector(ones($0[0].int)) },
      "zeros2": { .matrix(zeros($0[0].int, $0[1].int)) },
      "ones2": { .matrix(ones($0[0].int, $0[1].int)) },
      "full": { vector(full($0[0].int, $0[1].double)) },
      "eye": { .matrix(eye($0[0].int)) },
      "eye2": { .matrix(eye($0[0].int, $0[1].int)) },
      "linspace": { vector(linspace($0[0].double, $0[1].double, $0[2].int, endpoint: $0[3].bool)) },
      "arange": { vector(arange($0[0].double, $0[1].double, $0[2].double)) },
      "diagv": { .matrix(diag($0[0].vector)) },
      "diagm": { vector(diag($0[0].matrix)) },
      "outer": { .matrix(outer($0[0].vector, $0[1].vector)) },
      "vander": { .matrix(vander($0[0].vector, degree: $0[1].int, increasing: $0[2].bool)) },
      "vanderDefault": { .matrix(vander($0[0].vector)) },
      // Shape and slicing
      "reshapeV": { .matrix($0[0].vector.reshaped($0[1].int, $0[2].int)) },
      "reshapeM": { .matrix($0[0].matrix.reshaped($0[1].int, $0[2].int)) },
      "flatten": { vector($0[0].matrix.flattened()) },
      "transpose": { .matrix($0[0].matrix.T) },
      "row": { vector($0[0].matrix.row($0[1].int)) },
      "column": { vector($0[0].matrix[..., $0[1].int]) },
      "sliceV": { vector($0[0].vector[$0[1].int..<$0[2].int]) },
      "sliceM": { .matrix($0[0].matrix[$0[1].int..<$0[2].int, $0[3].int..<$0[4].int]) },
      "sliceRow": { vector($0[0].matrix[$0[1].int, $0[2].int..<$0[3].int]) },
      "sliceColumn": { vector($0[0].matrix[$0[1].int..<$0[2].int, $0[3].int]) },
      "take": { vector($0[0].vector[$0[1].ints]) },
      "hstackV": { vector(hstack([$0[0].vector, $0[1].vector])) },
      "vstackV": { .matrix(vstack([$0[0].vector, $0[1].vector])) },
      "hstackM": { .matrix(hstack([$0[0].matrix, $0[1].matrix])) },
      "vstackM": { .matrix(vstack([$0[0].matrix, $0[1].matrix])) },
      "concatM0": { .matrix(concatenate([$0[0].matrix, $0[1].matrix], axis: 0)) },
      "concatM1": { .matrix(concatenate([$0[0].matrix, $0[1].matrix], axis: 1)) },
      "columnStack": { .matrix(columnStack([$0[0].vector, $0[1].vector])) },
      // Arithmetic
      "addVV": { vector($0[0].vector + $0[1].vector) },
      "subVV": { vector($0[0].vector - $0[1].vector) },
      "mulVV": { vector($0[0].vector * $0[1].vector) },
      "divVV": { vector($0[0].vector / $0[1].vector) },
      "addVS": { vector($0[0].vector + $0[1].double) },
      "subVS": { vector($0[0].vector - $0[1].double) },
      "mulVS": { vector($0[0].vector * $0[1].double) },
      "divVS": { vector($0[0].vector / $0[1].double) },
      "addSV": { vector($0[0].double + $0[1].vector) },
      "subSV": { vector($0[0].double - $0[1].vector) },
      "mulSV": { vector($0[0].double * $0[1].vector) },
      "divSV": { vector($0[0].double / $0[1].vector) },
      "negV": { vector(-$0[0].vector) },
      "addMM": { .matrix($0[0].matrix + $0[1].matrix) },
      "subMM": { .matrix($0[0].matrix - $0[1].matrix) },
      "mulMM": { .matrix($0[0].matrix * $0[1].matrix) },
      "divMM": { .matrix($0[0].matrix / $0[1].matrix) },
      "addMS": { .matrix($0[0].matrix + $0[1].double) },
      "subMS": { .matrix($0[0].matrix - $0[1].double) },
      "mulMS": { .matrix($0[0].matrix * $0[1].double) },
      "divMS": { .matrix($0[0].matrix / $0[1].double) },
      "addSM": { .matrix($0[0].double + $0[1].matrix) },
      "subSM": { .matrix($0[0].double - $0[1].matrix) },
      "mulSM": { .matrix($0[0].double * $0[1].matrix) },
      "divSM": { .matrix($0[0].double / $0[1].matrix) },
      "addMV": { .matrix($0[0].matrix + $0[1].vector) },
      "subMV": { .matrix($0[0].matrix - $0[1].vector) },
      "mulMV": { .matrix($0[0].matrix * $0[1].vector) },
      "divMV": { .matrix($0[0].matrix / $0[1].vector) },
      "addVM": { .matrix($0[0].vector + $0[1].matrix) },
      "subVM": { .matrix($0[0].vector - $0[1].matrix) },
      "mulVM": { .matrix($0[0].vector * $0[1].matrix) },
      "divVM": { .matrix($0[0].vector / $0[1].matrix) },
      "negM": { .matrix(-$0[0].matrix) },
      // Elementwise extras
      "powVS": { vector(pow($0[0].vector, $0[1].double)) },
      "powMS": { .matrix(pow($0[0].matrix, $0[1].double)) },
      "powVV": { vector(pow($0[0].vector, $0[1].vector)) },
      "powSV": { vector(pow($0[0].double, $0[1].vector)) },
      "maximumVV": { vector(maximum($0[0].vector, $0[1].vector)) },
      "maximumVS": { vector(maximum($0[0].vector, $0[1].double)) },
      "maximumMM": { .matrix(maximum($0[0].matrix, $0[1].matrix)) },
      "maximumMS": { .matrix(maximum($0[0].matrix, $0[1].double)) },
      "minimumVV": { vector(minimum($0[0].vector, $0[1].vector)) },
      "minimumVS": { vector(minimum($0[0].vector, $0[1].double)) },
      "minimumMM": { .matrix(minimum($0[0].matrix, $0[1].matrix)) },
      "minimumMS": { .matrix(minimum($0[0].matrix, $0[1].double)) },
      "clip": { vector(clip($0[0].vector, $0[1].double, $0[2].double)) },
      "clipM": { .matrix(clip($0[0].matrix, $0[1].double, $0[2].double)) },
      // Masks
      "ltVS": { .mask($0[0].vector .< $0[1].double) },
      "leVS": { .mask($0[0].vector .<= $0[1].double) },
      "gtVS": { .mask($0[0].vector .> $0[1].double) },
      "geVS": { .mask($0[0].vector .>= $0[1].double) },
      "eqVS": { .mask($0[0].vector .== $0[1].double) },
      "neVS": { .mask($0[0].vector .!= $0[1].double) },
      "ltVV": { .mask($0[0].vector .< $0[1].vector) },
      "leVV": { .mask($0[0].vector .<= $0[1].vector) },
      "gtVV": { .mask($0[0].vector .> $0[1].vector) },
      "geVV": { .mask($0[0].vector .>= $0[1].vector) },
      "eqVV": { .mask($0[0].vector .== $0[1].vector) },
      "neVV": { .mask($0[0].vector .!= $0[1].vector) },
      "ltMS": { .mask($0[0].matrix .< $0[1].double) },
      "leMS": { .mask($0[0].matrix .<= $0[1].double) },
      "gtMS": { .mask($0[0].matrix .> $0[1].double) },
      "geMS": { .mask($0[0].matrix .>= $0[1].double) },
      "eqMS": { .mask($0[0].matrix .== $0[1].double) },
      "neMS": { .mask($0[0].matrix .!= $0[1].double) },
      "maskSelect": { vector($0[0].vector[$0[0].vector .> $0[1].double]) },
      "maskSelectM": { vector($0[0].matrix[$0[0].matrix .> $0[1].double]) },
      "whereVS": { vector(select($0[0].vector .> 0, $0[0].vector, $0[1].double)) },
      "whereVV": { vector(select($0[0].vector .> $0[1].vector, $0[0].vector, $0[1].vector)) },
      "whereMS": { .matrix(select($0[0].matrix .> 0, $0[0].matrix, $0[1].double)) },
      "maskAssign": {
        var v = $0[0].vector
        v.replace(where: v .> 0, with: $0[1].double)
        return vector(v)
      },
      // Ordering
      "sort": { vector(sort($0[0].vector)) },
      "argsort": { .ints(argsort($0[0].vector).elements) },
      "cumsum": { vector(cumsum($0[0].vector)) },
      "cumprod": { vector(cumprod($0[0].vector)) },
      "diff": { vector(diff($0[0].vector)) },
      "cumsumM0": { .matrix(cumsum($0[0].matrix, axis: 0)) },
      "cumsumM1": { .matrix(cumsum($0[0].matrix, axis: 1)) },
      // Reductions
      "sum": { .scalar(sum($0[0].vector)) },
      "mean": { .scalar(mean($0[0].vector)) },
      "prod": { .scalar(prod($0[0].vector)) },
      "min": { .scalar($0[0].vector.min()) },
      "max": { .scalar($0[0].vector.max()) },
      "argmin": { .int(argmin($0[0].vector)) },
      "argmax": { .int(argmax($0[0].vector)) },
      "sumM": { .scalar(sum($0[0].matrix)) },
      "meanM": { .scalar(mean($0[0].matrix)) },
      "minM": { .scalar($0[0].matrix.min()) },
      "maxM": { .scalar($0[0].matrix.max()) },
      "argminM": { .int($0[0].matrix.argmin()) },
      "argmaxM": { .int($0[0].matrix.argmax()) },
      // Statistics
      "var": { .scalar(variance($0[0].vector, ddof: $0[1].double)) },
      "std": { .scalar(std($0[0].vector, ddof: $0[1].double)) },
      "varM": { .scalar(variance($0[0].matrix)) },
      "stdM": { .scalar(std($0[0].matrix)) },
      "median": { .scalar(median($0[0].vector)) },
      "quantile": { vector(quantile($0[0].vector, $0[1].vector)) },
      "quantile1": { .scalar(quantile($0[0].vector, $0[1].double)) },
      "percentile": { vector(percentile($0[0].vector, $0[1].vector)) },
      "iqr": { .scalar(iqr($0[0].vector)) },
      "mode": { .scalar(mode($0[0].vector)) },
      "skew": { .scalar(skewness($0[0].vector)) },
      "kurtosis": { .scalar(kurtosis($0[0].vector)) },
      "kurtosisPearson": { .scalar(kurtosis($0[0].vector, excess: false)) },
      "zscore": { vector(zscore($0[0].vector, ddof: $0[1].double)) },
      "cov": { .matrix(cov($0[0].matrix)) },
      "covCols": { .matrix(cov($0[0].matrix, rowVariables: false)) },
      "cov0": { .matrix(cov($0[0].matrix, ddof: 0)) },
      "corrcoef": { .matrix(corrcoef($0[0].matrix)) },
      "corrcoefCols": { .matrix(corrcoef($0[0].matrix, rowVariables: false)) },
      "covXY": { .matrix(cov($0[0].vector, $0[1].vector)) },
      "covX": { .scalar(cov($0[0].vector)) },
      "corrcoefXY": { .matrix(corrcoef($0[0].vector, $0[1].vector)) },
      "histogram": {
        let h = histogram($0[0].vector, bins: $0[1].int)
        return .pair(vector(h.counts), vector(h.edges))
      },
      "histogramRange": {
        let h = histogram($0[0].vector, bins: $0[1].int, range: $0[2].double...$0[3].double)
        return .pair(vector(h.counts), vector(h.edges))
      },
      "histogramDensity": {
        let h = histogram($0[0].vector, bins: $0[1].int, density: true)
        return .pair(vector(h.counts), vector(h.edges))
      },
      "histogramEdges": {
        let h = histogram($0[0].vector, edges: $0[1].vector)
        return .pair(vector(h.counts), vector(h.edges))
      },
    ]
    for (name, f) in unaryFunctions { ops[name] = { vector(f($0[0].vector)) } }
    for (name, f) in unaryMatrixFunctions { ops[name + "M"] = { .matrix(f($0[0].matrix)) } }
    for axis in [0, 1] {
      ops["sumM\(axis)"] = { vector($0[0].matrix.sum(axis: axis)) }
      ops["meanM\(axis)"] = { vector($0[0].matrix.mean(axis: axis)) }
      ops["prodM\(axis)"] = { vector($0[0].matrix.prod(axis: axis)) }
      ops["minM\(axis)"] = { vector($0[0].matrix.min(axis: axis)) }
      ops["maxM\(axis)"] = { vector($0[0].matrix.max(axis: axis)) }
      ops["argminM\(axis)"] = { .ints($0[0].matrix.argmin(axis: axis).elements) }
      ops["argmaxM\(axis)"] = { .ints($0[0].matrix.argmax(axis: axis).elements) }
      ops["varM\(axis)"] = { vector(variance($0[0].matrix, axis: axis, ddof: $0[1].double)) }
      ops["stdM\(axis)"] = { vector(std($0[0].matrix, axis: axis, ddof: $0[1].double)) }
      ops["medianM\(axis)"] = { vector(median($0[0].matrix, axis: axis)) }
      ops["quantileM\(axis)"] = { vector(quantile($0[0].matrix, $0[1].double, axis: axis)) }
      ops["zscoreM\(axis)"] = { .matrix(zscore($0[0].matrix, axis: axis)) }
      ops["percentileM\(axis)"] = { vector(percentile($0[0].matrix, $0[1].double, axis: axis)) }
      ops["iqrM\(axis)"] = { vector(iqr($0[0].matrix, axis: axis)) }
      ops["modeM\(axis)"] = { vector(mode($0[0].matrix, axis: axis)) }
      ops["skewM\(axis)"] = { vector(skewness($0[0].matrix, axis: axis)) }
      ops["kurtosisM\(axis)"] = { vector(kurtosis($0[0].matrix, axis: axis)) }
    }
    return ops
  }()
}
