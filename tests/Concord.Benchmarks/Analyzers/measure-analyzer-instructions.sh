#!/usr/bin/env bash
# Counts the instructions a fresh compiler executes on a library with and without Concord's analyzers.
#
# Usage:
#   measure-analyzer-instructions.sh <work-folder> [--runs N] [--parallel]
#
#   <work-folder>  the folder measure-analyzer-cost.sh leaves with --keep: its baseline, concord and sonar
#                  projects and the logs of their builds, from which the compiler's command lines are taken.
#   --runs N       compiles per configuration (default 1); the spread between runs says how exact the count is.
#   --parallel     let the compiler use every core, as a build does; by default it runs on one thread
#                  (csc /parallel-), so that threads waiting on each other add nothing to the count.
#
# Why instructions. On a machine shared with other work, or a virtual one, the time a compile takes swings by more
# than Concord's whole cost: on the two-core machine the figures in README.md were taken on, the CPU seconds of one
# and the same csc command ranged from 11.7 to 18.0 over four runs. The number of instructions the compiler executes does not
# depend on what else the machine runs. It is counted under valgrind's cachegrind (its "I refs"), which executes
# the program on a synthetic CPU: with no hardware counter in reach (perf reports "not supported" in many virtual
# machines), this is the count that still works. It counts work, not time: a cache miss costs no more than a hit,
# so read it beside the timed figures, not in place of them.
#
# What it runs: for each configuration, the exact command line the build gave csc (from "<configuration>-1.log",
# a build without ReportAnalyzer), in the configuration's project folder, as a fresh process: the JIT compiles
# Concord's code as it first runs, as in any build without the compiler server. Under valgrind a compile is
# some forty times slower (four to eight minutes for Newtonsoft.Json's 69k lines on two cores).
#
# Tiered compilation is off (DOTNET_TieredCompilation=0): the runtime then runs the framework's and the compiler's
# precompiled code as it is and compiles every other method once, fully optimised, when first called. With tiering on,
# when a method is compiled again depends on timers, and under valgrind's slowness the count of one and the same
# compile swung by a third (46 G and 61 G instructions); with it off, five runs of the baseline agreed within 0.31 %.
# Concord's code is all "other methods", so its first-call compile is counted at its costliest.
#
# Two settings valgrind needs, neither of which changes what the compiler does: the GC reserves 256 GiB of address
# space for its regions by default, which valgrind refuses, so DOTNET_GCRegionRange reserves 8 GiB; and
# DOTNET_EnableWriteXorExecute=0 maps JIT code once instead of twice.
set -euo pipefail

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }

work="" runs=1 parallel=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --parallel) parallel=true; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "measure-analyzer-instructions: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) work="$1"; shift ;;
  esac
done

[[ -n "$work" && -d "$work/baseline" && -d "$work/concord" ]] \
  || { echo "measure-analyzer-instructions: give the folder measure-analyzer-cost.sh --keep printed (it holds baseline/ and concord/)" >&2; exit 2; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "measure-analyzer-instructions: --runs takes a whole number from 1, not '$runs'" >&2; exit 2; }
command -v valgrind > /dev/null || { echo "measure-analyzer-instructions: valgrind is not installed (Debian: apt-get install valgrind)" >&2; exit 2; }

configurations=(baseline concord)
[[ -d "$work/sonar" ]] && configurations+=(sonar)
out="$work/instructions"
mkdir -p "$out"

# The command line the build ran: the line that follows 'Task "Csc"' and names the compiler, arguments after it.
for configuration in "${configurations[@]}"; do
  log="$work/$configuration-1.log"
  [[ -f "$log" ]] || { echo "measure-analyzer-instructions: $log is missing (run measure-analyzer-cost.sh with --keep and --runs 1 or more)" >&2; exit 2; }
  line=$(sed -n '/^Task "Csc"/,/Compilation request/p' "$log" | grep -m1 -E '/csc(\.dll)? ' || true)
  [[ -n "$line" ]] || { echo "measure-analyzer-instructions: no csc command line in $log" >&2; exit 2; }
  compiler=$(sed -E 's#^ *([^ ]*/csc(\.dll)?) .*#\1#' <<< "$line") # the same SDK's compiler in every build
  sed -E 's#^ *[^ ]*/csc(\.dll)? ##' <<< "$line" > "$out/$configuration.rsp"
