#!/usr/bin/env bash
# Measures what Concord's analyzers add to the compile of a real C# library.
#
# Usage:
#   measure-analyzer-cost.sh <library-source-folder> [--runs N] [--defines "A;B;C"] [--lang-version X]
#                            [--web] [--provider-document FILE=PROVIDER[=BASE_ADDRESS]]... [--no-sonar]
#                            [--sdk-analyzers] [--keep]
#
#   <library-source-folder>  a folder of .cs files that compile as one library against net10.0
#                            with no package dependencies (fetch it yourself; it is never
#                            copied into this repository). All *.cs files below it are compiled,
#                            except bin/ and obj/.
#   --runs N                 measured builds per configuration (default 5), interleaved
#                            baseline / with-Concord so that machine load hits both alike.
#   --defines "A;B"          preprocessor symbols the library expects (DefineConstants).
#   --defines-from FILE      take them from the first <DefineConstants> of the library's own project
#                            file (without its $(...) parts), e.g. Newtonsoft.Json.csproj.
#   --lang-version X         C# language version (default: the SDK's default for net10.0).
#   --web                    compile against the ASP.NET Core shared framework as well (a library with
#                            AddHttpClient registrations, minimal APIs or HttpContext needs it).
#   --provider-document FILE=PROVIDER[=BASE_ADDRESS]
#                            give every project FILE (an OpenAPI document) as an AdditionalFile with the
#                            metadata ConcordProvider=PROVIDER (and ConcordBaseAddress=BASE_ADDRESS), so that
#                            the spec-aware rules CORD006-CORD008 have a document to check calls against.
#                            Repeat it for several providers.
#   --no-sonar               skip the third configuration (Sonar's S2068 alone, see below).
#   --sdk-analyzers          keep the SDK's own code analyzers on in every configuration, as a new project
#                            has them (EnableNETAnalyzers at its default), so that the baseline is the compile
#                            a user already pays. Without it the baseline runs no analyzer at all, and the
#                            analyzer driver's own start (binding each method body into operation trees for
#                            any analyzer that reads operations) is charged to the analyzers measured.
#   --keep                   keep the work folder (logs, generated projects) and print its path.
#
# On a machine shared with other work, run it at a higher priority so that wall-clock figures
# come closer to a quiet machine's (as root): nice -n -10 measure-analyzer-cost.sh ...
#
# What it does, all outside the repository in a temp folder:
#   1. packs Concord.Analyzers from this checkout into a local folder feed, under a version no
#      other feed holds;
#   2. writes three identical throw-away net10.0 projects over the library's sources: "baseline"
#      with no analyzers of its own (EnableNETAnalyzers=false; with --sdk-analyzers the SDK's
#      default analyzers in all three), "concord" adding only a
#      PackageReference to the packed Concord.Analyzers, and "sonar" adding instead
#      SonarAnalyzer.CSharp 9.32.0.97167 with every rule but S2068 switched off (see "Sonar's S2068
#      alone" below);
#   3. builds each once to restore and warm up, then --runs rounds, interleaved; in each round every
#      configuration is built twice with
#        dotnet build -m:1 --no-incremental -p:UseSharedCompilation=false -p:ReportAnalyzer=false|true
#      (one node, no compiler server: every build pays the whole compile in a fresh csc). The build
#      without ReportAnalyzer is the one users run: its Csc time and CPU are the cost. The build with
#      it says where the analyzers' time goes; its stopwatches time every callback, which no user's
#      build does, and the more actions an analyzer registers the more they time, so its Csc and CPU
#      are not read as the cost;
#   4. reads from each build's detailed log the Csc task time (Task Performance Summary) and, from
#      the ReportAnalyzer build, the analyzer time per analyzer ("Total analyzer execution time"
#      report), takes the CPU seconds (user+sys) of each whole build from bash's time, and prints the
#      medians, the added compile time and CPU, and Concord's analyzer seconds as a share of the compile,
#      each share with a 95 % interval for its median (the sign test's, from the runs' order statistics):
#      when the interval straddles a goal, the runs cannot tell on which side of it the cost lies.
#
# Sonar's S2068 alone. S2068 (hard-coded credentials) is raised by one analyzer type,
# SonarAnalyzer.Rules.CSharp.DoNotHardcodeCredentials, which supports no other rule (it is not
# part of Sonar's symbolic-execution runner). An <Analyzer> item cannot load one type out of an
# assembly, and a .globalconfig does not stop Roslyn from running an analyzer (it only filters its
# diagnostics), so the sonar project passes every other rule id of the package in NoWarn: the
# compiler then registers no action of those analyzers (AnalyzerCostBenchmarks checks this with
# Roslyn's own telemetry). ReportAnalyzer still lists each of them with the little time its
# Initialize takes in a cold csc, which is also what a user with only S2068 on pays; the script
# prints that apart from S2068's own time, with Sonar's utility analyzers (S9999-*, "not
# configurable", so nothing can switch them off; without a SonarQube scanner configuration they
# return at once). S2068 is a security hotspot: it
# stays silent unless a SonarLint.xml AdditionalFile activates it, as the SonarQube scanner writes
# it, so the project gives one. Before measuring, a probe project with a planted
# `password = "..."` is built the same way and the script stops unless S2068 reports on it; every
# measured sonar build is checked for S2068's analyzer in its ReportAnalyzer list.
#
# Wall-clock figures (Csc task, ReportAnalyzer) swell on a machine busy with other work; the CPU
# figures much less so. Read them side by side, and prefer a quiet machine.
#
# ReportAnalyzer charges the one-off warm-up of the analyzer driver in a fresh csc (building
# IOperation trees, JIT of the shared code paths) to whichever analyzer runs first, and
# Concord.Analyzers sorts first. So its per-analyzer figure is an upper bound; the honest cost is
# the difference in total analyzer time, Csc time and CPU between the configurations. In the sonar
# project the SDK's own generators sort before SonarAnalyzer and absorb that warm-up, so the
# ReportAnalyzer ratio of Concord to S2068 leans against Concord; the CPU ratio does not.
#
# Example (the library measured for the README figures):
#   git clone --depth 1 <Newtonsoft.Json repository> /tmp/nsj    (README: the commit measured)
#   tests/Concord.Benchmarks/Analyzers/measure-analyzer-cost.sh /tmp/nsj/Src/Newtonsoft.Json \
#     --defines-from /tmp/nsj/Src/Newtonsoft.Json/Newtonsoft.Json.csproj --lang-version 9.0 --runs 3
#
#   A library with HTTP calls and its providers' documents, so that CORD006-CORD008 have work:
#   out=$(mktemp -d); args=$(tests/Concord.Benchmarks/Analyzers/generate-http-library.py "$out")
#   tests/Concord.Benchmarks/Analyzers/measure-analyzer-cost.sh "$out/src" --web $args --runs 3
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

