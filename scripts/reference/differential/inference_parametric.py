# Parametric tests, intervals, power and regression (scipy.stats, statsmodels) against MLMath.
# Run by numpy_differential.py with its helpers in scope. Results are printed number by number
# inside Vector([...]) / np.array([...]) (8 digits): the last of 17 digits of a p-value may move
# with the order of additions.
try:
    import statsmodels  # noqa: F401
except ImportError as error:  # the Python side of these cases calls statsmodels
    raise SystemExit("scripts/reference/differential/inference_parametric.py needs statsmodels "
                     "(pip install statsmodels)") from error

SAMPLES = {
    "x": ("[5.1, 4.9, 5.6, 5.8, 6.0, 5.4]", "[5.1, 4.9, 5.6, 5.8, 6.0, 5.4]"),
    "ties": ("[2, 2, 2, 3, 3, 5, 5, 5, 5]", "[2, 2, 2, 3, 3, 5, 5, 5, 5]"),
    "two": ("[1, 3]", "[1, 3]"),
    "far": ("Vector((0..<40).map { 10 + Double($0 % 7) * 0.1 })", "[10 + (i % 7) * 0.1 for i in range(40)]"),
    "const": ("[4, 4, 4, 4]", "[4, 4, 4, 4]"),
    "control": ("[20.1, 21.3, 19.8, 22.0, 20.6]", "[20.1, 21.3, 19.8, 22.0, 20.6]"),
    "treated": ("[22.4, 23.1, 21.9, 24.0, 22.8, 23.5]", "[22.4, 23.1, 21.9, 24.0, 22.8, 23.5]"),
    "before": ("[72, 80, 65, 90, 78, 84, 69, 75]", "[72, 80, 65, 90, 78, 84, 69, 75]"),
    "after": ("[70, 76, 66, 85, 74, 80, 69, 71]", "[70, 76, 66, 85, 74, 80, 69, 71]"),
}
ALTERNATIVES = [(".twoSided", "two-sided"), (".less", "less"), (".greater", "greater")]
SM_ALTERNATIVES = {"two-sided": "two-sided", "less": "smaller", "greater": "larger"}


def sw(name):
    return f"Vector({SAMPLES[name][0]})" if SAMPLES[name][0].startswith("[") else SAMPLES[name][0]


def py(name):
    return f"np.array({SAMPLES[name][1]}, dtype=float)"


SWIFT_T = "print(Vector([r.statistic, r.pValue, r.df!]))"
PY_T = "print(np.array([r.statistic, r.pvalue, r.df]))"
SWIFT_CI = "print(Vector([r.confidenceInterval!.lower, r.confidenceInterval!.upper]))"

# t-tests ------------------------------------------------------------------------------
ROW_1SAMP = "scipy.stats.ttest_1samp(a, popmean, alternative=…)"
for name, popmean in [("x", 5.0), ("ties", 3.0), ("two", 0.0), ("far", 0.0), ("const", 3.0), ("const", 4.0)]:
    for swift_alt, py_alt in ALTERNATIVES:
        case(ROW_1SAMP, f"let r = try ttest1Samp({sw(name)}, popmean: {popmean}, alternative: {swift_alt})\n{SWIFT_T}",
             f"r = scipy.stats.ttest_1samp({py(name)}, {popmean}, alternative='{py_alt}')\n{PY_T}")
        case("res.confidence_interval(confidence_level)",
             f"let r = try ttest1Samp({sw(name)}, popmean: {popmean}, alternative: {swift_alt}, "
             f"confidenceLevel: 0.9)\n{SWIFT_CI}",
             f"r = scipy.stats.ttest_1samp({py(name)}, {popmean}, alternative='{py_alt}')\n"
             "ci = r.confidence_interval(0.9)\nprint(np.array([ci.low, ci.high]))")
case(ROW_1SAMP, "let r = try ttest1Samp([7.5], popmean: 7)\nprint(r.pValue)",
     "r = scipy.stats.ttest_1samp(np.array([7.5]), 7)\nprint(r.pvalue)",
     deliberate="A t-test or interval needs a variance: with fewer than two observations MLMath throws an "
                "`InferenceError` (\"needs at least 2 observations, got 1\") where SciPy returns NaN with a "
                "`SmallSampleWarning`",
     mlmath="raises")
for name, popmean in [("x", 5.0), ("ties", 3.0), ("const", 3.0)]:
    case("(a.mean() - popmean) / a.std(ddof=1)",
         f"let r = try ttest1Samp({sw(name)}, popmean: {popmean})\nprint(Vector([r.effectSize!.value]))",
         f"a = {py(name)}\nprint(np.array([(a.mean() - {popmean}) / a.std(ddof=1)]))")

