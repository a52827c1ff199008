import Foundation
import XCTest

@testable import MLMath

/// The losses against PyTorch's definitions written out in NumPy
/// (Fixtures/reference/neural_net.json), and their gradients against central differences.
final class NeuralNetLossTests: XCTestCase {
  /// A pointwise loss and its gradient by name, on a Vector (shape [n]) or a Matrix (shape [r, c]).
  private func pointwise(
    _ name: String, _ params: [String: Double], shape: [Int], _ input: [Double], _ target: [Double]
  ) -> (value: Double, gradient: [Double]) {
    func p(_ key: String) -> Double { params[key] ?? .nan }
    let alpha: Double? = params["alpha"].flatMap { $0 < 0 ? nil : $0 }
    if shape.count == 1 {
      let (x, y) = (Vector(input), Vector(target))
      switch name {
      case "mse": return (mseLoss(x, y), mseLossGradient(x, y).elements)
      case "l1": return (l1Loss(x, y), l1LossGradient(x, y).elements)
      case "huber": return (huberLoss(x, y, delta: p("delta")), huberLossGradient(x, y, delta: p("delta")).elements)
      case "logCosh": return (logCoshLoss(x, y), logCoshLossGradient(x, y).elements)
      case "pinball": return (pinballLoss(x, y, tau: p("tau")), pinballLossGradient(x, y, tau: p("tau")).elements)
      case "bce":
        return (
          binaryCrossEntropy(x, y, epsilon: p("epsilon")),
          binaryCrossEntropyGradient(x, y, epsilon: p("epsilon")).elements
        )
      case "bceWithLogits":
        return (binaryCrossEntropyWithLogits(x, y), binaryCrossEntropyWithLogitsGradient(x, y).elements)
      case "focal":
        return (
          sigmoidFocalLoss(x, y, alpha: alpha, gamma: p("gamma")),
          sigmoidFocalLossGradient(x, y, alpha: alpha, gamma: p("gamma")).elements
        )
      case "hinge": return (hingeLoss(x, y), hingeLossGradient(x, y).elements)
      default: XCTFail("unknown loss \(name)")
      }
    } else {
      let x = Matrix(rows: shape[0], columns: shape[1], elements: input)
      let y = Matrix(rows: shape[0], columns: shape[1], elements: target)
      switch name {
      case "mse": return (mseLoss(x, y), mseLossGradient(x, y).elements)
      case "l1": return (l1Loss(x, y), l1LossGradient(x, y).elements)
      case "huber": return (huberLoss(x, y, delta: p("delta")), huberLossGradient(x, y, delta: p("delta")).elements)
      case "logCosh": return (logCoshLoss(x, y), logCoshLossGradient(x, y).elements)
      case "pinball": return (pinballLoss(x, y, tau: p("tau")), pinballLossGradient(x, y, tau: p("tau")).elements)
      case "bce":
        return (
          binaryCrossEntropy(x, y, epsilon: p("epsilon")),
          binaryCrossEntropyGradient(x, y, epsilon: p("epsilon")).elements
        )
      case "bceWithLogits":
        return (binaryCrossEntropyWithLogits(x, y), binaryCrossEntropyWithLogitsGradient(x, y).elements)
      case "focal":
        return (
          sigmoidFocalLoss(x, y, alpha: alpha, gamma: p("gamma")),
          sigmoidFocalLossGradient(x, y, alpha: alpha, gamma: p("gamma")).elements
        )
      case "hinge": return (hingeLoss(x, y), hingeLossGradient(x, y).elements)
      default: XCTFail("unknown loss \(name)")
      }
    }
    return (.nan, [])
  }

  func testPointwiseLossesMatchPyTorchsDefinitions() throws {
    let fixture = try NeuralNetFixture.load()
    let worst = NNWorstError()
    var names = Set<String>()
    for row in fixture.losses {
      let params = row.params.mapValues(\.value)
      let (value, gradient) = pointwise(row.name, params, shape: row.shape, nnDoubles(row.input), nnDoubles(row.target))
      worst.check(value, row.value.value, "\(row.name) \(params) \(row.shape) value")
      worst.check(gradient, nnDoubles(row.gradient), "\(row.name) \(params) \(row.shape) gradient")
      names.insert(row.name)
    }
    XCTAssertEqual(names.count, 9)
    print("pointwise losses: \(fixture.losses.count) cases, worst relative error \(worst.worst)")
  }

