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
BOUNDARY_SOURCE = ("Natural Earth 1:50m countries (world-atlas), public domain; Crimea shown as in Natural Earth; "
                   "US states: US Census Bureau 2017 (us-atlas), public domain")
ONLINE_TILES = {
    "OpenStreetMap": ("OpenStreetMap", "© OpenStreetMap contributors"),
    "CartoDB Positron": ("CartoDB positron", "© OpenStreetMap contributors © CARTO"),
    "Esri World Imagery": ("https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
                           "Tiles © Esri — Source: Esri, Maxar, Earthstar Geographics, and the GIS User Community"),
}
# An online layer that loads nothing (no internet, blocked, rate-limited) is switched off again
# and the map says so; the offline basemap beneath it stays.
_TILE_FALLBACK_JS = """
(function(){var map = %(map)s, layer = %(layer)s, errors = 0, loaded = 0, note = null;
layer.on('tileload', function(){ loaded++; });
layer.on('tileerror', function(){
  errors++;
  if (errors >= 4 && loaded === 0 && map.hasLayer(layer)) {
    map.removeLayer(layer);
    if (!note) {
      note = L.control({position: 'topright'});
      note.onAdd = function(){ var d = L.DomUtil.create('div', 'oa-tile-notice');
        d.style.cssText = 'background:#fff3cd;border:1px solid #d6b656;padding:4px 8px;font:12px sans-serif;border-radius:4px';
        d.textContent = %(msg)s; return d; };
      note.addTo(map);
    }
  }
});})();
"""


@dataclass(frozen=True)
class MapOptions:
    online_tiles: tuple[str, ...] = ()  # names from ONLINE_TILES; empty = offline only
    cluster: bool | None = None  # None: cluster when there are many markers
    max_markers: int = 20000  # above this, events are aggregated per place and type
    heatmap: bool = False
    city_labels: bool = True
    shade_countries: bool = True
    height: int = 560
    # None: everything inlined (a standalone page). A URL path such as "/app/static/oa": the
    # assets and basemap.json written there by write_static_assets, fetched and cached by the
    # browser (the dashboard uses this; the page then carries only the events).
    asset_base: str | None = None
    # inside the dashboard: tell the page once the markers are drawn (a Streamlit component
    # value {"map_ready": true}), so the rest of the page is sent after the map, not with it
    notify_ready: bool = False


_MIME = {".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png"}


