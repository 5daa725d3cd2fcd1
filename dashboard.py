"""Outage Atlas dashboard: widgets -> calls into geo -> st.* output. Nothing else lives here.

    streamlit run dashboard.py
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from geo.briefing import PRESETS, render_briefing
from geo.corrections import CorrectionStore, apply_corrections
from geo.errors import GeoError
from geo.export import EXPORTERS, MIME
from geo.extract import extract_events
from geo.filters import Filters, apply_filters, brush_to_range, events_per_day, highlight_evidence, nearest_event
from geo.gazetteer import default_gazetteer
from geo.geocoding import GazetteerGeocoder
from geo.ingest import read_bytes, read_paths, read_text
from geo.join import casualty_totals, join_places
from geo.maps import BOUNDARY_SOURCE, ONLINE_TILES, MapOptions, build_map, write_static_assets
from geo.models import SERVICES, Document, Place

SEEDS = Path(__file__).resolve().parent / "seeds"

st.set_page_config(page_title="Outage Atlas", layout="wide")


@st.cache_resource(show_spinner="Opening the offline gazetteer…")
def _gazetteer():
    return default_gazetteer()


@st.cache_resource
def _asset_base() -> str | None:
    """Serve Leaflet and the basemap as cached static files when the server allows it."""
    if not st.get_option("server.enableStaticServing"):
        return None  # everything inlined into the page instead
    write_static_assets(Path(__file__).resolve().parent / "static" / "oa")
    return "/app/static/oa"


@st.cache_resource
def _store():
    return CorrectionStore()


@st.cache_resource
def _online_geocoder(name: str):
    from geo.online import get_geocoder

    return get_geocoder(name, timeout=5.0)


@st.cache_data(show_spinner=False, max_entries=32)
def _export(fmt: str, key: tuple, _events) -> bytes:
    """Export bytes for the view identified by ``key`` (its event ids and corrections)."""
    return EXPORTERS[fmt](_events)


@st.cache_data(show_spinner=False, max_entries=16)
def _briefing(key: tuple, title: str, preset: str, fmt: str, _events) -> bytes:
    return render_briefing(_events, title=title, preset=preset, fmt=fmt)


@st.cache_data(show_spinner=False, max_entries=256)
def _extract(doc: Document):
    return extract_events(doc, _gazetteer())


def _qp(name: str, default):
    """A value from the URL query (the permalink), else the default."""
    v = st.query_params.get_all(name)
    if not v:
        return default
    return v if isinstance(default, list) else v[0]


def _load_documents(draw: bool = True) -> tuple[list[Document], list[str]]:
    if not draw:  # the first run of a session: the built-in seeds, as the widgets' defaults say
        return read_paths([SEEDS], None)
    st.sidebar.header("Articles")
    source = st.sidebar.radio("Input", ["Built-in seeds", "Upload files", "Paste text"], key="source")
    date_s = st.sidebar.text_input("Article date (YYYY-MM-DD, optional)", key="doc_date") or None
    problems: list[str] = []
    docs: list[Document] = []
    if source == "Built-in seeds":
        docs, problems = read_paths([SEEDS], date_s)
    elif source == "Upload files":
        files = st.sidebar.file_uploader(
            "Articles (.txt, .md, .html, .jsonl, .csv)", accept_multiple_files=True, key="uploads"
        )
        for f in files or []:
            try:
                docs += read_bytes(f.getvalue(), f.name, date_s)
            except GeoError as err:
                problems.append(str(err))
    else:
        text = st.sidebar.text_area("Article text", height=200, key="pasted")
        if text.strip():
            try:
                docs.append(read_text(text, "pasted", date_s))
            except GeoError as err:
                problems.append(str(err))
    return docs, problems


def _filters(events, draw: bool = True) -> Filters:
    """The filters' widgets and values; with ``draw`` False, their default values (the
    permalink's) without drawing them: the first run of a session sends the map first."""
    sb = st.sidebar
    if draw:
        sb.header("Filters")
    types = _qp("type", ["outage", "strike"])
    types = sb.multiselect("Event type", ["outage", "strike"], default=types, key="f_types") if draw else types
    services = _qp("service", [])
    services = sb.multiselect("Services lost (any of)", list(SERVICES), default=services, key="f_services") if draw else services
    countries = sorted({e.country_code for e in events if e.country_code})
    ccs = [c for c in _qp("country", []) if c in countries]
    ccs = sb.multiselect("Country", countries, default=ccs, key="f_countries") if draw else ccs
    days = sorted(e.date for e in events if e.date and len(e.date) == 10)
    drange = None
    if days:
        lo, hi = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
        if lo < hi:
            drange = sb.slider("Date range", lo, hi, (lo, hi), key="f_dates") if draw else (lo, hi)
    # a range brushed on the timeline chart takes over from the slider
    brushed = None
    tl = st.session_state.get("timeline")
    if tl is not None and getattr(tl, "selection", None):
        brushed = brush_to_range(tl.selection.get("brush"))
    if brushed:
        if draw:
            sb.caption(f"Dates from the timeline: {brushed[0]} – {brushed[1]} (clear the selection on the chart to reset)")
        drange = tuple(date.fromisoformat(x) for x in brushed)
    min_aff = int(_qp("min_affected", 0))
    min_aff = sb.number_input("Minimum people affected", 0, step=1000, value=min_aff, key="f_min_affected") if draw else min_aff
    min_conf = float(_qp("min_conf", 0.0))
    min_conf = sb.slider("Minimum confidence", 0.0, 1.0, min_conf, 0.05, key="f_conf") if draw else min_conf
    query = _qp("q", "")
    query = sb.text_input("Search place or evidence", value=query, key="f_query") if draw else query
    f = Filters(tuple(types), tuple(services), tuple(ccs), min_conf, query.strip() or None,
                drange[0].isoformat() if drange else None, drange[1].isoformat() if drange else None, int(min_aff))
    if not draw:
        return f
    # the permalink: filters live in the URL query
    st.query_params.from_dict({k: v for k, v in {
        "type": types, "service": services, "country": ccs, "min_affected": str(int(min_aff)) if min_aff else None,
        "min_conf": str(min_conf) if min_conf else None, "q": query or None,
        "view": _qp("view", None)}.items() if v})  # the map keeps its own view in the URL
    return f