  func testPointwiseLossGradientsMatchCentralDifferences() throws {
    let fixture = try NeuralNetFixture.load()
    var worst = 0.0
    var checked = Set<String>()
    for row in fixture.losses {
      let params = row.params.mapValues(\.value)
      let input = nnDoubles(row.input)
      let target = nnDoubles(row.target)
      // Central differences need the function smooth around the point: skip the clipped
      // probabilities and the extreme logits, whose values the golden test covers.
      if row.name == "bce" && input.contains(where: { $0 < 1e-6 || $0 > 1 - 1e-6 }) { continue }
      if input.contains(where: { abs($0) > 100 }) { continue }
      let analytic = pointwise(row.name, params, shape: row.shape, input, target).gradient
      let error = nnAssertGradient(
        analytic, of: { pointwise(row.name, params, shape: row.shape, $0, target).value }, at: input,
        "\(row.name) \(params) \(row.shape)",
        step: row.name == "bce" ? probabilityStep : { 1e-4 * Swift.max(1, abs($0)) })
      worst = Swift.max(worst, error)
      checked.insert(row.name)
    }
    XCTAssertEqual(checked.count, 9, "every pointwise loss is gradient-checked: \(checked)")
    print("pointwise loss gradient checks: worst relative error \(worst)")
  }

  func testCategoricalCrossEntropyMatchesPyTorch() throws {
    let fixture = try NeuralNetFixture.load()
    let worst = NNWorstError()
    var gradientWorst = 0.0
    for row in fixture.categorical {
      let z = nnMatrix(row.logits, row.shape)
      let p = nnMatrix(row.probabilities, row.shape)
      let labels = IntVector(row.labels)
      let target = row.target.map { nnMatrix($0, row.shape) }
      let value: Double
      let gradient: Matrix
      let loss: ([Double]) -> Double
      switch row.kind {
      case "logitsLabels":
        value = crossEntropyLoss(logits: z, labels: labels)
        gradient = crossEntropyLossGradient(logits: z, labels: labels)
        loss = { crossEntropyLoss(logits: z.with($0), labels: labels) }
      case "logitsOneHot", "logitsSoft":
        value = crossEntropyLoss(logits: z, targets: target!)
        gradient = crossEntropyLossGradient(logits: z, targets: target!)
        loss = { crossEntropyLoss(logits: z.with($0), targets: target!) }
      case "probabilitiesLabels":
        value = crossEntropyLoss(probabilities: p, labels: labels)
        gradient = crossEntropyLossGradient(probabilities: p, labels: labels)
        loss = { crossEntropyLoss(probabilities: p.with($0), labels: labels) }
      default:
        value = crossEntropyLoss(probabilities: p, targets: target!)
        gradient = crossEntropyLossGradient(probabilities: p, targets: target!)
        loss = { crossEntropyLoss(probabilities: p.with($0), targets: target!) }
      }
      worst.check(value, row.value.value, "\(row.kind) \(row.shape) value")
      worst.check(gradient.elements, nnDoubles(row.gradient), "\(row.kind) \(row.shape) gradient")
      let at = row.kind.hasPrefix("logits") ? z.elements : p.elements
      if at.allSatisfy({ abs($0) < 100 }) {
        gradientWorst = Swift.max(
          gradientWorst,
          nnAssertGradient(
            gradient.elements, of: loss, at: at, "\(row.kind) \(row.shape)",
            step: row.kind.hasPrefix("logits") ? { 1e-4 * Swift.max(1, abs($0)) } : probabilityStep))
      }
      // One row through the Vector overloads gives the same numbers.
      if row.shape[0] == 1 {
        let zv = z.flattened()
        let pv = p.flattened()
        switch row.kind {
        case "logitsLabels":
          XCTAssertEqual(crossEntropyLoss(logits: zv, label: row.labels[0]), value)
          XCTAssertEqual(crossEntropyLossGradient(logits: zv, label: row.labels[0]).elements, gradient.elements)
        case "probabilitiesLabels":
          XCTAssertEqual(crossEntropyLoss(probabilities: pv, label: row.labels[0]), value)
          XCTAssertEqual(crossEntropyLossGradient(probabilities: pv, label: row.labels[0]).elements, gradient.elements)
        case "logitsOneHot", "logitsSoft":
          XCTAssertEqual(crossEntropyLoss(logits: zv, target: target!.flattened()), value)
          XCTAssertEqual(crossEntropyLossGradient(logits: zv, target: target!.flattened()).elements, gradient.elements)
        default:
          XCTAssertEqual(crossEntropyLoss(probabilities: pv, target: target!.flattened()), value)
          XCTAssertEqual(
            crossEntropyLossGradient(probabilities: pv, target: target!.flattened()).elements, gradient.elements)
        }
      }
    }
    print("categorical cross-entropy: worst relative error \(worst.worst), gradient checks \(gradientWorst)")
  }

