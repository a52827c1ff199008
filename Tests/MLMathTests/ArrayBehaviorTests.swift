import XCTest

@testable import MLMath

/// Behaviour that the NumPy reference file does not exercise: assignment
/// through slices and masks, compound operators, broadcasting helpers, mask
/// algebra, lesson formatting helpers.
final class ArrayBehaviorTests: XCTestCase {
  func testVectorSlicesReadAndWrite() {
    var v: Vector = [0, 1, 2, 3, 4, 5]
    XCTAssertEqual(v[1..<3], [1, 2])
    XCTAssertEqual(v[1...3], [1, 2, 3])
    XCTAssertEqual(v[4...], [4, 5])
    XCTAssertEqual(v[..<2], [0, 1])
    XCTAssertEqual(v[[5, 0, 5]], [5, 0, 5])
    v[1..<3] = [10, 20]
    v[4...] = [40, 50]
    v[[0]] = [-1]
    XCTAssertEqual(v, [-1, 10, 20, 3, 40, 50])
    v.sort()
    XCTAssertEqual(v.first, -1)
    XCTAssertEqual(v.max(), 50)
  }

  func testIteratorsVisitEveryElementInOrderOfTheVectorAsMade() {
    var v: Vector = [3, -0.0, .infinity, 1.5]
    var seen: [Double] = []
    for x in v {
      seen.append(x)
      v[0] = 99  // the loop iterates over the vector as it was when the loop began
    }
    XCTAssertEqual(seen.map(\.bitPattern), [3, -0.0, .infinity, 1.5].map(\.bitPattern))
    var iterator = Vector([]).makeIterator()
    XCTAssertNil(iterator.next())
    XCTAssertNil(iterator.next())
    XCTAssertEqual(Array(Vector([1, 2, 3])), [1, 2, 3])
    XCTAssertEqual(Vector([1, 2, 3]).reduce(0, +), 6)
    let integers: IntVector = [4, -1, 7]
    XCTAssertEqual(Array(integers), [4, -1, 7])
    XCTAssertEqual(integers.enumerated().map { $0.offset * $0.element }, [0, -1, 14])
    var integerIterator = IntVector([]).makeIterator()
    XCTAssertNil(integerIterator.next())
  }

  func testMatrixSlicesReadAndWrite() {
    var m = zeros(3, 4)
    m[0..<2, 0..<2] = eye(2)
    m[..., 3] = [7, 8, 9]
    m[2, ...] = [1, 2, 3, 4]
    m[1, 1..<3] = [5, 6]
    XCTAssertEqual(
      m,
      [
        [1, 0, 0, 7],
        [0, 5, 6, 8],
        [1, 2, 3, 4],
      ])
    XCTAssertEqual(m.row(1), [0, 5, 6, 8])
    XCTAssertEqual(m.column(3), [7, 8, 4])
    XCTAssertEqual(m[0..<2, 2...], [[0, 7], [6, 8]])
    XCTAssertEqual(m[1..., ...], [[0, 5, 6, 8], [1, 2, 3, 4]])
    XCTAssertEqual(m[..., 1..<2], [[0], [5], [2]])
    XCTAssertEqual(m[0...1, 0], [1, 0])
    XCTAssertEqual(m.rowVectors.count, 3)
    XCTAssertEqual(m.columnVectors[3], [7, 8, 4])
  }

  func testCompoundAssignmentAndBroadcasting() {
    var v: Vector = [1, 2, 3]
    v += 1
    v *= [2, 2, 2]
    v -= [1, 1, 1]
    v /= 2
    XCTAssertEqual(v, [1.5, 2.5, 3.5])
    var m: Matrix = [[1, 2, 3], [4, 5, 6]]
    m -= [1, 2, 3]
    XCTAssertEqual(m, [[0, 0, 0], [3, 3, 3]])
    m += Vector([10, 20]).asColumn
    XCTAssertEqual(m, [[10, 10, 10], [23, 23, 23]])
    XCTAssertEqual(m / Vector([1, 2]).asColumn, [[10, 10, 10], [11.5, 11.5, 11.5]])
    XCTAssertEqual(
      Vector([1, 2, 3]).asRow * Vector([1, 10]).asColumn, [[1, 2, 3], [10, 20, 30]])
    XCTAssertEqual(-m + 2 * m, m)
    XCTAssertEqual(Vector([1, 2]).reshaped(1, -1), [[1, 2]])
  }

