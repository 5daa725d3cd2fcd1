"""The dashboard's filters as a pure function over events."""

from __future__ import annotations

from dataclasses import dataclass

from .models import Event


@dataclass(frozen=True)
class Filters:
    event_types: tuple[str, ...] = ("outage", "strike")
    services: tuple[str, ...] = ()  # any of these; empty = no constraint
    countries: tuple[str, ...] = ()
    min_confidence: float = 0.0
    query: str | None = None  # case-insensitive, over place, mention and evidence
    date_from: str | None = None
    date_to: str | None = None
    min_affected: int = 0


def apply_filters(events: list[Event], f: Filters) -> list[Event]:
    """Events that pass every filter (the order is kept)."""
    q = (f.query or "").lower()
    out = []
    for e in events:
        if e.event_type not in f.event_types:
            continue
        if f.services and not set(f.services) & set(e.services):
            continue
        if f.countries and e.country_code not in f.countries:
            continue
        if e.confidence < f.min_confidence:
            continue
        if f.min_affected and (e.affected_max or e.affected_min or 0) < f.min_affected:
            continue
        if f.date_from and (not e.date or e.date[: len(f.date_from)] < f.date_from[: len(e.date)]):
            continue
        if f.date_to and (not e.date or e.date[: len(f.date_to)] > f.date_to):
            continue
        if q and q not in (e.place or "").lower() and q not in e.mention.lower() and not any(q in x.text.lower() for x in e.evidence):
            continue
        out.append(e)
    return out


def events_per_day(events: list[Event]) -> list[dict]:
    """Rows {date, outage, strike} for a timeline chart (events with a day-precise date)."""
    counts: dict[str, dict[str, int]] = {}
    for e in events:
        if e.date and len(e.date) == 10:
            row = counts.setdefault(e.date, {"outage": 0, "strike": 0})
            row[e.event_type] = row.get(e.event_type, 0) + 1
    return [{"date": d, **counts[d]} for d in sorted(counts)]


def highlight_evidence(text: str, event: Event, context: int = 400) -> str:
    """Escaped HTML of the article around the event's evidence, the evidence in <mark>."""
    import html

    spans = sorted((ev.start, ev.end) for ev in event.evidence if 0 <= ev.start < ev.end <= len(text))
    if not spans:
        return html.escape(text[: 2 * context])
    a = max(0, spans[0][0] - context)
    b = min(len(text), spans[-1][1] + context)
    out, pos = [], a
    for s, e in spans:
        if s < pos:
            continue
        out.append(html.escape(text[pos:s]))
        out.append("<mark>" + html.escape(text[s:e]) + "</mark>")
        pos = e
    out.append(html.escape(text[pos:b]))
    return ("…" if a else "") + "".join(out) + ("…" if b < len(text) else "")


def brush_to_range(selection) -> tuple[str, str] | None:
    """An interval selection on the timeline's date axis -> ("YYYY-MM-DD", "YYYY-MM-DD").

    Vega-Lite reports temporal bounds as epoch milliseconds (or ISO strings)."""
    from datetime import datetime, timezone

    if not selection:
        return None
    bounds = selection.get("date") if isinstance(selection, dict) else None
    if not bounds or len(bounds) != 2:
        return None

    def day(v) -> str:
        if isinstance(v, (int, float)):
            return datetime.fromtimestamp(v / 1000, tz=timezone.utc).date().isoformat()
        return str(v)[:10]

    a, b = sorted((day(bounds[0]), day(bounds[1])))
    return a, b


def nearest_event(events: list[Event], lat: float, lon: float, max_km: float = 50.0) -> int | None:
    """Index of the event drawn nearest to a clicked point (None if nothing within max_km)."""
    from .gazetteer import distance_km

    best = None
    for i, e in enumerate(events):
        if e.lat is None:
            continue
        d = distance_km(lat, lon, e.lat, e.lon)
        if d <= max_km and (best is None or d < best[0] or (d == best[0] and e.event_type == "strike")):
            best = (d, i)
    return best[1] if best else None
