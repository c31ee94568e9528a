"""What a number counts: the claim word that gives its property.

A word of ``claim_words.tsv`` within three tokens: after the number
(``1500 مقاتل``, ``40 قتيلا``) or before it (``مقتل 30``, ``killing 40``), as the
row's ``position`` allows. A count word naming a thing (tanks, aircraft,
factions) right after the number wins; else the nearest event word (killed,
انشق); else a count of people (fighters → ``strength``). A count listed after a
casualty count, or after a subset word (بينهم, including), takes that count's
property (see :mod:`marsad.extract.claims`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from marsad.extract.claim_document import (
    ADDED_GAP,
    ASIDE,
    CASUALTIES,
    DEFECTED,
    JOINED_NAMES,
    JOINING,
    LIST_GAP,
    OWNED_LIST_GAP,
    PROPERTY_KINDS,
    WINDOW,
    Document,
    Prior,
    Reading,
    noun_end,
)
from marsad.extract.claim_resources import ClaimWord
from marsad.extract.claim_subjects import owner_after
from marsad.extract.matcher import PhraseMatch

SUBSET_OWNER_GAP = 2
"""How far after a subset's number its group's name may start (٧ من هيئة…: 2)."""
COORDINATED = 3
"""How many more words an event word may stand after an owner that goes on with "and"."""
JOINED_REACH = 3
"""How far after a joining word the side joined may be named (joined the ranks of X: 3)."""
ESCORT_REACH = 12
"""How far before "with N fighters" the defection or joining they go along with may stand."""


def at_least_after(doc: Document, last: int) -> bool:
    """Whether "at least" follows the number and its counted word (١٤ مقاتلاً على الأقل)."""
    end = noun_end(doc, last)
    return any(
        end < m.first <= end + 1 and any(w.kind == "minimum" for w in m.values) for m in doc.words
    )


def subset_reading(doc: Document, previous: Prior | None, first: int, last: int) -> Reading | None:
    """For a number with no word of its own right after a subset word that follows a
    casualty count and right before a group's name ("…, بينهم ٧ من هيئة تحرير الشام"):
    the casualty count's property, owned by that group. A part with no group of its
    own ("including 4 children") is no claim apart."""
    if previous is None or previous.reading.word.property not in CASUALTIES:
        return None
    subset = any(
        m.last == first - 1 and previous.end < m.first and any(w.kind == "subset" for w in m.values)
        for m in doc.words
    )
    named = any(0 < actor.first - last <= SUBSET_OWNER_GAP for actor in doc.actors)
    return Reading(previous.reading.word, first, last, 1, True) if subset and named else None


def owner_closes(doc: Document, first: int) -> bool:
    """Whether the number at token ``first`` has its group named within a few words
    and the phrase ends there ("و١٢ من مقاتلي فصائل المعارضة،"), not a new predicate
    ("2,000 fighters of the group remain in …")."""
    owner = next((a for a in doc.actors if 0 < a.first - first <= SUBSET_OWNER_GAP + 2), None)
    return owner is not None and doc.analysis.closes_phrase(owner.last)


def listed_reading(doc: Document, reading: Reading, previous: Prior | None, first: int) -> Reading:
    """A count listed right after a casualty count (or after its owner and a comma)
    takes its property: "the toll at 11 soldiers and 7 fighters" counts dead fighters,
    not an army's strength."""
    if previous is None or previous.reading.word.property not in CASUALTIES:
        return reading
    if reading.word.kind != "count" or reading.word.property != "strength":
        return reading
    tokens = doc.analysis.text.tokens
    gap = doc.analysis.text.normalised[tokens[previous.end].span.end : tokens[first].span.start]
    listed = LIST_GAP.fullmatch(gap) is not None or ADDED_GAP.fullmatch(gap) is not None
    if not listed and not (OWNED_LIST_GAP.fullmatch(gap) and owner_closes(doc, first)):
        return reading
    return replace(previous.reading, first=reading.first, last=reading.last, after=reading.after)


