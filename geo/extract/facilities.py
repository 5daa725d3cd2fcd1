"""Named facilities (power stations, dams, substations, airports, bases, refineries).

The gazetteer has no facilities, so a facility is placed at the most specific named place
that locates it: a place inside its name ("Rivne Nuclear Power Plant"), else the
nearest resolved place in the same sentence, else in the two sentences before. It keeps its
own name, granularity "facility" and ACLED geo_precision 2 ("near a town"); with no place
to anchor it, it is kept without coordinates rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..gazetteer import distance_km, normalize, skeleton
from ..models import Mention, Place

_KINDS = (
    r"Hydroelectric Power (?:Station|Plant)|Hydroelectric Station|Hydro(?:electric)? Plant|HPP|"
    r"Nuclear Power (?:Plant|Station)|Nuclear Plant|NPP|Thermal Power (?:Plant|Station)|Thermal Plant|TPP|CHP(?: Plant)?|"
    r"Combined Heat and Power Plant|Heat(?:ing)? Plant|Power (?:Station|Plant)|Transformer (?:Sub)?[Ss]tation|Substation|Dam|"
    r"Airport|International Airport|Naval Base|Air Base|Airbase|(?:Oil )?Refinery|Gas (?:Terminal|Plant)|"
    r"Pumping Station|Water Treatment Plant|Water (?:Pumping )?Station|Water ?[Ww]orks|Desalination Plant|Bridge|Gas ?[Ff]ield|Oil ?[Ff]ield|"
    r"Oil (?:Facility|Terminal)"
)
# the name is capitalised; the kind may not be ("the Rivne nuclear power plant")
# ("the al-Shouk power station": an Arabic article before the name is part of it)
# (a name stays on its line: not "Plant\n\nThe Zaporizhzhia Nuclear Power Plant", a heading's word before it)
FACILITY = re.compile(rf"\b((?:(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w’'-]+[ \t]+){{1,4}}?)(?:(?i:electricity|electric)\s+)?((?i:{_KINDS}))\b")
# a name and kind run together, as Ukrainian and Russian names are transliterated: "DniproHES"
# (ГЕС, a hydroelectric station), "KyivTETs" (ТЕЦ, a combined heat and power plant)
_JOINED = re.compile(r"\b([A-Z][a-z’'-]{2,})(HES|GES|HPP|TES|TPP|TETs|TEC|NPP|AES)\b")
_JOINED_KIND = {"hes": "hydro", "ges": "hydro", "hpp": "hydro", "tes": "thermal", "tpp": "thermal", "tets": "chp",
                "tec": "chp", "npp": "nuclear", "aes": "nuclear"}
_PAIR = re.compile(r"\b((?:[A-Z][\w’'-]+\s+){0,2}?[A-Z][\w’'-]+)\s+and\s+(?:the\s+)?((?:[A-Z][\w’'-]+\s+){0,2}?[A-Z][\w’'-]+)\s+"
                   r"((?i:thermal power plants|hydroelectric power plants|power plants|power stations|substations|dams|airports|refineries))\b")
# what a facility event is when no attack or outage word is near: it was damaged
DAMAGE = re.compile(r"\b(?:put out of action|damaged|destroyed|disabled|knocked out|ablaze|on fire|hit|struck|shelled)\b", re.I)
POWER_KINDS = re.compile(r"power|hydro|nuclear|thermal|substation|transformer|dam|chp|heat|hpp|npp|tpp", re.I)
_GENERIC = {"the", "a", "an", "its", "their", "this", "that", "main", "local", "new", "old", "city", "state", "national", "regional"}


# words of a capitalised headline that end the subject and begin the object: no part of a facility's name
_HEADLINE_VERBS = set(
    """attacks attack hits hit strikes strike struck shells shelled bombs bombed targets targeted damages damaged
    destroys destroyed shuts shut halts halted knocks knocked cuts cut after as at in on near from to of for with
    against says said kills killed causes caused triggers triggered leaves left sparks sparked
    nears neared threaten threatens threatened reach reaches reached approach approaches approached engulf engulfs engulfed
    surround surrounds""".split()
)


_ADJECTIVES = set(
    """arctic antarctic northern southern eastern western central main local regional national soviet russian
    ukrainian american israeli iranian chinese european military naval nuclear thermal big largest key major
    coastal new old giant huge hydroelectric hydro electric electricity power coal gas oil wind solar""".split()
)


def is_descriptive(facility: str) -> bool:
    """ "Arctic naval base", "Russian nuclear plant": adjectives before the kind, no name."""
    m = FACILITY.match(facility)
    if m is None:
        # a name without its kind ("DniproHES"; "Al-Katheeb" of "the Al-Hali and Al-Katheeb power plants")
        return all(w.lower() in _ADJECTIVES for w in facility.split())
    return all(w.lower() in _ADJECTIVES for w in m.group(1).split())


def find_facilities(text: str) -> list[Mention]:
    """Facility mentions with their full names as written."""
    out = []
    for m in FACILITY.finditer(text):
        words = m.group(1).split()
        cut = [k for k, w in enumerate(words) if w.lower() in _HEADLINE_VERBS]
        if cut:
            words = words[cut[-1] + 1 :]  # "Iran Attacks Haifa Oil Refinery" (a headline): the name starts after the verb
        # ("a 250 KW power plant": its capacity's unit is no name)
        while words and (words[0].lower() in _GENERIC or re.fullmatch(r"(?i)[kmg]w[he]?|kv|megawatts?|kilowatts?", words[0])
                         or re.fullmatch(r"(?i)(?:[A-Z][\w’']*-)?(?:occupied|controlled|held|run|owned|operated|annexed)", words[0])):
            words.pop(0)  # ("the Russian-occupied Zaporizhzhia nuclear power plant": who holds it is no part of its name)
        if not words or words[-1] in ("Sea", "Ocean", "Gulf", "Coast", "Bay"):
            continue  # "the Red Sea port of Ras Issa": where the port lies, not its name
        if len(words) == 1 and re.search(r"[’']s$", words[0]):
            continue  # ("Bali's airport", "Kyiv's power plant": a place's unnamed facility, the place is named)
        if re.match(r"\s+(?:Authority|Authorities|Company|Corporation|Board|Commission|Agency|Operator|Administration)\b", text[m.end() :]):
            continue  # "the Kenya Airport Authority stated": an organisation, not a facility
        name = " ".join(words) + " " + m.group(2)
        start = m.start(1) + m.group(1).index(words[0])
        if re.search(r"\b(?:(?:a|an|another)\s+|one\s+of\s+(?:the\s+|its\s+|their\s+)?)$", text[max(0, start - 20) : start], re.I):
            continue  # ("A Ukrenergo substation has suffered damage", "an Eskom power station"): one of an operator's, no named facility
        out.append(Mention(name, start, m.end(), f"facility:{_key(' '.join(words))}:{_kind_key(m.group(2))}"))
    for m in _PAIR.finditer(text):
        # "the Al-Hali and Al-Katheeb power plants": two named with one plural kind
        written = m.group(3)
        singular = re.sub(r"ies$", "y", written) if written.lower().endswith("ies") else written[:-1]
        kind = _kind_key(singular)
        for g in (1, 2):
            name = m.group(g)
            if name.split()[0].lower() in _GENERIC or any(f.start <= m.start(g) < f.end for f in out):
                continue
            out.append(Mention(f"{name} {singular}", m.start(g), m.end(g), f"facility:{_key(name)}:{kind}"))
    for m in _JOINED.finditer(text):
        out.append(Mention(m.group(0), m.start(), m.end(), f"facility:{_key(m.group(1))}:{_JOINED_KIND[m.group(2).lower()]}"))
    out.sort(key=lambda f: f.start)
    # "Kursk power plant" (a headline) and "the Kursk thermal power plant" (the text): a plant
    # written with the generic kind is the one of its name written with a specific power kind
    specific = {f.norm.rsplit(":", 1)[0]: f.norm for f in out if f.norm.rsplit(":", 1)[1] in _POWER_SPECIFIC}
    return [Mention(f.text, f.start, f.end, specific[f.norm.rsplit(":", 1)[0]])
            if f.norm.endswith(":power") and f.norm.rsplit(":", 1)[0] in specific else f for f in out]


_POWER_SPECIFIC = {"nuclear", "hydro", "thermal", "heat", "chp"}


def _key(name: str) -> str:
    """One key per facility name however it is transliterated ("Zaporizhzhia" and "Zaporizhzhya
    Nuclear Power Plant" are one plant)."""
    return skeleton(normalize(name))


def _kind_key(written: str) -> str:
    """One key per kind however it is written ("nuclear plant", "nuclear power plant", "NPP")."""
    written = {"tpp": "thermal", "npp": "nuclear", "hpp": "hydro"}.get(written.lower(), written.lower())
    return next((k for k in ("nuclear", "hydro", "thermal", "heat", "chp", "substation", "dam", "airport", "naval", "air base",
                             "airbase", "refinery", "gas", "pumping", "water", "desalination", "power") if k in written), written)


_HOME_TO = re.compile(r",?\s+(?:which\s+is\s+)?(?:home\s+to|the\s+site\s+of|site\s+of)\b[^.;]{0,80}?(?:\bthe\s+)?")
_IN_TOWN = re.compile(r"\s+(?:in|near|at|outside)\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?")


def place_facilities(facilities: list[Mention], mentions: list[Mention], places: list[Place | None],
                     sentence_of, gazetteer=None, text: str | None = None) -> list[Place]:
    """A Place per facility, anchored to the nearest named place (see module docstring)."""
    out = []
    stated = []  # placed by where the text says it is ("the Dnipro HPP in Zaporizhzhia")
    peoples = _peoples_in(text, gazetteer)  # (the countries whose people the text names, read once)
    for f in facilities:
        inside = [(m, p) for m, p in zip(mentions, places) if p is not None and f.start <= m.start and m.end <= f.end]
        anchor = inside[0][1] if inside else None
        stated.append(False)
        around = {p.country_code for m, p in zip(mentions, places) if p is not None and p.country_code and not (f.start <= m.start < f.end)}
        home = next(iter(around)) if len(around) == 1 else None
        if anchor is not None and home is not None and anchor.country_code != home and anchor.country_code not in peoples:
            # ("our Hampton Substation" in a report that names Barbados only): the name's namesake abroad
            # (Hampton, Virginia) does not place it; it stands in the one country the text is about
            anchor = None
        if anchor is not None and gazetteer is not None and anchor.granularity == "city" and anchor.lat is not None:
            others = [p for m, p in zip(mentions, places) if p is not None and p.lat is not None and p.granularity in ("city", "region")
                      and p.country_code == anchor.country_code and not (f.start <= m.start < f.end)]
            if others and all(distance_km(p.lat, p.lon, anchor.lat, anchor.lon) > 1000 for p in others) \
                    and gazetteer.population(anchor.name, anchor.gazetteer_id) < 20_000:
                # ("the county's main water source, the North Fork Dam" in a report from Asheville: a small namesake
                # thousands of kilometres from every place the text names does not place it)
                anchor = None
        if anchor is not None and text is not None:
            # ("the town of Volgorechensk, home to ... the Kostroma Power Station", "the Zaporizhzhia plant in
            # Enerhodar"): a plant named after its region stands in the town the sentence puts it in
            # ("our North Hyde substation in West London": a far town's name inside a facility's name is
            # no anchor when the sentence says where the facility is)
            town = next((p for m, p in zip(mentions, places) if p is not None and p.gazetteer_id != anchor.gazetteer_id
                         and ((p.granularity == "city" and p.country_code == anchor.country_code)
                              or (p.granularity in ("city", "region") and p.lat is not None and anchor.lat is not None
                                  and distance_km(p.lat, p.lon, anchor.lat, anchor.lon) > 100
                                  # ("the Macapá substation in Amapá": the town's own region only locates it)
                                  and not (p.granularity == "region" and anchor.admin1 and normalize(anchor.admin1) == normalize(p.name or ""))))
                         and sentence_of(m.start) == sentence_of(f.start)
                         and (_HOME_TO.fullmatch(text[m.end : f.start]) or _IN_TOWN.fullmatch(text[f.end : m.start]))), None)
            if town is not None:
                anchor, stated[-1] = town, True
        if anchor is None:
            s_idx = sentence_of(f.start)
            for back in (0, 1, 2):
                cands = [(abs(m.start - f.start), p) for m, p in zip(mentions, places)
                         if p is not None and sentence_of(m.start) == s_idx - back and not (f.start <= m.start < f.end)
                         and p.granularity in ("city", "region")]
                if cands:
                    anchor = min(cands, key=lambda c: c[0])[1]
                    break
        if anchor is None and gazetteer is not None:
            anchor = _named_after(f.text, gazetteer)  # "Crimean Bridge", with no place named near it
        if anchor is None:
            out.append(Place(f.text, None, None, home, None, "facility", None, 0.3))
        else:
            out.append(Place(f.text, anchor.lat, anchor.lon, anchor.country_code, anchor.admin1, "facility",
                             f.norm, round(min(anchor.confidence, 0.8), 3)))
    # one facility written twice ("Kharkiv TPP" in a headline, "Kharkiv Thermal Power Plant in
    # Kharkiv Oblast" in the text): where one mention is placed, all are
    # ... where the text says it stands rather than where a town inside its name is ("the Dnipro
    # hydroelectric power station", named for the river, is the "Dnipro HPP in Zaporizhzhia")
    placed: dict[str, tuple[bool, Place]] = {}
    fullest: dict[str, str] = {}
    for f, p, said in zip(facilities, out, stated):
        if p.lat is not None and (f.norm not in placed or (said, len(p.name)) > (placed[f.norm][0], len(placed[f.norm][1].name))):
            placed[f.norm] = (said, p)
        if p.lat is not None and len(p.name) > len(fullest.get(f.norm, "")):
            fullest[f.norm] = p.name  # ... and under its fullest name
    return [replace(placed[f.norm][1], name=fullest[f.norm]) if f.norm in placed else p for f, p in zip(facilities, out)]


def _peoples_in(text: str | None, gazetteer) -> set[str]:
    """The countries whose people the text names ("Ukrainian"), each of which points to its country."""
    if not text or gazetteer is None:
        return set()
    dem = gazetteer.demonyms()
    return {dem[w.lower()] for w in set(re.findall(r"\b[A-Z][a-z]+\b", text)) if w.lower() in dem}


def _named_after(name: str, gazetteer) -> Place | None:
    """The area a facility's adjective names: "Crimean Bridge" -> Crimea (a region or area,
    never a town: "Russian" is not a place)."""
    first = name.split()[0]
    for stem in (first[:-1], first[:-2], first[:-3]) if first.lower().endswith("n") else ():
        if len(stem) < 4:
            continue  # ("Bazan": no adjective of a region "Ba")
        for c in gazetteer.lookup(stem):
            if c.kind == "region" and normalize(c.name).startswith(normalize(stem)):
                return Place(c.name, c.lat, c.lon, c.country_code, None, "region", c.gazetteer_id, 0.5)
    return None
