#!/usr/bin/env python3
"""Reference values for MLMath's metrics, splits and preprocessing, from scikit-learn.

Writes Tests/MLMathTests/Fixtures/reference/metrics_preprocessing.json, which
Tests/MLMathTests/MetricsReferenceTests.swift, MetricsModelSelectionTests.swift and
PreprocessingReferenceTests.swift replay without Python.

Run from the package root:  python3 scripts/reference/metrics_preprocessing.py
(needs numpy and scikit-learn)

Sections (floats that are not finite are written "nan", "inf", "-inf"):
- "classification": label pairs with accuracy, confusion matrices (plain and normalised),
  precision/recall/F1/Fβ per class and averaged (micro, macro, weighted, binary with a
  pos_label), under every zero_division, and classification_report's text;
- "ranking": binary labels and scores with roc_curve (drop_intermediate on and off),
  roc_auc_score (with max_fpr), precision_recall_curve (drop_intermediate on and off)
  and average_precision_score;
- "logLoss": probabilities (1-D and 2-D) with log_loss, normalised and summed;
- "regression": targets and predictions with MSE, RMSE, MAE and R²;
- "splits": train_test_split, ShuffleSplit, StratifiedShuffleSplit, KFold and
  StratifiedKFold indices for seeds (and for np.random.seed + random_state=None);
- "standardScaler", "minMaxScaler": fitted attributes, transforms and inverse transforms,
  including NaN entries, constant columns and partial_fit batches;
- "oneHot": categories, encodings and feature names;
- "polynomial": powers_, transforms and feature names.

Split indices and integer outputs must match exactly; floats within 1e-12 relative.
"""
import json
import math
import pathlib
import warnings

import numpy as np
import sklearn
from sklearn import metrics as M
from sklearn.model_selection import (KFold, ShuffleSplit, StratifiedKFold, StratifiedShuffleSplit,
                                     train_test_split)
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder, PolynomialFeatures, StandardScaler

from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "metrics_preprocessing.json"

rng = np.random.default_rng(20261213)
warnings.simplefilter("ignore")


def fl(values):
    return [number(x) for x in np.asarray(values, dtype=float).ravel()]


def ints(values):
    return [int(x) for x in np.asarray(values).ravel()]


def mat(a):
    a = np.asarray(a, dtype=float)
    return {"rows": a.shape[0], "cols": a.shape[1], "data": fl(a)}


def imat(a):
    a = np.asarray(a)
    return {"rows": a.shape[0], "cols": a.shape[1], "data": ints(a)}


# ------------------------------------------------------------------ classification
ZERO_DIVISION = {"warn": "warn", "zero": 0, "one": 1, "nan": np.nan}


