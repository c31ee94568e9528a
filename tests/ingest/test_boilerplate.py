"""The boilerplate table: listed lines are marked, ordinary sentences are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import IngestConfig
from marsad.errors import DataFileError
from marsad.ingest import IngestResources, load_ingest_resources, read_document
from marsad.ingest.boilerplate import fold_line, is_boilerplate, load_boilerplate_rules
from marsad.records import RawItem
from tests.ingest.samples import ARABIC, ENGLISH

BOILERPLATE = [
    "تخطى إلى المحتوى",
    "تخطي الى المحتوي",
    "اترك تعليقاً",
    "اترك تعليقا",
    "اترك تعليق",
    "لن يتم نشر عنوان بريدك الإلكتروني.",
    "لن يتم نشر عنوان بريدك الالكتروني",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "مقالات ذات صلة",
    "مقالات ذات صله",
    "مواد ذات صلة:",
    "شارك هذا المحتوى",
    "شارك هذا المقال",
    "إقرأ أيضاً : الرائد يتصدى لحملة إعلامية تستهدف الفصيل",
    "اقرأ أيضا: تقرير عن المعارك في ريف حماة",
    "اقرأ أيضًا",
    "تعليقات فيسبوك",
    "الوسوم",
    "إغلاق",
    "From Wikipedia the free encyclopedia",
    "From Wikipedia, the free encyclopedia",
    "External links[edit]",
    "External links",
    "Jump to content",
    "Skip to content",
    "Read more: Rebels repel attack in Hama",
    "Read more",
    "Share this",
    "Share this article:",
    "Share on Facebook",
    "Related articles",
    "Related",
    "Leave a comment",
    "Leave a Reply",
    "Your email address will not be published.",
    "Your email address will not be published. Required fields are marked *",
    "Required fields are marked *",
    "  \tShare this  ",
]

ORDINARY = [
    "قال القيادي إنه لن يتم نشر عنوان بريدك الإلكتروني في أي مكان حسب سياسة الموقع.",
    "ودعا المتحدث القراء إلى أن يقرأوا أيضاً البيان الكامل، وأن يتركوا تعليقاً على الصفحة.",
    "وقال إن المقالات ذات صلة بالموضوع نشرت أمس.",
    "شارك هذا الفصيل في معركة تحرير مورك عام 2014.",
    "وتخطى الفصيل إلى المحتوى العسكري للاتفاق في بيانه.",
    "He said the group would share this information with its allies.",
    "Readers can read more about the offensive in the group's statement.",
    "The article, from Wikipedia the free encyclopedia, was cited.",
    "Related articles were published by Reuters and AFP on the same day.",
    "Leave a comment was the only thing written on the wall.",
    ARABIC,
    ENGLISH,
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_listed_line_is_boilerplate(resources: IngestResources, line: str) -> None:
    assert is_boilerplate(line, resources.boilerplate)


@pytest.mark.parametrize("line", ORDINARY)
def test_ordinary_sentence_is_not_boilerplate(resources: IngestResources, line: str) -> None:
    assert not is_boilerplate(line, resources.boilerplate)


def test_boilerplate_spans_are_whole_lines_of_the_original(resources: IngestResources) -> None:
    text = f"تخطى إلى المحتوى\n\n{ARABIC}\n  اترك تعليقاً  \nShare this"
    item = RawItem(path="d", name="d", fmt="txt", data=text.encode())
    doc = read_document(item, resources)
    marked = [doc.original[s.start : s.end] for s in doc.boilerplate]
    assert marked == ["تخطى إلى المحتوى", "اترك تعليقاً", "Share this"]
    assert [p.boilerplate for p in doc.paragraphs] == [True, False, True, True]


def test_the_items_under_a_list_heading_are_boilerplate_up_to_a_blank_line(
    resources: IngestResources,
) -> None:
    text = (
        "Rebels shelled the airport on Monday.\n\n"
        "Related coverage\n"
        "- Farmers in Manbij count their losses\n"
        "- Explainer: who holds the Tishreen dam?\n"
        "\n"
        "- A list of the article's own, after a blank line\n"
        "Residents said the shelling went on all night.\n"
        "اقرأ أيضاً:\n"
        "• فصائل تعلن النفير في ريف حلب\n"
        "وقال مصدر محلي إن القصف استهدف أطراف البلدة\n"
        "- and a bullet after prose is the article's again\n"
    )
    item = RawItem(path="d", name="d", fmt="txt", data=text.encode())
    doc = read_document(item, resources)
    marked = [doc.original[s.start : s.end] for s in doc.boilerplate]
    assert marked == [
        "Related coverage",
        "- Farmers in Manbij count their losses",
        "- Explainer: who holds the Tishreen dam?",
        "اقرأ أيضاً:",
        "• فصائل تعلن النفير في ريف حلب",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a "read also" link with its headline on its own line heads no list
        "قصفت قوات النظام بلدة كفرنبل\nاقرأ أيضاً: روسيا تعزز مواقعها في حماة\n"
        "وقال مراسلنا إن القصف أدى إلى مقتل ثلاثة عناصر\n",
        "HTS shelled Saraqeb.\nRead also: Russia reinforces Hama\nAhrar al-Sham joins the fight\n",
        # prose right under a bare heading is the article's
        'Related\nThe SDF said the operation would go on."\n',
        "Related coverage\nAhrar al-Sham responds\nAhrar al-Sham said it shelled Hama\n",
    ],
)
def test_prose_under_a_link_line_is_not_a_list(resources: IngestResources, text: str) -> None:
    item = RawItem(path="d", name="d", fmt="txt", data=text.encode())
    doc = read_document(item, resources)
    assert [doc.original[s.start : s.end] for s in doc.boilerplate][1:] == []


def test_a_line_heading_no_list_leaves_the_lines_under_it(resources: IngestResources) -> None:
    text = "Share this\nThe brigade withdrew from the hill\n"
    item = RawItem(path="d", name="d", fmt="txt", data=text.encode())
    marked = [p.boilerplate for p in read_document(item, resources).paragraphs]
    assert marked == [True, False]


@pytest.mark.parametrize(
    ("line", "folded"),
    [
        ("إقرأ  أيضاً", "اقرا ايضا"),
        ("مقالات ذات صلة", "مقالات ذات صله"),
        ("تخطى إلى المحتوى", "تخطي الي المحتوي"),
        ("السـلاح", "السلاح"),
        ("مؤتمر رئيسي", "موتمر رييسي"),
        ("Read MORE", "Read MORE"),
    ],
)
def test_fold_line(line: str, folded: str) -> None:
    assert fold_line(line) == folded


@pytest.mark.parametrize(
    ("content", "line", "problem"),
    [
        ("ok\tar\tnote\n(unclosed\ten\tnote\n", 2, "does not compile"),
        ("# comment\n\npattern only\n", 3, "found 1 column"),
        ("a\tar\tb\tlist\te\n", 1, "found 5 column"),
        ("a\tar\tb\tpage\n", 1, "scope 'page' is not one of line, list"),
        ("a\tArabic\tnote\n", 1, "not a language code"),
        ("(a)\\1\tar\tnote\n", 1, "back-references"),
    ],
)
def test_bad_table_line_names_file_and_line(
    tmp_path: Path, content: str, line: int, problem: str
) -> None:
    path = tmp_path / "bp.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=problem) as info:
        load_boilerplate_rules(path)
    assert info.value.line == line
    assert str(info.value).startswith(f"{path}:{line}: ")


def test_user_table_replaces_the_bundled_one(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("# mine\nحقوق النشر.*\tar\tfooter\n", encoding="utf-8")
    resources = load_ingest_resources(IngestConfig(boilerplate_table=str(path)))
    assert is_boilerplate("حقوق النشر 2020", resources.boilerplate)
    assert not is_boilerplate("Share this", resources.boilerplate)
