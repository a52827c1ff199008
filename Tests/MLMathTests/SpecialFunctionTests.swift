import Foundation
import XCTest

@testable import MLMath

/// Replays Fixtures/reference/special.json, written by scripts/reference/special.py
/// from scipy.special and mpmath: every special function over its domain (poles,
/// tails, tiny and huge arguments, NaN, ±∞, −0), its elementwise forms, and the
/// identities that tie the functions together.
final class SpecialFunctionTests: XCTestCase {
  // MARK: Golden values

  func testEveryFunctionMatchesSciPyOrMpmath() throws {
    let reference = try SpecialReference.load()
    var checked: [String: Int] = [:]
    for row in reference.scalar {
      guard let function = SpecialReference.scalarFunctions[row.fn] else {
        XCTFail("no Swift function for \(row.fn)")
        continue
      }
      let args = row.args.map(\.value)
      let actual = function(args)
      let tolerance = SpecialReference.tolerance(row.fn, args)
      if let problem = SpecialReference.mismatch(
        actual, scipy: row.scipy.value, mpmath: row.mp, tolerance: tolerance)
      {
        XCTFail("\(row.fn)(\(args.map { "\($0)" }.joined(separator: ", "))): \(problem)")
      }
      if actual.isNaN && actual.sign == .minus {
        XCTFail("\(row.fn)(\(args)): a NaN with its sign bit set prints as -nan")
      }
      checked[row.fn, default: 0] += 1
    }
    XCTAssertEqual(Set(checked.keys), Set(SpecialReference.scalarFunctions.keys))
    XCTAssertGreaterThan(checked.values.reduce(0, +), 3500)
  }

  func testExactCombinatoricsMatchPython() throws {
    let reference = try SpecialReference.load()
    for row in reference.exact {
      guard let value = row.value else { continue }  // past Int.max: a trap, tested in TrapMessageTests
      switch row.fn {
      case "comb": XCTAssertEqual(comb(row.n, row.k, exact: true), value, "comb(\(row.n), \(row.k))")
      case "perm": XCTAssertEqual(perm(row.n, row.k, exact: true), value, "perm(\(row.n), \(row.k))")
      case "factorial": XCTAssertEqual(factorial(row.n, exact: true), value, "factorial(\(row.n))")
      default: XCTFail("unknown exact function \(row.fn)")
      }
    }
    XCTAssertEqual(comb(5, 2), 10)
    XCTAssertEqual(perm(5, 2), 20)
    XCTAssertEqual(factorial(5), 120)
  }

  func testLogSumExpMatchesSciPy() throws {
    let reference = try SpecialReference.load()
    for c in reference.arrays {
      let a = c.a.map(\.value)
      let expected = c.expected.map(\.value)
      let actual: [Double]
      if c.shape.count == 2 {
        let m = Matrix(rows: c.shape[0], columns: c.shape[1], elements: a)
        actual = c.axis.map { logsumexp(m, axis: $0).elements } ?? [logsumexp(m)]
      } else if let b = c.b {
        actual = [logsumexp(Vector(a), b: Vector(b.map(\.value)))]
      } else {
        actual = [logsumexp(Vector(a))]
      }
      XCTAssertEqual(actual.count, expected.count, c.name)
      for (x, y) in zip(actual, expected) {
        if let problem = SpecialReference.mismatch(x, scipy: y, mpmath: nil, tolerance: 1e-13) {
          XCTFail("logsumexp \(c.name): \(problem)")
        }
      }
    }
    XCTAssertGreaterThan(reference.arrays.count, 20)
  }

  // MARK: Elementwise forms

