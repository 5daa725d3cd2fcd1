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
    at.session_state["_map_ready"] = True  # what the map's "drawn" signal sets in a browser
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


def _download(app, label: str) -> bytes:
    """What a click on the download button gives: the stored file, or the deferred callable's
    output (run the way Streamlit runs it on a click)."""
    import gc

    from streamlit.runtime.media_file_manager import MediaFileManager

    errors = []
    # AppTest has no server runtime: the managers of earlier tests may still be in memory, so try
    # each, newest first. A deferred callable can be swept as an orphan between runs (AppTest's
    # cleanup runs on its own schedule): then rerun the page, as a user would reload, and retry.
    for attempt in range(3):
        if attempt:
            app.run()
        button = next(b for b in app.get("download_button") if b.label == label)
        for mgr in reversed([o for o in gc.get_objects() if isinstance(o, MediaFileManager)]):
            try:
                url = button.proto.url or mgr.execute_deferred(button.proto.deferred_file_id)
                return mgr._storage.get_file(url.rsplit("/", 1)[1].split(".")[0]).content
            except Exception as err:  # noqa: BLE001 - another app's manager
                errors.append(repr(err))
    raise AssertionError(f"no payload for {label}: {errors}")


def test_every_download_is_the_filtered_view(app, tmp_path):
    import csv
    import io

    import geopandas as gpd
    from PIL import Image

    app.multiselect(key="f_types").set_value(["strike"]).run()
    n = _events_metric(app)
    assert 0 < n < 10
    for fmt, driver in (("geojson", None), ("gpkg", None), ("kml", "KML")):
        path = tmp_path / f"view.{fmt}"
        path.write_bytes(_download(app, f"Events {fmt.upper()}"))
        got = gpd.read_file(path, driver=driver) if driver else gpd.read_file(path)
        assert len(got) == n, fmt
        if "event_type" in got:
            assert set(got["event_type"]) == {"strike"}
    rows = list(csv.DictReader(io.StringIO(_download(app, "Events CSV").decode("utf-8"))))
    assert len(rows) == n and {r["event_type"] for r in rows} == {"strike"}
    png = _download(app, "Briefing PNG")
    img = Image.open(io.BytesIO(png)).convert("RGB")
    assert img.size[0] > 1000 and img.size[0] / img.size[1] == pytest.approx(16 / 9, rel=0.05)
    assert len(img.getcolors(1 << 20) or range(1 << 20)) > 50  # drawn, not blank
    pdf = _download(app, "Briefing PDF")
    assert pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-1024:]
    # another filter, another payload
    app.multiselect(key="f_types").set_value(["outage"]).run()
    path = tmp_path / "outages.geojson"
    path.write_bytes(_download(app, "Events GEOJSON"))
    assert set(gpd.read_file(path)["event_type"]) == {"outage"}


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
    at.session_state["_map_ready"] = True
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


def test_the_map_comes_first_and_the_rest_when_it_is_drawn():
    """A new session's first run sends the map (with its "drawn" signal) and not the heavy rest;
    the signal, or the fallback timer's second run, brings the timeline, downloads and tables."""
    import streamlit as st

    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.run()
    assert not at.exception
    comps = [c for c in at.get("component_instance") if "st_folium" in str(c.proto.component_name)]
    assert comps and "map_ready: true" in json.loads(comps[0].proto.json_args)["script"]
    assert not at.get("download_button") and not at.dataframe and not at.sidebar.get("multiselect")
    assert _events_metric(at) >= 10  # the figures and the map come with the first run
    at.session_state["map"] = {"last_object_clicked": None, "map_ready": True}  # the map's signal
    at.run()
    assert at.get("download_button") and at.dataframe and at.sidebar.get("multiselect")
    assert at.session_state["_map_ready"]
