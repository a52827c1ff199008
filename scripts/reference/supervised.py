#!/usr/bin/env python3
"""Reference values for MLMath's naive Bayes, k-nearest-neighbour and decision-tree models,
from scikit-learn.

Writes Tests/MLMathTests/Fixtures/reference/supervised.json, which
Tests/MLMathTests/NaiveBayesReferenceTests.swift, NeighborsReferenceTests.swift and
TreeReferenceTests.swift replay without Python.

Run from the package root:  python3 scripts/reference/supervised.py
(needs numpy and scikit-learn)

Every model is fitted on the same Iris split, train_test_split(test_size=0.3,
random_state=42), whose rows MLMath's trainTestSplit reproduces (the fixture keeps the test
labels to check that). Sections:
- "split": the test labels of that split;
- "gaussianNB": fitted attributes, predictions and (log-)probabilities for priors and
  var_smoothing settings;
- "multinomialNB": the same on the digits' pixel counts (split with random_state=0) for
  alpha, fit_prior and class_prior settings;
- "kneighbors": KNeighborsClassifier/Regressor with algorithm='brute' for k, weights and p:
  kneighbors distances and indices, predictions, probabilities and scores, on Iris (where
  many distances tie) and on Iris with a little seeded noise (no ties); one case with more
  queries than training samples, where sklearn skips its heap merge;
- "trees": DecisionTreeClassifier (gini, entropy; several max_depth, min_samples_leaf and
  random_state) and DecisionTreeRegressor on the split: accuracy or R², the tree's arrays
  (children, features, thresholds, impurities, values), feature importances, apply,
  predict_proba and export_text.
"""
import json
import pathlib

import numpy as np
import sklearn
from sklearn.datasets import load_digits, load_iris
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB, MultinomialNB
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor, export_text

from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "supervised.json"


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


iris = load_iris()
X, y = iris.data, iris.target
Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.3, random_state=42)

# ------------------------------------------------------------------ naive Bayes
gaussian = []
for name, kwargs in [("default", {}), ("var_smoothing 1e-3", {"var_smoothing": 1e-3}),
                     ("var_smoothing 0", {"var_smoothing": 0.0}),
                     ("priors", {"priors": [0.2, 0.3, 0.5]})]:
    for fit_on in ["train", "all"]:
        A, b = (Xtr, ytr) if fit_on == "train" else (X, y)
        m = GaussianNB(**kwargs).fit(A, b)
        gaussian.append({
            "name": name, "fitOn": fit_on, "varSmoothing": kwargs.get("var_smoothing", 1e-9),
            "priors": kwargs.get("priors"),
            "classes": ints(m.classes_), "classCount": fl(m.class_count_), "classPrior": fl(m.class_prior_),
            "theta": mat(m.theta_), "variance": mat(m.var_), "epsilon": number(m.epsilon_),
            "predict": ints(m.predict(Xte)), "proba": mat(m.predict_proba(Xte)),
            "logProba": mat(m.predict_log_proba(Xte)), "score": number(m.score(Xte, yte))})

digits = load_digits()
Dtr, Dte, dtr, dte = train_test_split(digits.data, digits.target, test_size=0.25, random_state=0)
multinomial = []
for name, kwargs in [("default", {}), ("alpha 0.5", {"alpha": 0.5}), ("alpha 0.01", {"alpha": 0.01}),
                     ("fit_prior false", {"fit_prior": False}),
                     ("class_prior", {"class_prior": list(np.linspace(1, 2, 10) / np.linspace(1, 2, 10).sum())})]:
    m = MultinomialNB(**kwargs).fit(Dtr, dtr)
    with np.errstate(all="ignore"):
        log_proba = m.predict_log_proba(Dte)
    multinomial.append({
        "name": name, "alpha": kwargs.get("alpha", 1.0), "fitPrior": kwargs.get("fit_prior", True),
        "classPrior": None if "class_prior" not in kwargs else fl(kwargs["class_prior"]),
        "classes": ints(m.classes_), "classCount": fl(m.class_count_), "classLogPrior": fl(m.class_log_prior_),
        "featureCount": mat(m.feature_count_), "featureLogProb": mat(m.feature_log_prob_),
        "predict": ints(m.predict(Dte)), "proba": mat(m.predict_proba(Dte[:150])), "logProba": mat(log_proba[:150]),
        "score": number(m.score(Dte, dte))})

# ------------------------------------------------------------------ neighbours
noise = np.random.RandomState(7).normal(scale=1e-3, size=X.shape)
Xn = X + noise
Xntr, Xnte, _, _ = train_test_split(Xn, y, test_size=0.3, random_state=42)
datasets = {"iris": (Xtr, ytr, Xte, yte), "iris noisy": (Xntr, ytr, Xnte, yte),
            "more queries": (Xtr[:30], ytr[:30], Xtr, ytr)}