def read_property(
    doc: Document, number: int, first: int, last: int, others: set[int]
) -> Reading | None:
    """The claim word that says what the number at tokens ``first``..``last`` counts."""
    start, end = doc.speech.ranges[number]
    found: list[Reading] = []
    for match in doc.words:
        if match.first < start or match.last >= end:
            continue
        # a noun in the dual is its own number (قتل عنصران): read it as the word after it
        after = match.first > last or (match.first == first and match.last == last)
        if not after and match.first >= first:
            continue  # a word before the number may run into its qualifier ("killing at least")
        between = [
            i
            for i in (range(last + 1, match.first) if after else range(match.last + 1, first))
            if i not in doc.asides
        ]
        distance = len(between) + 1
        if distance > WINDOW or any(i in others or i in doc.boundaries for i in between):
            continue  # another number, or a new clause ("3,000 when the villages …")
        for word in match.values:
            if word.kind in PROPERTY_KINDS and word.position in (
                "any",
                "after" if after else "before",
            ):
                if not after and distance > 1 and belongs_before(doc, match, word, others):
                    continue
                found.append(Reading(word, match.first, match.last, distance, after))
    chosen = choose_reading(found)
    if chosen is not None and chosen.word.kind == "count" and chosen.after:
        chosen = later_event(doc, chosen, end) or chosen
    escorted = escort_reading(doc, first, start, others)
    if escorted is not None and (
        chosen is None or is_people(chosen) or chosen.word.property in JOINING
    ):
        return escorted
    if (
        chosen is not None
        and goes_over(doc, chosen)
        and any(is_people(r) and r.after and r.distance == 1 for r in found)
    ):
        chosen = as_defected(chosen)  # "300 fighters joined X": members, not factions
    return joined_reading(doc, chosen, others) if chosen is not None else None


def is_people(reading: Reading) -> bool:
    """Whether ``reading`` is a count of people (fighters, عناصر), read as a strength."""
    return reading.word.kind == "count" and reading.word.property == "strength"


def goes_over(doc: Document, reading: Reading) -> bool:
    """Whether ``reading`` is a defection, or a joining of a named side ("joined the 5th
    Corps", not "joined the offensive")."""
    if reading.word.property == DEFECTED:
        return True
    return reading.word.property in JOINING and any(
        0 < actor.first - reading.last <= JOINED_REACH for actor in doc.actors
    )


def as_defected(reading: Reading) -> Reading:
    """``reading`` as a count of members who went over to another side."""
    return replace(reading, word=replace(reading.word, property=DEFECTED))


def escort_reading(doc: Document, first: int, start: int, others: set[int]) -> Reading | None:
    """For a number right after "with" (together with, مع, برفقة), the defection or joining
    earlier in its sentence that those people go along with ("defected to X together
    with about 300 of his fighters"), read as members who defected."""
    if not any(
        m.last == first - 1 and any(w.kind == "escort" for w in m.values) for m in doc.words
    ):
        return None
    for match in reversed(doc.words):
        if not (start <= match.first and match.last < first - 1):
            continue
        if first - match.last > ESCORT_REACH or any(match.last < i < first for i in others):
            continue
        word = next((w for w in match.values if w.kind == "event" and w.property in JOINING), None)
        if word is not None:
            reading = Reading(word, match.first, match.last, first - match.last, False)
            return as_defected(reading) if goes_over(doc, reading) else None
    return None


