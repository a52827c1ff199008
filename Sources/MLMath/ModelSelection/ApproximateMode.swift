/// How many of `draws` samples each class gets so that the split keeps the class
/// proportions (scikit-learn's `_approximate_mode`): the floor of each class's exact
/// share, then one more for the classes with the largest remainders, ties broken by
/// `rng.choice(…, replace=False)` as sklearn, so the stream advances as sklearn's does.
func approximateMode(_ classCounts: [Int], _ draws: Int, _ rng: inout RandomState) -> [Int] {
  let total = Double(classCounts.reduce(0, +))
  let continuous = classCounts.map { Double($0) / total * Double(draws) }
  var floored = continuous.map { $0.rounded(.down) }
  var needToAdd = Int(Double(draws) - pairwiseSum(floored))
  if needToAdd > 0 {
    let remainder = zip(continuous, floored).map(-)
    for value in Set(remainder).sorted(by: >) {
      let tied = remainder.indices.filter { remainder[$0] == value }
      let addNow = Swift.min(tied.count, needToAdd)
      for pick in rng.choice(tied.count, size: addNow, replace: false) { floored[tied[pick]] += 1 }
      needToAdd -= addNow
      if needToAdd == 0 { break }
    }
  }
  return floored.map { Int($0) }
}