  /// Every Vector and Matrix form gives the scalar function's value, element by element:
  /// exactly, except where the array form runs SLEEF's vector functions and the scalar form the
  /// C library (`erf`, and the exponential inside `expit` and `softplus`), where both are within
  /// an ULP or two of the truth and so within a few ULPs of each other.
  func testElementwiseFormsAgreeWithScalars() throws {
    let reference = try SpecialReference.load()
    var byFunction: [String: [[Double]]] = [:]
    for row in reference.scalar { byFunction[row.fn, default: []].append(row.args.map(\.value)) }

    for (name, forms) in SpecialReference.unaryForms {
      let scalar = try XCTUnwrap(SpecialReference.scalarFunctions[name])
      let xs = (byFunction[name] ?? []).map { $0[0] }
      let expected = xs.map { scalar([$0]) }
      let ulps = ["erf": 2, "expit": 4, "softplus": 4][name] ?? 0
      assertSame(forms.vector(Vector(xs)).elements, expected, "\(name)(Vector)", ulps: ulps)
      let m = Matrix(rows: 1, columns: xs.count, elements: xs)
      assertSame(forms.matrix(m).elements, expected, "\(name)(Matrix)", ulps: ulps)
      XCTAssertEqual(forms.matrix(m).rows, 1)
    }

    for (name, forms) in SpecialReference.binaryForms {
      let scalar = try XCTUnwrap(SpecialReference.scalarFunctions[name])
      let rows = byFunction[name] ?? []
      let a = rows.map { $0[0] }
      let b = rows.map { $0[1] }
      let expected = rows.map(scalar)
      assertSame(forms.vv(Vector(a), Vector(b)).elements, expected, "\(name)(Vector, Vector)")
      let shape = (rows: 1, columns: rows.count)
      let ma = Matrix(rows: shape.rows, columns: shape.columns, elements: a)
      let mb = Matrix(rows: shape.rows, columns: shape.columns, elements: b)
      assertSame(forms.mm(ma, mb).elements, expected, "\(name)(Matrix, Matrix)")
      // A number against an array, on either side.
      let first = try XCTUnwrap(a.first)
      assertSame(forms.sv(first, Vector(b)).elements, b.map { scalar([first, $0]) }, "\(name)(Double, Vector)")
      assertSame(forms.vs(Vector(a), 2.5).elements, a.map { scalar([$0, 2.5]) }, "\(name)(Vector, Double)")
      assertSame(forms.sm(first, mb).elements, b.map { scalar([first, $0]) }, "\(name)(Double, Matrix)")
      assertSame(forms.ms(ma, 0.25).elements, a.map { scalar([$0, 0.25]) }, "\(name)(Matrix, Double)")
      // Length-1 vectors broadcast.
      assertSame(forms.vv(Vector([first]), Vector(b)).elements, b.map { scalar([first, $0]) }, "\(name) broadcast")
    }

    for name in ["betainc", "betaincinv"] {
      let scalar = try XCTUnwrap(SpecialReference.scalarFunctions[name])
      let rows = byFunction[name] ?? []
      let expected = rows.map(scalar)
      let (a, b, x) = (rows.map { $0[0] }, rows.map { $0[1] }, rows.map { $0[2] })
      let inverse = name == "betaincinv"
      let vvv = { (a: Vector, b: Vector, x: Vector) in inverse ? betaincinv(a, b, x) : betainc(a, b, x) }
      let ssv = { (a: Double, b: Double, x: Vector) in inverse ? betaincinv(a, b, x) : betainc(a, b, x) }
      let ssm = { (a: Double, b: Double, x: Matrix) in inverse ? betaincinv(a, b, x) : betainc(a, b, x) }
      assertSame(vvv(Vector(a), Vector(b), Vector(x)).elements, expected, "\(name)(Vector, Vector, Vector)")
      assertSame(ssv(2, 3, Vector(x)).elements, x.map { scalar([2, 3, $0]) }, "\(name)(Double, Double, Vector)")
      let m = Matrix(rows: 1, columns: x.count, elements: x)
      assertSame(ssm(0.5, 4, m).elements, x.map { scalar([0.5, 4, $0]) }, "\(name)(Double, Double, Matrix)")
      assertSame(
        vvv(Vector([2]), Vector(b), Vector([0.5])).elements, b.map { scalar([2, $0, 0.5]) }, "\(name) broadcast")
    }

    // gamma and its C-named aliases.
    let xs = Vector([-2.5, -1, -0.0, 0, 0.5, 1, 4.5, 171.5, 172, .nan, .infinity, -.infinity])
    assertSame(gamma(xs).elements, xs.elements.map { unsignedNaN(tgamma($0)) }, "gamma")
    assertSame(tgamma(xs).elements, gamma(xs).elements, "tgamma")
    assertSame(lgamma(xs).elements, gammaln(xs).elements, "lgamma")
    assertSame(psi(xs).elements, digamma(xs).elements, "psi")
    let m = Matrix(rows: 3, columns: 4, elements: xs.elements)
    assertSame(gamma(m).elements, gamma(xs).elements, "gamma(Matrix)")
    XCTAssertEqual(gamma(m).shape.rows, 3)
    assertSame(factorial(xs).elements, xs.elements.map { factorial($0) }, "factorial(Vector)")
    assertSame(factorial(m).elements, xs.elements.map { factorial($0) }, "factorial(Matrix)")
  }

