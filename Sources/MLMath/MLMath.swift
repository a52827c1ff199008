/// MLMath: the course's NumPy — vectors, matrices, random numbers, linear
/// algebra, statistics and plots, in Swift.
///
/// Conventions used throughout:
/// - `*` between two arrays is the elementwise product (as in NumPy);
///   the matrix product is `a.matmul(b)` (NumPy's `a @ b`).
/// - Misuse (an index out of range, mismatched shapes, an invalid argument) stops
///   the program with a NumPy-style message naming the value and what is valid,
///   e.g. `index 3 is out of bounds for a Vector of 3 elements (valid: 0..<3)`.
///   Checks go through `fatalError`, which (unlike `precondition`, force unwraps and
///   array bounds checks) prints its message in optimized builds too.
public enum MLMath {}

// Lessons write `exp(x)` and `tanh(0.5)` for plain numbers as well as for
// arrays, with only `import MLMath`. Re-exporting the C library (as Foundation
// does) gives them the scalar functions; importing Foundation as well does not
// make them ambiguous, because both paths lead to the same declarations.
#if canImport(Glibc)
  @_exported import Glibc
#elseif canImport(Musl)
  @_exported import Musl
#elseif canImport(Darwin)
  @_exported import Darwin
#endif