def _data_uri(path: Path, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


@lru_cache(maxsize=None)
def asset_bytes(name: str) -> bytes:
    """The bytes of a front-end asset, by file name (all from PyPI packages or data/vendor)."""
    import xstatic.pkg.jquery as xj
    import xstatic.pkg.leaflet as xl

    ldir = Path(xl.BASE_DIR)
    if name == "leaflet.css":
        css = (ldir / "leaflet.css").read_text(encoding="utf-8")

        def inline_img(m: re.Match) -> str:
            p = ldir / m.group(1)
            return f"url({_data_uri(p, 'image/png')})" if p.exists() else m.group(0)

        css = re.sub(r"url\((images/[\w.-]+\.png)\)", inline_img, css)
        css += ".oa-legend{background:#fff;padding:6px 8px;border:1px solid #999;border-radius:4px;font:12px sans-serif}"
        css += ".oa-strike{background:none;border:none}"
        css += (".oa-diamond{width:100%;height:100%;background:#d7301f;border:2px solid #222;transform:rotate(45deg) scale(.78);"
                "opacity:.9;box-sizing:border-box}")
        return css.encode("utf-8")
    files = {
        "leaflet.js": ldir / "leaflet.js",
        "jquery.min.js": Path(xj.BASE_DIR) / "jquery.min.js",
        "leaflet.markercluster.js": DATA_DIR / "vendor" / "leaflet.markercluster" / "leaflet.markercluster.js",
        "MarkerCluster.css": DATA_DIR / "vendor" / "leaflet.markercluster" / "MarkerCluster.css",
        "MarkerCluster.Default.css": DATA_DIR / "vendor" / "leaflet.markercluster" / "MarkerCluster.Default.css",
        "leaflet-heat.js": DATA_DIR / "vendor" / "leaflet.heat" / "leaflet-heat.js",
    }
    return files[name].read_bytes()


def asset_url(name: str, base: str | None = None) -> str:
    """A data: URI (standalone pages) or ``base/name`` (served by the app)."""
    if base:
        return f"{base.rstrip('/')}/{name}"
    return f"data:{_MIME[Path(name).suffix]};base64," + base64.b64encode(asset_bytes(name)).decode("ascii")


def local_assets(base: str | None = None) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(js, css) lists for folium pointing at local copies (no CDN)."""
    return (
        [("leaflet", asset_url("leaflet.js", base)), ("jquery", asset_url("jquery.min.js", base))],
        [("leaflet_css", asset_url("leaflet.css", base))],
    )


def cluster_assets(base: str | None = None) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Leaflet.markercluster 1.5.3 (MIT, vendored from npm in data/vendor)."""
    return (
        [("markerclusterjs", asset_url("leaflet.markercluster.js", base))],
        [("markerclustercss", asset_url("MarkerCluster.css", base)),
         ("markerclusterdefaultcss", asset_url("MarkerCluster.Default.css", base))],
    )


STATIC_ASSETS = ("leaflet.js", "jquery.min.js", "leaflet.css", "leaflet.markercluster.js", "MarkerCluster.css",
                 "MarkerCluster.Default.css", "leaflet-heat.js")


def write_static_assets(directory: str | Path) -> Path:
    """Write the front-end assets and the basemap (basemap.json) for an app to serve."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    for name in STATIC_ASSETS:
        target = d / name
        data = asset_bytes(name)
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
    (d / "basemap.json").write_text(basemap_geojson(None), encoding="utf-8")
    return d


@lru_cache(maxsize=1)
def _basemap_frames():
    """(detailed, coarse) polygons: countries, then the first-level regions we have a source
    for (kind "admin1", drawn over their country); coarse is for the rest of the world."""
    import geopandas as gpd
    import pandas as pd

    countries = gpd.read_file(DATA_DIR / "basemap.gpkg", layer="countries", engine="pyogrio")[["id", "name", "geometry"]]
    admin1 = gpd.read_file(DATA_DIR / "basemap.gpkg", layer="admin1", engine="pyogrio")[["id", "name", "geometry"]]
    gdf = gpd.GeoDataFrame(pd.concat([countries.assign(kind="country"), admin1.assign(kind="admin1")], ignore_index=True),
                           crs=countries.crs)
    coarse = gdf.assign(geometry=gdf.geometry.simplify(0.3, preserve_topology=True))
    return gdf, coarse


@lru_cache(maxsize=1)
def admin1_countries() -> frozenset[str]:
    """Countries whose first-level regions the basemap has polygons for (shaded by region)."""
    detailed, _ = _basemap_frames()
    return frozenset(i.split("|")[0] for i in detailed.loc[detailed["kind"] == "admin1", "id"])


@lru_cache(maxsize=32)
def basemap_geojson(bbox: tuple[int, int, int, int] | None = None) -> str:
    """Country polygons as GeoJSON: full detail inside ``bbox`` (west, south, east, north),
    coarse elsewhere, so a regional map sends a fraction of the world."""
    import pandas as pd
    from shapely.geometry import box

    detailed, coarse = _basemap_frames()
    if bbox is None:
        gdf = detailed
    else:
        near = detailed.intersects(box(*bbox))
        gdf = pd.concat([detailed[near], coarse[~near]])
    # 3 decimals (~100 m) is finer than the 1:50m source
    return re.sub(r"(-?\d+\.\d{3})\d+", r"\1", gdf.to_json())


def radius_for(affected: int | None) -> float:
    """Marker radius in pixels: log scale of people affected (6 px when unknown)."""
    if not affected:
        return 6.0
    return round(6.0 + 3.0 * math.log10(max(affected, 1)), 1)


def _marker_rows(events: list[Event], max_markers: int) -> tuple[list[list], bool]:
    """Compact rows for the event layer; aggregated per (place, type) above ``max_markers``.

    Row: [lat, lon, type, radius, place, services, affected, killed, injured, date, evidence,
    source, confidence, reports, placement note]. Text stays text: the browser puts it in with textContent.
    """
    pts = [e for e in events if e.lat is not None]
    aggregated = len(pts) > max_markers
    rows = []
    if not aggregated:
        for e in sorted(pts, key=lambda e: e.event_type != "outage"):
            aff = e.affected_max or e.affected_min
            r = radius_for(aff) if e.event_type == "outage" else max(5.0, radius_for(aff) * 0.6)
            ev = e.evidence[0].text if e.evidence else ""
            rows.append([round(e.lat, 5), round(e.lon, 5), e.event_type, r, e.place, ", ".join(e.services),
                         e.affected_text or "", e.killed, e.injured, e.date or "", ev[:400] + ("…" if len(ev) > 400 else ""),
                         e.source, round(e.confidence, 2), 1, placement_note(e)])
        return rows, False
    groups: dict[tuple, list[Event]] = {}
    for e in pts:
        groups.setdefault((e.gazetteer_id or e.place, e.event_type), []).append(e)
    for (_, t), evs in sorted(groups.items(), key=lambda kv: kv[0][1] != "outage"):
        f = evs[0]
        aff = max((x.affected_max or x.affected_min or 0) for x in evs) or None
        dates = sorted(x.date for x in evs if x.date)
        r = radius_for(aff) if t == "outage" else max(5.0, radius_for(aff) * 0.6)
        rows.append([round(f.lat, 5), round(f.lon, 5), t, r, f.place,
                     ", ".join(sorted({s for x in evs for s in x.services})), f"{aff:,}" if aff else "", None, None,
                     f"{dates[0]} – {dates[-1]}" if dates else "", "", f"{len({x.source for x in evs})} sources",
                     round(max(x.confidence for x in evs), 2), len(evs), placement_note(f)])
    return rows, True


def placement_note(e: Event) -> str:
    """What the popup says of a point that is an approximation ("" for a place the gazetteer or a geocoder placed)."""
    if e.geocoder == "list":
        return "approximate: not in the gazetteer, shown at a place the report names with it"
    if e.geocoder == "near":
        return "approximate: not in the gazetteer, shown at the town the report says it lies near"
    if e.geocoder == "direction":
        return "approximate: the part of the country or region its bearing names, shown at the mean of the gazetteer's towns there"
    return ""


_LAYER_JS = """
(function(){
  var map = {{ this._parent.get_name() }};
  var rows = {{ this.rows_json }};
  var colors = {{ this.colors_json }};
  var cluster = {{ 'true' if this.cluster else 'false' }};
  function line(parent, tag, text, cls){
    var el = document.createElement(tag); el.textContent = text; if (cls) el.className = cls;
    parent.appendChild(el); return el;
  }
  function popup(r){
    var d = document.createElement('div'); d.className = 'oa-popup'; d.style.maxWidth = '320px';
    var h = line(d, 'div', ''); line(h, 'b', r[4]);
    h.appendChild(document.createTextNode(' — ' + (r[2] === 'strike' ? 'Strike' : 'Outage') + (r[13] > 1 ? ' (' + r[13] + ' reports)' : '')));
    if (r[5]) line(d, 'div', 'lost: ' + r[5]);
    if (r[6]) line(d, 'div', 'affected: ' + r[6]);
    if (r[7] !== null) line(d, 'div', 'killed: ' + r[7]);
    if (r[8] !== null) line(d, 'div', 'injured: ' + r[8]);
    if (r[9]) line(d, 'div', 'date: ' + r[9]);
    if (r[10]) { var q = line(d, 'blockquote', r[10], 'oa-evidence'); q.style.margin = '4px 0'; q.style.fontStyle = 'italic'; }
    if (r[14]) line(d, 'div', r[14], 'oa-approx');
    line(d, 'small', 'source: ' + r[11] + ' · confidence ' + r[12]);
    return d;
  }
  var groups = {};
  ['outage', 'strike'].forEach(function(t){
    groups[t] = (cluster && L.markerClusterGroup) ? L.markerClusterGroup({maxClusterRadius: 40}) : L.featureGroup();
    groups[t].addTo(map);
  });
  rows.forEach(function(r){
    var strike = r[2] === 'strike';
    var m;
    if (strike) {
      // strikes are diamonds (shape, not only colour, tells the types apart)
      var side = Math.round(r[3] * 1.6);
      // Leaflet positions the icon with its own transform, so the rotation is on an inner square
      m = L.marker([r[0], r[1]], {icon: L.divIcon({className: 'oa-strike', html: '<div class="oa-diamond"></div>',
        iconSize: [side, side]}), riseOnHover: true});
    } else {
      m = L.circleMarker([r[0], r[1]], {radius: r[3], color: colors[r[2]], weight: 1,
        fill: true, fillColor: colors[r[2]], fillOpacity: 0.6});
    }
    m.bindPopup(function(){ return popup(r); }, {maxWidth: 340});
    var tip = document.createElement('span'); tip.textContent = r[4] + ': ' + r[2];
    m.bindTooltip(tip);
    m.addTo(groups[r[2]] || map);
  });
  window.oaEventLayers = groups;
  // Permalink: the map view lives in the page URL (?view=lat,lon,zoom), next to the filters.
  try {
    var top = window.parent;
    var params = new URLSearchParams(top.location.search);
    var v = (params.get('view') || '').split(',').map(Number);
    // after every other script of the page (fitBounds among them)
    var restoring = v.length === 3 && v.every(isFinite);
    if (restoring) {
      // the component fits the map to its data once it is on the page: the link's view goes on
      // after that, and the URL is not rewritten until it has
      var apply = function(){ map.setView([v[0], v[1]], v[2], {animate: false}); };
      map.whenReady(function(){ setTimeout(apply, 0); setTimeout(function(){ apply(); restoring = false; }, 400); });
    }
    map.on('moveend', function(){
      if (restoring) return;
      var c = map.getCenter();
      var q = new URLSearchParams(top.location.search);
      q.set('view', c.lat.toFixed(3) + ',' + c.lng.toFixed(3) + ',' + map.getZoom());
      top.history.replaceState(top.history.state, '', top.location.pathname + '?' + q.toString());
    });
  } catch (e) { /* a cross-origin parent: no permalink */ }
})();
"""


def _json_for_script(obj) -> str:
    """JSON safe inside a <script> element: no "</script>", no HTML comment openers."""
    return json.dumps(obj, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def build_map(events: list[Event], options: MapOptions | None = None):
    """A folium.Map of events: offline basemap, markers by type sized by people affected.

    Events go to the page once, as compact rows; the browser builds the markers and their
    popups (with textContent, so article text is never parsed as HTML). Above
    ``options.max_markers`` events are aggregated per place and type.
    """
    import folium
    from branca.element import MacroElement, Template

    opts = options or MapOptions()
    js, css = local_assets(opts.asset_base)
    pts = [e for e in events if e.lat is not None]
    # SVG markers (clickable DOM nodes) for ordinary counts; canvas when there are thousands
    m = folium.Map(location=[48, 30], zoom_start=4, tiles=None, control_scale=True, prefer_canvas=len(pts) > 2000)
    # instance attributes, so other maps in the process keep folium's defaults
    m.default_js = js
    m.default_css = css
    # polygons shaded by their number of events: first-level regions where we have them, else countries
    fills = {k: shade_for(v) for k, v in country_counts(pts).items()} if opts.shade_countries else {}
    if opts.asset_base:
        _add_fetched_basemap(m, f"{opts.asset_base.rstrip('/')}/basemap.json", fills)
    else:
        if pts:
            # detail where the events are (a 10-degree grid, so nearby views share the cache)
            lats, lons = [e.lat for e in pts], [e.lon for e in pts]
            bbox = (int(min(lons) // 10 * 10 - 10), int(min(lats) // 10 * 10 - 10),
                    int(max(lons) // 10 * 10 + 20), int(max(lats) // 10 * 10 + 20))
        else:
            bbox = None
        folium.GeoJson(
            basemap_geojson(bbox),
            name="Countries (offline)",
            style_function=lambda f: basemap_style(f["properties"], fills),
            control=False,
            interactive=False,
        ).add_to(m)
    m.get_root().header.add_child(folium.Element("<style>.leaflet-container{background:#cfe3f0}</style>"))
    for name in opts.online_tiles:
        tiles, attr = ONLINE_TILES[name]
        layer = folium.TileLayer(tiles, name=name, attr=attr, show=False, overlay=False).add_to(m)
        _add_tile_fallback(m, layer, f"{name} unreachable: offline basemap shown")

    rows, aggregated = _marker_rows(pts, opts.max_markers)
    cluster = opts.cluster if opts.cluster is not None else len(rows) > 300

    class EventLayer(MacroElement):
        _template = Template("{% macro script(this, kwargs) %}" + _LAYER_JS + "{% endmacro %}")

        def __init__(self):
            super().__init__()
            self._name = "EventLayer"
            self.rows_json = _json_for_script(rows)
            self.colors_json = json.dumps(COLORS)
            self.cluster = cluster
            self.aggregated = aggregated
            if cluster:
                self.default_js, self.default_css = cluster_assets(opts.asset_base)

    # MacroElement has no JS/CSS of its own; the mixin carries the cluster assets
    from folium.elements import JSCSSMixin

    class _Layer(JSCSSMixin, EventLayer):
        pass

    layer = _Layer()
    if not cluster:
        layer.default_js, layer.default_css = [], []
    m.add_child(layer)
    if opts.notify_ready:
        _add_ready_notice(m)
    if opts.heatmap and pts:
        from folium.plugins import HeatMap

        hm = HeatMap([[e.lat, e.lon, 1.0] for e in pts], name="Heatmap", radius=18, min_opacity=0.3)
        hm.default_js = [("leaflet-heat.js", asset_url("leaflet-heat.js", opts.asset_base))]
        hm.add_to(m)
    if opts.city_labels and pts:
        _add_city_labels(m, pts)
    legend = (
        "<div class='oa-legend'><b>Outage Atlas</b><br>"
        + "".join(f"<span style='color:{c};font-size:16px'>{'◆' if t == 'strike' else '●'}</span> {LABELS[t]}<br>" for t, c in COLORS.items())
        + "<small>size: people affected (log)</small>"
        + ("<br><small>shade: events per country, or per state where drawn (1, 2-4, 5-19, 20+)</small>" if opts.shade_countries else "")
        + ("<br><small>aggregated per place</small>" if aggregated else "")
        + "</div>"
    )
    _add_legend(m, legend)
    if opts.online_tiles or opts.heatmap:
        folium.LayerControl(collapsed=True).add_to(m)
    if pts:
        lats = [e.lat for e in pts]
        lons = [e.lon for e in pts]
        pad = 1.0
        m.fit_bounds([[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]])
    return m


BASEMAP_STYLE = {"fillColor": "#eef0ea", "color": "#8a8f87", "weight": 0.7, "fillOpacity": 1}
ADMIN1_STYLE = {**BASEMAP_STYLE, "color": "#b3b8b0", "weight": 0.4}  # region lines, lighter than borders


def basemap_style(props: dict, fills: dict[str, str]) -> dict:
    """Leaflet style of a basemap polygon: its kind's lines, its shade by event count."""
    base = ADMIN1_STYLE if props.get("kind") == "admin1" else BASEMAP_STYLE
    return {**base, "fillColor": fills.get(str(props.get("id")), base["fillColor"])}
SHADES = ("#eef0ea", "#f8f1d2", "#f3e2a0", "#ebcb6e", "#dcaa43")  # 0, 1, 2-4, 5-19, 20+ events


def shade_for(count: int) -> str:
    """Fill colour of a country by its number of events (a 5-class sequential scale)."""
    return SHADES[0 if not count else 1 if count == 1 else 2 if count < 5 else 3 if count < 20 else 4]


@lru_cache(maxsize=1)
def _iso_numeric() -> dict[str, str]:
    """ISO alpha-2 -> the three-digit numeric code the basemap polygons carry."""
    import countrystatecity_countries

    data = json.loads((Path(countrystatecity_countries.__file__).parent / "data" / "countries.json").read_text(encoding="utf-8"))
    return {c["iso2"]: str(c.get("numeric_code") or "").zfill(3) for c in data}


def country_counts(events: list[Event]) -> dict[str, int]:
    """Events per basemap polygon id: the first-level region ("US|Texas") where the basemap has
    that country's regions, else the country (ISO numeric). A country-wide event with regions
    drawn shades nothing: it has no one region."""
    codes = _iso_numeric()
    by_region = admin1_countries()
    out: dict[str, int] = {}
    for e in events:
        if e.country_code in by_region:
            key = f"{e.country_code}|{e.admin1}" if e.admin1 else None
        else:
            key = codes.get(e.country_code or "")
        if key:
            out[key] = out.get(key, 0) + 1
    return out


def _add_fetched_basemap(m, url: str, fills: dict[str, str]) -> None:
    """The basemap fetched by the browser (cached), in a pane below the markers."""
    from branca.element import MacroElement, Template

    class FetchedBasemap(MacroElement):
        _template = Template(
            "{% macro script(this, kwargs) %}"
            "(function(){var map = {{ this._parent.get_name() }};"
            "var fills = " + json.dumps(fills) + ";"
            "map.createPane('oa-basemap'); map.getPane('oa-basemap').style.zIndex = 350;"
            "fetch(" + json.dumps(url) + ").then(function(r){return r.json();}).then(function(g){"
            "L.geoJSON(g, {pane: 'oa-basemap', interactive: false, style: function(f){var p = f.properties || {};"
            "var s = p.kind === 'admin1' ? " + json.dumps(ADMIN1_STYLE) + " : " + json.dumps(BASEMAP_STYLE) + ";"
            "if (p.id && fills[p.id]) { s = Object.assign({}, s, {fillColor: fills[p.id]}); } return s;}}).addTo(map);"
            "}).catch(function(e){console.error('basemap', e);});})();"
            "{% endmacro %}"
        )

        def __init__(self):
            super().__init__()
            self._name = "FetchedBasemap"

    m.add_child(FetchedBasemap())


def _add_city_labels(m, pts: list[Event], min_population: int = 1_000_000) -> None:
    """Grey labels for the large cities around the events (names from the gazetteer)."""
    import folium

    from .gazetteer import default_gazetteer

    lats = [e.lat for e in pts]
    lons = [e.lon for e in pts]
    bbox = (min(lons) - 3, min(lats) - 3, max(lons) + 3, max(lats) + 3)
    fg = folium.FeatureGroup(name="City labels", control=False)
    for c in default_gazetteer().major_cities(min_population, bbox, limit=30):
        folium.Marker(
            [c.lat, c.lon],
            icon=folium.DivIcon(html=f"<div class='oa-city'>{html.escape(c.name)}</div>", icon_size=(120, 14), icon_anchor=(-4, 7)),
            interactive=False,
        ).add_to(fg)
    fg.add_to(m)
    m.get_root().header.add_child(folium.Element(
        "<style>.oa-city{font:11px sans-serif;color:#555;white-space:nowrap;text-shadow:0 0 2px #fff}</style>"))


def _add_tile_fallback(m, layer, message: str) -> None:
    from branca.element import MacroElement, Template

    js = _TILE_FALLBACK_JS % {"map": "{{ this._parent.get_name() }}", "layer": layer.get_name(), "msg": json.dumps(message)}

    class TileFallback(MacroElement):
        _template = Template("{% macro script(this, kwargs) %}" + js + "{% endmacro %}")

        def __init__(self):
            super().__init__()
            self._name = "TileFallback"

    m.add_child(TileFallback())


_READY_JS = """
%(map)s.whenReady(function () {
  window.requestAnimationFrame(function () {
    if (window.parent === window) return;
    // the Streamlit component protocol (streamlit-component-lib's setComponentValue)
    window.parent.postMessage({isStreamlitMessage: true, type: "streamlit:setComponentValue",
                               value: {last_object_clicked: null, map_ready: true}, dataType: "json"}, "*");
  });
});
"""


def _add_ready_notice(m) -> None:
    from branca.element import MacroElement, Template

    class ReadyNotice(MacroElement):
        _template = Template("{% macro script(this, kwargs) %}" + _READY_JS % {"map": "{{ this._parent.get_name() }}"}
                             + "{% endmacro %}")

        def __init__(self):
            super().__init__()
            self._name = "ReadyNotice"

    m.add_child(ReadyNotice())


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
