#!/usr/bin/env python3
"""Reference values for MLMath's combinatorics, from Python's math, itertools and SymPy.

Writes Tests/MLMathTests/Fixtures/reference/combinatorics.json, which the Swift
tests (Tests/MLMathTests/CombinatoricsTests.swift) replay without Python.

Run from the package root:  python3 scripts/reference/combinatorics.py
(SymPy, for Stirling, Bell, subfactorial and Catalan numbers: pip install sympy.
Without it the script uses its own exact recurrences, which it otherwise checks
against SymPy.)

Layout:
- "exact": {function: [{"args": [ints or a list of ints], "value": "decimal digits"}]},
  for Combinatorics.factorial, permutations, combinations, combinationsWithReplacement,
  multinomial, stirling2, bell, derangements, catalan. Exact integers are strings,
  since they outgrow JSON numbers.
- "log": [{"op", "args", "value"}]: natural logs of exact counts (logFactorial,
  logPermutations, logCombinations, logMultinomial), rounded from 40-digit mpmath
  values; compare within 1e-13 relatively.
- "enumerators": [{"op", "pool" or "pools", "r"?, "items"}]: the whole output of
  itertools.permutations, combinations, combinations_with_replacement, product,
  the itertools "powerset" recipe and set partitions, in order.
"""
import itertools
import json
import math
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "combinatorics.json"

try:
    import sympy
    from sympy.functions.combinatorial.numbers import stirling as sympy_stirling
    from sympy.utilities.iterables import multiset_partitions
except ImportError:  # pragma: no cover - the fixture was written with SymPy
    sympy = None


# ---------------------------------------------------------------- exact counts
def stirling2(n, k):
    """S(n, k) by the recurrence S(n, k) = k S(n-1, k) + S(n-1, k-1)."""
    row = [1] + [0] * k
    for i in range(1, n + 1):
        for j in range(min(i, k), 0, -1):
            row[j] = j * row[j] + row[j - 1]
        row[0] = 0
    return row[k] if k <= n else 0


def bell(n):
    return sum(stirling2(n, k) for k in range(n + 1))


