#!/usr/bin/env python3
"""Reference training runs for MLMath's MLPClassifier and MLPRegressor, from scikit-learn.

Writes Tests/MLMathTests/Fixtures/reference/mlp.json, which
Tests/MLMathTests/MLPReferenceTests.swift replays without Python.

Run from the package root:  python3 scripts/reference/mlp.py
(needs numpy and scikit-learn)

Each case trains sklearn's estimator with solver="sgd", momentum=0 (plain gradient
descent, which MLMath's GradientDescent(learningRate:) reproduces step for step),
learning_rate="constant", and n_iter_no_change large enough that it never stops early.
The initial weights (Glorot-uniform draws from np.random.RandomState(random_state)), the
per-epoch shuffles, the mini-batches, the forward pass, backpropagation with the L2
penalty and the update are then all the same computation in both, so the stored
coefs_, intercepts_ and loss_curve_ must agree (the Swift tests allow 1e-10 relative:
BLAS sums and the logistic derivative round differently). Cases with max_iter=1,
batch_size=n and shuffle=False are exactly one full-batch gradient step from sklearn's
initial weights; "initial" stores those weights (drawn as sklearn's _init_coef draws them).
"""
import json
import pathlib
import warnings

import numpy as np
import sklearn
from sklearn.datasets import make_blobs, make_moons
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier, MLPRegressor

from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests/MLMathTests/Fixtures/reference/mlp.json"


def mat(a):
    a = np.atleast_2d(np.asarray(a, dtype=float))
    return [[number(v) for v in row] for row in a]


def vec(a):
    return [number(v) for v in np.asarray(a, dtype=float).ravel()]


def glorot(units, activation, seed):
    rng = np.random.RandomState(seed)
    factor = 2.0 if activation == "logistic" else 6.0
    coefs, intercepts = [], []
    for fan_in, fan_out in zip(units[:-1], units[1:]):
        bound = np.sqrt(factor / (fan_in + fan_out))
        coefs.append(rng.uniform(-bound, bound, (fan_in, fan_out)))
        intercepts.append(rng.uniform(-bound, bound, fan_out))
    return coefs, intercepts


cases = []


def run(name, kind, X, y, hidden, activation, alpha, batch_size, max_iter, shuffle, lr, seed):
    Estimator = MLPClassifier if kind == "classifier" else MLPRegressor
    est = Estimator(hidden_layer_sizes=hidden, activation=activation, solver="sgd", alpha=alpha,
                    batch_size=batch_size, learning_rate="constant", learning_rate_init=lr, max_iter=max_iter,
                    shuffle=shuffle, random_state=seed, tol=1e-4, momentum=0.0, nesterovs_momentum=False,
                    n_iter_no_change=10_000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        est.fit(X, y)
    n_out = est.n_outputs_
    units = [X.shape[1], *hidden, n_out]
    coefs0, intercepts0 = glorot(units, activation, seed)
    case = {"name": name, "kind": kind, "X": mat(X), "hidden": list(hidden), "activation": activation,
            "alpha": alpha, "batchSize": batch_size, "maxIter": max_iter, "shuffle": shuffle,
            "learningRate": lr, "seed": seed,
            "initialCoefs": [mat(c) for c in coefs0], "initialIntercepts": [vec(b) for b in intercepts0],
            "coefs": [mat(c) for c in est.coefs_], "intercepts": [vec(b) for b in est.intercepts_],
            "lossCurve": vec(est.loss_curve_), "nIter": est.n_iter_}
    if kind == "classifier":
        case["y"] = [int(v) for v in y]
        case["predictProba"] = mat(est.predict_proba(X))
        case["predict"] = [int(v) for v in est.predict(X)]
    else:
        case["yFloat"] = vec(y)
        case["predictFloat"] = vec(est.predict(X))
    cases.append(case)


X, y = make_moons(n_samples=60, noise=0.25, random_state=3)
run("moonsReluMiniBatch", "classifier", X, y, (5, 4), "relu", 1e-4, 16, 6, True, 0.1, 0)
run("moonsLogisticFullBatchOneStep", "classifier", X, y, (3,), "logistic", 0.5, 60, 1, False, 0.2, 11)
Xb, yb = make_blobs(n_samples=45, centers=3, n_features=3, random_state=1)
yb = np.array([7, -1, 4])[yb]  # labels that are not 0…k−1
run("blobsTanhFullBatchOneStep", "classifier", Xb, yb, (6,), "tanh", 0.01, 45, 1, False, 0.05, 4)
run("blobsTanhShuffled", "classifier", Xb, yb, (6, 5), "tanh", 0.01, 10, 8, True, 0.05, 4)
run("blobsIdentity", "classifier", Xb, yb, (4,), "identity", 0.0, 20, 5, True, 0.01, 9)
rng = np.random.RandomState(0)
Xr = rng.uniform(-2, 2, (50, 2))
yr = np.sin(Xr[:, 0]) + 0.5 * Xr[:, 1] ** 2 + 0.1 * rng.standard_normal(50)
run("regressorLogistic", "regressor", Xr, yr, (4, 3), "logistic", 1e-3, 10, 7, True, 0.1, 2)
run("regressorReluOneStep", "regressor", Xr, yr, (8,), "relu", 0.1, 50, 1, False, 0.01, 5)

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps({"meta": {"sklearn": sklearn.__version__, "numpy": np.__version__}, "cases": cases},
                          indent=None, separators=(",", ":")) + "\n")
print(f"{len(cases)} training runs -> {OUT.relative_to(ROOT)}")
