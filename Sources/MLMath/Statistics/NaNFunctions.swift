// NumPy's NaN-ignoring reductions: `np.nansum`, `np.nanmean`, `np.nanvar`,
// `np.nanstd`, `np.nanprod`, `np.nanmin`, `np.nanmax`, `np.nanargmin`,
// `np.nanargmax`, `np.nanmedian`, `np.nanquantile`, `np.nanpercentile`.
//
// Each treats NaN as missing and computes what NumPy computes, in NumPy's
// order: sums and means replace NaN by 0 and sum the whole array (so the
// pairwise blocks, and the last digit, are NumPy's); variances divide by
// `count − ddof` and give NaN (not ∞) when that is ≤ 0; a line with nothing
// but NaN gives NaN, except `nanargmin`/`nanargmax`, which stop the program
// as NumPy raises "All-NaN slice encountered".

/// The elements with every NaN replaced by `value` (NumPy's `_replace_nan`).
func replacingNaN(_ elements: [Double], with value: Double) -> [Double] {
  mapElements(elements) { $0.isNaN ? value : $0 }
}

/// The number of elements that are not NaN.
func countNotNaN(_ elements: [Double]) -> Int {
  elements.count(where: { !$0.isNaN })
}

// MARK: - Vectors

/// The sum of the elements that are not NaN; 0 if there are none (NumPy's `np.nansum(v)`).
public func nansum(_ v: Vector) -> Double {
  unsignedNaN(pairwiseSum(replacingNaN(v.elements, with: 0)))
}

/// The product of the elements that are not NaN; 1 if there are none (NumPy's `np.nanprod(v)`).
public func nanprod(_ v: Vector) -> Double {
  unsignedNaN(replacingNaN(v.elements, with: 1).reduce(1, *))
}

/// The mean of the elements that are not NaN; NaN if there are none (NumPy's `np.nanmean(v)`).
public func nanmean(_ v: Vector) -> Double {
  unsignedNaN(nansum(v) / Double(countNotNaN(v.elements)))
}

/// The variance of the elements that are not NaN, `Σ(x − mean)² / (k − ddof)`
/// over the `k` of them (NumPy's `np.nanvar(v, ddof=…)`); NaN when `k − ddof ≤ 0`.
public func nanvariance(_ v: Vector, ddof: Double = 0) -> Double {
  let k = countNotNaN(v.elements)
  let mean = nanmean(v)
  let squares = mapElements(v.elements) { $0.isNaN ? 0 : ($0 - mean) * ($0 - mean) }
  let dof = Double(k) - ddof
  return dof <= 0 ? .nan : unsignedNaN(pairwiseSum(squares) / dof)
}

/// The standard deviation of the elements that are not NaN (NumPy's `np.nanstd(v, ddof=…)`).
public func nanstd(_ v: Vector, ddof: Double = 0) -> Double {
  nanvariance(v, ddof: ddof).squareRoot()
}

/// The smallest element that is not NaN; NaN if all are NaN (NumPy's `np.nanmin(v)`).
///
/// Stops the program for an empty vector, as NumPy raises.
public func nanmin(_ v: Vector) -> Double {
  checkNotEmpty(v, "nanmin")
  return nanExtreme(v.elements, largest: false)
}

/// The largest element that is not NaN; NaN if all are NaN (NumPy's `np.nanmax(v)`).
///
/// Stops the program for an empty vector, as NumPy raises.
public func nanmax(_ v: Vector) -> Double {
  checkNotEmpty(v, "nanmax")
  return nanExtreme(v.elements, largest: true)
}

/// The index of the first smallest element that is not NaN (NumPy's `np.nanargmin(v)`).
///
/// Stops the program when every element is NaN ("All-NaN slice encountered") or `v` is empty.
public func nanargmin(_ v: Vector) -> Int {
  nanIndex(v.elements, largest: false, "nanargmin")
}

/// The index of the first largest element that is not NaN (NumPy's `np.nanargmax(v)`).
///
/// Stops the program when every element is NaN ("All-NaN slice encountered") or `v` is empty.
public func nanargmax(_ v: Vector) -> Int {
  nanIndex(v.elements, largest: true, "nanargmax")
}

