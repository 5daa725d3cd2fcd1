"""The project's error family.

::

    GeoError
     ├── InputError          a document that cannot be read (empty, binary, too big, bad encoding)
     ├── GazetteerError      the offline index cannot be built or opened
     └── GeocodingError      an online geocoder failed (the caller falls back to the gazetteer)
"""

from __future__ import annotations


class GeoError(Exception):
    """Root of every error raised by :mod:`geo`."""


class InputError(GeoError):
    """An input document that cannot be turned into text."""


class GazetteerError(GeoError):
    """The offline gazetteer index could not be built or opened."""


class GeocodingError(GeoError):
    """An online geocoder failed; callers fall back to the offline result."""