ROW_IND = "scipy.stats.ttest_ind(a, b, equal_var=…, alternative=…)"
for a, b in [("control", "treated"), ("x", "ties"), ("two", "x"), ("before", "after"), ("const", "x")]:
    for equal_var in ["true", "false"]:
        for swift_alt, py_alt in ALTERNATIVES:
            case(ROW_IND,
                 f"let r = try ttestInd({sw(a)}, {sw(b)}, equalVar: {equal_var}, alternative: {swift_alt})\n{SWIFT_T}",
                 f"r = scipy.stats.ttest_ind({py(a)}, {py(b)}, equal_var={equal_var.title()}, "
                 f"alternative='{py_alt}')\n{PY_T}")
        case("res.confidence_interval(confidence_level)",
             f"let r = try ttestInd({sw(a)}, {sw(b)}, equalVar: {equal_var}, confidenceLevel: 0.99)\n{SWIFT_CI}",
             f"r = scipy.stats.ttest_ind({py(a)}, {py(b)}, equal_var={equal_var.title()})\n"
             "ci = r.confidence_interval(0.99)\nprint(np.array([ci.low, ci.high]))")
        case("scipy.stats.ttest_ind(a, b).confidence_interval(confidence_level)",
             f"let ci = try meanDifferenceConfidenceInterval({sw(a)}, {sw(b)}, equalVar: {equal_var}, "
             "confidenceLevel: 0.9)\nprint(Vector([ci.lower, ci.upper]))",
             f"r = scipy.stats.ttest_ind({py(a)}, {py(b)}, equal_var={equal_var.title()})\n"
             "ci = r.confidence_interval(0.9)\nprint(np.array([ci.low, ci.high]))")
case(ROW_IND, "let r = try ttestInd([1.0], [2.0, 3.0], equalVar: false)\nprint(r.pValue)",
     "r = scipy.stats.ttest_ind(np.array([1.0]), np.array([2.0, 3.0]), equal_var=False)\nprint(r.pvalue)",
     deliberate="A t-test or interval needs a variance: with fewer than two observations MLMath throws an "
                "`InferenceError` (\"needs at least 2 observations, got 1\") where SciPy returns NaN with a "
                "`SmallSampleWarning`",
     mlmath="raises")

ROW_REL = "scipy.stats.ttest_rel(a, b, alternative=…)"
for a, b in [("before", "after"), ("after", "before"), ("x", "x")]:
    for swift_alt, py_alt in ALTERNATIVES:
        case(ROW_REL, f"let r = try ttestRel({sw(a)}, {sw(b)}, alternative: {swift_alt})\n{SWIFT_T}",
             f"r = scipy.stats.ttest_rel({py(a)}, {py(b)}, alternative='{py_alt}')\n{PY_T}")
case(ROW_REL, "let r = try ttestRel([1, 2, 3], [1, 2])\nprint(r.pValue)",
     "r = scipy.stats.ttest_rel(np.array([1.0, 2, 3]), np.array([1.0, 2]))\nprint(r.pvalue)")

ROW_T_INTERVAL = "scipy.stats.t.interval(confidence, len(a) - 1, loc=np.mean(a), scale=scipy.stats.sem(a))"
for name in ["x", "ties", "two", "far"]:
    for level in [0.9, 0.95, 0.999]:
        case(ROW_T_INTERVAL,
             f"let ci = try meanConfidenceInterval({sw(name)}, confidenceLevel: {level})\n"
             "print(Vector([ci.lower, ci.upper]))",
             f"a = {py(name)}\nlo, hi = scipy.stats.t.interval({level}, len(a) - 1, loc=np.mean(a), "
             "scale=scipy.stats.sem(a))\nprint(np.array([lo, hi]))")

# z-tests -----------------------------------------------------------------------------
SM_Z = "from statsmodels.stats.weightstats import ztest, zconfint\n"
for name, value in [("x", 5.0), ("far", 10.0), ("ties", 3.5)]:
    for swift_alt, py_alt in ALTERNATIVES:
        sm_alt = SM_ALTERNATIVES[py_alt]
        case("statsmodels.stats.weightstats.ztest(x1, value=…)",
             f"let r = try ztest({sw(name)}, value: {value}, alternative: {swift_alt})\n"
             "print(Vector([r.statistic, r.pValue]))",
             f"{SM_Z}z, p = ztest({py(name)}, value={value}, alternative='{sm_alt}')\nprint(np.array([z, p]))")
        case("zconfint(x1, alpha=…, alternative=…)",
             f"let r = try ztest({sw(name)}, value: {value}, alternative: {swift_alt}, confidenceLevel: 0.9)\n"
             f"{SWIFT_CI}",
             f"{SM_Z}lo, hi = zconfint({py(name)}, alpha=0.1, alternative='{sm_alt}')\nprint(np.array([lo, hi]))")
