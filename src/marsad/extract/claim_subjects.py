"""Whose number it is: the subject of a claim (see :mod:`marsad.extract.claims`,
step 2)."""

from __future__ import annotations

from marsad.extract.claim_document import (
    CASUALTIES,
    DEFECTED,
    JOINING,
    LIST_GAP,
    OWNER_GAP,
    OWNER_REACH,
    SAME_SUBJECT,
    Actor,
    Document,
    Reading,
    noun_end,
)
from marsad.extract.claim_resources import ClaimWord
from marsad.extract.matcher import PhraseMatch
from marsad.extract.relation_rules import punctuated

HIT = ("target", "target_on", "repel", "assault")
"""Claim-word kinds that say which side an attack hit."""
ARTICLES = frozenset({"a", "an", "the"})
"""English articles, skipped between a target word and the actor it names."""
TOPIC_REACH = 1
"""How far from its sentence's start an actor may stand to be that sentence's topic
("The army denied …": 1, for the article)."""


def read_subject(
    doc: Document,
    number: int,
    where: tuple[int, int, tuple[str, int] | None],
    reading: Reading,
    claimant: str | None,
) -> tuple[str, str] | None:
    """The entity whose number it is, and how it was found.

    ``where`` holds the number's first and last token and the subject and last
    token of the claim before it in the sentence ("5 killed and 12 others
    wounded"): a casualty count right after another, with no actor named
    between them, counts the same side.
    """
    first, last, _previous = where
    span = (min(first, reading.first) if reading.distance == 1 else first, noun_end(doc, last))
    actors = candidates(doc, number, reading, claimant)
    return named_subject(doc, number, where, span, (reading, actors, claimant)) or (
        nearest_subject(doc, number, first, span, (reading, actors))
    )


def candidates(doc: Document, number: int, reading: Reading, claimant: str | None) -> list[Actor]:
    """The actors of sentence ``number`` that may own its number: no backer, no side
    defectors went over to, and not the claimant when another is named."""
    start, end = doc.speech.ranges[number]
    actors = [a for a in doc.actors if start <= a.first and a.last < end and not backs(doc, a)]
    if reading.word.property == DEFECTED:  # not the side they went over to
        actors = [a for a in actors if not is_destination(doc, a)]
    if claimant is not None and any(a.entity != claimant for a in actors):
        actors = [a for a in actors if a.entity != claimant]
    return actors


def named_subject(
    doc: Document,
    number: int,
    where: tuple[int, int, tuple[str, int] | None],
    span: tuple[int, int],
    read: tuple[Reading, list[Actor], str | None],
) -> tuple[str, str] | None:
    """The owner the words around the number name: victims (5 civilians), the count
    before it, a pronoun (its, their), an owner after it (of X)."""
    first, last, previous = where
    low, high = span
    reading, actors, claimant = read
    victims = victims_after(doc, (first, last), previous[0] if previous else None)
    if victims is not None and (
        reading.word.property in CASUALTIES or "_and_" in reading.word.property
    ):
        name, side = victims
        if not side:
            return name, "victims named with the number"
        if not (has_pronoun(doc, low, high) or owner_after(doc, actors, high)):
            return entity_named(doc, name), "side named after the number"
    if previous is not None and reading.word.property in CASUALTIES:
        between = [
            a for a in doc.actors if previous[1] < a.first < first and a.entity != previous[0]
        ]
        if not between and not owner_after(doc, list(doc.actors), noun_end(doc, last)):
            return previous[0], "same side as the count before it"
    if has_pronoun(doc, low, high):
        speaker = spoken_owner(doc, high)
        if speaker is not None:
            return speaker.entity, "our … → the speaking group"
        # the pronoun's group is named before it: in its sentence, else the one before
        earlier = [a for a in actors if a.last < low]
        main = earlier[0] if earlier else previous_actor(doc, number)
        if main is not None:
            return main.entity, "pronoun → main actor"
        if claimant is not None and any(a.entity == claimant for a in doc.actors):
            return claimant, "pronoun → the group that says it"  # "…, X said"
    owned = owner_after(doc, actors, high)
    return (owned.entity, "named after the number") if owned is not None else None


