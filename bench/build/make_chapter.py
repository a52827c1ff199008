#!/usr/bin/env python3
"""Writes the benchmark chapter twice: as an mlbook lesson (Swift, MLMath) and as a
Jupyter Book 1 page (MyST notebook, Python, NumPy). Same prose, same six
computations, about 12 KB each. Also writes an N-lesson course of such chapters.

usage: make_chapter.py OUT_DIR [LESSONS]
"""
import os
import sys

PROSE = [
    "A loss function turns the gap between a prediction and a target into one number that training can push down.",
    "Squared error punishes large residuals much more than small ones, which makes it sensitive to outliers.",
    "Absolute error grows linearly, so a single wild point moves the fitted line far less than under squared error.",
    "The Huber loss is quadratic near zero and linear in the tails, and its threshold decides where one becomes the other.",
    "Gradient descent repeats a small step against the gradient; the learning rate sets how large that step is.",
    "Ridge regression adds a penalty on the size of the weights, which trades a little bias for a lot less variance.",
    "Softmax turns a vector of scores into probabilities, and cross-entropy measures how surprised the model is by the truth.",
    "Reading the printed numbers next to the formulas is how a learner checks that the mathematics and the code agree.",
]

SWIFT = [
    """import MLMath
Random.seed(0)
let x = Random.uniform(-3, 3, size: 200)
let y = 2 * x + 1 + Random.normal(0, 0.5, size: 200)
print("mean of y:", mean(y).fixed(4))""",
    """let prediction = 2 * x + 1
let residual = y - prediction
print("MSE:", mean(residual * residual).fixed(4), "MAE:", mean(abs(residual)).fixed(4))""",
    """func huber(_ r: Vector, delta: Double) -> Double {
  let a = abs(r)
  let quadratic = 0.5 * r * r
  let linear = delta * (a - 0.5 * delta)
  return mean(select(a .<= delta, quadratic, linear))
}
for delta in [0.5, 1.0, 2.0] { print("Huber", delta, huber(residual, delta: delta).fixed(4)) }""",
    """var w = 0.0
var b = 0.0
let rate = LEARNING_RATE
for _ in 0..<200 {
  let r = w * x + b - y
  w -= rate * 2 * mean(r * x)
  b -= rate * 2 * mean(r)
}
print("w:", w.fixed(4), "b:", b.fixed(4))""",
    """let design = vander(x, degree: 3, increasing: true)
let gram = matmul(design.T, design) + 0.1 * eye(4)
let weights = try! solve(gram, matmul(design.T, y))
print("ridge weights:", weights)""",
    """let scores: Matrix = [[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]]
let shifted = scores - scores.max(axis: 1).asColumn
let p = exp(shifted) / exp(shifted).sum(axis: 1).asColumn
print(p)
print("cross-entropy:", (-(log(p[0, 0]) + log(p[1, 1])) / 2).fixed(4))""",
]

PYTHON = [
    """import numpy as np
np.random.seed(0)
x = np.random.uniform(-3, 3, 200)
y = 2 * x + 1 + np.random.normal(0, 0.5, 200)
print("mean of y:", f"{y.mean():.4f}")""",
    """prediction = 2 * x + 1
residual = y - prediction
print("MSE:", f"{np.mean(residual**2):.4f}", "MAE:", f"{np.mean(np.abs(residual)):.4f}")""",
    """def huber(r, delta):
    a = np.abs(r)
    return np.mean(np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta)))
for delta in [0.5, 1.0, 2.0]:
    print("Huber", delta, f"{huber(residual, delta):.4f}")""",
    """w, b = 0.0, 0.0
rate = LEARNING_RATE
for _ in range(200):
    r = w * x + b - y
    w -= rate * 2 * np.mean(r * x)
    b -= rate * 2 * np.mean(r)
print("w:", f"{w:.4f}", "b:", f"{b:.4f}")""",
    """design = np.vander(x, 4, increasing=True)
gram = design.T @ design + 0.1 * np.eye(4)
weights = np.linalg.solve(gram, design.T @ y)
print("ridge weights:", weights)""",
    """scores = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
shifted = scores - scores.max(axis=1, keepdims=True)
p = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
print(p)
print("cross-entropy:", f"{-(np.log(p[0, 0]) + np.log(p[1, 1])) / 2:.4f}")""",
]


def prose(section, marker=None):
    sentences = [PROSE[(section * 3 + k) % len(PROSE)] for k in range(5)]
    if marker:
        sentences.append(f"A {marker} step keeps the descent stable.")
    return " ".join(sentences)


def chapter(kind, part=1, marker="steady", rate="0.05"):
    """kind: 'mlbook' or 'myst'."""
    out = []
    if kind == "mlbook":
        out.append(f"---\ntitle: Losses {part}\nsubtitle: A benchmark chapter\npart: {part}\n---\n")
    else:
        out.append(
            "---\njupytext:\n  text_representation:\n    extension: .md\n    format_name: myst\n"
            "kernelspec:\n  display_name: Python 3\n  language: python\n  name: python3\n---\n\n"
            f"# Losses {part}\n"
        )
    codes = SWIFT if kind == "mlbook" else PYTHON
    for section in range(6):
        out.append(f"\n## Section {section + 1}\n\n")
        for paragraph in range(3):
            out.append(prose(section + paragraph + part, marker if section == 2 and paragraph == 0 else None) + "\n\n")
        out.append("Inline math such as $\\frac{1}{n}\\sum_i (y_i - \\hat y_i)^2$ sits in the prose.\n\n")
        code = codes[section].replace("LEARNING_RATE", rate)
        if kind == "mlbook":
            out.append("```swift-run\n" + code + "\n```\n")
        else:
            out.append("```{code-cell} ipython3\n" + code + "\n```\n")
    return "".join(out)


def main():
    root = sys.argv[1]
    lessons = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    os.makedirs(f"{root}/chapter/lessons", exist_ok=True)
    os.makedirs(f"{root}/jb", exist_ok=True)
    with open(f"{root}/chapter/lessons/01-losses.md", "w") as f:
        f.write(chapter("mlbook"))
    with open(f"{root}/jb/chapter.md", "w") as f:
        f.write(chapter("myst"))
    with open(f"{root}/jb/_config.yml", "w") as f:
        f.write("title: Benchmark\nauthor: mlbook\nexecute:\n  execute_notebooks: cache\n  timeout: 120\n"
                "sphinx:\n  config:\n    html_show_copyright: false\n")
    with open(f"{root}/jb/_toc.yml", "w") as f:
        f.write("format: jb-book\nroot: chapter\n")
    if lessons:
        os.makedirs(f"{root}/course/lessons", exist_ok=True)
        for part in range(1, lessons + 1):
            with open(f"{root}/course/lessons/{part:02d}-losses.md", "w") as f:
                f.write(chapter("mlbook", part=part, rate=f"0.0{part % 9 + 1}"))


if __name__ == "__main__":
    main()