for a, b, value in [("control", "treated", 0.0), ("before", "after", 2.0), ("x", "ties", 1.0)]:
    for usevar in ["pooled", "unequal"]:
        for swift_alt, py_alt in ALTERNATIVES:
            case("ztest(x1, x2, value=…, usevar=…)",
                 f"let r = try ztest({sw(a)}, {sw(b)}, value: {value}, usevar: .{usevar}, alternative: {swift_alt})\n"
                 "print(Vector([r.statistic, r.pValue]))",
                 f"{SM_Z}z, p = ztest({py(a)}, {py(b)}, value={value}, usevar='{usevar}', "
                 f"alternative='{SM_ALTERNATIVES[py_alt]}')\nprint(np.array([z, p]))")
    case("zconfint(x1, alpha=…, alternative=…)",
         f"let r = try ztest({sw(a)}, {sw(b)}, value: {value}, confidenceLevel: 0.95)\n{SWIFT_CI}",
         # The interval is for μ₁ − μ₂ itself: statsmodels' zconfint with its default value = 0.
         f"{SM_Z}lo, hi = zconfint({py(a)}, {py(b)}, alpha=0.05)\nprint(np.array([lo, hi]))")
# A known σ: the textbook z, which statsmodels' ztest has no argument for.
case("statsmodels.stats.weightstats.ztest(x1, value=…)",
     "let r = try ztest([104, 112, 98, 120, 109, 101, 115, 108], value: 100, sigma: 15)\n"
     "print(Vector([r.statistic, r.pValue]))",
     "a = np.array([104, 112, 98, 120, 109, 101, 115, 108.0])\nz = (a.mean() - 100) / (15 / np.sqrt(len(a)))\n"
     "print(np.array([z, 2 * scipy.stats.norm.sf(abs(z))]))")

SM_P = "from statsmodels.stats.proportion import proportions_ztest, proportion_effectsize, proportion_confint\n"
for count, nobs, value in [(58, 100, 0.5), (5, 20, 0.5), (0, 30, 0.1), (4990, 10000, 0.52)]:
    for swift_alt, py_alt in ALTERNATIVES:
        case("statsmodels.stats.proportion.proportions_ztest(count, nobs, value)",
             f"let r = try proportionsZtest(count: {count}, nobs: {nobs}, value: {value}, alternative: {swift_alt})\n"
             "print(Vector([r.statistic, r.pValue]))",
             f"{SM_P}z, p = proportions_ztest({count}, {nobs}, value={value}, "
             f"alternative='{SM_ALTERNATIVES[py_alt]}')\nprint(np.array([z, p]))")
for count, nobs in [([45, 30], [100, 100]), ([12, 30], [40, 50]), ([700, 500], [1000]), ([10, 10], [50, 50])]:
    for swift_alt, py_alt in ALTERNATIVES:
        case("statsmodels.stats.proportion.proportions_ztest(count, nobs, value)",
             f"let r = try proportionsZtest(count: {count}, nobs: {nobs}, alternative: {swift_alt})\n"
             "print(Vector([r.statistic, r.pValue]))",
             f"{SM_P}z, p = proportions_ztest(np.array({count}), np.array({nobs}), "
             f"alternative='{SM_ALTERNATIVES[py_alt]}')\nprint(np.array([z, p]))")
    sizes = nobs * 2 if len(nobs) == 1 else nobs
    case("proportion_effectsize(prop1, prop2)",
         f"let r = try proportionsZtest(count: {count}, nobs: {nobs})\nprint(Vector([r.effectSize!.value]))",
         f"{SM_P}print(np.array([proportion_effectsize({count[0]} / {sizes[0]}, {count[1]} / {sizes[1]})]))")
case("statsmodels.stats.proportion.proportions_ztest(count, nobs, value)",
     "print(try proportionsZtest(count: -1, nobs: 10, value: 0.5).pValue)",
     f"{SM_P}z, p = proportions_ztest(-1, 10, value=0.5)\nprint(p)",
     deliberate="Counts must lie in 0…nobs: MLMath throws an `InferenceError` for a negative count (or one "
                "above nobs) where statsmodels computes with it", mlmath="raises")

# Chi-square ----------------------------------------------------------------------------
for observed, expected, ddof in [("[16, 18, 16, 14, 12, 12]", None, 0), ("[16, 18, 16, 14, 12, 44]", None, 1),
                                 ("[43, 52, 54, 40]", "[46, 46, 51, 46]", 0), ("[3, 7]", None, 0)]:
    exp_swift = f", expected: {expected}" if expected else ""
    exp_py = f", {expected}" if expected else ", None"
    case("scipy.stats.chisquare(f_obs, f_exp, ddof)",
         f"let r = try chisquare(observed: {observed}{exp_swift}, ddof: {ddof})\nprint(Vector([r.statistic, r.pValue]))",
         f"r = scipy.stats.chisquare({observed}{exp_py}, ddof={ddof})\nprint(np.array([r.statistic, r.pvalue]))")
    for swift_l, py_l in [(".logLikelihood", "'log-likelihood'"), (".cressieRead", "'cressie-read'"),
                          (".freemanTukey", "'freeman-tukey'"), (".neyman", "'neyman'"),
                          (".modLogLikelihood", "'mod-log-likelihood'"), (".lambda(1.5)", "1.5")]:
        case("scipy.stats.power_divergence(f_obs, f_exp, ddof, lambda_)",
             f"let r = try powerDivergence(observed: {observed}{exp_swift}, ddof: {ddof}, lambda: {swift_l})\n"
             "print(Vector([r.statistic, r.pValue]))",
             f"r = scipy.stats.power_divergence({observed}{exp_py}, ddof={ddof}, lambda_={py_l})\n"
             "print(np.array([r.statistic, r.pvalue]))")
