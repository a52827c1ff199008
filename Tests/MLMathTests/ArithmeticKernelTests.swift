import XCTest

@testable import MLMath

/// `+ - * /` and `min`/`max` on large arrays run on C kernels in the CPU's widest vector
/// extension, split across the cores. Every result must be the bits of the scalar IEEE
/// operation, on every extension, at every size around the thresholds, in place or not.
final class ArithmeticKernelTests: XCTestCase {
  /// Sizes on both sides of the tiny-array, Swift/C and split-across-cores thresholds.
  let sizes = [1, 7, 31, 32, 33, 64, 65, 4095, 4096, 4097, 65_535, parallelElementCount * 2 + 13]

  override func tearDown() {
    setElementwiseVectorLevel(3)
  }

  /// Values with every kind of operand: signed zeros, subnormals, infinities, NaN, huge and tiny.
  private func values(_ n: Int, seed: UInt64) -> [Double] {
    var generator = RandomState(seed: Int(seed))
    let draws = generator.normal(0, 1e3, size: n).elements
    let special: [Double] = [0, -0.0, .infinity, -.infinity, .nan, 5e-324, -2.2e-308, 1.7e308, -1e-300, 3]
    return draws.enumerated().map { i, x in i % 11 == 5 ? special[(i / 11) % special.count] : x }
  }

  private func assertSameBits(
    _ got: [Double], _ want: [Double], _ what: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(got.count, want.count, what, file: file, line: line)
    guard
      let bad = got.indices.first(where: { k in
        got[k].bitPattern != want[k].bitPattern && !(got[k].isNaN && want[k].isNaN)
      })
    else { return }
    XCTFail("\(what): element \(bad) is \(got[bad]), the scalar operation gives \(want[bad])", file: file, line: line)
  }

  func testArithmeticIsTheScalarOperationOnEveryExtensionAndSize() {
    let operations:
      [(
        String, (Double, Double) -> Double, (Vector, Vector) -> Vector, (Vector, Double) -> Vector,
        (Double, Vector) -> Vector
      )] = [
        ("+", { $0 + $1 }, { $0 + $1 }, { $0 + $1 }, { $0 + $1 }),
        ("-", { $0 - $1 }, { $0 - $1 }, { $0 - $1 }, { $0 - $1 }),
        ("*", { $0 * $1 }, { $0 * $1 }, { $0 * $1 }, { $0 * $1 }),
        ("/", { $0 / $1 }, { $0 / $1 }, { $0 / $1 }, { $0 / $1 }),
      ]
    for level in 0...3 {
      let used = setElementwiseVectorLevel(level)
      for n in sizes {
        let x = values(n, seed: 1)
        let y = values(n, seed: 2)
        for (name, scalar, vectors, vectorScalar, scalarVector) in operations {
          let what = "\(name), \(n) elements, extension \(used)"
          assertSameBits(vectors(Vector(x), Vector(y)).elements, zip(x, y).map(scalar), what)
          assertSameBits(vectorScalar(Vector(x), -3.25).elements, x.map { scalar($0, -3.25) }, what + " (scalar right)")
          assertSameBits(scalarVector(0.7, Vector(y)).elements, y.map { scalar(0.7, $0) }, what + " (scalar left)")
          let m = Matrix(rows: 1, columns: n, elements: x)
          let w = Matrix(rows: 1, columns: n, elements: y)
          let matrices: Matrix
          switch name {
          case "+": matrices = m + w
          case "-": matrices = m - w
          case "*": matrices = m * w
          default: matrices = m / w
          }
          assertSameBits(matrices.elements, zip(x, y).map(scalar), what + " (matrices)")
        }
        var sum = Vector(x)
        sum += Vector(y)
        assertSameBits(sum.elements, zip(x, y).map(+), "+= of \(n) elements, extension \(used)")
        var quotient = Vector(x)
        quotient /= 3.0
        assertSameBits(quotient.elements, x.map { $0 / 3 }, "/= 3 of \(n) elements, extension \(used)")
        var product = Matrix(rows: 1, columns: n, elements: x)
        product *= Matrix(rows: 1, columns: n, elements: y)
        assertSameBits(product.elements, zip(x, y).map(*), "matrix *= of \(n) elements, extension \(used)")
      }
    }
  }

  /// The sequential definition: NaN if any element is NaN, else the last of the largest.
  private func sequentialExtreme(_ x: [Double], largest: Bool) -> Double {
    if x.contains(where: \.isNaN) { return .nan }
    var m = x[0]
    for v in x where largest ? v >= m : v <= m { m = v }
    return m
  }

  func testExtremesAreExactAndTheLaterOfEqualZeros() {
    XCTAssertEqual(Vector([0.0, -0.0]).max().sign, .minus)
    XCTAssertEqual(Vector([-0.0, 0.0]).max().sign, .plus)
    XCTAssertEqual(Vector([0.0, -0.0]).min().sign, .minus)
    XCTAssertTrue(Vector([1, .nan, 3]).max().isNaN)
    XCTAssertEqual(Vector([1, .nan, 3]).max().sign, .plus)
    for level in 0...3 {
      let used = setElementwiseVectorLevel(level)
      for n in sizes {
        // Zeros of both signs as the extreme, scattered: which one is returned must not depend on the split.
        var x = values(n, seed: 3).map { $0.isNaN ? 1 : Swift.min($0, 0) }
        if n > 4 {
          x[n / 3] = -0.0
          x[n - 2] = 0.0
          x[n / 2] = -0.0
        }
        for largest in [true, false] {
          let want = sequentialExtreme(x, largest: largest)
          let got = largest ? Vector(x).max() : Vector(x).min()
          XCTAssertEqual(got.bitPattern, want.bitPattern, "\(largest ? "max" : "min") of \(n), extension \(used)")
        }
        let withNaN = values(n, seed: 4)
        XCTAssertEqual(Vector(withNaN).max().isNaN, withNaN.contains(where: \.isNaN), "NaN in \(n), extension \(used)")
        let plain = values(n, seed: 5).map { $0.isNaN ? 0 : $0 }
        XCTAssertEqual(Vector(plain).min().bitPattern, sequentialExtreme(plain, largest: false).bitPattern)
        XCTAssertEqual(Vector(plain).argmax(), plain.firstIndex(of: sequentialExtreme(plain, largest: true)))
      }
    }
  }
}