/// The median of the elements that are not NaN; NaN if there are none (NumPy's `np.nanmedian(v)`).
public func nanmedian(_ v: Vector) -> Double {
  median(Vector(v.elements.filter { !$0.isNaN }))
}

/// The quantile `q` of the elements that are not NaN; NaN if there are none
/// (NumPy's `np.nanquantile(v, q, method=…)`).
public func nanquantile(_ v: Vector, _ q: Double, method: QuantileMethod = .linear) -> Double {
  checkQuantile(q, "nanquantile", scale: 1)
  return nanQuantiles(v.elements, [q], method)[0]
}

/// The quantiles `q` of the elements that are not NaN (NumPy's `np.nanquantile(v, [q₁, …])`).
public func nanquantile(_ v: Vector, _ q: Vector, method: QuantileMethod = .linear) -> Vector {
  for x in q.elements { checkQuantile(x, "nanquantile", scale: 1) }
  return Vector(nanQuantiles(v.elements, q.elements, method))
}

/// The percentile `p` of the elements that are not NaN (NumPy's `np.nanpercentile(v, p, method=…)`).
public func nanpercentile(_ v: Vector, _ p: Double, method: QuantileMethod = .linear) -> Double {
  checkQuantile(p, "nanpercentile", scale: 100)
  return nanQuantiles(v.elements, [p / 100], method)[0]
}

/// The percentiles `p` of the elements that are not NaN (NumPy's `np.nanpercentile(v, [p₁, …])`).
public func nanpercentile(_ v: Vector, _ p: Vector, method: QuantileMethod = .linear) -> Vector {
  for x in p.elements { checkQuantile(x, "nanpercentile", scale: 100) }
  return Vector(nanQuantiles(v.elements, (p / 100).elements, method))
}

// MARK: - Matrices, along an axis

/// The sums of each column (`axis: 0`) or row (`axis: 1`), NaN counted as 0 (NumPy's `np.nansum(m, axis)`).
public func nansum(_ m: Matrix, axis: Int) -> Vector {
  m.with(replacingNaN(m.elements, with: 0)).sum(axis: axis)
}

/// The products of each column (`axis: 0`) or row (`axis: 1`), NaN counted as 1 (NumPy's `np.nanprod(m, axis)`).
public func nanprod(_ m: Matrix, axis: Int) -> Vector {
  m.with(replacingNaN(m.elements, with: 1)).prod(axis: axis)
}

/// The means of each column (`axis: 0`) or row (`axis: 1`), ignoring NaN (NumPy's `np.nanmean(m, axis)`).
public func nanmean(_ m: Matrix, axis: Int) -> Vector {
  nansum(m, axis: axis) / notNaNCounts(m, axis: axis)
}

/// The variances of each column (`axis: 0`) or row (`axis: 1`), ignoring NaN
/// (NumPy's `np.nanvar(m, axis, ddof=…)`); NaN where `k − ddof ≤ 0`.
public func nanvariance(_ m: Matrix, axis: Int, ddof: Double = 0) -> Vector {
  let axis = m.checkAxis(axis)
  let means = nanmean(m, axis: axis)
  var deviations = axis == 0 ? m - means : m - means.asColumn
  deviations = deviations.with(
    zipElements(deviations.elements, m.elements) { d, x in x.isNaN ? 0 : d * d })
  let dof = notNaNCounts(m, axis: axis) - ddof
  return Vector(
    zipElements(deviations.sum(axis: axis).elements, dof.elements) { s, d in d <= 0 ? .nan : s / d })
}

/// The standard deviations of each column (`axis: 0`) or row (`axis: 1`), ignoring NaN
/// (NumPy's `np.nanstd(m, axis, ddof=…)`).
public func nanstd(_ m: Matrix, axis: Int, ddof: Double = 0) -> Vector {
  sqrt(nanvariance(m, axis: axis, ddof: ddof))
}

/// The smallest element of each column (`axis: 0`) or row (`axis: 1`) that is
/// not NaN (NumPy's `np.nanmin(m, axis)`).
public func nanmin(_ m: Matrix, axis: Int) -> Vector {
  m.checkNotEmpty("nanmin", along: axis)
  return Vector(m.lines(axis).map { nanExtreme($0, largest: false) })
}