case("scipy.stats.chisquare(f_obs, f_exp, ddof)", "print(try chisquare(observed: [10, 20], expected: [10, 21]))",
     "print(scipy.stats.chisquare([10, 20], [10, 21]))")
case("scipy.stats.chisquare(f_obs, f_exp, ddof)", "print(try chisquare(observed: [10, -2, 5]).pValue)",
     "print(scipy.stats.chisquare([10, -2, 5]).pvalue)",
     deliberate="Frequencies must not be negative: MLMath throws an `InferenceError` where SciPy's `chisquare` "
                "computes with them", mlmath="raises")

TABLES = ["[[30, 10], [15, 25]]", "[[12, 5], [9, 7]]", "[[10, 20, 30], [20, 30, 50]]", "[[3, 0], [0, 3]]",
          "[[20, 15, 30], [10, 25, 5], [8, 9, 12]]", "[[1, 2, 3]]"]
for table in TABLES:
    for correction in ["true", "false"]:
        case("scipy.stats.chi2_contingency(observed, correction, lambda_)",
             f"let r = try chi2Contingency({table} as Matrix, correction: {correction})\n"
             "print(Vector([r.statistic, r.pValue, Double(r.dof)]))",
             f"r = scipy.stats.chi2_contingency({table}, correction={correction.title()})\n"
             "print(np.array([r.statistic, r.pvalue, r.dof]))")
    case("scipy.stats.chi2_contingency(observed, correction, lambda_)",
         f"let r = try chi2Contingency({table} as Matrix, lambda: .logLikelihood)\nprint(Vector([r.statistic, r.pValue]))",
         f"r = scipy.stats.chi2_contingency({table}, lambda_='log-likelihood')\nprint(np.array([r.statistic, r.pvalue]))")
    case("scipy.stats.contingency.expected_freq(observed)", f"print(expectedFreq({table} as Matrix))",
         f"print(scipy.stats.contingency.expected_freq({table}))")
    if table != "[[1, 2, 3]]":
        for method in ["cramer", "tschuprow", "pearson"]:
            case("scipy.stats.contingency.association(observed, method)",
                 f"print(Vector([try association(IntMatrix({table}), method: .{method})]))",
                 f"print(np.array([scipy.stats.contingency.association(np.array({table}), method='{method}')]))")
case("scipy.stats.chi2_contingency(observed, correction, lambda_)",
     "print(try chi2Contingency([[1, 0], [2, 0]] as Matrix).pValue)",
     "print(scipy.stats.chi2_contingency([[1, 0], [2, 0]]).pvalue)")

for table in ["[[3, 1], [1, 3]]", "[[8, 2], [1, 5]]", "[[1, 9], [11, 3]]", "[[0, 5], [5, 0]]", "[[10, 10], [10, 10]]",
              "[[100, 2], [5, 120]]", "[[500, 480], [470, 520]]", "[[6, 4], [4, 6]]", "[[20, 300], [40, 280]]",
              "[[0, 0], [3, 4]]"]:
    for swift_alt, py_alt in ALTERNATIVES:
        case("scipy.stats.fisher_exact(table, alternative)",
             f"let r = try fisherExact({table}, alternative: {swift_alt})\nprint(Vector([r.statistic, r.pValue]))",
             f"r = scipy.stats.fisher_exact({table}, alternative='{py_alt}')\n"
             "print(np.array([r.statistic, r.pvalue]))")
case("scipy.stats.fisher_exact(table, alternative)", "print(try fisherExact([[1, 2, 3], [4, 5, 6]]).pValue)",
     "print(scipy.stats.fisher_exact([[1, 2, 3], [4, 5, 6]]).pvalue)",
     deliberate="`fisherExact` takes 2 × 2 tables; SciPy's r × c version is a Monte Carlo estimate "
                "(random unless seeded), which MLMath does not offer", mlmath="raises")

# ANOVA --------------------------------------------------------------------------------
GROUPS = [["[24, 27, 26, 22]", "[30, 31, 28, 33, 29]", "[25, 26, 27, 25]"], ["[1, 2, 3]"] * 3,
          ["[2, 2]", "[3, 3, 3]"], ["[5.1, 4.9, 5.6, 5.8, 6.0, 5.4]", "[2, 2, 2, 3, 3, 5, 5, 5, 5]"]]
