"""Toponym resolution on corpora with gold coordinates (geoeval JSONL format).

    python bench/eval_geocoding.py ../shared/geoeval/geovirus.jsonl ../shared/geoeval/wiktor.jsonl
    python bench/eval_geocoding.py FILE --limit 500      # first 500 documents only

For each corpus: acc@161 km, median and mean error, AUC (Gritta et al.: area under the sorted
ln(1+error) curve / ln(20039)), coverage; an unresolved toponym counts as 20,039 km. The naive
baseline (exact name, largest population, same gazetteer) is computed in the same run, so the
two rows compare on one machine at one time. Runs through the `python -m geo resolve` code path.

The column `acc161±` is a diagnostic, not the score: it forgives a wrong sign in the gold
coordinates. WikToR stores some western longitudes without their minus sign ("Montgomery,
Illinois" at 41.73, +88.33); a prediction that lands on the place the gold names, with the
sign restored, counts there. The score to quote is `acc161`.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.cli import _resolve_docs  # noqa: E402
from geo.gazetteer import default_gazetteer, distance_km  # noqa: E402

MAX_KM = 20039.0


def metrics(errors: list[float], resolved: int) -> dict:
    n = len(errors)
    if not n:
        return {"n": 0}
    errs = sorted(errors)
    logs = [math.log(1 + e) for e in errs]
    auc = sum((logs[i] + logs[i + 1]) / 2 for i in range(n - 1)) / (math.log(MAX_KM) * (n - 1)) if n > 1 else logs[0] / math.log(MAX_KM)
    return {
        "n": n,
        "coverage": resolved / n,
        "acc161": sum(e <= 161 for e in errs) / n,
        "median_km": statistics.median(errs),
        "mean_km": statistics.fmean(errs),
        "auc": auc,
    }


def naive(recs, gz):
    for rec in recs:
        out = []
        for t in rec["toponyms"]:
            cands = [c for c in gz.lookup(t["name"]) if not c.hint_only]
            best = max(cands, key=lambda c: c.population) if cands else None
            out.append({**t, "lat": best.lat if best else None, "lon": best.lon if best else None})
        yield {**rec, "toponyms": out}


def evaluate(path: Path, limit: int | None = None) -> list[tuple[str, dict, float]]:
    gz = default_gazetteer()
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if limit:
        recs = recs[:limit]
    gold = {r["id"]: r["toponyms"] for r in recs}
    rows = []
    for name, fn in (("naive (largest population)", naive), ("outage-atlas context", _resolve_docs),
                     ("context + country guess", lambda r, g: _resolve_docs(r, g, "country")),
                     ("context + region/country guess", lambda r, g: _resolve_docs(r, g, "region"))):
        t0 = time.perf_counter()
        errors, resolved, signless = [], 0, 0
        for rec in fn(recs, gz):
            for pred, g in zip(rec["toponyms"], gold[rec["id"]]):
                if pred.get("lat") is None:
                    errors.append(MAX_KM)
                else:
                    resolved += 1
                    errors.append(distance_km(pred["lat"], pred["lon"], g["lat"], g["lon"]))
                    signless += min(distance_km(pred["lat"], pred["lon"], a * g["lat"], b * g["lon"])
                                    for a in (1, -1) for b in (1, -1)) <= 161
        m = metrics(errors, resolved)
        m["acc161_signless"] = signless / len(errors) if errors else 0.0
        rows.append((name, m, time.perf_counter() - t0))
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--limit", type=int, help="first N documents of each corpus")
    a = ap.parse_args(argv)
    print(f"{'corpus':12} {'method':28} {'n':>6} {'cover':>6} {'acc161':>7} {'median':>8} {'mean':>8} {'AUC':>6} "
          f"{'acc161±':>8} {'secs':>6}")
    for path in a.corpora:
        for name, m, secs in evaluate(path, a.limit):
            print(f"{path.stem:12} {name:28} {m['n']:6d} {m['coverage']:6.3f} {m['acc161']:7.3f} "
                  f"{m['median_km']:8.0f} {m['mean_km']:8.0f} {m['auc']:6.3f} {m['acc161_signless']:8.3f} {secs:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
