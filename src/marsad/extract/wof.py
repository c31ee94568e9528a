"""Who's On First extracts as GeoJSON lines (``.geojsonl``; the caller opens gzip).

A governorate's id is ``iso:SY-HM`` (ISO 3166-2), the country's ``iso:SY``, a
place known to GeoNames ``gn:<geonameid>`` (from the record's concordances),
any other record ``wof:<id>``. Places whose governorate is only known through
the WOF hierarchy get it once the region records have been read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Final

from marsad.errors import InputError
from marsad.extract.geonames import geonames_feature, numbered_lines, parse_int, parse_number
from marsad.extract.place_entry import (
    BY_GEONAMES,
    BY_ISO,
    LATIN_NAME,
    PlaceEntry,
    ascii_name,
    usable_names,
)

_WOF_FEATURES: Final = {
    "country": "country",
    "region": "governorate",
    "county": "district",
    "neighbourhood": "neighbourhood",
    "campus": "campus",
    "zone": "zone",
}


def read_wof(path: Path, first: str, rest: IO[str]) -> Iterator[PlaceEntry]:
    regions: dict[int, str] = {}
    pending: list[tuple[PlaceEntry, int | None]] = []
    for number, line in numbered_lines(first, rest):
        if not line.strip():
            continue
        try:
            props = json.loads(line)["properties"]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}", f"not a GeoJSON feature line ({exc})") from exc
        entry, region_id = _wof_entry(props)
        if entry is None:
            continue
        if props.get("wof:placetype") == "region" and entry.admin1:
            regions[int(props["wof:id"])] = entry.admin1
        if entry.admin1 is None and region_id is not None:
            pending.append((entry, region_id))
            continue
        yield entry
    for entry, region_id in pending:
        yield _with_admin1(entry, regions.get(region_id or 0))


def _with_admin1(entry: PlaceEntry, admin1: str | None) -> PlaceEntry:
    return PlaceEntry(
        entry.id, entry.canonical, entry.names, admin1, entry.feature,
        entry.lat, entry.lon, entry.population,
    )  # fmt: skip


def _wof_entry(props: dict[str, Any]) -> tuple[PlaceEntry | None, int | None]:
    """A WOF record as a place (None for deprecated ones) and its region id."""
    deprecated = props.get("edtf:deprecated") not in (None, "", "uuuu")
    if deprecated or props.get("wof:superseded_by"):
        return None, None
    placetype = str(props.get("wof:placetype", ""))
    concordances = props.get("wof:concordances") or {}
    iso = str(concordances.get("iso:code") or "")
    gn_id = concordances.get("gn:id") or props.get("gn:geonameid")
    population = (
        parse_int(props.get("gn:population")) or parse_int(props.get("wof:population")) or None
    )
    admin1 = BY_ISO.get(iso) if placetype == "region" else _admin1_of_code(props)
    entry_id = _wof_id(placetype, iso, gn_id, props.get("wof:id"))
    names = usable_names(_wof_names(props))
    canonical = admin1 if placetype == "region" and admin1 else _wof_canonical(props)
    if placetype == "country":
        canonical = ascii_name(str(props.get("wof:name", canonical)))
    if placetype == "region" and not admin1:
        placetype = "zone"
    feature = _WOF_FEATURES.get(placetype) or geonames_feature(
        str(props.get("gn:feature_code", "")), population
    )
    hierarchy = props.get("wof:hierarchy") or [{}]
    region_id = hierarchy[0].get("region_id") if isinstance(hierarchy[0], dict) else None
    entry = PlaceEntry(
        id=entry_id,
        canonical=canonical,
        names=names or (canonical,),
        admin1=admin1,
        feature=feature,
        lat=parse_number(props.get("geom:latitude")),
        lon=parse_number(props.get("geom:longitude")),
        population=population,
    )
    return entry, parse_int(region_id) or None


def _wof_id(placetype: str, iso: str, gn_id: object, wof_id: object) -> str:
    if placetype in ("country", "region") and iso:
        return f"iso:{iso}"
    if placetype not in ("region", "county") and parse_int(gn_id):
        return f"gn:{parse_int(gn_id)}"
    return f"wof:{wof_id}"


def _wof_names(props: dict[str, Any]) -> list[str]:
    """Arabic names (Arabic and its Levantine and Egyptian varieties) and English ones.

    English means ``name:eng_*`` and WOF's and GeoNames' own romanisations;
    the many other romanisations (``name:und_*``, other languages) are left
    out: they rarely match English texts and would slow loading.
    """
    keys = [key for key in props if key.startswith("name:")]
    arabic = [key for key in keys if key[5:8] in ("ara", "arz", "apc", "ajp")]
    latin = [key for key in keys if key[5:8] == "eng"]
    names: list[str] = []
    for key in arabic:
        names += [str(value) for value in props[key]]
    names += [str(props.get(key, "")) for key in ("wof:name", "gn:name", "gn:asciiname")]
    for key in latin:
        names += [str(value) for value in props[key]]
    return [name for name in names if name]


def _wof_canonical(props: dict[str, Any]) -> str:
    for name in props.get("name:eng_x_preferred") or []:
        latin = ascii_name(str(name))
        if LATIN_NAME.match(latin):
            return latin
    return ascii_name(str(props.get("wof:name", "")))


def _admin1_of_code(props: dict[str, Any]) -> str | None:
    code = parse_int(props.get("gn:admin1_code"))
    return BY_GEONAMES.get(f"{code:02d}") if code else None
