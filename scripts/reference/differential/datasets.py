# Data: text files (np.loadtxt, np.genfromtxt, np.savetxt, pandas.read_csv) and scikit-learn's
# data sets (load_iris, load_digits, make_blobs, make_moons, make_circles, make_regression,
# make_classification) against MLMath. Run by numpy_differential.py with its helpers in scope.
# Text comes as lists of lines on both sides (NumPy reads a list of strings as a file), so no
# file is written. The generators use the same seed on both sides and print what they return.

def lines_literal(lines):
    """Python's and Swift's spelling of a list of strings (both read "...", \\" and \\t alike)."""
    return "[" + ", ".join('"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"' for s in lines) + "]"


DS_LOAD = [
    (["1,2", "3,4"], ', delimiter: ","', ', delimiter=","'),
    (["# x,y", "1.5, 2", "", "3,4 # end"], ', delimiter: ","', ', delimiter=","'),
    (["a,b,c", "1,2,3", "4,5,6"], ', delimiter: ",", skiprows: 1, usecols: [2, 0]', ', delimiter=",", skiprows=1, usecols=(2, 0)'),
    (["1 2  3", "4\t5 6"], "", ""),
    (["1;2", "3;4", "5;6"], ', delimiter: ";", maxRows: 2', ', delimiter=";", max_rows=2'),
    (["nan,inf", "-inf,1e309"], ', delimiter: ","', ', delimiter=","'),
    (["1,2", "3,x"], ', delimiter: ","', ', delimiter=","'),
    (["1,2", "3,4,5"], ', delimiter: ","', ', delimiter=","'),
    (["1,2", "3,"], ', delimiter: ","', ', delimiter=","'),
    (["1,2"], ', delimiter: ",", usecols: [3]', ', delimiter=",", usecols=(3,)'),
]
for lines, sw, pyk in DS_LOAD:
    case('np.loadtxt(fname, delimiter=",", skiprows=1, usecols=(0, 2), max_rows=n)',
         f"print(try loadtxt({lines_literal(lines)}{sw}))", f"print(np.loadtxt({lines_literal(lines)}{pyk}))")
# A single column: NumPy returns a 1-D array, MLMath a one-column matrix (NumPy's ndmin=2).
case('np.loadtxt(fname, delimiter=",", skiprows=1, usecols=(0, 2), max_rows=n)',
     'print(try loadtxt(["1", "2", "3"]))', 'print(np.loadtxt(["1", "2", "3"]))',
     deliberate="`loadtxt`/`genfromtxt` always return a Matrix: NumPy's `ndmin=2`",
     mlmath_python='print(np.loadtxt(["1", "2", "3"], ndmin=2))')

DS_GEN = [
    (["1,2", "3,", ",4"], ', delimiter: ","', ', delimiter=","'),
    (["a,b", "1,NA", "3,4"], ', delimiter: ",", skipHeader: 1, missingValues: ["NA"]',
     ', delimiter=",", skip_header=1, missing_values="NA"'),
    (["1,2", "3,", "5,6"], ', delimiter: ",", fillingValue: -1', ', delimiter=",", filling_values=-1'),
    (["1 2", "3 4", "5 6"], ", skipFooter: 1", ", skip_footer=1"),
    (["1,2", "3,4,5"], ', delimiter: ","', ', delimiter=","'),
]
for lines, sw, pyk in DS_GEN:
    case('np.genfromtxt(fname, delimiter=",", missing_values="NA", filling_values=np.nan)',
         f"print(try genfromtxt({lines_literal(lines)}{sw}))", f"print(np.genfromtxt({lines_literal(lines)}{pyk}))")
case('np.genfromtxt(fname, delimiter=",", missing_values="NA", filling_values=np.nan)',
     'print(try genfromtxt(["1,2", "3,oops"], delimiter: ","))',
     'print(np.genfromtxt(["1,2", "3,oops"], delimiter=","))',
     deliberate="`genfromtxt` throws on a value that is neither a number nor a missing marker (NumPy reads it as NaN)",
     mlmath="raises")

