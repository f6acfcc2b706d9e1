#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, made from the shared vectors and the documents' examples.

    python3 scripts/fuzz_corpus.py OUT_DIR

Writes OUT_DIR/<target>/<n> files; nothing here is committed (the inputs are).
"""

import base64
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VECTORS = os.path.join(ROOT, "tests", "vectors")


def pem(label, der):
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----", ""]).encode()


def main(out):
    manifest = json.load(open(os.path.join(VECTORS, "manifest.json"), encoding="utf-8"))
    seeds = {name: [] for name in ("keys", "json_scan", "response", "notification", "statement", "request")}
    for entry in os.listdir(os.path.join(VECTORS, "keys")):
        data = open(os.path.join(VECTORS, "keys", entry), "rb").read()
        seeds["keys"].append(data)
        if entry.startswith("kdf_") and entry.endswith(".der"):
            # The encrypted keys with extreme KDF parameters (generate.py) as PEM too, so the
            # mutator starts from them on both decoding paths.
            seeds["keys"].append(pem("ENCRYPTED PRIVATE KEY", data))
    for case in manifest["responses"]["cases"]:
        body = case["body"].encode()
        seeds["response"].append(body)
        seeds["json_scan"].append(body)
    for case in manifest["notifications"]["cases"]:
        seeds["notification"].append(case["signature"].encode() + b"\n" + case["body"].encode())
    op_ids = [line.split()[1] for line in open(os.path.join(VECTORS, "api_operations.txt"))
              if line.strip() and not line.startswith("#")]
    for line in open(os.path.join(VECTORS, "examples", "examples.jsonl"), encoding="utf-8"):
        example = json.loads(line)
        body = json.dumps(example["json"], ensure_ascii=False).encode()
        seeds["json_scan"].append(body)
        if example["kind"] == "response":
            seeds["response"].append(body)
        if example["kind"] == "notification":
            seeds["notification"].append(b"AAAA\n" + body)
        if example["kind"] == "request" and example["operation"] in op_ids:
            # The request target reads a selector byte (the operation's row) then the params.
            selector = bytes([op_ids.index(example["operation"])])
            seeds["request"].append(selector + body)
            if isinstance(example["json"], dict):
                # The same request with a token and language that try to inject a header.
                hostile = {**example["json"], "$token": "tok\r\nX-Injected: 1", "$lang": "zh\n"}
                seeds["request"].append(selector + json.dumps(hostile, ensure_ascii=False).encode())
    repaired = os.path.join(VECTORS, "examples", "repaired")
    for name in os.listdir(repaired):
        data = open(os.path.join(repaired, name), "rb").read()
        (seeds["statement"] if name.endswith(".csv") else seeds["response"]).append(data)
    for target, items in seeds.items():
        directory = os.path.join(out, target)
        os.makedirs(directory, exist_ok=True)
        for i, data in enumerate(items):
            with open(os.path.join(directory, f"seed-{i:04d}"), "wb") as f:
                f.write(data)
    print(" ".join(f"{t}:{len(v)}" for t, v in seeds.items()))


if __name__ == "__main__":
    main(sys.argv[1])