for groups in GROUPS:
    sw_groups = ", ".join(f"Vector({g})" for g in groups)
    py_groups = ", ".join(f"np.array({g}, dtype=float)" for g in groups)
    for equal_var in (["true", "false"] if groups != ["[2, 2]", "[3, 3, 3]"] else ["true"]):
        case("scipy.stats.f_oneway(*samples, equal_var=…)",
             f"let r = try fOneway({sw_groups}, equalVar: {equal_var})\n"
             "print(Vector([r.statistic, r.pValue, r.df!, r.df2!]))",
             f"groups = [{py_groups}]\nr = scipy.stats.f_oneway(*groups, equal_var={equal_var.title()})\n"
             "dfd = sum(len(g) for g in groups) - len(groups)\n"
             + ("print(np.array([r.statistic, r.pvalue, len(groups) - 1, dfd]))" if equal_var == "true" else
                "w = np.array([len(g) / np.var(g, ddof=1) for g in groups])\n"
                "lam = sum((1 - wi / w.sum()) ** 2 / (len(g) - 1) for wi, g in zip(w, groups))\n"
                "k = len(groups)\nprint(np.array([r.statistic, r.pvalue, k - 1, (k * k - 1) / (3 * lam)]))"))
case("scipy.stats.f_oneway(*samples, equal_var=…)", "print(try fOneway([1, 2], Vector([])).pValue)",
     "print(scipy.stats.f_oneway(np.array([1.0, 2]), np.array([])).pvalue)",
     deliberate="An empty group (or only groups of one) leaves ANOVA undefined: MLMath throws an "
                "`InferenceError` where SciPy returns NaN with a `SmallSampleWarning`", mlmath="raises")

# Intervals for proportions ------------------------------------------------------------------
for count, nobs in [(7, 20), (0, 20), (20, 20), (1, 10), (3, 1000), (0, 1)]:
    for swift_m, sm_m in [("wald", "normal"), ("wilson", "wilson"), ("agrestiCoull", "agresti_coull"),
                          ("clopperPearson", "beta"), ("jeffreys", "jeffreys")]:
        case("statsmodels.stats.proportion.proportion_confint(count, nobs, alpha, method)",
             f"let ci = try proportionConfidenceInterval(count: {count}, nobs: {nobs}, confidenceLevel: 0.9, "
             f"method: .{swift_m})\nprint(Vector([ci.lower, ci.upper]))",
             f"{SM_P}lo, hi = proportion_confint({count}, {nobs}, alpha=0.1, method='{sm_m}')\n"
             "print(np.array([lo, hi]))")

# Multiple testing --------------------------------------------------------------------------
SM_MT = "from statsmodels.stats.multitest import multipletests\n"
for pvals in ["[0.01, 0.04, 0.03, 0.005, 0.2]", "[0.02, 0.02, 0.02, 0.5, 0.001, 0.001]", "[0, 1, 0.5, 1e-12, 0.049]",
              "[0.3, 0.6, 0.9]"]:
    for swift_m, sm_m in [("bonferroni", "bonferroni"), ("sidak", "sidak"), ("holmSidak", "holm-sidak"),
                          ("holm", "holm"), ("simesHochberg", "simes-hochberg"), ("hommel", "hommel"),
                          ("benjaminiHochberg", "fdr_bh"), ("benjaminiYekutieli", "fdr_by")]:
        case("statsmodels.stats.multitest.multipletests(pvals, alpha, method)",
             f"let r = try multipletests({pvals}, alpha: 0.05, method: .{swift_m})\nprint(r.reject)\n"
             "print(r.pvalsCorrected)\nprint(Vector([r.alphacSidak, r.alphacBonf]))",
             f"{SM_MT}reject, corrected, sidak, bonf = multipletests(np.array({pvals}), alpha=0.05, method='{sm_m}')\n"
             "print(reject)\nprint(corrected)\nprint(np.array([sidak, bonf]))")
    for method in ["bh", "by"]:
        case("scipy.stats.false_discovery_control(ps, method)",
             f"print(try falseDiscoveryControl({pvals}, method: .{method}))",
             f"print(scipy.stats.false_discovery_control(np.array({pvals}), method='{method}'))")
case("scipy.stats.false_discovery_control(ps, method)", "print(try falseDiscoveryControl([0.2, 1.5]))",
     "print(scipy.stats.false_discovery_control([0.2, 1.5]))")

