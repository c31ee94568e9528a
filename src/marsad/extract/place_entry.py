"""Gazetteer places: the :class:`PlaceEntry` record, the governorates and usable names.

``admin1`` is the governorate's English name (see :data:`GOVERNORATES`). The
readers of :mod:`marsad.extract.gazetteer`, :mod:`marsad.extract.wof` and
:mod:`marsad.extract.geonames` all build entries with these helpers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

GOVERNORATES: Final = (
    # (ISO 3166-2 code, GeoNames admin1 code, English name used as ``admin1``)
    ("SY-HA", "01", "Al-Hasakah"),
    ("SY-LA", "02", "Latakia"),
    ("SY-QU", "03", "Quneitra"),
    ("SY-RA", "04", "Raqqa"),
    ("SY-SU", "05", "As-Suwayda"),
    ("SY-DR", "06", "Daraa"),
    ("SY-DY", "07", "Deir ez-Zor"),
    ("SY-RD", "08", "Rif Dimashq"),
    ("SY-HL", "09", "Aleppo"),
    ("SY-HM", "10", "Hama"),
    ("SY-HI", "11", "Homs"),
    ("SY-ID", "12", "Idlib"),
    ("SY-DI", "13", "Damascus"),
    ("SY-TA", "14", "Tartus"),
)
BY_ISO: Final = {iso: name for iso, _, name in GOVERNORATES}
BY_GEONAMES: Final = {code: name for _, code, name in GOVERNORATES}
ARABIC_NAME: Final = re.compile("^[\u0621-\u064a\u064b-\u0652\u0640\u0671 \\-]+$")
LATIN_NAME: Final = re.compile("^[A-Z][A-Za-z' \\-]*[a-z][A-Za-z' \\-]*$")
_QUOTES: Final = str.maketrans({"‘": "'", "’": "'", "ʿ": "'", "ʾ": "'", "`": "'", "ʼ": "'"})
_PARENS: Final = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """One gazetteer place: an id, an English name and every name it goes by."""

    id: str
    canonical: str
    names: tuple[str, ...]
    admin1: str | None
    feature: str
    lat: float | None
    lon: float | None
    population: int | None


# ---------------------------------------------------------------- names


def ascii_name(name: str) -> str:
    """``name`` without accents, with one kind of apostrophe and no parentheses."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_PARENS.sub("", plain).split()).strip("'")


def usable_names(candidates: Iterable[str]) -> tuple[str, ...]:
    """The Arabic-script and capitalised Latin-script names among ``candidates``, deduplicated.

    Persian or Kurdish letters, mixed scripts, all-lower-case romanisations
    (``kfr nbl``) and other scripts are left out.
    """
    seen: dict[str, None] = {}
    for raw in candidates:
        name = " ".join(raw.split())
        if ARABIC_NAME.match(name):
            seen.setdefault(name)
            continue
        latin = ascii_name(name)
        if LATIN_NAME.match(latin) and not latin.isupper():
            seen.setdefault(latin)
    return tuple(seen)


def feature_of_population(population: int | None) -> str:
    """City, town or village by population (GeoNames gives 0 when unknown)."""
    if population and population >= 100_000:
        return "city"
    if population and population >= 10_000:
        return "town"
    return "village"
