"""Events -> folium.Map that draws with no network.

Leaflet and jQuery come from the PyPI packages xstatic-leaflet / xstatic-jquery and are
inlined as data: URIs (folium's defaults point at CDNs, which leave an offline map blank).
The basemap is Natural Earth country polygons shipped in data/basemap.gpkg. Online tile
layers are opt-in. Every text from an article is HTML-escaped before it reaches the map.
"""

from __future__ import annotations

import base64
import html
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .models import Event

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
COLORS = {"strike": "#d7301f", "outage": "#2b6cb0"}
LABELS = {"strike": "Strike", "outage": "Outage"}
BOUNDARY_SOURCE = "Natural Earth 1:50m countries (world-atlas), public domain; Crimea shown as in Natural Earth"
ONLINE_TILES = {
    "OpenStreetMap": ("OpenStreetMap", "© OpenStreetMap contributors"),
    "CartoDB Positron": ("CartoDB positron", "© OpenStreetMap contributors © CARTO"),
}


@dataclass(frozen=True)
class MapOptions:
    online_tiles: tuple[str, ...] = ()  # names from ONLINE_TILES; empty = offline only
    cluster: bool | None = None  # None: cluster when there are many markers
    max_markers: int = 5000  # above this, events are aggregated per place
    height: int = 560