done
grep -q "/analyzer:[^ ]*Concord.Analyzers.dll" "$out/concord.rsp" \
  || { echo "measure-analyzer-instructions: the concord build's command line loads no Concord.Analyzers.dll" >&2; exit 2; }
if grep -q "/analyzer:[^ ]*Concord.Analyzers.dll" "$out/baseline.rsp"; then
  echo "measure-analyzer-instructions: the baseline build's command line loads Concord.Analyzers.dll" >&2; exit 2
fi
threads=$([[ $parallel == true ]] && echo "" || echo "/parallel-")

count() {
  local configuration=$1 run=$2
  cd "$work/$configuration" \
    && DOTNET_TieredCompilation=0 DOTNET_GCRegionRange=0x200000000 DOTNET_EnableWriteXorExecute=0 \
       valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
         "$compiler" "@$out/$configuration.rsp" $threads > "$out/$configuration-$run.compiler" 2> "$out/$configuration-$run.valgrind"
}

# The configurations of a run are compiled side by side: the count does not depend on what else the machine runs.
for run in $(seq 1 "$runs"); do
  echo "== run $run of $runs: ${configurations[*]} ($(date +%H:%M:%S))"
  pids=()
  for configuration in "${configurations[@]}"; do
    count "$configuration" "$run" & pids+=($!)
  done
  for i in "${!pids[@]}"; do
    configuration=${configurations[$i]}
    wait "${pids[$i]}" \
      || { echo "measure-analyzer-instructions: the $configuration compile failed; see $out/$configuration-$run.compiler" >&2; exit 1; }
    grep -q "I *refs:" "$out/$configuration-$run.valgrind" \
      || { echo "measure-analyzer-instructions: valgrind printed no count; see $out/$configuration-$run.valgrind" >&2; exit 1; }
  done
done

python3 - "$out" "$runs" "${configurations[@]}" <<'PY'
import re, statistics, sys
from pathlib import Path

out, runs, names = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]

def count(name, run):
    text = (out / f"{name}-{run}.valgrind").read_text()
    return int(re.findall(r"I\s+refs:\s+([\d,]+)", text)[-1].replace(",", ""))

counts = {n: [count(n, r) for r in range(1, runs + 1)] for n in names}
median = statistics.median
def billions(values): return f"{median(values) / 1e9:.3f} G ({min(values) / 1e9:.3f}-{max(values) / 1e9:.3f})"

base = median(counts["baseline"])
print()
print(f"instructions the compiler executed, {runs} run(s) per configuration, median (min-max)")
print("| measure | value |")
print("| --- | --- |")
for n, label in (("baseline", "baseline"), ("concord", "with Concord.Analyzers"), ("sonar", "with Sonar's S2068 alone")):
    if n in counts:
        print(f"| {label} | {billions(counts[n])} |")
spread = (max(counts["baseline"]) - min(counts["baseline"])) / base
print(f"| spread of the baseline's runs, share of its median | {100 * spread:.2f} % |")
added = median(counts["concord"]) - base
print(f"| added by Concord.Analyzers | {added / 1e9:+.3f} G, {100 * added / base:.2f} % of the baseline |")
if "sonar" in counts:
    added_sonar = median(counts["sonar"]) - base
    print(f"| added by Sonar's S2068 alone | {added_sonar / 1e9:+.3f} G, {100 * added_sonar / base:.2f} % of the baseline |")
    ratio = f"{added / added_sonar:.2f}" if added_sonar > 0 else "n/a (S2068 added nothing)"
    print(f"| Concord vs S2068 alone, ratio of what each adds | {ratio} |")
PY
