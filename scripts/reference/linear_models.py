#!/usr/bin/env python3
"""Reference values for MLMath's linear models (Sources/MLMath/LinearModel/), from scikit-learn.

Writes Tests/MLMathTests/Fixtures/reference/linear_models.json, which
Tests/MLMathTests/LinearModelReferenceTests.swift replays without Python.

Run from the package root:  python3 scripts/reference/linear_models.py
(needs numpy and scikit-learn)

Sections:
- "datasets": regression data sets, each with X and y as sklearn made them (and, for
  make_regression, the arguments, so the tests also check that MLMath's makeRegression
  reproduces them);
- "linearRegression": LinearRegression(fit_intercept) coef_, intercept_, rank_, singular_,
  R² on the training data;
- "ridge": Ridge(alpha, fit_intercept, solver="cholesky") coef_, intercept_;
- "elasticNet": Lasso / ElasticNet(alpha, l1_ratio, fit_intercept) with the defaults
  max_iter=1000, tol=1e-4: coef_, intercept_, n_iter_, dual_gap_;
- "logistic": LogisticRegression(C, tol, max_iter) on Iris splits and subsets, binary and
  multinomial: coef_, intercept_, n_iter_, classes_, predict_proba and predict on the test
  rows, and accuracy; penalty=None is sklearn 1.8's C=np.inf;
- "irisSplit": the rows of train_test_split(iris, test_size=0.3, random_state=42).

Floats are written with full precision; tolerances are the tests' business.
"""
import json
import pathlib
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_iris, make_regression
from sklearn.linear_model import ElasticNet, Lasso, LinearRegression, LogisticRegression, Ridge
from sklearn.model_selection import train_test_split

from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "linear_models.json"

warnings.simplefilter("ignore")


def fl(values):
    return [number(x) for x in np.asarray(values, dtype=float).ravel()]


def mat(a):
    a = np.asarray(a, dtype=float)
    if a.ndim == 1:
        a = a[np.newaxis, :]
    return {"rows": a.shape[0], "cols": a.shape[1], "data": fl(a)}


def ints(values):
    return [int(x) for x in np.asarray(values).ravel()]


# ------------------------------------------------------------------ regression data
iris = load_iris()
datasets = {}
generators = {
    "reg60x5": dict(n_samples=60, n_features=5, n_informative=3, noise=10.0, bias=3.0, random_state=0),
    "reg40x12": dict(n_samples=40, n_features=12, n_informative=4, noise=5.0, bias=-7.5, random_state=42),
    "wide15x30": dict(n_samples=15, n_features=30, n_informative=5, noise=1.0, bias=0.0, random_state=7),
}
for name, kwargs in generators.items():
    X, y = make_regression(**kwargs)
    datasets[name] = {"X": X, "y": y, "generator": {
        "nSamples": kwargs["n_samples"], "nFeatures": kwargs["n_features"],
        "nInformative": kwargs["n_informative"], "noise": kwargs["noise"], "bias": kwargs["bias"],
        "randomState": kwargs["random_state"]}}
# Iris columns: petal width from sepal length, sepal width and petal length.
datasets["iris"] = {"X": iris.data[:, :3], "y": iris.data[:, 3], "generator": None}
# The same with sepal length repeated: rank 3 of 4 columns (the SVD solver's minimum-norm fit).
datasets["irisCollinear"] = {"X": np.column_stack([iris.data[:, :3], iris.data[:, 0]]),
                             "y": iris.data[:, 3], "generator": None}

linear = []
for name, d in datasets.items():
    for fit_intercept in [True, False]:
        m = LinearRegression(fit_intercept=fit_intercept).fit(d["X"], d["y"])
        linear.append({"dataset": name, "fitIntercept": fit_intercept, "coef": fl(m.coef_),
                       "intercept": number(m.intercept_), "rank": int(m.rank_), "singular": fl(m.singular_),
                       "score": number(m.score(d["X"], d["y"]))})

ridge = []
for name, d in datasets.items():
    for alpha in [0.01, 1.0, 25.0]:
        for fit_intercept in [True, False]:
            m = Ridge(alpha=alpha, fit_intercept=fit_intercept, solver="cholesky").fit(d["X"], d["y"])
            ridge.append({"dataset": name, "alpha": alpha, "fitIntercept": fit_intercept, "coef": fl(m.coef_),
                          "intercept": number(m.intercept_), "score": number(m.score(d["X"], d["y"]))})

