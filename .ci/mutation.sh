#!/usr/bin/env bash
# Mutation testing of the core library (src/FundMath) with Stryker.NET, the local tool pinned in
# .config/dotnet-tools.json. One Stryker run per core folder (src/FundMath/<Folder>): only that folder's files
# are mutated and, by default, only that area's tests (namespace FundMath.Tests.<Folder>) run against them,
# so a mutant counts as killed only when the tests written for the area notice it.
#
#   .ci/mutation.sh                       every core folder, one after the other (hours on 2 cores)
#   .ci/mutation.sh Values Analysis       the named folders
#   .ci/mutation.sh --since main          only the core files changed since the merge-base with main
#                                         (what .ci/run does); exits 0 with a note when none changed
#   .ci/mutation.sh --all-tests Time      count kills by the whole FundMath.Tests project, not only the area's
#   .ci/mutation.sh --break-below 85 …    exit 1 when a folder's score is below 85 %
#   .ci/mutation.sh --dry-run …           print what would be mutated with which tests, run nothing
#   .ci/mutation.sh --file Policies/A.cs --merge-with artifacts/mutation-earlier
#                                         re-run only the named files (relative to src/FundMath, repeatable) and
#                                         merge the result into the earlier whole-folder report in that directory
#                                         (.ci/mutation-merge.py: refuses when any other file of the folder changed
#                                         since), so a folder is re-scored after new tests without re-testing files
#                                         whose survivors were not touched
#
# Settings chosen to finish on a shared 2-core machine: concurrency 1 (MUTATION_CONCURRENCY to change),
# per-test coverage analysis (a mutant runs only the tests that reach it), 8,000 ms + 1.5 × normal test time
# before a mutant counts as a timeout (MUTATION_TIMEOUT_MS), FsCheck properties at 300 cases
# (FUNDMATH_PROPERTY_CASES to change). The timeout is generous on purpose: a timeout counts as detected, and
# with 1,000 ms a loaded machine timed out ordinary mutants (97 of Cohorts' 401, 19 of them string mutants that
# cannot loop), which inflates the score; a mutant that really loops still ends after 8 s.
#
# Output: artifacts/mutation/<Folder>/reports/mutation-report.{json,html}, and a score table
# (artifacts/mutation/scores.md) printed at the end. Score = detected / (detected + survived + no coverage),
# detected = killed + timeout. Mutants that cannot change behaviour are listed with the reason in
# .ci/mutation-equivalents.tsv and docs/testing.md; they are not counted (shown as "equivalent").
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export FUNDMATH_PROPERTY_CASES="${FUNDMATH_PROPERTY_CASES:-300}"
# vstest gives up on a test host that has not connected within 90 s; on a loaded 2-core machine that happens.
export VSTEST_CONNECTION_TIMEOUT="${VSTEST_CONNECTION_TIMEOUT:-900}"

PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

CONCURRENCY="${MUTATION_CONCURRENCY:-1}"
TIMEOUT_MS="${MUTATION_TIMEOUT_MS:-8000}"
OUT="${MUTATION_OUTPUT:-$ROOT/artifacts/mutation}"
since=""
only_files=()
merge_with=""
all_tests=0
break_below=""
dry_run=0
folders=()

while [ $# -gt 0 ]; do
  case "$1" in
    --since) since="${2:?--since needs a git ref}"; shift 2 ;;
    --since=*) since="${1#--since=}"; shift ;;
    --file) only_files+=("${2:?--file needs a path relative to src/FundMath}"); shift 2 ;;
    --merge-with) merge_with="${2:?--merge-with needs the directory of an earlier run}"; shift 2 ;;
    --all-tests) all_tests=1; shift ;;
    --break-below) break_below="${2:?--break-below needs a percentage}"; shift 2 ;;
    --concurrency) CONCURRENCY="${2:?}"; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    -*) echo "mutation.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    *) folders+=("$1"); shift ;;
  esac
done

core_folders() {
  find src/FundMath -mindepth 1 -maxdepth 1 -type d ! -name bin ! -name obj -printf '%f\n' | sort
}

