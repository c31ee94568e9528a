"""The command line end to end, as a user runs it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad import pipeline
from marsad.cli import app

runner = CliRunner()

ARABIC_REPORT = (
    "أعلنَ جيشُ العِزّة اليوم سيطرتَه على قريةٍ في ريف حماة الشمالي.\n"
    "وقال المتحدث باسم الفصيل إن قواتـه تقدمت نحو البلدة.\n"
)
ENGLISH_REPORT = "The Army of Glory said on Thursday that it had repelled an attack.\n"


def marsad(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "ar.txt").write_text(ARABIC_REPORT, encoding="utf-8")
    (folder / "sub" / "en.txt").write_text(ENGLISH_REPORT, encoding="utf-8")
    (folder / "ar.meta.json").write_text(
        json.dumps({"outlet": "Test Outlet", "published": "2019-06-20", "title": "T"}),
        encoding="utf-8",
    )
    return folder


def test_ingest_then_reingest_adds_nothing(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "m.db"
    code, out, _ = marsad(db, "ingest", str(corpus))
    assert code == 0
    assert "read 2, new 2, duplicate 0, near-duplicate 0, failed 0" in out
    code, out, _ = marsad(db, "ingest", str(corpus))
    assert code == 0
    assert "new 0, duplicate 2" in out
    code, out, _ = marsad(db, "--json", "docs")
    rows = json.loads(out)
    assert len(rows) == 2
    ar = next(r for r in rows if r["name"] == "ar.txt")
    assert (ar["outlet"], ar["published"], ar["published_precision"], ar["lang"]) == (
        "Test Outlet", "2019-06-20", "day", "ar",
    )  # fmt: skip
    assert ar["sources"] == 1


def test_reingest_of_the_same_bytes_reads_no_document(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "m.db"
    marsad(db, "ingest", str(corpus))

    def refuse(*_args: object) -> None:
        raise AssertionError("decoded a document already stored from the same path and bytes")

    monkeypatch.setattr(pipeline, "read_document", refuse)
    code, out, _ = marsad(db, "--json", "ingest", str(corpus))
    assert (code, json.loads(out)["duplicate"]) == (0, 2)


def test_same_text_elsewhere_is_another_source(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "m.db"
    marsad(db, "ingest", str(corpus))
    copy = tmp_path / "copy.txt"
    copy.write_text(ARABIC_REPORT.replace("\n", "\r\n"), encoding="utf-8")
    code, out, _ = marsad(db, "ingest", str(copy))
    assert (code, "duplicate 1" in out) == (0, True)
    rows = json.loads(marsad(db, "--json", "docs")[1])
    assert next(r for r in rows if r["name"] == "ar.txt")["sources"] == 2


@pytest.mark.parametrize(
    "query",
    ["جيش العزة", "جيش العزه", "جَيْشُ العِزَّة", "جيـــش العزة", "قريه", "قواته", "ريف حماه"],
)
def test_arabic_search_ignores_spelling_variants(tmp_path: Path, corpus: Path, query: str) -> None:
    db = tmp_path / "m.db"
    marsad(db, "ingest", str(corpus))
    code, out, _ = marsad(db, "--json", "search", query)
    hits = json.loads(out)
    assert code == 0 and hits, query
    assert hits[0]["name"] == "ar.txt"


def test_english_search_and_no_match(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "m.db"
    marsad(db, "ingest", str(corpus))
    hits = json.loads(marsad(db, "--json", "search", "repelled ATTACK")[1])
    assert [h["name"] for h in hits] == ["en.txt"]
    assert "Army of Glory" in hits[0]["sentence"]
    code, _, err = marsad(db, "search", "helicopter")
    assert code == 0 and "no sentence matches" in err


def test_bad_inputs_are_reported_and_skipped(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "m.db"
    marsad(db, "ingest", str(corpus))
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (bad / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (bad / "lines.jsonl").write_text(
        json.dumps({"text": "A good line about a clash near a town."}) + "\n{broken\n",
        encoding="utf-8",
    )
    (bad / "zipped.txt.gz").write_bytes(gzip.compress(b"Another report, gzipped.\n"))
    code, out, err = marsad(db, "ingest", str(bad), str(tmp_path / "missing.txt"))
    assert code == 1
    failed = [line for line in err.splitlines() if line.startswith("failed:")]
    assert len(failed) == 4, err
    assert any("image.txt" in line for line in failed)
    assert any("empty.txt" in line for line in failed)
    assert any("lines.jsonl:2" in line for line in failed)
    assert any("missing.txt" in line for line in failed)
    assert "Traceback" not in err
    assert "new 2" in out and "failed 4" in out
    rows = json.loads(marsad(db, "--json", "docs")[1])
    assert len(rows) == 4  # the two earlier documents are still there
    assert len(json.loads(marsad(db, "--json", "failures")[1])) == 4


def test_store_from_environment(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "env.db"
    result = runner.invoke(app, ["ingest", str(corpus)], env={"MARSAD_DB": str(db)})
    assert result.exit_code == 0
    assert db.exists()


def test_unusable_store_is_one_line_error(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "notadb.db"
    db.write_bytes(b"plain text, not sqlite" * 100)
    code, _, err = marsad(db, "docs")
    assert code == 2
    assert err.startswith("marsad: error:") and "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [["docs"], ["search", "x"], ["failures"], ["profile", "x"], ["entities"], ["export"]],
)
def test_a_missing_store_is_an_error_not_a_new_empty_one(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "typo.db"
    code, _, err = marsad(db, *args)
    assert code == 2
    assert err.startswith("marsad: error: no store at") and "ingest" in err
    assert not db.exists()


@pytest.mark.parametrize("command", ["ingest", "docs", "search", "failures"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout
