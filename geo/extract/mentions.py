"""Place mentions found from the gazetteer, without an NER model.

Capitalised word runs (Latin or Cyrillic) are looked up longest-first in the gazetteer's
name index. Person names ("Vladimir Putin"), organisations ("Texas Instruments"), sentence-initial
common words and demonyms are filtered out by the rules below.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..gazetteer import SPANISH_CCS, STATE_ABBREVIATION_ALTERNATION, STATE_ABBREVIATIONS, Gazetteer, normalize
from ..models import Mention

# (a dot between a lower-case word and a capitalised one ends a sentence run into the next: "all the difference.Taiwan is")
# (a left quote between letters is a Hawaiian ʻokina typed so: "O‘ahu", "Hawai‘i")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žА-Яа-яЁёІіЇїЄєҐґ](?:[\w’'-]|(?<=[A-Za-z])‘(?=[a-z])|(?<![a-z]{2})\.|\.(?![A-Z][a-z]))*")
_CAP = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ]")
_CONNECT = {"of", "de", "del", "do", "da", "dos", "das", "la", "le", "du", "upon", "on", "am", "an", "der", "sur", "el", "al", "and", "the", "og",
            "es"}  # ("Dar es Salaam")
REGION_WORDS = {"region", "oblast", "province", "state", "krai", "governorate", "prefecture", "county", "district", "republic", "territory", "okrug", "raion", "caza", "qada", "kaza"}
# units below the first level: the gazetteer has none, so these words do not make a name a region
SUBREGION_WORDS = {"county", "counties", "district", "districts", "raion", "raions", "municipality", "borough", "caza", "qada", "kaza"}
_COUNTY_WORDS = {"county", "counties", "parish", "parishes"}
# Words that may follow a place inside a capitalised run without making it something else.
_FOLLOWERS = REGION_WORDS | {
    "governor", "mayor", "city", "capital", "airport", "port", "hospital", "station", "thermal", "power",
    "hydroelectric", "nuclear", "plant", "dam", "metro", "region's", "oblast's", "military",
    "administration", "regional", "police", "authorities", "officials", "residents", "sheriff", "coroner",
    # a plant named after its town ("Zaporizhzhya NPP", "Kharkiv CHP", "Kakhovka HPP")
    "npp", "hpp", "tpp", "chp", "ges", "hes", "tec", "tets", "substation", "refinery", "reservoir",
    # an Austrian rural district named after its town ("Villach Land", "Klagenfurt-Land")
    "land",
    # a day told right after the place ("tore through Lawrence, Andover, and North Andover Thursday afternoon")
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    # a district named for its town and a compass point ("Imphal West, Imphal East"): the town
    "west", "east", "north", "south",
    # a town's own unit named after it ("Quy Nhon Ward in Gia Lai Province", "Nghi Xuan Commune", "Ramree Township")
    "ward", "commune", "township", "municipality",
    # a city's wider area named after it ("parts of the Nairobi Metropolitan")
    "metropolitan", "metropolis",
}
_TITLES = {
    "president", "governor", "mayor", "minister", "gen", "general", "mr", "mrs", "ms", "dr",
    "senator", "sen", "secretary", "chancellor", "king", "queen", "prince", "pope", "judge",
    "spokesman", "spokeswoman", "commander", "colonel", "col", "lt", "sgt", "rep", "gov",
    "premier", "ambassador", "envoy", "chief", "director", "professor", "prof", "saint", "st",
    "lord", "sir", "lady", "captain", "admiral", "marshal", "sheikh", "emir",
}
# Capitalised words that start sentences or headlines and are also (rare) place names.
STOPWORDS = set(
    """a an the this that these those it its he she they we you i his her their our my your
    in on at to for from by with of and or but if as so no not all any some many most more much
    is are was were has have had do does did will can would could should
    after before during while when where which who what why how there here then than also
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec today yesterday tomorrow meanwhile however although despite since until
    according said says north south east west northern southern eastern western central
    new old great little big power energy water gas heat light government army police
    president minister governor mayor officials official people city capital region state country
    reuters ap afp bbc cnn axios update breaking live photo video read more share
    worst best hit one two three four five six seven eight nine ten hundreds thousands millions
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern midwestern
    drone drones missile missiles rocket rockets strike strikes attack attacks shelling debris
    artillery troops forces residents authorities emergency electricity heating blackout blackouts
    outage outages temperatures crews schools hospitals explosions explosion rescuers firefighters
    fire storm storms winds snow rain floods ice heat island islands well regions cities states countries areas districts provinces
    god christmas easter ramadan world war union republic kingdom federation national commonwealth
    communist democrat democratic republican independent
    neighbouring neighboring nearby occupied besieged embattled frontline liberated annexed
    now still yet again even elsewhere currently separately additionally overall similarly instead thus line hydro council
    barely nearly almost just only roughly approximately around about later earlier soon finally eventually already
    recently previously creek point road street avenue lane""".split()
)


_ARTICLE_PREFIX = re.compile(r"^(?:(?:al|el|ad|as|ash|an|ar|at|az|ez|es|er|et|ul|ed|en|de|di|da|du|la|le|von|van|der)-|[dl][’'])[A-ZÀ-ÖØ-ÞĀ-Ž]")


_TIME_ZONES = {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST", "AST", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST",
               "WET", "WEST", "IST", "JST", "KST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "WAT", "EAT", "CAT", "SAST", "MSK"}
_ABBREVIATED_TITLES = {"St", "Ste", "Mt", "Ft", "Pt", "Sta", "Sto"}


# ("the regions of ... Maule, Biobío, los Lagos, de los Ríos and Ñuble": a Spanish name's article written small)
_SPANISH_PLURAL_ARTICLES = {"los", "las"}


def _small_article_before_name(in_run: bool, words, i, text) -> bool:
    return not in_run and words[i][0] in _SPANISH_PLURAL_ARTICLES and i + 1 < len(words) and _CAP.match(words[i + 1][0]) is not None \
        and text[words[i][2] : words[i + 1][1]] == " "


def _is_cap(word: str) -> bool:
    """Capitalised, or an Arabic/Romance article before a capital: "al-Balah", "de-Gaulle", "Côte d'Ivoire"."""
    return bool(_CAP.match(word) or _ARTICLE_PREFIX.match(word))


def find_mentions(text: str, gazetteer: Gazetteer, sentence_starts: set[int] | None = None) -> list[Mention]:
    """Place mentions in ``text`` (offsets into it), longest gazetteer match first."""
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [_strip_word(w, s, e) for w, s, e in words]
    words = _uncap_title_words(text, words, gazetteer)
    sentence_starts = sentence_starts or set()
    inner_s = _inner_possessives(text, words, gazetteer)
    runs: list[list[int]] = []
    cur: list[int] = []
    for i, (w, s, e) in enumerate(words):
        gap = text[words[i - 1][2] : s] if i else ""
        joined = i and cur and gap in (" ", "-", " - ") or (gap == "" and i and cur) or (
            i and cur and gap == ". " and words[i - 1][0] in _ABBREVIATED_TITLES)  # "St. Petersburg", "Mt. Vernon"
        if _is_cap(w) or (cur and _bare(w).lower() in REGION_WORDS) or _small_article_before_name(bool(cur and joined), words, i, text) or (
                # ("The whole of Central division": Fiji's divisions, written small)
                cur and _bare(w).lower() == "division" and words[i - 1][0].lower() in ("central", "western", "eastern", "northern", "southern")) or (cur and w.lower() in _CONNECT and i + 1 < len(words) and (
                _is_cap(words[i + 1][0]) or (  # ("Lake of the Woods County")
                    words[i + 1][0].lower() in _CONNECT and i + 2 < len(words) and _is_cap(words[i + 2][0])))):
            if cur and not joined:
                runs.append(cur)
                cur = []
            cur.append(i)
            if (re.search(r"[’']s$", w) and i not in inner_s) or w.endswith(","):
                runs.append(cur)
                cur = []
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)

    grams: dict[tuple[int, int], str] = {}
    for run in runs:
        for a in range(len(run)):
            for b in range(a + 1, min(len(run), a + 6) + 1):
                toks = [words[k][0] for k in run[a:b]]
                if toks[-1].lower() == "and" or toks[-1] in _CONNECT:
                    # ("Iowa and Ohio": a name does not end with the word that joins two; "Camarines Sur" may end in "Sur";
                    # nor with one written small: "Bali on Friday" is no "Bali-on")
                    continue
                if toks[0] in _CONNECT or (b - a == 1 and toks[0] in _SPANISH_PLURAL_ARTICLES):
                    continue  # ("Canada, and on 24 September": a name does not start with a joining word)
                grams[(run[a], run[b - 1])] = normalize(" ".join(
                    t if k in inner_s else _bare(t) for k, t in zip(run[a:b], toks)))
    derived = _district_adjectives(text, words, grams)
    plain = _district_names(text, words, grams, derived)
    derived.update(plain)
    found = gazetteer.lookup_many([*grams.values(), *(f for forms in derived.values() for f in forms)])
    for key, forms in list(derived.items()):
        # (of the towns it may be made from, the first inside the nearest region the text names, in the sentence first:
        # "the Ivanovsky district of the Kherson region" is Ivanivka's, not Ivanovo's)
        at = words[key[0]][1]
        near = sorted([(abs(words[k2[0]][1] - at) + (10_000 if re.search(r"[.!?]\s", text[min(at, words[k2[0]][1]) : max(at, words[k2[0]][1])]) else 0),
                       found[g2]) for k2, g2 in grams.items() if k2 not in derived and g2 in found
                      and len({c.country_code for c in found[g2]}) == 1
                      and (all(c.kind == "country" for c in found[g2])
                           or (_bare(words[k2[1]][0]).lower() in REGION_WORDS and all(c.kind == "region" for c in found[g2])))],
                      key=lambda t: t[0])  # (by distance only: two regions as near are kept in the text's order)
        known = [f for f in forms if f in found]
        holders = near[0][1] if near else []
        of = _DISTRICT_OF_AFTER.match(text, words[key[0]][2])
        named = [found[g2] for k2, g2 in grams.items() if of and words[k2[0]][1] == of.end() and g2 in found
                 and all(c.kind in ("region", "country") for c in found[g2])]
        holders = max(named, key=len, default=holders)  # ("the Kakhovsky district of the Kherson region": that region)
        inside = [f for f in known if any(any(_inside(c, q) for q in holders) for c in found[f])]
        # (only a town the context makes certain: one made from the adjective in the region named, or the only one
        # anywhere; "the Klimovski district" in a report that names only Russia could be Klimovsk's or Klimovo's)
        form = inside[0] if inside and holders[0].kind == "region" else inside[0] if len(inside) == 1 else \
            known[0] if len(known) == 1 and not holders else None
        if key in plain:
            # ("Melitopol, Enerhodar, ..., Chernihiv, Priazovsk, and the Kamensk-Dnieprovsky municipal districts" in a report
            # of the Zaporizhzhia region: the district of Chernihivka there, not the city of Chernihiv in another region)
            if grams[key] in found and inside and holders[0].kind == "region" and not any(
                    any(_inside(c, q) for q in holders) for c in found[grams[key]]):
                grams[key] = inside[0]
            else:
                del derived[key]
        elif grams[key] not in found and form is not None:
            grams[key] = form  # "the Shebekinsky district": Shebekino's
        else:
            del derived[key]
    # "St. John's": a name whose own spelling ends in 's is kept whole when the
    # gazetteer has it so (the possessive reading is the default)
    full_norms = {normalize(" ".join(words[k][0] for k in range(key[0], key[1] + 1)))
                  for key in grams if re.search(r"[’']s$", words[key[1]][0])}
    found_full = gazetteer.lookup_many(full_norms) if full_norms else {}
    demonyms = gazetteer.demonyms()

    mentions: list[Mention] = []
    for run in runs:
        a = 0
        while a < len(run):
            hit = None
            for b in range(min(len(run), a + 6), a, -1):
                key = (run[a], run[b - 1])
                if grams.get(key) in found and not (
                        b - a > 1 and _bare(words[run[a]][0]) in _PREPOSITIONS
                        and all(" " not in c.name and "-" not in c.name for c in found[grams[key]])):
                    # (not "In Gongyi, ..." read as the one-word village of Ingongyi: a preposition and a town)
                    hit = b
                    break
            if hit is None:
                a += 1
                continue
            i, j = run[a], run[hit - 1]
            toks = [words[k][0] for k in run[a:hit]]
            after_word = words[run[hit]][0].lower().rstrip("’'s") if hit < len(run) else ""
            last_word = _bare(toks[-1]).lower()  # ("the Kharkiv region's Balakliia")
            region_hint = (after_word in REGION_WORDS or last_word in REGION_WORDS) and not (
                after_word in SUBREGION_WORDS or last_word in SUBREGION_WORDS)
            # "the Dnipropetrovsk regional administration": the region
            region_hint = region_hint or bool(re.match(r"\s+(?i:regional)\b", text[words[j][2] : words[j][2] + 12]))
            # ("In the Belgorod border region, thousands were left without electricity")
            region_hint = region_hint or bool(re.match(r"\s+(?:border|frontier|front-?line)\s+(?:region|oblast|province)\b", text[words[j][2] : words[j][2] + 30]))
            # ("Dnipropetrovsk Governor Valentin Reznichenko": a governor heads a region; a city has a mayor)
            region_hint = region_hint or bool(re.match(r"(?:[’']s)?\s+(?i:governor)\b", text[words[j][2] : words[j][2] + 14]))
            if _keep(words, run, a, hit, text, sentence_starts, demonyms, found):
                s, e = words[i][1], words[j][2]
                surface = text[s:e]
                m = re.search(r"[’']s$", surface)
                whole = normalize(surface) if m else ""
                whole_c = [c for c in found_full.get(whole, []) if normalize(c.name) == whole]
                bare_c = found.get(normalize(_bare(surface)), []) if m else []
                # (but "Cuba's grid" is Cuba's, not a village called Cubas: the whole name must be
                # a sizeable town, bigger than anything the bare name is, and no country's)
                # (towns only: a region's population is an estimate, and the bare name may reach the
                # whole one by an alias)
                keep_s = bool(whole_c) and not any(c.kind == "country" for c in bare_c) and (max(
                    c.population for c in whole_c) >= max([50_000] + [c.population for c in bare_c if c.kind == "city" and c not in whole_c])
                    # ("St. George's", "St Mary's": a saint's name with its 's is the place's own name)
                    or bool(re.match(r"(?:St\.?|Saint|Ste\.?)\s", surface)))
                if m and not keep_s:
                    e -= 2
                    surface = text[s:e]
                if hit < len(run) and words[run[hit]][0].lower() in REGION_WORDS:
                    e2 = words[run[hit]][2]
                    surface2 = text[s:e2].rstrip("’'s")
                    if normalize(surface2) in found:
                        surface, e = surface2, s + len(surface2)
                norm = normalize(surface) if keep_s else normalize(_bare(surface))
                if (i, j) in derived:
                    norm = grams[(i, j)]  # (the town an adjectival district's name is made from)
                if a > 0 and normalize(words[run[a - 1]][0]) in _DIRECTIONS and any(
                    c.kind in ("region", "country") and not c.hint_only for c in found.get(norm, [])
                ):
                    # "Northern New York", "Eastern Ontario": part of a region, kept as named
                    # (but "Greater São Paulo" is the city's metropolitan area, no part of the state)
                    s = words[run[a - 1]][1]
                    surface = text[s:e]
                    region_hint = region_hint or normalize(words[run[a - 1]][0]) != "greater"
                    if any(c.kind in ("region", "country") and normalize(c.name) == normalize(surface) for c in gazetteer.lookup(normalize(surface))):
                        # ("Western North Carolina": the compass word before is part of the state's own name, not
                        # Carolina of Puerto Rico)
                        norm = normalize(surface)
                county = (after_word in _COUNTY_WORDS or toks[-1].lower() in _COUNTY_WORDS) and any(
                    (c.gazetteer_id or "").startswith("us-county:") for c in found.get(norm, [])
                )  # "Napa County": the gazetteer has US counties
                # ("the Russian-installed governor of Zaporizhzhia": a governor's is the region)
                if not region_hint and re.search(r"\b(?:province|region|state|oblast|governorate|prefecture|governor)\s+of\s+$", text[max(0, s - 25) : s], re.I) \
                        and any(c.kind == "region" and not c.hint_only for c in found.get(norm, [])):
                    region_hint = True  # "the province of Valencia", "the southern region of Odesa": the region
                if not region_hint and re.search(r"\b(?:northern|southern|eastern|western|central|north-?eastern|"
                                                 r"north-?western|south-?eastern|south-?western)\s+$", text[max(0, s - 16) : s]) \
                        and any(c.kind in ("region", "country") and not c.hint_only for c in found.get(norm, [])) \
                        and not any(c.kind == "country" and c.is_primary_name for c in found.get(norm, [])):
                    # "across southern Quebec": a part of an area, so the province, not Quebec City
                    # (but "in southern Taiwan", "northern Mexico": part of the country, not its province or state of that name)
                    region_hint = True
                unit = _NATIONAL_UNIT.match(text, e)
                mentions.append(Mention(surface, s, e, norm, bool(region_hint or county), county,
                                        country_hint=_NATIONAL_UNITS[unit.group(1).lower()] if unit else None))
            a = hit
    # "across North and South Carolina": the first of two compass-named places shares the second's name
    for m in re.finditer(r"\b(North|South|East|West)\s+and\s+(?:North|South|East|West)\s+([A-Z][a-z]+)\b", text):
        name = f"{m.group(1)} {m.group(2)}"
        norm = normalize(name)
        if any(c.kind in ("region", "country") for c in gazetteer.lookup(name)) and not any(
                x.start == m.start(1) for x in mentions):
            mentions.append(Mention(m.group(1), m.start(1), m.end(1), norm, True, False))
    # "the Central and Uva provinces", "the Eastern and Northern provinces": a compass word listed before a
    # plural unit is a province's own name ("Central Province"), when the gazetteer has a province so named
    for m in _UNIT_LIST.finditer(text):
        unit = m.group("unit").lower()[:-1] if m.group("unit").lower() != "provinces" else "province"
        for item in re.finditer(r"[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*)?", m.group("items")):
            owner = re.match(r"[A-Z][\w-]*[’']s ", item.group(0))  # ("Rwanda's Eastern and Western provinces")
            name = item.group(0)[owner.end() if owner else 0 :]
            if not _COMPASS_NAME.fullmatch(name):
                continue
            s0 = m.start("items") + item.start() + (owner.end() if owner else 0)
            full = f"{name} {unit.capitalize()}"
            if not any(x.start <= s0 < x.end for x in mentions) and any(
                    c.kind == "region" and not c.hint_only for c in gazetteer.lookup(full)):
                mentions.append(Mention(name, s0, s0 + len(name), normalize(full), True, False))
    # "across the south-east of England": the part of the country the gazetteer names so ("South East England")
    for m in _COMPASS_OF.finditer(text):
        g = 1 if m.group(1) else 3
        name = f"{m.group(g).replace('-', ' ')} {m.group(g + 1)}"
        if any(c.kind == "region" and normalize(c.name) == normalize(name) for c in gazetteer.lookup(name)):
            mentions = [x for x in mentions if not (m.start(g) <= x.start < m.end())]
            mentions.append(Mention(text[m.start(g) : m.end()], m.start(g), m.end(), normalize(name), True, False))
    # "Montrealers", "Houstonians", "Atlantans": the people of a city named by its demonym (a city of
    # 100,000 or more whose name is the word less its ending; not a team's or a country's people)
    taken = {(x.start, x.end) for x in mentions}
    # "About 135,000 Victorian properties", "Thousands Without Power After Victorian Storms", "the Victorian
    # Government": a state's adjective (its name and an "n") before its people, its storms or its government
    for d in _REGION_ADJECTIVE.finditer(text):
        stem = d.group(1)
        if normalize(d.group(0)) in demonyms or any(a <= d.start() < b for a, b in taken):
            continue
        if any(c.kind == "region" and c.is_primary_name and normalize(c.name) == normalize(stem) and c.population >= 1_000_000
               for c in gazetteer.lookup(stem)):
            mentions.append(Mention(d.group(0), d.start(), d.end(), normalize(stem), True, False))
    for d in _CITY_DEMONYM.finditer(text):
        word = d.group(0)
        if normalize(word) in demonyms or normalize(word[:-1]) in demonyms or word.lower() in STOPWORDS or any(a <= d.start() < b for a, b in taken):
            # ("all Regions of Amapá": a common word, not the people of Reggio; "Georgians": a nation's people, the
            # plural of its demonym, not the people of the US state)
            continue
        for stem in _demonym_stems(word):
            norm = normalize(stem)
            cands = gazetteer.lookup(norm)
            if any(c.kind == "city" and c.population >= 100_000 for c in cands):
                mentions.append(Mention(word, d.start(), d.end(), norm, False, False))
                break
            if (stem.endswith("a") or (word.endswith("ers") and stem == word[:-3])) and any(
                    c.kind == "region" and c.is_primary_name and normalize(c.name) == norm
                    and (stem.endswith("a") or c.population >= 1_000_000) for c in cands):
                # "Floridians", "Californians", "Queenslanders": the people of a state or province named by its demonym
                mentions.append(Mention(word, d.start(), d.end(), norm, True, False))
                break
    # "Mayor Keisha Lance Bottoms ... Bottoms declared the advisory": a titled person's surname, used
    # alone later, is that person (not a town of that name)
    surnames = {normalize(m.group(1)) for m in _TITLED_NAME.finditer(text)}
    # ("The Bazan Group said ... Bazan said it is working": a company's name, not a small town's)
    surnames |= {n for n in (normalize(m.group(1)) for m in _COMPANY_NAME.finditer(text)) if _small_towns_only(gazetteer.lookup(n))}
    # ("Millions of Canadians were without cellphone service after a nationwide Rogers outage", "Rogers
    # customers", "the Rogers network": a company's name used so, never after "in", is no small town)
    surnames |= {normalize(w) for w in {m.group(1) for m in _COMPANY_USE.finditer(text)}
                 if not re.search(rf"\b(?:in|at|near|from|to|outside)\s+{re.escape(w)}\b", text)
                 and _small_towns_only(gazetteer.lookup(normalize(w)))}
    # ("Like many residents, Naleni Erasmus woke up on Friday ... Erasmus, who lives in Radiokop": a
    # person's name, then the surname alone, is that person, not the small town of that name)
    # ('"... my dishwasher so much," said Juliana Walker. Walker had running water restored': a speaker named
    # after "said", then the surname alone)
    surnames |= {n for m in (*_PERSON_NAME.finditer(text), *_SAID_PERSON.finditer(text))
                 if normalize(m.group(1)) not in STOPWORDS and not gazetteer.lookup(normalize(m.group(1)))
                 # (a county's name that only a "County" after it makes a place does not count: "Walker County")
                 and (n := normalize(m.group(2))) and all((c.kind == "city" and c.population < 100_000) or c.hint_only for c in gazetteer.lookup(n))}
    # ("JPS President and CEO Hugh Grant confirmed ... Grant emphasized"): a word that speaks alone
    # and was first written after a given name is that person's surname, not a small town
    # ('... expensive," said Omar whose three giant generators supply 800 families'): the speaker after the verb
    for w in {m.group(1) for m in _SPEAKS_ALONE.finditer(text)} | {m.group(1) for m in _SAID_BY_ALONE.finditer(text)}:
        n = normalize(w)
        if n in surnames or n in STOPWORDS:
            continue
        readings = gazetteer.lookup(n)
        small = _small_towns_only(readings)
        if not small and any(c.kind == "country" or (c.kind == "city" and c.population >= 100_000) for c in readings):
            continue
        # ("CUC executive director Gary P. Camacho": a middle initial between)
        givens = [normalize(g) for g in re.findall(rf"\b([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{{2,}})\s+(?:[A-Z]\.\s+)?{re.escape(w)}\b", text)]
        givens = [g for g in givens if g not in STOPWORDS and g not in _TITLES]
        if any(all(c.population < 100_000 or c.hint_only for c in gazetteer.lookup(g)) for g in givens) if small else \
                any(not gazetteer.lookup(g) for g in givens):
            # (a name that is also a province's, "the energy czar, Josué Colón ... Colón explained": only after a given
            # name that is no place at all)
            surnames.add(n)
    # ("following Winter Storm Elliot ... Elliot was a once-in-a-generation storm": a storm's name, used alone later)
    # ('The winter storm named "Elliott"', "a storm dubbed Eunice": the name it was given)
    surnames |= {normalize(g) for m in re.finditer(r"\b(?:[Ss]torm|Hurricane|Typhoon|Cyclone)[ \t]+([A-Z][a-z]+)\b(?![’'])|"
                                                           r"\b(?:storm|hurricane|typhoon|cyclone|system)[ \t]+(?:named|dubbed|called)[ \t]+[“\"‘']?([A-Z][a-z]+)\b", text)
                 for g in (m.group(1) or m.group(2),) if g}
    # ("the operator Free told AFP", "competitor SFR", "the US company Viasat"): the name after a company's role is the
    # company's, wherever the text uses it (not Free State)
    companies = {normalize(c.group(1)) for c in _COMPANY_ROLE.finditer(text)}
    # ("Southern California Edison ... Edison issued the warning", "SoCal Edison"): the word a place's name runs into, then
    # acting alone, is a company named for that place (not Edison, New Jersey)
    acting = {a.group(1) for a in re.finditer(
        r"(?<![A-Za-z] )\b([A-Z][a-z]{3,})(?:[’']s\s+(?:website|customers|spokes\w+|equipment|lines|territory|system)\b|"
        rf"\s+(?:has|had|is|was|will|said|told|cut|shut|(?!(?:{_ITS_PEOPLE})\b)[a-z]+(?:s|ed))\b)", text)}
    for tail in re.finditer(r"\b((?:[A-Z][a-z]+[ \t]+){1,3})([A-Z][a-z]{3,})\b(?![ \t]+[A-Z])", text) if acting else ():
        if tail.group(2) in acting and normalize(tail.group(2)) not in STOPWORDS and normalize(tail.group(2)) not in REGION_WORDS \
                and normalize(tail.group(1)) not in STOPWORDS and gazetteer.lookup(normalize(re.sub(rf"^(?:{_COMPASS_NAME.pattern})\s+", "", tail.group(1)))):
            companies.add(normalize(tail.group(2)))
    surnames |= {c for c in companies if not any(e.kind == "country" for e in gazetteer.lookup(c))}
    if surnames:
        mentions = [x for x in mentions if not (x.norm in surnames and " " not in x.text.strip())]
    # ("Maher Ashour Salem, Director General of Planning ... Salem highlighted": the last of a person's names, with
    # the title after it, and the surname alone later)
    titled = {normalize(t.group(2)) for t in _NAME_THEN_TITLE.finditer(text) if normalize(t.group(1)) not in STOPWORDS
              and normalize(t.group(1)) not in _TITLES and not gazetteer.lookup(normalize(t.group(1)))}
    if titled:
        mentions = [x for x in mentions if not (x.norm in titled and " " not in x.text.strip())]
    # ("the African Coast to Europe (ACE) submarine cable", "Tennessee Valley Authority (TVA)": a name its acronym spells)
    named = [(a.start(1), a.end(1)) for a in _ACRONYM_NAME.finditer(text)
             if "".join(w[0] for w in re.findall(r"\b[A-Z][\w’'-]*", a.group(1))).upper().endswith(a.group(2))]
    if named:
        # (but "Nashville Electric Service (NES) had 109,156 of its customers without power": the place a utility is named
        # for, first in the name, speaks for the place, as it does without the letters)
        mentions = [x for x in mentions if not any(a <= x.start < b and not (
            x.start == a and (nxt := re.match(r"\s+([A-Z][a-z]+)", text[x.end : b])) and nxt.group(1).lower() in _UTILITY_WORDS | {"power"})
            for a, b in named)]
    # ("the Jordan News Agency, Petra, reported ... Petra added": the agency's name, wherever the text uses it)
    agencies = {normalize(a.group(1) or a.group(2)) for a in _AGENCY_NAMED.finditer(text)}
    if agencies:
        mentions = [x for x in mentions if not (x.norm in agencies and " " not in x.text.strip())]
    # ("SALINA, Kan. (AP)", "in Ironwood, Mich., Monday", "Melville, Sask.": a state's or province's abbreviation after a
    # town names that state, which qualifies the town; "Kan" is no Ganzhou)
    for ab in _STATE_ABBREVIATED.finditer(text):
        cc, name = STATE_ABBREVIATIONS[ab.group(1)]
        region = next((c for c in gazetteer.lookup(normalize(name)) if c.kind == "region" and c.country_code == cc), None)
        if region is not None:
            mentions = [x for x in mentions if not (x.start < ab.end(1) and ab.start(1) < x.end)]
            mentions.append(Mention(ab.group(1), ab.start(1), ab.end(1), normalize(name), False, False, gid=region.gazetteer_id))
    mentions = _capitals(text, mentions, gazetteer)
    mentions.sort(key=lambda x: x.start)
    return _counties_named_before(text, mentions, gazetteer)


_AGENCY_NAMED = re.compile(r"\b(?:[Nn]ews\s+[Aa]gency|[Pp]ress\s+[Aa]gency)\s*,\s*([A-Z][\w-]+)\s*,|\b([A-Z][\w-]+)\s+news\s+agency\b")


# "the Ukrainian capital", "Vanuatu's capital", "the capital of Lebanon": a country's capital told
# without its name (not "the Ukrainian capital Kyiv" or "the capital, Beirut": the name follows)
_CAPITAL_OF = re.compile(r"\b(?:[Tt]he\s+(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+capital(?:\s+city)?|(?P<own>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[’']s\s+capital(?:\s+city)?|"
                         r"[Tt]he\s+capital(?:\s+city)?\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))\b"
                         r"(?![’']s\b|\s*,?\s+(?:[A-Z]|city\b|region\b|area\b|district\b|territory\b|province\b|oblast\b))")


_AGENT_NOUN_AFTER = re.compile(
    r"[ -](?:[a-z-]+\s+)?(?:forces|troops|army|military|soldiers|shelling|drones?|missiles?|rockets?|strikes?|airstrikes?|"
    r"attacks?|jets|warplanes|aircraft|artillery|bombing|bombardment|offensive|invasion|navy|air force|air defen[cs]es?|"
    r"security services|special services|intelligence|hackers|cyber-?\s?attackers|spies)\b"
)


def demonym_ccs(text: str, gz: Gazetteer) -> list[str]:
    """Countries the text's demonyms point to, except an attacker's ("Russian shelling of the
    city" says who fired, not where: in a report from Kherson it must not pull places to Russia)."""
    dem = gz.demonyms()
    out = []
    for m in re.finditer(r"[A-Z][a-z]+", text):
        cc = dem.get(m.group(0).lower())
        if cc and not _AGENT_NOUN_AFTER.match(text, m.end()):
            out.append(cc)
    return out


# "Mississippi's largest city", "the biggest city in Alaska": a region's or country's most populous city told without its name
# (not "Ukraine's second-largest city": a rank the gazetteer's populations may not keep; nor "... city, Kharkiv": named after;
# nor "Colombo, Sri Lanka's largest city": named before)
_LARGEST_CITY_OF = re.compile(r"\b(?:(?P<own>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)[’']s\s+(?:largest|biggest|most\s+populous)\s+city|"
                              r"[Tt]he\s+(?:largest|biggest|most\s+populous)\s+city\s+(?:in|of)\s+(?P<of>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))\b"
                              r"(?!,?\s+(?-i:[A-Z]))")


def _capitals(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The capital a country's name or demonym points to, as a mention of that city."""
    out = mentions
    for m in _CAPITAL_OF.finditer(text):
        name = m.group("dem") or m.group("own") or m.group("of")
        if m.group("dem"):
            cc = gazetteer.demonym(name)
        else:
            cc = next((c.country_code for c in gazetteer.lookup(name) if c.kind == "country" and c.is_primary_name), None)
        cap = gazetteer.capital(cc) if cc else None
        if cap is None:
            continue
        out = [x for x in out if not (m.start() <= x.start < m.end())]
        out.append(Mention(m.group(0), m.start(), m.end(), normalize(cap.name), gid=cap.gazetteer_id))
    for m in _LARGEST_CITY_OF.finditer(text):
        # ("Mississippi's largest city has run out of water": the state's most populous city, the gazetteer says which)
        name = m.group("own") or m.group("of")
        before = text[max(0, m.start() - 40) : m.start()]
        if re.search(r"[A-Z][\w’'.-]*\s*,\s*(?:the\s+)?$|\b(?:is|was|are|were|remains|remained|becomes|became|as)\s+(?:now\s+|also\s+|still\s+)?$", before):
            continue  # ("Colombo, Sri Lanka's largest city, ...", "Paris is the largest city in Lamar County": named before it)
        units = [c for c in gazetteer.lookup(name) if c.kind in ("country", "region") and c.is_primary_name]
        if len(units) != 1:
            continue
        u = units[0]
        big = gazetteer.largest_city(u.country_code, None if u.kind == "country" else u.name) if u.country_code else None
        if big is None or big.population < 50_000:
            continue
        out = [x for x in out if not (m.start() <= x.start < m.end())]
        out.append(Mention(m.group(0), m.start(), m.end(), normalize(big.name), gid=big.gazetteer_id))
    bare = [m for m in _THE_CAPITAL.finditer(text) if not any(x.start <= m.start() < x.end for x in out)
            # (not "Porto Alegre, the capital, ...": a city's description, the capital of its state)
            and not re.search(r"[A-Z][\w’'.-]*\s*,\s*$", text[max(0, m.start() - 30) : m.start()])]
    if bare:
        # "Emergency shutdowns are in effect in the capital and Kyiv, Sumy ... regions" in a report that names
        # one country: that country's capital (not when it names two: "Russia attacked Ukraine overnight")
        found = gazetteer.lookup_many({x.norm for x in out})
        ccs = {c.country_code for x in out for c in found.get(x.norm, [])
               if c.kind == "country" and c.is_primary_name and normalize(c.name) == x.norm}
        if not ccs:
            # ("residents are being forced to drink salty tap water in the center of the capital ... Uruguayan officials say":
            # a report that names no country but speaks of one people only)
            ccs = set(demonym_ccs(text, gazetteer))
        cap = gazetteer.capital(next(iter(ccs))) if len(ccs) == 1 else None
        if cap is not None:
            out = out + [Mention(m.group(0), m.start(), m.end(), normalize(cap.name), gid=cap.gazetteer_id) for m in bare]
    return out


# "in the capital": the capital of the country a report is about (not "the capital of X", "the capital,
# Beirut", "the capital city Tbilisi", "the regional capital", "capital spending")
_THE_CAPITAL = re.compile(r"(?<![Rr]egional )(?<![Pp]rovincial )(?<![Ss]tate )\b[Tt]he\s+capital\b"
                          r"(?!\s*,?\s+(?:[A-Z]|city\b|of\b|region\b|area\b|district\b|territory\b|province\b|oblast\b|"
                          r"investment|expenditure|spending|markets?\b|needed\b|required\b|costs?\b)|[’']s\b|-)")


_ACRONYM_NAME = re.compile(r"\b((?:[A-Z][\w’'-]*\s+(?:(?:to|of|and|for|the|de)\s+)?){1,6}[A-Z][\w’'-]*)\s*\(([A-Z]{2,7})\)")


# "Cleburne, Butler, Conecuh Counties", "Bibb, Clay and Clarke counties": names listed before their plural unit
_NAMES_BEFORE_COUNTIES = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
                                    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)+,?\s+(?=(?:[Cc]ounties|[Pp]arishes)\b)")


def _listed_before_counties(text: str, mentions: list[Mention], found: dict) -> list[Mention]:
    """Each name of a list that ends in "counties" is a county, of the state most of them are counties of (``found``: the
    gazetteer's entries for the mentions' names)."""
    spans = [(m.start(), m.end()) for m in _NAMES_BEFORE_COUNTIES.finditer(text)]
    out = list(mentions)
    for a, b in spans:
        idx = [k for k, m in enumerate(mentions) if a <= m.start and m.end <= b and not m.region_hint]
        states = [{c.admin1 for c in found.get(mentions[k].norm, []) if (c.gazetteer_id or "").startswith("us-county:")} for k in idx]
        if len(idx) < 2 or sum(1 for x in states if x) < 2:
            continue
        counts: dict = {}
        for x in states:
            for st in x:
                counts[st] = counts.get(st, 0) + 1
        state, n = max(counts.items(), key=lambda kv: kv[1])
        if n * 2 < len(idx):
            continue
        for k, x in zip(idx, states):
            if state in x:
                m = mentions[k]
                out[k] = Mention(m.text, m.start, m.end, m.norm, True, True, m.gid, m.country_hint)
    return out


def _counties_named_before(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A county's bare name is the county where the text has named it with its unit ("Plaquemines
    Parish ... 10,500 Plaquemines customers") or lists it after one ("19,800 in Lafourche Parish and
    6,500 in St. Bernard")."""
    found = None
    if _NAMES_BEFORE_COUNTIES.search(text):
        found = gazetteer.lookup_many({m.norm for m in mentions})  # one query for the text, not one per mention
        mentions = _listed_before_counties(text, mentions, found)  # (the names are unchanged: ``found`` stays good)
    named = {re.sub(r"\s+(?:county|parish|borough)$", "", m.norm) for m in mentions if m.county_hint}
    if not named:
        return mentions
    if found is None:
        found = gazetteer.lookup_many({m.norm for m in mentions})
    out = []
    for k, m in enumerate(mentions):
        prev = mentions[k - 1] if k else None
        if m.county_hint or m.region_hint:
            out.append(m)
            continue
        cands = found.get(m.norm, [])
        listed = prev is not None and prev.county_hint and re.fullmatch(
            r"\s*(?:,\s*|\s+)(?:and\s+|or\s+)?(?:(?:about|around|some|nearly)\s+)?(?:[\d,.]+\s+(?:in\s+)?)?", text[prev.end : m.start])
        # (a name that is a county only, or one listed among counties; not "the state of Washington")
        if listed:
            # (of the state the county before it is in: "Lincoln County and Nebraska" is no county of Nebraska)
            states = {c.admin1 for c in found.get(prev.norm, []) if (c.gazetteer_id or "").startswith("us-county:")}
            listed = not any(c.kind in ("region", "country") and not c.hint_only for c in cands) and any(
                c.hint_only and c.admin1 in states for c in cands)
        if ((m.norm in named and all(c.hint_only for c in cands)) or listed) \
                and any(c.hint_only and (c.gazetteer_id or "").startswith("us-county:") for c in cands):
            m = Mention(m.text, m.start, m.end, m.norm, True, True)
        out.append(m)
    return out


def _small_towns_only(entries) -> bool:
    """Whether a name is, to the gazetteer, only towns under 100,000 (or hints): a company's name can be one."""
    return all((c.kind == "city" and c.population < 100_000) or c.hint_only for c in entries)


def _inner_possessives(text: str, words: list, gazetteer: Gazetteer) -> set[int]:
    """Words ending in 's that are part of a name the gazetteer has with them: "Hawke's Bay",
    "Martha's Vineyard", "King's Lynn", "St Paul's Bay" (elsewhere an 's ends a name: "Russia's Belgorod")."""
    cands: dict[str, set[int]] = defaultdict(set)
    for i in range(len(words) - 1):
        w, _, e = words[i]
        if re.search(r"[’']s$", w) and text[e : words[i + 1][1]] == " " and _is_cap(words[i + 1][0]):
            for n in (1, 2):
                # ("St Paul's Bay": the name may begin a word or two before the possessive)
                for k in (0, 1, 2):
                    if i + n < len(words) and i - k >= 0 and all(_is_cap(x[0]) for x in words[i - k : i]):
                        cands[normalize(" ".join(x[0] for x in words[i - k : i + n + 1]))].add(i)
    if not cands:
        return set()
    found = gazetteer.lookup_many(cands)
    return {i for n, entries in found.items()
            if any(normalize(c.name) == n and not c.hint_only for c in entries) for i in cands[n]}


_REGION_ADJECTIVE = re.compile(r"\b([A-Z][a-z]{3,}a)n(?=\s+(?i:properties|homes|households|customers|residents|consumers|businesses|"
                               r"communities|towns|storms?|blackouts?|outages?|grid|government|premier)\b)")
_CITY_DEMONYM = re.compile(r"\b(?:[A-Z][a-z]+\s)?[A-Z][a-z]{3,}(?:ers|ians|ans|ns)\b")


def _demonym_stems(word: str) -> list[str]:
    """ "Montrealers" -> Montreal, "Houstonians" -> Houston, "Atlantans" -> Atlanta, "Kyivans" -> Kyiv."""
    out = []
    for end in ("ers", "ians", "ans", "ns"):
        if word.endswith(end):
            out.append(word[: -len(end)])
    if word.endswith("ians"):
        out.append(word[:-4] + "a")  # "Floridians" -> Florida
    return out


_NAME_PARTS = {"little", "great", "old", "big", "upper", "lower"}
_NAME_THEN_TITLE = re.compile(r"\b([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]{2,})\s+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]{2,}),\s+(?:the\s+)?(?:(?:Deputy|Vice|Acting|Executive|Managing|Regional|General)\s+)?(?:Director|Minister|Head|Chief|Spokes(?:man|woman|person)|"
                          r"Mayor|Governor|President|Secretary|Chair(?:man|woman|person)?|CEO|Commissioner|Manager|Chairman)\b")
_PERSON_NAME = re.compile(r"\b([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,})\s+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]{2,})(?=,\s+(?:who|a|an|aged|\d+)\b|\s+(?:said|says|told|woke|lives|lived|added|explained)\b)")
_SAID_PERSON = re.compile(r"\b(?:said|says|told|added|explained|wrote)\s+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,})\s+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]{2,})\b(?![ \t]+[A-Z])(?![’'])")
_SPEAKS_ALONE = re.compile(r"\b([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]{2,})\s+(?:said|says|noted|told|added|explained|stated|emphasi[sz]ed|"
                           r"confirmed|warned|insisted|stressed|wrote|announced|assured|urged|asked|advised|encouraged)\b")
_SAID_BY_ALONE = re.compile(r"\b(?:said|says|added|explained)\s+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]{2,})\b(?![ \t]+[A-Z])(?!,\s+(?:the|a|an)\s)")
# a name's noun after a possessive ("Allen's Neck", "Martha's Vineyard"): the possessor is part of a place's name
_NAME_AFTER_POSSESSIVE = re.compile(r"[’']s\s+(?:Neck|Point|Creek|Hill|Hills|Island|Bay|Harbou?r|Landing|Ferry|Crossing|Corner|Wood|"
                                    r"Vineyard|Ridge|Rest|Grove|Valley|Cove|Head|Brook|Mill|Mills|Lake|Pond|Beach|Inlet|Gap|Heights|Estates?|Gardens|Acres)\b")
# "Ward 90", "Route 66", "Zone 3": a numbered unit, not a town of that name
_NUMBERED = re.compile(r"(?i:ward|route|block|gate|unit|zone|sector|section|phase|stage|terminal|pier|lot|camp|area|level|building|house|highway)$")
_COMPANY_USE = re.compile(r"\b([A-Z][a-z’'-]+)\s+(?:outage|network|customers|subscribers|spokesperson|spokesman|spokeswoman)\b")
_COMPANY_NAME = re.compile(r"\b([A-Z][a-z’'-]+)\s+(?:Group|Company|Corporation|Corp\.|Inc\.|Ltd\.?|Holdings|LLC|PLC|GmbH|"
                           r"Communications|Telecommunications|Telecom|Wireless|Networks)\b")  # ("Rogers Communications Inc.")
_STATE_ABBREVIATED = re.compile(r"(?<=[A-Za-z]),\s+(" + STATE_ABBREVIATION_ALTERNATION + r")\.")
_COMPANY_ROLE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Cc]ompetitor|[Rr]ival)\s+(?:[\w-]+\s+){0,2}?(?:operator|provider|carrier|telco|firm|company)\s+"
                           r"([A-Z][\w’'-]+)\b(?!\s+(?:region|province|state|county|district|oblast)\b)")
