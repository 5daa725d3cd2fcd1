"""Build data/basemap.gpkg from the npm package world-atlas (Natural Earth, public domain).

    npm install --prefix /tmp/wa world-atlas@2
    python scripts/build_basemap.py /tmp/wa/node_modules/world-atlas/countries-50m.json

world-atlas stitches polygons across the antimeridian (Russia's Chukotka continues past 180°,
so a naive read makes Russia cover the map); every polygon part is shifted back into
[-180, 180] and clipped there. Run once; the result is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
from shapely.affinity import translate
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.ops import unary_union

WORLD = box(-180, -90, 180, 90)


def _unwrap(coords):
    """Make longitudes continuous along a ring (no jump of more than 180°)."""
    out, shift, prev = [], 0.0, None
    for x, y in coords:
        if prev is not None:
            if x + shift - prev > 180:
                shift -= 360
            elif x + shift - prev < -180:
                shift += 360
        out.append((x + shift, y))
        prev = x + shift
    if abs(out[-1][0] - out[0][0]) > 180:  # the ring goes round a pole (Antarctica): as it was
        return list(coords)
    return out


def _fix(geom):
    parts = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    out = []
    for p in parts:
        xs = [x for x, _ in p.exterior.coords]
        if min(xs) <= -179.9 and max(xs) >= 179.9 and p.bounds[1] < -60:
            out.append(p)  # Antarctica's ring already spans -180..180 round the pole
            continue
        p = Polygon(_unwrap(p.exterior.coords), [_unwrap(r.coords) for r in p.interiors]).buffer(0)
        for shift in (-360, 0, 360):
            q = translate(p, xoff=shift) if shift else p
            c = q.intersection(WORLD)
            if not c.is_empty:
                out.append(c)
    u = unary_union(out)
    return u if isinstance(u, (Polygon, MultiPolygon)) else u.buffer(0)


def main(src: str, dst: str = "data/basemap.gpkg") -> None:
    gdf = gpd.read_file(src, layer="countries").set_crs(4326, allow_override=True)
    gdf = gdf[["id", "name", "geometry"]].copy()
    gdf["geometry"] = [_fix(g) for g in gdf.geometry]
    gdf["geometry"] = gdf.geometry.simplify(0.02, preserve_topology=True)
    Path(dst).unlink(missing_ok=True)
    gdf.to_file(dst, layer="countries", driver="GPKG")
    print(f"{dst}: {len(gdf)} countries, bounds {gdf.total_bounds.round(1).tolist()}")
    # A point per country for the gazetteer: the centroid (equal-area) of its largest part,
    # so the US point is in Kansas, not pulled towards Alaska.
    rows = ["# iso_numeric\tname\tlat\tlon (centroid of the largest part; Natural Earth via world-atlas)"]
    # several territories share an ISO number (Australia and Ashmore Is.): the largest wins
    gdf = gdf.assign(_area=gdf.to_crs(6933).area).sort_values("_area", ascending=False)
    seen = set()
    for iso, name, geom in zip(gdf["id"], gdf["name"], gdf.geometry):
        if iso in seen:
            continue
        seen.add(iso)
        parts = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
        ea = gpd.GeoSeries(parts, crs=4326).to_crs(6933)
        c = gpd.GeoSeries([ea.iloc[int(ea.area.argmax())].centroid], crs=6933).to_crs(4326).iloc[0]
        if isinstance(iso, str) and iso.isdigit():  # Kosovo, N. Cyprus, ... have no ISO number
            rows.append(f"{iso}\t{name}\t{c.y:.4f}\t{c.x:.4f}")
    Path(dst).with_name("country_points.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
