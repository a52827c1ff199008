"""How the reference scripts write a float into their JSON fixtures.

JSON has no NaN or infinity, so those are written as the strings "nan", "inf"
and "-inf" (and, where a fixture cares about the sign of zero, -0.0 as "-0");
the Swift tests decode them with `ReferenceNumber` (Tests/MLMathTests/ReferenceJSON.swift).
"""
import math


def number(x, signed_zero=False):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if signed_zero and x == 0 and math.copysign(1, x) < 0:
        return "-0"
    return x


def hexf(x):
    """x as an exact hexadecimal float (Python's float.hex), or "nan"/"inf"/"-inf"."""
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return float(x).hex()


def near(x, k=4):
    """x and its k neighbouring doubles on each side."""
    out = [x]
    up = down = x
    for _ in range(k):
        up, down = math.nextafter(up, math.inf), math.nextafter(down, -math.inf)
        out += [up, down]
    return out
