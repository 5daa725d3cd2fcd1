"""Mention -> place: context-aware ranking over gazetteer candidates, and geopy-shaped geocoders.

Ranking features (each documented where it is scored):
population (log), the name being the place's main name rather than an alias, feature class
(a region or country versus a town of the same name), the document's dominant countries
(countries named, demonyms, unambiguous places), explicit qualifiers ("Paris, Texas",
"Sudzha in Kursk", "Kursk region") and spatial coherence with the other places.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from .gazetteer import SPANISH_CCS, Gazetteer, GazetteerEntry, default_gazetteer, distance_km, normalize, skeleton
from .models import Mention, Place

CLOSE_W, CLOSE_KM = 2.0, 150.0
_SCOPE_BONUS = {"continent": 1.0, "country": 1.2, "region": 0.6, "city": 0.0}


@dataclass(frozen=True)
class Location:
    """geopy.location.Location-compatible result: address, (lat, lon), raw."""

    address: str
    latitude: float
    longitude: float
    raw: dict

    @property
    def point(self) -> tuple[float, float]:
        return (self.latitude, self.longitude)

    def __getitem__(self, i):
        return (self.address, (self.latitude, self.longitude))[i]


class GazetteerGeocoder:
    """Offline geocoder with geopy's calling convention.

    ``geocode(query, *, exactly_one=True, timeout=None)`` returns a Location (or a list) or
    None. Works with ``geopy.extra.rate_limiter.RateLimiter`` and
    ``geopandas.tools.geocode(..., provider=GazetteerGeocoder())``.
    """

    name = "gazetteer"

    def __init__(self, gazetteer: Gazetteer | None = None, user_agent: str | None = None, **_):
        self.gazetteer = gazetteer or default_gazetteer()

    def geocode(self, query: str, *, exactly_one: bool = True, timeout=None, **_):
        from geopy.exc import GeocoderQueryError

        if not isinstance(query, str) or not query.strip():
            raise GeocoderQueryError("empty query")
        parts = [p.strip() for p in query.split(",") if p.strip()]
        text = ", ".join(parts)
        mentions, pos = [], 0
        for p in parts:
            s = text.index(p, pos)
            mentions.append(Mention(p, s, s + len(p), normalize(p), _has_region_word(p)))
            pos = s + len(p)
        places = resolve_mentions(mentions, text, self.gazetteer)
        place = places[0]
        if place is None or place.lat is None:
            return None
        loc = Location(
            ", ".join(x for x in (place.name, place.admin1 if place.admin1 != place.name else None, place.country_code) if x),
            place.lat,
            place.lon,
            {"gazetteer_id": place.gazetteer_id, "granularity": place.granularity,
             "country_code": place.country_code, "confidence": place.confidence},
        )
        return loc if exactly_one else [loc]


def _is_acronym(s: str) -> bool:
    """ "PEI", "N.S.": capital letters that spell a short form."""
    return bool(re.fullmatch(r"[A-Z]{2,5}|(?:[A-Z]\.){1,3}[A-Z]\.?", s))


def _reading_key(m: Mention) -> tuple:
    """What decides a mention's readings: mentions with one key share one candidate list (the spatial
    bonus is computed once per key, and one sense per discourse picks one reading per key)."""
    return (m.norm, m.region_hint, m.county_hint, m.gid, _is_acronym(m.text), m.country_hint)


def _has_region_word(s: str) -> bool:
    from .extract.mentions import REGION_WORDS

    return any(w in REGION_WORDS for w in s.lower().split())


def _entry_place(e: GazetteerEntry, confidence: float) -> Place:
    kind = "region" if e.kind == "continent" else e.kind  # a continent is reported as a (large) region
    return Place(e.name, e.lat, e.lon, e.country_code, e.admin1 if e.kind in ("city", "region") else None,
                 kind, e.gazetteer_id, round(confidence, 3))


# what may stand between two items of a list of places: separators, bullets, "and", and names the gazetteer lacks
_PLACE_LIST_GAP = re.compile(r"(?:[\s•\-*‣▪–,;]|\b(?:and|or)\b|\b[A-Z][\w’'.-]*)*")


def _far_list_items(mentions: list[Mention], text: str, per: list[list]) -> None:
    """ "The following areas are reporting outages: • Arima • Sangre Grande • Couva • Fyzabad • Malabar":
    in a list of four or more places, half of them or more in one country, an item none of whose readings is
    in that country and all of which lie more than 500 km from the others is a namesake (a town of under 200,000: Fyzabad, India;
    Malabar, Florida): an honest miss rather than a point an ocean away."""
    runs, cur = [], [0] if mentions else []
    for k in range(1, len(mentions)):
        gap = text[mentions[k - 1].end : mentions[k].start]
        if len(gap) <= 80 and _PLACE_LIST_GAP.fullmatch(gap) and (gap.count("\n") or "," in gap or re.search(r"\b(?:and|or)\b", gap)):
            cur.append(k)
        else:
            runs.append(cur)
            cur = [k]
    runs.append(cur)
    for run in (r for r in runs if len(r) >= 4):
        ccs = [{c.country_code for c in per[k]} for k in run if per[k]]
        sure = [next(iter(x)) for x in ccs if len(x) == 1]
        if not sure:
            continue
        cc = max(set(sure), key=sure.count)
        if sure.count(cc) < 3 or sum(cc in x for x in ccs) < 0.5 * len(ccs):
            continue
        home = [c for k in run for c in per[k] if c.country_code == cc and len({x.country_code for x in per[k]}) == 1]
        for k in run:
            if per[k] and all(c.country_code != cc and c.kind == "city" and c.population < 200_000
                              and all(distance_km(c.lat, c.lon, h.lat, h.lon) > 500 for h in home) for c in per[k]):
                per[k] = []
    # ("... in Tasmania ... 1,033 customers in areas such as Bagdad, Dysart, Jericho, Kempton, Mangalore, and Melton
    # Mowbray": a text whose regions and countries all lie in one country, and a list of three or more with a member
    # there: a small town every reading of which is abroad and more than 1,500 km from all of them is a namesake)
    counties = [k for k, cs in enumerate(per) if cs and mentions[k].county_hint and all(c.country_code == "US" for c in cs)]
    regions = [c for k, cs in enumerate(per) if cs and k not in counties and len({x.country_code for x in cs}) == 1 for c in cs
               if c.kind == "country" or (c.kind == "region" and c.population >= 100_000)]
    if len({c.country_code for c in regions}) != 1:
        return
    cc = regions[0].country_code
    if cc != "US" and not any(cs and k not in counties and all(c.country_code == "US" for c in cs) for k, cs in enumerate(per)):
        for k in counties:
            per[k] = []  # ("the Charlottetown area and Kings County" in a report about Prince Edward Island: not Brooklyn's county)
    for run in (r for r in runs if len(r) >= 3):
        home = [c for k in run for c in per[k] if c.country_code == cc]
        if not home:
            continue
        for k in run:
            if per[k] and all(c.country_code != cc and c.kind in ("city", "region") and c.population < 200_000
                              and all(distance_km(c.lat, c.lon, h.lat, h.lon) > 1500 for h in home + regions) for c in per[k]):
                per[k] = []


def _one_named_country(mentions, per, actors=frozenset(), context_ccs=(), gz: Gazetteer | None = None) -> None:
    """ "Blackout in St Vincent. Power went out in Fountain and Argyle": a text that names one small country, and no
    city or region that is surely elsewhere, speaks of that country's places; a name every reading of which is a
    small town (under 100,000) more than 1,500 km from that country is a namesake the gazetteer offers for a village
    it lacks: an honest miss, not Fountain, Colorado."""
    # (not a country whose name is as much a big region's elsewhere: "Georgia" beside Valdosta and Tifton is the US state's
    # name too, so the towns are not dropped as far from the Caucasus)
    named = {c.country_code for k, cs in enumerate(per) if k not in actors for c in cs if c.kind == "country"
             and not any(x.kind == "region" and x.country_code != c.country_code and x.population >= 0.3 * c.population for x in cs)}
    country = None
    if not named and len(set(context_ccs)) == 1 and gz is not None:
        # ("Montserrat Utilities Limited (MUL) has confirmed that load shedding will continue ... from Davy Hill to St
        # John's": a country named only by its utility's or its people's name is the text's one country too)
        named = set(context_ccs)
        country = gz.country(next(iter(named)))
        if country is None:
            return
    if len(named) != 1:
        return
    cc = next(iter(named))
    country = country or next(c for cs in per for c in cs if c.kind == "country" and c.country_code == cc)
    if country.population > 5_000_000:
        return  # (a big country's point says little of where its places lie: "Russia's Lipetsk region" beside Kupiansk)
    solid_abroad = any(cs and len({c.country_code for c in cs}) == 1 and cs[0].country_code != cc
                       and any(c.kind == "region" or c.population >= 100_000 for c in cs) for cs in per)
    if solid_abroad:
        return
    for k, cs in enumerate(per):
        if mentions[k].gid:
            continue  # ("Tuvalu's capital" in a report that names Fiji: named by its country)
        if cs and all(c.kind == "city" and c.population < 100_000 and c.country_code != cc
                      and distance_km(c.lat, c.lon, country.lat, country.lon) > 1500 for c in cs):
            per[k] = []
        elif cs and set(mentions[k].norm.split()) <= _COMPASS | {"coast", "shore", "side"} and all(
                c.country_code != cc and distance_km(c.lat, c.lon, country.lat, country.lon) > 1500 for c in cs):
            per[k] = []  # ("from East to West Coast" in a report from Palau: its own coast, not the Gambia's West Coast region)


def _head_of_compound(norm: str, name: str) -> bool:
    """ "Newcastle" for Newcastle upon Tyne, "Stoke" for Stoke-on-Trent: the head of an English town's compound name is
    what everyone calls it, so it counts as the place's own name."""
    n = normalize(name)
    return n.startswith(norm + " ") and bool(re.match(r"(?:upon|on|under|in|by|le|next the)\s+\w", n[len(norm) + 1 :]))