def nearest_subject(
    doc: Document,
    number: int,
    first: int,
    span: tuple[int, int],
    read: tuple[Reading, list[Actor]],
) -> tuple[str, str] | None:
    """The nearest actor on the side the claim word prefers, else the main group for a
    strength, else the first actor of the sentence before (not the side that acted)."""
    low, high = span
    reading, actors = read
    # verb, subject, number (خسرت حركة أحرار الشام ٣ مقاتلين) or a subject written on the
    # verb (فقدنا ٢٣ مقاتلاً): the side that lost them stands after the word too
    verb_first = not reading.after and reading.word.subject == "before"
    before = [
        a
        for a in actors
        if a.last < low or (verb_first and reading.first <= a.first and a.last < first)
    ]
    after = [a for a in actors if a.first > high and same_clause(doc, high, a.first)]
    acting: str | None = None
    if before and reading.word.subject == "after" and acts(doc, before[-1], first):
        # "we destroyed 4 tanks": the one who acts is not whose they were
        acting = before[-1].entity
        before = [a for a in before if a.entity != acting]
    near_before = list_head(doc, before) if before else None
    near_after = after[0] if after else None
    order = (
        (near_before, near_after) if reading.word.subject == "before" else (near_after, near_before)
    )
    for actor in order:
        if actor is not None:
            return actor.entity, f"nearest actor ({reading.word.subject} preferred)"
    group = doc.analysis.main_actor
    if reading.word.property == "strength" and group is not None:
        return group, "the document's main group"
    if reading.word.property in CASUALTIES and reading.after:
        hit = target_before(doc, number)  # "X raid on Y; two fighters captured": Y's
        if hit is not None:
            return hit.entity, "the side the sentence before hit"
        if repelled_before(doc, number):  # "X repelled an attack …. 9 militants killed"
            acting = topic_before(doc, number)
    if (
        acting is None
        and not reading.after
        and reading.word.subject == "after"
        and reading.word.property in CASUALTIES
    ):
        acting = topic_before(doc, number)  # "The army …. Units …, killing 20": not its dead
    fallback = previous_actor(doc, number, acting)
    return (fallback.entity, "actor of the previous sentence") if fallback else None


def target_before(doc: Document, number: int) -> Actor | None:
    """The side the sentence before sentence ``number`` says was hit: the actor right
    after a target word ("ambush on X", هجوم على X), or, where a repel word stands, the
    actor of an assault word (صد هجوماً لقوات النظام, "repelled an HTS assault")."""
    if number == 0:
        return None
    start, end = doc.speech.ranges[number - 1]
    kinds = {kind: words_of_kind(doc, number - 1, kind) for kind in HIT}
    actors = [a for a in doc.actors if start <= a.first < end]
    keys = doc.analysis.stream.keys
    assaults = {m.last for m in kinds["assault"]}
    after_target = {m.last + 1 for m in kinds["target"]}
    after_target |= {m.last + 1 for m in kinds["target_on"] if m.first - 1 in assaults}
    after_target |= {i + 1 for i in after_target if i < len(keys) and keys[i] in ARTICLES}
    hit = next((a for a in actors if a.first in after_target), None)
    if hit is not None or not kinds["repel"]:
        return hit
    # whose assault: named after it (هجوماً لقوات النظام, "an assault by X"), else
    # right before it ("an HTS assault") unless that name is the repel verb's subject
    after = {m.last + 1 for m in kinds["assault"]}
    after |= {i + 1 for i in after if i < len(keys) and keys[i] == "by"}
    hit = next((a for a in actors if a.first in after), None)
    subjects = {m.last + 1 for m in kinds["repel"]}
    before = {m.first - 1 for m in kinds["assault"]}
    return hit or next((a for a in actors if a.last in before and a.first not in subjects), None)


def repelled_before(doc: Document, number: int) -> bool:
    """Whether the sentence before sentence ``number`` has a repel word: its subject
    beat an attack off, and a count of dead after it is not that side's."""
    return number > 0 and bool(words_of_kind(doc, number - 1, "repel"))


