#!/usr/bin/env python3
"""Reference values for MLMath's parametric tests, intervals, power and OLS, from
scipy.stats and statsmodels (mpmath for the noncentral t distribution).

Writes Tests/MLMathTests/Fixtures/reference/inference_parametric.json, which
Tests/MLMathTests/ParametricTestTests.swift (and its siblings) replay without Python.

Run from the package root:  python3 scripts/reference/inference_parametric.py
(needs statsmodels: `pip install statsmodels`; the tests themselves do not).

Effect sizes SciPy does not report (Cohen's d, Cohen's h, eta squared) are computed here
from their definitions with NumPy, independently of MLMath's code paths. Where SciPy's
own value is known to be inaccurate (the noncentral t distribution far in its tails),
the fixture holds mpmath's value (Lenth's series at 40 digits and more, so that its
alternating terms cancel without loss).
Floats that are not finite are written as "nan", "inf", "-inf".
"""
import json
import math
import pathlib
import warnings

import mpmath as mp
import numpy as np
import scipy
import scipy.stats as st
import statsmodels
import statsmodels.api as sm
from scipy import optimize, special
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.power import TTestIndPower, TTestPower
from statsmodels.stats.proportion import proportion_confint, proportions_ztest
from statsmodels.stats.stattools import durbin_watson, jarque_bera
from statsmodels.stats.weightstats import _zconfint_generic, zconfint, ztest

from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "inference_parametric.json"

warnings.simplefilter("ignore")
SM_ALT = {"two-sided": "two-sided", "less": "smaller", "greater": "larger"}


def nums(values):
    return [number(v) for v in np.asarray(values, dtype=float).ravel()]


def rows(matrix):
    return [nums(r) for r in np.asarray(matrix, dtype=float)]


# Data sets -------------------------------------------------------------------------
rs = np.random.RandomState(20240611)
DATA = {
    "tiny": [1.0, 3.0],
    "three": [4.2, 5.1, 3.9],
    "ties": [2.0, 2.0, 2.0, 3.0, 3.0, 5.0, 5.0, 5.0, 5.0],
    "heights": [170.2, 165.1, 180.4, 175.0, 168.3, 172.8, 177.5, 169.9, 174.1, 171.6],
    "skewed": list(np.round(rs.exponential(2.0, 25), 3)),
    "large": list(np.round(rs.normal(0.05, 1.0, 600), 6)),
    "shifted": list(np.round(rs.normal(10.0, 1.0, 60), 6)),  # far from 0: p ≪ 1e-10
    "centred": [-1.5, -0.5, 0.5, 1.5, -0.25, 0.25],  # mean 0: p = 1
    "nearcentre": [9.98, 10.03, 9.99, 10.02, 10.01, 9.97],
    "constant": [4.0, 4.0, 4.0, 4.0],
    "b_small": [22.4, 23.1, 21.9, 24.0, 22.8, 23.5],
    "b_wide": list(np.round(rs.normal(0.3, 3.0, 40), 4)),
    "b_large": list(np.round(rs.normal(0.0, 1.2, 450), 6)),
    "one": [7.5],
    # t ≈ 72 on 299 df: p ≈ 1.5e-190 (its own stream, so the others stay as they were)
    "far": list(np.round(np.random.RandomState(7).normal(4.0, 1.0, 300), 6)),
}


# t-tests ---------------------------------------------------------------------------
def effect_1samp(a, popmean):
    a = np.asarray(a)
    return (a.mean() - popmean) / a.std(ddof=1)


def ttest_entry(kind, res, level, effect, **inputs):
    ci = res.confidence_interval(level)
    return dict(inputs, confidence=level, statistic=number(res.statistic), pvalue=number(res.pvalue),
                df=number(res.df), ci=[number(ci.low), number(ci.high)], estimate=number(res._estimate),
                effect=number(effect))


