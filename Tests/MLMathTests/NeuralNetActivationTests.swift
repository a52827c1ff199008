import Foundation
import XCTest

@testable import MLMath

/// Activations, their derivatives, softmax and log-softmax against PyTorch's definitions in
/// NumPy (checked against mpmath by the script), and every derivative against central differences.
final class NeuralNetActivationTests: XCTestCase {
  /// An activation and its derivative by fixture name, on a Vector.
  private func activation(_ name: String, _ params: [String: Double]) -> (f: (Vector) -> Vector, df: (Vector) -> Vector)
  {
    func p(_ key: String) -> Double { params[key] ?? .nan }
    switch name {
    case "sigmoid": return (sigmoid, sigmoidDerivative)
    case "tanh": return ({ tanh($0) }, tanhDerivative)
    case "relu": return (relu, reluDerivative)
    case "leakyRelu":
      return (
        { leakyRelu($0, negativeSlope: p("negativeSlope")) },
        { leakyReluDerivative($0, negativeSlope: p("negativeSlope")) }
      )
    case "elu": return ({ elu($0, alpha: p("alpha")) }, { eluDerivative($0, alpha: p("alpha")) })
    case "selu": return (selu, seluDerivative)
    case "gelu": return ({ gelu($0) }, { geluDerivative($0) })
    case "geluTanh": return ({ gelu($0, approximate: .tanh) }, { geluDerivative($0, approximate: .tanh) })
    case "silu": return (silu, siluDerivative)
    case "softplus":
      return (
        { softplus($0, beta: p("beta"), threshold: p("threshold")) },
        { softplusDerivative($0, beta: p("beta"), threshold: p("threshold")) }
      )
    default:
      XCTFail("unknown activation \(name)")
      return ({ $0 }, { $0 })
    }
  }

  func testActivationsAndDerivativesMatchPyTorchsDefinitions() throws {
    let fixture = try NeuralNetFixture.load()
    let worst = NNWorstError()
    for row in fixture.activations {
      let params = row.params.mapValues(\.value)
      let (f, df) = activation(row.name, params)
      let x = nnVector(row.x)
      worst.check(f(x).elements, nnDoubles(row.value), "\(row.name) \(params)")
      worst.check(df(x).elements, nnDoubles(row.derivative), "\(row.name)′ \(params)")
      // The Matrix overloads compute the same elements.
      let (fm, dfm) = (matrixActivation(row.name, params), matrixDerivative(row.name, params))
      let m = x.reshaped(5, 6)
      XCTAssertEqual(fm(m).elements, f(x).elements, row.name)
      XCTAssertEqual(dfm(m).elements, df(x).elements, row.name)
    }
    XCTAssertEqual(Set(fixture.activations.map(\.name)).count, 10)
    print("activations: \(fixture.activations.count) rows, worst relative error \(worst.worst)")
  }

  func testActivationDerivativesMatchCentralDifferences() throws {
    let fixture = try NeuralNetFixture.load()
    var worst = 0.0
    var checked: [String: Int] = [:]
    var worstByName: [String: Double] = [:]
    for row in fixture.activations {
      let params = row.params.mapValues(\.value)
      let (f, df) = activation(row.name, params)
      for x in nnDoubles(row.x) {
        // Central differences straddle the kink at 0 and the softplus threshold: skip them.
        if abs(x) < 1e-3 { continue }
        if row.name == "softplus", abs(params["beta"]! * x - params["threshold"]!) < 1 { continue }
        let h = 1e-4 / Swift.max(1, abs(x))  // f′/f grows like |x| in the tails
        let values = f([x - 2 * h, x - h, x + h, x + 2 * h]).elements
        let numeric = (8 * (values[2] - values[1]) - (values[3] - values[0])) / (12 * h)
        let analytic = df([x])[0]
        // In the flat tails f(x ± h) round to nearly the same number and the difference
        // quotient is noise; the golden values check the derivative there.
        let noise = 2.3e-16 * values.map(abs).max()! / h
        if noise > 1e-8 * abs(analytic) { continue }
        let error = analytic == numeric ? 0 : abs(analytic - numeric) / Swift.max(abs(analytic), abs(numeric))
        worst = Swift.max(worst, error)
        worstByName[row.name] = Swift.max(worstByName[row.name] ?? 0, error)
        checked[row.name, default: 0] += 1
        XCTAssertLessThan(error, 1e-6, "\(row.name) \(params) at \(x): \(analytic) vs \(numeric)")
      }
    }
    XCTAssertEqual(checked.count, 10)
    XCTAssertGreaterThanOrEqual(checked.values.min() ?? 0, 12, "\(checked)")
    print(
      "activation derivative checks: \(checked.values.reduce(0, +)) points, worst relative error \(worst) \(worstByName)"
    )
  }

