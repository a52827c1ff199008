#!/usr/bin/env python3
"""The whole course as an author meets it: cold build, no-change build, a prose edit,
a one-block edit, a warm `check`, and peak memory — for the real twelve-part course
and for generated courses of 12 and 48 chapters (to see how each step scales).

usage: measure.py MLBOOK WORK_DIR RUNS [JUPYTER_BOOK] > results.md
(WORK_DIR holds real/, gen12/ and gen48/, each a course.)

With JUPYTER_BOOK (Jupyter Book 1's command), every chapter of the real course that has
Python twins is also built both ways on its own, in the same run: mlbook from the lesson,
Jupyter Book from the chapter's notebook as mlbook writes it (the lesson's prose as Markdown
cells and its Python twins as code cells, executed with Jupyter Book's cache).
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

mlbook, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
jupyter_book = sys.argv[4] if len(sys.argv) > 4 else None


def timed(command, cwd, prepare=None, repeat=runs):
    samples = []
    for _ in range(repeat):
        if prepare:
            prepare()
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def first_lesson_with_code(course):
    lessons = sorted(os.listdir(os.path.join(course, "lessons")))
    for name in lessons:
        path = os.path.join(course, "lessons", name)
        if name.endswith(".md") and "```swift-run" in open(path).read():
            return path
    raise SystemExit(f"no lesson with code in {course}")


counter = [0]


def edit_prose(path):
    def run():
        counter[0] += 1
        text = open(path).read()
        # The first paragraph line after the front matter gets a fresh word.
        head, body = text.split("\n---\n", 1)
        lines = body.split("\n")
        for i, line in enumerate(lines):
            if line and line[0].isalpha():
                lines[i] = re.sub(r" \(edit \d+\)$", "", line) + f" (edit {counter[0]})"
                break
        open(path, "w").write(head + "\n---\n" + "\n".join(lines))
    return run


def edit_code(path):
    def run():
        counter[0] += 1
        text = open(path).read()
        # The first swift-run block gets a fresh last line.
        text = re.sub(r"(```swift-run[^\n]*\n(?:(?!```)[^\n]*\n)*?)(// edit \d+\n)?```",
                      lambda m: m.group(1) + f"// edit {counter[0]}\n```", text, count=1)
        open(path, "w").write(text)
    return run


def clear(course):
    def run():
        shutil.rmtree(os.path.join(course, ".mlbook-cache"), ignore_errors=True)
        shutil.rmtree(os.path.join(course, "site"), ignore_errors=True)
    return run


rows = []
per_chapter = []
for name in ["real", "gen12", "gen48"]:
    course = os.path.join(work, name)
    lessons = len([f for f in os.listdir(os.path.join(course, "lessons")) if f.endswith(".md")])
    build = [mlbook, "build", "--quiet"]
    cold = timed(build, course, clear(course), repeat=max(1, runs // 2))
    peak = subprocess.run(["/usr/bin/time", "-f", "%M", *build, "--no-cache", "--out", os.path.join(work, "peak")],
                          cwd=course, capture_output=True, text=True).stderr.strip().splitlines()[-1]
    subprocess.run(build, cwd=course, capture_output=True)
    nochange = timed(build, course)
    target = first_lesson_with_code(course)
    prose = timed(build, course, edit_prose(target))
    code = timed(build, course, edit_code(target))
    subprocess.run([mlbook, "check", "--update", "--quiet"], cwd=course, capture_output=True)
    subprocess.run([mlbook, "build", "--quiet"], cwd=course, capture_output=True)
    check = timed([mlbook, "check", "--quiet"], cwd=course)
    rows.append((name, lessons, cold, nochange, prose, code, check, int(peak) / 1024))
    if name == "real":
        # The one-block edit depends on the chapter edited (its compile time): each chapter's.
        for lesson in sorted(os.listdir(os.path.join(course, "lessons"))):
            path = os.path.join(course, "lessons", lesson)
            if lesson.endswith(".md") and "```swift-run" in open(path).read():
                per_chapter.append((lesson[:-len(".md")], timed(build, course, edit_code(path), repeat=3)))

def edit_notebook(path, kind):
    """A fresh word in the first Markdown cell, or a fresh last line in the first code cell."""
    def run():
        counter[0] += 1
        notebook = json.load(open(path))
        cell = next(c for c in notebook["cells"] if c["cell_type"] == ("markdown" if kind == "prose" else "code"))
        source = "".join(cell["source"])
        if kind == "prose":
            source = re.sub(r" \(edit \d+\)$", "", source) + f" (edit {counter[0]})"
        else:
            source = re.sub(r"\n# edit \d+$", "", source) + f"\n# edit {counter[0]}"
        cell["source"] = source
        json.dump(notebook, open(path, "w"), indent=1)
    return run


# Chapters with Python twins: the same chapter through both tools.
twins = []
if jupyter_book:
    real = os.path.join(work, "real")
    downloads = os.path.join(real, "site", "downloads")
    for name in sorted(os.listdir(downloads)):
        if not name.endswith(".ipynb"):
            continue
        slug = name[:-len(".ipynb")]
        alone = os.path.join(work, "twin-" + slug)
        os.makedirs(os.path.join(alone, "lessons"))
        for item in ["mlbook.yml", "references.bib", "templates"]:
            if os.path.exists(os.path.join(real, item)):
                (shutil.copytree if os.path.isdir(os.path.join(real, item)) else shutil.copy)(
                    os.path.join(real, item), os.path.join(alone, item))
        # On its own, the chapter's links to other chapters become their text.
        with open(os.path.join(real, "lessons", slug + ".md")) as f:
            text = re.sub(r"\[([^\]]*)\]\((?!" + re.escape(slug) + r")\d\d-[a-z0-9-]+\.md(#[^)]*)?\)", r"\1", f.read())
        with open(os.path.join(alone, "lessons", slug + ".md"), "w") as f:
            f.write(text)
        jb = os.path.join(work, "jb-" + slug)
        os.makedirs(jb)
        shutil.copy(os.path.join(downloads, name), os.path.join(jb, "chapter.ipynb"))
        with open(os.path.join(jb, "_config.yml"), "w") as f:
            f.write("title: Benchmark\nauthor: mlbook\nexecute:\n  execute_notebooks: cache\n  timeout: 300\n")
        with open(os.path.join(jb, "_toc.yml"), "w") as f:
            f.write("format: jb-book\nroot: chapter\n")
        build = [mlbook, "build", "--quiet"]
        lesson = os.path.join(alone, "lessons", slug + ".md")
        mine = [timed(build, alone, clear(alone), repeat=max(1, runs // 2))]
        subprocess.run(build, cwd=alone, capture_output=True)
        mine += [timed(build, alone), timed(build, alone, edit_prose(lesson)), timed(build, alone, edit_code(lesson))]
        jb_build = [jupyter_book, "build", "--quiet", "."]
        notebook = os.path.join(jb, "chapter.ipynb")
        theirs = [timed(jb_build, jb, lambda: shutil.rmtree(os.path.join(jb, "_build"), ignore_errors=True),
                        repeat=max(1, runs // 2))]
        subprocess.run(jb_build, cwd=jb, capture_output=True)
        theirs += [timed(jb_build, jb), timed(jb_build, jb, edit_notebook(notebook, "prose")),
                   timed(jb_build, jb, edit_notebook(notebook, "code"))]
        twins.append((slug, mine, theirs))

print("# The whole course (`bench/course/run`)\n")
print(f"Median of {runs} runs ({max(1, runs // 2)} for cold builds), release build, 2 cores. *real* is the")
print("twelve-part course in `lessons/`; *gen12*/*gen48* are courses of 12 and 48 generated chapters")
print("(`bench/build/make_chapter.py`, six code blocks each). Edits are fresh each run: a word added to a")
print("paragraph, or a line added to one block of the first chapter with code.\n")
print("| course | chapters | cold build | no change | prose edit | one-block edit | warm check | peak memory |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name, n, cold, nochange, prose, code, check, peak in rows:
    print(f"| {name} | {n} | {cold:.2f} s | {nochange * 1000:.0f} ms | {prose * 1000:.0f} ms | {code:.2f} s |"
          f" {check:.2f} s | {peak:.0f} MB |")
if per_chapter:
    print("\nOne-block edit of each chapter of the real course (median of 3; the table above edits the first):\n")
    print("| chapter | one-block edit |")
    print("|---|---:|")
    for chapter, seconds in per_chapter:
        print(f"| {chapter} | {seconds:.2f} s |")
g12 = next(r for r in rows if r[0] == "gen12")
g48 = next(r for r in rows if r[0] == "gen48")
print("\nScaling from 12 to 48 generated chapters (4× the lessons): cold "
      f"{g48[2] / g12[2]:.1f}×, no change {g48[3] / g12[3]:.1f}×, prose edit {g48[4] / g12[4]:.1f}×, "
      f"one-block edit {g48[5] / g12[5]:.1f}×, warm check {g48[6] / g12[6]:.1f}×.")
print("\nGoals (issue 17, twelve-part course): cold ≤ 8 s, no change ≤ 50 ms, one-block edit ≤ 1.0 s, warm check ≤ 1 s.")
if twins:
    print("\n## Chapters with Python twins, against Jupyter Book 1\n")
    print("Each such chapter built on its own, in the same run: mlbook from the lesson (Swift blocks),")
    print("Jupyter Book from the chapter's notebook that mlbook writes (the prose as Markdown cells, the")
    print("Python twins as code cells; `execute_notebooks: cache`). Ratio = mlbook time / Jupyter Book time.\n")
    print("| chapter | step | mlbook | Jupyter Book | ratio |")
    print("|---|---|---:|---:|---:|")
    for slug, mine, theirs in twins:
        for step, a, b in zip(["cold build", "no change", "prose edit", "one-block edit"], mine, theirs):
            print(f"| {slug} | {step} | {a:.2f} s | {b:.2f} s | {a / b:.2f}× |")