# files_by_folder[Folder]="path1 path2" (paths relative to src/FundMath) in --since mode.
declare -A files_by_folder=()
if [ -n "$since" ]; then
  if ! git rev-parse --verify --quiet "$since^{commit}" >/dev/null; then
    echo "mutation.sh: no such git ref '$since'; nothing mutated." >&2
    exit 2
  fi
  base=$(git merge-base HEAD "$since")
  changed=$(git diff --name-only --diff-filter=AMR "$base" -- 'src/FundMath/*.cs' | grep -v -E '/(bin|obj)/' || true)
  # Uncommitted edits count as well (running locally before a commit).
  changed=$(printf '%s\n%s\n' "$changed" "$(git diff --name-only --diff-filter=AMR HEAD -- 'src/FundMath/*.cs' || true)" \
    | grep -E '^src/FundMath/[^/]+/.+\.cs$' | sort -u || true)
  if [ -z "$changed" ]; then
    echo "mutation.sh: no core file (src/FundMath/<Folder>/*.cs) changed since $(git rev-parse --short "$base") ($since); nothing to mutate."
    exit 0
  fi
  while IFS= read -r f; do
    [ -f "$f" ] || continue
    rel=${f#src/FundMath/}
    folder=${rel%%/*}
    files_by_folder[$folder]="${files_by_folder[$folder]:-} $rel"
  done <<<"$changed"
  mapfile -t folders < <(printf '%s\n' "${!files_by_folder[@]}" | sort)
  echo "mutation.sh: core files changed since $(git rev-parse --short "$base") ($since):"
  printf '  %s\n' $changed
fi

if [ "${#only_files[@]}" -gt 0 ]; then
  if [ -n "$since" ] || [ "${#folders[@]}" -gt 0 ]; then
    echo "mutation.sh: --file names the files itself; don't combine it with --since or folder names." >&2
    exit 2
  fi
  for rel in "${only_files[@]}"; do
    rel=${rel#src/FundMath/}
    if [ ! -f "src/FundMath/$rel" ] || [[ "$rel" != */* ]]; then
      echo "mutation.sh: --file $rel: no such file src/FundMath/<Folder>/…" >&2
      exit 2
    fi
    folder=${rel%%/*}
    files_by_folder[$folder]="${files_by_folder[$folder]:-} $rel"
  done
  mapfile -t folders < <(printf '%s\n' "${!files_by_folder[@]}" | sort)
fi
if [ -n "$merge_with" ] && [ "$(realpath -m "$merge_with")" = "$(realpath -m "$OUT")" ]; then
  echo "mutation.sh: --merge-with $merge_with is the output directory itself; write the re-run elsewhere (MUTATION_OUTPUT)." >&2
  exit 2
fi
if [ -n "$merge_with" ] && [ "${#only_files[@]}" -eq 0 ]; then
  echo "mutation.sh: --merge-with merges a re-run of some files (--file) into an earlier report." >&2
  exit 2
fi

if [ "${#folders[@]}" -eq 0 ]; then
  mapfile -t folders < <(core_folders)
fi
for folder in "${folders[@]}"; do
  if [ ! -d "src/FundMath/$folder" ]; then
    echo "mutation.sh: no core folder src/FundMath/$folder (folders: $(core_folders | tr '\n' ' '))" >&2
    exit 2
  fi
done

if [ "$dry_run" -eq 0 ]; then
  dotnet tool restore >/dev/null
  dotnet restore tests/FundMath.Tests >/dev/null
fi
mkdir -p "$OUT"

# Allocation tests are left out of every run: they assert bytes, not values, and under Stryker's mutant switching
# they fail even for mutants that change nothing. In Values' run on a1cf5d8, 396 of 1,743 kills were credited to allocation tests alone,
# including mutants that change nothing (BlockScan's `v < min ? v : min` → `v <= min`, "killed" by a Money
# parse/format allocation test that never reaches BlockScan). Every such test has "allocat" in its class or method
# name (Allocations.AssertZero/Measure are called only from those); the values they compute are asserted by the
# area tests that remain. They also made coverage capture quadratic: Values' batch gate drives every batch path over
# 5,000 rows, and each mutant check records its id in a list (List<int>.Contains per check).
alloc_filter="FullyQualifiedName!~Allocat&FullyQualifiedName!~allocat"

run_folder() {
  local folder="$1" out="$OUT/$1" mutate_json filter config
  rm -rf "$out"
  mkdir -p "$out"
  if [ -n "${files_by_folder[$folder]:-}" ]; then
    mutate_json=$(for rel in ${files_by_folder[$folder]}; do printf '"**/%s",' "$rel"; done)
    mutate_json="[${mutate_json%,}]"
  else
    mutate_json="[\"**/$folder/**/*.cs\"]"
  fi
  if [ "$all_tests" -eq 1 ] || [ ! -d "tests/FundMath.Tests/$folder" ]; then
    filter="$alloc_filter"
  else
    filter="FullyQualifiedName~FundMath.Tests.$folder.&$alloc_filter"
  fi
  config="$out/stryker-config.json"
  cat >"$config" <<JSON
{
  "stryker-config": {
    "project": "FundMath.csproj",
    "test-projects": ["$ROOT/tests/FundMath.Tests/FundMath.Tests.csproj"],
    "configuration": "Release",
    "mutate": $mutate_json,
    "test-case-filter": "$filter",
    "concurrency": $CONCURRENCY,
    "additional-timeout": $TIMEOUT_MS,
    "coverage-analysis": "perTest",
    "mutation-level": "Standard",
    "reporters": ["json", "html", "progress"],
    "thresholds": { "high": 85, "low": 70, "break": 0 }
  }
}
JSON
  echo
  echo "=== mutation: $folder (mutate ${mutate_json}; tests ${filter:-all of FundMath.Tests}) $(date -u +%H:%M:%S) ==="
  if [ "$dry_run" -eq 1 ]; then
    return 0
  fi
  local start=$SECONDS attempt
  # Stryker writes its report under <output>/reports. Its project analysis (Buildalyzer) fails now and then
  # with "Could not find build environment" on a loaded machine; one retry is enough in practice.
  for attempt in 1 2; do
    (cd tests/FundMath.Tests && dotnet stryker --config-file "$config" --output "$out" ${MUTATION_STRYKER_ARGS:-} >"$out/stryker.log" 2>&1) || true
    grep -E 'mutants (created|tested)|Number of tests found|mutation score|ERR' "$out/stryker.log" | cut -c1-200 | tail -n 12 || true
    if [ -f "$out/reports/mutation-report.json" ] || ! grep -q 'Could not find build environment' "$out/stryker.log"; then
      break
    fi
    echo "mutation.sh: Stryker's project analysis failed (Could not find build environment); retrying once."
  done
  if [ ! -f "$out/reports/mutation-report.json" ]; then
    echo "mutation.sh: Stryker produced no report for $folder (see $out/stryker.log)" >&2
    return 1
  fi
  if [ -n "$merge_with" ]; then
    local earlier="$merge_with/$folder/reports/mutation-report.json"
    if [ ! -f "$earlier" ]; then
      echo "mutation.sh: --merge-with: no earlier report $earlier" >&2
      return 1
    fi
    mv "$out/reports/mutation-report.json" "$out/reports/mutation-report.partial.json"
    "$PY" .ci/mutation-merge.py "$earlier" "$out/reports/mutation-report.partial.json" "$out/reports/mutation-report.json" "$ROOT" || return 1
  fi
  echo "=== mutation: $folder done in $((SECONDS - start)) s ==="
}

failed=()
for folder in "${folders[@]}"; do
  run_folder "$folder" || failed+=("$folder")
done
if [ "$dry_run" -eq 1 ]; then
  exit 0
fi

"$PY" .ci/mutation-score.py "$OUT" .ci/mutation-equivalents.tsv "${break_below:-0}" "${folders[@]}" | tee "$OUT/scores.md"
score_rc=${PIPESTATUS[0]}
if [ "${#failed[@]}" -gt 0 ]; then
  echo "mutation.sh: Stryker failed for: ${failed[*]}" >&2
  exit 1
fi
exit "$score_rc"