DS_M = "Matrix([[1.5, -2.0], [0.0, 1234.5678]])"
DS_MPY = "np.array([[1.5, -2.0], [0.0, 1234.5678]])"
DS_SAVE = [
    ("", ""),
    (', fmt: "%.3f", delimiter: ","', ', fmt="%.3f", delimiter=","'),
    (', fmt: "%d", header: "a b\\nc"', ', fmt="%d", header="a b\\nc"'),
    (', fmt: ["%d", "%10.4e"], footer: "end", comments: "// "', ', fmt=["%d", "%10.4e"], footer="end", comments="// "'),
    (', fmt: "%+08.2f|%g"', ', fmt="%+08.2f|%g"'),
    (', fmt: "%s"', ', fmt="%s"'),
    (', fmt: "%x"', ', fmt="%x"'),
    (', fmt: "%d %d %d"', ', fmt="%d %d %d"'),
]
for sw, pyk in DS_SAVE:
    case('np.savetxt(fname, X, fmt="%.18e", delimiter=" ", header="", footer="", comments="# ")',
         f"print(try savetxt({DS_M}{sw}), terminator: \"\")",
         f"import io\ns = io.StringIO()\nnp.savetxt(s, {DS_MPY}{pyk})\nprint(s.getvalue(), end='')")
case('np.savetxt(fname, X, fmt="%.18e", delimiter=" ", header="", footer="", comments="# ")',
     'print(try savetxt(Matrix([[Double.nan]]), fmt: "%d"), terminator: "")',
     "import io\ns = io.StringIO()\nnp.savetxt(s, np.array([[np.nan]]), fmt='%d')\nprint(s.getvalue(), end='')")
case('np.savetxt(fname, X, fmt="%.18e", delimiter=" ", header="", footer="", comments="# ")',
     'print(try savetxt(Vector([0.25, 1e-300, -7]), fmt: "%.4g"), terminator: "")',
     "import io\ns = io.StringIO()\nnp.savetxt(s, np.array([0.25, 1e-300, -7]), fmt='%.4g')\nprint(s.getvalue(), end='')")

DS_CSV = ["species,length,width", "setosa,5.1,3.5", "virginica,6.3,NA", "versicolor,7.0,", "setosa,4.9,3.0"]
DS_PD = f"import io\nimport pandas as pd\ndf = pd.read_csv(io.StringIO('\\n'.join({lines_literal(DS_CSV)})))\n"
DS_SW = f"let table = try readCSV({lines_literal(DS_CSV)})\n"
case("pd.read_csv(fname)", DS_SW + 'print(table.columnNames.joined(separator: " "), table.shape.rows, table.shape.columns)',
     DS_PD + "print(' '.join(df.columns), df.shape[0], df.shape[1])")
case("pd.read_csv(fname)", 'print(try readCSV(["a,b", "1,2", "3"]).shape.rows)',
     "import io\nimport pandas as pd\nprint(pd.read_csv(io.StringIO('a,b\\n1,2\\n3')).shape[0])",
     deliberate="`readCSV` throws on a row with fewer cells than the header (pandas pads it with NaN)",
     mlmath="raises")
case("df[name].to_numpy()", DS_SW + 'print(try table.column("width"))', DS_PD + "print(df['width'].to_numpy())")
case("df[name].to_numpy()", DS_SW + 'print(try table.column("length"))', DS_PD + "print(df['length'].to_numpy())")
case("df[name].to_numpy()", DS_SW + 'print(try table.column("species"))', DS_PD + "print(df['species'].to_numpy(dtype=float))")
case("df[names].to_numpy()", DS_SW + 'print(try table.matrix(["width", "length"]))',
     DS_PD + "print(df[['width', 'length']].to_numpy())")
case("LabelEncoder().fit_transform(df[name])", DS_SW + 'let (codes, classes) = try table.labelCodes("species")\n'
     'print(codes, classes.joined(separator: " "))',
     DS_PD + "from sklearn.preprocessing import LabelEncoder\ne = LabelEncoder()\nc = e.fit_transform(df['species'])\n"
     "print(c, ' '.join(e.classes_))")

