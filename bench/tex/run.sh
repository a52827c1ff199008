#!/bin/sh
# Measures TeX rendering throughput over the whole formula corpus and writes
# bench/tex/results.md. Builds an optimized executable from Sources/TeX plus
# bench/tex/main.swift with swiftc directly (the package has no bench target).
set -eu
cd "$(dirname "$0")/../.."
out="${TMPDIR:-/tmp}/tex-bench"
flock /tmp/mlbook-swift-build.lock swiftc -O -wmo Sources/TeX/*.swift bench/tex/main.swift -o "$out"
corpus="Tests/TeXTests/Fixtures/corpus/course.txt Tests/TeXTests/Fixtures/corpus/wiki.txt"
result=$("$out" bench $corpus)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
{
  echo "# TeX benchmark"
  echo
  echo "Formulas per second over the whole corpus ($(grep -hc '^[DI] ' $corpus | paste -sd+ | bc) formulas,"
  echo "inline and display as listed), single thread, \`swiftc -O -wmo\`."
  echo
  echo "- Date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- Machine: $(nproc) cores, ${cpu:-unknown CPU} (shared with other builds)"
  echo "- Swift: $(swiftc --version 2>&1 | head -n 1)"
  echo
  echo '```'
  echo "$result"
  echo '```'
} > bench/tex/results.md
cat bench/tex/results.md
