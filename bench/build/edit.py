#!/usr/bin/env python3
"""Toggles one edit in a chapter file, so every benchmark run sees a change.
usage: edit.py prose|code FILE"""
import sys

kind, path = sys.argv[1], sys.argv[2]
text = open(path).read()
pairs = {"prose": ("steady step", "gentle step"), "code": ("rate = 0.05", "rate = 0.06")}
a, b = pairs[kind]
text = text.replace(a, b, 1) if a in text else text.replace(b, a, 1)
open(path, "w").write(text)
