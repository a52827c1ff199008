#!/usr/bin/env python3
"""Compile time of each lesson: mlbook's compile phase against the bare compiler on the
same generated program, best of RUNS, on one core at a time.

usage: measure.py REPO MLBOOK COURSE_DIR RUNS > results.md

mlbook's compile phase (from `build --verbose`) = writing the program and its support
file, `swiftc` (type check, code generation) and the link. Its overhead is what it adds
to `swiftc -c` (type check + code generation only): the link, the files, the process.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

repo, mlbook, course, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
products = os.path.dirname(os.path.realpath(mlbook))
# The flags mlbook compiles lessons with (LessonRunner.compileFlags), but the linker, which is a column here.
flags = ["-swift-version", "5", "-Onone", "-wmo", "-gline-tables-only", "-diagnostic-style=llvm", "-module-name", "Lesson",
         "-Xfrontend", "-warn-long-expression-type-checking=100",
         "-I", os.path.join(products, "Modules"), "-I", os.path.join(repo, "Sources", "CLAPACK"),
         "-I", os.path.join(repo, "Sources", "CVectorMath", "include")]
link = ["-L", products, "-lMLMathRuntime", "-Xlinker", "-rpath", "-Xlinker", products]
swiftc = shutil.which("swiftc")


def best(command, cwd):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


# mlbook's own compile times, best of RUNS cold builds (one lesson at a time).
programs = tempfile.mkdtemp()
mlbook_times = {}
for _ in range(runs):
    shutil.rmtree(os.path.join(course, ".mlbook-cache"), ignore_errors=True)
    env = dict(os.environ, MLBOOK_KEEP_PROGRAMS=programs)
    out = subprocess.run([mlbook, "build", "--no-cache", "--verbose", "--jobs", "1", "--root", course,
                          "--out", os.path.join(programs, "site")], env=env, capture_output=True, text=True)
    for line in (out.stdout + out.stderr).splitlines():
        m = re.search(r"lessons/(\S+)\.md \(compile ([0-9.]+) s", line)
        if m:
            slug, seconds = m.group(1), float(m.group(2))
            mlbook_times[slug] = min(seconds, mlbook_times.get(slug, 1e9))

rows = []
for slug in sorted(mlbook_times):
    folder = os.path.join(programs, slug)
    work = tempfile.mkdtemp()
    sources = [os.path.join(folder, "main.swift"), os.path.join(folder, "support.swift")]
    typecheck = best([swiftc, *flags, "-typecheck", *sources], work)
    objects = best([swiftc, *flags, "-c", *sources], work)
    objects_built = sorted(f for f in os.listdir(work) if f.endswith(".o"))  # Lesson.o under -wmo
    gold = best([swiftc, *link, *objects_built, "-o", "lesson"], work)
    lld = best([swiftc, *link, "-use-ld=lld", *objects_built, "-o", "lesson"], work)
    rows.append((slug, mlbook_times[slug], typecheck, objects, gold, lld))
    shutil.rmtree(work)

print("# Lesson compile time: mlbook against the bare compiler (`bench/compile/run`)\n")
print(f"Best of {runs} runs, one job at a time, 2 cores. *swiftc -c* = type check and code generation of")
print("the same generated program with the same flags; *overhead* = (mlbook's compile phase − swiftc -c) /")
print("mlbook's compile phase: the link, writing the program, starting the compiler. mlbook runs the")
print("driver's jobs (frontend, autolink extraction, link with lld) itself, planned once with `swiftc -###`;")
print("the swiftc columns include starting the driver (about 70 ms).\n")
print("| lesson | mlbook compile | swiftc -typecheck | swiftc -c | link (default ld) | link (lld) | overhead |")
print("|---|---:|---:|---:|---:|---:|---:|")
total = [0.0] * 5
for slug, m, tc, c, g, l in rows:
    print(f"| {slug} | {m:.2f} s | {tc:.2f} s | {c:.2f} s | {g:.3f} s | {l:.3f} s | {100 * (m - c) / m:.0f}% |")
    for i, v in enumerate((m, tc, c, g, l)):
        total[i] += v
m, tc, c, g, l = total
print(f"| **all** | {m:.2f} s | {tc:.2f} s | {c:.2f} s | {g:.3f} s | {l:.3f} s | {100 * (m - c) / m:.0f}% |")
