import Foundation
import XCTest

@testable import MLMath

/// The reverse-mode engine: every operation's gradient against central differences,
/// the two reference networks against NumPy's hand-written backpropagation, shared
/// nodes, zeroGrad, and the printed graph.
final class AutodiffReverseTests: XCTestCase {
  var rs = RandomState(seed: 2026)

  /// Central differences of `build()` with respect to every element of every leaf
  /// (Richardson-extrapolated from steps h and h/2, so the estimate is good to ~1e-11),
  /// compared with the gradients `backward()` leaves there; returns the worst
  /// |analytic − numerical| / max(|analytic|, |numerical|, 1e-3): relative error above 1e-3,
  /// absolute error below.
  @discardableResult
  func checkGradients(
    _ name: String, tensors: [Tensor] = [], values: [Value] = [], _ build: () -> Value,
    file: StaticString = #filePath, line: UInt = #line
  ) -> Double {
    for leaf in tensors { leaf.zeroGrad() }
    for leaf in values { leaf.zeroGrad() }
    build().backward()
    let h = 1e-4
    var worst = 0.0
    // f(x + d·e) - f(x − d·e) for the displacement d, where `set` moves the element.
    func difference(_ set: (Double) -> Void, _ base: Double, _ d: Double) -> Double {
      set(base + d)
      let plus = build().data
      set(base - d)
      let minus = build().data
      set(base)
      return (plus - minus) / (2 * d)
    }
    func compare(_ analytic: Double, _ set: (Double) -> Void, _ base: Double, _ what: String) {
      let coarse = difference(set, base, h)
      let fine = difference(set, base, h / 2)
      let numerical = (4 * fine - coarse) / 3
      let error = abs(analytic - numerical) / max(abs(analytic), abs(numerical), 1e-3)
      worst = max(worst, error)
      XCTAssertLessThan(
        error, 1e-6, "\(name): \(what) analytic \(analytic), numerical \(numerical)", file: file, line: line)
    }
    for (t, tensor) in tensors.enumerated() {
      let base = tensor.matrix
      let grad = tensor.gradMatrix
      for k in 0..<base.count {
        let set = { (x: Double) in
          var e = base.elements
          e[k] = x
          tensor.matrix = Matrix(rows: base.rows, columns: base.columns, elements: e)
        }
        compare(grad.elements[k], set, base.elements[k], "tensor \(t) element \(k)")
      }
    }
    for (v, value) in values.enumerated() {
      compare(value.grad, { value.data = $0 }, value.data, "value \(v)")
    }
    return worst
  }

  /// A matrix leaf of normal draws kept at least 0.1 away from 0 (ReLU's kink, log's pole).
  func leaf(_ rows: Int, _ columns: Int, positive: Bool = false, label: String? = nil) -> Tensor {
    let m = rs.randn(rows, columns)
    let e = m.elements.map { x -> Double in
      let away = x < 0 ? x - 0.1 : x + 0.1
      return positive ? abs(away) : away
    }
    return Tensor(Matrix(rows: rows, columns: columns, elements: e), label: label)
  }

  func vectorLeaf(_ n: Int, positive: Bool = false) -> Tensor {
    Tensor(Vector(leaf(1, n, positive: positive).matrix.elements))
  }

  /// A weighted sum of a tensor's elements with fixed random weights: a scalar whose
  /// gradient reaches every element with a different weight.
  func probe(_ t: Tensor, seed: Int = 1) -> Value {
    var weights = RandomState(seed: seed)
    let w = weights.randn(t.matrix.rows, t.matrix.columns)
    return (t * (t.isVector ? Tensor(w.rowVector(0)) : Tensor(w))).sumAsValue()
  }

  func testScalarOperationsMatchCentralDifferences() {
    let a = Value(1.3, label: "a")
    let b = Value(-0.7, label: "b")
    let c = Value(0.4, label: "c")
    var worst = 0.0
    let cases: [(String, () -> Value)] = [
      ("+", { a + b }), ("-", { a - b }), ("*", { a * b }), ("/", { a / b }), ("neg", { -a }),
      ("+ const", { a + 2 + (3 + b) }), ("- const", { (a - 2) * (5 - b) }), ("* const", { a * 3 * (2 * b) }),
      ("/ const", { a / 4 + 2 / b }), ("pow", { a.pow(3) + c.pow(-1.5) + a.pow(0) }), ("exp", { (a * b).exp() }),
      ("log", { (a * c).log() }), ("tanh", { (a + b + c).tanh() }), ("relu", { a.relu() * b.relu() + (a * b).relu() }),
      ("sigmoid", { (a * b).sigmoid() }),
      ("composition", { ((a * b + c).tanh() * a - (c / a).exp()).pow(2) / (b * b + 1) }),
    ]
    for (name, build) in cases { worst = max(worst, checkGradients(name, values: [a, b, c], build)) }
    print("scalar reverse mode vs central differences: worst relative error \(worst)")
  }

