"""Exports are written to real files and read back with geopandas/pyogrio."""

import json

import geopandas as gpd
import pyogrio

from geo.export import events_geojson, to_csv, to_geojson, to_gpkg, to_kml


def test_geojson_is_rfc7946_and_reads_back(seed_events, tmp_path):
    path = tmp_path / "events.geojson"
    to_geojson(seed_events, path)
    fc = json.loads(path.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    f = fc["features"][0]
    lon, lat = f["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    e = next(e for e in seed_events if e.event_id == f["properties"]["event_id"])
    assert (lon, lat) == (round(e.lon, 6), round(e.lat, 6))  # [lon, lat], not [lat, lon]
    gdf = gpd.read_file(path)
    assert len(gdf) == len(seed_events) and gdf.crs.to_epsg() == 4326
    for col in ("event_id", "event_type", "place", "mention", "services", "affected_min", "casualties_scope",
                "temperature_c", "date", "time_precision", "evidence", "confidence", "geocoder", "geo_precision"):
        assert col in gdf.columns, col


def test_places_layer_reads_back(seed_events, tmp_path):
    path = tmp_path / "places.geojson"
    to_geojson(seed_events, path, layer="places")
    gdf = gpd.read_file(path)
    assert gdf["place"].is_unique
    kyiv = gdf[gdf["place"] == "Kyiv"].iloc[0]
    assert kyiv["killed"] == 1 and kyiv["injured"] == 23


def test_gpkg_and_kml_and_csv_round_trip(seed_events, tmp_path):
    g = tmp_path / "e.gpkg"
    to_gpkg(seed_events, g)
    assert pyogrio.list_layers(g)[0][0] == "events"
    back = gpd.read_file(g, layer="events")
    assert sorted(back["event_id"]) == sorted(e.event_id for e in seed_events)
    k = tmp_path / "e.kml"
    to_kml(seed_events, k)
    assert len(gpd.read_file(k)) == len(seed_events)
    c = tmp_path / "e.csv"
    to_csv(seed_events, c)
    import pandas as pd

    df = pd.read_csv(c)
    assert len(df) == len(seed_events) and {"lat", "lon", "place", "evidence"} <= set(df.columns)


def test_misses_are_kept_with_empty_geometry(seed_events):
    from dataclasses import replace

    miss = replace(seed_events[0], lat=None, lon=None, event_id="miss")
    fc = events_geojson([miss])
    assert fc["features"][0]["geometry"] is None
    data = to_gpkg([miss])
    assert data[:16].startswith(b"SQLite format 3")
