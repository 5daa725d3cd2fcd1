"""End to end in a real browser: Debian's chromium driven by Playwright against the server run.sh starts (scripts/serve.py).

The server runs on the built-in seeds; the test waits for the map, counts the markers Leaflet
drew, records every request and fails on any that leaves the machine, clicks a marker and
reads the evidence in its popup, and saves a screenshot that must not be blank.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
OUT = ROOT / "out"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    # a private corrections database: the tests never touch the user's
    db = tmp_path_factory.mktemp("server") / "corrections.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OUTAGE_ATLAS_DB": str(db)}
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "serve.py"), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("streamlit did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait(timeout=10)


def _is_local(url: str) -> bool:
    u = urlparse(url)
    return u.scheme in ("data", "blob", "about", "chrome-extension") or u.hostname in ("127.0.0.1", "localhost", None)


def test_dashboard_draws_seed_map_offline(server):
    assert Path(CHROMIUM).exists(), "Debian chromium is missing: the README's test command installs it"
    from playwright.sync_api import sync_playwright

    OUT.mkdir(exist_ok=True)
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
        ctx.on("request", lambda r: requests.append(r.url))
        # anything non-local is answered locally with an error, so the test also proves the
        # page does not need it
        ctx.route(lambda url: not _is_local(url), lambda route: route.abort())
        page = ctx.new_page()
        page.goto(server, wait_until="domcontentloaded")
        frame_loc = page.frame_locator("iframe[title='streamlit_folium.st_folium']")
        markers = frame_loc.locator("path.leaflet-interactive")
        markers.first.wait_for(state="attached", timeout=60_000)
        time.sleep(1.0)
        # markers: outage circles (the basemap is not interactive, so every interactive path is
        # one) and strike diamonds (marker icons)
        n_outages = frame_loc.locator("path.leaflet-interactive[stroke='#2b6cb0']").count()
        n_strikes = frame_loc.locator(".leaflet-marker-icon.oa-strike").count()
        assert n_outages == markers.count() and n_outages >= 6, f"{n_outages} outage circles"
        assert n_strikes >= 3, f"{n_strikes} strike diamonds"
        # click a strike marker and read its evidence
        strike = frame_loc.locator(".leaflet-marker-icon.oa-strike").first
        strike.click(force=True)
        popup = frame_loc.locator(".leaflet-popup-content")
        popup.wait_for(timeout=20_000)
        text = popup.inner_text()
        assert "Strike" in text and len(text) > 60, text
        # a click also selects that event in the details panel: its evidence is highlighted in
        # the article there (try strikes until one is not the panel's default event)
        marks = page.locator("mark")
        marks.first.wait_for(state="attached", timeout=30_000)
        strikes = frame_loc.locator(".leaflet-marker-icon.oa-strike")
        before = " ".join(marks.all_inner_texts())
        for k in range(strikes.count()):
            close = frame_loc.locator(".leaflet-popup-close-button")
            if close.count():
                close.last.click(force=True)  # an open popup may cover the next marker
                time.sleep(0.3)
            strikes.nth(k).click(force=True)
            time.sleep(0.5)
            current = frame_loc.locator(".leaflet-popup-content").last
            current.wait_for(timeout=20_000)
            evidence = current.locator("blockquote").first.inner_text().strip()[:40]
            if evidence and evidence not in before:
                page.wait_for_function(
                    "(s) => [...document.querySelectorAll('mark')].some(m => m.innerText.includes(s))", arg=evidence,
                    timeout=30_000)
                break
        else:
            pytest.fail("every strike's evidence was already the panel's default")
        shot = OUT / "dashboard.png"
        time.sleep(0.8)  # the popup fades in
        page.screenshot(path=str(shot), full_page=False)
        browser.close()
    outside = [u for u in requests if not _is_local(u)]
    assert not outside, f"requests left the machine: {outside[:5]}"
    from PIL import Image

    img = Image.open(shot).convert("RGB")
    colours = img.getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 50, "the screenshot is blank"


def test_map_view_goes_to_the_url_and_comes_back(server):
    """Pan the map: the URL gains ?view=; opening that URL restores the view."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                    "--disable-background-networking", "--disable-component-update"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(server + "?type=strike", wait_until="domcontentloaded")
        frame_loc = page.frame_locator("iframe[title='streamlit_folium.st_folium']")
        # only strikes are drawn: the filter came from the URL
        frame_loc.locator(".oa-strike").first.wait_for(state="attached", timeout=30_000)
        assert frame_loc.locator("path.leaflet-interactive[stroke='#2b6cb0']").count() == 0
        # the rest of the page follows the map: wait for it, so its rerun is not mid-pan
        page.get_by_text("Downloads (the filtered view)").wait_for(timeout=30_000)
        frame_loc.locator(".leaflet-control-zoom-in").click()
        page.wait_for_function("() => new URLSearchParams(location.search).get('view') !== null", timeout=20_000)
        url = page.url
        assert "view=" in url
        # a zoom no fit to the data gives, so the check cannot pass by the map's own fitting
        zoom = 3
        view = url.split("view=")[1].split("&")[0].replace("%2C", ",").split(",")
        url = url.split("?")[0] + f"?type=strike&view={view[0]},{view[1]},{zoom}"
        page2 = browser.new_page(viewport={"width": 1400, "height": 1000})
        page2.goto(url, wait_until="domcontentloaded")
        f2 = page2.frame_locator("iframe[title='streamlit_folium.st_folium']")
        f2.locator(".oa-strike").first.wait_for(state="attached", timeout=60_000)
        page2.get_by_text("Downloads (the filtered view)").wait_for(timeout=30_000)
        frame = next(fr for fr in page2.frames if fr != page2.main_frame and fr.evaluate("() => typeof L !== 'undefined'"))
        zoom_js = "() => { for (const k in window) { if (k.startsWith('map_') && window[k] && window[k].getZoom) return window[k].getZoom(); } return null; }"
        frame.wait_for_function(f"() => ({zoom_js})() === {zoom}", timeout=30_000)
        browser.close()