def _timeline_chart(rows):
    import altair as alt
    import pandas as pd

    df = pd.DataFrame(rows).melt(id_vars="date", var_name="type", value_name="events")
    df["date"] = pd.to_datetime(df["date"])
    brush = alt.selection_interval(encodings=["x"], name="brush")
    return (
        alt.Chart(df, height=170)
        .mark_bar()
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("sum(events):Q", title="events"),
            color=alt.Color("type:N", scale=alt.Scale(domain=["outage", "strike"], range=["#2b6cb0", "#d7301f"])),
            tooltip=["date:T", "type:N", "sum(events):Q"],
        )
        .add_params(brush)
    )


def _corrections_panel(events, docs_by_id, clicked_idx: int | None = None) -> None:
    with st.expander("Event details and corrections (click a marker or select a row)", expanded=True):
        if not events:
            st.write("No event in the current view.")
            return
        labels = {f"{e.place} — {e.event_type} ({e.source})": e for e in events}
        # the event shown here follows the latest of: a marker clicked on the map, a row
        # selected in the events table below
        sel = st.session_state.get("events_table")
        rows = tuple(sel.selection.rows) if sel is not None and hasattr(sel, "selection") else ()
        state = st.session_state
        if clicked_idx is not None and clicked_idx != state.get("_last_click"):
            state["_detail_choice"] = clicked_idx
        elif rows != state.get("_last_rows") and rows:
            state["_detail_choice"] = rows[0]
        state["_last_click"], state["_last_rows"] = clicked_idx, rows
        default = state.get("_detail_choice", 0)
        default = default if 0 <= default < len(events) else 0
        pick = st.selectbox("Event", list(labels), index=default, key=f"detail_event_{default}")
        e = labels[pick]
        doc = docs_by_id.get(e.source)
        if doc is not None:
            st.markdown(
                "<div style='max-height:220px;overflow:auto;border:1px solid #ddd;padding:8px'>"
                + highlight_evidence(doc.text, e).replace("\n", "<br>") + "</div>",
                unsafe_allow_html=True,  # highlight_evidence escapes the article text itself
            )
        c1, c2, c3 = st.columns(3)
        if c1.button("Not an event", key="corr_reject"):
            _store().reject(e.event_id)
            st.rerun()
        new_place = c2.text_input("Move to place", key="corr_place")
        if c2.button("Move", key="corr_move") and new_place.strip():
            loc = GazetteerGeocoder(_gazetteer()).geocode(new_place)
            if loc is None:
                st.error(f"“{html.escape(new_place)}” is not in the offline gazetteer")
            else:
                raw = loc.raw
                _store().move(e.event_id, Place(loc.address.split(",")[0], loc.latitude, loc.longitude,
                                                 raw["country_code"], None, raw["granularity"], raw["gazetteer_id"]))
                st.rerun()
        killed = c3.number_input("Killed", 0, value=e.killed or 0, key="corr_killed")
        injured = c3.number_input("Injured", 0, value=e.injured or 0, key="corr_injured")
        if c3.button("Save figures", key="corr_edit"):
            _store().edit(e.event_id, killed=int(killed), injured=int(injured))
            st.rerun()
        if st.button("Undo corrections of this event", key="corr_undo"):
            _store().undo(e.event_id)
            st.rerun()


