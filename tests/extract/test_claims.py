"""Claims: a number, what it counts, whose it is, and who asserts it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pytest

from marsad.config import load_config
from marsad.extract.claim_resources import ClaimResources, load_claim_resources
from marsad.extract.claims import find_claims
from marsad.records import ClaimValue, Quantity, Span, TimeExpr
from tests.extract.builders import MentionSpec, analyse, analysis_of

SITE = "Enab Baladi"
GROUP: MentionSpec = ("جبهة الشمال", "actor", "Northern Front")
REGIME: MentionSpec = ("قوات النظام", "actor", "Syrian Arab Army")
PERSON: MentionSpec = ("سامي الخالد", "person", "Sami al-Khaled")
BRIGADE: MentionSpec = ("Dawn Brigade", "actor", "Dawn Brigade")
ARMY: MentionSpec = ("Syrian Army", "actor", "Syrian Arab Army")


@cache
def resources() -> ClaimResources:
    return load_claim_resources(load_config().extract, analyse)


def span_of(text: str, words: str) -> Span:
    """Where ``words`` stand in the normalised ``text``."""
    normalised = analyse(text).normalised
    start = normalised.index(words)
    return Span(start, start + len(words))


def number(
    text: str,
    words: str,
    low: float | None,
    high: float | None,
    exact: bool = False,
    approx: bool = False,
) -> Quantity:
    return Quantity(span_of(text, words), low, high, exact=exact, approx=approx)


@dataclass(frozen=True)
class Expected:
    property: str
    subject: str
    value: ClaimValue
    claimant: str | None
    channel: str | None
    reported_by: str | None = SITE
    denied: bool = False


def exact(n: float) -> ClaimValue:
    return ClaimValue(exact=n)


T1 = "أكد سامي الخالد أن جبهة الشمال تضم أكثر من 1500 مقاتل."
T2 = "وأعلنت جبهة الشمال في بيان مقتل 30 عنصرا من قوات النظام."
T3 = "نشر سامي الخالد تغريدة على تويتر. وقال فيها إن جبهة الشمال دمرت 4 دبابات لقوات النظام."
T4 = "ونفت جبهة الشمال في بيان مقتل 50 من عناصرها."
T5 = "According to Reuters, the Dawn Brigade has about 800 fighters."
T6 = "Clashes with the Syrian Army killed 25 members of the Dawn Brigade."
T7 = "قتل عشرات العناصر من قوات النظام بهجوم لجبهة الشمال."
T8 = "The Dawn Brigade lost ground. Its 300 fighters withdrew to Idlib."
T9 = "On 9 October, 500 fighters from the Dawn Brigade defected to the Syrian Army."
T10 = "The Dawn Brigade has 12 fighters in the town."
T11 = "More than 10 fighters of the Dawn Brigade hold the hill."

CASES = [
    (
        T1,
        [PERSON, GROUP],
        [number(T1, "أكثر من 1500", 1500, None)],
        [Expected("strength", "e2", ClaimValue(min=1500), "e1", None)],
    ),
    (
        T2,
        [GROUP, REGIME],
        [number(T2, "30", 30, 30, exact=True)],
        [Expected("fatalities", "e2", exact(30), "e1", "statement")],
    ),
    (
        T3,
        [PERSON, GROUP, REGIME],
        [number(T3, "4", 4, 4, exact=True)],
        [Expected("vehicles_destroyed", "e3", exact(4), "e1", "tweet")],
    ),
    (
        T4,
        [GROUP],
        [number(T4, "50", 50, 50, exact=True)],
        [Expected("fatalities", "e1", exact(50), "e1", "statement", denied=True)],
    ),
    (
        T5,
        [BRIGADE],
        [number(T5, "about 800", 800, 800, approx=True)],
        [Expected("strength", "e1", ClaimValue(approx=800), "Reuters", "report", "Reuters")],
    ),
    (
        T6,
        [ARMY, BRIGADE],
        [number(T6, "25", 25, 25, exact=True)],
        [Expected("fatalities", "e2", exact(25), SITE, "report")],
    ),
    (
        T7,
        [REGIME, GROUP],
        [number(T7, "عشرات", 20, 99)],
        [Expected("fatalities", "e1", ClaimValue(min=20, max=99), SITE, "report")],
    ),
    (
        T8,
        [BRIGADE],
        [number(T8, "300", 300, 300, exact=True)],
        [Expected("strength", "e1", exact(300), SITE, "report")],
    ),
    (
        T9,
        [BRIGADE, ARMY],
        [number(T9, "500", 500, 500, exact=True)],
        [Expected("members_defected", "e1", exact(500), SITE, "report")],
    ),
    # a strength word makes even a small count a strength
    (
        T10,
        [BRIGADE],
        [number(T10, "12", 12, 12, exact=True)],
        [Expected("strength", "e1", exact(12), SITE, "report")],
    ),
    # a bare lower bound allows any number above it: not a small count
    (
        T11,
        [BRIGADE],
        [number(T11, "More than 10", 10, None)],
        [Expected("strength", "e1", ClaimValue(min=10), SITE, "report")],
    ),
]

NO_CLAIM = [
    # a number without a claim word
    ("سقطت 3 قذائف على مواقع جبهة الشمال.", [GROUP], "3"),
    ("The Dawn Brigade held 3 meetings in Idlib.", [BRIGADE], "3"),
    # a year
    ("Since 2015 fighters of the Dawn Brigade have held the town.", [BRIGADE], "2015"),
    ("تأسست جبهة الشمال عام 2013 في ريف إدلب على يد مقاتلين محليين.", [GROUP], "2013"),
    # no actor to own the number
    ("قتل 4 بقصف.", [], "4"),
    # a few people in a story, with no strength word, are no group's strength
    ("Fighters of the Dawn Brigade freed two young men from the village.", [BRIGADE], "two"),
    ("The Dawn Brigade sent 14 of its members to the talks.", [BRIGADE], "14"),
    ("وصل 3 عناصر من جبهة الشمال إلى البلدة.", [GROUP], "3"),
    # a unit of time or distance after the number: it counts no people
    ("أعلنت جبهة الشمال هدنة لمدة 48 ساعة، وانسحاب مقاتلي الفصائل من البلدة.", [GROUP], "48"),
    ("The Dawn Brigade pulled back 30 km, its fighters said.", [BRIGADE], "30"),
    ("انسحبت جبهة الشمال إلى مسافة 30 كلم، بحسب مقاتليها.", [GROUP], "30"),
]


def found(text: str, mentions: list[MentionSpec], quantities: list[Quantity]) -> list[Expected]:
    analysis = analysis_of(text, mentions, outlet=SITE, quantities=quantities)
    return [
        Expected(c.property, c.subject, c.value, c.claimant, c.channel, c.reported_by, c.denied)
        for c in find_claims(analysis, resources())
    ]


@pytest.mark.parametrize(("text", "mentions", "quantities", "expected"), CASES)
def test_claims(
    text: str, mentions: list[MentionSpec], quantities: list[Quantity], expected: list[Expected]
) -> None:
    assert found(text, mentions, quantities) == expected


@pytest.mark.parametrize(("text", "mentions", "words"), NO_CLAIM)
def test_no_claim(text: str, mentions: list[MentionSpec], words: str) -> None:
    value = {"two": 2.0}.get(words) or float(words)
    quantity = number(text, words, value, value, exact=True)
    assert found(text, mentions, [quantity]) == []


WIKI = (
    "On 3 May 2019, Russian jets struck the Dawn Brigade near Idlib, killing four fighters "
    "and injuring nine.[1]\n\n"
    '  1. ^ a b "Jets hit rebel base". Reuters. 3 May 2019.\n'
)


def test_footnoted_wikipedia_sentence() -> None:
    date = TimeExpr(span_of(WIKI, "3 May 2019"), "2019-05-03", "day")
    quantities = [
        number(WIKI, "four", 4, 4, exact=True),
        number(WIKI, "nine", 9, 9, exact=True),
        number(WIKI, "1", 1, 1, exact=True),  # the marker [1]: never a number
    ]
    analysis = analysis_of(
        WIKI, [BRIGADE], lang="en", outlet="Wikipedia", times=[date], quantities=quantities
    )
    claims = find_claims(analysis, resources())
    assert [(c.property, c.subject, c.value) for c in claims] == [
        ("fatalities", "e1", exact(4)),
        ("injured", "e1", exact(9)),
    ]
    for claim in claims:
        assert (claim.claimant, claim.channel, claim.reported_by) == (
            "Reuters",
            "report",
            "Wikipedia",
        )
        assert claim.evidence.cited == "Reuters, 3 May 2019"
        assert claim.as_of == "2019-05-03"
        assert claim.reason


def test_as_of_falls_back_to_published() -> None:
    analysis = analysis_of(T2, [GROUP, REGIME], published="2019-06-20", quantities=CASES[1][2])
    assert [c.as_of for c in find_claims(analysis, resources())] == ["2019-06-20"]