_TITLED_NAME = re.compile(r"\b(?:Mayor|Governor|Gov\.|President|Senator|Sen\.|Commissioner|Minister|Secretary|Spokesman|"
                          r"Spokeswoman|Director|Chief|Sheriff|Mr\.|Mrs\.|Ms\.|Dr\.)\s+(?:[A-Z][a-z’'-]+\s+){1,2}([A-Z][a-z’'-]+)\b(?!\s+[A-Z])")


# Words a headline capitalises that are no names ("Left Without Power Due To Emergency Outage").
_HEADLINE_WORDS = set(
    """left leave leaves leaving without power powers outage outages blackout blackouts cut cuts cutting due amid
    after over under into onto upon against emergency kills killed kill injures injured wounded dead hits hit strike
    strikes struck attack attacks attacked drone drones missile missiles rocket rockets shelling knocks knocked out
    plunges plunged darkness dark heating heat water gas electricity supply restored restores says said subscribers
    customers consumers homes households residents people thousands millions hundreds tens region regions
    city cities town towns village villages left major massive new latest overnight night morning is are was were
    sparks spark sparked triggers trigger triggered causes cause caused disrupts disrupted faces faced sees suffers suffered
    has have had be been will would endures endure suffers suffer faces face enters enter sees see imposes imposed
    shuts shut loses lose second third fourth fifth day days week weeks unprecedented internet
    territorial community communities hromada district districts settlement settlements area areas
    power outage outages blackout blackouts""".split()
)
_TITLE_LINE = re.compile(r"(?m)^[^\n]{15,200}$")
_TITLE_SMALL_WORDS = set("a an the and or nor but of in on at to for by with without from into onto over across as vs via per".split())


