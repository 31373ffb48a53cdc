#!/usr/bin/env python3
"""numpy peer of the harness's region workload (benchmarks/FundMath.Benchmarks/Harness/Workloads/RegionWorkload.cs).

Months of cover = (balance - payables) / (annual / window), banded < warning_below / between / > high_above (code 3
without expenditure) and "reasonable" within [reasonable_from, reasonable_to]; budget execution = executed / budgeted
against the edges lower = 19/20 and upper = 21/20 (100% +- 5pp): 1 over, 2 under, 0 within, 3 no budget; counts.

Two variants: float64 (the usual numpy code: quotients in binary floating point, NOT exact - a row exactly on a band
edge can fall either side), and int64 cross-multiplication (exact only while the products fit in 64 bits, as these
magnitudes do). Run by benchmarks/run.sh.
"""
import numpy as np

from peer_common import arguments, load, params, run_peer, weighted

args = arguments()
p = params(args)
budgeted, executed = load(args, "budgeted.bin"), load(args, "executed.bin")
balances, payables, annual = load(args, "balances.bin"), load(args, "payables.bin"), load(args, "annual.bin")
window = p["window"]
lo_n, lo_d = p["lower"]
up_n, up_d = p["upper"]
n = len(balances)
results = {}


def counts(band, reasonable, outcome):
    b = np.bincount(band, minlength=4)
    o = np.bincount(outcome, minlength=4)
    return {"warning": b[0], "middle": b[1], "high": b[2], "no_expenditure": b[3], "reasonable": int(np.count_nonzero(reasonable)),
            "within": o[0], "over": o[1], "under": o[2], "no_budget": o[3]}


def float64():
    has = annual > 0
    months = np.divide((balances - payables).astype(np.float64), annual.astype(np.float64) / window, out=np.zeros(n), where=has)
    band = np.where(~has, 3, np.where(months < p["warning_below"], 0, np.where(months > p["high_above"], 2, 1)))
    reasonable = has & (months >= p["reasonable_from"]) & (months <= p["reasonable_to"])
    has_budget = budgeted > 0
    rate = np.divide(executed.astype(np.float64), budgeted.astype(np.float64), out=np.zeros(n), where=has_budget)
    outcome = np.where(~has_budget, 3, np.where(rate > up_n / up_d, 1, np.where(rate < lo_n / lo_d, 2, 0)))
    results["float64"] = (band, reasonable, outcome, counts(band, reasonable, outcome))


def int64():
    has = annual > 0
    a = (balances - payables) * window
    band = np.where(~has, 3, np.where(a < p["warning_below"] * annual, 0, np.where(a > p["high_above"] * annual, 2, 1)))
    reasonable = has & (a >= p["reasonable_from"] * annual) & (a <= p["reasonable_to"] * annual)
    has_budget = budgeted > 0
    e = executed * up_d
    outcome = np.where(~has_budget, 3, np.where(e > up_n * budgeted, 1, np.where(executed * lo_d < lo_n * budgeted, 2, 0)))
    results["int64"] = (band, reasonable, outcome, counts(band, reasonable, outcome))


def digest(key):
    band, reasonable, outcome, c = results[key]
    d = dict(c)
    d["band"] = weighted(band.astype(np.int64))
    d["reasonable_rows"] = weighted(reasonable.astype(np.int64))
    d["outcome"] = weighted(outcome.astype(np.int64))
    return d


run_peer(args, [
    ("numpy float64", "quotients in float64, compared with the thresholds", float64, lambda: digest("float64")),
    ("numpy int64", "exact int64 cross-multiplication (these magnitudes fit)", int64, lambda: digest("int64")),
])
