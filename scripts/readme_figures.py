#!/usr/bin/env python3
"""The README's page figures, kept true by the scripts rather than by hand.

    readme_figures.py check BASE             fails, saying which, when the README's first-visit
                                             figure is not what the server at BASE sends now
                                             (scripts/test runs it against run-demo's server)
    readme_figures.py write BASE KEY=VALUE…  measures the first visit at BASE and writes it, with
                                             the figures scripts/bench measured (ready_ms,
                                             idle_rss_kib, start_br_p95, start_br_rps,
                                             start_plain_p95, start_plain_rps), into README.md's
                                             budget table, each row saying how it was measured

A first visit is what a browser with an empty cache downloads for the start page: the page and
every asset it loads, compressed with brotli as the browser asks (`Accept-Encoding: br`). The
check allows 3% either way, for the page's nonce and the demo banner's date.
"""
import datetime
import pathlib
import re
import sys
import urllib.request

README = pathlib.Path(__file__).resolve().parent.parent / "README.md"
ASSETS = ["/pkg/candour.css", "/pkg/candour.js", "/pkg/candour.wasm"]
TOLERANCE = 0.03

# Each row the script owns: the start of its first cell (how it is found), its first cell, its
# limit, and its measured cell (a template filled from the figures).
FIRST_VISIT = "start page first visit"
ROWS = [
    (FIRST_VISIT,
     "start page first visit: HTML + CSS + JS + WebAssembly, brotli as a browser asks, empty cache",
     "≤ 100 KB", "{total} ({parts})"),
    ("`candour serve` ready",
     "`candour serve` ready on an existing database (spawn to `/readyz` answering)",
     "≤ 1 s", "{ready_ms} ms"),
    ("idle memory", "idle memory (RSS, 2 s after start-up on the demo database)",
     "≤ 100 MB", "{idle_mb:.0f} MB"),
    ("start page p95",
     "start page p95, 50 connections (wrk, 1 thread), browser `Accept-Encoding: br`",
     "≤ 5 ms", "{start_br_p95} ms (≈ {start_br_rps} requests/s)"),
    ("start page, no compression",
     "start page, no compression, the same load (a client sending no `Accept-Encoding`)",
     "—", "p95 {start_plain_p95} ms (≈ {start_plain_rps} requests/s)"),
]


def kb(size: int) -> str:
    return f"{size / 1024:.1f} KB"


def first_visit(base: str) -> list[int]:
    """Bytes on the wire for the page and each asset, in the order of ASSETS."""
    sizes = []
    for path in ["/", *ASSETS]:
        request = urllib.request.Request(base + path, headers={"Accept-Encoding": "br", "Accept": "*/*"})
        with urllib.request.urlopen(request) as answer:
            sizes.append(len(answer.read()))
    return sizes


def rows(text: str) -> list[str]:
    return text.split("\n")


def find_row(lines: list[str], start: str) -> int:
    for i, line in enumerate(lines):
        if line.startswith("| " + start):
            return i
    sys.exit(f"README.md has no budget row starting {start!r}")


def check(base: str) -> None:
    lines = rows(README.read_text())
    row = lines[find_row(lines, FIRST_VISIT)]
    written = [float(n) for n in re.findall(r"(\d+(?:\.\d+)?) KB", row.split("|")[3])]
    sizes = first_visit(base)
    measured = [sum(sizes) / 1024] + [s / 1024 for s in sizes]
    names = ["in all", "page", *ASSETS]
    problems = [
        f"{name}: the README says {w:.1f} KB, the server sends {m:.1f} KB"
        for name, w, m in zip(names, written, measured)
        if abs(m - w) > TOLERANCE * max(w, 1.0)
    ]
    if len(written) != len(measured):
        problems.append(f"the README's row should give {len(measured)} sizes: {row}")
    if problems:
        sys.exit("README.md's first-visit figure is out of date (./scripts/bench writes it):\n  "
                 + "\n  ".join(problems))
    print(f"README first-visit figure matches: {measured[0]:.1f} KB")


def write(base: str, pairs: list[str]) -> None:
    figures = dict(pair.split("=", 1) for pair in pairs)
    sizes = first_visit(base)
    figures["total"] = kb(sum(sizes))
    figures["parts"] = " + ".join(kb(s) for s in sizes)
    figures["idle_mb"] = int(figures["idle_rss_kib"]) / 1024
    today = datetime.date.today().isoformat()
    lines = rows(README.read_text())
    for start, first, limit, template in ROWS:
        measured = template.format(**figures)
        lines[find_row(lines, start)] = f"| {first} | {limit} | {measured}; {today} |"
    README.write_text("\n".join(lines))
    print("README.md budget table written")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "check":
        check(sys.argv[2].rstrip("/"))
    elif len(sys.argv) >= 3 and sys.argv[1] == "write":
        write(sys.argv[2].rstrip("/"), sys.argv[3:])
    else:
        sys.exit(__doc__)
