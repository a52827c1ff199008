/// What a precision, recall or F-score is when its denominator is zero (scikit-learn's
/// `zero_division=` argument).
///
/// Precision tp / (tp + fp) is 0 / 0 for a class never predicted, recall tp / (tp + fn) for
/// a class absent from the true labels, and Fβ = (1 + β²)tp / ((1 + β²)tp + β²fn + fp) when
/// both are. sklearn's default, `"warn"`, answers 0.0 and prints an `UndefinedMetricWarning`.
public enum ZeroDivision: Sendable, Hashable {
  /// 0.0, with sklearn's `UndefinedMetricWarning` on standard error (`zero_division="warn"`, the default).
  case warn
  /// 0.0, silently (`zero_division=0`).
  case zero
  /// 1.0 (`zero_division=1`).
  case one
  /// NaN (`zero_division=np.nan`); averages then leave such classes out.
  case nan

  /// The value that replaces 0 / 0.
  var value: Double {
    switch self {
    case .warn, .zero: 0
    case .one: 1
    case .nan: .nan
    }
  }
}