  private func matrixActivation(_ name: String, _ params: [String: Double]) -> (Matrix) -> Matrix {
    func p(_ key: String) -> Double { params[key] ?? .nan }
    switch name {
    case "sigmoid": return sigmoid
    case "tanh": return { tanh($0) }
    case "relu": return relu
    case "leakyRelu": return { leakyRelu($0, negativeSlope: p("negativeSlope")) }
    case "elu": return { elu($0, alpha: p("alpha")) }
    case "selu": return selu
    case "gelu": return { gelu($0) }
    case "geluTanh": return { gelu($0, approximate: .tanh) }
    case "silu": return silu
    default: return { softplus($0, beta: p("beta"), threshold: p("threshold")) }
    }
  }

  private func matrixDerivative(_ name: String, _ params: [String: Double]) -> (Matrix) -> Matrix {
    func p(_ key: String) -> Double { params[key] ?? .nan }
    switch name {
    case "sigmoid": return sigmoidDerivative
    case "tanh": return tanhDerivative
    case "relu": return reluDerivative
    case "leakyRelu": return { leakyReluDerivative($0, negativeSlope: p("negativeSlope")) }
    case "elu": return { eluDerivative($0, alpha: p("alpha")) }
    case "selu": return seluDerivative
    case "gelu": return { geluDerivative($0) }
    case "geluTanh": return { geluDerivative($0, approximate: .tanh) }
    case "silu": return siluDerivative
    default: return { softplusDerivative($0, beta: p("beta"), threshold: p("threshold")) }
    }
  }

  func testSoftmaxFamilyMatchesSciPy() throws {
    let fixture = try NeuralNetFixture.load()
    let worst = NNWorstError()
    for row in fixture.softmax {
      let g = nnDoubles(row.gradOutput)
      if row.shape.count == 1 {
        let x = nnVector(row.x)
        let gv = Vector(g)
        worst.check(softmax(x).elements, nnDoubles(row.softmax), "softmax \(row.x.count)")
        worst.check(logSoftmax(x).elements, nnDoubles(row.logSoftmax), "logSoftmax \(row.x.count)")
        worst.check(softmaxBackward(gv, x).elements, nnDoubles(row.softmaxBackward), "softmaxBackward")
        worst.check(logSoftmaxBackward(gv, x).elements, nnDoubles(row.logSoftmaxBackward), "logSoftmaxBackward")
        worst.check(softmaxJacobian(x).elements, nnDoubles(row.softmaxJacobian!), "softmaxJacobian")
        worst.check(logSoftmaxJacobian(x).elements, nnDoubles(row.logSoftmaxJacobian!), "logSoftmaxJacobian")
        // The backward passes are gᵀJ, and J is the derivative of the map (checked where
        // the softmax does not underflow, which central differences cannot resolve).
        if x.elements.contains(where: { abs($0) > 20 }) { continue }
        nnAssertGradient(
          softmaxBackward(gv, x).elements, of: { dot(gv, softmax(Vector($0))) }, at: x.elements, "softmax VJP")
        nnAssertGradient(
          logSoftmaxBackward(gv, x).elements, of: { dot(gv, logSoftmax(Vector($0))) }, at: x.elements, "logSoftmax VJP")
        let k = x.count
        for (jacobian, map) in [(softmaxJacobian(x), softmax), (logSoftmaxJacobian(x), logSoftmax)]
          as [(Matrix, (Vector) -> Vector)]
        {
          for i in 0..<k {
            let rowI = (0..<k).map { jacobian[i, $0] }
            nnAssertGradient(rowI, of: { map(Vector($0))[i] }, at: x.elements, "Jacobian row \(i)")
          }
        }
        for (a, b) in zip(matmul(softmaxJacobian(x), gv).elements, softmaxBackward(gv, x).elements) {
          XCTAssertEqual(a, b, accuracy: 1e-15, "J is symmetric, so Jg = Jᵀg")
        }
      } else {
        let x = nnMatrix(row.x, row.shape)
        let gm = nnMatrix(row.gradOutput, row.shape)
        let a = row.axis
        worst.check(softmax(x, axis: a).elements, nnDoubles(row.softmax), "softmax axis \(a)")
        worst.check(logSoftmax(x, axis: a).elements, nnDoubles(row.logSoftmax), "logSoftmax axis \(a)")
        worst.check(
          softmaxBackward(gm, x, axis: a).elements, nnDoubles(row.softmaxBackward), "softmaxBackward axis \(a)")
        worst.check(
          logSoftmaxBackward(gm, x, axis: a).elements, nnDoubles(row.logSoftmaxBackward), "logSoftmaxBackward axis \(a)"
        )
        XCTAssertEqual(softmax(x, axis: a - 2), softmax(x, axis: a), "negative axis")
        if x.elements.allSatisfy({ abs($0) < 100 }) {
          nnAssertGradient(
            softmaxBackward(gm, x, axis: a).elements, of: { (gm * softmax(x.with($0), axis: a)).sum() },
            at: x.elements, "softmax VJP axis \(a)")
          nnAssertGradient(
            logSoftmaxBackward(gm, x, axis: a).elements, of: { (gm * logSoftmax(x.with($0), axis: a)).sum() },
            at: x.elements, "logSoftmax VJP axis \(a)")
        }
      }
    }
    // The Tensor's softmax and the array softmax are the same function.
    let z: Matrix = [[1, 2, 3], [0, -1, 5]]
    XCTAssertEqual(Tensor(z).softmax().matrix, softmax(z, axis: 1))
    XCTAssertEqual(Tensor(z).logSoftmax().matrix, logSoftmax(z, axis: 1))
    // Rows of the softmax sum to 1; the Jacobian's rows sum to 0.
    XCTAssertEqual(softmax(z, axis: 1).sum(axis: 1).elements.map { ($0 * 1e12).rounded() }, [1e12, 1e12])
    XCTAssertEqual(softmaxJacobian([1, 2, 3]).sum(axis: 1).elements.map { abs($0) < 1e-16 }, [true, true, true])
    XCTAssertEqual(softmax(Vector([])).count, 0)
    print("softmax family: worst relative error \(worst.worst)")
  }

