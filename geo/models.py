"""Typed values passed between the pipeline stages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

SERVICES = ("power", "heating", "water", "gas", "communications")
EVENT_TYPES = ("outage", "strike")

#: The properties of an event Feature, in output order (the ``extract`` contract).
EVENT_COLUMNS = (
    "event_id", "event_type", "place", "mention", "country_code", "admin1", "granularity",
    "geo_precision", "gazetteer_id", "services", "affected_min", "affected_max", "affected_text",
    "killed", "injured", "casualties_scope", "temperature_c", "temperature_text", "date",
    "time_precision", "source", "evidence", "confidence", "geocoder",
)

#: The properties of a place Feature (``--layer places``).
PLACE_COLUMNS = (
    "place", "country_code", "admin1", "granularity", "gazetteer_id", "event_types", "services",
    "affected", "killed", "injured", "temperature_c", "date_first", "date_last", "report_count",
    "sources",
)


@dataclass(frozen=True)
class Document:
    """One input article."""

    doc_id: str  # file name, or an id for pasted text
    text: str
    title: str | None = None
    date: str | None = None  # publication date "YYYY-MM-DD" when known
    url: str | None = None


@dataclass(frozen=True)
class Mention:
    """A place named in a text span."""

    text: str
    start: int
    end: int
    norm: str
    region_hint: bool = False  # written as "X region" / "X Oblast" / ...
    county_hint: bool = False  # written as "X County" / "X and Y counties" (a second-level unit)
    gid: str | None = None  # the one gazetteer place the words name ("the Ukrainian capital": Kyiv's id)
    country_hint: str | None = None  # the country a unit's own word names ("the Belozerska hromada": Ukraine)


@dataclass(frozen=True)
class Place:
    """A resolved place (or an honest miss: ``lat``/``lon`` None)."""

    name: str | None
    lat: float | None
    lon: float | None
    country_code: str | None = None
    admin1: str | None = None
    granularity: str | None = None  # facility | city | region | country
    gazetteer_id: str | None = None
    confidence: float = 0.0
    geocoder: str = "gazetteer"

    @property
    def geo_precision(self) -> int:
        """ACLED code: 1 town, 2 a facility (or a village the gazetteer lacks) placed at the town near it, 3 region
        or country."""
        if self.geocoder in ("near", "list") and self.granularity == "city":
            return 2
        return {"city": 1, "facility": 2}.get(self.granularity or "", 3)


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    """One (source document, place, event_type)."""

    event_id: str
    event_type: str
    place: str
    mention: str
    lat: float | None
    lon: float | None
    country_code: str | None
    admin1: str | None
    granularity: str | None
    geo_precision: int
    gazetteer_id: str | None
    services: tuple[str, ...] = ()
    affected_min: int | None = None
    affected_max: int | None = None
    affected_text: str | None = None
    killed: int | None = None
    injured: int | None = None
    casualties_scope: tuple[str, ...] | None = None
    temperature_c: float | None = None
    temperature_text: str | None = None
    date: str | None = None
    time_precision: int = 3
    source: str = ""
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    confidence: float = 0.0
    geocoder: str = "gazetteer"

    def properties(self) -> dict:
        """The contract's Feature properties (JSON-ready)."""
        d = asdict(self)
        d["services"] = list(self.services)
        d["casualties_scope"] = list(self.casualties_scope) if self.casualties_scope else None
        d["evidence"] = [asdict(e) for e in self.evidence]
        return {k: d[k] for k in EVENT_COLUMNS}
