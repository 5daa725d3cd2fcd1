"""Outage Atlas dashboard: widgets -> calls into geo -> st.* output. Nothing else lives here.

    streamlit run dashboard.py
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from geo.errors import GeoError
from geo.export import EXPORTERS, MIME
from geo.extract import extract_events
from geo.filters import Filters, apply_filters
from geo.gazetteer import default_gazetteer
from geo.ingest import read_bytes, read_paths, read_text
from geo.join import casualty_totals, join_places
from geo.maps import BOUNDARY_SOURCE, MapOptions, build_map
from geo.models import Document

SEEDS = Path(__file__).resolve().parent / "seeds"

st.set_page_config(page_title="Outage Atlas", layout="wide")


@st.cache_resource(show_spinner="Opening the offline gazetteer…")
def _gazetteer():
    return default_gazetteer()


@st.cache_data(show_spinner=False, max_entries=64)
def _extract(doc: Document):
    return extract_events(doc, _gazetteer())


def _load_documents() -> tuple[list[Document], list[str]]:
    st.sidebar.header("Articles")
    source = st.sidebar.radio("Input", ["Built-in seeds", "Upload files", "Paste text"], key="source")
    date = st.sidebar.text_input("Article date (YYYY-MM-DD, optional)", key="doc_date") or None
    problems: list[str] = []
    docs: list[Document] = []
    if source == "Built-in seeds":
        docs, problems = read_paths([SEEDS], date)
    elif source == "Upload files":
        files = st.sidebar.file_uploader(
            "Articles (.txt, .md, .html, .jsonl, .csv)", accept_multiple_files=True, key="uploads"
        )
        for f in files or []:
            try:
                docs += read_bytes(f.getvalue(), f.name, date)
            except GeoError as err:
                problems.append(str(err))
    else:
        text = st.sidebar.text_area("Article text", height=200, key="pasted")
        if text.strip():
            try:
                docs.append(read_text(text, "pasted", date))
            except GeoError as err:
                problems.append(str(err))
    return docs, problems


def _filters(events) -> Filters:
    st.sidebar.header("Filters")
    types = st.sidebar.multiselect("Event type", ["outage", "strike"], default=["outage", "strike"], key="f_types")
    services = st.sidebar.multiselect(
        "Services lost (any of)", ["power", "heating", "water", "gas", "communications"], key="f_services"
    )
    countries = sorted({e.country_code for e in events if e.country_code})
    ccs = st.sidebar.multiselect("Country", countries, key="f_countries")
    min_conf = st.sidebar.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="f_conf")
    query = st.sidebar.text_input("Search place or evidence", key="f_query")
    return Filters(tuple(types), tuple(services), tuple(ccs), min_conf, query.strip() or None)


def main() -> None:
    st.title("Outage Atlas")
    st.caption("Outages and strikes on infrastructure, read from news text. Offline by default.")
    docs, problems = _load_documents()
    for p in problems:
        st.warning(p)
    if not docs:
        st.info("Add an article (upload or paste) or pick the built-in seeds to see events on the map.")
        return
    events = []
    bar = st.progress(0.0, text="Reading articles…") if len(docs) > 3 else None
    for i, d in enumerate(docs):
        try:
            events += _extract(d)
        except GeoError as err:
            st.error(f"{d.doc_id}: {err}")
        if bar:
            bar.progress((i + 1) / len(docs), text=f"Read {i + 1} of {len(docs)} articles")
    if bar:
        bar.empty()
    shown = apply_filters(events, _filters(events))

    tot = casualty_totals(shown)
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Events", len(shown))
    c2.metric("Places", len({e.gazetteer_id or e.place for e in shown}))
    c3.metric("Killed (no double count)", tot["killed"])
    c4.metric("Injured (no double count)", tot["injured"])

    m = build_map(shown, MapOptions())
    st_folium(m, key="map", height=560, use_container_width=True, returned_objects=[])
    st.caption(f"Basemap: {BOUNDARY_SOURCE}. Gazetteer: GeoNames (CC BY 4.0), countrystatecity (ODbL).")

    st.subheader("Downloads (the filtered view)")
    cols = st.columns(len(EXPORTERS))
    for col, (fmt, fn) in zip(cols, EXPORTERS.items()):
        col.download_button(
            f"Events {fmt.upper()}", fn(shown), file_name=f"outage-atlas-events.{fmt}", mime=MIME[fmt],
            key=f"dl_{fmt}",
        )

    st.subheader("Events")
    st.dataframe(
        [
            {"place": e.place, "type": e.event_type, "country": e.country_code, "services": ", ".join(e.services),
             "affected": e.affected_text, "killed": e.killed, "injured": e.injured,
             "shared with": ", ".join(e.casualties_scope or ()), "temperature °C": e.temperature_c,
             "date": e.date, "confidence": e.confidence, "source": e.source,
             "evidence": " | ".join(x.text for x in e.evidence)}
            for e in shown
        ],
        width="stretch",
        key="events_table",
    )
    st.subheader("Places")
    st.dataframe(
        [{k: (", ".join(v) if isinstance(v, list) else v) for k, v in r.items() if k not in ("lat", "lon")} for r in join_places(shown)],
        width="stretch",
        key="places_table",
    )


main()
