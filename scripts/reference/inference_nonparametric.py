#!/usr/bin/env python3
"""Reference values for MLMath's rank tests, correlations, normality and goodness-of-fit
tests and resampling (Sources/MLMath/Inference/), from scipy.stats.

Writes Tests/MLMathTests/Fixtures/reference/inference_nonparametric.json, which
Tests/MLMathTests/NonparametricTestTests.swift (and its companions) replay without Python.

Run from the package root:  python3 scripts/reference/inference_nonparametric.py

Every entry holds its input data, the arguments in MLMath's spelling, and SciPy's
statistic and p-value (and interval, location, distribution, … where the test has them).
The data sets are drawn here from fixed seeds and stored, so the Swift side needs no
random numbers except where it reproduces SciPy's resampling stream (bootstrap and
permutation_test with `random_state=np.random.RandomState(seed)`).
Floats that are not finite are written as "nan", "inf", "-inf".
"""
import json
import pathlib
import warnings

import numpy as np
import scipy
import scipy.special as sc
import scipy.stats as st
from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "inference_nonparametric.json"
ALTERNATIVES = ["two-sided", "less", "greater"]
SWIFT_ALTERNATIVE = {"two-sided": "twoSided", "less": "less", "greater": "greater"}

warnings.simplefilter("ignore")


def numbers(values):
    return [number(v) for v in np.asarray(values, dtype=float).ravel()]


def rounded(values, digits=6):
    """Data sets are rounded so that they print and paste exactly."""
    return np.round(np.asarray(values, dtype=float), digits)


def rs(seed):
    return np.random.RandomState(seed)


fixture = {"scipy": scipy.__version__, "numpy": np.__version__, "data": {}}


def ref(key, values):
    """Stores a data set once under `key` (entries name it instead of repeating it)."""
    if values is None:
        return None
    stored = numbers(values)
    assert fixture["data"].setdefault(key, stored) == stored, key
    return key

