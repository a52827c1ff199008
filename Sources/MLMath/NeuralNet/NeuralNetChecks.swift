// The checks every neural-network function shares. A misshaped operand or a
// hyper-parameter outside its domain is a programming error in the lesson, so it stops
// the program with a message (as PyTorch raises), like every array function in MLMath.

/// Stops unless `input` and `target` have the same length (PyTorch's losses would
/// broadcast or warn; MLMath asks for equal shapes so that no element is silently reused).
func checkSameShape(
  _ input: Vector, _ target: Vector, in function: String, _ names: (String, String) = ("input", "target")
) {
  if input.count != target.count {
    failure(
      "\(function): \(names.0) has shape \(shapeText(input.count)) but \(names.1) has shape \(shapeText(target.count)) (they must be equal)"
    )
  }
}

/// Stops unless `input` and `target` have the same shape.
func checkSameShape(
  _ input: Matrix, _ target: Matrix, in function: String, _ names: (String, String) = ("input", "target")
) {
  if input.rows != target.rows || input.columns != target.columns {
    failure(
      "\(function): \(names.0) has shape \(shapeText(input.rows, input.columns)) but \(names.1) has shape \(shapeText(target.rows, target.columns)) (they must be equal)"
    )
  }
}

/// Stops unless `value` satisfies `isValid`; the message names the parameter, its domain and the value.
func checkParameter(
  _ value: Double, _ name: String, _ domain: String, in function: String, _ isValid: (Double) -> Bool
) {
  if !isValid(value) { failure("\(function): \(name) must be \(domain), got \(value)") }
}

/// Stops unless `value` is finite and > 0.
func checkPositiveParameter(_ value: Double, _ name: String, in function: String) {
  checkParameter(value, name, "positive and finite", in: function) { $0 > 0 && $0.isFinite }
}

/// Stops unless `value` is finite and ≥ 0.
func checkNonNegativeParameter(_ value: Double, _ name: String, in function: String) {
  checkParameter(value, name, "non-negative and finite", in: function) { $0 >= 0 && $0.isFinite }
}

/// Stops unless `value` is finite.
func checkFiniteParameter(_ value: Double, _ name: String, in function: String) {
  checkParameter(value, name, "finite", in: function) { $0.isFinite }
}

/// Stops unless 0 ≤ `value` ≤ 1.
func checkUnitParameter(_ value: Double, _ name: String, in function: String) {
  checkParameter(value, name, "in [0, 1]", in: function) { $0 >= 0 && $0 <= 1 }
}

/// Stops unless every element lies in [0, 1] (PyTorch's `binary_cross_entropy` raises
/// "all elements of input should be between 0 and 1"; a NaN fails the check there too).
func checkProbabilities(_ values: [Double], _ name: String, in function: String, shape: (Int) -> String) {
  for (k, p) in values.enumerated() where !(p >= 0 && p <= 1) {
    failure(
      "\(function): \(name)\(shape(k)) = \(p) is not a probability (every element of \(name) must be between 0 and 1; pass logits to the WithLogits / logits: variant)"
    )
  }
}

/// `[k]` for a vector position, `[i, j]` for a matrix one.
func vectorPosition(_ k: Int) -> String { "[\(k)]" }

/// `[i, j]`, the position of element `k` of a matrix with `columns` columns.
func matrixPosition(_ k: Int, columns: Int) -> String { "[\(k / Swift.max(columns, 1)), \(k % Swift.max(columns, 1))]" }

/// The mean of `term(input[k], target[k])` over all elements (PyTorch's `reduction="mean"`):
/// NaN for no elements, as `torch.mean` of an empty tensor.
@inline(__always)
func meanOfTerms(_ input: [Double], _ target: [Double], _ term: (Double, Double) -> Double) -> Double {
  if input.isEmpty { return .nan }
  var total = 0.0
  for k in input.indices { total += term(input[k], target[k]) }
  return unsignedNaN(total / Double(input.count))
}

/// `slope(input[k], target[k]) / count` for every element: the gradient of `meanOfTerms`.
@inline(__always)
func meanGradient(_ input: [Double], _ target: [Double], _ slope: (Double, Double) -> Double) -> [Double] {
  let n = Double(input.count)
  return zipElements(input, target) { slope($0, $1) / n }
}