  func testKLDivLossMatchesPyTorchsReductions() throws {
    let fixture = try NeuralNetFixture.load()
    let worst = NNWorstError()
    for row in fixture.kl {
      let reduction = try XCTUnwrap(KLDivReduction(rawValue: row.reduction))
      let value: Double
      let gradient: [Double]
      let loss: ([Double]) -> Double
      if row.shape.count == 1 {
        let (x, t) = (nnVector(row.input), nnVector(row.target))
        value = klDivLoss(x, t, reduction: reduction, logTarget: row.logTarget)
        gradient = klDivLossGradient(x, t, reduction: reduction, logTarget: row.logTarget).elements
        loss = { klDivLoss(Vector($0), t, reduction: reduction, logTarget: row.logTarget) }
      } else {
        let (x, t) = (nnMatrix(row.input, row.shape), nnMatrix(row.target, row.shape))
        value = klDivLoss(x, t, reduction: reduction, logTarget: row.logTarget)
        gradient = klDivLossGradient(x, t, reduction: reduction, logTarget: row.logTarget).elements
        loss = { klDivLoss(x.with($0), t, reduction: reduction, logTarget: row.logTarget) }
      }
      worst.check(value, row.value.value, "kl \(row.shape) \(row.reduction) log \(row.logTarget)")
      worst.check(gradient, nnDoubles(row.gradient), "kl gradient \(row.shape) \(row.reduction)")
      nnAssertGradient(gradient, of: loss, at: nnDoubles(row.input), "kl \(row.shape) \(row.reduction)")
    }
    // batchmean of log-softmax rows is the mean over rows of MLMath's klDivergence.
    let q: Matrix = [[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]]
    let z: Matrix = [[1, 2, 3], [0, -1, 4]]
    let rowKL =
      (klDivergence(Vector([0.2, 0.3, 0.5]), softmax(Vector([1, 2, 3])))
        + klDivergence(Vector([0.6, 0.3, 0.1]), softmax(Vector([0, -1, 4])))) / 2
    XCTAssertEqual(klDivLoss(logSoftmax(z, axis: 1), q, reduction: .batchmean), rowKL, accuracy: 1e-15)
    XCTAssertEqual(klDivLoss(logSoftmax(z, axis: 1), q), rowKL * 2 / 6, accuracy: 1e-15)
    print("klDivLoss: worst relative error \(worst.worst)")
  }

