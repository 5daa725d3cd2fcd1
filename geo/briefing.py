"""Static briefing maps (PNG, PDF) with matplotlib: title, date range, legend, scale bar,
boundary source and attribution, an "as of" timestamp and the list of sources.

Presets: ``slide`` (16:9, 13.33 x 7.5 in) and ``a4`` (A4 portrait). Labels are placed
greedily by people affected and skipped where they would overlap one already drawn.
"""

from __future__ import annotations

import io
import math
from datetime import datetime, timezone

from .maps import BOUNDARY_SOURCE, COLORS, LABELS, radius_for
from .models import Event

PRESETS = {"slide": (13.333, 7.5), "a4": (8.27, 11.69)}


def extent_of(events: list[Event], pad_deg: float = 1.5) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the events, never smaller than 6 x 4 degrees."""
    pts = [(e.lon, e.lat) for e in events if e.lat is not None]
    if not pts:
        return (-180.0, -60.0, 180.0, 80.0)
    w, e = min(p[0] for p in pts) - pad_deg, max(p[0] for p in pts) + pad_deg
    s, n = min(p[1] for p in pts) - pad_deg, max(p[1] for p in pts) + pad_deg
    if e - w < 6:
        c = (e + w) / 2
        w, e = c - 3, c + 3
    if n - s < 4:
        c = (n + s) / 2
        s, n = c - 2, c + 2
    return (max(w, -180), max(s, -85), min(e, 180), min(n, 85))


def _nice_km(km: float) -> float:
    for step in (1, 2, 5):
        for mag in range(0, 5):
            v = step * 10**mag
            if v >= km:
                return float(v)
    return km


def render_briefing(
    events: list[Event],
    *,
    title: str = "Outage Atlas briefing",
    preset: str = "slide",
    fmt: str = "png",
    dpi: int = 150,
    extent: tuple[float, float, float, float] | None = None,
    now: datetime | None = None,
) -> bytes:
    """The briefing map as PNG or PDF bytes."""
    import matplotlib

    matplotlib.use("Agg")
    import geopandas as gpd
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    from .maps import DATA_DIR

    w, s, e, n = extent or extent_of(events)
    fig = plt.figure(figsize=PRESETS[preset], dpi=dpi)
    map_h = 0.78 if preset == "slide" else 0.66
    ax = fig.add_axes([0.03, 1 - map_h - 0.1, 0.94, map_h])
    # widen the shorter side so the map fills its box (equirectangular, scaled at mid-latitude)
    fw, fh = PRESETS[preset]
    box_ratio = (0.94 * fw) / (map_h * fh)
    k = math.cos(math.radians((s + n) / 2))
    data_ratio = (e - w) * k / (n - s)
    if data_ratio < box_ratio:
        extra = ((n - s) * box_ratio / k - (e - w)) / 2
        w, e = max(-180.0, w - extra), min(180.0, e + extra)
    else:
        extra = ((e - w) * k / box_ratio - (n - s)) / 2
        s, n = max(-85.0, s - extra), min(85.0, n + extra)
    world = gpd.read_file(DATA_DIR / "basemap.gpkg", layer="countries", engine="pyogrio", bbox=(w - 5, s - 5, e + 5, n + 5))
    ax.set_facecolor("#cfe3f0")
    world.plot(ax=ax, color="#eef0ea", edgecolor="#8a8f87", linewidth=0.6)
    regions = gpd.read_file(DATA_DIR / "basemap.gpkg", layer="admin1", engine="pyogrio", bbox=(w - 5, s - 5, e + 5, n + 5))
    if len(regions):
        regions.boundary.plot(ax=ax, color="#b3b8b0", linewidth=0.35)  # first-level regions where we have them
    ax.set_xlim(w, e)
    ax.set_ylim(s, n)
    ax.set_aspect(1 / math.cos(math.radians((s + n) / 2)))
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")

    pts = [x for x in events if x.lat is not None and w <= x.lon <= e and s <= x.lat <= n]
    for t in ("outage", "strike"):
        sel = [x for x in pts if x.event_type == t]
        if sel:
            sizes = [(radius_for(x.affected_max or x.affected_min) * (1.0 if t == "outage" else 0.6)) ** 2 * 2.2 for x in sel]
            ax.scatter([x.lon for x in sel], [x.lat for x in sel], s=sizes, c=COLORS[t], alpha=0.55 if t == "outage" else 0.85,
                       marker="D" if t == "strike" else "o",
                       edgecolors="#222" if t == "strike" else COLORS[t], linewidths=1.2 if t == "strike" else 0.6, zorder=3)

    # Scale bar first (lower left, on a white box): a round number of km at mid-latitude.
    lat0 = (s + n) / 2
    km_per_deg = 111.32 * math.cos(math.radians(lat0))
    bar_km = _nice_km((e - w) * km_per_deg / 6)
    bar_deg = bar_km / km_per_deg
    x0, y0 = w + (e - w) * 0.04, s + (n - s) * 0.05
    ax.plot([x0, x0 + bar_deg], [y0, y0], color="black", linewidth=3, zorder=6)
    bar_txt = ax.text(x0 + bar_deg / 2, y0 + (n - s) * 0.015, f"{bar_km:g} km", ha="center", va="bottom", fontsize=8,
                      zorder=6, bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.8})
    handles = [Line2D([], [], marker="D" if t == "strike" else "o", linestyle="", markersize=9, markerfacecolor=c, markeredgecolor="#222" if t == "strike" else c, label=LABELS[t])
               for t, c in COLORS.items()]
    legend = ax.legend(handles=handles, loc="upper right", fontsize=9, title="size: people affected", title_fontsize=7, framealpha=0.9)

    # Labels: one per place, biggest first; each tries four positions around its marker and
    # is left out when all four would overlap a label, the legend or the scale bar.
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    placed = [legend.get_window_extent(renderer), bar_txt.get_window_extent(renderer)]
    seen = set()
    for x in sorted(pts, key=lambda x: -(x.affected_max or x.affected_min or 0)):
        if x.place in seen:
            continue
        seen.add(x.place)
        for dx, dy, ha, va in ((7, 4, "left", "bottom"), (7, -4, "left", "top"), (-7, 4, "right", "bottom"), (-7, -4, "right", "top")):
            txt = ax.annotate(x.place, (x.lon, x.lat), xytext=(dx, dy), textcoords="offset points", fontsize=9, zorder=5,
                              ha=ha, va=va, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
            bb = txt.get_window_extent(renderer)
            if any(bb.overlaps(p) for p in placed) or not ax.get_window_extent(renderer).contains(bb.x1, bb.y1) \
                    or not ax.get_window_extent(renderer).contains(bb.x0, bb.y0):
                txt.remove()
                continue
            placed.append(bb)
            break

    dates = sorted(x.date for x in events if x.date)
    span = f"{dates[0]} – {dates[-1]}" if dates else "dates not stated"
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    fig.text(0.03, 0.965, title, fontsize=16, weight="bold", va="top")
    fig.text(0.03, 0.925, f"{len(events)} events at {len({x.place for x in events})} places · {span} · as of {stamp}", fontsize=10, va="top")
    sources = sorted({x.source for x in events})
    src = "Sources: " + ", ".join(sources[:12]) + (f" and {len(sources) - 12} more" if len(sources) > 12 else "")
    foot = f"{src}\nBoundaries: {BOUNDARY_SOURCE}. Places: GeoNames (CC BY 4.0), countrystatecity (ODbL). Made with Outage Atlas."
    fig.text(0.03, 0.02, foot, fontsize=7, va="bottom", wrap=True)
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=dpi)
    plt.close(fig)
    return buf.getvalue()
