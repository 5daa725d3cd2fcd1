"""The seed article, read as an analyst would (the issue's "must show" list).

The expectations are about the output; nothing in geo/ knows this article."""

from geo.gazetteer import distance_km

# GeoNames points of the seed's cities (for the 25 km check).
GEONAMES = {
    "Belgorod": (50.61, 36.58), "Severomorsk": (69.07, 33.42), "Perm": (58.01, 56.25),
    "Kyiv": (50.45, 30.52), "Kharkiv": (49.98, 36.25), "Bryansk": (53.25, 34.37), "Moscow": (55.75, 37.62),
}


def by_key(events):
    return {(e.place, e.event_type): e for e in events}


def test_expected_events_are_found(seed_events):
    ev = by_key(seed_events)
    expected = {
        ("Belgorod", "strike"), ("Belgorod", "outage"), ("Severomorsk", "outage"), ("Perm", "outage"),
        ("Kyiv", "strike"), ("Kyiv", "outage"), ("Kharkiv", "strike"), ("Kharkiv", "outage"),
        ("Bryansk", "outage"), ("Moscow", "outage"),
    }
    assert expected <= set(ev)


def test_talks_and_background_places_are_not_events(seed_events):
    places = {e.place for e in seed_events}
    assert "Abu Dhabi" not in places
    assert not any("Donbas" in p or "Donetsk" in p for p in places)
    assert "Murmansk" not in places  # only locates Severomorsk
    assert "Fleet" not in places  # "the Russian Northern Fleet" is not a town in England


def test_belgorod_services(seed_events):
    e = by_key(seed_events)[("Belgorod", "outage")]
    assert {"power", "heating"} <= set(e.services)


def test_perm_temperature_and_affected(seed_events):
    e = by_key(seed_events)[("Perm", "outage")]
    assert e.temperature_c == -21.0 and "21" in e.temperature_text
    assert (e.affected_min, e.affected_max) == (200_000, 999_999)
    assert e.affected_text == "hundreds of thousands"


def test_kyiv_kharkiv_joint_casualties(seed_events):
    ev = by_key(seed_events)
    for place in ("Kyiv", "Kharkiv"):
        e = ev[(place, "strike")]
        assert e.date == "2026-01-24"
        assert (e.killed, e.injured) == (1, 23)
        assert set(e.casualties_scope) == {"Kyiv", "Kharkiv"}


def test_city_points_within_25_km(seed_events):
    for e in seed_events:
        if e.place in GEONAMES:
            assert distance_km(e.lat, e.lon, *GEONAMES[e.place]) < 25, e.place
            assert e.granularity == "city" and e.geo_precision == 1


def test_evidence_offsets_point_into_the_source(seed_events):
    from tests.conftest import DATA

    text = (DATA / "seed.txt").read_text(encoding="utf-8")
    for e in seed_events:
        assert e.evidence
        for ev in e.evidence:
            assert text[ev.start : ev.end] == ev.text
            assert e.mention in ev.text or e.event_type == "outage"


def test_ids_are_stable(seed_events, gz):
    from geo.extract import extract_events
    from geo.ingest import read_paths
    from tests.conftest import DATA

    docs, _ = read_paths([DATA / "seed.txt"])
    again = extract_events(docs[0], gz)
    assert [e.event_id for e in again] == [e.event_id for e in seed_events]
    assert len({e.event_id for e in again}) == len(again)


def test_no_event_beyond_the_analyst_reading(seed_events):
    """The country names in summary sentences ("In Russia, the power outages ...") and the
    talks are not events: the seed reads as exactly the ten events of the issue."""
    assert len(seed_events) == 10