def words_of_kind(doc: Document, number: int, kind: str) -> list[PhraseMatch[ClaimWord]]:
    """The claim words of ``kind`` in sentence ``number``."""
    start, end = doc.speech.ranges[number]
    return [
        m for m in doc.words if start <= m.first < end and any(w.kind == kind for w in m.values)
    ]


def topic_before(doc: Document, number: int) -> str | None:
    """The actor that opens the sentence before sentence ``number`` (its subject, the
    side the story follows), if one does."""
    if number == 0:
        return None
    start, end = doc.speech.ranges[number - 1]
    opener = next((a for a in doc.actors if start <= a.first < end), None)
    return opener.entity if opener is not None and opener.first - start <= TOPIC_REACH else None


def backs(doc: Document, actor: Actor) -> bool:
    """Whether ``actor`` is named as a supporter, right after a backer word
    ("the offensive backed by Russian jets"): the number is not its own."""
    return any(
        0 <= actor.first - match.last <= 2 and any(w.kind == "backer" for w in match.values)
        for match in doc.words
    )


def is_destination(doc: Document, actor: Actor) -> bool:
    """Whether ``actor`` is named as where defectors went, right after a destination or
    joining word ("defected to the 5th Corps", "joining the Sham Legion", انضموا إلى الفيلق)."""
    return any(
        0 < actor.first - match.last <= 2
        and any(
            w.kind == "destination" or (w.kind == "event" and w.property in JOINING)
            for w in match.values
        )
        for match in doc.words
    )


def list_head(doc: Document, before: list[Actor]) -> Actor:
    """The nearest actor before the number or, when it ends a list of actors, the
    list's principal one ("قوات النظام وميليشيات حزب الله")."""
    at = len(before) - 1
    while at > 0 and conjoined(doc, before[at - 1], before[at]):
        at -= 1
    return principal(doc, before[at:])


def same_clause(doc: Document, last: int, first: int) -> bool:
    """Whether no comma or semicolon stands between tokens ``last`` and ``first``."""
    return not punctuated(doc.analysis, last, first)


def acts(doc: Document, actor: Actor, first: int) -> bool:
    """Whether ``actor`` is the subject of an event word before the number (at token
    ``first``): written right before it, with no "and" (و) opening a new clause."""
    verbs = [
        m
        for m in doc.words
        if actor.first <= m.first < first and any(w.kind == "event" for w in m.values)
    ]
    if verbs and verbs[0].first <= actor.last:
        return True  # the pronoun written on the verb itself (دمّرنا)
    if not verbs or not 0 < verbs[0].first - actor.last <= 2:
        return False
    tokens = doc.analysis.text.tokens
    joined = tokens[verbs[0].first].prefixes.startswith(("و", "ف"))
    between = doc.analysis.stream.keys[actor.last + 1 : verbs[0].first]
    gap = doc.analysis.text.normalised[
        tokens[actor.last].span.end : tokens[verbs[0].first].span.start
    ]
    return not joined and "and" not in between and not any(p in gap for p in ",،;؛")


def victims_after(
    doc: Document, number: tuple[int, int], previous: str | None
) -> tuple[str, bool] | None:
    """The subject a victim noun right after the number names (5 civilians → Civilians;
    "12 others" → the subject of the claim before it), and whether it is only a side's
    default ("18 soldiers": the army, unless a group owns them). An Arabic "one" or
    "two" follows its noun instead (مدنيين اثنين: two civilians), and a noun in the
    dual is its own number (مدنيان)."""
    first, last = number
    postposed = any(
        m.first == first and any(w.kind == "postposed" for w in m.values) for m in doc.words
    )
    for match in doc.words:
        dual = match.first == first and match.last == last  # مدنيان: the number's own noun
        if last < match.first <= last + 2 or dual or (postposed and match.last == first - 1):
            for word in match.values:
                if word.kind not in ("victim", "side"):
                    continue
                if word.property != SAME_SUBJECT:
                    return word.property, word.kind == "side"
                if previous is not None:
                    return previous, False
    return None


