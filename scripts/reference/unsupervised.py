#!/usr/bin/env python3
"""Reference values for MLMath's unsupervised models, from NumPy and scikit-learn.

Writes Tests/MLMathTests/Fixtures/reference/unsupervised.json, which
Tests/MLMathTests/UnsupervisedReferenceTests.swift (DecompositionReferenceTests,
ClusterReferenceTests, MixtureReferenceTests) replays without Python.

Run from the package root:  python3 scripts/reference/unsupervised.py
(needs numpy and scikit-learn)

Sections (data sets are named: "iris" and "digits" are sklearn's, which MLMath bundles
as loadIris()/loadDigits(), with checksums; other data are written out):
- "pca": PCA(svd_solver="full") on Iris and digits, with and without whitening, a
  count of components and a variance fraction: components_, explained_variance_(_ratio_),
  singular_values_, mean_, noise_variance_, n_components_, fit_transform, transform of the
  data and of new points, inverse_transform; plus NumPy's s²/Σs² from np.linalg.svd;
- "kmeansPlusPlus": sklearn.cluster.kmeans_plusplus centres and indices for integer seeds;
- "kmeans": KMeans(algorithm="lloyd") started from given centres (n_init=1), and from
  integer seeds with k-means++ and random starts: labels_, inertia_, cluster_centers_,
  n_iter_, predict/transform/score on new points;
- "mixture": GaussianMixture (full and diag) started from given weights/means/precisions,
  and from integer seeds (k-means start): weights_, means_, covariances_, converged_,
  n_iter_, lower_bound_, lower_bounds_, predict/predict_proba/score_samples/score/bic/aic,
  and sample() for the seed.
"""
import json
import pathlib
import warnings

import numpy as np
import sklearn
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.datasets import load_digits, load_iris, make_blobs
from sklearn.decomposition import PCA
from sklearn.mixture import GaussianMixture

from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "unsupervised.json"

warnings.simplefilter("ignore")


def fl(values):
    return [number(x) for x in np.asarray(values, dtype=float).ravel()]


def ints(values):
    return [int(x) for x in np.asarray(values).ravel()]


def mat(a):
    a = np.asarray(a, dtype=float)
    if a.ndim == 1:
        a = a.reshape(1, -1)
    return {"rows": a.shape[0], "cols": a.shape[1], "data": fl(a)}


IRIS = load_iris().data
DIGITS = load_digits().data
BLOBS, _ = make_blobs(n_samples=240, centers=5, n_features=3, cluster_std=1.3, random_state=7)
rng = np.random.RandomState(20261204)
MOONS_LIKE = np.vstack([rng.normal([0, 0], [1.0, 0.3], (80, 2)),
                        rng.normal([3, 2], [0.5, 1.2], (60, 2)),
                        rng.normal([-2, 3], [0.8, 0.8], (40, 2))])
DATA = {"iris": IRIS, "digits": DIGITS, "blobs": BLOBS, "gauss3": MOONS_LIKE}


def data_entry(name):
    X = DATA[name]
    entry = {"name": name, "checksum": [float(X.sum()), float((X ** 2).sum())]}
    if name not in ("iris", "digits"):
        entry["X"] = mat(X)
    return entry


def new_points(X, count=7, seed=3):
    r = np.random.RandomState(seed)
    return X[r.choice(len(X), count, replace=False)] + r.normal(0, 0.3, (count, X.shape[1]))


def pca_case(name, n_components=None, whiten=False):
    X = DATA[name]
    pca = PCA(n_components=n_components, whiten=whiten, svd_solver="full")
    fitted = pca.fit_transform(X)
    Z = pca.transform(X)
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    Xnew = new_points(X)
    return {
        "data": data_entry(name),
        "nComponents": n_components if isinstance(n_components, int) else None,
        "varianceFraction": n_components if isinstance(n_components, float) else None,
        "whiten": whiten,
        "numpyRatio": fl(s ** 2 / np.sum(s ** 2)),
        "components": mat(pca.components_),
        "explainedVariance": fl(pca.explained_variance_),
        "explainedVarianceRatio": fl(pca.explained_variance_ratio_),
        "singularValues": fl(pca.singular_values_),
        "mean": fl(pca.mean_),
        "noiseVariance": number(pca.noise_variance_),
        "nComponentsFitted": int(pca.n_components_),
        # The first 150 rows (all of Iris) keep the fixture small.
        "fitTransform": mat(fitted[:150]),
        "transform": mat(Z[:150]),
        "inverse": mat(pca.inverse_transform(Z[:150])),
        "newX": mat(Xnew),
        "newTransform": mat(pca.transform(Xnew)),
    }


