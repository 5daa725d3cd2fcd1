import pytest

from geo.errors import InputError
from geo.ingest import MAX_BYTES, html_to_text, read_bytes, read_paths, read_text


def test_empty_input_has_a_clear_message():
    with pytest.raises(InputError, match="empty"):
        read_bytes(b"   \n", "a.txt")
    with pytest.raises(InputError, match="empty"):
        read_text("")


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        read_bytes(bytes(range(256)) * 20, "x.txt")


def test_huge_is_refused():
    with pytest.raises(InputError, match="limit"):
        read_bytes(b"a" * (MAX_BYTES + 1), "big.txt")


def test_other_encodings_are_decoded():
    text = "Обстрел оставил Харьков без света. Blackout in Kharkiv after the strike on Monday."
    for enc in ("cp1251", "utf-16"):
        doc = read_bytes(text.encode(enc), f"a-{enc}.txt")[0]
        assert "Харьков" in doc.text


def test_hostile_html_is_stripped_to_text():
    html = "<html><head><title>T</title><script>alert(1)</script></head><body><nav>menu</nav><p>Power cut in <b>Lviv</b>.</p><img src=x onerror=alert(2)></body></html>"
    text, title = html_to_text(html)
    assert "alert" not in text and "menu" not in text
    assert "Power cut in Lviv." in text and title == "T"


def test_jsonl_and_csv_exports_give_one_document_per_record():
    jl = b'{"title": "a", "date": "2024-03-22", "text": "Blackout in Kyiv."}\n{"title": "b", "text": ""}\n{"text": "Strike on Lviv."}\n'
    docs = read_bytes(jl, "news.jsonl")
    assert [d.date for d in docs] == ["2024-03-22", None]
    csv = b"title,date,url,text\nx,2025-01-02,http://e,Power out in Odesa\n"
    (doc,) = read_bytes(csv, "news.csv")
    assert doc.url == "http://e" and doc.text == "Power out in Odesa"


def test_bad_file_in_a_folder_is_reported_and_the_rest_read(tmp_path):
    (tmp_path / "good.txt").write_text("Blackout in Kyiv.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    docs, problems = read_paths([tmp_path, tmp_path / "missing.txt"])
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert any("empty" in p for p in problems) and any("no such file" in p for p in problems)


def test_an_html_page_gives_its_story_without_promotions_related_links_or_comments():
    story = "Storm Floris left 40,000 homes in Caithness without power on Monday, SSEN said. " * 4
    page = (
        "<html><head><title>Floris | Paper</title></head><body>"
        "<div class='promo-banner'>Read about the blackout in Lisbon</div>"
        f"<article><h1>Floris cuts power</h1><p>{story}</p></article>"
        "<div id='related'><a>Blackout hits Madrid</a></div>"
        "<section class='comments'><p>Reader in Cork: we lost power too</p></section>"
        "<div class='share-bar'>Share <img src='x.png'> <br> this</div></body></html>"
    )
    text, title = html_to_text(page)
    assert "Caithness" in text and text.startswith("Floris cuts power")
    assert not any(w in text for w in ("Lisbon", "Madrid", "Cork", "Share"))
    assert title == "Floris | Paper"


def test_a_page_without_an_article_keeps_its_body_text_and_stray_end_tags_close_nothing():
    page = "<html><body></span><div class='content'><p>Power was cut in Tartu on 3 March 2025.</p></div></div></body></html>"
    text, _ = html_to_text(page)
    assert text == "Power was cut in Tartu on 3 March 2025."
