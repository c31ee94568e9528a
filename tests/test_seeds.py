"""End to end on the seed documents of ../shared (skipped where absent)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()


def ingest(db: Path, *paths: Path) -> str:
    result = runner.invoke(app, ["--db", str(db), "ingest", *map(str, paths)])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def stored(db: Path) -> dict[str, dict[str, object]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM documents").fetchall()
    conn.close()
    return {row["name"]: dict(row) for row in rows}


def boilerplate_lines(row: dict[str, object]) -> list[str]:
    original = str(row["original"])
    return [original[a:b].strip() for a, b in json.loads(str(row["boilerplate"]))]


def test_five_seeds_four_arabic_one_english(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "seeds.db"
    assert "read 5, new 5" in ingest(db, seeds_dir)
    docs = stored(db)
    langs = sorted(str(row["lang"]) for row in docs.values())
    assert langs == ["ar", "ar", "ar", "ar", "en"]
    assert docs[next(n for n in docs if n.startswith("002"))]["lang"] == "en"
    assert "new 0, duplicate 5" in ingest(db, seeds_dir)
    assert len(stored(db)) == 5


def test_boilerplate_of_web_seeds_is_marked(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "seeds.db"
    ingest(db, seeds_dir)
    docs = stored(db)
    marked = {name[:3]: boilerplate_lines(row) for name, row in docs.items()}
    assert "تخطى إلى المحتوى" in marked["001"]
    assert any(line.startswith("إقرأ أيضاً") for line in marked["001"])
    assert marked["003"], "seed 003 has web boilerplate lines"
    assert marked["004"], "seed 004 has web boilerplate lines"
    assert any("Wikipedia" in line for line in marked["002"])
    for lines in marked.values():  # whole lines, never article sentences
        assert all(len(line) < 120 for line in lines)


def test_broken_words_are_repaired_pointing_at_the_original(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "seeds.db"
    ingest(db, seeds_dir)
    docs = stored(db)
    repaired: dict[str, str] = {}
    for row in docs.values():
        original = str(row["original"])
        for start, end, word, _reason in json.loads(str(row["repairs"])):
            repaired[original[start:end]] = word
            assert word in str(row["normalised"])
    assert repaired.get("السـ.لاح") == "السلاح"
    assert repaired.get("المحـ.رمة") == "المحرمة"
    assert repaired.get("جر\u00a0 ح") == "جرح"  # a no-break space and a space
    assert repaired.get("قا سياً") in {"قاسياً", "قاسيا"}
    assert repaired.get("قسر ياً") in {"قسرياً", "قسريا"}


def test_windows_1256_copy_is_the_same_document(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "seeds.db"
    ingest(db, seeds_dir)
    seed = next(p for p in sorted(seeds_dir.iterdir()) if p.name.startswith("003"))
    text = seed.read_text(encoding="utf-8")
    copy = tmp_path / "copy-cp1256.txt"
    copy.write_bytes(text.encode("cp1256"))  # every character of seed 003 exists in cp1256
    out = ingest(db, copy)
    assert "new 0, duplicate 1" in out
    assert len(stored(db)) == 5
