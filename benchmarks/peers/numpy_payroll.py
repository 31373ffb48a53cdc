#!/usr/bin/env python3
"""numpy peer of the harness's payroll workload (benchmarks/FundMath.Benchmarks/Harness/Workloads/PayrollWorkload.cs).

Premium base = clip(wage, floor, cap); employer / maternity / individual = round(base * n / d) to the fen, halves
away from zero, computed exactly in int64 as (base * n + d // 2) // d (valid for non-negative products that fit in
int64, as these do); totals and floor/cap counts. Written the way a numpy user would write it fast: out= into
preallocated arrays, no Python loop. Run by benchmarks/run.sh; by hand:
/usr/bin/python3 benchmarks/peers/numpy_payroll.py --data DIR --samples 5   (DIR as written by the harness)
"""
import numpy as np

from peer_common import arguments, load, params, run_peer, weighted

args = arguments()
p = params(args)
wages = load(args, "wages.bin")
floor, cap = p["floor"], p["cap"]
rates = [tuple(p["employer"]), tuple(p["maternity"]), tuple(p["individual"])]
bases = np.empty_like(wages)
outputs = [np.empty_like(wages) for _ in rates]
result = {}


def run():
    np.clip(wages, floor, cap, out=bases)
    result["at_floor"] = np.count_nonzero(wages < floor)
    result["at_cap"] = np.count_nonzero(wages > cap)
    for (n, d), out in zip(rates, outputs):
        np.multiply(bases, n, out=out)
        np.add(out, d // 2, out=out)
        np.floor_divide(out, d, out=out)
    result["sum_bases"] = int(bases.sum())
    result["sum_employer"] = int(outputs[0].sum())
    result["sum_maternity"] = int(outputs[1].sum())
    result["sum_individual"] = int(outputs[2].sum())


def digest():
    d = dict(result)
    d["bases"] = weighted(bases)
    d["employer"] = weighted(outputs[0])
    d["individual"] = weighted(outputs[2])
    return d


run_peer(args, [("numpy int64", "np.clip, multiply, add, floor_divide with out=, sums", run, digest)])
