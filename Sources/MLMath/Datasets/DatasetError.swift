/// An invalid argument to a data set generator or loader, where scikit-learn raises
/// `InvalidParameterError` or `ValueError`: the message names the function, the parameter,
/// its valid range and the value given.
///
/// ```swift
/// do {
///   _ = try makeMoons(nSamples: 0)
/// } catch {
///   print(error)   // makeMoons: nSamples must be at least 1 (got 0)
/// }
/// ```
public struct DatasetError: Error, CustomStringConvertible, Sendable, Equatable {
  /// What was wrong.
  public let message: String

  /// An error with `message`.
  public init(_ message: String) {
    self.message = message
  }

  /// The message, `function: what was wrong (got value)`.
  public var description: String { message }
}

/// Throws `DatasetError("\(function): \(message)")` unless `condition` holds.
@inline(__always)
func requireArgument(_ condition: Bool, _ function: String, _ message: @autoclosure () -> String) throws(DatasetError) {
  if !condition { throw DatasetError("\(function): \(message())") }
}
