/// MLMath: the course's NumPy — vectors, matrices, random numbers, linear
/// algebra, statistics and plots, in Swift.
///
/// Conventions used throughout:
/// - `*` between two arrays is the elementwise product (as in NumPy);
///   the matrix product is `a.matmul(b)` (NumPy's `a @ b`).
/// - Shape errors stop the program with a readable message via `fatalError`,
///   which (unlike `precondition`) prints its message in optimized builds too.
public enum MLMath {}
