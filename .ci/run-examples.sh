#!/usr/bin/env bash
# Runs every docs/examples/*.cs file-based app the way a user does outside the repository: each file is copied
# alone into a temporary folder and run with `dotnet run FILE.cs -- OUT_DIR`, its `#:package FundMath@…` lines
# restored from ARTIFACTS_DIR (the packages just packed; nuget.config maps FundMath* to that folder, everything
# else to the usual feed). Each one's standard output is compared with docs/examples/expected/<name>.txt, and the
# files the examples write must appear in OUT_DIR, never in the working folder or the repository.
# Usage: .ci/run-examples.sh [ARTIFACTS_DIR]   (default: artifacts; run `dotnet pack -c Release -o artifacts` first)
# FUNDMATH_UPDATE_EXPECTED=1 rewrites the expected files instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$(pwd)"
artifacts="$(cd "${1:-artifacts}" && pwd)"
expected_dir="$repo/docs/examples/expected"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

ls "$artifacts"/FundMath.0.*.nupkg >/dev/null 2>&1 || { echo "run-examples: no FundMath package in $artifacts (pack first)" >&2; exit 1; }

# A package of the same id and version restored earlier (an older build) would be used instead of this one.
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
for p in "$artifacts"/FundMath*.nupkg; do
  id="$(basename "$p" | sed -E 's/\.[0-9]+\.[0-9]+\.[0-9]+.*\.nupkg$//' | tr '[:upper:]' '[:lower:]')"
  rm -rf "${packages:?}/$id"
done

cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="fundmath-local" value="$artifacts" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="fundmath-local">
      <package pattern="FundMath" />
      <package pattern="FundMath.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML

run_one() { # name, path of the .cs file, files it must write into OUT_DIR...
  local name="$1" file="$2" dir="$work/$1" start
  shift 2
  mkdir -p "$dir/out"
  cp "$file" "$dir/"
  start=$SECONDS
  if ! (cd "$dir" && dotnet run "$name.cs" -- "$dir/out" >"$dir/stdout" 2>"$dir/stderr"); then
    echo "run-examples: $name FAILED to run:" >&2
    cat "$dir/stderr" "$dir/stdout" >&2
    failures=$((failures + 1))
    return
  fi
  sed -i 's/\r$//' "$dir/stdout"
  for written in "$@"; do
    [ -s "$dir/out/$written" ] || { echo "run-examples: $name did not write $written into its output folder" >&2; failures=$((failures + 1)); }
  done
  if [ "${FUNDMATH_UPDATE_EXPECTED:-}" = "1" ]; then
    cp "$dir/stdout" "$expected_dir/$name.txt"
    echo "run-examples: $name: expected output updated ($((SECONDS - start)) s)"
  elif diff -u "$expected_dir/$name.txt" "$dir/stdout"; then
    echo "run-examples: $name: ok ($((SECONDS - start)) s)"
  else
    echo "run-examples: $name: output differs from docs/examples/expected/$name.txt" >&2
    failures=$((failures + 1))
  fi
}

before="$(git -C "$repo" status --porcelain --untracked-files=all 2>/dev/null || true)"
for file in docs/examples/*.cs; do
  name="$(basename "$file" .cs)"
  case "$name" in
    budget-execution) run_one "$name" "$repo/$file" budget-execution.csv ;;
    region-chart) run_one "$name" "$repo/$file" region-chart.svg ;;
    *) run_one "$name" "$repo/$file" ;;
  esac
done

# CSV written by a real CSV writer reads back: the same number of fields on every line (RFC 4180 quoting).
csv="$work/budget-execution/out/budget-execution.csv"
if [ -s "$csv" ] && ! /usr/bin/python3 -c "
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))
assert len(rows) > 1 and len({len(r) for r in rows}) == 1, rows
assert rows[0][:3] == ['fund', 'line', 'budget_yuan'], rows[0]
" "$csv"; then
  echo "run-examples: budget-execution.csv does not read back as a rectangular CSV" >&2
  failures=$((failures + 1))
fi

# Nothing may be written into the repository.
after="$(git -C "$repo" status --porcelain --untracked-files=all 2>/dev/null || true)"
if [ "$before" != "$after" ]; then
  echo "run-examples: the examples changed files in the repository:" >&2
  diff <(echo "$before") <(echo "$after") >&2 || true
  failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
  echo "run-examples: $failures failure(s)" >&2
  exit 1
fi
echo "run-examples: all examples ok"