def resolve_mentions(
    mentions: list[Mention], text: str, gazetteer: Gazetteer | None = None, demonym_ccs=(), actors=frozenset()
) -> list[Place | None]:
    """Resolve every mention with the others as context; None where the gazetteer has nothing.
    ``actors``: indexes of mentions that name who acts ("Russia said", "Russia's drones"); they
    are resolved but do not vote for the document's country."""
    gz = gazetteer or default_gazetteer()
    cands = gz.lookup_many(m.norm for m in mentions)
    per = [[c for c in cands.get(m.norm, []) if m.county_hint or not c.hint_only] for m in mentions]
    # ("the Ukrainian capital", "Vanuatu's capital": words that name one place by its id)
    per = [[c for c in cs if c.gazetteer_id == m.gid] or cs if m.gid else cs for m, cs in zip(mentions, per)]
    # (and the bare name of that place told elsewhere: "Mississippi's largest city ... the water plant in Jackson"; not a
    # capital's, "the capital of France" beside a bare Paris of Texas)
    told_gid = {m.norm: m.gid for m in mentions if m.gid and re.search(r"\b(?:largest|biggest|most\s+populous)\s+city\b", m.text, re.I)}
    per = [[c for c in cs if c.gazetteer_id == told_gid[m.norm]] or cs if not m.gid and m.norm in told_gid else cs
           for m, cs in zip(mentions, per)]
    # ("the Belozersk hromada" with only Russian towns of that spelling: a Ukrainian unit, so an honest miss)
    per = [[c for c in cs if c.country_code == m.country_hint] if m.country_hint else cs for m, cs in zip(mentions, per)]
    for i, cs in enumerate(per):
        if set(mentions[i].norm.split()) <= _COMPASS:
            # "the West Side", "the North East": a part of somewhere, never a town's old alias
            per[i] = cs = [c for c in cs if c.kind != "city" or c.is_primary_name]
        if any(c.kind == "country" and c.is_primary_name for c in cs):
            # a country's own name is the country, never a village that also goes by it
            per[i] = cs = [c for c in cs if c.is_primary_name or c.kind != "city"]
        if _is_acronym(mentions[i].text) and any(c.kind in ("country", "region") for c in cs):
            # "PEI residents", "N.S.": letters that spell a province's short form, not a town the index also spells so
            per[i] = [c for c in cs if c.kind in ("country", "region")]
    # the countries the text names by their own names
    named_ccs = {c.country_code for m, cs in zip(mentions, per) for c in cs if c.kind == "country" and c.is_primary_name and normalize(c.name) == m.norm}
    for i, m in enumerate(mentions):
        if m.region_hint and not any(c.kind == "country" for c in per[i]):
            # (but "Niger Republic", a country's own alias, is the country whatever its last word)
            regions = [c for c in per[i] if c.kind == "region"]
            if regions and named_ccs and not any(r.country_code in named_ccs for r in regions) \
                    and any(c.country_code in named_ccs for c in per[i]):
                # ("14 of the country's 16 regions, including Santiago" in a report of Chile: its Santiago, not a
                # province of that name in a country the text never names)
                regions = []
            if m.county_hint:  # "New York County" is not the state
                regions = [c for c in regions if (c.gazetteer_id or "").startswith("us-county:")] or regions
            if not regions:
                # "Rivne Oblast" spelled unlike the index: the region that holds the city
                for city in sorted(per[i], key=lambda c: -c.population)[:1]:
                    # (only a region named like the city: "the Tampa region" is the area around Tampa, not Florida)
                    # ("Kirovograd regions": the city's old name, its region named like it)
                    if city.admin1 and skeleton(normalize(city.admin1))[:4] in (skeleton(normalize(city.name))[:4], skeleton(m.norm)[:4]):
                        regions = [r for r in gz.lookup(city.admin1) if r.kind == "region" and r.country_code == city.country_code]
            per[i] = regions or per[i]
    for i, m in enumerate(mentions):
        words = m.norm.split()
        if not per[i] and len(words) > 1 and words[0] in _COMPASS:
            # "East Austin", "South Philadelphia": a part of a large city the gazetteer does not list
            per[i] = [c for c in gz.lookup(" ".join(words[1:])) if c.kind == "city" and c.population >= 100_000]
        if len(words) > 1 and words[-1] == "city" and per[i] and not any(c.is_primary_name for c in per[i]):
            # ("the whole of Juba City", whose spelling the index knows only as another name of Yuba City, California):
            # the city of the bare name is a reading too, and the context chooses
            per[i] = per[i] + [c for c in gz.lookup(" ".join(words[:-1])) if c.kind == "city" and c not in per[i]]
    # ("residents of the El Cerro neighborhood in Havana", the index knowing Havana's Cerro without its article, and an "El
    # Cerro" only in Spain and New Mexico): the bare name's town in a Spanish-speaking country some other place of the text
    # surely lies in is a reading too, and the context chooses
    sure_ccs = {cs[0].country_code for cs in per if cs and len({c.country_code for c in cs}) == 1}
    for i, m in enumerate(mentions):
        art = re.match(r"(?:El|La|Los|Las)\s+(\S.*)$", m.text)
        if art and sure_ccs & SPANISH_CCS:
            per[i] = per[i] + [c for c in gz.lookup(art.group(1)) if c.kind == "city" and c.is_primary_name
                               and c.country_code in sure_ccs & SPANISH_CCS and c not in per[i]]

    # "Heathrow Airport" beside London and Hayes, with only a Florida town of that name in the
    # gazetteer: a small town, the one reading of its name, an ocean away from every other place of
    # the text and in none of their countries, is a namesake; it is dropped before it can vote for
    # its country or pull the others across the ocean
    largest = {m.norm: max(cs, key=lambda c: c.population) for m, cs in zip(mentions, per) if cs}
    # ("Melville", "Kensington", "Rand Water" in a report about Johannesburg, with only Australian,
    # Canadian and American small towns of those names: every reading a small town an ocean away from
    # the text's solid places, the cities and regions that are the one reading of their names)
    solid = {n: c for n, c in largest.items() if (c.kind in ("country", "region") or c.population >= 100_000)
             and len({x.country_code for x in per[next(k for k, m in enumerate(mentions) if m.norm == n)]}) == 1}
    for i, cs in enumerate(per):
        if not cs or any(c.kind != "city" for c in cs):
            continue
        if len(cs) == 1 and cs[0].population < 20000:
            others = [c for n, c in largest.items() if n != mentions[i].norm]
        elif all(c.population < 20000 for c in cs if c.is_primary_name) and any(c.is_primary_name for c in cs):
            others = [c for n, c in solid.items() if n != mentions[i].norm]
        elif not any(c.is_primary_name for c in cs):
            # ("Mişêrfe Himê hamlet of Hesekê" in a report about north-east Syria: "Hime" only another name of Himeji, Japan;
            # a name that is no place's own, of any size, an ocean away from the text's solid places, all in one country)
            # (who acts does not count: "Turkey targeted a power plant ... Himê station")
            others = [solid[m.norm] for k, m in enumerate(mentions) if k not in actors and m.norm in solid and m.norm != mentions[i].norm]
            if len({o.country_code for o in others}) != 1:
                continue
        else:
            continue
        if len(others) >= 2 and all(all(o.country_code != c.country_code and distance_km(o.lat, o.lon, c.lat, c.lon) > 1500 for o in others)
                                    for c in cs):
            per[i] = []

    # ("load-shedding duration in Metropolis", "Garden, Kharadar, Old City area" in a report that names Karachi four times):
    # small towns that are the one country's readings of their names, an ocean away from the text's solid places, hold
    # each other up only; they are namesakes all
    smalls = {i for i, cs in enumerate(per) if cs and all(c.kind == "city" and c.population < 20000 for c in cs)
              and len({c.country_code for c in cs}) == 1}
    solid_at = [k for k, m in enumerate(mentions) if m.norm in solid and k not in actors]
    if smalls and len(solid_at) >= 3 and len({solid[mentions[k].norm].country_code for k in solid_at}) == 1:
        home = solid[mentions[solid_at[0]].norm]
        # what could hold a small town up: the readings of the other names that are no small towns
        support = [x for k, cs in enumerate(per) if k not in smalls and k not in actors for x in cs
                   if not (x.kind == "city" and x.population < 20000)]
        support_ccs = {x.country_code for x in support}
        for i in sorted(smalls):
            cs = per[i]
            if cs[0].country_code == home.country_code or cs[0].country_code in support_ccs:
                continue
            if all(distance_km(c.lat, c.lon, x.lat, x.lon) > 1500 for c in cs for x in support):
                per[i] = []

    _far_list_items(mentions, text, per)
    _one_named_country(mentions, per, actors, demonym_ccs, gz)

    # Document country prior: countries named, demonyms, and places with one country only.
    # A mention's own contribution is left out when its candidates are scored.
    cc_weight: dict[str, float] = defaultdict(float)
    for cc in demonym_ccs:
        cc_weight[cc] += 0.5
    contrib: list[dict[str, float]] = []
    for k, cs in enumerate(per):
        mine: dict[str, float] = defaultdict(float)
        ccs = {c.country_code for c in cs}
        if k in actors:
            pass
        elif cs and any(c.kind == "country" for c in cs) and len(ccs) == 1:
            mine[next(iter(ccs))] += 2.0
        elif len(ccs) == 1:
            mine[next(iter(ccs))] += 1.0
        elif cs:
            # (each country once, by its likeliest reading: "Aberdeen", "Newcastle" and "Dundee" have many small
            # American namesakes, which must not outvote the British cities by their number)
            best: dict[str, float] = {}
            for c in cs:
                best[c.country_code] = max(best.get(c.country_code, 0.0), math.log10(c.population + 10))
            tot = sum(best.values())
            for cc, w in best.items():
                mine[cc] += 0.5 * w / tot
        contrib.append(mine)
        for cc, w in mine.items():
            cc_weight[cc] += w
    total = sum(cc_weight.values()) or 1.0
    # countries some other name puts in play for sure (all its candidates lie there)
    sure: dict[str, set] = defaultdict(set)
    for k, cs in enumerate(per):
        ccs = {c.country_code for c in cs}
        if k not in actors and len(ccs) == 1:
            sure[next(iter(ccs))].add(mentions[k].norm)

    def prior(i: int, cc: str | None) -> float:
        own = contrib[i]
        rest = total - sum(own.values())
        return (cc_weight.get(cc, 0.0) - own.get(cc, 0.0)) / rest if rest > 1e-9 else 0.0

    qualifiers = _qualifiers(mentions, text, per)
    # "the French Basque Country", "the Russian Arctic": a demonym before the name holds it
    demonym_of: dict[int, str] = {}
    for i, m in enumerate(mentions):
        w = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, m.start - 20) : m.start])
        cc = gz.demonym(w.group(1)) if w else None
        if cc and not any(c.kind == "country" for c in per[i]):
            demonym_of[i] = cc
            home = gz.country(cc)
            if home is not None:
                qualifiers[i] = qualifiers.get(i, []) + [home]
    weak = _weak_qualifiers(mentions, text, per, qualifiers)
    # Regions named anywhere in the document ("... a town in Sumner County, Kansas"): a
    # candidate inside one of them is likelier, whatever the distance between the names.
    region_votes: dict[tuple, set[str]] = defaultdict(set)
    for j, cs in enumerate(per):
        for c in cs:
            if c.kind == "region":
                region_votes[(c.country_code, c.name)].add(mentions[j].norm)

    skel = [skeleton(m.norm) for m in mentions]
    named = [any(not c.is_primary_name and skeleton(normalize(c.name)) == skel[i] for c in cs) for i, cs in enumerate(per)]

    # a country named by its own name, far bigger than any province of another country called so (Niger beside Nigeria's
    # Niger State; not Georgia beside the US state of ten million)
    countries_named = [_country_over_namesakes(cs) for cs in per]

    def base(i: int, c: GazetteerEntry) -> float:
        s = math.log10(c.population + 10)
        s += _SCOPE_BONUS[c.kind]
        # an alias spelled like the place's own name ("Sloviansk" for "Slovyansk") counts as that name,
        # and then the towns that only carry it as an old alias (Nikopol) are the less likely
        own = c.is_primary_name or skeleton(normalize(c.name)) == skel[i] or _head_of_compound(mentions[i].norm, c.name)
        s += 0.0 if own else (-3.5 if named[i] else -2.0)
        s += 4.0 * prior(i, c.country_code)
        if c.kind == "region" and not mentions[i].region_hint and countries_named[i] and c.country_code not in countries_named[i]:
            # ("Nigeria cut off electricity supply to its northern neighbour Niger": a country's own name is the country
            # before a province of another country called so, unless written as the province, "Niger State")
            s -= 2.0
        for q in qualifiers.get(i, []):
            if _within(c, q):
                s += 4.0
        if c.admin1 and c.admin1 != c.name and region_votes.get((c.country_code, c.admin1), set()) - {mentions[i].norm}:
            # a town or a county inside a first-level region named in the text
            s += 2.5
        if weak.get(i):
            # "X is a municipality in the province of Y": nearer Y is likelier
            s += max(2.5 * math.exp(-distance_km(c.lat, c.lon, q.lat, q.lon) / 150.0) if q.kind == "region"
                     else (1.5 if q.country_code == c.country_code else 0.0) for q in weak[i])
        return s

    scores = [[base(i, c) for c in cs] for i, cs in enumerate(per)]
    picks = [cs[max(range(len(cs)), key=sc.__getitem__)] if cs else None for cs, sc in zip(per, scores)]
    # Spatial coherence: score closeness to the other places' picks. Each distinct name is one
    # anchor and each distinct (name, hint) is scored once, so a long article stays linear
    # in its mentions (quadratic only in its distinct names).
    base_scores = [list(sc) for sc in scores]
    for _ in range(2):
        anchors: dict[str, tuple[float, float]] = {}
        for p, m in zip(picks, mentions):
            if p is not None and m.norm not in anchors:
                anchors[m.norm] = (p.lat, p.lon)
        bonus_cache: dict[tuple, list[float]] = {}
        for i, cs in enumerate(per):
            if len(cs) < 2 or (countries_named[i] and not mentions[i].region_hint):
                # (a country named by its own name is not pulled to a province of a neighbour by the neighbour's places)
                continue
            key = _reading_key(mentions[i])
            if key not in bonus_cache:
                others = [a for n, a in anchors.items() if n != mentions[i].norm]
                bonus = []
                for c in cs:
                    if not others:
                        bonus.append(0.0)
                        continue
                    ds = [distance_km(c.lat, c.lon, la, lo) for la, lo in others]
                    near = sum(1 for d in ds if d < 600)
                    # share of the other places nearby, plus closeness to the nearest one
                    bonus.append(2.0 * near / len(others) + CLOSE_W * math.exp(-min(ds) / CLOSE_KM))
                bonus_cache[key] = bonus
            scores[i] = [b + x for b, x in zip(base_scores[i], bonus_cache[key])]
            picks[i] = cs[max(range(len(cs)), key=scores[i].__getitem__)]

    # One sense per discourse: every mention of a name gets the candidate best over all of them.
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[_reading_key(m)].append(i)
    for idx in groups.values():
        if len(idx) > 1 and per[idx[0]]:
            # the qualified mentions ("Concord is a town in Jefferson County") speak for the bare ones
            voters = [i for i in idx if qualifiers.get(i) or weak.get(i)] or idx
            total_sc = [sum(scores[i][k] for i in voters) for k in range(len(per[idx[0]]))]
            for i in idx:
                if not qualifiers.get(i) and not weak.get(i):  # a qualified mention keeps its own reading
                    scores[i] = list(total_sc)

    # A name written once as a region ("the province of Ontario") keeps that sense bare too.
    hinted: dict[str, GazetteerEntry] = {}
    for i, m in enumerate(mentions):
        if m.region_hint and per[i]:
            hinted.setdefault(m.norm, per[i][max(range(len(per[i])), key=scores[i].__getitem__)])

    # "the Gaza Strip" named in the text: a bare "Gaza" is the Strip too ("air strikes inside Gaza"),
    # unless written as the city ("Gaza City")
    strips: dict[str, GazetteerEntry] = {}
    for i, m in enumerate(mentions):
        ws = m.norm.split()
        if len(ws) == 2 and ws[1] == "strip" and per[i]:
            strips.setdefault(ws[0], per[i][max(range(len(per[i])), key=scores[i].__getitem__)])

    out: list[Place | None] = []
    elsewhere: set[str] = set()  # names a district-of-region phrase showed to lie outside every namesake
    for i, (cs, sc) in enumerate(zip(per, scores)):
        if cs and mentions[i].norm in strips and not re.match(r"\s+City\b", text[mentions[i].end : mentions[i].end + 6]):
            out.append(_entry_place(strips[mentions[i].norm], 0.9))
            continue
        if not cs:
            out.append(None)
            continue
        if i in demonym_of and all(c.country_code and c.country_code != demonym_of[i] for c in cs):
            out.append(None)  # "the French Basque Country" with only Spain's in the gazetteer: an honest miss
            continue
        best = max(range(len(cs)), key=sc.__getitem__)
        if cs[best].kind == "region" and not mentions[i].region_hint and not qualifiers.get(i):
            # ("Santiago" alone: Chile's capital of 4.8 million over the Dominican province of 1.3 million,
            # whose town carries the name only as part of a longer one)
            big = [k for k, x in enumerate(cs) if x.kind == "city" and x.is_primary_name and x.country_code != cs[best].country_code
                   and normalize(x.name) == mentions[i].norm and x.population > 2 * cs[best].population
                   and sc[k] > sc[best] - 1.0]
            if big:
                best = max(big, key=sc.__getitem__)
        c = _prefer_capital_city(mentions[i], cs[best], cs)
        h = hinted.get(mentions[i].norm)
        if (not mentions[i].region_hint and h is not None and any(x.gazetteer_id == h.gazetteer_id for x in cs)
                and (c.country_code != h.country_code or distance_km(c.lat, c.lon, h.lat, h.lon) > 500)):
            c = h  # ...but "Kursk" the city stays the city beside "Kursk province"
        ordered = sorted(sc, reverse=True)
        margin = ordered[0] - ordered[1] if len(ordered) > 1 else 3.0
        conf = 1 / (1 + math.exp(-(margin + 0.5)))
        if not c.is_primary_name and c.population < 1000:
            conf *= 0.6  # an alias of a hamlet: a guess, and it says so
        share = prior(i, c.country_code)
        # (seas and areas across borders, country None, are no country a text is about)
        top_share = max((prior(i, cc) for cc in cc_weight if cc), default=0.0)
        # a town across a border from the other places is no far namesake (Vovchansk beside Belgorod)
        # (but only when the text has that country in play at all: a Jordanian At-Taybeh is no village
        # of a report about southern Lebanon that never names Jordan)
        near_others = share >= 0.02 and any(distance_km(c.lat, c.lon, la, lo) < 300 for n, (la, lo) in anchors.items() if n != mentions[i].norm)
        far_namesake = (share < 0.1 and top_share > 0.4 and (
            (c.kind == "city" and c.population < 20000)
            # (a city of 100,000 or more called by another spelling, "Zaporizhzhia", is no namesake)
            or (c.kind != "country" and not c.is_primary_name and not mentions[i].region_hint
                and not (c.kind == "city" and c.population >= 100_000))
        )) or (share < 0.05 and top_share > 0.6 and c.kind == "city" and c.population < 100_000)
        if (not c.is_primary_name and c.kind == "city" and c.population < 20000 and top_share > 0.4
                and not (sure.get(c.country_code, set()) - {mentions[i].norm})):
            far_namesake = True  # another spelling of a small town in a country no other name of the text is surely in
        others_at = [(la, lo) for n, (la, lo) in anchors.items() if n != mentions[i].norm]
        # (a big city too when the spelling is another's and the text names nothing in its country: "Khin Oo", a
        # township of Sagaing, is one of Hino's (Tokyo) alternate names)
        if (not c.is_primary_name and c.kind == "city" and (c.population < 20000 or share == 0) and len(others_at) >= 3
                and min(distance_km(c.lat, c.lon, la, lo) for la, lo in others_at) > 1500):
            # ("the North Bay" of a text about Napa and Sonoma counties is no North Bay Village, Florida): another spelling of
            # a small town far from every other place the text names is a namesake, even in the text's own country
            far_namesake, near_others = True, False
        if (share < 0.1 and c.kind != "country" and len(others_at) >= 2 and re.match(r"\s+(?:North|South|East|West)\b(?!\s+of\b)", text[mentions[i].end :])
                and min(distance_km(c.lat, c.lon, la, lo) for la, lo in others_at) > 1500):
            # ("Devon North, located 5km north of Yarram" in a report of Victoria's towns: a place named with a compass word
            # the gazetteer lacks, not England's Devon, far from every other place and in a country the text never names)
            far_namesake, near_others = True, False
        if c.kind == "city" and c.population < 20000 and share < 0.3 and top_share > 0.6:
            top_cc = max((cc for cc in cc_weight if cc), key=lambda cc: prior(i, cc))
            home = [anchors[n] for n in sure.get(top_cc, ()) if n in anchors and n != mentions[i].norm]
        else:
            top_cc, home = c.country_code, []
        if (c.country_code != top_cc and len(home) >= 2 and min(distance_km(c.lat, c.lon, la, lo) for la, lo in home) > 1500):
            # ("From Melville to Midrand, Johannesburg residents ..." with only Melville, New York, of that name in the
            # gazetteer): a small town of another country than the one the text is about, far from the places it surely names
            # there, is a namesake of a place the gazetteer lacks
            far_namesake, near_others = True, False
        if set(mentions[i].norm.split()) <= _COMPASS and share < 0.2:
            far_namesake, near_others = True, False  # "the North East" names a part of the text's own country
        if far_namesake and not near_others and not mentions[i].gid:
            # (but "Tuvalu's capital" is named by its country, wherever the text's other places are)
            out.append(None)  # a far-away village namesake in an article about elsewhere: an honest miss
            continue
        # (the possessor as resolved: "Georgia's Savannah" in a text about the US state is no Georgian town)
        owners = {out[i - 1].country_code} if i > 0 and out[i - 1] is not None and out[i - 1].granularity == "country" \
            and _POSSESSIVE_GAP.fullmatch(text[mentions[i - 1].end : mentions[i].start]) else set()
        if owners and c.country_code not in owners and c.kind != "country":
            # "Iran's southern Gulf region" with only Papua New Guinea's Gulf Province in the gazetteer:
            # the possessor says whose it is, so another country's namesake is an honest miss
            inside = [k for k, x in enumerate(cs) if x.country_code in owners]
            if not inside:
                out.append(None)
                continue
            c = cs[max(inside, key=sc.__getitem__)]
        if (c.kind == "city" and qualifiers.get(i) and i not in demonym_of and i + 1 < len(mentions)
                and (re.fullmatch(r"\s+in\s+(?:the\s+)?", text[mentions[i].end : mentions[i + 1].start])
                     # (a definition's US county, whose bounds the gazetteer knows well)
                     or (_DEFINITION.fullmatch(text[mentions[i].end : mentions[i + 1].start])
                         and all((q.gazetteer_id or "").startswith("us-county:") for q in qualifiers[i])))
                and not any(_within(c, q) for q in qualifiers[i])):
            # "the village of Krasnogvardeyskiy in the Stavropol region" with only a namesake in the
            # Urals in the gazetteer: the text says where it is, so the namesake is an honest miss
            # (so is "Manchester is a city in Dickinson County, Kansas" with only other Manchesters);
            # a namesake that does lie there is the one ("Goshen is a town in Litchfield County")
            qs = qualifiers[i]
            if i + 2 < len(mentions) and re.fullmatch(r"\s*,\s*", text[mentions[i + 1].end : mentions[i + 2].start]):
                # "Kent is a town in Putnam County, New York": the state says which Putnam County
                states = {x.name for x in per[i + 2] if x.kind == "region"}
                qs = [q for q in qs if q.admin1 in states] or qs
            inside = [k for k, x in enumerate(cs) if x.kind == "city" and any(_within(x, q) for q in qs)]
            if not inside:
                out.append(None)
                continue
            c = cs[max(inside, key=sc.__getitem__)]
        if (c.kind == "city" and c.population < 20_000 and i + 1 < len(mentions)
                and re.fullmatch(r"\s*,\s*", text[mentions[i].end : mentions[i + 1].start])
                and re.match(r"\s*,", text[mentions[i + 1].end : mentions[i + 1].end + 2])
                and not (i > 0 and re.fullmatch(r"\s*,\s*(?:and\s+)?", text[mentions[i - 1].end : mentions[i].start]))):
            # "Many properties in Stannington, Sheffield, were affected" with only a Northumberland village of that
            # name in the gazetteer: a small place set off by a large town beside it lies in that town; a namesake far
            # from it is an honest miss (not a list of towns: those are not each set off by commas around a big city)
            towns = [x for x in per[i + 1] if x.kind == "city" and x.population >= 100_000 and x.country_code == c.country_code]
            if towns and not any(x.kind == "city" and distance_km(x.lat, x.lon, t.lat, t.lon) < 60 for x in cs for t in towns):
                out.append(None)
                continue
        dist = _DISTRICT_OF.match(text, mentions[i].end)
        if c.kind == "city" and dist and i + 1 < len(mentions) and mentions[i + 1].start <= dist.end() + 25:
            # "the Klimovsky district of Russia's Bryansk region" with only Klimovsk, near Moscow, of that spelling:
            # the region named says where the district is, and a town outside it is a namesake (an honest miss)
            regions = [q for k in range(i + 1, min(i + 3, len(mentions))) if mentions[k].start <= dist.end() + 25
                       for q in per[k] if q.kind == "region"]
            # (a town in another first-level region is outside; "the Kabanjahe district of Sumatra" is in North Sumatra)
            if regions and not any(_in_region(c, q) for q in regions):
                out.append(None)
                elsewhere.add(mentions[i].norm)
                continue
        if c.kind == "city" and c.population < 50_000 and (k := _fronted_region(mentions, text, i)) is not None:
            regions = [q for q in per[k] if q.kind == "region"]
            if regions and not any(_in_region(c, q) or distance_km(c.lat, c.lon, q.lat, q.lon) < 300 for q in regions):
                # "In the Kherson region, 7 settlements were left without electricity ... on a substation in the
                # Belozersk community" with only Russian towns of that spelling: the region the sentence opens
                # with holds the small places it goes on to name; a namesake far outside it is an honest miss
                out.append(None)
                continue
        out.append(_entry_place(c, conf))
    # (and "an attack on the Klimovsky district" later in the text is that district, no more the namesake)
    out = [None if o is not None and m.norm in elsewhere and o.granularity == "city" else o for m, o in zip(mentions, out)]
    _list_coherence(mentions, text, per, out)
    _near_the_town(mentions, text, per, out)
    _suburb_of_the_city(mentions, text, per, out)
    return out