  func testMaskAlgebraAndSelection() {
    let x: Vector = [-2, -1, 0, 1, 2]
    let inner = (x .> -2) .& (x .< 2)
    XCTAssertEqual(inner, [false, true, true, true, false])
    XCTAssertEqual((x .== 0) .| (x .== 2), [false, false, true, false, true])
    XCTAssertEqual(.!inner, [true, false, false, false, true])
    XCTAssertEqual(inner .^ (x .>= 0), [false, true, false, false, true])
    XCTAssertEqual(inner.trueCount, 3)
    XCTAssertTrue(inner.any)
    XCTAssertFalse(inner.all)
    XCTAssertEqual(inner.indices, [1, 2, 3])
    XCTAssertEqual(x.mask { $0.magnitude == 1 }, [false, true, false, true, false])
    XCTAssertEqual(Vector(inner), [0, 1, 1, 1, 0])
    XCTAssertEqual(select(inner, 1, 0), [0, 1, 1, 1, 0])
    XCTAssertEqual(select(inner, 9, x), [-2, 9, 9, 9, 2])
    var y = x
    y[x .< 0] = [10, 20]
    XCTAssertEqual(y, [10, 20, 0, 1, 2])
    y.replace(where: y .> 5, with: 0)
    XCTAssertEqual(y, [0, 0, 0, 1, 2])

    var m: Matrix = [[1, -1], [-2, 2]]
    let negative = m .< 0
    XCTAssertEqual(negative.shape, [2, 2])
    XCTAssertEqual(Matrix(negative), [[0, 1], [1, 0]])
    XCTAssertEqual(m[negative], [-1, -2])
    XCTAssertEqual(select(negative, 0, m), [[1, 0], [0, 2]])
    XCTAssertEqual(select(negative, m, m * 10), [[10, -1], [-2, 20]])
    m[negative] = [5, 6]
    XCTAssertEqual(m, [[1, 5], [6, 2]])
    m.replace(where: m .>= 5, with: 0)
    XCTAssertEqual(m, [[1, 0], [0, 2]])
    XCTAssertEqual(m.mask { $0 == 0 }, m .== 0)
    XCTAssertEqual(m .!= m.T, Mask(rows: 2, columns: 2, elements: [false, false, false, false]))
  }

  func testSummaryHelpers() {
    let v: Vector = [3, 1, 2]
    XCTAssertEqual(argsort(v), [1, 2, 0])
    XCTAssertEqual(v[argsort(v)], sort(v))
    XCTAssertEqual(cumsum(v), [3, 4, 6])
    XCTAssertEqual(diff(v), [-2, 1])
    XCTAssertEqual(mean(Vector(v .> 1.5)), 2.0 / 3.0)
    XCTAssertEqual(columnStack([ones(2), Vector([5, 6])]), [[1, 5], [1, 6]])
    let (counts, edges) = histogram([0, 0.5, 1, 1, 3], bins: 3, range: 0...2)
    XCTAssertEqual(counts, [2, 2, 0])
    XCTAssertEqual(edges, linspace(0, 2, 4))
    XCTAssertTrue(variance(Vector([4.2, 4.2])).isZero)
    XCTAssertTrue(skewness(Vector([4.2, 4.2, 4.2])).isNaN)
    XCTAssertTrue(zscore(Vector([1, 1]))[0].isNaN)
    XCTAssertEqual(zeros(3, 0).sum(axis: 1), [0, 0, 0])
    XCTAssertEqual(zeros(0, 2).sum(axis: 0), [0, 0])
    XCTAssertEqual(Matrix(rows: 0, columns: 0).description, "[]")
  }