  func testTensorOperationsMatchCentralDifferences() {
    let m = leaf(3, 4)
    let n = leaf(3, 4)
    let p = leaf(3, 4, positive: true)
    let row = vectorLeaf(4)
    let column = leaf(3, 1)
    let u = vectorLeaf(4)
    let w = leaf(4, 2)
    let x = vectorLeaf(3)
    let one = leaf(1, 1)
    var worst = 0.0
    let cases: [(String, [Tensor], () -> Value)] = [
      ("+", [m, n], { self.probe(m + n) }),
      ("- with row broadcast", [m, row], { self.probe(m - row) + self.probe(row - m, seed: 2) }),
      ("* with column broadcast", [m, column], { self.probe(m * column) + self.probe(column * m, seed: 3) }),
      (
        "/ with a 1×1 matrix", [m, one, p],
        { self.probe(m / p) + self.probe(one / p, seed: 4) + self.probe(m / one, seed: 5) }
      ),
      ("vector ∘ vector", [row, u], { self.probe(row * u + u / (row * row + 1)) }),
      ("row ∘ column", [row, column], { self.probe(row + column) }),
      (
        "constants", [m],
        { self.probe(2 * m + 1) + self.probe(m * 3 - 2, seed: 2) + self.probe(1 - m / 4 + (5 + m), seed: 3) }
      ),
      ("reciprocal", [p], { self.probe(3 / p) }),
      ("neg", [m], { self.probe(-m) }),
      ("matmul", [m, w], { self.probe(m.matmul(w)) }),
      ("vector @ matrix", [u, w], { self.probe(x.matmul(m)) + self.probe(u.matmul(w), seed: 2) }),
      ("matrix @ vector", [m, u], { self.probe(m.matmul(u)) }),
      ("dot", [row, u], { row.dot(u) * row.dot(row) }),
      (
        "transposed", [m, w], { self.probe(m.transposed().matmul(m).matmul(w)) + self.probe(row.transposed(), seed: 2) }
      ),
      ("sum and mean", [m], { m.sumAsValue() * m.meanAsValue() }),
      (
        "sum(axis:)", [m],
        { self.probe(m.sum(axis: 0)) + self.probe(m.sum(axis: 1), seed: 2) + self.probe(m.sum(axis: -1), seed: 3) }
      ),
      (
        "mean(axis:)", [m],
        { self.probe(m.mean(axis: 0)) + self.probe(m.mean(axis: -2), seed: 2) + self.probe(m.mean(axis: 1), seed: 3) }
      ),
      ("relu", [m], { self.probe(m.relu()) }),
      ("tanh", [m], { self.probe(m.tanh()) }),
      ("sigmoid", [m], { self.probe(m.sigmoid()) }),
      ("exp", [m], { self.probe(m.exp()) }),
      ("log", [p], { self.probe(p.log()) }),
      ("pow", [p], { self.probe(p.pow(1.5)) + self.probe(p.pow(-2), seed: 2) }),
      ("softmax", [m, u], { self.probe(m.softmax()) + self.probe((u * 5).softmax(), seed: 2) }),
      ("logSoftmax", [m, u], { self.probe(m.logSoftmax()) + self.probe((u * 5).logSoftmax(), seed: 2) }),
      ("mseLoss", [m, u], { mseLoss(m, self.targets) + mseLoss(u, Vector([1, 2, 3, 4])) }),
      (
        "crossEntropyLoss", [m, u],
        { crossEntropyLoss(logits: m * 3, labels: [3, 0, 2]) + crossEntropyLoss(logits: u, labels: [1]) }
      ),
      (
        "two-layer network", [m, w, row],
        { mseLoss((m.matmul(w) + Tensor(Vector([0.1, -0.2]))).tanh().matmul(w.transposed()) + row, self.targets) }
      ),
    ]
    for (name, leaves, build) in cases { worst = max(worst, checkGradients(name, tensors: leaves, build)) }
    print("tensor reverse mode vs central differences: worst relative error \(worst) over \(cases.count) cases")
  }

  let targets = Matrix([[0.5, -1, 2, 0], [1, 1, -0.5, 0.25], [0, 3, 1, -2]])

