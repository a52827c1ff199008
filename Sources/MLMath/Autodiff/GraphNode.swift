// The computation graph of reverse-mode automatic differentiation, after Karpathy's
// micrograd (https://github.com/karpathy/micrograd): every operation on a `Value` or a
// `Tensor` records its inputs and how to pass a gradient back to them; `backward()`
// visits the graph in reverse topological order, applying the chain rule once per node.

/// A node of a reverse-mode computation graph: a `Value` (a scalar) or a `Tensor`
/// (a vector or a matrix). Not created directly.
///
/// Nodes are classes — reference semantics — because a graph is shared structure: a node
/// used twice (`x * x`, or a hidden layer feeding two branches) must be one object whose
/// gradient collects both contributions, and a parameter keeps its identity (and its
/// gradient) from one training step's graph to the next. Only `backward()` and `zeroGrad()`
/// write gradients, and only a leaf's value can be set (a gradient-descent step): `backward()`
/// reads the values as they are when it runs, so step after `backward()`, then build a new graph.
///
/// Each node has an operation name (`op`: `input`, `+`, `matmul`, `relu`, …) and an
/// optional `label`, and `describeGraph()` prints the graph that produced it as a table.
public class GraphNode {
  /// A name for printing (`"W1"`, `"loss"`); nil shows as blank.
  public var label: String?
  /// The operation that produced the node: `input` for a leaf, else `+`, `*`, `matmul`, `relu`, ….
  public let op: String
  /// The nodes this one was computed from, in argument order.
  public private(set) var inputs: [GraphNode]

  init(op: String, inputs: [GraphNode], label: String?) {
    self.op = op
    self.inputs = inputs
    self.label = label
  }

  // Releasing the last reference to a long chain would release node after node
  // recursively and overflow the stack; the chain is taken apart iteratively instead.
  // (Subclasses drop their backward closures in their own deinit, which runs first,
  // while `inputs` still holds the same nodes.)
  deinit {
    var doomed = inputs
    inputs = []
    while var node = doomed.popLast() {
      if isKnownUniquelyReferenced(&node) { doomed += node.detach() }
    }
  }

  /// Drops this node's references to its inputs (the list and the backward closure) and returns them.
  func detach() -> [GraphNode] {
    let taken = inputs
    dropBackwardStep()
    inputs = []
    return taken
  }

  // The per-kind parts, overridden by `Value` and `Tensor`.
  func dropBackwardStep() {}
  func clearPending() {}
  func propagate() {}
  func commitPending() {}
  func clearGrad() {}
  var shapeDescription: String { "" }
  var valueSummary: String { "" }
  var gradSummary: String { "" }

  /// This node and every node it depends on, each once, inputs before the nodes that use them
  /// (depth-first, in argument order, so the order is the same on every run).
  func topologicalOrder() -> [GraphNode] {
    var order: [GraphNode] = []
    var visited = Set<ObjectIdentifier>()
    // An explicit stack: a long chain of operations must not exhaust the call stack.
    var stack: [(node: GraphNode, next: Int)] = [(self, 0)]
    visited.insert(ObjectIdentifier(self))
    while let top = stack.last {
      if top.next < top.node.inputs.count {
        stack[stack.count - 1].next += 1
        let input = top.node.inputs[top.next]
        if visited.insert(ObjectIdentifier(input)).inserted { stack.append((input, 0)) }
      } else {
        order.append(top.node)
        stack.removeLast()
      }
    }
    return order
  }

  /// Runs the reverse pass with this node's own gradient seeded by `seed` (set by the caller).
  func runBackward(seed: () -> Void) {
    let order = topologicalOrder()
    for node in order { node.clearPending() }
    seed()
    for node in order.reversed() { node.propagate() }
    // Gradients of this pass are added at the end, so a node's earlier gradient never
    // flows backward a second time.
    for node in order { node.commitPending() }
  }

  /// Sets the gradient of this node and of every node it depends on to zero (PyTorch's
  /// `optimizer.zero_grad()`, micrograd's `zero_grad`): `backward()` adds to gradients,
  /// so clear them before the next step.
  public func zeroGrad() {
    for node in topologicalOrder() { node.clearGrad() }
  }

  /// The graph that produced this node, as a table a lesson can print: one row per node,
  /// inputs first, with its number, label, operation, input numbers, shape, value and gradient.
  ///
  /// Shapes are NumPy's (`()` for a scalar, `(3,)`, `(4, 3)`). Values and gradients show
  /// 4 significant digits: in full for up to 4 elements (`[1, -0.5]`, `[[1, 2], [3, 4]]`),
  /// else as `mean … min … max …`. Numbering follows `topologicalOrder`, so it is the same
  /// on every run. For example, for `e = a * b + a` with a = 2, b = −3 after `e.backward()`:
  ///
  /// ```text
  /// #  label  op     inputs  shape  value  grad
  /// -  -----  -----  ------  -----  -----  ----
  /// 0  a      input          ()     2      -2
  /// 1  b      input          ()     -3     2
  /// 2         *      0, 1    ()     -6     1
  /// 3  e      +      2, 0    ()     -4     1
  /// ```
  public func describeGraph() -> String {
    let order = topologicalOrder()
    var number: [ObjectIdentifier: Int] = [:]
    for (i, node) in order.enumerated() { number[ObjectIdentifier(node)] = i }
    var table = Table("#", "label", "op", "inputs", "shape", "value", "grad")
    for (i, node) in order.enumerated() {
      let inputs = node.inputs.compactMap { number[ObjectIdentifier($0)].map(String.init) }
      table.addRow(
        i, node.label ?? "", node.op, inputs.joined(separator: ", "), node.shapeDescription, node.valueSummary,
        node.gradSummary)
    }
    return table.description
  }
}

/// `x` with 4 significant digits (`%.4g`), as the graph table shows numbers.
func graphNumber(_ x: Double) -> String { unsignedNaN(x).general(4) }

/// A short summary of `m`'s elements: all of them (nested as NumPy nests a matrix) when
/// there are at most 4, else their mean, minimum and maximum.
func graphSummary(_ m: Matrix, isVector: Bool) -> String {
  let e = m.elements
  if e.count <= 4 {
    if isVector { return "[" + e.map(graphNumber).joined(separator: ", ") + "]" }
    let rows = (0..<m.rows).map { i in
      "[" + (0..<m.columns).map { graphNumber(e[i * m.columns + $0]) }.joined(separator: ", ") + "]"
    }
    return "[" + rows.joined(separator: ", ") + "]"
  }
  let total = e.reduce(0, +)
  let lowest = e.contains { $0.isNaN } ? Double.nan : (e.min() ?? .nan)
  let highest = e.contains { $0.isNaN } ? Double.nan : (e.max() ?? .nan)
  return "mean \(graphNumber(total / Double(e.count))) min \(graphNumber(lowest)) max \(graphNumber(highest))"
}