def _placed_near(m: Mention, town: Place) -> Place:
    """A place the gazetteer lacks, under its own name at the town the text says it lies near (geocoder "near")."""
    return Place(m.text, town.lat, town.lon, town.country_code, town.admin1, "city", f"near:{m.norm}@{town.gazetteer_id}",
                 round(min(town.confidence, 0.5), 3), "near")


def _read_again(mentions, out, i: int, was: Place | None, now: Place, unread_too: bool = True) -> None:
    """Mention ``i`` and every mention of the same name that had its old reading ``was`` (or, ``unread_too``, none) take
    ``now``."""
    for k in range(len(mentions)):
        if mentions[k].norm == mentions[i].norm and (k == i or (out[k] is None and unread_too)
                                                     or (was is not None and out[k] is not None and out[k].gazetteer_id == was.gazetteer_id)):
            out[k] = now


def _suburb_of_the_city(mentions, text: str, per, out) -> None:
    """ "Residents in the suburb of Stannington" in a report of Sheffield, with only a Northumberland village of that name in
    the gazetteer: a suburb lies by the one city the text names; a namesake far from it is placed at that city as a place
    near it (geocoder "near", geo_precision 2)."""
    for i, m in enumerate(mentions):
        a = out[i]
        # (not "Hove is a suburb of Brighton": after "a suburb of" comes the city)
        if a is None or a.granularity != "city" or not re.search(r"\b[Tt]he\s+suburb\s+of\s+$", text[max(0, m.start - 20) : m.start]):
            continue
        cities = {o.gazetteer_id: o for k, o in enumerate(out) if k != i and o is not None and o.granularity == "city"
                  and mentions[k].norm != m.norm}
        if len(cities) != 1:
            continue
        b = next(iter(cities.values()))
        if distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM:
            continue
        _read_again(mentions, out, i, a, _placed_near(m, b), unread_too=False)