/// The largest element of each column (`axis: 0`) or row (`axis: 1`) that is
/// not NaN (NumPy's `np.nanmax(m, axis)`).
public func nanmax(_ m: Matrix, axis: Int) -> Vector {
  m.checkNotEmpty("nanmax", along: axis)
  return Vector(m.lines(axis).map { nanExtreme($0, largest: true) })
}

/// For each column (`axis: 0`) or row (`axis: 1`), the index of its smallest
/// element that is not NaN (NumPy's `np.nanargmin(m, axis)`).
public func nanargmin(_ m: Matrix, axis: Int) -> IntVector {
  m.checkNotEmpty("nanargmin", along: axis)
  return IntVector(m.lines(axis).map { nanIndex($0, largest: false, "nanargmin") })
}

/// For each column (`axis: 0`) or row (`axis: 1`), the index of its largest
/// element that is not NaN (NumPy's `np.nanargmax(m, axis)`).
public func nanargmax(_ m: Matrix, axis: Int) -> IntVector {
  m.checkNotEmpty("nanargmax", along: axis)
  return IntVector(m.lines(axis).map { nanIndex($0, largest: true, "nanargmax") })
}

/// The median of each column (`axis: 0`) or row (`axis: 1`), ignoring NaN (NumPy's `np.nanmedian(m, axis)`).
public func nanmedian(_ m: Matrix, axis: Int) -> Vector {
  Vector(m.lines(axis).map { nanmedian(Vector($0)) })
}

/// The quantile `q` of each column (`axis: 0`) or row (`axis: 1`), ignoring NaN
/// (NumPy's `np.nanquantile(m, q, axis)`).
public func nanquantile(_ m: Matrix, _ q: Double, axis: Int, method: QuantileMethod = .linear) -> Vector {
  checkQuantile(q, "nanquantile", scale: 1)
  return Vector(m.lines(axis).map { nanQuantiles($0, [q], method)[0] })
}

/// The percentile `p` of each column (`axis: 0`) or row (`axis: 1`), ignoring NaN
/// (NumPy's `np.nanpercentile(m, p, axis)`).
public func nanpercentile(_ m: Matrix, _ p: Double, axis: Int, method: QuantileMethod = .linear) -> Vector {
  checkQuantile(p, "nanpercentile", scale: 100)
  return Vector(m.lines(axis).map { nanQuantiles($0, [p / 100], method)[0] })
}

// MARK: - Helpers

func checkNotEmpty(_ v: Vector, _ name: String) {
  if v.count == 0 {
    failure("\(name): the Vector is empty, and an empty Vector has no \(name.dropFirst(3)) (NumPy: zero-size array)")
  }
}

/// The number of non-NaN elements of each line, as doubles.
func notNaNCounts(_ m: Matrix, axis: Int) -> Vector {
  m.with(mapElements(m.elements) { $0.isNaN ? 0 : 1 }).sum(axis: axis)
}

/// NumPy's `fmax.reduce`/`fmin.reduce`: NaN skipped, the first of equal
/// elements kept, NaN only if every element is NaN.
func nanExtreme(_ elements: [Double], largest: Bool) -> Double {
  var result = Double.nan
  for x in elements where !x.isNaN {
    if result.isNaN || (largest ? x > result : x < result) { result = x }
  }
  return result
}

/// The index of the first extreme non-NaN element; stops if there is none.
func nanIndex(_ elements: [Double], largest: Bool, _ name: String) -> Int {
  if elements.isEmpty { failure("\(name): attempt to get \(name.dropFirst(3)) of an empty sequence") }
  let target = nanExtreme(elements, largest: largest)
  if target.isNaN { failure("\(name): All-NaN slice encountered (every element is NaN)") }
  return elements.firstIndex(of: target)!
}

/// Quantiles of the non-NaN elements; NaN for each when there are none.
func nanQuantiles(_ elements: [Double], _ qs: [Double], _ method: QuantileMethod) -> [Double] {
  let values = elements.filter { !$0.isNaN }
  return values.isEmpty ? qs.map { _ in .nan } : quantileValues(values, qs, method, "nanquantile")
}
