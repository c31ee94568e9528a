"""The phrase matcher finds table phrases on whole tokens, clitics and spelling aside."""

from __future__ import annotations

import pytest

from marsad.extract.matcher import PhraseMatcher, token_stream
from tests.extract.builders import analyse

ENTRIES = [
    ("جيش العزة", "izza"),
    ("Jaysh al-Izza", "izza"),
    ("فيلق الشام", "sham"),
    ("الجيش السوري الحر", "fsa"),
    ("الجيش", "army"),
    ("Erdoğan", "erdogan"),
    ("Free Syrian Army", "fsa"),
]


def found(string: str) -> list[tuple[str, tuple[str, ...]]]:
    matcher = PhraseMatcher(ENTRIES, analyse)
    text = analyse(string)
    stream = token_stream(text)
    out = []
    for match in matcher.find(stream):
        span = stream.span(match.first, match.last)
        out.append((text.normalised[span.start : span.end], match.values))
    return out


@pytest.mark.parametrize(
    ("string", "expected"),
    [
        ("قاتل لجيش العزّة", [("لجيش العزة", ("izza",))]),
        ("وفيلق الشام", [("وفيلق الشام", ("sham",))]),
        ("وللجيش السوري الحر", [("وللجيش السوري الحر", ("fsa",))]),  # longest wins
        ("الجيش وحده", [("الجيش", ("army",))]),
        ("Jaysh al-Izza's fighters", [("Jaysh al-Izza's", ("izza",))]),
        ("President Erdogan said", [("Erdogan", ("erdogan",))]),
        ("the free syrian army", [("free syrian army", ("fsa",))]),
        ("جيشالعزة", []),  # no match inside a word
        ("جيش العزيزة", [("جيش", ("army",))]),  # the article is a clitic: الجيش ~ جيش
        ("", []),
    ],
)
def test_matches(string: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert found(string) == expected


def test_values_sharing_a_phrase_come_together() -> None:
    matcher = PhraseMatcher([("تل ملح", "a"), ("تل ملح", "b")], analyse)
    stream = token_stream(analyse("قرب تل ملح"))
    assert [m.values for m in matcher.find(stream)] == [("a", "b")]


def test_find_all_keeps_overlaps() -> None:
    matcher = PhraseMatcher(ENTRIES, analyse)
    stream = token_stream(analyse("الجيش السوري الحر"))
    assert sorted(v for m in matcher.find_all(stream) for v in m.values) == ["army", "fsa"]


def test_empty_matcher_finds_nothing() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher([], analyse)
    assert len(matcher) == 0
    assert matcher.find(token_stream(analyse("جيش العزة"))) == []