# ("Stepanivka, which is located just outside of Kherson", "Vyshhorod, near Kyiv"): the town that places a small one
NEAR_GAP = re.compile(r"\s*,\s*(?:(?:which|that)\s+(?:is|lies)\s+(?:located\s+|situated\s+)?|a\s+(?:village|town|settlement)\s+)?"
                       r"(?:just\s+|right\s+)?(?:near|outside(?:\s+of)?|close\s+to|next\s+to)\s+(?:the\s+(?:city|town)\s+of\s+)?", re.I)
NEAR_KM = 60


def _near_the_town(mentions, text: str, per, out) -> None:
    """ "The strikes took place in Stepanivka, which is located just outside of Kherson" with only namesakes far
    from Kherson in the gazetteer: the village is placed at the town it is said to be near, as a place near a
    town (geo_precision 2, geocoder "near"), not at a far namesake."""
    for i in range(len(mentions) - 1):
        a, b = out[i], out[i + 1]
        if b is None or b.granularity != "city" or b.lat is None or not per[i]:
            continue
        if not NEAR_GAP.fullmatch(text, mentions[i].end, mentions[i + 1].start):
            continue
        if a is not None and (a.granularity != "city" or distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM):
            continue
        close = sorted((distance_km(c.lat, c.lon, b.lat, b.lon), k) for k, c in enumerate(per[i]) if c.kind == "city")
        if close and close[0][0] <= NEAR_KM:
            # ("Kalynivka, near Brovary": of the many namesakes, the one near that town)
            near = _entry_place(per[i][close[0][1]], round(min(b.confidence, 0.8), 3))
        else:
            near = _placed_near(mentions[i], b)
        # (and "the village of Stepanivka" told again bare: the same village)
        _read_again(mentions, out, i, a, near)


