import Foundation
import XCTest

@testable import MLMath

/// Penalties, proximal operators, dropout and weight initialisers against NumPy
/// (Fixtures/reference/neural_net.json): values to 1e-12, random draws bit for bit.
final class NeuralNetRegularizationTests: XCTestCase {
  func testPenaltiesAndProximalOperatorsMatchNumPy() throws {
    let fixture = try NeuralNetFixture.load()
    let worst = NNWorstError()
    for row in fixture.penalties {
      let w = nnDoubles(row.weights)
      let (a, r, t, step) = (row.alpha, row.l1Ratio, row.threshold, row.stepSize)
      let label = "α \(a) ρ \(r) \(row.shape)"
      if row.shape.count == 1 {
        let v = Vector(w)
        worst.check(l1Penalty(v, alpha: a), row.l1.value, "l1 \(label)")
        worst.check(l1PenaltyGradient(v, alpha: a).elements, nnDoubles(row.l1Gradient), "l1′ \(label)")
        worst.check(l2Penalty(v, alpha: a), row.l2.value, "l2 \(label)")
        worst.check(l2PenaltyGradient(v, alpha: a).elements, nnDoubles(row.l2Gradient), "l2′ \(label)")
        worst.check(elasticNetPenalty(v, alpha: a, l1Ratio: r), row.elasticNet.value, "elastic net \(label)")
        worst.check(
          elasticNetPenaltyGradient(v, alpha: a, l1Ratio: r).elements, nnDoubles(row.elasticNetGradient),
          "elastic net′ \(label)")
        worst.check(softThreshold(v, t).elements, nnDoubles(row.softThreshold), "softThreshold \(t)")
        worst.check(
          elasticNetProx(v, alpha: a, l1Ratio: r, stepSize: step).elements, nnDoubles(row.elasticNetProx),
          "prox \(label)")
        XCTAssertEqual(softThreshold(v, t).elements.map { $0.sign }, nnDoubles(row.softThreshold).map { $0.sign })
        // Away from 0 the penalties are smooth: their gradients are their derivatives.
        let smooth = w.map { $0 == 0 ? 0.3 : $0 }
        nnAssertGradient(
          l1PenaltyGradient(Vector(smooth), alpha: a).elements, of: { l1Penalty(Vector($0), alpha: a) }, at: smooth,
          "l1 \(label)")
        nnAssertGradient(
          l2PenaltyGradient(Vector(smooth), alpha: a).elements, of: { l2Penalty(Vector($0), alpha: a) }, at: smooth,
          "l2 \(label)")
        nnAssertGradient(
          elasticNetPenaltyGradient(Vector(smooth), alpha: a, l1Ratio: r).elements,
          of: { elasticNetPenalty(Vector($0), alpha: a, l1Ratio: r) }, at: smooth, "elastic net \(label)")
      } else {
        let m = nnMatrix(row.weights, row.shape)
        worst.check(l1Penalty(m, alpha: a), row.l1.value, "l1 \(label)")
        worst.check(l1PenaltyGradient(m, alpha: a).elements, nnDoubles(row.l1Gradient), "l1′ \(label)")
        worst.check(l2Penalty(m, alpha: a), row.l2.value, "l2 \(label)")
        worst.check(l2PenaltyGradient(m, alpha: a).elements, nnDoubles(row.l2Gradient), "l2′ \(label)")
        worst.check(elasticNetPenalty(m, alpha: a, l1Ratio: r), row.elasticNet.value, "elastic net \(label)")
        worst.check(
          elasticNetPenaltyGradient(m, alpha: a, l1Ratio: r).elements, nnDoubles(row.elasticNetGradient),
          "elastic net′ \(label)")
        worst.check(softThreshold(m, t).elements, nnDoubles(row.softThreshold), "softThreshold \(t)")
        worst.check(
          elasticNetProx(m, alpha: a, l1Ratio: r, stepSize: step).elements, nnDoubles(row.elasticNetProx),
          "prox \(label)")
      }
    }
    // The conventions that tie the three penalties together, and the subgradient at 0.
    let w: Vector = [1, -2, 0]
    XCTAssertEqual(elasticNetPenalty(w, alpha: 0.7, l1Ratio: 1), l1Penalty(w, alpha: 0.7))
    XCTAssertEqual(elasticNetPenalty(w, alpha: 0.7, l1Ratio: 0), l2Penalty(w, alpha: 0.7))
    XCTAssertEqual(l1PenaltyGradient(w, alpha: 2), [2, -2, 0])
    XCTAssertEqual(softThreshold(-0.5, 1), -0.0)
    XCTAssertEqual(softThreshold(3, 1), 2)
    XCTAssertEqual(elasticNetProx(w, alpha: 1, l1Ratio: 1, stepSize: 0.5), softThreshold(w, 0.5))
    XCTAssertEqual(elasticNetProx(w, alpha: 1, l1Ratio: 0, stepSize: 0.5), w / 1.5)
    print("penalties and proximal operators: worst relative error \(worst.worst)")
  }

