"""Nominatim through geopy with a fake adapter: recorded answers, errors, never the network."""

import json

import pytest
from geopy.adapters import AdapterHTTPError, BaseSyncAdapter
from geopy.exc import GeocoderTimedOut

from geo.gazetteer import distance_km
from geo.geocoding import Location
from geo.online import GeocodeCache, OnlineGeocoder, get_geocoder

KYIV = [{"lat": "50.4500336", "lon": "30.5241361", "display_name": "Kyiv, Ukraine", "place_id": 1,
         "boundingbox": ["50.2", "50.6", "30.2", "30.8"]}]


class FakeAdapter(BaseSyncAdapter):
    """Answers from a script: a list of JSON bodies or exceptions, one per request."""

    script: list = []
    urls: list = []

    def __init__(self, *, proxies, ssl_context):
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url, *, timeout, headers):
        FakeAdapter.urls.append(url)
        item = FakeAdapter.script.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    def get_text(self, url, *, timeout, headers):
        return json.dumps(self.get_json(url, timeout=timeout, headers=headers))


@pytest.fixture
def make(tmp_path, gz):
    def _make(*script):
        FakeAdapter.script = list(script)
        FakeAdapter.urls = []
        from geo.geocoding import GazetteerGeocoder

        return OnlineGeocoder("nominatim", adapter_factory=FakeAdapter, min_delay_seconds=0.0,
                              cache=GeocodeCache(tmp_path / "cache.sqlite"), fallback=GazetteerGeocoder(gz))
    return _make


def test_answer_is_cached(make):
    g = make(KYIV)
    a = g.geocode("Kyiv")
    b = g.geocode("Kyiv")  # from the cache: the script has nothing left
    assert a.point == b.point and len(FakeAdapter.urls) == 1
    assert "nominatim" in FakeAdapter.urls[0]
    assert not g.notices


def test_rate_limited_falls_back_with_a_notice(make):
    g = make(AdapterHTTPError("429", status_code=429, headers={}, text="Too Many Requests"))
    loc = g.geocode("Kharkiv")
    assert distance_km(loc.latitude, loc.longitude, 49.98, 36.25) < 25  # the gazetteer's answer
    assert g.notices and "RateLimited" in g.notices[0]


@pytest.mark.parametrize("failure", [GeocoderTimedOut("slow"), AdapterHTTPError("500", status_code=500, headers={}, text="oops")])
def test_timeouts_and_5xx_fall_back(make, failure):
    g = make(failure)
    assert g.geocode("Lviv") is not None and g.notices


def test_garbage_answer_falls_back(make):
    g = make([{"lat": "not a number", "lon": "x", "display_name": "?"}])
    loc = g.geocode("Odesa")
    assert loc is not None and g.notices


def test_no_result_is_none(make):
    assert make([]).geocode("Zzyzxqvillegrad") is None


@pytest.mark.parametrize("name", ["gazetteer", "nominatim"])
def test_registry_contract(name, gz, tmp_path):
    if name == "nominatim":
        FakeAdapter.script = [KYIV, []]
        g = get_geocoder(name, adapter_factory=FakeAdapter, min_delay_seconds=0.0, cache=GeocodeCache(tmp_path / "c.sqlite"))
    else:
        g = get_geocoder(name, gazetteer=gz)
    loc = g.geocode("Kyiv")
    assert isinstance(loc, Location) and distance_km(loc.latitude, loc.longitude, 50.45, 30.52) < 25
    assert g.geocode("Zzyzxqvillegrad") is None


def test_refine_moves_only_low_confidence_events(make, seed_events):
    from dataclasses import replace

    from geo.online import refine_events

    low = replace(seed_events[0], confidence=0.2)
    high = seed_events[1]
    g = make([{"lat": "50.0", "lon": "36.0", "display_name": "Somewhere", "place_id": 2}])
    out = refine_events([low, high], g)
    assert (out[0].lat, out[0].lon, out[0].geocoder) == (50.0, 36.0, "nominatim")
    assert out[1] == high