def _fronted_region(mentions, text: str, i: int) -> int | None:
    """The mention a sentence opens with as its scope ("In the Kherson region, ..."), when mention ``i``
    comes later in that sentence; else None."""
    m = mentions[i]
    start = max(text.rfind("\n", 0, m.start), *(text.rfind(p, 0, m.start) for p in (". ", "! ", "? "))) + 1
    for k in range(i - 1, -1, -1):
        if mentions[k].start < start:
            return None
        if mentions[k].region_hint and re.fullmatch(r"\s*(?:In|Across|Throughout)\s+(?:the\s+)?", text[start : mentions[k].start]) \
                and re.match(r"\s*,", text[mentions[k].end : mentions[k].end + 3]):
            return k
    return None


def _in_region(c: GazetteerEntry, q: GazetteerEntry) -> bool:
    """Whether town ``c`` lies in region ``q``: by its first-level region's name when the gazetteer gives one
    ("North Sumatra" is in "Sumatra"; Klimovsk's "Moscow Oblast" is not "Bryansk Oblast"), else by distance."""
    if c.country_code != q.country_code:
        return False
    if c.admin1:
        a, b = normalize(c.admin1), normalize(q.name)
        return b in a or a in b or skeleton(a)[:4] == skeleton(b)[:4]
    return _within(c, q)


