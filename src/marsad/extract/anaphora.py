"""The document's main group where the text names it by a common noun.

Reports about one armed group keep calling it "the group", "the faction",
الفصيل or فصيله once they have named it. Those words are the ``anaphor``
cues of ``triggers.tsv``, and a group-type word with the article (التجمع,
"the division") where the main group's own name is headed by it
(``head_anaphor`` cues); each one becomes a stand-in mention of the
document's main group — the actor named most often that is not the
government side — or, for a group-type word the main group's names lack, of
the last group named before it with that word (التجمع after تجمع العزة), so
that relations and claims can use it as a slot ("Turkey supplied the group
with missiles"). The word needs its article: a bare لواء opens a name. A
stand-in is not a name: it never adds a name to an entity.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from marsad.extract.context import Analysis, Located
from marsad.extract.event_resources import EventResources
from marsad.extract.first_person import find_first_person
from marsad.extract.matcher import PhraseMatch, TokenStream
from marsad.extract.timeline import entry_text
from marsad.records import Span

ANAPHOR = "anaphor"
NOT_GROUPS = frozenset({"state", "air_force", "political", "collective"})
"""Actor types that are never "the group" a document is about (Turkey, the regime)."""
HEAD_LINES = 3
"""A group named again later and first named in this many lines is the main group."""
HEAD_WORDS = 4
"""Fewer words make a line of the masthead (the site's name, a search box), not a title."""
HEAD_LINE = re.compile(r"[^\n]*\n?")
HEAD = "head_anaphor"
DROPPED = "dropped_subject"
PRONOUN = "subject_pronoun"


def find_main_actor(analysis: Analysis, resources: EventResources) -> Located | None:
    """The group the document is about, not the government side: the first named in its
    first lines when named again later, else the most named."""
    entities = {entity.id: entity for entity in analysis.entities}
    counts: Counter[str] = Counter()
    first: dict[str, Located] = {}
    for located in analysis.mentions:
        if located.mention.type != "actor" or located.mention.feature in NOT_GROUPS:
            continue
        entity = entities[located.entity]
        if resources.is_government((entity.canonical, *entity.names), ()):
            continue
        counts[located.entity] += 1
        first.setdefault(located.entity, located)
    if not counts:
        return None
    headed = first[min(first, key=lambda entity: first[entity].mention.span.start)]
    if headed.mention.span.start < head_end(analysis) and counts[headed.entity] > 1:
        return headed
    best = max(counts, key=lambda entity: (counts[entity], -first[entity].mention.span.start))
    return first[best]


def head_end(analysis: Analysis) -> int:
    """Where the document's first lines of words end (its title, usually): web
    boilerplate (breadcrumbs, share lines) and short masthead lines do not count."""
    text = analysis.text.normalised
    skipped = [s.span for s in analysis.text.sentences if s.boilerplate]
    lines = [
        m
        for m in HEAD_LINE.finditer(text)
        if len(m.group().split()) >= HEAD_WORDS
        and not any(m.start() <= b.start < m.end() for b in skipped)
    ]
    return lines[min(HEAD_LINES, len(lines)) - 1].end() if lines else 0


def with_main_actor(analysis: Analysis, stream: TokenStream, resources: EventResources) -> Analysis:
    """``analysis`` with its main group and the stand-in mentions of it."""
    main = find_main_actor(analysis, resources)
    if main is None:
        return analysis
    cues = resources.cues.find_all(stream)
    anaphors = (
        *find_anaphors(analysis, stream, cues, main),
        *find_dropped_subjects(analysis, stream, cues, main),
        *find_entry_subjects(analysis, stream, resources, main),
        *find_first_person(analysis, stream, resources, main),
    )
    ordered = tuple(sorted(anaphors, key=lambda located: located.mention.span.start))
    return replace(analysis, anaphors=ordered, main_actor=main.entity)


def find_anaphors(
    analysis: Analysis, stream: TokenStream, cues: Sequence[PhraseMatch[str]], main: Located
) -> tuple[Located, ...]:
    """A stand-in mention at every anaphor outside a name: of the main group, or of the
    group last named with the anaphor's own word (التجمع, التنظيم) when the main
    group's names lack it."""
    names = [located.mention.span for located in analysis.mentions]
    heads = head_words(analysis, stream, main.entity)
    found: list[Located] = []
    for match in cues:
        span = stream.span(match.first, match.last)
        if any(span.overlaps(name) for name in names):
            continue
        headed = HEAD in match.values and definite(analysis, stream, match.first)
        key = stream.keys[match.last]
        if ANAPHOR in match.values and introduced_unnamed(analysis, stream, match):
            continue  # "formed a new group … commander of the new group": not the main one
        if ANAPHOR in match.values and key not in heads:
            # التنظيم after تنظيم داعش: the group whose name holds the word, if one does
            other = latest_headed(analysis, stream, key, span)
            target: Located | None = other or (None if before(span, main) else main)
        elif ANAPHOR in match.values or (headed and key in heads):
            target = None if before(span, main) else main
        elif headed:
            target = latest_headed(analysis, stream, stream.keys[match.last], span)
        else:
            continue
        if target is not None:
            mention = replace(target.mention, span=span, surface=analysis.words(span), source="cue")
            found.append(Located(mention, target.entity))
    return tuple(found)


NEW = frozenset({"new", "جديد", "الجديد", "الجديدة", "جديدة"})
"""Words that make an anaphor point to a group just formed ("the new group")."""


def introduced_unnamed(analysis: Analysis, stream: TokenStream, match: PhraseMatch[str]) -> bool:
    """Whether "the new X" (الكيان الجديد) points to an unnamed group the text brought
    in before it as "a new X" (كيان جديد), not to the main group."""
    keys = stream.keys
    words = keys[match.first : match.last + 1]
    if not NEW & set(words):
        return False
    if words[0] == "the":
        words = words[1:]
    n = len(words)
    for i in range(match.first - n + 1):
        if keys[i : i + n] != words:
            continue
        article = analysis.text.tokens[i].prefixes.endswith("ال")
        if (i > 0 and keys[i - 1] in ("a", "an")) or (is_arabic_key(words[0]) and not article):
            return True
    return False


def is_arabic_key(key: str) -> bool:
    return bool(key) and "\u0600" <= key[0] <= "\u06ff"


def definite(analysis: Analysis, stream: TokenStream, first: int) -> bool:
    """Whether the word at token ``first`` carries the article (اللواء, "the brigade"):
    a bare لواء opens a name instead."""
    return stream.keys[first] == "the" or analysis.text.tokens[first].prefixes.endswith("ال")


def find_dropped_subjects(
    analysis: Analysis, stream: TokenStream, cues: Sequence[PhraseMatch[str]], main: Located
) -> tuple[Located, ...]:
    """A stand-in of the main group on a copula that opens a sentence without naming
    its subject (يعتبر من أبرز الفصائل …, "it is one of the most prominent factions"),
    and on "It" opening a sentence right after one that names the main group."""
    sentences = list(analysis.sentences())
    openings = {analysis.tokens_in(s.span)[:1].start for s in sentences}
    after_main = {
        analysis.tokens_in(s.span)[:1].start
        for previous, s in pairwise(sentences)
        if any(m.entity == main.entity for m in analysis.mentions_in(previous.span))
    }
    found: list[Located] = []
    for match in cues:
        if match.first not in openings:
            continue
        pronoun = PRONOUN in match.values and match.first in after_main
        if DROPPED not in match.values and not pronoun:
            continue
        span = stream.span(match.first, match.first)
        if before(span, main):
            continue
        mention = replace(main.mention, span=span, surface=analysis.words(span), source="cue")
        found.append(Located(mention, main.entity))
    return tuple(found)


def find_entry_subjects(
    analysis: Analysis, stream: TokenStream, resources: EventResources, main: Located
) -> tuple[Located, ...]:
    """A stand-in of the main group on an event word that opens a timeline entry with no
    subject ("* August 2014 - Joins the coalition …"): a chronology's entries are about
    the group it follows."""
    if not any(entry_text(analysis, time.span.end) is not None for time in analysis.times):
        return ()  # no timeline entry: spare the trigger pass
    starts = {token.span.start: index for index, token in enumerate(analysis.text.tokens)}
    found: list[Located] = []
    for match in resources.triggers.find_all(stream):
        span = stream.span(match.first, match.first)
        if before(span, main) or entry_text(analysis, span.start) != span.start:
            continue
        if starts.get(span.start) != match.first:
            continue
        mention = replace(main.mention, span=span, surface=analysis.words(span), source="cue")
        found.append(Located(mention, main.entity))
    return tuple(found)


def latest_headed(analysis: Analysis, stream: TokenStream, key: str, span: Span) -> Located | None:
    """The actor named last before ``span`` whose name has the group-type word ``key``
    (التجمع after تجمع العزة, "the brigade" after the Dawn Brigade), if any."""
    starts = [token.span.start for token in analysis.text.tokens]
    for located in reversed(analysis.mentions):
        mention = located.mention
        if mention.type != "actor" or mention.span.end > span.start:
            continue
        first = max(0, bisect_right(starts, mention.span.start) - 1)
        if key in stream.keys[first : bisect_left(starts, mention.span.end)]:
            return located
    return None


def head_words(analysis: Analysis, stream: TokenStream, entity: str) -> frozenset[str]:
    """The token keys of every name of ``entity`` in the text (its group-type word among them)."""
    starts = [token.span.start for token in analysis.text.tokens]
    keys: set[str] = set()
    for located in analysis.mentions:
        if located.entity == entity:
            span = located.mention.span
            first = max(0, bisect_right(starts, span.start) - 1)
            last = bisect_left(starts, span.end)
            keys.update(stream.keys[first:last])
    return frozenset(keys)


def before(span: Span, main: Located) -> bool:
    """Whether ``span`` comes before the main group is first named (nothing to point back to)."""
    return span.end <= main.mention.span.start
