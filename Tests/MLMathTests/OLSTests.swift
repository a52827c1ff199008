import Foundation
import XCTest

@testable import MLMath

/// Ordinary least squares against statsmodels' `OLS(y, X).fit()` (Fixtures/reference/
/// inference_parametric.json): with and without a constant, an explicit constant column, dummies
/// that span the constant, and regressors on scales 1e-2 to 1e2.
final class OLSTests: XCTestCase {
  private func matrix(_ rows: [[ReferenceNumber]]) -> Matrix {
    Matrix(rows.map { $0.map(\.value) })
  }

  func testFitMatchesStatsmodels() throws {
    let fixture = try ParametricFixture.load()
    var agreement = Agreement()
    for entry in fixture.ols {
      let y = Vector(entry.y.map(\.value))
      let fit = try ols(y: y, x: matrix(entry.x), addConstant: entry.add_constant)
      let name = entry.name
      XCTAssertEqual(fit.kConstant, entry.k_constant, name)
      // β̂ and everything after it are well conditioned here (cond(X) ≤ 2e4): QR and statsmodels'
      // pseudo-inverse agree to cond · ε, so to 1e-10 relative.
      func close(_ actual: [Double], _ expected: [ReferenceNumber], _ label: String) {
        XCTAssertEqual(actual.count, expected.count, "\(name) \(label)")
        for (a, e) in zip(actual, expected) { agreement.check(a, e.value, label, relative: 1e-10, name) }
      }
      close(fit.params.elements, entry.params, "params")
      close(fit.bse.elements, entry.bse, "bse")
      close(fit.tvalues.elements, entry.tvalues, "tvalues")
      close(fit.pvalues.elements, entry.pvalues, "pvalues")
      close(fit.confInt().elements, entry.conf_int.flatMap { $0 }, "confInt")
      close(fit.confInt(alpha: 0.1).elements, entry.conf_int_90.flatMap { $0 }, "confInt")
      close(fit.fittedValues.elements, entry.fitted, "fittedValues")
      // Residuals are differences y − ŷ: relative to y, not to themselves.
      for (a, e) in zip(fit.resid.elements, entry.resid) {
        agreement.check(a, e.value, "resid", relative: 1e-10, absolute: 1e-12 * norm(y), name)
      }
      close(fit.predict(matrix(entry.predict_x)).elements, entry.predict, "predict")
      let scalars: [(Double, ReferenceNumber, String)] = [
        (fit.rsquared, entry.rsquared, "rsquared"), (fit.rsquaredAdj, entry.rsquared_adj, "rsquaredAdj"),
        (fit.fvalue, entry.fvalue, "fvalue"), (fit.fPvalue, entry.f_pvalue, "fPvalue"), (fit.llf, entry.llf, "llf"),
        (fit.aic, entry.aic, "aic"), (fit.bic, entry.bic, "bic"), (fit.ssr, entry.ssr, "ssr"),
        (fit.ess, entry.ess, "ess"),
        (fit.centeredTss, entry.centered_tss, "centeredTss"), (fit.dfModel, entry.df_model, "dfModel"),
        (fit.dfResid, entry.df_resid, "dfResid"), (fit.scale, entry.scale, "scale"),
        (fit.durbinWatson, entry.durbin_watson, "durbinWatson"),
        (fit.jarqueBera.statistic, entry.jarque_bera, "jarqueBera"),
        (fit.jarqueBera.pValue, entry.jarque_bera_p, "jarqueBera.p"), (fit.jarqueBera.skew, entry.skew, "skew"),
        (fit.jarqueBera.kurtosis, entry.kurtosis, "kurtosis"),
      ]
      for (actual, expected, label) in scalars {
        agreement.check(actual, expected.value, label, relative: 1e-10, name)
      }
      // statsmodels takes cond(X) from the eigenvalues of XᵀX, accurate to about cond² · ε.
      let cond = entry.condition_number.value
      agreement.check(fit.conditionNumber, cond, "conditionNumber", relative: max(1e-12, 4e-16 * cond * cond), name)
    }
    print("OLS worst relative errors:", agreement.report)
  }

