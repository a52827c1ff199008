#!/usr/bin/env python3
"""Writes a Markdown file of about SIZE bytes without code: headings, paragraphs
with emphasis, links and code spans, lists and tables.  usage: make_markdown.py OUT SIZE"""
import random
import sys

out, size = sys.argv[1], int(sys.argv[2])
random.seed(1)
words = ("the gradient of a loss function points uphill so we step against it with a learning rate "
         "and repeat until the change is small while the validation error tells us when to stop").split()
parts, total, i = [], 0, 0
while total < size:
    i += 1
    if i % 20 == 0:
        block = f"## Section {i}\n\n"
    elif i % 7 == 0:
        block = "- " + " ".join(random.choice(words) for _ in range(12)) + "\n- an item with `code` and **bold**\n\n"
    elif i % 11 == 0:
        block = "| a | b |\n|---|---|\n| 1 | 2 |\n| x | y |\n\n"
    else:
        block = " ".join(random.choice(words) for _ in range(60)) + " with *emphasis* and a [link](https://example.com).\n\n"
    parts.append(block)
    total += len(block)
open(out, "w").write("".join(parts))
