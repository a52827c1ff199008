extension Figure {
  /// Draws the rows of an `n × 2` matrix as points, like `plt.scatter(X[:, 0], X[:, 1])`.
  ///
  /// - Parameters:
  ///   - points: One point per row: column 0 is x, column 1 is y.
  ///   - label: The series name shown by ``legend(_:)``.
  public func scatter(_ points: Matrix, label: String? = nil) -> Figure {
    let (x, y) = Self.columns(of: points, caller: "scatter")
    return scatter(x, y, label: label)
  }

  /// Draws the rows of an `n × 2` matrix as points, one series per class, like
  /// `plt.scatter(X[:, 0], X[:, 1], c=y)` — each class gets its own colour and marker.
  ///
  /// ```swift
  /// Figure(title: "Training data").scatter(X, classes: labels, names: ["setosa", "versicolor"]).legend()
  /// ```
  ///
  /// - Parameters:
  ///   - points: One point per row: column 0 is x, column 1 is y.
  ///   - classes: The class of each row; series are added in increasing class order.
  ///   - names: Legend names for classes `0, 1, 2, …`; by default "class 0", "class 1", ….
  public func scatter(_ points: Matrix, classes: [Int], names: [String]? = nil) -> Figure {
    guard classes.count == points.rows else {
      failure(
        "scatter(_:classes:): classes needs one class per row: the matrix has \(points.rows) rows, classes has \(classes.count)"
      )
    }
    let (x, y) = Self.columns(of: points, caller: "scatter")
    var figure = self
    for group in Set(classes).sorted() {
      let members = classes.indices.filter { classes[$0] == group }
      let name =
        names.flatMap { group >= 0 && group < $0.count ? $0[group] : nil } ?? "class \(group)"
      figure = figure.scatter(members.map { x[$0] }, members.map { y[$0] }, label: name)
    }
    return figure
  }

  /// One scatter series per class of integer labels (e.g. `m.argmax(axis: 1)`
  /// predictions or `Random.randint` draws); see the `[Int]` overload.
  @_disfavoredOverload
  public func scatter(_ points: Matrix, classes: IntVector, names: [String]? = nil) -> Figure {
    scatter(points, classes: classes.elements, names: names)
  }

  /// Draws a path through the rows of an `n × 2` matrix with a marker at every point.
  ///
  /// - Parameters:
  ///   - points: One point per row: column 0 is x, column 1 is y.
  ///   - label: The series name shown by ``legend(_:)``.
  public func path(_ points: Matrix, label: String? = nil) -> Figure {
    let (x, y) = Self.columns(of: points, caller: "path")
    return path(x, y, label: label)
  }

  /// The two columns of an `n × 2` matrix.
  private static func columns(of points: Matrix, caller: String) -> ([Double], [Double]) {
    guard points.columns == 2 else {
      failure(
        "\(caller)(_:): the matrix of points must have shape (n, 2), one (x, y) per row; got shape \(shapeText(points.rows, points.columns))"
      )
    }
    return (
      (0..<points.rows).map { points[$0, 0] }, (0..<points.rows).map { points[$0, 1] }
    )
  }
}
