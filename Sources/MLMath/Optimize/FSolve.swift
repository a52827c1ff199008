#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Newton's method for a system f(x) = 0 of n equations in n unknowns, with a
// forward-difference Jacobian when none is given and a backtracking line search
// on ½‖f‖² (Armijo's condition), so that a step that would overshoot is halved
// instead. This is *not* MINPACK's `hybrd` (Powell's hybrid dogleg method) behind
// SciPy's `fsolve`: from the same start both find a root when Newton's basin
// holds it, but the iterates, counts and the root chosen may differ.

/// The outcome of `fsolve`: the root, f there, the cost, and whether it converged
/// (SciPy's `fsolve(…, full_output=True)`: `x`, `infodict["fvec"]`, `infodict["nfev"]`,
/// `ier == 1`, `mesg`).
public struct FSolveResult: Sendable, Equatable, CustomStringConvertible {
  /// The solution estimate, shape (n,).
  public let x: Vector
  /// f(x), shape (n,): near zero when `converged`.
  public let fvec: Vector
  /// Evaluations of f, finite-difference columns included.
  public let nfev: Int
  /// Evaluations of the given Jacobian (0 when it is estimated by differences).
  public let njev: Int
  /// Newton iterations taken.
  public let iterations: Int
  /// Whether the relative step fell below `xtol` (or f(x) is exactly zero).
  public let converged: Bool
  /// Why the iteration stopped, in MINPACK's words where they fit.
  public let message: String

  public var description: String {
    resultReport([
      ("x", "\(x)"), ("fvec", "\(fvec)"), ("nfev", "\(nfev)"), ("njev", "\(njev)"),
      ("iterations", "\(iterations)"), ("converged", "\(converged)"), ("message", message),
    ])
  }
}

