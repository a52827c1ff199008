// The checks scikit-learn's regression metrics make (`_check_reg_targets`): one
// prediction per target, at least one sample, and finite values throughout.

/// Stops unless `yTrue` and `yPred` are equally long, non-empty and finite.
func checkRegressionTargets(_ yTrue: Vector, _ yPred: Vector, _ function: String) {
  checkSampleCounts(yTrue.count, yPred.count, function)
  if yTrue.count == 0 {
    failure("\(function): found arrays with 0 samples; a metric needs at least 1")
  }
  checkFiniteEntries(yTrue.elements, "yTrue", function)
  checkFiniteEntries(yPred.elements, "yPred", function)
}
