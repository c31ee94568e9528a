"""Gazetteer records and the files they come from.

Three sources give :class:`PlaceEntry` records:

* our own table (``data/places.tsv`` or a user file; columns ``id``,
  ``canonical``, ``names``, ``admin1``, ``feature``, ``lat``, ``lon``,
  ``population``; ``names`` separated by ``|``), read by
  :func:`read_places_table` and written by :func:`write_places_table`;
* a Who's On First extract as GeoJSON lines (``.geojsonl``, gzip allowed);
* a GeoNames country dump (``SY.txt`` or ``SY.zip``, tab-separated, the 19
  columns of GeoNames' ``readme.txt``).

:func:`read_gazetteer_dump` tells the two dump formats apart by their
content. Ids are stable across sources so that one place imported twice is
one entry: a governorate is ``iso:SY-HM`` (ISO 3166-2), the country
``iso:SY``, a place known to GeoNames ``gn:<geonameid>`` (Who's On First
records carry it as a concordance), any other WOF record ``wof:<id>``.
``admin1`` is the governorate's English name (see :data:`GOVERNORATES`).
"""

from __future__ import annotations

import gzip
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, Final

from marsad.errors import InputError, UnreadableFileError
from marsad.extract.geonames import is_geonames_line, read_geonames_lines, read_geonames_zip
from marsad.extract.place_entry import (
    GOVERNORATES,
    PlaceEntry,
    ascii_name,
    feature_of_population,
    usable_names,
)
from marsad.extract.tables import Row, read_table, split_list
from marsad.extract.wof import read_wof

__all__ = [
    "ARTICLES",
    "COLUMNS",
    "GOVERNORATES",
    "PlaceEntry",
    "ascii_name",
    "feature_of_population",
    "match_names",
    "merge_entries",
    "read_gazetteer_dump",
    "read_places_table",
    "usable_names",
    "write_places_table",
]

COLUMNS: Final = ("id", "canonical", "names", "admin1", "feature", "lat", "lon", "population")

# ------------------------------------------------------------------ our table


def read_places_table(path_or_name: str) -> list[PlaceEntry]:
    """Read a places table (bundled name such as ``places.tsv``, or a path)."""
    return [_entry_of(row) for row in read_table(path_or_name, ("id", "canonical", "feature"))]


def _entry_of(row: Row) -> PlaceEntry:
    try:
        lat, lon = _float(row.get("lat")), _float(row.get("lon"))
        population = int(row.get("population")) if row.get("population") else None
    except ValueError as exc:
        problem = f"bad number ({exc}); lat/lon are decimals, population an integer"
        raise row.error(problem) from exc
    names = split_list(row.get("names"))
    return PlaceEntry(
        id=row.get("id"),
        canonical=row.get("canonical"),
        names=names or (row.get("canonical"),),
        admin1=row.get("admin1") or None,
        feature=row.get("feature"),
        lat=lat,
        lon=lon,
        population=population,
    )


def _float(cell: str) -> float | None:
    return float(cell) if cell else None


def write_places_table(
    entries: Iterable[PlaceEntry], path: Path, comments: Sequence[str] = ()
) -> int:
    """Write ``entries`` as a places table (``comments`` become ``#`` lines); return the count."""
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for comment in comments:
            handle.write(f"# {comment}\n" if comment else "#\n")
        handle.write("\t".join(COLUMNS) + "\n")
        for entry in entries:
            handle.write("\t".join(_cells(entry)) + "\n")
            count += 1
    return count


def _cells(entry: PlaceEntry) -> list[str]:
    def clean(value: object) -> str:
        return "" if value is None else re.sub(r"[\t\n|]+", " ", str(value)).strip()

    return [
        clean(entry.id),
        clean(entry.canonical),
        "|".join(clean(name) for name in entry.names if clean(name)),
        clean(entry.admin1),
        clean(entry.feature),
        "" if entry.lat is None else f"{entry.lat:.5f}",
        "" if entry.lon is None else f"{entry.lon:.5f}",
        clean(entry.population),
    ]


# ---------------------------------------------------------------- merging and variants

_ADMIN: Final = frozenset({"governorate", "country"})
ARTICLES: Final = frozenset(
    {"al", "el", "an", "ar", "as", "ash", "at", "ath", "ad", "adh", "az", "ed", "en", "er"}
    | {"es", "esh", "et", "ez"}
)
"""Romanised forms of the Arabic article."""


