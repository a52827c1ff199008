import Foundation
import Testing

@testable import MLMath

/// Misshaped operands of the reverse-mode engine stop the program with a message naming
/// the shapes (each case in a child process, as `TrapMessageTests` runs its cases).
@Suite struct AutodiffTrapTests {
  static let cases: [TrapCase] = [
    TrapCase(
      name: "tensor add shapes",
      message:
        "Tensor +: shapes (2, 3) and (2,) cannot be broadcast together (each dimension must be equal, or 1 in one operand; a vector is a row)"
    ) { print(Tensor(Matrix(rows: 2, columns: 3)) + Tensor(Vector([1, 2]))) },
    TrapCase(
      name: "tensor multiply shapes",
      message:
        "Tensor *: shapes (2, 3) and (3, 2) cannot be broadcast together (each dimension must be equal, or 1 in one operand; a vector is a row)"
    ) { print(Tensor(Matrix(rows: 2, columns: 3)) * Tensor(Matrix(rows: 3, columns: 2))) },
    TrapCase(
      name: "tensor matmul shapes",
      message:
        "matmul: inner dimensions differ: (2, 3) @ (2, 3) (the left operand's last dimension, 3, must equal the right operand's first, 2)"
    ) { print(Tensor(Matrix(rows: 2, columns: 3)).matmul(Tensor(Matrix(rows: 2, columns: 3)))) },
    TrapCase(
      name: "tensor matmul vector",
      message:
        "matmul: inner dimensions differ: (2, 3) @ (2,) (the left operand's last dimension, 3, must equal the right operand's first, 2)"
    ) { print(Tensor(Matrix(rows: 2, columns: 3)).matmul(Tensor(Vector([1, 2])))) },
    TrapCase(
      name: "tensor matmul two vectors",
      message: "Tensor.matmul: both operands are vectors, shapes (2,) and (2,); use dot(_:) for their inner product"
    ) { print(Tensor(Vector([1, 2])).matmul(Tensor(Vector([1, 2])))) },
    TrapCase(
      name: "tensor dot",
      message:
        "Tensor.dot: needs two vectors of the same length, got shapes (2,) and (3,) (use matmul(_:) for matrices)"
    ) { print(Tensor(Vector([1, 2])).dot(Tensor(Vector([1, 2, 3])))) },
    TrapCase(
      name: "tensor sum axis of vector",
      message: "Tensor.sum(axis:): the tensor is a vector, shape (2,); use sum() for its total"
    ) { print(Tensor(Vector([1, 2])).sum(axis: 0)) },
    TrapCase(
      name: "tensor mean axis out of range",
      message:
        "Tensor.mean(axis:): axis 2 is out of bounds for a Matrix (valid: 0 or -2 down the columns, 1 or -1 along the rows)"
    ) { print(Tensor(Matrix(rows: 2, columns: 2)).mean(axis: 2)) },
    TrapCase(
      name: "tensor vector of matrix",
      message: "Tensor.vector: the tensor is a matrix of shape (2, 2); read .matrix"
    ) { print(Tensor(Matrix(rows: 2, columns: 2)).vector) },
    TrapCase(
      name: "tensor gradVector of matrix",
      message: "Tensor.gradVector: the tensor is a matrix of shape (2, 2); read .gradMatrix"
    ) { print(Tensor(Matrix(rows: 2, columns: 2)).gradVector) },
    TrapCase(
      name: "tensor assign matrix shape",
      message:
        "Tensor.matrix: cannot assign a Matrix of shape (3, 2) to a tensor of shape (2, 3) (a tensor keeps its shape)"
    ) {
      let t = Tensor(Matrix(rows: 2, columns: 3))
      t.matrix = Matrix(rows: 3, columns: 2)
      print(t)
    },
    TrapCase(
      name: "tensor assign vector length",
      message:
        "Tensor.vector: cannot assign a Vector of 3 elements to a tensor of shape (2,) (a tensor keeps its shape)"
    ) {
      let t = Tensor(Vector([1, 2]))
      t.vector = Vector([1, 2, 3])
      print(t)
    },
    TrapCase(
      name: "set computed value data",
      message: "Value.data: only an input's data can be set; this node was computed by * (build a new graph instead)"
    ) {
      let a = Value(2)
      let b = a * a
      b.data = 3
      print(b)
    },
    TrapCase(
      name: "set computed tensor",
      message:
        "Tensor.matrix: only an input's value can be set; this node was computed by relu (build a new graph instead)"
    ) {
      let h = Tensor(Matrix([[1, -1]])).relu()
      h.matrix = Matrix([[0, 0]])
      print(h)
    },
    TrapCase(
      name: "mse shapes",
      message: "mseLoss: prediction has shape (2, 3) but target has shape (3, 2) (they must be equal)"
    ) { print(mseLoss(Tensor(Matrix(rows: 2, columns: 3)), Matrix(rows: 3, columns: 2))) },
    TrapCase(
      name: "mse vector against matrix",
      message: "mseLoss: prediction has shape (3,) but target has shape (1, 3) (they must be equal)"
    ) { print(mseLoss(Tensor(Vector([1, 2, 3])), Matrix([[1, 2, 3]]))) },
    TrapCase(
      name: "mse empty", message: "mseLoss: the prediction is empty (the mean of no errors is undefined)"
    ) { print(mseLoss(Tensor(Vector([])), Vector([]))) },
    TrapCase(
      name: "cross entropy label count",
      message:
        "crossEntropyLoss: logits has 2 rows (shape (2, 3)) but labels has 3 elements (give one label per row)"
    ) { print(crossEntropyLoss(logits: Tensor(Matrix(rows: 2, columns: 3)), labels: [0, 1, 2])) },
    TrapCase(
      name: "cross entropy label range",
      message: "crossEntropyLoss: label 3 (labels[1]) is out of range for 3 classes (valid: 0..<3)"
    ) { print(crossEntropyLoss(logits: Tensor(Matrix(rows: 2, columns: 3)), labels: [0, 3])) },
    TrapCase(
      name: "cross entropy empty",
      message: "crossEntropyLoss: logits has shape (0, 3); it needs at least one sample and one class"
    ) { print(crossEntropyLoss(logits: Tensor(Matrix(rows: 0, columns: 3)), labels: [])) },
    TrapCase(
      name: "forward jacobian outputs",
      message:
        "forwardJacobian: f returned 1 outputs on the first pass and 2 on pass 1 (it must return the same number every time)"
    ) { print(forwardJacobian(of: { v in v[1].derivative == 1 ? [v[0], v[1]] : [v[0]] }, at: [1, 2])) },
  ]

  @Test(arguments: cases.map(\.name))
  func misuseStopsWithItsMessage(_ name: String) async throws {
    let trap = try #require(Self.cases.first { $0.name == name })
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [name] in
      AutodiffTrapTests.cases.first { $0.name == name }?.body()
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(stderr.contains("Fatal error: \(trap.message)"), "expected “\(trap.message)”, got:\n\(stderr)")
  }
}
