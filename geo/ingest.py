"""Files and pasted text -> :class:`Document`.

Reads .txt, .md and .html in any common encoding (UTF-8/16 with or without BOM, then
charset detection, e.g. cp1251), strips HTML to its text (scripts, styles and navigation
dropped), and JSONL/CSV news exports with title/date/url/text columns. Bad input raises
:class:`InputError` with a message a user can act on; nothing is silently dropped.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError
from .models import Document

MAX_BYTES = 20 * 1024 * 1024  # one article larger than this is not an article
TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl", ".csv"}


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Bytes -> str, or InputError for empty, binary or undecodable input."""
    if not data or not data.strip():
        raise InputError(f"{name}: the file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data):,} bytes is more than the {MAX_BYTES:,}-byte limit")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(f"{name}: binary or unknown encoding, not text") from None
        text = str(best)
    if "\x00" in text or sum(not (c.isprintable() or c.isspace()) for c in text[:4096]) > 40:
        raise InputError(f"{name}: binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _TextOfHtml(HTMLParser):
    SKIP = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg", "template"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "title"}
    VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "param", "track"}
    # blocks a page wraps around the story: promotions, related links, comments, share bars
    BOILERPLATE = re.compile(r"(?:^|[\s_-])(?:promo\w*|advert\w*|ads?|sponsor\w*|subscribe|subscription|newsletter|related|"
                             r"comments?|share|sharing|social|cookie\w*|sidebar|breadcrumbs?|menu|most-?read|recommended|paywall)(?:$|[\s_-])", re.I)

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.article: list[str] = []  # the text inside <article>, when the page marks its story
        self.skip = 0
        self.in_article = 0
        self.stack: list[tuple[str, bool]] = []
        self.title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self._add("\n")
        if tag in self.VOID:
            return
        marks = " ".join(v for k, v in attrs if k in ("class", "id") and v)
        skipping = tag in self.SKIP or bool(marks and self.BOILERPLATE.search(marks))
        self.stack.append((tag, skipping))
        self.skip += skipping
        if tag == "article":
            self.in_article += 1
        if tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self._add("\n")
        if tag in self.VOID or not any(t == tag for t, _ in self.stack):
            return  # a stray end tag closes nothing
        while self.stack:
            t, skipping = self.stack.pop()
            self.skip -= skipping
            if t == "article":
                self.in_article -= 1
            if t == "title":
                self._in_title = False
            if t == tag:
                break

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self.skip:
            self._add(data)

    def _add(self, s: str) -> None:
        self.parts.append(s)
        if self.in_article:
            self.article.append(s)


def _clean(text: str) -> str:
    text = re.sub(r"[ \t\xa0]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text of an HTML page and its <title>: the story inside <article> when the page
    marks one, without menus, scripts, promotions, related links or comments."""
    p = _TextOfHtml()
    p.feed(html)
    p.close()
    text, story = _clean("".join(p.parts)), _clean("".join(p.article))
    return (story if len(story) >= 200 else text), ("".join(p.title).strip() or None)


def _looks_html(text: str) -> bool:
    return bool(re.search(r"<(html|body|p|div|article|script)\b", text[:5000], re.I))


def _records_to_documents(records, name: str) -> list[Document]:
    docs = []
    for i, r in enumerate(records):
        text = (r.get("text") or r.get("body") or r.get("content") or "").strip()
        if not text:
            continue
        if _looks_html(text):
            text, _ = html_to_text(text)
        date = (r.get("date") or r.get("published") or "")[:10] or None
        docs.append(Document(f"{name}#{i + 1}", text, r.get("title") or None, date, r.get("url") or None))
    if not docs:
        raise InputError(f"{name}: no record has a non-empty text column")
    return docs


def read_bytes(data: bytes, name: str, date: str | None = None) -> list[Document]:
    """One uploaded/read file -> its documents (several for JSONL/CSV exports)."""
    text = decode_bytes(data, name)
    suffix = Path(name).suffix.lower()
    if suffix == ".jsonl":
        try:
            recs = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as err:
            raise InputError(f"{name}: not JSON Lines ({err})") from err
        return _records_to_documents(recs, name)
    if suffix == ".csv":
        return _records_to_documents(list(csv.DictReader(io.StringIO(text))), name)
    title = None
    if suffix in (".html", ".htm") or _looks_html(text):
        text, title = html_to_text(text)
    if not text.strip():
        raise InputError(f"{name}: no readable text")
    return [Document(name, text, title, date)]


def read_text(text: str, doc_id: str = "pasted", date: str | None = None) -> Document:
    """Pasted text -> Document (HTML is stripped)."""
    if not text or not text.strip():
        raise InputError("the pasted text is empty")
    return read_bytes(text.encode("utf-8"), doc_id if "." in doc_id else doc_id + ".txt", date)[0]


def read_paths(paths, date: str | None = None) -> tuple[list[Document], list[str]]:
    """Files or folders -> (documents, problems). A bad file is reported, never fatal."""
    docs: list[Document] = []
    problems: list[str] = []
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.suffix.lower() in TEXT_SUFFIXES)
        elif p.exists():
            files.append(p)
        else:
            problems.append(f"{p}: no such file")
    for f in files:
        try:
            docs += read_bytes(f.read_bytes(), f.name, date)
        except InputError as err:
            problems.append(str(err))
    return docs, problems