def classification_case(name, y_true, y_pred, labels=None, pos_label=None, digits=2, names=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    case = {"name": name, "yTrue": ints(y_true), "yPred": ints(y_pred),
            "labels": None if labels is None else ints(labels),
            "accuracy": number(M.accuracy_score(y_true, y_pred)),
            "correct": number(M.accuracy_score(y_true, y_pred, normalize=False)),
            "confusion": imat(M.confusion_matrix(y_true, y_pred, labels=labels)),
            "confusionNormalized": {k: mat(M.confusion_matrix(y_true, y_pred, labels=labels, normalize=k))
                                    for k in ["true", "pred", "all"]},
            "scores": [], "reports": []}
    present = np.unique(np.concatenate([y_true, y_pred]))
    for zd_name, zd in ZERO_DIVISION.items():
        for beta in [1.0, 0.5, 2.0, 0.0, math.inf]:
            p, r, f, s = M.precision_recall_fscore_support(y_true, y_pred, beta=beta, labels=labels,
                                                           zero_division=zd)
            entry = {"zeroDivision": zd_name, "beta": number(beta), "average": "none",
                     "precision": fl(p), "recall": fl(r), "fScore": fl(f), "support": ints(s)}
            case["scores"].append(entry)
            averages = ["micro", "macro", "weighted"]
            if len(present) <= 2:
                averages.append("binary")
            for average in averages:
                pos_labels = [None]
                if average == "binary":
                    pos_labels = [pos_label] if pos_label is not None else [1]
                for pl in pos_labels:
                    kwargs = {"pos_label": pl} if pl is not None else {}
                    p, r, f, _ = M.precision_recall_fscore_support(
                        y_true, y_pred, beta=beta, labels=labels, average=average, zero_division=zd, **kwargs)
                    entry = {"zeroDivision": zd_name, "beta": number(beta), "average": average,
                             "posLabel": pl if pl is not None else 1,
                             "precision": [number(p)], "recall": [number(r)], "fScore": [number(f)]}
                    # The one-number functions must agree with the averaged support function.
                    assert M.precision_score(y_true, y_pred, labels=labels, average=average,
                                             zero_division=zd, **kwargs) == p or (math.isnan(p))
                    if beta == 1.0:
                        f1 = M.f1_score(y_true, y_pred, labels=labels, average=average, zero_division=zd, **kwargs)
                        assert f1 == f or (math.isnan(f1) and math.isnan(f))
                    case["scores"].append(entry)
        case["reports"].append({"zeroDivision": zd_name, "digits": digits, "targetNames": names,
                                "text": M.classification_report(y_true, y_pred, labels=labels, digits=digits,
                                                                target_names=names, zero_division=zd)})
    return case


classification = [
    classification_case("binary small", [0, 1, 1, 0, 1, 1], [0, 1, 0, 1, 1, 1]),
    classification_case("binary all negative", [0, 0, 0, 0], [0, 0, 0, 0]),
    classification_case("binary no predicted positive", [0, 1, 0, 1], [0, 0, 0, 0]),
    classification_case("binary labels 2 and 3", [2, 3, 3, 2, 3], [2, 3, 2, 2, 2], pos_label=3,
                        names=["two", "three"]),
    classification_case("binary labels -1 and 1", [-1, 1, 1, -1, -1, 1, 1], [1, 1, -1, -1, -1, 1, 1]),
    classification_case("single label", [4, 4, 4], [4, 4, 4], pos_label=4),
    classification_case("multiclass", [0, 1, 2, 0, 1, 2, 2, 2], [0, 2, 1, 0, 0, 1, 2, 2], digits=4),
    classification_case("multiclass with unpredicted class", [0, 1, 2, 3], [0, 1, 1, 1]),
    classification_case("multiclass labels subset", [0, 1, 2, 0, 1, 2, 2], [0, 2, 1, 0, 0, 1, 2], labels=[2, 0]),
    classification_case("multiclass labels with absent label", [0, 1, 2, 0, 1], [0, 2, 1, 0, 0], labels=[0, 1, 2, 7]),
    classification_case("multiclass long names", [5, 9, 7, 5, 9], [5, 9, 9, 7, 9],
                        names=["setosa", "a very long class name", "virginica"]),
]
for k in range(6):
    n = int(rng.integers(20, 400))
    classes = int(rng.integers(2, 7))
    offset = int(rng.integers(-3, 3))
    y_true = rng.integers(0, classes, n) + offset
    noise = rng.random(n) < 0.35
    y_pred = np.where(noise, rng.integers(0, classes, n) + offset, y_true)
    classification.append(classification_case(f"random {k}", y_true, y_pred, digits=int(rng.integers(1, 6)),
                                              pos_label=offset + 1 if classes == 2 else None))

# ------------------------------------------------------------------ ranking
def ranking_case(name, y_true, y_score, pos_label=None, max_fprs=(0.1, 0.3, 0.5, 0.75, 1.0)):
    y_true, y_score = np.asarray(y_true), np.asarray(y_score, dtype=float)
    case = {"name": name, "yTrue": ints(y_true), "yScore": fl(y_score), "posLabel": pos_label}
    for drop, key in [(True, "roc"), (False, "rocAll")]:
        fpr, tpr, thr = M.roc_curve(y_true, y_score, pos_label=pos_label, drop_intermediate=drop)
        case[key] = {"fpr": fl(fpr), "tpr": fl(tpr), "thresholds": fl(thr)}
    for drop, key in [(False, "pr"), (True, "prDrop")]:
        p, r, thr = M.precision_recall_curve(y_true, y_score, pos_label=pos_label, drop_intermediate=drop)
        case[key] = {"precision": fl(p), "recall": fl(r), "thresholds": fl(thr)}
    if len(np.unique(y_true)) <= 2:
        ap_pos = pos_label if pos_label is not None else 1
        case["averagePrecision"] = number(M.average_precision_score(y_true, y_score, pos_label=ap_pos))
    if len(np.unique(y_true)) <= 2 and (pos_label is None or pos_label == np.max(y_true)):
        case["rocAuc"] = number(M.roc_auc_score(y_true, y_score))
        case["rocAucMaxFPR"] = [[m, number(M.roc_auc_score(y_true, y_score, max_fpr=m))] for m in max_fprs
                                if len(np.unique(y_true)) == 2]
    return case


ranking = [
    ranking_case("sklearn example", [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]),
    ranking_case("ties", [0, 1, 1, 0, 1, 0, 1], [0.5, 0.5, 0.9, 0.1, 0.5, 0.9, 0.2]),
    ranking_case("all tied", [0, 1, 1, 0], [0.3, 0.3, 0.3, 0.3]),
    ranking_case("perfect", [0, 0, 1, 1, 1], [0.1, 0.2, 0.7, 0.8, 0.9]),
    ranking_case("reversed", [1, 1, 0, 0, 0], [0.1, 0.2, 0.7, 0.8, 0.9]),
    ranking_case("only positives", [1, 1, 1], [0.1, 0.5, 0.3]),
    ranking_case("only negatives", [0, 0, 0], [0.1, 0.5, 0.3]),
    ranking_case("minus one and one", [-1, 1, -1, 1, 1], [-2.5, 0.0, -0.0, 3.0, 1e-300]),
    ranking_case("labels 2 and 5", [2, 5, 5, 2, 5, 2], [0.2, 0.6, 0.4, 0.4, 0.9, 0.1], pos_label=5),
    ranking_case("labels 2 and 5, pos 2", [2, 5, 5, 2, 5, 2], [0.2, 0.6, 0.4, 0.4, 0.9, 0.1], pos_label=2),
    ranking_case("multiclass one vs rest", [0, 1, 2, 2, 1, 0, 2], [0.1, 0.3, 0.9, 0.8, 0.2, 0.4, 0.35], pos_label=2),
    ranking_case("single sample", [1], [0.5]),
    ranking_case("large scores", [0, 1, 0, 1], [1e300, -1e300, 5e-324, 1.7e308]),
]
for k in range(8):
    n = int(rng.integers(5, 600))
    y = (rng.random(n) < rng.uniform(0.1, 0.9)).astype(int)
    score = y * rng.uniform(0.2, 2.0) + rng.normal(size=n)
    if k % 2 == 0:
        score = np.round(score, 1)  # many ties
    ranking.append(ranking_case(f"random {k}", y, score))

# ------------------------------------------------------------------ log loss
log_loss_cases = []


def log_loss_case(name, y_true, y_prob, labels=None):
    y_prob = np.asarray(y_prob, dtype=float)
    entry = {"name": name, "yTrue": ints(y_true), "labels": None if labels is None else ints(labels)}
    if y_prob.ndim == 1:
        entry["vector"] = fl(y_prob)
    else:
        entry["matrix"] = mat(y_prob)
    entry["mean"] = number(M.log_loss(y_true, y_prob, labels=labels))
    entry["sum"] = number(M.log_loss(y_true, y_prob, labels=labels, normalize=False))
    log_loss_cases.append(entry)


log_loss_case("binary", [0, 1, 1], [0.1, 0.9, 0.8])
log_loss_case("binary certain and wrong", [0, 1, 1], [0.0, 1.0, 0.0])
log_loss_case("binary one class with labels", [1, 1, 1], [0.1, 0.9, 0.8], labels=[0, 1])
log_loss_case("binary labels 3 and 7", [3, 7, 7, 3], [0.2, 0.7, 0.6, 0.45])
log_loss_case("three classes", [0, 1, 2], [[0.2, 0.3, 0.5], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]])
log_loss_case("rows not summing to one", [0, 1, 2], [[0.2, 0.3, 0.6], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]])
log_loss_case("labels beyond y_true", [0, 2], [[0.5, 0.25, 0.25], [0.1, 0.1, 0.8]], labels=[0, 1, 2])
log_loss_case("one column", [0, 1, 0], [[0.3], [0.6], [0.01]])
log_loss_case("two columns", [0, 1, 0], [[0.7, 0.3], [0.4, 0.6], [0.99, 0.01]])
log_loss_case("near one", [1, 0], [1 - 1e-17, 1e-17])
for k in range(4):
    n, c = int(rng.integers(3, 300)), int(rng.integers(2, 10))
    y = rng.integers(0, c, n)
    y[:c] = np.arange(c)
    p = rng.dirichlet(np.ones(c) * 0.7, n)
    log_loss_case(f"random {k}", y, p)