def derangements(n):
    """!n = n! Σ (-1)^i / i!, as an exact integer sum."""
    return sum((-1) ** i * math.factorial(n) // math.factorial(i) for i in range(n + 1))


def catalan(n):
    return math.comb(2 * n, n) // (n + 1)


def multinomial(counts):
    result = math.factorial(sum(counts))
    for k in counts:
        result //= math.factorial(k)
    return result


def comb_rep(n, k):
    if n == 0:
        return 1 if k == 0 else 0
    return math.comb(n + k - 1, k)


if sympy is not None:
    for n in range(0, 40):
        for k in range(0, n + 2):
            assert int(sympy_stirling(n, k)) == stirling2(n, k), (n, k)
        assert int(sympy.bell(n)) == bell(n), n
        assert int(sympy.subfactorial(n)) == derangements(n), n
        assert int(sympy.catalan(n)) == catalan(n), n
    for counts in [(1, 4, 4, 2), (2, 3), (3, 0, 2), (5,), (2, 2, 2, 2)]:
        table = sympy.ntheory.multinomial_coefficients(len(counts), sum(counts))
        assert table[tuple(counts)] == multinomial(counts)
    stirling2_ref = lambda n, k: int(sympy_stirling(n, k))  # noqa: E731
    bell_ref = lambda n: int(sympy.bell(n))  # noqa: E731
    derangements_ref = lambda n: int(sympy.subfactorial(n))  # noqa: E731
    catalan_ref = lambda n: int(sympy.catalan(n))  # noqa: E731
else:
    stirling2_ref, bell_ref, derangements_ref, catalan_ref = stirling2, bell, derangements, catalan

exact = {name: [] for name in [
    "factorial", "permutations", "combinations", "combinationsWithReplacement",
    "multinomial", "stirling2", "bell", "derangements", "catalan"]}


def put(name, args, value):
    exact[name].append({"args": args, "value": str(value)})


for n in list(range(0, 26)) + [30, 50, 100, 170, 171, 500, 1000]:
    put("factorial", [n], math.factorial(n))
for n, k in [(0, 0), (1, 0), (1, 1), (5, 2), (5, 5), (5, 6), (0, 3), (10, 3), (20, 20), (20, 19),
             (52, 5), (100, 50), (1000, 3), (300, 150), (2**40, 2), (2**62, 1)]:
    put("permutations", [n, k], math.perm(n, k))
for n, k in [(0, 0), (1, 0), (1, 1), (5, 2), (5, 5), (5, 6), (0, 3), (10, 3), (52, 5), (60, 30),
             (67, 33), (100, 50), (200, 100), (1000, 500), (1000, 999), (2**40, 2), (2**62, 1),
             (2**62, 3)]:
    put("combinations", [n, k], math.comb(n, k))
for n in range(0, 12):
    put("combinations", [n, n // 2], math.comb(n, n // 2))
for n, k in [(0, 0), (0, 2), (1, 5), (3, 2), (5, 3), (10, 10), (52, 5), (100, 50)]:
    put("combinationsWithReplacement", [n, k], comb_rep(n, k))
for counts in [[], [0], [5], [2, 3], [1, 4, 4, 2], [3, 0, 2], [2, 2, 2, 2], [10, 20, 30],
               [13, 13, 13, 13], [0, 0]]:
    put("multinomial", [counts], multinomial(counts))
for n in range(0, 13):
    for k in range(0, n + 2):
        put("stirling2", [n, k], stirling2_ref(n, k))
for n, k in [(20, 7), (30, 10), (50, 25), (100, 3)]:
    put("stirling2", [n, k], stirling2_ref(n, k))
for n in list(range(0, 31)) + [50, 100]:
    put("bell", [n], bell_ref(n))
for n in list(range(0, 31)) + [50, 100]:
    put("derangements", [n], derangements_ref(n))
for n in list(range(0, 31)) + [50, 100]:
    put("catalan", [n], catalan_ref(n))

# The acceptance values, spelled out.
assert math.comb(100, 50) == 100891344545564193334812497256
assert math.factorial(30) == 265252859812191058636308480000000
assert bell_ref(20) == 51724158235372

# ---------------------------------------------------------------- logarithms
try:
    import mpmath
    mpmath.mp.dps = 40

    def ln(x):
        return float(mpmath.log(mpmath.mpf(x)))
except ImportError:  # pragma: no cover
    def ln(x):
        return math.log(x)

logs = []
for n in [0, 1, 2, 10, 20, 100, 170, 171, 1000, 1001, 5000, 10**5]:
    logs.append({"op": "logFactorial", "args": [n], "value": ln(math.factorial(n))})
for n, k in [(0, 0), (10, 3), (100, 50), (1000, 500), (1000, 1), (1001, 1), (5000, 2500),
             (10**6, 1), (10**6, 3), (10**6, 20000), (30000, 15000)]:
    logs.append({"op": "logPermutations", "args": [n, k], "value": ln(math.perm(n, k))})
for n, k in [(0, 0), (10, 3), (100, 50), (1000, 500), (1000, 0), (1001, 1), (1001, 500),
             (5000, 2500), (10**6, 1), (10**6, 3), (10**6, 999999), (10**5, 50000), (40000, 15000)]:
    logs.append({"op": "logCombinations", "args": [n, k], "value": ln(math.comb(n, k))})
for counts in [[], [2, 3], [1, 4, 4, 2], [10, 20, 30], [300, 400, 500], [2000, 1, 1]]:
    logs.append({"op": "logMultinomial", "args": [counts], "value": ln(multinomial(counts))})

# ---------------------------------------------------------------- enumerators
enumerators = []


def listing(op, items, **inputs):
    enumerators.append({"op": op, **inputs, "items": [list(t) for t in items]})


for pool, r in [([0, 1, 2, 3], None), ([0, 1, 2, 3], 2), ([0, 1, 2, 3], 0), ([0, 1, 2], 4),
                ([], None), ([3, 1, 2, 1], 3), (["a", "b", "c"], 2), ([0, 1, 2, 3, 4], 3)]:
    listing("permutations", itertools.permutations(pool, r), pool=pool, r=r)
for pool, r in [(list(range(5)), r) for r in range(0, 7)] + [([], 0), ([], 1), (["a", "b", "c", "d"], 2),
                                                             ([2, 2, 1], 2)]:
    listing("combinations", itertools.combinations(pool, r), pool=pool, r=r)
for pool, r in [([0, 1, 2], r) for r in range(0, 4)] + [([], 0), ([], 2), (["a", "b"], 3), ([5], 3)]:
    listing("combinationsWithReplacement", itertools.combinations_with_replacement(pool, r), pool=pool, r=r)


def powerset(pool):
    return itertools.chain.from_iterable(itertools.combinations(pool, r) for r in range(len(pool) + 1))


for pool in [[], [7], [0, 1, 2], [0, 1, 2, 3, 4], ["x", "y", "z", "w"]]:
    listing("powerSet", powerset(pool), pool=pool)
for first, second in [([1, 2], [3, 4, 5]), ([1, 2, 3], []), ([], [1]), ([0], [0])]:
    listing("product2", itertools.product(first, second), pools=[first, second])
for pool, r in [([0, 1], 3), ([0, 1, 2], 2), ([0, 1, 2], 0), ([], 2), ([4], 3)]:
    listing("productRepeating", itertools.product(pool, repeat=r), pool=pool, r=r)
for pools in [[[1, 2], [3], [4, 5]], [], [[1, 2], [], [3]], [[0, 1, 2], [0, 1], [5, 6]]]:
    listing("productPools", itertools.product(*pools), pools=pools)


def set_partitions(pool, blocks=None):
    """Partitions in lexicographic order of restricted growth strings a (item i in block a[i])."""
    n = len(pool)

    def strings(prefix, largest):
        if len(prefix) == n:
            yield prefix
            return
        for label in range(0, largest + 2):
            yield from strings(prefix + [label], max(largest, label))

    if n == 0:
        if blocks in (None, 0):
            yield []
        return
    for a in strings([0], 0):
        count = max(a) + 1
        if blocks is not None and count != blocks:
            continue
        parts = [[] for _ in range(count)]
        for item, label in zip(pool, a):
            parts[label].append(item)
        yield parts


def canonical(partition):
    return frozenset(frozenset(block) for block in partition)


for n in range(0, 8):
    everything = list(set_partitions(list(range(n))))
    assert len(everything) == bell(n)
    assert len({canonical(p) for p in everything}) == bell(n)
    if sympy is not None and n > 0:
        assert {canonical(p) for p in multiset_partitions(list(range(n)))} == {canonical(p) for p in everything}

for pool, k in [([], None), ([], 0), ([], 1), ([1], None), ([1, 2, 3], None), ([0, 1, 2, 3], None),
                (["a", "b", "c", "d", "e"], None), ([0, 1, 2, 3, 4], 0), ([0, 1, 2, 3, 4], 1),
                ([0, 1, 2, 3, 4], 2), ([0, 1, 2, 3, 4], 3), ([0, 1, 2, 3, 4], 4), ([0, 1, 2, 3, 4], 5),
                ([0, 1, 2, 3, 4], 6), ([0, 1, 2, 3, 4, 5], 3)]:
    items = list(set_partitions(pool, k))
    assert len(items) == (bell(len(pool)) if k is None else stirling2(len(pool), k))
    enumerators.append({"op": "partitions", "pool": pool, "r": k, "items": items})

OUT.parent.mkdir(parents=True, exist_ok=True)
with open(OUT, "w") as f:
    json.dump({"exact": exact, "log": logs, "enumerators": enumerators}, f, indent=1)
    f.write("\n")
print(f"wrote {OUT.relative_to(ROOT)}: {sum(len(v) for v in exact.values())} exact values, "
      f"{len(logs)} logarithms, {len(enumerators)} enumerations")