def entity_named(doc: Document, name: str) -> str:
    """The id of the document's entity called ``name``, else the name itself."""
    return next((e.id for e in doc.analysis.entities if e.canonical == name), name)


def owner_after(doc: Document, actors: list[Actor], high: int) -> Actor | None:
    """An actor right after the number's words, or after an owner word that follows them
    (of a list of actors, the principal one: see :func:`principal`)."""
    for index, actor in enumerate(actors):
        if actor.first == high + 1 and not actor.stand_in:
            return principal(doc, listed_from(doc, actors, index))
    for match in doc.words:
        if not any(w.kind == "owner" for w in match.values):
            continue
        if high < match.first <= high + OWNER_GAP:
            for index, actor in enumerate(actors):
                if match.last < actor.first <= match.last + OWNER_REACH:
                    return principal(doc, listed_from(doc, actors, index))
    return None


def listed_from(doc: Document, actors: list[Actor], index: int) -> list[Actor]:
    """``actors[index]`` and the actors listed right after it ("X, Y and Z")."""
    group = [actors[index]]
    for actor in actors[index + 1 :]:
        if not conjoined(doc, group[-1], actor):
            break
        group.append(actor)
    return group


def conjoined(doc: Document, left: Actor, right: Actor) -> bool:
    """Whether only "and", و or a comma joins two actor mentions."""
    tokens = doc.analysis.text.tokens
    gap = doc.analysis.text.normalised[tokens[left.last].span.end : tokens[right.first].span.start]
    joined = tokens[right.first].prefixes.startswith("و") or gap.strip()
    return bool(joined) and LIST_GAP.fullmatch(gap) is not None


def principal(doc: Document, group: list[Actor]) -> Actor:
    """Of actors listed together, the one the document names most (the first on a tie):
    "militias of X and the regime's forces" lose their dead as the regime's."""
    counts: dict[str, int] = {}
    for actor in doc.actors:
        counts[actor.entity] = counts.get(actor.entity, 0) + 1
    return max(group, key=lambda actor: (counts.get(actor.entity, 0), -group.index(actor)))


def has_pronoun(doc: Document, low: int, high: int) -> bool:
    """Whether the number's owner is a pronoun (``من قواته``, ``its 500 fighters``)."""
    tokens = doc.analysis.text.tokens
    for match in doc.words:
        kinds = {w.kind for w in match.values}
        if "pronoun" in kinds and match.last == low - 1:
            return True
        if "owner" in kinds and high < match.first <= high + OWNER_GAP:
            nxt = match.last + 1
            if (
                nxt < len(tokens)
                and tokens[nxt].suffix
                and not doc.analysis.stream.keys[nxt].isascii()
            ) or possessive_at(doc, nxt):  # من قواته, "300 of his fighters"
                return True
    return bool(tokens[high].suffix) and not any(a.first == high + 1 for a in doc.actors)


def spoken_owner(doc: Document, high: int) -> Actor | None:
    """The group a first-person owner after the number stands for, in speech ("40
    members of our ranks", من صفوفنا): the speaker, not a group named before."""
    for match in doc.words:
        if any(w.kind == "owner" for w in match.values) and high < match.first <= high + OWNER_GAP:
            at = match.last + 1
            return next((a for a in doc.actors if a.stand_in and a.first == at), None)
    return None


def possessive_at(doc: Document, index: int) -> bool:
    """Whether a possessive word (its, their, his) stands at token ``index``."""
    return any(m.first == index and any(w.kind == "pronoun" for w in m.values) for m in doc.words)


def previous_actor(doc: Document, number: int, acting: str | None = None) -> Actor | None:
    """The first actor of the nearest earlier sentence (two back at most) that has one,
    other than ``acting``, the side that did it ("They attacked at night. We were ready.
    We killed 12 of them": the 12 are the attackers)."""
    for previous in range(number - 1, max(-1, number - 3), -1):
        start, end = doc.speech.ranges[previous]
        for actor in doc.actors:
            if start <= actor.first and actor.last < end and actor.entity != acting:
                return actor
    return None
