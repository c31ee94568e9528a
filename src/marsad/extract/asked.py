"""Relations an interview's question asks for and its answer names.

An interviewer asks "Who are your allies?", "And your enemies?" or ومن
عدوكم الأول؟ and the answer lists groups: "The regime and Iran's militias,
the PKK under all its names, and the Daesh cells". The question holds the
relation (rows of kind ``asked`` in ``relation_cues.tsv``), the answer only
the names. Each group named in the answer's first sentence that names any holds that
relation with the interviewee's group, the document's main group, at a
confidence low enough that it never overrides what events imply. A question
that names a group itself ("Is the division backed by Turkey?") asks about
that group and is left to the cues of its answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from marsad.extract.context import Analysis, Located
from marsad.extract.first_person import QUESTION, answer_spans
from marsad.extract.matcher import PhraseMatch
from marsad.extract.relation_resources import Cue
from marsad.records import Relation, Sentence, Span

CONFIDENCE = 0.45
"""Under the 0.5 from which a relation counts as stated for the relations events imply."""


def find_asked_relations(analysis: Analysis, matches: Sequence[PhraseMatch[Cue]]) -> list[Relation]:
    """The relations each interview question asks for, with the groups its answer names."""
    main = analysis.main_actor
    text = analysis.text.normalised
    answers = answer_spans(text) if main is not None else []
    if main is None or not answers:
        return []
    questions = [Span(m.start(), m.end()) for m in QUESTION.finditer(text)]
    found: list[Relation] = []
    for number, question in enumerate(questions):
        cue = asked_cue(analysis, question, matches)
        if cue is None or names_other(analysis.mentions_in(question), main):
            continue
        following = questions[number + 1].start if number + 1 < len(questions) else len(text)
        answer = next((a for a in answers if question.end <= a.start < following), None)
        if answer is not None:
            found.extend(answered_relations(analysis, cue, answer, main))
    return found


def answered_relations(analysis: Analysis, cue: Cue, answer: Span, main: str) -> list[Relation]:
    """The asked relation with each group of the answer's first sentence that names any
    ("We hide nothing. Salaries and arms come from Turkey": Turkey)."""
    for sentence in analysis.sentences():
        if sentence.span.end <= answer.start or sentence.span.start >= answer.end:
            continue
        inside = Span(max(answer.start, sentence.span.start), min(answer.end, sentence.span.end))
        groups = named_groups(analysis, inside, main)
        if groups:
            return list(asked_relations(analysis, cue, groups, sentence))
    return []


def add_asked_relations(
    analysis: Analysis, matches: Sequence[PhraseMatch[Cue]], found: list[Relation]
) -> list[Relation]:
    """``found`` and the relations interview questions ask for between groups that no
    relation of ``found`` links yet."""
    related = {frozenset((r.subject, r.object)) for r in found}
    asked = find_asked_relations(analysis, matches)
    return found + [r for r in asked if frozenset((r.subject, r.object)) not in related]


def asked_cue(
    analysis: Analysis, question: Span, matches: Sequence[PhraseMatch[Cue]]
) -> Cue | None:
    """The first ``asked`` cue written in ``question``, if any."""
    for match in matches:
        span = analysis.stream.span(match.first, match.last)
        if question.start <= span.start and span.end <= question.end:
            for cue in match.values:
                if cue.kind == "asked":
                    return cue
    return None


def names_other(mentions: Iterable[Located], main: str) -> bool:
    """Whether a group other than the interviewee's is named (not stood in for)."""
    return any(
        m.mention.type == "actor" and m.entity != main and m.mention.source != "cue"
        for m in mentions
    )


def named_groups(analysis: Analysis, span: Span, main: str) -> list[Located]:
    """The groups named in ``span``, once each, other than the interviewee's."""
    seen: set[str] = set()
    found: list[Located] = []
    for located in analysis.mentions_in(span):
        mention = located.mention
        if mention.type != "actor" or mention.source == "cue" or located.entity in seen:
            continue
        if located.entity != main:
            seen.add(located.entity)
            found.append(located)
    return found


def asked_relations(
    analysis: Analysis, cue: Cue, answered: Iterable[Located], sentence: Sentence
) -> Iterable[Relation]:
    """The asked relation between the interviewee's group and each group answered."""
    main = analysis.main_actor or ""
    for located in answered:
        yield Relation(
            type=cue.relation,
            subject=main,
            object=located.entity,
            evidence=analysis.evidence(located.mention.span, sentence.span),
            confidence=CONFIDENCE,
            reason=f"asked in an interview question ({cue.source})",
        )