  /// `a` equals `b` element by element, or within `ulps` units in the last place of the larger.
  func assertSame(
    _ a: [Double], _ b: [Double], _ what: String, ulps: Int = 0, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(a.count, b.count, what, file: file, line: line)
    for (i, (x, y)) in zip(a, b).enumerated() where !(x == y || (x.isNaN && y.isNaN)) {
      if ulps > 0 && x.isFinite && y.isFinite
        && (x - y).magnitude <= Double(ulps) * Swift.max(x.magnitude, y.magnitude).ulp
      {
        continue
      }
      XCTFail("\(what): element \(i) is \(x), the scalar function gives \(y)", file: file, line: line)
      return
    }
  }

  // MARK: Identities

  func close(_ x: Double, _ y: Double, _ tolerance: Double) -> Bool {
    x == y || (x - y).magnitude <= tolerance * Swift.max(x.magnitude, y.magnitude)
  }

  /// Arrays long enough to be split across the cores give the scalar function's bits, element
  /// by element, whatever the split (the length is not a multiple of the piece boundaries).
  func testLongArraysSplitAcrossCoresGiveTheScalarResults() throws {
    let n = costlyParallelElementCount * 3 + 5
    let p = Vector((0..<n).map { (Double($0) + 0.5) / Double(n) })
    let x = p * 30 - 3
    let t = try StudentT(df: 4.5)
    let cases: [(String, Vector, (Double) -> Double)] = [
      ("erfinv", erfinv(p * 2 - 1), { erfinv(2 * $0 - 1) }),
      ("gammainc", gammainc(2.5, x), { gammainc(2.5, 30 * $0 - 3) }),
      ("betainc", betainc(2, 3, p), { betainc(2, 3, $0) }),
      ("t.cdf", t.cdf(x), { t.cdf(30 * $0 - 3) }),
      ("t.ppf", t.ppf(p), { t.ppf($0) }),
    ]
    for (name, got, scalar) in cases {
      XCTAssertEqual(got.count, n, name)
      let want = p.elements.map(scalar)
      let differing = zip(got.elements, want).filter { $0.bitPattern != $1.bitPattern && !($0.isNaN && $1.isNaN) }
      XCTAssertEqual(differing.count, 0, "\(name): \(differing.count) elements differ from the scalar function")
    }
  }