# ------------------------------------------------------------------ regression
regression = []


def regression_case(name, y_true, y_pred):
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    regression.append({"name": name, "yTrue": fl(y_true), "yPred": fl(y_pred),
                       "mse": number(M.mean_squared_error(y_true, y_pred)),
                       "rmse": number(M.root_mean_squared_error(y_true, y_pred)),
                       "mae": number(M.mean_absolute_error(y_true, y_pred)),
                       "r2": number(M.r2_score(y_true, y_pred))})


regression_case("sklearn example", [3, -0.5, 2, 7], [2.5, 0.0, 2, 8])
regression_case("perfect", [1, 2, 3], [1, 2, 3])
regression_case("constant truth, perfect", [2, 2, 2], [2, 2, 2])
regression_case("constant truth, wrong", [2, 2, 2], [2, 3, 2])
regression_case("single sample", [1.5], [2.5])
regression_case("worse than the mean", [1, 2, 3], [3, 2, 1])
regression_case("large offset", [1e9 + 1, 1e9 + 2, 1e9 + 4], [1e9 + 1.5, 1e9 + 2, 1e9 + 3])
for k in range(5):
    n = int(rng.integers(2, 700))
    y = rng.normal(size=n) * 10 ** rng.uniform(-3, 3) + rng.uniform(-5, 5)
    regression_case(f"random {k}", y, y + rng.normal(size=n) * rng.uniform(0.01, 3))

