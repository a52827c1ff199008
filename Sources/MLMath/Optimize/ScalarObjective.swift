// The objective as SciPy's `ScalarFunction` sees it: f and ∇f cached at the last
// point asked for, so a line search that asks for f then ∇f at one point pays once,
// and a finite-difference gradient reuses f(x). Counts are SciPy's `nfev`/`njev`.

/// f and ∇f of a minimisation, evaluated and counted as SciPy's `ScalarFunction`.
final class ScalarObjective {
  private let function: (Vector) -> Double
  private let gradientFunction: ((Vector) -> Vector)?
  /// The finite-difference step: SciPy's absolute `epsilon` √eps (BFGS), or nil for its
  /// relative step √eps·max(1, |xⱼ|) (L-BFGS-B).
  private let absoluteStep: Double?
  /// Bounds the difference steps keep inside (L-BFGS-B).
  private let lower: [Double]?
  private let upper: [Double]?
  private var point: Vector?
  private var value: Double?
  private var slope: Vector?
  private(set) var nfev = 0
  private(set) var njev = 0
  let name: String

  init(
    _ function: @escaping (Vector) -> Double, gradient: ((Vector) -> Vector)?, absoluteStep: Double?,
    lower: [Double]? = nil, upper: [Double]? = nil, name: String
  ) {
    self.function = function
    self.gradientFunction = gradient
    self.absoluteStep = absoluteStep
    self.lower = lower
    self.upper = upper
    self.name = name
  }

  private func move(to x: Vector) {
    if point != x {
      point = x
      value = nil
      slope = nil
    }
  }

  /// f(x), evaluated once per new x.
  func f(_ x: Vector) -> Double {
    move(to: x)
    if let value { return value }
    let v = function(x)
    nfev += 1
    value = v
    return v
  }

  /// ∇f(x): the given gradient, or SciPy's 2-point forward difference (`approx_derivative`).
  func g(_ x: Vector) -> Vector {
    move(to: x)
    if let slope { return slope }
    let result: Vector
    if let gradientFunction {
      result = gradientFunction(x)
      if result.count != x.count {
        failure("\(name): jac returned shape \(shapeText(result.count)), expected \(shapeText(x.count)) like x0")
      }
    } else {
      let f0 = f(x)
      var elements = [Double](repeating: 0, count: x.count)
      for j in 0..<x.count {
        let xj = x.elements[j]
        let sign: Double = xj >= 0 ? 1 : -1
        var h = absoluteStep ?? Double.ulpOfOne.squareRoot() * sign * Swift.max(1, abs(xj))
        // SciPy's `_adjust_scheme_to_bounds`: a step that leaves the box is reversed if it
        // fits the other way, else shortened to the wider side.
        if let upper, let lower,
          xj + h > upper[j] || xj + h < lower[j] || abs(h) > Swift.max(xj - lower[j], upper[j] - xj)
        {
          let below = xj - lower[j]
          let above = upper[j] - xj
          if abs(h) <= Swift.max(below, above) {
            h = -h
          } else {
            h = above >= below ? above : -below
          }
        }
        var shifted = x
        shifted.elements[j] = xj + h
        let dx = shifted.elements[j] - xj
        let fj = function(shifted)
        nfev += 1
        elements[j] = (fj - f0) / dx
      }
      result = Vector(elements)
    }
    njev += 1
    slope = result
    return result
  }
}

/// The first argument error of every minimiser: an empty x0.
func checkStart(_ x0: Vector, in function: String) throws {
  if x0.count == 0 {
    throw CalculusError(function: function, reason: "x0 is empty (the objective needs at least one variable)")
  }
}

/// The bounds as two arrays, after SciPy's checks: one (min, max) pair per variable,
/// min ≤ max, no NaN.
func checkedBounds(_ bounds: [(Double, Double)], count: Int, in function: String) throws -> ([Double], [Double]) {
  if bounds.count != count {
    throw CalculusError(
      function: function,
      reason: "bounds has \(bounds.count) (min, max) pairs but x0 has \(count) variables; give one pair per variable")
  }
  for (i, pair) in bounds.enumerated() {
    if pair.0.isNaN || pair.1.isNaN {
      throw CalculusError(function: function, reason: "bound \(i) is NaN; use -infinity or infinity for no bound")
    }
    if pair.0 > pair.1 {
      throw CalculusError(
        function: function, reason: "bound \(i) has lower \(pair.0) > upper \(pair.1) (each pair is (min, max))")
    }
  }
  return (bounds.map(\.0), bounds.map(\.1))
}