def _inflections(word: str) -> set[str]:
    """The other forms of an English verb or noun a headline may write ("plunge": "plunges", "plunged",
    "plunging")."""
    out = {word + "s", word + "es", word + "d", word + "ed", word + "ing"}
    for end, stems in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ied", ("y",)), ("ed", ("", "e")), ("d", ("",)), ("ing", ("", "e"))):
        if word.endswith(end) and len(word) - len(end) >= 3:
            for stem in stems:
                base = word[: -len(end)] + stem
                out |= {base, base + "s", base + "d", base + "ed", base + "ing"}
    return out - {word}


def _uncap_title_words(text: str, words: list, gazetteer: Gazetteer) -> list:
    """In a headline in Title Case ("350,000 Subscribers In Kharkiv Region Left Without Power"),
    capitals no longer mark names: a capitalised word that is a common word (of the list, or
    written in lower case elsewhere in the text) is read as lower case, unless it is part of a
    name of several words the gazetteer knows ("New York", "Kharkiv Region")."""
    lines = []
    for m in _TITLE_LINE.finditer(text):
        ws = re.findall(r"[^\W\d_][\w’'-]*", m.group(0))
        caps = [w for w in ws if w[0].isupper()]
        # (short words a headline style keeps small do not count: "Households in 100-Plus Settlements across Bulgaria Still
        # without Electricity")
        small = [w for w in ws if w in _TITLE_SMALL_WORDS]
        # ("Submarine Cable Damage Sparks Major Internet Outages Across West Africa": headline words tell it too)
        if len(ws) >= 4 and len(caps) >= 0.8 * (len(ws) - len(small)) and any(w.lower() in STOPWORDS or w.lower() in _HEADLINE_WORDS
                                                                or w.lower() in _START_WORDS for w in caps[1:]):
            lines.append((m.start(), m.end()))
    if not lines:
        return words
    lower_vocab = None
    in_line = [i for i, (w, s, e) in enumerate(words) if any(a <= s < b for a, b in lines)]
    keep: set[int] = set()
    grams = {}
    for x, i in enumerate(in_line):
        for n in (2, 3, 4):
            idx = in_line[x : x + n]
            if len(idx) == n and idx[-1] - idx[0] == n - 1:
                grams[tuple(idx)] = normalize(" ".join(_bare(words[k][0]) for k in idx))
    found = gazetteer.lookup_many(set(grams.values())) if grams else {}
    for idx, g in grams.items():
        if g in found:
            keep |= set(idx)
    out = list(words)
    for i in in_line:
        w, s, e = words[i]
        if i in keep or not w[:1].isupper():
            continue
        lw = w.lower()
        # ("Power Outages Plunge Major Cities into Darkness": a headline word in another of its forms, "plunges")
        if lw in STOPWORDS or lw in _HEADLINE_WORDS or any(v in _HEADLINE_WORDS for v in _inflections(lw)):
            out[i] = (lw, s, e)
            continue
        if lower_vocab is None:
            lower_vocab = set(re.findall(r"\b[a-z][a-z’'-]+\b", text))
        if lw in lower_vocab:
            out[i] = (lw, s, e)
    return out