  func testSimpleRegressionOnAVector() throws {
    let x: Vector = [1, 2, 3, 4, 5]
    let y: Vector = [2.1, 3.9, 6.2, 7.8, 10.1]
    let fit = try ols(y: y, x: x)
    XCTAssertEqual(fit.params[1], 1.99, accuracy: 1e-12)
    XCTAssertEqual(fit.params[0], 0.05, accuracy: 1e-12)
    XCTAssertEqual(fit.model.exogNames, ["const", "x1"])
    XCTAssertEqual(try OLS(y: y, x: x, addConstant: false).exogNames, ["x1"])
  }

  func testSummaryPrintsStatsmodelsLayout() throws {
    let x: Vector = [1, 2, 3, 4, 5, 6, 7, 8]
    let y: Vector = [1.2, 1.9, 3.2, 3.8, 5.1, 6.3, 6.8, 8.1]
    let fit = try ols(y: y, x: x)
    XCTAssertEqual(
      fit.summary(yName: "sales", xNames: ["const", "advertising"]),
      """
                                  OLS Regression Results
      ==============================================================================
      Dep. Variable:                  sales   R-squared:                       0.994
      Model:                            OLS   Adj. R-squared:                  0.993
      Method:                 Least Squares   F-statistic:                     963.4
      No. Observations:                   8   Prob (F-statistic):           7.43e-08
      Df Residuals:                       6   Log-Likelihood:                 2.3877
      Df Model:                           1   AIC:                           -0.7753
      Covariance Type:            nonrobust   BIC:                           -0.6164
      ===============================================================================
                        coef    std err          t      P>|t|      [0.025      0.975]
      -------------------------------------------------------------------------------
      const           0.0821      0.162      0.509      0.629      -0.313       0.477
      advertising     0.9929      0.032     31.038      0.000       0.915       1.071
      ==============================================================================
      Durbin-Watson:                  3.137   Jarque-Bera (JB):                0.744
      Skew:                          -0.229   Prob(JB):                        0.689
      Kurtosis:                       1.578   Cond. No.                         11.5
      ==============================================================================

      Notes:
      [1] Standard Errors assume that the covariance matrix of the errors is correctly specified.
      """)
    XCTAssertEqual(fit.description, fit.summary())
    // A badly conditioned design gets statsmodels' second note.
    let wide = try ols(
      y: [1, 2.2, 2.9, 4.1, 5.2, 5.8],
      x: Matrix([[1, 1000], [2, 2100], [3, 2900], [4, 4200], [5, 4800], [6, 6100]]))
    XCTAssertEqual(
      wide.summary().split(separator: "\n").suffix(4).joined(separator: "\n"),
      """
      Notes:
      [1] Standard Errors assume that the covariance matrix of the errors is correctly specified.
      [2] The condition number is large, 2.91e+04. This might indicate that there are
      strong multicollinearity or other numerical problems.
      """)
  }

  func testInvalidModelsThrow() {
    XCTAssertThrowsError(try ols(y: [1, 2, 3], x: Matrix([[1], [2]]))) { error in
      XCTAssertEqual("\(error)", "OLS: x has 2 rows but y has 3 values (one row per observation)")
    }
    XCTAssertThrowsError(try ols(y: [1, 2, 3, 4], x: Matrix([[1, 2], [2, 4], [3, 6], [4, 8]]))) { error in
      XCTAssertEqual(
        "\(error)",
        "OLS: the design matrix has rank 2 but 3 columns (collinear regressors or fewer than 3 observations); the coefficients are not identified"
      )
    }
    XCTAssertThrowsError(try ols(y: [1, .nan], x: [1, 2] as Vector)) { error in
      XCTAssertEqual("\(error)", "OLS: y and x must not contain NaN or infinity")
    }
  }
}