# rankdata -----------------------------------------------------------------------------
rank_sets = [[3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [2.5], [7, 7, 7], [0.5, -1.5, 2, -1.5, np.nan, 3],
             list(rounded(rs(1).standard_normal(12), 2))]
fixture["rankdata"] = [{"a": numbers(a), "method": m, "ranks": numbers(st.rankdata(a, method=m).astype(float))}
                       for a in rank_sets for m in ["average", "min", "max", "dense", "ordinal"]]

# Correlation data sets ------------------------------------------------------------------
corr_sets = []
corr_sets.append(("five", [1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1]))
x = rounded(rs(2).standard_normal(30), 4)
corr_sets.append(("thirty", x, rounded(0.4 * x + rs(3).standard_normal(30), 4)))
corr_sets.append(("ties", [1, 2, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8], [2, 1, 3, 3, 5, 4, 6, 6, 5, 8, 7, 7]))
x = rounded(rs(4).standard_normal(200), 4)
corr_sets.append(("strong200", x, rounded(x + 0.4 * rs(5).standard_normal(200), 4)))
corr_sets.append(("negative", [4.1, 3.3, 2.8, 5.0, 1.2, 0.4, 2.2, 3.9], [1.0, 2.5, 2.9, 0.2, 4.4, 5.1, 3.0, 1.9]))
corr_sets.append(("three", [1, 2, 4], [2, 1, 5]))
corr_sets.append(("two", [1, 2], [2, 1]))
corr_sets.append(("constant", [1, 1, 1, 1], [1, 2, 3, 4]))
corr_sets.append(("nan", [1, 2, np.nan, 4], [2, 3, 1, 5]))
corr_sets.append(("near-one", [1, 2, 3, 4, 5, 6, 7, 8], [1.01, 2.0, 2.99, 4.02, 5.0, 5.98, 7.01, 8.0]))

fixture["pearsonr"] = []
for name, xs, ys in corr_sets:
    for alt in ALTERNATIVES:
        for level in ([0.95, 0.9] if alt == "two-sided" else [0.95]):
            res = st.pearsonr(np.asarray(xs, float), np.asarray(ys, float), alternative=alt)
            ci = res.confidence_interval(confidence_level=level)
            fixture["pearsonr"].append({"name": name, "x": ref(f"corr/{name}/x", xs), "y": ref(f"corr/{name}/y", ys),
                                        "alternative": SWIFT_ALTERNATIVE[alt], "level": level,
                                        "statistic": number(res.statistic), "pvalue": number(res.pvalue),
                                        "ci": [number(ci.low), number(ci.high)]})

fixture["spearmanr"] = []
for name, xs, ys in corr_sets:
    for alt in ALTERNATIVES:
        res = st.spearmanr(np.asarray(xs, float), np.asarray(ys, float), alternative=alt)
        fixture["spearmanr"].append({"name": name, "x": ref(f"corr/{name}/x", xs), "y": ref(f"corr/{name}/y", ys),
                                     "alternative": SWIFT_ALTERNATIVE[alt],
                                     "statistic": number(res.statistic), "pvalue": number(res.pvalue)})

kendall_sets = list(corr_sets)
x = rounded(rs(6).standard_normal(33), 4)
kendall_sets.append(("exact33", x, rounded(0.5 * x + rs(7).standard_normal(33), 4)))
x = rounded(rs(8).standard_normal(50), 4)
kendall_sets.append(("untied50", x, rounded(0.3 * x + rs(9).standard_normal(50), 4)))
kendall_sets.append(("perfect40", list(range(40)), list(range(40))))
kendall_sets.append(("perfect100", list(range(100)), list(range(100))))
kendall_sets.append(("reversed180", list(range(180)), list(range(180, 0, -1))))
kendall_sets.append(("onepair60", list(range(60)), [1, 0] + list(range(2, 60))))
kendall_sets.append(("heavy-ties", [1, 1, 1, 2, 2, 2, 3, 3, 3, 3] * 3, [1, 2, 1, 2, 3, 2, 3, 3, 1, 3] * 3))
fixture["kendalltau"] = []
for name, xs, ys in kendall_sets:
    xs_a, ys_a = np.asarray(xs, float), np.asarray(ys, float)
    has_ties = len(np.unique(xs_a)) < len(xs_a) or len(np.unique(ys_a)) < len(ys_a)
    for method in ["auto", "asymptotic"] + ([] if has_ties or np.isnan(xs_a).any() else ["exact"]):
        for alt in ALTERNATIVES:
            if method == "asymptotic" and len(xs_a) < 3:
                continue  # SciPy divides by n - 2 (ZeroDivisionError); MLMath throws
            res = st.kendalltau(xs_a, ys_a, alternative=alt, method=method)
            fixture["kendalltau"].append({"name": name, "x": ref(f"corr/{name}/x", xs), "y": ref(f"corr/{name}/y", ys),
                                          "alternative": SWIFT_ALTERNATIVE[alt], "method": method,
                                          "statistic": number(res.statistic), "pvalue": number(res.pvalue)})

# Shapiro–Wilk -------------------------------------------------------------------------
shapiro_sets = [("n3", [1, 2, 4]), ("n3-even", [1, 2, 3]), ("n4", [2.1, 3.4, 1.9, 5.6]),
                ("n5", [2.1, 3.4, 1.9, 5.6, 4.4]), ("n6", [2.1, 3.4, 1.9, 5.6, 4.4, 3.3]),
                ("n8", [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 4.1]),
                ("n11-outlier", [0, 0.1, 0.05, 0.02, 0.08, 0.01, 0.03, 0.04, 0.06, 0.07, 25]),
                ("n7-extreme", [0, 0, 0, 0, 0, 0, 1]), ("constant", [3, 3, 3, 3, 3]),
                ("ties20", [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8, 9, 12, 15]),
                ("normal12", rounded(rs(10).standard_normal(12), 4)),
                ("normal100", rounded(rs(11).normal(50, 10, 100), 3)),
                ("expon1000", rounded(rs(12).exponential(2, 1000), 5)),
                ("uniform5000", rounded(rs(13).uniform(0, 1, 5000), 6)),
                ("lognormal300", rounded(rs(14).lognormal(0, 1.5, 300), 5)),
                ("nan", [1, 2, np.nan, 4])]
fixture["shapiro"] = []
for name, xs in shapiro_sets:
    res = st.shapiro(np.asarray(xs, float))
    fixture["shapiro"].append({"name": name, "x": ref(f"shapiro/{name}", xs), "statistic": number(res.statistic),
                               "pvalue": number(res.pvalue)})

# Kolmogorov–Smirnov distributions ----------------------------------------------------------
kstwo_rows = []
for n in [1, 2, 3, 5, 10, 20, 50, 100, 140, 141, 200, 500, 1000, 5000, 10000, 100000, 100001]:
    ds = {0.4 / n, 0.5 / n, 0.75 / n, 1.0 / n, 1.5 / n, 0.5, 0.7, 0.99, 1.0, 1 - 0.5 / n}
    for z in [0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.868, 0.9, 1.0, 1.2, 1.5, 1.8, 2.0, 2.5, 3.0, 4.0, 5.0, 8.0, 15.0]:
        ds.add(z / np.sqrt(n))
    for d in sorted(ds):
        if 0 < d <= 1:
            kstwo_rows.append({"n": n, "d": number(d), "sf": number(st.kstwo.sf(d, n))})
fixture["kstwo_sf"] = kstwo_rows
fixture["smirnov"] = [{"n": n, "d": number(d), "sf": number(sc.smirnov(n, d))}
                      for n in [1, 2, 3, 5, 10, 11, 20, 50, 100, 1000, 10000, 100000, 2000000]
                      for d in sorted({0.001, 0.01, 0.05, 0.5 / n, 1.0 / n, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.999,
                                       1 - 1.0 / n, 0.5 / np.sqrt(n), 1.5 / np.sqrt(n), 3 / np.sqrt(n)})
                      if 0 <= d <= 1]
fixture["kolmogorov"] = [{"x": x, "sf": number(sc.kolmogorov(x))}
                         for x in [0.0, 0.02, 0.041, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.82, 0.83, 1.0, 1.36, 2.0, 3.0,
                                   5.0, 10.0, 20.0, 30.0]]

# One-sample KS tests ------------------------------------------------------------------------
# cdfs that MLMath evaluates with the same arithmetic: uniform (clip), exponential
# (−expm1(−x)), and the normal (erfc in both, at most an ulp apart).
def cdf_of(kind, params):
    if kind == "uniform":
        return lambda v: np.clip(v, 0, 1)
    if kind == "expon":
        return lambda v: -np.expm1(-np.maximum(v, 0))
    return st.norm(*params).cdf


ks_sets = [("normal20", "norm", [0, 1], rounded(rs(20).standard_normal(20), 4)),
           ("shifted20", "norm", [0, 1], rounded(rs(21).normal(0.8, 1, 20), 4)),
           ("uniform5", "uniform", [], [0.12, 0.48, 0.55, 0.91, 0.33]),
           ("uniform1", "uniform", [], [0.7]),
           ("expon100", "expon", [], rounded(rs(22).exponential(1, 100), 5)),
           ("expon-ties", "expon", [], [0.5, 0.5, 1.0, 1.0, 1.0, 2.0, 0.1, 0.1]),
           ("normal300", "norm", [2, 3], rounded(rs(23).normal(2, 3, 300), 4)),
           ("wrong1000", "norm", [0, 1], rounded(rs(24).normal(0.5, 1, 1000), 4)),
           ("far2000", "norm", [0, 1], rounded(rs(25).normal(2, 1, 2000), 4))]
fixture["kstest"] = []
for name, kind, params, xs in ks_sets:
    for alt in ALTERNATIVES:
        for method in (["auto", "asymp"] if alt == "two-sided" else ["auto"]):
            res = st.kstest(np.asarray(xs, float), cdf_of(kind, params), alternative=alt, method=method)
            fixture["kstest"].append({"name": name, "x": ref(f"kstest/{name}", xs), "cdf": kind, "params": params,
                                      "alternative": SWIFT_ALTERNATIVE[alt],
                                      "method": "asymptotic" if method == "asymp" else method,
                                      "statistic": number(res.statistic), "pvalue": number(res.pvalue),
                                      "location": number(res.statistic_location),
                                      "sign": int(res.statistic_sign)})

# Two-sample KS tests ------------------------------------------------------------------------
ks2_sets = [("five-five", [1.2, 3.4, 0.5, 2.2, 2.9], [4.1, 5.0, 3.3, 6.2, 4.8]),
            ("four-five", [1.2, 3.4, 0.5, 2.2], [4.1, 5.0, 3.3, 6.2, 4.8]),
            ("eight-thirteen", rounded(rs(30).standard_normal(8), 3), rounded(rs(31).normal(0.7, 1, 13), 3)),
            ("ties", [1, 2, 2, 3, 3, 3, 4, 5], [2, 3, 3, 4, 4, 5, 5, 6, 6]),
            ("one-one", [1.0], [2.0]),
            ("hundred-150", rounded(rs(32).standard_normal(100), 4), rounded(rs(33).normal(0.3, 1.2, 150), 4)),
            ("separated50", rounded(rs(34).uniform(0, 1, 50), 4), rounded(rs(35).uniform(2, 3, 50), 4)),
            ("separated40-60", rounded(rs(36).uniform(0, 1, 40), 4), rounded(rs(37).uniform(2, 3, 60), 4)),
            ("equal-same", [0.1, 0.2, 0.3, 0.4], [0.1, 0.2, 0.3, 0.4]),
            ("large", rounded(rs(38).standard_normal(400), 4), rounded(rs(39).normal(0.1, 1, 700), 4))]
fixture["ks2samp"] = []
for name, a, b in ks2_sets:
    for alt in ALTERNATIVES:
        for method in ["auto", "asymp"] + (["exact"] if len(a) + len(b) < 300 else []):
            res = st.ks_2samp(np.asarray(a, float), np.asarray(b, float), alternative=alt, method=method)
            fixture["ks2samp"].append({"name": name, "a": ref(f"ks2/{name}/a", a), "b": ref(f"ks2/{name}/b", b),
                                       "alternative": SWIFT_ALTERNATIVE[alt],
                                       "method": "asymptotic" if method == "asymp" else method,
                                       "statistic": number(res.statistic), "pvalue": number(res.pvalue),
                                       "location": number(res.statistic_location),
                                       "sign": int(res.statistic_sign)})

# Mann–Whitney U -------------------------------------------------------------------------------
mwu_sets = [("five-four", [19, 22, 16, 29, 24], [20, 11, 17, 12]),
            ("eight-twenty", rounded(rs(40).normal(1, 1, 8), 3), rounded(rs(41).standard_normal(20), 3)),
            ("nine-nine", rounded(rs(42).normal(0.5, 1, 9), 3), rounded(rs(43).standard_normal(9), 3)),
            ("ties", [1, 2, 2, 3, 4, 4, 5], [3, 3, 4, 5, 5, 6, 6, 7]),
            ("one-three", [5.0], [1.0, 2.0, 3.0]),
            ("separated", rounded(rs(44).uniform(5, 6, 50), 4), rounded(rs(45).uniform(0, 1, 60), 4)),
            ("eight-two-hundred", rounded(rs(46).normal(0.3, 1, 8), 4), rounded(rs(47).standard_normal(200), 4)),
            ("all-tied", [2, 2, 2], [2, 2, 2, 2])]
fixture["mannwhitneyu"] = []
for name, xs, ys in mwu_sets:
    xa, ya = np.asarray(xs, float), np.asarray(ys, float)
    for alt in ALTERNATIVES:
        for method in ["auto", "asymptotic", "exact"]:
            for continuity in ([True, False] if method != "exact" else [True]):
                res = st.mannwhitneyu(xa, ya, alternative=alt, method=method, use_continuity=continuity)
                u2 = len(xa) * len(ya) - res.statistic
                fixture["mannwhitneyu"].append({"name": name, "x": ref(f"mwu/{name}/x", xs), "y": ref(f"mwu/{name}/y", ys),
                                                "alternative": SWIFT_ALTERNATIVE[alt], "method": method,
                                                "continuity": continuity, "statistic": number(res.statistic),
                                                "pvalue": number(res.pvalue),
                                                "rank_biserial": number((res.statistic - u2) / (len(xa) * len(ya)))})

# Wilcoxon signed-rank ----------------------------------------------------------------------------
before = [125, 115, 130, 140, 140, 115, 140, 125, 140, 135]
after = [110, 122, 125, 120, 140, 124, 123, 137, 135, 145]
wilcoxon_sets = [("untied10", rounded(rs(50).normal(0.5, 1, 10), 3), None),
                 ("paired", before, after),
                 ("zeros-ties12", [1.5, -2, 0, 3, -1.5, 2, 0, 4.5, 3, -0.5, 6, 2], None),
                 ("zeros13", [0, 1, -2, 3, 0, 5, 6, -7, 8, 9, 10, 0, 12], None),
                 ("ties20", [1, 2, -1, 3, 2, -2, 4, 1, 5, -3, 2, 6, 1, -1, 7, 3, 2, 8, -4, 5], None),
                 ("untied45", list(range(1, 46)), None),
                 ("shift60", rounded(rs(51).normal(0.6, 1, 60), 3), None),
                 ("shift100", rounded(rs(52).normal(1.5, 1, 100), 3), None),
                 ("all-zero", [0.0, 0.0, 0.0], None),
                 ("one", [2.5], None),
                 ("nan", [1.0, np.nan, 3.0], None)]
fixture["wilcoxon"] = []
for name, xs, ys in wilcoxon_sets:
    xa = np.asarray(xs, float)
    ya = None if ys is None else np.asarray(ys, float)
    for zero in ["wilcox", "pratt", "zsplit"]:
        for alt in ALTERNATIVES:
            for method in ["auto", "asymptotic", "exact"]:
                for correction in ([False, True] if method != "exact" else [False]):
                    res = st.wilcoxon(xa, ya, zero_method=zero, correction=correction, alternative=alt,
                                      method=method)
                    fixture["wilcoxon"].append({"name": name, "x": ref(f"wilcoxon/{name}/x", xs),
                                                "y": ref(f"wilcoxon/{name}/y", ys),
                                                "zero_method": zero, "alternative": SWIFT_ALTERNATIVE[alt],
                                                "method": method, "correction": correction,
                                                "statistic": number(res.statistic), "pvalue": number(res.pvalue)})

# Bootstrap ---------------------------------------------------------------------------------------
STATISTICS = {"mean": np.mean, "median": np.median, "std": lambda v: np.std(v, ddof=1)}
boot_data = {"normal20": rounded(rs(60).normal(5, 2, 20), 4),
             "skewed15": rounded(rs(61).exponential(3, 15), 4),
             "small4": [1.0, 4.0, 2.5, 8.0]}
boot_cases = [("normal20", "mean", 999, 0.95, "percentile", "two-sided", 1),
              ("normal20", "mean", 999, 0.95, "basic", "two-sided", 2),
              ("normal20", "mean", 999, 0.95, "bca", "two-sided", 3),
              ("normal20", "mean", 9999, 0.95, "bca", "two-sided", 4),
              ("skewed15", "median", 999, 0.9, "percentile", "two-sided", 5),
              ("skewed15", "median", 1999, 0.9, "bca", "less", 6),
              ("skewed15", "std", 999, 0.99, "bca", "greater", 7),
              ("skewed15", "std", 500, 0.8, "basic", "less", 8),
              ("small4", "mean", 200, 0.95, "bca", "two-sided", 9)]
fixture["bootstrap"] = []
for data_name, stat, n_res, level, method, alt, seed in boot_cases:
    data = np.asarray(boot_data[data_name], float)
    res = st.bootstrap((data,), STATISTICS[stat], n_resamples=n_res, confidence_level=level,
                       method="BCa" if method == "bca" else method, alternative=alt,
                       random_state=np.random.RandomState(seed))
    dist = res.bootstrap_distribution
    fixture["bootstrap"].append({"data": ref(f"bootstrap/{data_name}", data), "statistic": stat, "n_resamples": n_res, "level": level,
                                 "method": method, "alternative": SWIFT_ALTERNATIVE[alt], "seed": seed,
                                 "low": number(res.confidence_interval.low),
                                 "high": number(res.confidence_interval.high),
                                 "standard_error": number(res.standard_error),
                                 "head": numbers(dist[:10]), "tail": numbers(dist[-10:]),
                                 "mean": number(np.mean(dist))})
# Global-stream bootstrap: np.random.seed(s), random_state=None.
np.random.seed(11)
res = st.bootstrap((np.asarray(boot_data["normal20"], float),), np.mean, n_resamples=300, method="percentile")
fixture["bootstrap_global"] = {"data": numbers(boot_data["normal20"]), "seed": 11, "n_resamples": 300,
                               "low": number(res.confidence_interval.low),
                               "high": number(res.confidence_interval.high),
                               "head": numbers(res.bootstrap_distribution[:10])}

# Permutation test ---------------------------------------------------------------------------------
PERMUTATION_STATISTICS = {"mean_diff": lambda a, b: np.mean(a) - np.mean(b),
                          "median_diff": lambda a, b: np.median(a) - np.median(b)}
perm_cases = [("small", [5.1, 6.3, 7.2, 5.9, 6.8], [4.2, 5.0, 4.8, 5.5], "mean_diff", 9999, 1),
              ("small-ties", [1, 2, 2, 3], [2, 3, 3, 4, 4], "median_diff", 9999, 2),
              ("boundary", [1.5, 2.5, 3.5], [2.0, 4.0, 6.0, 8.0], "mean_diff", 35, 3),
              ("random", list(rounded(rs(70).normal(0.8, 1, 15), 4)), list(rounded(rs(71).standard_normal(12), 4)),
               "mean_diff", 999, 4),
              ("random-median", list(rounded(rs(72).normal(0.3, 1, 11), 4)),
               list(rounded(rs(73).standard_normal(14), 4)), "median_diff", 500, 5)]
fixture["permutation_test"] = []
for name, xs, ys, stat, n_res, seed in perm_cases:
    for alt in ALTERNATIVES:
        res = st.permutation_test((np.asarray(xs, float), np.asarray(ys, float)), PERMUTATION_STATISTICS[stat],
                                  n_resamples=n_res, alternative=alt, random_state=np.random.RandomState(seed))
        null = res.null_distribution
        fixture["permutation_test"].append({"name": name, "x": ref(f"perm/{name}/x", xs), "y": ref(f"perm/{name}/y", ys), "statistic": stat,
                                            "n_resamples": n_res, "alternative": SWIFT_ALTERNATIVE[alt],
                                            "seed": seed, "observed": number(res.statistic),
                                            "pvalue": number(res.pvalue), "null_count": int(null.size),
                                            "head": numbers(null[:10]), "tail": numbers(null[-10:]),
                                            "mean": number(np.mean(null))})

# The order in which SciPy's exact independent-samples test lists the relabellings: its
# groups are Python sets, listed in hash-table order. A checksum Σ_k (k + 1) Σ_i (i + 1)·p_k[i]
# over all relabellings p_k, and the first and last few in full.
from scipy.stats._resampling import _all_partitions_concatenated  # noqa: E402
fixture["partition_order"] = []
for m, n in [(1, 60), (2, 40), (3, 25), (40, 2), (60, 1), (25, 3), (4, 20), (20, 4), (9, 9), (10, 8), (12, 5),
             (2, 100), (100, 2), (5, 4), (3, 4)]:
    parts = [list(map(int, p)) for p in _all_partitions_concatenated([m, n])]
    checksum = sum((k + 1) * sum((i + 1) * v for i, v in enumerate(p)) for k, p in enumerate(parts))
    fixture["partition_order"].append({"m": m, "n": n, "count": len(parts), "checksum": checksum,
                                       "first": parts[:3], "last": parts[-3:]})

OUT.write_text(json.dumps(fixture, indent=1) + "\n")
print(f"wrote {OUT.relative_to(ROOT)}")
