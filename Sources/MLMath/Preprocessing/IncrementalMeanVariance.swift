// Column means and population variances updated batch by batch, with scikit-learn's
// arithmetic (`sklearn.utils.extmath._incremental_mean_and_var`, Chan, Golub & LeVeque's
// pairwise update): the batch's sums, its centred sum of squares with the rounding
// correction (Σd)²/n subtracted, and the two batches joined. NaN entries are left out.

/// Per-column running statistics: means, variances (nil when not tracked), sample counts.
struct ColumnMoments {
  var mean: [Double]
  var variance: [Double]?
  var count: [Double]
}

/// The statistics of the rows seen before (`last`) joined with those of `X`.
func incrementalMeanAndVariance(_ X: Matrix, last: ColumnMoments) -> ColumnMoments {
  let columns = X.columns
  let lastSum = zip(last.mean, last.count).map(*)
  let newSum = nanColumnSums(X)
  let newCount = (0..<columns).map { j in
    Double(X.rows - (0..<X.rows).count { X.elements[$0 * columns + j].isNaN })
  }
  let updatedCount = zip(last.count, newCount).map(+)
  let updatedMean = (0..<columns).map { (lastSum[$0] + newSum[$0]) / updatedCount[$0] }
  guard let lastVariance = last.variance else {
    return ColumnMoments(mean: updatedMean, variance: nil, count: updatedCount)
  }
  let batchMean = zip(newSum, newCount).map(/)
  let centred = X.with(X.elements.enumerated().map { k, x in x - batchMean[k % columns] })
  let correction = nanColumnSums(centred)
  var newUnnormalized = nanColumnSums(centred.with(centred.elements.map { $0 * $0 }))
  for j in 0..<columns { newUnnormalized[j] -= correction[j] * correction[j] / newCount[j] }
  let variance = (0..<columns).map { j -> Double in
    let unnormalized: Double
    if last.count[j] == 0 {
      unnormalized = newUnnormalized[j]
    } else {
      let lastOverNew = last.count[j] / newCount[j]
      let gap = lastSum[j] / lastOverNew - newSum[j]
      unnormalized =
        lastVariance[j] * last.count[j] + newUnnormalized[j] + lastOverNew / updatedCount[j] * (gap * gap)
    }
    return unnormalized / updatedCount[j]
  }
  return ColumnMoments(mean: updatedMean, variance: variance, count: updatedCount)
}

/// Column sums with NaN counted as 0, in NumPy's order: row after row for a matrix of
/// several columns, pairwise for a single column (NumPy sums an (n, 1) array as a vector).
func nanColumnSums(_ X: Matrix) -> [Double] {
  let columns = X.columns
  let values = X.elements.map { $0.isNaN ? 0 : $0 }
  if columns == 1 { return [pairwiseSum(values)] }
  // NumPy starts from the identity +0.0, so a column of -0.0 sums to +0.0.
  var sums = [Double](repeating: 0, count: columns)
  for i in 0..<X.rows {
    for j in 0..<columns { sums[j] += values[i * columns + j] }
  }
  return sums
}
