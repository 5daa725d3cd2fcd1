"""Analysts' corrections, kept in an embedded SQLite database and applied over extracted events.

A correction is keyed by the event's stable ``event_id``: the same article gives the same id,
so a correction survives re-extraction. Actions: ``reject`` (not an event), ``move`` (another
place; geocoder becomes "manual"), ``edit`` (figures, type, services). Every change is kept
with its time; the latest one per event applies.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from .models import Event, Place

_FIELDS = {"event_type", "services", "affected_min", "affected_max", "killed", "injured", "temperature_c", "date"}


def default_db_path() -> Path:
    """``OUTAGE_ATLAS_DB`` or ~/.local/share/outage-atlas/corrections.sqlite."""
    p = os.environ.get("OUTAGE_ATLAS_DB")
    path = Path(p) if p else Path.home() / ".local" / "share" / "outage-atlas" / "corrections.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


class CorrectionStore:
    """The corrections database (one SQLite file; safe to open from several processes)."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_db_path()
        self._con = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        self._con.execute("PRAGMA journal_mode=WAL")
        self._con.execute(
            """CREATE TABLE IF NOT EXISTS corrections(
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 event_id TEXT NOT NULL,
                 action TEXT NOT NULL CHECK (action IN ('reject', 'move', 'edit', 'undo')),
                 payload TEXT NOT NULL,
                 author TEXT,
                 created_at TEXT NOT NULL)"""
        )
        self._con.execute("CREATE INDEX IF NOT EXISTS corrections_event ON corrections(event_id)")
        self._con.commit()

    def _add(self, event_id: str, action: str, payload: dict, author: str | None) -> None:
        with self._con:
            self._con.execute(
                "INSERT INTO corrections(event_id, action, payload, author, created_at) VALUES(?,?,?,?,?)",
                (event_id, action, json.dumps(payload), author, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )

    def reject(self, event_id: str, note: str = "", author: str | None = None) -> None:
        self._add(event_id, "reject", {"note": note}, author)

    def move(self, event_id: str, place: Place, author: str | None = None) -> None:
        self._add(event_id, "move", {
            "place": place.name, "lat": place.lat, "lon": place.lon, "country_code": place.country_code,
            "admin1": place.admin1, "granularity": place.granularity, "gazetteer_id": place.gazetteer_id,
        }, author)

    def edit(self, event_id: str, author: str | None = None, **fields) -> None:
        bad = set(fields) - _FIELDS
        if bad:
            raise ValueError(f"cannot edit {sorted(bad)}")
        self._add(event_id, "edit", fields, author)

    def undo(self, event_id: str, author: str | None = None) -> None:
        """Forget every correction of this event (kept in the history)."""
        self._add(event_id, "undo", {}, author)

    def history(self, event_id: str | None = None) -> list[dict]:
        q = "SELECT event_id, action, payload, author, created_at FROM corrections"
        rows = self._con.execute(q + (" WHERE event_id=? ORDER BY id" if event_id else " ORDER BY id"), (event_id,) if event_id else ())
        return [{"event_id": r[0], "action": r[1], "payload": json.loads(r[2]), "author": r[3], "created_at": r[4]} for r in rows]

    def active(self) -> dict[str, list[tuple[str, dict]]]:
        """Per event, the corrections since its last undo, oldest first."""
        out: dict[str, list[tuple[str, dict]]] = {}
        for h in self.history():
            if h["action"] == "undo":
                out.pop(h["event_id"], None)
            else:
                out.setdefault(h["event_id"], []).append((h["action"], h["payload"]))
        return out

    def close(self) -> None:
        self._con.close()


def apply_corrections(events: list[Event], store: CorrectionStore) -> list[Event]:
    """Events with the analysts' corrections applied; rejected ones removed."""
    active = store.active()
    out = []
    for e in events:
        rejected = False
        for action, p in active.get(e.event_id, []):
            if action == "reject":
                rejected = True
            elif action == "move":
                place = Place(p["place"], p["lat"], p["lon"], p.get("country_code"), p.get("admin1"),
                              p.get("granularity"), p.get("gazetteer_id"), 1.0, "manual")
                e = replace(e, place=place.name, lat=place.lat, lon=place.lon, country_code=place.country_code,
                            admin1=place.admin1, granularity=place.granularity, gazetteer_id=place.gazetteer_id,
                            geo_precision=place.geo_precision, geocoder="manual", confidence=1.0)
            elif action == "edit":
                fields = dict(p)
                if "services" in fields:
                    fields["services"] = tuple(fields["services"])
                e = replace(e, **fields)
        if not rejected:
            out.append(e)
    return out