  struct Fixture: Decodable {
    struct Network: Decodable {
      var x, w1, w2, y, hidden, prediction, dx, dw1, dw2: [[Double]]
      var b1, b2, db1, db2: [Double]
      var loss: Double
    }
    struct CrossEntropy: Decodable {
      var x, w, logits, dx, dw: [[Double]]
      var log_softmax, softmax: [[Double]]
      var b, db: [Double]
      var labels: [Int]
      var loss: Double
    }
    var network: Network
    var softmax_cross_entropy: CrossEntropy
  }

  /// The largest |a − b|/|b| over the elements (|a − b| where b is 0).
  func worstRelative(_ a: Matrix, _ b: [[Double]], _ what: String) -> Double {
    XCTAssertEqual(a.rows, b.count, what)
    XCTAssertEqual(a.columns, b.first?.count ?? 0, what)
    let expected = b.flatMap { $0 }
    return zip(a.elements, expected).map { $0 == $1 ? 0 : abs($0 - $1) / max(abs($1), 1e-300) }.max() ?? 0
  }

  /// The two-layer network of the DocC example: loss and every gradient as NumPy's
  /// backpropagation formulas give them.
  func testTwoLayerNetworkMatchesNumPyBackpropagation() throws {
    let n = try decodeReferenceFixture("autodiff", as: Fixture.self).network
    let x = Tensor(Matrix(n.x), label: "x")
    let w1 = Tensor(Matrix(n.w1), label: "W1")
    let b1 = Tensor(Vector(n.b1), label: "b1")
    let w2 = Tensor(Matrix(n.w2), label: "W2")
    let b2 = Tensor(Vector(n.b2), label: "b2")
    let hidden = (x.matmul(w1) + b1).relu()
    let prediction = hidden.matmul(w2) + b2
    let loss = mseLoss(prediction, Matrix(n.y))
    loss.backward()
    let errors = [
      ("hidden", worstRelative(hidden.matrix, n.hidden, "hidden")),
      ("prediction", worstRelative(prediction.matrix, n.prediction, "prediction")),
      ("loss", relativeDifference(loss.data, n.loss)),
      ("dx", worstRelative(x.gradMatrix, n.dx, "dx")), ("dW1", worstRelative(w1.gradMatrix, n.dw1, "dW1")),
      ("db1", worstRelative(b1.gradVector.asRow, [n.db1], "db1")),
      ("dW2", worstRelative(w2.gradMatrix, n.dw2, "dW2")), ("db2", worstRelative(b2.gradVector.asRow, [n.db2], "db2")),
    ]
    for (name, error) in errors { XCTAssertLessThanOrEqual(error, 1e-12, name) }
    print("two-layer network vs NumPy: worst relative error \(errors.map(\.1).max()!)")
    XCTAssertEqual(loss.grad, 1)
    XCTAssertEqual(hidden.shape, [4, 5])
    XCTAssertEqual(b1.shape, [5])
  }

  func testSoftmaxCrossEntropyMatchesNumPy() throws {
    let c = try decodeReferenceFixture("autodiff", as: Fixture.self).softmax_cross_entropy
    let x = Tensor(Matrix(c.x))
    let w = Tensor(Matrix(c.w))
    let b = Tensor(Vector(c.b))
    let logits = x.matmul(w) + b
    let loss = crossEntropyLoss(logits: logits, labels: IntVector(c.labels))
    loss.backward()
    let errors = [
      worstRelative(logits.matrix, c.logits, "logits"), worstRelative(logits.logSoftmax().matrix, c.log_softmax, "log"),
      worstRelative(logits.softmax().matrix, c.softmax, "softmax"), relativeDifference(loss.data, c.loss),
      worstRelative(x.gradMatrix, c.dx, "dx"), worstRelative(w.gradMatrix, c.dw, "dw"),
      worstRelative(b.gradVector.asRow, [c.db], "db"),
    ]
    for (i, error) in errors.enumerated() { XCTAssertLessThanOrEqual(error, 1e-12, "quantity \(i)") }
    print("softmax cross-entropy vs NumPy: worst relative error \(errors.max()!)")
  }

  /// Large logits neither overflow in softmax nor give log 0 in the loss.
  func testSoftmaxAndCrossEntropyAreStable() {
    let z = Tensor(Matrix([[1000, 0, -1000], [-800, -800, -800]]))
    XCTAssertTrue(
      allclose(z.softmax().matrix, Matrix([[1, 0, 0], [1.0 / 3, 1.0 / 3, 1.0 / 3]]), rtol: 1e-15, atol: 0))
    XCTAssertEqual(z.logSoftmax().matrix[0, 2], -2000)
    let loss = crossEntropyLoss(logits: z, labels: [2, 0])
    XCTAssertEqual(loss.data, (2000 + Foundation.log(3.0)) / 2, accuracy: 1e-12)
    loss.backward()
    XCTAssertEqual(z.gradMatrix[0, 2], -0.5)
    XCTAssertEqual(z.gradMatrix[0, 0], 0.5)
    XCTAssertTrue(z.gradMatrix.elements.allSatisfy(\.isFinite))
  }

