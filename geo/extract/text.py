"""Sentences and clause segments with character offsets into the source text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import STATE_ABBREVIATION_ALTERNATION

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "gov", "sen", "rep", "no", "vs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
    "co", "corp", "ltd", "jr", "sr", "approx", "est", "fig", "mt", "ft", "prof", "u.s", "u.k",
    "e.g", "i.e", "a.m", "p.m",
}
# The AP's abbreviations of US states (and Canada's provinces: "Wilcox, Sask.", "Jasper, Alta."), after a town and a comma
_STATE_AFTER_TOWN = re.compile(r"(?-i:[A-Z][\w’'-]*),\s+(?-i:" + STATE_ABBREVIATION_ALTERNATION + r")\.$")
# After "a.m."/"p.m.", a capitalised word that is no day, month, time zone or "<place> time" starts a new sentence
_AFTER_CLOCK_NEW_SENTENCE = re.compile(
    r"\s+[\"“]?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|(?:Eastern|Central|Pacific|Mountain|Atlantic|Alaska|Hawaii|Greenwich|Coordinated|Universal|Local)\b|[A-Z]{2,5}\b|[A-Z][\w’'-]+\s+time\b)"
    r"[A-Z][a-z]")
# Reference markers after the full stop ("lost power.[3] In Lutsk", "[a]", "[citation needed]")
# belong to the sentence they close.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?:\[(?:\d+|[a-z]|note \d+|nb \d+|citation needed)\])*(?=\s+[\"'“‘(\[]?[A-ZА-ЯІЇЄҐ0-9])|"
                       # ('after the blast."We are trying', 'they said.The supply': a sentence run into the next, no space)
                       # ("▪️Temporary restrictions ...": a bullet of any sign)
                       r"(?<=[a-z]{2})[.!?](?=[\"“]?[A-Z][a-z]+\s)|\n\s*\n|\n(?=\s*(?:[-*•–—]\s+|(?:[^\w\s\"'“‘(\[]{1,4}\s*){1,2})?[A-ZА-ЯІЇЄҐ\"'“‘])|"
                       # ("... are carried out.\n- 225,000 people across the country were without power": a bullet that opens with a number)
                       r"(?<=[.!?:])\n(?=\s*[-*•]\s+\d)")
# Strong clause separators: the parts on either side rarely share a location.
# (" \\ ": the fields of a byline run together, "Newslooks \\ Washington DC \\ Mary Sidiqi \\ Evening Edition")
_SEGMENT = re.compile(r"\s[—–―]\s?|[—―]|(?<!\w)–|–(?!\w)|;|\s-\s|\s\\\s|:\s|\bwhile\b|\bwhereas\b|(?<!\ball )(?<!\banything )\bbut\b(?! also\b)|\balthough\b|\bunlike\b|"
                      # (not the hour: "struck after dark in the port of X", "shortly after midnight")
                      r"\bafter\b(?!\s+(?:dark|nightfall|midnight|sunset|sundown|dawn|daybreak|sunrise|noon|midday|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b))|"
                      r",\s*however\s*,", re.I)


_DASH = re.compile(r"(?<!\d)\s?[—–―]\s?(?!\d)|\s-\s")  # not the dash of "13–17 February"


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Span]:
    """Sentences with offsets; abbreviations like "U.S." and "Gen." do not end one."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group(0).startswith("."):
            prev = re.search(r"([\w.]+)\.$", text[start : m.start() + 1])
            word = prev.group(1).lower() if prev else ""
            possessive = prev is not None and text[start + prev.start() - 1 : start + prev.start()] in ("'", "’")
            if word in ("a.m", "p.m") and _AFTER_CLOCK_NEW_SENTENCE.match(text, m.end()):
                pass  # ("had no electricity until around 8:40 p.m. According to police ...": the hour ends the sentence)
            elif word in _ABBREV or (len(word) == 1 and word.isalpha() and not possessive) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                continue  # "U.S.", "J. Smith", "the O.B. Curtis plant" (but "linked to Ukraine's." ends a sentence)
            if _STATE_AFTER_TOWN.search(text, max(start, m.start() - 20), m.start() + 1) and not re.match(r"\s*[A-Z0-9\"“]", text[m.start() + 1 :]):
                continue  # "MEMPHIS, Tenn. (WMC) -", "in Moore, Okla. on Monday": a state's abbreviation after a town
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


