import Foundation
import XCTest

@testable import MLMath

/// BatchNorm and LayerNorm against torch.nn.BatchNorm1d / LayerNorm written out in NumPy
/// (forward, running statistics, backward), and their backward passes against central differences.
final class NeuralNetNormalizationTests: XCTestCase {
  func testBatchNormMatchesPyTorch() throws {
    let fixture = try NeuralNetFixture.load()
    let worst = NNWorstError()
    for row in fixture.batchNorm {
      let momentum: Double? = row.momentum.value < 0 ? nil : row.momentum.value
      var bn = BatchNorm(features: row.gamma.count, eps: row.eps, momentum: momentum)
      bn.gamma = nnVector(row.gamma)
      bn.beta = nnVector(row.beta)
      for (t, batch) in row.batches.enumerated() {
        let x = nnMatrix(batch.x, batch.shape)
        let forward = bn.forward(x)
        let label = "BatchNorm momentum \(String(describing: momentum)) batch \(t)"
        worst.check(forward.output.elements, nnDoubles(batch.output), "\(label) output")
        worst.check(forward.mean.elements, nnDoubles(batch.mean!), "\(label) mean")
        worst.check(forward.variance.elements, nnDoubles(batch.variance!), "\(label) variance")
        worst.check(bn.runningMean.elements, nnDoubles(batch.runningMean!), "\(label) runningMean")
        worst.check(bn.runningVar.elements, nnDoubles(batch.runningVar!), "\(label) runningVar")
        XCTAssertEqual(bn.batchesTracked, t + 1)
        let grads = bn.backward(nnMatrix(batch.gradOutput, batch.shape), forward)
        worst.check(grads.input.elements, nnDoubles(batch.dx), "\(label) dx")
        worst.check(grads.gamma.elements, nnDoubles(batch.dgamma), "\(label) dgamma")
        worst.check(grads.beta.elements, nnDoubles(batch.dbeta), "\(label) dbeta")
      }
      let e = row.eval
      let before = (bn.runningMean, bn.runningVar, bn.batchesTracked)
      let forward = bn.forward(nnMatrix(e.x, e.shape), training: false)
      XCTAssertEqual(bn.runningMean, before.0, "inference leaves the running statistics alone")
      XCTAssertEqual(bn.runningVar, before.1)
      XCTAssertEqual(bn.batchesTracked, before.2)
      worst.check(forward.output.elements, nnDoubles(e.output), "BatchNorm eval output")
      let grads = bn.backward(nnMatrix(e.gradOutput, e.shape), forward)
      worst.check(grads.input.elements, nnDoubles(e.dx), "BatchNorm eval dx")
      worst.check(grads.gamma.elements, nnDoubles(e.dgamma), "BatchNorm eval dgamma")
      worst.check(grads.beta.elements, nnDoubles(e.dbeta), "BatchNorm eval dbeta")
    }
    print("BatchNorm: worst relative error \(worst.worst)")
  }

  func testLayerNormMatchesPyTorch() throws {
    let fixture = try NeuralNetFixture.load()
    let worst = NNWorstError()
    for row in fixture.layerNorm {
      var ln = LayerNorm(features: row.shape[1], eps: row.eps)
      ln.gamma = nnVector(row.gamma)
      ln.beta = nnVector(row.beta)
      let forward = ln.forward(nnMatrix(row.x, row.shape))
      worst.check(forward.output.elements, nnDoubles(row.output), "LayerNorm \(row.shape) output")
      worst.check(forward.mean.elements, nnDoubles(row.mean), "LayerNorm mean")
      worst.check(forward.variance.elements, nnDoubles(row.variance), "LayerNorm variance")
      let grads = ln.backward(nnMatrix(row.gradOutput, row.shape), forward)
      worst.check(grads.input.elements, nnDoubles(row.dx), "LayerNorm \(row.shape) dx")
      worst.check(grads.gamma.elements, nnDoubles(row.dgamma), "LayerNorm dgamma")
      worst.check(grads.beta.elements, nnDoubles(row.dbeta), "LayerNorm dbeta")
    }
    print("LayerNorm: worst relative error \(worst.worst)")
  }

