#!/usr/bin/env python3
"""Makes a fresh edit to a chapter before each benchmark run: every run sees
text (or code) that no earlier run has seen, so no cache can answer it.
usage: edit.py prose|code FILE"""
import os
import re
import sys

kind, path = sys.argv[1], sys.argv[2]
counter = path + ".edits"
n = int(open(counter).read()) + 1 if os.path.exists(counter) else 1
open(counter, "w").write(str(n))
text = open(path).read()
if kind == "prose":
    # The marker sentence "A steady step keeps the descent stable." gets a new word.
    text, count = re.subn(r"A \S+ step keeps", f"A steady{n} step keeps", text, count=1)
else:
    # The learning rate in one code block gets a new value: 0.05, 0.050001, …
    text, count = re.subn(r"rate = 0\.0[0-9]+", f"rate = {0.05 + n * 1e-6:.6f}", text, count=1)
if count != 1:
    sys.exit(f"edit.py: nothing to edit in {path}")
open(path, "w").write(text)
