// Plain Monte Carlo integration over a box: the volume times the mean of f at
// uniform random points, with the standard error of that mean — the estimator a
// lesson compares with `quad` to see the 1/√n convergence. The points are drawn
// as NumPy's `rs.uniform(low, high, size=(n, d))` draws them, so the same seed
// gives the same estimate in Python.

/// A Monte Carlo estimate of an integral and its standard error.
public struct MonteCarloResult: Sendable, Equatable, CustomStringConvertible {
  /// The estimate V·mean(f(xᵢ)).
  public let estimate: Double
  /// V·s/√n, with s the sample standard deviation (ddof = 1) of the f(xᵢ); NaN for n = 1.
  public let standardError: Double
  /// The number of points n.
  public let samples: Int

  public var description: String {
    resultReport([("estimate", "\(estimate)"), ("standardError", "\(standardError)"), ("samples", "\(samples)")])
  }
}

/// ∫ over the box [l₀, u₀] × … × [l_{d−1}, u_{d−1}] of f, by plain Monte Carlo.
///
/// `samples` points are drawn uniformly in the box from `generator` — point i's
/// coordinates are consecutive draws, as NumPy's
/// `rs.uniform(lows, highs, size=(samples, d))` — and the estimate is the box's
/// volume times the mean of f there. The error falls as 1/√n whatever d is.
///
/// - Parameters:
///   - f: the integrand, given a `Vector` of d coordinates.
///   - box: the d intervals `(lower, upper)`; `upper < lower` counts negatively.
///   - samples: n ≥ 1 points.
///   - generator: the seeded stream to draw from.
/// - Stops (`failure`) for an empty box, n < 1, or a side that is not finite.
public func monteCarloIntegrate(
  _ f: (Vector) -> Double, over box: [(Double, Double)], samples: Int, using generator: inout RandomState
) -> MonteCarloResult {
  checkBox(box, samples)
  let draws = generator.random(size: checkedElementCount(samples, box.count, in: "monteCarloIntegrate"))
  return monteCarloEstimate(f, box, samples, draws)
}

/// ∫ over a box by plain Monte Carlo, drawing from the process-wide stream
/// (`Random.seed(s)` first for NumPy's `np.random.seed(s)`); see
/// `monteCarloIntegrate(_:over:samples:using:)`.
public func monteCarloIntegrate(_ f: (Vector) -> Double, over box: [(Double, Double)], samples: Int)
  -> MonteCarloResult
{
  checkBox(box, samples)
  // Drawn before f runs, so that f may itself draw from `Random`.
  let draws = Random.random(size: checkedElementCount(samples, box.count, in: "monteCarloIntegrate"))
  return monteCarloEstimate(f, box, samples, draws)
}

private func checkBox(_ box: [(Double, Double)], _ samples: Int) {
  if box.isEmpty { failure("monteCarloIntegrate: the box has no sides (give one (lower, upper) pair per dimension)") }
  if samples < 1 { failure("monteCarloIntegrate: samples must be at least 1, got \(samples)") }
  for (i, side) in box.enumerated() where !(side.0.isFinite && side.1.isFinite) {
    failure("monteCarloIntegrate: side \(i) of the box, (\(side.0), \(side.1)), is not finite")
  }
}

/// The estimate from `samples × d` uniform draws on [0, 1), row by row.
private func monteCarloEstimate(_ f: (Vector) -> Double, _ box: [(Double, Double)], _ samples: Int, _ draws: Vector)
  -> MonteCarloResult
{
  let d = box.count
  var values = [Double](repeating: 0, count: samples)
  var point = Vector(repeating: 0, count: d)
  for i in 0..<samples {
    for j in 0..<d {
      let (low, high) = box[j]
      point.elements[j] = low + (high - low) * draws.elements[i * d + j]
    }
    values[i] = f(point)
  }
  let volume = box.reduce(1.0) { $0 * ($1.1 - $1.0) }
  let sample = Vector(values)
  let spread = samples > 1 ? std(sample, ddof: 1) / Double(samples).squareRoot() : .nan
  return MonteCarloResult(
    estimate: unsignedNaN(volume * mean(sample)), standardError: unsignedNaN(abs(volume) * spread),
    samples: samples)
}
