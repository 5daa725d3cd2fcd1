import io

from PIL import Image

from geo.briefing import PRESETS, extent_of, render_briefing


def test_png_has_the_preset_size_and_is_not_blank(seed_events):
    png = render_briefing(seed_events, preset="slide", dpi=100)
    img = Image.open(io.BytesIO(png)).convert("RGB")
    w, h = PRESETS["slide"]
    assert img.size == (round(w * 100), round(h * 100))
    colours = img.getcolors(maxcolors=1_000_000)
    assert len(colours) > 100
    # marker colours are drawn (strike red, outage blue)
    import numpy as np

    a = np.asarray(img).reshape(-1, 3).astype(int)
    assert ((a[:, 0] > 180) & (a[:, 1] < 90) & (a[:, 2] < 80)).any()


def test_a4_pdf_opens(seed_events):
    pdf = render_briefing(seed_events, preset="a4", fmt="pdf")
    assert pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-1024:]
    import matplotlib

    assert matplotlib  # matplotlib wrote it; pdf readers need the xref table:
    assert b"xref" in pdf


def test_extent_has_a_minimum_size():
    assert extent_of([]) == (-180.0, -60.0, 180.0, 80.0)