source_dir=""
runs=5
defines=""
lang_version=""
keep=false
web=false
sonar=true
sdk_analyzers=false
sonar_version="9.32.0.97167"
provider_documents=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --defines) defines="${2?--defines needs a value}"; shift 2 ;;
    --defines-from)
      [[ -f "${2:?--defines-from needs a project file}" ]] || { echo "measure-analyzer-cost: project file '$2' does not exist" >&2; exit 66; }
      defines=$(grep -o "<DefineConstants>[^<]*" "$2" | sed -n 1p | sed 's/<DefineConstants>//; s/\$([^)]*)//g; s/;;*/;/g; s/^;//; s/;$//')
      shift 2 ;;
    --lang-version) lang_version="${2:?--lang-version needs a value}"; shift 2 ;;
    --keep) keep=true; shift ;;
    --web) web=true; shift ;;
    --no-sonar) sonar=false; shift ;;
    --sdk-analyzers) sdk_analyzers=true; shift ;;
    --provider-document) provider_documents+=("${2:?--provider-document needs FILE=PROVIDER[=BASE_ADDRESS]}"); shift 2 ;;
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
provider_items=""
for document in "${provider_documents[@]}"; do
  IFS='=' read -r document_file document_provider document_base <<<"$document"
  [[ -n "$document_provider" ]] || { echo "measure-analyzer-cost: --provider-document '$document' names no provider (FILE=PROVIDER[=BASE_ADDRESS])" >&2; exit 64; }
  [[ -f "$document_file" ]] || { echo "measure-analyzer-cost: provider document '$document_file' does not exist" >&2; exit 66; }
  document_file="$(cd "$(dirname "$document_file")" && pwd)/$(basename "$document_file")"
  provider_items+="    <AdditionalFiles Include=\"$document_file\" ConcordProvider=\"$document_provider\" ConcordBaseAddress=\"$document_base\" />
