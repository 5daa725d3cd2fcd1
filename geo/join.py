"""Events -> the places layer: one row per place.

Joint casualty figures ("killed two and injured 9 in Lviv and Rivne") are carried by each
event of the scope with the same numbers; totals count each (source, scope, figure) once, so
a figure never doubles across places or across the layer. Per place, the killed/injured of
several reports of the same event are the lowest report (ACLED), summed over distinct events.
"""

from __future__ import annotations

from collections import defaultdict

from .models import Event


def _place_key(e: Event) -> str:
    return e.gazetteer_id or f"{e.place}|{e.lat}|{e.lon}"


def join_places(events: list[Event]) -> list[dict]:
    """Places layer rows (dicts with lat/lon and the PLACE_COLUMNS)."""
    groups: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        if e.lat is not None:
            groups[_place_key(e)].append(e)
    rows = []
    for key, evs in groups.items():
        first = evs[0]
        figures = _distinct_figures(evs)
        affected = [x for e in evs for x in (e.affected_max, e.affected_min) if x is not None]
        temps = [e.temperature_c for e in evs if e.temperature_c is not None]
        dates = sorted(e.date for e in evs if e.date)
        joint = sorted({s for fk in figures for s in (fk[1] if len(fk[1]) > 1 else ())})
        rows.append({
            "place": first.place,
            "lat": first.lat,
            "lon": first.lon,
            "country_code": first.country_code,
            "admin1": first.admin1,
            "granularity": first.granularity,
            "gazetteer_id": first.gazetteer_id,
            "event_types": sorted({e.event_type for e in evs}),
            "services": [s for s in ("power", "heating", "water", "gas", "communications") if any(s in e.services for e in evs)],
            "affected": max(affected) if affected else None,
            "killed": _sum(v[0] for v in figures.values()),
            "injured": _sum(v[1] for v in figures.values()),
            "casualties_joint_with": [p for p in joint if p != first.place] or None,
            "temperature_c": min(temps) if temps else None,
            "date_first": dates[0] if dates else None,
            "date_last": dates[-1] if dates else None,
            "report_count": len({(e.source, e.event_type) for e in evs}),
            "sources": sorted({e.source for e in evs}),
            "event_count": len(evs),
        })
    rows.sort(key=lambda r: (-(r["affected"] or 0), r["place"]))
    return rows


def casualty_totals(events: list[Event]) -> dict[str, int]:
    """Killed/injured over all events, each joint figure counted once."""
    seen = _distinct_figures(events)
    return {"killed": _sum(v[0] for v in seen.values()) or 0, "injured": _sum(v[1] for v in seen.values()) or 0}


def _distinct_figures(events) -> dict[tuple, tuple[int | None, int | None]]:
    """One casualty figure per (source, scope or place, date): the lowest report of it."""
    figures: dict[tuple, tuple[int | None, int | None]] = {}
    grouped: dict[tuple, set] = {}
    for e in events:
        if e.casualties_scope:
            grouped.setdefault((e.source, e.date), set()).update(e.casualties_scope)
    for e in events:
        if e.killed is None and e.injured is None:
            continue
        if not e.casualties_scope and e.place in grouped.get((e.source, e.date), ()):
            continue  # "33 of them in Kyiv": a part of a joint total already counted
        fk = (e.source, e.casualties_scope or (e.place,), e.date)
        prev = figures.get(fk)
        figures[fk] = (e.killed, e.injured) if prev is None else (_min(prev[0], e.killed), _min(prev[1], e.injured))
    return figures


def _min(a, b):
    vals = [x for x in (a, b) if x is not None]
    return min(vals) if vals else None


def _sum(vals):
    vals = [v for v in vals if v is not None]
    return sum(vals) if vals else None
