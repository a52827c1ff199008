# scikit-learn's metrics, model selection and preprocessing (sklearn.metrics,
# sklearn.model_selection, sklearn.preprocessing) against MLMath. Run by numpy_differential.py
# with its helpers in scope. MLMath repeats sklearn's arithmetic operation for operation, so
# scores, curves and transforms print identically (all 17 digits); split indices are sklearn's
# for the same seed. Where sklearn raises ValueError, MLMath stops with a message.
import sklearn.metrics  # noqa: E402,F401 — the Python snippets name these submodules
import sklearn.model_selection  # noqa: E402,F401
import sklearn.preprocessing  # noqa: E402,F401


def iv(values):
    """A Swift IntVector literal."""
    return "IntVector([" + ", ".join(str(int(v)) for v in values) + "])"


def ipy(values):
    return "np.array([" + ", ".join(str(int(v)) for v in values) + "])"


def fv(values):
    return "Vector([" + ", ".join(swift_float(v) for v in values) + "])"


def fpy(values):
    return "np.array([" + ", ".join(py_float(v) for v in values) + "], dtype=float)"


def fm(rows):
    return "Matrix([" + ", ".join("[" + ", ".join(swift_float(v) for v in r) + "]" for r in rows) + "])"


def fmpy(rows):
    return "np.array([" + ", ".join("[" + ", ".join(py_float(v) for v in r) + "]" for r in rows) + "], dtype=float)"


def im(rows):
    return "IntMatrix([" + ", ".join("[" + ", ".join(str(int(v)) for v in r) + "]" for r in rows) + "])"


def impy(rows):
    return "np.array([" + ", ".join("[" + ", ".join(str(int(v)) for v in r) + "]" for r in rows) + "])"