  /// x·x, and a diamond (one node feeding two branches that meet again): contributions add.
  func testSharedNodesAccumulate() {
    let x = Value(3, label: "x")
    let square = x * x
    square.backward()
    XCTAssertEqual(x.grad, 6)

    let a = Value(2, label: "a")
    let b = a * 3  // one node, two users
    let c = b.exp()
    let d = b * b
    let top = c + d
    top.backward()
    // ∂top/∂a = (e^b + 2b)·3 at b = 6.
    XCTAssertEqual(a.grad, (Foundation.exp(6) + 12) * 3, accuracy: 1e-9)
    XCTAssertEqual(b.grad, Foundation.exp(6) + 12, accuracy: 1e-9)

    let m = Tensor(Matrix([[1, 2], [3, 4]]), label: "m")
    let both = (m * m + m.matmul(m)).sumAsValue()
    both.backward()
    // ∂/∂m of Σ m² is 2m; of Σ (m m) is 1·mᵀ + mᵀ·1.
    let ones = Matrix(rows: 2, columns: 2, repeating: 1)
    XCTAssertEqual(m.gradMatrix, 2 * m.matrix + ones.matmul(m.matrix.T) + m.matrix.T.matmul(ones))
  }

  /// backward() adds to gradients (twice gives twice); zeroGrad() clears the whole graph;
  /// a second backward through shared intermediate nodes never re-sends old gradients.
  func testAccumulationAndZeroGrad() {
    let a = Value(2, label: "a")
    let b = Value(-3, label: "b")
    let e = a * b + a
    e.backward()
    XCTAssertEqual([a.grad, b.grad, e.grad], [-2, 2, 1])
    e.backward()
    XCTAssertEqual([a.grad, b.grad, e.grad], [-4, 4, 2])
    e.zeroGrad()
    XCTAssertEqual([a.grad, b.grad, e.grad], [0, 0, 0])

    let product = a * b
    let first = product * 2
    let second = product + 1
    first.backward()
    second.backward()
    XCTAssertEqual(a.grad, -9)  // 2b + b
    XCTAssertEqual(product.grad, 3)

    let w = Tensor(Vector([1, 2]), label: "w")
    let loss = (w * w).sumAsValue()
    loss.backward()
    XCTAssertEqual(w.gradVector, [2, 4])
    loss.zeroGrad()
    XCTAssertEqual(w.gradVector, [0, 0])
    // A gradient-descent step on a leaf, then a new graph.
    w.vector -= 0.25 * Vector([2, 4])
    XCTAssertEqual(w.vector, [0.5, 1])
    w.matrix = Matrix([[3, 4]])
    XCTAssertEqual(w.vector, [3, 4])
    let again = (w * w).sumAsValue()
    again.backward()
    XCTAssertEqual(w.gradVector, [6, 8])
  }

  /// The graph of a scalar expression, as the DocC of describeGraph shows it.
  func testScalarGraphPrintsExactly() {
    let a = Value(2, label: "a")
    let b = Value(-3, label: "b")
    let e = a * b + a
    e.label = "e"
    e.backward()
    XCTAssertEqual(
      e.describeGraph(),
      """
      #  label  op     inputs  shape  value  grad
      -  -----  -----  ------  -----  -----  ----
      0  a      input          ()     2      -2
      1  b      input          ()     -3     2
      2         *      0, 1    ()     -6     1
      3  e      +      2, 0    ()     -4     1
      """)
    XCTAssertEqual("\(a)", "Value(data=2.0, grad=-2.0, label=\"a\")")
    XCTAssertEqual("\(e)", "Value(data=-4.0, grad=1.0, label=\"e\", op=\"+\")")
  }

