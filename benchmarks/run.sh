#!/usr/bin/env bash
# Side-by-side performance harness: on the same generated input, in one invocation, FundMath's batches, a naive
# decimal/LINQ baseline, a plain long loop, a memory-copy reference and the numpy peer (benchmarks/peers/);
# every result is checked against FundMath's before anything is timed; medians and ratios go to
# docs/performance.md (between the generated-section markers).
#
#   benchmarks/run.sh                      full run (10,000,000 persons; 3,000 regions), rewrites docs/performance.md
#   benchmarks/run.sh --quick              CI mode: 1,000,000 persons, fewer samples; writes
#                                          BenchmarkDotNet.Artifacts/harness/performance.md, fails only on a cross-check
#   benchmarks/run.sh --workload payroll   one workload (ids: payroll, regions, claims, drg, pooling)
#   benchmarks/run.sh --no-peers           skip numpy
#   benchmarks/run.sh --out FILE           write the generated section into FILE instead
#
# numpy comes from Debian (python3-numpy), installed here with apt-get when missing, and runs with /usr/bin/python3
# (the first python3 on PATH may be another interpreter without it). The harness runs with tiered compilation off,
# as the tests and the zero-allocation gate do, so every method is fully optimised from its first call.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PY=/usr/bin/python3
args=("$@")
quick=0
no_peers=0
has_out=0
for a in "$@"; do
  case "$a" in
    --quick) quick=1 ;;
    --no-peers) no_peers=1 ;;
    --out) has_out=1 ;;
  esac
done

if [ "$no_peers" -eq 0 ]; then
  if [ ! -x "$PY" ]; then
    echo "run.sh: $PY not found; install python3 (Debian: apt-get install -y python3-numpy) or pass --no-peers" >&2
    exit 2
  fi
  if ! "$PY" -c 'import numpy' 2>/dev/null; then
    echo "run.sh: installing Debian python3-numpy for $PY"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    # Wait (up to 10 min) for another apt/dpkg run to release its lock instead of failing at once.
    $sudo apt-get -o DPkg::Lock::Timeout=600 update
    $sudo apt-get -o DPkg::Lock::Timeout=600 install -y python3-numpy
    if ! "$PY" -c 'import numpy' 2>/dev/null; then
      echo "run.sh: numpy is still not importable by $PY; pass --no-peers to run without it" >&2
      exit 2
    fi
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build benchmarks/FundMath.Benchmarks -c Release --nologo -v quiet
command="benchmarks/run.sh${*:+ $*}"
if [ "$quick" -eq 0 ] && [ "$has_out" -eq 0 ]; then
  args+=(--out docs/performance.md)
fi

DOTNET_TieredCompilation=0 dotnet benchmarks/FundMath.Benchmarks/bin/Release/net10.0/FundMath.Benchmarks.dll \
  --harness --python "$PY" --peers benchmarks/peers --command "$command" "${args[@]}"
