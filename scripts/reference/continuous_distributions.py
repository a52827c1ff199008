#!/usr/bin/env python3
"""Reference values for MLMath's continuous distributions, from scipy.stats.

Writes Tests/MLMathTests/Fixtures/reference/continuous_distributions.json, which
Tests/MLMathTests/ContinuousDistributionTests.swift replays without Python.

Run from the package root:  python3 scripts/reference/continuous_distributions.py

Each entry of "distributions" names an MLMath type and its initializer arguments
("params", in the initializer's order and labels), and records SciPy's frozen
distribution at many points, tails included:
- "x": points with pdf, logpdf, cdf, sf, logcdf, logsf there;
- "q": probabilities with ppf and isf there;
- "moments": mean, variance, std, median, entropy and the 95 % interval;
- "stream": `np.random.<sampler>(…, size=8)` after `np.random.seed(seed)`, where the
  legacy generator has the sampler (MLMath must reproduce it bit for bit).
Floats that are not finite are written as "nan", "inf", "-inf".
"""
import json
import math
import pathlib

import numpy as np
import scipy
import scipy.stats as st
from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "continuous_distributions.json"

# Probabilities for ppf/isf: the far tails (1e-300), the bulk and the edges.
Q = [0.0, 1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.05, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75,
     0.9, 0.95, 0.99, 0.999, 1 - 1e-10, 1 - 2.0**-53, 1.0]

entries = []


def add(name, params, frozen, xs, stream=None, seed=12345):
    """One distribution: `params` is a list of [label, value] in initializer order."""
    with np.errstate(all="ignore"):
        x_rows = []
        for x in xs:
            x_rows.append({"x": number(x), "pdf": number(frozen.pdf(x)), "logpdf": number(frozen.logpdf(x)),
                           "cdf": number(frozen.cdf(x)), "sf": number(frozen.sf(x)),
                           "logcdf": number(frozen.logcdf(x)), "logsf": number(frozen.logsf(x))})
        q_rows = [{"q": number(q), "ppf": number(frozen.ppf(q)), "isf": number(frozen.isf(q))} for q in Q]
        lo, hi = frozen.interval(0.95)
        moments = {"mean": number(frozen.mean()), "variance": number(frozen.var()), "std": number(frozen.std()),
                   "median": number(frozen.median()), "entropy": number(frozen.entropy()),
                   "interval95": [number(lo), number(hi)],
                   "support": [number(v) for v in frozen.support()]}
    entry = {"name": name, "params": [[label, number(v)] for label, v in params], "x": x_rows, "q": q_rows,
             "moments": moments}
    if stream is not None:
        np.random.seed(seed)
        entry["stream"] = {"seed": seed, "values": [number(v) for v in stream()]}
    entries.append(entry)


# Normal ------------------------------------------------------------------------
for loc, scale in [(0.0, 1.0), (170.0, 10.0), (-3.0, 0.001), (1e6, 1e3)]:
    zs = [0, 0.5, 1, 1.96, 3, 5, 8, 10, 20, 30, 37, 37.5, 38, 40, 100]
    xs = sorted({loc + s * z * scale for z in zs for s in (-1, 1)}) + [math.inf, -math.inf, math.nan]
    add("Normal", [("loc", loc), ("scale", scale)], st.norm(loc, scale), xs,
        stream=lambda loc=loc, scale=scale: np.random.normal(loc, scale, 8))


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    meta = {"numpy": np.__version__, "scipy": scipy.__version__}
    OUT.write_text(json.dumps({"meta": meta, "distributions": entries}, indent=0) + "\n")
    print(f"{len(entries)} distributions -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