def test_dragging_across_the_timeline_sets_the_date_range(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                    "--disable-background-networking", "--disable-component-update"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(server, wait_until="domcontentloaded")
        page.get_by_text("Timeline (events per day").wait_for(timeout=60_000)
        chart = page.locator("[data-testid='stVegaLiteChart']").first
        chart.locator("canvas, svg").first.wait_for(state="visible", timeout=30_000)
        caption = page.get_by_text("Dates from the timeline")
        for _ in range(3):  # a busy machine may swallow the first drag while the chart settles
            chart.scroll_into_view_if_needed()
            time.sleep(1.0)
            box = chart.bounding_box()
            page.mouse.move(box["x"] + box["width"] * 0.2, box["y"] + box["height"] * 0.5)
            page.mouse.down()
            page.mouse.move(box["x"] + box["width"] * 0.8, box["y"] + box["height"] * 0.5, steps=8)
            page.mouse.up()
            try:
                caption.wait_for(timeout=15_000)
                break
            except Exception:  # noqa: BLE001 - retried, then asserted below
                continue
        assert caption.count() == 1, "the brushed range did not reach the filters"
        browser.close()


def test_unreachable_online_tiles_fall_back_with_a_notice(seed_events, tmp_path):
    """Offline, an online tile layer chosen in the layer control loads nothing: it is switched
    off again, the map says so, and the offline basemap is what shows."""
    from playwright.sync_api import sync_playwright

    from geo.maps import MapOptions, build_map, map_html

    page_file = tmp_path / "map.html"
    page_file.write_text(map_html(build_map(seed_events, MapOptions(online_tiles=("Esri World Imagery",)))), encoding="utf-8")
    outside = []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        ctx = b.new_context(viewport={"width": 1000, "height": 700})
        ctx.route(lambda u: not u.startswith(("file:", "data:", "blob:", "about:")),
                  lambda r: (outside.append(r.request.url), r.abort()))
        page = ctx.new_page()
        page.goto(page_file.as_uri())
        page.locator(".leaflet-control-layers").hover()
        page.get_by_text("Esri World Imagery").click()
        notice = page.locator(".oa-tile-notice")
        notice.wait_for(timeout=30_000)
        assert "unreachable" in notice.text_content()
        assert page.locator("path.leaflet-interactive").count() > 0  # the offline basemap and markers
        b.close()
    assert outside and all("arcgisonline" in u for u in outside)  # it tried, and only the tiles
