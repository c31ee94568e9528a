"""Footnotes: markers in the text, the reference list, and what each entry cites."""

from __future__ import annotations

import pytest

from marsad.api import Reader
from marsad.extract.footnotes import find_footnotes, footnote_spans, markers_near
from marsad.records import Span

REFERENCES = (
    "The brigade had 800 fighters in 2016.[2] It lost 40 men.[a][3]\n"
    "\n"
    '  1. ^ a b "Rebels regroup near the border". Reuters. 14 March 2016.\n'
    '  2. ^ Smith, John (2016-05-02). "A brigade in numbers". The Guardian. Retrieved 2017-01-01.\n'
    '  3. ^ "قتلى في صفوف "اللواء" بغارة روسية". عنب بلدي (in Arabic). Retrieved 2020-08-07.\n'
    "  4. ^ https://www.zamanalwsl.net/news/article/1\n"
    '  5. ^ "A title with no outlet".\n'
)


@pytest.mark.parametrize(
    ("marker", "outlet", "date", "cited"),
    [
        ("1", "Reuters", "14 March 2016", "Reuters, 14 March 2016"),
        ("2", "The Guardian", "2016-05-02", "The Guardian, 2016-05-02"),
        ("3", "عنب بلدي", None, "عنب بلدي"),
        (
            "4",
            "https://www.zamanalwsl.net/news/article/1",
            None,
            "https://www.zamanalwsl.net/news/article/1",
        ),
        ("5", None, None, "A title with no outlet"),
    ],
)
def test_reference_entries(marker: str, outlet: str | None, date: str | None, cited: str) -> None:
    footnote = find_footnotes(REFERENCES)[marker]
    assert (footnote.outlet, footnote.date, footnote.cited) == (outlet, date, cited)


def test_unnumbered_entries_count_in_order() -> None:
    text = 'Body.[1]\n^ "First". Reuters. 2019-01-01.\n^ "Second". BBC. 2019-01-02.\n'
    footnotes = find_footnotes(text)
    assert [footnotes[m].outlet for m in ("1", "2")] == ["Reuters", "BBC"]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Some 500 fighters[1] left.", ["[1]"]),
        ("قتل 12 عنصرا[5][12]", ["[5]", "[12]"]),
        ("A claim.[citation needed] Another[a].", ["[citation needed]", "[a]"]),
        ("Numbers [2019] and [1,500] are not markers.", []),
        ('  7. ^ "Title". Reuters.', ["7"]),
    ],
)
def test_footnote_spans(text: str, marked: list[str]) -> None:
    assert [text[s.start : s.end] for s in footnote_spans(text)] == marked


@pytest.mark.parametrize(
    ("sentence", "markers"),
    [
        ("The brigade had 800 fighters in 2016.", ["2"]),
        ("It lost 40 men.", ["a", "3"]),
    ],
)
def test_markers_near(sentence: str, markers: list[str]) -> None:
    start = REFERENCES.index(sentence)
    assert markers_near(REFERENCES, Span(start, start + len(sentence))) == markers


def test_actors_and_places_named_only_in_reference_titles_are_not_the_documents() -> None:
    text = (
        "Liwa al-Quds fought in the Aleppo countryside in 2016.[1]\n"
        "\n"
        "References\n"
        '  1. ^ "Hezbollah and Liwa al-Quds near Palmyra". Reuters. 3 May 2016.\n'
        '  2. ^ Hassan, Omar (2017). "Commander Omar Hassan in the desert". Enab Baladi.\n'
    )
    facts = Reader().read(text, published="2020-01-01")
    names = {e.canonical for e in facts.entities}
    assert "Liwa al-Quds" in names  # named in the body too: it stays
    assert not names & {"Hezbollah", "Palmyra"}
    assert "Omar Hassan" in names  # persons stay: a cited author or speaker
