#!/usr/bin/env python3
"""Reference values for MLMath's data layer (Sources/MLMath/IO, Sources/MLMath/Datasets).

Usage: python3 scripts/reference/datasets.py  (from the repository root)

1. Rewrites the bundled data files from the installed scikit-learn's package files:
   Sources/MLMath/Datasets/Data/iris.csv (a byte copy of sklearn/datasets/data/iris.csv) and
   digits.txt (the values of sklearn/datasets/data/digits.csv.gz, one sample per line: 64
   pixels as base-17 digits 0-9a-g, then the class). Then checks that decoding them gives
   load_iris()'s and load_digits()'s arrays exactly.
2. Writes Tests/MLMathTests/Fixtures/reference/datasets.json:
   - iris / digits: scikit-learn's arrays and names (iris as hex bit patterns, digits as integers);
   - generators: make_blobs, make_moons, make_circles, make_regression and
     make_classification for several seeds and parameter sets (outputs as hex bit patterns);
   - text I/O: np.loadtxt / np.genfromtxt results (or the exception) for a set of inputs,
     and np.savetxt's text (or the exception) for a set of formats and values.
"""
import gzip
import io
import json
import pathlib
import shutil
import struct
import warnings

import numpy as np
import sklearn
import sklearn.datasets as skd

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests/MLMathTests/Fixtures/reference/datasets.json"
DATA = ROOT / "Sources/MLMath/Datasets/Data"
SKDATA = pathlib.Path(skd.__file__).parent / "data"
BASE17 = "0123456789abcdefg"


def bits(values):
    """Doubles as hex bit patterns: exact, and independent of any JSON float parser."""
    return [struct.pack(">d", float(v)).hex() for v in np.ravel(values)]


def ints(values):
    return [int(v) for v in np.ravel(values)]


def matrix(x):
    x = np.asarray(x, dtype=float)
    if x.ndim == 1:
        x = x.reshape(-1, 1)
    return {"rows": x.shape[0], "columns": x.shape[1], "bits": bits(x)}


# ---------------------------------------------------------------- bundled data
def write_bundled_data():
    shutil.copyfile(SKDATA / "iris.csv", DATA / "iris.csv")
    with gzip.open(SKDATA / "digits.csv.gz") as f:
        digits = np.loadtxt(f, delimiter=",")
    assert digits.shape == (1797, 65) and digits.min() == 0 and digits.max() == 16
    assert np.all(digits == np.round(digits)) and digits[:, -1].max() == 9
    lines = ["".join(BASE17[int(v)] for v in row[:64]) + str(int(row[64])) for row in digits]
    (DATA / "digits.txt").write_text("\n".join(lines) + "\n")
    # Decode them back as MLMath does and compare with scikit-learn's loaders.
    decoded = np.array([[BASE17.index(c) for c in line[:64]] for line in lines], dtype=float)
    d = skd.load_digits()
    assert np.array_equal(decoded, d.data) and np.array_equal([int(l[64]) for l in lines], d.target)
    iris = skd.load_iris()
    rows = (DATA / "iris.csv").read_text().splitlines()[1:]
    assert np.array_equal(np.array([[float(v) for v in r.split(",")[:4]] for r in rows]), iris.data)


def bundled():
    iris = skd.load_iris()
    digits = skd.load_digits()
    digits5 = skd.load_digits(n_class=5)
    return {
        "iris": {"data": matrix(iris.data), "target": ints(iris.target),
                 "feature_names": list(iris.feature_names), "target_names": [str(t) for t in iris.target_names]},
        # The pixels are integers 0-16: written as JSON integers.
        "digits": {"pixels": ints(digits.data), "target": ints(digits.target),
                   "feature_names": list(digits.feature_names),
                   "target_names": [str(t) for t in digits.target_names],
                   "image_5": ints(digits.images[5])},
        "digits_n5": {"rows": int(digits5.data.shape[0]), "target": ints(digits5.target),
                      "pixels_first": ints(digits5.data[:3]), "pixels_last": ints(digits5.data[-3:])},
    }