ttest_1samp = []
for name, popmean in [("tiny", 0.0), ("three", 5.0), ("ties", 3.0), ("heights", 170.0), ("skewed", 2.0),
                      ("large", 0.0), ("shifted", 0.0), ("shifted", 9.0), ("far", 0.0), ("centred", 0.0), ("nearcentre", 10.0),
                      ("constant", 4.0), ("constant", 3.0)]:
    for alternative in ["two-sided", "less", "greater"]:
        for level in [0.95, 0.9]:
            a = np.array(DATA[name])
            res = st.ttest_1samp(a, popmean, alternative=alternative)
            ttest_1samp.append(ttest_entry("1samp", res, level, effect_1samp(a, popmean), data=name,
                                           popmean=popmean, alternative=alternative))

ttest_ind = []
for an, bn in [("heights", "b_small"), ("b_small", "heights"), ("three", "ties"), ("tiny", "three"),
               ("one", "three"), ("skewed", "b_wide"), ("large", "b_large"), ("shifted", "large"),
               ("centred", "centred"), ("constant", "constant"), ("constant", "three")]:
    for equal_var in [True, False]:
        a, b = np.array(DATA[an]), np.array(DATA[bn])
        if not equal_var and (len(a) < 2 or len(b) < 2):
            continue
        v1, v2 = a.var(ddof=1) if len(a) > 1 else 0.0, b.var(ddof=1) if len(b) > 1 else 0.0
        n1, n2 = len(a), len(b)
        if equal_var:
            scale = math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2))
        else:
            scale = math.sqrt((v1 + v2) / 2)
        with np.errstate(all="ignore"):
            effect = (a.mean() - b.mean()) / scale if scale > 0 else np.divide(a.mean() - b.mean(), scale)
        for alternative in ["two-sided", "less", "greater"]:
            res = st.ttest_ind(a, b, equal_var=equal_var, alternative=alternative)
            ttest_ind.append(ttest_entry("ind", res, 0.95, effect, a=an, b=bn, equal_var=equal_var,
                                         alternative=alternative))
            if alternative == "two-sided":
                ttest_ind.append(ttest_entry("ind", res, 0.99, effect, a=an, b=bn, equal_var=equal_var,
                                             alternative=alternative))

PAIRS = {
    "before": [72.0, 80.0, 65.0, 90.0, 78.0, 84.0, 69.0, 75.0],
    "after": [70.0, 76.0, 66.0, 85.0, 74.0, 80.0, 69.0, 71.0],
    "after_same": [72.0, 80.0, 65.0, 90.0, 78.0, 84.0, 69.0, 75.0],
    "after_shift": [71.0, 79.0, 64.0, 89.0, 77.0, 83.0, 68.0, 74.0],
    "pair_a": [1.0, 2.0],
    "pair_b": [0.5, 2.25],
}
DATA.update(PAIRS)
DATA["large_b"] = list(np.round(np.array(DATA["large"]) + rs.normal(0.1, 0.5, 600), 6))
ttest_rel = []
for an, bn in [("before", "after"), ("after", "before"), ("before", "after_same"), ("before", "after_shift"),
               ("pair_a", "pair_b"), ("large", "large_b")]:
    a, b = np.array(DATA[an]), np.array(DATA[bn])
    d = a - b
    with np.errstate(all="ignore"):
        effect = np.divide(d.mean(), d.std(ddof=1))
    for alternative in ["two-sided", "less", "greater"]:
        res = st.ttest_rel(a, b, alternative=alternative)
        ttest_rel.append(ttest_entry("rel", res, 0.95, effect, a=an, b=bn, alternative=alternative))

mean_ci = []
for name in ["tiny", "three", "ties", "heights", "large", "shifted"]:
    for level in [0.5, 0.9, 0.95, 0.999]:
        a = np.array(DATA[name])
        lo, hi = st.t.interval(level, len(a) - 1, loc=a.mean(), scale=st.sem(a))
        mean_ci.append({"data": name, "confidence": level, "ci": [number(lo), number(hi)]})

mean_diff_ci = []
for an, bn in [("heights", "b_small"), ("skewed", "b_wide"), ("three", "ties")]:
    for equal_var in [True, False]:
        res = st.ttest_ind(np.array(DATA[an]), np.array(DATA[bn]), equal_var=equal_var)
        for level in [0.9, 0.95]:
            ci = res.confidence_interval(level)
            mean_diff_ci.append({"a": an, "b": bn, "equal_var": equal_var, "confidence": level,
                                 "ci": [number(ci.low), number(ci.high)]})

