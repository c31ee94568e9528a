"""Interface strings, language choice, numbers and dates for a reader."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from marsad.errors import DataFileError
from marsad.query.views import EntityRef, EntityView, NameView
from marsad.serve.language import (
    STRINGS_FILE,
    Ui,
    choose_lang,
    format_number,
    format_value,
    load_strings,
    plural_form,
)

STRINGS = load_strings()
TEMPLATES = STRINGS_FILE.parent / "templates"
DATA = STRINGS_FILE.parent.parent / "data"


def ui(lang: str) -> Ui:
    return Ui(lang, STRINGS)


@pytest.mark.parametrize(
    ("asked", "cookie", "accept", "lang"),
    [("ar", None, None, "ar"), ("en", "ar", "ar", "en"), (None, "ar", "en-GB", "ar"),
     (None, None, "ar-SY,ar;q=0.9", "ar"), (None, None, "en-US", "en"), (None, None, None, "en"),
     ("fr", "xx", "fr-FR", "en")],
)  # fmt: skip
def test_choose_lang(asked: str | None, cookie: str | None, accept: str | None, lang: str) -> None:
    assert choose_lang(asked, cookie, accept) == lang


@pytest.mark.parametrize(
    ("value", "en", "ar"),
    [(1500, "1,500", "١٬٥٠٠"), (2.5, "2.5", "٢٫٥"), (0, "0", "٠"), (1133.0, "1,133", "١٬١٣٣")],
)
def test_numbers_in_both_languages(value: float, en: str, ar: str) -> None:
    assert format_number(value, "en") == en and format_number(value, "ar") == ar


@pytest.mark.parametrize(
    ("value", "en"),
    [({"exact": 1500}, "1,500"), ({"approx": 300}, "≈300"), ({"min": 2000}, "≥2,000"),
     ({"max": 500}, "≤500"), ({"min": 20, "max": 99}, "20–99"), ({}, "?")],
)  # fmt: skip
def test_claimed_values(value: dict[str, float], en: str) -> None:
    assert format_value(value, "en") == en


@pytest.mark.parametrize(
    ("iso", "en", "ar"),
    [("2019", "2019", "٢٠١٩"), ("2019-06", "June 2019", "حزيران ٢٠١٩"),
     ("2019-06-20", "20 June 2019", "٢٠ حزيران ٢٠١٩"), (None, "", ""), ("soon", "soon", "soon")],
)  # fmt: skip
def test_dates_at_their_precision(iso: str | None, en: str, ar: str) -> None:
    assert ui("en").date(iso) == en and ui("ar").date(iso) == ar


def test_periods() -> None:
    assert ui("en").period("2019-06", None) == "June 2019 – …"
    assert ui("en").period("2019", "2019") == "2019"
    assert ui("en").period(None, None) == ""


@pytest.mark.parametrize(
    ("lang", "n", "form"),
    [("en", 1, "one"), ("en", 2, "other"), ("ar", 0, "zero"), ("ar", 1, "one"), ("ar", 2, "two"),
     ("ar", 5, "few"), ("ar", 103, "few"), ("ar", 11, "many"), ("ar", 100, "other")],
)  # fmt: skip
def test_plural_forms(lang: str, n: int, form: str) -> None:
    assert plural_form(lang, n) == form


def test_plurals_and_placeholders() -> None:
    assert ui("en").t("map.events", n=1) == "1 event"
    assert ui("en").t("map.events", n=3) == "3 events"
    assert ui("ar").t("map.events", n=2) == "حدثان"
    assert ui("ar").t("map.events", n=4) == "٤ أحداث"
    assert ui("ar").t("map.events", n=11) == "١١ حدثاً"
    assert ui("en").t("no.such.key") == "no.such.key"


def test_vocabulary_labels_fall_back_to_the_word() -> None:
    assert ui("ar").label("relation", "allied_with") == "متحالف مع"
    assert ui("en").label("event", "some_new_kind") == "some new kind"
    assert ui("en").labels("role", ["commander", "commander", ""]) == "commander"


def test_names_in_the_page_script() -> None:
    entity = EntityView(
        "a1", "actor", "Jaysh al-Izza",
        (NameView("العزة", "arabic", 9), NameView("جيش العزة", "arabic", 4),
         NameView("Jaysh al-Izza", "latin", 4)), 4,
    )  # fmt: skip
    assert ui("en").entity_name(entity) == "Jaysh al-Izza"
    assert ui("ar").entity_name(entity) == "جيش العزة", "a name of several words wins"
    arabic = Ui("ar", STRINGS, names={"a1": {"arabic": "جيش العزة", "latin": "Jaysh al-Izza"}})
    assert arabic.name(EntityRef("a1", "Jaysh al-Izza")) == "جيش العزة"
    assert arabic.name(EntityRef(None, "Reuters")) == "Reuters"


def test_an_actor_is_shown_by_the_name_its_table_gives() -> None:
    names = (
        NameView("قوات النظام", "arabic", 5),
        NameView("الجيش العربي السوري", "arabic", 0, reference=True),
        NameView("Syrian Arab Army", "latin", 3, reference=True),
    )
    army = EntityView("a2", "actor", "Syrian Arab Army", names, 5)
    assert ui("ar").entity_name(army) == "الجيش العربي السوري"
    town = EntityView(
        "p1", "place", "Kafr Nabl",
        (NameView("كفرنبل", "arabic", 3), NameView("كفر نبل", "arabic", 0, reference=True)), 3,
    )  # fmt: skip
    assert ui("ar").entity_name(town) == "كفرنبل", "a place goes by what documents write"


def test_every_string_has_both_languages() -> None:
    missing = [key for key, row in STRINGS.table.items() if set(row) != {"en", "ar"}]
    assert missing == []


def test_every_key_the_templates_use_is_listed() -> None:
    used: set[str] = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"ui\.t\('([\w.\-]+)'", template.read_text(encoding="utf-8")))
    fixed = {key for key in used if not key.endswith(".")}  # "count." ~ kind: built keys
    assert fixed and sorted(k for k in fixed if k not in STRINGS.table) == []


def data_column(table: str, column: str, keep: str | None = None) -> set[str]:
    """The values of ``column`` in a data table (rows whose ``kind`` is ``keep``)."""
    lines = (DATA / table).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    at, kind = header.index(column), header.index("kind")
    return {row[at] for row in body if row[at] and (keep is None or row[kind] in keep.split("|"))}


def test_every_event_kind_and_claim_property_has_a_label() -> None:
    kinds = data_column("triggers.tsv", "kind")
    properties = data_column("claim_words.tsv", "property", "count|event")
    assert kinds and properties
    missing = [f"event.{k}" for k in kinds] + [f"claim.{p}" for p in properties]
    assert sorted(key for key in missing if key not in STRINGS.table) == []


def test_a_bad_strings_table_names_its_line(tmp_path: Path) -> None:
    table = tmp_path / "strings.tsv"
    table.write_text("key\ten\tar\na\tA\tأ\na\tB\tب\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"strings.tsv:3: key 'a' is listed twice"):
        load_strings(table)


def test_every_role_the_tables_give_has_both_languages() -> None:
    """Roles come from the cue rows of relation_cues.tsv and the title rows of ranks.tsv."""
    data = Path(__file__).resolve().parents[2] / "src" / "marsad" / "data"
    roles: set[str] = set()
    for name, kind, column in (("relation_cues.tsv", "cue", 4), ("ranks.tsv", "title", 2)):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if not line.startswith("#") and len(cells) > column and cells[1] == kind:
                roles.add(cells[column].strip())
    translated = {key for key, row in STRINGS.table.items() if set(row) == {"en", "ar"}}
    missing = sorted(r for r in roles - {""} if f"role.{r}" not in translated)
    assert missing == []