# "the Klimovsky district of Russia's Bryansk region": a district, then the region that holds it
_DISTRICT_OF = re.compile(r"\s+(?:district|raion|rayon|municipality|municipal\s+district)\s+of\s+", re.I)
# "Iraq's Kurdistan region", "Iran's southern Gulf region": the possessor's name and the place's
_POSSESSIVE_GAP = re.compile(r"[’']s\s+(?:(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?", re.I)
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _list_coherence(mentions, text, per, out) -> None:
    """A list keeps one level: in "Nuevo León, Coahuila, Chihuahua and Tamaulipas" the states
    around them make "Coahuila" and "Chihuahua" the states too, not the towns of those names; and
    one country: its one member placed abroad moves home, or is dropped."""
    i, n = 0, len(mentions)
    while i < n:
        j = i
        while j + 1 < n and _LIST_SEP.fullmatch(text[mentions[j].end : mentions[j + 1].start]):
            j += 1
        regions = [k for k in range(i, j + 1) if out[k] is not None and out[k].granularity == "region"]
        # (a list that writes "Poltava Oblast" beside "Kharkiv" marks its regions: the rest are towns)
        if j > i and len(regions) >= 2 and 2 * len(regions) >= j - i + 1 and not any(
                mentions[k].region_hint for k in range(i, j + 1)):
            ccs = {out[k].country_code for k in regions}
            for k in range(i, j + 1):
                if out[k] is not None and out[k].granularity == "city" and not mentions[k].region_hint:
                    alt = [c for c in per[k] if c.kind == "region" and c.country_code in ccs and not c.hint_only]
                    if alt:
                        out[k] = _entry_place(max(alt, key=lambda c: c.population), out[k].confidence)
        # ("The storm killed 11 people in Ontario and Quebec": beside a region of its country, a city named like the
        # province or state that holds it ("Quebec Province") is that region; but "Lviv and Volyn" keeps the city,
        # a bare oblast's name being its city's)
        if j > i and regions and not any(mentions[k].region_hint for k in range(i, j + 1)):
            ccs = {out[k].country_code for k in regions}
            for k in range(i, j + 1):
                p = out[k]
                if p is not None and p.granularity == "city" and p.country_code in ccs and p.admin1 \
                        and normalize(p.admin1) in (f"{normalize(mentions[k].text)} province", f"{normalize(mentions[k].text)} state"):
                    alt = [c for c in per[k] if c.kind == "region" and c.country_code == p.country_code and not c.hint_only
                           and normalize(c.name) == normalize(p.admin1)]
                    if alt:
                        out[k] = _entry_place(alt[0], p.confidence)
        i = j + 1
    # ("Esteban Echeverria, Berazategui, Villa Soldati, Lomas de Zamora, San Telmo, Flores and Recoleta": a
    # list of one country's towns, some the gazetteer lacks, keeps its country; a small member it knows
    # only abroad, a department of Uruguay, moves home or is an honest miss - but "Berlin, Hamburg,
    # Munich and Paris" keeps Paris)
    i = 0
    while i < n:
        j = i
        while j + 1 < n and _LIST_GAP.fullmatch(text[mentions[j].end : mentions[j + 1].start]):
            j += 1
        ccs = [out[k].country_code for k in range(i, j + 1) if out[k] is not None]
        main = max(set(ccs), key=ccs.count) if ccs else None
        if len(ccs) >= 3 and ccs.count(main) == len(ccs) - 1:
            for k in range(i, j + 1):
                p = out[k]
                if p is not None and p.country_code != main and p.granularity != "country" \
                        and max((c.population for c in per[k] if c.country_code == p.country_code), default=0) < 100_000:
                    home = [c for c in per[k] if c.country_code == main and not c.hint_only]
                    out[k] = _entry_place(max(home, key=lambda c: c.population), p.confidence) if home else None
        i = j + 1


_LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                       r"(?:[A-Z][\w’'.-]*(?:\s+(?:de|del|la|las|los|da|do|of|the)?\s*[A-Z][\w’'.-]*)*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*")


_COMPASS = {"north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest",
            "northern", "southern", "eastern", "western", "far", "middle", "mid", "side", "end"}


def _prefer_capital_city(m: Mention, best: GazetteerEntry, cs: list[GazetteerEntry]) -> GazetteerEntry:
    """A bare "Lviv" or "Kursk" is the city, not the region named after it."""
    if best.kind != "region" or m.region_hint:
        return best
    # the city must carry the name itself, or be a large share of the region ("New York");
    # "Oklahoma" is the state, not Oklahoma City
    cities = [c for c in cs if c.kind == "city" and c.country_code == best.country_code and c.population >= 20000
              and (c.is_primary_name or c.population >= 0.4 * best.population)]
    cities = [c for c in cities if distance_km(c.lat, c.lon, best.lat, best.lon) < 400]
    return max(cities, key=lambda c: c.population) if cities else best


def _qualifiers(mentions, text, per) -> dict[int, list[GazetteerEntry]]:
    """Mention i qualified by the next one: "Paris, Texas", "Sudzha in Kursk"."""
    q: dict[int, list[GazetteerEntry]] = defaultdict(list)
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = text[a.end : b.start]
        if re.fullmatch(r"\s*,\s*|\s+in\s+(the\s+)?|\s*\(\s*", gap, re.I) or _DEFINITION.fullmatch(gap):
            bigger = [c for c in per[i + 1] if c.kind in ("region", "country")]
            q[i] += bigger
        elif _POSSESSIVE_GAP.fullmatch(gap):
            # "Iraq's Kurdistan region", "Russia's Kursk": the possessor country holds the place
            q[i + 1] += [c for c in per[i] if c.kind == "country"]
    return q


def _country_over_namesakes(cs) -> set:
    """The countries among a name's readings that are far bigger than any province of another country called so (Niger
    beside Nigeria's Niger State; not Georgia beside the US state of ten million)."""
    out = set()
    for c in cs:
        others = [r.population for r in cs if r.kind == "region" and r.country_code != c.country_code]
        if c.kind == "country" and others and c.population >= 3 * max(others):
            out.add(c.country_code)  # (only against a province: a country beside towns of its name is left to the context)
    return out


def _weak_qualifiers(mentions, text, per, strong) -> dict[int, list[GazetteerEntry]]:
    """Regions and countries named a little later in the same sentence after "in" or "of"
    ("Boston is a town in Erie County, New York"): weaker evidence than "X, Y"."""
    q: dict[int, list[GazetteerEntry]] = defaultdict(list)
    # "In Louisiana, outages hit Baton Rouge and Lafayette": a fronted region frames its sentence
    for j, b in enumerate(mentions):
        if text[b.end : b.end + 1] == "," and re.search(r"(?:^|[.!?]\s+|\n\s*)In\s+(?:the\s+)?$", text[max(0, b.start - 12) : b.start]):
            frame = [c for c in per[j] if c.kind in ("region", "country")]
            for i in range(j + 1, len(mentions)):
                if re.search(r"[.!?]\s|\n", text[b.end : mentions[i].start]):
                    break
                if not strong.get(i) and mentions[i].norm != b.norm:
                    q[i] += frame
    for i, a in enumerate(mentions):
        if strong.get(i) or _country_over_namesakes(per[i]):
            continue  # (and not a country's own name: "Niger used to get 70% of its electricity from Nigeria")
        for j in range(i + 1, min(len(mentions), i + 4)):
            b = mentions[j]
            gap = text[a.end : b.start]
            if len(gap) > 120 or re.search(r"[.;!?]\s", gap):
                break
            if re.search(r"\b(?:in|of)\b", gap) and mentions[j].norm != a.norm:
                q[i] += [c for c in per[j] if c.kind in ("region", "country")]
    return q


# a compass word as reports write it before a place: "western", "north-western", "central"
COMPASS_WORD = r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?"