def _metrics_preprocessing_cases():
    """Every case; a function, so its loop variables do not overwrite the suite's globals."""
    SK_AVG = {".binary": "'binary'", ".micro": "'micro'", ".macro": "'macro'", ".weighted": "'weighted'"}
    SK_ZD = {".warn": "'warn'", ".zero": "0", ".one": "1", ".nan": "np.nan"}
    LABELS = [
        ([0, 1, 1, 0, 1, 1], [0, 1, 0, 1, 1, 1]),
        ([2, 3, 3, 2, 3], [2, 3, 2, 2, 2]),
        ([-1, 1, 1, -1, -1, 1], [1, 1, -1, -1, -1, 1]),
        ([0, 1, 2, 0, 1, 2, 2, 2], [0, 2, 1, 0, 0, 1, 2, 2]),
        ([0, 1, 2, 3], [0, 1, 1, 1]),
        ([0, 0, 0], [0, 0, 0]),
        ([5, 9, 7, 5, 9, 7, 7], [5, 9, 9, 7, 9, 5, 7]),
    ]

    # Classification scores -----------------------------------------------------------
    ACC = "sklearn.metrics.accuracy_score(y_true, y_pred, normalize=…)"
    for t, p in LABELS:
        for normalize in [True, False]:
            case(ACC, f"print(accuracyScore({iv(t)}, {iv(p)}, normalize: {str(normalize).lower()}))",
                 f"print(sklearn.metrics.accuracy_score({ipy(t)}, {ipy(p)}, normalize={normalize}))")
    case(ACC, "print(accuracyScore(IntVector([0, 1, 1]), IntVector([0, 1])))",
         "print(sklearn.metrics.accuracy_score(np.array([0, 1, 1]), np.array([0, 1])))")
    case(ACC, "print(accuracyScore(IntVector([]), IntVector([])))",
         "print(sklearn.metrics.accuracy_score(np.array([], dtype=int), np.array([], dtype=int)))")

    CM = "sklearn.metrics.confusion_matrix(y_true, y_pred, labels=…)"
    for t, p in LABELS:
        case(CM, f"print(confusionMatrix({iv(t)}, {iv(p)}))", f"print(sklearn.metrics.confusion_matrix({ipy(t)}, {ipy(p)}))")
        labels = sorted(set(t) | set(p))[::-1] + [42]
        case(CM, f"print(confusionMatrix({iv(t)}, {iv(p)}, labels: {iv(labels)}))",
             f"print(sklearn.metrics.confusion_matrix({ipy(t)}, {ipy(p)}, labels={ipy(labels)}))")
        for swift, py in [(".trueLabels", "'true'"), (".predictedLabels", "'pred'"), (".all", "'all'")]:
            case("confusion_matrix(y_true, y_pred, normalize='true')",
                 f"print(confusionMatrix({iv(t)}, {iv(p)}, normalize: {swift}))",
                 f"print(sklearn.metrics.confusion_matrix({ipy(t)}, {ipy(p)}, normalize={py}))")
    case(CM, f"print(confusionMatrix({iv([0, 1, 2])}, {iv([0, 1, 1])}, labels: {iv([7])}))",
         f"print(sklearn.metrics.confusion_matrix({ipy([0, 1, 2])}, {ipy([0, 1, 1])}, labels={ipy([7])}))")

    SCORE_ROWS = {
        "precisionScore": ("sklearn.metrics.precision_score(y_true, y_pred, pos_label=…, average=…, zero_division=…)",
                           "precision_score"),
        "recallScore": ("sklearn.metrics.recall_score(y_true, y_pred, pos_label=…, average=…, zero_division=…)",
                        "recall_score"),
        "f1Score": ("sklearn.metrics.f1_score(y_true, y_pred, pos_label=…, average=…, zero_division=…)", "f1_score"),
    }
    for t, p in LABELS:
        binary = len(set(t) | set(p)) <= 2
        pos = 3 if 3 in t else 1
        averages = [".binary", ".micro", ".macro", ".weighted"] if binary else [".micro", ".macro", ".weighted", ".binary"]
        for swift_name, (row, py_name) in SCORE_ROWS.items():
            for average in averages:
                for zd in [".warn", ".one", ".nan"]:
                    pos_swift = f", posLabel: {pos}" if average == ".binary" and pos != 1 else ""
                    pos_py = f", pos_label={pos}" if average == ".binary" and pos != 1 else ""
                    case(row, f"print({swift_name}({iv(t)}, {iv(p)}{pos_swift}, average: {average}, zeroDivision: {zd}))",
                         f"print(sklearn.metrics.{py_name}({ipy(t)}, {ipy(p)}{pos_py}, average={SK_AVG[average]}, "
                         f"zero_division={SK_ZD[zd]}))")
        for beta in [0.5, 2.0, 0.0]:
            average = ".binary" if binary else ".macro"
            pos_swift = f", posLabel: {pos}" if average == ".binary" and pos != 1 else ""
            pos_py = f", pos_label={pos}" if average == ".binary" and pos != 1 else ""
            case("sklearn.metrics.fbeta_score(y_true, y_pred, beta=…, average=…)",
                 f"print(fbetaScore({iv(t)}, {iv(p)}, beta: {beta}{pos_swift}, average: {average}))",
                 f"print(sklearn.metrics.fbeta_score({ipy(t)}, {ipy(p)}, beta={beta}{pos_py}, average={SK_AVG[average]}))")
        prfs_swift = f"let s = precisionRecallFscoreSupport({iv(t)}, {iv(p)})\nprint(s.precision)\nprint(s.recall)\nprint(s.fScore)\nprint(s.support)"
        prfs_py = (f"p, r, f, s = sklearn.metrics.precision_recall_fscore_support({ipy(t)}, {ipy(p)}, average=None)\n"
                   "print(p)\nprint(r)\nprint(f)\nprint(s)")
        case("sklearn.metrics.precision_recall_fscore_support(y_true, y_pred, average=None)", prfs_swift, prfs_py)
        case("sklearn.metrics.classification_report(y_true, y_pred, target_names=…, digits=…)",
             f"print(classificationReport({iv(t)}, {iv(p)}))",
             f"print(sklearn.metrics.classification_report({ipy(t)}, {ipy(p)}))")
    case("sklearn.metrics.classification_report(y_true, y_pred, target_names=…, digits=…)",
         f'print(classificationReport({iv([0, 1, 2, 2, 2])}, {iv([0, 0, 2, 2, 1])}, targetNames: ["ant", "bird", "cat"], digits: 3))',
         f"print(sklearn.metrics.classification_report({ipy([0, 1, 2, 2, 2])}, {ipy([0, 0, 2, 2, 1])}, "
         "target_names=['ant', 'bird', 'cat'], digits=3))")
    case(SCORE_ROWS["precisionScore"][0], f"print(precisionScore({iv([0, 1, 2])}, {iv([0, 1, 1])}))",
         f"print(sklearn.metrics.precision_score({ipy([0, 1, 2])}, {ipy([0, 1, 1])}))")
    case(SCORE_ROWS["f1Score"][0], f"print(f1Score({iv([2, 3, 3])}, {iv([2, 3, 2])}))",
         f"print(sklearn.metrics.f1_score({ipy([2, 3, 3])}, {ipy([2, 3, 2])}))")
    case(SCORE_ROWS["recallScore"][0], f"print(recallScore({iv([0, 1, 1])}, {iv([0, 1])}))",
         f"print(sklearn.metrics.recall_score({ipy([0, 1, 1])}, {ipy([0, 1])}))")

    # Ranking metrics --------------------------------------------------------------------
    RANKING = [
        ([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], None),
        ([0, 1, 1, 0, 1, 0, 1], [0.5, 0.5, 0.9, 0.1, 0.5, 0.9, 0.2], None),
        ([0, 1, 1, 0], [0.3, 0.3, 0.3, 0.3], None),
        ([1, 1, 0, 0, 0], [0.1, 0.2, 0.7, 0.8, 0.9], None),
        ([-1, 1, -1, 1, 1], [-2.5, 0.0, -0.0, 3.0, 1e-300], None),
        ([2, 5, 5, 2, 5, 2], [0.2, 0.6, 0.4, 0.4, 0.9, 0.1], 5),
        ([0, 1, 2, 2, 1, 0, 2], [0.1, 0.3, 0.9, 0.8, 0.2, 0.4, 0.35], 2),
        ([1, 1, 1], [0.1, 0.5, 0.3], None),
        ([0, 0, 0], [0.1, 0.5, 0.3], None),
        ([0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1], [0.2, 0.7, 0.1, 0.6, 0.6, 0.3, 0.6, 0.9, 0.05, 0.8, 0.4, 0.35], None),
    ]
    ROC = "sklearn.metrics.roc_curve(y_true, y_score, pos_label=…, drop_intermediate=…)"
    PRC = "sklearn.metrics.precision_recall_curve(y_true, y_score, pos_label=…, drop_intermediate=…)"
    for t, s, pos in RANKING:
        for drop in [True, False]:
            pos_swift = f", posLabel: {pos}" if pos is not None else ""
            pos_py = f", pos_label={pos}" if pos is not None else ""
            case(ROC, f"let (fpr, tpr, thresholds) = rocCurve({iv(t)}, {fv(s)}{pos_swift}, dropIntermediate: {str(drop).lower()})\n"
                      "print(fpr)\nprint(tpr)\nprint(thresholds)",
                 f"fpr, tpr, thresholds = sklearn.metrics.roc_curve({ipy(t)}, {fpy(s)}{pos_py}, drop_intermediate={drop})\n"
                 "print(fpr)\nprint(tpr)\nprint(thresholds)")
            case(PRC, f"let (p, r, thresholds) = precisionRecallCurve({iv(t)}, {fv(s)}{pos_swift}, dropIntermediate: {str(drop).lower()})\n"
                      "print(p)\nprint(r)\nprint(thresholds)",
                 f"p, r, thresholds = sklearn.metrics.precision_recall_curve({ipy(t)}, {fpy(s)}{pos_py}, drop_intermediate={drop})\n"
                 "print(p)\nprint(r)\nprint(thresholds)")
        if len(set(t)) <= 2:
            ap_pos = pos if pos is not None else 1
            case("sklearn.metrics.average_precision_score(y_true, y_score, pos_label=…)",
                 f"print(averagePrecisionScore({iv(t)}, {fv(s)}, posLabel: {ap_pos}))",
                 f"print(sklearn.metrics.average_precision_score({ipy(t)}, {fpy(s)}, pos_label={ap_pos}))")
            case("sklearn.metrics.roc_auc_score(y_true, y_score, max_fpr=…)", f"print(rocAucScore({iv(t)}, {fv(s)}))",
                 f"print(sklearn.metrics.roc_auc_score({ipy(t)}, {fpy(s)}))")
            if len(set(t)) == 2:
                for m in [0.2, 0.5]:
                    case("sklearn.metrics.roc_auc_score(y_true, y_score, max_fpr=…)",
                         f"print(rocAucScore({iv(t)}, {fv(s)}, maxFPR: {m}))",
                         f"print(sklearn.metrics.roc_auc_score({ipy(t)}, {fpy(s)}, max_fpr={m}))")
                case("sklearn.metrics.auc(x, y)",
                     f"let (fpr, tpr, _) = rocCurve({iv(t)}, {fv(s)}{', posLabel: ' + str(pos) if pos else ''})\nprint(auc(fpr, tpr))",
                     f"fpr, tpr, _ = sklearn.metrics.roc_curve({ipy(t)}, {fpy(s)}{', pos_label=' + str(pos) if pos else ''})\n"
                     "print(sklearn.metrics.auc(fpr, tpr))")
    case("sklearn.metrics.auc(x, y)", f"print(auc({fv([1, 0.5, 0.25, 0])}, {fv([0, 0.3, 0.8, 1])}))",
         f"print(sklearn.metrics.auc({fpy([1, 0.5, 0.25, 0])}, {fpy([0, 0.3, 0.8, 1])}))")
    case("sklearn.metrics.auc(x, y)", f"print(auc({fv([0, 1, 0.5])}, {fv([0, 1, 1])}))",
         f"print(sklearn.metrics.auc({fpy([0, 1, 0.5])}, {fpy([0, 1, 1])}))")
    case(ROC, f"print(rocCurve({iv([0, 1, 2])}, {fv([0.1, 0.2, 0.3])}))",
         f"print(sklearn.metrics.roc_curve({ipy([0, 1, 2])}, {fpy([0.1, 0.2, 0.3])}))")
    case(ROC, f"print(rocCurve({iv([0, 1, 0])}, {fv([0.1, inf, 0.3])}))",
         f"print(sklearn.metrics.roc_curve({ipy([0, 1, 0])}, {fpy([0.1, inf, 0.3])}))")
    case(PRC, f"print(precisionRecallCurve({iv([2, 3, 2])}, {fv([0.1, 0.2, 0.3])}))",
         f"print(sklearn.metrics.precision_recall_curve({ipy([2, 3, 2])}, {fpy([0.1, 0.2, 0.3])}))")
    case("sklearn.metrics.roc_auc_score(y_true, y_score, max_fpr=…)", f"print(rocAucScore({iv([0, 1, 2])}, {fv([0.1, 0.2, 0.3])}))",
         f"print(sklearn.metrics.roc_auc_score({ipy([0, 1, 2])}, {fpy([0.1, 0.2, 0.3])}))")

    LOG_LOSS = "sklearn.metrics.log_loss(y_true, y_proba, labels=…, normalize=…)"
    for t, prob, labels in [([0, 1, 1], [0.1, 0.9, 0.8], None), ([0, 1, 1], [0.0, 1.0, 0.0], None),
                            ([1, 1, 1], [0.1, 0.9, 0.8], [0, 1]), ([3, 7, 7, 3], [0.2, 0.7, 0.6, 0.45], None)]:
        lab_swift = f", labels: {iv(labels)}" if labels else ""
        lab_py = f", labels={labels}" if labels else ""
        for normalize in [True, False]:
            case(LOG_LOSS, f"print(logLoss({iv(t)}, {fv(prob)}{lab_swift}, normalize: {str(normalize).lower()}))",
                 f"print(sklearn.metrics.log_loss({ipy(t)}, {fpy(prob)}{lab_py}, normalize={normalize}))")
    for t, rows, labels in [([0, 1, 2], [[0.2, 0.3, 0.5], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]], None),
                            ([0, 2], [[0.5, 0.25, 0.25], [0.1, 0.1, 0.8]], [0, 1, 2]),
                            ([0, 1, 0], [[0.7, 0.3], [0.4, 0.6], [0.99, 0.01]], None)]:
        lab_swift = f", labels: {iv(labels)}" if labels else ""
        lab_py = f", labels={labels}" if labels else ""
        case(LOG_LOSS, f"print(logLoss({iv(t)}, {fm(rows)}{lab_swift}))",
             f"print(sklearn.metrics.log_loss({ipy(t)}, {fmpy(rows)}{lab_py}))")
    for t, prob in [([1, 1, 1], [0.1, 0.9, 0.8]), ([0, 1, 1], [0.1, 1.9, 0.8]), ([0, 1, 1], [0.1, nan, 0.8])]:
        case(LOG_LOSS, f"print(logLoss({iv(t)}, {fv(prob)}))", f"print(sklearn.metrics.log_loss({ipy(t)}, {fpy(prob)}))")
    case(LOG_LOSS, f"print(logLoss({iv([0, 1, 2])}, {fm([[0.2, 0.8], [0.1, 0.9], [0.3, 0.7]])}))",
         f"print(sklearn.metrics.log_loss({ipy([0, 1, 2])}, {fmpy([[0.2, 0.8], [0.1, 0.9], [0.3, 0.7]])}))")

    REGRESSION = [([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]), ([1, 2, 3], [1, 2, 3]), ([2, 2, 2], [2, 3, 2]), ([2, 2], [2, 2]),
                  ([1.5], [2.5]), ([1e9 + 1, 1e9 + 2, 1e9 + 4], [1e9 + 1.5, 1e9 + 2, 1e9 + 3]),
                  ([0.1 * k for k in range(20)], [0.1 * k + 0.01 * (k % 3) for k in range(20)])]
    for swift, py in [("meanSquaredError", "mean_squared_error"), ("rootMeanSquaredError", "root_mean_squared_error"),
                      ("meanAbsoluteError", "mean_absolute_error"), ("r2Score", "r2_score")]:
        row = f"sklearn.metrics.{py}(y_true, y_pred)"
        for t, p in REGRESSION:
            case(row, f"print({swift}({fv(t)}, {fv(p)}))", f"print(sklearn.metrics.{py}({fpy(t)}, {fpy(p)}))")
        case(row, f"print({swift}({fv([1, 2])}, {fv([1, 2, 3])}))", f"print(sklearn.metrics.{py}({fpy([1, 2])}, {fpy([1, 2, 3])}))")
        case(row, f"print({swift}({fv([1, nan])}, {fv([1, 2])}))", f"print(sklearn.metrics.{py}({fpy([1, nan])}, {fpy([1, 2])}))")

    # Model selection ---------------------------------------------------------------------
    TTS = "sklearn.model_selection.train_test_split(X, y, test_size=…, random_state=…, stratify=…)"
    Y10 = [0, 0, 0, 1, 1, 1, 1, 0, 1, 0]
    for n, test, train, seed, extra_swift, extra_py in [
            (10, "0.3", None, 42, "", ""), (10, None, None, 0, "", ""), (10, "3", None, 1, "", ""),
            (10, None, "0.6", 2, "", ""), (10, "4", "5", 4, "", ""), (1000, "0.25", None, 123456789, "", ""),
            (10, "0.3", None, 42, f", stratify: {iv(Y10)}", f", stratify={ipy(Y10)}"),
            (9, "0.34", None, None, ", shuffle: false", ", shuffle=False"),
            (10, "1.5", None, 0, "", ""), (10, "10", None, 0, "", ""), (1, "0.25", None, 0, "", ""),
            (6, "1", None, 0, f", stratify: {iv([0, 0, 0, 1, 1, 1])}", f", stratify={ipy([0, 0, 0, 1, 1, 1])}")]:
        args_swift = (f", testSize: {test}" if test else "") + (f", trainSize: {train}" if train else "") + \
            (f", randomState: {seed}" if seed is not None else "") + extra_swift
        args_py = (f", test_size={test}" if test else "") + (f", train_size={train}" if train else "") + \
            (f", random_state={seed}" if seed is not None else "") + extra_py
        case(TTS, f"let (train, test) = trainTestSplit(IntVector(Array(0..<{n})){args_swift})\nprint(train)\nprint(test)",
             f"train, test = sklearn.model_selection.train_test_split(np.arange({n}){args_py})\nprint(train)\nprint(test)")
    y_swift = iv(Y10)
    case(TTS, "let X = arange(20.0).reshaped(10, 2)\n"
              f"let (xTrain, xTest, yTrain, yTest) = trainTestSplit(X, {y_swift}, testSize: 0.3, randomState: 42)\n"
              "print(xTrain)\nprint(xTest)\nprint(yTrain)\nprint(yTest)",
         f"X = np.arange(20.0).reshape(10, 2)\nxtr, xte, ytr, yte = sklearn.model_selection.train_test_split(X, {ipy(Y10)}, "
         "test_size=0.3, random_state=42)\nprint(xtr)\nprint(xte)\nprint(ytr)\nprint(yte)")
    case(TTS, "Random.seed(3)\nfor _ in 0..<2 { let (a, b) = trainTestSplit(IntVector(Array(0..<10)), testSize: 0.3); print(a, b) }",
         "np.random.seed(3)\nfor _ in range(2):\n    a, b = sklearn.model_selection.train_test_split(np.arange(10), test_size=0.3)\n"
         "    print(a, b)")

    SPLITTERS = [
        ("sklearn.model_selection.KFold(n_splits=…, shuffle=…, random_state=…)",
         [("KFold(nSplits: 3)", "KFold(n_splits=3)", 7), ("KFold(nSplits: 3, shuffle: true, randomState: 0)",
                                                          "KFold(n_splits=3, shuffle=True, random_state=0)", 7),
          ("KFold(nSplits: 5, shuffle: true, randomState: 1)", "KFold(n_splits=5, shuffle=True, random_state=1)", 23),
          ("KFold(nSplits: 4)", "KFold(n_splits=4)", 3), ("KFold(nSplits: 1)", "KFold(n_splits=1)", 4),
          ("KFold(nSplits: 3, randomState: 0)", "KFold(n_splits=3, random_state=0)", 6)], False),
        ("sklearn.model_selection.ShuffleSplit(n_splits=…, test_size=…, random_state=…)",
         [("ShuffleSplit(nSplits: 2, testSize: 0.25, randomState: 0)",
           "ShuffleSplit(n_splits=2, test_size=0.25, random_state=0)", 8),
          ("ShuffleSplit(nSplits: 3, testSize: 4, trainSize: 6, randomState: 11)",
           "ShuffleSplit(n_splits=3, test_size=4, train_size=6, random_state=11)", 13)], False),
        ("sklearn.model_selection.StratifiedKFold(n_splits=…, shuffle=…, random_state=…)",
         [("StratifiedKFold(nSplits: 3, shuffle: true, randomState: 1)",
           "StratifiedKFold(n_splits=3, shuffle=True, random_state=1)", Y10),
          ("StratifiedKFold(nSplits: 3)", "StratifiedKFold(n_splits=3)", Y10),
          ("StratifiedKFold(nSplits: 4, shuffle: true, randomState: 7)",
           "StratifiedKFold(n_splits=4, shuffle=True, random_state=7)", [1, 1, 1, 1, 2, 2, 2, 2, 2, 3]),
          ("StratifiedKFold(nSplits: 3)", "StratifiedKFold(n_splits=3)", [0, 0, 1, 1])], True),
        ("sklearn.model_selection.StratifiedShuffleSplit(n_splits=…, test_size=…, random_state=…)",
         [("StratifiedShuffleSplit(nSplits: 2, testSize: 0.3, randomState: 1)",
           "StratifiedShuffleSplit(n_splits=2, test_size=0.3, random_state=1)", Y10),
          ("StratifiedShuffleSplit(nSplits: 2, testSize: 6, randomState: 2)",
           "StratifiedShuffleSplit(n_splits=2, test_size=6, random_state=2)", [1, 2, 3] * 7),
          ("StratifiedShuffleSplit(nSplits: 1, testSize: 0.5, randomState: 3)",
           "StratifiedShuffleSplit(n_splits=1, test_size=0.5, random_state=3)", [0, 0, 0, 1, 1, 2])], True),
    ]
    for row, splitters, stratified in SPLITTERS:
        for swift, py, data in splitters:
            if stratified:
                case(row, f"let y = {iv(data)}\nfor (train, test) in {swift}.split(y, y) {{ print(train, test) }}",
                     f"y = {ipy(data)}\nfor train, test in sklearn.model_selection.{py}.split(np.zeros((len(y), 1)), y):\n"
                     "    print(train, test)")
            else:
                case(row, f"for (train, test) in {swift}.split(Matrix(rows: {data}, columns: 2)) {{ print(train, test) }}",
                     f"for train, test in sklearn.model_selection.{py}.split(np.zeros(({data}, 2))):\n    print(train, test)")

    # Preprocessing -----------------------------------------------------------------------
    SCALER_X = [[[1.0, 2.0], [3.0, 4.0], [5.0, 9.0]], [[1.0, 0.0, 1e8], [1.0, 0.0, 1e8]],
                [[0.5, nan], [1.5, 4.0], [-2.0, 7.0], [3.25, -1.0]], [[3.0, -4.0]], [[1.0, 2.0], [inf, 4.0]]]
    STD = "sklearn.preprocessing.StandardScaler(with_mean=…, with_std=…)"
    for X in SCALER_X:
        for wm, ws in [(True, True), (False, True), (True, False)]:
            case(STD, f"var s = StandardScaler(withMean: {str(wm).lower()}, withStd: {str(ws).lower()})\n"
                      f"print(s.fitTransform({fm(X)}))",
                 f"s = sklearn.preprocessing.StandardScaler(with_mean={wm}, with_std={ws})\nprint(s.fit_transform({fmpy(X)}))")
        case("scaler.mean_", f"var s = StandardScaler()\ns.fit({fm(X)})\nprint(s.mean!)\nprint(s.variance!)\nprint(s.scale!)",
             f"s = sklearn.preprocessing.StandardScaler()\ns.fit({fmpy(X)})\nprint(s.mean_)\nprint(s.var_)\nprint(s.scale_)")
    Z = [[0.0, 1.0], [-1.5, 2.5]]
    case("scaler.inverse_transform(Z)", f"var s = StandardScaler()\ns.fit({fm(SCALER_X[0])})\nprint(s.inverseTransform({fm(Z)}))",
         f"s = sklearn.preprocessing.StandardScaler()\ns.fit({fmpy(SCALER_X[0])})\nprint(s.inverse_transform({fmpy(Z)}))")
    case("scaler.transform(X)", f"var s = StandardScaler()\ns.fit({fm(SCALER_X[0])})\nprint(s.transform({fm(Z)}))",
         f"s = sklearn.preprocessing.StandardScaler()\ns.fit({fmpy(SCALER_X[0])})\nprint(s.transform({fmpy(Z)}))")
    case("scaler.transform(X)", f"var s = StandardScaler()\ns.fit({fm(SCALER_X[0])})\nprint(s.transform({fm([[1.0, 2.0, 3.0]])}))",
         f"s = sklearn.preprocessing.StandardScaler()\ns.fit({fmpy(SCALER_X[0])})\nprint(s.transform({fmpy([[1.0, 2.0, 3.0]])}))")
    case("scaler.transform(X)", f"let s = StandardScaler()\nprint(s.transform({fm(Z)}))",
         f"s = sklearn.preprocessing.StandardScaler()\nprint(s.transform({fmpy(Z)}))")
    case("scaler.partial_fit(X)",
         f"var s = StandardScaler()\ns.partialFit({fm(SCALER_X[0])})\ns.partialFit({fm(SCALER_X[2])})\nprint(s.mean!)\nprint(s.variance!)",
         f"s = sklearn.preprocessing.StandardScaler()\ns.partial_fit({fmpy(SCALER_X[0])})\ns.partial_fit({fmpy(SCALER_X[2])})\n"
         "print(s.mean_)\nprint(s.var_)")
    MINMAX = "sklearn.preprocessing.MinMaxScaler(feature_range=…, clip=…)"
    for X in SCALER_X + [[[-1.0, 2.0], [-0.5, 6.0], [0.0, 10.0], [1.0, 18.0]]]:
        for (a, b), clip in [((0, 1), False), ((-1, 1), False), ((2.5, 7.0), True)]:
            case(MINMAX, f"var s = MinMaxScaler(featureRange: ({a}, {b}), clip: {str(clip).lower()})\ns.fit({fm(X)})\n"
                         f"print(s.transform({fm(X)}))\nprint(s.transform({fm([[v * 3 - 1 for v in X[0]]])}))",
                 f"s = sklearn.preprocessing.MinMaxScaler(feature_range=({a}, {b}), clip={clip})\ns.fit({fmpy(X)})\n"
                 f"print(s.transform({fmpy(X)}))\nprint(s.transform({fmpy([[v * 3 - 1 for v in X[0]]])}))")
    case(MINMAX, f"var s = MinMaxScaler(featureRange: (1, 0))\ns.fit({fm(SCALER_X[0])})",
         f"s = sklearn.preprocessing.MinMaxScaler(feature_range=(1, 0))\ns.fit({fmpy(SCALER_X[0])})")
    case("scaler.fit_transform(X)", f"var s = MinMaxScaler()\nprint(s.fitTransform({fm(SCALER_X[0])}))\nprint(s.dataMin!)\nprint(s.dataMax!)",
         f"s = sklearn.preprocessing.MinMaxScaler()\nprint(s.fit_transform({fmpy(SCALER_X[0])}))\nprint(s.data_min_)\nprint(s.data_max_)")
    case("scaler.fit(X)", f"var s = MinMaxScaler()\ns.fit({fm(SCALER_X[0])})\nprint(s.inverseTransform({fm(Z)}))\nprint(s.scale!)\nprint(s.min!)",
         f"s = sklearn.preprocessing.MinMaxScaler()\ns.fit({fmpy(SCALER_X[0])})\nprint(s.inverse_transform({fmpy(Z)}))\n"
         "print(s.scale_)\nprint(s.min_)")

    OHE = "sklearn.preprocessing.OneHotEncoder(drop=…, handle_unknown=…, sparse_output=False)"
    for X, T, drop, unknown in [([[0, 3], [1, 3], [2, 5]], [[2, 5], [0, 3]], None, "error"),
                                ([[0, 3], [1, 3], [2, 5], [1, 5]], [[2, 5], [0, 3]], "first", "error"),
                                ([[0, 3], [1, 3], [2, 5]], [[2, 5], [1, 3]], "if_binary", "error"),
                                ([[-1, 10], [4, 20], [4, 10]], [[7, 10], [4, 99]], None, "ignore"),
                                ([[-1, 10], [4, 20], [4, 10]], [[7, 10], [4, 20]], "first", "ignore"),
                                ([[0, 3], [1, 4]], [[0, 7], [1, 5]], None, "error")]:
        drop_swift = {None: "", "first": "drop: .first, ", "if_binary": "drop: .ifBinary, "}[drop]
        drop_py = "None" if drop is None else f"'{drop}'"
        case(OHE, f"var e = OneHotEncoder({drop_swift}handleUnknown: .{unknown})\nprint(e.fitTransform({im(X)}))\n"
                  f"print(e.transform({im(T)}))",
             f"e = sklearn.preprocessing.OneHotEncoder(drop={drop_py}, handle_unknown='{unknown}', sparse_output=False)\n"
             f"print(e.fit_transform({impy(X)}))\nprint(e.transform({impy(T)}))")
        case("encoder.get_feature_names_out()",
             f"var e = OneHotEncoder({drop_swift}handleUnknown: .{unknown})\ne.fit({im(X)})\n"
             "print(e.featureNamesOut().joined(separator: \" \"))\n"
             "print(e.featureNamesOut([\"age\", \"city\"]).joined(separator: \" \"))",
             f"e = sklearn.preprocessing.OneHotEncoder(drop={drop_py}, handle_unknown='{unknown}', sparse_output=False)\n"
             f"e.fit({impy(X)})\nprint(' '.join(e.get_feature_names_out()))\nprint(' '.join(e.get_feature_names_out(['age', 'city'])))")
    case("encoder.categories_", f"var e = OneHotEncoder()\ne.fit({im([[5, -2], [1, -2], [5, 8]])})\nfor c in e.categories! {{ print(c) }}",
         f"e = sklearn.preprocessing.OneHotEncoder()\ne.fit({impy([[5, -2], [1, -2], [5, 8]])})\nfor c in e.categories_:\n    print(c)")

    POLY = "sklearn.preprocessing.PolynomialFeatures(degree=…, interaction_only=…, include_bias=…)"
    for X in [[[2.0, 3.0]], [[0.5, -1.0, 2.0], [3.0, 0.25, -4.0]], [[1e100], [-7.0]]]:
        for degree_swift, degree_py in [("2", "2"), ("3", "3"), ("(2, 3)", "(2, 3)"), ("0", "0")]:
            for interaction, bias in [(False, True), (True, False), (False, False)]:
                if degree_py != "0" or bias:
                    fitted = sklearn.preprocessing.PolynomialFeatures(degree=eval(degree_py), interaction_only=interaction,
                                                                      include_bias=bias).fit(np.array(X))
                    if fitted.n_output_features_ == 0:
                        continue  # sklearn's get_feature_names_out fails on zero columns (np.vstack of nothing)
                case(POLY, f"var p = PolynomialFeatures(degree: {degree_swift}, interactionOnly: {str(interaction).lower()}, "
                           f"includeBias: {str(bias).lower()})\nprint(p.fitTransform({fm(X)}))\n"
                           "print(p.featureNamesOut().joined(separator: \" \"))",
                     f"p = sklearn.preprocessing.PolynomialFeatures(degree={degree_py}, interaction_only={interaction}, include_bias={bias})\n"
                     f"print(p.fit_transform({fmpy(X)}))\nprint(' '.join(p.get_feature_names_out()))")
        case("poly.powers_", f"var p = PolynomialFeatures(degree: 3)\np.fit({fm(X)})\nprint(p.powers!)",
             f"p = sklearn.preprocessing.PolynomialFeatures(degree=3)\np.fit({fmpy(X)})\nprint(p.powers_)")
    case(POLY, "var p = PolynomialFeatures(degree: 2)\np.fit(Matrix([[1.0, 2.0]]))\nprint(p.transform(Matrix([[1.0, 2.0, 3.0]])))",
         "p = sklearn.preprocessing.PolynomialFeatures(degree=2)\np.fit(np.array([[1.0, 2.0]]))\n"
         "print(p.transform(np.array([[1.0, 2.0, 3.0]])))")


_metrics_preprocessing_cases()
