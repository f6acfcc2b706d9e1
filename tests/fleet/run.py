#!/usr/bin/env python3
"""The fleet test: many processes, two languages, one ``client_id``, one token at a time.

UMF revokes a client's previous token whenever it issues a new one (004:L61), so processes
that each fetch their own token cut each other off. This runs a real Redis and the sandbox
(with a short token lifetime), then Python and Node worker processes that share one
``client_id``, in four phases:

* ``store``: every worker uses the Redis token store. Asserted: zero failed calls, no request
  refused for its token, and at most one token per lifetime for the whole fleet (UMF's own
  count, from the sandbox);
* ``no store``: the same fleet without the store, for contrast (reported, not asserted beyond
  its completing);
* two drills, with the store and 12 s tokens (refreshed 3 s early): Redis is stopped 0.3 s
  before the first refresh (timed on the sandbox's count of tokens issued), for 1 s (inside
  the refresh margin) and for 6 s (past the token's expiry). Asserted for the short
  one: the workers saw Redis go away, no call failed, at most one token per lifetime;
  for the long one, that every worker finished and saw the outage (its failures, processes
  revoking each other's own tokens, are the documented trade-off of the fallback and are
  reported).

Prints the figures as a Markdown table (the README's fleet table comes from it). Standard
library only; the workers are ``bindings-python/tests/fleet/worker.py`` and
``bindings-wasm/tests/fleet/worker.mjs`` (one JSON line each, see their docs).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID = "sandbox-client"
CLIENT_SECRET = "sandbox-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Redis:
    def __init__(self, binary: str, port: int, workdir: Path) -> None:
        self.binary, self.port, self.workdir = binary, port, workdir
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(
                    ("127.0.0.1", self.port), timeout=0.2
                ) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"


class Sandbox:
    def __init__(self, umf: str, ttl: int) -> None:
        self.proc = subprocess.Popen(
            [umf, "sandbox", "--port", "0", "--token-ttl-secs", str(ttl)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert self.proc.stdout is not None
        ready = json.loads(self.proc.stdout.readline())
        self.base_url: str = ready["base_url"]
        self.admin_url: str = ready["admin_url"]

    def health(self) -> dict[str, object]:
        with urllib.request.urlopen(self.admin_url + "/health", timeout=5) as r:
            return json.load(r)

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


def run_phase(
    args: argparse.Namespace,
    name: str,
    redis: Redis | None,
    *,
    ttl: int,
    calls: int,
    outage: tuple[float, float] | None = None,
) -> dict[str, object]:
    """One phase. ``outage`` = (seconds after the first token is issued, seconds down): Redis
    is stopped then (timed on UMF's own count, so that it covers a refresh) and restarted."""
    sandbox = Sandbox(args.umf, ttl)
    try:
        common = [
            "--base-url",
            sandbox.base_url,
            "--client-id",
            CLIENT_ID,
            "--client-secret",
            CLIENT_SECRET,
            "--keys",
            str(ROOT / "tests/vectors/keys"),
            "--calls",
            str(calls),
            "--interval-ms",
            str(args.interval_ms),
            "--op",
            "list_banks",
        ]
        if redis is not None:
            common += ["--redis", redis.url]
        commands = [
            [args.python, str(ROOT / "bindings-python/tests/fleet/worker.py"), *common]
        ] * args.python_workers + [
            [args.node, str(ROOT / "bindings-wasm/tests/fleet/worker.mjs"), *common]
        ] * args.node_workers
        started = time.monotonic()
        procs = [
            subprocess.Popen(
                c,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd=ROOT,
                env={**os.environ, "NODE_PATH": args.node_path},
            )
            for c in commands
        ]
        cutter = None
        if outage is not None and redis is not None:
            after, down = outage

            def cut() -> None:
                while int(sandbox.health()["tokens_issued"]) == 0:  # type: ignore[arg-type]
                    time.sleep(0.02)
                time.sleep(after)
                redis.stop()
                time.sleep(down)
                redis.start()

            cutter = threading.Thread(target=cut)
            cutter.start()
        results = []
        for proc, command in zip(procs, commands):
            out, err = proc.communicate(timeout=args.timeout)
            if proc.returncode != 0 or not out.strip():
                raise SystemExit(
                    f"{name}: worker {command[1]} exited {proc.returncode}:\n"
                    f"{err.decode(errors='replace')[-2000:]}"
                )
            results.append(json.loads(out.decode().strip().splitlines()[-1]))
        if cutter is not None:
            cutter.join()
        elapsed = time.monotonic() - started
        health = sandbox.health()
    finally:
        sandbox.stop()
    total = lambda key: sum(int(r.get(key, 0)) for r in results)
    errors: dict[str, int] = {}
    for r in results:
        for code, n in dict(r.get("errors", {})).items():
            errors[code] = errors.get(code, 0) + int(n)
    return {
        "phase": name,
        "workers": f"{args.python_workers} Python + {args.node_workers} Node",
        "seconds": round(elapsed, 1),
        "calls": total("calls"),
        "failed": total("failed"),
        "errors": errors,
        "tokens_issued": int(health["tokens_issued"]),  # type: ignore[arg-type]
        "token_rejections": int(health["token_rejections"]),  # type: ignore[arg-type]
        # Why: missing, expired or revoked, and how long after its revocation each request
        # with a revoked token arrived (a request on its way when the next token was issued
        # arrives within the drain plus its delay; a stale token, long after).
        "refusals": health["token_refusals"],
        "requests": int(health["requests_served"]),  # type: ignore[arg-type]
        "shared_tokens": total("shared_tokens"),
        "replays": total("token_replays"),
        "store_failures": total("store_failures"),
        # A token is replaced when a quarter of its life is left (the SDK's refresh margin,
        # at most a quarter of the lifetime), so a fleet needs one per three quarters.
        "lifetimes": math.ceil(elapsed / (ttl * 0.75)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--umf", default=str(ROOT / "target/debug/umf"))
    parser.add_argument("--python", default=str(ROOT / "target/python-venv/bin/python"))
    parser.add_argument("--node", default="node")
    parser.add_argument("--node-path", default=str(ROOT / "bindings-wasm/node_modules"))
    parser.add_argument(
        "--redis-server", default=shutil.which("redis-server") or "redis-server"
    )
    parser.add_argument("--python-workers", type=int, default=8)
    parser.add_argument("--node-workers", type=int, default=4)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--interval-ms", type=int, default=10)
    parser.add_argument("--ttl", type=int, default=4, help="token lifetime (s)")
    parser.add_argument(
        "--drill-calls",
        type=int,
        default=1200,
        help="calls per worker in the drills (they must outlast 15 s)",
    )
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        redis = Redis(args.redis_server, free_port(), Path(tmp))
        try:
            # Each phase has its own sandbox, so each store phase starts with an empty Redis.
            # The drills use 12 s tokens (refreshed 3 s early, at 9 s) and stop Redis 0.3 s
            # before the first refresh: for 1 s (inside the margin: nobody may fetch a token
            # alone, nothing may fail) and for 6 s (past the token's expiry: processes fetch
            # their own and revoke each other, the trade-off of the fallback mode; reported).
            redis.start()
            rows.append(run_phase(args, "store", redis, ttl=args.ttl, calls=args.calls))
            redis.stop()
            rows.append(
                run_phase(args, "no store", None, ttl=args.ttl, calls=args.calls)
            )
            redis.start()
            rows.append(
                run_phase(
                    args,
                    "drill: Redis down 1 s at a refresh",
                    redis,
                    ttl=12,
                    calls=args.drill_calls,
                    outage=(8.7, 1.0),
                )
            )
            redis.stop()
            redis.start()
            rows.append(
                run_phase(
                    args,
                    "drill: Redis down 6 s at a refresh",
                    redis,
                    ttl=12,
                    calls=args.drill_calls,
                    outage=(8.7, 6.0),
                )
            )
        finally:
            redis.stop()

    print(
        "\n| phase | workers | calls | failed | tokens issued | refused for token | "
        "HTTP requests | token lifetimes | shared reads | replays | store failures |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['phase']} | {r['workers']} | {r['calls']} | {r['failed']} | "
            f"{r['tokens_issued']} | {r['token_rejections']} | {r['requests']} | "
            f"{r['lifetimes']} | {r['shared_tokens']} | {r['replays']} | "
            f"{r['store_failures']} |"
        )
    print(json.dumps(rows))

    store, _, short, long = rows
    problems = []
    if store["failed"] != 0:
        problems.append(f"store: {store['failed']} calls failed {store['errors']}")
    if int(store["tokens_issued"]) > int(store["lifetimes"]) + 1:  # type: ignore[arg-type]
        problems.append(
            f"store: {store['tokens_issued']} tokens in {store['lifetimes']} lifetimes"
        )
    # The fleet stops using a token when the store's copy expires and the fetcher drains
    # before it asks for the next one: no request reaches UMF with a revoked token.
    if int(store["token_rejections"]) != 0:  # type: ignore[arg-type]
        problems.append(
            f"store: {store['token_rejections']} requests refused for their token "
            f"({json.dumps(store['refusals'])})"
        )
    # The short outage: calls go on, and the fleet stays on one token per lifetime (a process
    # whose Redis connection died with the restart keeps asking for a second before it would
    # fetch alone); the long one is reported only.
    if int(short["failed"]) != 0:  # type: ignore[arg-type]
        problems.append(
            f"{short['phase']}: {short['failed']} of {short['calls']} calls failed"
        )
    if int(short["tokens_issued"]) > int(short["lifetimes"]) + 1:  # type: ignore[arg-type]
        problems.append(
            f"{short['phase']}: {short['tokens_issued']} tokens in {short['lifetimes']} lifetimes"
        )
    for drill in (short, long):
        if int(drill["store_failures"]) == 0:  # type: ignore[arg-type]
            problems.append(f"{drill['phase']}: no worker saw Redis go away")
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
