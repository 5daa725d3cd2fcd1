"""Map content asserted on build_map's rendered HTML."""

import re
from dataclasses import replace

from geo.maps import build_map, map_html, radius_for
from geo.models import Evidence


def event_rows(html):
    """The rows the event layer draws (one circle marker each)."""
    import json

    m = re.search(r"var rows = (\[.*?\]);\n", html, re.S)
    return json.loads(m.group(1))


def test_map_has_no_cdn_and_draws_every_event(seed_events):
    html = map_html(build_map(seed_events))
    assert not re.search(r"(src|href)=\"https?://", html), "an asset would be fetched from the network"
    rows = event_rows(html)
    assert len(rows) == len(seed_events)
    assert {r[4] for r in rows} == {e.place for e in seed_events}
    assert "data:text/javascript;base64," in html  # Leaflet inlined
    assert '"Russia"' in html  # basemap country polygons present


def test_many_events_are_aggregated_per_place(seed_events):
    from geo.maps import MapOptions

    many = seed_events * 50
    rows = event_rows(map_html(build_map(many, MapOptions(max_markers=100))))
    assert len(rows) == len({(e.gazetteer_id, e.event_type) for e in seed_events})
    assert max(r[13] for r in rows) == 50


def test_heatmap_uses_local_assets(seed_events):
    from geo.maps import MapOptions

    html = map_html(build_map(seed_events, MapOptions(heatmap=True)))
    assert "L.heatLayer" in html and not re.search(r"(src|href)=\"https?://", html)


def test_article_text_is_never_markup_in_the_map(seed_events):
    """Popups and tooltips are built in the browser with textContent; the rows carrying the
    text are JSON with <, > and & escaped, so nothing in an article can close the script."""
    e = seed_events[0]
    bad = replace(e, place="<script>alert(1)</script>", mention="<img src=x onerror=alert(2)>",
                  evidence=(Evidence("<b>bold</b> & <script>x()</script>", 0, 10),))
    page = map_html(build_map([bad]))
    layer_js = page.split("var rows = ")[1].split("window.oaEventLayers")[0]
    assert "textContent" in layer_js and "innerHTML" not in layer_js
    assert event_rows(page)[0][4] == "<script>alert(1)</script>"  # the text survives, as data
    assert "<script>alert(1)</script>" not in page and "onerror=alert(2)>" not in page
    assert "</script>" not in page.split("var rows = ")[1].split("\n")[0]  # rows cannot close the script


def test_radius_grows_with_affected():
    assert radius_for(None) < radius_for(1_000) < radius_for(1_000_000)


def test_clustering_uses_local_assets(seed_events):
    from geo.maps import MapOptions

    html = map_html(build_map(seed_events, MapOptions(cluster=True)))
    assert "var cluster = true" in html and "L.markerClusterGroup" in html
    assert "cdnjs" not in html and not re.search(r"(src|href)=\"https?://", html)


def test_countries_are_shaded_by_event_count(seed_events):
    from geo.maps import SHADES, country_counts, shade_for

    counts = country_counts(seed_events)
    assert sum(counts.values()) == len(seed_events)
    assert shade_for(0) == SHADES[0] and shade_for(1) != shade_for(25)
    html = map_html(build_map(seed_events))
    for code, n in counts.items():
        assert shade_for(n) in html


def test_us_states_are_drawn_and_shaded_where_events_are(gz):
    import json

    from geo.extract import extract_events
    from geo.maps import SHADES, basemap_geojson, country_counts, shade_for
    from geo.models import Document

    text = ("Storms cut power to 80,000 customers in Harris County, Texas, on Monday. "
            "In Louisiana, outages hit Baton Rouge and Lafayette.")
    events = extract_events(Document("t.txt", text), gz)
    counts = country_counts(events)
    assert counts.get("US|Texas") == 1 and counts.get("US|Louisiana", 0) >= 2
    assert "840" not in counts  # the country is not shaded over its states
    features = json.loads(basemap_geojson(None))["features"]
    states = [f for f in features if f["properties"]["kind"] == "admin1"]
    assert len(states) >= 50 and {"US|Texas", "US|Louisiana"} <= {f["properties"]["id"] for f in states}
    html = map_html(build_map(events))
    assert '"US|Texas"' in html or "US|Texas" in html
    assert shade_for(counts["US|Louisiana"]) in html and shade_for(1) != SHADES[0]


def test_a_point_placed_with_its_list_says_it_is_approximate(seed_events):
    listed = replace(seed_events[0], place="Kellomeni", geocoder="list", confidence=0.21)
    # (and a part of a country placed by its bearing: "Eastern Ukraine")
    part = replace(seed_events[1], place="Eastern Ukraine", geocoder="direction", gazetteer_id="geonames:690791#east")
    # (and a village the gazetteer lacks, placed at the town the report says it lies near)
    near = replace(seed_events[2], place="Stepanivka", geocoder="near", confidence=0.35)
    rows = event_rows(map_html(build_map([listed, part, near, *seed_events[3:]])))
    notes = {r[4]: r[14] for r in rows}
    assert "approximate" in notes["Kellomeni"] and "bearing" in notes["Eastern Ukraine"] and "lies near" in notes["Stepanivka"]
    assert all(not n for p, n in notes.items() if p not in ("Kellomeni", "Eastern Ukraine", "Stepanivka"))
