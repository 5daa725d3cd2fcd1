"""Dates stated in text: absolute ("January 24, 2026", "25 May 2005"), partial ("February
2021", "February 1" with the article's year) and relative ("yesterday", "on Monday") resolved
against the article's date with dateparser."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from .figures import parse_number

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# "30 and 31 July 2012", "16-17 May": a range starts on its first day
_RANGE = r"(?:\s*(?:[-–]|and|&|to)\s*\d{1,2}(?:st|nd|rd|th)?)?"
# ("Published February 10,2025": a comma with no space before the year)
# ("Thursday 29thDecember 2022": an ordinal run into its month; "since the 10th of December 2009")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:(?:st|nd|rd|th)?{_RANGE}\s+(?:of\s+)?|(?:st|nd|rd|th)(?=[A-Z]))({_MONTHS})\.?(?:,\s*|\s+)(\d{{4}})\b", re.I)
# ("today, May, 12 ,2021", as a statement quoted in a Nigerian report writes it)
# ("todayMay 20, 2024", "UpdatedMay 20, 2024": a page's label run into its date)
# ("between January 22 and January 23 of 2024": the American "of" before the year)
_MONTH_DAY_YEAR = re.compile(rf"(?:\b|(?<=[a-z])(?=(?-i:[A-Z])))({_MONTHS})\.?,?\s+(\d{{1,2}})(?:st|nd|rd|th)?{_RANGE}(?:\s*,\s*|\s+(?:of\s+)?)(\d{{4}})\b", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})(?!\d)", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:(?:st|nd|rd|th)?{_RANGE}\s+(?:of\s+)?|(?:st|nd|rd|th)(?=[A-Z]))({_MONTHS})\b(?!\.?,?\s+\d{{4}})", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTHS})\.?,?\s+(\d{{4}})\b", re.I)
# ("until May" dates an end, not the start of the event)
_BARE_MONTH = re.compile(r"\b(?:[Bb]y|[Ii]n|[Ss]ince|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Ll]ast)\s+(?:early\s+|late\s+|mid-)?"
                         r"(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)(?!,?\s+\d{4})")
# ("In May and June 2025, the government once again shut down the internet": the first month)
_MONTH_RANGE = re.compile(rf"\b(?:from|between|in|during)\s+({_MONTHS})\s+(?:to|and|until|through|[-–])\s+(?:{_MONTHS})\.?,?\s+(\d{{4}})\b", re.I)
# (and "expects most will have electricity back by January 31": a day to come)
_DEADLINE = re.compile(rf"\b(?:to\s+[a-z]+\s+(?:[a-z]+\s+){{0,2}}?|(?:will|would)\s+(?:[a-z]+\s+){{0,5}}?)by\s+(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS}))(?:,?\s+\d{{4}})?\b", re.I)
# ("extended the suspension ... till 5.15 pm of December 5", "until November 20", "outages in parts of the city through
# May 19": when it ends, not when it began)
_UNTIL = re.compile(rf"\b(?:till|until|untill|through|thru)\s+(?:\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:a\.?m\.?|p\.?m\.?)\s+(?:of\s+|on\s+)?)?"
                    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS}))(?:,?\s+\d{{4}})?\b", re.I)
# ("a particularly dangerous situation through Tuesday morning": when a warning ends, not a day of the event)
_UNTIL_WEEKDAY = re.compile(r"\b(?:till|until|untill|through|thru)\s+(?:(?:early|late)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
# ("The director said yesterday that the ongoing power blackouts are a result of repairs"): the day of the saying,
# when what is said is a state that goes on, dates no event
_SAID_OF_ONGOING = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,3}?|announced|explained|stated|added|noted|confirmed|disclosed)\s+"
                              r"(?:on\s+)?(?:yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?"
                              r"(?=,?\s+that\s+(?:the\s+)?(?:ongoing|continuing|current|persistent|frequent|recurring|recent|repeated)\b)", re.I)
_ANNOUNCED_ON = re.compile(r",?\s+[^,.;]{0,60}?\b(?:announced|said|reported|stated|told\s+[\w\s]{1,30}?)\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                           rf"(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS}))\b[^.;]*\.?\s*$", re.I)
# ("2022.10.04" under a headline, as East Asian and South Asian sites write a day)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b|(?<![\d.])(\d{4})\.(\d{2})\.(\d{2})\b(?!\.\d)")
_NIGHT_OF_DAYS = re.compile(r"(\bnight\s+of\s+)(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:to|into|-|–)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
_NIGHT_OF = re.compile(rf"(\bnight\s+of\s+)\d{{1,2}}\s*(?:[-–]|to)\s*(\d{{1,2}})(\s+(?:{_MONTHS})\b)", re.I)
# ("on the night of 31 August-1 September", "the night of August 31 to September 1": the second day)
_NIGHT_OF_MONTHS = re.compile(rf"(\bnight\s+of\s+)(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})\s*(?:[-–]|to|into)\s*"
                              rf"(\d{{1,2}}\s+(?:{_MONTHS})\b|(?:{_MONTHS})\s+\d{{1,2}}\b)", re.I)
# "02.02.2026", as Ukrainian and Russian sites write it; "06-05-2025", as Lebanese and Indian ones do
# (day first; a slash stays unread: "5/6/2025" is month first in the United States)
_DOTTED = re.compile(r"\b(\d{1,2})(?=[.-])[.-](\d{1,2})[.-](\d{4})\b")
# "05/17/2024", "17/05/2024": read only when one side cannot be a month (05/06/2024 stays unread)
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_RELATIVE = re.compile(
    # "on Monday", "since Sunday", "in the early hours of Sunday", "overnight into Friday" ("until Monday" is an end)
    # (wire style: "late Saturday", "early Monday", "Saturday night", "after Saturday's strike")
    # (not "following yesterday's statements by the Minister": the day of what was said, not of the strikes)
    r"\b(yesterday(?![’']s\s+(?:\w+\s+)?(?:statements?|remarks?|comments?|speech(?:es)?|announcements?|meetings?|talks|decisions?|threats?|warnings?))|"
    r"today|last night|this morning|(?:on|(?<!.)by|since|from|hours of|overnight(?: into| on| to)?|into|night of|morning of|evening of|late|early|last) "
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?= (?:morning|afternoon|evening|night)\b|[’']s\s|"
    # ("still without power from Friday storm")
    r" (?:storms?|attacks?|strikes?|blasts?|explosions?|(?:earth)?quakes?|outages?|blackouts?|shelling)\b)|"
    # wire style after a verb's object: "after Hurricane Beryl slammed the Gulf Coast Monday, leaving ..."
    r"(?<=[a-z] )(?<!by )(?<!until )(?<!till )(?<!before )(?<!after )(?<!since )(?<!than )(?<!of )(?<!from )(?<!through )"
    # ("continued to be felt Friday and Saturday as residents dealt with power outages": the first of two days)
    # ("A massive power cut across the country Monday affected most of its residents": before the sentence's verb)
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=[,.;]|\s+(?:and|or|to)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\s+(?-i:[a-z]{2,}ed)\b|\s+(?:hit|struck|left|cut|tore|brought|took|shut|broke)\b)|"
    # ("an island-wide power outage since a little before 4:30 a.m. Friday": the day after its hour)
    r"(?<=\d[ap]\.m\. )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?<=\d [ap]\.m\. )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"(?<=\d[ap]m )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?<=\d [ap]m )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|overnight|"
    # wire style after the state: "More than a million customers were without power Sunday as a massive winter storm ..."
    r"(?:(?<=without power )|(?<=without electricity )|(?<=without heat )|(?<=without water )|(?<=in the dark )|(?<=lost power )|(?<=lost electricity ))"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    # "paralyzed in parts of Seoul over the weekend": the weekend's first day
    r"(?:over|at|during|last)\s+the\s+weekend|last\s+weekend|"
    # wire style after an event's noun: "after a fire Thursday knocked out the desalination plant"
    r"(?:(?<=\bfire )|(?<=\bblast )|(?<=\bstorm )|(?<=\bquake )|(?<=\battack )|(?<=\bstrike )|(?<=\boutage )|(?<=\bblackout )|(?<=\bexplosion )|(?<=\bfailure ))"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=\s+(?-i:[a-z]+)ed\b|\s+(?:knocked|hit|struck|left|cut|tore|brought|took|shut|broke)\b))\b",
    re.I,
)
_WEEKDAY_DAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:night|morning|evening|afternoon))?\s*\((\d{1,2})(?:st|nd|rd|th)?\)", re.I)
# ("back in winter 2006", "in the summer of 2010")
_YEAR = re.compile(r"\b(?:in|of|since|during)\s+(?:(?:the\s+)?(?:winter|summer|spring|autumn|fall|early|late|mid-?)\s+(?:of\s+)?)?((?:19|20)\d{2})\b", re.I)


# "started two weeks ago", "began three days ago" (not "a year ago", nor "ago" of a precedent: the caller's rules)
_AGO = re.compile(r"\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+ago\b", re.I)
_HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25),
             "christmas": (12, 25)}
# ("Since Christmas, our electricity has been cut": the day; not "the Christmas season", "Christmas lights")
_HOLIDAY = re.compile(r"\b(New Year[’']s Eve|New Year[’']s Day|Christmas Eve|Christmas Day|"
                      r"(?<=on )Christmas|(?<=since )Christmas|(?<=at )Christmas|(?<=over )Christmas)\b(?!\s+(?i:season|holidays?|period|week|time|break))", re.I)
_DAY_OF_EVENT = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:blackouts?|outages?|power\s+cuts?|storms?|attacks?|strikes?|"
                           r"(?:earth)?quakes?|explosions?|blasts?|shelling|bombardment|failures?)\b", re.I)
# ("as of Sunday evening"; "the latest updates for the morning of May 23": the report's hour, not the loss's day)
_AS_OF = re.compile(r"\b(?:as\s+of|updates?\s+(?:for|on|from)(?:\s+the\s+(?:morning|afternoon|evening|night)\s+of)?)\s+$", re.I)
_BUT_BEFORE = re.compile(r",?\s+but\s+(?:by\s+)?$", re.I)
_REPAIRED_AFTER = re.compile(r"[^.;]{0,40}?\b(?:restor\w*|reduc\w*|brought\s+back|(?:was|were|is|are)\s+back)\b", re.I)
_SAID_ON = re.compile(r"\b(?:reassurances?|assurances?|statements?|announcements?|promises?|pledges?|claims?|remarks?|"
                      r"press\s+conference|post)\s+(?:\w+\s+)?(?:(?:on|last)\s+)?$", re.I)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _month(name: str) -> int:
    return datetime.strptime(name[:3].title(), "%b").month


def _year_of_weekday(sentence: str, m: re.Match, d: date, base: str | None) -> date:
    """ "on Saturday, February 3" with no year: the weekday told with the day picks the year next to the guessed one in
    which that day falls on it ("December 2023" told as an earlier event, and February 3 a Saturday in 2024, not 2023);
    never a day after a full publication date."""
    wd = re.search(r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+(?:the\s+)?$", sentence[max(0, m.start() - 14) : m.start()], re.I)
    if wd is None or _WEEKDAYS[d.weekday()] == wd.group(1).lower():
        return d
    full = _parse_base(base) if base and len(base) == 10 else None
    for y in (d.year - 1, d.year + 1):
        try:
            c = date(y, d.month, d.day)
        except ValueError:
            continue
        if _WEEKDAYS[c.weekday()] == wd.group(1).lower() and (full is None or c <= full):
            return c
    return d


def _year_of_month(base: date, month: int) -> int:
    """The year of a month named without one: the article's, but the year before when that month
    would lie more than half a year after the article ("On Dec. 29" in a report of 3 January)."""
    return base.year - 1 if month - base.month > 6 else base.year


@lru_cache(maxsize=4096)
def find_date(sentence: str, base: str | None = None) -> tuple[str, int] | None:
    """The first date in a sentence: ("YYYY-MM-DD" | "YYYY-MM" | "YYYY", time_precision)."""
    sentence = re.sub(r"[ \t]{2,}", " ", sentence)  # ("a blackout on  Friday": a doubled space)
    # ("Yesterday (Thursday), Rarotonga experienced an unexpected electricity outage", quoted from a statement of the day
    # before the report: the weekday it names is the day)
    sentence = re.sub(r"\b(?:yesterday|today|tonight|last\s+night)\s*\(\s*((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*\)", r"on \1", sentence, flags=re.I)
    # "on the night of 25-26 November": the attacks of such a night come after midnight, on its second day
    sentence = _NIGHT_OF.sub(r"\1\2\3", sentence)
    sentence = _NIGHT_OF_MONTHS.sub(r"\1\2", sentence)
    # ("on the night of Wednesday to Thursday": its second day)
    sentence = _NIGHT_OF_DAYS.sub(r"\1\2", sentence)
    # ("a notice requiring private tankers to register by March 7": a deadline, no day of the event)
    sentence = _DEADLINE.sub(" ", sentence)
    sentence = _UNTIL.sub(" ", sentence)
    sentence = _UNTIL_WEEKDAY.sub(" ", sentence)
    sentence = _SAID_OF_ONGOING.sub("said", sentence)
    # ("restrictions that were imposed in Tajikistan last October have been lifted, the company announced on February 24":
    # the day of the saying, when the sentence names the event's own time before it)
    said_on = _ANNOUNCED_ON.search(sentence)
    if said_on and (before := find_date(sentence[: said_on.start()], base)) is not None:
        return before
    today = _TODAY_IS.match(sentence)
    if today and re.search(r"\b(?:yesterday|last\s+night|the\s+day\s+before)\b", sentence[today.end() :], re.I):
        # ("Today, October 30, UNELCO has sent its statement explaining the power outage that took place yesterday"): the
        # day the sentence opens with is when it is told; the day it goes on to name is counted back from it
        told = find_date(today.group(1), base)
        if told and told[1] == 1:
            return find_date(sentence[today.end() :], told[0]) or told
    line = _DATED_WIRE_LINE.match(sentence)
    if line and _RELATIVE.search(sentence, line.end()):
        # ("BELIZE CITY, Wed. Feb. 9, 2022– On Monday night, ... a nationwide power outage"): the dateline's day is
        # when the story is told; the day the story names is counted back from it
        told = find_date(line.group(1) or line.group(2))
        if told and told[1] == 1:
            return find_date(sentence[line.end() :], told[0]) or told
    for pat, order in ((_ISO, "ymd"), (_DOTTED, "dmy."), (_SLASHED, "/"), (_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        m = pat.search(sentence)
        if m:
            g = tuple(x for x in m.groups() if x is not None) if order == "ymd" else m.groups()
            try:
                if order == "/":
                    a, b = int(g[0]), int(g[1])
                    if a == b:
                        d = date(int(g[2]), a, b)  # ("Monday (03/03/2025)": the same day read either way)
                    elif (a > 12) == (b > 12):
                        # ("Saturday 12/08/2023": the weekday before it tells which number is the month)
                        wd = re.search(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s*\(?\s*$", sentence[: m.start()], re.I)
                        days = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
                        fits = []
                        for day, month in ((a, b), (b, a)):
                            try:
                                x = date(int(g[2]), month, day)
                            except ValueError:
                                continue
                            if wd and days[x.weekday()] == wd.group(1).lower():
                                fits.append(x)
                        if len(fits) != 1:
                            continue
                        d = fits[0]
                    else:
                        d = date(int(g[2]), b, a) if a > 12 else date(int(g[2]), a, b)
                elif order == "ymd":
                    d = date(int(g[0]), int(g[1]), int(g[2]))
                elif order == "dmy.":
                    # ("01-25-2017": the month first when the second number cannot be one)
                    a, b = (int(g[1]), int(g[0])) if int(g[1]) > 12 >= int(g[0]) else (int(g[0]), int(g[1]))
                    d = date(int(g[2]), b, a)
                elif order == "dmy":
                    d = date(int(g[2]), _month(g[1]), int(g[0]))
                else:
                    d = date(int(g[2]), _month(g[0]), int(g[1]))
            except ValueError:
                continue
            # ("between January 22 and January 23 of 2024", "from 3 March to 5 March 2023": a span's first day, in the year
            # told at its end)
            if order in ("mdy", "dmy") and (first := _SPAN_START.search(sentence, 0, m.start())):
                try:
                    mo, dd = (_month(first.group(1)), int(first.group(2))) if first.group(1) else (_month(first.group(4)), int(first.group(3)))
                    if (s0 := date(d.year, mo, dd)) <= d:
                        d = s0
                except ValueError:
                    pass
            # ("916 fatalities as of December 7, 2025 and cut off ... electricity": "as of" is the count's day, not
            # the day the loss began, a day that gives way to one told of the loss itself)
            return d.isoformat(), 2 if _AS_OF.search(sentence, 0, m.start()) else 1
    base_d = _parse_base(base)
    for pat, order in ((_MONTH_DAY, "md"), (_DAY_MONTH, "dm")):
        m = pat.search(sentence)
        if m and base_d:
            g = m.groups()
            try:
                mo, dd = (_month(g[0]), int(g[1])) if order == "md" else (_month(g[1]), int(g[0]))
                d = date(_year_of_month(base_d, mo), mo, dd)
                d = _year_of_weekday(sentence, m, d, base)
                return d.isoformat(), 2 if _AS_OF.search(sentence, 0, m.start()) else 1
            except ValueError:
                pass
    m = _WEEKDAY_DAY.search(sentence)
    if m and base_d and 1 <= int(m.group(1)) <= 31:
        # "last Tuesday (3)", as Brazilian reports write it: the 3rd of the article's month, or of the
        # month before when the article is dated earlier in its month
        dd = int(m.group(1))
        y, mo = (base_d.year, base_d.month) if dd <= base_d.day or base_d.day == 1 else (
            (base_d.year - 1, 12) if base_d.month == 1 else (base_d.year, base_d.month - 1))
        try:
            return date(y, mo, dd).isoformat(), 1
        except ValueError:
            pass
    if base_d and re.search(r"\blast\s+month\b", sentence, re.I):
        # "Following last month's brief power cut": the month before the report's
        y, mo = (base_d.year - 1, 12) if base_d.month == 1 else (base_d.year, base_d.month - 1)
        return f"{y:04d}-{mo:02d}", 3
    m = _AGO.search(sentence)
    if m and base_d:
        # "The most recent cuts started two weeks ago": that many days back
        n = parse_number(m.group(1)) or 0
        if 0 < n <= 31:
            unit = m.group(2).lower()
            d = date.fromordinal(base_d.toordinal() - n * (7 if unit.startswith("week") else 1))
            return d.isoformat(), 1
    m = _BARE_MONTH.search(sentence)
    if m and base_d:  # "By June, the fighting had spread": that month of the article's year
        mo = _month(m.group(1))
        y = _year_of_month(base_d, mo)
        if re.match(r"\s+(?:of\s+)?last\s+year\b", sentence[m.end() :], re.I):
            y = base_d.year - 1  # ("In October last year" in a report of April)
        elif m.group(0)[:4].lower() == "last":
            y = base_d.year if mo < base_d.month else base_d.year - 1  # ("Last October" in a report of April: the one before)
        return f"{y:04d}-{mo:02d}", 3
    m = _MONTH_RANGE.search(sentence)
    if m:  # "from June to October 2022": it began in June
        return f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}", 3
    m = _MONTH_YEAR.search(sentence)
    if m:
        return f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}", 3
    m = _HOLIDAY.search(sentence)
    if m and base_d:  # "on New Year's Eve" in a report of 1 January: the day before
        mo, dd = _HOLIDAYS[m.group(1).lower().replace("’", "'")]
        year = base_d.year - 1 if mo == 12 and base_d.month <= 2 else base_d.year
        return date(year, mo, dd).isoformat(), 1
    # ("366,000 households were without power, but this morning we managed to reduce this to 50,000": the hour
    # of the repair, not of the loss)
    found = [x for x in _RELATIVE.finditer(sentence) if not (_BUT_BEFORE.search(sentence, 0, x.start(1))
                                                               and _REPAIRED_AFTER.match(sentence, x.end(1)))
             # ("Despite the prime minister's reassurance on Sunday that ..., several localities spent another night in the
             # dark": the day of what was said, not of the outage)
             and not _SAID_ON.search(sentence, max(0, x.start(1) - 40), x.start(1))]
    # ("knocked out power overnight, ... at the peak on Monday": the day named wins over "overnight")
    days = [x for x in found if x.group(1).lower().split()[-1] in _WEEKDAYS]
    # ("visited on Monday to demand an explanation for Sunday's blackout": the day whose event it is; "restored
    # as of Saturday morning after a quake on Thursday knocked out electricity": "as of" is the count's hour)
    days.sort(key=lambda x: 0 if _DAY_OF_EVENT.match(sentence, x.end(1)) else 2 if _AS_OF.search(sentence, 0, x.start(1)) else 1)
    m = days[0] if days else found[0] if found else None
    if m and base and re.fullmatch(r"\d{4}-\d{2}", base):
        return base, 3  # ("suspended service on Thursday" in a page dated only "April 2009": that month, no day)
    if m and base_d and m.group(1).lower().split()[-1] in _WEEKDAYS:
        # "on Tuesday" in a report dated a Tuesday is that day; otherwise the last one before it
        target = _WEEKDAYS.index(m.group(1).lower().split()[-1])
        # ("bringing mass destruction last Friday" in a report dated a Friday: the week before)
        back = (base_d.weekday() - target) % 7 or (7 if m.group(1).lower().startswith("last ") or re.search(r"\blast\s+$", sentence[max(0, m.start(1) - 6) : m.start(1)], re.I) else 0)
        if re.match(r"\s+(?:of\s+)?(?:the\s+)?(?:last|previous)\s+week\b", sentence[m.end(1) :], re.I):
            back = base_d.weekday() + 7 - target  # "Monday last week": that day of the week before the report's
        # ("19,000 customers without power as of Thursday afternoon", the sentence's only day: the count's hour, not
        # when the outage began, a day that may give way to the story's)
        return date.fromordinal(base_d.toordinal() - back).isoformat(), 2 if _AS_OF.search(sentence, 0, m.start(1)) else 1
    if m and base_d and m.group(1).lower().endswith("weekend"):
        # (the Saturday of the latest weekend up to the report's day)
        return date.fromordinal(base_d.toordinal() - (base_d.weekday() - 5) % 7).isoformat(), 1
    if m and base_d:
        import dateparser

        phrase = m.group(1).lower().replace("on ", "")
        phrase = {"overnight": "today", "this morning": "today", "last night": "today"}.get(phrase, phrase)
        got = dateparser.parse(
            phrase,
            settings={"RELATIVE_BASE": datetime(base_d.year, base_d.month, base_d.day), "PREFER_DATES_FROM": "past"},
        )
        if got:
            return got.date().isoformat(), 1
    m = _YEAR.search(sentence)
    if m:
        return m.group(1), 3
    return None


def has_day(sentence: str) -> bool:
    """Whether the sentence names a day of a month ("On April 28", "5 December 2022")."""
    return any(p.search(sentence) for p in (_MONTH_DAY_YEAR, _MONTH_DAY, _DAY_MONTH_YEAR, _DAY_MONTH))


def has_full_date(sentence: str) -> bool:
    """A day, month and year written out ("25 August 2022", "August 25, 2022", "2022-08-25")."""
    return bool(_ISO.search(sentence) or _DOTTED.search(sentence) or _SLASHED.search(sentence) or _DAY_MONTH_YEAR.search(sentence) or _MONTH_DAY_YEAR.search(sentence))


def _parse_base(base: str | None) -> date | None:
    if not base:
        return None
    parts = base.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


_META_YEAR_MONTH = re.compile(r"(?im)^[ \t]*(?:published|date|updated|posted)[ \t]*:?[ \t]*((?:19|20)\d\d)-(\d\d)[ \t]*$")


_RECALLED = re.compile(r"\b(?:memories\s+of|reminiscent\s+of|recall\w*|since|like|than|as\s+in|similar\s+to|compared\s+(?:with|to))\s+(?:the\s+)?$", re.I)
_WAR_BEGAN = re.compile(r"\b(?:(?:outbreak|start|beginning|onset)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:war|conflict|fighting|invasion|crisis|hostilities)|"
                        r"(?:war|conflict|fighting|invasion|hostilities)\s+(?:began|started|broke\s+out|erupted))\s+in\s+$", re.I)
_NAMES_AN_EVENT = re.compile(r"\s+(?:[\w-]+\s+)?(?:floods?|deluge|storms?|cyclone|hurricane|typhoon|earthquake|quake|blackouts?|attacks?|"
                             r"strikes?|crisis|disaster|riots?|war)\b", re.I)


_DATED_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2},\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b"
                             r"(?:\s*\([^)\n]{1,25}\))?\s*[:–—-]")
_TODAY_IS = re.compile(rf"^\W*(?:Today|This\s+morning|Tonight)\s*,?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                       rf"((?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?)\s*,", re.I)
_DATED_WIRE_LINE = re.compile(rf"^\W*(?:(?-i:[A-Z][A-Z.’' -]{{2,40}}),\s*)?(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
                              rf"((?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s*(?:{_MONTHS})\.?,?\s+\d{{4}})\s*[–—-]+\s*|"
                              # ("Providenciales, TCI, September 23, 2016 – FortisTCI had a black out yesterday", "Providenciales,
                              # Turks and Caicos Islands (Wednesday, April 24, 2019) – On Tuesday, April 23, ...", "Basseterre, St. Kitts (Thursday
                              # 14thJanuary 2021)— Customers were without power early Wednesday": a press release's dateline)
                              rf"^\W*(?-i:[A-Z])[\w.’' -]{{2,40}}(?:,\s*(?-i:[A-Z])[\w.’' -]{{1,40}}){{0,2}}(?:,\s*|\s*\()(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
                              rf"((?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s*(?:{_MONTHS})\.?,?\s+\d{{4}})\)?\s*[–—-]+\s*", re.I)
_BARE_DATE_LINE = re.compile(rf"(?m)^[ \t]*(\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})[ \t]*$", re.I)
_SPAN_START = re.compile(rf"\b(?:between|from)\s+(?:({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTHS})\.?)\s+"
                         r"(?:and|to|until|till|through|-|–)\s+$", re.I)
_PUBLISHED_LABEL = re.compile(r"(?i)(?:^|\|)[ \t]*(?:Published|Posted)(?:\s+on)?\s*:?[ \t]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?([^\n|]{6,40})", re.M)
_WEEKDAY_FULL_DATE = re.compile(rf"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+(?:((?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})|(\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+\d{{4}}))\b", re.I)
_PUBLISHED_LINE = re.compile(r"(?im)^[ \t]*(?:Published|Date published|Publication date)\s*:\s*(\d{4}-\d{2}-\d{2})[ \t]*$")


def _date_at(text: str, m: re.Match) -> tuple[str, int] | None:
    """The date a full-date match of ``text`` reads as, with the weekday on its line before it for a slashed one
    ("Saturday 12/08/2023")."""
    return find_date(m.group(0)) or (find_date(re.sub(r"^.*\n", "", text[max(0, m.start() - 12) : m.end()])) if m.re is _SLASHED else None)


def document_date(text: str, metadata_date: str | None = None) -> str | None:
    """The article's reference date: its metadata, else the first full date in the text."""
    if metadata_date:
        return metadata_date
    # ("0.8 C / Oslo / Friday, April 26, 2024" of a page's chrome, then "Published: 2013-12-13"): a page's own
    # metadata line says its day over any date of its chrome
    pub = _PUBLISHED_LINE.search(text, 0, 3000)
    if pub and find_date(pub.group(1)):
        # ("Published: 2003-09-29" of a paper's next-day issue, then "Rome, Sept. 28 (Reuters): ... today": the
        # dateline's day is the story's)
        line = _DATED_DATELINE.search(text, pub.end(), pub.end() + 800)
        # ("Published: 2019-10-08", then "7 October 2019" on a line of its own over the story: the story's day)
        bare = _BARE_DATE_LINE.search(text, pub.end(), pub.end() + 400)
        for told in (find_date(line.group(1), pub.group(1)) if line else None, find_date(bare.group(1)) if bare else None):
            if told and told[1] == 1 and 0 < (date.fromisoformat(pub.group(1)) - date.fromisoformat(told[0])).days <= 2:
                return told[0]
        # ("Published: 2023-05-24" over a caption of "Thursday, May 25, 2023" and a story of "Thursday evening", told
        # across the date line: the weekday the text names in full is its own day, not one a week before the page's)
        for full in _WEEKDAY_FULL_DATE.finditer(text, pub.end(), pub.end() + 3000):
            told = find_date(full.group(2) or full.group(3))
            wd = full.group(1).lower()
            if told and told[1] == 1 and 0 < (date.fromisoformat(told[0]) - date.fromisoformat(pub.group(1))).days <= 2 \
                    and _WEEKDAYS[date.fromisoformat(told[0]).weekday()] == wd \
                    and re.search(rf"\b{wd}\b(?!,?\s+(?:\d|{_MONTHS}))", text[pub.end() :], re.I):
                return told[0]
        return pub.group(1)
    # ("15th July 2024 / Make a Donation / ... Author: Obaj Okuj | Published: Friday, May 12, 2023": a byline's day of
    # publication over the site's clock)
    for lab in _PUBLISHED_LABEL.finditer(text, 0, 3000):
        when = _MONTH_DAY_YEAR.match(lab.group(1)) or _DAY_MONTH_YEAR.match(lab.group(1))
        if when and (got := _date_at(lab.group(1), when)):
            return got[0]
    best = None
    for pat in (_ISO, _DOTTED, _SLASHED, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        # (not a diplomatic cable's "E.O. 12958: DECL: 06/25/2018": the day it may be declassified, years on)
        # (nor a site's clock, "Today : Aug 21, 2025", over a story of the 17th)
        m = next((m for m in pat.finditer(text) if _date_at(text, m)
                  and not re.search(r"\bDECL(?:ASSIFY(?:\s+ON)?)?\s*:\s*$|^\s*Today\s*:\s*$", text[max(0, m.start() - 20) : m.start()], re.I | re.M)
                  # (nor a forum poster's profile, "Joined: Fri Aug 22, 2003 9:22 pm", over the post of "Fri Jan 30, 2004")
                  and not re.search(r"\b(?:Joined|Member\s+since|Registered|Last\s+(?:seen|visit|active|login))\s*:?\s*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?$",
                                    text[max(0, m.start() - 30) : m.start()], re.I)
                  # (nor a file photo's caption: "... in Tokyo, Japan March 31, 2020. REUTERS/Issei Kato")
                  and not re.match(r"[^\n]{0,40}?\b(?:REUTERS|AFP|EPA|AP|Getty\s+Images)\s*/", text[m.end() :])
                  # (nor an archive photo's: "FILE - An electricity transmission tower is seen ... Aug. 28, 2008.")
                  and not re.search(r"(?:^|\n)[ \t]*FILE(?:\s+PHOTO)?\s*[-–—:][^\n]*\Z", text[max(0, m.start() - 300) : m.start()])), None)
        if m and (best is None or m.start() < best[0]):
            got = _date_at(text, m)
            if got:
                best = (m.start(), got[0])
    meta = _META_YEAR_MONTH.search(text)
    if meta and (best is None or meta.start() < best[0]) and 1 <= int(meta.group(2)) <= 12:
        return f"{meta.group(1)}-{meta.group(2)}"  # "Published: 2023-08": a page dated by its month only
    # (not a month that names a past event: "reviving haunting memories of the December 2015 floods")
    # (nor the start of a war told as background: "from the outbreak of the civil war in April 2023")
    m = next((x for x in _MONTH_YEAR.finditer(text) if not (_NAMES_AN_EVENT.match(text, x.end()) and _RECALLED.search(text, max(0, x.start() - 30), x.start()))
              and not _WAR_BEGAN.search(text, max(0, x.start() - 60), x.start())), None)
    if m and (best is None or m.start() < best[0]) and not (best and best[1].startswith(f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}")):
        # "in July 2006" before "August 2, 2006": the month named first is the event's,
        # and "beginning on July 17" later gives its day
        year, month = int(m.group(2)), _month(m.group(1))
        if first := re.search(rf"\b({_MONTHS})\s+(?:and|to|through|[-–])\s+$", text[max(0, m.start() - 16) : m.start()], re.I):
            month = _month(first.group(1))  # ("In May and June 2025": from May)
        days = []
        for pat, order in ((_MONTH_DAY, "md"), (_DAY_MONTH, "dm")):
            for d in pat.finditer(text):
                g = d.groups()
                mo, dd = (_month(g[0]), int(g[1])) if order == "md" else (_month(g[1]), int(g[0]))
                if mo == month and 1 <= dd <= 31:
                    days.append(dd)
        if days:
            try:
                return date(year, month, min(days)).isoformat()
            except ValueError:
                pass
        return f"{year:04d}-{month:02d}"
    return best[1] if best else None


def year_of(d: str | None) -> int | None:
    return int(d[:4]) if d and d[:4].isdigit() else None


def years_of_days(text: str) -> dict[tuple[int, int], set[int]]:
    """The years each (month, day) is told with in full in ``text`` ("Incident Date February 24, 2022")."""
    out: dict[tuple[int, int], set[int]] = {}
    for pat, order in ((_MONTH_DAY_YEAR, "md"), (_DAY_MONTH_YEAR, "dm")):
        for m in pat.finditer(text):
            g = m.groups()
            mo, dd, yy = (_month(g[0]), int(g[1]), int(g[2])) if order == "md" else (_month(g[1]), int(g[0]), int(g[2]))
            out.setdefault((mo, dd), set()).add(yy)
    return out


def year_told_for_day(day: str, text: str, known: dict[tuple[int, int], set[int]] | None = None) -> str:
    """``day`` (YYYY-MM-DD, its year guessed from another date of the text) in the one year the text tells that month and
    day with ("the attack occurred on February 24" under "March 25, 2023", and "Incident Date February 24, 2022" below)."""
    known = years_of_days(text) if known is None else known
    y, mo, dd = int(day[:4]), int(day[5:7]), int(day[8:10])
    years = known.get((mo, dd), set())
    return f"{next(iter(years)):04d}{day[4:]}" if len(years) == 1 and y not in years else day