  /// A small network's graph: shapes, full values up to 4 elements, summaries beyond.
  func testTensorGraphPrintsExactly() {
    let x = Tensor(Matrix([[1, -2, 0.5], [0, 1, 2]]), label: "x")
    let w = Tensor(Matrix([[0.5, -1], [1, 0.25], [-0.5, 2]]), label: "W")
    let b = Tensor(Vector([0.1, -0.1]), label: "b")
    let h = (x.matmul(w) + b).relu()
    h.label = "h"
    let loss = mseLoss(h, Matrix([[0, 1], [1, 0]]))
    loss.label = "loss"
    loss.backward()
    XCTAssertEqual(
      loss.describeGraph(),
      """
      #  label  op       inputs  shape   value                         grad
      -  -----  -------  ------  ------  ----------------------------  ------------------------------
      0  x      input            (2, 3)  mean 0.4167 min -2 max 2      mean 0.3573 min -2.3 max 4.375
      1  W      input            (3, 2)  mean 0.375 min -1 max 2       mean 0.8125 min -0.9 max 4.15
      2         matmul   0, 1    (2, 2)  [[-1.75, -0.5], [0, 4.25]]    [[0, 0], [-0.45, 2.075]]
      3  b      input            (2,)    [0.1, -0.1]                   [-0.45, 2.075]
      4         +        2, 3    (2, 2)  [[-1.65, -0.6], [0.1, 4.15]]  [[0, 0], [-0.45, 2.075]]
      5  h      relu     4       (2, 2)  [[0, 0], [0.1, 4.15]]         [[0, -0.5], [-0.45, 2.075]]
      6  loss   mseLoss  5       ()      4.758                         1
      """)
    XCTAssertEqual(
      "\(b)",
      """
      Tensor(shape=(2,), label="b")
      data:
      [ 0.1 -0.1]
      grad:
      [-0.45   2.075]
      """)
  }

  /// The DocC example of Tensor prints what its comments show, and one gradient-descent
  /// step lowers the loss.
  func testDocumentationExample() {
    var rs = RandomState(seed: 0)
    let x = Tensor(rs.randn(4, 3), label: "x")
    let w1 = Tensor(rs.randn(3, 5) * 0.5, label: "W1")
    let b1 = Tensor(Vector(repeating: 0, count: 5), label: "b1")
    let w2 = Tensor(rs.randn(5, 1) * 0.5, label: "W2")
    let y = rs.randn(4, 1)
    let h = (x.matmul(w1) + b1).relu()
    h.label = "h"
    let loss = mseLoss(h.matmul(w2), y)
    loss.label = "loss"
    loss.backward()
    XCTAssertEqual(
      loss.describeGraph(),
      """
      #  label  op       inputs  shape   value                                  grad
      -  -----  -------  ------  ------  -------------------------------------  -------------------------------------
      0  x      input            (4, 3)  mean 0.7482 min -0.9773 max 2.241      mean 0.1253 min -0.4796 max 0.8158
      1  W1     input            (3, 5)  mean 0.04974 min -1.276 max 1.135      mean 0.5322 min -1.146 max 2.805
      2         matmul   0, 1    (4, 5)  mean 0.3069 min -1.409 max 2.262       mean 0.1564 min -0.14 max 1.147
      3  b1     input            (5,)    mean 0 min 0 max 0                     mean 0.6255 min -0.3165 max 1.394
      4         +        2, 3    (4, 5)  mean 0.3069 min -1.409 max 2.262       mean 0.1564 min -0.14 max 1.147
      5  h      relu     4       (4, 5)  mean 0.5816 min 0 max 2.262            mean 0.283 min -0.14 max 1.147
      6  W2     input            (5, 1)  mean 0.3348 min -0.09359 max 0.7664    mean 2.186 min 0.1379 max 5.31
      7         matmul   5, 6    (4, 1)  [[1.158], [1.012], [0.2982], [1.235]]  [[1.023], [1.496], [0.323], [0.5395]]
      8  loss   mseLoss  7       ()      3.68                                   1
      """)
    XCTAssertEqual(w1.gradMatrix[0, 1], 2.80497737, accuracy: 5e-9)
    let before = loss.data
    w1.matrix -= 0.1 * w1.gradMatrix
    w2.matrix -= 0.1 * w2.gradMatrix
    b1.vector -= 0.1 * b1.gradVector
    loss.zeroGrad()
    XCTAssertEqual(w1.gradMatrix, Matrix(rows: 3, columns: 5))
    let after = mseLoss((x.matmul(w1) + b1).relu().matmul(w2), y)
    XCTAssertLessThan(after.data, before)
  }

  /// A deep chain does not exhaust the stack in backward() or describeGraph().
  func testLongChain() {
    let x = Value(0.5)
    var y = x
    for _ in 0..<100_000 { y = y * 1.0 + 0 }
    y.backward()
    XCTAssertEqual(x.grad, 1)
  }
}

extension Tensor {
  /// `sum()` and `mean()` under names that cannot be confused with Sequence's in the tests.
  func sumAsValue() -> Value { sum() }
  func meanAsValue() -> Value { mean() }
}

extension Matrix {
  func rowVector(_ i: Int) -> Vector { Vector(Array(elements[(i * columns)..<((i + 1) * columns)])) }
}
