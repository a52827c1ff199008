// The checks every metric makes on its inputs before computing, with scikit-learn's
// reasons in MLMath's words: arrays of one sample each, at least one sample, finite
// scores. sklearn raises `ValueError` for each; MLMath stops with the function's name.

/// Stops unless the two arrays hold one entry per sample each
/// (sklearn's `check_consistent_length`).
func checkSampleCounts(
  _ first: Int, _ second: Int, _ function: String, _ names: (String, String) = ("yTrue", "yPred")
) {
  if first != second {
    failure(
      "\(function): \(names.0) has \(first) elements but \(names.1) has \(second) (found input variables with inconsistent numbers of samples: [\(first), \(second)])"
    )
  }
}

/// Stops when there is no sample (sklearn: "Found empty input array").
func checkMetricHasSamples(_ count: Int, _ function: String) {
  if count == 0 {
    failure("\(function): found empty input arrays; a metric needs at least 1 sample")
  }
}

/// Stops at the first NaN or infinity of `values` (sklearn's `assert_all_finite`:
/// "Input contains NaN", "Input contains infinity").
func checkFiniteEntries(_ values: [Double], _ name: String, _ function: String) {
  if let k = values.firstIndex(where: { !$0.isFinite }) {
    let x = values[k]
    failure(
      "\(function): \(name)[\(k)] is \(x.isNaN ? "nan" : x > 0 ? "inf" : "-inf") (input contains \(x.isNaN ? "NaN" : "infinity"); \(name) must be finite)"
    )
  }
}

/// The distinct labels of `a` and `b` together, sorted (sklearn's `unique_labels`).
func sortedClassLabels(_ a: IntVector, _ b: IntVector) -> [Int] {
  Array(Set(a.elements).union(b.elements)).sorted()
}

/// The distinct labels of `a`, sorted.
func sortedClassLabels(_ a: IntVector) -> [Int] {
  Array(Set(a.elements)).sorted()
}

/// `[0, 1, 2]`, as NumPy prints an integer array inside a message.
func labelListText(_ labels: [Int]) -> String {
  "[" + labels.map(String.init).joined(separator: ", ") + "]"
}
