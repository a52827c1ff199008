// The activation functions of a multilayer perceptron (scikit-learn's `ACTIVATIONS` and
// `DERIVATIVES` in `sklearn.neural_network._base`), built on MLMath's `relu`, `tanh`,
// `expit` and their derivatives.

/// The activation of a perceptron's hidden layers (scikit-learn's `activation=` of
/// `MLPClassifier` and `MLPRegressor`).
///
/// Each case maps a layer's pre-activation Z = A·W + b elementwise to its activation, and
/// ``derivative(_:)`` gives the slope at Z that backpropagation multiplies the error by.
public enum MLPActivation: String, Sendable, Hashable, CaseIterable {
  /// f(z) = z, f′ = 1: no nonlinearity (the network is then a linear model).
  case identity
  /// The logistic sigmoid f(z) = 1/(1 + e⁻ᶻ), f′ = f·(1 − f) (sklearn's `"logistic"`).
  case logistic
  /// The hyperbolic tangent f(z) = tanh z, f′ = 1 − tanh² z.
  case tanh
  /// The rectified linear unit f(z) = max(z, 0), f′ = 1 for z > 0 and 0 otherwise.
  case relu

  /// f(Z) elementwise, for a matrix of pre-activations (samples × units).
  public func callAsFunction(_ z: Matrix) -> Matrix {
    switch self {
    case .identity: z
    case .logistic: sigmoid(z)
    case .tanh: tanhOf(z)
    case .relu: reluOf(z)
    }
  }

  /// f′(Z) elementwise, the slope at each pre-activation (samples × units).
  public func derivative(_ z: Matrix) -> Matrix {
    switch self {
    case .identity: Matrix(rows: z.rows, columns: z.columns, repeating: 1)
    case .logistic: sigmoidDerivative(z)
    case .tanh: tanhDerivative(z)
    case .relu: reluDerivative(z)
    }
  }
}

/// The activation of a perceptron's output layer, chosen by the task (scikit-learn's
/// `out_activation_`): paired with its loss, its error signal is always ŷ − y.
public enum MLPOutputActivation: String, Sendable, Hashable {
  /// ŷ = z with the squared error ½‖ŷ − y‖² (regression).
  case identity
  /// ŷ = 1/(1 + e⁻ᶻ), one unit, with the binary cross-entropy (two classes).
  case logistic
  /// ŷ = softmax(z) over the classes, with the cross-entropy (three or more classes).
  case softmax

  /// The output activation of the pre-activations `z` (samples × outputs).
  func callAsFunction(_ z: Matrix) -> Matrix {
    switch self {
    case .identity: z
    case .logistic: sigmoid(z)
    case .softmax: softmaxOf(z)
    }
  }
}

// The library functions, reachable from inside the enums whose cases share their names.
private func tanhOf(_ z: Matrix) -> Matrix { tanh(z) }
private func reluOf(_ z: Matrix) -> Matrix { relu(z) }
private func softmaxOf(_ z: Matrix) -> Matrix { softmax(z, axis: 1) }
