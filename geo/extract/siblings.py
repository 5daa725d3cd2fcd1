"""Localities the gazetteer lacks, named in one list with places it knows.

"The fault affects areas in Ayia Varvara, Alambra, Kotsiatis and Nisou": reports of outages
list villages, neighbourhoods and suburbs that no offline gazetteer of towns has. When a list
of names joined by commas and "and" holds at least one town the gazetteer resolved, the other
names of that list are localities of the same story: each gets a place of its own name,
placed at the point of the nearest resolved town of its list (the list's towns lie close
together), with a low confidence (so an online geocoder, when one is switched on, re-places
it by name) and geocoder "list" (so the map and the exports say how it was placed).

Two more lists are read the same way, placed more coarsely: units after "the province's"
("in the province's Huayxai and Tonpheung districts") at the region the sentence named, and a
list after "These areas include" (or "the neighborhoods of") that the gazetteer has none of, in a
report of one small named country, at that country's point (or, when the report names no country,
at the one region of that small country it names: "the neighborhoods of ... on Bonaire"). A foreign
namesake inside a list takes the list's country; a foreign country named only there, amid a list
of one country's localities, is a locality of that name ("Antriol, Mèxico, Playa Pabou"); a list
whose every gazetteer reading is a far namesake, in a report of one small country, is that
country's; "A, B, ... and Z townships" far apart are placed at the one region most of their known
towns lie in. A header of places over one name a line is one list (text.join_line_lists). A name a list made a place is that place
wherever the text names it again (repeat_list_names).

The names are only words of the text: nothing is looked up beyond the gazetteer, and a word
that is a common word, a title, an organisation's, a street's or a demonym is no locality.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from ..gazetteer import Gazetteer, distance_km, normalize
from ..models import Mention, Place
from .mentions import STOPWORDS, _TITLES
from .text import BULLET, NAME_LINE

# one name: capitalised words, with a numeral or a roman number after ("Mile 16", "Hamdallaye I"), and the small
# words inside names ("Bois d'Orange", "Nort di Saliña"), and initials ("C.J Patel")
# ("Gordons, Erima and 5 Miles": a suburb named by its milepost)
_NAME = re.compile(r"(?<![\w’'&-])(?:\d{1,2}[ \t]+(?=Miles?\b))?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'&-]*(?:\.[A-Z][\w’'-]*)*\.?(?:[ \t]+(?:(?:d[’']|(?:de|du|des|la|di|da|do|dos|das|del|della)[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\.?|[IVX]{1,3}\b|\d{1,3}\b))*")
# what joins the names of one list
# ("Cassada Gardens #7, Swetes #4": a feeder's number after a name)
# ("..., Reeves Level, parts of Arnos Vale, Walvaroo, ... and sections of Kingstown": a part of a place is still an item;
# "McKies Hill (including Spectacle Shoppe), Paul Over": an aside after an item; "Hato partially, Sabadeco": a part of it;
# "Cotton Valley, southside of Christiansted town": a side of it; "from Canefield to Belfast, all the way to Castle Bruce, ...,
# the entire Kalinago Territory, Melville Hall and from Grand Fond to Delices": the ends of a stretch)
_SEP = re.compile(r"(?:[ \t]*#\d+)?(?:[ \t]+(?:partially|partly|in\s+part|town|city|village|area))?(?:[ \t]*\([^()\n]{1,40}\))?"
                  r"(?:[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?(?:all[ \t]+the[ \t]+way[ \t]+to[ \t]+|from[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+(?:from[ \t]+)?|[ \t]+(?:through[ \t]+|up[ \t]+)?to[ \t]+|"
                  # (one name a line, under a header: see text.join_line_lists)
                  r"[ \t]*[,;.]?[ \t]*\n+" + BULLET + ")"
                  r"(?:(?:parts|sections|areas|portions|most|much|(?:north|south|east|west)[ \t]?side)[ \t]+of[ \t]+(?:the[ \t]+)?|the[ \t]+(?:entire|whole)[ \t]+)?")
# words of names that are no locality: organisations, offices, media, streets and buildings
_NOT_LOCALITY = set(
    """company corporation corp authority ministry agency department group bank party council committee commission
    association union university college school institute hospital clinic church mosque temple inc ltd llc plc co
    energy electric electricity power utilities utility grid services service police army force forces navy
    news times post radio tv television facebook twitter telegram instagram youtube whatsapp channel
    street st road rd avenue ave lane highway hwy boulevard blvd drive way bridge tunnel
    station substation plant airport port harbour harbor hotel mall stadium centre center office prison court site sites feeder feeders
    government parliament senate congress assembly cabinet president minister mayor governor spokesperson
    republic kingdom federation province region district county state oblast municipality
    mr mrs ms dr sir
    areas area surrounding surroundings environs suburbs outskirts villages parts others
    supermarket supermarkets store stores shop shops restaurant restaurants bar club cemetery burial mosque""".split()
)
_UNITS_AFTER = re.compile(r"\s+(?:districts|raions|regions|oblasts|provinces|counties|parishes|states|municipalities|hromadas|"
                          r"neighbou?rhoods|boroughs|quarters|suburbs|communes|prefectures|governorates|territories)\b", re.I)
# ("These areas include", "the communities affected included", "areas such as", "in the areas of", a header) right before a list
_AREAS_INCLUDE = re.compile(r"\b(?:areas|communities|villages|neighbou?rhoods|localities|settlements)\s+(?:that\s+were\s+|which\s+were\s+)?"
                            r"(?:affected\s+|impacted\s+)?(?:include|included|including|includes|such\s+as|like|of|from|around)\s*:?\s*$|"
                            # ("residents of Gulistan-e-Johar, Malir, and other areas are facing regular power outages")
                            r"\b(?:residents|inhabitants|citizens)\s+(?:of|in)\s*$|"
                            # ("The areas most affected by load shedding include", "The areas that face unannounced power outages not
                            # only during the day but also at night include")
                            r"\b(?:areas|communities|villages|neighbou?rhoods|localities|settlements)\s+(?:that|which|most|worst|hardest|badly|severely)\b"
                            r"[^.:;\n]{0,100}?\s(?:include|included|includes)\s*:?\s*$|"
                            # ("Load shedding continues in North Nazimabad Block W, Korangi, Liaquatabad, ...")
                            r"\b(?:load[- ]?shedding|power\s+cuts?|power\s+outages?|outages|blackouts)\s+(?:\w+\s+){0,3}?(?:in|across)\s*$|"
                            # ("Below are the communities still without power:" over one name a line)
                            r"\b(?:areas|communities|villages|neighbou?rhoods|localities|settlements|estates)\b[^:\n.]{0,60}:\s*(?:[-*•–—·▪]\s*)?$", re.I)
# ("the province's", "the city's"): the units after it are the named region's (or city's) own
_OWNERS_UNITS = re.compile(r"\b(?:the|its)\s+(province|region|state|prefecture|oblast|county|island|city|town|capital)[’']s\s+$", re.I)
# words that name no place alone ("Upper and Lower Dandan")
# (and "Ayrum Big and Small villages": a size alone names the second of two villages told with the first)
_NOT_ALONE = {"upper", "lower", "greater", "inner", "outer", "little", "grand", "middle", "high", "far", "small", "big", "large", "great"}


def _town_before(at: int, sentence_start: int, starts: list[int], mentions, places) -> Place | None:
    """The last town resolved in the sentence before offset ``at`` (looking no further back than the sentence's start)."""
    for j in range(bisect_right(starts, at) - 1, -1, -1):
        if mentions[j].start < sentence_start:
            return None
        if mentions[j].start < at and places[j] is not None and places[j].granularity == "city" and places[j].lat is not None:
            return places[j]
    return None


def _candidates(sentence: str, offset: int):
    """(start, end, text) of the names in ``sentence`` that stand in lists of two or more."""
    # (an aside in brackets is no item: "McKies Hill (including Spectacle Shoppe), Paul Over")
    sentence = re.sub(r"\([^()\n]{1,40}\)", lambda m: " " * len(m.group(0)), sentence)
    lists = []
    header = re.search(r":[ \t]*\n", sentence)
    if header and all(NAME_LINE.fullmatch(x) for x in sentence[header.end() :].split("\n") if x.strip()):
        # a header over one name a line (see text.join_line_lists): each line an item, whatever its words
        # ("• Market Garden", "• FIC warehouse", "• The Canache")
        items, at = [], header.end()
        for line in sentence[header.end() :].split("\n"):
            m = re.fullmatch(BULLET + r"(.*?)[ \t]*[,;.]?[ \t]*", line)
            if m.group(1):
                items.append((offset + at + m.start(1), offset + at + m.end(1), m.group(1)))
            at += len(line) + 1
        if len(items) >= 2:
            lists.append(items)
            sentence = sentence[: header.start()]
    names = [(offset + m.start(), offset + m.start() + len(m.group(0).rstrip(".")), m.group(0).rstrip(".")) for m in _NAME.finditer(sentence)]
    cur = []
    for k, n in enumerate(names):
        if cur and _SEP.fullmatch(sentence[cur[-1][1] - offset : n[0] - offset]):
            cur.append(n)
            continue
        if _a_list(cur, sentence, offset):
            lists.append(cur)
        cur = [n]
    if _a_list(cur, sentence, offset):
        lists.append(cur)
    return lists


def _a_list(cur, sentence: str, offset: int) -> bool:
    """Three names or more, or two joined by "and" ("A and B"), or the two ends of a stretch ("from A through to B")."""
    if len(cur) >= 3 and all(re.fullmatch(r"\s+(?:through\s+|up\s+)?to\s+", sentence[a[1] - offset : b[0] - offset]) for a, b in zip(cur, cur[1:])):
        # (names joined only by "to" are a stretch's stops after "from", not "in Kherson Due to Damage to Critical
        # Infrastructure Caused by ..." in a headline)
        return bool(re.search(r"\bfrom\s+$", sentence[: cur[0][0] - offset]))
    if len(cur) != 2:
        return len(cur) >= 3
    gap = sentence[cur[0][1] - offset : cur[1][0] - offset]
    if re.fullmatch(r"\s*,\s*", gap) and re.match(r",?\s+(?:and|&)\s+(?:other|many|several|some|nearby|surrounding|neighbou?ring)\s+"
                                                     r"(?:areas|places|neighbou?rhoods|localities|parts|towns|villages|suburbs|regions|districts)\b",
                                                     sentence[cur[1][1] - offset :]):
        return True  # ("residents of Gulistan-e-Johar, Malir, and other areas are facing regular power outages")
    return bool(re.search(r"\b(?:and|or|&)\b", gap) or (
        re.fullmatch(r"\s+(?:through\s+|up\s+)?to\s+", gap) and re.search(r"\bfrom\s+$", sentence[: cur[0][0] - offset])))


def _locality_like(name: str, text: str, start: int, gz: Gazetteer, sentence_start: int) -> bool:
    words = name.split()
    if len(words) > 1 and words[0] == "The" and re.fullmatch(BULLET, text[text.rfind("\n", 0, start) + 1 : start]):
        words = words[1:]  # ("• The Canache": a name's own article, a line of its own)
    if len(name) < 3 or len(words) > 4 or (len(words) == 1 and name.lower() in _NOT_ALONE):
        return False
    # ("St Martin's", "Ste-Marie": a saint's name opens many a parish's; "Green St" is a street)
    if any((w.lower().rstrip(".") in _NOT_LOCALITY or w.lower().rstrip(".") in _TITLES)
           and not (i == 0 and w.lower().rstrip(".") in {"st", "ste", "saint", "sainte", "san", "santa", "sao", "são"}) for i, w in enumerate(words)):
        return False
    # ("North Union", "East End", "South Dock": a compass word opens many a locality's name)
    compass = len(words) > 1 and words[0].lower() in {"north", "south", "east", "west", "upper", "lower", "old", "new", "great", "little"}
    if (words[0].lower() in STOPWORDS and not compass) or (
            not compass and all(w.lower() in STOPWORDS or re.fullmatch(r"[IVX\d]+", w) for w in words)):
        return False
    if any(len(w) > 1 and w.isupper() and not re.fullmatch(r"[IVX]+", w) for w in words):
        return False  # an acronym ("EAC", "KB")
    if any(re.search(r"[a-z][A-Z]", w) and not re.match(r"(?:Mc|Mac|De|La|Le|Di|Du|Van|Von)[A-Z]", w) for w in words):
        return False  # a name written in camel case ("... and Davidson County, AccuWeather reported"): a company's, not a locality's
    if any(normalize(w) in gz.demonyms() for w in words):
        return False
    # a capitalised common word ("Centre"): the text writes it in small letters too
    if len(words) == 1 and re.search(rf"(?<![\w’'-]){re.escape(name.lower())}(?![\w’'-])", text):
        return False
    # ("Officials said" opening a sentence is no name: the first word of a sentence must be no English word written small)
    if start == sentence_start and len(words) == 1 and name.lower() in STOPWORDS:
        return False
    # "the Littoral": a name after an article is a region's or a building's, not a village's
    return not re.search(r"\b(?:the|a|an|its|their|his|her)\s+$", text[max(0, start - 8) : start], re.I)


_YARDSTICK_BEFORE = re.compile(r"\b(?:as\s+\w+\s+as|(?:\w+er|more\s+\w+|less\s+\w+)\s+than|like|unlike|similar\s+to|compared\s+(?:with|to))\s+(?:in\s+)?$", re.I)


def list_siblings(text: str, sentences, mentions: list[Mention], places: list[Place | None], gz: Gazetteer, context_ccs=()):
    """Add the unresolved names that stand in one list with resolved towns (see the module docstring). ``context_ccs``:
    countries the text names other than as places (its national utilities': "Fiji Electricity Authority")."""
    starts = [m.start for m in mentions]
    # (a place named only as a yardstick is not the report's: "homes 'as cold as Iceland'" in a report from Sheffield)
    yardstick = {i for i, m in enumerate(mentions) if _YARDSTICK_BEFORE.search(text[max(0, m.start - 30) : m.start])}
    doc_ccs = Counter(p.country_code for i, p in enumerate(places) if p is not None and p.country_code and i not in yardstick)
    named_ccs = {p.country_code for i, p in enumerate(places)
                 if p is not None and p.granularity == "country" and p.country_code and i not in yardstick}
    new: list[tuple[Mention, Place]] = []
    replaced: dict[int, Place] = {}
    dropped: set[int] = set()  # unresolved mentions inside a name the list places whole
    # The report's area: a small country (under 5 million) that the text names (as a place, or only by its national
    # utility: "Fiji Electricity Authority ... customers in the following areas: Uduya Point, ..., Qilai village and Mau",
    # whose Indian namesakes are the gazetteer's guesses) or whose places make three quarters of those it resolved (a
    # stray namesake abroad aside: "Fat Hog's Bay" read as Somalia's Bay region in a report from the BVI); its point is
    # the country's, or, when the text names no country, that of the one region of it named ("the neighborhoods of Tera
    # Kora, Hato and Nort di Salina also lost power" in a report of the island of Bonaire).
    area = None
    main_cc, n_main = doc_ccs.most_common(1)[0] if doc_ccs else (None, 0)
    named_area = named_ccs or set(context_ccs)
    if len(named_area) == 1:
        main_cc, n_main = next(iter(named_area)), sum(doc_ccs.values())
    if main_cc and n_main >= 3 * (sum(doc_ccs.values()) - n_main) and (c := gz.country(main_cc)) is not None and c.population < 5_000_000:
        areas = {p.gazetteer_id: p for p in places if p is not None and p.granularity == "country" and p.country_code == main_cc} \
            or {p.gazetteer_id: p for p in places if p is not None and p.granularity == "region" and p.country_code == main_cc}
        if not areas and main_cc in set(context_ccs):
            areas = {c.gazetteer_id: Place(c.name, c.lat, c.lon, c.country_code, None, "country", c.gazetteer_id, 1.0, "gazetteer")}
        area = next(iter(areas.values())) if len(areas) == 1 else None
    towns_named = {p.gazetteer_id: p for p in places if p is not None and p.granularity not in ("country", "facility")}
    if len(named_ccs) == 1:
        # ("Karachi, Pakistan ... residents of Azizabad, Mohammadi Colony, Garden": Iran's Azizabad and a US county read in
        # the list are no towns of a report that names one country)
        towns_named = {k: p for k, p in towns_named.items() if p.country_code in named_ccs}
    if area is None and len(towns_named) == 1 and (one := next(iter(towns_named.values()))).granularity == "city":
        # ("Port Moresby experienced power outages ... in areas around Gordons, Erima and 5 Miles": the one town a
        # report names, beside its country and its plants, is the area of the localities it lists under "areas")
        area = one
    def at_area(items, sentence_start, where=None):
        """Each locality of the list at the area's point; a namesake abroad inside an item is no place."""
        area_here = where or area
        for s, e, name in items:
            inner = [j for j in range(bisect_right(starts, s - 1), len(mentions)) if mentions[j].start < e and mentions[j].end <= e]
            if not _locality_like(name, text, s, gz, sentence_start):
                for j in inner:
                    if places[j] is not None and places[j].country_code != area_here.country_code:
                        replaced[j] = None  # ("FMF Naval Base" of a Fijian list: not a base in India)
                continue
            place = Place(name, area_here.lat, area_here.lon, area_here.country_code, area_here.admin1, "city", None, 0.2, "list")
            if inner and mentions[inner[0]].start == s:
                replaced[inner[0]] = place  # ("Upper Richmond Hill": a namesake abroad read inside it)
                inner = inner[1:]
            elif not any(m.start < e and m.end > s for m in mentions if m.start < s):
                new.append((Mention(name, s, s + len(name), normalize(name)), place))
            for j in inner:
                replaced[j] = None  # ("Fat Hog's Bay": not Somalia's Bay region)

    for sent in sentences:
        for items in _candidates(sent.text, sent.start):
            owner = _OWNERS_UNITS.search(text, max(0, items[0][0] - 30), items[0][0])
            if owner and _UNITS_AFTER.match(text, items[-1][1]):
                # ("A storm has hit Bokeo province ..., affecting power supply in the province's Huayxai and Tonpheung
                # districts": units the gazetteer lacks, of the region the sentence named before)
                host = next((places[j] for j in range(bisect_right(starts, items[0][0]) - 1, -1, -1)
                             if mentions[j].start >= sent.start and places[j] is not None
                             and places[j].granularity == ("city" if owner.group(1).lower() in ("city", "town", "capital") else "region")
                             and places[j].lat is not None), None)
                if host is not None:
                    for s, e, name in items:
                        if not any(m.start < e and m.end > s for m in mentions) and _locality_like(name, text, s, gz, sent.start):
                            new.append((Mention(name, s, s + len(name), normalize(name)),
                                        Place(name, host.lat, host.lon, host.country_code, host.admin1, "city", None,
                                              round(min(0.3, host.confidence), 3), "list")))
                continue
            if _UNITS_AFTER.match(text, items[-1][1]):
                continue  # ("in the Shevchenkivskyi and Kholodnohirskyi districts": a city's districts, read as that city)
            if len(items) >= 2 and area is None \
                    and any(re.search(r"\b(?:areas|parts|neighbou?rhoods|suburbs)\s+of\s*$", text[max(sent.start, s - 20) : s]) for s, _, _ in items) \
                    and (town_before := _town_before(items[0][0], sent.start, starts, mentions, places)) is not None \
                    and not any(m.start < items[-1][1] and m.end > items[0][0] and p is not None for m, p in zip(mentions, places)):
                # ("... including the National Hospital in Colombo, ... and areas of Biyagama and Sapugaskanda, had been restored",
                # in a report of a large country): localities the gazetteer lacks, told beside the one town the sentence named
                at_area(items, sent.start, town_before)
                continue
            if len(items) >= 2 and area is not None \
                    and _AREAS_INCLUDE.search(text, max(sent.start, items[0][0] - 130), items[0][0]) \
                    and not any(m.start < items[-1][1] and m.end > items[0][0] and p is not None and (
                                p.country_code == area.country_code or p.lat is None or distance_km(p.lat, p.lon, area.lat, area.lon) < 1500)
                                for m, p in zip(mentions, places)):
                # ("These areas include McKies Hill, Paul Over, Trigger Ridge and Upper Richmond Hill" in a report of one
                # country whose gazetteer has none of them): localities of that country (or of the one island it names),
                # shown at its point
                at_area(items, sent.start)
                continue
            # each name: the mentions inside it
            inside = []
            for s, e, name in items:
                lo = bisect_right(starts, s - 1)
                inside.append([j for j in range(lo, len(mentions)) if mentions[j].start < e and mentions[j].end <= e])
            known = [k for k, js in enumerate(inside) if js and any(places[j] is not None for j in js)]
            first = {k: next(places[j] for j in inside[k] if places[j] is not None) for k in known}
            ccs = {p.country_code for p in first.values() if p.granularity != "country"}
            if area is not None and ccs and area.country_code not in ccs and all(
                    distance_km(p.lat, p.lon, area.lat, area.lon) > 1500 for p in first.values() if p.lat is not None):
                # ("P&T exchange, Qilai village and Mau" in a report of the Fiji Electricity Authority: every town the
                # gazetteer read in the list is a far namesake; the list is the report's country's)
                at_area(items, sent.start)
                continue
            if len(ccs) > 1:
                # ("Ayia Varvara, Alambra, Analiondas ... in Nicosia district", "parishes including Vale, St Peter's, Castel
                # and St Martin's": a foreign namesake among a list's localities is the gazetteer's guess; the list's
                # country is the one it names most, or, when that ties, the one the text names far more than the others)
                home = max(ccs, key=lambda c: (doc_ccs[c], sum(p.country_code == c for p in first.values())))
                n_home = sum(p.country_code == home for p in first.values())
                named = ccs & named_ccs
                if len(named) == 1:
                    # ("The outage affected Fountain, Calder, Argyle, Mt Pleasant ... and sections of Kingstown" in a report
                    # that names St. Vincent and never the United States: the one country the text names is the list's,
                    # however many American namesakes its villages have)
                    home = next(iter(named))
                elif not (n_home * 2 > len(first) or doc_ccs[home] > 2 * max(doc_ccs[c] for c in ccs - {home})):
                    continue  # (no clear home country: the list is left as the gazetteer read it)
                # (but not a great city: "Residents of Tashkent and most of Alma-Ata", Almaty read rightly in a list
                # whose other town is Uzbek)
                known = [k for k in known if first[k].country_code == home or first[k].granularity == "country"
                         or gz.population(first[k].name, first[k].gazetteer_id) >= 500_000]
            if re.match(r"\s+townships\b", text[items[-1][1] :], re.I):
                # ("Electricity supply was cut off in Sittwe, Pauktaw, Ponnagyun, ... Thandwe, Taungup and Ramree townships":
                # units of the one first-level region most of the list's known towns lie in, placed at its point)
                adm = Counter((first[k].country_code, first[k].admin1) for k in known if first[k].granularity == "city" and first[k].admin1)
                (cc1, a1), n1 = adm.most_common(1)[0] if adm else ((None, None), 0)
                region = next((c for c in gz.lookup(a1) if c.kind == "region" and c.country_code == cc1), None) if a1 else None
                if region is not None and n1 >= 2 and n1 * 4 >= 3 * len(known):
                    for k, (s, e, name) in enumerate(items):
                        if k in known and first[k].admin1 == a1 or not _locality_like(name, text, s, gz, sent.start):
                            continue
                        place = Place(name, region.lat, region.lon, cc1, a1, "city", None, 0.2, "list")
                        unresolved = [j for j in inside[k] if mentions[j].start == s]
                        if unresolved:
                            replaced[unresolved[0]] = place  # ("Pauktaw": not the Yangon Region's namesake)
                        elif not inside[k]:
                            new.append((Mention(name, s, s + len(name), normalize(name)), place))
                    continue
            towns = [k for k in known if first[k].granularity == "city" and first[k].lat is not None]
            small = [k for k in known if first[k].granularity == "region" and first[k].lat is not None]
            if small and len(towns) + len(small) == len(known) and len(known) >= 2:
                # ("in parishes including Vale, St Peter's, Castel and St Martin's": small units the gazetteer holds
                # as regions, close together, are the list's localities too)
                towns = sorted(towns + small)
            if not towns and small and area is not None and all(first[k].country_code == area.country_code and k in small for k in known):
                # ("the power is still off from Matalave to Liku" in a report from Niue, whose villages the gazetteer
                # holds as regions, when it has one of them only): the others are the report's country's localities too
                at_area([it for k, it in enumerate(items) if k not in known], sent.start)
                continue
            countries = [k for k in known if first[k].granularity == "country"]
            if not towns or len(towns) + len(countries) != len(known):
                continue  # no town of the gazetteer in the list, or a region's list
            pts = [first[k] for k in towns]
            if len({p.country_code for p in pts}) > 1 or any(distance_km(p.lat, p.lon, q.lat, q.lon) > 100 for p in pts for q in pts):
                continue  # towns far apart: a list of cities, not of one area's localities
            # (not a name inside a mention that began before it: "Tashkent, the capital of Uzbekistan, and Bishkek", whose
            # "Uzbekistan" is part of a mention of Tashkent)
            unknown = [k for k, (s, e, name) in enumerate(items) if k not in known and _locality_like(name, text, s, gz, sent.start)
                       and not any(m.start < s < m.end for m in mentions)]
            home_cc = pts[0].country_code
            for k in countries:
                # ("Antriol (partly), Mèxico, Playa Pabou and surrounding areas": a foreign country the text names only
                # there, amid a list of one country's localities, is a locality of that name)
                if first[k].country_code != home_cc and len(unknown) >= 2 and doc_ccs[first[k].country_code] == 1 \
                        and sum(m.norm == mentions[inside[k][0]].norm for m in mentions) == 1:
                    near = min(towns, key=lambda t: (abs(t - k), t > k))
                    host = pts[towns.index(near)]
                    replaced[inside[k][0]] = Place(items[k][2], host.lat, host.lon, host.country_code, host.admin1, "city", None,
                                                   round(min(0.3, host.confidence), 3), "list")
            for k, (s, e, name) in enumerate(items):
                if k not in unknown:
                    continue
                near = min(towns, key=lambda t: (abs(t - k), t > k))
                host = pts[towns.index(near)]
                place = Place(name, host.lat, host.lon, host.country_code, host.admin1, "city", None,
                              round(min(0.3, host.confidence), 3), "list")
                # ("NGCP gave Panay and Negros a welcome blackout", a name the text has read elsewhere as the island's region):
                # that reading, not the point of the town beside it
                # (a region of the host's country only: not "Cumberland" read elsewhere as an American county beside Ottawa's Orleans)
                place = next((q for m, q in zip(mentions, places) if q is not None and m.norm == normalize(name)
                              and q.granularity == "region" and q.country_code == host.country_code), place)
                # (the mention that opens the name: all of it, "St Martin" of "St Martin's", "Bois" of "Bois d'Orange")
                unresolved = [j for j in inside[k] if mentions[j].start == s and (
                    text[mentions[j].end : e] in ("", "'s", "’s") or re.match(r"\s+(?:d[’']|(?:de|du|des|la|di|da|do|dos|das|del|della)\s)", text[mentions[j].end : e]))]
                if unresolved:
                    replaced[unresolved[0]] = place
                elif not inside[k]:
                    new.append((Mention(name, s, s + len(name), normalize(name)), place))
                elif re.search(r"[’']s\s", name):
                    # ("Alarm Forest, Thompson’s Wood and Blue Hill": the whole name, not the "Wood" the gazetteer
                    # could not place, nor a namesake abroad of the "Dawson" of "Dawson’s Post")
                    new.append((Mention(name, s, s + len(name), normalize(name)), place))
                    dropped.update(inside[k])
    if not new and not replaced:
        return mentions, places
    # the same name elsewhere in the text ("residents in Lumut said"), unresolved or read as a namesake
    # abroad, is that locality too
    by_norm = {mentions[j].norm: q for j, q in replaced.items()} | {m.norm: q for m, q in new}
    for i, m in enumerate(mentions):
        q = by_norm.get(m.norm)
        if i not in replaced and q is not None and (places[i] is None or (
                places[i].granularity == "city" and places[i].country_code != q.country_code)):
            replaced[i] = q
    places = [replaced.get(i, p) for i, p in enumerate(places)]
    merged = sorted([mp for i, mp in enumerate(zip(mentions, places)) if i not in dropped] + new, key=lambda mp: mp[0].start)
    return [m for m, _ in merged], [p for _, p in merged]


def repeat_list_names(text: str, mentions, places):
    """A locality the gazetteer lacks that a list made a place ("power stations in Qamishli and Tirbespi") is the same
    place where the text names it again ("a blackout that affected nearby Tirbespi")."""
    taught = {}
    for m, p in zip(mentions, places):
        if p is not None and p.geocoder == "list" and p.lat is not None and len(m.text) >= 4 and len(m.text.split()) <= 3:
            taught.setdefault(m.text, p)
    if not taught:
        return mentions, places
    pairs = list(zip(mentions, places))
    for name, p in taught.items():
        for x in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text):
            if not any(m.start < x.end() and x.start() < m.end for m in mentions):
                pairs.append((Mention(name, x.start(), x.end(), normalize(name)), p))
    if len(pairs) == len(mentions):
        return mentions, places
    pairs.sort(key=lambda mp: mp[0].start)
    return [m for m, _ in pairs], [p for _, p in pairs]