# ------------------------------------------------------------------ splits
def size(x):
    return None if x is None else ({"fraction": x} if isinstance(x, float) else {"count": x})


splits = {"trainTestSplit": [], "shuffleSplit": [], "stratifiedShuffleSplit": [], "kFold": [],
          "stratifiedKFold": []}
for n, test, train, seed, shuffle, strat in [
        (10, 0.3, None, 42, True, None), (10, None, None, 0, True, None), (10, 3, None, 1, True, None),
        (10, None, 0.6, 2, True, None), (10, 0.2, 0.5, 3, True, None), (10, 4, 5, 4, True, None),
        (7, None, None, None, False, None), (9, 0.34, None, None, False, None), (2, 1, None, 5, True, None),
        (1000, 0.25, None, 123456789, True, None), (37, 0.1, None, 4294967295, True, None),
        (10, 0.3, None, 42, True, [0, 0, 0, 1, 1, 1, 1, 0, 1, 0]),
        (12, 0.25, None, 7, True, [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2]),
        (15, 5, None, 8, True, [3, 3, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2]),
        (20, 0.5, 0.3, 9, True, [5] * 4 + [6] * 16), (11, 0.3, None, 10, True, [0, 1] * 5 + [1]),
]:
    X = np.arange(n)
    kwargs = {"test_size": test, "train_size": train, "random_state": seed, "shuffle": shuffle}
    if strat is not None:
        kwargs["stratify"] = np.asarray(strat)
    a_train, a_test = train_test_split(X, **kwargs)
    splits["trainTestSplit"].append({"n": n, "testSize": size(test), "trainSize": size(train), "seed": seed,
                                     "shuffle": shuffle, "stratify": strat,
                                     "train": ints(a_train), "test": ints(a_test)})