# ---------------------------------------------------------------- generators
def generators():
    cases = []

    def add(function, params, outputs):
        cases.append({"function": function, "params": params, **outputs})

    for seed in [0, 1, 42]:
        X, y = skd.make_blobs(random_state=seed)
        add("make_blobs", {"random_state": seed}, {"X": matrix(X), "y": ints(y)})
        X, y = skd.make_blobs(n_samples=7, n_features=3, centers=4, cluster_std=0.5, center_box=(-5.0, 5.0),
                              random_state=seed)
        add("make_blobs", {"n_samples": 7, "n_features": 3, "centers": 4, "cluster_std": 0.5,
                           "center_box": [-5.0, 5.0], "random_state": seed}, {"X": matrix(X), "y": ints(y)})
        X, y = skd.make_blobs(n_samples=11, shuffle=False, random_state=seed)
        add("make_blobs", {"n_samples": 11, "shuffle": False, "random_state": seed}, {"X": matrix(X), "y": ints(y)})
        centers = [[0.0, 0.0], [5.0, 5.0], [-3.0, 2.5]]
        X, y = skd.make_blobs(n_samples=10, centers=np.array(centers), cluster_std=0.25, random_state=seed)
        add("make_blobs", {"n_samples": 10, "centers": centers, "cluster_std": 0.25, "random_state": seed},
            {"X": matrix(X), "y": ints(y)})
        X, y = skd.make_blobs(n_samples=[3, 0, 5], centers=np.array(centers), cluster_std=[0.5, 1.0, 2.0],
                              random_state=seed)
        add("make_blobs", {"n_samples": [3, 0, 5], "centers": centers, "cluster_std": [0.5, 1.0, 2.0],
                           "random_state": seed}, {"X": matrix(X), "y": ints(y)})

        for params in [{}, {"noise": 0.1}, {"n_samples": 1}, {"n_samples": 2, "noise": 0.3},
                       {"n_samples": 9, "shuffle": False, "noise": 0.2}, {"n_samples": [3, 5], "noise": 0.05}]:
            kw = dict(params)
            if isinstance(kw.get("n_samples"), list):
                kw["n_samples"] = tuple(kw["n_samples"])
            X, y = skd.make_moons(random_state=seed, **kw)
            add("make_moons", {**params, "random_state": seed}, {"X": matrix(X), "y": ints(y)})
        for params in [{}, {"noise": 0.05, "factor": 0.5}, {"n_samples": 0}, {"n_samples": 1, "noise": 0.1},
                       {"n_samples": 7, "shuffle": False, "factor": 0.0}, {"n_samples": [4, 2], "noise": 0.2}]:
            kw = dict(params)
            if isinstance(kw.get("n_samples"), list):
                kw["n_samples"] = tuple(kw["n_samples"])
            X, y = skd.make_circles(random_state=seed, **kw)
            add("make_circles", {**params, "random_state": seed}, {"X": matrix(X), "y": ints(y)})

        regression = [{"n_samples": 20, "n_features": 30}, {"n_samples": 50, "n_features": 3, "n_informative": 2,
                                                             "noise": 5.0, "bias": 2.5},
                      {"n_samples": 6, "n_features": 4, "n_informative": 10}, {"n_samples": 5, "n_features": 4,
                                                                              "n_informative": 0, "noise": 1.0},
                      {"n_samples": 8, "n_features": 5, "n_informative": 3, "shuffle": False, "noise": 0.5},
                      {"n_samples": 7, "n_features": 4, "n_informative": 2, "n_targets": 3, "noise": 1.0}]
        if seed == 0:
            regression.append({})
        for params in regression:
            X, y, coef = skd.make_regression(random_state=seed, coef=True, **params)
            add("make_regression", {**params, "random_state": seed},
                {"X": matrix(X), "y_values": matrix(y), "coef": matrix(coef)})

        classification = [
            {},
            {"n_samples": 200, "n_features": 5, "n_informative": 2, "n_redundant": 1},
            {"n_samples": 30, "n_features": 6, "n_informative": 3, "n_redundant": 1, "n_repeated": 2, "n_classes": 3,
             "n_clusters_per_class": 1},
            {"n_samples": 40, "n_features": 4, "n_informative": 2, "n_redundant": 0, "weights": [0.9]},
            {"n_samples": 25, "n_features": 3, "n_informative": 2, "n_redundant": 0, "n_classes": 3,
             "n_clusters_per_class": 1, "weights": [0.2, 0.3, 0.6]},
            {"n_samples": 30, "n_features": 5, "n_informative": 3, "n_redundant": 1, "hypercube": False,
             "shift": None, "scale": None, "flip_y": 0.5},
            {"n_samples": 20, "n_features": 5, "n_informative": 5, "n_redundant": 0},   # ratio 4/32: tracking
            {"n_samples": 20, "n_features": 3, "n_informative": 3, "n_redundant": 0, "n_classes": 4,
             "n_clusters_per_class": 2},                                                # ratio 1: reservoir
            {"n_samples": 20, "n_features": 4, "n_informative": 4, "n_redundant": 0, "n_classes": 2,
             "n_clusters_per_class": 2},                                                # ratio 1/4: permutation
            {"n_samples": 12, "n_features": 33, "n_informative": 32, "n_redundant": 0, "n_classes": 2,
             "n_clusters_per_class": 1},                                                # > 30 dimensions
            {"n_samples": 15, "n_features": 6, "n_informative": 2, "n_redundant": 2, "n_repeated": 1,
             "shuffle": False, "flip_y": 0.0, "class_sep": 2.0, "shift": -1.5, "scale": 3.0},
            {"n_samples": 10, "n_features": 2, "n_informative": 1, "n_redundant": 0, "n_classes": 1,
             "n_clusters_per_class": 1, "flip_y": 1.0},
        ]
        for params in classification:
            X, y = skd.make_classification(random_state=seed, **params)
            add("make_classification", {**params, "random_state": seed}, {"X": matrix(X), "y": ints(y)})
    return cases


