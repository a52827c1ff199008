import Foundation
import Testing

@testable import MLMath

/// Misshaped operands and hyper-parameters outside their domain stop the program with a
/// message naming the problem (each case in a child process, as `TrapMessageTests` runs its cases).
@Suite struct NeuralNetTrapTests {
  static let cases: [TrapCase] = [
    TrapCase(
      name: "mse shapes", message: "mseLoss: input has shape (3,) but target has shape (2,) (they must be equal)"
    ) {
      print(mseLoss(Vector([1, 2, 3]), Vector([1, 2])))
    },
    TrapCase(
      name: "mse gradient matrix shapes",
      message: "mseLossGradient: input has shape (2, 3) but target has shape (3, 2) (they must be equal)"
    ) { print(mseLossGradient(Matrix(rows: 2, columns: 3), Matrix(rows: 3, columns: 2))) },
    TrapCase(name: "huber delta", message: "huberLoss: delta must be positive and finite, got 0.0") {
      print(huberLoss(Vector([1]), Vector([2]), delta: 0))
    },
    TrapCase(name: "pinball tau", message: "pinballLoss: tau must be in [0, 1], got 1.5") {
      print(pinballLoss(Vector([1]), Vector([2]), tau: 1.5))
    },
    TrapCase(
      name: "bce probability",
      message:
        "binaryCrossEntropy: input[1] = 1.2 is not a probability (every element of input must be between 0 and 1; pass logits to the WithLogits / logits: variant)"
    ) { print(binaryCrossEntropy(Vector([0.5, 1.2]), Vector([1, 0]))) },
    TrapCase(
      name: "bce matrix nan",
      message:
        "binaryCrossEntropy: input[1, 0] = nan is not a probability (every element of input must be between 0 and 1; pass logits to the WithLogits / logits: variant)"
    ) { print(binaryCrossEntropy(Matrix([[0.5], [.nan]]), Matrix([[1], [0]]))) },
    TrapCase(name: "bce epsilon", message: "binaryCrossEntropy: epsilon must be in [0, 0.5), got 0.5") {
      print(binaryCrossEntropy(Vector([0.5]), Vector([1]), epsilon: 0.5))
    },
    TrapCase(
      name: "bce logits shapes",
      message: "binaryCrossEntropyWithLogits: input has shape (2,) but target has shape (1,) (they must be equal)"
    ) { print(binaryCrossEntropyWithLogits(Vector([1, 2]), Vector([1]))) },
    TrapCase(
      name: "cross entropy label count",
      message: "crossEntropyLoss: logits has 2 rows (shape (2, 3)) but labels has 3 elements (give one label per row)"
    ) { print(crossEntropyLoss(logits: Matrix(rows: 2, columns: 3), labels: [0, 1, 2])) },
    TrapCase(
      name: "cross entropy label range",
      message: "crossEntropyLossGradient: label 3 (labels[1]) is out of range for 3 classes (valid: 0..<3)"
    ) { print(crossEntropyLossGradient(logits: Matrix(rows: 2, columns: 3), labels: [0, 3])) },
    TrapCase(
      name: "cross entropy vector label",
      message: "crossEntropyLoss: label -1 is out of range for 2 classes (valid: 0..<2)"
    ) { print(crossEntropyLoss(logits: Vector([1, 2]), label: -1)) },
    TrapCase(
      name: "cross entropy targets shape",
      message: "crossEntropyLoss: logits has shape (2, 3) but targets has shape (2, 2) (they must be equal)"
    ) { print(crossEntropyLoss(logits: Matrix(rows: 2, columns: 3), targets: Matrix(rows: 2, columns: 2))) },
    TrapCase(
      name: "cross entropy probabilities",
      message:
        "crossEntropyLoss: probabilities[0, 1] = -0.1 is not a probability (every element of probabilities must be between 0 and 1; pass logits to the WithLogits / logits: variant)"
    ) { print(crossEntropyLoss(probabilities: [[1.1 - 0.1, -0.1]], labels: [0])) },
    TrapCase(
      name: "hinge labels",
      message: "hingeLoss: target[1] = 0.0 is not a label -1 or +1 (recode 0/1 labels as 2 * y - 1)"
    ) { print(hingeLoss(Vector([0.5, 2]), Vector([1, 0]))) },
    TrapCase(name: "focal gamma", message: "sigmoidFocalLoss: gamma must be non-negative and finite, got -1.0") {
      print(sigmoidFocalLoss(Vector([1]), Vector([1]), gamma: -1))
    },
    TrapCase(name: "focal alpha", message: "sigmoidFocalLossGradient: alpha must be in [0, 1], got 2.0") {
      print(sigmoidFocalLossGradient(Vector([1]), Vector([1]), alpha: 2))
    },
    TrapCase(
      name: "kl shapes",
      message: "klDivLoss: input has shape (2, 2) but target has shape (1, 2) (they must be equal)"
    ) { print(klDivLoss(Matrix(rows: 2, columns: 2), Matrix(rows: 1, columns: 2))) },
    TrapCase(
      name: "softmax axis",
      message:
        "softmax: axis 2 is out of bounds for a Matrix (valid: 0 or -2 down the columns, 1 or -1 along the rows)"
    ) { print(softmax(Matrix(rows: 2, columns: 2), axis: 2)) },
    TrapCase(
      name: "softmax backward shapes",
      message: "softmaxBackward: gradOutput has shape (2,) but input has shape (3,) (they must be equal)"
    ) { print(softmaxBackward(Vector([1, 2]), Vector([1, 2, 3]))) },
    TrapCase(name: "leaky slope", message: "leakyRelu: negativeSlope must be finite, got inf") {
      print(leakyRelu(Vector([1]), negativeSlope: .infinity))
    },
    TrapCase(name: "softplus beta", message: "softplus: beta must be positive and finite, got -1.0") {
      print(softplus(Vector([1]), beta: -1))
    },
    TrapCase(name: "l1 alpha", message: "l1Penalty: alpha must be non-negative and finite, got -0.5") {
      print(l1Penalty(Vector([1]), alpha: -0.5))
    },
    TrapCase(name: "elastic net ratio", message: "elasticNetPenalty: l1Ratio must be in [0, 1], got 1.5") {
      print(elasticNetPenalty(Vector([1]), l1Ratio: 1.5))
    },
    TrapCase(name: "soft threshold", message: "softThreshold: threshold must be non-negative and finite, got -1.0") {
      print(softThreshold(Vector([1]), -1))
    },
    TrapCase(name: "prox step", message: "elasticNetProx: stepSize must be positive and finite, got 0.0") {
      print(elasticNetProx(Vector([1]), stepSize: 0))
    },
    TrapCase(
      name: "batchnorm features",
      message: "BatchNorm.forward: input has shape (4, 2) but the layer has 3 features (expected 3 columns)"
    ) {
      var bn = BatchNorm(features: 3)
      print(bn.forward(Matrix(rows: 4, columns: 2)))
    },
    TrapCase(
      name: "batchnorm one row",
      message:
        "BatchNorm.forward: expected more than 1 value per feature when training, got input of shape (1, 3)"
    ) {
      var bn = BatchNorm(features: 3)
      print(bn.forward(Matrix(rows: 1, columns: 3)))
    },
    TrapCase(name: "batchnorm momentum", message: "BatchNorm: momentum must be in [0, 1], got 1.5") {
      print(BatchNorm(features: 3, momentum: 1.5))
    },
    TrapCase(name: "batchnorm gamma", message: "BatchNorm.forward: gamma has 2 elements but the layer has 3 features") {
      var bn = BatchNorm(features: 3)
      bn.gamma = Vector([1, 1])
      print(bn.forward(Matrix(rows: 4, columns: 3)))
    },
    TrapCase(
      name: "batchnorm backward shape",
      message:
        "BatchNorm.backward: gradOutput has shape (2, 3) but the forward output has shape (4, 3) (they must be equal)"
    ) {
      var bn = BatchNorm(features: 3)
      let forward = bn.forward(Matrix(rows: 4, columns: 3))
      print(bn.backward(Matrix(rows: 2, columns: 3), forward))
    },
    TrapCase(name: "layernorm mixed", message: "LayerNorm.backward: the forward pass came from a BatchNorm") {
      var bn = BatchNorm(features: 3)
      let forward = bn.forward(Matrix(rows: 4, columns: 3))
      print(LayerNorm(features: 3).backward(Matrix(rows: 4, columns: 3), forward))
    },
    TrapCase(name: "layernorm eps", message: "LayerNorm: eps must be positive and finite, got 0.0") {
      print(LayerNorm(features: 3, eps: 0))
    },
    TrapCase(
      name: "layernorm features",
      message: "LayerNorm.forward: input has shape (2, 4) but the layer has 3 features (expected 3 columns)"
    ) { print(LayerNorm(features: 3).forward(Matrix(rows: 2, columns: 4))) },
    TrapCase(name: "dropout p", message: "dropout: p must be in [0, 1], got 1.5") {
      var rng = RandomState(seed: 0)
      print(dropout(Vector([1]), p: 1.5, using: &rng))
    },
    TrapCase(
      name: "dropout backward mask",
      message: "dropoutBackward: gradOutput has shape (2, 2) but mask has shape (4,) (they must be equal)"
    ) { print(dropoutBackward(Matrix(rows: 2, columns: 2), mask: Mask([true, true, false, true]), p: 0.5)) },
    TrapCase(
      name: "xavier empty",
      message: "xavierUniform: shape (0, 3) has no elements (fan_in = columns and fan_out = rows must be positive)"
    ) {
      var rng = RandomState(seed: 0)
      print(xavierUniform(0, 3, using: &rng))
    },
    TrapCase(name: "kaiming slope", message: "kaimingNormal: negativeSlope must be finite, got nan") {
      var rng = RandomState(seed: 0)
      print(kaimingNormal(2, 2, nonlinearity: .leakyRelu(negativeSlope: .nan), using: &rng))
    },
  ]

  @Test(arguments: cases.map(\.name))
  func misuseStopsWithItsMessage(_ name: String) async throws {
    let trap = try #require(Self.cases.first { $0.name == name })
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [name] in
      NeuralNetTrapTests.cases.first { $0.name == name }?.body()
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(stderr.contains("Fatal error: \(trap.message)"), "expected “\(trap.message)”, got:\n\(stderr)")
  }
}
