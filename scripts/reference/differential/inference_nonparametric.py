# Rank tests, correlations, normality and KS tests, bootstrap and permutation tests
# (scipy.stats) against MLMath's Inference functions. Run by numpy_differential.py with
# its helpers in scope. Statistics and p-values print inside Vector([...]) / np.array([...])
# (8 digits): they agree to 1e-12, not always to the last of 17 digits.

def sv(values):
    """A Swift Vector literal."""
    return "Vector([" + ", ".join(swift_float(v) for v in values) + "])"


def pv(values):
    """A NumPy array literal."""
    return "np.array([" + ", ".join(py_float(v) for v in values) + "], dtype=float)"


SMALL_SAMPLE = ("A sample too short for the test throws an `InferenceError` naming the sample and the "
                "minimum; SciPy returns NaN with a `SmallSampleWarning`")
SWIFT_ALT = {"two-sided": ".twoSided", "less": ".less", "greater": ".greater"}
NP_PAIR = "print(np.array([r.statistic, r.pvalue]))"
SW_PAIR = "print(Vector([r.statistic, r.pValue]))"

# rankdata ---------------------------------------------------------------------------
RANK_ROW = "scipy.stats.rankdata(a, method='average')"
for values in [[3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [2.5], [7, 7, 7], [0.5, -1.5, 2, -1.5, nan, 3], [],
               [-0.0, 0.0, 1e308, -inf, inf, 5e-324]]:
    for method in ["average", "min", "max", "dense", "ordinal"]:
        case(RANK_ROW, f"print(rankdata({sv(values)}, method: .{method}))",
             f"print(scipy.stats.rankdata({pv(values)}, method='{method}').astype(float))")

# Correlations ---------------------------------------------------------------------------
CORR = [([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1]),
        ([1, 2, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8], [2, 1, 3, 3, 5, 4, 6, 6, 5, 8, 7, 7]),
        ([4.1, 3.3, 2.8, 5.0, 1.2, 0.4, 2.2, 3.9], [1.0, 2.5, 2.9, 0.2, 4.4, 5.1, 3.0, 1.9]),
        ([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]),
        ([1, 2, 4], [2, 1, 5]),
        ([1, 2], [2, 1]),
        ([1, 1, 1, 1], [1, 2, 3, 4]),
        ([1, 2, nan, 4], [2, 3, 1, 5]),
        (list(range(1, 41)), [(i * 7) % 41 + 0.5 * i for i in range(1, 41)])]
PEARSON_ROW = "scipy.stats.pearsonr(x, y, alternative='two-sided')"
SPEARMAN_ROW = "scipy.stats.spearmanr(x, y, alternative=)"
KENDALL_ROW = "scipy.stats.kendalltau(x, y, alternative=, method=)"
for x, y in CORR:
    for alt in ["two-sided", "less", "greater"]:
        case(PEARSON_ROW, f"let r = try pearsonr({sv(x)}, {sv(y)}, alternative: {SWIFT_ALT[alt]})\n{SW_PAIR}",
             f"r = scipy.stats.pearsonr({pv(x)}, {pv(y)}, alternative='{alt}')\n{NP_PAIR}")
        case(SPEARMAN_ROW, f"let r = try spearmanr({sv(x)}, {sv(y)}, alternative: {SWIFT_ALT[alt]})\n{SW_PAIR}",
             f"r = scipy.stats.spearmanr({pv(x)}, {pv(y)}, alternative='{alt}')\n{NP_PAIR}")
        case(KENDALL_ROW, f"let r = try kendalltau({sv(x)}, {sv(y)}, alternative: {SWIFT_ALT[alt]})\n{SW_PAIR}",
             f"r = scipy.stats.kendalltau({pv(x)}, {pv(y)}, alternative='{alt}')\n{NP_PAIR}")
        if len(x) > 2:
            case(KENDALL_ROW,
                 f"let r = try kendalltau({sv(x)}, {sv(y)}, alternative: {SWIFT_ALT[alt]}, method: .asymptotic)\n{SW_PAIR}",
                 f"r = scipy.stats.kendalltau({pv(x)}, {pv(y)}, alternative='{alt}', method='asymptotic')\n{NP_PAIR}")
    for level in [0.95, 0.8]:
        for alt in ["two-sided", "greater"]:
            case("res.confidence_interval(confidence_level=0.95)",
                 f"let r = try pearsonr({sv(x)}, {sv(y)}, alternative: {SWIFT_ALT[alt]}, confidenceLevel: {level})\n"
                 "let ci = r.confidenceInterval!\nprint(Vector([ci.lower, ci.upper]))",
                 f"r = scipy.stats.pearsonr({pv(x)}, {pv(y)}, alternative='{alt}')\n"
                 f"ci = r.confidence_interval(confidence_level={level})\nprint(np.array([ci.low, ci.high]))")
case(KENDALL_ROW, f"let r = try kendalltau({sv([1, 2, 3, 4, 5, 6])}, {sv([2, 1, 4, 3, 6, 5])}, method: .exact)\n{SW_PAIR}",
     f"r = scipy.stats.kendalltau({pv([1, 2, 3, 4, 5, 6])}, {pv([2, 1, 4, 3, 6, 5])}, method='exact')\n{NP_PAIR}")
# Invalid calls: SciPy raises for these, MLMath throws.
case(PEARSON_ROW, f"let r = try pearsonr({sv([1, 2, 3])}, {sv([1, 2])})\n{SW_PAIR}",
     f"r = scipy.stats.pearsonr({pv([1, 2, 3])}, {pv([1, 2])})\n{NP_PAIR}")
case(PEARSON_ROW, f"let r = try pearsonr({sv([1])}, {sv([2])})\n{SW_PAIR}",
     f"r = scipy.stats.pearsonr({pv([1])}, {pv([2])})\n{NP_PAIR}")
case(SPEARMAN_ROW, f"let r = try spearmanr({sv([1, 2, 3])}, {sv([1, 2])})\n{SW_PAIR}",
     f"r = scipy.stats.spearmanr({pv([1, 2, 3])}, {pv([1, 2])})\n{NP_PAIR}")
case(KENDALL_ROW, f"let r = try kendalltau({sv([1, 2, 2])}, {sv([1, 2, 3])}, method: .exact)\n{SW_PAIR}",
     f"r = scipy.stats.kendalltau({pv([1, 2, 2])}, {pv([1, 2, 3])}, method='exact')\n{NP_PAIR}")
case(SPEARMAN_ROW, f"let r = try spearmanr({sv([1])}, {sv([2])})\n{SW_PAIR}",
     f"r = scipy.stats.spearmanr({pv([1])}, {pv([2])})\n{NP_PAIR}", deliberate=SMALL_SAMPLE, mlmath="raises")
case(KENDALL_ROW, f"let r = try kendalltau({sv([1])}, {sv([2])})\n{SW_PAIR}",
     f"r = scipy.stats.kendalltau({pv([1])}, {pv([2])})\n{NP_PAIR}", deliberate=SMALL_SAMPLE, mlmath="raises")

# Shapiro–Wilk -----------------------------------------------------------------------------
SHAPIRO_ROW = "scipy.stats.shapiro(x)"
for x in [[1, 2, 4], [2.1, 3.4, 1.9, 5.6], [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 4.1],
          [0, 0.1, 0.05, 0.02, 0.08, 0.01, 0.03, 0.04, 0.06, 0.07, 25], [3, 3, 3, 3],
          [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8, 9, 12, 15], [i ** 1.5 for i in range(60)],
          [1, 2, nan, 4]]:
    case(SHAPIRO_ROW, f"let r = try shapiro({sv(x)})\n{SW_PAIR}", f"r = scipy.stats.shapiro({pv(x)})\n{NP_PAIR}")
case(SHAPIRO_ROW, f"let r = try shapiro({sv([1, 2])})\n{SW_PAIR}", f"r = scipy.stats.shapiro({pv([1, 2])})\n{NP_PAIR}",
     deliberate=SMALL_SAMPLE, mlmath="raises")

# Kolmogorov–Smirnov ---------------------------------------------------------------------------
KS_ROW = "scipy.stats.kstest(x, cdf, alternative=, method=)"
KS2_ROW = "scipy.stats.ks_2samp(a, b, alternative=, method=)"
SW_KS = "print(Vector([r.statistic, r.pValue, r.statisticLocation, Double(r.statisticSign)]))"
NP_KS = "print(np.array([r.statistic, r.pvalue, r.statistic_location, r.statistic_sign]))"
KS_SAMPLES = [[0.12, 0.48, 0.55, 0.91, 0.33], [-0.4, 1.3, 0.8, -1.1, 0.05, 2.2, 0.3, -0.7],
              [0.7], [(i * 0.37) % 3 - 1.2 for i in range(150)], [1.5 + 0.01 * i for i in range(40)]]
for x in KS_SAMPLES:
    for alt in ["two-sided", "less", "greater"]:
        case(KS_ROW, f"let r = try kstest({sv(x)}, Normal.standard, alternative: {SWIFT_ALT[alt]})\n{SW_KS}",
             f"r = scipy.stats.kstest({pv(x)}, scipy.stats.norm.cdf, alternative='{alt}')\n{NP_KS}")
        case(KS_ROW, f"let r = try kstest({sv(x)}, cdf: {{ -expm1(-Swift.max($0, 0)) }}, alternative: {SWIFT_ALT[alt]})\n{SW_KS}",
             f"r = scipy.stats.kstest({pv(x)}, 'expon', alternative='{alt}')\n{NP_KS}")
    case(KS_ROW, f"let r = try kstest({sv(x)}, try Normal(loc: 0.5, scale: 2), method: .asymptotic)\n{SW_KS}",
         f"r = scipy.stats.kstest({pv(x)}, 'norm', args=(0.5, 2), method='asymp')\n{NP_KS}")
case(KS_ROW, f"let r = try kstest({sv([])}, Normal.standard)\n{SW_KS}",
     f"r = scipy.stats.kstest({pv([])}, 'norm')\n{NP_KS}", deliberate=SMALL_SAMPLE, mlmath="raises")
KS2 = [([1.2, 3.4, 0.5, 2.2], [4.1, 5.0, 3.3, 6.2, 4.8]),
       ([1.2, 3.4, 0.5, 2.2, 2.9], [4.1, 5.0, 3.3, 6.2, 4.8]),
       ([1, 2, 2, 3, 3, 3, 4, 5], [2, 3, 3, 4, 4, 5, 5, 6, 6]),
       ([(i * 0.61) % 2 for i in range(60)], [(i * 0.43) % 2.4 for i in range(45)]),
       ([0.1, 0.2, 0.3], [0.1, 0.2, 0.3]), ([1.0], [2.0])]
for a, b in KS2:
    for alt in ["two-sided", "less", "greater"]:
        for method, py_method in [(".auto", "auto"), (".asymp", "asymp")]:
            case(KS2_ROW, f"let r = try ks2samp({sv(a)}, {sv(b)}, alternative: {SWIFT_ALT[alt]}, method: {method})\n{SW_KS}",
                 f"r = scipy.stats.ks_2samp({pv(a)}, {pv(b)}, alternative='{alt}', method='{py_method}')\n{NP_KS}")
case(KS2_ROW, f"let r = try ks2samp({sv([1, 2])}, {sv([])})\n{SW_KS}",
     f"r = scipy.stats.ks_2samp({pv([1, 2])}, {pv([])})\n{NP_KS}", deliberate=SMALL_SAMPLE, mlmath="raises")

# Mann–Whitney U and Wilcoxon -------------------------------------------------------------------
MWU_ROW = "scipy.stats.mannwhitneyu(x, y, use_continuity=, alternative=, method=)"
MWU = [([19, 22, 16, 29, 24], [20, 11, 17, 12]), ([1, 2, 2, 3, 4, 4, 5], [3, 3, 4, 5, 5, 6, 6, 7]),
       ([0.3 * i for i in range(12)], [0.25 * i + 1 for i in range(10)]), ([5.0], [1.0, 2.0, 3.0]),
       ([1, nan, 3], [2, 4])]
for x, y in MWU:
    for alt in ["two-sided", "less", "greater"]:
        for method in ["auto", "asymptotic", "exact"]:
            case(MWU_ROW,
                 f"let r = try mannwhitneyu({sv(x)}, {sv(y)}, alternative: {SWIFT_ALT[alt]}, method: .{method})\n{SW_PAIR}",
                 f"r = scipy.stats.mannwhitneyu({pv(x)}, {pv(y)}, alternative='{alt}', method='{method}')\n{NP_PAIR}")
    case(MWU_ROW, f"let r = try mannwhitneyu({sv(x)}, {sv(y)}, useContinuity: false, method: .asymptotic)\n{SW_PAIR}",
         f"r = scipy.stats.mannwhitneyu({pv(x)}, {pv(y)}, use_continuity=False, method='asymptotic')\n{NP_PAIR}")
    # The effect size: the rank-biserial correlation (U₁ − U₂)/(n₁n₂).
    case(MWU_ROW, f"let r = try mannwhitneyu({sv(x)}, {sv(y)})\nprint(Vector([r.effectSize!.value]))",
         f"r = scipy.stats.mannwhitneyu({pv(x)}, {pv(y)})\nn = {len(x) * len(y)}\n"
         "print(np.array([(r.statistic - (n - r.statistic)) / n]))")
case(MWU_ROW, f"let r = try mannwhitneyu({sv([])}, {sv([1])})\n{SW_PAIR}",
     f"r = scipy.stats.mannwhitneyu({pv([])}, {pv([1])})\n{NP_PAIR}", deliberate=SMALL_SAMPLE, mlmath="raises")

WILCOXON_ROW = "scipy.stats.wilcoxon(x, y, zero_method=, correction=, alternative=, method=)"
WILCOXON = [([125, 115, 130, 140, 140, 115, 140, 125, 140, 135], [110, 122, 125, 120, 140, 124, 123, 137, 135, 145]),
            ([1.2, -0.4, 2.5, 3.1, 0.8, -1.3, 2.2, 1.9], None),
            ([1.5, -2, 0, 3, -1.5, 2, 0, 4.5, 3, -0.5, 6, 2], None),
            ([1, 2, -1, 3, 2, -2, 4, 1, 5, -3, 2, 6, 1, -1, 7, 3, 2, 8, -4, 5], None),
            ([0.1 * i - 1 for i in range(55)], None), ([0.0, 0.0], None), ([1, nan, 3], None)]
for x, y in WILCOXON:
    swift_y = "" if y is None else f", {sv(y)}"
    py_y = "" if y is None else f", {pv(y)}"
    for zero in ["wilcox", "pratt", "zsplit"]:
        for alt in ["two-sided", "greater"]:
            for method, correction in [("auto", False), ("asymptotic", True)]:
                case(WILCOXON_ROW,
                     f"let r = try wilcoxon({sv(x)}{swift_y}, zeroMethod: .{zero}, correction: {str(correction).lower()}, "
                     f"alternative: {SWIFT_ALT[alt]}, method: .{method})\n{SW_PAIR}",
                     f"r = scipy.stats.wilcoxon({pv(x)}{py_y}, zero_method='{zero}', correction={correction}, "
                     f"alternative='{alt}', method='{method}')\n{NP_PAIR}")
    case(WILCOXON_ROW, f"let r = try wilcoxon({sv(x)}{swift_y}, alternative: .less, method: .exact)\n{SW_PAIR}",
         f"r = scipy.stats.wilcoxon({pv(x)}{py_y}, alternative='less', method='exact')\n{NP_PAIR}")
case(WILCOXON_ROW, f"let r = try wilcoxon({sv([1, 2, 3])}, {sv([1, 2])})\n{SW_PAIR}",
     f"r = scipy.stats.wilcoxon({pv([1, 2, 3])}, {pv([1, 2])})\n{NP_PAIR}")
case(WILCOXON_ROW, f"let r = try wilcoxon({sv([])})\n{SW_PAIR}", f"r = scipy.stats.wilcoxon({pv([])})\n{NP_PAIR}",
     deliberate=SMALL_SAMPLE, mlmath="raises")

# Bootstrap and permutation tests ----------------------------------------------------------------
BOOT_ROW = "scipy.stats.bootstrap((data,), statistic, random_state=rs)"
PERM_ROW = "scipy.stats.permutation_test((x, y), statistic, random_state=rs)"
BOOT_DATA = [[4.1, 5.2, 6.3, 5.5, 4.8, 7.1, 5.9, 6.0], [1.0, 4.0, 2.5, 8.0], [0.3 * (i % 7) + 0.01 * i for i in range(30)]]
STATS = [("{ $0.mean() }", "np.mean"), ("{ median($0) }", "np.median"), ("{ $0.std(ddof: 1) }", "lambda v: np.std(v, ddof=1)")]
for data in BOOT_DATA:
    for (swift_stat, py_stat) in STATS:
        for method, py_method in [("percentile", "percentile"), ("basic", "basic"), ("bca", "BCa")]:
            for alt in ["two-sided", "less"]:
                case(BOOT_ROW,
                     f"var rs = RandomState(seed: 7)\nlet r = try bootstrap({sv(data)}, statistic: {swift_stat}, "
                     f"nResamples: 499, confidenceLevel: 0.9, method: .{method}, alternative: {SWIFT_ALT[alt]}, using: &rs)\n"
                     "let ci = r.confidenceInterval\nprint(Vector([ci.lower, ci.upper, r.standardError]))\n"
                     "print(Vector(Array(r.bootstrapDistribution.elements.prefix(6))))",
                     f"rs = np.random.RandomState(7)\nr = scipy.stats.bootstrap(({pv(data)},), {py_stat}, n_resamples=499, "
                     f"confidence_level=0.9, method='{py_method}', alternative='{alt}', random_state=rs)\n"
                     "ci = r.confidence_interval\nprint(np.array([ci.low, ci.high, r.standard_error]))\n"
                     "print(r.bootstrap_distribution[:6])")
case(BOOT_ROW, f"Random.seed(3)\nlet r = try bootstrap({sv(BOOT_DATA[0])}, statistic: {{ $0.mean() }})\n"
     "print(Vector([r.confidenceInterval.lower, r.confidenceInterval.upper, r.standardError]))",
     f"np.random.seed(3)\nr = scipy.stats.bootstrap(({pv(BOOT_DATA[0])},), np.mean)\n"
     "print(np.array([r.confidence_interval.low, r.confidence_interval.high, r.standard_error]))")
case(BOOT_ROW, f"var rs = RandomState(seed: 1)\nlet r = try bootstrap({sv([2.0])}, statistic: {{ $0.mean() }}, using: &rs)\n"
     "print(r.standardError)",
     f"rs = np.random.RandomState(1)\nr = scipy.stats.bootstrap(({pv([2.0])},), np.mean, random_state=rs)\nprint(r.standard_error)")

PERM = [([5.1, 6.3, 7.2, 5.9, 6.8], [4.2, 5.0, 4.8, 5.5]), ([1, 2, 2, 3], [2, 3, 3, 4, 4]),
        ([0.4 * i % 3 for i in range(14)], [0.35 * i % 2.5 + 0.3 for i in range(11)])]
PERM_STATS = [("{ $0.mean() - $1.mean() }", "lambda a, b: np.mean(a) - np.mean(b)"),
              ("{ median($0) - median($1) }", "lambda a, b: np.median(a) - np.median(b)")]
for x, y in PERM:
    for swift_stat, py_stat in PERM_STATS:
        for alt in ["two-sided", "less", "greater"]:
            case(PERM_ROW,
                 f"var rs = RandomState(seed: 5)\nlet r = try permutationTest({sv(x)}, {sv(y)}, statistic: {swift_stat}, "
                 f"nResamples: 999, alternative: {SWIFT_ALT[alt]}, using: &rs)\n"
                 "print(Vector([r.statistic, r.pValue, Double(r.nullDistribution.count)]))",
                 f"rs = np.random.RandomState(5)\nr = scipy.stats.permutation_test(({pv(x)}, {pv(y)}), {py_stat}, "
                 f"n_resamples=999, alternative='{alt}', random_state=rs)\n"
                 "print(np.array([r.statistic, r.pvalue, r.null_distribution.size]))")
case(PERM_ROW, f"Random.seed(9)\nlet r = try permutationTest({sv(PERM[2][0])}, {sv(PERM[2][1])}, "
     "statistic: { $0.mean() - $1.mean() }, nResamples: 300)\nprint(Vector([r.statistic, r.pValue]))",
     f"np.random.seed(9)\nr = scipy.stats.permutation_test(({pv(PERM[2][0])}, {pv(PERM[2][1])}), "
     "lambda a, b: np.mean(a) - np.mean(b), n_resamples=300)\nprint(np.array([r.statistic, r.pvalue]))")
case(PERM_ROW, f"var rs = RandomState(seed: 1)\nlet r = try permutationTest({sv([1.0])}, {sv([1.0, 2.0])}, "
     "statistic: { $0.mean() - $1.mean() }, using: &rs)\nprint(r.pValue)",
     f"rs = np.random.RandomState(1)\nr = scipy.stats.permutation_test(({pv([1.0])}, {pv([1.0, 2.0])}), "
     "lambda a, b: np.mean(a) - np.mean(b), random_state=rs)\nprint(r.pvalue)")