# Bundled data sets.
case("sklearn.datasets.load_iris()",
     "let d = loadIris()\nprint(d.data[0..<3, 0..<4], d.target[48..<53], d.data.shape.rows)\n"
     'print(d.featureNames.joined(separator: "|"), d.targetNames.joined(separator: "|"))',
     "import sklearn.datasets\nd = sklearn.datasets.load_iris()\nprint(d.data[0:3], d.target[48:53], d.data.shape[0])\n"
     "print('|'.join(d.feature_names), '|'.join(d.target_names))")
case("sklearn.datasets.load_iris()", "let d = loadIris()\nprint(d.data.mean(axis: 0), d.data.sum())",
     "import sklearn.datasets\nd = sklearn.datasets.load_iris()\nprint(d.data.mean(axis=0), d.data.sum())")
case("sklearn.datasets.load_digits(n_class=10)",
     "let d = loadDigits()\nprint(d.images[0], d.target[0..<12], d.data.shape.rows, d.data.sum())\n"
     'print(d.featureNames[9])',
     "import sklearn.datasets\nd = sklearn.datasets.load_digits()\nprint(d.images[0], d.target[0:12], d.data.shape[0], d.data.sum())\n"
     "print(d.feature_names[9])")
case("sklearn.datasets.load_digits(n_class=10)", "let d = loadDigits(nClass: 3)\nprint(d.data.shape.rows, d.target[0..<9])",
     "import sklearn.datasets\nd = sklearn.datasets.load_digits(n_class=3)\nprint(d.data.shape[0], d.target[0:9])")

# Generators: same seed, same arrays.
DS_SK = "import sklearn.datasets\n"
DS_GENS = [
    ("sklearn.datasets.make_blobs(n_samples, n_features, centers, cluster_std, center_box, shuffle, random_state)",
     "makeBlobs(nSamples: 6, nFeatures: 2, centers: 3, clusterStd: 0.5, randomState: 0)",
     "make_blobs(n_samples=6, n_features=2, centers=3, cluster_std=0.5, random_state=0)"),
    ("sklearn.datasets.make_blobs(n_samples, n_features, centers, cluster_std, center_box, shuffle, random_state)",
     "makeBlobs(nSamples: 5, nFeatures: 3, centers: 2, centerBox: (0, 1), shuffle: false, randomState: 7)",
     "make_blobs(n_samples=5, n_features=3, centers=2, center_box=(0, 1), shuffle=False, random_state=7)"),
    ("sklearn.datasets.make_blobs(n_samples, n_features, centers, cluster_std, center_box, shuffle, random_state)",
     "makeBlobs(nSamples: 4, centers: [[0.0, 0.0], [10.0, 10.0]], clusterStd: 0.1, randomState: 1)",
     "make_blobs(n_samples=4, centers=np.array([[0.0, 0.0], [10.0, 10.0]]), cluster_std=0.1, random_state=1)"),
    ("sklearn.datasets.make_blobs(n_samples, n_features, centers, cluster_std, center_box, shuffle, random_state)",
     "makeBlobs(nSamples: [2, 3], centers: [[0.0, 0.0], [10.0, 10.0]], clusterStd: [1.0, 0.1], randomState: 2)",
     "make_blobs(n_samples=[2, 3], centers=np.array([[0.0, 0.0], [10.0, 10.0]]), cluster_std=[1.0, 0.1], random_state=2)"),
    ("sklearn.datasets.make_moons(n_samples, shuffle, noise, random_state)",
     "makeMoons(nSamples: 6, noise: 0.1, randomState: 0)", "make_moons(n_samples=6, noise=0.1, random_state=0)"),
    ("sklearn.datasets.make_moons(n_samples, shuffle, noise, random_state)",
     "makeMoons(nSamples: (outer: 2, inner: 3), randomState: 5)", "make_moons(n_samples=(2, 3), random_state=5)"),
    ("sklearn.datasets.make_circles(n_samples, shuffle, noise, random_state, factor)",
     "makeCircles(nSamples: 6, noise: 0.05, randomState: 0, factor: 0.5)",
     "make_circles(n_samples=6, noise=0.05, random_state=0, factor=0.5)"),
    ("sklearn.datasets.make_circles(n_samples, shuffle, noise, random_state, factor)",
     "makeCircles(nSamples: 5, shuffle: false)", "make_circles(n_samples=5, shuffle=False)"),
    ("sklearn.datasets.make_classification(n_samples, n_features, n_informative, n_redundant, …, random_state)",
     "makeClassification(nSamples: 8, nFeatures: 4, nInformative: 2, nRedundant: 1, randomState: 42)",
     "make_classification(n_samples=8, n_features=4, n_informative=2, n_redundant=1, random_state=42)"),
    ("sklearn.datasets.make_classification(n_samples, n_features, n_informative, n_redundant, …, random_state)",
     "makeClassification(nSamples: 9, nFeatures: 3, nInformative: 2, nRedundant: 0, nClasses: 3, "
     "nClustersPerClass: 1, weights: [0.5, 0.3], flipY: 0.2, shift: nil, scale: nil, randomState: 3)",
     "make_classification(n_samples=9, n_features=3, n_informative=2, n_redundant=0, n_classes=3, "
     "n_clusters_per_class=1, weights=[0.5, 0.3], flip_y=0.2, shift=None, scale=None, random_state=3)"),
]
for row, sw, pyc in DS_GENS:
    case(row, f"let (X, y) = try {sw}\nprint(X)\nprint(y)", DS_SK + f"X, y = sklearn.datasets.{pyc}\nprint(X)\nprint(y)")
