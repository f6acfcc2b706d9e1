"""Runs the Python quickstart against the pip-installed sandbox, from installed packages only.

    VENV/bin/python dist_quickstart.py QUICKSTART.py

Run by scripts/test-dist.sh with the interpreter of a fresh venv into which the wheels of dist/
were installed (on the host, and in Debian roots through chroot), from a directory outside the
repository. It starts that venv's `umf sandbox`, checks that `umf sandbox --print-test-keys` and
`umf.testing` give the same test keys, runs QUICKSTART (a payment with SMS, then a refund) with
UMF_BASE_URL pointed at the sandbox, checks what it printed, and checks that a notification
signed by `umf.testing` verifies under its UMF key and a tampered one does not. Python 3.9 and
later (the oldest the wheel claims).
"""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

import umf
import umf.testing


def main() -> int:
    quickstart = Path(sys.argv[1]).resolve()
    bin_dir = Path(sys.executable).parent
    umf_command = str(bin_dir / "umf")

    # Only the installed packages: the module and the command come from this venv.
    package = Path(umf.__file__).resolve()
    if Path(sys.prefix).resolve() not in package.parents or "site-packages" not in package.parts:
        raise SystemExit(f"umf imported from {package}, not from the venv at {sys.prefix}")

    printed = json.loads(
        subprocess.run(
            [umf_command, "sandbox", "--print-test-keys"], check=True, stdout=subprocess.PIPE
        ).stdout
    )
    if (
        printed["merchant_private_key_pem"] != umf.testing.MERCHANT_PRIVATE_KEY_PEM
        or printed["umf_public_key_pem"] != umf.testing.UMF_CERTIFICATE_PEM
        or printed["client_id"] != umf.testing.CLIENT_ID
    ):
        raise SystemExit("`umf sandbox --print-test-keys` and umf.testing disagree")

    sandbox = subprocess.Popen([umf_command, "sandbox"], stdout=subprocess.PIPE, text=True)
    try:
        assert sandbox.stdout is not None
        ready = json.loads(sandbox.stdout.readline())
        run = subprocess.run(
            [sys.executable, str(quickstart)],
            env={**os.environ, "UMF_BASE_URL": ready["base_url"]},
            stdout=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)
    lines = run.stdout.splitlines()
    expected = [
        r"PAY_\S+ WAIT_BUYER_PAY 100\.00",
        r"PAY_\S+ TRADE_SUCCESS",
        r"REFUND_\S+ REFUND_SUCCESS",
    ]
    if run.returncode != 0 or len(lines) != 3:
        raise SystemExit(f"the quickstart exited {run.returncode} printing {lines}")
    for line, pattern in zip(lines, expected):
        if not re.fullmatch(pattern, line):
            raise SystemExit(f"the quickstart printed {line!r}, wanted {pattern}")

    note = umf.testing.signed_notification(
        "payment", {"id": lines[0].split()[0], "state": "TRADE_SUCCESS"}
    )
    parsed = umf.verify_notification(note.signature, note.body, umf.testing.umf_public_key())
    if parsed.idempotency_key != f"payment:{lines[0].split()[0]}:TRADE_SUCCESS":
        raise SystemExit(f"the test notification read as {parsed.idempotency_key}")
    try:
        umf.verify_notification(
            note.signature, note.body.replace(b"TRADE", b"TRADX"), umf.testing.umf_public_key()
        )
    except umf.SignatureError:
        pass
    else:
        raise SystemExit("a tampered test notification verified")

    libc = " ".join(platform.libc_ver())
    print(
        f"quickstart passed on Python {platform.python_version()}, {libc}, "
        f"{platform.machine()}: {lines[1]}, {lines[2]}; test notification verified"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