# A wire dateline before the first sentence: "KYIV, Nov 17, 2024 —", "PARIS (Reuters) -",
# "ODESA, Ukraine (AP) —". It is split off, so the sentence after it starts where it starts.
_MONTH_DAY = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?")
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z'’.\-]+)(?:(?:\s+|\s*/\s*)[A-Z][A-Z'’.\-]+)*(?:,\s*[^,\n—–―\-]{1,30}){0,3}?\s*(?:(?:[-–—―]{1,2}\s*)?\([^)\n]{1,25}\))?\s*(?:[-–—―]{1,2}\s+|:\s+|--(?=[A-Z][a-z]))(?=[A-Z\"“])"  # ("CAIRO: A power plant ...")
    # ("SAN JUAN, Puerto Rico — (AP) — Crews scrambled ...": the agency between two dashes)
    # ("BOGOTA, Colombia (AP) --Colombian rebels ...": two hyphens run into the first word)
    # ("Jerusalem, June 17 (IANS): A deadly ...", "Atlanta, Georgia – May 31, 2024 – Atlanta's ..."): a town and a day
    # ("Kenya, January 4 2026 -Residents of El Obeid woke to darkness": the dash run into the story's first word)
    rf"|^[A-Z][a-z’'.\-]+(?:\s+[A-Z][a-z’'.\-]+){{0,2}}(?:,\s*[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?)?\s*[,–—-]\s*{_MONTH_DAY}\s*"
    r"(?:\([^)\n]{1,25}\))?\s*(?:(?:[-–—]{1,2}|:)\s+|\s[-–—](?=[A-Z][a-z]))(?=[A-Z\"“])"
    # ("Islamabad: Millions of people across Pakistan were without electricity")
    # ("Raipur : About 700 forested villages ...": a space before the colon)
    r"|^[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+)?\s?:\s+(?=[A-Z\"“])"
    # ("Northern Michigan – A powerful ice storm has left ...": a place and a dash, no agency)
    r"|^[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){0,2}\s+[–—]\s+(?=(?:A|An|The|Most|Much|Parts|Large|Thousands|Millions|Hundreds|Residents|Power|Electricity)\b)"
    # ("Zubin Potok (Kosovo) (AFP) – Members of ...", "Pristina, (APP - UrduPoint - 30th Nov, 2024) An explosion ...")
    r"|^[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){0,2}\s*(?:\([^()\n]{1,25}\)\s*){1,2}[-–—]{1,2}\s+(?=[A-Z\"“])"
    # ("DUBAI, United Arab Emirates (AP) Poor Iranians in the southeast ...": a capitalised town, its country and a wire
    # agency, with no dash)
    r"|^[A-Z][A-Z’'.\-]+(?:\s+[A-Z][A-Z’'.\-]+)*(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,3})?\s*"
    r"\((?:AP|AFP|Reuters|UPI|dpa|Xinhua|IANS|PTI|ANI|Bloomberg|Bernama|Anadolu)\)\s+(?=[A-Z\"“])"
    # ("SEOUL, Nov. 26 (Korea Bizwire)A fire that broke out ...": a capitalised town, a day and an agency, run on)
    rf"|^[A-Z][A-Z’'.\-]+(?:\s+[A-Z][A-Z’'.\-]+)*,\s*{_MONTH_DAY}\s*\([^)\n]{{1,25}}\)\s*(?=[A-Z\"“])"
    # ("BEIJING—Factories in China's southwest have shut down": a capitalised town run on to its em dash)
    r"|^[A-Z][A-Z'’.\-]{2,}(?:\s+[A-Z][A-Z'’.\-]+)*\s*—\s*(?=[A-Z])"
    # ("(Reykjavik) Restoring hot water to southwest Iceland ...": the town in brackets, then the story)
    r"|^\([A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){0,2}\)\s+(?=[A-Z\"“])"
    r"|^[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){0,2},\s*\((?=[^()\n]{0,80}\b(?:News|Press|Agency|AFP|AP|Reuters|APP|IANS|PTI|ANI|UNI|Xinhua|TASS|WAM|SPA|IRNA|Anadolu|\d{4})\b)[^()\n]{1,80}\)\s+(?=[A-Z\"“])"
)


def is_dateline(span: str) -> bool:
    """Whether a span split off by ``split_sentences`` is a wire dateline ("COLUMBUS (WCMH) –")."""
    d = _DATELINE.match(span + " A")
    return d is not None and d.end() == len(span) + 1


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if not seg:
        return
    d = _DATELINE.match(seg)
    if d and d.end() < len(seg):
        head = seg[: d.end()].rstrip()
        spans.append(Span(head, start + lead, start + lead + len(head)))
        lead, seg = lead + d.end(), seg[d.end():]
    spans.append(Span(seg, start + lead, start + lead + len(seg)))


# a name in apposition that ends the sentence: no verb, at most eight words
# (", officials said" may close it)
_APPOSITION = re.compile(r"\s*(?:the\s+|an?\s+)?[A-Z](?:(?!\b(?:is|are|was|were|has|have|had|\w+ed)\b)[^,;:—–])*?"
                         r"(?:,\s+(?:[\w’'-]+\s+){1,3}(?:said|says|reported|added|wrote))?[.!?]?[\"”’']?\s*")


def split_segments(sentence: Span) -> list[Span]:
    """Clause-like segments of a sentence, split at dashes, semicolons, "while", "but"."""
    out: list[Span] = []
    start = 0
    # a pair of dashes around a short aside ("all of Italy — except Sardinia — and part of
    # Switzerland") is a parenthesis: the clause goes on across it
    dashes = [m for m in _DASH.finditer(sentence.text)]
    aside = set()
    for a, b in zip(dashes, dashes[1:]):
        if b.start() - a.end() < 120 and ";" not in sentence.text[a.end() : b.start()] and not (aside & {a.start()}):
            aside |= {a.start(), b.start()}
    # ("typhoon "Santi" (international codename: Nari) pummelled Luzon": no clause ends inside brackets)
    brackets = [(b.start(), b.end()) for b in re.finditer(r"\([^()]{1,80}\)", sentence.text)]
    for m in _SEGMENT.finditer(sentence.text):
        if m.start() in aside or (m.group(0).strip() in ("—", "–") and m.start() + 1 in aside):
            continue
        if any(a < m.start() < b for a, b in brackets):
            continue
        if m.group(0).strip() in ("—", "–", "-") and _APPOSITION.fullmatch(sentence.text[m.end() :]):
            continue  # "Among the targets was the country's largest dam – the DniproHES in Zaporizhzhia."
        if m.group(0).strip() in ("—", "–", "-") and re.search(
                r"\b(?:\w+\s+)?(?:[A-Z][a-z]+\s+)?(?:regions|oblasts|provinces|states|districts|cities|towns|villages|settlements|communities|"
                r"countries|areas)\s*$", sentence.text[start : m.start()]) and re.match(r"\s*[A-Z]", sentence.text[m.end() :]):
            continue  # "attacked three Russian regions - Kursk, Belgorod, and Bryansk oblasts": the dash opens the places counted
        if m.group(0).lower() == "but" and re.search(r"\bnot\s+only\b[^.;:]{1,120}$", sentence.text[start : m.start()], re.I):
            continue  # ("impacted not only water availability in Calgary, but in A, B and C": one clause, both halves)
        if m.group(0).startswith(":") and len(re.findall(r"\w+", sentence.text[start : m.start()])) <= 4:
            continue  # "- Kharkiv region: 120,000 consumers without power": a label, not a clause
        if m.group(0).startswith(":") and re.search(r"\n[ \t]*(?:[-*•–—·▪][ \t]*)?[A-ZÀ-ÖØ-Þ][^\n:,;]{0,40}$", sentence.text[: m.start()]):
            continue  # ("... including:\n• Zapopan: Colonia Centro, Las Águilas\n• Tonalá: ..."): each line's own label
        if m.group(0) == ":\n" and _LIST_HEADER.search(sentence.text, 0, m.start() + 1):
            continue  # "Below are the communities still without power:\nBelmont Estate\n...": the header's own list
        _add_rel(sentence, start, m.start(), out)
        start = m.start()
    _add_rel(sentence, start, len(sentence.text), out)
    return out


def _add_rel(sentence: Span, a: int, b: int, out: list[Span]) -> None:
    seg = sentence.text[a:b]
    if seg.strip():
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        out.append(Span(seg, sentence.start + a + lead, sentence.start + a + lead + len(seg)))


# ("Below are the communities still without power:" then one name a line): a header of places, and its lines
_LIST_HEADER = re.compile(r"\b(?:communities|areas|villages|places|neighbou?rhoods|districts|towns|localities|parishes|"
                          r"settlements|estates|subdivisions|suburbs|cities|regions|following)\b[^:\n]{0,80}:\s*$", re.I)
# what may open a line of a list: indentation and a bullet ("  • Arima", "- Arima")
BULLET = r"[ \t]*(?:[-*•–—·▪][ \t]*)?"
# (a word written small after the name's first: "• FIC warehouse" among "• Market Garden", "• Byron Yard")
NAME_LINE = re.compile(BULLET + r"[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|of|the|de|di|du|la|da|do|del|and|&|[a-z][\w’'-]*))"
                        r"{0,4}[ \t]*[,;.]?[ \t]*")


# a line break inside a sentence of a hard-wrapped text ("... bombed two pylons in southern Huila state and a third in
# neighboring Valle Del\nCauca state"): the line goes on in lower case
_CLEAR_WRAP = re.compile(r"[\w,](?<![.!?:;])\n(?=[a-z])")
_LINE_END = re.compile(r"(?:[.!?:;]|[.!?][\"”’')\]])$")


def unwrap_lines(text: str) -> str:
    """The text with the line breaks of a hard-wrapped story (old wire copy, mail archives: lines of about 70
    characters cut anywhere) made spaces, offsets kept. A break stays where the line ends a sentence, after the first
    line (the headline), before a dateline, a bullet or a short line that is one name, and around blank lines; a text with fewer than three breaks
    run on in lower case is not hard-wrapped and stays as it is."""
    if len(_CLEAR_WRAP.findall(text)) < 3:
        return text
    out = list(text)
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        if i > 0 and line.strip() and nxt.strip() and not _LINE_END.search(line.rstrip()) \
                and not re.match(r"\s*(?:[-*•▪–—]\s|\d+[.)]\s|[A-Z][A-Z'’.\-]{2,}(?:,|\s*\())", nxt) and not _DATELINE.match(nxt.lstrip()) \
                and not (len(line.strip()) < 30 and len(nxt.strip()) < 30 and NAME_LINE.fullmatch(nxt.strip())):
            # (but a list of names, one short line each, stays a list: "Belmont Estate\nSteele Point")
            out[pos] = " "
        pos += 1
    return "".join(out)


# (a bulleted line that names a place, then its parts after a colon: "• Álvaro Obregón: Lomas del Capulín, Cedros, Caballito";
# not a count after the colon: "• Montréal: about 98,000 customers" is a row of its own, its figure the place's)
_NAME_COLON_LINE = re.compile(BULLET + r"[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|of|the|de|del|la|los|las|el)){0,4}[ \t]*:[ \t]*[^\n:\d]{1,200}")


def join_line_lists(text: str, spans: list[Span]) -> list[Span]:
    """A header of places ending in a colon and the lines after it that are each one name, as one
    sentence (so the header's words tell what happened at each: "Below are the communities still
    without power:\\nBelmont Estate\\nSteele Point\\n..."); other sentences as they are."""
    out: list[Span] = []
    k = 0
    while k < len(spans):
        sp = spans[k]
        j = k + 1
        if _LIST_HEADER.search(sp.text):
            while j < len(spans) and "\n" in text[spans[j - 1].end : spans[j].start + 1] \
                    and (NAME_LINE.fullmatch(spans[j].text) or _NAME_COLON_LINE.fullmatch(spans[j].text)) \
                    and "\n\n" not in text[spans[j].start : spans[j].end]:
                j += 1
        if j - k >= 3:  # (two names at least)
            out.append(Span(text[sp.start : spans[j - 1].end], sp.start, spans[j - 1].end))
            k = j
        else:
            out.append(sp)
            k += 1
    return out