enet = []
for name in ["reg60x5", "reg40x12", "wide15x30", "iris"]:
    d = datasets[name]
    scale = np.abs(d["y"]).max()
    for alpha_factor in [1e-3, 1e-2, 1e-1, 0.5]:
        alpha = float(alpha_factor * scale)
        for l1_ratio in [1.0, 0.9, 0.5, 0.2, 0.0]:
            for fit_intercept in [True, False]:
                if l1_ratio == 0 and (alpha_factor != 1e-1 or not fit_intercept):
                    continue  # one pure-ridge case per data set is enough
                if l1_ratio == 1.0:
                    m = Lasso(alpha=alpha, fit_intercept=fit_intercept)
                else:
                    m = ElasticNet(alpha=alpha, l1_ratio=l1_ratio, fit_intercept=fit_intercept)
                m.fit(d["X"], d["y"])
                enet.append({"dataset": name, "alpha": alpha, "l1Ratio": l1_ratio, "fitIntercept": fit_intercept,
                             "lasso": l1_ratio == 1.0, "coef": fl(m.coef_), "intercept": number(m.intercept_),
                             "nIter": int(m.n_iter_), "dualGap": number(m.dual_gap_)})

# ------------------------------------------------------------------ classification
X_tr, X_te, y_tr, y_te = train_test_split(iris.data, iris.target, test_size=0.3, random_state=42)
iris_split = {"testSize": 0.3, "randomState": 42, "xTrain": mat(X_tr), "xTest": mat(X_te),
              "yTrain": ints(y_tr), "yTest": ints(y_te)}

logistic = []


def logistic_case(name, X_train, y_train, X_test, y_test, C=1.0, tol=1e-4, max_iter=100, fit_intercept=True):
    m = LogisticRegression(C=C, tol=tol, max_iter=max_iter, fit_intercept=fit_intercept)
    m.fit(X_train, y_train)
    logistic.append({
        "name": name, "xTrain": mat(X_train), "yTrain": ints(y_train), "xTest": mat(X_test), "yTest": ints(y_test),
        "C": number(C), "penalty": "none" if C == np.inf else "l2", "tol": tol, "maxIter": max_iter,
        "fitIntercept": fit_intercept,
        "classes": ints(m.classes_), "coef": mat(m.coef_), "intercept": fl(m.intercept_), "nIter": int(m.n_iter_[0]),
        "decision": mat(m.decision_function(X_test)),
        "proba": mat(m.predict_proba(X_test)), "logProba": mat(m.predict_log_proba(X_test)),
        "predict": ints(m.predict(X_test)), "accuracy": number(m.score(X_test, y_test)),
        "trainAccuracy": number(m.score(X_train, y_train))})


tight = dict(tol=1e-10, max_iter=10000)
logistic_case("iris multinomial, split 0.3/42", X_tr, y_tr, X_te, y_te, **tight)
logistic_case("iris multinomial, split 0.3/42, C=0.05", X_tr, y_tr, X_te, y_te, C=0.05, **tight)
logistic_case("iris multinomial, split 0.3/42, no intercept", X_tr, y_tr, X_te, y_te, fit_intercept=False, **tight)
logistic_case("iris multinomial, split 0.3/42, sklearn defaults (max_iter 1000)", X_tr, y_tr, X_te, y_te,
              max_iter=1000)
two = iris.target > 0
Xb, yb = iris.data[two], iris.target[two]
Xb_tr, Xb_te, yb_tr, yb_te = train_test_split(Xb, yb, test_size=0.3, random_state=0)
logistic_case("iris versicolor vs virginica, split 0.3/0", Xb_tr, yb_tr, Xb_te, yb_te, **tight)
logistic_case("iris versicolor vs virginica, C=10", Xb_tr, yb_tr, Xb_te, yb_te, C=10.0, **tight)
logistic_case("iris versicolor vs virginica, sepal features, penalty none", Xb_tr[:, :2], yb_tr, Xb_te[:, :2],
              yb_te, C=np.inf, **tight)
logistic_case("iris setosa vs rest, petal features, C=0.1", X_tr[:, 2:], (y_tr == 0).astype(int), X_te[:, 2:],
              (y_te == 0).astype(int), C=0.1, **tight)

fixture = {
    "sklearnVersion": sklearn.__version__,
    "datasets": [{"name": k, "X": mat(v["X"]), "y": fl(v["y"]), "generator": v["generator"]}
                 for k, v in datasets.items()],
    "linearRegression": linear,
    "ridge": ridge,
    "elasticNet": enet,
    "irisSplit": iris_split,
    "logistic": logistic,
}
OUT.write_text(json.dumps(fixture, indent=None, separators=(",", ":")) + "\n")
print(f"wrote {OUT.relative_to(ROOT)}: {len(linear)} LinearRegression, {len(ridge)} Ridge, {len(enet)} Lasso/ElasticNet,"
      f" {len(logistic)} LogisticRegression cases")
print("zero coefficients in Lasso/ElasticNet:", sum(c == 0 for e in enet for c in e["coef"]),
      "of", sum(len(e["coef"]) for e in enet))
print("logistic n_iter:", [c["nIter"] for c in logistic], "accuracy:", [c["accuracy"] for c in logistic])
