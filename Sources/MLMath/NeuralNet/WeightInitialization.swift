#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Xavier/Glorot and He/Kaiming initialisation of a weight matrix, with PyTorch's fans
// (a Linear layer's weight is (out_features, in_features): fan_in = columns, fan_out = rows)
// and gains, drawn from NumPy's RandomState stream.

/// The activation a layer feeds, for `calculateGain` and the Kaiming initialisers
/// (PyTorch's `nonlinearity` argument).
public enum Nonlinearity: Sendable, Equatable {
  /// No activation (gain 1; PyTorch's "linear", also "conv" and "sigmoid").
  case linear
  /// The sigmoid (gain 1).
  case sigmoid
  /// tanh (gain 5/3).
  case tanh
  /// ReLU (gain √2).
  case relu
  /// Leaky ReLU with the given negative slope (gain √(2/(1 + slope²))).
  case leakyRelu(negativeSlope: Double)
  /// SELU (gain 3/4).
  case selu
}

/// Which fan the Kaiming initialisers preserve (PyTorch's `mode`).
public enum FanMode: String, Sendable, CaseIterable {
  /// Preserve the variance of the activations in the forward pass (`"fan_in"`, PyTorch's default).
  case fanIn
  /// Preserve the variance of the gradients in the backward pass (`"fan_out"`).
  case fanOut
}

/// The recommended gain for a nonlinearity (PyTorch's `torch.nn.init.calculate_gain`):
/// 1 for linear and sigmoid, 5/3 for tanh, √2 for ReLU, √(2/(1 + a²)) for leaky ReLU with
/// slope a, 3/4 for SELU.
public func calculateGain(_ nonlinearity: Nonlinearity) -> Double {
  switch nonlinearity {
  case .linear, .sigmoid: 1
  case .tanh: 5.0 / 3
  case .relu: 2.0.squareRoot()
  case .leakyRelu(let slope): (2.0 / (1 + slope * slope)).squareRoot()
  case .selu: 0.75
  }
}

/// A `rows × columns` weight matrix drawn from U(−a, a) with a = √3·gain·√(2/(fan_in + fan_out))
/// (PyTorch's `torch.nn.init.xavier_uniform_`; X. Glorot and Y. Bengio, AISTATS 2010),
/// fan_in = columns and fan_out = rows as for PyTorch's (out, in) `Linear` weight.
///
/// Draws `generator.uniform(-a, a, size: (rows, columns))`, NumPy's
/// `RandomState(seed).uniform(-a, a, (rows, columns))`, bit for bit.
///
/// - Stops for a shape with no elements (no fans) or a gain that is negative or non-finite.
public func xavierUniform(_ rows: Int, _ columns: Int, gain: Double = 1, using generator: inout RandomState) -> Matrix {
  let (fanIn, fanOut) = fans(rows, columns, gain, in: "xavierUniform")
  let std = gain * (2 / Double(fanIn + fanOut)).squareRoot()
  let bound = 3.0.squareRoot() * std  // PyTorch's order of operations, so the bound is its to the bit
  return generator.uniform(-bound, bound, size: (rows, columns))
}

/// Xavier/Glorot uniform initialisation drawing from the process-wide generator `Random`.
public func xavierUniform(_ rows: Int, _ columns: Int, gain: Double = 1) -> Matrix {
  _ = fans(rows, columns, gain, in: "xavierUniform")
  return Random.draw { xavierUniform(rows, columns, gain: gain, using: &$0) }
}

/// A `rows × columns` weight matrix drawn from N(0, σ²) with σ = gain·√(2/(fan_in + fan_out))
/// (PyTorch's `torch.nn.init.xavier_normal_`): NumPy's `RandomState(seed).normal(0, σ, (rows, columns))`.
public func xavierNormal(_ rows: Int, _ columns: Int, gain: Double = 1, using generator: inout RandomState) -> Matrix {
  let (fanIn, fanOut) = fans(rows, columns, gain, in: "xavierNormal")
  let std = gain * (2 / Double(fanIn + fanOut)).squareRoot()
  return generator.normal(0, std, size: (rows, columns))
}