def is_qualifier(mentions, text, i, places) -> bool:
    """True when mention i only locates the mention before it ("X in Y", "X, Y")."""
    if i == 0:
        return False
    a, b = mentions[i - 1], mentions[i]
    pa, pb = places[i - 1], places[i]
    if i >= 2 and pa is not None and pa.granularity == "country" and re.fullmatch(r"[’']s\s+", text[a.end : b.start]):
        # "the refinery in Russia's Rostov region": the possessor is read through
        a, pa = mentions[i - 2], places[i - 2]
    if pa is None or pb is None:
        return False
    gap = text[a.end : b.start]
    if (re.fullmatch(r"\s*,\s*(?:just\s+)?(?:near|outside|north of|south of|east of|west of)\s+(?:the\s+)?", gap, re.I) or NEAR_GAP.fullmatch(gap)) \
            and pb.granularity in ("city", "region"):
        return True  # "six of them in Vyshhorod, near Kyiv": Kyiv only locates Vyshhorod
    if re.fullmatch(rf"\s*,\s*(?:in\s+)?(?:the\s+)?{COMPASS_WORD}\s+", gap, re.I) \
            and pb.granularity in ("city", "region") and pa.granularity in ("city", "facility") and pa.country_code == pb.country_code \
            and pa.lat is not None and pb.lat is not None and distance_km(pa.lat, pa.lon, pb.lat, pb.lon) < (60 if pb.granularity == "city" else 300):
        return True  # "two power stations in Omdurman, western Khartoum": the city of which it is the western part only locates it
    if re.fullmatch(r"\s*,\s*an?\s+(?:[\w-]+\s+)?(?:district|suburb|neighbou?rhood|part|microdistrict|borough|quarter|"
                    r"village|town|settlement|city)\s+(?:of|in|near|outside)\s+(?:the\s+)?(?:(?:city|town|region)\s+of\s+)?", gap, re.I) \
            and pb.granularity in ("city", "region"):
        return True  # "Klimovsk, a district of Podolsk": Podolsk only locates Klimovsk
    if re.fullmatch(r"\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:part\s+)?of\s+(?:the\s+)?", gap, re.I) \
            and pb.granularity in ("region", "country") and pa.country_code == pb.country_code:
        return True  # "Jabalia and Beit Hanoun in the north of the Gaza Strip"
    if re.fullmatch(r"\s*,\s*(?:the\s+)?(?:(?:state|regional|provincial|district|county)\s+)?(?:capital|seat|administrative\s+cent(?:re|er))\s+of\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?", gap, re.I) \
            and pb.granularity in ("region", "country") and pa.granularity == "city" and pa.country_code == pb.country_code:
        return True  # "Maiduguri, the capital of Borno State": the region only locates its capital
    if re.fullmatch(r"\s+(?:department|d[ée]partement|county|district|province|prefecture)\s+in\s+(?:the\s+)?(?:(?:region|province)\s+of\s+)?", gap, re.I) \
            and pa.granularity == "region" and pb.granularity in ("region", "country") and pa.gazetteer_id != pb.gazetteer_id \
            and pa.country_code == pb.country_code and distance_km(pa.lat, pa.lon, pb.lat, pb.lon) < 400:
        return True  # "The Charente-Maritime department in Nouvelle-Aquitaine": the region that holds the department only locates it
    if re.fullmatch(r"\s+on\s+the\s+", gap) and pa.granularity == "city" and pb.granularity == "region" \
            and pa.country_code == pb.country_code and distance_km(pa.lat, pa.lon, pb.lat, pb.lon) < 400:
        return True  # "sabotage on lines in Ndola on the Copperbelt": the region a town lies on only locates it
    # ("In Noida, across the border in Uttar Pradesh, ...": the state that holds the city)
    if not re.fullmatch(r"\s*,\s*|\s+in\s+(the\s+)?(?:[A-Z][\w-]+[’']s\s+)?|\s*\(\s*|"
                        r"\s*,\s*(?:just\s+)?(?:across|over)\s+the\s+(?:border|river|state line)\s+in\s+(?:the\s+)?(?:neighbou?ring\s+)?",
                        gap, re.I):  # "in Russia's Rostov region"
        return False
    if re.fullmatch(r"\s*,\s*", gap) and re.match(r"\s+(?:city|town)\b", text[b.end : b.end + 8]):
        return False  # "Quang Ninh, Thai Binh and Hai Duong, Hai Phong city and ...": a city of the list, named so
    if pa.admin1 and pa.admin1 == pb.name and pa.gazetteer_id != pb.gazetteer_id and pa.country_code == pb.country_code:
        return True  # "Harris County, Texas": a county and the state that holds it
    rank = {"facility": 0, "city": 1, "region": 2, "country": 3}
    goes_on = "in" not in gap and i + 1 < len(mentions) and places[i + 1] is not None and re.fullmatch(
        r"\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?", text[b.end : mentions[i + 1].start])
    if "in" not in gap and re.match(r"\s*,?\s*(?:and|or|as well as)\s+(?:many\s+|several\s+|some\s+|a few\s+)?other\s+(?:cities|towns|places|areas|regions|districts|settlements|localities|communities|villages)\b",
                                    text[b.end : b.end + 60]):
        return False  # "Chisinau, Balti, Drochia, and other cities": a list, not a qualifier
    if goes_on and rank.get(places[i + 1].granularity, 1) >= rank.get(pb.granularity, 1):
        return False  # "Jakarta, Banten and West Java": a list goes on, Banten does not locate Jakarta
    if goes_on and pa.granularity == "city" and pb.granularity == "region" and pa.admin1 and pa.country_code == pb.country_code \
            and normalize(pa.admin1) not in normalize(pb.name) and normalize(pb.name) not in normalize(pa.admin1):
        return False  # "Hai Phong, Quang Ninh, Thai Binh": a list goes on, and the city is not in that province
    if rank.get(pb.granularity, 1) <= rank.get(pa.granularity, 1) and not (
        "in" in gap and pb.granularity == "city" and pa.granularity == "city"
    ):
        return False  # "Rivne Oblast, Volyn Oblast": a list, not a qualifier
    if pb.granularity == "country":
        return pb.country_code == pa.country_code
    return pa.country_code == pb.country_code and distance_km(pa.lat, pa.lon, pb.lat, pb.lon) < 400 and pa.gazetteer_id != pb.gazetteer_id


# "Concord is a town in Jefferson County": a definition locates as firmly as "Concord, Wisconsin"
_DEFINITION = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:in|of)\s+(?:the\s+)?", re.I)


def _within(c: GazetteerEntry, q: GazetteerEntry) -> bool:
    if c.country_code != q.country_code or c is q:
        return False
    if q.kind == "country":
        return True
    if (q.gazetteer_id or "").startswith("us-county:"):  # a county is small: inside means near, same state
        return c.admin1 == q.admin1 and distance_km(c.lat, c.lon, q.lat, q.lon) < 150  # (western counties are large)
    if c.admin1 and q.name and c.admin1 == q.name:
        return True
    return distance_km(c.lat, c.lon, q.lat, q.lon) < 400


def resolve_one(name: str, context: str = "", gazetteer: Gazetteer | None = None) -> Place | None:
    """Resolve a single name, optionally with surrounding text as context."""
    from .extract.mentions import find_mentions

    gz = gazetteer or default_gazetteer()
    text = f"{name}. {context}" if context else name
    others = [m for m in find_mentions(text, gz) if m.start > len(name)]
    m0 = Mention(name, 0, len(name), normalize(name), _has_region_word(name))
    return resolve_mentions([m0, *others], text, gz)[0]


# the parts of a country or region a report names by their bearing ("eastern Ukraine", "Western Japan", "southwest Iceland")
_BEARINGS = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1), "northeast": (1, 1), "northwest": (1, -1),
             "southeast": (-1, 1), "southwest": (-1, -1), "central": (0, 0)}


def bearing_key(word: str) -> str | None:
    """ "Eastern", "north-western", "South-East" -> "east", "northwest", "southeast"; None for any other word."""
    w = re.sub(r"[\s-]", "", word.lower())
    w = re.sub(r"ern$", "", w)
    return w if w in _BEARINGS else None


def directional_part(place: Place, bearing: str, points: list[tuple[float, float]], name: str | None = None) -> Place | None:
    """The part of ``place`` (a country or region) that lies toward ``bearing`` ("east", "southwest", "central"),
    placed at the mean of the cities ``points`` (its towns, from the gazetteer) in that third of its spread (that half,
    for a diagonal; the middle third of both, for "central"). None when the place has too few towns to tell its
    spread. Longitudes are unwrapped around the place (Alaska's Aleutians lie past 180 degrees). ``name``: as the report
    wrote it ("Southern Quebec"), else the bearing and the gazetteer's name."""
    if place.lat is None or place.lon is None or bearing not in _BEARINGS or len(points) < 12:
        return None
    pts = [(la, ((lo - place.lon + 180.0) % 360.0) - 180.0 + place.lon) for la, lo in points]
    lats, lons = sorted(p[0] for p in pts), sorted(p[1] for p in pts)

    def q(vals, f):
        return vals[min(len(vals) - 1, int(f * len(vals)))]

    dlat, dlon = _BEARINGS[bearing]
    diagonal = dlat != 0 and dlon != 0
    lo_f, hi_f = (0.5, 0.5) if diagonal else (1 / 3, 2 / 3)

    def keep(v, vals, d):
        if d > 0:
            return v >= q(vals, hi_f)
        if d < 0:
            return v <= q(vals, lo_f)
        return bearing != "central" or q(vals, 1 / 3) <= v <= q(vals, 2 / 3)

    chosen = [p for p in pts if keep(p[0], lats, dlat) and keep(p[1], lons, dlon)]
    if len(chosen) < 3:
        return None
    lat = sum(p[0] for p in chosen) / len(chosen)
    lon = sum(p[1] for p in chosen) / len(chosen)
    lon = ((lon + 180.0) % 360.0) - 180.0
    return Place(name=name or f"{bearing.capitalize()} {place.name}", lat=round(lat, 4), lon=round(lon, 4),
                 country_code=place.country_code, admin1=place.admin1, granularity="region",
                 gazetteer_id=f"{place.gazetteer_id}#{bearing}" if place.gazetteer_id else None,
                 confidence=round(place.confidence * 0.8, 3), geocoder="direction")