# Power and sample size ----------------------------------------------------------------------
SM_POWER = "from statsmodels.stats.power import TTestIndPower, TTestPower\n"
for effect, nobs1, alpha, ratio in [(0.5, 64, 0.05, 1), (0.2, 100, 0.05, 1), (0.8, 20, 0.01, 2), (-0.5, 50, 0.05, 0.5),
                                    (0.3, 33.5, 0.05, 1.5)]:
    for swift_alt, py_alt in ALTERNATIVES:
        case("TTestIndPower().power(effect_size, nobs1, alpha, ratio, alternative)",
             f"print(Vector([try ttestIndPower(effectSize: {effect}, nobs1: {nobs1}, alpha: {alpha}, ratio: {ratio}, "
             f"alternative: {swift_alt})]))",
             f"{SM_POWER}print(np.array([TTestIndPower().power({effect}, {nobs1}, {alpha}, ratio={ratio}, "
             f"alternative='{SM_ALTERNATIVES[py_alt]}')]))")
for effect, nobs, alpha in [(0.5, 30, 0.05), (-0.8, 12, 0.01), (1.5, 5, 0.05)]:
    for swift_alt, py_alt in ALTERNATIVES:
        case("TTestPower().power(effect_size, nobs, alpha, alternative)",
             f"print(Vector([try ttestPower(effectSize: {effect}, nobs: {nobs}, alpha: {alpha}, "
             f"alternative: {swift_alt})]))",
             f"{SM_POWER}print(np.array([TTestPower().power({effect}, {nobs}, {alpha}, "
             f"alternative='{SM_ALTERNATIVES[py_alt]}')]))")
case("TTestIndPower().power(effect_size, nobs1, alpha, ratio, alternative)",
     "print(Vector([try ttestIndPower(effectSize: 0.5, nobs1: 1000)]))",
     f"{SM_POWER}print(np.array([TTestIndPower().power(0.5, 1000, 0.05)]))",
     deliberate="SciPy's `nctdtr` returns NaN (or values off by orders of magnitude) in some far lower tails of the "
                "noncentral t distribution, which statsmodels' power adds in; MLMath's noncentral t keeps 1e-10 "
                "there", mlmath_python="print(np.array([1.0]))")
SOLVE_DELIBERATE = ("statsmodels' `solve_power` stops its root finder at xtol = 1e-5, about 1e-7 relative from the "
                    "root; MLMath solves power(n) = power to 1e-12 (shown here as the root of statsmodels' own power "
                    "function, brentq to 1e-14), and finds roots below n = 2 where statsmodels returns NaN")
for effect, power, alpha, ratio, swift_alt, py_alt in [(0.5, 0.8, 0.05, 1, ".twoSided", "two-sided"),
                                                        (1.2, 0.8, 0.05, 1, ".twoSided", "two-sided"),
                                                        (0.35, 0.85, 0.05, 3, ".twoSided", "two-sided"),
                                                        (-0.3, 0.95, 0.05, 0.5, ".less", "less")]:
    sm_alt = SM_ALTERNATIVES[py_alt]
    case("TTestIndPower().solve_power(effect_size, nobs1=None, alpha, power, ratio, alternative)",
         f"let r = try ttestIndSampleSize(effectSize: {effect}, power: {power}, alpha: {alpha}, ratio: {ratio}, "
         f"alternative: {swift_alt})\nprint(Vector([r.nobs1]))\nprint(r.roundedNobs1)",
         f"{SM_POWER}n = TTestIndPower().solve_power({effect}, nobs1=None, alpha={alpha}, power={power}, "
         f"ratio={ratio}, alternative='{sm_alt}')\nprint(np.array([n]))\nprint(int(np.ceil(n)))",
         deliberate=SOLVE_DELIBERATE,
         mlmath_python=f"{SM_POWER}from scipy import optimize\n"
                       f"f = lambda n: TTestIndPower().power({effect}, n, {alpha}, ratio={ratio}, "
                       f"alternative='{sm_alt}') - {power}\n"
                       "n = TTestIndPower().solve_power"
                       f"({effect}, nobs1=None, alpha={alpha}, power={power}, ratio={ratio}, alternative='{sm_alt}')\n"
                       "n = optimize.brentq(f, 0.9 * n, 1.1 * n, xtol=1e-14)\nprint(np.array([n]))\n"
                       "print(int(np.ceil(n)))")
for effect, power, alpha, swift_alt, py_alt in [(0.5, 0.8, 0.05, ".twoSided", "two-sided"),
                                                (1.0, 0.95, 0.01, ".greater", "greater")]:
    sm_alt = SM_ALTERNATIVES[py_alt]
    case("TTestPower().solve_power(effect_size, nobs=None, alpha, power, alternative)",
         f"let r = try ttestSampleSize(effectSize: {effect}, power: {power}, alpha: {alpha}, alternative: {swift_alt})\n"
         "print(Vector([r.nobs1]))\nprint(r.roundedNobs1)",
         f"{SM_POWER}n = TTestPower().solve_power({effect}, nobs=None, alpha={alpha}, power={power}, "
         f"alternative='{sm_alt}')\nprint(np.array([n]))\nprint(int(np.ceil(n)))",
         deliberate=SOLVE_DELIBERATE,
         mlmath_python=f"{SM_POWER}from scipy import optimize\n"
                       f"f = lambda n: TTestPower().power({effect}, n, {alpha}, alternative='{sm_alt}') - {power}\n"
                       f"n = TTestPower().solve_power({effect}, nobs=None, alpha={alpha}, power={power}, "
                       f"alternative='{sm_alt}')\n"
                       "n = optimize.brentq(f, 0.9 * n, 1.1 * n, xtol=1e-14)\nprint(np.array([n]))\n"
                       "print(int(np.ceil(n)))")
