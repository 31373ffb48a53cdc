"""Shared plumbing of the numpy peers of benchmarks/run.sh.

A peer reads the input the harness wrote (raw little-endian int64 arrays and params.json in --data), times each
of its variants (--samples samples of --runs back-to-back runs; the harness reports the median), and prints one
JSON line: {"peer": ..., "variants": [{"name", "description", "samples_ns", "digest"}]}. The digest uses the
harness's definitions (benchmarks/FundMath.Benchmarks/Harness/Digest.cs): totals and counts as integers, and per
output array the position-weighted checksum sum((i + 1) * x[i]) mod 2**64, so the harness can check that every
element agrees with FundMath's before it compares times.
"""
import argparse
import json
import os
import platform
import time

import numpy as np


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--samples", type=int, default=7)
    parser.add_argument("--runs", type=int, default=1)
    return parser.parse_args()


def load(args, name):
    return np.fromfile(os.path.join(args.data, name), dtype="<i8")


def params(args):
    with open(os.path.join(args.data, "params.json"), encoding="utf-8") as f:
        return json.load(f)


def weighted(values):
    """sum((i + 1) * x[i]) mod 2**64, as the harness computes it (uint64 arithmetic wraps)."""
    index = np.arange(1, len(values) + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        return int(np.sum(index * values.astype(np.uint64), dtype=np.uint64))


def time_variant(args, run):
    """Runs once (warm-up), then --samples samples of --runs runs; returns ns per run for each sample."""
    run()
    samples = []
    for _ in range(args.samples):
        start = time.perf_counter_ns()
        for _ in range(args.runs):
            run()
        samples.append((time.perf_counter_ns() - start) / args.runs)
    return samples


def emit(variants):
    peer = f"numpy {np.__version__}, Python {platform.python_version()} (single thread: numpy element-wise operations do not use threads)"
    for v in variants:
        v["digest"] = {k: str(int(x) % 2**64) for k, x in v["digest"].items()}
    print(json.dumps({"peer": peer, "variants": variants}))