  func testNumberFormatting() {
    XCTAssertEqual(3.14159.fixed(2), "3.14")
    XCTAssertEqual(3.14159.fixed(2, width: 8), "    3.14")
    XCTAssertEqual(3.14159.fixed(2, width: 8, alignment: .left), "3.14    ")
    XCTAssertEqual(1234.5.scientific(2), "1.23e+03")
    XCTAssertEqual(0.000123.general(3), "0.000123")
    XCTAssertEqual(0.25.percent(1), "25.0%")
    XCTAssertEqual("ab".padded(to: 5, alignment: .center), " ab  ")
    XCTAssertEqual("abcdef".padded(to: 3), "abcdef")
    XCTAssertEqual((-Double.nan).fixed(2), "nan")
  }

  func testTableAlignsColumnsUnderARule() {
    var table = Table("epoch", "loss", "note")
    table.addRow(1, 0.69314718, "start")
    table.addRow(10, 0.1204, "converged")
    table.addRow([100])
    XCTAssertEqual(table.rowCount, 3)
    XCTAssertEqual(
      table.description,
      """
      epoch    loss  note
      -----  ------  ---------
          1  0.6931  start
         10  0.1204  converged
        100
      """)
    var wide = Table(headers: ["x", "y"], digits: 1)
    wide.addRow(-2.25, Float(1.5))
    XCTAssertEqual(wide.description, "   x    y\n----  ---\n-2.2  1.5")
  }

  func testPrintingSmallArraysLikeNumPy() {
    XCTAssertEqual(Vector([1.1, 1.9, 3.2, 3.8, 4.5]).description, "[1.1 1.9 3.2 3.8 4.5]")
    XCTAssertEqual(Matrix([[1, 2], [3, 4]]).description, "[[1. 2.]\n [3. 4.]]")
    XCTAssertEqual(String(reflecting: Vector([1, 2.5])), "array([1. , 2.5])")
    XCTAssertEqual(Mask([true, false]).description, "[ True False]")
    XCTAssertEqual("\(Vector([]))", "[]")
  }

  func testSortingAndSelectionAgreeWithTheStandardLibrary() {
    var generator = SystemRandomNumberGenerator()
    let shapes: [[Double]] = [
      [], [1], [2, 1], Array(repeating: 3, count: 100), (0..<500).map(Double.init),
      (0..<500).reversed().map(Double.init), (0..<1000).map { Double($0 % 7) },
      (0..<2001).map { _ in Double.random(in: -1...1, using: &generator) },
      (0..<777).map { _ in Double(Int.random(in: 0..<20, using: &generator)) },
    ]
    for values in shapes {
      let expected = values.sorted()
      XCTAssertEqual(sort(Vector(values)).elements, expected)
      guard !values.isEmpty else { continue }
      for k in Set([0, values.count / 3, values.count / 2, values.count - 1]) {
        var work = values
        work.withUnsafeMutableBufferPointer { selectElement($0, k) }
        XCTAssertEqual(work[k], expected[k], "k = \(k) of \(values.count)")
        XCTAssertTrue(work[..<k].allSatisfy { $0 <= work[k] })
        XCTAssertTrue(work[(k + 1)...].allSatisfy { $0 >= work[k] })
      }
      let n = Double(values.count)
      // Selection must find what reading the fully sorted data gives.
      func fromSorted(_ q: Double) -> Double {
        let position = (n - 1) * q
        let i = Int(position.rounded(.down))
        return lerp(expected[i], expected[Swift.min(i + 1, expected.count - 1)], position - Double(i))
      }
      XCTAssertEqual(median(Vector(values)), fromSorted(0.5))
      XCTAssertEqual(quantile(Vector(values), 0.3), fromSorted(0.3))
      XCTAssertEqual(
        quantile(Vector(values), linspace(0, 1, 11)).elements,
        linspace(0, 1, 11).elements.map(fromSorted), "n = \(n)")
    }
    XCTAssertEqual(sort([2, .nan, 1]).elements.prefix(2), [1, 2])
    XCTAssertTrue(sort([2, .nan, 1])[2].isNaN)
  }
}