case("TTestIndPower().solve_power(effect_size, nobs1=None, alpha, power, ratio, alternative)",
     "let r = try ttestIndSampleSize(effectSize: 0, power: 0.8)\nprint(r.nobs1)",
     f"{SM_POWER}print(TTestIndPower().solve_power(0.0, nobs1=None, alpha=0.05, power=0.8))")

# OLS ------------------------------------------------------------------------------------------
SM_OLS = "import statsmodels.api as sm\n"
OLS_DATA = [
    ("Vector([1, 2, 3, 4, 5, 6, 7, 8])", "[1.2, 1.9, 3.2, 3.8, 5.1, 6.3, 6.8, 8.1]",
     "np.array([1, 2, 3, 4, 5, 6, 7, 8.0])"),
    ("Matrix([[1, 0.5], [2, -1.0], [3, 0.7], [4, 1.9], [5, -0.3], [6, 0.8], [7, 2.2], [8, -1.4], [9, 0.1], "
     "[10, 1.1]])", "[3.1, 2.2, 5.3, 7.9, 5.2, 8.4, 11.8, 6.1, 9.7, 12.4]",
     "np.array([[1, 0.5], [2, -1.0], [3, 0.7], [4, 1.9], [5, -0.3], [6, 0.8], [7, 2.2], [8, -1.4], [9, 0.1], "
     "[10, 1.1]])"),
]
for x_swift, y, x_py in OLS_DATA:
    for add in ["true", "false"]:
        fit_swift = f"let fit = try ols(y: Vector({y}), x: {x_swift}, addConstant: {add})\n"
        exog = f"sm.add_constant({x_py})" if add == "true" else x_py
        fit_py = f"{SM_OLS}r = sm.OLS(np.array({y}), {exog}).fit()\n"
        case("sm.OLS(y, sm.add_constant(X)).fit()", fit_swift + "print(fit.params)", fit_py + "print(r.params)")
        for swift_attr, py_attr in [("params", "params"), ("bse", "bse"), ("tvalues", "tvalues"),
                                    ("pvalues", "pvalues")]:
            case(f"res.{py_attr}", fit_swift + f"print(fit.{swift_attr})", fit_py + f"print(r.{py_attr})")
        case("res.conf_int(alpha)", fit_swift + "print(fit.confInt(alpha: 0.1))", fit_py + "print(r.conf_int(0.1))")
        for names in [("rsquared", "rsquaredAdj", "fvalue", "fPvalue"), ("llf", "aic", "bic", "scale")]:
            py_names = [{"rsquaredAdj": "rsquared_adj", "fPvalue": "f_pvalue"}.get(n, n) for n in names]
            case(f"res.{py_names[0]}", fit_swift + "print(Vector([" + ", ".join(f"fit.{n}" for n in names) + "]))",
                 fit_py + "print(np.array([" + ", ".join(f"r.{n}" for n in py_names) + "]))")
        case("res.resid", fit_swift + "print(fit.resid)", fit_py + "print(r.resid)")
        case("res.fittedvalues", fit_swift + "print(fit.fittedValues)", fit_py + "print(r.fittedvalues)")
        case("durbin_watson(res.resid)",
             fit_swift + "let jb = fit.jarqueBera\n"
                         "print(Vector([fit.durbinWatson, jb.statistic, jb.pValue, jb.skew, jb.kurtosis]))",
             fit_py + "from statsmodels.stats.stattools import durbin_watson, jarque_bera\n"
                      "print(np.array([durbin_watson(r.resid), *jarque_bera(r.resid)]))")
case("res.predict(exog)",
     "let fit = try ols(y: Vector(" + OLS_DATA[0][1] + "), x: " + OLS_DATA[0][0] + ")\n"
     "print(fit.predict(Matrix([[0.5], [9], [12]])))",
     f"{SM_OLS}r = sm.OLS(np.array({OLS_DATA[0][1]}), sm.add_constant({OLS_DATA[0][2]})).fit()\n"
     "print(r.predict(sm.add_constant(np.array([[0.5], [9], [12]]))))")