# z-tests ----------------------------------------------------------------------------
ztest1 = []
for name, value, sigma in [("heights", 170.0, None), ("heights", 170.0, 4.0), ("three", 5.0, None),
                           ("large", 0.0, None), ("shifted", 0.0, None), ("shifted", 0.0, 1.0),
                           ("centred", 0.0, None), ("one", 7.0, 0.5), ("constant", 3.0, 2.0)]:
    a = np.array(DATA[name])
    for alternative in ["two-sided", "less", "greater"]:
        if sigma is None:
            z, p = ztest(a, value=value, alternative=SM_ALT[alternative])
            lo, hi = zconfint(a, alpha=0.05, alternative=SM_ALT[alternative])
            effect = (a.mean() - value) / a.std(ddof=1)
        else:
            se = sigma / math.sqrt(len(a))
            z = (a.mean() - value) / se
            p = {"two-sided": 2 * st.norm.sf(abs(z)), "less": st.norm.cdf(z), "greater": st.norm.sf(z)}[alternative]
            q = {"two-sided": (st.norm.ppf(0.025), st.norm.ppf(0.975)), "less": (-np.inf, st.norm.ppf(0.95)),
                 "greater": (st.norm.ppf(0.05), np.inf)}[alternative]
            lo, hi = a.mean() + q[0] * se, a.mean() + q[1] * se
            effect = (a.mean() - value) / sigma
        ztest1.append({"data": name, "value": value, "sigma": None if sigma is None else sigma,
                       "alternative": alternative, "statistic": number(z), "pvalue": number(p),
                       "ci": [number(lo), number(hi)], "estimate": number(a.mean()), "effect": number(effect)})

ztest2 = []
for an, bn, value, sigma in [("heights", "b_small", 0.0, None), ("heights", "b_small", 148.0, None),
                             ("large", "b_large", 0.0, None), ("skewed", "b_wide", 1.0, None),
                             ("heights", "b_small", 0.0, (4.0, 1.0)), ("one", "three", 2.0, (1.0, 0.5))]:
    a, b = np.array(DATA[an]), np.array(DATA[bn])
    n1, n2 = len(a), len(b)
    for usevar in (["pooled", "unequal"] if sigma is None else ["known"]):
        for alternative in ["two-sided", "less", "greater"]:
            diff = a.mean() - b.mean()
            if sigma is None:
                z, p = ztest(a, b, value=value, alternative=SM_ALT[alternative], usevar=usevar)
                if usevar == "pooled":
                    lo, hi = zconfint(a, b, alpha=0.05, alternative=SM_ALT[alternative], usevar=usevar)
                else:  # zconfint has only 'pooled'; the same generic interval with ztest's unequal SE
                    se = math.sqrt(a.var() / (n1 - 1) + b.var() / (n2 - 1))
                    lo, hi = _zconfint_generic(diff, se, 0.05, SM_ALT[alternative])
                if usevar == "pooled":
                    scale = math.sqrt((n1 * a.var() + n2 * b.var()) / (n1 + n2 - 2))
                else:
                    scale = math.sqrt((a.var(ddof=1) + b.var(ddof=1)) / 2)
            else:
                s1, s2 = sigma
                se = math.sqrt(s1 ** 2 / n1 + s2 ** 2 / n2)
                z = (diff - value) / se
                p = {"two-sided": 2 * st.norm.sf(abs(z)), "less": st.norm.cdf(z),
                     "greater": st.norm.sf(z)}[alternative]
                q = {"two-sided": (st.norm.ppf(0.025), st.norm.ppf(0.975)), "less": (-np.inf, st.norm.ppf(0.95)),
                     "greater": (st.norm.ppf(0.05), np.inf)}[alternative]
                lo, hi = diff + q[0] * se, diff + q[1] * se
                scale = math.sqrt((s1 ** 2 + s2 ** 2) / 2)
            ztest2.append({"a": an, "b": bn, "value": value, "sigma": None if sigma is None else list(sigma),
                           "usevar": usevar, "alternative": alternative, "statistic": number(z),
                           "pvalue": number(p), "ci": [number(lo), number(hi)], "estimate": number(diff),
                           "effect": number((diff - value) / scale)})