splits["globalStream"] = []
for n, seed in [(10, 3), (25, 99), (100, 2024)]:
    # random_state=None draws from NumPy's global generator; two calls continue its stream.
    np.random.seed(seed)
    calls = [train_test_split(np.arange(n), test_size=0.3) for _ in range(2)]
    splits["globalStream"].append({"n": n, "testSize": size(0.3), "globalSeed": seed,
                                   "calls": [{"train": ints(a), "test": ints(b)} for a, b in calls]})

for n, k, test, train, seed in [(8, 2, 0.25, None, 0), (20, 4, None, None, 5), (13, 3, 4, 6, 11),
                                (100, 5, 0.2, 0.5, 77)]:
    out = [(ints(a), ints(b)) for a, b in ShuffleSplit(k, test_size=test, train_size=train,
                                                       random_state=seed).split(np.zeros((n, 1)))]
    splits["shuffleSplit"].append({"n": n, "nSplits": k, "testSize": size(test), "trainSize": size(train),
                                   "seed": seed, "folds": [{"train": a, "test": b} for a, b in out]})
for y, k, test, train, seed in [([0, 0, 0, 1, 1, 1, 1, 0, 1, 0], 2, 0.3, None, 1),
                                ([1, 2, 3] * 7, 3, 6, None, 2), ([0] * 30 + [1] * 5 + [2] * 15, 4, 0.2, 0.6, 3),
                                ([4, 4, 9, 9, 9, 4, 9, 9], 3, 0.25, None, 4)]:
    y = np.asarray(y)
    out = [(ints(a), ints(b)) for a, b in StratifiedShuffleSplit(k, test_size=test, train_size=train,
                                                                 random_state=seed).split(np.zeros((len(y), 1)), y)]
    splits["stratifiedShuffleSplit"].append({"y": ints(y), "nSplits": k, "testSize": size(test),
                                             "trainSize": size(train), "seed": seed,
                                             "folds": [{"train": a, "test": b} for a, b in out]})
for n, k, shuffle, seed in [(7, 3, False, None), (7, 3, True, 0), (10, 5, True, 1), (10, 10, True, 2),
                            (100, 7, True, 3), (6, 2, False, None), (53, 4, True, 4294967295)]:
    out = [(ints(a), ints(b)) for a, b in KFold(k, shuffle=shuffle, random_state=seed).split(np.zeros((n, 2)))]
    splits["kFold"].append({"n": n, "nSplits": k, "shuffle": shuffle, "seed": seed,
                            "folds": [{"train": a, "test": b} for a, b in out]})
