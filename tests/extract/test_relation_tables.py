"""The relation cue table: the bundled one loads, broken lines name file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import ExtractConfig, load_config
from marsad.errors import DataFileError
from marsad.extract.relation_resources import SLOT_TYPES, load_relation_resources
from tests.extract.builders import analyse

HEADER = "phrases\tkind\trelation\torder\trole\tneeds\tnote\n"


def test_bundled_table_loads() -> None:
    loaded = load_relation_resources(load_config().extract, analyse)
    assert len(loaded.cues) > 100
    assert set(loaded.roles.values()) <= set(SLOT_TYPES)
    assert {label.relation for _, label in loaded.labels} >= {"allied_with", "leader_of"}
    assert {"factions", analyse("الفصائل").key} <= loaded.generic_keys


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("بقيادة\tcue\tled_by\tOCS", "unknown relation"),
        ("بقيادة\tcue\tleader_of\t", "needs an order"),
        ("بقيادة\tcue\tleader_of\tSOX", "bad order"),
        ("بقيادة\twhatever\tleader_of\tOCS", "unknown kind"),
        ("حتى\tend\tleader_of", "takes no relation"),
        ("TOW\tsupplied", "label in the role column"),
        ("مع\tcue\topposed_to\tSCO\t\tfight", "unknown need"),
        ("Allies\tlabel", "needs a relation"),
        ("Allies\tlabel\tfriends_with", "unknown relation"),
        ("\tcue", "empty"),
        ("other factions\tgeneric", "single words"),
        ("allies\tasked", "unknown relation"),
        ("تابعة\tcue\tpart_of\tsCo\t\tarticled", "unknown need"),
    ],
)
def test_broken_line_names_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    table = tmp_path / "cues.tsv"
    table.write_text(f"# comment\n{HEADER}ضد\tcue\topposed_to\tSCO\n{line}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        load_relation_resources(ExtractConfig(relation_cues_table=str(table)), analyse)
    message = str(error.value)
    assert f"{table}:4" in message or "cues.tsv:4" in message
    assert problem in message
