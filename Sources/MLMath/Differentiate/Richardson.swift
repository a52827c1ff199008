// Richardson extrapolation of central differences to step 0 (C. J. F. Ridders,
// "Accurate computation of F′(x) and F′(x)F″(x)", Adv. Eng. Software 4, 1982;
// Numerical Recipes' `dfridr`): a central difference D(h) = L + c₁h² + c₂h⁴ + …
// is computed for h, h/1.4, h/1.4², …, and Neville's tableau eliminates the
// powers of h² one by one. The error estimate is the larger change in the best
// tableau entry; the iteration stops when the estimate grows by a factor 2,
// which is where roundoff has taken over from truncation.

/// What one extrapolation produced, for every component of the estimate.
struct RichardsonOutcome {
  var value: [Double]
  var error: [Double]
  var iterations: Int
  /// 0: tolerance met; −1: the error grew before the tolerance was met; −2: `maxiter`
  /// steps without meeting it; −3: a non-finite value.
  var status: [Int]
}

/// Extrapolates `estimate(h)` (each component a central difference with an even
/// error expansion) to h → 0, starting at `step` and dividing by 1.4 each time.
func richardson(
  step: Double, maxiter: Int, atol: Double, rtol: Double, components: Int, _ estimate: (Double) -> [Double]
) -> RichardsonOutcome {
  let ratio = 1.4
  let ratio2 = ratio * ratio
  var value = [Double](repeating: .nan, count: components)
  var error = [Double](repeating: .infinity, count: components)
  var stopped = [Bool](repeating: false, count: components)
  var grew = [Bool](repeating: false, count: components)
  // tableau[c][j] holds row i's column j for component c; previous[c] is row i − 1.
  var previous = [[Double]](repeating: [], count: components)
  // A first step that reaches a NaN or ±∞ (outside f's domain) is halved until f is
  // finite, and halved once more for a margin; these tries do not count as iterations.
  var h = step
  var first = estimate(h)
  var shrinks = 0
  while !first.allSatisfy(\.isFinite) && shrinks < 60 {
    h /= 2
    first = estimate(h)
    shrinks += 1
  }
  if shrinks > 0 && first.allSatisfy(\.isFinite) {
    h /= 2
    first = estimate(h)
  }
  var iterations = 0
  for iteration in 0..<Swift.max(1, maxiter) {
    iterations += 1
    if iteration > 0 { first = estimate(h) }
    h /= ratio
    for c in 0..<components where !stopped[c] {
      if !first[c].isFinite {
        previous[c] = []  // start the tableau again at the next, smaller step
        continue
      }
      var row = [first[c]]
      var factor = ratio2
      for j in 1..<(previous[c].count + 1) {
        row.append((row[j - 1] * factor - previous[c][j - 1]) / (factor - 1))
        factor *= ratio2
        let change = Swift.max(abs(row[j] - row[j - 1]), abs(row[j] - previous[c][j - 1]))
        if change <= error[c] {
          error[c] = change
          value[c] = row[j]
        }
      }
      if let last = previous[c].last, row.count > 1, abs(row[row.count - 1] - last) >= 2 * error[c] {
        stopped[c] = true
        grew[c] = true
      }
      previous[c] = row
    }
    if stopped.allSatisfy({ $0 }) { break }
  }
  let status = (0..<components).map { c -> Int in
    if !value[c].isFinite || !error[c].isFinite { return -3 }
    if error[c] <= atol + rtol * abs(value[c]) { return 0 }
    return grew[c] ? -1 : -2
  }
  return RichardsonOutcome(value: value, error: error, iterations: iterations, status: status)
}

/// The weight of f(x + (n/2 − k)·s) in the n-th central difference: (−1)ᵏ·C(n, k).
func centralDifferenceWeights(_ order: Int) -> [Double] {
  var weights = [Double](repeating: 0, count: order + 1)
  var binomial = 1.0
  for k in 0...order {
    weights[k] = k % 2 == 0 ? binomial : -binomial
    binomial = binomial * Double(order - k) / Double(k + 1)
  }
  return weights
}