for y, k, shuffle, seed in [([0, 0, 0, 1, 1, 1, 1, 0, 1, 0], 3, True, 1), ([0, 0, 0, 1, 1, 1, 1, 0, 1, 0], 3, False, None),
                            ([2, 1, 0] * 6 + [0, 0], 4, True, 5), ([7, 7, 3, 3, 3, 3, 3, 3, 3, 3, 7, 7], 3, True, 6),
                            ([1, 1, 1, 1, 2, 2, 2, 2, 2, 3], 4, True, 7), ([1, 1, 1, 1, 2, 2, 2, 2, 2, 3], 4, False, None),
                            (list(rng.integers(0, 4, 97)), 5, True, 8)]:
    y = np.asarray(y)
    out = [(ints(a), ints(b)) for a, b in StratifiedKFold(k, shuffle=shuffle, random_state=seed).split(
        np.zeros((len(y), 1)), y)]
    splits["stratifiedKFold"].append({"y": ints(y), "nSplits": k, "shuffle": shuffle, "seed": seed,
                                      "folds": [{"train": a, "test": b} for a, b in out]})

# ------------------------------------------------------------------ scalers
def attr(x):
    return None if x is None else fl(np.atleast_1d(x))


standard = []
minmax = []


def scaler_inputs():
    yield "small", np.array([[1.0, 2], [3, 4], [5, 9]]), None
    yield "one column", rng.normal(size=(300, 1)) * 3 + 1, None
    yield "constant columns", np.array([[1.0, 0, 1e8], [1, 0, 1e8], [1, 0, 1e8]]), None
    yield "near-constant large offset", np.column_stack([1e9 + rng.normal(size=50) * 1e-6,
                                                         rng.normal(size=50)]), None
    X = rng.normal(size=(40, 3)) * [1, 100, 1e-3]
    X[3, 0] = X[7, 0] = X[11, 2] = np.nan
    yield "with NaN", X, None
    X = rng.normal(size=(10, 2))
    X[:, 1] = np.nan
    yield "all-NaN column", X, None
    yield "single row", np.array([[3.0, -4.0]]), None
    yield "batches", rng.normal(size=(200, 4)) * [1, 5, 0.1, 1e4] + [0, 3, -2, 1e5], [50, 120, 170]
    X = rng.normal(size=(60, 2))
    X[5, 1] = np.nan
    yield "batches with NaN", X, [1, 30]


for name, X, cuts in scaler_inputs():
    Z = rng.normal(size=(5, X.shape[1])) * 2
    for with_mean, with_std in [(True, True), (False, True), (True, False), (False, False)]:
        s = StandardScaler(with_mean=with_mean, with_std=with_std)
        if cuts is None:
            s.fit(X)
        else:
            for part in np.split(X, cuts):
                s.partial_fit(part)
        seen = np.broadcast_to(np.asarray(s.n_samples_seen_), (X.shape[1],))
        standard.append({"name": name, "X": mat(X), "batches": cuts, "withMean": with_mean, "withStd": with_std,
                         "mean": attr(s.mean_), "variance": attr(s.var_), "scale": attr(s.scale_),
                         "nSamplesSeen": ints(seen), "transform": mat(s.transform(X)),
                         "Z": mat(Z), "inverse": mat(s.inverse_transform(Z))})
    for feature_range, clip in [((0, 1), False), ((-1, 1), False), ((2.5, 7.0), True)]:
        s = MinMaxScaler(feature_range=feature_range, clip=clip)
        if cuts is None:
            s.fit(X)
        else:
            for part in np.split(X, cuts):
                s.partial_fit(part)
        minmax.append({"name": name, "X": mat(X), "batches": cuts, "featureRange": list(map(float, feature_range)),
                       "clip": clip, "dataMin": attr(s.data_min_), "dataMax": attr(s.data_max_),
                       "dataRange": attr(s.data_range_), "scale": attr(s.scale_), "min": attr(s.min_),
                       "nSamplesSeen": int(s.n_samples_seen_), "transform": mat(s.transform(X)),
                       "Z": mat(Z), "transformZ": mat(s.transform(Z)), "inverse": mat(s.inverse_transform(Z))})

