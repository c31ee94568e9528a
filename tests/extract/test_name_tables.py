"""The name tables: they load, cover the actors of the war, and errors name file:line.

The last test runs the actor and person finders over the seed documents and
measures how many of the gold actor and person names they find.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from marsad.config import ExtractConfig, load_config
from marsad.errors import DataFileError
from marsad.eval.names import normalise_name
from marsad.extract.actors import find_actor_mentions
from marsad.extract.matcher import token_stream
from marsad.extract.names import NameResources, load_name_resources
from marsad.extract.persons import find_person_mentions
from marsad.extract.tables import read_table, split_list
from tests.extract.builders import analyse

ARABIC = re.compile("[\u0600-\u06ff]")

# Canonical names of the actors of ../shared/gold/canonical-names.md.
GOLD_CANONICAL = [
    "Ahrar al-Sham",
    "Ajnad al-Sham",
    "Al-Mu'tasim Brigade",
    "Ansar al-Tawhid",
    "Arab Nationalist Guard",
    "Ba'ath Brigades",
    "Eagles of the Whirlwind",
    "Free Idlib Army",
    "Free Syrian Army",
    "Guardians of Religion Organization",
    "Hayat Tahrir al-Sham",
    "Hmeimim Air Base",
    "Homs al-Adiyyeh Brigade",
    "Incite the Believers",
    "Inna Allah ala Nasrihim la-Qadir",
    "Iran",
    "Iranian-backed militias",
    "Islamist battalions",
    "Jaysh al-Ahrar",
    "Jaysh al-Izza",
    "Jaysh al-Nasr",
    "Jaysh al-Nukhba",
    "Lataminah Martyrs Brigade",
    "Malhama Tactical",
    "National Front for Liberation",
    "Nour al-Din al-Zenki Movement",
    "Pro-Assad forces",
    "Pro-government militias",
    "Qatar",
    "Radd al-Tughyan",
    "Russia",
    "Russian Air Force",
    "Saudi Arabia",
    "Second Army",
    "Sham Legion",
    "Sultan Murad Division",
    "Syrian Arab Army",
    "Syrian National Army",
    "Syrian opposition forces",
    "Syrian Resistance",
    "Turkey",
    "Turkistan Islamic Party",
    "Union of Glory",
    "United States",
]


@cache
def name_resources() -> NameResources:
    """The bundled name tables, loaded once for every test module that needs them."""
    return load_name_resources(load_config().extract, analyse)


def test_bundled_tables_load() -> None:
    resources = name_resources()
    assert len(resources.actors) > 900
    assert len(resources.persons) > 100
    assert len(resources.ranks) > 50
    assert "صالح" not in resources.boundaries  # لصالح is listed, its key is not a boundary


def test_actors_cover_the_war() -> None:
    rows = read_table(ExtractConfig().actors_table, ("id", "type", "canonical", "names"))
    assert len(rows) >= 150
    canonical = {row.get("canonical") for row in rows}
    assert [name for name in GOLD_CANONICAL if name not in canonical] == []
    for row in rows:
        names = split_list(row.get("names"))
        assert any(ARABIC.search(n) for n in names), row.get("id")
        assert any(not ARABIC.search(n) for n in names), row.get("id")


@pytest.mark.parametrize(
    ("table", "text", "problem"),
    [
        ("actors_table", "id\ttype\tcanonical\tnames\nx\tgang\tX\tX", "unknown type"),
        ("actors_table", "id\ttype\tcanonical\tnames\tparent\nx\tstate\tX\tX\tnone", "parent"),
        ("persons_table", "id\tkind\tcanonical\tnames\n\tperson\t\tX", "id and a canonical"),
        ("persons_table", "id\tkind\tcanonical\tnames\n\tnick\t\tX", "unknown kind"),
        ("ranks_table", "names\tkind\trank\nX\trank", "English label"),
        ("group_words_table", "names\tkind\tposition\nX\tgroup\tinside", "position"),
    ],
)
def test_table_errors_name_file_and_line(
    tmp_path: Path, table: str, text: str, problem: str
) -> None:
    path = tmp_path / "table.tsv"
    path.write_text(f"# a comment\n{text}\n", encoding="utf-8")
    config = replace(ExtractConfig(), **{table: str(path)})
    with pytest.raises(DataFileError, match=f"table.tsv:3.*{problem}"):
        load_name_resources(config, analyse)


def test_user_table_replaces_the_bundled_one(tmp_path: Path) -> None:
    path = tmp_path / "actors.tsv"
    path.write_text("id\ttype\tcanonical\tnames\nzed\tarmed_group\tZed Band\tZed Band\n")
    resources = load_name_resources(replace(ExtractConfig(), actors_table=str(path)), analyse)
    found = find_actor_mentions(
        token_stream(analyse("the Zed Band and the army of Syria")), resources
    )
    assert [(m.surface, m.key) for m in found] == [("Zed Band", "actor:zed")]


def test_an_actor_is_shown_by_its_canonical_and_first_arabic_name(tmp_path: Path) -> None:
    path = tmp_path / "actors.tsv"
    path.write_text(
        "id\ttype\tcanonical\tnames\n"
        "zed\tarmed_group\tZed Band\tZed Band|Zeds|عصابة زد|الزديون\n"
        "kay\tstate\tKay\tKay|Kay Republic\n",
        encoding="utf-8",
    )
    resources = load_name_resources(replace(ExtractConfig(), actors_table=str(path)), analyse)
    assert resources.reference == {"actor:zed": ("Zed Band", "عصابة زد"), "actor:kay": ("Kay",)}


def _gold_names(seeds_dir: Path) -> list[tuple[str, str, set[str]]]:
    gold = seeds_dir.parents[1] / "gold" / "seeds.jsonl"
    documents = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    return [
        (
            doc["doc"],
            kind,
            {
                normalise_name(e_name)
                for e in doc["entities"]
                for e_name in e["names"]
                if e["type"] == kind
            },
        )
        for doc in documents
        for kind in ("actor", "person")
    ]


def test_seed_recall_of_gold_names(seeds_dir: Path) -> None:
    """Gold actor and person names found as mentions (bare or as written), per type."""
    found_total = {"actor": 0, "person": 0}
    gold_total = {"actor": 0, "person": 0}
    extra = {"actor": 0, "person": 0}
    surfaces = {"actor": 0, "person": 0}
    for doc, kind, gold in _gold_names(seeds_dir):
        text = analyse((seeds_dir / doc).read_text(encoding="utf-8"))
        stream = token_stream(text)
        finder = find_actor_mentions if kind == "actor" else find_person_mentions
        mentions = finder(stream, name_resources())
        bare = {normalise_name(m.surface) for m in mentions}
        written = {normalise_name(text.normalised[m.span.start : m.span.end]) for m in mentions}
        found_total[kind] += len(gold & (bare | written))
        gold_total[kind] += len(gold)
        extra[kind] += len(bare - gold)
        surfaces[kind] += len(bare)
    for kind in ("actor", "person"):
        recall = found_total[kind] / gold_total[kind]
        print(
            f"{kind}: recall {found_total[kind]}/{gold_total[kind]} = {recall:.3f}; "
            f"surfaces not in gold {extra[kind]}/{surfaces[kind]}"
        )
    assert found_total["actor"] / gold_total["actor"] >= 0.93
    assert found_total["person"] / gold_total["person"] >= 0.9
    assert extra["actor"] / surfaces["actor"] <= 0.15