def _strip_word(w: str, s: int, e: int) -> tuple[str, int, int]:
    area = re.search(r"-(?:area|wide)$", w)  # "half a million Houston-area homes", "a Canada-wide outage"
    if area and w[:1].isupper():
        w, e = w[: area.start()], e - len(area.group(0))
    while w and w[-1] in ".-'’":
        if w.endswith(".") and len(w) <= 4 and w[0].isupper() and "." in w[:-1]:
            break  # "U.S."
        w, e = w[:-1], e - 1
    return w, s, e


def _bare(tok: str) -> str:
    return re.sub(r"[’']s$", "", tok)


# News agencies whose names are also towns.
# Armed groups and companies whose names are also spellings of towns ("Hamas" is an alias of Hamm)
# (and the web's companies: "navigate without Google" is no town, though Topeka once called itself so)
_ORGANISATIONS = {"hamas", "taliban", "nato", "rosseti", "google", "facebook", "whatsapp", "twitter", "youtube", "instagram", "tiktok",
                  "telegram", "netflix", "starlink", "microsoft", "amazon"}
# companies named like places, told apart by the products a text names with them
_COMPANY_OF_APPS = {"meta": r"\b(?:Facebook|Instagram|WhatsApp|Messenger|Threads|Zuckerberg)\b"}
_MEDIA = {"xinhua", "tass", "interfax", "ukrinform", "unian", "anadolu", "bernama", "yonhap", "kyodo", "antara", "efe", "ansa"}
# Common words that are also town names, read as words at a sentence's start before lower case.
_COMMON_AT_START = {
    "mobile", "metro", "wells", "transit", "internet", "cellular", "cell", "rail", "traffic", "phone", "radio", "television",
    "cable", "satellite", "digital", "local", "regional", "federal", "provincial", "municipal", "public",
    "private", "commercial", "industrial", "residential", "rural", "urban", "coastal", "normal", "reading",
    "independence", "liberty", "energy", "union", "unity", "progress", "enterprise", "commerce", "paradise", "major",
    "hot", "cold", "warm", "boiling", "frozen", "heavy", "strong", "high", "low",  # ("Hot water and heating failed": not Hot, Thailand)
    "rest", "relief", "welfare", "shelter", "warming", "cooling", "charging",  # ("Rest centres were set up": not Rasht)
    "man", "woman", "men", "women", "boy", "girl", "child", "children",  # ("Man killed by Russian drone strike": not Man, Ivory Coast)
    "home", "homes", "house", "houses", "household", "households", "family", "families",  # ("Home and businesses across Gibraltar")
    # ("Banks and restaurants were the most affected businesses": not Banks, Oregon)
    "banks", "shops", "stores", "schools", "hospitals", "offices", "businesses", "restaurants", "hotels", "factories", "farms",
    "bank", "shop", "store", "school", "hospital", "office", "restaurant", "hotel", "factory", "farm",  # ("Hospital battles two-hour blackout")
}
# Prepositions and quantifiers that open a sentence and are also (rare) place names.
_START_WORDS = {"over", "about", "around", "nearly", "almost", "under", "across", "along", "amid", "near", "through",
                "without", "overnight", "early", "later", "earlier", "another", "several", "only", "just", "once", "both",
                "each", "every", "few", "roughly", "approximately", "upwards", "beyond", "below", "above", "due"}
