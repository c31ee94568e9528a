"""read, extract, export, eval and gazetteer import, end to end through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()

REPORT = (
    "أعلن جيش النصر أمس الأربعاء سيطرته على قرية الحويز في سهل الغاب بعد اشتباكات مع قوات النظام.\n"
    "وقال القيادي في الفصيل النقيب أحمد العلي إن أكثر من 30 عنصراً من قوات النظام قتلوا.\n"
)


def marsad(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "docs" / "report.txt"
    path.parent.mkdir()
    path.write_text(REPORT, encoding="utf-8")
    meta = {"outlet": "Test Outlet", "published": "2019-06-20", "lang": "ar"}
    (tmp_path / "docs" / "report.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def test_read_prints_facts_without_storing(tmp_path: Path, report: Path) -> None:
    db = tmp_path / "never.db"
    code, out, err = marsad("--db", str(db), "--json", "read", str(report))
    assert code == 0, err
    facts = json.loads(out)
    assert facts["doc"] == "report.txt"
    assert facts["published"] == "2019-06-20"
    assert {e["type"] for e in facts["entities"]} >= {"actor", "place"}
    assert not db.exists()
    code, out, _ = marsad("read", str(report))
    assert code == 0
    assert "entities (" in out


def test_ingest_extracts_and_export_writes_facts(tmp_path: Path, report: Path) -> None:
    db = str(tmp_path / "m.db")
    assert marsad("--db", db, "ingest", "--quiet", str(report.parent))[0] == 0
    code, out, _ = marsad("--db", db, "export", "--format", "facts")
    assert code == 0
    (line,) = out.splitlines()
    facts = json.loads(line)
    assert facts["doc"] == "report.txt"
    for entity in facts["entities"]:  # every mention span points at one of its names
        for start, end in entity["mentions"]:
            assert REPORT[start:end].strip()
    output = tmp_path / "facts.jsonl"
    assert marsad("--db", db, "export", "-o", str(output))[0] == 0
    assert json.loads(output.read_text(encoding="utf-8"))["doc"] == "report.txt"
    assert marsad("--db", db, "export", "--format", "csv")[0] == 2
    code, out, _ = marsad("--db", db, "extract")
    assert (code, "1 documents" in out) == (0, True)


def test_eval_scores_a_folder_against_gold(tmp_path: Path, report: Path) -> None:
    gold = {
        "doc": "report.txt",
        "entities": [
            {"id": "e1", "type": "actor", "canonical": "Jaysh al-Nasr", "names": ["جيش النصر"]},
            {"id": "e2", "type": "actor", "canonical": "Unknown Front", "names": ["جبهة مجهولة"]},
        ],
        "relations": [],
        "events": [],
        "claims": [],
    }
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, err = marsad("--json", "eval", str(gold_path), "--docs", str(report.parent))
    assert code == 0, err
    scores = json.loads(out)
    entities = scores["sections"]["entities"]
    assert entities["recall"] == pytest.approx(0.5)  # Jaysh al-Nasr found, the invented one not
    code, out, _ = marsad("eval", str(gold_path), "--docs", str(report.parent), "--per-doc",
                          "--explain", "report.txt")  # fmt: skip
    assert code == 0
    assert "جبهة مجهولة" in out or "Unknown Front" in out
    assert marsad("eval", str(gold_path), "--docs", str(tmp_path / "nowhere"))[0] == 2
    assert marsad("eval", str(tmp_path / "missing.jsonl"), "--docs", str(report.parent))[0] == 2


def test_gazetteer_import_reports_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "places.csv"
    bad.write_text("not a gazetteer\n", encoding="utf-8")
    code, _, err = marsad("--db", str(tmp_path / "g.db"), "gazetteer", "import", str(bad))
    assert code == 2
    assert "places.csv" in err
