"""The claim tables: they load, outlets have stances, and a broken line is named file:line."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from marsad.config import load_config, resolve_table
from marsad.errors import DataFileError
from marsad.extract.claim_resources import (
    ClaimResources,
    load_claim_resources,
    outlet_named,
    outlet_stance,
)
from marsad.extract.matcher import token_stream
from marsad.tables import read_table, split_list
from tests.extract.builders import analyse


@cache
def resources() -> ClaimResources:
    return load_claim_resources(load_config().extract, analyse)


def test_tables_load() -> None:
    loaded = resources()
    assert len(loaded.speech) > 100
    assert len(loaded.outlet_list) >= 60
    assert len(loaded.claim_words) > 100


@pytest.mark.parametrize(
    ("name", "stance"),
    [
        ("Reuters", "independent"),
        ("رويترز", "independent"),
        ("سانا", "pro-government"),
        ("Syrian Arab News Agency", "pro-government"),
        ("عنب بلدي", "opposition"),
        ("Step News", "opposition"),
        ("وكالة أعماق", "self"),
        ("Some Unknown Blog", "unknown"),
    ],
)
def test_outlet_stance(name: str, stance: str) -> None:
    assert outlet_stance(resources(), name) == stance


@pytest.mark.parametrize(
    ("string", "outlet"),
    [
        ("AMN - Al-Masdar News | المصدر نيوز", "Al-Masdar News"),
        ("وكالة ستيب الإخبارية", "Step News Agency"),
        ("https://www.zamanalwsl.net/news/article/1", "Zaman al-Wasl"),
        ("The Syrian Observatory For Human Rights", "Syrian Observatory for Human Rights"),
        ("a personal blog", None),
    ],
)
def test_outlet_named(string: str, outlet: str | None) -> None:
    found = outlet_named(resources(), string)
    assert (found.name if found else None) == outlet


@pytest.mark.parametrize(
    ("phrase", "kind", "value", "denial"),
    [
        ("وأضاف", "verb", "", False),
        ("ونفت", "verb", "", True),
        ("denied", "verb", "", True),
        ("وفقا لـ", "source", "", False),
        ("according to", "source", "", False),
        ("بتغريدة", "channel", "tweet", False),
        ("press conference", "channel", "press_conference", False),
        ("وسائل إعلام موالية", "claimant", "pro-government media", False),
    ],
)
def test_speech_words(phrase: str, kind: str, value: str, denial: bool) -> None:
    matches = resources().speech.find(token_stream(analyse(phrase)))
    words = [w for m in matches for w in m.values]
    assert any((w.kind, w.value, w.denial) == (kind, value, denial) for w in words)


@pytest.mark.parametrize(
    ("word", "prop"),
    [
        ("مقاتل", "strength"),
        ("قتلى", "fatalities"),
        ("جرحى", "injured"),
        ("أسرى", "captured"),
        ("دبابات", "vehicles_destroyed"),
        ("مروحية", "aircraft_downed"),
        ("منشقين", "members_defected"),
        ("فصائل", "factions_joined"),
        ("wounded", "injured"),
        ("defected", "members_defected"),
    ],
)
def test_claim_words(word: str, prop: str) -> None:
    matches = resources().claim_words.find(token_stream(analyse(word)))
    assert prop in {w.property for m in matches for w in m.values}


@pytest.mark.parametrize(
    ("table", "header", "line", "problem"),
    [
        ("speech_table", "phrase\tkind\tvalue\tdenial", "قال\tshout\t\t", "kind"),
        ("speech_table", "phrase\tkind\tvalue\tdenial", "تغريدة\tchannel\t\t", "value"),
        ("outlets_table", "name\tstance", "Foo News\tfriendly", "stance"),
        (
            "claim_words_table",
            "words\tproperty\tkind\tposition\tsubject",
            "x\ty\tcount\tnear\tbefore",
            "position",
        ),
        (
            "claim_words_table",
            "words\tproperty\tkind\tposition\tsubject",
            "x\ty\tcount\tafter",
            "subject",
        ),
    ],
)
def test_broken_line_names_file_and_line(
    tmp_path: Path, table: str, header: str, line: str, problem: str
) -> None:
    path = tmp_path / "broken.tsv"
    path.write_text(f"# a comment\n{header}\n{line}\n", encoding="utf-8")
    config = replace(load_config().extract, **{table: str(path)})  # type: ignore[arg-type]
    with pytest.raises(DataFileError) as caught:
        load_claim_resources(config, analyse)
    assert "broken.tsv" in str(caught.value)
    assert ":3" in str(caught.value)
    assert problem in str(caught.value)


def test_every_dual_number_is_also_a_claim_word() -> None:
    """A dual (عنصران) is its own number and its own counted word: the bundled
    numbers.tsv and claim_words.tsv must list the same forms."""
    config = load_config().extract
    numbers = read_table(str(resolve_table(config.numbers_table)), ("kind", "value", "names"))
    duals = {
        n for row in numbers if row.get("kind") == "dual" for n in split_list(row.get("names"))
    }
    words = read_table(str(resolve_table(config.claim_words_table)), ("words",))
    listed = {w for row in words for w in split_list(row.get("words"))}
    assert duals and duals <= listed, sorted(duals - listed)