"
done
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

write_project() { # <name> <source folder> <extra items>
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
    $( [[ "$sdk_analyzers" == true ]] \
      && echo '<!-- The SDK'"'"'s default analyzers, as a new project has them, and the analyzers under test. -->' \
      || echo '<!-- Nothing but the compiler and the analyzers under test. --><EnableNETAnalyzers>false</EnableNETAnalyzers>' )
    <EnforceCodeStyleInBuild>false</EnforceCodeStyleInBuild>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);CS0618;CS1591;SYSLIB0011;SYSLIB0050;SYSLIB0051</NoWarn>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$2/**/*.cs" Exclude="$2/**/bin/**;$2/**/obj/**" />
$( [[ "$web" == true ]] && echo '    <FrameworkReference Include="Microsoft.AspNetCore.App" />' )
$provider_items  </ItemGroup>
$3
  <!-- Written after restore for the sonar configuration: NoWarn with every Sonar rule but S2068. -->
  <Import Project="sonar-only-s2068.props" Condition="Exists('sonar-only-s2068.props')" />
</Project>
XML
}

concord_items="  <ItemGroup>
    <PackageReference Include=\"Concord.Analyzers\" Version=\"[$version]\" PrivateAssets=\"all\" />
  </ItemGroup>"
sonar_items="  <ItemGroup>
    <PackageReference Include=\"SonarAnalyzer.CSharp\" Version=\"[$sonar_version]\" PrivateAssets=\"all\" />
    <AdditionalFiles Include=\"SonarLint.xml\" />
  </ItemGroup>"

write_sonar_settings() { # <project folder>: activate S2068 (a hotspot), switch every other Sonar rule off
  cp "$repo_root/tests/Concord.Benchmarks/Analyzers/SonarLint.xml" "$1/SonarLint.xml"
  dotnet restore "$1/Library.csproj" -v:quiet >"$1/restore.log" 2>&1 \
    || { cat "$1/restore.log" >&2; echo "measure-analyzer-cost: could not restore SonarAnalyzer.CSharp $sonar_version" >&2; exit 70; }
  local analyzers="$work/packages/sonaranalyzer.csharp/$sonar_version/analyzers"
  # Every rule id the package's assemblies name (ids are string constants: S followed by digits),
  # but S2068. Naming an id that no analyzer raises in NoWarn is harmless.
  python3 - "$analyzers" "$1/sonar-only-s2068.props" <<'PY2'
import re, sys
from pathlib import Path
ids = set()
for dll in Path(sys.argv[1]).glob("SonarAnalyzer*.dll"):
    data = dll.read_bytes()
    for match in re.finditer(rb"(?<![0-9A-Za-z]\x00)S\x00((?:[0-9]\x00){3,5})(?![0-9A-Za-z]\x00)", data):
        ids.add("S" + match.group(1).decode("utf-16-le"))
ids.discard("S2068")
if len(ids) < 300:
    sys.exit(f"measure-analyzer-cost: found only {len(ids)} Sonar rule ids in {sys.argv[1]}; cannot isolate S2068")
Path(sys.argv[2]).write_text(
    "<Project>\n  <PropertyGroup>\n    <NoWarn>$(NoWarn);" + ";".join(sorted(ids)) + "</NoWarn>\n  </PropertyGroup>\n</Project>\n")
print(f"   switched off {len(ids)} other Sonar rule ids")
PY2
}

write_project baseline "$source_dir" ""
write_project concord "$source_dir" "$concord_items"
configurations=(baseline concord)
if [[ "$sonar" == true ]]; then
  echo "== Sonar's S2068 alone: SonarAnalyzer.CSharp $sonar_version"
  write_project sonar "$source_dir" "$sonar_items"
  write_sonar_settings "$work/sonar"
  configurations+=(sonar)

  # The probe: the same project over one planted credential. S2068 must report it, and no other
  # Sonar rule analyzer may run.
  mkdir -p "$work/probe-source"
  cat >"$work/probe-source/Planted.cs" <<'CS'
namespace Probe
{
    public static class Planted
    {
        public static string Connect()
        {
            string password = "Kq7sPlantedSecret";
            return "Server=db;User=app;Password=" + password;
        }
    }
}
CS
  write_project probe "$work/probe-source" "$sonar_items"
  write_sonar_settings "$work/probe"
fi

sonar_check() { # <log>: S2068's analyzer must have run (ReportAnalyzer names every analyzer the compiler was given)
  python3 - "$1" <<'PY2'
import re, sys
text = open(sys.argv[1]).read()
if not re.search(r"^\s*<?\d+\.\d+\s+<?\d+\s+SonarAnalyzer\.Rules\.CSharp\.DoNotHardcodeCredentials \(S2068\)", text, re.M):
    sys.exit(f"measure-analyzer-cost: S2068's analyzer (DoNotHardcodeCredentials) did not run in {sys.argv[1]}")
PY2
}

build() { # <name> <log> <report: true to time each analyzer (ReportAnalyzer), false for the build users run>
  # bash's time reports the CPU seconds of the whole process tree (MSBuild and csc), which other
  # work on a busy machine disturbs far less than it disturbs wall-clock times.
  local status=0 TIMEFORMAT='%U %S %R'
  { time { dotnet build "$work/$1/Library.csproj" -m:1 --no-incremental -nodeReuse:false \
      -p:UseSharedCompilation=false "-p:ReportAnalyzer=$3" -clp:NoSummary -v:minimal \
      "-flp:Verbosity=detailed;PerformanceSummary;LogFile=$2" >"$2.console" 2>&1 || status=$?; }; } 2>"$2.time"
  if [[ $status -ne 0 ]]; then
    cat "$2.console" >&2
    echo "measure-analyzer-cost: the $1 build failed (exit $status); log: $2" >&2
    keep=true
    exit 70
  fi
  if [[ "$3" == true && ( "$1" == sonar || "$1" == probe ) ]]; then
    sonar_check "$2" || { keep=true; exit 70; }
  fi
}

if [[ "$sonar" == true ]]; then
  echo "== probe: S2068 alone over a planted credential"
  build probe "$work/probe.log" true
  grep -q "warning S2068" "$work/probe.log.console" \
    || { cat "$work/probe.log.console" >&2; echo "measure-analyzer-cost: S2068 did not report the planted credential; the comparison would be with a rule that does nothing" >&2; keep=true; exit 70; }
  echo "   S2068 reported: $(grep -o 'warning S2068[^[]*' "$work/probe.log.console" | sort -u | head -1)"
fi

echo "== warm-up (restore, first JIT) for $files files, $lines lines from $source_dir"
for configuration in "${configurations[@]}"; do
  build "$configuration" "$work/warmup-$configuration.log" true
done

for run in $(seq 1 "$runs"); do
  echo "== run $run of $runs ($(cut -d' ' -f1-3 /proc/loadavg) load)"
  for configuration in "${configurations[@]}"; do
    build "$configuration" "$work/$configuration-$run.log" false
    build "$configuration" "$work/$configuration-$run.report.log" true
  done
done

python3 - "$work" "$runs" "$files" "$lines" "$source_dir" "$sonar" "${#provider_documents[@]}" "$sdk_analyzers" <<'PY'
import math, re, statistics, sys
from pathlib import Path

work, runs, files, lines, source = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
with_sonar, documents, sdk_analyzers = sys.argv[6] == "true", int(sys.argv[7]), sys.argv[8] == "true"
median = statistics.median
indices = range(1, runs + 1)

def log(name, i): return (work / f"{name}-{i}.log").read_text()
def report_log(name, i): return (work / f"{name}-{i}.report.log").read_text()

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
        else:
            per_analyzer[name.split(" ")[0]] = seconds
    return per_assembly, per_analyzer

def total_analyzer_seconds(text):
    found = re.findall(r"Total analyzer execution time: (\d+\.\d+) seconds", text)
    return float(found[-1]) if found else 0.0

def cpu_seconds(name, i):
    user, system, _ = (work / f"{name}-{i}.log.time").read_text().split()
    return float(user) + float(system)

names = ["baseline", "concord"] + (["sonar"] if with_sonar else [])
csc = {n: [csc_seconds(log(n, i)) for i in indices] for n in names}
cpu = {n: [cpu_seconds(n, i) for i in indices] for n in names}
every = {n: [total_analyzer_seconds(report_log(n, i)) for i in indices] for n in names}
charged = {n: [] for n in names}
per_rule = {}
s2068, sonar_utility, sonar_others = [], [], []
utility = ("AnalysisWarningAnalyzer", "CopyPasteTokenAnalyzer", "FileMetadataAnalyzer", "LogAnalyzer", "MetricsAnalyzer", "SymbolReferenceAnalyzer", "TokenTypeAnalyzer")
for n in names:
    for i in indices:
        assemblies, analyzers = analyzer_seconds(report_log(n, i))
        charged[n].append(assemblies.get("Concord.Analyzers" if n == "concord" else "SonarAnalyzer.CSharp", 0.0))
        if n == "concord":
            for name, seconds in analyzers.items():
                if name.startswith("Concord."):
                    per_rule.setdefault(name, []).append(seconds)
        if n == "sonar":
            s2068.append(analyzers.get("SonarAnalyzer.Rules.CSharp.DoNotHardcodeCredentials", 0.0))
            sonar_utility.append(sum(v for k, v in analyzers.items() if k.startswith("SonarAnalyzer.") and k.endswith(utility)))
            sonar_others.append(sum(v for k, v in analyzers.items() if k.startswith("SonarAnalyzer.") and not k.endswith(utility) and not k.endswith(".DoNotHardcodeCredentials")))

def differences(a, b):
    # Runs are interleaved, so run i of each configuration saw about the same machine load.
    return [x - y for x, y in zip(a, b)]

def paired(a, b): return median(differences(a, b))

def median_interval(values, confidence=0.95):
    # A distribution-free interval for a median: from the k-th smallest to the k-th largest value, k the largest order
    # whose binomial tail stays within the confidence (the sign test's interval). None when the runs are too few.
    ordered = sorted(values)
    n, k, tail = len(ordered), 0, 0.0
    while k < n and tail + math.comb(n, k) / 2 ** n <= (1 - confidence) / 2:
        tail += math.comb(n, k) / 2 ** n
        k += 1
    return (ordered[k - 1], ordered[n - k]) if k > 0 else None

def share_interval(values, scale):
    interval = median_interval(values)
    if interval is None:
        return "too few runs for a 95 % interval"
    low, high = interval
    return f"{100 * low / scale:.2f} % to {100 * high / scale:.2f} %"

def show(values): return f"{median(values):.3f} s ({min(values):.3f}-{max(values):.3f})"
def ratio(a, b): return f"{a / b:.2f}" if b > 0 else "n/a (the peer took no time)"
with open("/proc/loadavg") as load:
    load_average = " ".join(load.read().split()[:3])

print()
print(f"library: {source} ({files} files, {lines} lines), provider documents: {documents}")
print(f"runs: {runs} per configuration, interleaved; medians (min-max); load average at the end: {load_average}")
print("Csc task and build CPU: the builds without ReportAnalyzer; analyzer times: each configuration built again with it")
print("baseline: " + ("the SDK's default analyzers on in every configuration (--sdk-analyzers)" if sdk_analyzers
                      else "no analyzer at all (EnableNETAnalyzers=false in every configuration)"))
print("| measure | value |")
print("| --- | --- |")
for n, label in (("baseline", "baseline"), ("concord", "with Concord.Analyzers"), ("sonar", "with Sonar's S2068 alone")):
    if n in names:
        print(f"| Csc task, {label} | {show(csc[n])} |")
for n, label in (("baseline", "baseline"), ("concord", "with Concord.Analyzers"), ("sonar", "with Sonar's S2068 alone")):
    if n in names:
        print(f"| build CPU (user+sys), {label} | {show(cpu[n])} |")
for n, label in (("concord", "Concord.Analyzers"), ("sonar", "Sonar's S2068 alone")):
    if n in names:
        print(f"| added build CPU, {label} (median of paired differences) | {paired(cpu[n], cpu['baseline']):+.3f} s |")
for n, label in (("baseline", "baseline"), ("concord", "with Concord.Analyzers"), ("sonar", "with Sonar's S2068 alone")):
    if n in names:
        print(f"| all analyzers, ReportAnalyzer total, {label} | {show(every[n])} |")
for n, label in (("concord", "Concord.Analyzers"), ("sonar", "Sonar's S2068 alone")):
    if n in names:
        print(f"| added analyzer time, {label} (median of paired differences) | {paired(every[n], every['baseline']):+.3f} s |")
print(f"| charged to Concord.Analyzers by ReportAnalyzer (upper bound: includes the driver warm-up) | {show(charged['concord'])} |")
for name, values in sorted(per_rule.items()):
    print(f"| &nbsp;&nbsp;{name} | {show(values)} |")
if with_sonar:
    print(f"| charged to SonarAnalyzer.CSharp by ReportAnalyzer | {show(charged['sonar'])} |")
    print(f"| &nbsp;&nbsp;SonarAnalyzer.Rules.CSharp.DoNotHardcodeCredentials (S2068) | {show(s2068)} |")
    print(f"| &nbsp;&nbsp;Sonar's utility analyzers (S9999-*, cannot be switched off) | {show(sonar_utility)} |")
    print(f"| &nbsp;&nbsp;the other Sonar rules, switched off (Initialize only) | {show(sonar_others)} |")
base_csc, base_cpu = median(csc["baseline"]), median(cpu["baseline"])
added_cpu = paired(cpu["concord"], cpu["baseline"])
print(f"| share of the compile: added build CPU / baseline build CPU | {100 * added_cpu / base_cpu:.2f} % |")
print(f"| share of the compile: added analyzer time / baseline Csc | {100 * paired(every['concord'], every['baseline']) / base_csc:.2f} % |")
print(f"| &nbsp;&nbsp;95 % interval of the median, added build CPU / baseline build CPU | {share_interval(differences(cpu['concord'], cpu['baseline']), base_cpu)} |")
print(f"| &nbsp;&nbsp;95 % interval of the median, added analyzer time / baseline Csc | {share_interval(differences(every['concord'], every['baseline']), base_csc)} |")
print(f"| share of the compile: charged to Concord / baseline Csc (upper bound) | {100 * median(charged['concord']) / base_csc:.2f} % |")
print(f"| &nbsp;&nbsp;95 % interval of the median, charged to Concord / baseline Csc | {share_interval(charged['concord'], base_csc)} |")
if with_sonar:
    print(f"| Concord vs S2068 alone: added build CPU, ratio | {ratio(added_cpu, paired(cpu['sonar'], cpu['baseline']))} |")
    print(f"| Concord vs S2068 alone: added analyzer time, ratio | {ratio(paired(every['concord'], every['baseline']), paired(every['sonar'], every['baseline']))} |")
    print(f"| Concord vs S2068 alone: charged to Concord.Analyzers / charged to DoNotHardcodeCredentials, ratio of medians | {ratio(median(charged['concord']), median(s2068))} |")
PY
