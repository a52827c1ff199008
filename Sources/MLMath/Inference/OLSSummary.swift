// The regression table a lesson prints, laid out as statsmodels' `summary()`: model facts and
// fit statistics in two columns, the coefficient table, residual diagnostics — without the date
// and time lines, so that the output is the same every run.

extension OLSResults {
  /// The fitted model as a text table in the layout of statsmodels' `results.summary()`:
  ///
  /// ```text
  ///                             OLS Regression Results
  /// ==============================================================================
  /// Dep. Variable:                      y   R-squared:                       0.860
  /// Model:                            OLS   Adj. R-squared:                  0.850
  /// …
  ///                  coef    std err          t      P>|t|      [0.025      0.975]
  /// ------------------------------------------------------------------------------
  /// const          0.8840      0.176      5.015      0.000       0.522       1.246
  /// …
  /// ```
  ///
  /// The numbers use statsmodels' formats (`%#8.3f`, `%#8.4g`, …); statsmodels' Date and Time
  /// lines are left out, and so is its Omnibus test of the residuals (D'Agostino's normality
  /// test); Durbin–Watson, Jarque–Bera, skew, kurtosis and the condition number are there.
  ///
  /// - Parameters:
  ///   - yName: the response's name, `y` by default.
  ///   - xNames: the coefficients' names, one per column of `exog` (`const`, `x1`, … by default).
  ///   - alpha: the coefficient intervals are at level 1 − alpha.
  /// - A list of names of the wrong length stops the program with a message.
  public func summary(yName: String = "y", xNames: [String]? = nil, alpha: Double = 0.05) -> String {
    let names = xNames ?? model.exogNames
    if names.count != params.count {
      failure("OLSResults.summary: xNames has \(names.count) names for \(params.count) coefficients")
    }
    // As statsmodels: the coefficient table widens with long names, the other two stay 78 wide.
    let nameWidth = Swift.max(10, names.map(\.count).max() ?? 0)
    let width = nameWidth + 68
    let rule = String(repeating: "=", count: 78)
    let uncentred = kConstant == 1 ? "" : " (uncentered)"
    func pair(_ left: (String, String), _ right: (String, String)) -> String {
      left.0 + left.1.padded(to: 37 - left.0.count) + "   " + right.0 + right.1.padded(to: 38 - right.0.count)
    }
    var lines = [centred("OLS Regression Results", 78), rule]
    let jb = jarqueBera
    let top: [((String, String), (String, String))] = [
      (("Dep. Variable:", yName), ("R-squared\(uncentred):", rsquared.pythonStyle("%#.*f", 3))),
      (("Model:", "OLS"), ("Adj. R-squared\(uncentred):", rsquaredAdj.pythonStyle("%#.*f", 3))),
      (("Method:", "Least Squares"), ("F-statistic:", fvalue.pythonStyle("%#.*g", 4))),
      (("No. Observations:", "\(nobs)"), ("Prob (F-statistic):", fPvalue.pythonStyle("%#.*g", 3))),
      (("Df Residuals:", integerOrFloat(dfResid)), ("Log-Likelihood:", llf.pythonStyle("%#.*g", 5))),
      (("Df Model:", integerOrFloat(dfModel)), ("AIC:", aic.pythonStyle("%#.*g", 4))),
      (("Covariance Type:", "nonrobust"), ("BIC:", bic.pythonStyle("%#.*g", 4))),
    ]
    lines += top.map { pair($0.0, $0.1) }
    lines.append(String(repeating: "=", count: width))
    let widths = [11, 11, 11, 11, 12, 12]
    let lowerLabel = "[\(alpha / 2)"  // Python's str(alpha / 2)
    let upperLabel = "\(1 - alpha / 2)]"
    let header = ["coef", "std err", "t", "P>|t|", lowerLabel, upperLabel]
    lines.append(
      "".padded(to: nameWidth) + zip(header, widths).map { $0.padded(to: $1) }.joined())
    lines.append(String(repeating: "-", count: width))
    let errors = bse.elements
    let t = tvalues.elements
    let p = pvalues.elements
    let intervals = confInt(alpha: alpha)
    for j in 0..<params.count {
      let cells = [
        coefficientFormat(params[j], 4), coefficientFormat(errors[j], 3), coefficientFormat(t[j], 3),
        p[j].pythonStyle("%#.*f", 3), coefficientFormat(intervals[j, 0], 3), coefficientFormat(intervals[j, 1], 3),
      ]
      lines.append(
        names[j].padded(to: nameWidth, alignment: .left) + zip(cells, widths).map { $0.padded(to: $1) }.joined())
    }
    lines.append(rule)
    let bottom: [((String, String), (String, String))] = [
      (
        ("Durbin-Watson:", durbinWatson.pythonStyle("%#.*f", 3)),
        ("Jarque-Bera (JB):", jb.statistic.pythonStyle("%#.*f", 3))
      ),
      (("Skew:", jb.skew.pythonStyle("%#.*f", 3)), ("Prob(JB):", jb.pValue.pythonStyle("%#.*g", 3))),
      (("Kurtosis:", jb.kurtosis.pythonStyle("%#.*f", 3)), ("Cond. No.", conditionNumber.pythonStyle("%#.*g", 3))),
    ]
    lines += bottom.map { pair($0.0, $0.1) }
    lines.append(rule)
    lines += [
      "", "Notes:", "[1] Standard Errors assume that the covariance matrix of the errors is correctly specified.",
    ]
    if conditionNumber > 1000 {
      let cond = conditionNumber.pythonStyle("%.*g", 3).padded(to: 6)  // statsmodels' %6.3g
      lines += [
        "[2] The condition number is large, \(cond). This might indicate that there are",
        "strong multicollinearity or other numerical problems.",
      ]
    }
    return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
  }
}

/// statsmodels' `forg`: `%.{digits}f` in the usual range, `%.{digits}g` below 1e-4 or from 1e4.
private func coefficientFormat(_ x: Double, _ digits: Int) -> String {
  let size = abs(x)
  return size >= 1e4 || size < 1e-4 ? x.pythonStyle("%.*g", digits) : x.pythonStyle("%.*f", digits)
}

/// A count of degrees of freedom: `27` when whole, `26.5` otherwise (statsmodels' `d_or_f`).
private func integerOrFloat(_ x: Double) -> String {
  x == x.rounded() && abs(x) < 1e15 ? "\(Int(x))" : "\(x)"
}

/// `text` centred in `width` columns, the extra space on the right as Python's `str.center`.
private func centred(_ text: String, _ width: Int) -> String {
  let padding = Swift.max(width - text.count, 0)
  let left = padding / 2
  return String(repeating: " ", count: left) + text
}
