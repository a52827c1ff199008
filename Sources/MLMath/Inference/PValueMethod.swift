// How a test turns its statistic into a p-value: from the exact null distribution
// or from a large-sample approximation (SciPy's `method=` of the rank and KS tests).

/// How a nonparametric test computes its p-value (SciPy's `method=`).
public enum PValueMethod: String, Sendable, Hashable, CaseIterable {
  /// Exact for small samples without ties, the approximation otherwise; each test documents
  /// its rule (SciPy's `'auto'`).
  case auto
  /// The exact null distribution of the statistic (SciPy's `'exact'`).
  case exact
  /// The large-sample approximation: a normal distribution, or Kolmogorov's limit
  /// (SciPy's `'asymptotic'`, spelled `'asymp'` in `ks_2samp`).
  case asymptotic

  /// SciPy's `ks_2samp`/`kstest` spelling of ``asymptotic``.
  public static var asymp: PValueMethod { .asymptotic }
}

/// The p-value of `statistic` under a null distribution given by its `cdf` and `sf`,
/// in the direction `alternative` names (SciPy's private `_get_pvalue`): the two-sided
/// value of a symmetric distribution is twice the upper tail at |statistic|.
func tailPValue(
  _ statistic: Double, _ alternative: Alternative, cdf: (Double) -> Double, sf: (Double) -> Double
) -> Double {
  switch alternative {
  case .less: cdf(statistic)
  case .greater: sf(statistic)
  case .twoSided: 2 * sf(Swift.abs(statistic))
  }
}

/// The error for a sample shorter than a test needs (SciPy returns NaN with a
/// `SmallSampleWarning` or raises a `ValueError`; MLMath throws, naming the sample).
func tooFewObservations(_ function: String, _ sample: String, needs minimum: Int, got count: Int)
  -> InferenceError
{
  InferenceError(
    function,
    "\(sample) needs at least \(minimum) observation\(minimum == 1 ? "" : "s"), got \(count)")
}

/// The error for paired samples of different lengths.
func differentLengths(_ function: String, _ first: Int, _ second: Int) -> InferenceError {
  InferenceError(
    function, "x and y must have the same length (paired observations), got \(first) and \(second)")
}
