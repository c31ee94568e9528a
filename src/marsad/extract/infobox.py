"""Relations from an encyclopedia infobox as it appears in scraped text.

A label line ("Allies", "Part of", "Leaders", الحلفاء, القادة…, possibly glued
to its first value: "LeadersMaj. Jamil al-Saleh") opens a block; the lines
after it, up to the next label line or a line of prose, hold its values. A
label and a colon opening a line of prose ("Allies: X, Y and the other
factions. …", a profile's style) label that line alone. Inside a block, a
line of prose whose first few words hold a name and end in a colon is an
entry ("Col. X (August 2015 – June 2017): Founder and first commander."): its
head is a value, and the rest of its line gives the role and is no value.
Labels are rows of kind ``label`` in ``relation_cues.tsv``. Each actor,
person or place mention in a block is linked to the article's subject (the
first actor of the first lines, else the most mentioned actor) by the
label's relation. A date after a value (in its parentheses) dates the
relation: "until October 2019" ends it, a bare "(2015)" or a range bounds it.
For leaders, a role word on the line (spokesman, deputy commander) gives the
role, and a role of ``member_of`` kind makes the relation ``member_of``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from marsad.extract.context import Analysis, Located
from marsad.extract.relation_resources import SLOT_TYPES, Label, RelationResources
from marsad.records import Relation, Span

PROSE_CHARS = 200
"""A longer line is prose: it closes an infobox block."""
LABEL_CHARS = 40
"""How far into a line of prose the colon of a "Label: …" may stand."""
ENTRY_CHARS = 80
"""How far into an entry line of a block its colon may stand."""
ENTRY_WORDS = 10
"""The most words the head of an entry line holds before its colon."""
_HEAD_LINES = 3
_WORDS = 5
_BLOCK_LINES = 15
_BULLETS = " \t•*·-–"
_END_WORDS = ("until", "till", "حتى", "لغاية")
_START_WORDS = ("since", "from", "منذ")
_OPEN = ("present", "today", "now", "الآن", "الان", "اليوم", "حتى الآن", "حتى الان")
"""Words after a start date that leave the period open ("2017 – present")."""


@dataclass(frozen=True, slots=True)
class Block:
    """An infobox label and the span of its values."""

    label: Label
    values: Span


def find_infobox_relations(analysis: Analysis, resources: RelationResources) -> list[Relation]:
    """Relations between the article's subject and the values of its infobox."""
    if not resources.labels:
        return []
    subject = article_subject(analysis)
    if subject is None:
        return []
    found: list[Relation] = []
    for block in find_blocks(analysis, resources):
        if block.label.relation is not None:
            found.extend(block_relations(analysis, resources, block, subject))
    return found


def text_lines(key: str) -> Iterator[Span]:
    """The spans of the lines of ``key``, without their line breaks."""
    start = 0
    for line in key.split("\n"):
        yield Span(start, start + len(line))
        start += len(line) + 1


def label_at(analysis: Analysis, line: Span, resources: RelationResources) -> Span | None:
    """The span of the label opening ``line`` if it is a label line, else None."""
    key = analysis.text.key[line.start : line.end]
    stripped = key.lstrip(_BULLETS)
    if not stripped:
        return None
    prose = is_prose(stripped)
    if prose and ":" not in stripped[:LABEL_CHARS]:
        return None  # prose is a label line only as "Label: …"
    begin = line.start + len(key) - len(stripped)
    for label_key, _ in resources.labels:
        end = begin + len(label_key)
        after = analysis.text.normalised[end : end + 1]
        if stripped.startswith(label_key) and not after.islower() and (not prose or after == ":"):
            return Span(begin, end)
    return None


def is_prose(line: str) -> bool:
    """Whether a line reads as prose: long, or a sentence of several words ending in a stop."""
    line = line.rstrip()
    return len(line) > PROSE_CHARS or (line.endswith((".", "۔")) and len(line.split()) >= _WORDS)


def find_blocks(analysis: Analysis, resources: RelationResources) -> list[Block]:
    """Every label line with the span of the values that follow it (labels without a
    relation, such as Size, included). An entry line in a block ("Col. X (2015 – 2017):
    Founder and commander.") adds its head alone and keeps the block open."""
    labels = dict(resources.labels)
    blocks: list[Block] = []
    current: tuple[Label, int, int, int] | None = None  # label, start, end, lines
    for line in text_lines(analysis.text.key):
        opened = label_at(analysis, line, resources)
        prose = is_prose(analysis.text.key[line.start : line.end])
        head = entry_head(analysis, line) if current and prose and opened is None else None
        if current is not None and head is not None and current[3] < _BLOCK_LINES:
            label = current[0]
            blocks.extend((Block(label, Span(current[1], current[2])), Block(label, head)))
            current = (current[0], line.end, line.end, current[3] + 1)
            continue
        if current is not None and (opened is not None or prose or current[3] >= _BLOCK_LINES):
            blocks.append(Block(current[0], Span(current[1], current[2])))
            current = None
        if opened is not None:
            label = labels[analysis.text.key[opened.start : opened.end]]
            current = (label, opened.end, line.end, 1)
            if is_prose(analysis.text.key[line.start : line.end]):
                # "Allies: X, Y and the other factions. …": its own line only
                blocks.append(Block(label, Span(opened.end, line.end)))
                current = None
        elif current is not None:
            current = (current[0], current[1], line.end, current[3] + 1)
    if current is not None:
        blocks.append(Block(current[0], Span(current[1], current[2])))
    return blocks