# ---------------------------------------------------------------- text I/O
def outcome(thunk):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            result = thunk()
        except Exception as error:  # noqa: BLE001 — the raise is the reference
            return {"error": type(error).__name__, "message": str(error)}
    return {"result": matrix(result)}


def text_reading():
    cases = []
    inputs = [
        ("loadtxt", ["1,2", "3,4"], {"delimiter": ","}),
        ("loadtxt", ["# header", "", "1.5 , 2 # tail", "  3 ,4  "], {"delimiter": ","}),
        ("loadtxt", ["1 2  3", "\t4 5 6 "], {}),
        ("loadtxt", ["a,b", "1,2", "3,4"], {"delimiter": ",", "skiprows": 1}),
        ("loadtxt", ["a,b,c", "1,2,3", "4,5,6"], {"delimiter": ",", "skiprows": 1, "usecols": [2, 0, 2]}),
        ("loadtxt", ["1,2", "3,4", "5,6"], {"delimiter": ",", "max_rows": 2}),
        ("loadtxt", ["nan,inf,-inf", "+.5,5.,1e309", "-1e-400,INF,-nan"], {"delimiter": ","}),
        ("loadtxt", ["1;2", "3;4"], {"delimiter": ";"}),
        ("loadtxt", ["1,2", "3,x"], {"delimiter": ","}),
        ("loadtxt", ["1,2", "3,4,5"], {"delimiter": ","}),
        ("loadtxt", ["1,2", "3,"], {"delimiter": ","}),
        ("loadtxt", ["1,2", "3,4"], {"delimiter": ",", "usecols": [5]}),
        ("loadtxt", ["1,2", "0x10,1_0"], {"delimiter": ","}),
        ("loadtxt", ["// c", "1,2"], {"delimiter": ",", "comments": "//"}),
        ("loadtxt", ["1", "2", "3"], {}),
        ("loadtxt", ["1 2 3"], {}),
        ("genfromtxt", ["1,2", "3,", ",4"], {"delimiter": ","}),
        ("genfromtxt", ["a,b", "1,NA", "3,4"], {"delimiter": ",", "skip_header": 1, "missing_values": ["NA"]}),
        ("genfromtxt", ["1,2", "3,", "5,6"], {"delimiter": ",", "filling_values": -1.0}),
        ("genfromtxt", ["1", "2", "# c", "", "3"], {"skip_footer": 1}),
        ("genfromtxt", ["1,2,3", "4,,6"], {"delimiter": ",", "usecols": [1, 2]}),
        ("genfromtxt", ["1,2", "3,4", "5,6"], {"delimiter": ",", "max_rows": 2}),
        ("genfromtxt", ["1,2", "3,4,5"], {"delimiter": ","}),
    ]
    names = {"max_rows": "max_rows", "skip_header": "skip_header", "skip_footer": "skip_footer",
             "missing_values": "missing_values", "filling_values": "filling_values"}
    for function, lines, kwargs in inputs:
        kw = {names.get(k, k): (tuple(v) if k == "usecols" else v) for k, v in kwargs.items()}
        if function == "genfromtxt" and "missing_values" in kw:
            kw["missing_values"] = ",".join(kw["missing_values"])
        f = np.loadtxt if function == "loadtxt" else np.genfromtxt
        cases.append({"function": function, "lines": lines, "kwargs": kwargs,
                      **outcome(lambda: f(list(lines), ndmin=2, **kw))})
    return cases


