"""Command line: ``python -m geo extract|resolve|index``.

    python -m geo extract PATH... --out FILE.geojson [--layer events|places] [--date YYYY-MM-DD]
    python -m geo resolve IN.jsonl --out OUT.jsonl
    python -m geo index            # build (or rebuild) the offline gazetteer index now

The output format of ``extract`` follows the --out suffix: .geojson (RFC 7946, the contract),
.csv, .gpkg or .kml.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
import logging
import re
import sys
from pathlib import Path

from .errors import GeoError

log = logging.getLogger("geo")


def _resolve_docs(lines, gz, fallback: str | None = None):
    """Toponyms of each record resolved with the record's text as context. With ``fallback``
    "country", a toponym the gazetteer lacks gets the point of the country most of the record's
    other places are in, marked ``"guess": "document country"`` (a guess that says so); by
    default it stays an honest miss (lat/lon null)."""
    from .extract.events import _demonym_ccs, _list_region_hints
    from .extract.mentions import REGION_WORDS, find_mentions
    from .gazetteer import normalize
    from .geocoding import resolve_mentions
    from .models import Mention

    for rec in lines:
        text = rec.get("text") or ""
        tops = rec.get("toponyms") or []
        mentions = []
        for t in tops:
            after = text[t["end"] : t["end"] + 20].lower().split()
            hint = bool(after) and after[0].strip(".,;") in REGION_WORDS
            mentions.append(Mention(t["name"], t["start"], t["end"], normalize(re.sub(r"[’']s$", "", t["name"])), hint))
        # the other places the text names are context too (WikToR gives one toponym per text)
        spans = [(m.start, m.end) for m in mentions]
        context = [c for c in find_mentions(text, gz) if not any(c.start < e and s < c.end for s, e in spans)]
        allm = mentions + context
        order = sorted(range(len(allm)), key=lambda i: allm[i].start)
        # "the province of X", "X and Y counties": the same unit hints as in extraction
        places = resolve_mentions(_list_region_hints(text, [allm[i] for i in order]), text, gz, _demonym_ccs(text, gz))
        by_index = {i: places[k] for k, i in enumerate(order)}
        guess = None
        # "region": a toponym the gazetteer lacks first gets the point of the region that qualifies it
        # in the text ("Manchester is a city in Dickinson County, Kansas", "Tetkino, Kursk region")
        qualifying: dict[int, object] = {}
        if fallback == "region":
            from .geocoding import _DEFINITION
            for k, i in enumerate(order[:-1]):
                j = order[k + 1]
                gap = text[allm[i].end : allm[j].start]
                q = by_index.get(j)
                if q is not None and q.granularity == "region" and (
                        re.fullmatch(r"\s*,\s*|\s+in\s+(?:the\s+)?", gap) or _DEFINITION.fullmatch(gap)):
                    qualifying[i] = q
        if fallback in ("country", "region"):
            ccs = Counter(p.country_code for p in places if p is not None and p.country_code)
            guess = gz.country(ccs.most_common(1)[0][0]) if ccs else None
        out_tops = []
        for i, t in enumerate(tops):
            p = by_index.get(i)
            if p is None and i in qualifying:
                q = qualifying[i]
                out_tops.append({**t, "lat": q.lat, "lon": q.lon, "place": q.name, "country_code": q.country_code,
                                 "gazetteer_id": q.gazetteer_id, "guess": "qualifying region"})
                continue
            if p is None and guess is not None:
                out_tops.append({**t, "lat": guess.lat, "lon": guess.lon, "place": guess.name,
                                 "country_code": guess.country_code, "gazetteer_id": guess.gazetteer_id,
                                 "guess": "document country"})
                continue
            out_tops.append({**t, "lat": p.lat if p else None, "lon": p.lon if p else None,
                             "place": p.name if p else None, "country_code": p.country_code if p else None,
                             "gazetteer_id": p.gazetteer_id if p else None})
        yield {**rec, "toponyms": out_tops}


def cmd_resolve(a) -> int:
    from .gazetteer import default_gazetteer

    gz = default_gazetteer()
    src = Path(a.input)
    recs = (json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip())
    n = 0
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in _resolve_docs(recs, gz, a.fallback):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    print(f"resolved {n} documents -> {a.out}", file=sys.stderr)
    return 0


def cmd_extract(a) -> int:
    from .export import EXPORTERS
    from .extract import extract_all
    from .ingest import read_paths

    docs, problems = read_paths(a.paths, a.date)
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)
    if not docs:
        print("error: no readable input document", file=sys.stderr)
        return 2
    events = extract_all(docs)
    if a.geocoder != "gazetteer":
        from .online import get_geocoder, refine_events

        g = get_geocoder(a.geocoder, user_agent=a.user_agent, timeout=a.timeout)
        events = refine_events(events, g)
        for note in g.notices:
            print(f"notice: {note}", file=sys.stderr)
    suffix = Path(a.out).suffix.lower().lstrip(".")
    fmt = {"json": "geojson", "geojson": "geojson", "csv": "csv", "gpkg": "gpkg", "kml": "kml"}.get(suffix, "geojson")
    EXPORTERS[fmt](events, a.out, layer=a.layer)
    print(f"{len(docs)} documents, {len(events)} events -> {a.out}", file=sys.stderr)
    return 0


def cmd_index(a) -> int:
    from .gazetteer import build_index, index_path

    p = index_path()
    if a.rebuild or not p.exists():
        build_index(p)
    print(p)
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m geo", description="Outage Atlas: news text -> outage and strike events on a map.")
    ap.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract", help="articles -> events GeoJSON (one Feature per document, place, event type)")
    e.add_argument("paths", nargs="+", help="files or folders: .txt .md .html .jsonl .csv")
    e.add_argument("--out", required=True, help="output file; format from the suffix: .geojson .csv .gpkg .kml")
    e.add_argument("--layer", choices=("events", "places"), default="events", help="events (default) or the joined places layer")
    e.add_argument("--date", help="article date YYYY-MM-DD for relative dates when the text has none")
    e.add_argument("--geocoder", default="gazetteer", help="gazetteer (offline, default) or a geopy service such as nominatim to re-place low-confidence events")
    e.add_argument("--user-agent", default="outage-atlas/0.1", help="user agent sent to an online geocoder")
    e.add_argument("--timeout", type=float, default=5.0, help="seconds before an online geocoder falls back to the gazetteer")
    e.set_defaults(func=cmd_extract)
    r = sub.add_parser("resolve", help="toponym spans -> coordinates (JSONL in, JSONL out)")
    r.add_argument("input", help='JSONL: {"id", "text", "toponyms": [{"name", "start", "end"}]}')
    r.add_argument("--out", required=True, help="output JSONL with lat, lon, place, country_code, gazetteer_id per toponym")
    r.add_argument("--fallback", choices=("none", "country", "region"), default="none",
                   help='none (default): a toponym the gazetteer lacks stays unresolved; country: it gets the '
                        'point of the country of the record\'s other places, marked "guess": "document country"; '
                        'region: first the point of the region that qualifies it in the text ("X, Kursk region", '
                        '"X is a town in Y County"), marked "guess": "qualifying region", else the country\'s')
    r.set_defaults(func=cmd_resolve)
    i = sub.add_parser("index", help="build the offline gazetteer index now (otherwise built on first use)")
    i.add_argument("--rebuild", action="store_true", help="rebuild even when an index for these sources exists")
    i.set_defaults(func=cmd_index)
    return ap


def main(argv=None) -> int:
    a = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if a.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return a.func(a)
    except GeoError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
