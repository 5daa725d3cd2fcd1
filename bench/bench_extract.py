"""Extraction time against article size (the seed repeated), to show it stays linear.

    python bench/bench_extract.py [--repeats 1 10 40 150] [--rounds 5]

With --rounds N each size is extracted N times (fresh reference markers each round, so no round
reuses another's per-sentence caches) and the fastest round is reported: on a shared, noisy machine
the minimum is the steadiest figure to compare two versions by.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.extract import extract_events  # noqa: E402
from geo.gazetteer import default_gazetteer  # noqa: E402
from geo.models import Document  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, nargs="+", default=[1, 10, 40, 150])
    ap.add_argument("--rounds", type=int, default=1, help="runs per size; the fastest is reported")
    a = ap.parse_args(argv)
    gz = default_gazetteer()
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    extract_events(Document("warm", seed), gz)
    print(f"{'copies':>6} {'chars':>10} {'events':>6} {'seconds':>8} {'chars/s':>10}")
    for k in a.repeats:
        # each copy's sentences end in their own reference marker ("... supplies [17]."), so no copy
        # is a repeat of another for the extractor's per-sentence caches
        dt = float("inf")
        for r in range(a.rounds):
            mark = (lambda i: f"{i}") if r == 0 else (lambda i, r=r: f"{i}.{r}")  # (round 0 as the earlier sessions measured it)
            doc = Document("bench", "".join(re.sub(r"\.(\s)", rf" [{mark(i)}].\1", seed) + "\n\n" for i in range(k)))
            t0 = time.perf_counter()
            events = extract_events(doc, gz)
            dt = min(dt, time.perf_counter() - t0)
            if r == 0:
                chars = len(doc.text)
        print(f"{k:6d} {chars:10d} {len(events):6d} {dt:8.2f} {chars / dt:10.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