def cohens_h(p1, p2):
    return 2 * (np.arcsin(np.sqrt(p1)) - np.arcsin(np.sqrt(p2)))


proportions = []
for count, nobs, value in [([58], [100], 0.5), ([5], [20], 0.5), ([0], [30], 0.1), ([30], [30], 0.9),
                           ([4990], [10000], 0.52), ([45, 30], [100, 100], None), ([45, 30], [100], None),
                           ([12, 30], [40, 50], 0.05), ([700, 500], [1000, 1000], None), ([10, 10], [50, 50], None),
                           ([1, 0], [5, 5], None)]:
    for alternative in ["two-sided", "less", "greater"]:
        z, p = proportions_ztest(np.array(count), np.array(nobs), value=value, alternative=SM_ALT[alternative])
        z, p = np.ravel(z)[0], np.ravel(p)[0]
        sizes = nobs * len(count) if len(nobs) == 1 else nobs
        props = [c / n for c, n in zip(count, sizes)]
        effect = cohens_h(props[0], value) if len(count) == 1 else cohens_h(props[0], props[1])
        estimate = props[0] if len(count) == 1 else props[0] - props[1]
        proportions.append({"count": count, "nobs": nobs, "value": value, "alternative": alternative,
                            "statistic": number(z), "pvalue": number(p), "estimate": number(estimate),
                            "effect": number(effect)})

# Chi-square -------------------------------------------------------------------------
LAMBDAS = {"pearson": 1.0, "log-likelihood": 0.0, "freeman-tukey": -0.5, "mod-log-likelihood": -1.0,
           "neyman": -2.0, "cressie-read": 2 / 3, "power 1.5": 1.5}
chisquare = []
for observed, expected, ddof in [([16, 18, 16, 14, 12, 12], None, 0), ([16, 18, 16, 14, 12, 44], None, 0),
                                 ([43, 52, 54, 40], [46.0, 46.0, 51.0, 46.0], 0), ([43, 52, 54, 40], None, 1),
                                 ([5, 5, 5, 5], None, 0), ([120, 10, 5, 3, 2], None, 0),
                                 ([900, 50, 50], [333.0, 333.5, 333.5], 0), ([3, 7], None, 0), ([3, 7], None, 1),
                                 ([3, 7], None, 2), ([0.5, 1.5, 2.0], [1.0, 1.0, 2.0], 0)]:
    for name, lam in LAMBDAS.items():
        res = st.power_divergence(observed, expected, ddof=ddof, lambda_=lam)
        chisquare.append({"observed": [float(o) for o in observed], "expected": expected, "ddof": ddof,
                          "lambda": name, "statistic": number(res.statistic), "pvalue": number(res.pvalue),
                          "df": len(observed) - 1 - ddof})

contingency = []
for table in [[[30, 10], [15, 25]], [[12, 5], [9, 7]], [[10, 20, 30], [20, 30, 50]], [[3, 0], [0, 3]],
              [[100, 0], [1, 99]], [[5, 5], [5, 5]], [[20, 15, 30], [10, 25, 5], [8, 9, 12]],
              [[1, 2, 3]], [[4], [6]], [[2000, 1500], [1800, 2100]], [[10.5, 3.25], [4.0, 9.75]]]:
    for correction in [True, False]:
        for name in ["pearson", "log-likelihood"]:
            res = st.chi2_contingency(table, correction=correction, lambda_=LAMBDAS[name])
            arr = np.asarray(table)
            if arr.shape[0] == 1 or arr.shape[1] == 1:
                cramer = math.nan
            else:
                chi2 = st.chi2_contingency(table, correction=False).statistic
                cramer = math.sqrt(chi2 / arr.sum() / min(arr.shape[0] - 1, arr.shape[1] - 1))
            contingency.append({"table": table, "correction": correction, "lambda": name,
                                "statistic": number(res.statistic), "pvalue": number(res.pvalue),
                                "dof": int(res.dof), "expected": rows(res.expected_freq), "cramer": number(cramer)})