  func testErrorFunctionInversesRoundTrip() {
    for i in 1..<400 {
      let x = -1 + Double(i) / 200
      XCTAssert(close(erf(erfinv(x)), x, 1e-15), "erf(erfinv(\(x)))")
    }
    for e in stride(from: -300.0, through: 0, by: 3) {
      let q = pow(10, e)
      // Rounding y = erfcinv(q) moves erfc(y) by 2y² ulps, relatively.
      let y = erfcinv(q)
      XCTAssert(close(erfc(y), q, 4e-16 * (2 + 2 * y * y)), "erfc(erfcinv(\(q)))")
    }
    for k in 1...52 {  // 2 − 2⁻ᵏ is exact
      let q = pow(2, -Double(k))
      XCTAssertEqual(erfcinv(2 - q), -erfcinv(q), "erfcinv symmetry at 2^-\(k)")
    }
    for y in stride(from: -5.0, through: 5, by: 0.125) {
      XCTAssert(close(erfinv(erf(y)), y, 1e-13 * Swift.max(1, exp(y * y) / 10)), "erfinv(erf(\(y)))")
    }
    // Signed zeros as SciPy prints them: erfinv(±0) = 0.0, erfcinv(1) = -0.0.
    XCTAssertEqual(erfinv(0.0).sign, .plus)
    XCTAssertEqual(erfinv(-0.0).sign, .plus)
    XCTAssertEqual(erfcinv(1.0).sign, .minus)
  }

  func testIncompleteGammaIdentities() {
    for a in [1e-8, 0.01, 0.3, 1, 2.5, 7, 10, 25, 100, 1e3, 1e4] {
      for s in [1e-3, 0.1, 0.5, 0.9, 1, 1.1, 2, 5, 20] {
        let x = a * s
        let p = gammainc(a, x)
        let q = gammaincc(a, x)
        XCTAssert(close(p + q, 1, 4e-15), "P + Q at a=\(a), x=\(x): \(p) + \(q)")
        if p > 1e-300 && p < 0.999 {
          XCTAssert(close(gammaincinv(a, p), x, 1e-12), "gammaincinv(\(a), P(\(a), \(x)))")
        }
        if q > 1e-300 && q < 0.999 {
          XCTAssert(close(gammainccinv(a, q), x, 1e-12), "gammainccinv(\(a), Q(\(a), \(x)))")
        }
      }
      // Integer a: Q(n, x) = e⁻ˣ Σ_{k<n} xᵏ/k!.
    }
    for n in 1...12 {
      for x in [0.1, 1, 3, 10] {
        var term = 1.0
        var sum = 1.0
        for k in 1..<n {
          term *= x / Double(k)
          sum += term
        }
        XCTAssert(close(gammaincc(Double(n), x), exp(-x) * sum, 1e-14), "Q(\(n), \(x))")
      }
    }
    // Q(½, x) = erfc(√x), at squares (so that √x is exact).
    for x in [1e-10, 0.0625, 0.25, 2.25, 9, 30.25, 625] {
      XCTAssert(close(gammaincc(0.5, x), erfc(x.squareRoot()), 1e-14), "Q(1/2, \(x))")
    }
  }

  func testIncompleteBetaIdentities() {
    let parameters = [0.05, 0.5, 1, 2, 3.5, 10, 40, 250]
    for a in parameters {
      for b in parameters {
        // Dyadic x, so that 1 − x is exact and the two sides see the same point.
        for x in [0x1p-20, 0x1p-7, 0.203125, 0.5, 0.765625, 0.984375] {
          let i = betainc(a, b, x)
          let j = betainc(b, a, 1 - x)
          XCTAssert(close(i + j, 1, 1e-13), "I_x(\(a), \(b)) + I_(1−x)(\(b), \(a)) = \(i + j)")
          if i > 1e-250 && i < 0.999 {
            XCTAssert(close(betaincinv(a, b, i), x, 1e-11), "betaincinv(\(a), \(b), I_\(x))")
          }
        }
      }
    }
    // I_x(a, 1) = xᵃ and I_x(1, b) = 1 − (1 − x)ᵇ.
    for x in [0.001, 0.3, 0.9] {
      for a in [0.5, 3, 17] {
        XCTAssert(close(betainc(a, 1, x), pow(x, a), 1e-14), "I_\(x)(\(a), 1)")
        XCTAssert(close(betainc(1, a, x), -expm1(a * log1p(-x)), 1e-14), "I_\(x)(1, \(a))")
      }
    }
  }

