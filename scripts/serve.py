"""Start the dashboard with its heavy modules already loaded: `streamlit run dashboard.py`,
but folium, pandas, Altair and the extractor are imported, the gazetteer opened and the map's
static files written before the server listens, so the first visitor does not wait for them.

    python scripts/serve.py [streamlit options]     (what ./scripts/run.sh does)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def preload() -> None:
    # nothing that imports streamlit: its config must be read by `streamlit run` itself
    import altair  # noqa: F401 - the timeline
    import branca  # noqa: F401
    import folium  # noqa: F401 - the map (imports pandas too)

    sys.path.insert(0, str(ROOT))
    import geo.extract  # noqa: F401 - compiles the rules' patterns
    from geo.gazetteer import default_gazetteer

    default_gazetteer().lookup("Kyiv")  # opens the index (built here on a first run)
    from geo.maps import MapOptions, build_map, write_static_assets

    # the files the page fetches (Leaflet, the basemap): written now, not during the first visit
    write_static_assets(ROOT / "static" / "oa")
    build_map([], MapOptions(asset_base="/app/static/oa")).get_root().render()  # folium's templates


def main(argv: list[str]) -> int:
    preload()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(ROOT / "dashboard.py"), *argv]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
