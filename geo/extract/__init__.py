"""Text -> outage and strike events."""

from .events import extract_all, extract_events

__all__ = ["extract_events", "extract_all"]
