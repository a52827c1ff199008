// What a scalar root finder returns: SciPy's `RootResults` (the second value of
// `brentq(…, full_output=True)`), with the same fields and flags.

/// The outcome of `bisect`, `brentq` or `newton` (SciPy's `RootResults`).
///
/// `iterations` and `functionCalls` count as SciPy counts them, so a lesson can
/// compare methods by cost: bisection needs about log₂((b − a)/xtol) iterations,
/// Brent's method and Newton's a handful on a smooth function.
public struct RootResult: Sendable, Equatable, CustomStringConvertible {
  /// The estimated root.
  public let root: Double
  /// The number of iterations taken.
  public let iterations: Int
  /// The number of times the function (and, for Newton, its derivative) was called.
  public let functionCalls: Int
  /// Whether the tolerance was met.
  public let converged: Bool
  /// Why the solver stopped: `converged`, `convergence error` (SciPy's flags).
  public let flag: String
  /// `bisect`, `brentq`, `newton`, `secant` or `halley`.
  public let method: String

  init(root: Double, iterations: Int, functionCalls: Int, converged: Bool, method: String) {
    self.root = unsignedNaN(root)
    self.iterations = iterations
    self.functionCalls = functionCalls
    self.converged = converged
    self.flag = converged ? "converged" : "convergence error"
    self.method = method
  }

  /// A short report in the layout of SciPy's `RootResults` repr.
  public var description: String {
    resultReport([
      ("converged", "\(converged)"), ("flag", flag), ("functionCalls", "\(functionCalls)"),
      ("iterations", "\(iterations)"), ("root", "\(root)"), ("method", method),
    ])
  }
}

/// `key: value` lines with the keys right-aligned, as SciPy's `OptimizeResult` prints.
func resultReport(_ fields: [(String, String)]) -> String {
  let width = fields.map(\.0.count).max() ?? 0
  return fields.map { String(repeating: " ", count: width - $0.0.count) + $0.0 + ": " + $0.1 }
    .joined(separator: "\n")
}

/// Throws SciPy's `xtol too small` / `rtol too small` for tolerances it refuses.
func checkBracketTolerances(_ function: String, xtol: Double, rtol: Double, maxiter: Int) throws {
  if !(xtol > 0) {
    throw CalculusError(function: function, reason: "xtol too small (\(xtol) <= 0)")
  }
  let minimumRtol = 4 * Double.ulpOfOne
  if !(rtol >= minimumRtol) {
    throw CalculusError(function: function, reason: "rtol too small (\(rtol) < \(minimumRtol))")
  }
  if maxiter < 0 {
    throw CalculusError(function: function, reason: "maxiter must be >= 0, got \(maxiter)")
  }
}

/// `f(x)`, or SciPy's error when it is NaN (a solver cannot continue from NaN).
func checkedValue(_ f: (Double) -> Double, _ x: Double, in function: String) throws -> Double {
  let value = f(x)
  if value.isNaN {
    throw CalculusError(function: function, reason: "The function value at x=\(x) is NaN; solver cannot continue.")
  }
  return value
}

/// SciPy's `ValueError` for a bracket whose ends have the same sign, with both ends named.
func signError(_ function: String, _ a: Double, _ fa: Double, _ b: Double, _ fb: Double) -> CalculusError {
  CalculusError(
    function: function,
    reason: "f(a) and f(b) must have different signs (f(\(a)) = \(fa), f(\(b)) = \(fb))")
}

/// SciPy's `RuntimeError` when `disp=True` and the iteration limit was reached.
func convergenceError(_ function: String, iterations: Int, value: Double) -> CalculusError {
  CalculusError(
    function: function, reason: "Failed to converge after \(iterations) iterations, value is \(value).")
}
