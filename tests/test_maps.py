"""Map content asserted on build_map's rendered HTML."""

import re
from dataclasses import replace

from geo.maps import build_map, map_html, popup_html, radius_for
from geo.models import Evidence


def test_map_has_no_cdn_and_draws_every_event(seed_events):
    html = map_html(build_map(seed_events))
    assert not re.search(r"(src|href)=\"https?://", html), "an asset would be fetched from the network"
    assert html.count("L.circleMarker(") == len(seed_events)
    assert "data:text/javascript;base64," in html  # Leaflet inlined
    assert '"Russia"' in html or "Russia" in html  # basemap country polygons present


def test_article_text_is_escaped_in_popups(seed_events):
    e = seed_events[0]
    bad = replace(e, place="<script>alert(1)</script>", mention="<img src=x onerror=alert(2)>",
                  evidence=(Evidence("<b>bold</b> & <script>x()</script>", 0, 10),))
    html = popup_html(bad)
    assert "<script>" not in html and "<img" not in html and "<b>bold" not in html
    assert "&lt;script&gt;" in html
    page = map_html(build_map([bad]))
    assert "<script>alert(1)</script>" not in page and "onerror=alert(2)>" not in page


def test_radius_grows_with_affected():
    assert radius_for(None) < radius_for(1_000) < radius_for(1_000_000)


def test_clustering_uses_local_assets(seed_events):
    from geo.maps import MapOptions

    html = map_html(build_map(seed_events, MapOptions(cluster=True)))
    assert "markerClusterGroup" in html
    assert "cdnjs" not in html
