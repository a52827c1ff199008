// micrograd's `Value`: a scalar that remembers how it was computed, so that
// `loss.backward()` fills in ∂loss/∂node for every node of the graph.

/// A scalar node of a reverse-mode graph (micrograd's `Value`, a 0-d `torch.Tensor` with
/// `requires_grad=True`).
///
/// ```swift
/// let a = Value(2, label: "a")
/// let b = Value(-3, label: "b")
/// let e = a * b + a
/// e.label = "e"
/// e.backward()
/// print(a.grad, b.grad)      // -2.0 2.0  (∂e/∂a = b + 1, ∂e/∂b = a)
/// print(e.describeGraph())
/// ```
///
/// Operations: `+ − × ÷` with `Value`s and `Double`s, `pow(_:)`, `exp()`, `log()`, `tanh()`,
/// `relu()`, `sigmoid()`; reductions and losses of a `Tensor` also end in a `Value`.
/// `backward()` adds ∂self/∂node to `grad` for every node self depends on; gradients of a
/// node used several times add up. See `GraphNode` for why nodes are classes.
public final class Value: GraphNode, CustomStringConvertible {
  /// The number (micrograd's `data`). A leaf's data may be set (a gradient-descent step);
  /// build a new graph afterwards, since nodes computed from it keep their old values.
  /// Setting a computed node's data stops the program (it would make its gradients wrong).
  public var data: Double {
    get { storedData }
    set {
      if op != "input" {
        failure(
          "Value.data: only an input's data can be set; this node was computed by \(op) (build a new graph instead)")
      }
      storedData = newValue
    }
  }
  private var storedData: Double
  /// ∂(the node `backward()` was called on)/∂self, summed over calls since `zeroGrad()`.
  public internal(set) var grad: Double = 0
  var pending: Double = 0
  private var backwardStep: ((Double) -> Void)?

  /// A leaf (an input or a parameter) holding `data`.
  public init(_ data: Double, label: String? = nil) {
    storedData = data
    backwardStep = nil
    super.init(op: "input", inputs: [], label: label)
  }

  /// A node computed by `op` from `inputs`; `backwardStep` receives ∂out/∂self and adds the
  /// inputs' shares to their pending gradients (it must not capture the new node).
  init(_ data: Double, op: String, inputs: [GraphNode], backwardStep: @escaping (Double) -> Void) {
    storedData = data
    self.backwardStep = backwardStep
    super.init(op: op, inputs: inputs, label: nil)
  }

  /// Computes ∂self/∂node for every node self depends on, in reverse topological order,
  /// and adds it to each node's `grad` (`grad` of self grows by 1) — micrograd's and
  /// PyTorch's `backward()`.
  public func backward() {
    runBackward { self.pending = 1 }
  }

  /// `Value(data=2.0, grad=0.0)`, with the label and operation when there are any.
  public var description: String {
    var parts = ["data=\(unsignedNaN(data))", "grad=\(unsignedNaN(grad))"]
    if let label { parts.append("label=\"\(label)\"") }
    if op != "input" { parts.append("op=\"\(op)\"") }
    return "Value(" + parts.joined(separator: ", ") + ")"
  }

  override func dropBackwardStep() { backwardStep = nil }
  deinit { backwardStep = nil }
  override func clearPending() { pending = 0 }
  override func propagate() { backwardStep?(pending) }
  override func commitPending() { grad += pending }
  override func clearGrad() { grad = 0 }
  override var shapeDescription: String { "()" }
  override var valueSummary: String { graphNumber(data) }
  override var gradSummary: String { graphNumber(grad) }

  /// A node f(self) with derivative `slope` = f′(self).
  private func unary(_ op: String, _ value: Double, slope: Double) -> Value {
    Value(value, op: op, inputs: [self]) { [self] g in self.pending += slope * g }
  }
}

extension Value {
  /// The sum; ∂/∂lhs = ∂/∂rhs = 1.
  public static func + (lhs: Value, rhs: Value) -> Value {
    Value(lhs.data + rhs.data, op: "+", inputs: [lhs, rhs]) { g in
      lhs.pending += g
      rhs.pending += g
    }
  }

