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
