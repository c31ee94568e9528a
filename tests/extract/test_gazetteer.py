"""Gazetteer records: our places table, Who's On First and GeoNames dumps, name variants."""

from __future__ import annotations

import gzip
import json
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from marsad.errors import DataFileError, InputError, UnreadableFileError
from marsad.extract.gazetteer import (
    GOVERNORATES,
    PlaceEntry,
    match_names,
    merge_entries,
    read_gazetteer_dump,
    read_places_table,
    usable_names,
    write_places_table,
)
from tests.conftest import SHARED

WOF_EXTRACT = SHARED / "data" / "gazetteer" / "whosonfirst-admin-sy.geojsonl.gz"


def entry(
    id: str, canonical: str, names: tuple[str, ...], admin1: str | None = "Hama", **more: Any
) -> PlaceEntry:
    fields: dict[str, Any] = {"feature": "village", "lat": None, "lon": None, "population": None}
    fields.update(more)
    return PlaceEntry(id, canonical, names, admin1, **fields)


# ------------------------------------------------------------ bundled table


def test_bundled_table_has_country_governorates_and_cities() -> None:
    entries = {e.id: e for e in read_places_table("places.tsv")}
    governorates = [e for e in entries.values() if e.feature == "governorate"]
    assert sorted(e.admin1 or "" for e in governorates) == sorted(n for _, _, n in GOVERNORATES)
    assert entries["iso:SY"].feature == "country"
    hama = entries["iso:SY-HM"]
    assert (hama.canonical, hama.admin1) == ("Hama", "Hama")
    assert {"حماة", "حماه", "Hama"} <= set(hama.names)
    city = entries["gn:170017"]  # Hama the city: named like its governorate
    assert (city.canonical, city.feature, city.admin1) == ("Hama", "city", "Hama")
    assert "مورك" in entries["gn:166640"].names
    assert len(entries) > 300


def test_places_table_round_trip(tmp_path: Path) -> None:
    entries = [
        entry("gn:1", "Tell Malah", ("تل ملح", "Tall Mallah"), lat=35.3, lon=36.5),
        entry("wof:2", "Zalin", ("زلين",), admin1=None, population=1200),
    ]
    path = tmp_path / "places.tsv"
    assert write_places_table(entries, path, ["made by a test"]) == 2
    assert path.read_text(encoding="utf-8").startswith("# made by a test\nid\tcanonical")
    assert read_places_table(str(path)) == entries


def test_places_table_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(
        "id\tcanonical\tnames\tadmin1\tfeature\tlat\tlon\tpopulation\n"
        "gn:1\tMorek\tمورك\tHama\ttown\tnorth\t36.6\t\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match=r"bad\.tsv:2: bad number"):
        read_places_table(str(path))


# ------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        (["مورك", "Murak", "Mūrak"], ("مورك", "Murak")),
        (["حمص", "حەسیچە", "ladhqyہ", "kfr nbl"], ("حمص",)),
        (["Qal‘at al Maḑīq", "قلعة المضيق"], ("Qal'at al Madiq", "قلعة المضيق")),
        (["Дума", "LTK", "Douma", "دوما"], ("Douma", "دوما")),
        (["برّي الشرقي"], ("برّي الشرقي",)),
    ],
)
def test_usable_names(candidates: list[str], expected: tuple[str, ...]) -> None:
    assert usable_names(candidates) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("كفر نبل", {"كفر نبل", "كفرنبل"}),
        ("كفرنبودة", {"كفرنبودة", "كفر نبودة"}),
        ("البو كمال", {"البو كمال", "البوكمال"}),
        ("أم الخلاخيل", {"أم الخلاخيل", "وأم الخلاخيل"}),
        ("مورك", {"مورك"}),
        ("Al Lataminah", {"al lataminah", "al-lataminah", "lataminah"}),
        ("Jisr ash Shughur", {"jisr ash shughur", "jisr ash-shughur", "jisr al-shughur"}),
        ("As Sukhnah", {"as sukhnah", "as-sukhnah", "al-sukhnah", "sukhnah"}),
        (
            "Qal'at al Madiq",
            {"qal'at al madiq", "qal'at al-madiq", "qalat al madiq", "qalat al-madiq"},
        ),
    ],
)
def test_match_names(name: str, expected: set[str]) -> None:
    assert set(match_names(entry("gn:1", "X", (name,)))) == expected


def test_merge_entries_keeps_first_and_joins_names() -> None:
    first = entry("gn:1", "Murak", ("مورك",), population=14000)
    later = entry("gn:1", "Morek", ("Morek", "مورك"), admin1=None, lat=35.4, lon=36.7)
    governorate = entry("iso:SY-HM", "Hama", ("حماة",), feature="governorate")
    noisy = entry("iso:SY-HM", "Hamah", ("Hamas muhafaza",), feature="governorate")
    merged = merge_entries([first, governorate, later, noisy])
    assert merged == [
        entry("gn:1", "Murak", ("مورك", "Morek"), lat=35.4, lon=36.7, population=14000),
        governorate,
    ]


# ------------------------------------------------------------ dumps


def wof_feature(props: dict[str, Any]) -> str:
    return json.dumps({"type": "Feature", "properties": props, "geometry": None})


