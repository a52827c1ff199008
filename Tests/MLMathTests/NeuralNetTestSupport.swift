import Foundation
import XCTest

@testable import MLMath

/// Fixtures/reference/neural_net.json (scripts/reference/neural_net.py), typed.
struct NeuralNetFixture: Decodable {
  struct Activation: Decodable {
    let name: String
    let params: [String: ReferenceNumber]
    let x: [ReferenceNumber]
    let value: [ReferenceNumber]
    let derivative: [ReferenceNumber]
  }
  struct Loss: Decodable {
    let name: String
    let shape: [Int]
    let input: [ReferenceNumber]
    let target: [ReferenceNumber]
    let params: [String: ReferenceNumber]
    let value: ReferenceNumber
    let gradient: [ReferenceNumber]
  }
  struct Categorical: Decodable {
    let kind: String
    let shape: [Int]
    let logits: [ReferenceNumber]
    let labels: [Int]
    let probabilities: [ReferenceNumber]
    let target: [ReferenceNumber]?
    let value: ReferenceNumber
    let gradient: [ReferenceNumber]
  }
  struct KL: Decodable {
    let shape: [Int]
    let input: [ReferenceNumber]
    let target: [ReferenceNumber]
    let logTarget: Bool
    let reduction: String
    let value: ReferenceNumber
    let gradient: [ReferenceNumber]
  }
  struct Softmax: Decodable {
    let shape: [Int]
    let x: [ReferenceNumber]
    let axis: Int
    let gradOutput: [ReferenceNumber]
    let softmax: [ReferenceNumber]
    let logSoftmax: [ReferenceNumber]
    let softmaxBackward: [ReferenceNumber]
    let logSoftmaxBackward: [ReferenceNumber]
    let softmaxJacobian: [ReferenceNumber]?
    let logSoftmaxJacobian: [ReferenceNumber]?
  }
  struct Penalty: Decodable {
    let shape: [Int]
    let weights: [ReferenceNumber]
    let alpha: Double
    let l1Ratio: Double
    let threshold: Double
    let stepSize: Double
    let l1: ReferenceNumber
    let l1Gradient: [ReferenceNumber]
    let l2: ReferenceNumber
    let l2Gradient: [ReferenceNumber]
    let elasticNet: ReferenceNumber
    let elasticNetGradient: [ReferenceNumber]
    let softThreshold: [ReferenceNumber]
    let elasticNetProx: [ReferenceNumber]
  }
  struct NormBatch: Decodable {
    let shape: [Int]
    let x: [ReferenceNumber]
    let output: [ReferenceNumber]
    let mean: [ReferenceNumber]?
    let variance: [ReferenceNumber]?
    let runningMean: [ReferenceNumber]?
    let runningVar: [ReferenceNumber]?
    let gradOutput: [ReferenceNumber]
    let dx: [ReferenceNumber]
    let dgamma: [ReferenceNumber]
    let dbeta: [ReferenceNumber]
  }
  struct BatchNormRow: Decodable {
    let momentum: ReferenceNumber
    let eps: Double
    let gamma: [ReferenceNumber]
    let beta: [ReferenceNumber]
    let batches: [NormBatch]
    let eval: NormBatch
  }
  struct LayerNormRow: Decodable {
    let shape: [Int]
    let eps: Double
    let gamma: [ReferenceNumber]
    let beta: [ReferenceNumber]
    let x: [ReferenceNumber]
    let output: [ReferenceNumber]
    let mean: [ReferenceNumber]
    let variance: [ReferenceNumber]
    let gradOutput: [ReferenceNumber]
    let dx: [ReferenceNumber]
    let dgamma: [ReferenceNumber]
    let dbeta: [ReferenceNumber]
  }
  struct DropoutRow: Decodable {
    let seed: Int
    let p: Double
    let shape: [Int]
    let x: [ReferenceNumber]
    let output: [ReferenceNumber]
    let mask: [Bool]
  }
  struct InitRow: Decodable {
    let function: String
    let seed: Int
    let rows: Int
    let columns: Int
    let gain: Double
    let mode: String?
    let nonlinearity: String?
    let negativeSlope: Double?
    let values: [ReferenceNumber]
  }

  let activations: [Activation]
  let losses: [Loss]
  let categorical: [Categorical]
  let kl: [KL]
  let softmax: [Softmax]
  let penalties: [Penalty]
  let batchNorm: [BatchNormRow]
  let layerNorm: [LayerNormRow]
  let dropout: [DropoutRow]
  let `init`: [InitRow]

