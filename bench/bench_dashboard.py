"""Time from starting the dashboard (scripts/serve.py, what run.sh runs) to the seed's map drawn in Debian's chromium.

    python bench/bench_dashboard.py [--repeat 3]

Columns: server start -> port open, page load (navigation) -> first marker in the map,
and a second page load on the warm server (extraction cached). Offline: every non-local
request is aborted, and counted.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


LAUNCHERS = {
    "serve": ["scripts/serve.py"],  # what run.sh starts: heavy modules loaded before listening
    "plain": ["-m", "streamlit", "run", "dashboard.py"],
}


def one_run(launcher: str = "serve") -> tuple[float, float, float, int]:
    from playwright.sync_api import sync_playwright

    port = free_port()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *LAUNCHERS[launcher], "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        t_port = time.perf_counter() - t0
        outside = []
        loads = []
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu",
                                  "--disable-background-networking", "--disable-component-update"])
            for _ in range(2):
                ctx = b.new_context()
                ctx.route(lambda u: not u.startswith(("http://127.0.0.1", "data:", "blob:", "about:")),
                          lambda r: (outside.append(r.request.url), r.abort()))
                page = ctx.new_page()
                t1 = time.perf_counter()
                page.goto(f"http://127.0.0.1:{port}/", wait_until="commit")
                page.frame_locator("iframe[title='streamlit_folium.st_folium']").locator(
                    "path.leaflet-interactive").first.wait_for(state="attached", timeout=120_000)
                loads.append(time.perf_counter() - t1)
                ctx.close()
            b.close()
        return t_port, loads[0], loads[1], len(outside)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--launcher", choices=[*LAUNCHERS, "both"], default="serve",
                    help="serve: scripts/serve.py (run.sh); plain: streamlit run; both: alternate them")
    a = ap.parse_args(argv)
    names = list(LAUNCHERS) if a.launcher == "both" else [a.launcher]
    runs = {n: [] for n in names}
    for _ in range(a.repeat):
        for n in names:  # alternated, so both see the same machine load
            runs[n].append(one_run(n))
    print(f"{'launcher':>8} {'run':>4} {'start->port s':>13} {'load->map s (cold)':>18} {'load->map s (warm)':>18} {'external requests':>17}")
    for n in names:
        for i, r in enumerate(runs[n], 1):
            print(f"{n:>8} {i:4d} {r[0]:13.2f} {r[1]:18.2f} {r[2]:18.2f} {r[3]:17d}")
        med = [statistics.median(r[k] for r in runs[n]) for k in range(3)]
        print(f"{n:>8} {'med':>4} {med[0]:13.2f} {med[1]:18.2f} {med[2]:18.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