_INSTITUTIONS = {"university", "college", "institute", "academy", "hospital", "museum", "bank", "church", "cathedral",
                 "school", "ministry", "department", "office", "council", "court", "parliament", "assembly", "hall"}
# utilities named for the town they serve ("Nashville Electric Service", "Austin Energy")
_UTILITY_WORDS = {"electric", "electricity", "light", "energy", "water", "gas", "utilities", "utility", "hydro"}
_ORG_WORDS = {"power", "energy", "gas", "electric", "electricity", "grid", "water", "oil", "telecom", "national", "general"}
_ORG_NOUNS = {"government", "ministry", "department", "agency", "office", "council", "authority", "bureau", "commission"}
_ISLAND_WORDS = {"ile", "île", "isle", "isla", "ilha", "ilot", "îlot"}
_VERB_NEXT = re.compile(r"\s+(?:has|have|had|was|were|is|are|suffered|experienced|lost|saw|went|faced|remained|remains)\b")
_UNIT_LIST = re.compile(r"\b(?P<items>[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*)?(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*)?)+)"
                        r"\s+(?P<unit>provinces|regions)\b")
_COMPASS_NAME = re.compile(r"(?:North|South)?[- ]?(?:Central|Eastern|Western|Northern|Southern)|(?:North|South)[- ]?(?:East|West)")
_COMPASS_OF = re.compile(r"\bthe\s+((?i:north|south|east|west|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west))\s+of\s+([A-Z][a-z]+)\b|"
                         r"\b(north[- ]east|north[- ]west|south[- ]east|south[- ]west)\s+([A-Z][a-z]+)\b")  # ("across south-east England")
_DIRECTIONS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "greater", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", "midwestern",
}


_AFTER_PLACE = set(
    """and or but on in at after before since during was were is are has have had where which that as with
    for to from by region regions area areas again also amid overnight today yesterday late early until
    remained remains went lost saw suffered faced experienced owing due because following despite while when last still now alone""".split()
)
# "in the Pemberton, B.C., area": a town with its province, then the area around it
_TOWN_PROVINCE_AREA = re.compile(r"\s*,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,?\s+(?:area|region|district|community|valley)\b")
_PLURAL_UNITS = {"counties", "provinces", "regions", "districts", "oblasts", "states", "parishes", "prefectures", "departments", "municipalities"}
_ABBREVIATED = {"u s", "us", "u s a", "usa", "u k", "uk", "uae", "u a e", "drc"}
_LOCATIVE = re.compile(r"\b(?:in|to|from|across|throughout|of|at|into|inside|within|over|around|for)\s+(?:the\s+)?$", re.I)