  /// Identities and limits that hold whatever the reference says.
  func testLossesBehaveAsTheirDefinitionsSay() {
    let y: Vector = [1, -2, 0.5]
    XCTAssertEqual(mseLoss(y, y), 0)
    XCTAssertEqual(mseLoss([1, 2, 3], [1, 2, 5]), 4.0 / 3)
    XCTAssertEqual(l1Loss([1, 2, 3], [1, 2, 5]), 2.0 / 3)
    XCTAssertEqual(l1LossGradient([1, 2, 3], [1, 2, 5]).elements, [0, 0, -1.0 / 3])
    // Huber: quadratic inside δ, linear outside; smooth_l1 = huber/δ.
    XCTAssertEqual(huberLoss([0, 0], [0.5, 3], delta: 1), (0.125 + 2.5) / 2)
    XCTAssertEqual(huberLoss([0], [0.5], delta: 1), 0.5 * mseLoss([0], [0.5]))
    // log-cosh: tiny errors keep their relative accuracy, huge ones do not overflow.
    XCTAssertEqual(logCoshLoss([1e-10], [0]), 5e-21, accuracy: 1e-36)
    XCTAssertEqual(logCoshLoss([1000], [0]), 1000 - log(2.0), accuracy: 1e-12)
    // Pinball at τ = ½ is half the mean absolute error.
    XCTAssertEqual(pinballLoss([0, 1, 5], [2, 1, -1], tau: 0.5), 0.5 * l1Loss([0, 1, 5], [2, 1, -1]))
    XCTAssertEqual(pinballLoss([0, 0], [2, -2], tau: 0.9), 1.0, accuracy: 1e-15)
    // BCE from logits equals BCE of the sigmoid where the clip is inactive, and stays finite beyond.
    let logits: Vector = [-3, -0.5, 0.2, 4]
    let labels: Vector = [0, 1, 1, 0]
    XCTAssertEqual(
      binaryCrossEntropyWithLogits(logits, labels), binaryCrossEntropy(sigmoid(logits), labels), accuracy: 1e-15)
    XCTAssertEqual(binaryCrossEntropyWithLogits([800], [0]), 800)
    XCTAssertEqual(binaryCrossEntropyWithLogits([-800], [1]), 800)
    XCTAssertEqual(binaryCrossEntropyWithLogits([40], [1]), exp(-40.0), accuracy: 1e-30)
    // The clip caps a confident mistake at −log ε.
    XCTAssertEqual(binaryCrossEntropy([0], [1]), -log(1e-7), accuracy: 1e-12)
    XCTAssertEqual(binaryCrossEntropyGradient([0, 1], [1, 0]).elements, [0, 0])
    // Focal loss with γ = 0 and no α is the binary cross-entropy; γ > 0 discounts easy examples.
    XCTAssertEqual(
      sigmoidFocalLoss(logits, labels, alpha: nil, gamma: 0), binaryCrossEntropyWithLogits(logits, labels),
      accuracy: 1e-15)
    XCTAssertLessThan(sigmoidFocalLoss([5], [1], alpha: nil), 1e-4 * binaryCrossEntropyWithLogits([5], [1]))
    // Hinge: 0 past margin 1, linear below.
    XCTAssertEqual(hingeLoss([2, 0.5, -1], [1, 1, 1]), 2.5 / 3)
    XCTAssertEqual(hingeLossGradient([2, 0.5, -1], [1, 1, -1]).elements, [0, -1.0 / 3, 0])
    // Cross-entropy with one-hot targets equals the label version; huge logits do not overflow.
    let z: Matrix = [[2, 1, 0], [0, 0, 5]]
    XCTAssertEqual(
      crossEntropyLoss(logits: z, labels: [0, 2]), crossEntropyLoss(logits: z, targets: [[1, 0, 0], [0, 0, 1]]),
      accuracy: 1e-15)
    XCTAssertEqual(crossEntropyLoss(logits: [[1000, 0, -1000]], labels: [2]), 2000)
    // A −∞ logit in a class with target 0 costs 0 (PyTorch: NaN).
    XCTAssertEqual(crossEntropyLoss(logits: [[0, -.infinity]], targets: [[1, 0]]), 0)
    // The reverse-mode Tensor's loss and the array loss agree.
    let tensorLoss = crossEntropyLoss(logits: Tensor(z), labels: [0, 2])
    XCTAssertEqual(tensorLoss.data, crossEntropyLoss(logits: z, labels: [0, 2]), accuracy: 1e-15)
    XCTAssertEqual(mseLoss(Tensor(z), z * 2).data, mseLoss(z, z * 2))
    // Empty arrays give NaN (torch.mean of nothing), printed as nan.
    XCTAssertTrue(mseLoss(Vector([]), Vector([])).isNaN)
    XCTAssertEqual(mseLossGradient(Vector([]), Vector([])).count, 0)
    XCTAssertTrue(crossEntropyLoss(logits: Matrix(rows: 0, columns: 3), labels: []).isNaN)
    XCTAssertEqual(klDivLoss(Vector([]), Vector([]), reduction: .sum), 0)
    // The DocC examples.
    XCTAssertEqual(binaryCrossEntropy([0.9, 0.2], [1, 0]), 0.164252033486018, accuracy: 1e-16)
    XCTAssertEqual(crossEntropyLoss(logits: z, labels: [0, 2]), 0.21049593308291467, accuracy: 1e-16)
    XCTAssertEqual(
      crossEntropyLoss(probabilities: [[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]], labels: [0, 2]), 0.2899092476264711,
      accuracy: 1e-16)
    XCTAssertEqual(sigmoidFocalLoss([2, -1], [1, 0], alpha: nil, gamma: 2), 0.012230810171853852, accuracy: 1e-17)
    XCTAssertEqual(logCoshLoss([0, 0], [1, 1000]), (0.4337808304830271 + 999.3068528194401) / 2, accuracy: 1e-13)
    // NaN propagates.
    XCTAssertTrue(mseLoss([1, .nan], [0, 0]).isNaN)
    XCTAssertTrue(hingeLoss([.nan], [1]).isNaN)
  }
}
