"""Figures stated in a sentence: people affected, killed, injured, temperature.

Vague quantities follow events-dev/GUIDELINES.md:
"thousands" 2,000..9,999; "tens of thousands" 20,000..99,999; "hundreds of thousands"
200,000..999,999; "millions" 2,000,000..; "more than N" N..; "up to N" ..N.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
_NUMWORD = "|".join(sorted(_UNITS, key=len, reverse=True))
NUMBER = (
    r"\b(?:half[\s-]a|(?:a|one|three)\s+quarters?\s+of\s+a)[\s-](?:million|billion)\b|\ba\s+half[- ](?:million|billion)\b|\ba\s+dozen\b|"
    # ("two and a half lakh homes", "one and a half million"): a count and a half of a scale
    rf"\b(?:{_NUMWORD}|\d+)\s+and\s+a\s+half\s+(?:million|billion|thousand|lakhs?|crores?)\b|"
    # ("1,5 million": a decimal comma before a scale word)
    rf"\d{{1,3}},\d{{1,2}}\s*(?:million|billion|mln\b|bn\b)|"
    # ("60.000 Norwegians": a point between thousands, no scale word after it)
    rf"(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d{{1,3}}(?:[,\s]\d{{3}})+|\d{{1,3}}(?:\.\d{{3}})+(?![.,]?\d)(?!\s*(?:million|billion|thousand|mln|mn|bn|lakhs?|crores?|m|k)\b)|\d+(?:\.\d+)?)(?:\s*(?:million|billion|thousand|thous\.|mln\b|mn\b|bn\b|lakhs?\b|crores?\b|m\b|k\b))?"
    rf"|\b(?:(?:{_NUMWORD})(?:[\s-](?:{_NUMWORD}))?)(?:\s+(?:hundred|thousand|million|billion|lakhs?|crores?))*\b"
)
_VAGUE = [
    (r"tens of millions", 20_000_000, 99_999_999),  # (as "tens of thousands")
    (r"hundreds of thousands", 200_000, 999_999),
    (r"tens of thousands", 20_000, 99_999),
    (r"several thousand", 2_000, 9_999),
    (r"thousands", 2_000, 9_999),
    (r"several million|millions", 2_000_000, None),
    (r"hundreds", 200, 999),
    (r"dozens", 24, 99),
]
_LOWER = r"(?:more than|greater than|over|at least|upwards of|in excess of|no fewer than|some more than)"
_UPPER = r"(?:up to|nearly|almost|as many as|close to|under|fewer than|less than)"
_ABOUT = r"(?:about|around|approximately|roughly|some|an estimated|estimated|about an|nearly about)"
_PEOPLE = (
    r"(?:people|persons|residents|inhabitants|customers|consumers|subscribers|homes|households|"
    r"houses|users|families|homes and businesses|customers and businesses|residences and businesses|others|citizens|"
    r"civilians|children|clients|apartments|dwellings|accounts|connections|properties|premises|meters|members|"
    # ("more than 4 thousand farms are de-energized", "3.4 thousand recipients without electricity": a Polish utility's customers)
    r"tenants|seniors|pensioners|patients|students|farms|recipients|modems|islanders|villagers|locals|individuals|"
    # ("almost fifteen thousand Alabamians", "300,000 Ukrainians": a people by its name)
    r"(?-i:[A-Z][a-z]{2,}(?:ians|ans|ites)))"
)
_NOT_PEOPLE = re.compile(
    r"^\s*(?:megawatts?|mw|gw|kw|gigawatts?|kilowatts?|states|buildings|dollars|euros|"
    r"rubles|hryvnias?|pounds|percent|%|km|kilometres|kilometers|miles|hours|days|weeks|"
    r"months|years|degrees|°|tons|tonnes|metres|meters|feet|substations|transformers|lines|"
    r"towers|poles|drones|missiles|rockets|shells|vehicles|flights|passengers|travellers|"
    r"travelers|stranded|kv|volts)",
    re.I,
)


def parse_number(s: str) -> int | None:
    """'23' -> 23, '4.5 million' -> 4500000, 'one' -> 1, 'twenty-three' -> 23."""
    s = s.strip().lower().replace("\u2009", " ")
    and_half = re.fullmatch(r"(.+?)\s+and\s+a\s+half\s+(million|billion|thousand|lakhs?|crores?)", s)
    if and_half and (whole := parse_number(and_half.group(1))) is not None:
        # "two and a half lakh" = 250,000
        scale = parse_number("1 " + and_half.group(2))
        return int(round((whole + 0.5) * scale)) if scale else None
    half = re.fullmatch(r"half[\s-]an?[\s-](million|billion)|an?\s+half[- ](million|billion)", s)
    if half:  # "half a million"
        return _SCALES[half.group(1) or half.group(2)] // 2
    quarter = re.fullmatch(r"(a|one|three)\s+quarters?\s+of\s+an?\s+(million|billion)", s)
    if quarter:  # "a quarter of a million", "three quarters of a million"
        return _SCALES[quarter.group(2)] * (3 if quarter.group(1) == "three" else 1) // 4
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        return int(s.replace(".", ""))  # "In excess of 60.000 Norwegians": a point between thousands, as much of Europe writes it
    s = re.sub(r"^(\d{1,3}),(\d{1,2})(?=\s*(?:million|billion|mln|bn)\b)", r"\1.\2", s)  # "1,5 million" = 1.5 million
    m = re.fullmatch(r"(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,\s]\d{3})+|\d+(?:\.\d+)?)\s*(million|billion|thousand|thous\.|mln|mn|bn|lakhs?|crores?|m|k)?", s)
    if m:
        v = float(re.sub(r"[,\s]", "", m.group(1)))
        # (South Asian English: a lakh is 100,000, a crore 10 million)
        mult = {"million": 1e6, "m": 1e6, "billion": 1e9, "thousand": 1e3, "thous.": 1e3, "k": 1e3, "mln": 1e6, "mn": 1e6, "bn": 1e9, "lakh": 1e5, "lakhs": 1e5,
                "crore": 1e7, "crores": 1e7}.get(m.group(2) or "", 1)
        return int(round(v * mult))
    total, cur = 0, 0
    for w in re.split(r"[\s-]+", s):
        if w == "dozen":
            cur = max(cur, 1) * 12  # "a dozen", "two dozen", "half a dozen" (below)
        elif w in _UNITS:
            cur += _UNITS[w]
        elif w in _SCALES:
            cur = max(cur, 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, cur = total + cur, 0
        elif w == "and":
            continue
        else:
            return None
    return total + cur


@dataclass(frozen=True)
class Quantity:
    min: int | None
    max: int | None
    text: str
    start: int  # offsets inside the sentence
    end: int


def _quantity_at(text: str, m: re.Match) -> Quantity | None:
    phrase = m.group(0)
    low = phrase.lower()
    for pat, lo, hi in _VAGUE:
        if re.search(rf"\b{pat}\b", low):
            return Quantity(lo, hi, phrase.strip(), m.start(), m.end())
    body = re.sub(rf"^(?:{_LOWER}|{_UPPER}|{_ABOUT})\s+", "", phrase.strip(), flags=re.I)
    nm = re.search(NUMBER, body, re.I)
    if not nm:
        return None
    n = parse_number(nm.group(0))
    if n is None:
        return None
    if re.match(_LOWER, low) or re.search(r"-plus\b|\bplus\b|\d\+", low):
        return Quantity(n, None, phrase.strip(), m.start(), m.end())
    if re.match(_UPPER, low):
        return Quantity(None, n, phrase.strip(), m.start(), m.end())
    # ("between 200,000 and 300,000 people", "around 200-300,000 people", "2-3 million": a range, its two ends)
    rng = re.search(r"(?:\bbetween\s+(\d[\d,.]*)\s+and|(?<![\w.,])(\d[\d,.]*)\s*(?:-|–|to))\s*$", text[max(0, m.start() - 30) : m.start()], re.I)
    if rng and phrase[:1].isdigit() and (lo := parse_number(rng.group(1) or rng.group(2))) and 0 < lo < n:
        for mult in (1, 1000, 1_000_000):
            if n / 10 <= lo * mult < n:
                start = m.start() - (len(text[max(0, m.start() - 30) : m.start()]) - rng.start())
                return Quantity(int(lo * mult), n, text[start : m.end()].strip(), start, m.end())
    return Quantity(n, n, phrase.strip(), m.start(), m.end())


_QTY = rf"(?:(?:{_LOWER}|{_UPPER}|{_ABOUT})\s+)?(?:tens of millions|hundreds of thousands|tens of thousands|several thousand|thousands|several million|millions|hundreds|dozens|{NUMBER})(?:-plus|\s+plus|\+)?"
_AFFECTED_PATTERNS = [
    # "4.5 million homes and businesses", "174,000 people"
    re.compile(rf"(?<![\w$€£.,]){_QTY}(?:\s+of)?(?:\s+(?:\w+\s+)?{_PEOPLE})\b", re.I),
    # "Approximately 80,000 residential and commercial customers"
    re.compile(rf"(?<![\w$€£.,]){_QTY}\s+(?:residential|domestic|household|commercial|business|industrial)\s+(?:and|or)\s+"
               rf"(?:residential|domestic|household|commercial|business|industrial)\s+{_PEOPLE}\b", re.I),
    # "about 120,000 CenterPoint Energy customers": a utility's name in between
    # ("45,000 Oklahoma Gas & Electric customers")
    # ("about 120,000 Public Service Company of Oklahoma customers")
    # ("nearly 7,000 San Antonio area residents": a town's area)
    # ("1.55 crore Palli Bidyut Samiti (PBS) customers": the name's initials in brackets)
    re.compile(rf"(?<![\w$€£.,]){_QTY}\s+(?-i:[A-Z][\w.&-]*)(?:\s+(?:(?-i:[A-Z][\w.&-]*)|&|(?-i:of|and|the))){{0,5}}(?:\s+\((?-i:[A-Z][A-Za-z&]{{1,9}})\))?\s+(?:(?-i:area|metro|region)\s+)?{_PEOPLE}\b", re.I),
    # "900,000 internet, phone and television clients": a list of the services they take
    re.compile(rf"(?<![\w$€£.,]){_QTY}\s+(?:(?:internet|phone|telephone|mobile|television|TV|broadband|landline|cable|electricity|power|gas|water)"
               rf"(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)){{1,4}}(?:internet|phone|telephone|mobile|television|TV|broadband|landline|cable|"
               rf"electricity|power|gas|water)\s+{_PEOPLE}\b", re.I),
    # "left hundreds of thousands in darkness / without power"
    re.compile(rf"\b(?:left|leaving|leaves?|affect(?:ed|ing|s)?|plunged|plunging|plunges?|cut off|cutting off|cuts? off|to)\s+(?:an?\s+)?(?:estimated\s+)?{_QTY}(?=\s+(?:in\b|without\b|of\b|with no\b|across\b|powerless\b))", re.I),    # "425,000 customers were without power in A and another 40,000 were in the dark in B": the
    # noun of the figure before
    # ("while another nearly 90,000 are powerless in Louisiana")
    re.compile(rf"\b(?:another|a further|an additional)\s+{_QTY}(?=\s+(?:were|was|had|have|lost|remained|remain|are|is)\b)", re.I),
    # "The number of households without electricity reached 290,000"
    re.compile(rf"\bnumber\s+of\s+(?:\w+\s+){{0,2}}?{_PEOPLE}\s+(?:left\s+)?(?:without|who lost|cut off from)\s+(?:\w+\s+){{0,2}}?"
               rf"(?:reached|rose to|climbed to|grew to|stood at|was|exceeded|topped|hit|fell to|dropped to|declined to|decreased to)\s+({_QTY})", re.I),
    # "There were more than 150,000 outages in Kentucky": customer outages, as trackers count them
    # ("About 70,000 blackouts persisted after an ice storm")
    re.compile(rf"(?<![\w$€£.,]){_QTY}(?=\s+(?:power\s+)?(?:outages|blackouts)\b)", re.I),
    # "while nearly 67,000 were without electricity in West Virginia": a count with no noun, said
    # to be without a service
    # ("Millions were left without electricity as the storm made landfall")
    # ("Millions were left in darkness")
    re.compile(rf"(?<![\w$€£.,]){_QTY}(?=\s+(?:were|was|remained|remain|are)\s+(?:still\s+)?(?:left\s+)?(?:without|in\s+(?:the\s+)?dark(?:ness)?)\b)", re.I),
    # ("hundreds of thousands in Manhattan were without electricity": a count with no noun, its place between)
    re.compile(rf"(?<![\w$€£.,]){_QTY}(?=\s+in\s+(?-i:[A-Z][\w.’'-]*)(?:\s+(?-i:[A-Z][\w.’'-]*)){{0,3}},?\s+(?:were|was|remained|remain|are|"
               rf"have\s+been|had\s+been)\s+(?:still\s+)?(?:left\s+)?(?:without|in\s+the\s+dark)\b)", re.I),
    # "402,000 left in the dark as storm tears through Ireland": a headline's count with no noun
    # ("Massive power outage paralyzed Prague, 200,000 left without power": after a comma or a dash too)
    re.compile(rf"(?:^|(?<=:\s)|(?<=\D,\s)|(?<=\s[-–—]\s))(?:(?:about|around|some|nearly|almost|over|more than)\s+)?{_QTY}(?=\s+(?:left|plunged|are|were)\s+(?:in(?:to)? (?:the\s+)?dark(?:ness)?|without)\b)", re.I),
    # "leaving at least 16 people dead and over 2.5 million without electricity": a count with no noun,
    # said to be without a service
    re.compile(rf"(?<![\w$€£.,]){_QTY}(?=\s+(?:still\s+)?without\s+(?:power|electricity|heat(?:ing)?|water|gas|service|internet)\b)", re.I),
    # "leaves 20,000 Berliners without electricity", "300,000 Houstonians lost power": a city's people
    # ("Millions of Australians were without phone and internet access")
    re.compile(rf"(?<![\w$€£.,]){_QTY}(?:\s+of)?\s+(?-i:[A-Z][a-z]+(?:ians|ans|ers|ites|ese|is))(?=\s+(?:without|in the dark|lost|were|are|have|has|had|experienced|suffered|remain\w*)\b)", re.I),
    # "Around 780,000 of those without power are in the region of Brittany": a part of the count told before
    # ("more than 1 million customers were without power in Texas - some 900,000 of them in Harris County")
    re.compile(rf"(?<![\w$€£.,]){_QTY}(?=\s+of\s+(?:those|them|these)\s+(?:still\s+)?(?:without|who\s+(?:lost|are|were|remain)|in\s+the\s+dark|affected|in\b))", re.I),
    # "power was restored to a majority of the hundreds of thousands who had been left in the dark": the
    # count of those cut off, told with no noun
    re.compile(rf"(?<![\w$€£.,]){_QTY}(?=\s+who\s+(?:had\s+|have\s+|has\s+)?(?:been\s+)?(?:left\s+)?(?:in\s+the\s+dark|without|lost)\b)", re.I),
    # "1.2 million French people are without electricity, of which 780,000 reside in Brittany"
    re.compile(rf"\bof\s+(?:which|whom|them|those)\s+({_QTY})(?=\s+(?:reside|live|are|were|is|was)\s+in\b)", re.I),
    # "That includes 44,000 in Northland", "Of those, 3,000 are in Kherson": a part of the count told before
    re.compile(rf"(?:\b(?:includes?|included)\s+|^\W*Of\s+(?:those|them|these)\s*,\s*)({_QTY})(?=\s+(?:(?:are|were|is|was)\s+)?(?:in|across|from|at)\b)", re.I),
    # "it was restored at 3 am, affecting a population of over 1,50,000"
    re.compile(rf"\baffect(?:ed|ing|s)?\s+(?:a\s+|the\s+)?population\s+of\s+({_QTY})", re.I),
    # "approximately 240,000 or 35 per cent of JPS customers are now without electricity": the count
    # told before its share of all customers
    re.compile(rf"(?<![\w$€£.,]){_QTY}(?=,?\s+or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?\d+(?:\.\d+)?\s*"
               rf"(?:per\s*cent|percent|%)\s+of\s+(?:the\s+|its\s+|all\s+|their\s+)?(?:[\w’'.&-]+\s+){{0,4}}?{_PEOPLE}\b)", re.I),
]


_COMPARED_WITH = re.compile(rf"\bcompared\s+(?:with|to)\s+({_QTY})", re.I)
_DOWN_FROM_PEAK = re.compile(rf"\b(?:down\s+)?from\s+(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:high|peak|maximum)\s+of\s+({_QTY})", re.I)


_PROTESTED = re.compile(
    r"\s*(?:\w+\s+)?(?:(?:who|that)\s+(?:were|are|had been|have been)\s+(?:still\s+)?)?(?:blocked|protested|protesting|rallied|marched|gathered|demonstrated|took to the streets|"
    r"staged|joined|attended|signed|enraged|angered|rioted|rioting|stormed|storming)\b", re.I)


@lru_cache(maxsize=8192)  # a sentence is asked once per place and rule
def find_affected(sentence: str) -> Quantity | None:
    """People/customers affected stated in a sentence, or None."""
    sentence = re.sub(r"[\"“”](?=\w)|(?<=\w)[\"“”]", " ", sentence)  # ('leaving "thousands" of consumers')
    peak = _DOWN_FROM_PEAK.search(sentence)
    if peak:
        # "300,000 remained without power, down from a high of some 800,000": the outage's extent
        q = _quantity_at(sentence, re.compile(re.escape(peak.group(1))).search(sentence, peak.start(1)))
        if q and (q.min or q.max or 0) >= 2:
            return q
    compared = _COMPARED_WITH.search(sentence)
    if compared:
        # "325,000 customers were without electricity on Friday, compared with 1.2 million on Thursday": the
        # earlier, larger count is the outage's extent
        q = _quantity_at(sentence, re.compile(re.escape(compared.group(1))).search(sentence, compared.start(1)))
        first = find_affected(sentence[: compared.start()])
        if q and first and (q.min or q.max or 0) > (first.min or first.max or 0):
            return q
    # ("thousands of residents remained without power, most of the 72,000 Humboldt County customers ...":
    # of the "N people" forms, the one written first)
    found = sorted((m for pat in _AFFECTED_PATTERNS[:3] for m in pat.finditer(sentence)), key=lambda m: m.start())
    found += [m for pat in _AFFECTED_PATTERNS[3:] for m in pat.finditer(sentence)]
    for m in found:
        after = sentence[m.end() : m.end() + 25]
        if re.match(r"\s*of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}\d+\s+(?:regions|states|provinces|districts|counties|oblasts|departments|prefectures)", after + sentence[m.end() + 25 : m.end() + 60]):
            continue  # "14 of Chile's 16 regions": a count of regions
        if re.match(r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:villages|towns|cities|settlements|communities|localities|districts|"
                    r"buildings|neighbou?rhoods|streets|areas|blocks|schools|hospitals)\b", sentence[m.end() : m.end() + 60], re.I) \
                and not re.search(r"\b(?:people|residents|inhabitants|households|homes|customers|consumers)$", m.group(0), re.I):
            # (but "more than 100,000 residents of 150 towns and villages": the people of those places)
            continue  # "cut to dozens of mountain villages": places, not people
        if re.search(r"\bof\s+(?:the\s+|its\s+)?\d+\s+(?:\w+\s+)?(?:municipalities|cities|towns|villages|regions|provinces|states|districts|"
                     r"counties|oblasts|departments|settlements|communities|neighbou?rhoods)\b[^,;]{0,40},\s*$", sentence[max(0, m.start() - 80) : m.start()], re.I):
            continue  # "Of the 16 municipalities in the state, 14 remain without electricity": places, not people
        if re.search(r"\b(?:crew|crews|staff|personnel|workers|linemen|lineworkers|troops|soldiers|rescuers|firefighters|volunteers|responders)\b", m.group(0), re.I):
            continue  # "more than 1,300 crew members working to restore power": who mends it, not who lost it
        if _NOT_PEOPLE.match(after) or re.search(r"\b(killed|dead|died|drowned|perished|lost (?:their|his|her) li(?:ves|fe)|injured|wounded|wounds|injuries|hospitali[sz]ed|stranded|trapped|stuck|rescued|evacuated|displaced|homeless|sheltering|unaccounted|walk|walked|walking)\b", sentence[m.end(): m.end() + 40], re.I):
            continue  # (nor "forced tens of thousands of people to walk for hours": commuters stranded)
        if re.search(r"\b(?:damage|damages|damaging|damaged|destroying|destroyed|unroofing|unroofed|flooding|flooded)\s+(?:to\s+)?(?:about\s+|around\s+|some\s+|"
                     r"nearly\s+|almost\s+|over\s+|more\s+than\s+|at\s+least\s+)?$", sentence[max(0, m.start() - 40) : m.start()], re.I) \
                and re.search(r"\b(?:houses|homes|dwellings|apartments|properties|premises|residences)\b", m.group(0), re.I):
            continue  # "damage to about 2,800 houses", "flooding 300 homes": buildings, not people who lost a service
        if re.match(r"\s*(?:\w+\s+)?(?:(?:were|was|had been|have been)\s+)?(?:\w+ly\s+)?(?:destroyed|damaged|burned|burnt|flooded|razed|collapsed)\b", after):
            # "about 7,000 homes were destroyed", "seven buildings destroyed and 35 others damaged":
            # buildings, not people who lost a service
            continue
        if re.search(r"\b(?:supplies|supply|service|services)\s+(?:was|were|has been|have been)\s+restored\s+(?:also\s+)?(?:at|to|for)\s+"
                     r"(?:some\s+|about\s+|around\s+|nearly\s+)?$", sentence[max(0, m.start() - 60) : m.start()], re.I):
            continue  # "water supplies were restored also at some 110 households in central Suzu": those back, not those cut
        if re.search(r"\brestor\w*\s+(?:power|electricity|service|(?:the\s+)?(?:power\s+|electricity\s+)?suppl(?:y|ies))\s+(?:to|for)\s+(?:an?\s+additional\s+|another\s+)?"
                     # ("had restored power to more than half of the 25,000 customers in the region": those back)
                     r"(?:(?:(?:more\s+than|over|about|nearly|almost)\s+)?(?:half|a\s+third|two\s+thirds|most|the\s+majority|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))\s+of\s+(?:the\s+|its\s+|their\s+)?)?$",
                     sentence[max(0, m.start() - 70) : m.start()], re.I) and not re.search(
                         # (but "is working to restore power to 90,000 customers across Michigan": those still out)
                         r"\b(?:working|works|worked|work|racing|scrambling|struggling|continu\w+|trying|efforts?)\s+to\s+restore\s+\w+\s+(?:to|for)\s+"
                         r"(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|some\s+)?$", sentence[max(0, m.start() - 70) : m.start()], re.I):
            continue  # "expects to restore power for 1 million customers by Wednesday": those it will restore
        if re.match(r"\s*(?:\w+\s+)?(?:have|has|had)\s+(?:now\s+|since\s+|already\s+)?been\s+(?:reconnected|restored|re-?energi[sz]ed)\b|"
                    r"\s*(?:\w+\s+)?(?:were|was)\s+(?:later\s+|since\s+|already\s+)?(?:reconnected|re-?energi[sz]ed)\b", sentence[m.end() :], re.I):
            continue  # "Since then over 500 homes have been reconnected": those back, not those cut off
        if re.match(r"\s+(?:whose|with)\s+(?:power|electricity|service|lights|water)\s+(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?restored\b",
                    sentence[m.end() : m.end() + 60], re.I):
            continue  # "296,657 customers whose power was restored in the last 24 hours": those back
        has = re.match(r"\s+(?:already\s+|now\s+)?(?:had|have|has|got|saw)\s+(?:their\s+|its\s+)?(?:power|electricity|service|lights|water)\b"
                       r"(?!\s+(?:cut|knocked|shut|turned off|disrupted))(\s+(?:back|restored|returned))?", sentence[m.end() : m.end() + 60], re.I)
        if has and (not has.group(1) or re.search(r"\bof\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?$", sentence[max(0, m.start() - 40) : m.start()])):
            # "Some 500,000 customers had electricity", "nearly a half-million of the island's 1.5 million customers had
            # their power restored": those with power, a share of all (but "about 25,000 consumers had power restored after
            # a night without electricity" were the ones cut off)
            continue
        if _PROTESTED.match(sentence[m.end() : m.end() + 60]):
            continue  # "Hundreds of people blocked roads to protest against power cuts": protesters
        if re.search(r"\bmet(?:er|re)s\s*$", m.group(0), re.I) and re.search(
                r"\b(?:from|to|by|at|of)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?$", sentence[max(0, m.start() - 20) : m.start()], re.I):
            continue  # "Its level dropped sharply from 17 meters": a length (utilities' "40,000 meters without power" are counted)
        if re.search(r"\b(?:killing|killed|kills|injuring|injured|wounding|wounded|hurt|hurting|evacuating|evacuated|lives of|bodies of|deaths of|injuries to)\s+(?:at least\s+|some\s+|about\s+|more than\s+|over\s+)?$",
                     sentence[max(0, m.start() - 30) : m.start()], re.I):
            continue  # "killing at least 20 people": casualties, not people affected
        if re.search(r"\b(?<!entire )(?<!whole )(?:(?:city|town|region|province|state|country|nation|island|metropolis|area)\s+of|(?<!affecting a )(?<!affected a )population\s+(?:of|is|was)|home\s+to|inhabited\s+by|\bevacuation\s+of)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|roughly\s+)?$",
                     sentence[max(0, m.start() - 30) : m.start()], re.I) and not re.search(
                         # (nor "knocked out power across the island nation of 22 million people": all of them)
                         r"\b(?:across|throughout)\s+(?:the\s+)?(?:entire\s+|whole\s+)?(?:island\s+)?(?:nation|country|island)\s+of\s+"
                         r"(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|roughly\s+)?$", sentence[max(0, m.start() - 50) : m.start()], re.I):
            # (but "power to the entire island of 3.3 million people" is who lost it)
            continue  # "a city of four million people": its size, not who lost power
        if re.search(r"\b(?:provider|supplier|utility|distributor|retailer)\s+(?:of\s+(?:electricity|power|water|gas)\s+)?(?:for|to)\s+(?:about\s+|some\s+|nearly\s+|"
                     r"almost\s+|more than\s+|over\s+|roughly\s+)?$|\b(?:serves|serving|supplies|supplying)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+|"
                     r"over\s+|roughly\s+|its\s+|their\s+)?$", sentence[max(0, m.start() - 40) : m.start()], re.I) \
                and not re.match(r"[^.;]{0,40}?\b(?:without|lost|losing|in\s+the\s+dark|who|that|affected)\b", sentence[m.end() :], re.I):
            continue  # "the lone electricity provider for more than 26,000 commercial and residential customers": all it serves
        if re.search(r",\s*which\s+(?:has|had)\s+(?:about\s+|some\s+|nearly\s+|more than\s+|over\s+)?$", sentence[max(0, m.start() - 30) : m.start()], re.I) \
                and not re.match(r"\s*(?:without|in\s+the\s+dark|who|that|lacking|with\s+no)\b", sentence[m.end() :], re.I):
            continue  # "In Sichuan, which has 94 million people, water levels are down": its size
        text = m.group(1) if m.re.groups else m.group(0)
        text = re.sub(r"^(?:left|leaving|leaves?|affect(?:ed|ing|s)?|plunged|plunging|plunges?|cut off|cutting off|cuts? off|to|another|a further|an additional)\s+", "", text, flags=re.I)
        start = m.start() + m.group(0).find(text)
        if re.search(r"\b(lives|years|dollars)\b", text, re.I):
            continue
        q = _quantity_at(sentence, re.compile(re.escape(text)).search(sentence, start))
        least = 1000 if sentence[m.end() :].lstrip().lower().startswith(("outages", "power outages")) else 2
        among = _AMONG_TOTAL.match(sentence, q.end) if q else None
        if among:
            # "More than 2.2 million CenterPoint customers lost power, among some 2.7 million customers who
            # lost power across Texas": the total of the place named after it
            total = _quantity_at(sentence, re.compile(re.escape(among.group(1))).search(sentence, among.start(1)))
            if total and (total.min or total.max or 0) > (q.min or q.max or 0):
                return total
        if q and (q.min or q.max) and (q.min or q.max) >= least:
            return _share_of(sentence, q)
    return None


_AMONG_TOTAL = re.compile(rf"[^.;]{{0,60}}?,\s+among\s+({_QTY})(?=[^.;]{{0,60}}\b(?:across|in|throughout)\s+(?:the\s+)?[A-Z])", re.I)
_FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
              "two thirds": 2 / 3, "two-thirds": 2 / 3, "three quarters": 0.75, "three-quarters": 0.75,
              "a majority": 0.5, "the majority": 0.5}  # ("a majority of the country's 220 million": more than half)
_PERCENT_BEFORE = re.compile(rf"(?:({_LOWER}|{_UPPER}|{_ABOUT})\s+)?(\d{{1,2}}(?:\.\d+)?)\s*(?:%|percent|per cent)\s+of\s+"
                             r"(?:the\s+|its\s+|their\s+)?(?:[\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?[’']s\s+)?$", re.I)
# (and "only 1,000 out of the island's 52,000 households remained without power")
# (and "109,156 of 463,455 customers were without power": a count of a count)
_PART_BEFORE = re.compile(rf"(?<![\w.,])((?:(?:{_LOWER}|{_UPPER}|{_ABOUT})\s+)?(?:{NUMBER}))\s+(?:of\s+(?:the\s+|its\s+|their\s+)?|out\s+of\s+(?:the\s+|its\s+|their\s+)?)"
                          r"(?:[\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?[’']s\s+)?$", re.I)
_SHARE_BEFORE = re.compile(rf"(?:({_LOWER}|{_UPPER}|{_ABOUT})\s+)?({'|'.join(_FRACTIONS)})\s+of\s+"
                           r"(?:the\s+|its\s+|their\s+)?(?:[\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?[’']s\s+)?$", re.I)


_NEARLY_ALL_OF = re.compile(r"\b(?:almost|nearly|virtually|practically)\s+all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
                            r"(?:[\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?[’']s\s+)?$", re.I)


def _share_of(sentence: str, q: Quantity) -> Quantity:
    """ "more than half of Puerto Rico's 3 million people", "nearly 90% of 1.47 million clients": the
    share of the total, not the total."""
    pct = _PERCENT_BEFORE.search(sentence[max(0, q.start - 60) : q.start])
    if pct is not None and q.min == q.max and q.min is not None:
        n = round(q.min * float(pct.group(2)) / 100)
        bound = (pct.group(1) or "").lower()
        lo, hi = (n, None) if re.fullmatch(_LOWER, bound) else (None, n) if re.fullmatch(_UPPER, bound) else (n, n)
        start = max(0, q.start - 60) + pct.start()
        return Quantity(lo, hi, sentence[start : q.end], start, q.end)
    part = _PART_BEFORE.search(sentence[max(0, q.start - 60) : q.start])
    if part is not None and re.match(r"\s+(?:who|that|which)\s+(?:had\s+|have\s+)?(?:lost|were\s+left\s+without|went\s+without|had\s+been\s+without)\b",
                                     sentence[q.end :], re.I):
        return q  # ("just 156 of the 234,292 residents who lost power remained without service": the whole is who lost it)
    if part is not None and q.min == q.max and q.min is not None:
        # "more than 1.2 million of the island's 1.47 million customers": the part, not the whole
        at = max(0, q.start - 60) + part.start(1)
        qq = find_affected(part.group(1) + " people")
        if qq is not None and (qq.min or qq.max or 0) <= q.min:
            return Quantity(qq.min, qq.max, sentence[at : q.end], at, q.end)
    m = _SHARE_BEFORE.search(sentence[max(0, q.start - 60) : q.start])
    nearly_all = _NEARLY_ALL_OF.search(sentence[max(0, q.start - 60) : q.start])
    # (but "on track to restore nearly all the 210,000 customers affected": those it will restore, of all who lost it)
    if m is None and nearly_all is not None and q.min == q.max and q.min is not None \
            and not re.search(r"\b(?:restor|reconnect)\w*\s+(?:\w+\s+){0,2}$", sentence[max(0, q.start - 90) : max(0, q.start - 60) + nearly_all.start()]):
        # ("Almost all of the country's 57 million people were affected": up to all of them)
        start = max(0, q.start - 60) + nearly_all.start()
        return Quantity(None, q.min, sentence[start : q.end], start, q.end)
    if m is None or q.min != q.max or q.min is None:
        return q
    n = round(q.min * _FRACTIONS[m.group(2).lower()])
    bound = (m.group(1) or "").lower() or ("more than" if m.group(2).lower() in ("a majority", "the majority") else "")
    lo, hi = (n, None) if re.fullmatch(_LOWER, bound) else (None, n) if re.fullmatch(_UPPER, bound) else (n, n)
    start = max(0, q.start - 60) + m.start()
    return Quantity(lo, hi, sentence[start : q.end], start, q.end)


# who the figure counts: "three people", "a woman", "12 civilians", "two police officers"
WHO = (rf"(?:(?!(?:{_NUMWORD}|\d[\d,.]*)\s)[\w-]+\s+){{0,2}}?"  # ("two civil defence workers"; not "a further two people")
       r"(?:people|persons?|civilians?|residents?|children|child|men|man|women|woman|soldiers?|workers?|"
        r"employees?|officers?|rescuers?|firefighters?|miners?|patients?|others|victims?|individuals?|passengers?|"
        r"protesters?|demonstrators?|bystanders?|pedestrians?|journalists?|guards?|volunteers?|teenagers?|boys?|girls?|"
        r"students?|doctors?|nurses?|medics?|drivers?|farmers?|fishermen|pensioners?|policem[ae]n|servicem[ae]n|citizens?|inhabitants?|villagers?)")
# "at least", "no fewer than": a toll's lower bound is its number
_CQ = r"(?:(?:at least|no fewer than|not less than|more than|over|nearly|about|around|some)\s+)"
_KILLED = [
    re.compile(rf"\b(?:killed|killing|kills|kill|(?:claimed|claiming|claims|took|taking|takes) the lives of)\s+{_CQ}?({NUMBER})", re.I),
    # "claimed at least four lives", "The bodies of five people were recovered"
    re.compile(rf"\b(?:claimed|claiming|claims|took|taking|takes)\s+(?:at least\s+|more than\s+|over\s+|nearly\s+|about\s+|some\s+)?({NUMBER})\s+(?:\w+\s+)?lives\b", re.I),
    # "resulted in the tragic loss of at least 14 lives", "30 lives were lost"
    re.compile(rf"\bloss\s+of\s+{_CQ}?({NUMBER})\s+(?:\w+\s+)?lives\b", re.I),
    re.compile(rf"\b({NUMBER})\s+lives\s+(?:were|have\s+been|had\s+been)\s+lost\b", re.I),
    re.compile(rf"\bbodies\s+of\s+(?:at least\s+|more than\s+|another\s+)?({NUMBER})\s+(?:{WHO}\s+)?(?:were|have been|had been|was)\s+(?:\w+ly\s+)?"
               r"(?:recovered|found|retrieved|pulled|removed)\b", re.I),
    re.compile(rf"\b(?:recovered|found|retrieved|pulled|removed)\s+the\s+bodies\s+of\s+(?:at least\s+|another\s+)?({NUMBER})\b", re.I),
    # "The body of a man was found under the rubble": one
    re.compile(r"\bbody\s+of\s+(an?|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|resident|civilian|person|pensioner|teenager)\s+"
               r"(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:found|recovered|retrieved|pulled|removed)\b", re.I),
    re.compile(rf"({NUMBER})\s+bodies\s+(?:were|have been|had been)\s+(?:\w+ly\s+)?(?:recovered|found|retrieved|pulled)\b", re.I),
    # ("Five people, including two children, were killed")
    re.compile(rf"({NUMBER})\s+(?:{WHO}\s*)?(?:,\s*(?:including|among them)\s+[^,]{{1,40}},\s*)?(?:more\s+|others?\s+)?(?:were|was|have been|had been|are|is|have|has|had)?\s*(?:also\s+)?(?:reported\s+|found\s+|(?:confirmed|reported|known)\s+to\s+have\s+(?:been\s+)?|confirmed\s+)?(?:[\w]+[- ]related\s+)?(?:killed|dead|died|deaths|fatalities|dies|drowned|perished|"
               r"lost\s+(?:their|his|her)\s+lives?|froze\s+to\s+death|frozen\s+to\s+death)\b", re.I),
    re.compile(rf"({NUMBER})\s+of\s+the\s+(?:[\w’']+\s+)?(?:dead|deaths|victims|fatalities|people killed|those killed)\b", re.I),
    # "At least a dozen other residents in the Houston area also died": where, between who and died
    re.compile(rf"({NUMBER})\s+(?:other\s+|more\s+)?{WHO}\s+(?:in|from|at|of|near)\s+(?:the\s+)?(?:[\w’'-]+\s+){{1,3}}?(?:also\s+|have\s+|had\s+)?(?:died|perished|(?:were|was|has\s+been|have\s+been|had\s+been)\s+killed)\b", re.I),
    # "has been blamed for the deaths of more than 30 people"
    re.compile(rf"\bdeaths\s+of\s+{_CQ}?({NUMBER})\s+(?:{WHO}|others)\b", re.I),
    # ("The death toll from Tuesday's missile strike on Kryvyi Rih has risen to four")
    # ("The official death toll stands at more than 3,300", "a death toll exceeding 3,300", "estimated to range from 4,000 to
    # over 11,000": a range's lower bound)
    re.compile(rf"death toll\s+(?:[\w’'.-]+,?\s+){{0,14}}?(?:to|of|at|is|was|stood at|reached|from|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topp?(?:s|ed|ing)?)\s+{_CQ}?({NUMBER})", re.I),
    # "the dead exceed 2,000"
    re.compile(rf"\bthe\s+dead\s+(?:now\s+)?(?:exceed(?:s|ed)?|number(?:s|ed)?|total(?:s|led|ed)?)\s+{_CQ}?({NUMBER})", re.I),
    # ("The number of deaths in cyclone Fani on Wednesday rose to 41")
    re.compile(rf"number of (?:the\s+)?(?:dead|deaths|people killed|fatalities|victims)\s+(?:\w+\s+){{0,7}}?(?:to|at|is|was|reached)\s+(?:at least\s+)?({NUMBER})", re.I),
    # "bringing to 16 the number of confirmed blizzard-related fatalities": the total after the new deaths
    re.compile(rf"\bbringing\s+to\s+(?:at least\s+)?({NUMBER})\s+the\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){{0,3}}?(?:deaths|fatalities|dead|victims)\b", re.I),
    # "The number of Texas deaths after Hurricane Beryl came ashore and knocked out power ... climbed to at least 36"
    re.compile(rf"number of (?:[A-Z][\w’'-]*\s+){{1,2}}(?:dead|deaths|fatalities|victims)\b[^.;]{{0,120}}?\b(?:rose|risen|climbed|increased|grew|jumped|reached|stood at|now stands at)\s+(?:to\s+)?(?:at least\s+)?({NUMBER})"),
    # "A man in Jackson, Tennessee, died of carbon monoxide poisoning": one person
    re.compile(r"(?:^|[^\w-])((?i:an?|one))\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|baby|resident|civilian|pensioner|teenager|"
               r"worker|driver|motorist|pedestrian|farmer|patient)\b(?:(?:\s+[a-z]+){0,3}?\s+(?:in|from|of|at|near)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
               r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,)?)?\s+(?:was\s+killed|(?:later\s+)?died|drowned|was\s+found\s+dead|was\s+pronounced\s+dead|lost\s+(?:his|her)\s+life|"
               r"(?:later\s+)?succumbed|froze\s+to\s+death)\b"),
]
_INJURED = [
    # "A 54-year-old port worker suffered shrapnel wounds"
    re.compile(rf"(?:^|[^\w-])({NUMBER})\s+(?:[\w-]+\s+){{0,2}}?{WHO}\s+(?:have\s+|has\s+|had\s+)?(?:suffered|sustained|received)\s+(?:\w+\s+){{0,2}}?(?:wounds|injuries|burns|fractures)\b", re.I),
    # "two people were killed and six received injuries"
    re.compile(rf"(?:^|[^\w-])({NUMBER})\s+(?:more\s+|others?\s+)?(?:suffered|sustained|received)\s+(?:\w+\s+){{0,2}}?(?:wounds|injuries|burns|fractures)\b", re.I),
    # "two people were hospitalised with shrapnel wounds"
    re.compile(rf"({NUMBER})\s+(?:{WHO}\s+)?(?:more\s+|others?\s+)?(?:were|was|have been|had been)\s+(?:hospitali[sz]ed|taken to hospital|treated)\s+"
               r"(?:with|for)\s+(?:\w+\s+){0,2}?(?:wounds|injuries|burns|fractures)\b", re.I),
    re.compile(rf"\b(?:injured|injuring|wounded|wounding|wounds|injures|hurt|hurting)\s+{_CQ}?(?:another\s+)?({NUMBER})", re.I),
    # ("A second strike hit rescue workers, killing two and injuring another person": one more)
    re.compile(r"\b(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?)\s+(another)\s+(?:\w+\s+)?(?:person|man|woman|worker|civilian|resident|rescuer|child|soldier|employee)\b", re.I),
    # "killing a woman and injuring her husband": one person
    re.compile(r"\b(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?)\s+(her|his|their|a|an|one)\s+(?:\w+\s+)?(?:husband|wife|son|daughter|child|boy|girl|man|woman|driver|resident|civilian|neighbou?r|mother|father)\b", re.I),
    # ("Three employees of the utility were hurt")
    re.compile(rf"({NUMBER})\s+(?:of\s+(?:its|their|the|his|her)\s+)?(?:{WHO}\s*(?:of\s+the\s+[\w-]+\s+)?)?(?:,\s*(?:including|among them)\s+[^,]{{1,40}},\s*)?(?:more\s+|others?\s+)?(?:were|was|have been|had been|are|is)?\s*(?:reported\s+)?(?:\w+ly\s+)?(?:injured|wounded|hurt|injuries)\b", re.I),
    # "Eight people sought medical attention", "three people were hospitalised"
    re.compile(rf"({NUMBER})\s+(?:{WHO}\s*)?(?:,\s*(?:including|among them)\s+[^,]{{1,40}},\s*)?(?:have\s+|had\s+)?"
               r"(?:sought|needed|required|received|requested)\s+medical\s+(?:help|attention|assistance|aid|care|treatment)\b", re.I),
    re.compile(rf"({NUMBER})\s+(?:{WHO}\s+)(?:were|have been|had been)\s+(?:hospitali[sz]ed|taken to hospital)\b", re.I),
    # "the driver escaped with minor injuries", "a woman was treated for burns": one person
    re.compile(r"\b(the|a|an|one|another)\s+(?:[\w-]+\s+)?(?:driver|man|woman|boy|girl|child|resident|civilian|passenger|pedestrian|worker|"
               r"guard|farmer|pensioner|teenager|motorist|cyclist|employee|officer|firefighter|rescuer)\s+(?:escaped|was\s+treated|was\s+hospitali[sz]ed|was\s+taken\s+to\s+hospital|"
               r"suffered|sustained|received)\s+(?:with\s+|for\s+)?(?:\w+\s+){0,2}?(?:injuries|wounds|burns|fractures)\b", re.I),
    # "a man was hit by an enemy strike. He was diagnosed with head and neck injuries": one person
    re.compile(r"(?:^|[.;:]\s+)(?-i:(He|She))\s+(?:was|has\s+been|had\s+been)\s+(?:diagnosed|hospitali[sz]ed|treated|admitted\s+to\s+hospital)\s+(?:with|for)\s+"
               r"(?:[\w-]+\s+){0,5}?(?:injuries|injury|wounds|burns|fractures|trauma)\b", re.I),
    # "shelling killed a man and left two women with shrapnel wounds"
    re.compile(rf"\b(?:left|leaving|leaves)\s+({NUMBER})\s+(?:{WHO}\s+)?with\s+(?:\w+\s+){{0,2}}?(?:wounds|injuries|burns|fractures)\b", re.I),
    # "killing two and leaving another person injured"
    re.compile(rf"\b(?:leaving|left|leaves)\s+({NUMBER}|another|an?|one)\s+(?:more\s+|other\s+)?(?:{WHO}|others?)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b", re.I),
    # "reported one civilian injury from the attack"
    re.compile(rf"(?:^|[^\w-])({NUMBER})\s+(?:reported\s+|civilian\s+|more\s+|serious\s+|minor\s+)?(?:injury|injuries)\b(?!\s+to\b)", re.I),
    # "Civilian casualties included injuries to 12 people"
    re.compile(rf"\binjur(?:y|ies)\s+to\s+(?:at least\s+|more than\s+|some\s+)?({NUMBER})\s+{WHO}", re.I),
    # "the number of wounded had risen to 15"
    re.compile(rf"number of (?:the\s+)?(?:wounded|injured|people injured|people wounded|injuries)\s+(?:\w+\s+){{0,4}}?(?:to|at|is|was|reached)\s+(?:at least\s+)?({NUMBER})", re.I),
]
# "A 58-year-old employee ... and a 64-year-old woman were injured": two people named one by one
_TWO_NAMED = re.compile(r"(?:^|[.;:]\s+|,\s+)(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|employee|worker|resident|civilian|driver|"
                        r"pensioner|guard|teenager|officer|firefighter|rescuer|medic|passenger|father|mother|husband|wife)\b[^.;]{0,60}?\s+and\s+(?:an?|the|his|her)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|employee|worker|resident|civilian|driver|pensioner|guard|teenager|"
                        r"officer|firefighter|rescuer|medic|passenger|husband|wife|son|daughter|grandson|granddaughter|mother|father)\s+"
                        r"(?:were|have been|had been)\s+(?:(?:\w+ly\s+)?(injured|wounded|hurt)|killed|(?:found\s+)?dead)\b")
# a toll that replaces an earlier one: "had risen to 15", "climbed to 40"
TOLL_UPDATE = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|increased|increases|grew|jumped|jumps)(?:\s+from\s+[\w,.]+)?\s+to\b|\bnow stands at\b|"
                         r"\bas of now\b[^.;]{0,20}\ba total of\b", re.I)  # ("As of now, a total of 13 injured and one dead are known")


_ROSE_FROM = re.compile(r"\b(rose|risen|rises|climbed|climbs|increased|increases|grew|jumped|jumps)\s+from\s+(?:\d[\d,]*|[a-z]+)\s+to\b", re.I)


def _first_count(patterns, sentence: str) -> tuple[int, str] | None:
    best = None
    for pat in patterns:
        for m in pat.finditer(sentence):
            n = 1 if m.group(1).lower() in ("her", "his", "their", "a", "an", "the", "another", "he", "she") else parse_number(m.group(1))
            if n is None or n > 1_000_000:
                continue
            if re.match(r"\s*(?:hours|days|minutes|years|weeks|percent|%)", sentence[m.end(1):], re.I):
                continue
            if re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:cows?|cattle|calves|sheep|pigs?|horses?|animals?|dogs?|cats?|birds?|chickens?|hens?|goats?|"
                        r"livestock|poultry|head\s+of\s+cattle)\b", sentence[m.end(1):], re.I):
                continue  # ("a live wire ... injured 16 dairy cows": animals, not people)
            if m.group(1).lower() == "one" and re.search(r"\bno(?:\s+|\s*[-‐–]\s*)$", sentence[max(0, m.start(1) - 4) : m.start(1)], re.I):
                continue  # "no one was hurt", "No-one was injured by the fire"
            if re.fullmatch(r"(?:19|20)\d\d", m.group(1)) and re.search(
                    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?,?\s+(?:\d{1,2},?\s+)?$|\b(?:in|since|of|during|from)\s+$",
                    sentence[max(0, m.start(1) - 16) : m.start(1)], re.I):
                continue  # "on 15 August 2021 killed 28": a year, not a count
            if best is None or m.start() < best[2]:
                best = (n, m.group(0), m.start())
    return (best[0], best[1]) if best else None


# "claiming the life of a 45-year-old man": one person
_THE_LIFE_OF = re.compile(r"\b(?:claimed|claiming|claims|took|taking|takes|cost|costing)\s+the\s+life\s+of\s+(?:a|an|one)\b|"
                          # "confirmed the death of a member of their team", "leading to one fatality", "one death is known"
                          r"\bthe\s+death\s+of\s+(?:a|an|one)\s+(?!of\b)|\b(?:one|a\s+single)\s+(?:confirmed\s+)?(?:fatality|death)\b(?!\s+(?:toll|rate|penalty|sentence|threat|squad))", re.I)
# "killing the driver": one person named by a role
_THE_ONE = re.compile(r"\b(?:killed|killing|kills|kill)\s+the\s+(?:[\w-]+\s+)?(?:driver|man|woman|boy|girl|child|resident|civilian|passenger|"
                      r"pedestrian|worker|guard|owner|farmer|fisherman|pensioner|teenager|cyclist|motorist|medic|rescuer)\b", re.I)
# "killed a woman and her two children": one and two
_FAMILY = re.compile(rf"\b(?:killed|killing|kills)\s+(an?|one)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|child|mother|father|resident)\s+and\s+"
                     rf"(?:her|his|their)\s+({NUMBER})\s+(?:\w+\s+)?(?:children|sons|daughters|grandchildren|relatives)\b", re.I)


# people listed one group at a time: "a man and three women were hospitalized", "killed a
# 55-year-old woman and a man": the groups add up
_PERSON = (r"(?:man|men|woman|women|child|children|boy|boys|girl|girls|person|persons|resident|residents|civilian|civilians|"
           r"teenager|teenagers|pensioner|pensioners|soldier|soldiers|worker|workers|employee|employees|driver|drivers|"
           # ("two children and one adult were injured")
           r"adult|adults|infant|infants|baby|babies|toddler|toddlers)")
_GROUP = rf"(?:an?|one|{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?{_PERSON}\b"
_LISTED_HURT = re.compile(rf"(?:^|[,;:]\s+|\b(?:while|and)\s+)((?:{_GROUP}(?:\s*,\s*|\s+and\s+)){{1,4}}{_GROUP})\s+(?:were|have been|had been)\s+(?:\w+ly\s+)?"
                          r"(?:hospitali[sz]ed|injured|wounded|hurt|taken to (?:a\s+)?hospital|(?:being\s+)?treated\s+in\s+hospital)\b", re.I)
_LISTED_KILLED = re.compile(rf"\b(?:killed|killing|kills)\s+((?:{_GROUP}(?:\s*,\s*|\s+and\s+)){{1,4}}{_GROUP})|"
                            # ("three adults and two children were killed")
                            rf"(?:^|[,;:]\s+|\b(?:while|and)\s+)((?:{_GROUP}(?:\s*,\s*|\s+and\s+)){{1,4}}{_GROUP})\s+(?:were|have been|had been)\s+"
                            r"(?:\w+ly\s+)?killed\b", re.I)
_ONE_GROUP = re.compile(rf"(an?|one|{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?{_PERSON}\b", re.I)


def _listed_sum(m: re.Match | None) -> int | None:
    if m is None:
        return None
    total = 0
    for g in _ONE_GROUP.finditer(next(x for x in m.groups() if x)):
        n = 1 if g.group(1).lower() in ("a", "an", "one") else parse_number(g.group(1))
        if n is None:
            return None
        total += n
    return total or None


_A_BEFORE_DIGITS = re.compile(r"\b(than|over|about|nearly|almost|around|some)\s+an?\s+(?=\d)", re.I)


@lru_cache(maxsize=8192)  # a sentence is asked once per place and rule
def find_casualties(sentence: str) -> tuple[int | None, int | None]:
    """(killed, injured) stated in a sentence; a missing figure is None."""
    sentence = _A_BEFORE_DIGITS.sub(r"\1 ", sentence)  # ("claimed more than a 100 lives": more than 100)
    sentence = _ROSE_FROM.sub(r"\1 to", sentence)  # ("The death toll rose from 2 to 3": the new count)
    fam = _FAMILY.search(sentence)
    if fam and parse_number(fam.group(2)):
        i = _first_count(_INJURED, sentence)
        return 1 + parse_number(fam.group(2)), (i[0] if i else None)
    k = _first_count(_KILLED, sentence)
    if k is None and (one := _THE_ONE.search(sentence) or _THE_LIFE_OF.search(sentence)):
        k = (1, one.group(0))
    nth = NTH_DEATH.search(sentence)
    if k is not None and nth and _ORDINALS[nth.group(1).lower()] > k[0]:
        k = (_ORDINALS[nth.group(1).lower()], nth.group(0))  # "two were killed, and a third victim ... died"
    i = _first_count(_INJURED, sentence)
    two = _TWO_NAMED.search(sentence)
    if two and two.group(1) and (i is None or i[0] == 1):
        i = (2, two.group(0))
    elif two and not two.group(1) and (k is None or k[0] == 1):
        k = (2, two.group(0))
    listed_k, listed_i = _listed_sum(_LISTED_KILLED.search(sentence)), _listed_sum(_LISTED_HURT.search(sentence))
    if listed_k and (k is None or k[0] < listed_k):
        k = (listed_k, "")
    if listed_i and (i is None or i[0] < listed_i):
        i = (listed_i, "")
    return (k[0] if k else None, i[0] if i else None)


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
NTH_DEATH = re.compile(rf"\b(?:a|the)\s+({'|'.join(_ORDINALS)})\s+(?:victim|person|man|woman|child|resident|civilian|passenger)\b"
                        r"[^.;]{0,60}?\b(?:died|succumbed|was killed|was found dead)\b", re.I)


_TEMP = re.compile(
    # ("35,9 degrees": a decimal comma; "in temperatures of 7degC": New Zealand's abbreviation)
    # (not the dash of a range: "37-38 degrees Celsius" is no minus 38)
    # ("below —20 C": an em dash typed for the minus)
    r"(?P<text>(?P<sign>(?<![\d])[-−–—]|minus\s+|below zero\s+)?(?P<num>(?<![\d.,])\d+(?:\.\d+|,\d(?!\d))?)\s*(?:°|º|˚|degrees?|deg\.?(?=\s?[CF]\b))\s*"
    r"(?P<unit>celsius|fahrenheit|[CF]\b)?(?P<below>\s*below(?: zero| freezing)?)?)",
    re.I,
)


# "minus 12 C", "-5C": a wire-style temperature without the degree sign
_TEMP_BARE = re.compile(r"(?P<text>(?P<sign>(?<![\d])[-−–—]|minus\s+)?(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>[CF])(?P<below>)(?![\w'’]))")


# "minus eight degrees Celsius": the number in words
_TEMP_WORDS = re.compile(rf"(?P<text>(?P<sign>minus\s+)?(?P<num>\b(?:{_NUMWORD})(?:[\s-](?:{_NUMWORD}))?)\s+degrees?\s*(?P<unit>celsius|fahrenheit|C\b|F\b)?(?P<below>\s*below(?: zero| freezing)?)?)", re.I)


# "as the mercury dropped to minus 15": a sub-zero reading with no unit (Celsius unless Fahrenheit
# is named in the sentence)
_TEMP_MINUS = re.compile(r"\b(?:(?:mercury|thermometers?|temperatures?)\b[^.;]{0,30}?\b(?:to|of|at|hit|reached|read|near|around|showing|showed|shows|was|were|is|stood at)|"
                         r"(?:it\s+is|it[’']s|it\s+was)(?=\s+(?:minus|-|−)\s*\d+(?:\s+degrees)?\s+outside))\s+"
                         r"(?P<text>(?P<sign>minus\s+|-|−)(?P<num>\d+(?:\.\d+)?))\b(?!\s*(?:%|percent|per cent|km|mph|hours|days))", re.I)


# "at 10 below zero", "in 30-degree frost" (Russian and Ukrainian reports)
_BELOW_ZERO = re.compile(r"\b(\d+(?:\.\d+)?)(?:\s+below\s+zero\b|[- ]degrees?\s+frosts?\b)", re.I)


@lru_cache(maxsize=8192)  # a sentence is asked once per place and rule
def find_temperature(sentence: str) -> tuple[float, str] | None:
    """An air temperature (°C, one decimal) and the phrase as written, or None."""
    sentence = sentence.replace("℃", "°C").replace("℉", "°F")  # ("temperatures above 40℃": the one-character signs)
    t = _find_temperature(sentence)
    if t is None and (m := _BELOW_ZERO.search(sentence)) and not _INDOOR.search(sentence[: m.start()]):
        return -float(m.group(1)), m.group(0)  # "at 10 below zero"
    if t is None and (m := _TEMP_MINUS.search(sentence)) and not _INDOOR.search(sentence[: m.start()]):
        v = -float(m.group("num"))
        if re.search(r"fahrenheit|\d\s*°?F\b", sentence, re.I):
            v = (v - 32) * 5 / 9
        return round(v, 1), m.group("text")
    return t


# "after a boiler cracked in 25-degree temperatures": the degrees as an adjective
_TEMP_HYPHEN = re.compile(r"(?P<text>(?P<sign>minus\s+)?(?P<num>\d+(?:\.\d+)?)-degrees?\s+(?:temperatures?|weather|cold|heat)(?P<unit>)(?P<below>))", re.I)


# "in 50 Celsius heat": the unit's name with no "degrees"
# ("hovered around -29 Celsius (-20 Fahrenheit)": a minus sign, too)
_TEMP_UNIT_WORD = re.compile(r"(?P<text>(?P<sign>(?<![\d])[-−–—]|minus\s+)?(?P<num>\d+(?:\.\d+)?)\s+(?P<unit>celsius|fahrenheit)(?P<below>))\b", re.I)


_INDOOR = re.compile(
    # (and no water's: "the water inlet temperature is not more than 50 degrees", "coolant temperature")
    # (nor the road's: "the asphalt temperature has been approaching 50°C", "the temperature of the asphalt on roads")
    r"(?:\b(?:indoor|room|home|apartment|inside|water|inlet|outlet|coolant|carrier|boiler|radiator|sea|body|asphalt|pavement|tarmac|road|surface|ground|soil)\s+temperatures?|"
    r"\btemperatures?\s+of\s+the\s+(?:\w+\s+)?(?:asphalt|pavement|tarmac|roads?|ground|soil)\b|\btemperatures?\s+(?:(?:in|inside|at)\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+|our\s+|many\s+|some\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:homes?|houses?|apartments?|flats?|rooms?|buildings?|hospitals?|facilities|schools?|classrooms?|wards?|dwellings?)))\b(?:(?!temperature)[^.;])*$", re.I)


def _find_temperature(sentence: str) -> tuple[float, str] | None:
    found = sorted(list(_TEMP.finditer(sentence)) + list(_TEMP_BARE.finditer(sentence)) + list(_TEMP_WORDS.finditer(sentence))
                   + list(_TEMP_HYPHEN.finditer(sentence)) + list(_TEMP_UNIT_WORD.finditer(sentence)), key=lambda x: x.start())
    for m in found:
        unit = (m.group("unit") or "").lower()
        before = sentence[max(0, m.start() - 60) : m.start()].lower()
        context = re.search(r"temperature|cold|frost|freez|heat|degrees|low of|high of|warm|thermometer", before + m.group(0).lower())
        if (not unit or (m.re is _TEMP_BARE and not m.group("sign"))) and not context:
            continue
        if re.search(r"\b(?:heat index|wind chill|feels?[- ]like|real ?feel|(?:thermal|heat) sensation|apparent temperature)\b(?:\s+\w+(?:-\w+)*){0,12}\W*$", before):
            continue  # "Heat index values are expected to get as high as around 106 degrees": not the air
        if re.match(r"\s*(?:north|south|east|west|N|S|E|W)\b", sentence[m.end() :]) or re.search(r"\b(?:latitude|longitude)\s+(?:of\s+)?$", before):
            continue  # ("Located at 67 degrees north, Amguema is a small Arctic town": a latitude, not the air)
        if _INDOOR.search(sentence[: m.start()]):
            continue  # "Temperatures in the homes dropped to 13°C", "the average temperature in the apartments rose to 21": indoors
        if re.search(r"\b(?:often|usually|typically|normally|generally|regularly|routinely)\s+(?:exceed|exceeds|reach|reaches|top|tops|hit|hits|"
                     r"soar\s+(?:above|past|to)|climb\s+(?:above|past|to)|rise\s+(?:above|to))\s+$", before):
            continue  # ("during the summer, when daytime temperatures often exceed 50ºC": what is usual, not a reading)
        if re.search(r"\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|dropped|dropping|drops|climbed|increased|decreased|jumped|plunged|"
                     r"warmed|cooled)\s+by\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+)?$", before) \
                or re.search(r"\b(?:plunging|plunged|plunge|plunges|dropping|dropped|drop|drops|falling|fell|fall|falls|rising|rose|rise|rises|"
                             r"climbing|climbed|soaring|soared|swinging|swung|swings?|drop\s+of|fall\s+of|rise\s+of|swing\s+of)\s+"
                             r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|as\s+much\s+as\s+)?$", before) \
                and re.match(r"\s*(?:degrees?\s+)?(?:fahrenheit|celsius|[°º]?\s*[FC]\b)?\s*(?:in|within|over|overnight|from|since)\b", sentence[m.end() :], re.I):
            continue  # ("Temperatures rose by about 10ºC over the past week to a high of about 38ºC": a change, not a reading)
        if re.match(r"\s*(?:celsius|C\b)?\s*of\s+the\s+(?:\w+\s+)?(?:asphalt|pavement|tarmac|roads?)\b", sentence[m.end() :], re.I) \
                or re.search(r"\b(?:asphalt|pavement|tarmac)\b[^.;]{0,40}$", sentence[: m.start()], re.I):
            continue  # "the over 50 degrees of the scorching asphalt", "the asphalt shines at 50 degrees": the road's heat
        v = float(m.group("num").replace(",", ".")) if m.re is not _TEMP_WORDS else float(parse_number(m.group("num")) or 0)
        # ("between 51 and 52 degrees Celsius", "37-38 degrees Celsius": a range's lower bound)
        rng = re.search(r"\bbetween\s+(\d+(?:\.\d+)?)\s+and\s+$", before) or re.search(
            r"(?<![\d.,-])(\d+(?:\.\d+)?)\s*[-–]\s*$", before) if not m.group("sign") else None
        if rng and float(rng.group(1)) < v:
            v = float(rng.group(1))
        else:
            rng = None
        if m.re is _TEMP_WORDS and not parse_number(m.group("num")):
            continue
        if m.group("sign") or m.group("below") or re.search(r"(minus|negative)(?:\s+of)?\s*$", before) or (
                re.match(r"\s*of\s+frost\b", sentence[m.end() :], re.I)):  # "28 degrees of frost"
            v = -v
        if unit.startswith("f") or (not unit and re.search(r"fahrenheit", sentence[m.end(): m.end() + 15], re.I)):
            v = (v - 32) * 5 / 9
        text = m.group("text").strip()
        if rng:
            text = f"between {rng.group(1)} and {text}" if "between" in rng.group(0) else rng.group(0).strip() + text
        if re.search(r"(minus|negative)(?:\s+of)?\s*$", before) and not m.group("sign"):
            text = re.search(r"(minus|negative)(?:\s+of)?\s*$", before).group(1) + " " + text
        return round(v, 1), text
    return None
