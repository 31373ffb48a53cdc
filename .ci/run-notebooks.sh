#!/usr/bin/env bash
# Executes every docs/notebooks/*.ipynb in a real .NET Interactive (C#) Jupyter kernel against the packages just
# packed into ARTIFACTS_DIR, and fails on any cell error. Installs what it needs, nothing assumed on the machine:
#   - Debian's jupyter-nbconvert, jupyter-client and python3-ipykernel (apt-get, when missing; CI runs as root);
#   - the Microsoft.dotnet-interactive tool at the version pinned in .config/dotnet-tools.json (dotnet tool restore),
#     registered as a Jupyter kernel with `dotnet-interactive jupyter install`.
# The notebook references FundMath as an analyst does (`#r "nuget: FundMath, 0.1.0"`, public feed); the run copy
# gets one extra first cell `#i "nuget: ARTIFACTS_DIR"` so the packages come from this build (any cached FundMath*
# package of the same version is removed first). Then the standard output of the cells is compared with
# docs/examples/expected/notebook-<name>.txt, and the executed notebook must show at least one HTML table and one
# inline SVG chart. The executed copies are kept in ARTIFACTS_DIR/notebooks/.
# Usage: .ci/run-notebooks.sh [ARTIFACTS_DIR]   (default: artifacts; run `dotnet pack -c Release -o artifacts` first)
# FUNDMATH_UPDATE_EXPECTED=1 rewrites the expected output instead of comparing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$(pwd)"
artifacts="$(cd "${1:-artifacts}" && pwd)"
PY=/usr/bin/python3

ls "$artifacts"/FundMath.0.*.nupkg >/dev/null 2>&1 || { echo "run-notebooks: no FundMath package in $artifacts (pack first)" >&2; exit 1; }

start=$SECONDS
if ! [ -x /usr/bin/jupyter-nbconvert ] || ! "$PY" -c "import ipykernel, jupyter_client, nbformat" 2>/dev/null; then
  echo "run-notebooks: installing jupyter-nbconvert, jupyter-client, python3-ipykernel (Debian)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq jupyter-nbconvert jupyter-client python3-ipykernel >/dev/null
fi
echo "run-notebooks: jupyter ready ($((SECONDS - start)) s)"

start=$SECONDS
dotnet tool restore >/dev/null
# Registers the .NET kernels (.net-csharp, .net-fsharp, …) for this user; idempotent.
dotnet tool run dotnet-interactive jupyter install >/dev/null
kernels="$(/usr/bin/jupyter kernelspec list)"
grep -q '\.net-csharp' <<<"$kernels" || { echo "run-notebooks: the .net-csharp kernel is not registered:" >&2; echo "$kernels" >&2; exit 1; }
echo "run-notebooks: dotnet-interactive $(dotnet tool run dotnet-interactive -- --version 2>/dev/null | head -1) ready ($((SECONDS - start)) s)"

# A package of the same id and version restored earlier (an older build) would be used instead of this one.
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
for p in "$artifacts"/FundMath*.nupkg; do
  id="$(basename "$p" | sed -E 's/\.[0-9]+\.[0-9]+\.[0-9]+.*\.nupkg$//' | tr '[:upper:]' '[:lower:]')"
  rm -rf "${packages:?}/$id"
done

run_dir="$repo/artifacts/notebook-run"   # under the repository, so `dotnet interactive` finds the tool manifest
rm -rf "$run_dir"
mkdir -p "$run_dir" "$artifacts/notebooks"
failures=0
for notebook in docs/notebooks/*.ipynb; do
  name="$(basename "$notebook" .ipynb)"
  copy="$run_dir/$name.ipynb"
  "$PY" - "$notebook" "$copy" "$artifacts" <<'PY'
import json, sys
source, target, feed = sys.argv[1:4]
nb = json.load(open(source, encoding="utf-8"))
feed_cell = {"cell_type": "code", "execution_count": None, "id": "ci-local-feed",
             "metadata": {"dotnet_interactive": {"language": "csharp"}, "polyglot_notebook": {"kernelName": "csharp"}},
             "outputs": [], "source": [f'#i "nuget: {feed}"']}
nb["cells"].insert(0, feed_cell)
json.dump(nb, open(target, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
  start=$SECONDS
  if ! (cd "$run_dir" && /usr/bin/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=900 \
        --ExecutePreprocessor.kernel_name=.net-csharp --output "$name.executed.ipynb" "$copy" >"$run_dir/$name.log" 2>&1); then
    echo "run-notebooks: $name: a cell failed ($((SECONDS - start)) s):" >&2
    tail -40 "$run_dir/$name.log" >&2
    failures=$((failures + 1))
    continue
  fi
  executed="$run_dir/$name.executed.ipynb"
  cp "$executed" "$artifacts/notebooks/"
  if ! "$PY" - "$executed" "$run_dir/$name.out" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
stdout, problems, tables, charts = [], [], 0, 0
for i, cell in enumerate(nb["cells"]):
    for out in cell.get("outputs", []):
        kind = out.get("output_type")
        if kind == "error":
            problems.append(f"cell {i}: {out.get('ename')}: {out.get('evalue')}")
        elif kind == "stream" and out.get("name") == "stderr":
            # The kernel's own assembly-unification notes (CS1701/CS1702: its Microsoft.AspNetCore.Html.Abstractions
            # reference is satisfied by the framework's newer one) are not the notebook's output.
            text = [l for l in "".join(out.get("text", "")).splitlines()
                    if l.strip() and not ("warning CS1701" in l or "warning CS1702" in l)]
            if text:
                problems.append(f"cell {i} wrote to stderr: {' / '.join(text)[:300]}")
        elif kind == "stream":
            stdout.append("".join(out.get("text", "")))
        elif kind in ("display_data", "execute_result"):
            html = "".join(out.get("data", {}).get("text/html", ""))
            tables += "<table" in html
            charts += "<svg" in html
if tables == 0:
    problems.append("no cell displayed a table (text/html <table>)")
if charts == 0:
    problems.append("no cell displayed a chart (an inline <svg>)")
open(sys.argv[2], "w", encoding="utf-8").write("".join(stdout).replace("\r\n", "\n"))
for p in problems:
    print("run-notebooks: " + p, file=sys.stderr)
print(f"run-notebooks: {tables} tables, {charts} charts")
sys.exit(1 if problems else 0)
PY
  then
    failures=$((failures + 1))
    continue
  fi
  expected="docs/examples/expected/notebook-$name.txt"
  if [ "${FUNDMATH_UPDATE_EXPECTED:-}" = "1" ]; then
    cp "$run_dir/$name.out" "$expected"
    echo "run-notebooks: $name: expected output updated ($((SECONDS - start)) s)"
  elif diff -u "$expected" "$run_dir/$name.out"; then
    echo "run-notebooks: $name: ok in a real kernel ($((SECONDS - start)) s)"
  else
    echo "run-notebooks: $name: output differs from $expected" >&2
    failures=$((failures + 1))
  fi
done

if [ "$failures" -gt 0 ]; then
  echo "run-notebooks: $failures failure(s)" >&2
  exit 1
fi
echo "run-notebooks: all notebooks ok"
