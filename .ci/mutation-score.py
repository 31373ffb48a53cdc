#!/usr/bin/env python3
"""Score table for .ci/mutation.sh: reads <out>/<Folder>/reports/mutation-report.json (Stryker's mutation
testing elements schema) and prints a Markdown table per folder and per file, then the surviving mutants.

Mutants listed in the equivalents file (tab-separated: file relative to src/FundMath, mutator name, a snippet
of the original source, the replacement, the reason) are shown as "equivalent" and left out of the score. The
snippet matches when it occurs in the mutant's first line, or, whitespace-collapsed, anywhere in the source the
mutant spans (so a statement written over several lines can be listed by any part of it). The replacement is
compared whitespace-collapsed too: Stryker's replacement of a multi-line expression holds line breaks, which a
tab-separated row writes as single spaces.

usage: mutation-score.py OUT EQUIVALENTS.tsv BREAK_BELOW FOLDER...
exit 1 when a folder with mutants scores below BREAK_BELOW (0 = never)."""
import json
import os
import sys

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}


def load_equivalents(path):
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 5:
                sys.exit(f"{path}:{n}: expected 5 tab-separated columns (file, mutator, source snippet, replacement, reason)")
            rows.append(tuple(cols[:5]))
    return rows


def collapse(text):
    return " ".join(text.split())


def rel_core(path):
    path = path.replace("\\", "/")
    marker = "src/FundMath/"
    i = path.rfind(marker)
    return path[i + len(marker):] if i >= 0 else path


def main():
    out, eq_path, break_below = sys.argv[1], sys.argv[2], float(sys.argv[3])
    folders = sys.argv[4:]
    equivalents = load_equivalents(eq_path)
    used = set()
    rows, survivors, below = [], [], []
    for folder in folders:
        report = os.path.join(out, folder, "reports", "mutation-report.json")
        if not os.path.exists(report):
            rows.append((folder, None))
            continue
        with open(report, encoding="utf-8") as f:
            data = json.load(f)
        total = {"detected": 0, "undetected": 0, "equivalent": 0, "other": 0}
        per_file = []
        for path, entry in sorted(data.get("files", {}).items()):
            rel = rel_core(path)
            lines = entry.get("source", "").split("\n")
            counts = {"detected": 0, "undetected": 0, "equivalent": 0, "other": 0}
            for m in entry.get("mutants", []):
                status = m.get("status")
                line_no = m["location"]["start"]["line"]
                src_line = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
                end_no = m["location"].get("end", {}).get("line", line_no)
                span = collapse("\n".join(lines[max(line_no - 1, 0):max(end_no, line_no)]))
                if status in UNDETECTED:
                    match = next((i for i, (f_, mut, snip, repl, _) in enumerate(equivalents)
                                  if f_ == rel and mut == m.get("mutatorName")
                                  and (snip in src_line or collapse(snip) in span)
                                  and collapse(repl) == collapse(m.get("replacement", ""))), None)
                    if match is not None:
                        used.add(match)
                        counts["equivalent"] += 1
                        continue
                    counts["undetected"] += 1
                    survivors.append((rel, line_no, status, m.get("mutatorName"), m.get("replacement", ""), src_line.strip()))
                elif status in DETECTED:
                    counts["detected"] += 1
                else:
                    counts["other"] += 1  # compile errors, ignored: not counted by Stryker either
            for k in total:
                total[k] += counts[k]
            per_file.append((rel, counts))
        rows.append((folder, (total, per_file)))

    def pct(c):
        n = c["detected"] + c["undetected"]
        return 100.0 * c["detected"] / n if n else None

    print("| folder | score | detected | survived | equivalent |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for folder, value in rows:
        if value is None:
            print(f"| {folder} | no report | | | |")
            continue
        total, _ = value
        s = pct(total)
        print(f"| {folder} | {'n/a' if s is None else f'{s:.1f} %'} | {total['detected']} | {total['undetected']} | {total['equivalent']} |")
        if s is not None and break_below > 0 and s < break_below:
            below.append(f"{folder} {s:.1f} %")
    print()
    print("| file | score | detected | survived | equivalent |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for folder, value in rows:
        if value is None:
            continue
        for rel, c in value[1]:
            s = pct(c)
            if s is None and c["equivalent"] == 0:
                continue
            print(f"| {rel} | {'n/a' if s is None else f'{s:.1f} %'} | {c['detected']} | {c['undetected']} | {c['equivalent']} |")
    if survivors:
        print()
        print("Surviving mutants (file:line status mutator → replacement | original line):")
        for rel, line_no, status, mut, repl, src in survivors:
            print(f"  {rel}:{line_no} {status} {mut} → {repl[:80]!s} | {src[:100]}")
    unused = [equivalents[i] for i in range(len(equivalents)) if i not in used
              and any(equivalents[i][0].split('/')[0] == f for f in folders)]
    if unused:
        print()
        print("Equivalent-mutant entries that matched nothing in this run (stale? update .ci/mutation-equivalents.tsv):")
        for f_, mut, snip, repl, reason in unused:
            print(f"  {f_} {mut} '{snip}' → '{repl}'")
    if below:
        print()
        print(f"Below {break_below:g} %: " + ", ".join(below))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