_PREPOSITIONS = {"In", "On", "At", "To", "By", "For", "From", "Of", "With", "Near"}


# the words of one country's units of government after a name ("the Belozerska hromada", "the Naddnipriansky starosta
# district", "the Kherson territorial community"): the place is in that country
_NATIONAL_UNITS = {"hromada": "UA", "hromadas": "UA", "territorial community": "UA", "territorial communities": "UA",
                   "starosta district": "UA", "starostat": "UA"}
_NATIONAL_UNIT = re.compile(r"\s+(hromadas?|territorial\s+communit(?:y|ies)|starosta\s+district|starostat)\b", re.I)


# a district named by its town's adjective ("Shebekinsky", "Kakhovsky", "Chaplynskyi"), then the ending of the town's
# name the adjective was made from, likeliest first ("-ka": Kakhovka; "-sk": Genichesk; none: Melitopol; "-o": Shebekino)
# ("Vasylivsk, Akimovsk, ... and the Kamensk-Dnieprovsky municipal districts": the adjective cut to "-sk" too)
_DISTRICT_ADJ = re.compile(r"^([A-Z][a-z]{2,})(?:skyi|skyy|skiy|skij|skii|sky|ski|skaya|ska|sk)$")
_ADJ_TOWN_ENDINGS = ("ka", "sk", "", "o", "e", "ske", "a", "ivka", "skoye")
_DISTRICT_AFTER = re.compile(r"(?:\s*,\s*(?:the\s+)?[A-Z][\w’'-]*|\s+and\s+(?:the\s+)?[A-Z][\w’'-]*|,?\s+and\s+(?:the\s+)?[A-Z][\w’'-]*)*"
                             r"\s+(?:(?:municipal|administrative|rural|urban)\s+)?(?:districts?|raions?|rayons?)\b", re.I)
# ... and the region or country it is "of" ("the Kakhovsky district of the Kherson region", "of Russia's Bryansk region")
_DISTRICT_OF_AFTER = re.compile(_DISTRICT_AFTER.pattern + r"\s+of\s+(?:the\s+|[A-Z][\w-]*[’']s\s+)?", re.I)


def _inside(c, q) -> bool:
    """Whether town ``c`` lies in country or region ``q`` (the geocoder's test for a region)."""
    if q.kind == "country":
        return c.country_code == q.country_code
    from ..geocoding import _in_region  # (the geocoder imports this module; this one imports it only when asked)

    return _in_region(c, q)


def _district_adjectives(text: str, words: list, grams: dict) -> dict:
    """One-word names that are a district's adjective ("the Kakhovsky district", "Chaplinsky, Genichesky and
    Kakhovsky districts"), each with the town names it may be made from, likeliest first."""
    out = {}
    for key, g in grams.items():
        if key[0] != key[1]:
            continue
        w, _, e = words[key[0]]
        adj = _DISTRICT_ADJ.match(_bare(w))
        if adj is None or not _DISTRICT_AFTER.match(text, e):
            continue
        stem = adj.group(1)
        forms = [normalize(stem + end) for end in _ADJ_TOWN_ENDINGS]
        if stem.endswith("e"):
            forms.insert(0, normalize(stem + "sk"))  # "Genichesky": Genichesk
        out[key] = list(dict.fromkeys(f for f in forms if f != g))
    return out


def _district_names(text: str, words: list, grams: dict, adjectives: dict) -> dict:
    """One-word names in a list of districts that are no adjective ("Chernihiv, Priazovsk ... municipal districts"),
    each with the "-ka" town names its district may be named from."""
    out = {}
    for key, g in grams.items():
        if key[0] != key[1] or key in adjectives:
            continue
        w, _, e = words[key[0]]
        if not re.fullmatch(r"[A-Z][a-z]{3,}", _bare(w)) or not _DISTRICT_AFTER.match(text, e):
            continue
        out[key] = [normalize(_bare(w) + end) for end in ("ka", "ivka")]
    return out


# ", B, and C districts": the rest of a list of names that ends in a plural unit word
_LIST_OF_UNITS = re.compile(r"(?:\s*,\s*(?:and\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?)+,?\s+"
                           r"(?:districts|regions|oblasts|provinces|counties|raions|communities|hromadas|municipalities)\b")


# ("Hang, a resident of the building", "Tam, a 42-year-old rice farmer"): a name in apposition to a person's noun is a person's
_PERSON_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:resident|spokes(?:person|man|woman)|farmer|worker|vendor|teacher|student|"
                                r"mother|father|grandmother|grandfather|shop\s?keeper|owner|driver|retiree|pensioner|nurse|doctor|housewife|"
                                r"mother-of-\w+|father-of-\w+)\b(?!\s+(?:city|town|village|hub))")
# ("Rarotonga residents faced ..."): the words for a place's people after its name
_ITS_PEOPLE = "residents|people|households|homes|customers|businesses|islanders"