@st.fragment(run_every=4)
def _wake_up_later() -> None:
    """The rest of the page if the map's own signal never comes (a browser without scripts).
    Its first run is part of the page's; the timer's runs come after."""
    state = st.session_state
    if not state.get("_wake_armed"):
        state["_wake_armed"] = True
    elif not state.get("_map_ready"):
        state["_map_ready"] = True
        st.rerun()


def main() -> None:
    st.title("Outage Atlas")
    st.caption("Outages and strikes on infrastructure, read from news text. Offline by default.")
    # A new session's first run sends the title, the figures and the map, and nothing else: the
    # sidebar, timeline, downloads and tables (whose page code is the heaviest) follow when the
    # map says it is drawn, or after a few seconds whatever happens. Until then every widget
    # holds its default (the permalink's filters), so the map does not change when they appear.
    state = st.session_state
    if not state.get("_map_ready") and (state.get("map") or {}).get("map_ready"):
        state["_map_ready"] = True  # the map's "drawn" signal (its component value)
    ready = state.get("_map_ready", False)
    if not ready:
        # the sidebar is there from the start, so the page (and the map's width) does not shift
        st.sidebar.header("Articles")
        st.sidebar.caption("Loading the inputs and filters…")
    docs, problems = _load_documents(draw=ready)
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
    online = st.sidebar.selectbox("Online geocoder (optional)", ["off", "nominatim"], key="online_geocoder",
                                  help="Re-places low-confidence events; cached, 1 request/s, falls back offline.") if ready else "off"
    if online != "off":
        from geo.online import refine_events

        g = _online_geocoder(online)
        g.notices.clear()
        events = refine_events(events, g)
        for note in dict.fromkeys(g.notices):
            st.warning(f"Online geocoder unavailable — {note}")
    store = _store()
    corrected = apply_corrections(events, store)
    if len(store.active()):
        st.caption(f"{len(store.active())} analyst correction(s) applied from {store.path}")
    flt = _filters(corrected, draw=ready)
    shown = apply_filters(corrected, flt)

    tot = casualty_totals(shown)
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Events", len(shown))
    c2.metric("Places", len({e.gazetteer_id or e.place for e in shown}))
    c3.metric("Killed (no double count)", tot["killed"])
    c4.metric("Injured (no double count)", tot["injured"])

    tiles, heat, shade = [], False, True
    if ready:
        tiles = st.sidebar.multiselect("Online tile layers (optional)", list(ONLINE_TILES), key="tiles",
                                       help="Only used when reachable; the offline basemap always draws.")
        if tiles:
            st.info("Online tile layers are listed in the layer control (top right of the map). One that cannot "
                    "be reached is switched off again with a notice on the map; the offline basemap stays.")
        heat = st.sidebar.toggle("Heatmap layer", key="heatmap")
        shade = st.sidebar.toggle("Shade countries (US: states) by event count", value=True, key="shade")
    m = build_map(shown, MapOptions(online_tiles=tuple(tiles), heatmap=heat, shade_countries=shade,
                                    asset_base=_asset_base(), notify_ready=True))
    # only the clicked object comes back (each returned object costs a rerun)
    got = st_folium(m, key="map", height=560, use_container_width=True, returned_objects=["last_object_clicked"])
    clicked = (got or {}).get("last_object_clicked") or {}
    clicked_idx = nearest_event(shown, clicked["lat"], clicked["lng"]) if "lat" in clicked else None
    st.caption(f"Basemap: {BOUNDARY_SOURCE}. Gazetteer: GeoNames (CC BY 4.0), countrystatecity (ODbL).")
    if not ready:
        st.caption("Loading the filters, timeline, downloads and tables…")
        _wake_up_later()
        return

    # the timeline shows every date (filters other than dates applied); brushing it sets the range
    timeline = events_per_day(apply_filters(corrected, replace(flt, date_from=None, date_to=None)))
    if timeline:
        st.subheader("Timeline (events per day; drag across it to set the date range)")
        st.altair_chart(_timeline_chart(timeline), on_select="rerun", key="timeline", width="stretch")

    st.subheader("Downloads (the filtered view)")
    cols = st.columns(len(EXPORTERS) + 2)
    # the view's identity: which events, with which (corrected) values
    view_key = tuple(hash(e) for e in shown)
    for col, fmt in zip(cols, EXPORTERS):
        col.download_button(f"Events {fmt.upper()}", _export(fmt, view_key, shown), file_name=f"outage-atlas-events.{fmt}",
                            mime=MIME[fmt], key=f"dl_{fmt}")
    preset = st.sidebar.selectbox("Briefing layout", list(PRESETS), key="preset",
                                  format_func=lambda p: {"slide": "16:9 slide", "a4": "A4 portrait"}[p])
    title = st.sidebar.text_input("Briefing title", "Outage Atlas briefing", key="brief_title")
    # briefings are drawn when asked for (a click), not on every rerun: matplotlib would hold the
    # server while the map's own files are being served
    cols[-2].download_button("Briefing PNG", lambda: _briefing(view_key, title, preset, "png", shown),
                             file_name="outage-atlas-briefing.png", mime="image/png", key="dl_png")
    cols[-1].download_button("Briefing PDF", lambda: _briefing(view_key, title, preset, "pdf", shown),
                             file_name="outage-atlas-briefing.pdf", mime="application/pdf", key="dl_pdf")

    _corrections_panel(shown, {d.doc_id: d for d in docs}, clicked_idx)

    st.subheader("Events")
    st.dataframe(
        [
            {"place": e.place, "type": e.event_type, "country": e.country_code, "services": ", ".join(e.services),
             "affected": e.affected_text, "killed": e.killed, "injured": e.injured,
             "shared with": ", ".join(e.casualties_scope or ()), "temperature °C": e.temperature_c,
             "date": e.date, "confidence": e.confidence, "geocoder": e.geocoder, "source": e.source,
             "evidence": " | ".join(x.text for x in e.evidence)}
            for e in shown
        ],
        width="stretch",
        key="events_table",
        on_select="rerun",
        selection_mode="single-row",
    )
    st.subheader("Places")
    st.dataframe(
        [{k: (", ".join(v) if isinstance(v, list) else v) for k, v in r.items() if k not in ("lat", "lon")} for r in join_places(shown)],
        width="stretch",
        key="places_table",
    )


main()
