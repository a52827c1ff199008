#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// scikit-learn's warnings (`UndefinedMetricWarning`, `UserWarning`) on standard error.
//
// A metric that sklearn answers with a warning (recall with no positive sample, a
// ROC curve of one class) answers the same value here and prints the same text, so a
// lesson's output shows why a score is 0 or NaN. Python's default filter shows each
// warning once per place it is raised; here each distinct text is printed once per process.

/// The warnings already printed, shared by every thread.
private let issuedSklearnWarnings = SharedRandomState(Set<String>())

/// Prints `category: message` to standard error, the first time this text is issued.
func sklearnWarning(_ category: String, _ message: String) {
  let line = "\(category): \(message)\n"
  let isNew = issuedSklearnWarnings.withLock { $0.insert(line).inserted }
  guard isNew else { return }
  _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
}

/// sklearn's `UndefinedMetricWarning`: a metric is not defined for this input.
func undefinedMetricWarning(_ message: String) {
  sklearnWarning("UndefinedMetricWarning", message)
}
