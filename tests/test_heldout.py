"""The held-out reports of tests/data/heldout scored with bench/eval_events.py."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from eval_events import score  # noqa: E402

import pytest


@pytest.mark.parametrize("name", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5"])
def test_heldout_reports_score_as_the_goals_ask(name):
    held = ROOT / "tests" / "data" / name
    res = score(held / "articles", held / "gold.jsonl")
    assert res["f1"] >= 0.9, res["errors"]
    assert res["nonevent_fp"] <= 0.1 * max(1, res["tp"] + res["fp"]), res["errors"]
    for field, (ok, n) in res["fields"].items():
        assert ok >= 0.9 * n, (field, res["errors"])