association = []
for table in [[[30, 10], [15, 25]], [[10, 20, 30], [20, 30, 50]], [[20, 15, 30], [10, 25, 5], [8, 9, 12]],
              [[2000, 1500, 300], [1800, 2100, 400]]]:
    for method in ["cramer", "tschuprow", "pearson"]:
        association.append({"table": table, "method": method,
                            "value": number(st.contingency.association(np.array(table), method=method))})

fisher = []
for table in [[[3, 1], [1, 3]], [[8, 2], [1, 5]], [[1, 9], [11, 3]], [[0, 5], [5, 0]], [[5, 0], [0, 5]],
              [[10, 10], [10, 10]], [[2, 7], [8, 2]], [[0, 0], [3, 4]], [[3, 0], [4, 0]], [[100, 2], [5, 120]],
              [[500, 480], [470, 520]], [[1, 0], [0, 0]], [[6, 4], [4, 6]], [[7, 2], [2, 8]], [[20, 300], [40, 280]],
              [[0, 10], [10, 0]], [[1200, 800], [800, 1200]], [[3, 5], [5, 3]]]:
    for alternative in ["two-sided", "less", "greater"]:
        res = st.fisher_exact(table, alternative=alternative)
        fisher.append({"table": table, "alternative": alternative, "statistic": number(res.statistic),
                       "pvalue": number(res.pvalue)})

# ANOVA -----------------------------------------------------------------------------
GROUPS = {
    "three": [[24.0, 27.0, 26.0, 22.0], [30.0, 31.0, 28.0, 33.0, 29.0], [25.0, 26.0, 27.0, 25.0]],
    "two": [DATA["heights"], DATA["b_small"]],
    "same": [[1.0, 2.0, 3.0], [1.0, 2.0, 3.0], [1.0, 2.0, 3.0]],
    "far": [list(np.round(rs.normal(0, 1, 30), 5)), list(np.round(rs.normal(3, 1, 30), 5)),
            list(np.round(rs.normal(6, 2, 30), 5))],
    "singletons": [[1.0], [2.0, 3.0], [5.0, 6.5, 7.0]],
    "constant": [[2.0, 2.0], [3.0, 3.0, 3.0]],
    "allsame": [[2.0, 2.0], [2.0, 2.0, 2.0]],
    "large": [DATA["large"], DATA["b_large"], DATA["b_wide"]],
}
f_oneway = []
for name, groups in GROUPS.items():
    for equal_var in [True, False]:
        if not equal_var and (min(len(g) for g in groups) < 2 or name in ("constant", "allsame")):
            continue
        res = st.f_oneway(*[np.array(g) for g in groups], equal_var=equal_var)
        alldata = np.concatenate(groups)
        grand = alldata.mean()
        sst = ((alldata - grand) ** 2).sum()
        ssb = sum(len(g) * (np.mean(g) - grand) ** 2 for g in groups)
        k, n = len(groups), len(alldata)
        if equal_var:
            dfd = n - k
        else:
            w = np.array([len(g) / np.var(g, ddof=1) for g in groups])
            lam = sum((1 - wi / w.sum()) ** 2 / (len(g) - 1) for wi, g in zip(w, groups))
            dfd = (k ** 2 - 1) / (3 * lam)
        with np.errstate(all="ignore"):
            eta2 = np.divide(ssb, sst)
        f_oneway.append({"groups": name, "equal_var": equal_var, "statistic": number(res.statistic),
                         "pvalue": number(res.pvalue), "dfn": k - 1, "dfd": number(dfd), "eta2": number(eta2)})

# Proportion intervals -------------------------------------------------------------
SM_METHODS = {"wald": "normal", "wilson": "wilson", "agrestiCoull": "agresti_coull", "clopperPearson": "beta",
              "jeffreys": "jeffreys"}
proportion_ci = []
for count, nobs in [(7, 20), (0, 20), (20, 20), (1, 10), (50, 100), (3, 1000), (999, 1000), (0, 1), (1, 1),
                    (12345, 100000), (0, 1000000)]:
    for level in [0.9, 0.95, 0.99]:
        for method, sm_method in SM_METHODS.items():
            lo, hi = proportion_confint(count, nobs, alpha=1 - level, method=sm_method)
            proportion_ci.append({"count": count, "nobs": nobs, "confidence": level, "method": method,
                                  "ci": [number(lo), number(hi)]})