  func testActivationsAtSpecialValues() {
    let special: Vector = [-.infinity, .infinity, .nan]
    XCTAssertEqual(relu(special).elements[0..<2], [0, .infinity])
    XCTAssertTrue(relu(special)[2].isNaN)
    XCTAssertEqual(gelu(special).elements[0..<2], [0, .infinity])
    XCTAssertEqual(gelu(special, approximate: .tanh).elements[0..<2], [0, .infinity])
    XCTAssertEqual(silu(special).elements[0..<2], [0, .infinity])
    XCTAssertEqual(geluDerivative(special).elements[0..<2], [0, 1])
    XCTAssertEqual(siluDerivative(special).elements[0..<2], [0, 1])
    XCTAssertEqual(elu(special).elements[0..<2], [-1, .infinity])
    XCTAssertEqual(sigmoid(special).elements[0..<2], [0, 1])
    for f in [sigmoid, relu, silu, selu, { gelu($0) }, sigmoidDerivative, reluDerivative, siluDerivative]
      as [(Vector) -> Vector]
    {
      XCTAssertTrue(f(special)[2].isNaN)
    }
    // PyTorch's values at the kink x = 0.
    XCTAssertEqual(reluDerivative([0]), [0])
    XCTAssertEqual(leakyReluDerivative([0], negativeSlope: 0.1), [0.1])
    XCTAssertEqual(eluDerivative([0], alpha: 0.5), [0.5])
    XCTAssertEqual(seluDerivative([0])[0], seluScale * seluAlpha)
    // softplus: PyTorch's threshold returns x exactly; SciPy's softplus does not switch.
    XCTAssertEqual(softplus(Vector([30]), beta: 1), [30])
    XCTAssertEqual(softplus(Vector([30]))[0], 30 + exp(-30.0), accuracy: 1e-14)
    XCTAssertEqual(softplus(Vector([1e4]), beta: 1, threshold: .infinity), [1e4])
    // GELU keeps its relative accuracy in the left tail (1 + erf(x/√2) would cancel to 0).
    XCTAssertEqual(gelu(Vector([-10]))[0], -7.619853024160527e-23, accuracy: 1e-36)
  }
}