def pca_cases():
    return [
        pca_case("iris"),
        pca_case("iris", 2),
        pca_case("iris", 2, whiten=True),
        pca_case("iris", 0.95),
        pca_case("iris", 0.99, whiten=True),
        pca_case("digits", 20),
        pca_case("digits", 10, whiten=True),
        pca_case("digits", 0.8),
        pca_case("blobs"),
    ]


def plusplus_cases():
    cases = []
    for name, k, seeds in [("iris", 3, [0, 1, 42]), ("iris", 8, [0, 5]), ("blobs", 5, [0, 7, 123]),
                           ("digits", 10, [0, 2024]), ("gauss3", 1, [0]), ("gauss3", 20, [3])]:
        for seed in seeds:
            centers, indices = kmeans_plusplus(DATA[name], k, random_state=seed)
            cases.append({"data": data_entry(name), "nClusters": k, "seed": seed,
                          "indices": ints(indices), "centers": mat(centers)})
    return cases


def kmeans_result(km, X, Xnew):
    return {
        "labels": ints(km.labels_),
        "inertia": number(km.inertia_),
        "centers": mat(km.cluster_centers_),
        "nIter": int(km.n_iter_),
        "newX": mat(Xnew),
        "predict": ints(km.predict(Xnew)),
        "transform": mat(km.transform(Xnew)),
        "score": number(km.score(Xnew)),
    }


def kmeans_cases():
    cases = []
    # From given centres.
    starts = [
        ("iris", IRIS[[0, 1, 2]], 300, 1e-4, "first three rows"),
        ("iris", IRIS[[10, 60, 110]], 300, 1e-4, "spread rows"),
        ("iris", IRIS[[0, 1, 2, 3, 4, 50]], 300, 1e-4, "six clustered rows"),
        ("iris", IRIS[[0, 1, 2]], 2, 1e-4, "stopped by maxIter"),
        ("iris", IRIS[[0, 1, 2]], 300, 0.5, "stopped by tol"),
        ("iris", np.vstack([IRIS[[0, 50]], [[40.0, 40.0, 40.0, 40.0]]]), 300, 1e-4, "an empty cluster"),
        ("blobs", BLOBS[:5], 300, 1e-4, "first five rows"),
        ("blobs", BLOBS[:8], 300, 0.0, "eight rows, tol 0"),
        ("digits", DIGITS[:10], 300, 1e-4, "first ten digits"),
        ("gauss3", MOONS_LIKE[[0, 1, 2]], 300, 1e-4, "first three rows"),
    ]
    for name, init, max_iter, tol, note in starts:
        X = DATA[name]
        km = KMeans(n_clusters=len(init), init=init, n_init=1, max_iter=max_iter, tol=tol,
                    algorithm="lloyd").fit(X)
        case = {"data": data_entry(name), "note": note, "init": mat(init), "maxIter": max_iter,
                "tol": tol, "nClusters": len(init), "seed": None, "method": "centers", "nInit": 1}
        case.update(kmeans_result(km, X, new_points(X)))
        cases.append(case)
    # From integer seeds.
    for name, k, method, n_init, seed in [("iris", 3, "k-means++", 1, 0), ("iris", 3, "k-means++", 4, 1),
                                          ("iris", 5, "random", 10, 0), ("blobs", 5, "k-means++", 1, 42),
                                          ("blobs", 4, "random", 3, 9), ("digits", 10, "k-means++", 1, 0),
                                          ("gauss3", 3, "k-means++", 2, 5)]:
        X = DATA[name]
        km = KMeans(n_clusters=k, init=method, n_init=n_init, random_state=seed, algorithm="lloyd").fit(X)
        case = {"data": data_entry(name), "note": f"{method} seed {seed}", "init": None, "maxIter": 300,
                "tol": 1e-4, "nClusters": k, "seed": seed, "method": method, "nInit": n_init}
        case.update(kmeans_result(km, X, new_points(X)))
        cases.append(case)
    return cases


