"""Words broken on purpose: what is joined, what never is, and the lexicon."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import TextConfig
from marsad.errors import DataFileError
from marsad.text import TextResources, load_text_resources
from marsad.text.repair import (
    REASON_BREAK_MARK,
    REASON_KNOWN_MARK,
    REASON_KNOWN_SPACE,
    REASON_MARKED_TATWEEL,
)
from marsad.text.resources import read_lexicon

from .conftest import normalise

REPAIRED = [
    # the cases of the issue
    ("السـ.لاح", "السلاح", REASON_BREAK_MARK),
    ("السـِلاح", "السلاح", REASON_MARKED_TATWEEL),
    ("المحـ.رمة", "المحرمة", REASON_BREAK_MARK),
    ("جر  ح", "جرح", REASON_KNOWN_SPACE),
    ("قا سياً", "قاسيا", REASON_KNOWN_SPACE),
    ("قسر ياً", "قسريا", REASON_KNOWN_SPACE),
    # the same rules on other words
    ("قـ.ـوات", "قوات", REASON_BREAK_MARK),
    ("الصواريـ-ـخ", "الصواريخ", REASON_BREAK_MARK),
    ("السلا.ح", "السلاح", REASON_KNOWN_MARK),
    ("الصوا•ريخ", "الصواريخ", REASON_KNOWN_MARK),
    ("المعار ضة", "المعارضة", REASON_KNOWN_SPACE),
    ("الطا ئرات", "الطائرات", REASON_KNOWN_SPACE),
    ("اغتيا ل", "اغتيال", REASON_KNOWN_SPACE),
]


@pytest.mark.parametrize(("original", "normalised", "reason"), REPAIRED)
def test_broken_word_is_repaired(
    original: str, normalised: str, reason: str, resources: TextResources
) -> None:
    text = normalise(original, resources)
    assert text.normalised == normalised
    (repair,) = text.repairs
    assert repair.repaired == normalised
    assert repair.reason == reason
    assert repair.original.start == 0 and repair.original.end == len(original)


@pytest.mark.parametrize(
    ("original", "normalised", "word"),
    [
        ("فضلاً عن جر  ح أكثر من 200 آخرين", "فضلا عن جرح أكثر من 200 آخرين", "جر  ح"),
        ("كان قا سياً” على الميليشيات", "كان قاسيا” على الميليشيات", "قا سياً"),
        ("المهجرين قسر ياً من المدن", "المهجرين قسريا من المدن", "قسر ياً"),
        ("يمتلك السـ.لاح الأقوى", "يمتلك السلاح الأقوى", "السـ.لاح"),
        ("جيش العزة يؤكد امتلاكه للسـِلاح", "جيش العزة يؤكد امتلاكه للسلاح", "للسـِلاح"),
    ],
)
def test_repair_in_context(
    original: str, normalised: str, word: str, resources: TextResources
) -> None:
    text = normalise(original, resources)
    assert text.normalised == normalised
    (repair,) = text.repairs
    assert original[repair.original.start : repair.original.end] == word


NEVER_JOINED = [
    "في البيت",
    "جيش العزة",
    "قال إن",
    "من حماة",
    "عبد الله",
    "إن شاء الله",
    "لا بد",
    "ما زال",
    "لا تزال",
    "كفر نبل",
    "دير الزور",
    "عز الدين",
    "نور الدين",
    "عبد الرحمن",
    "بعد ما",
    "كل ما",
    "في ما",
    "فيه ما",
    "له ما",
    "كي لا",
    "أم لا",
    "يا رجل",
    "أبو بكر",
    "بن لادن",
    "ذو الفقار",
    "تل ملح",
    "و قال",  # a waw written apart is a word
    "ص ب",  # lone letters are an abbreviation
    "ق س د",
    "ا ل س ل ا ح",
    "دوناً عن الكثير",
    "ملحقةً به خسائر",
    "د. محمد",
    "الشمالي.وقال البكور",  # a full stop with no space, no tatweel
    "جيش-العزة",
    "#جيش_العزة",
    "السلا\nح",  # a line break is never inside a word
    "كفرنبل وكفر نبل",  # the joined form elsewhere in the text is not enough
    "وقال البكور في حوار له مع صحيفة العربي الجديد بأن جيش العزة في إدلب ما زال يمتلك",
]


@pytest.mark.parametrize("original", NEVER_JOINED)
def test_words_are_not_joined(original: str, resources: TextResources) -> None:
    text = normalise(original, resources)
    assert text.repairs == ()
    assert len(text.normalised.split()) == len(original.split())


@pytest.mark.parametrize(
    ("original", "normalised"),
    [("جـيش", "جيش"), ("الـ 100 عنصر", "ال 100 عنصر"), ("سَـلاح", "سلاح")],
)
def test_plain_tatweel_is_not_a_repair(
    original: str, normalised: str, resources: TextResources
) -> None:
    text = normalise(original, resources)
    assert text.normalised == normalised
    assert text.repairs == ()


def test_word_written_intact_elsewhere_supports_a_join(resources: TextResources) -> None:
    # "المحرمه" (ه for ة) is rare in wordfreq; the document itself vouches for it.
    alone = normalise("الأسلحة المحر مه دولياً", resources)
    vouched = normalise("الأسلحة المحر مه دولياً والأسلحة المحرمه", resources)
    assert alone.repairs == ()
    assert [r.repaired for r in vouched.repairs] == ["المحرمه"]


def write(tmp_path: Path, body: bytes) -> Path:
    path = tmp_path / "lexicon.tsv"
    path.write_bytes(body)
    return path


def test_lexicon_reads_words_notes_and_comments(tmp_path: Path) -> None:
    path = write(tmp_path, "# comment\n\nلواء\tbrigade\nجَيش # inline\nHTS\n".encode())
    assert read_lexicon(path) == frozenset({"لواء", "جيش", "hts"})


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("لواء\nجيش العزة\n".encode(), 2),
        ("لواء\n\tnote only\n".encode(), 2),
        (b"a\nb\nc\td\te\n", 3),
        ("لواء\n100\n".encode(), 2),
        (b"ok\n\xff\xfe\n", 2),
    ],
)
def test_lexicon_errors_name_the_line(tmp_path: Path, body: bytes, line: int) -> None:
    path = write(tmp_path, body)
    with pytest.raises(DataFileError) as caught:
        read_lexicon(path)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_missing_lexicon_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError):
        read_lexicon(tmp_path / "absent.tsv")


def test_user_lexicon_extends_the_rule(tmp_path: Path, resources: TextResources) -> None:
    base = (Path(__file__).resolve().parents[2] / "src/marsad/data/lexicon.tsv").read_bytes()
    path = write(tmp_path, base + "زرزور\tmade-up name\nوقال\n".encode())
    custom = load_text_resources(TextConfig(lexicon_table=str(path)))
    assert normalise("زرز ور", resources).normalised == "زرز ور"
    assert normalise("زرز ور", custom).normalised == "زرزور"
    assert normalise("وقال", resources).tokens[0].prefixes == "و"
    assert normalise("وقال", custom).tokens[0].prefixes == ""
