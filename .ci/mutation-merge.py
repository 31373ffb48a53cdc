#!/usr/bin/env python3
"""Merge a partial Stryker report (a re-run of some files of a folder) into an earlier report of the whole folder,
so the score describes the current code without re-testing files whose mutants cannot have changed.

usage: mutation-merge.py EARLIER.json PARTIAL.json OUT.json REPO_ROOT

A file in PARTIAL replaces the same file in EARLIER. A file only in EARLIER is kept only if its source (as recorded
in the report) is byte-for-byte the current file under REPO_ROOT: tests may have been added since (they can only
kill more, which the earlier report would not show), but a changed source file must be re-run, and this refuses
to merge otherwise. Stryker tests every mutant of a file against the tests that cover it, so a kept file's result
is the result it would get again with the tests it had then."""
import json
import os
import sys


def rel_core(path):
    path = path.replace("\\", "/")
    i = path.rfind("src/FundMath/")
    return path[i:] if i >= 0 else path


def main():
    earlier_path, partial_path, out_path, root = sys.argv[1:5]
    with open(earlier_path, encoding="utf-8") as f:
        earlier = json.load(f)
    with open(partial_path, encoding="utf-8") as f:
        partial = json.load(f)
    rerun = {rel_core(p): p for p, e in partial.get("files", {}).items()
             if any(m.get("status") != "Ignored" for m in e.get("mutants", []))}
    merged = dict(partial)
    files = dict(partial.get("files", {}))
    stale = []
    kept = 0
    for path, entry in earlier.get("files", {}).items():
        rel = rel_core(path)
        if rel in rerun or all(m.get("status") == "Ignored" for m in entry.get("mutants", [])):
            continue
        current = os.path.join(root, rel)
        try:
            with open(current, encoding="utf-8-sig") as f:
                text = f.read()
        except FileNotFoundError:
            stale.append(f"{rel} (no longer exists)")
            continue
        if text.replace("\r\n", "\n") != entry.get("source", "").replace("\r\n", "\n"):
            stale.append(rel)
            continue
        files = {k: v for k, v in files.items() if rel_core(k) != rel}
        files[path] = entry
        kept += 1
    if stale:
        sys.exit("mutation-merge: these files changed since the earlier report and were not re-run: "
                 + ", ".join(stale) + " (re-run them with --file, or the whole folder)")
    merged["files"] = files
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(merged, f)
    print(f"mutation-merge: {len(rerun)} file(s) re-run, {kept} kept from {earlier_path}")


if __name__ == "__main__":
    main()