case("sklearn.datasets.make_regression(n_samples, n_features, n_informative, bias, noise, coef=True, random_state)",
     "let (X, y, coef) = try makeRegression(nSamples: 5, nFeatures: 3, nInformative: 2, bias: 1.5, noise: 0.5, randomState: 0)\n"
     "print(X)\nprint(y)\nprint(coef)",
     DS_SK + "X, y, coef = sklearn.datasets.make_regression(n_samples=5, n_features=3, n_informative=2, bias=1.5, "
     "noise=0.5, coef=True, random_state=0)\nprint(X)\nprint(y)\nprint(coef)")
case("sklearn.datasets.make_regression(n_samples, n_features, n_informative, bias, noise, coef=True, random_state)",
     "let (_, y, coef) = try makeRegression(nSamples: 4, nFeatures: 2, nInformative: 2, nTargets: 2, randomState: 1)\n"
     "print(y)\nprint(coef)",
     DS_SK + "X, y, coef = sklearn.datasets.make_regression(n_samples=4, n_features=2, n_informative=2, n_targets=2, "
     "coef=True, random_state=1)\nprint(y)\nprint(coef)")
# Invalid arguments: scikit-learn raises, MLMath throws.
for row, sw, pyc in [
    ("sklearn.datasets.make_moons(n_samples, shuffle, noise, random_state)", "makeMoons(nSamples: 0)", "make_moons(n_samples=0)"),
    ("sklearn.datasets.make_circles(n_samples, shuffle, noise, random_state, factor)", "makeCircles(factor: 1.0)",
     "make_circles(factor=1.0)"),
    ("sklearn.datasets.make_blobs(n_samples, n_features, centers, cluster_std, center_box, shuffle, random_state)",
     "makeBlobs(clusterStd: -1.0)", "make_blobs(cluster_std=-1.0)"),
    ("sklearn.datasets.make_classification(n_samples, n_features, n_informative, n_redundant, …, random_state)",
     "makeClassification(nClasses: 3)", "make_classification(n_classes=3)"),
    ("sklearn.datasets.make_regression(n_samples, n_features, n_informative, bias, noise, coef=True, random_state)",
     "makeRegression(noise: -1.0)", "make_regression(noise=-1.0)"),
]:
    case(row, f"print(try {sw}.X)", DS_SK + f"print(sklearn.datasets.{pyc}[0])")