def _keep(words, run, a, hit, text, sentence_starts, demonyms, found) -> bool:
    toks = [words[k][0] for k in run[a:hit]]
    first = words[run[a]]
    end0 = words[run[hit - 1]][2]
    if len(toks) == 1 and toks[0] in _TIME_ZONES and re.search(r"\d(?:\s*[ap]\.?\s?m\.?)?\s*$", text[max(0, first[1] - 10) : first[1]], re.I):
        return False  # "As of 4:15 p.m. EST Sunday": a time zone, not Est (Burkina Faso)
    if len(toks) == 1 and _NUMBERED.match(_bare(toks[0])) and re.match(r"\s+\d{1,4}\b", text[end0 : end0 + 6]):
        return False  # "Ward 90 was hit with a double whammy": a numbered ward
    if _NAME_AFTER_POSSESSIVE.match(text, end0 - 2 if re.search(r"[’']s$", toks[-1]) else end0):
        return False  # "Sundowner, Allen's Neck, and Randpark Ridge": a suburb's name
    if _bare(toks[-1]).lower() in ("river", "creek") and re.match(r"\s+(?:shore|shores|bank|banks|waterfront|embankment)\b", text[end0 : end0 + 14], re.I):
        return False  # "on the island's East River shore": a river, not the village of East River
    norm = normalize(" ".join(_bare(t) for t in toks))
    if re.match(r"(?:Central\s+)?Business\s+Districts?\b", text[first[1] : first[1] + 40]):
        return False  # "the Central Business Districts have been exempted": a town's centre, no place of that name
    if norm in _ABBREVIATED and not _LOCATIVE.search(text[max(0, first[1] - 20) : first[1]]) \
            and not re.search(r"[A-Z][\w.)]*(?:,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)(?:the\s+)?$", text[max(0, first[1] - 40) : first[1]]):
        return False  # "U.S. officials", "UK aid": an adjective unless "in the U.S." (or one of a list: "India, Pakistan and the UAE")
    cands = found.get(norm, [])
    if any(c.country_code is None and c.kind in ("region", "continent") for c in cands) and re.search(r"\bthe\s+$", text[max(0, first[1] - 5) : first[1]]) \
            and re.match(r"\s+(?:country|nation|republic|kingdom|state)\b", text[end0 : end0 + 12]):
        return False  # "More than 1000 places in the Balkan country": the country told by its part of the world
    if len(toks) == 1 and cands and re.search(r"\bthe\s+$", text[max(0, first[1] - 5) : first[1]]) and toks[0][1:].islower() \
            and all(c.hint_only or (c.kind == "city" and c.population < 20_000) for c in cands) \
            and re.match(r"\s*(?:[.,;:!?)]|$)", text[end0 : end0 + 3]) and not _TOWN_PROVINCE_AREA.match(text, end0):
        return False  # "widespread anger across the Rock": a nickname or a common noun after "the", not a village of that name
    if re.search(r"[’'](?:re|ve|ll|m|d)$", toks[-1]):
        return False  # "We’re pleased to share": a contraction, no name
    if len(toks) == 1 and cands and all(c.kind == "city" and c.population < 100_000 for c in cands) and re.search(
            r"\b(?:Ministry|Department|Minister|Secretary|Office|Bureau|Directorate|Faculty|Institute|Court|Board|Commission)\s+of\s+(?:the\s+)?$",
            text[max(0, first[1] - 30) : first[1]]):
        return False  # "the Ministry of Justice building in Avarua": a ministry's field, not Justice, Illinois
    if len(toks) == 2 and toks[0].lower() in ("northern", "southern", "eastern", "western", "central") and toks[1].lower() in REGION_WORDS \
            and (of := re.match(r"\s+of\s+((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,2})", text[end0 : end0 + 40])) \
            and (named := found.get(normalize(of.group(1)))) and not any(c.kind == "country" for c in named):
        return False  # "Giao Thuy District in the Northern Province of Nam Dinh": a description of Nam Dinh (but "the Northern Province of Zambia")
    if re.match(r"(?:\s*/\s*[A-Z][\w.]*)*\s+(?:audiences?|readers(?:hip)?|viewers|edition)\b", text[end0 : end0 + 40]):
        return False  # "(Canada/US audience)", "the UK edition": whom a page is written for
    if re.match(r"\s+winds?\b(?!\s+(?:farm|turbine|park|power))", text[end0 : end0 + 20]):
        return False  # "the Santa Ana winds", "Diablo winds": a wind named for a place, no place of the story
    if re.search(r"\b(?:surnamed|nicknamed|née|nee)\s+$", text[max(0, first[1] - 12) : first[1]], re.I):
        return False  # "a man surnamed Huang": a person's name
    if re.search(r"\bthe\s+$", text[max(0, first[1] - 5) : first[1]]) and re.match(
            r"\.?\s+(?:territory|territories|commonwealth|protectorate|overseas)\b", text[end0 : end0 + 20], re.I):
        return False  # "the U.S. territory" (Puerto Rico), "the French overseas department": a description of another place
    if cands and all(c.gazetteer_id.startswith("outage-atlas:") for c in cands):
        # areas such as "Arctic" or "Donbas" are places only after a preposition
        # ("in Donbas", "across the Russian Arctic"), not in "the Arctic naval base"
        # ("leaving all the Efate island without electricity", "the storm left Efate without power": an area a verb's object)
        if not re.search(r"\b(?:in|to|from|across|throughout|of|at|into|over|around|near|on|and|or|left|leaving|leaves|plunged|plunging|"
                         r"hit|hits|struck|battered|affected|affecting|"
                         # ("the worst-hit areas are Kysuce and Orava", "regions such as Liptov": a list's member)
                         r"(?:areas|regions|places|parts)\s+(?:are|were|include|included)|including|such\s+as|like|namely|notably)\s+"
                         r"(?:all\s+|much\s+of\s+|most\s+of\s+)?(?:the\s+)?"
                         r"(?:(?:[A-Z][a-z]+|northern|southern|eastern|western|central|north|south|east|west)\s+)?$|"
                         # ("the electricity went off in St. Thomas, St. John, Water Island and Hassel Island": one of a list)
                         r"\b(?:in|on|to|across|hit|hits|struck|affected|affecting)\s+[A-Z][^;:!?]{0,60}[\w.],\s*$",
                         text[max(0, first[1] - 80) : first[1]]) and not re.match(r"[,.;:)]", text[words[run[hit - 1]][2] :]) \
                and not re.match(r"\s+(?:island|isle)\b", text[words[run[hit - 1]][2] :], re.I) \
                and not re.search(r"[’']s$", toks[-1]) \
                and not (all(c.country_code for c in cands) and _VERB_NEXT.match(text, words[run[hit - 1]][2])) \
                and not (all(c.country_code for c in cands) and re.match(
                    rf"\s+(?:{_ITS_PEOPLE})\b", text[words[run[hit - 1]][2] :])):
            # ("The Gaza Strip's only power station": a possessor; "Mallorca suffered a blackout": an island of one
            # country, the subject of a verb; "Rarotonga residents faced a second night of outages": its people)
            # ("feeding the Gaza Strip, and ...": a noun, the place itself)
            return False
        nxt = re.match(r"\s+([a-z]+)", text[words[run[hit - 1]][2] :])
        if nxt and not re.search(r"[’']s$", toks[-1]) and nxt.group(1) not in _AFTER_PLACE and not re.fullmatch(
                r"[a-z]+ed|hit|struck|left|lost|said|says|shut|cut|went|came|fell|ran|got|faces?|remains?|without|island|islands|isle|" + _ITS_PEOPLE, nxt.group(1)):
            return False  # "the Arctic naval base": an adjective (but "across the Gaza Strip killed 50": a verb)
    if a > 0 and normalize(words[run[a - 1]][0]) in _DIRECTIONS:
        # "Eastern Ontario" yes; "the Northern Fleet" (a town called Fleet) no
        cands = found.get(norm, [])
        if not any(c.kind != "city" or c.population >= 100_000 for c in cands):
            return False
    if len(toks) == 1 and _bare(toks[0]) in ("Bay", "Gulf", "Sea", "Strait", "Straits", "Lake", "River", "Cape") \
            and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[end0 : end0 + 12]):
        return False  # "the Bay of Bengal", "the Gulf of Aden": a body of water the gazetteer lacks, not a town called Bay
    if len(toks) >= 2 and _bare(toks[-1]) in ("River", "Creek") and re.search(r"\b(?:the|The)\s+$", text[max(0, first[1] - 5) : first[1]]) \
            and not re.match(r"\s+(?i:area|city|town|village|police|mayor|residents|community|county|township|valley|region)\b", text[end0 : end0 + 14]):
        return False  # ("a chemical spill into the Elk River in Charleston": the river, not the town of Elk River)
    if norm in demonyms and not (re.match(r"\s+(?i:region|state|province|district|zone)\b", text[end0 : end0 + 12])
                                 and any(c.kind == "region" and normalize(c.name) == norm for c in cands)):
        return False  # (but "the Somali region" of Ethiopia is a region; "the Canadian province of Ontario" is no town)
    if all(_bare(t).lower() in STOPWORDS for t in toks) and (len(toks) == 1 or toks[0].lower() in ("the", "a", "an", "this", "that")):
        return False  # ("The City of Oak Ridge said": "The City", an alias of a town, is two common words)
    if len(toks) == 1 and re.search(r"[a-z][A-Z]", _bare(toks[0])) and not any(_bare(toks[0]) in c.name for c in cands):
        return False  # "CenterPoint Energy": a company's name written in camel case, not Centerton (but "McAllen", "DeKalb")
    if len(toks) == 1 and _PERSON_APPOSITION.match(text, words[run[hit - 1]][2]) and not re.search(
            r"\b(?:in|at|from|near|to|of|across|around|outside|into|on|for)\s+$", text[max(0, first[1] - 10) : first[1]], re.I):
        # ('... daily lives," expressed Hang, a resident of the apartment building'): a person, not Hangzhou
        # (but "In Kherson, a resident said ...": the place, then who spoke)
        return False
    if len(toks) == 1 and (norm in _MEDIA or norm in _ORGANISATIONS):
        return False  # "(Xinhua)", "TASS reported": news agencies, not the towns of those names
    if re.search(r"\b(?:newspaper|daily|paper|broadcaster|channel|TV|television|radio|news\s+agency|outlet|website)\s*\(\s*$", text[max(0, first[1] - 30) : first[1]], re.I) \
            and re.match(r"[^)\n]{0,3}\)", text[end0 : end0 + 4]):
        return False  # "the Egyptian newspaper (Al-Shorouk)": the paper's name in its brackets
    if len(toks) == 1 and norm in _COMPANY_OF_APPS and re.search(_COMPANY_OF_APPS[norm], text):
        return False  # ("Facebook, Instagram and WhatsApp are down amid a widespread Meta outage": the company, not Colombia's Meta)
    if len(toks) == 1 and norm == "ward" and re.match(r"\s+(?i:president|chair\w*|council+or|member|secretary|officer|office|no\b|number|\d)", text[end0:]):
        return False  # ("Akil Karki, Ward President of Sarkegad Rural Municipality-3": a ward's office, not Ward, Arkansas)
    if len(toks) == 1 and (re.fullmatch(r"[A-Z]{2,5}", _bare(toks[0])) or re.fullmatch(r"[A-Z][a-z]{2,7}", _bare(toks[0]))) \
            and _initials_before(text, first[1], _bare(toks[0])):
        # "Oromo Liberation Front (OLF)", "Aluminum Bahrain (Alba)": the short form of the name before it, no place
        return False
    if len(toks) == 1 and re.fullmatch(r"[A-Z]{2,5}", _bare(toks[0])) and not any(c.kind in ("country", "region", "continent") for c in cands):
        return False  # "the ELN", "EU": an acronym is a country or region the gazetteer spells so, never a town
    # a title or an unknown capitalised word right before: "President Putin", "Vladimir Putin"
    if a > 0:
        prev = words[run[a - 1]][0].lower().rstrip(".")
        if prev in _TITLES:
            return False
    prev_word = _prev_word(words, run[a], text)
    if prev_word and prev_word.lower().rstrip(".") in _TITLES:
        return False
    if len(toks) == 1 and norm in _INSTITUTIONS and a > 0 and _is_cap(words[run[a - 1]][0]) and words[run[a - 1]][2] + 1 == first[1]:
        return False  # "Russian Special Forces University in Gudermes": the end of an institution's name, no town
    if len(toks) == 1 and norm in _INSTITUTIONS and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[words[run[hit - 1]][2] :]):
        return False  # "the University of Colorado": an institution, not a town called University
    if re.search(r"\b(?:Party|Movement|Front|Union|Alliance|Congress|Rally|Coalition)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:and\s+)?){0,3}$",
                 text[max(0, first[1] - 60) : first[1]]) and not any(c.kind in ("country", "continent") for c in cands):
        return False  # "the ruling Party of Unity and Progress": the words of a party's name (but "Union of Democratic Forces of Guinea")
    if re.search(r"\b(?:Company|Corporation|Authority|Commission|Co\.|Bank|Service|Services|Power|Electric)\s+of\s+(?:the\s+)?$",
                 text[max(0, first[1] - 30) : first[1]]):
        return False  # "Public Service Company of Oklahoma": the place names the company, it is no place of the text
    if re.search(r"\b(?:[ÉE]lectricit[ée]|[ÉE]nergie|Gaz|Eaux?|Compagnie|Soci[ée]t[ée])\s+(?:du|de\s+la|de|des|d[’'])\s*$",
                 text[max(0, first[1] - 30) : first[1]]):
        return False  # "Electricité du Liban": a French company's name, not the Czech village of Liban
    if re.search(r"\b(?i:storm|hurricane|typhoon|cyclone|super ?typhoon)\s+[\x22“‘']$|\b(?i:codename|code name)\s*:?\s*[\x22“‘']?$",
                 text[max(0, first[1] - 16) : first[1]]):
        return False  # 'typhoon "Santi" (international codename: Nari)': the storm's local name, not Santee
    if re.search(r"\b(?:aircraft\s+carrier|carrier|warship|destroyer|frigate|cruiser|submarine|tanker|vessel|ship)\s*,?\s*(?:the\s+)?(?:USS\s+|HMS\s+|INS\s+)?$",
                 text[max(0, first[1] - 30) : first[1]], re.I):
        return False  # ("missiles targeting the US aircraft carrier, Harry S. Truman": a ship's name)
    if re.search(r"\b(?:plant|station|refinery|mine|reactor|unit|substation|terminal|field)\s*,\s*$", text[max(0, first[1] - 30) : first[1]]) \
            and re.match(r"\s*,", text[words[run[hit - 1]][2] :]):
        return False  # "A second coal-burning plant, Bull Run, also went offline": the plant's name
    if re.match(r"\s+(?:do|da|dos|das|de|del|della|di|du)\s+(?-i:[A-Z])", text[words[run[hit - 1]][2] :]) and not re.search(
            r"\b(?:de|of)\s+$", text[max(0, first[1] - 4) : first[1]]):
        return False  # "Pedra Branca do Amapari", "Serra do Navio": a longer name the gazetteer lacks, not "Pedra Branca" far away
    if re.match(r"\s+(?:(?:port|coastal|border|resort|mining|industrial)\s+)?(?:city|town|village|port|capital|island|settlement)\s+of\s+(?-i:[A-Z])",
                text[words[run[hit - 1]][2] :]) and re.search(r"\bthe\s+$", text[max(0, first[1] - 5) : first[1]]):
        return False  # "in the Pacific port city of Vladivostok": a word that describes the place named after it
    if re.match(r"\s+(?-i:time)\b", text[words[run[hit - 1]][2] :]) and re.search(
            r"\b\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?\s+$|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)\s+$", text[max(0, first[1] - 16) : first[1]], re.I):
        return False  # "at 16:59 Moscow time": a time zone, not a place of the text
    if re.match(r"(?:(?:\s*,\s*(?:and\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?)+,?)?\s+"
                r"(?-i:streets|avenues|boulevards|lanes|squares|street|avenue|boulevard|lane)\b", text[words[run[hit - 1]][2] :]):
        return False  # "Rudnev, Pozharova, Kievskaya, and Karantinnaya streets": the names of streets, not the village of Kiyevskoye
    if len(toks) == 1 and norm in ("hurricane", "typhoon", "cyclone") and re.match(r"\)\s+(?-i:[A-Z][a-z]+)\b", text[words[run[hit - 1]][2] :]):
        return False  # "just like in (Hurricane) Ike": the storm's word before its name, not the town of Hurricane
    if prev_word and (prev_word in ("Storm", "Hurricane", "Typhoon", "Cyclone", "Operation")
                      or (prev_word in ("cyclone", "hurricane", "typhoon", "storm")  # ("since cyclone Bola in 1988", "storm Bella")
                          # (not "Nine days after the storm, PEI residents": the storm's word, then a place)
                          and re.fullmatch(r"[ \t]+", text[words[run[a] - 1][2] : words[run[a]][1]]))):
        return False  # "Winter Storm Uri", "Hurricane Sandy", "Operation Bagration": names, not places
    end = words[run[hit - 1]][2]
    if re.search(r"\bthe\s+$", text[max(0, first[1] - 5) : first[1]]) and re.search(r"[’']s$", toks[-1]) and re.match(r"\s+(?:(?:west|east|left|right|north|south)(?:ern)?\s+)?banks?\b", text[end : end + 30]):
        return False  # "on the Dnipro's west bank": a river's bank, not the city (but "on Kyiv's left bank")
    if re.match(r"(?:\s+and\s+[A-Z][\w-]*)?\s+(?:fires?|wildfires?|blazes?)\b", text[end : end + 40]) and re.search(
            r"\bthe\s+(?:[A-Z][\w-]*\s+and\s+)?$", text[max(0, first[1] - 30) : first[1]]):
        return False  # "the Eaton fire", "the Eaton and Palisades fires": a wildfire's name
    # followed inside the run by capitalised words that are not place descriptors: a name
    end_w = words[run[hit - 1]][2]
    if re.match(r"\s+Power\b(?!\s+(?:Plant|Station|Grid|Lines?)\b)", text[end_w : end_w + 20]) \
            and not any(c.country_code and (c.population >= 20_000 or (c.kind != "city" and not c.gazetteer_id.startswith("us-county:")))
                        for c in cands):
        return False  # "Pacific Power reported 217 outages": a company, not the small town of Pacific (nor the ocean)
    if hit < len(run):
        nxt = words[run[hit]][0]
        nl = nxt.lower().rstrip("’'s")
        # (but "Douala V", "Yaoundé VI": a city's numbered district is in the city)
        # (and "Võru and Põlva Counties": the plural unit of a list)
        if _is_cap(nxt) and nl not in _FOLLOWERS and nl not in demonyms and not nxt.endswith(",") \
                and not (_bare(nxt).lower() in _PLURAL_UNITS and re.search(r"\s(?:and|&)\s+$|,\s*$", text[max(0, first[1] - 6) : first[1]])) \
                and not (re.fullmatch(r"(?:I{1,3}|IV|VI{0,3}|IX|X)", _bare(nxt)) and any(c.kind == "city" and c.population >= 100_000 for c in cands)) and not (
                (nl in _UTILITY_WORDS or re.sub(r"[’']s$", "", nxt.lower()) in _UTILITY_WORDS  # ("Utilities", not "utilitie")
                 or (re.match(r"\s+Public\s+(?:Service|Utilit|Power)", text[end_w : end_w + 30])
                     and any(c.kind == "country" for c in cands)))  # ("Jamaica Public Service", not "Arizona Public Service")
                and any(c.kind != "city" or c.population >= 20_000 for c in cands)):
            # "Lviv Post", "Vladimir Putin", "Texas Instruments" (but "Nashville Electric Service",
            # "Tupelo Water & Light", "Jamaica Public Service": a place's utility speaks for the place)
            return False
    if (org := re.search(r"\b([A-Z][a-z]+)[ \t]+$", text[max(0, first[1] - 20) : first[1]])) and org.group(1).lower() in _ORG_NOUNS \
            and all(c.kind == "city" and c.population < 50_000 for c in cands):
        return False  # "Macao SAR Government Portal": the name of a site or an office, not Portal, Arizona
    if a > 0 and normalize(words[run[a - 1]][0]) in _ORG_WORDS and words[run[a - 1]][1] not in sentence_starts:
        return False  # "the Southwest Power Pool", "Ukrenergo Grid Kyiv": part of a name
    if a > 0:
        prevw = words[run[a - 1]][0]
        pl = normalize(prevw)
        if " " in pl and pl.replace(" ", "") in _DIRECTIONS:
            pl = pl.replace(" ", "")  # "South-west Berlin": a compass word written with a hyphen
        # (but "Ile Perseverance", "Isla Mujeres": the island word of a name the gazetteer has without it)
        if _is_cap(prevw) and pl not in demonyms and pl not in STOPWORDS and pl not in REGION_WORDS and pl not in _ISLAND_WORDS and not prevw.endswith(",") \
                and not (prevw in ("El", "La", "Los", "Las") and any(  # ("El Vedado": Havana's Vedado, with the article the index lacks)
                    c.kind == "city" and c.is_primary_name and c.country_code in SPANISH_CCS for c in cands)) \
                and not (pl in _START_WORDS and words[run[a - 1]][1] in sentence_starts) \
                and not re.search(r"-(?:occupied|controlled|held|backed|annexed)$", prevw.lower()) \
                and not (pl == "greater" and any(c.kind != "city" or c.population >= 100_000 for c in cands)):  # ("the Russian-occupied Zaporizhzhia plant")
            # ("Greater São Paulo still had 250,000 properties without power": the city's metropolitan area, placed at the city)
            return False  # (but "Across Canada, millions ...": a preposition that opens the sentence)
        if pl in STOPWORDS and _is_cap(prevw) and prevw not in _PREPOSITIONS and words[run[a - 1]][1] not in sentence_starts \
                and not re.search(r"(?:^|[\n:(\x22“‘])\s*$", text[max(0, words[run[a - 1]][1] - 3) : words[run[a - 1]][1]]) \
                and all(c.kind == "city" and c.population < 50_000 for c in found.get(norm, [])):
            return False  # "Kagman and As Teo": a capitalised small word inside a name the gazetteer lacks, not Spain's Teo
        if pl in _NAME_PARTS and _is_cap(prevw) and words[run[a - 1]][1] not in sentence_starts:
            return False  # "Little Five Points", "Old Fourth Ward": part of a name the gazetteer lacks
    if re.match(r"\s+(?:des|du)\s+[A-Z]", text[end0 : end0 + 8]):
        return False  # "from Havre des Pas to Green Street": the start of a name the gazetteer lacks, not Le Havre
    if re.search(r"\b[A-Z][a-z]+\s+(?:des|de|du|del|la|le|les|los|las)\s+$", text[max(0, first[1] - 30) : first[1]]) \
            and all(c.kind == "city" and c.population < 50_000 for c in cands):
        return False  # "from Havre des Pas to Green Street": the end of a name the gazetteer lacks, not Pas-en-Artois
    if re.search(r"\b[A-Z][a-z]+\s+(?:de|da|di|del|dos|das|du|van|von|der|de la)\s+$", text[max(0, first[1] - 30) : first[1]]) \
            and not re.search(r"\b(?:in|at|near|from|of|to)\s+[A-Z][a-z]+\s+\w+(?:\s+la)?\s+$", text[max(0, first[1] - 40) : first[1]]):
        return False  # "Daniel Miguez de Luca, a Pierrefonds resident": a surname's particle, not the town of Luca
    if hit < len(run) and words[run[hit]][0] == "State" and re.search(r"\bthe\s+$", text[max(0, first[1] - 5) : first[1]]) \
            and not any(c.kind == "region" for c in cands):
        return False  # "the Sunshine State", "the Golden State": a nickname, not a town called Sunshine
    if re.search(r"\b(?:newspapers?|broadcaster|magazine|tabloid|news (?:agency|outlet|site|portal)|(?:TV|television|radio) (?:channel|station))\s+(?:the\s+)?$",
                 text[max(0, first[1] - 40) : first[1]], re.I):
        return False  # "told newspaper Welt", "the broadcaster Rai": a title, not a town
    if first[1] in sentence_starts and len(toks) == 1 and (norm in STOPWORDS or norm in _START_WORDS):
        return False  # ("Over 200k subscribers ...": a village called Over)
    if len(toks) == 1 and hit == len(run):
        after = text[words[run[hit - 1]][2] : words[run[hit - 1]][2] + 30]
        # (a quotation's first word starts a sentence too: 'said, "Federal authorities are checking')
        # (and a headline's part after a colon: "Manipur violence: Mobile internet ban extended")
        # (and a bulleted line's: "- Mobile networks, internet, and many broadcast services went dark")
        if (first[1] in sentence_starts or re.search(r"[“\x22]$|:\s+$", text[max(0, first[1] - 2) : first[1]])
                or re.search(r"(?:^|\n)[ \t]*[-•*–][ \t]+$", text[max(0, first[1] - 6) : first[1]])) \
                and norm in _COMMON_AT_START and re.match(r"\s+(?:and|or|[a-z])", after):
            return False  # "Mobile and internet services were cut", "Metro trains stopped": common words
        before = text[max(0, first[1] - 5) : first[1]]
        if (re.search(r"\bthe\s$", before) and cands and all(c.kind == "city" and c.population < 300_000 for c in cands)
                and re.match(r"\s*(?:[.,;:)]|\s(?:was|were|is|are|has|had|will|would|could|can)\b|\s(?-i:[a-z]+ed)\s)", after)
                and not _LIST_OF_UNITS.match(text, words[run[hit - 1]][2])
                # (but "in the Pemberton, B.C., area": a town with its province, then the area around it)
                and not _TOWN_PROVINCE_AREA.match(text, words[run[hit - 1]][2])):
            return False  # "the Metro was halted", "the Metro suspended services": a town's name used as a common noun
            # (but "the Korosten, Zhytomyr, and Zviahel districts": the first of a list of districts)
        if re.search(r"\bthe\s$", before) and norm in _COMMON_AT_START and re.match(r"\s+(?:service|services|system|network|line|lines|trains?|stations?)\b", after):
            return False  # "where the Metro service was put out of service", "the Mobile network": a common noun before its kind
    return True


