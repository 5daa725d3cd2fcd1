import sqlite3

from geo.corrections import CorrectionStore, apply_corrections
from geo.models import Place


def test_reject_move_edit_undo_survive_reopening(seed_events, tmp_path):
    db = tmp_path / "c.sqlite"
    s = CorrectionStore(db)
    a, b, c = seed_events[0], seed_events[1], seed_events[2]
    s.reject(a.event_id, note="talks, not a strike")
    s.move(b.event_id, Place("Lviv", 49.84, 24.03, "UA", None, "city", "geonames:702550"))
    s.edit(c.event_id, killed=2, injured=5)
    s.close()

    s2 = CorrectionStore(db)  # a new process would see the same
    out = {e.event_id: e for e in apply_corrections(seed_events, s2)}
    assert a.event_id not in out
    assert out[b.event_id].place == "Lviv" and out[b.event_id].geocoder == "manual" and out[b.event_id].lat == 49.84
    assert (out[c.event_id].killed, out[c.event_id].injured) == (2, 5)
    s2.undo(a.event_id)
    assert a.event_id in {e.event_id for e in apply_corrections(seed_events, s2)}
    # the history is kept in a real SQLite table
    rows = sqlite3.connect(db).execute("SELECT action FROM corrections ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["reject", "move", "edit", "undo"]


def test_edit_refuses_unknown_fields(tmp_path):
    import pytest

    with pytest.raises(ValueError):
        CorrectionStore(tmp_path / "c.sqlite").edit("x", lat=0)