  /// The product; ∂/∂lhs = rhs, ∂/∂rhs = lhs.
  public static func * (lhs: Value, rhs: Value) -> Value {
    Value(lhs.data * rhs.data, op: "*", inputs: [lhs, rhs]) { g in
      lhs.pending += rhs.data * g
      rhs.pending += lhs.data * g
    }
  }

  /// The difference; ∂/∂lhs = 1, ∂/∂rhs = −1.
  public static func - (lhs: Value, rhs: Value) -> Value {
    Value(lhs.data - rhs.data, op: "-", inputs: [lhs, rhs]) { g in
      lhs.pending += g
      rhs.pending -= g
    }
  }

  /// The quotient; ∂/∂lhs = 1/rhs, ∂/∂rhs = −lhs/rhs².
  public static func / (lhs: Value, rhs: Value) -> Value {
    let q = lhs.data / rhs.data
    return Value(q, op: "/", inputs: [lhs, rhs]) { g in
      lhs.pending += g / rhs.data
      rhs.pending -= q / rhs.data * g
    }
  }

  /// The negation.
  public static prefix func - (operand: Value) -> Value { operand.unary("neg", -operand.data, slope: -1) }

  /// The value plus a constant.
  public static func + (lhs: Value, rhs: Double) -> Value {
    lhs.unary("+ \(graphNumber(rhs))", lhs.data + rhs, slope: 1)
  }
  /// A constant plus the value.
  public static func + (lhs: Double, rhs: Value) -> Value {
    rhs.unary("\(graphNumber(lhs)) +", lhs + rhs.data, slope: 1)
  }
  /// The value minus a constant.
  public static func - (lhs: Value, rhs: Double) -> Value {
    lhs.unary("- \(graphNumber(rhs))", lhs.data - rhs, slope: 1)
  }
  /// A constant minus the value.
  public static func - (lhs: Double, rhs: Value) -> Value {
    rhs.unary("\(graphNumber(lhs)) -", lhs - rhs.data, slope: -1)
  }
  /// The value times a constant.
  public static func * (lhs: Value, rhs: Double) -> Value {
    lhs.unary("* \(graphNumber(rhs))", lhs.data * rhs, slope: rhs)
  }
  /// A constant times the value.
  public static func * (lhs: Double, rhs: Value) -> Value {
    rhs.unary("\(graphNumber(lhs)) *", lhs * rhs.data, slope: lhs)
  }
  /// The value divided by a constant.
  public static func / (lhs: Value, rhs: Double) -> Value {
    lhs.unary("/ \(graphNumber(rhs))", lhs.data / rhs, slope: 1 / rhs)
  }
  /// A constant divided by the value; derivative −c/x².
  public static func / (lhs: Double, rhs: Value) -> Value {
    let q = lhs / rhs.data
    return rhs.unary("\(graphNumber(lhs)) /", q, slope: -q / rhs.data)
  }

  /// selfᵖ for a constant exponent p (micrograd's `x**p`); derivative p·selfᵖ⁻¹ (0 for p = 0).
  public func pow(_ exponent: Double) -> Value {
    let slope = exponent == 0 ? 0 : exponent * Double.pow(data, exponent - 1)
    return unary("** \(graphNumber(exponent))", Double.pow(data, exponent), slope: slope)
  }

  /// e^self; derivative e^self.
  public func exp() -> Value {
    let e = Double.exp(data)
    return unary("exp", e, slope: e)
  }

  /// log(self) (self > 0); derivative 1/self.
  public func log() -> Value { unary("log", Double.log(data), slope: 1 / data) }

  /// tanh(self); derivative 1/cosh² (= 1 − tanh², without its cancellation in the tails).
  public func tanh() -> Value { unary("tanh", Double.tanh(data), slope: tanhSlope(data)) }

  /// max(self, 0); derivative 1 for self > 0 and 0 otherwise (0 at 0, as micrograd and PyTorch).
  public func relu() -> Value { unary("relu", data > 0 ? data : 0, slope: data > 0 ? 1 : 0) }

  /// The logistic sigmoid σ(self) (MLMath's `expit`); derivative σ(self)σ(−self).
  public func sigmoid() -> Value {
    unary("sigmoid", Double.expit(data), slope: Double.expit(data) * Double.expit(-data))
  }
}
