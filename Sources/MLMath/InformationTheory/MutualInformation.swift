#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The mutual information I(X; Y) = Σₓᵧ p(x, y) log(p(x, y) / (p(x) p(y))) of a
/// joint distribution table: how much knowing X tells about Y, and Y about X.
///
/// - Parameters:
///   - joint: p(x, y), X on the rows and Y on the columns: probabilities, or
///     nonnegative counts such as a contingency table (divided by its sum first).
///   - base: the unit: ``LogBase/nats`` (the default, as in SciPy and
///     scikit-learn), ``LogBase/bits``, or any base.
/// - Returns: I(X; Y) = H(X) + H(Y) − H(X, Y) = D(p(x, y) ‖ p(x) p(y)),
///   between 0 (independent) and min(H(X), H(Y)). Symmetric: `joint.T` gives the same.
///
/// It is computed as the KL divergence of the table from the product of its
/// marginals — SciPy's `entropy(P.ravel(), np.outer(P.sum(1), P.sum(0)).ravel())`
/// — and, as scikit-learn's `mutual_info_score(contingency=…)` does, clipped at 0
/// so that rounding never shows an independent pair as a tiny negative number.
///
/// Edge rules: 0 · log 0 = 0 (empty cells, rows and columns add nothing); a negative
/// cell stops the program, naming it; NaN gives NaN; an empty table gives 0.
public func mutualInformation(_ joint: Matrix, base: LogBase = .nats) -> Double {
  let p = jointDistribution(joint, "mutualInformation")
  let px = p.sum(axis: 1).elements
  let py = p.sum(axis: 0).elements
  let columns = p.columns
  let terms = p.elements.indices.map { k in
    relEntrTerm(p.elements[k], px[k / columns] * py[k % columns])
  }
  return unsignedNaN(base.fromNats(clippedAtZero(pairwiseSum(terms))))
}

/// The mutual information I(X; Y) of paired discrete samples: xᵢ and yᵢ are the
/// values of X and Y in sample i (scikit-learn's
/// `sklearn.metrics.mutual_info_score(x, y)`, which is in nats).
///
/// - Parameters:
///   - x, y: labels of the same samples, any integers (class codes, cluster ids);
///     only which samples share a label matters, so relabelling either changes nothing.
///   - base: the unit: ``LogBase/nats`` (the default, as in scikit-learn), ``LogBase/bits``, or any base.
/// - Returns: the mutual information of the empirical joint distribution, the
///   contingency table of (x, y) counts divided by the number of samples:
///   ``mutualInformation(_:base:)`` of that table. 0 when either has a single
///   distinct label, and for no samples.
///
/// The terms are those of scikit-learn's `mutual_info_score`, in its order (the
/// nonzero cells of the table, rows and columns by increasing label), terms
/// below machine epsilon set to 0 and the sum clipped at 0 as there.
///
/// `x` and `y` of different lengths stop the program, naming both lengths.
public func mutualInformation(_ x: [Int], _ y: [Int], base: LogBase = .nats) -> Double {
  if x.count != y.count {
    failure(
      "mutualInformation: x has \(x.count) samples but y has \(y.count) (x[i] and y[i] must label the same sample)"
    )
  }
  let (xCodes, xClasses) = labelCodes(x)
  let (yCodes, yClasses) = labelCodes(y)
  if xClasses <= 1 || yClasses <= 1 { return 0 }
  var cells: [Int: Int] = [:]
  var rowCounts = [Int](repeating: 0, count: xClasses)
  var columnCounts = [Int](repeating: 0, count: yClasses)
  for (i, j) in zip(xCodes, yCodes) {
    cells[i * yClasses + j, default: 0] += 1
    rowCounts[i] += 1
    columnCounts[j] += 1
  }
  let n = Double(x.count)
  let logN = log(n)
  let terms = cells.keys.sorted().map { cell -> Double in
    let count = Double(cells[cell] ?? 0)
    let share = count / n
    let outer = Double(rowCounts[cell / yClasses]) * Double(columnCounts[cell % yClasses])
    let term = share * (log(count) - logN) + share * (-log(outer) + logN + logN)
    return term.magnitude < .ulpOfOne ? 0 : term
  }
  return unsignedNaN(base.fromNats(clippedAtZero(pairwiseSum(terms))))
}

/// Each label's position among the distinct labels in increasing order, and how many there are.
func labelCodes(_ labels: [Int]) -> (codes: [Int], classes: Int) {
  let distinct = Set(labels).sorted()
  var code: [Int: Int] = [:]
  for (k, label) in distinct.enumerated() { code[label] = k }
  return (labels.map { code[$0] ?? 0 }, distinct.count)
}

/// The mutual information of two integer label vectors (e.g. `Random.randint`
/// draws or `m.argmax(axis: 1)` predictions); see the `[Int]` overload.
///
/// Disfavored so that array literals keep choosing the `[Int]` overload.
@_disfavoredOverload
public func mutualInformation(_ x: IntVector, _ y: IntVector, base: LogBase = .nats) -> Double {
  mutualInformation(x.elements, y.elements, base: base)
}