# Multiple testing -----------------------------------------------------------------
PVALS = {
    "five": [0.01, 0.04, 0.03, 0.005, 0.2],
    "ties": [0.02, 0.02, 0.02, 0.5, 0.001, 0.001],
    "edges": [0.0, 1.0, 0.5, 1e-12, 0.049],
    "tiny": [1e-300, 3e-15, 2e-8, 0.0004],
    "none": [0.3, 0.6, 0.9, 0.45],
    "one": [0.03],
    "many": list(np.round(rs.uniform(0, 0.2, 40) ** 2, 8)),
}
MT_METHODS = {"bonferroni": "bonferroni", "sidak": "sidak", "holmSidak": "holm-sidak", "holm": "holm",
              "simesHochberg": "simes-hochberg", "hommel": "hommel", "benjaminiHochberg": "fdr_bh",
              "benjaminiYekutieli": "fdr_by"}
multiple = []
for name, pvals in PVALS.items():
    for alpha in [0.05, 0.1]:
        for method, sm_method in MT_METHODS.items():
            reject, corrected, sidak, bonf = multipletests(np.array(pvals), alpha=alpha, method=sm_method)
            multiple.append({"pvals": name, "alpha": alpha, "method": method, "reject": [bool(r) for r in reject],
                             "corrected": nums(corrected), "sidak": number(sidak), "bonf": number(bonf)})
fdr = []
for name, pvals in PVALS.items():
    for method in ["bh", "by"]:
        fdr.append({"pvals": name, "method": method,
                    "adjusted": nums(st.false_discovery_control(np.array(pvals), method=method))})

# Noncentral t: mpmath truth ---------------------------------------------------------
def nct_series(t, df, nc, dps):
    """(cdf, sf) of the noncentral t by Lenth's series (AS 243) in mpmath at `dps` digits,
    t ≥ 0 by reflection; the terms of the upper tail alternate in sign for δ < 0, which the
    extra digits absorb (the caller raises dps with the size of the tail)."""
    with mp.workdps(dps):
        t, df, nc = mp.mpf(t), mp.mpf(df), mp.mpf(nc)
        if t < 0:
            lower, upper = nct_series(-t, df, -nc, dps)
            return upper, lower
        x = t * t / (df + t * t)
        lam = nc * nc / 2
        kappa = nc / mp.sqrt(2)
        lower, upper = mp.ncdf(-nc), mp.mpf(0)
        j = 0
        while True:
            if lam > 0:
                p = mp.exp(-lam + j * mp.log(lam) - mp.loggamma(j + 1))
                q = mp.exp(-lam + j * mp.log(lam) - mp.loggamma(j + mp.mpf(3) / 2))
            else:
                p, q = (mp.mpf(1), 1 / mp.gamma(mp.mpf(3) / 2)) if j == 0 else (mp.mpf(0), mp.mpf(0))
            i1 = mp.betainc(j + mp.mpf(1) / 2, df / 2, 0, x, regularized=True)
            i2 = mp.betainc(j + 1, df / 2, 0, x, regularized=True)
            lower += (p * i1 + kappa * q * i2) / 2
            upper += (p * (1 - i1) + kappa * q * (1 - i2)) / 2
            if j > lam + 10 and p + abs(kappa) * q < mp.mpf(10) ** (5 - dps):
                return lower, upper
            j += 1


def nct_tails(t, df, nc):
    lower, upper = nct_series(t, df, nc, 40)
    small = min(lower, upper)
    if small < mp.mpf(10) ** -20:  # enough digits for the cancellation down to the smaller tail
        lower, upper = nct_series(t, df, nc, int(40 + 1.2 * -float(mp.log10(small))) if small > 0 else 400)
    return lower, upper


nct = []
for df in [0.5, 1.0, 3.0, 10.0, 30.5, 200.0, 5000.0, 1e5]:
    for nc in [-6.0, -1.5, -0.1, 0.5, 2.0, 5.0, 12.0]:
        for t in [-8.0, -2.0, -0.5, 0.0, 1.0, 2.5, 6.0, 20.0]:
            lower, upper = nct_tails(t, df, nc)
            nct.append({"df": df, "nc": nc, "t": t, "cdf": number(float(lower)), "sf": number(float(upper)),
                        "scipy_cdf": number(st.nct.cdf(t, df, nc)), "scipy_sf": number(st.nct.sf(t, df, nc))})