  static func load() throws -> NeuralNetFixture { try decodeReferenceFixture("neural_net") }
}

/// The plain values of a fixture array.
func nnDoubles(_ numbers: [ReferenceNumber]) -> [Double] { numbers.map(\.value) }

/// A fixture array as a Vector.
func nnVector(_ numbers: [ReferenceNumber]) -> Vector { Vector(nnDoubles(numbers)) }

/// A fixture array with shape `[rows, columns]` as a Matrix.
func nnMatrix(_ numbers: [ReferenceNumber], _ shape: [Int]) -> Matrix {
  Matrix(rows: shape[0], columns: shape[1], elements: nnDoubles(numbers))
}

/// Relative error |a − b|/|b| (0 when equal, including two NaNs and equal infinities).
func nnRelativeError(_ a: Double, _ b: Double) -> Double {
  if a == b || (a.isNaN && b.isNaN) { return 0 }
  return abs(a - b) / Swift.max(abs(b), 1e-300)
}

/// Tracks the largest relative error seen against the references and asserts each ≤ `tolerance`.
final class NNWorstError {
  private(set) var worst = 0.0
  let tolerance: Double
  init(tolerance: Double = 1e-12) { self.tolerance = tolerance }

  func check(
    _ got: Double, _ want: Double, _ label: @autoclosure () -> String, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    let error = nnRelativeError(got, want)
    worst = Swift.max(worst, error)
    XCTAssertLessThanOrEqual(error, tolerance, "\(label()): got \(got), want \(want)", file: file, line: line)
  }

  func check(
    _ got: [Double], _ want: [Double], _ label: @autoclosure () -> String, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    XCTAssertEqual(got.count, want.count, "\(label()): length", file: file, line: line)
    for (k, (a, b)) in zip(got, want).enumerated() { check(a, b, "\(label())[\(k)]", file: file, line: line) }
  }
}

/// The gradient of a scalar function of an array of parameters by fourth-order central
/// differences, (8(f(θ + h) − f(θ − h)) − (f(θ + 2h) − f(θ − 2h)))/(12h) per coordinate with
/// h = `step(θₖ)` (default 1e-4·max(1, |θₖ|)): truncation error O(h⁴), so the check measures
/// the analytic gradient, not the difference quotient.
func nnCentralDifference(
  _ theta: [Double], step: (Double) -> Double = { 1e-4 * Swift.max(1, abs($0)) }, _ f: ([Double]) -> Double
) -> [Double] {
  theta.indices.map { k in
    let h = step(theta[k])
    func at(_ step: Double) -> Double {
      var shifted = theta
      shifted[k] += step
      return f(shifted)
    }
    return (8 * (at(h) - at(-h)) - (at(2 * h) - at(-2 * h))) / (12 * h)
  }
}

/// ‖analytic − numeric‖/max(‖analytic‖, ‖numeric‖): the relative error of a gradient check
/// (0 when both vanish).
func nnGradientCheckError(_ analytic: [Double], _ numeric: [Double]) -> Double {
  var difference = 0.0
  var a = 0.0
  var n = 0.0
  for (x, y) in zip(analytic, numeric) {
    difference += (x - y) * (x - y)
    a += x * x
    n += y * y
  }
  let scale = Swift.max(a, n).squareRoot()
  return scale == 0 ? 0 : difference.squareRoot() / scale
}

/// Asserts that `analytic` is the gradient of `f` at `theta` within 1e-6 (relative, norm-wise).
@discardableResult
func nnAssertGradient(
  _ analytic: [Double], of f: ([Double]) -> Double, at theta: [Double], _ label: String,
  step: (Double) -> Double = { 1e-4 * Swift.max(1, abs($0)) }, file: StaticString = #filePath, line: UInt = #line
) -> Double {
  let numeric = nnCentralDifference(theta, step: step, f)
  let error = nnGradientCheckError(analytic, numeric)
  XCTAssertLessThan(
    error, 1e-6, "\(label): analytic \(analytic) vs central differences \(numeric)", file: file, line: line)
  return error
}

/// Steps for probabilities: 1e-4 of the distance to the nearer of 0 and 1, the scale on
/// which log p and log(1 − p) vary.
func probabilityStep(_ p: Double) -> Double { 1e-4 * Swift.min(p, 1 - p) }
