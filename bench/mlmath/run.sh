#!/usr/bin/env bash
# MLMath vs NumPy/SciPy benchmark: builds MLMath (release), compiles the Swift side
# with `swiftc -O` against it, times both sides in this one run, and writes
# bench/mlmath/results.md.
#
#   bench/mlmath/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
lock=/tmp/mlbook-swift-build.lock  # the lock every build on this machine takes
build=$root/.build/release
out=$root/.build/mlmath-bench
mkdir -p "$out"

flock "$lock" swift build -c release --product MLMathRuntime >&2
flock "$lock" swiftc -O -swift-version 6 \
  -I "$build/Modules" -I "$root/Sources/CLAPACK" -I "$root/Sources/CVectorMath/include" -L "$build" -lMLMathRuntime \
  -Xlinker -rpath -Xlinker "$build" \
  bench/mlmath/Benchmark.swift -o "$out/benchmark"

# The timed runs also hold the build lock: on this shared 2-core machine a
# concurrent compile would otherwise skew whichever side it overlaps.
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
echo "running MLMath side…" >&2
flock "$lock" "$out/benchmark" >"$out/swift.json"
echo "running NumPy side…" >&2
MLBOOK_OUTER_CORETYPE="${OPENBLAS_CORETYPE:-unset}" MLBOOK_OUTER_L2_SIZE="${OPENBLAS_L2_SIZE:-unset}" \
  flock "$lock" env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE \
  python3 bench/mlmath/numpy_bench.py "$out/swift.json" bench/mlmath/results.md
