"""Timeline entries, profile label lines and other page shapes, through the whole
reader (texts written for these tests)."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.api import Reader
from marsad.records import DocumentFacts

CHRONOLOGY = """Chronology: the Saraya al-Wadi Gathering

The Saraya al-Wadi Gathering was a rebel faction of the Barada valley.

* 3 March 2013 - Is announced in a statement read in Ain al-Fijah.
* June 2014 - Joins the Sham Legion.
* 9 May 2016: Withdraws from Ain al-Fijah.
* 2 February 2017 - Merges into the Sham Legion and dissolves.
"""


@cache
def reader() -> Reader:
    return Reader()


def read(text: str, published: str | None = "2020-03-02") -> DocumentFacts:
    return reader().read(text, published=published)


def named(facts: DocumentFacts) -> dict[str, str]:
    return {e.id: e.canonical for e in facts.entities}


def relations(text: str) -> set[tuple[str, str, str]]:
    facts = read(text)
    names = named(facts)
    return {(r.type, names[r.subject], names[r.object]) for r in facts.relations}


def test_timeline_entries_tell_events_in_the_present_tense_of_the_group_they_follow() -> None:
    facts = read(CHRONOLOGY)
    names = named(facts)
    found = {(e.kind, e.date, frozenset(names[a] for a in e.actors)) for e in facts.events}
    group, legion = "Saraya al-Wadi Gathering", "Sham Legion"
    assert ("formation", "2013-03-03", frozenset({group})) in found
    assert ("joining", "2014-06", frozenset({group, legion})) in found
    assert ("withdrawal", "2016-05-09", frozenset({group})) in found
    assert ("merger", "2017-02-02", frozenset({group, legion})) in found
    assert ("part_of", group, legion) in relations(CHRONOLOGY)
    assert ("merged_into", group, legion) in relations(CHRONOLOGY)


def test_present_tense_outside_a_timeline_entry_is_no_event() -> None:
    facts = read(
        "The Saraya al-Wadi Gathering was a rebel faction of the Barada valley. "
        "Its leaders say it merges into the Sham Legion if talks fail and withdraws from "
        "Ain al-Fijah."
    )
    assert not [e for e in facts.events if e.kind in ("merger", "withdrawal")]


def test_later_sentences_of_a_line_take_its_date() -> None:
    facts = read(
        "On 5 June 2016 government forces took control of Otaya. Residents stayed "
        "indoors. The Saraya al-Wadi Gathering then withdrew to Hammouriyah."
    )
    assert [e.date for e in facts.events if e.kind == "withdrawal"] == ["2016-06-05"]


PROFILE = (
    "Profile: the Saraya al-Wadi Gathering\n\n"
    "The Saraya al-Wadi Gathering is a rebel coalition of the Barada valley.\n\n"
    "RELATIONSHIPS\n"
    "Allies: the Sham Legion, Ahrar al-Sham and the other valley factions. The group "
    "has also worked with Jaysh al-Islam.\n"
    "Rivals: Hayat Tahrir al-Sham.\n"
)


def test_a_label_and_a_colon_opening_a_line_of_prose_label_that_line() -> None:
    found = relations(PROFILE)
    group = "Saraya al-Wadi Gathering"
    assert ("allied_with", group, "Sham Legion") in found
    assert ("allied_with", group, "Ahrar al-Sham") in found
    assert ("opposed_to", group, "Hayat Tahrir al-Sham") in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "In the north, the Homeland Shield Force and the Saraya al-Wadi Gathering clashed.",
            ("opposed_to", "Homeland Shield Force", "Saraya al-Wadi Gathering"),
            ("allied_with", "Homeland Shield Force", "Saraya al-Wadi Gathering"),
        ),
        (
            "The Homeland Shield Force and the Saraya al-Wadi Gathering clashed with "
            "government forces near Douma.",
            ("allied_with", "Homeland Shield Force", "Saraya al-Wadi Gathering"),
            ("opposed_to", "Homeland Shield Force", "Saraya al-Wadi Gathering"),
        ),
    ],
)
def test_subjects_of_a_clash_with_no_other_side_fought_each_other(
    text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    found = relations(text)
    assert expected in found
    assert absent not in found


def test_a_quoted_translation_in_parentheses_names_the_same_group() -> None:
    facts = read(
        'The Saraya al-Wadi Gathering began life as Liwa Fursan al-Wadi ("Knights of the '
        'Valley Brigade") in 2012. The Saraya al-Wadi Gathering fought in the Barada valley.'
    )
    knights = [e for e in facts.entities if "Liwa Fursan al-Wadi" in e.names]
    assert len(knights) == 1
    assert "Knights of the Valley Brigade" in knights[0].names


def test_it_opening_a_sentence_after_the_main_group_is_that_group() -> None:
    found = relations(
        "Saraya al-Wadi Gathering\n\nThe Saraya al-Wadi Gathering is a rebel faction "
        "of the Barada valley. It began life as Liwa Fursan al-Wadi."
    )
    assert ("formerly_named", "Saraya al-Wadi Gathering", "Liwa Fursan al-Wadi") in found


@pytest.mark.parametrize("separator", [">", "|", "/", "»"])
def test_a_breadcrumb_separator_ends_a_name(separator: str) -> None:
    facts = read(
        f"Home {separator} Eastern Ghouta {separator} Ansar al-Wadi Gathering\n\n"
        "The Ansar al-Wadi Gathering fought in the Barada valley."
    )
    groups = {e.canonical for e in facts.entities if e.type == "actor"}
    assert groups == {"Ansar al-Wadi Gathering"}


def test_date_lines_above_dated_posts_date_their_events() -> None:
    facts = read(
        "The Ansar al-Wadi Gathering posted on its channel this week.\n\n"
        "[Monday 15/11/2021 – 14:35]\n"
        "Government forces shelled Ain al-Fijah at dawn.\n\n"
        "[Wednesday 17/11/2021 – 09:20]\n"
        "Government forces shelled Madaya again.\n",
        published="2021-11-20",
    )
    assert sorted(e.date for e in facts.events if e.kind == "shelling") == [
        "2021-11-15",
        "2021-11-17",
    ]


def test_a_clock_time_after_a_date_is_no_range() -> None:
    facts = read("قصفت قوات النظام بلدة تدمر ١٥/١١/٢٠٢١ – ١٤:٣٥", published="2021-11-20")
    assert [e.date for e in facts.events] == ["2021-11-15"]


def test_a_news_datelines_date_is_the_filing_day_not_the_events() -> None:
    facts = read(
        "DAMASCUS, March 4 (Levant Wire) - Government forces captured the village of "
        "Kafr Nabl in southern Idlib on Tuesday, and at least 6 civilians were killed on "
        "Tuesday, a monitor said.",
        published="2020-03-04",
    )
    assert [e.date for e in facts.events if e.kind == "capture"] == ["2020-03-03"]
    assert {c.as_of for c in facts.claims} == {"2020-03-03"}
    facts = read(
        "DAMASCUS, March 4 (Levant Wire) - Government forces captured the village of "
        "Kafr Nabl in southern Idlib, a monitor said.",
        published="2020-03-04",
    )
    assert [e.date for e in facts.events if e.kind == "capture"] == ["2020-03-04"]


def test_an_undated_event_after_a_flashback_takes_the_latest_year_before_it() -> None:
    facts = read(
        "Maj. Omar Haddad left the command of Jaysh al-Izza on 11 August 2019.\n\n"
        "Haddad, who defected from the army, founded the group in 2012.\n\n"
        "Jaysh al-Izza withdrew from Kafr Zita in the northern Hama countryside.",
        published=None,
    )
    assert [e.date for e in facts.events if e.kind == "withdrawal"] == ["2019"]
