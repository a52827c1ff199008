#!/usr/bin/env python3
"""Turns bench/results/*.json (hyperfine) into the Markdown summary bench/results.md."""
import json
import os
import platform
import re
import statistics
import subprocess
import sys

out = sys.argv[1]


def mean(name):
    path = os.path.join(out, name + ".json")
    if not os.path.exists(path):
        return None
    result = json.load(open(path))["results"][0]
    return result["mean"], result["stddev"] or 0.0


def seconds(value):
    if value is None:
        return "—"
    m, s = value
    return f"{m * 1000:.0f} ms ± {s * 1000:.0f}" if m < 1 else f"{m:.2f} s ± {s:.2f}"


def ratio(a, b):
    return "—" if a is None or b is None else f"{a[0] / b[0]:.2f}×"


def met(value, goal):
    return "—" if value is None else ("✓" if value[0] <= goal else "✗")


def shell(command):
    try:
        return subprocess.run(command, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception:
        return "?"


cpu = shell("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip() or platform.processor()
print("# mlbook benchmarks\n")
print("Measured by `bench/run` (hyperfine; peers in the same run). Ratios are mlbook's time over the peer's: "
      "below 1 means mlbook is faster.\n")
memory = shell("free -g | awk '/Mem/ {print $2}'")
print(f"- Machine: {cpu}, {os.cpu_count()} cores, {memory} GiB; {shell('uname -sr')}")
print(f"- {shell('swift --version 2>&1 | head -1')}; {shell('hyperfine --version')}; "
      f"{shell('cmark-gfm --version | head -1')}; {shell('pandoc --version | head -1')}; "
      f"Jupyter Book {shell(os.path.join(os.path.dirname(out), '..', '.venv-bench/bin/jupyter-book') + ' --version 2>/dev/null | head -1').split(':')[-1].strip() or 'not installed'}")
print(f"- mlbook at commit {shell('git rev-parse --short HEAD')}\n")

print("## One chapter: 12 KB, six code blocks\n")
print("| scenario | mlbook | Jupyter Book 1 | ratio | goal (mlbook) | met |")
print("|---|---:|---:|---:|---|:-:|")
for key, label, goal in [("cold", "cold build", 1.0), ("nochange", "nothing changed", 0.05),
                         ("prose", "prose edit", 0.1), ("code", "one code block edited", 0.6)]:
    m, j = mean(f"chapter-mlbook-{key}"), mean(f"chapter-jupyterbook-{key}")
    print(f"| {label} | {seconds(m)} | {seconds(j)} | {ratio(m, j)} | ≤ {goal:g} s | {met(m, goal)} |")

print("\n## Whole courses\n")
print("| course | cold | nothing changed | one block edited | peak memory (cold) |")
print("|---|---:|---:|---:|---:|")
for course, label in [("real", "`lessons/` (this course)"), ("course", "generated: 12 chapters like the one above")]:
    peak = open(os.path.join(out, f"{course}-peak-kb.txt")).read().strip() if os.path.exists(os.path.join(out, f"{course}-peak-kb.txt")) else None
    peak_text = f"{int(peak.splitlines()[-1]) / 1024:.0f} MB" if peak else "—"
    print(f"| {label} | {seconds(mean(course + '-mlbook-cold'))} | {seconds(mean(course + '-mlbook-nochange'))} | "
          f"{seconds(mean(course + '-mlbook-code'))} | {peak_text} |")
print("\nGoals: twelve-part course cold ≤ 10 s on 2 cores, nothing changed ≤ 0.3 s, peak memory ≤ 300 MB.")

print("\n## The sandbox's cost (cold builds, with and without `--no-sandbox`)\n")
print("| course | sandboxed | `--no-sandbox` | ratio | goal | met |")
print("|---|---:|---:|---:|---|:-:|")
for course, label in [("real", "`lessons/` (this course)"), ("course", "generated: 12 chapters")]:
    boxed, open_ = mean(course + "-mlbook-cold"), mean(course + "-mlbook-cold-nosandbox")
    ok = "—" if boxed is None or open_ is None else ("✓" if boxed[0] <= 1.05 * open_[0] else "✗")
    print(f"| {label} | {seconds(boxed)} | {seconds(open_)} | {ratio(boxed, open_)} | ≤ 1.05× | {ok} |")
print("\nUnchanged builds run no lesson program, so the sandbox costs them nothing.")

print("\n## Compile and run time per lesson (cold, one lesson at a time)\n")
for course, label in [("course", "generated course"), ("real", "this course")]:
    path = os.path.join(out, f"{course}-lessons.txt")
    if not os.path.exists(path):
        continue
    pairs = [(float(c), float(r)) for c, r in re.findall(r"compile ([0-9.]+) s, run ([0-9.]+) s", open(path).read())]
    if pairs:
        compiles = [c for c, _ in pairs]
        runs = [r for _, r in pairs]
        print(f"- {label}: {len(pairs)} lessons with code; compile median {statistics.median(compiles):.2f} s "
              f"(min {min(compiles):.2f}, max {max(compiles):.2f}); run median {statistics.median(runs):.2f} s "
              f"(max {max(runs):.2f})")

print("\n## Rendering a 10 MB Markdown file without code\n")
size_mb = 10.0
print("| tool | time | throughput | mlbook relative |")
print("|---|---:|---:|---:|")
ml = mean("render-mlbook")
for name, label in [("render-mlbook", "mlbook render"), ("render-cmark-gfm", "cmark-gfm CLI (the floor)"),
                    ("render-pandoc", "pandoc")]:
    v = mean(name)
    tp = f"{size_mb / v[0]:.1f} MB/s" if v else "—"
    rel = "—" if not v or not ml else f"mlbook runs at {v[0] / ml[0]:.2f}× its throughput"
    print(f"| {label} | {seconds(v)} | {tp} | {rel if name != 'render-mlbook' else ''} |")
cm = mean("render-cmark-gfm")
if ml and cm:
    share = cm[0] / ml[0]
    print(f"\nGoal: mlbook ≥ 40% of cmark-gfm's throughput: {share:.0%} {'✓' if share >= 0.4 else '✗'}.")