  func testGammaFamilyIdentities() {
    for x in stride(from: 0.05, through: 60, by: 0.37) {
      XCTAssert(close(digamma(x + 1), digamma(x) + 1 / x, 1e-13), "ψ(x + 1) = ψ(x) + 1/x at \(x)")
      XCTAssert(close(gammaln(x), log(tgamma(x)), 1e-13), "gammaln(\(x))")
      for y in [0.3, 2, 9.5] {
        XCTAssert(close(beta(x, y), exp(betaln(x, y)), 1e-13), "beta(\(x), \(y))")
        XCTAssert(close(beta(x, y), beta(y, x), 0), "beta symmetry")
      }
    }
    XCTAssert(close(digamma(1), -0.5772156649015329, 1e-15))
    XCTAssert(close(digamma(0.5), -0.5772156649015329 - 2 * log(2.0), 1e-15))
    XCTAssertEqual(psi(7.25), digamma(7.25))
  }

  func testLogisticIdentities() {
    for p in stride(from: 0.001, to: 1, by: 0.001) {
      XCTAssert(close(expit(logit(p)), p, 1e-15), "expit(logit(\(p)))")
    }
    for x in stride(from: -40.0, through: 40, by: 0.5) {
      XCTAssert(close(softplus(x) - softplus(-x), x, 1e-14), "softplus(x) − softplus(−x) at \(x)")
      XCTAssert(close(expit(x) + expit(-x), 1, 1e-15), "expit symmetry at \(x)")
      if x < -5 {
        // log(1 − eˣ) = −Σ e^(kx)/k, converging fast for x < −5.
        let series = (1...14).reduce(0.0) { $0 - exp(Double($1) * x) / Double($1) }
        XCTAssert(close(log1mexp(x), series, 1e-15), "log1mexp(\(x))")
      } else if x < 0 {
        XCTAssert(close(exp(log1mexp(x)), -expm1(x), 1e-15 * (1 + log1mexp(x).magnitude)), "log1mexp(\(x))")
      }
    }
    XCTAssertEqual(xlogy(0, 0), 0)
    XCTAssertEqual(xlog1py(0, -1), 0)
    XCTAssert(xlogy(0, .nan).isNaN)
  }

  func testLogSumExpShiftAndAxes() {
    let v = Vector([0.5, -3, 2.25, 1e-3, 7])
    for shift in [-1000.0, -5, 0, 12.5, 800] {
      XCTAssert(close(logsumexp(v + shift), logsumexp(v) + shift, 1e-14), "shift \(shift)")
    }
    XCTAssert(close(logsumexp(v, b: Vector([1])), logsumexp(v), 1e-15))
    XCTAssert(close(logsumexp(v, b: Vector(repeating: 2, count: 5)), logsumexp(v) + log(2.0), 1e-15))
    let m = Matrix([[1, 2, 3], [4, 5, 6]])
    assertSame(
      logsumexp(m, axis: 1).elements, [logsumexp(Vector([1, 2, 3])), logsumexp(Vector([4, 5, 6]))], "axis 1")
    assertSame(logsumexp(m, axis: -2).elements, logsumexp(m, axis: 0).elements, "axis -2")
    XCTAssert(close(logsumexp(m), logsumexp(Vector([1, 2, 3, 4, 5, 6])), 1e-15))
  }

  func testCombinatoricsIdentities() {
    for n in 0...60 {
      for k in 0...n {
        XCTAssertEqual(comb(n, k, exact: true), comb(n, n - k, exact: true))
        XCTAssert(close(comb(Double(n), Double(k)), Double(comb(n, k, exact: true)), 1e-14), "comb(\(n), \(k))")
      }
    }
    for n in 0...20 {
      XCTAssertEqual(Double(factorial(n, exact: true)), factorial(Double(n)))
      XCTAssertEqual(perm(n, n, exact: true), factorial(n, exact: true))
    }
    XCTAssertEqual(comb(66, 33, exact: true), 7_219_428_434_016_265_740)
  }
}

// MARK: - Misuse stops with a message

