"""Map build time and page size for synthetic event sets (1k, 10k, 100k by default).

    python bench/bench_map.py [--sizes 1000 10000 100000]

Synthetic events are spread over Ukraine/Russia with realistic text lengths; each row of the
table is one build in this process (compare rows, not machines). Page size is the standalone
HTML (everything inlined, as served offline). Above MapOptions.max_markers events are
aggregated per place and type, so 100k stays usable.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.maps import MapOptions, build_map, map_html  # noqa: E402
from geo.models import Event, Evidence  # noqa: E402


def synthetic(n: int, seed: int = 7, places: int = 3000) -> list[Event]:
    rnd = random.Random(seed)
    sites = [(f"Place {i}", rnd.uniform(44, 60), rnd.uniform(22, 60)) for i in range(places)]
    out = []
    for i in range(n):
        name, lat, lon = sites[i % places]
        t = "strike" if i % 3 == 0 else "outage"
        sent = f"Reports said a {t} left parts of {name} without power and heating on day {i % 90}. " * 2
        out.append(Event(event_id=f"e{i}", event_type=t, place=name, mention=name, lat=lat, lon=lon, country_code="UA",
                         admin1=None, granularity="city", geo_precision=1, gazetteer_id=f"syn:{i % places}",
                         services=("power", "heating"), affected_min=rnd.choice([None, 1000, 250000]),
                         affected_max=None, affected_text=None, source=f"doc{i % 500}.txt",
                         evidence=(Evidence(sent, 0, len(sent)),), confidence=0.7, date=f"2026-01-{1 + i % 28:02d}"))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    a = ap.parse_args(argv)
    build_map([], MapOptions())  # warm the basemap and asset caches once
    print(f"{'events':>8} {'markers':>8} {'aggregated':>10} {'build s':>8} {'render s':>9} {'page MB':>8} {'peak MB':>8}")
    for n in a.sizes:
        events = synthetic(n)
        tracemalloc.start()
        t0 = time.perf_counter()
        m = build_map(events, MapOptions())
        t1 = time.perf_counter()
        page = map_html(m)
        t2 = time.perf_counter()
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        layer = next(c for c in m._children.values() if getattr(c, "_name", "") == "EventLayer")
        rows = layer.rows_json.count("], [") + 1
        print(f"{n:8d} {rows:8d} {str(layer.aggregated):>10} {t1 - t0:8.2f} {t2 - t1:9.2f} {len(page.encode()) / 2**20:8.2f} {peak:8.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
