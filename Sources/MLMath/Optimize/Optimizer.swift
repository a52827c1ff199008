// Step-wise optimisers, as PyTorch's `torch.optim`: each holds its own state (momentum
// buffers, running averages) for one parameter vector and updates it in place from a
// gradient. `optimize` drives one for a number of steps and returns the path.

/// A first-order optimiser that updates parameters from their gradient, one step at a time
/// (PyTorch's `torch.optim.Optimizer`: `step()` after the gradient is known).
///
/// Conforming types: `GradientDescent`, `AdaGrad`, `RMSProp`, `Adam`, `AdamW`. Each keeps
/// state for one parameter `Vector` or `Matrix` (pack a model's parameters into one vector,
/// or use one optimiser per weight matrix).
public protocol Optimizer {
  /// The step size; schedules such as `CosineAnnealingLR` set it between steps.
  var learningRate: Double { get set }
  /// Updates `parameters` in place from `gradient` (same shape), advancing the optimiser's state.
  /// Stops (`failure`) when the shapes differ or change between steps.
  mutating func step(_ parameters: inout Vector, gradient: Vector)
}

extension Optimizer {
  /// Updates a `Matrix` of parameters (a weight matrix) in place from its gradient of the
  /// same shape: the same update, element by element, as for its elements as one `Vector`.
  /// Stops (`failure`) when the shapes differ; the optimiser's state then belongs to this
  /// matrix's parameters.
  public mutating func step(_ parameters: inout Matrix, gradient: Matrix) {
    if parameters.rows != gradient.rows || parameters.columns != gradient.columns {
      failure(
        "step: gradient has shape \(shapeText(gradient.rows, gradient.columns)), parameters have shape \(shapeText(parameters.rows, parameters.columns))"
      )
    }
    var flat = Vector(parameters.elements)
    step(&flat, gradient: Vector(gradient.elements))
    parameters.elements = flat.elements
  }
}

/// Runs `optimizer` for `steps` steps from `x0` on the gradient `grad`, and returns the path
/// x0, x1, …, x_steps (`steps + 1` points) — for drawing trajectories over contour plots.
///
/// ```swift
/// let path = try optimize(grad: { p in Vector([2 * p[0], 20 * p[1]]) }, x0: [1, 1],
///                         optimizer: try Adam(learningRate: 0.1), steps: 50)
/// ```
///
/// - Parameters:
///   - grad: ∇f(x), shape (n,) like x.
///   - x0: the start, shape (n,), n ≥ 1.
///   - optimizer: a fresh optimiser (it is copied; its state starts from where it is).
///   - steps: the number of updates, ≥ 0.
///   - schedule: when given, the learning rate for step t (t = 0, 1, …) is
///     `schedule.learningRate(at: t)`, as PyTorch's `scheduler.step()` after each `optimizer.step()`.
/// - Throws: `CalculusError` for an empty x0 or negative `steps`.
public func optimize<O: Optimizer>(
  grad: (Vector) -> Vector, x0: Vector, optimizer: O, steps: Int, schedule: (any LearningRateSchedule)? = nil
) throws -> [Vector] {
  try checkStart(x0, in: "optimize")
  if steps < 0 { throw CalculusError(function: "optimize", reason: "steps must be >= 0, got \(steps)") }
  var optimizer = optimizer
  var x = x0
  var path = [x0]
  path.reserveCapacity(steps + 1)
  for t in 0..<steps {
    if let schedule { optimizer.learningRate = schedule.learningRate(at: t) }
    let g = grad(x)
    if g.count != x.count {
      failure("optimize: grad returned shape \(shapeText(g.count)), expected \(shapeText(x.count)) like x0")
    }
    optimizer.step(&x, gradient: g)
    path.append(x)
  }
  return path
}

/// PyTorch's `Invalid learning rate` check, as a thrown error.
func checkHyperparameter(_ value: Double, _ name: String, in optimizer: String, atLeast minimum: Double = 0) throws {
  if !(value >= minimum) || !value.isFinite {
    throw CalculusError(function: optimizer, reason: "Invalid \(name): \(value) (must be finite and >= \(minimum))")
  }
}

/// `parameters` and `gradient` must match each other and the state's size (0 before the first step).
func checkStepShapes(_ parameters: Vector, _ gradient: Vector, stateCount: Int, in optimizer: String) {
  if parameters.count != gradient.count {
    failure(
      "\(optimizer).step: gradient has shape \(shapeText(gradient.count)), parameters have shape \(shapeText(parameters.count))"
    )
  }
  if stateCount != 0 && stateCount != parameters.count {
    failure(
      "\(optimizer).step: parameters have shape \(shapeText(parameters.count)) but the optimiser's state has shape \(shapeText(stateCount)); use a new optimiser for other parameters"
    )
  }
}
