#!/usr/bin/env bash
# Measures what Concord's analyzers add to the compile of a real C# library.
#
# Usage:
#   measure-analyzer-cost.sh <library-source-folder> [--runs N] [--defines "A;B;C"] [--lang-version X] [--keep]
#
#   <library-source-folder>  a folder of .cs files that compile as one library against net10.0
#                            with no package dependencies (fetch it yourself; it is never
#                            copied into this repository). All *.cs files below it are compiled,
#                            except bin/ and obj/.
#   --runs N                 measured builds per configuration (default 5), interleaved
#                            baseline / with-Concord so that machine load hits both alike.
#   --defines "A;B"          preprocessor symbols the library expects (DefineConstants).
#   --lang-version X         C# language version (default: the SDK's default for net10.0).
#   --keep                   keep the work folder (logs, generated projects) and print its path.
#
# On a machine shared with other work, run it at a higher priority so that wall-clock figures
# come closer to a quiet machine's (as root): nice -n -10 measure-analyzer-cost.sh ...
#
# What it does, all outside the repository in a temp folder:
#   1. packs Concord.Analyzers from this checkout into a local folder feed, under a version no
#      other feed holds;
#   2. writes two identical throw-away net10.0 projects over the library's sources: "baseline"
#      with no analyzers of its own (EnableNETAnalyzers=false), "concord" adding only a
#      PackageReference to the packed Concord.Analyzers;
#   3. builds each once to restore and warm up, then --runs times each with
#        dotnet build -m:1 --no-incremental -p:UseSharedCompilation=false -p:ReportAnalyzer=true
#      (one node, no compiler server: every run pays the whole compile in a fresh csc);
#   4. reads from each build's detailed log the Csc task time (Task Performance Summary) and
#      the analyzer time per analyzer ("Total analyzer execution time" report), takes the CPU
#      seconds (user+sys) of each whole build from bash's time, and prints the medians, the added
#      compile time and CPU, and Concord's analyzer seconds as a share of the compile.
#
# Wall-clock figures (Csc task, ReportAnalyzer) swell on a machine busy with other work; the CPU
# figures much less so. Read them side by side, and prefer a quiet machine.
#
# ReportAnalyzer charges the one-off warm-up of the analyzer driver in a fresh csc (building
# IOperation trees, JIT of the shared code paths) to whichever analyzer runs first, and
# Concord.Analyzers sorts first. So its per-analyzer figure is an upper bound; the honest cost is
# the difference in total analyzer time, Csc time and CPU between the two configurations.
#
# Example (the library measured for the README figures):
#   git clone --depth 1 <Newtonsoft.Json repository> /tmp/nsj
#   defines=$(grep -o "<DefineConstants>[^<]*" /tmp/nsj/Src/Newtonsoft.Json/Newtonsoft.Json.csproj \
#     | sed -n 1p | sed 's/<DefineConstants>//; s/;\$(AdditionalConstants)//')
#   tests/Concord.Benchmarks/Analyzers/measure-analyzer-cost.sh /tmp/nsj/Src/Newtonsoft.Json \
#     --defines "$defines" --lang-version 9.0
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

source_dir=""
runs=5
defines=""
lang_version=""
keep=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --defines) defines="${2?--defines needs a value}"; shift 2 ;;
    --lang-version) lang_version="${2:?--lang-version needs a value}"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "measure-analyzer-cost: unknown option '$1' (see --help)" >&2; exit 64 ;;
    *) [[ -z "$source_dir" ]] || { echo "measure-analyzer-cost: one source folder only, got '$source_dir' and '$1'" >&2; exit 64; }
       source_dir="$1"; shift ;;
  esac
done

[[ -n "$source_dir" ]] || { echo "measure-analyzer-cost: missing <library-source-folder> (see --help)" >&2; exit 64; }
[[ -d "$source_dir" ]] || { echo "measure-analyzer-cost: source folder '$source_dir' does not exist" >&2; exit 66; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "measure-analyzer-cost: --runs must be a positive number, got '$runs'" >&2; exit 64; }
source_dir="$(cd "$source_dir" && pwd)"
repo_root="$(cd "$(dirname "$0")/../../.." && pwd)"
[[ -f "$repo_root/Contracts.sln" ]] || { echo "measure-analyzer-cost: no Contracts.sln at '$repo_root'" >&2; exit 70; }

