"""AppTest: dashboard.py runs headless, filters act, downloads carry the filtered view."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


@pytest.fixture
def app():
    import streamlit as st

    st.cache_resource.clear()  # a fresh corrections store (this test's private database)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.run()
    assert not at.exception, at.exception
    return at


def _events_metric(at):
    return int(next(m for m in at.metric if m.label == "Events").value)


def test_seed_dashboard_renders_map_and_tables(app):
    assert _events_metric(app) >= 10
    comps = [c for c in app.get("component_instance") if "st_folium" in str(c.proto.component_name)]
    assert comps, "no folium map on the page"
    args = json.loads(comps[0].proto.json_args)
    import re

    rows = json.loads(re.search(r"var rows = (\[.*?\]);\n", args["script"], re.S).group(1))
    assert len(rows) == _events_metric(app)
    # local assets only: inlined, or served by the app itself from static/oa
    links = args["js_links"] + args["css_links"]
    assert links and all(link.startswith(("data:", "/app/static/oa/")) for link in links)
    if links[0].startswith("/app/static/oa/"):
        static = ROOT / "static" / "oa"
        assert (static / "leaflet.js").stat().st_size > 100_000 and (static / "basemap.json").exists()


def test_type_filter_changes_the_view(app):
    before = _events_metric(app)
    app.multiselect(key="f_types").set_value(["strike"]).run()
    after = _events_metric(app)
    assert 0 < after < before


def test_search_filter(app):
    app.text_input(key="f_query").input("Perm").run()
    assert _events_metric(app) == 1


def test_pasted_text_and_bad_input(app):
    app.radio(key="source").set_value("Paste text").run()
    assert not app.exception
    app.text_area(key="pasted").input("A drone strike cut power and water in Kherson on 3 May 2025.").run()
    assert _events_metric(app) >= 2
    app.text_area(key="pasted").input("<script>alert(1)</script>").run()
    assert not app.exception


def test_briefing_and_exports_carry_the_filtered_view(app, tmp_path):
    import geopandas as gpd

    app.multiselect(key="f_types").set_value(["strike"]).run()
    n = _events_metric(app)
    # the download buttons' payloads are the filtered events: rebuild them the same way
    from geo.export import to_geojson
    from geo.filters import Filters, apply_filters
    from geo.extract import extract_events
    from geo.ingest import read_paths

    docs, _ = read_paths([ROOT / "seeds"])
    shown = apply_filters([e for d in docs for e in extract_events(d)], Filters(("strike",)))
    assert len(shown) == n
    path = tmp_path / "f.geojson"
    path.write_bytes(to_geojson(shown))
    assert set(gpd.read_file(path)["event_type"]) == {"strike"}
    labels = [b.label for b in app.get("download_button")]
    assert {"Events GEOJSON", "Events CSV", "Events GPKG", "Events KML", "Briefing PNG", "Briefing PDF"} <= set(labels)


def test_filters_go_to_the_permalink(app):
    app.multiselect(key="f_types").set_value(["outage"]).run()
    app.text_input(key="f_query").input("Perm").run()
    def as_list(v):
        return v if isinstance(v, list) else [v]

    assert as_list(app.query_params["type"]) == ["outage"]
    assert as_list(app.query_params["q"]) == ["Perm"]


def test_permalink_restores_filters():
    import streamlit as st

    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["type"] = "strike"
    at.run()
    assert not at.exception
    assert at.multiselect(key="f_types").value == ["strike"]


def test_reject_correction_is_stored_and_applied(app):
    before = _events_metric(app)
    app.button(key="corr_reject").click().run()
    assert not app.exception
    assert _events_metric(app) == before - 1


def test_event_details_highlight_the_evidence_in_the_article(app):
    marks = [m.value for m in app.markdown if "<mark>" in m.value]
    assert marks, "no highlighted evidence shown"
    assert "<script" not in marks[0]


def test_hostile_pasted_html_is_escaped_in_details(app):
    app.radio(key="source").set_value("Paste text").run()
    app.text_area(key="pasted").input(
        "A drone strike cut power in Kherson on 3 May 2025. <img src=x onerror=alert(1)> Shelling hit Kherson again.").run()
    assert not app.exception
    shown = " ".join(m.value for m in app.markdown)
    assert "onerror=alert(1)>" not in shown  # stripped as HTML or escaped, never live markup


@pytest.mark.parametrize(
    "widget,key,value,check",
    [
        ("multiselect", "f_services", ["heating"], lambda e: "heating" in e.services),
        ("multiselect", "f_countries", ["UA"], lambda e: e.country_code == "UA"),
        ("number_input", "f_min_affected", 100_000, lambda e: (e.affected_max or e.affected_min or 0) >= 100_000),
        ("slider", "f_conf", 0.7, lambda e: e.confidence >= 0.7),
    ],
)
def test_each_filter_keeps_exactly_the_matching_events(app, widget, key, value, check):
    from geo.extract import extract_events
    from geo.ingest import read_paths

    docs, _ = read_paths([ROOT / "seeds"])
    expected = [e for d in docs for e in extract_events(d) if check(e)]
    getattr(app, widget)(key=key).set_value(value).run()
    assert not app.exception
    assert _events_metric(app) == len(expected)
    assert 0 < len(expected) < 10  # the filter removes something and keeps something


def test_date_range_filter(app):
    from datetime import date

    app.radio(key="source").set_value("Paste text").run()
    app.text_area(key="pasted").input(
        "On 3 March 2025, a missile strike cut power in Sumy. On 9 March 2025, drones hit a substation in Lviv."
    ).run()
    before = _events_metric(app)
    assert before >= 3
    app.slider(key="f_dates").set_value((date(2025, 3, 9), date(2025, 3, 9))).run()
    after = _events_metric(app)
    assert 0 < after < before
