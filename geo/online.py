"""Optional online geocoding: any geopy geocoder by name (Nominatim first), behind an on-disk
cache and geopy's RateLimiter (one request per second by default), falling back to the
offline gazetteer on a timeout, 429, 5xx, refusal or a garbage answer, with a notice.

Nothing here runs unless asked for: the dashboard and the CLI are offline by default, and the
tests drive Nominatim through a fake adapter, never the network.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from pathlib import Path

from .errors import GeocodingError
from .gazetteer import cache_dir
from .geocoding import GazetteerGeocoder, Location

log = logging.getLogger(__name__)
DEFAULT_USER_AGENT = "outage-atlas/0.1 (offline-first news geoparser)"


class GeocodeCache:
    """(service, query) -> answer JSON, in SQLite; misses are cached too (as null)."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else cache_dir() / "online-geocode-cache.sqlite"
        self._con = sqlite3.connect(self.path, check_same_thread=False)
        self._con.execute("CREATE TABLE IF NOT EXISTS answers(service TEXT, query TEXT, answer TEXT, PRIMARY KEY(service, query))")
        self._con.commit()
        self._lock = threading.Lock()

    def get(self, service: str, query: str):
        row = self._con.execute("SELECT answer FROM answers WHERE service=? AND query=?", (service, query)).fetchone()
        return (True, json.loads(row[0])) if row else (False, None)

    def put(self, service: str, query: str, answer) -> None:
        with self._lock, self._con:
            self._con.execute("INSERT OR REPLACE INTO answers VALUES(?,?,?)", (service, query, json.dumps(answer)))


class OnlineGeocoder:
    """A geopy geocoder with cache, rate limit and offline fallback; geopy-shaped ``geocode``.

    ``notices`` collects a line per fallback so a UI can show it.
    """

    def __init__(self, service: str = "nominatim", *, user_agent: str = DEFAULT_USER_AGENT, timeout: float = 5.0,
                 min_delay_seconds: float = 1.0, cache: GeocodeCache | None = None,
                 fallback: GazetteerGeocoder | None = None, **geocoder_kwargs):
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import get_geocoder_for_service

        self.service = service
        self.name = service
        cls = get_geocoder_for_service(service)
        self._geocoder = cls(user_agent=user_agent, timeout=timeout, **geocoder_kwargs)
        self._limited = RateLimiter(self._geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=0,
                                    swallow_exceptions=False)
        self.cache = cache or GeocodeCache()
        self.fallback = fallback or GazetteerGeocoder()
        self.notices: list[str] = []

    def _online(self, query: str):
        hit, answer = self.cache.get(self.service, query)
        if hit:
            return answer
        from geopy.exc import GeopyError

        try:
            loc = self._limited(query, exactly_one=True)
        except GeopyError as err:
            raise GeocodingError(f"{self.service} failed for {query!r}: {type(err).__name__}: {err}") from err
        except (ValueError, TypeError, KeyError, IndexError) as err:  # geopy choked on a garbage answer
            raise GeocodingError(f"{self.service} gave an unusable answer for {query!r}: {err}") from err
        if loc is None:
            answer = None
        else:
            try:
                lat, lon = float(loc.latitude), float(loc.longitude)
            except (TypeError, ValueError, AttributeError) as err:
                raise GeocodingError(f"{self.service} gave an unusable answer for {query!r}") from err
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise GeocodingError(f"{self.service} gave coordinates out of range for {query!r}")
            answer = {"address": str(loc.address), "lat": lat, "lon": lon}
        self.cache.put(self.service, query, answer)
        return answer

    def geocode(self, query: str, *, exactly_one: bool = True, timeout=None, **_):
        try:
            answer = self._online(query)
        except GeocodingError as err:
            note = f"{err}; using the offline gazetteer instead"
            log.warning(note)
            self.notices.append(note)
            return self.fallback.geocode(query, exactly_one=exactly_one)
        if answer is None:
            return None
        loc = Location(answer["address"], answer["lat"], answer["lon"], {"geocoder": self.service, **answer})
        return loc if exactly_one else [loc]


def get_geocoder(name: str = "gazetteer", **kwargs):
    """A geocoder by name: "gazetteer" (offline) or any geopy service ("nominatim", ...)."""
    if name == "gazetteer":
        return GazetteerGeocoder(**{k: v for k, v in kwargs.items() if k == "gazetteer"})
    return OnlineGeocoder(name, **kwargs)


REGISTERED = ("gazetteer", "nominatim")


def refine_events(events, geocoder, below_confidence: float = 0.5):
    """Re-geocode low-confidence events with an online geocoder (mention + country as the query).

    Events the online service cannot place keep their offline coordinates; the geocoder's
    ``notices`` say when it fell back."""
    from dataclasses import replace

    out = []
    for e in events:
        if e.confidence >= below_confidence or e.granularity == "country":
            out.append(e)
            continue
        query = ", ".join(x for x in (e.mention, e.admin1, e.country_code) if x)
        loc = geocoder.geocode(query)
        if loc is None or loc.raw.get("geocoder") in (None, "gazetteer"):
            out.append(e)
            continue
        out.append(replace(e, lat=loc.latitude, lon=loc.longitude, geocoder=geocoder.name))
    return out
