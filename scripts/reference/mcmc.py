#!/usr/bin/env python3
"""Reference chains for MLMath's Markov chain Monte Carlo samplers, from NumPy twins.

Writes Tests/MLMathTests/Fixtures/reference/mcmc.json, which
Tests/MLMathTests/MCMCReferenceTests.swift replays without Python.

Run from the package root:  python3 scripts/reference/mcmc.py
(needs numpy; arviz for the effective sample sizes)

Each case runs Metropolis-Hastings or Gibbs sampling written out in NumPy with
np.random.RandomState(seed), drawing in the order MLMath's metropolisHastings and
gibbsSampler draw (per iteration: the proposal's standard normals, then one uniform u;
for Gibbs each coordinate's conditional draw in turn), and stores every kept state, its
log density and the acceptance rate. Scalar logarithms and exponentials use `math` (the C
library's, as Swift's), not NumPy's vectorised ones, so the chains agree to the last bit up
to the proposal arithmetic. The Swift tests assert agreement to 1e-12.

"ess" holds ArviZ's az.ess(method="bulk") and az.ess(method="mean") of each coordinate of
the stored chain (MLMath's effectiveSampleSize is checked against them to 1e-9: ArviZ's
autocovariances come from an FFT).
"""
import json
import math
import pathlib

import numpy as np

from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests/MLMathTests/Fixtures/reference/mcmc.json"


def metropolis_hastings(log_density, initial, propose, n_samples, burn_in, thin, seed, log_q=None):
    rng = np.random.RandomState(seed)
    x = np.array(initial, dtype=float)
    log_p = log_density(x)
    kept, kept_log, accepted = [], [], 0
    for it in range(burn_in + n_samples * thin):
        cand = propose(x, rng)
        cand_log_p = log_density(cand)
        log_alpha = cand_log_p - log_p
        if log_q is not None:
            log_alpha += log_q(x, cand) - log_q(cand, x)
        u = rng.random_sample()
        if math.log(u) < log_alpha and not math.isnan(cand_log_p):
            x, log_p = cand, cand_log_p
            if it >= burn_in:
                accepted += 1
        if it >= burn_in and (it - burn_in + 1) % thin == 0:
            kept.append(x.copy())
            kept_log.append(log_p)
    return np.array(kept), kept_log, accepted / (n_samples * thin)


def gibbs(initial, conditionals, n_samples, burn_in, thin, seed, log_density):
    rng = np.random.RandomState(seed)
    x = np.array(initial, dtype=float)
    kept, kept_log = [], []
    for it in range(burn_in + n_samples * thin):
        for j, conditional in enumerate(conditionals):
            x[j] = conditional(x, rng)
        if it >= burn_in and (it - burn_in + 1) % thin == 0:
            kept.append(x.copy())
            kept_log.append(log_density(x))
    return np.array(kept), kept_log, 1.0


def random_walk(scale):
    steps = np.array(scale, dtype=float)
    return lambda x, rng: x + steps * rng.standard_normal(len(x))


def random_walk_cov(cov):
    L = np.linalg.cholesky(np.array(cov, dtype=float))
    return lambda x, rng: x + L @ rng.standard_normal(len(x))


# The targets, written with scalar operations in the order the Swift tests write them.
def normal_1d(x):
    return -0.5 * x[0] * x[0]


def correlated_2d(x):
    # A bivariate normal with precision [[2, -1.2], [-1.2, 1.5]] about (1, -2).
    a, b = x[0] - 1.0, x[1] + 2.0
    return -0.5 * (2.0 * a * a - 2.4 * a * b + 1.5 * b * b)


def beta_posterior(x):
    p = x[0]
    if not (0.0 < p < 1.0):
        return -math.inf
    return 7.0 * math.log(p) + 13.0 * math.log(1.0 - p)


def gamma_target(x):
    if not x[0] > 0.0:
        return -math.inf
    return 2.0 * math.log(x[0]) - x[0]


def log_normal_step(x, rng):
    return x * math.exp(0.5 * rng.standard_normal())


def log_normal_step_density(to, frm):
    # log q(to | from) for to = from * exp(0.5 z): a log-normal, up to a constant.
    r = math.log(to[0]) - math.log(frm[0])
    return -math.log(to[0]) - r * r / 0.5


RHO = 0.8
S = math.sqrt(1.0 - RHO * RHO)


def bivariate_normal(x):
    return -0.5 * (x[0] * x[0] - 2.0 * RHO * x[0] * x[1] + x[1] * x[1]) / (1.0 - RHO * RHO)


cases = []


def add(name, kind, seed, n_samples, burn_in, thin, initial, result, **settings):
    trace, logs, rate = result
    cases.append({"name": name, "kind": kind, "seed": seed, "nSamples": n_samples, "burnIn": burn_in,
                  "thin": thin, "initial": list(map(float, initial)), **settings,
                  "trace": [[number(v) for v in row] for row in trace],
                  "logDensities": [number(v) for v in logs], "acceptanceRate": rate})


add("normal1d", "randomWalk", 0, 300, 50, 1, [3.0],
    metropolis_hastings(normal_1d, [3.0], random_walk([2.4]), 300, 50, 1, 0), scale=[2.4])
add("correlated2dScale", "randomWalk", 42, 250, 20, 2, [0.0, 0.0],
    metropolis_hastings(correlated_2d, [0.0, 0.0], random_walk([0.5, 1.5]), 250, 20, 2, 42), scale=[0.5, 1.5])
COV = [[0.8, 0.3], [0.3, 1.1]]
add("correlated2dCovariance", "randomWalkCovariance", 7, 300, 0, 1, [1.0, -2.0],
    metropolis_hastings(correlated_2d, [1.0, -2.0], random_walk_cov(COV), 300, 0, 1, 7), covariance=COV)
add("betaPosterior", "randomWalk", 2024, 400, 100, 1, [0.5],
    metropolis_hastings(beta_posterior, [0.5], random_walk([0.2]), 400, 100, 1, 2024), scale=[0.2])
add("gammaLogNormalProposal", "custom", 5, 300, 10, 1, [1.0],
    metropolis_hastings(gamma_target, [1.0], log_normal_step, 300, 10, 1, 5, log_q=log_normal_step_density))
add("gibbsBivariateNormal", "gibbs", 1, 300, 10, 1, [2.0, -2.0],
    gibbs([2.0, -2.0], [lambda x, rng: rng.normal(RHO * x[1], S), lambda x, rng: rng.normal(RHO * x[0], S)],
          300, 10, 1, 1, bivariate_normal), rho=RHO)

try:
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import arviz as az
    for c in cases:
        trace = np.array([[float(v) for v in row] for row in c["trace"]])
        c["ess"] = {m: [float(az.ess(trace[:, j], method=m)) for j in range(trace.shape[1])]
                    for m in ("bulk", "mean")}
    arviz_version = az.__version__
except ImportError:
    arviz_version = None

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps({"meta": {"numpy": np.__version__, "arviz": arviz_version}, "cases": cases},
                          indent=None, separators=(",", ":")) + "\n")
print(f"{len(cases)} chains -> {OUT.relative_to(ROOT)}")
for c in cases:
    print(f"  {c['name']}: acceptance {c['acceptanceRate']:.3f}, ess {c.get('ess')}")
