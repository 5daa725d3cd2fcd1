"""Events and places -> GeoJSON (RFC 7946), CSV, GeoPackage, KML.

Every function returns bytes (for downloads) and optionally writes ``path``. A miss (no
coordinates) is kept as a Feature with a null geometry / an empty point, never dropped.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .join import join_places
from .models import EVENT_COLUMNS, Event


def _point(lat, lon):
    if lat is None or lon is None:
        return None
    # (lat, lon) from the gazetteer becomes GeoJSON [lon, lat] here, and only here.
    return {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}


def events_geojson(events: list[Event]) -> dict:
    """RFC 7946 FeatureCollection of events (no "crs" member; WGS 84 [lon, lat])."""
    feats = [
        {"type": "Feature", "id": e.event_id, "geometry": _point(e.lat, e.lon), "properties": e.properties()}
        for e in events
    ]
    return {"type": "FeatureCollection", "features": feats}


def places_geojson(events: list[Event]) -> dict:
    feats = []
    for row in join_places(events):
        props = {k: v for k, v in row.items() if k not in ("lat", "lon")}
        feats.append({"type": "Feature", "geometry": _point(row["lat"], row["lon"]), "properties": props})
    return {"type": "FeatureCollection", "features": feats}


def to_geojson(events: list[Event], path: str | Path | None = None, layer: str = "events") -> bytes:
    fc = places_geojson(events) if layer == "places" else events_geojson(events)
    data = json.dumps(fc, ensure_ascii=False, indent=1).encode("utf-8")
    if path:
        Path(path).write_bytes(data)
    return data


def to_geodataframe(events: list[Event], layer: str = "events"):
    """A GeoDataFrame (EPSG:4326); list-valued columns are JSON strings, misses empty points."""
    import geopandas as gpd
    from shapely.geometry import Point

    if layer == "places":
        rows = join_places(events)
        cols = [k for k in (rows[0] if rows else {"place": None}) if k not in ("lat", "lon")]
        geoms = [Point(r["lon"], r["lat"]) for r in rows]
    else:
        rows = [{**e.properties(), "lat": e.lat, "lon": e.lon} for e in events]
        cols = list(EVENT_COLUMNS)
        geoms = [Point(r["lon"], r["lat"]) if r["lat"] is not None else Point() for r in rows]
    recs = []
    for r in rows:
        rec = {}
        for c in cols:
            v = r.get(c)
            rec[c] = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict, tuple)) else v
        recs.append(rec)
    import pandas as pd

    df = pd.DataFrame(recs, columns=cols)
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"), crs="EPSG:4326")


def to_csv(events: list[Event], path: str | Path | None = None, layer: str = "events") -> bytes:
    gdf = to_geodataframe(events, layer)
    df = gdf.drop(columns="geometry")
    df.insert(0, "lon", [None if g.is_empty else round(g.x, 6) for g in gdf.geometry])
    df.insert(0, "lat", [None if g.is_empty else round(g.y, 6) for g in gdf.geometry])
    data = df.to_csv(index=False).encode("utf-8")
    if path:
        Path(path).write_bytes(data)
    return data


def _via_file(gdf, suffix: str, driver: str, path, layer: str) -> bytes:
    if path:
        Path(path).unlink(missing_ok=True)
        gdf.to_file(path, driver=driver, layer=layer, engine="pyogrio")
        return Path(path).read_bytes()
    fd, tmp = tempfile.mkstemp(suffix=suffix)
    os.close(fd)
    os.unlink(tmp)
    try:
        gdf.to_file(tmp, driver=driver, layer=layer, engine="pyogrio")
        return Path(tmp).read_bytes()
    finally:
        Path(tmp).unlink(missing_ok=True)


def to_gpkg(events: list[Event], path: str | Path | None = None, layer: str = "events") -> bytes:
    """GeoPackage with one layer (``events`` or ``places``)."""
    return _via_file(to_geodataframe(events, layer), ".gpkg", "GPKG", path, layer)


def to_kml(events: list[Event], path: str | Path | None = None, layer: str = "events") -> bytes:
    """KML (GDAL's KML driver); the placemark name is the place."""
    gdf = to_geodataframe(events, layer)
    gdf = gdf[~gdf.geometry.is_empty]
    gdf = gdf.rename(columns={"place": "Name"})
    return _via_file(gdf, ".kml", "KML", path, layer)


EXPORTERS = {"geojson": to_geojson, "csv": to_csv, "gpkg": to_gpkg, "kml": to_kml}
MIME = {
    "geojson": "application/geo+json",
    "csv": "text/csv",
    "gpkg": "application/geopackage+sqlite3",
    "kml": "application/vnd.google-earth.kml+xml",
}