def _initials_before(text: str, start: int, acronym: str) -> bool:
    """Whether ``acronym``, in brackets at ``start``, spells the initials of the capitalised words just before it."""
    if not re.search(r"\(\s*$", text[max(0, start - 3) : start]):
        return False
    names = re.findall(r"[A-Z][\w’'-]*|of|and|the|for|de|du", text[max(0, start - 120) : start].rstrip(" (").split("\n")[-1])
    caps = [w for w in names if w[0].isupper()]
    if acronym.isupper():
        return len(caps) >= len(acronym) and "".join(w[0] for w in caps).endswith(acronym)
    # ("Aluminum Bahrain (Alba)": the first letters of two or more of the words before, in turn)
    def spells(rest: str, ws: list[str]) -> bool:  # each word in turn gives the next letters, to the last word
        if not ws:
            return not rest
        return any(rest[:k] == ws[0][:k].lower() and spells(rest[k:], ws[1:]) for k in range(1, min(len(rest), len(ws[0])) + 1))
    return any(spells(acronym.lower(), caps[i:]) for i in range(len(caps) - 1))


def _prev_word(words, idx, text: str) -> str | None:
    """The word before word ``idx`` (None for an ordinal's suffix, "Apr 21st", which is no title "St")."""
    if idx <= 0:
        return None
    w, start, end = words[idx - 1]
    if re.search(r"\n[ \t]*\n", text[end : words[idx][1]]):
        return None  # ("Storm" as a heading over "Bermuda's premier said": another paragraph's word, no storm's name)
    return None if start > 0 and text[start - 1].isdigit() else w