def mixture_result(gm, X, Xnew):
    covs = gm.covariances_
    if gm.covariance_type == "diag":
        covs = np.array([np.diag(c) for c in covs])
    Xs, ys = gm.sample(25)
    return {
        "weights": fl(gm.weights_),
        "means": mat(gm.means_),
        "covariances": [mat(c) for c in covs],
        "converged": bool(gm.converged_),
        "nIter": int(gm.n_iter_),
        "lowerBound": number(gm.lower_bound_),
        "lowerBounds": fl(gm.lower_bounds_),
        "newX": mat(Xnew),
        "predict": ints(gm.predict(Xnew)),
        "predictProba": mat(gm.predict_proba(Xnew)),
        "scoreSamples": fl(gm.score_samples(Xnew)),
        "score": number(gm.score(X)),
        "bic": number(gm.bic(X)),
        "aic": number(gm.aic(X)),
        "sampleX": mat(Xs),
        "sampleY": ints(ys),
    }


def mixture_cases():
    cases = []
    # Started from given parameters: one-hot k-means labels give them, as sklearn's default would.
    for name, k, cov, start_seed, max_iter, tol in [("iris", 3, "full", 0, 100, 1e-3),
                                                    ("iris", 3, "full", 1, 100, 1e-10),
                                                    ("iris", 2, "diag", 0, 100, 1e-3),
                                                    ("iris", 4, "full", 3, 5, 1e-3),
                                                    ("blobs", 5, "full", 0, 100, 1e-6),
                                                    ("gauss3", 3, "full", 2, 100, 1e-8),
                                                    ("gauss3", 3, "diag", 2, 100, 1e-8)]:
        X = DATA[name]
        r = np.random.RandomState(start_seed)
        means = X[r.choice(len(X), k, replace=False)] + r.normal(0, 0.1, (k, X.shape[1]))
        weights = r.dirichlet(np.ones(k) * 5)
        scale = np.var(X, axis=0).mean()
        if cov == "full":
            precisions = np.array([np.eye(X.shape[1]) / (scale * (0.5 + c)) for c in range(k)])
            a = r.normal(0, 0.2, (X.shape[1], X.shape[1]))
            precisions[0] = precisions[0] + a @ a.T  # one non-diagonal precision
            precisions_json = [mat(p) for p in precisions]
        else:
            precisions = np.array([np.ones(X.shape[1]) / (scale * (0.5 + c)) for c in range(k)])
            precisions_json = [mat(np.diag(p)) for p in precisions]
        gm = GaussianMixture(n_components=k, covariance_type=cov, weights_init=weights, means_init=means,
                             precisions_init=precisions, max_iter=max_iter, tol=tol, random_state=11).fit(X)
        case = {"data": data_entry(name), "nComponents": k, "covarianceType": cov, "maxIter": max_iter,
                "tol": tol, "seed": 11, "nInit": 1, "weightsInit": fl(weights), "meansInit": mat(means),
                "precisionsInit": precisions_json}
        case.update(mixture_result(gm, X, new_points(X)))
        cases.append(case)
    # From integer seeds (k-means starts drawn from the same stream).
    for name, k, cov, n_init, seed in [("iris", 3, "full", 1, 0), ("iris", 3, "diag", 2, 1),
                                       ("blobs", 5, "full", 1, 42), ("gauss3", 3, "full", 3, 4)]:
        X = DATA[name]
        gm = GaussianMixture(n_components=k, covariance_type=cov, n_init=n_init, random_state=seed).fit(X)
        case = {"data": data_entry(name), "nComponents": k, "covarianceType": cov, "maxIter": 100,
                "tol": 1e-3, "seed": seed, "nInit": n_init, "weightsInit": None, "meansInit": None,
                "precisionsInit": None}
        case.update(mixture_result(gm, X, new_points(X)))
        cases.append(case)
    return cases


def main():
    fixture = {
        "versions": {"numpy": np.__version__, "sklearn": sklearn.__version__},
        "pca": pca_cases(),
        "kmeansPlusPlus": plusplus_cases(),
        "kmeans": kmeans_cases(),
        "mixture": mixture_cases(),
    }
    OUT.write_text(json.dumps(fixture, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
