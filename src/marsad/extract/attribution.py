"""Who says a sentence's claim, how, and who carries it.

For one sentence of an :class:`Analysis`:

* **claimant** — the name a speech verb says it of (``قال المقدم X``: the
  name after the verb in Arabic, else the one before it; ``X said``: the one
  before it in English), or the name after a source phrase (``وفقاً لـ``,
  ``according to``). A name is a person or actor mention (its entity id), a
  listed outlet (its name) or an unnamed source of ``speech.tsv``
  (``وسائل إعلام موالية`` → ``pro-government media``). A sentence whose
  verb names nobody (``وأضاف``, ``He added``) or that opens with a quote
  takes the speaker of the sentence before it, two sentences back at most.
* **channel** — a channel word of the sentence (``تغريدة`` → ``tweet``),
  else of the sentence it continues, else of the two sentences before it when
  the sentence reports speech (a site quoting a tweet).
* **reported_by** — an outlet named as the carrier (``نقلاً عن وكالة
  رويترز``, ``told Reuters``), else the document's outlet; ``cited`` names
  that outlet too.
* **denied** — a denial verb (``نفى``, ``denied``) in the sentence.

Outlet names that are also ordinary words (``الوطن``) count only after a
medium word (``صحيفة``). :func:`index_speech` finds every phrase once per
document; :func:`attribute` reads one sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from marsad.extract.claim_resources import ClaimResources, Outlet, SpeechWord
from marsad.extract.context import Analysis
from marsad.extract.matcher import PhraseMatch, TokenStream, token_stream

QUOTES = "\"“«„'"
ARABIC_AFTER = 4
BEFORE_WINDOW = 6
ENGLISH_AFTER = 3
SOURCE_WINDOW = 4
INHERIT_DEPTH = 2
CHANNEL_LOOKBACK = 2
ADDRESSEE_WORDS = frozenset({"told", "tells", "telling"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who asserts a sentence's claim (entity id or plain name), how, and who carries it."""

    claimant: str | None
    channel: str | None
    reported_by: str | None
    denied: bool
    cited: str | None
    stand_in: bool = False
    """The claimant is named only by a stand-in ("the brigade says"): the group
    speaking of itself, so it may own the number too."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """A name that may assert something: tokens ``first``..``last``."""

    first: int
    last: int
    name: str
    outlet: bool = False
    addressee: bool = False
    stand_in: bool = False
    """A word standing for a group ("the brigade"), not its name."""


@dataclass(frozen=True, slots=True)
class SpeechIndex:
    """The speech phrases and possible speakers of one document, in token positions.

    ``ranges`` gives the tokens ``[first, end)`` of each sentence of
    ``analysis.text.sentences``.
    """

    analysis: Analysis
    speech: tuple[PhraseMatch[SpeechWord], ...]
    speakers: tuple[Speaker, ...]
    ranges: tuple[tuple[int, int], ...]


def index_speech(analysis: Analysis, resources: ClaimResources) -> SpeechIndex:
    """Find every speech phrase, outlet and speaking mention of ``analysis`` once."""
    stream = analysis.stream
    starts = [token.span.start for token in analysis.text.tokens]
    named = mention_tokens(analysis, starts)
    speech = tuple(m for m in resources.speech.find(stream) if m.first not in named)
    speakers = [
        Speaker(m.first, m.last, v.value) for m in speech for v in m.values if v.kind == "claimant"
    ]
    mediums = {m.last for m in speech if any(v.kind == "medium" for v in m.values)}
    for match in resources.outlets.find(stream):
        outlet: Outlet = match.values[0]
        if outlet.ambiguous and match.first - 1 not in mediums:
            continue
        first = match.first - 1 if match.first - 1 in mediums else match.first
        speakers.append(Speaker(first, match.last, outlet.name, True, is_addressee(stream, first)))
    for located in (*analysis.mentions, *analysis.anaphors):  # "the brigade says"
        if located.mention.type == "place":
            continue
        span = located.mention.span
        first, end = max(0, bisect_right(starts, span.start) - 1), bisect_left(starts, span.end)
        stand_in = located.mention.source == "cue" and located in analysis.anaphors
        speakers.append(Speaker(first, max(first, end - 1), located.entity, stand_in=stand_in))
    ranges = tuple(
        (bisect_left(starts, s.span.start), bisect_left(starts, s.span.end))
        for s in analysis.text.sentences
    )
    ordered = tuple(sorted(speakers, key=lambda s: (s.first, -s.last)))
    return SpeechIndex(analysis, speech, ordered, ranges)


def mention_tokens(analysis: Analysis, starts: Sequence[int]) -> frozenset[int]:
    """The tokens inside names: a speech word there is part of the name
    ("United States" is not a verb "states")."""
    inside: set[int] = set()
    for located in analysis.mentions:
        span = located.mention.span
        first = max(0, bisect_right(starts, span.start) - 1)
        inside.update(range(first, max(first + 1, bisect_left(starts, span.end))))
    return frozenset(inside)


def is_addressee(stream: TokenStream, first: int) -> bool:
    """Whether the outlet at token ``first`` is spoken to (``لوكالة``, ``told Reuters``)."""
    token = stream.text.tokens[first]
    if token.prefixes.startswith("ل"):
        return True
    return first > 0 and stream.keys[first - 1] in ADDRESSEE_WORDS


def attribute(
    index: SpeechIndex, number: int, depth: int = 0, at: int | None = None
) -> Attribution:
    """The attribution of sentence ``number`` of ``index.analysis.text.sentences`` (of
    the words at token ``at``: when two speakers share the sentence, "X said that 14
    died, while Y said that 3 died", the one who speaks last before them)."""
    first, end = index.ranges[number]
    matches = [m for m in index.speech if first <= m.first and m.last < end]
    words = [(m, word) for m in matches for word in m.values]
    reporter = find_reporter(index, words, first, end)
    speaker = find_claimant(index, speaking_before(words, at), first, end)
    claimant = speaker.name if speaker is not None else None
    channel = next((w.value for _, w in words if w.kind == "channel"), None)
    denied = any(w.denial for _, w in words)
    speaks = any(w.kind in ("verb", "source") for _, w in words)
    local = Attribution(
        claimant=claimant or reporter,
        channel=channel,
        reported_by=reporter or index.analysis.outlet,
        denied=denied,
        cited=reporter,
        stand_in=speaker is not None and speaker.stand_in,
    )
    if claimant is None and number > 0 and depth < INHERIT_DEPTH and continues(index, number):
        before = attribute(index, number - 1, depth + 1)
        if before.claimant is not None:
            return replace(
                local,
                claimant=before.claimant,
                channel=channel or before.channel,
                stand_in=before.stand_in,
            )
    if channel is None and (speaks or local.claimant) and depth == 0:
        return replace(local, channel=channel_before(index, number))
    return local


def speaking_before(
    words: list[tuple[PhraseMatch[SpeechWord], SpeechWord]], at: int | None
) -> list[tuple[PhraseMatch[SpeechWord], SpeechWord]]:
    """``words`` from the last speech verb or source phrase before token ``at`` on (all
    of them when none comes before it, or ``at`` is None)."""
    if at is None:
        return words
    starts = [m.first for m, w in words if w.kind in ("verb", "source") and m.first < at]
    return [(m, w) for m, w in words if m.first >= max(starts)] if starts else words


def continues(index: SpeechIndex, number: int) -> bool:
    """Whether sentence ``number`` goes on with the speaker of the one before it.

    It does when a speech verb in it names nobody, or when it opens with a quote.
    """
    first, end = index.ranges[number]
    sentence = index.analysis.text.sentences[number].span
    if index.analysis.text.normalised[sentence.start : sentence.end].lstrip()[:1] in QUOTES:
        return True
    return any(
        first <= m.first and m.last < end and any(v.kind == "verb" for v in m.values)
        for m in index.speech
    )


def find_reporter(
    index: SpeechIndex,
    words: list[tuple[PhraseMatch[SpeechWord], SpeechWord]],
    first: int,
    end: int,
) -> str | None:
    """An outlet named after a source phrase, or spoken to, in tokens ``[first, end)``."""
    for match, word in words:
        if word.kind == "source":
            speaker = speaker_after(index, match.last, SOURCE_WINDOW, end, addressed=True)
            if speaker is not None and speaker.outlet:
                return speaker.name
    for speaker in index.speakers:
        if first <= speaker.first and speaker.last < end and speaker.addressee:
            return speaker.name
    return None


def find_claimant(
    index: SpeechIndex,
    words: list[tuple[PhraseMatch[SpeechWord], SpeechWord]],
    first: int,
    end: int,
) -> Speaker | None:
    """The speaker of a source phrase or speech verb in tokens ``[first, end)``."""
    for match, word in words:
        if word.kind == "source":
            speaker = speaker_after(index, match.last, SOURCE_WINDOW, end, addressed=True)
            if speaker is not None and not speaker.outlet:
                return speaker
    for match, word in words:
        if word.kind != "verb":
            continue
        speaker = verb_subject(index, match, first, end)
        if speaker is not None:
            return speaker
    return None


def verb_subject(
    index: SpeechIndex, verb: PhraseMatch[SpeechWord], first: int, end: int
) -> Speaker | None:
    """The subject of a speech verb: after it in Arabic (verb first), before it in English."""
    key = index.analysis.stream.keys[verb.first]
    if key[:1].isascii():
        return speaker_before(index, verb.first, BEFORE_WINDOW, first) or speaker_after(
            index, verb.last, ENGLISH_AFTER, end
        )
    return speaker_after(index, verb.last, ARABIC_AFTER, end) or speaker_before(
        index, verb.first, BEFORE_WINDOW, first
    )


def speaker_after(
    index: SpeechIndex, last: int, window: int, end: int, addressed: bool = False
) -> Speaker | None:
    """The first speaker starting within ``window`` tokens after token ``last``.

    Outlets spoken to (``لوكالة``) count only when ``addressed`` (after ``وفقاً لـ``).
    The search stops at a complementizer (``أن``, ``that``): what follows is said, not the sayer.
    """
    stop = next(
        (
            m.first
            for m in index.speech
            if last < m.first <= last + window and any(v.kind == "complement" for v in m.values)
        ),
        end,
    )
    for speaker in index.speakers:
        if not last < speaker.first <= last + window or speaker.first >= min(end, stop):
            continue
        if speaker.stand_in and person_after(index, speaker):
            continue  # قال قائد اللواء العقيد X: X speaks, not "the brigade"
        if addressed or not speaker.addressee:
            return speaker
    return None


def person_after(index: SpeechIndex, speaker: Speaker) -> bool:
    """Whether a named person follows ``speaker`` within two tokens."""
    people = {
        located.entity for located in index.analysis.mentions if located.mention.type == "person"
    }
    return any(
        0 < other.first - speaker.last <= 2 and other.name in people for other in index.speakers
    )


def speaker_before(index: SpeechIndex, first: int, window: int, start: int) -> Speaker | None:
    """The nearest speaker ending within ``window`` tokens before token ``first``."""
    found = [
        s
        for s in index.speakers
        if start <= s.first and s.last < first and first - s.last <= window and not s.addressee
    ]
    return max(found, key=lambda s: s.last) if found else None


def channel_before(index: SpeechIndex, number: int) -> str | None:
    """A channel word of the two sentences before sentence ``number``."""
    for previous in range(number - 1, max(-1, number - 1 - CHANNEL_LOOKBACK), -1):
        first, end = index.ranges[previous]
        for match in index.speech:
            if not (first <= match.first and match.last < end):
                continue
            for word in match.values:
                if word.kind == "channel":
                    return word.value
    return None


def channel_in(resources: ClaimResources, string: str) -> str | None:
    """The first channel word of ``string`` (a footnote's title, say)."""
    for match in resources.speech.find(token_stream(resources.analyse(string))):
        for word in match.values:
            if word.kind == "channel":
                return word.value
    return None