# Power and sample size ----------------------------------------------------------------
power = []
for effect, nobs1, alpha, ratio in [(0.5, 64.0, 0.05, 1.0), (0.2, 100.0, 0.05, 1.0), (0.8, 20.0, 0.01, 2.0),
                                    (-0.5, 50.0, 0.05, 0.5), (1.2, 10.0, 0.1, 1.0), (0.3, 33.5, 0.05, 1.5),
                                    (0.05, 1000.0, 0.05, 1.0), (2.0, 4.0, 0.05, 1.0), (0.6, 3.0, 0.05, 1.0)]:
    for alternative in ["two-sided", "less", "greater"]:
        p = TTestIndPower().power(effect, nobs1, alpha, ratio=ratio, alternative=SM_ALT[alternative])
        power.append({"kind": "ind", "effect": effect, "nobs": nobs1, "alpha": alpha, "ratio": ratio,
                      "alternative": alternative, "power": number(p)})
for effect, nobs, alpha in [(0.5, 30.0, 0.05), (0.2, 200.0, 0.05), (-0.8, 12.0, 0.01), (1.5, 5.0, 0.05),
                            (0.1, 2.5, 0.1)]:
    for alternative in ["two-sided", "less", "greater"]:
        p = TTestPower().power(effect, nobs, alpha, alternative=SM_ALT[alternative])
        power.append({"kind": "one", "effect": effect, "nobs": nobs, "alpha": alpha, "ratio": 1.0,
                      "alternative": alternative, "power": number(p)})

sample_size = []
for kind, effect, target, alpha, ratio, alternative in [
        ("ind", 0.5, 0.8, 0.05, 1.0, "two-sided"), ("ind", 0.2, 0.9, 0.01, 2.0, "greater"),
        ("ind", 1.2, 0.8, 0.05, 1.0, "two-sided"), ("ind", -0.3, 0.95, 0.05, 0.5, "less"),
        ("ind", 0.8, 0.5, 0.1, 1.0, "greater"), ("ind", 0.35, 0.85, 0.05, 3.0, "two-sided"),
        ("one", 0.5, 0.8, 0.05, 1.0, "two-sided"), ("one", -0.25, 0.9, 0.05, 1.0, "less"),
        ("one", 1.0, 0.95, 0.01, 1.0, "greater")]:
    engine = TTestIndPower() if kind == "ind" else TTestPower()
    if kind == "ind":
        def f(n):
            return engine.power(effect, n, alpha, ratio=ratio, alternative=SM_ALT[alternative]) - target
        solved = engine.solve_power(effect_size=effect, nobs1=None, alpha=alpha, power=target, ratio=ratio,
                                    alternative=SM_ALT[alternative])
    else:
        def f(n):
            return engine.power(effect, n, alpha, alternative=SM_ALT[alternative]) - target
        solved = engine.solve_power(effect_size=effect, nobs=None, alpha=alpha, power=target,
                                    alternative=SM_ALT[alternative])
    # statsmodels stops its root finder at xtol = 1e-5; the root itself, to 1e-14:
    # (bracketed near statsmodels' answer: far out, SciPy's nctdtr can return nan)
    root = optimize.brentq(f, solved * 0.9, solved * 1.1, xtol=1e-14)
    sample_size.append({"kind": kind, "effect": effect, "power": target, "alpha": alpha, "ratio": ratio,
                        "alternative": alternative, "nobs": number(root), "statsmodels_nobs": number(solved)})

