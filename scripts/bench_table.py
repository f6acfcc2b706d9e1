"""Gathers the `BENCH|<language>|<workload>|<umf µs>|<baseline name>|<baseline µs>` lines of the
benchmark harnesses (scripts/bench.sh) from their logs into one markdown table on stdout: a row per
workload and language, the ratio umf/baseline, and each language's baseline named once below.
"""

from __future__ import annotations

import sys

# The order of core/examples/bench_fixtures.rs; a workload it does not know goes last.
WORKLOADS = [
    "sign-1024",
    "sign-2048",
    "verify-1024",
    "verify-2048",
    "encrypt-1024",
    "encrypt-2048",
    "prepare-create_payment",
    "verify-statement-20k",
    "verify-notification",
    "call-with-redis-store",
]


def duration(us: float) -> str:
    if us >= 1000:
        return f"{us / 1000:.2f} ms"
    return f"{us:.1f} µs" if us < 100 else f"{us:.0f} µs"


def main(logs: list[str]) -> None:
    rows = []
    baselines: dict[str, str] = {}
    languages: list[str] = []
    for log in logs:
        with open(log, encoding="utf-8") as f:
            for line in f:
                if not line.startswith("BENCH|"):
                    continue
                _, language, workload, ours, baseline, theirs = line.rstrip("\n").split("|")
                rows.append((language, workload, float(ours), float(theirs), baseline))
                # A language's baseline is its first line's; a workload measured against
                # something else names it in its row.
                baselines.setdefault(language, baseline)
                if language not in languages:
                    languages.append(language)
    if not rows:
        sys.exit("no BENCH| lines in " + " ".join(logs))

    def order(row: tuple[str, str, float, float, str]) -> tuple[int, str, int]:
        language, workload = row[0], row[1]
        known = WORKLOADS.index(workload) if workload in WORKLOADS else len(WORKLOADS)
        return known, workload, languages.index(language)

    print("| workload | language | umf | baseline | ratio |")
    print("|---|---|---:|---:|---:|")
    for language, workload, ours, theirs, baseline in sorted(rows, key=order):
        own = "" if baseline == baselines[language] else f" ({baseline})"
        print(
            f"| {workload} | {language} | {duration(ours)} | {duration(theirs)}{own} "
            f"| {ours / theirs:.2f}× |"
        )
    print()
    print("Baselines, hand-written in each language and measured in the same run:")
    print()
    named: dict[str, list[str]] = {}
    for language in languages:
        named.setdefault(baselines[language], []).append(language)
    for baseline, users in named.items():
        print(f"- {', '.join(users)}: {baseline}")


if __name__ == "__main__":
    main(sys.argv[1:])
