"""`make bench`: every speed and memory figure, as ratios against a baseline measured in the
same run, printed as a table and saved to bench-report.json. Never run as a test."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_8ebea2dcc62a3401.txt"
REPEATS = 3

BARE_ANALYSIS = """
import sys, jieba, logging
jieba.setLogLevel(logging.WARNING)
from pypinyin import lazy_pinyin, Style
text = open(sys.argv[1], encoding="utf-8").read()
lazy_pinyin(jieba.lcut(text), style=Style.TONE)
"""

OUR_ANALYSIS = """
import sys
from desktop.core.analysis import analyze
analyze(open(sys.argv[1], encoding="utf-8").read())
"""

PEAK_MEMORY = """
import resource, sys
from desktop.core.analysis import analyze
analyze(open(sys.argv[1], encoding="utf-8").read())
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _run(script: str, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT,
                         check=True)
    return time.perf_counter() - start, out.stdout


def _median_seconds(script: str, *args: str) -> float:
    return statistics.median(_run(script, *args)[0] for _ in range(REPEATS))


def _page(tmp: Path, chars: int) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    path = tmp / f"page-{chars}.txt"
    path.write_text((text * (chars // len(text) + 1))[:chars], encoding="utf-8")
    return path


def bench_analysis(tmp: Path) -> list[dict]:
    page = tmp / "sample-x20.txt"
    page.write_text(SAMPLE.read_text(encoding="utf-8") * 20, encoding="utf-8")
    _run(BARE_ANALYSIS, str(page))  # warm jieba's dictionary cache for both sides
    bare = _median_seconds(BARE_ANALYSIS, str(page))
    ours = _median_seconds(OUR_ANALYSIS, str(page))
    return [{"name": f"analyse sample x20 ({len(page.read_text(encoding='utf-8')):,} chars), whole process",
             "ours": ours, "baseline": bare, "baseline_name": "jieba.lcut + pypinyin process",
             "ratio": ours / bare, "target": "<= 1.5x", "ok": ours / bare <= 1.5}]


def bench_memory(tmp: Path) -> list[dict]:
    page = _page(tmp, 1_000_000)
    _, out = _run(PEAK_MEMORY, str(page))
    peak_mb = int(out.strip()) / 1024
    return [{"name": "peak memory analysing a 1 MB page", "ours": peak_mb, "baseline": 400.0,
             "baseline_name": "budget (MB)", "ratio": peak_mb / 400.0, "target": "<= 400 MB",
             "ok": peak_mb <= 400}]


BENCHES = [bench_analysis, bench_memory]


def main() -> int:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for bench in BENCHES:
            rows.extend(bench(Path(tmp)))
    width = max(len(r["name"]) for r in rows)
    print(f"{'measurement':<{width}}  {'ours':>10}  {'baseline':>10}  {'ratio':>7}  target")
    for r in rows:
        print(f"{r['name']:<{width}}  {r['ours']:>10.3f}  {r['baseline']:>10.3f}  {r['ratio']:>6.2f}x  "
              f"{r['target']} {'ok' if r['ok'] else 'MISSED'}")
    report = ROOT / "bench-report.json"
    report.write_text(json.dumps({"python": sys.version.split()[0], "cpus": os.cpu_count(), "rows": rows},
                                 ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"saved {report.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
