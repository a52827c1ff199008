// `print(v)` shows what NumPy's `print(a)` shows, and `debugPrint(v)` (or a
// playground/REPL) what NumPy's `repr(a)` shows, so lessons can be checked
// against Python output character for character.

extension Vector: CustomStringConvertible, CustomDebugStringConvertible {
  /// The vector as NumPy prints it: `[1.1 1.9 3.2]`.
  public var description: String {
    let shape = [count]
    let format = FloatElementFormat(ArrayLayout.shownIndices(shape: shape).map { elements[$0] })
    return numpyString(shape: shape) { format(elements[$0]) }
  }

  /// The vector as NumPy's `repr` shows it: `array([1.1, 1.9, 3.2])`.
  public var debugDescription: String {
    let shape = [count]
    let format = FloatElementFormat(ArrayLayout.shownIndices(shape: shape).map { elements[$0] })
    return numpyRepr(shape: shape, dtype: "float64") { format(elements[$0]) }
  }
}

extension Matrix: CustomStringConvertible, CustomDebugStringConvertible {
  /// The matrix as NumPy prints it, one row per line with aligned columns:
  /// `[[1. 2.]` / ` [3. 4.]]`.
  public var description: String {
    let shape = [rows, columns]
    let format = FloatElementFormat(ArrayLayout.shownIndices(shape: shape).map { elements[$0] })
    return numpyString(shape: shape) { format(elements[$0]) }
  }

  /// The matrix as NumPy's `repr` shows it: `array([[1., 2.],` / `       [3., 4.]])`.
  public var debugDescription: String {
    let shape = [rows, columns]
    let format = FloatElementFormat(ArrayLayout.shownIndices(shape: shape).map { elements[$0] })
    return numpyRepr(shape: shape, dtype: "float64") { format(elements[$0]) }
  }
}

extension Mask: CustomStringConvertible, CustomDebugStringConvertible {
  /// The mask as NumPy prints a boolean array: `[ True False]`.
  public var description: String {
    numpyString(shape: shape) { elements[$0] ? " True" : "False" }
  }

  /// The mask as NumPy's `repr` shows it: `array([ True, False])`.
  public var debugDescription: String {
    numpyRepr(shape: shape, dtype: "bool") { elements[$0] ? " True" : "False" }
  }
}

/// How NumPy formats each element of an integer array: `str(x)` right-aligned
/// to the widest of the printed elements (only the edges when summarizing).
func integerElementFormat(_ shown: [Int]) -> (Int) -> String {
  let width = shown.map { String($0).count }.max() ?? 0
  return { String($0).padded(to: width) }
}

extension IntVector: CustomStringConvertible, CustomDebugStringConvertible {
  /// The vector as NumPy prints an `int64` array: `[ 6 -7  0]`.
  public var description: String {
    let shape = [count]
    let format = integerElementFormat(ArrayLayout.shownIndices(shape: shape).map { elements[$0] })
    return numpyString(shape: shape) { format(elements[$0]) }
  }

  /// The vector as NumPy's `repr` shows it: `array([6, 7, 0])`, `array([], dtype=int64)`.
  public var debugDescription: String {
    let shape = [count]
    let format = integerElementFormat(ArrayLayout.shownIndices(shape: shape).map { elements[$0] })
    return numpyRepr(shape: shape, dtype: "int64") { format(elements[$0]) }
  }
}

extension IntMatrix: CustomStringConvertible, CustomDebugStringConvertible {
  /// The matrix as NumPy prints a 2-D `int64` array: `[[1 2]` / ` [3 4]]`.
  public var description: String {
    let shape = [rows, columns]
    let format = integerElementFormat(ArrayLayout.shownIndices(shape: shape).map { elements[$0] })
    return numpyString(shape: shape) { format(elements[$0]) }
  }

  /// The matrix as NumPy's `repr` shows it: `array([[1, 2],` / `       [3, 4]])`.
  public var debugDescription: String {
    let shape = [rows, columns]
    let format = integerElementFormat(ArrayLayout.shownIndices(shape: shape).map { elements[$0] })
    return numpyRepr(shape: shape, dtype: "int64") { format(elements[$0]) }
  }
}
