"""Documents: HTML main text, metadata and its precedence, paragraphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.config import IngestConfig
from marsad.errors import EmptyDocumentError, InputError
from marsad.ingest import IngestResources, read_document, read_items
from marsad.ingest.metadata import parse_published
from marsad.records import Document, MetaField, RawItem, Span
from tests.ingest.samples import ARABIC, ARABIC_2, ENGLISH, ENGLISH_2

PAGE = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>جيش العزة يصد هجوماً في ريف حماة | مدى بوست</title>
<meta property="og:site_name" content="مدى بوست">
<meta property="article:published_time" content="2019-06-20T10:00:00+03:00">
<script>var tracker = "SCRIPT-MARKER";</script>
<style>.x {{ color: red }}</style>
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/n">NAV-MARKER أخبار</a></li></ul></nav>
<article>
<h1>جيش العزة يصد هجوماً في ريف حماة</h1>
<p>{ARABIC}</p>
<p>{ARABIC_2}</p>
<p>وقال مصدر عسكري إن الفصائل ستواصل عملياتها حتى استعادة البلدات التي خسرتها خلال الحملة.</p>
</article>
<div class="share-buttons"><a href="#">SHARE-MARKER فيسبوك</a> <a href="#">تويتر</a></div>
<section id="comments" class="comments"><h3>التعليقات</h3>
<div class="comment"><p>تعليق من قارئ COMMENT-MARKER يقول إن هذا الخبر مهم ويجب متابعته.</p></div>
</section>
<footer><p>FOOTER-MARKER جميع الحقوق محفوظة 2019</p></footer>
<script>document.write("SCRIPT-MARKER-2")</script>
</body></html>
"""


def read(item: RawItem, resources: IngestResources) -> Document:
    return read_document(item, resources)


def text_item(text: str, fields: dict[str, MetaField] | None = None) -> RawItem:
    return RawItem(
        path="doc.txt",
        name="doc.txt",
        fmt="txt",
        data=text.encode("utf-8"),
        fields=tuple((fields or {}).items()),
    )


def test_html_page_gives_main_text_and_metadata(resources: IngestResources) -> None:
    item = RawItem(path="p.html", name="p.html", fmt="html", data=PAGE.encode("utf-8"))
    doc = read(item, resources)
    assert doc.fmt == "html"
    assert ARABIC in doc.original and ARABIC_2 in doc.original
    for marker in ("SCRIPT", "NAV", "SHARE", "COMMENT", "FOOTER", "color"):
        assert marker not in doc.original
    lines = doc.original.split("\n")
    assert ARABIC in lines and ARABIC_2 in lines  # paragraphs one a line
    assert doc.metadata.title == MetaField("جيش العزة يصد هجوماً في ريف حماة", "html")
    assert doc.metadata.outlet == MetaField("مدى بوست", "html")
    assert doc.metadata.published == MetaField("2019-06-20", "html")
    assert doc.metadata.published_precision == "day"
    assert doc.lang == "ar"
    assert doc.raw_sha256 and doc.encoding == "utf-8"


def test_html_in_windows_1256(resources: IngestResources) -> None:
    page = PAGE.replace('<meta charset="utf-8">', "")
    item = RawItem(path="p.html", name="p.html", fmt="html", data=page.encode("cp1256"))
    doc = read(item, resources)
    assert doc.encoding == "cp1256"
    assert ARABIC in doc.original


def test_html_without_text_is_empty(resources: IngestResources) -> None:
    item = RawItem(path="p.html", name="p.html", fmt="html", data=b"<html><body></body></html>")
    with pytest.raises(EmptyDocumentError, match="no main text"):
        read(item, resources)


def test_json_html_field(resources: IngestResources) -> None:
    item = RawItem(path="f.jsonl:1", name="f.jsonl:1", fmt="html", data=PAGE)
    doc = read(item, resources)
    assert ARABIC in doc.original
    assert doc.encoding == "utf-8"