/// Xavier/Glorot normal initialisation drawing from the process-wide generator `Random`.
public func xavierNormal(_ rows: Int, _ columns: Int, gain: Double = 1) -> Matrix {
  _ = fans(rows, columns, gain, in: "xavierNormal")
  return Random.draw { xavierNormal(rows, columns, gain: gain, using: &$0) }
}

/// A `rows × columns` weight matrix drawn from U(−b, b) with b = √3·gain/√fan
/// (PyTorch's `torch.nn.init.kaiming_uniform_`; K. He, X. Zhang, S. Ren, J. Sun, ICCV 2015:
/// "He initialisation"). The defaults are PyTorch's: `mode: .fanIn` (fan = columns) and
/// leaky ReLU with slope 0, i.e. gain √2 and b = √(6/fan_in).
///
/// Draws NumPy's `RandomState(seed).uniform(-b, b, (rows, columns))`.
public func kaimingUniform(
  _ rows: Int, _ columns: Int, mode: FanMode = .fanIn, nonlinearity: Nonlinearity = .leakyRelu(negativeSlope: 0),
  using generator: inout RandomState
) -> Matrix {
  let std = kaimingStd(rows, columns, mode, nonlinearity, in: "kaimingUniform")
  let bound = 3.0.squareRoot() * std
  return generator.uniform(-bound, bound, size: (rows, columns))
}

/// He/Kaiming uniform initialisation drawing from the process-wide generator `Random`.
public func kaimingUniform(
  _ rows: Int, _ columns: Int, mode: FanMode = .fanIn, nonlinearity: Nonlinearity = .leakyRelu(negativeSlope: 0)
) -> Matrix {
  _ = kaimingStd(rows, columns, mode, nonlinearity, in: "kaimingUniform")
  return Random.draw { kaimingUniform(rows, columns, mode: mode, nonlinearity: nonlinearity, using: &$0) }
}

/// A `rows × columns` weight matrix drawn from N(0, σ²) with σ = gain/√fan (PyTorch's
/// `torch.nn.init.kaiming_normal_`; with the defaults σ = √(2/fan_in)):
/// NumPy's `RandomState(seed).normal(0, σ, (rows, columns))`.
public func kaimingNormal(
  _ rows: Int, _ columns: Int, mode: FanMode = .fanIn, nonlinearity: Nonlinearity = .leakyRelu(negativeSlope: 0),
  using generator: inout RandomState
) -> Matrix {
  let std = kaimingStd(rows, columns, mode, nonlinearity, in: "kaimingNormal")
  return generator.normal(0, std, size: (rows, columns))
}

/// He/Kaiming normal initialisation drawing from the process-wide generator `Random`.
public func kaimingNormal(
  _ rows: Int, _ columns: Int, mode: FanMode = .fanIn, nonlinearity: Nonlinearity = .leakyRelu(negativeSlope: 0)
) -> Matrix {
  _ = kaimingStd(rows, columns, mode, nonlinearity, in: "kaimingNormal")
  return Random.draw { kaimingNormal(rows, columns, mode: mode, nonlinearity: nonlinearity, using: &$0) }
}

/// (fan_in, fan_out) = (columns, rows), after checking the shape and the gain.
private func fans(_ rows: Int, _ columns: Int, _ gain: Double, in function: String) -> (Int, Int) {
  _ = checkedElementCount(rows, columns, in: function)
  if rows == 0 || columns == 0 {
    failure(
      "\(function): shape \(shapeText(rows, columns)) has no elements (fan_in = columns and fan_out = rows must be positive)"
    )
  }
  checkNonNegativeParameter(gain, "gain", in: function)
  return (columns, rows)
}

/// gain/√fan for the Kaiming initialisers.
private func kaimingStd(
  _ rows: Int, _ columns: Int, _ mode: FanMode, _ nonlinearity: Nonlinearity, in function: String
) -> Double {
  if case .leakyRelu(let slope) = nonlinearity { checkFiniteParameter(slope, "negativeSlope", in: function) }
  let (fanIn, fanOut) = fans(rows, columns, 1, in: function)
  let fan = mode == .fanIn ? fanIn : fanOut
  return calculateGain(nonlinearity) / Double(fan).squareRoot()
}
