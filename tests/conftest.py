from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def gz():
    from geo.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def seed_events(gz):
    from geo.extract import extract_events
    from geo.ingest import read_paths

    docs, problems = read_paths([DATA / "seed.txt"])
    assert not problems
    return extract_events(docs[0], gz)


@pytest.fixture(autouse=True)
def _private_corrections_db(tmp_path, monkeypatch):
    """Every test gets its own corrections database; nothing touches the user's."""
    monkeypatch.setenv("OUTAGE_ATLAS_DB", str(tmp_path / "corrections.sqlite"))