def merge_entries(entries: Iterable[PlaceEntry]) -> list[PlaceEntry]:
    """One entry per id, in order of first appearance.

    The first entry read keeps its fields and gains the later ones' names,
    except governorates and the country, whose curated names stay as they are.
    """
    merged: dict[str, PlaceEntry] = {}
    for entry in entries:
        first = merged.get(entry.id)
        if first is None:
            merged[entry.id] = entry
        elif first.feature not in _ADMIN:
            names = tuple(dict.fromkeys((*first.names, *entry.names)))
            merged[entry.id] = replace(
                first,
                names=names,
                admin1=first.admin1 or entry.admin1,
                lat=first.lat if first.lat is not None else entry.lat,
                lon=first.lon if first.lon is not None else entry.lon,
                population=first.population or entry.population,
            )
    return list(merged.values())


def match_names(entry: PlaceEntry) -> Iterator[str]:
    """The names of ``entry`` and the spelling variants texts use for them.

    Arabic: كفر and البو written apart or joined; a first word of two letters (أم) also
    with و attached, which the text stage leaves on such short words. Latin:
    articles spaced or hyphenated (``Al Lataminah``/``Al-Lataminah``), sun-letter
    articles also as ``al-`` (``Jisr ash Shughur`` → ``Jisr al-Shughur``,
    ``As Sukhnah`` → ``al-Sukhnah``), a
    leading article dropped,
    apostrophes dropped; Latin variants are lower-cased (matching ignores case).
    """
    seen: set[str] = set()
    for name in entry.names:
        variants = _arabic_variants(name) if _is_arabic(name) else _latin_variants(name)
        for variant in variants:
            if variant not in seen:
                seen.add(variant)
                yield variant


def _is_arabic(name: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in name)


_JOINED_PREFIXES = ("كفر", "البو")
"""First words texts write joined to the next or apart (كفرنبل, البوكمال / البو كمال)."""


def _arabic_variants(name: str) -> list[str]:
    for prefix in _JOINED_PREFIXES:
        size = len(prefix)
        if name.startswith(prefix + " ") and len(name) > size + 2:
            return [name, prefix + name[size + 1 :]]
        if name.startswith(prefix) and len(name) > size + 2 and name[size] != " ":
            return [name, prefix + " " + name[size:]]
    if 0 < name.find(" ") <= 2:  # وأم الخلاخيل: و stays on two-letter words
        return [name, "و" + name]
    return [name]


def _latin_variants(name: str) -> list[str]:
    words = [word.strip("'") for word in name.replace("-", " ").split() if word.strip("'")]
    if not words:
        return []
    forms = {name, " ".join(words), _join_articles(words, None), _join_articles(words, "al")}
    if len(words) > 1 and words[0].lower() in ARTICLES and len(words[1]) >= 4:
        forms.add(" ".join(words[1:]))
    forms |= {form.replace("'", "") for form in forms}
    return sorted({form.lower() for form in forms if form})


def _join_articles(words: list[str], article: str | None) -> str:
    out: list[str] = []
    pending = ""
    for index, word in enumerate(words):
        if word.lower() in ARTICLES and index < len(words) - 1:
            pending = (article or word) + "-"
            continue
        out.append(pending + word)
        pending = ""
    return " ".join(out)


# ---------------------------------------------------------------- dumps


def read_gazetteer_dump(path: Path) -> Iterator[PlaceEntry]:
    """The places of a Who's On First GeoJSON-lines file or a GeoNames country dump.

    The format is told by content (gzip and zip are opened); anything else
    raises :class:`~marsad.errors.InputError`.
    """
    if not path.is_file():
        raise UnreadableFileError(str(path), "no such file; give a gazetteer dump")
    head = _head(path)
    if head.startswith(b"PK"):
        yield from read_geonames_zip(path)
        return
    with _open_text(path, head) as handle:
        first = handle.readline()
        if first.lstrip().startswith("{"):
            yield from read_wof(path, first, handle)
        elif is_geonames_line(first):
            yield from read_geonames_lines(path, first, handle)
        else:
            raise InputError(
                str(path),
                "neither Who's On First GeoJSON lines nor a GeoNames dump; "
                "give a .geojsonl(.gz) file or a GeoNames SY.txt/SY.zip",
            )


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(4)
    except OSError as exc:
        raise UnreadableFileError(str(path), f"cannot open ({exc})") from exc


def _open_text(path: Path, head: bytes) -> IO[str]:
    try:
        if head.startswith(b"\x1f\x8b"):
            return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace")
        return path.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UnreadableFileError(str(path), f"cannot open ({exc})") from exc