/// A root of a system f(x) = 0 of n equations in n unknowns, by damped Newton
/// iteration (in the role of SciPy's `scipy.optimize.fsolve`).
///
/// Each iteration solves J(x)·s = −f(x) (least squares if J is singular) and takes
/// the longest step x + λs, λ = 1, ½, ¼, …, that lowers ½‖f‖² enough (Armijo's
/// condition with c = 1e-4). Without `jacobian`, column j of J is the forward
/// difference (f(x + hⱼeⱼ) − f(x))/hⱼ with hⱼ = √eps·max(|xⱼ|, 1).
/// Not MINPACK's `hybrd`: counts and, from a far start, the root found can differ.
///
/// - Parameters:
///   - f: maps a `Vector` of n unknowns to a `Vector` of n equations.
///   - x0: the starting point, shape (n,).
///   - jacobian: J(x), an n × n `Matrix` with J[i, j] = ∂fᵢ/∂xⱼ; nil for differences.
///   - xtol: converged when a full Newton step is at most `xtol·(‖x‖ + xtol)` (SciPy's 1.49012e-8).
///   - maxfev: the most evaluations of f (0 means SciPy's 200·(n + 1)).
/// - Returns: an `FSolveResult`; like SciPy, no convergence is reported in it
///   (`converged: false` and a message), not thrown.
/// - Stops (`failure`) when f(x0) or the Jacobian has the wrong shape, as SciPy raises.
public func fsolve(
  _ f: (Vector) -> Vector, _ x0: Vector, jacobian: ((Vector) -> Matrix)? = nil, xtol: Double = 1.49012e-8,
  maxfev: Int = 0
) -> FSolveResult {
  let n = x0.count
  if n == 0 { failure("fsolve: x0 is empty (the system needs at least one unknown)") }
  let budget = maxfev > 0 ? maxfev : 200 * (n + 1)
  var x = x0
  var fx = f(x)
  if fx.count != n {
    failure(
      "fsolve: there is a mismatch between the input and output shape of f: x0 has shape \(shapeText(n)), f(x0) has shape \(shapeText(fx.count))"
    )
  }
  var nfev = 1
  var njev = 0
  var iterations = 0
  func result(_ converged: Bool, _ message: String) -> FSolveResult {
    FSolveResult(
      x: x, fvec: fx, nfev: nfev, njev: njev, iterations: iterations, converged: converged, message: message)
  }
  func halfSquaredNorm(_ v: Vector) -> Double { 0.5 * v.elements.reduce(0) { $0 + $1 * $1 } }
  if !fx.elements.allSatisfy(\.isFinite) { return result(false, "f(x0) is not finite") }
  while true {
    if fx.elements.allSatisfy({ $0 == 0 }) { return result(true, "The solution converged (f(x) is exactly zero).") }
    if nfev >= budget {
      return result(false, "The number of calls to function has reached maxfev = \(budget).")
    }
    iterations += 1
    var jac: Matrix
    if let jacobian {
      jac = jacobian(x)
      njev += 1
      if jac.rows != n || jac.columns != n {
        failure(
          "fsolve: the Jacobian has shape \(shapeText(jac.rows, jac.columns)), expected \(shapeText(n, n)) (one row per equation, one column per unknown)"
        )
      }
    } else {
      jac = forwardDifferenceJacobian(f, at: x, fx: fx)
      nfev += n
    }
    let rhs = Vector(fx.elements.map { -$0 })
    var step: Vector
    if let s = try? solve(jac, rhs), s.elements.allSatisfy(\.isFinite) {
      step = s
    } else if let s = try? lstsq(jac, rhs).solution, s.elements.allSatisfy(\.isFinite) {
      step = s
    } else {
      return result(false, "The Jacobian is not finite at x; the iteration cannot continue.")
    }
    let phi0 = halfSquaredNorm(fx)
    var lambda = 1.0
    while true {
      let trial = Vector(zip(x.elements, step.elements).map { $0 + lambda * $1 })
      let ftrial = f(trial)
      nfev += 1
      if ftrial.count != n {
        failure("fsolve: f returned shape \(shapeText(ftrial.count)) at one point and \(shapeText(n)) at x0")
      }
      let phi = halfSquaredNorm(ftrial)
      if phi.isFinite && ftrial.elements.allSatisfy(\.isFinite) && phi <= (1 - 2e-4 * lambda) * phi0 {
        x = trial
        fx = ftrial
        break
      }
      lambda *= 0.5
      if lambda < 1e-10 || nfev >= budget {
        return result(
          false, "The iteration is not making good progress: no step along the Newton direction lowers ‖f(x)‖.")
      }
    }
    let stepNorm = lambda * norm(step)
    if lambda == 1 && stepNorm <= xtol * (norm(x) + xtol) {
      return result(true, "The relative error between two consecutive iterates is at most \(xtol).")
    }
  }
}

/// The forward-difference Jacobian of `f` at `x` (MINPACK's `fdjac1` with `epsfcn` = eps):
/// column j is (f(x + hⱼeⱼ) − f(x))/hⱼ, hⱼ = √eps·max(|xⱼ|, 1).
func forwardDifferenceJacobian(_ f: (Vector) -> Vector, at x: Vector, fx: Vector) -> Matrix {
  let n = x.count
  let m = fx.count
  var elements = [Double](repeating: 0, count: m * n)
  let root = Double.ulpOfOne.squareRoot()
  for j in 0..<n {
    var shifted = x
    let h = root * Swift.max(abs(x.elements[j]), 1)
    shifted.elements[j] += h
    let actual = shifted.elements[j] - x.elements[j]  // the step as represented
    let fj = f(shifted)
    if fj.count != m {
      failure("fsolve: f returned shape \(shapeText(fj.count)) at one point and \(shapeText(m)) at x0")
    }
    for i in 0..<m { elements[i * n + j] = (fj.elements[i] - fx.elements[i]) / actual }
  }
  return Matrix(rows: m, columns: n, elements: elements)
}