extension TrapCases {
  static let special: [TrapCase] = [
    TrapCase(name: "factorial negative", message: "factorial(n, exact: true): n must be non-negative, got n = -1") {
      print(factorial(-1, exact: true))
    },
    TrapCase(
      name: "factorial overflow",
      message:
        "factorial(21, exact: true) does not fit in an Int (20! is the largest that does); use factorial(21) for a floating result"
    ) {
      print(factorial(21, exact: true))
    },
    TrapCase(
      name: "comb overflow",
      message:
        "comb(68, 34, exact: true) does not fit in an Int (at most 9223372036854775807); use comb(68, 34) for a floating result"
    ) {
      print(comb(68, 34, exact: true))
    },
    TrapCase(name: "comb negative", message: "comb(n, k, exact: true): k must be non-negative, got k = -2") {
      print(comb(5, -2, exact: true))
    },
    TrapCase(
      name: "perm overflow",
      message:
        "perm(30, 20, exact: true) does not fit in an Int (at most 9223372036854775807); use perm(30, 20) for a floating result"
    ) {
      print(perm(30, 20, exact: true))
    },
    TrapCase(
      name: "logsumexp weights",
      message: "logsumexp: shapes (3,) and (2,) cannot be broadcast together (b needs the shape of a)"
    ) {
      print(logsumexp(Vector([1, 2, 3]), b: Vector([1, 2])))
    },
    TrapCase(
      name: "logsumexp axis",
      message:
        "logsumexp: axis 2 is out of bounds for a Matrix (valid: 0 or -2 down the columns, 1 or -1 along the rows)"
    ) {
      print(logsumexp(Matrix([[1, 2]]), axis: 2))
    },
  ]
}

// MARK: - Fixture model

enum SpecialReference {
  typealias Number = ReferenceNumber

  struct Row: Decodable {
    var fn: String
    var args: [Number]
    var scipy: Number
    var mp: Double?
  }

  struct Exact: Decodable {
    var fn: String
    var n: Int
    var k: Int
    var value: Int?
  }

  struct ArrayCase: Decodable {
    var name: String
    var shape: [Int]
    var a: [Number]
    var b: [Number]?
    var axis: Int?
    var expected: [Number]
  }

  struct File: Decodable {
    var scalar: [Row]
    var exact: [Exact]
    var arrays: [ArrayCase]
  }

  nonisolated(unsafe) static var cached: File?

  static func load() throws -> File {
    if let cached { return cached }
    let file: File = try decodeReferenceFixture("special")
    cached = file
    return file
  }

  /// The relative tolerance for one point: 1e-12 (no function's DocC claims a looser bound).
  static func tolerance(_ fn: String, _ args: [Double]) -> Double { 1e-12 }

  /// Why `actual` matches neither SciPy's value nor mpmath's within `tolerance`, or nil.
  ///
  /// NaN matches NaN, infinities and zeros match themselves (−0 and +0 alike), and values
  /// below 1e-305 in magnitude (subnormal, where no library keeps relative accuracy) are
  /// compared absolutely.
  static func mismatch(_ actual: Double, scipy: Double, mpmath: Double?, tolerance: Double) -> String? {
    func agrees(_ expected: Double) -> Bool {
      if actual.isNaN || expected.isNaN { return actual.isNaN && expected.isNaN }
      if actual == expected { return true }
      if !actual.isFinite || !expected.isFinite { return false }
      if actual.magnitude < 1e-305 && expected.magnitude < 1e-305 { return true }
      return (actual - expected).magnitude <= tolerance * expected.magnitude
    }
    if agrees(scipy) { return nil }
    if let mpmath, agrees(mpmath) { return nil }
    return "\(actual), SciPy \(scipy)" + (mpmath.map { ", mpmath \($0)" } ?? "")
  }