WOF_LINES = [
    wof_feature(
        {
            "wof:id": 85678363, "wof:placetype": "region", "wof:name": "Hamah",
            "wof:concordances": {"iso:code": "SY-HM", "gn:id": 170015},
            "name:ara_x_preferred": ["حماة"], "name:eng_x_preferred": ["Hamah"],
            "name:fra_x_preferred": ["Gouvernement Hama"], "wof:superseded_by": [],
        }
    ),
    wof_feature(
        {
            "wof:id": 1310188781, "wof:placetype": "locality", "wof:name": "Murak",
            "wof:concordances": {"gn:id": 166640}, "gn:admin1_code": "10.0",
            "gn:feature_code": "PPL", "gn:population": 14307,
            "geom:latitude": 35.37615, "geom:longitude": 36.6897,
            "name:ara_x_preferred": ["مورك"], "name:fas_x_preferred": ["مورک"],
            "name:und_x_variant": ["Mork"], "wof:superseded_by": [],
        }
    ),
    wof_feature(  # no GeoNames admin1 code: the governorate comes from the hierarchy
        {
            "wof:id": 900, "wof:placetype": "locality", "wof:name": "Zalin",
            "wof:concordances": {}, "wof:hierarchy": [{"region_id": 85678363}],
            "name:ara_x_preferred": ["زلين"], "wof:superseded_by": [],
        }
    ),
    wof_feature(
        {
            "wof:id": 901, "wof:placetype": "locality", "wof:name": "Old",
            "edtf:deprecated": "2024-01-19", "wof:superseded_by": [902],
        }
    ),
]  # fmt: skip
WOF_EXPECTED = [
    entry("iso:SY-HM", "Hama", ("حماة", "Hamah"), feature="governorate"),
    entry("gn:166640", "Murak", ("مورك", "Murak"), feature="town", lat=35.37615, lon=36.6897,
          population=14307),
    entry("wof:900", "Zalin", ("زلين", "Zalin")),
]  # fmt: skip


@pytest.mark.parametrize("name", ["sy.geojsonl", "sy.geojsonl.gz"])
def test_read_wof_lines(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    data = ("\n".join(WOF_LINES) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    assert sorted(read_gazetteer_dump(path), key=lambda e: e.id) == sorted(
        WOF_EXPECTED, key=lambda e: e.id
    )


TAIL = "\t\t\t\t{}\t\t300\tAsia/Damascus\t2012-01-19"
GEONAMES_LINES = [
    "166640\tMūrak\tMurak\tMorek,Mourek,mwrk,مورك\t35.37615\t36.6897\tP\tPPL\tSY\t\t10"
    + TAIL.format(14307),
    "170015\tMuḩāfaz̧at Ḩamāh\tMuhafazat Hamah\tHama,حماة\t35.25\t37.0\tA\tADM1\tSY\t\t10"
    + TAIL.format(0),
    "170001\tWādī\tWadi\t\t35.2\t36.9\tH\tWAD\tSY\t\t10" + TAIL.format(0),
]
GEONAMES_EXPECTED = [
    entry("gn:166640", "Murak", ("مورك", "Murak"), feature="town", lat=35.37615, lon=36.6897,
          population=14307),
    entry("iso:SY-HM", "Hama", ("حماة", "Muhafazat Hamah"), feature="governorate", lat=35.25,
          lon=37.0),
]  # fmt: skip


def test_read_geonames_txt_and_zip(tmp_path: Path) -> None:
    text = tmp_path / "SY.txt"
    text.write_text("\n".join(GEONAMES_LINES) + "\n", encoding="utf-8")
    assert list(read_gazetteer_dump(text)) == GEONAMES_EXPECTED
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("readme.txt", "GeoNames readme")
        handle.writestr("SY.txt", text.read_text(encoding="utf-8"))
    assert list(read_gazetteer_dump(archive)) == GEONAMES_EXPECTED


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"id,name\n1,Morek\n", InputError, "neither Who's On First"),
        (b'{"type": "Feature", "prop', InputError, "not a GeoJSON feature line"),
        (gzip.compress(b"hello\n"), InputError, "neither Who's On First"),
        (b"PK\x03\x04broken", InputError, "not a readable zip file"),
    ],
)
def test_unreadable_dumps(tmp_path: Path, content: bytes, error: type, message: str) -> None:
    path = tmp_path / "dump.bin"
    path.write_bytes(content)
    with pytest.raises(error, match=message):
        list(read_gazetteer_dump(path))


def test_missing_dump(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="no such file"):
        list(read_gazetteer_dump(tmp_path / "absent.geojsonl"))


def test_who_s_on_first_extract() -> None:
    if not WOF_EXTRACT.is_file():
        pytest.skip(f"{WOF_EXTRACT} not found (../shared is absent in this clone)")
    start = time.perf_counter()
    entries = {e.id: e for e in read_gazetteer_dump(WOF_EXTRACT)}
    seconds = time.perf_counter() - start
    assert len(entries) > 10_000
    assert seconds < 20
    morek = entries["gn:166640"]
    assert (morek.admin1, "مورك" in morek.names) == ("Hama", True)
    assert entries["iso:SY-ID"].feature == "governorate"
    assert sum(e.admin1 is None for e in entries.values()) < 30
