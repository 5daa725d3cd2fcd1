"""Score event extraction against a gold.jsonl (events-dev format, see GUIDELINES.md).

    python bench/eval_events.py ../shared/events-dev            # articles/ + gold.jsonl
    python bench/eval_events.py DIR --errors                    # list misses and false positives

Matching: same event_type and the same place, by name (folded: equal first, then either
containing the other) or within 25 km (city/facility), 150 km (region) or 500 km (country) of the gold point;
a name match in another country than the gold's (and farther than that) is no match; one-to-one. Predictions at a gold `non_events` place are counted apart as non-event false
positives; predictions at `ambiguous` places are not scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.extract import extract_events  # noqa: E402
from geo.gazetteer import distance_km, normalize  # noqa: E402
from geo.ingest import read_bytes  # noqa: E402

TOL = {"city": 25, "facility": 25, "region": 150, "country": 500}


def _names(s: str) -> set[str]:
    import re

    parts = re.split(r"[(),]|\s+/\s+", s)
    return {normalize(p) for p in [s, *parts] if p and p.strip()}


def same_place(pred: dict, gold: dict, by_distance: bool = True, exact: bool = False) -> bool:
    if pred.get("country_code") and gold.get("country_code") and pred["country_code"] != gold["country_code"] \
            and not (gold.get("lat") is not None and pred.get("lat") is not None
                     and distance_km(pred["lat"], pred["lon"], gold["lat"], gold["lon"]) <= TOL.get(gold.get("granularity"), 25)):
        return False  # a namesake in another country ("Juba City" put at Yuba City, California) is not the place
    pn = {normalize(pred["place"]), normalize(pred.get("mention") or "")} - {""}
    gn = _names(gold["place"])
    if pn & gn:
        return True
    if exact:
        return False
    if any(p and (p in g.split() or g in p) for p in pn for g in gn if len(g) > 3 and len(p) > 3):
        return True
    if not by_distance or gold.get("lat") is None or pred.get("lat") is None:
        return False
    return distance_km(pred["lat"], pred["lon"], gold["lat"], gold["lon"]) <= TOL.get(gold.get("granularity"), 25)


def field_checks(pred: dict, gold: dict) -> dict[str, bool]:
    out = {}
    for f in ("killed", "injured"):
        if gold.get(f) is not None:
            out[f] = pred.get(f) == gold[f]
    if gold.get("temperature_c") is not None:
        out["temperature"] = pred.get("temperature_c") is not None and abs(pred["temperature_c"] - gold["temperature_c"]) <= 0.6
    if gold.get("affected"):
        a = gold["affected"]
        out["affected"] = (pred.get("affected_min"), pred.get("affected_max")) == (a.get("min"), a.get("max"))
    if gold.get("date"):
        pd = pred.get("date") or ""
        out["date"] = pd == gold["date"] or (len(gold["date"]) < len(pd) and pd.startswith(gold["date"]))
    return out


def score(articles_dir: Path, gold_path: Path, show_errors: bool = False) -> dict:
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = nonev = 0
    fields: dict[str, list[bool]] = {}
    per_article = []
    errors = []
    for g in rows:
        path = articles_dir / g["file"]
        doc = read_bytes(path.read_bytes(), path.name)[0]
        preds = []
        for e in extract_events(doc):
            d = e.properties()
            d["lat"], d["lon"] = e.lat, e.lon
            preds.append(d)
        gold = g["events"]
        used = set()
        a_tp = 0
        # exact names first, then names contained in each other, then distance, so a nearby city
        # never takes a region's match ("Odesa" is not "Odesa Oblast" while both are there)
        pairs: dict[int, int] = {}
        for by_distance, exact in ((False, True), (False, False), (True, False)):
            for gi, ge in enumerate(gold):
                if gi in pairs:
                    continue
                hit = next((k for k, p in enumerate(preds) if k not in used and p["event_type"] == ge["event_type"]
                            and same_place(p, ge, by_distance, exact)), None)
                if hit is not None:
                    pairs[gi] = hit
                    used.add(hit)
        for gi, ge in enumerate(gold):
            hit = pairs.get(gi)
            if hit is None:
                errors.append(f"MISS {g['file']}: {ge['place']} {ge['event_type']}")
                continue
            a_tp += 1
            for f, ok in field_checks(preds[hit], ge).items():
                fields.setdefault(f, []).append(ok)
                if not ok:
                    errors.append(f"FIELD {g['file']}: {ge['place']} {ge['event_type']} {f}: gold {ge.get(f, ge.get('temperature_c') if f == 'temperature' else ge.get('affected'))} pred {[preds[hit].get(x) for x in ('killed', 'injured', 'temperature_c', 'affected_min', 'affected_max', 'date')]}")
        a_fp = a_ne = 0
        for k, p in enumerate(preds):
            if k in used:
                continue
            if any(same_place(p, {"place": x["place"], "lat": None}) for x in g.get("ambiguous", [])):
                continue
            # a second event type at a gold place is an ordinary false positive
            if any(same_place(p, {"place": x["place"], "lat": None}) for x in g.get("non_events", [])):
                a_ne += 1
                errors.append(f"NONEVENT {g['file']}: {p['place']} {p['event_type']} ({p['mention']})")
            else:
                errors.append(f"FP {g['file']}: {p['place']} {p['event_type']} ({p['mention']}) {p['country_code']}")
            a_fp += 1
        a_fn = len(gold) - a_tp
        tp, fp, fn, nonev = tp + a_tp, fp + a_fp, fn + a_fn, nonev + a_ne
        per_article.append((g["file"], len(gold), len(preds), a_tp, a_fp, a_fn, a_ne))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "nonevent_fp": nonev, "precision": p, "recall": r, "f1": f1,
            "fields": {k: (sum(v), len(v)) for k, v in fields.items()}, "per_article": per_article, "errors": errors}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="folder with articles/ and gold.jsonl")
    ap.add_argument("--gold", type=Path, help="gold file (default FOLDER/gold.jsonl)")
    ap.add_argument("--errors", action="store_true", help="list misses and false positives")
    a = ap.parse_args(argv)
    res = score(a.folder / "articles", a.gold or a.folder / "gold.jsonl", a.errors)
    print(f"{'article':45} {'gold':>4} {'pred':>4} {'tp':>3} {'fp':>3} {'fn':>3} {'nonev':>5}")
    for row in res["per_article"]:
        print(f"{row[0]:45} {row[1]:4d} {row[2]:4d} {row[3]:3d} {row[4]:3d} {row[5]:3d} {row[6]:5d}")
    print(f"\nP {res['precision']:.3f}  R {res['recall']:.3f}  F1 {res['f1']:.3f}  "
          f"(tp {res['tp']}, fp {res['fp']}, fn {res['fn']}; non-event FPs {res['nonevent_fp']} "
          f"= {res['nonevent_fp'] / max(1, res['tp'] + res['fp']):.1%} of predictions)")
    print("field accuracy on matched events where gold states it:")
    for k, (ok, n) in sorted(res["fields"].items()):
        print(f"  {k:12} {ok}/{n} = {ok / n:.2f}")
    if a.errors:
        print("\n" + "\n".join(res["errors"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
