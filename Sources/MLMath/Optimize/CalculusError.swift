// The one error type of MLMath's numerical calculus (Differentiate, Integrate,
// Optimize, Interpolate): thrown where SciPy raises `ValueError` or `RuntimeError`
// for a numerical condition — a bracket without a sign change, a NaN from the
// function, a tolerance ≤ 0, a solver that did not converge with `disp: true`.
// Shape misuse (lengths that differ, too few samples) stops via `failure` instead,
// as NumPy's array functions raise for it.

/// A numerical condition that stops a solver or integrator, with SciPy's wording.
///
/// ```swift
/// do { _ = try brentq({ $0 * $0 + 1 }, 0, 1) } catch { print(error) }
/// // brentq: f(a) and f(b) must have different signs (f(0.0) = 1.0, f(1.0) = 2.0)
/// ```
public struct CalculusError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The function that stopped, as `brentq`.
  public let function: String
  /// What went wrong, in SciPy's words where SciPy has them.
  public let reason: String

  /// An error from `function` (as `brentq`) for `reason` (SciPy's message where it has one).
  public init(function: String, reason: String) {
    self.function = function
    self.reason = reason
  }

  /// `function: reason`, as `brentq: f(a) and f(b) must have different signs (…)`.
  public var description: String { "\(function): \(reason)" }
}