def _data_uri(path: Path, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


@lru_cache(maxsize=1)
def local_assets() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(js, css) lists for folium pointing at inlined local copies (no CDN)."""
    import xstatic.pkg.jquery as xj
    import xstatic.pkg.leaflet as xl

    ldir = Path(xl.BASE_DIR)
    css = (ldir / "leaflet.css").read_text(encoding="utf-8")

    def inline_img(m: re.Match) -> str:
        p = ldir / m.group(1)
        return f"url({_data_uri(p, 'image/png')})" if p.exists() else m.group(0)

    css = re.sub(r"url\((images/[\w.-]+\.png)\)", inline_img, css)
    css += ".oa-legend{background:#fff;padding:6px 8px;border:1px solid #999;border-radius:4px;font:12px sans-serif}"
    js = [
        ("leaflet", _data_uri(ldir / "leaflet.js", "text/javascript")),
        ("jquery", _data_uri(Path(xj.BASE_DIR) / "jquery.min.js", "text/javascript")),
    ]
    css_list = [("leaflet_css", "data:text/css;base64," + base64.b64encode(css.encode()).decode("ascii"))]
    return js, css_list


@lru_cache(maxsize=1)
def cluster_assets() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Leaflet.markercluster 1.5.3 (MIT, vendored from npm in data/vendor), inlined."""
    d = DATA_DIR / "vendor" / "leaflet.markercluster"
    return (
        [("markerclusterjs", _data_uri(d / "leaflet.markercluster.js", "text/javascript"))],
        [("markerclustercss", _data_uri(d / "MarkerCluster.css", "text/css")),
         ("markerclusterdefaultcss", _data_uri(d / "MarkerCluster.Default.css", "text/css"))],
    )


@lru_cache(maxsize=1)
def basemap_geojson() -> str:
    """Country polygons as a GeoJSON string (read once per process)."""
    import geopandas as gpd

    gdf = gpd.read_file(DATA_DIR / "basemap.gpkg", layer="countries", engine="pyogrio")
    return gdf.to_json()


def radius_for(affected: int | None) -> float:
    """Marker radius in pixels: log scale of people affected (6 px when unknown)."""
    if not affected:
        return 6.0
    return round(6.0 + 3.0 * math.log10(max(affected, 1)), 1)


def popup_html(e: Event) -> str:
    """Escaped popup HTML for one event: facts and the evidence sentences."""
    esc = html.escape
    rows = [f"<b>{esc(e.place or '')}</b> — {esc(LABELS.get(e.event_type, e.event_type))}"]
    if e.mention and e.mention != e.place:
        rows.append(f"as written: “{esc(e.mention)}”")
    facts = []
    if e.services:
        facts.append("lost: " + esc(", ".join(e.services)))
    if e.affected_text:
        facts.append("affected: " + esc(e.affected_text))
    if e.killed is not None:
        facts.append(f"killed: {e.killed}")
    if e.injured is not None:
        facts.append(f"injured: {e.injured}")
    if e.casualties_scope:
        facts.append("figures shared with: " + esc(", ".join(e.casualties_scope)))
    if e.temperature_text:
        facts.append("temperature: " + esc(e.temperature_text))
    if e.date:
        facts.append("date: " + esc(e.date))
    if facts:
        rows.append("<br>".join(facts))
    for ev in e.evidence[:3]:
        rows.append(f"<blockquote class='oa-evidence' style='margin:4px 0;font-style:italic'>{esc(ev.text)}</blockquote>")
    rows.append(f"<small>source: {esc(e.source)} · confidence {e.confidence:.2f}</small>")
    return "<div class='oa-popup' style='max-width:320px'>" + "<br>".join(rows) + "</div>"


def build_map(events: list[Event], options: MapOptions | None = None):
    """A folium.Map of events: offline basemap, markers by type sized by people affected."""
    import folium
    from folium.plugins import MarkerCluster

    opts = options or MapOptions()
    js, css = local_assets()
    pts = [e for e in events if e.lat is not None]
    m = folium.Map(location=[48, 30], zoom_start=4, tiles=None, control_scale=True, prefer_canvas=len(pts) > 2000)
    # instance attributes, so other maps in the process keep folium's defaults
    m.default_js = js
    m.default_css = css
    folium.GeoJson(
        basemap_geojson(),
        name="Countries (offline)",
        style_function=lambda _: {"fillColor": "#eef0ea", "color": "#8a8f87", "weight": 0.7, "fillOpacity": 1},
        control=False,
    ).add_to(m)
    m.get_root().header.add_child(folium.Element("<style>.leaflet-container{background:#cfe3f0}</style>"))
    for name in opts.online_tiles:
        tiles, attr = ONLINE_TILES[name]
        folium.TileLayer(tiles, name=name, attr=attr, show=False, overlay=False).add_to(m)

    cluster = opts.cluster if opts.cluster is not None else len(pts) > 300
    layers = {}
    for t in ("outage", "strike"):
        fg = folium.FeatureGroup(name=f"{LABELS[t]}s", show=True)
        fg.add_to(m)
        if cluster:
            mc = MarkerCluster(name=f"{LABELS[t]} clusters")
            mc.default_js, mc.default_css = cluster_assets()
            layers[t] = mc.add_to(fg)
        else:
            layers[t] = fg
    # outages drawn first and larger; strikes on top, smaller, with a heavy outline
    for e in sorted(pts, key=lambda e: e.event_type != "outage"):
        aff = e.affected_max or e.affected_min
        r = radius_for(aff) if e.event_type == "outage" else max(5.0, radius_for(aff) * 0.6)
        folium.CircleMarker(
            location=[e.lat, e.lon],
            radius=r,
            color="#222" if e.event_type == "strike" else COLORS[e.event_type],
            weight=2 if e.event_type == "strike" else 1,
            fill=True,
            fill_color=COLORS.get(e.event_type, "#666"),
            fill_opacity=0.75 if e.event_type == "strike" else 0.45,
            popup=folium.Popup(popup_html(e), max_width=340),
            tooltip=html.escape(f"{e.place}: {e.event_type}"),
        ).add_to(layers.get(e.event_type, m))
    legend = (
        "<div class='oa-legend'><b>Outage Atlas</b><br>"
        + "".join(f"<span style='color:{c};font-size:16px'>●</span> {LABELS[t]}<br>" for t, c in COLORS.items())
        + "<small>size: people affected (log)</small></div>"
    )
    _add_legend(m, legend)
    if opts.online_tiles:
        folium.LayerControl(collapsed=True).add_to(m)
    if pts:
        lats = [e.lat for e in pts]
        lons = [e.lon for e in pts]
        pad = 1.0
        m.fit_bounds([[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]])
    return m


def _add_legend(m, html_text: str) -> None:
    from branca.element import MacroElement, Template

    class Legend(MacroElement):
        _template = Template(
            "{% macro script(this, kwargs) %}"
            "var legend = L.control({position: 'bottomright'});"
            "legend.onAdd = function(){var d = L.DomUtil.create('div'); d.innerHTML = "
            + json.dumps(html_text)
            + "; return d;};"
            "legend.addTo({{ this._parent.get_name() }});"
            "{% endmacro %}"
        )

    m.add_child(Legend())


def map_html(m) -> str:
    """The standalone HTML page of a map (offline: assets are inlined)."""
    return m.get_root().render()
