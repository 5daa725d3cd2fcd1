"""AppTest: dashboard.py runs headless, filters act, downloads carry the filtered view."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


@pytest.fixture
def app():
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
    assert args["script"].count("L.circleMarker(") == _events_metric(app)
    assert all(link.startswith("data:") for link in args["js_links"] + args["css_links"])


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
