#!/usr/bin/env python3
"""`concord compare` and @pactflow/openapi-pact-comparator on the same pacts, in the same run.

Two parts:
  1. side by side: the seed sample's pacts (as reported and fixed) against their providers' committed
     documents; each tool's verdict per pact file is printed.
  2. benchmark: N interactions (default 200) generated from the operations of the OpenAI document in
     ../shared/bench/openapi (one per operation, round robin; valid requests, plus every fifth one
     broken on purpose: a wrong path, no credential, a wrong body type or an undocumented status), one pact;
     time (wall clock) and peak resident memory (wait4) of each tool's process, and the verdict of each
     tool per interaction with every difference listed.

The comparator is installed with npm into a temporary folder (or pass --peer FOLDER holding
node_modules/@pactflow/openapi-pact-comparator); nothing is written into the repository.

    python3 tests/Concord.Benchmarks/PactComparison/compare_with_pactflow.py [--interactions 200] [--peer /tmp/compare-peer]
        [--document openai --document stripe --document github]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SHARED = (ROOT / ".." / "shared" / "bench" / "openapi").resolve()
SAMPLES = ROOT / "contracts" / "samples"
PEER_PACKAGE = "@pactflow/openapi-pact-comparator"

PEER_SCRIPT = r"""
import { Comparator } from "@pactflow/openapi-pact-comparator";
import fs from "node:fs";
const [doc, ...pacts] = process.argv.slice(2);
const comparator = new Comparator(JSON.parse(fs.readFileSync(doc, "utf8")));
for (const file of pacts) {
  const pact = JSON.parse(fs.readFileSync(file, "utf8"));
  // One interaction at a time: the comparator throws on some schemas (OpenAI's discriminators), which
  // would otherwise end the whole pact; a throw is reported as that interaction's verdict.
  for (const interaction of pact.interactions) {
    try {
      for await (const result of comparator.compare({ ...pact, interactions: [interaction] })) {
        console.log(JSON.stringify({ file, code: result.code, type: result.type,
          interaction: result.mockDetails?.interactionDescription, message: result.message }));
      }
    } catch (e) {
      console.log(JSON.stringify({ file, code: "threw", type: "threw", interaction: interaction.description, message: String(e.message).split("\n")[0] }));
    }
  }
}
"""


def measure(command, cwd=None):
    """Runs a command; returns (seconds, peak MiB, exit code, stdout text)."""
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=out, stderr=err, cwd=cwd)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - start
    out.seek(0)
    err.seek(0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.stderr.write(err.read().decode(errors="replace"))
    return elapsed, usage.ru_maxrss / 1024, code, out.read().decode()


def install_peer(folder):
    if (Path(folder) / "node_modules" / PEER_PACKAGE).exists():
        return folder
    Path(folder).mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", folder, PEER_PACKAGE], check=True)
    return folder


def concord_command():
    dll = ROOT / "contracts" / "Concord.Cli" / "bin" / "Release" / "net10.0" / "concord.dll"
    if not getattr(concord_command, "built", False):
        # Always (incrementally) built: a stale Release build would measure old code.
        concord_command.built = True
        subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", "--nologo", str(ROOT / "contracts" / "Concord.Cli")], check=True)
    return ["dotnet", str(dll)]


def run_concord(document, pacts, cwd):
    seconds, mib, code, out = measure(concord_command() + ["compare", "--openapi", str(document), "--pacts", str(pacts), "--format", "json"], cwd=cwd)
    findings = json.loads(out)["findings"] if out.strip() else []
    return seconds, mib, code, findings


def run_peer(peer, document, pacts):
    script = Path(peer) / "run-peer.mjs"
    script.write_text(PEER_SCRIPT)
    seconds, mib, code, out = measure(["node", str(script), str(document)] + [str(p) for p in pacts], cwd=peer)
    return seconds, mib, code, [json.loads(line) for line in out.splitlines() if line.strip()]


# ---- pacts generated from the document's operations -------------------------------------------------

def resolve(doc, schema, depth=0):
    while isinstance(schema, dict) and "$ref" in schema and depth < 50:
        node = doc
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
        depth += 1
    return schema if isinstance(schema, dict) else {}


def example(doc, schema, depth=0):
    """A value the schema accepts, built the simple way: required properties, first enum, first branch."""
    schema = resolve(doc, schema)
    if depth > 6:
        return None
    if "const" in schema:
        return schema["const"]
    if "enum" in schema and schema["enum"]:
        return schema["enum"][0]
    if "example" in schema and depth > 0:
        return schema["example"]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            branches = [resolve(doc, b) for b in schema[key]]
            branch = next((b for b in branches if b.get("type") != "null"), branches[0])
            return example(doc, branch, depth + 1)
    if schema.get("allOf"):
        merged = {}
        for part in schema["allOf"]:
            value = example(doc, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        value = {}
        for name in schema.get("required", []):
            value[name] = example(doc, schema.get("properties", {}).get(name, {}), depth + 1)
        return value
    if kind == "array":
        return [example(doc, schema.get("items", {}), depth + 1)] if schema.get("minItems", 0) > 0 else []
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if schema.get("format") == "date-time":
        return "2024-01-02T03:04:05Z"
    if schema.get("format") == "uri":
        return "https://example.com/x"
    return "x" * max(int(schema.get("minLength", 1)), 1)


def interactions(doc, count):
    # Paths as the document writes them (the consumer's base address holds the server's /v1): the comparator
    # ignores OpenAPI 3 servers, so /v1/... would be unknown to it for every interaction.
    base_path = ""
    operations = []
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                operations.append((path, method, operation, item.get("parameters", [])))
    generated = []
    for i in range(count):
        path, method, operation, shared = operations[i % len(operations)]
        parameters = [resolve(doc, p) for p in shared + operation.get("parameters", [])]
        concrete = path
        query = {}
        for parameter in parameters:
            value = example(doc, parameter.get("schema", {}))
            if parameter.get("in") == "path":
                concrete = concrete.replace("{" + parameter["name"] + "}", str(value if value not in (None, "") else "x"))
            elif parameter.get("in") == "query" and parameter.get("required"):
                query[parameter["name"]] = [json.dumps(value) if isinstance(value, (dict, list, bool)) else str(value)]
        request = {"method": method.upper(), "path": base_path + concrete, "headers": {"Authorization": "Bearer sk-redacted"}}
        if query:
            request["query"] = query
        body = operation.get("requestBody")
        body = resolve(doc, body) if body else None
        if body and "application/json" in body.get("content", {}):
            request["headers"]["Content-Type"] = "application/json"
            request["body"] = example(doc, body["content"]["application/json"].get("schema", {}))
        responses = operation.get("responses", {})
        status = next((s for s in responses if s.startswith("2")), next(iter(responses), "200"))
        response = {"status": int(status) if status.isdigit() else 200}
        broken = None
        if i % 5 == 4:
            broken = ["wrong path", "no credential", "wrong body type", "undocumented status"][(i // 5) % 4]
            if broken == "wrong path":
                request["path"] = base_path + "/not-documented" + concrete
            elif broken == "no credential":
                del request["headers"]["Authorization"]
            elif broken == "wrong body type" and isinstance(request.get("body"), dict):
                request["body"] = ["not", "an", "object"]
            elif broken == "wrong body type":
                broken = "undocumented status"
            if broken == "undocumented status":
                response["status"] = 299
        generated.append({"description": f"#{i} {method.upper()} {path}" + (f" ({broken})" if broken else ""), "request": request, "response": response})
    return generated


def verdicts_concord(findings):
    bad = {}
    for finding in findings:
        if finding["severity"] == "error" and finding["location"].get("kind") == "pact":
            bad.setdefault(finding["location"]["interaction"], []).append(finding["ruleId"])
    return bad


def verdicts_peer(results):
    bad = {}
    for result in results:
        if result["type"] in ("error", "threw"):
            bad.setdefault(result["interaction"], []).append(result["code"])
    return bad


def side_by_side(peer):
    print("## Side by side: the seed sample")
    print("| pacts | provider document | concord | openapi-pact-comparator |")
    print("| --- | --- | --- | --- |")
    documents = {
        "AuthService": SAMPLES / "ModelRegistry.Auth" / "openapi.json",
        "ModelRegistryApi": SAMPLES / "ModelRegistry.Api" / "openapi.json",
        "MlflowStandIn": SAMPLES / "ModelRegistry.MlflowStandIn" / "openapi.json",
    }
    for folder in ("as-reported", "fixed"):
        for pact in sorted((SAMPLES / "pacts" / folder).glob("*.json")):
            provider = json.loads(pact.read_text())["provider"]["name"]
            if provider not in documents:
                print(f"| {folder}/{pact.name} | (no document for {provider}) | | |")
                continue
            _, _, _, findings = run_concord(documents[provider], pact, SAMPLES)
            _, _, _, results = run_peer(peer, documents[provider], [pact])
            ours = ", ".join(sorted({f"{f['ruleId']} {f['severity']}" for f in findings})) or "agree"
            theirs = ", ".join(sorted({f"{r['code']} {r['type']}" for r in results})) or "agree"
            print(f"| {folder}/{pact.name} | {documents[provider].relative_to(SAMPLES)} | {ours} | {theirs} |")
    print()


def benchmark(peer, count, name="openai"):
    document = SHARED / name / "base.json"
    doc = json.loads(document.read_text())
    with tempfile.TemporaryDirectory() as folder:
        pact = Path(folder) / f"bench-{name}.json"
        pact.write_text(json.dumps({
            "consumer": {"name": "bench"}, "provider": {"name": name},
            "interactions": interactions(doc, count),
            "metadata": {"pactSpecification": {"version": "3.0.0"}}}))
        concord_command()
        concord = run_concord(document, pact, folder)
        pactflow = run_peer(peer, document, [pact])
    print(f"## Benchmark: {count} interactions against {name}/base.json ({document.stat().st_size // 1024} KiB)")
    print("| tool | seconds | peak MiB | exit | error findings | interactions judged in disagreement |")
    print("| --- | --- | --- | --- | --- | --- |")
    ours, theirs = verdicts_concord(concord[3]), verdicts_peer(pactflow[3])
    print(f"| concord compare | {concord[0]:.2f} | {concord[1]:.0f} | {concord[2]} | {sum(len(v) for v in ours.values())} | {len(ours)} |")
    threw = sum(1 for r in pactflow[3] if r["type"] == "threw")
    print(f"| openapi-pact-comparator | {pactflow[0]:.2f} | {pactflow[1]:.0f} | {pactflow[2]} | {sum(len(v) for v in theirs.values())} (of which threw: {threw}) | {len(theirs)} |")
    print()
    others = {}
    for finding in concord[3]:
        if finding["severity"] != "error":
            key = f"{finding['ruleId']} {finding['severity']}"
            others[key] = others.get(key, 0) + 1
    print("concord findings below error: " + (", ".join(f"{k} x{v}" for k, v in sorted(others.items())) or "none"))
    print()
    differences = sorted(set(ours) ^ set(theirs), key=lambda d: int(d.split()[0][1:]))
    print(f"## Verdict differences ({len(differences)} of {count} interactions)")
    for description in differences:
        print(f"- {description}: concord {sorted(set(ours.get(description, []))) or 'agree'}; comparator {sorted(set(theirs.get(description, []))) or 'agree'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--interactions", type=int, default=200)
    parser.add_argument("--peer", help="a folder with the comparator installed (default: a temporary one)")
    parser.add_argument("--document", action="append", choices=["openai", "stripe", "github"],
                        help="which document of ../shared/bench/openapi to generate interactions from (repeatable; default openai)")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        peer = install_peer(arguments.peer or temporary)
        side_by_side(peer)
        for name in arguments.document or ["openai"]:
            benchmark(peer, arguments.interactions, name)


if __name__ == "__main__":
    main()
