"""GeoNames country dumps (``SY.txt`` or ``SY.zip``: the 19 tab-separated columns
of GeoNames' ``readme.txt``), and the cell parsers the dump readers share.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Final

from marsad.errors import InputError
from marsad.extract.place_entry import (
    ARABIC_NAME,
    BY_GEONAMES,
    GOVERNORATES,
    PlaceEntry,
    ascii_name,
    feature_of_population,
    usable_names,
)

_GEONAMES_FEATURES: Final = {
    "ADM1": "governorate",
    "ADM2": "district",
    "ADM3": "subdistrict",
    "PPLC": "city",
    "PPLA": "city",
    "PPLX": "neighbourhood",
    "AIRB": "airbase",
    "AIRF": "airport",
    "AIRP": "airport",
    "HLL": "hill",
    "MT": "mountain",
    "PLN": "plain",
    "CAMP": "camp",
}
_GEONAMES_KEEP: Final = frozenset({"P", "A"})


def numbered_lines(first: str, rest: IO[str]) -> Iterator[tuple[int, str]]:
    yield 1, first
    yield from enumerate(rest, start=2)


def geonames_feature(code: str, population: int | None) -> str:
    if code == "PPLA2" and not population:
        return "town"
    return _GEONAMES_FEATURES.get(code) or feature_of_population(population)


def parse_int(value: object) -> int:
    try:
        return int(float(str(value)))
    except ValueError:
        return 0


def parse_number(value: object) -> float | None:
    try:
        return float(str(value))
    except ValueError:
        return None


def is_geonames_line(line: str) -> bool:
    cells = line.rstrip("\n").split("\t")
    return len(cells) >= 15 and cells[0].isdigit() and len(cells[6]) <= 1


def read_geonames_zip(path: Path) -> Iterator[PlaceEntry]:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(str(path), f"not a readable zip file ({exc})") from exc
    with archive:
        members = [m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m]
        if not members:
            raise InputError(str(path), "the zip holds no GeoNames .txt dump (e.g. SY.txt)")
        with archive.open(members[0]) as raw:
            handle = io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
            first = handle.readline()
            if not is_geonames_line(first):
                raise InputError(f"{path}:{members[0]}", "not a GeoNames dump (19 tab columns)")
            yield from read_geonames_lines(path, first, handle)


def read_geonames_lines(path: Path, first: str, rest: IO[str]) -> Iterator[PlaceEntry]:
    for number, line in numbered_lines(first, rest):
        cells = line.rstrip("\n").split("\t")
        if len(cells) < 15:
            if line.strip():
                raise InputError(f"{path}:{number}", "a GeoNames line needs 19 tab-separated cells")
            continue
        entry = _geonames_entry(cells)
        if entry is not None:
            yield entry


def _geonames_entry(cells: list[str]) -> PlaceEntry | None:
    """One GeoNames line as a place; None for feature classes we do not use."""
    geonameid, name, asciiname, alternates = cells[0], cells[1], cells[2], cells[3]
    feature_class, code, admin1_code = cells[6], cells[7], cells[10]
    if feature_class not in _GEONAMES_KEEP and code not in _GEONAMES_FEATURES:
        return None
    if code in ("PPLH", "PPLW", "ADMD", "PCLI", "ADM1H", "ADM2H"):
        return None
    population = parse_int(cells[14]) or None
    admin1 = BY_GEONAMES.get(admin1_code)
    iso = next((i for i, c, _ in GOVERNORATES if c == admin1_code), "")
    entry_id = f"iso:{iso}" if code == "ADM1" and iso else f"gn:{geonameid}"
    canonical = admin1 if code == "ADM1" and admin1 else ascii_name(name)
    arabic = [alternate for alternate in alternates.split(",") if ARABIC_NAME.match(alternate)]
    names = usable_names([*arabic, name, asciiname])
    return PlaceEntry(
        id=entry_id,
        canonical=canonical,
        names=names or (canonical,),
        admin1=admin1,
        feature=geonames_feature(code, population),
        lat=parse_number(cells[4]),
        lon=parse_number(cells[5]),
        population=population,
    )
