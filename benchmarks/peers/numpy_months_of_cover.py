#!/usr/bin/env python3
"""Peer baseline: months of cover (累计结余可支付月数) for 100,000 regions with numpy.

Mirrors FundMath's AnalysisBenchmarks.Cover_FundMath workload (benchmarks/FundMath.Benchmarks/AnalysisBenchmarks.cs):
balances 0 … 2×10^12 fen, payables up to a quarter of the balance, annual expenditure 1.2×10^10 … 2×10^11 fen,
months = (balance − payables) / (annual / 12), banded < 3 / 3–9 / > 9.

NOT exact: numpy computes in float64 (binary floating point), so the months are approximations and a region
exactly on a band edge (e.g. 9 months) can land on either side. FundMath keeps an exact fraction and decides the
band by cross-multiplication. The random inputs differ from .NET's Random(2021); the sizes and ranges match.

Run: /usr/bin/python3 benchmarks/peers/numpy_months_of_cover.py   (Debian: apt-get install python3-numpy)
"""
import time

import numpy as np

REGIONS = 100_000
REPEATS = 15

rng = np.random.default_rng(2021)
balance = rng.integers(0, 2_000_000_000_000, REGIONS, dtype=np.int64)
payables = (rng.random(REGIONS) * (balance // 4 + 1)).astype(np.int64)
annual = rng.integers(12_000_000_000, 200_000_000_000, REGIONS, dtype=np.int64)


def months_of_cover():
    months = (balance - payables).astype(np.float64) / (annual.astype(np.float64) / 12.0)
    warning = int(np.count_nonzero(months < 3.0))
    high = int(np.count_nonzero(months > 9.0))
    return months, warning, high


months_of_cover()  # warm-up
times = []
for _ in range(REPEATS):
    start = time.perf_counter()
    _, warning, high = months_of_cover()
    times.append(time.perf_counter() - start)
times.sort()
print(f"numpy {np.__version__}, {REGIONS:,} regions, {REPEATS} runs")
print(f"median {times[len(times) // 2] * 1000:.2f} ms, min {times[0] * 1000:.2f} ms  (warning {warning}, high {high})")