  func testDropoutMasksMatchNumPysStream() throws {
    let fixture = try NeuralNetFixture.load()
    for row in fixture.dropout {
      var rng = RandomState(seed: row.seed)
      let output: [Double]
      let mask: Mask
      if row.shape.count == 1 {
        let result = dropout(nnVector(row.x), p: row.p, using: &rng)
        (output, mask) = (result.output.elements, result.mask)
      } else {
        let result = dropout(nnMatrix(row.x, row.shape), p: row.p, using: &rng)
        (output, mask) = (result.output.elements, result.mask)
        XCTAssertEqual(mask.shape, row.shape)
      }
      XCTAssertEqual(mask.elements, row.mask, "dropout seed \(row.seed) p \(row.p)")
      XCTAssertEqual(output, nnDoubles(row.output), "dropout seed \(row.seed) p \(row.p)")
    }
    // The backward pass reuses the mask, and is the derivative of the masked forward pass.
    var rng = RandomState(seed: 3)
    let x = rng.randn(4, 5)
    let g = rng.randn(4, 5)
    var first = RandomState(seed: 9)
    let (y, mask) = dropout(x, p: 0.3, using: &first)
    let dx = dropoutBackward(g, mask: mask, p: 0.3)
    XCTAssertEqual(dx.elements, zip(g.elements, mask.elements).map { $0 * ($1 ? 1 / 0.7 : 0) })
    nnAssertGradient(
      dx.elements,
      of: {
        var again = RandomState(seed: 9)
        return (g * dropout(x.with($0), p: 0.3, using: &again).output).sum()
      }, at: x.elements, "dropout")
    // Inverted scaling keeps the mean: E[y] = x.
    var big = RandomState(seed: 1)
    let kept = dropout(Vector(repeating: 1, count: 100_000), p: 0.25, using: &big).output
    XCTAssertEqual(mean(kept), 1, accuracy: 0.01)
    XCTAssertEqual(y.rows, 4)
    // The process-wide generator gives the same masks after the same seed.
    Random.seed(0)
    let shared = dropout(Vector(repeating: 1, count: 6), p: 0.5)
    var own = RandomState(seed: 0)
    XCTAssertEqual(shared.mask, dropout(Vector(repeating: 1, count: 6), p: 0.5, using: &own).mask)
    XCTAssertEqual(dropoutBackward(Vector([1, 1]), mask: Mask([true, false]), p: 1), [0, 0])
  }

  func testInitialisersMatchPyTorchsBoundsOnNumPysStream() throws {
    let fixture = try NeuralNetFixture.load()
    for row in fixture.`init` {
      var rng = RandomState(seed: row.seed)
      let nonlinearity: Nonlinearity
      switch row.nonlinearity {
      case "relu": nonlinearity = .relu
      case "tanh": nonlinearity = .tanh
      case "selu": nonlinearity = .selu
      case "linear": nonlinearity = .linear
      default: nonlinearity = .leakyRelu(negativeSlope: row.negativeSlope ?? 0)
      }
      let mode: FanMode = row.mode == "fanOut" ? .fanOut : .fanIn
      let w: Matrix
      switch row.function {
      case "xavierUniform": w = xavierUniform(row.rows, row.columns, gain: row.gain, using: &rng)
      case "xavierNormal": w = xavierNormal(row.rows, row.columns, gain: row.gain, using: &rng)
      case "kaimingUniform":
        w = kaimingUniform(row.rows, row.columns, mode: mode, nonlinearity: nonlinearity, using: &rng)
        XCTAssertEqual(calculateGain(nonlinearity), row.gain)
      default:
        w = kaimingNormal(row.rows, row.columns, mode: mode, nonlinearity: nonlinearity, using: &rng)
      }
      XCTAssertEqual(w.rows, row.rows)
      XCTAssertEqual(w.elements, nnDoubles(row.values), "\(row.function) seed \(row.seed)")
    }
    XCTAssertEqual(calculateGain(.sigmoid), 1)
    XCTAssertEqual(calculateGain(.leakyRelu(negativeSlope: 0)), 2.0.squareRoot())
    // The spread follows the fans: He uniform's bound is √(6/fan_in).
    var rng = RandomState(seed: 5)
    let wide = kaimingUniform(50, 400, using: &rng)
    XCTAssertLessThanOrEqual(wide.elements.map(abs).max()!, (6.0 / 400).squareRoot())
    XCTAssertGreaterThan(wide.elements.map(abs).max()!, 0.99 * (6.0 / 400).squareRoot())
    Random.seed(3)
    let shared = xavierNormal(3, 2)
    var own = RandomState(seed: 3)
    XCTAssertEqual(shared, xavierNormal(3, 2, using: &own))
  }
}
