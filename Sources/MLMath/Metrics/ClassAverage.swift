/// How precision, recall and F-scores of several classes become one number
/// (scikit-learn's `average=` of `precision_score`, `recall_score`, `f1_score`, `fbeta_score`).
///
/// For the scores of every class separately (sklearn's `average=None`) call
/// ``precisionRecallFscoreSupport(_:_:beta:labels:zeroDivision:)``.
public enum ClassAverage: Sendable, Hashable {
  /// The score of the class `posLabel` only; the labels must take at most two values
  /// (sklearn's default, `average='binary'`).
  case binary
  /// One score from the true positives, false positives and false negatives summed over
  /// the classes (`average='micro'`); for single-label data with every class counted,
  /// micro precision = micro recall = micro F1 = accuracy.
  case micro
  /// The unweighted mean of the per-class scores (`average='macro'`): every class counts
  /// the same, however rare.
  case macro
  /// The mean of the per-class scores weighted by each class's support, the number of
  /// true samples of it (`average='weighted'`).
  case weighted

  /// sklearn's spelling, for messages.
  var sklearnName: String {
    switch self {
    case .binary: "binary"
    case .micro: "micro"
    case .macro: "macro"
    case .weighted: "weighted"
    }
  }
}