case("sm.OLS(y, sm.add_constant(X)).fit()",
     "print(try ols(y: [1, 2, 3, 4], x: Matrix([[1, 2], [2, 4], [3, 6], [4, 8]])).params)",
     f"{SM_OLS}print(sm.OLS(np.array([1, 2, 3, 4.0]), sm.add_constant(np.array([[1, 2], [2, 4], [3, 6], [4, 8.0]])))"
     ".fit().params)",
     deliberate="A design matrix without full column rank (collinear columns) throws an `InferenceError`: the "
                "coefficients are not identified; statsmodels returns the pseudo-inverse's minimum-norm solution",
     mlmath="raises")

# The summary table: statsmodels' numbers in MLMath's layout (statsmodels' rows without Date, Time
# and the Omnibus test, paired as two columns).
SUMMARY_PY = r'''
from statsmodels.stats.stattools import durbin_watson, jarque_bera
def forg(x, prec):
    return (f"{x:.{prec}g}" if abs(x) >= 1e4 or abs(x) < 1e-4 else f"{x:.{prec}f}")
def layout(r, yname, xnames):
    jb, jbp, skew, kurt = jarque_bera(r.resid)
    cond = np.linalg.cond(r.model.exog)
    w = max(10, max(len(n) for n in xnames)) + 68
    pair = lambda a, b: (a[0] + a[1].rjust(37 - len(a[0])) + "   " + b[0] + b[1].rjust(38 - len(b[0]))).rstrip()
    lines = ["OLS Regression Results".center(78).rstrip(), "=" * 78]
    top = [(("Dep. Variable:", yname), ("R-squared:", f"{r.rsquared:#.3f}")),
           (("Model:", "OLS"), ("Adj. R-squared:", f"{r.rsquared_adj:#.3f}")),
           (("Method:", "Least Squares"), ("F-statistic:", f"{r.fvalue:#.4g}")),
           (("No. Observations:", f"{int(r.nobs)}"), ("Prob (F-statistic):", f"{r.f_pvalue:#.3g}")),
           (("Df Residuals:", f"{int(r.df_resid)}"), ("Log-Likelihood:", f"{r.llf:#.5g}")),
           (("Df Model:", f"{int(r.df_model)}"), ("AIC:", f"{r.aic:#.4g}")),
           (("Covariance Type:", "nonrobust"), ("BIC:", f"{r.bic:#.4g}"))]
    lines += [pair(a, b) for a, b in top] + ["=" * w]
    nw = w - 68
    head = ["coef", "std err", "t", "P>|t|", "[0.025", "0.975]"]
    widths = [11, 11, 11, 11, 12, 12]
    lines.append((" " * nw + "".join(h.rjust(k) for h, k in zip(head, widths))).rstrip())
    lines.append("-" * w)
    ci = r.conf_int(0.05)
    for j, name in enumerate(xnames):
        cells = [forg(r.params[j], 4), forg(r.bse[j], 3), forg(r.tvalues[j], 3), f"{r.pvalues[j]:#.3f}",
                 forg(ci[j][0], 3), forg(ci[j][1], 3)]
        lines.append(name.ljust(nw) + "".join(c.rjust(k) for c, k in zip(cells, widths)))
    lines.append("=" * 78)
    bottom = [(("Durbin-Watson:", f"{durbin_watson(r.resid):#.3f}"), ("Jarque-Bera (JB):", f"{jb:#.3f}")),
              (("Skew:", f"{skew:#.3f}"), ("Prob(JB):", f"{jbp:#.3g}")),
              (("Kurtosis:", f"{kurt:#.3f}"), ("Cond. No.", f"{cond:#.3g}"))]
    lines += [pair(a, b) for a, b in bottom] + ["=" * 78, "", "Notes:",
              "[1] Standard Errors assume that the covariance matrix of the errors is correctly specified."]
    return "\n".join(lines)
'''
for x_swift, y, x_py in OLS_DATA:
    k = 1 if x_swift.startswith("Vector") else 2
    names = ["const"] + [f"x{i + 1}" for i in range(k)]
    case("print(res.summary())", f"let fit = try ols(y: Vector({y}), x: {x_swift})\nprint(fit.summary())",
         # (statsmodels' date and time blanked, so that cases.json does not change with the clock)
         f"{SM_OLS}r = sm.OLS(np.array({y}), sm.add_constant({x_py})).fit()\n"
         "print('\\n'.join(l[:5].ljust(37) + l[37:] if l.startswith(('Date:', 'Time:')) else l\n"
         "                 for l in str(r.summary()).splitlines()))",
         deliberate="`summary()` lays out statsmodels' numbers and formats without the Date and Time lines (so the "
                    "output is the same every run) and without the Omnibus normality test; the rows are paired "
                    "accordingly",
         mlmath_python=f"{SM_OLS}{SUMMARY_PY}\nr = sm.OLS(np.array({y}), sm.add_constant({x_py})).fit()\n"
                       f"print(layout(r, 'y', {names}))")