  static let scalarFunctions: [String: @Sendable ([Double]) -> Double] = [
    "erf": { erf($0[0]) }, "erfc": { erfc($0[0]) }, "erfinv": { erfinv($0[0]) }, "erfcinv": { erfcinv($0[0]) },
    "gamma": { unsignedNaN(tgamma($0[0])) }, "gammaln": { gammaln($0[0]) }, "psi": { psi($0[0]) },
    "beta": { beta($0[0], $0[1]) }, "betaln": { betaln($0[0], $0[1]) },
    "gammainc": { gammainc($0[0], $0[1]) }, "gammaincc": { gammaincc($0[0], $0[1]) },
    "gammaincinv": { gammaincinv($0[0], $0[1]) }, "gammainccinv": { gammainccinv($0[0], $0[1]) },
    "betainc": { betainc($0[0], $0[1], $0[2]) }, "betaincinv": { betaincinv($0[0], $0[1], $0[2]) },
    "expit": { expit($0[0]) }, "softplus": { softplus($0[0]) }, "logit": { logit($0[0]) },
    "log1mexp": { log1mexp($0[0]) }, "xlogy": { xlogy($0[0], $0[1]) }, "xlog1py": { xlog1py($0[0], $0[1]) },
    "comb": { comb($0[0], $0[1]) }, "perm": { perm($0[0], $0[1]) }, "factorial": { factorial($0[0]) },
  ]

  struct UnaryForms: Sendable {
    var vector: @Sendable (Vector) -> Vector
    var matrix: @Sendable (Matrix) -> Matrix
  }

  static let unaryForms: [String: UnaryForms] = [
    "erf": UnaryForms(vector: erf, matrix: erf), "erfc": UnaryForms(vector: erfc, matrix: erfc),
    "erfinv": UnaryForms(vector: erfinv, matrix: erfinv), "erfcinv": UnaryForms(vector: erfcinv, matrix: erfcinv),
    "gamma": UnaryForms(vector: gamma, matrix: gamma), "gammaln": UnaryForms(vector: gammaln, matrix: gammaln),
    "psi": UnaryForms(vector: psi, matrix: psi), "expit": UnaryForms(vector: expit, matrix: expit),
    "logit": UnaryForms(vector: logit, matrix: logit), "softplus": UnaryForms(vector: softplus, matrix: softplus),
    "log1mexp": UnaryForms(vector: log1mexp, matrix: log1mexp),
    "factorial": UnaryForms(vector: factorial, matrix: factorial),
  ]

  struct BinaryForms: Sendable {
    var vv: @Sendable (Vector, Vector) -> Vector
    var sv: @Sendable (Double, Vector) -> Vector
    var vs: @Sendable (Vector, Double) -> Vector
    var mm: @Sendable (Matrix, Matrix) -> Matrix
    var sm: @Sendable (Double, Matrix) -> Matrix
    var ms: @Sendable (Matrix, Double) -> Matrix
  }

  static let binaryForms: [String: BinaryForms] = [
    "beta": BinaryForms(vv: beta, sv: beta, vs: beta, mm: beta, sm: beta, ms: beta),
    "betaln": BinaryForms(vv: betaln, sv: betaln, vs: betaln, mm: betaln, sm: betaln, ms: betaln),
    "gammainc": BinaryForms(vv: gammainc, sv: gammainc, vs: gammainc, mm: gammainc, sm: gammainc, ms: gammainc),
    "gammaincc": BinaryForms(
      vv: gammaincc, sv: gammaincc, vs: gammaincc, mm: gammaincc, sm: gammaincc, ms: gammaincc),
    "gammaincinv": BinaryForms(
      vv: gammaincinv, sv: gammaincinv, vs: gammaincinv, mm: gammaincinv, sm: gammaincinv, ms: gammaincinv),
    "gammainccinv": BinaryForms(
      vv: gammainccinv, sv: gammainccinv, vs: gammainccinv, mm: gammainccinv, sm: gammainccinv, ms: gammainccinv),
    "xlogy": BinaryForms(vv: xlogy, sv: xlogy, vs: xlogy, mm: xlogy, sm: xlogy, ms: xlogy),
    "xlog1py": BinaryForms(vv: xlog1py, sv: xlog1py, vs: xlog1py, mm: xlog1py, sm: xlog1py, ms: xlog1py),
  ]
}