  /// L = Σ G ⊙ y for a fixed G: its gradient with respect to x, γ, β is backward(G).
  func testBackwardPassesMatchCentralDifferences() {
    var rng = RandomState(seed: 42)
    let x = rng.randn(6, 3) * 2 + 1
    let g = rng.randn(6, 3)
    let gamma = rng.uniform(0.5, 2, size: 3)
    let beta = rng.randn(3)
    var worst = 0.0
    for training in [true, false] {
      var bn = BatchNorm(features: 3, momentum: 0.3)
      bn.gamma = gamma
      bn.beta = beta
      if !training { _ = bn.forward(rng.randn(5, 3) * 3) }  // non-trivial running statistics
      let frozen = bn
      let forward = bn.forward(x, training: training)
      let grads = bn.backward(g, forward)
      func loss(_ layer: BatchNorm, _ input: Matrix) -> Double {
        var copy = layer
        return (g * copy.forward(input, training: training).output).sum()
      }
      let label = "BatchNorm training \(training)"
      worst = Swift.max(
        worst, nnAssertGradient(grads.input.elements, of: { loss(frozen, x.with($0)) }, at: x.elements, "\(label) dx"))
      worst = Swift.max(
        worst,
        nnAssertGradient(
          grads.gamma.elements,
          of: {
            var layer = frozen
            layer.gamma = Vector($0)
            return loss(layer, x)
          }, at: gamma.elements, "\(label) dgamma"))
      worst = Swift.max(
        worst,
        nnAssertGradient(
          grads.beta.elements,
          of: {
            var layer = frozen
            layer.beta = Vector($0)
            return loss(layer, x)
          }, at: beta.elements, "\(label) dbeta"))
    }
    var ln = LayerNorm(features: 3)
    ln.gamma = gamma
    ln.beta = beta
    let forward = ln.forward(x)
    let grads = ln.backward(g, forward)
    func loss(_ layer: LayerNorm, _ input: Matrix) -> Double { (g * layer.forward(input).output).sum() }
    worst = Swift.max(
      worst, nnAssertGradient(grads.input.elements, of: { loss(ln, x.with($0)) }, at: x.elements, "LayerNorm dx"))
    worst = Swift.max(
      worst,
      nnAssertGradient(
        grads.gamma.elements,
        of: {
          var layer = ln
          layer.gamma = Vector($0)
          return loss(layer, x)
        }, at: gamma.elements, "LayerNorm dgamma"))
    worst = Swift.max(
      worst,
      nnAssertGradient(
        grads.beta.elements,
        of: {
          var layer = ln
          layer.beta = Vector($0)
          return loss(layer, x)
        }, at: beta.elements, "LayerNorm dbeta"))
    print("normalisation gradient checks: worst relative error \(worst)")
  }

  func testNormalizationLayersBehaveAsPyTorchs() {
    // Training output: each column has mean 0 and biased variance var/(var + ε).
    var bn = BatchNorm(features: 2)
    let x: Matrix = [[1, 10], [2, 20], [3, 60]]
    let forward = bn.forward(x)
    for j in 0..<2 {
      let column = forward.output.column(j)
      XCTAssertEqual(mean(column), 0, accuracy: 1e-15)
    }
    XCTAssertEqual(bn.runningMean, [0.2, 3.0])
    // The running variance uses the unbiased variance: (1 − 0.1)·1 + 0.1·1 for column 0.
    XCTAssertEqual(bn.runningVar[0], 1.0, accuracy: 1e-15)
    XCTAssertEqual(bn.description, "BatchNorm(features: 2, eps: 1e-05, momentum: 0.1, batchesTracked: 1)")
    // momentum nil: the running mean is the plain average of the batch means.
    var cumulative = BatchNorm(features: 1, momentum: nil)
    _ = cumulative.forward([[1], [3]])
    _ = cumulative.forward([[5], [7]])
    _ = cumulative.forward([[0], [0]])
    XCTAssertEqual(cumulative.runningMean[0], (2 + 6 + 0) / 3.0, accuracy: 1e-15)
    XCTAssertEqual(cumulative.description, "BatchNorm(features: 1, eps: 1e-05, momentum: None, batchesTracked: 3)")
    // LayerNorm normalises rows, and is the same whatever the batch holds.
    let ln = LayerNorm(features: 3)
    let rows: Matrix = [[1, 2, 3], [10, 0, -10]]
    let both = ln.forward(rows).output
    let single = ln.forward([[10, 0, -10]]).output
    XCTAssertEqual(both.row(1), single.row(0))
    XCTAssertEqual(ln.description, "LayerNorm(features: 3, eps: 1e-05)")
    XCTAssertTrue(forward.description.hasPrefix("BatchNorm forward (training: batch statistics), output shape (3, 2)"))
    let grads = bn.backward(ones(3, 2), forward)
    // With L = Σ y, dβ counts the rows and dx vanishes (the mean removes constant shifts).
    XCTAssertEqual(grads.beta, [3, 3])
    XCTAssertTrue(grads.input.elements.allSatisfy { abs($0) < 1e-15 })
    XCTAssertTrue(grads.description.hasPrefix("input:\n"))
  }
}