def entry_head(analysis: Analysis, line: Span) -> Span | None:
    """The head of an entry line of a profile's section: a few words with a name
    before a colon ("Maj. X (June 2017 – present): Commander-in-chief; …")."""
    key = analysis.text.key[line.start : line.end]
    colon = key.find(":", 0, ENTRY_CHARS)
    if colon < 0 or len(key[:colon].split()) > ENTRY_WORDS:
        return None
    head = Span(line.start, line.start + colon)
    return head if analysis.mentions_in(head) else None


def article_subject(analysis: Analysis) -> Located | None:
    """The actor the article is about: first actor of its first lines, else the most named."""
    actors = [m for m in analysis.mentions if m.mention.type == "actor"]
    if not actors:
        return None
    head = [line for line in text_lines(analysis.text.key) if line.end > line.start]
    if head:
        limit = head[min(_HEAD_LINES, len(head)) - 1].end
        if actors[0].mention.span.start < limit:
            return actors[0]
    counts = Counter(m.entity for m in actors)
    best = counts.most_common(1)[0][0]
    return next(m for m in actors if m.entity == best)


def block_relations(
    analysis: Analysis, resources: RelationResources, block: Block, subject: Located
) -> Iterator[Relation]:
    """One relation per fitting mention in the values of ``block``."""
    relation = block.label.relation
    assert relation is not None
    subject_types, object_types = SLOT_TYPES[relation]
    backwards = block.label.reversed or subject.mention.type not in subject_types
    value_types = subject_types if backwards else object_types
    values = [m for m in analysis.mentions_in(block.values) if m.mention.type in value_types]
    for index, value in enumerate(values):
        if value.entity == subject.entity:
            continue
        following = values[index + 1].mention.span.start if index + 1 < len(values) else None
        tail = value_tail(analysis, value, following)
        kind, role = relation, None
        if relation in ("leader_of", "member_of"):
            role = role_on_line(analysis, resources, tail) or value.mention.role
            kind = resources.roles.get(role.lower(), relation) if role else relation
        start, end = tail_dates(analysis, tail)
        first, second = (value, subject) if backwards else (subject, value)
        yield Relation(
            type=kind,
            subject=first.entity,
            object=second.entity,
            evidence=analysis.evidence(value.mention.span, sentence_of(analysis, value)),
            role=role,
            start=start,
            end=end,
            confidence=0.8,
            reason=f"infobox {block.label.text.split('|')[0]!r} ({block.label.source})",
        )


def value_tail(analysis: Analysis, value: Located, following: int | None) -> Span:
    """From a value mention to the end of its line or the next value."""
    start = value.mention.span.start
    line_end = analysis.text.key.find("\n", start)
    end = len(analysis.text.key) if line_end < 0 else line_end
    if following is not None:
        end = min(end, following)
    return Span(start, max(end, value.mention.span.end))


def role_on_line(analysis: Analysis, resources: RelationResources, tail: Span) -> str | None:
    """The longest role label written after a leader's name on its line."""
    words = analysis.text.key[tail.start : tail.end].lower()
    found = [role for role in resources.roles if role in words]
    return max(found, key=len) if found else None


def tail_dates(analysis: Analysis, tail: Span) -> tuple[str | None, str | None]:
    """Start and end from the time after a value: "until X" ends, "since X" or "X –
    present" starts, a bare one bounds."""
    times = analysis.times_in(tail)
    if not times:
        return None, None
    time = times[0]
    before = analysis.text.key[tail.start : time.span.start].lower().rstrip(" ,(")
    if before.endswith(_END_WORDS) or time.qualifier == "until":
        return None, time.end or time.value
    after = analysis.text.key[time.span.end : tail.end].lstrip(" \t-–—").lower()
    if before.endswith(_START_WORDS) or time.qualifier == "since" or after.startswith(_OPEN):
        return time.value, None  # "(June 2017 – present)": still in office
    return time.value, time.end or time.value


def sentence_of(analysis: Analysis, located: Located) -> Span:
    """The sentence holding a mention (its own span when no sentence does)."""
    span = located.mention.span
    for sentence in analysis.text.sentences:
        if sentence.span.start <= span.start and span.end <= sentence.span.end:
            return sentence.span
    return span