neighbors = []
for data_name, (A, b, T, t) in datasets.items():
    for p in [1, 2, 3, 1.5]:
        for k in ([1, 3, 5, 15] if p != 1.5 else [5]):
            for weights in ["uniform", "distance"]:
                if data_name == "more queries" and k > 5:
                    continue
                clf = KNeighborsClassifier(n_neighbors=k, weights=weights, p=p, algorithm="brute").fit(A, b)
                dist, ind = clf.kneighbors(T)
                reg_target = A[:, 3]
                reg = KNeighborsRegressor(n_neighbors=k, weights=weights, p=p, algorithm="brute").fit(A[:, :3], reg_target)
                rdist, rind = reg.kneighbors(T[:, :3])
                # Queries whose k-th and (k+1)-th nearest are at the same distance: which
                # samples make the cut depends on the order of sklearn's search.
                D = clf.kneighbors(T, n_neighbors=min(k + 1, len(A)))[0]
                boundary_tie = [bool(k < len(A) and D[i, k - 1] == D[i, k]) for i in range(len(T))]
                neighbors.append({
                    "data": data_name, "k": k, "weights": weights, "p": p,
                    "distances": mat(dist), "indices": imat(ind), "boundaryTie": boundary_tie,
                    "predict": ints(clf.predict(T)), "proba": mat(clf.predict_proba(T)),
                    "score": number(clf.score(T, t)),
                    "regDistances": mat(rdist), "regIndices": imat(rind),
                    "regPredict": fl(reg.predict(T[:, :3])), "regScore": number(reg.score(T[:, :3], T[:, 3]))})

# ------------------------------------------------------------------ trees


def tree_arrays(m):
    t = m.tree_
    return {"nodeCount": int(t.node_count), "depth": int(m.get_depth()), "nLeaves": int(m.get_n_leaves()),
            "left": ints(t.children_left), "right": ints(t.children_right), "feature": ints(t.feature),
            "threshold": fl(t.threshold), "impurity": fl(t.impurity), "nNodeSamples": ints(t.n_node_samples),
            "value": fl(t.value[:, 0, :]), "featureImportances": fl(m.feature_importances_)}


trees = []
for criterion in ["gini", "entropy"]:
    for max_depth in [1, 2, 3, 5, None]:
        for min_samples_leaf in [1, 3]:
            for random_state in [0, 42]:
                m = DecisionTreeClassifier(criterion=criterion, max_depth=max_depth, min_samples_leaf=min_samples_leaf,
                                           random_state=random_state).fit(Xtr, ytr)
                entry = {"kind": "classifier", "criterion": criterion, "maxDepth": max_depth,
                         "minSamplesSplit": 2, "minSamplesLeaf": min_samples_leaf, "randomState": random_state,
                         "score": number(m.score(Xte, yte)), "predict": ints(m.predict(Xte)),
                         "proba": mat(m.predict_proba(Xte)), "apply": ints(m.apply(Xte)),
                         "text": export_text(m, feature_names=list(iris.feature_names)),
                         "textShallow": export_text(m, max_depth=1, decimals=3, show_weights=True)}
                entry.update(tree_arrays(m))
                trees.append(entry)
# min_samples_split
for mss in [5, 20]:
    m = DecisionTreeClassifier(min_samples_split=mss, random_state=0).fit(Xtr, ytr)
    entry = {"kind": "classifier", "criterion": "gini", "maxDepth": None, "minSamplesSplit": mss, "minSamplesLeaf": 1,
             "randomState": 0, "score": number(m.score(Xte, yte)), "predict": ints(m.predict(Xte)),
             "proba": mat(m.predict_proba(Xte)), "apply": ints(m.apply(Xte)),
             "text": export_text(m, feature_names=list(iris.feature_names)),
             "textShallow": export_text(m, max_depth=1, decimals=3, show_weights=True)}
    entry.update(tree_arrays(m))
    trees.append(entry)
for max_depth in [1, 2, 3, None]:
    for min_samples_leaf in [1, 5]:
        m = DecisionTreeRegressor(max_depth=max_depth, min_samples_leaf=min_samples_leaf, random_state=0)
        m.fit(Xtr[:, :3], Xtr[:, 3])
        entry = {"kind": "regressor", "criterion": "squared_error", "maxDepth": max_depth, "minSamplesSplit": 2,
                 "minSamplesLeaf": min_samples_leaf, "randomState": 0,
                 "score": number(m.score(Xte[:, :3], Xte[:, 3])), "predictValues": fl(m.predict(Xte[:, :3])),
                 "apply": ints(m.apply(Xte[:, :3])),
                 "text": export_text(m, feature_names=list(iris.feature_names[:3])),
                 "textShallow": export_text(m, max_depth=1, decimals=3)}
        entry.update(tree_arrays(m))
        trees.append(entry)

# ------------------------------------------------------------------ accuracies on the one split
accuracies = {
    "GaussianNB": GaussianNB().fit(Xtr, ytr).score(Xte, yte),
    "MultinomialNB": MultinomialNB().fit(Xtr, ytr).score(Xte, yte),
    "KNeighborsClassifier": KNeighborsClassifier(algorithm="brute").fit(Xtr, ytr).score(Xte, yte),
    "KNeighborsClassifier distance": KNeighborsClassifier(weights="distance", algorithm="brute").fit(Xtr, ytr).score(Xte, yte),
    "DecisionTreeClassifier": DecisionTreeClassifier(random_state=0).fit(Xtr, ytr).score(Xte, yte),
    "DecisionTreeClassifier entropy depth 3": DecisionTreeClassifier(criterion="entropy", max_depth=3, random_state=0)
    .fit(Xtr, ytr).score(Xte, yte),
}

fixture = {"sklearnVersion": sklearn.__version__, "split": {"yTest": ints(yte), "yTrain": ints(ytr)},
           "noisyIris": mat(Xn), "digitsSplit": {"yTest": ints(dte)},
           "gaussianNB": gaussian, "multinomialNB": multinomial, "kneighbors": neighbors, "trees": trees,
           "accuracies": {k: number(v) for k, v in accuracies.items()}}
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps(fixture, indent=None, separators=(",", ":")) + "\n")
print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB):",
      f"{len(gaussian)} GaussianNB, {len(multinomial)} MultinomialNB, {len(neighbors)} k-NN, {len(trees)} tree cases")
print("accuracies:", accuracies)