def joined_reading(doc: Document, reading: Reading, others: set[int]) -> Reading:
    """Two casualty words joined by "and" count one number together: قتلت وأسرت عشرات
    → killed_and_captured, عشرات القتلى والجرحى → killed_and_injured."""
    first = reading.word.property
    if reading.word.kind == "pronoun" or first not in JOINED_NAMES:
        return reading
    tokens = doc.analysis.text.tokens
    for match in doc.words:
        if reading.after:  # "dozens killed and wounded", not "40 killed and dozens wounded"
            joined = (
                match.first == reading.last + 1
                and tokens[match.first].prefixes[:1] == "و"
                and not {match.first, match.last + 1, match.last + 2} & others
            )  # a joined word that is a number itself (قتيلين وجريحين: duals) counts apart
        else:  # "killed and captured dozens", not "40 were killed and dozens wounded"
            joined = (
                match.last == reading.first - 1
                and tokens[reading.first].prefixes[:1] == "و"
                and match.first not in others
                and not any(belongs_before(doc, match, w, others) for w in match.values)
            )
        other = next(
            (w for w in match.values if w.kind in PROPERTY_KINDS and w.property in JOINED_NAMES),
            None,
        )
        if joined and other is not None and other.property != first:
            pair = (other.property, first) if not reading.after else (first, other.property)
            name = "_and_".join(JOINED_NAMES[p] for p in pair)
            return replace(reading, word=replace(reading.word, property=name))
    return reading


def belongs_before(
    doc: Document, match: PhraseMatch[ClaimWord], word: ClaimWord, others: set[int]
) -> bool:
    """Whether an event word before the number tells what happened to a number before it:
    the first event word after that number ("30 were killed and 8 taken prisoner").
    The caller asks only of words not right before the number: "destroyed 3 tanks
    and killed 12 soldiers" kills the 12."""
    if word.kind != "event" or word.position == "before":
        return False
    earlier = [i for i in others if i < match.first]
    if not earlier:
        return False
    start = max(earlier)
    return not any(
        start < m.first < match.first and any(w.kind == "event" for w in m.values)
        for m in doc.words
    )


def later_event(doc: Document, count: Reading, end: int) -> Reading | None:
    """An event word shortly after a counted noun and its owner (``500 fighters of X defected``)."""
    reach = count.last
    owner = owner_after(doc, list(doc.actors), reach)
    if owner is not None:
        reach = owner.last
    reach = after_aside(doc, reach, end)
    window = WINDOW + (COORDINATED if owner is not None and coordinated(doc, reach) else 0)
    for match in doc.words:
        if not reach < match.first <= reach + window or match.last >= end:
            continue
        for word in match.values:
            if word.kind == "event" and word.position in ("any", "after"):
                found = Reading(word, match.first, match.last, match.first - count.last, True)
                # "300 men of X joined Y": members of X who went over, not factions
                return as_defected(found) if is_people(count) and goes_over(doc, found) else found
    return None


def coordinated(doc: Document, last: int) -> bool:
    """Whether "and" (و) opens the word after token ``last`` with no comma between:
    the owner goes on ("members of the army and allied militias were killed")."""
    tokens = doc.analysis.text.tokens
    if last + 1 >= len(tokens):
        return False
    gap = doc.analysis.text.normalised[tokens[last].span.end : tokens[last + 1].span.start]
    word = doc.analysis.words(tokens[last + 1].span).lower()
    return gap.strip() == "" and (word == "and" or tokens[last + 1].prefixes[:1] == "و")


def after_aside(doc: Document, last: int, end: int) -> int:
    """Past an aside that opens after token ``last`` (", including X and Y,"), if one does."""
    text = doc.analysis.text.normalised
    after = doc.analysis.text.tokens[last].span.end
    opening = ASIDE.match(text, after)
    if opening is None:
        return last
    close = text.find(",", opening.end())
    close = close if close >= 0 else text.find("،", opening.end())
    if close < 0:
        return last
    closing = bisect_left(doc.starts, close) - 1
    return closing if closing < end else last


def choose_reading(found: list[Reading]) -> Reading | None:
    """A named thing right after the number, else the nearest event word, else a count."""
    things = [
        r
        for r in found
        if r.word.kind == "count" and r.word.property != "strength" and r.after and r.distance == 1
    ]
    if things:
        return things[0]
    events = [r for r in found if r.word.kind == "event"]
    if events:
        return min(events, key=lambda r: (r.distance, r.after))
    counts = [r for r in found if r.word.kind == "count"]
    return min(counts, key=lambda r: (r.distance, not r.after)) if counts else None