files=$(find "$source_dir" -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' | wc -l)
lines=$(find "$source_dir" -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' -print0 | xargs -0 cat | wc -l)
[[ "$files" -gt 0 ]] || { echo "measure-analyzer-cost: no .cs files under '$source_dir'" >&2; exit 66; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

work="$(mktemp -d "${TMPDIR:-/tmp}/concord-analyzer-cost.XXXXXX")"
cleanup() { if [[ "$keep" == true ]]; then echo "work folder kept: $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT

version="0.0.0-bench.$(date +%s)"
echo "== packing Concord.Analyzers $version"
dotnet pack "$repo_root/analyzers/Concord.Analyzers.Package/Concord.Analyzers.Package.csproj" -c Release \
  -o "$work/feed" -p:PackageVersion="$version" -p:NuspecOutputPath="$work/nuspec/" -v:quiet >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; echo "measure-analyzer-cost: dotnet pack failed" >&2; exit 70; }

write_project() { # <name> <extra item group>
  local dir="$work/$1"
  mkdir -p "$dir"
  echo '<Project />' >"$dir/Directory.Build.props"
  echo '<Project />' >"$dir/Directory.Build.targets"
  echo '<Project />' >"$dir/Directory.Packages.props"
  cat >"$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="concord-under-test" value="$work/feed" />
  </packageSources>
</configuration>
XML
  cat >"$dir/Library.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <AssemblyName>Library</AssemblyName>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <DefineConstants>\$(DefineConstants);$defines</DefineConstants>
    ${lang_version:+<LangVersion>$lang_version</LangVersion>}
    <!-- Nothing but the compiler and the analyzers under test. -->
    <EnableNETAnalyzers>false</EnableNETAnalyzers>
    <EnforceCodeStyleInBuild>false</EnforceCodeStyleInBuild>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);CS0618;CS1591;SYSLIB0011;SYSLIB0050;SYSLIB0051</NoWarn>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$source_dir/**/*.cs" Exclude="$source_dir/**/bin/**;$source_dir/**/obj/**" />
  </ItemGroup>
$2
</Project>
XML
}

write_project baseline ""
write_project concord "  <ItemGroup>
    <PackageReference Include=\"Concord.Analyzers\" Version=\"[$version]\" PrivateAssets=\"all\" />
  </ItemGroup>"

build() { # <name> <log>
  # bash's time reports the CPU seconds of the whole process tree (MSBuild and csc), which other
  # work on a busy machine disturbs far less than it disturbs wall-clock times.
  local status=0 TIMEFORMAT='%U %S %R'
  { time { dotnet build "$work/$1/Library.csproj" -m:1 --no-incremental -nodeReuse:false \
      -p:UseSharedCompilation=false -p:ReportAnalyzer=true -clp:ErrorsOnly \
      "-flp:Verbosity=detailed;PerformanceSummary;LogFile=$2" >"$2.console" 2>&1 || status=$?; }; } 2>"$2.time"
  if [[ $status -ne 0 ]]; then
    cat "$2.console" >&2
    echo "measure-analyzer-cost: the $1 build failed (exit $status); log: $2" >&2
    keep=true
    exit 70
  fi
}

echo "== warm-up (restore, first JIT) for $files files, $lines lines from $source_dir"
build baseline "$work/warmup-baseline.log"
build concord "$work/warmup-concord.log"

for run in $(seq 1 "$runs"); do
  echo "== run $run of $runs"
  build baseline "$work/baseline-$run.log"
  build concord "$work/concord-$run.log"
done

python3 - "$work" "$runs" "$files" "$lines" "$source_dir" <<'PY'
import re, statistics, sys
from pathlib import Path

work, runs, files, lines, source = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]

def csc_seconds(text):
    # Task Performance Summary line: "     5712 ms  Csc                                        1 calls"
    found = re.findall(r"^\s*(\d+) ms\s+Csc\s+\d+ calls", text, re.M)
    if not found:
        sys.exit("measure-analyzer-cost: no Csc line in a Task Performance Summary")
    return int(found[-1]) / 1000

def analyzer_seconds(text):
    # The ReportAnalyzer block: an assembly line, then one line per analyzer type, each "<seconds> <percent> <name>".
    per_assembly, per_analyzer = {}, {}
    for match in re.finditer(r"^\s*(<?\d+\.\d+)\s+<?\d+\s+(\S.*?)\s*$", text, re.M):
        seconds = float(match.group(1).lstrip("<"))
        name = match.group(2)
        if ", Version=" in name:
            per_assembly[name.split(",")[0]] = seconds
        elif name.startswith("Concord."):
            per_analyzer[name] = seconds
    return per_assembly, per_analyzer

median = statistics.median

def total_analyzer_seconds(text):
    found = re.findall(r"Total analyzer execution time: (\d+\.\d+) seconds", text)
    return float(found[-1]) if found else 0.0

def cpu_seconds(name, i):
    user, system, _ = (work / f"{name}-{i}.log.time").read_text().split()
    return float(user) + float(system)

base = [csc_seconds((work / f"baseline-{i}.log").read_text()) for i in range(1, runs + 1)]
conc = [csc_seconds((work / f"concord-{i}.log").read_text()) for i in range(1, runs + 1)]
base_cpu = [cpu_seconds("baseline", i) for i in range(1, runs + 1)]
conc_cpu = [cpu_seconds("concord", i) for i in range(1, runs + 1)]
base_all = [total_analyzer_seconds((work / f"baseline-{i}.log").read_text()) for i in range(1, runs + 1)]
conc_all = [total_analyzer_seconds((work / f"concord-{i}.log").read_text()) for i in range(1, runs + 1)]
concord_total, per_rule = [], {}
for i in range(1, runs + 1):
    assemblies, analyzers = analyzer_seconds((work / f"concord-{i}.log").read_text())
    concord_total.append(assemblies.get("Concord.Analyzers", 0.0))
    for name, seconds in analyzers.items():
        per_rule.setdefault(name, []).append(seconds)

def paired(with_concord, baseline):
    # Runs are interleaved, so run i of each configuration saw about the same machine load.
    return median([c - b for c, b in zip(with_concord, baseline)])

def show(values): return f"{median(values):.3f} s ({min(values):.3f}-{max(values):.3f})"
with open("/proc/loadavg") as load:
    load_average = " ".join(load.read().split()[:3])

print()
print(f"library: {source} ({files} files, {lines} lines)")
print(f"runs: {runs} per configuration, interleaved; medians (min-max); load average at the end: {load_average}")
print("| measure | value |")
print("| --- | --- |")
print(f"| Csc task, baseline | {show(base)} |")
print(f"| Csc task, with Concord.Analyzers | {show(conc)} |")
print(f"| added Csc time (median of paired differences) | {paired(conc, base):+.3f} s |")
print(f"| build CPU (user+sys), baseline | {show(base_cpu)} |")
print(f"| build CPU (user+sys), with Concord.Analyzers | {show(conc_cpu)} |")
print(f"| added build CPU (median of paired differences) | {paired(conc_cpu, base_cpu):+.3f} s |")
print(f"| all analyzers, ReportAnalyzer total, baseline | {show(base_all)} |")
print(f"| all analyzers, ReportAnalyzer total, with Concord.Analyzers | {show(conc_all)} |")
print(f"| added analyzer time (median of paired differences) | {paired(conc_all, base_all):+.3f} s |")
print(f"| charged to Concord.Analyzers by ReportAnalyzer | {show(concord_total)} |")
for name, values in sorted(per_rule.items()):
    print(f"| &nbsp;&nbsp;{name} | {show(values)} |")
print(f"| share of the compile: added analyzer time / baseline Csc | {100 * paired(conc_all, base_all) / median(base):.2f} % |")
print(f"| share of the compile: charged to Concord / baseline Csc (upper bound) | {100 * median(concord_total) / median(base):.2f} % |")
print(f"| added CPU share (added build CPU / baseline build CPU) | {100 * paired(conc_cpu, base_cpu) / median(base_cpu):.2f} % |")
PY
