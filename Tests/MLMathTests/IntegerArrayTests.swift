import XCTest

@testable import MLMath

/// Integer arrays: NumPy's `int64` printing, conversions both ways, and the
/// integer results of samplers and index functions. Exact NumPy output for
/// every function is checked by the differential suite; these pin the API.
final class IntegerArrayTests: XCTestCase {
  func testPrintsAsNumPyInt64() {
    let v: IntVector = [6, -7, 0, 120]
    XCTAssertEqual(v.description, "[  6  -7   0 120]")
    XCTAssertEqual(String(reflecting: v), "array([  6,  -7,   0, 120])")
    XCTAssertEqual(IntVector([]).description, "[]")
    XCTAssertEqual(String(reflecting: IntVector([])), "array([], dtype=int64)")
    let m = IntMatrix([[1, 20], [-3, 4]])
    XCTAssertEqual(m.description, "[[ 1 20]\n [-3  4]]")
    XCTAssertEqual(String(reflecting: m), "array([[ 1, 20],\n       [-3,  4]])")
    let long = IntVector(Array(0..<2000))
    XCTAssertEqual(long.description, "[   0    1    2 ... 1997 1998 1999]")
  }

  func testConversionsBothWays() {
    XCTAssertEqual(Vector(IntVector([1, -2])), Vector([1, -2]))
    XCTAssertEqual(IntVector(Vector([1.9, -1.9, 0.5, -0.0])), [1, -1, 0, 0])
    XCTAssertEqual(IntVector(Vector([1, 2, 3]) .> 1.5), [0, 1, 1])
    XCTAssertEqual(IntMatrix(Matrix([[1.5, 2.5]])), IntMatrix([[1, 2]]))
    XCTAssertEqual(Matrix(IntMatrix([[1, 2]])), Matrix([[1, 2]]))
  }

  func testArithmeticAndComparisons() {
    let a: IntVector = [1, 2, 3]
    XCTAssertEqual(a + a, [2, 4, 6])
    XCTAssertEqual(a * 2 - 1, [1, 3, 5])
    XCTAssertEqual(10 - a, [9, 8, 7])
    XCTAssertEqual(-a, [-1, -2, -3])
    XCTAssertEqual(a / 2, Vector([0.5, 1, 1.5]))
    XCTAssertEqual((a .> 1).elements, [false, true, true])
    XCTAssertEqual(a[a .>= 2], [2, 3])
    var b = a
    b += 1
    b *= 3
    XCTAssertEqual(b, [6, 9, 12])
  }

  func testCollectionUses() {
    let v: IntVector = [3, 1, 2]
    var total = 0
    for x in v { total += x }
    XCTAssertEqual(total, 6)
    XCTAssertEqual(v[1], 1)
    XCTAssertEqual(v[1...], [1, 2])
    XCTAssertEqual(v.map { $0 * 2 }, [6, 2, 4])
    XCTAssertEqual(Vector([10, 20, 30])[argsort(v)], Vector([20, 30, 10]))
    var w: Vector = [10, 20, 30]
    w[IntVector([2, 0])] = [-1, -2]
    XCTAssertEqual(w, [-2, 20, -1])
  }

  func testIntegerLabelsFeedLabelFunctions() {
    let x: IntVector = [0, 0, 1, 1]
    XCTAssertEqual(mutualInformation(x, x), mutualInformation([0, 0, 1, 1], [0, 0, 1, 1]))
    let points = Matrix([[0, 0], [1, 1], [2, 0], [3, 1]])
    XCTAssertEqual(Figure().scatter(points, classes: x).svg(), Figure().scatter(points, classes: [0, 0, 1, 1]).svg())
  }

  func testReductionsAndStatistics() {
    let v: IntVector = [4, 1, 3, 2, 2]
    XCTAssertEqual(v.sum(), 12)
    XCTAssertEqual(v.min(), 1)
    XCTAssertEqual(v.argmax(), 0)
    XCTAssertEqual(mean(v), 2.4)
    XCTAssertEqual(median(v), 2)
    XCTAssertEqual(variance(v), variance(Vector(v)))
    XCTAssertEqual(histogram(v, bins: 3).counts, histogram(Vector(v), bins: 3).counts)
    XCTAssertEqual(cumsum(v), [4, 5, 8, 10, 12])
    XCTAssertEqual(cumprod(v), [4, 4, 12, 24, 48])
    XCTAssertEqual(diff(v), [-3, 2, -1, 0])
    XCTAssertEqual(unique(v), [1, 2, 3, 4])
    XCTAssertEqual(uniqueCounts(v).counts, [1, 2, 1, 1])
    XCTAssertEqual(bincount(v), [0, 1, 2, 1, 1])
    XCTAssertEqual(bincount(v, minlength: 7).count, 7)
  }

  func testSearchingAndCloseness() {
    let edges: Vector = [0, 1, 2, 3]
    XCTAssertEqual(searchsorted(edges, Vector([-1, 1, 1.5, 9])), [0, 1, 2, 4])
    XCTAssertEqual(searchsorted(edges, 1, side: .right), 2)
    XCTAssertEqual(digitize(Vector([0.5, 1, 3]), bins: edges), [1, 2, 4])
    XCTAssertEqual(digitize(Vector([0.5, 1, 3]), bins: edges, right: true), [1, 1, 3])
    XCTAssertTrue(allclose(Vector([1, 2]), Vector([1 + 1e-9, 2])))
    XCTAssertFalse(allclose(Vector([1, .nan]), Vector([1, .nan])))
    XCTAssertTrue(allclose(Vector([1, .nan]), Vector([1, .nan]), equalNaN: true))
    XCTAssertEqual(round(Vector([1.2345, 2.5]), decimals: 2), Vector([1.23, 2.5]))
    XCTAssertEqual(round(IntVector([15, 25, -15]), decimals: -1), [20, 20, -20])
    let (x, y) = meshgrid(Vector([1, 2, 3]), Vector([10, 20]))
    XCTAssertEqual(x, Matrix([[1, 2, 3], [1, 2, 3]]))
    XCTAssertEqual(y, Matrix([[10, 10, 10], [20, 20, 20]]))
  }

  func testIntegerSamplersReturnIntegerArrays() {
    var rng = RandomState(seed: 0)
    let rolls: IntVector = rng.randint(1, 7, size: 5)
    XCTAssertEqual(rolls.count, 5)
    let draws: IntMatrix = rng.multinomial(10, [0.2, 0.3, 0.5], size: 4)
    XCTAssertEqual(draws.sum(axis: 1), [10, 10, 10, 10])
    XCTAssertEqual(rng.randint(0, 3, size: (rows: 2, columns: 3)).shape.columns, 3)
    XCTAssertTrue(rng.geometric(0.5, size: 20).allSatisfy { $0 >= 1 })
    XCTAssertTrue(rng.hypergeometric(5, 10, 4, size: 20).allSatisfy { (0...4).contains($0) })
  }
}