# ------------------------------------------------------------------ one-hot
one_hot = []
for name, X, T, drop, unknown, given in [
        ("two features", [[0, 3], [1, 3], [2, 5]], [[2, 5], [0, 3]], None, "error", None),
        ("drop first", [[0, 3], [1, 3], [2, 5], [1, 5]], [[2, 5], [0, 3]], "first", "error", None),
        ("drop if binary", [[0, 3], [1, 3], [2, 5]], [[2, 5], [1, 3]], "if_binary", "error", None),
        ("single-category feature dropped", [[1, 4], [1, 5]], [[1, 5]], "first", "error", None),
        ("ignore unknown", [[-1, 10], [4, 20], [4, 10]], [[7, 10], [4, 99], [-1, 20]], None, "ignore", None),
        ("ignore unknown with drop", [[-1, 10], [4, 20], [4, 10]], [[7, 10], [4, 20]], "first", "ignore", None),
        ("given categories", [[1, 0], [2, 0]], [[3, 0], [1, 2]], None, "error", [[1, 2, 3], [0, 1, 2]]),
        ("negative and large", [[-5], [1000000], [0], [-5]], [[0]], None, "error", None)]:
    kwargs = {"sparse_output": False, "handle_unknown": unknown, "drop": drop}
    if given is not None:
        kwargs["categories"] = [np.asarray(c) for c in given]
    e = OneHotEncoder(**kwargs).fit(np.asarray(X))
    one_hot.append({"name": name, "X": imat(X), "T": imat(T), "drop": drop, "handleUnknown": unknown,
                    "categories": given, "fittedCategories": [ints(c) for c in e.categories_],
                    "dropIndex": None if e.drop_idx_ is None else [None if d is None else int(d) for d in e.drop_idx_],
                    "transformX": mat(e.transform(np.asarray(X))), "transformT": mat(e.transform(np.asarray(T))),
                    "featureNames": [str(s) for s in e.get_feature_names_out()],
                    "featureNamesCustom": [str(s) for s in e.get_feature_names_out(
                        [f"f{j}" for j in range(np.asarray(X).shape[1])])]})

# ------------------------------------------------------------------ polynomial features
polynomial = []
for X in [np.array([[2.0, 3.0]]), rng.normal(size=(6, 3)) * 3, np.array([[0.1], [-7.0], [1e100]]),
          rng.normal(size=(4, 5)) * 1e3]:
    for degree in [0, 1, 2, 3, 4, (2, 3), (0, 2), (3, 3), (1, 1)]:
        for interaction_only in [False, True]:
            for include_bias in [True, False]:
                max_degree = degree if isinstance(degree, int) else degree[1]
                if max_degree == 0 and not include_bias:
                    continue
                if X.shape[1] >= 5 and max_degree == 4:
                    continue
                p = PolynomialFeatures(degree=degree, interaction_only=interaction_only,
                                       include_bias=include_bias).fit(X)
                if p.n_output_features_ == 0:
                    continue  # sklearn's powers_ cannot stack zero rows
                polynomial.append({"X": mat(X), "degree": list(degree) if isinstance(degree, tuple) else [0, degree],
                                   "interactionOnly": interaction_only, "includeBias": include_bias,
                                   "powers": imat(p.powers_), "transform": mat(p.transform(X)),
                                   "featureNames": [str(s) for s in p.get_feature_names_out()]})

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps({
    "meta": {"sklearn": sklearn.__version__, "numpy": np.__version__},
    "classification": classification, "ranking": ranking, "logLoss": log_loss_cases, "regression": regression,
    "splits": splits, "standardScaler": standard, "minMaxScaler": minmax, "oneHot": one_hot,
    "polynomial": polynomial}, indent=None, separators=(",", ":")) + "\n")
print(f"{len(classification)} classification, {len(ranking)} ranking, {len(log_loss_cases)} log-loss, "
      f"{len(regression)} regression, {sum(len(v) for v in splits.values())} split, {len(standard)} standard, "
      f"{len(minmax)} min-max, {len(one_hot)} one-hot, {len(polynomial)} polynomial cases -> {OUT.relative_to(ROOT)}")
