"""Whole reports written for these tests in wire and Wikipedia style (tests/data/wire): what a careful reader
is sure of. Each case lists events that must be found and places that must not be events
(interceptions, sources, causes, spared places, precedents, attackers)."""

from pathlib import Path

import pytest

from geo.extract import extract_events
from geo.ingest import read_paths

WIRE = Path(__file__).parent / "data" / "wire"

CASES = {
    "a1.txt": ({("Odesa Oblast", "strike"), ("Odesa Oblast", "outage"), ("Izmail", "strike")},
               {"Kyiv", "Sumy", "Chernihiv", "Mykolaiv", "Mykolayiv", "Ukraine", "Odesa"}),
    "a3.txt": ({("Gaza Strip", "outage"), ("Khan Yunis", "strike"), ("Rafah", "strike"), ("Deir al-Balah", "outage")},
               {"Cairo", "Gaza"}),
    "a4.txt": ({("Rylsk", "outage"), ("Kursk Oblast", "strike")},
               {"Bryansk", "Tula", "Moscow", "Volgograd", "Bryansk Oblast", "Tula Oblast", "Moscow Oblast", "Volgograd Oblast"}),
    "b1.txt": ({("Mykolaiv", "strike"), ("Lviv", "strike"), ("Lviv", "outage"), ("Odesa Oblast", "outage"),
                ("Dnipropetrovsk Oblast", "outage")}, {"Zaporizhzhia Oblast", "Kharkiv Oblast", "Poland"}),
    "b2.txt": ({("Napa County", "outage"), ("Sonoma County", "outage"), ("Butte County", "outage")},
               {"Santa Rosa", "Paradise", "Los Angeles", "Ventura County", "Los Angeles County"}),
    # hospitals on generators in a blackout: an outage there (implied, but the power is gone)
    "b4.txt": ({("Islamabad", "outage"), ("Karachi", "outage"), ("Lahore", "outage"), ("Rawalpindi", "outage")}, set()),
    "b5.txt": ({("Kharkiv", "strike"), ("Kharkiv", "outage"), ("Chuhuiv", "strike"), ("Izium", "strike")}, set()),
    "c4.html": ({("France", "outage"), ("Brittany", "outage"), ("England", "outage")}, {"Aisne", "Finistère"}),
    "d3.txt": ({("Al Hudaydah", "strike"), ("Al Hudaydah", "outage")}, {"Sanaa", "Israel"}),
    "d4.txt": ({("Chile", "outage")}, {"Atacama", "Antofagasta"}),
    "e1.txt": ({("Kyiv Oblast", "outage"), ("Chernihiv Oblast", "outage"), ("Dnipro", "strike"),
                ("Zhytomyr Oblast", "outage")}, {"Ukraine"}),
    "e3.txt": ({("Kherson", "outage"), ("Kherson", "strike")}, {"Mykolaiv", "Mykolayiv"}),
    "f1.txt": ({("Odesa Oblast", "outage"), ("Mykolaiv Oblast", "outage"), ("Beryslav", "strike")}, {"Dnipro"}),
    "f3.txt": ({("Spain", "outage"), ("Portugal", "outage"), ("Lisbon", "outage"), ("Morocco", "outage")}, set()),
    "g1.txt": ({("Italy", "outage"), ("Sicily", "outage")}, {"Sardinia", "Uri"}),
    "g2.txt": ({("Ivano-Frankivsk Oblast", "outage"), ("Chernivtsi Oblast", "outage"), ("Kyiv Oblast", "outage")},
               {"Kyiv"}),
    "g3.txt": ({("Chenzhou", "outage"), ("Guizhou", "outage")}, {"Guangzhou", "Anhui"}),
    "h1.txt": ({("Kharkiv Oblast", "outage"), ("Odesa Oblast", "strike"), ("Izmail", "outage"),
                ("Dnipropetrovsk Oblast", "outage")}, {"Lviv Oblast", "Lviv"}),
    "h3.txt": ({("Kyiv", "strike"), ("Kyiv", "outage"), ("Brovary", "outage")}, set()),
}
FIGURES = {
    ("a1.txt", "Odesa Oblast", "outage"): {"affected_min": 100_000},
    ("a1.txt", "Izmail", "strike"): {"injured": 2},
    ("a4.txt", "Rylsk", "outage"): {"affected_min": 3_000},
    ("b5.txt", "Kharkiv", "strike"): {"killed": 3, "injured": 11},
    ("b5.txt", "Kharkiv", "outage"): {"affected_min": 400_000, "temperature_c": -12.0, "date": "2025-12-02"},
    ("b5.txt", "Izium", "strike"): {"date": "2025-12-01"},
    ("d3.txt", "Al Hudaydah", "strike"): {"killed": 3, "injured": 15, "date": "2025-07-07"},
    ("d4.txt", "Chile", "outage"): {"affected_min": 8_000_000},
    ("c4.html", "France", "outage"): {"affected_min": 1_200_000},
    ("e1.txt", "Chernihiv Oblast", "outage"): {"affected_min": 160_000},
    ("e1.txt", "Dnipro", "strike"): {"killed": 2, "injured": 7},
    ("e3.txt", "Kherson", "strike"): {"killed": 15, "date": "2022-11-24"},
    ("f1.txt", "Mykolaiv Oblast", "outage"): {"affected_min": 12_000},
    ("f1.txt", "Beryslav", "outage"): {"affected_min": 7_500},
    ("f1.txt", "Beryslav", "strike"): {"injured": 2},
    ("g2.txt", "Ivano-Frankivsk Oblast", "outage"): {"affected_min": 230_000, "date": "2015-12-23"},
    ("g3.txt", "Chenzhou", "outage"): {"affected_min": None, "date": "2008-01-25"},
    ("h1.txt", "Kharkiv Oblast", "outage"): {"affected_min": 120_000, "date": "2026-01-15"},
    ("h3.txt", "Kyiv", "outage"): {"temperature_c": -18.0, "services": ("power", "heating")},
    ("h3.txt", "Kyiv", "strike"): {"injured": 2},
    ("h3.txt", "Brovary", "outage"): {"affected_min": 30_000},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_wire_report(name, gz):
    docs, problems = read_paths([WIRE / name])
    assert not problems
    got = {(e.place, e.event_type): e for e in extract_events(docs[0], gz)}
    must, must_not = CASES[name]
    assert must <= set(got), f"missed {must - set(got)}"
    assert not {p for p, _ in got} & must_not, f"non-events {set(p for p, _ in got) & must_not}"
    for (fname, place, etype), want in FIGURES.items():
        if fname == name:
            e = got[(place, etype)]
            assert {k: getattr(e, k) for k in want} == want