# OLS ------------------------------------------------------------------------------------
X1 = rs.normal(size=(40, 3))
Y1 = 1.5 + X1 @ np.array([2.0, -1.0, 0.5]) + rs.normal(scale=0.8, size=40)
X2 = np.column_stack([np.linspace(0, 10, 25)])
Y2 = 3.0 - 0.7 * X2[:, 0] + rs.normal(scale=1.5, size=25)
X3 = rs.uniform(-2, 2, size=(60, 2))
Y3 = X3 @ np.array([1.2, 0.4]) + rs.normal(scale=0.3, size=60)
X4 = np.column_stack([np.ones(15), rs.normal(size=15), rs.normal(size=15)])  # explicit constant column
Y4 = 2.0 + X4[:, 1] + rs.normal(size=15)
X5 = np.column_stack([rs.normal(size=200), rs.normal(size=200) * 100, rs.normal(size=200) * 0.01])
Y5 = 4.0 + X5 @ np.array([0.1, 0.02, 30.0]) + rs.normal(scale=2.0, size=200)
DUMMY = np.zeros((12, 3))
DUMMY[np.arange(12), np.arange(12) % 3] = 1.0  # three dummies summing to one: an implicit constant
X6 = np.column_stack([DUMMY, rs.normal(size=12)])
Y6 = X6 @ np.array([1.0, 2.0, 3.0, 0.5]) + rs.normal(scale=0.5, size=12)
MODELS = {"three": (Y1, X1, True), "line": (Y2, X2, True), "noconst": (Y3, X3, False),
          "explicit": (Y4, X4, False), "explicit_add": (Y4, X4, True), "scales": (Y5, X5, True),
          "dummies": (Y6, X6, False)}


def new_exog(xnew, exog, x):
    """New rows as the fitted model saw them: with the constant column add_constant added, if it did."""
    return sm.add_constant(xnew, has_constant="add") if exog.shape[1] > x.shape[1] else xnew


ols = []
for name, (y, x, add) in MODELS.items():
    exog = sm.add_constant(x, has_constant="skip") if add else x
    res = sm.OLS(y, exog).fit()
    jb, jb_p, skew, kurt = jarque_bera(res.resid)
    entry = {"name": name, "y": nums(y), "x": rows(x), "add_constant": add, "params": nums(res.params),
             "bse": nums(res.bse), "tvalues": nums(res.tvalues), "pvalues": nums(res.pvalues),
             "conf_int": rows(res.conf_int(0.05)), "conf_int_90": rows(res.conf_int(0.10)),
             "rsquared": number(res.rsquared), "rsquared_adj": number(res.rsquared_adj),
             "fvalue": number(res.fvalue), "f_pvalue": number(res.f_pvalue), "llf": number(res.llf),
             "aic": number(res.aic), "bic": number(res.bic), "resid": nums(res.resid),
             "fitted": nums(res.fittedvalues), "ssr": number(res.ssr), "ess": number(res.ess),
             "centered_tss": number(res.centered_tss), "df_model": number(res.df_model),
             "df_resid": number(res.df_resid), "k_constant": int(res.model.k_constant),
             "scale": number(res.scale), "durbin_watson": number(durbin_watson(res.resid)),
             "jarque_bera": number(jb), "jarque_bera_p": number(jb_p), "skew": number(skew),
             "kurtosis": number(kurt), "condition_number": number(res.condition_number),
             "predict_x": rows(x[:3] * 1.5), "predict": nums(res.predict(new_exog(x[:3] * 1.5, exog, x)))}
    ols.append(entry)

out = {
    "meta": {"numpy": np.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__,
             "mpmath": mp.__version__},
    "data": {k: [float(v) for v in vs] for k, vs in DATA.items()},
    "groups": {k: [[float(v) for v in g] for g in gs] for k, gs in GROUPS.items()},
    "pvals": {k: [float(v) for v in vs] for k, vs in PVALS.items()},
    "ttest_1samp": ttest_1samp, "ttest_ind": ttest_ind, "ttest_rel": ttest_rel, "mean_ci": mean_ci,
    "mean_diff_ci": mean_diff_ci, "ztest1": ztest1, "ztest2": ztest2, "proportions_ztest": proportions,
    "chisquare": chisquare, "chi2_contingency": contingency, "association": association, "fisher_exact": fisher,
    "f_oneway": f_oneway, "proportion_confint": proportion_ci, "multipletests": multiple,
    "false_discovery_control": fdr, "nct": nct, "power": power, "sample_size": sample_size, "ols": ols,
}
OUT.write_text(json.dumps(out, indent=1) + "\n")
print(f"wrote {OUT.relative_to(ROOT)}: " + ", ".join(f"{k} {len(v)}" for k, v in out.items()
                                                     if isinstance(v, list)))
