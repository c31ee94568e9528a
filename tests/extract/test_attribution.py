"""Attribution: who asserts a sentence's claim, through which channel, carried by whom."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.config import load_config
from marsad.extract.attribution import Attribution, attribute, index_speech
from marsad.extract.claim_resources import ClaimResources, load_claim_resources
from tests.extract.builders import MentionSpec, analyse, analysis_of

OUTLET = "Enab Baladi"


@cache
def resources() -> ClaimResources:
    return load_claim_resources(load_config().extract, analyse)


def attribution_of(text: str, mentions: list[MentionSpec], sentence: str) -> Attribution:
    """The attribution of the sentence of ``text`` that holds ``sentence``."""
    analysis = analysis_of(text, mentions, outlet=OUTLET)
    index = index_speech(analysis, resources())
    start = analysis.text.normalised.index(sentence)
    for number, found in enumerate(analysis.text.sentences):
        if found.span.start <= start < found.span.end:
            return attribute(index, number)
    raise AssertionError(f"no sentence holds {sentence!r}")


PERSON: MentionSpec = ("سامي الخالد", "person", "Sami al-Khaled")
GROUP: MentionSpec = ("جبهة الشمال", "actor", "Northern Front")
ABU: MentionSpec = ("Abu Ahmad", "person", "Abu Ahmad")
BRIGADE: MentionSpec = ("Dawn Brigade", "actor", "Dawn Brigade")

CASES = [
    # a speaker after the verb, a tweet
    (
        "وقال المقدم سامي الخالد في تغريدة عبر حسابه في تويتر إن 40 عنصرا قتلوا.",
        [PERSON],
        "40",
        Attribution("e1", "tweet", OUTLET, False, None),
    ),
    # a continuation takes the speaker of the sentence before
    (
        "قال سامي الخالد في بيان إن المعارك مستمرة. وأضاف أن 20 عنصرا قتلوا.",
        [PERSON],
        "وأضاف",
        Attribution("e1", "statement", OUTLET, False, None),
    ),
    # a denial
    (
        "ونفت جبهة الشمال مقتل 50 من عناصرها.",
        [GROUP],
        "ونفت",
        Attribution("e1", None, OUTLET, True, None),
    ),
    # the outlet named as the source asserts it and carries it
    (
        "According to Reuters, 200 fighters withdrew.",
        [],
        "200",
        Attribution("Reuters", None, "Reuters", False, "Reuters"),
    ),
    # the outlet spoken to carries the speaker's words
    (
        "A commander, Abu Ahmad, told Reuters that 30 fighters of the Dawn Brigade died.",
        [ABU, BRIGADE],
        "30",
        Attribution("e1", None, "Reuters", False, "Reuters"),
    ),
    (
        "ونقلا عن وكالة رويترز قال سامي الخالد إن 30 مقاتلا انسحبوا.",
        [PERSON],
        "30",
        Attribution("e1", None, "Reuters", False, "Reuters"),
    ),
    # an unnamed source
    (
        "وذكرت وسائل إعلام موالية للنظام أن أكثر من 2000 مسلح انسحبوا.",
        [],
        "2000",
        Attribution("pro-government media", None, OUTLET, False, None),
    ),
    (
        "Pro-government media outlets reported that over 2,000 militants redeployed.",
        [],
        "2,000",
        Attribution("pro-government media", None, OUTLET, False, None),
    ),
    # a news site quoting a tweet: the channel is in the sentence before
    (
        "نشر سامي الخالد تغريدة على تويتر. وقال فيها إن 300 مقاتل انضموا إلى جبهة الشمال.",
        [PERSON, GROUP],
        "300",
        Attribution("e1", "tweet", OUTLET, False, None),
    ),
    # English: "He added" goes on with the speaker before
    (
        "Abu Ahmad said in an interview that the front was calm. "
        "He added that 12 fighters were wounded.",
        [ABU],
        "12",
        Attribution("e1", "interview", OUTLET, False, None),
    ),
    # a quote opening the sentence
    (
        "قال سامي الخالد في مقابلة: إن المعركة طويلة. «لقد خسروا 100 عنصر»",
        [PERSON],
        "100",
        Attribution("e1", "interview", OUTLET, False, None),
    ),
    # no speaker at all
    (
        "قتل 5 عناصر من جبهة الشمال في قصف.",
        [GROUP],
        "5",
        Attribution(None, None, OUTLET, False, None),
    ),
    # a speech word inside a name is part of the name: "United States" says nothing
    (
        "The Dawn Brigade has 900 fighters and gets arms from the United States, Turkey and Qatar.",
        [BRIGADE, ("United States", "actor", "United States"), ("Turkey", "actor", "Turkey")],
        "900",
        Attribution(None, None, OUTLET, False, None),
    ),
]


@pytest.mark.parametrize(("text", "mentions", "sentence", "expected"), CASES)
def test_attribution(
    text: str, mentions: list[MentionSpec], sentence: str, expected: Attribution
) -> None:
    assert attribution_of(text, mentions, sentence) == expected
