"""Shared plumbing of the numpy peers of benchmarks/run.sh.

A peer reads the input the harness wrote (raw little-endian int64 arrays and params.json in --data) and times
each of its variants in samples of --runs back-to-back runs. With --serve (how the harness runs it) it answers
commands on stdin, one JSON line each, so its samples are taken round-robin with the .NET ones under the same
machine load: "describe" -> {"peer", "variants": [{"name", "description", "digest"}]}, "sample" ->
{"samples_ns": [ns per run, one per variant]}, "quit". Without --serve it takes --samples samples and prints one
line {"peer", "variants": [{"name", "description", "samples_ns", "digest"}]} (for running it by hand).

The digest uses the harness's definitions (benchmarks/FundMath.Benchmarks/Harness/Digest.cs): totals and counts
as integers, and per output array the position-weighted checksum sum((i + 1) * x[i]) mod 2**64, so the harness
can check that every element agrees with FundMath's before it compares times.
"""
import argparse
import json
import os
import platform
import sys
import time

import numpy as np


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--samples", type=int, default=7)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--serve", action="store_true")
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


def sample(args, run):
    """One sample: --runs back-to-back runs; ns per run."""
    start = time.perf_counter_ns()
    for _ in range(args.runs):
        run()
    return (time.perf_counter_ns() - start) / args.runs


def run_peer(args, variants):
    """variants: list of (name, description, run, digest) where digest() summarises the last run.

    Each variant runs once (warm-up, and the run its digest describes); then either the --serve loop or --samples
    samples of each, printed as one JSON line.
    """
    peer = f"numpy {np.__version__}, Python {platform.python_version()} (single thread: numpy element-wise operations do not use threads)"
    described = []
    for name, description, run, digest in variants:
        run()
        described.append({"name": name, "description": description, "digest": {k: str(int(x) % 2**64) for k, x in digest().items()}})
    if args.serve:
        for line in sys.stdin:
            command = line.strip()
            if command == "describe":
                reply = {"peer": peer, "variants": described}
            elif command == "sample":
                reply = {"samples_ns": [sample(args, run) for _, _, run, _ in variants]}
            elif command == "quit":
                return
            else:
                reply = {"error": f"unknown command {command!r}"}
            print(json.dumps(reply), flush=True)
        return
    for d, (_, _, run, _) in zip(described, variants):
        d["samples_ns"] = [sample(args, run) for _ in range(args.samples)]
    print(json.dumps({"peer": peer, "variants": described}))