def test_metadata_precedence_sidecar_over_jsonl_over_html(
    tmp_path: Path, config: IngestConfig, resources: IngestResources
) -> None:
    path = tmp_path / "feed.jsonl"
    line = {"html": PAGE, "title": "JSON title", "published": "2019-06", "url": "https://x.org/a"}
    path.write_text(json.dumps(line) + "\n")
    (tmp_path / "feed.jsonl.meta.json").write_text(json.dumps({"title": "Sidecar title"}))
    (item,) = read_items(path, config)
    assert isinstance(item, RawItem)
    meta = read(item, resources).metadata
    assert meta.title == MetaField("Sidecar title", "sidecar")
    assert meta.published == MetaField("2019-06", "jsonl")
    assert meta.published_precision == "month"
    assert meta.url == MetaField("https://x.org/a", "jsonl")
    assert meta.outlet == MetaField("مدى بوست", "html")


def test_text_title_is_a_short_first_line(resources: IngestResources) -> None:
    doc = read(text_item(f"جيش العزة يصد هجوماً\n\n{ARABIC}\n{ARABIC_2}\n"), resources)
    assert doc.metadata.title == MetaField("جيش العزة يصد هجوماً", "text")
    sidecar = {"title": MetaField("Given", "sidecar")}
    doc = read(text_item(f"جيش العزة يصد هجوماً\n\n{ARABIC}\n", sidecar), resources)
    assert doc.metadata.title == MetaField("Given", "sidecar")


def test_no_text_title_from_a_sentence(resources: IngestResources) -> None:
    doc = read(text_item(f"{ENGLISH}\n\n{ENGLISH_2}\n"), resources)
    assert doc.metadata.title is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019", ("2019", "year")),
        ("2019-06", ("2019-06", "month")),
        ("2019-06-20", ("2019-06-20", "day")),
        ("2019-06-20T10:00:00Z", ("2019-06-20", "day")),
        (" 2015-09-30 ", ("2015-09-30", "day")),
        ("2019-13", None),
        ("2019-02-30", None),
        ("20 June 2019", None),
        ("", None),
    ],
)
def test_parse_published(value: str, expected: tuple[str, str] | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("fields", "precision"),
    [
        ({"published": MetaField("2019", "sidecar")}, "year"),
        ({"published": MetaField("2019-06", "jsonl")}, "month"),
        ({"published": MetaField("2019-06-20", "sidecar")}, "day"),
    ],
)
def test_published_precision(
    resources: IngestResources, fields: dict[str, MetaField], precision: str
) -> None:
    assert read(text_item(ENGLISH, fields), resources).metadata.published_precision == precision


def test_malformed_published_in_a_sidecar_is_an_input_error(
    tmp_path: Path, config: IngestConfig, resources: IngestResources
) -> None:
    path = tmp_path / "r.txt"
    path.write_text(ENGLISH)
    (tmp_path / "r.meta.json").write_text(json.dumps({"published": "June 2019"}))
    (item,) = read_items(path, config)
    assert isinstance(item, RawItem)
    with pytest.raises(InputError, match=r"sidecar field 'published' is 'June 2019'.*YYYY-MM-DD"):
        read(item, resources)


def test_metadata_lang_decides_the_document_language(resources: IngestResources) -> None:
    doc = read(text_item(ENGLISH, {"lang": MetaField("AR-sy", "sidecar")}), resources)
    assert doc.lang == "ar"
    assert doc.metadata.lang == MetaField("ar", "sidecar")
    with pytest.raises(InputError, match="lang"):
        read(text_item(ENGLISH, {"lang": MetaField("Arabic!", "jsonl")}), resources)


def test_paragraphs_are_non_empty_lines_without_surrounding_spaces(
    resources: IngestResources,
) -> None:
    text = f"  {ENGLISH}  \n\n\t\n{ARABIC}\n{ENGLISH_2}"
    doc = read(text_item(text), resources)
    spans = [p.span for p in doc.paragraphs]
    assert [text[s.start : s.end] for s in spans] == [ENGLISH, ARABIC, ENGLISH_2]
    assert spans[0] == Span(2, 2 + len(ENGLISH))
    assert [p.lang for p in doc.paragraphs] == ["en", "ar", "en"]
    assert doc.lang == "en"
