import json
import subprocess
import sys

from tests.conftest import DATA, ROOT


def run(*args):
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_extract_writes_geojson_and_places(tmp_path):
    out = tmp_path / "e.geojson"
    r = run("extract", str(DATA / "seed.txt"), "--out", str(out))
    assert r.returncode == 0, r.stderr
    fc = json.loads(out.read_text())
    assert len(fc["features"]) >= 10
    p = tmp_path / "p.geojson"
    assert run("extract", str(DATA), "--out", str(p), "--layer", "places").returncode == 0
    rows = [f["properties"] for f in json.loads(p.read_text())["features"]]
    ids = [r["gazetteer_id"] or r["place"] for r in rows]
    assert len(ids) == len(set(ids))  # one row per place, however many reports name it
    kharkiv = next(r for r in rows if r["place"] == "Kharkiv" and r["granularity"] == "city")
    assert kharkiv["report_count"] >= 2  # the seed and a wire report


def test_extract_reports_bad_input_and_keeps_going(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("A missile strike cut power in Dnipro.", encoding="utf-8")
    out = tmp_path / "e.geojson"
    r = run("extract", str(tmp_path), "--out", str(out))
    assert r.returncode == 0 and "bad.txt" in r.stderr
    assert json.loads(out.read_text())["features"]


def test_extract_with_no_readable_input_fails_clearly(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"")
    r = run("extract", str(tmp_path / "bad.txt"), "--out", str(tmp_path / "x.geojson"))
    assert r.returncode == 2 and "no readable input" in r.stderr


def test_resolve_contract(tmp_path):
    out = tmp_path / "o.jsonl"
    r = run("resolve", str(DATA / "geovirus_sample.jsonl"), "--out", str(out))
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == 3
    for t in rows[0]["toponyms"]:
        assert {"lat", "lon", "place", "country_code", "gazetteer_id"} <= set(t)
    resolved = [t for r in rows for t in r["toponyms"] if t["lat"] is not None]
    assert resolved


def test_every_cli_option_is_documented():
    from geo.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ap = build_parser()
    sub = next(a for a in ap._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, p in sub.choices.items():
        assert f"python -m geo {name}" in readme, name
        for act in p._actions:
            for opt in act.option_strings:
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"{name} {opt}"


def test_resolve_country_fallback_is_a_marked_guess(tmp_path):
    src = tmp_path / "in.jsonl"
    text = "Floods hit Zzyzxqvillegrad, a village near Chernihiv and Sumy in Ukraine."
    src.write_text(json.dumps({"id": "a", "text": text, "toponyms": [
        {"name": "Zzyzxqvillegrad", "start": 11, "end": 26}, {"name": "Chernihiv", "start": 43, "end": 52}]}) + "\n")
    strict, guess = tmp_path / "s.jsonl", tmp_path / "g.jsonl"
    assert run("resolve", str(src), "--out", str(strict)).returncode == 0
    assert run("resolve", str(src), "--out", str(guess), "--fallback", "country").returncode == 0
    s0 = json.loads(strict.read_text())["toponyms"]
    g0 = json.loads(guess.read_text())["toponyms"]
    assert s0[0]["lat"] is None and "guess" not in s0[0]  # by default an honest miss
    assert g0[0]["country_code"] == "UA" and g0[0]["guess"] == "document country"
    assert "guess" not in g0[1] and g0[1]["place"] == s0[1]["place"]


def test_resolve_region_fallback_is_the_qualifying_region(tmp_path):
    src = tmp_path / "in.jsonl"
    text = "Zzyzxqville is a village in the Kursk region of Russia. Power was cut there on Monday."
    src.write_text(json.dumps({"id": "a", "text": text, "toponyms": [{"name": "Zzyzxqville", "start": 0, "end": 11}]}) + "\n")
    out = tmp_path / "r.jsonl"
    assert run("resolve", str(src), "--out", str(out), "--fallback", "region").returncode == 0
    t = json.loads(out.read_text())["toponyms"][0]
    assert t["guess"] == "qualifying region" and t["place"] == "Kursk Oblast" and t["country_code"] == "RU"
