"""Add first-level region polygons to data/basemap.gpkg (layer "admin1") where a free offline
source exists: today the United States (states, US Census Bureau cartographic boundaries 2017,
public domain, from the npm package us-atlas, ISC).

    npm install --prefix /tmp/usa us-atlas@3
    python scripts/build_admin1.py /tmp/usa/node_modules/us-atlas/states-10m.json

Each polygon carries `id` ("US|California": country code and the region name the gazetteer
gives events as admin1), `cc` and `name`. Run once; the result is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd

DST = Path(__file__).resolve().parent.parent / "data" / "basemap.gpkg"


def main(states_path: str) -> int:
    g = gpd.read_file(states_path, layer="states").set_crs(4326, allow_override=True)
    g = g[~g.geometry.is_empty & g.geometry.notna()]
    out = gpd.GeoDataFrame(
        {"id": "US|" + g["name"], "cc": "US", "name": g["name"]},
        geometry=g.geometry.simplify(0.02, preserve_topology=True),
        crs=4326,
    )
    out.to_file(DST, layer="admin1", driver="GPKG")
    print(f"{len(out)} first-level regions -> {DST} (layer admin1)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