def text_writing():
    cases = []
    values = [[1.5, -2.25, 0.0], [-0.0, 1e-5, 123456789.0], [np.nan, np.inf, -np.inf], [1e300, -1e-300, 2.5]]
    formats = ["%.18e", "%.3f", "%10.4g", "%-9.2e|", "%+.1f", "% .2E", "%08.3f", "%#.0f", "%G", "%s", "%10s", "%.3s",
               "%r", "%d", "%05d", "%-5d|", "%+d", "%.3d", "%i %u %d", "%.2f, %.0f; %g", "%x", "%", "%y",
               "%.2f%%", "%(a)s", "%d %d", "%*d", "%ld"]
    for fmt in formats:
        for row in values:
            def run(fmt=fmt, row=row):
                s = io.StringIO()
                np.savetxt(s, np.array([row]), fmt=fmt)
                return s.getvalue()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    text = run()
                    cases.append({"fmt": fmt, "row": bits(row), "text": text})
                except Exception as error:  # noqa: BLE001
                    cases.append({"fmt": fmt, "row": bits(row), "error": type(error).__name__,
                                  "message": str(error)})
    # Whole files: header, footer, comments, delimiter, newline, per-column formats, 1-D input.
    files = []
    m = np.array([[1.0, 2.5], [-3.0, 4.125]])
    for kw in [{}, {"fmt": "%.3f", "delimiter": ",", "header": "x,y"},
               {"fmt": "%d", "header": "a\nb", "footer": "end", "comments": "// ", "newline": "\r\n"},
               {"fmt": ["%d", "%.2f"], "delimiter": "\t"}, {"fmt": "%.1f: %.2e"}]:
        s = io.StringIO()
        np.savetxt(s, m, **kw)
        files.append({"kwargs": kw, "x": matrix(m), "text": s.getvalue()})
    s = io.StringIO()
    np.savetxt(s, np.array([0.5, 1.5, 2.5]), fmt="%.2f")
    files.append({"kwargs": {"fmt": "%.2f"}, "vector": bits([0.5, 1.5, 2.5]), "text": s.getvalue()})
    return cases, files


def main():
    write_bundled_data()
    cases, files = text_writing()
    out = {"numpy": np.__version__, "sklearn": sklearn.__version__, **bundled(), "generators": generators(),
           "reading": text_reading(), "formats": cases, "savetxt": files}
    OUT.write_text(json.dumps(out, separators=(",", ":")) + "\n")
    print(OUT.relative_to(ROOT), OUT.stat().st_size, "bytes;", len(out["generators"]), "generator cases,",
          len(out["reading"]), "reading cases,", len(cases), "format cases")


if __name__ == "__main__":
    main()
