"""Why a document scored as it did: matched pairs, misses and false hits.

Each fact is rendered as one short line, entity ids replaced by the
entity's canonical name (or first name):

- entity: ``actor: Jaysh al-Izza (جيش العزة)``
- relation: ``leader_of: Jamil al-Saleh → Jaysh al-Izza``
- event: ``Battles (repelled_advance) 2019-06 at Tell Malah; by Jaysh al-Izza``
- claim: ``fatalities of Syrian Arab Army: ≥100 (as of 2019-06-20)``
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from marsad.eval.matching import SectionAlignment, align_document
from marsad.eval.rules import SECTIONS, view_document

_MAX_NAMES = 2
_MAX_REPR = 80


@dataclass(frozen=True, slots=True)
class SectionExplanation:
    """One section: (gold, predicted) matched pairs, misses, false hits."""

    matched: tuple[tuple[str, str], ...]
    misses: tuple[str, ...]
    false_hits: tuple[str, ...]

    def render(self, name: str) -> list[str]:
        """Lines: a count header, then ``=`` pairs, ``-`` misses, ``+`` false hits."""
        head = (
            f"{name}: {len(self.matched)} matched, {len(self.misses)} missed, "
            f"{len(self.false_hits)} false"
        )
        lines = [head]
        lines += [f"  = {gold}  ≡  {predicted}" for gold, predicted in self.matched]
        lines += [f"  - {fact}" for fact in self.misses]
        lines += [f"  + {fact}" for fact in self.false_hits]
        return lines


@dataclass(frozen=True, slots=True)
class Explanation:
    """The per-section explanation of one document."""

    entities: SectionExplanation
    relations: SectionExplanation
    events: SectionExplanation
    claims: SectionExplanation

    def section(self, name: str) -> SectionExplanation:
        """The explanation of section ``name`` (one of ``SECTIONS``)."""
        if name not in SECTIONS:
            raise ValueError(f"unknown section {name!r}; expected one of {', '.join(SECTIONS)}")
        part: SectionExplanation = getattr(self, name)
        return part

    def render(self) -> str:
        """All sections as text, one fact per line."""
        return "\n".join(line for name in SECTIONS for line in self.section(name).render(name))


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _short(fact: object) -> str:
    text = repr(fact)
    return text if len(text) <= _MAX_REPR else text[: _MAX_REPR - 1] + "…"


def entity_labels(doc: Mapping[str, Any] | None) -> dict[str, str]:
    """Map entity ids to their canonical name, else first name, else the id."""
    entities = doc.get("entities") if isinstance(doc, Mapping) else None
    labels: dict[str, str] = {}
    for entity in entities if isinstance(entities, list) else []:
        if not isinstance(entity, Mapping) or not isinstance(entity.get("id"), str):
            continue
        names = entity.get("names")
        first = names[0] if isinstance(names, list) and names else None
        labels.setdefault(
            entity["id"], _text(entity.get("canonical")) or _text(first) or entity["id"]
        )
    return labels


def _label(ref: object, labels: Mapping[str, str]) -> str:
    if isinstance(ref, str):
        return labels.get(ref, ref)
    return "?" if ref is None else _short(ref)


def _labels(refs: object, labels: Mapping[str, str]) -> str:
    items = refs if isinstance(refs, list | tuple) else []
    return ", ".join(_label(ref, labels) for ref in items)


def describe_value(value: object) -> str:
    """``100``, ``≥100``, ``≤500``, ``~1500``, ``20–99``; else the raw value."""
    if not isinstance(value, Mapping):
        return _short(value)
    keys = set(value)
    if keys == {"min", "max"}:
        return f"{value['min']}–{value['max']}"
    for key, mark in (("exact", ""), ("min", "≥"), ("max", "≤"), ("approx", "~")):
        if key in keys:
            return f"{mark}{value[key]}"
    return _short(dict(value))


def _describe_entity(fact: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    canonical = _text(fact.get("canonical"))
    names = fact.get("names")
    written = [n for n in names if isinstance(n, str)] if isinstance(names, list) else []
    head = canonical or (written[0] if written else "?")
    others = [name for name in written if name != head][:_MAX_NAMES]
    rest = f" ({', '.join(others)})" if others else ""
    return f"{fact.get('type') or '?'}: {head}{rest}"


def _describe_relation(fact: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    subject, obj = _label(fact.get("subject"), labels), _label(fact.get("object"), labels)
    return f"{fact.get('type') or '?'}: {subject} → {obj}"


def _describe_event(fact: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    kind = f" ({fact['kind']})" if _text(fact.get("kind")) else ""
    text = f"{fact.get('event_type') or '?'}{kind} {fact.get('date') or 'undated'}"
    if places := _labels(fact.get("places"), labels):
        text += f" at {places}"
    if actors := _labels(fact.get("actors"), labels):
        text += f"; by {actors}"
    return text


def _describe_claim(fact: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    subject = _label(fact.get("subject"), labels)
    text = f"{fact.get('property') or '?'} of {subject}: {describe_value(fact.get('value'))}"
    return text + (f" (as of {fact['as_of']})" if _text(fact.get("as_of")) else "")


def describe_fact(section: str, fact: object, labels: Mapping[str, str]) -> str:
    """One line for ``fact`` of ``section``; ids become ``labels``."""
    if not isinstance(fact, Mapping):
        return _short(fact)
    describe = {
        "entities": _describe_entity,
        "relations": _describe_relation,
        "events": _describe_event,
        "claims": _describe_claim,
    }[section]
    return describe(fact, labels)


def _explain_section(
    section: str,
    alignment: SectionAlignment,
    gold: tuple[Sequence[object], Mapping[str, str]],
    predicted: tuple[Sequence[object], Mapping[str, str]],
) -> SectionExplanation:
    (gold_facts, gold_labels), (facts, labels) = gold, predicted
    return SectionExplanation(
        matched=tuple(
            (
                describe_fact(section, gold_facts[i], gold_labels),
                describe_fact(section, facts[j], labels),
            )
            for i, j in alignment.pairs
        ),
        misses=tuple(describe_fact(section, gold_facts[i], gold_labels) for i in alignment.misses),
        false_hits=tuple(describe_fact(section, facts[j], labels) for j in alignment.false_hits),
    )


def explain(gold_doc: Mapping[str, Any], predicted_doc: Mapping[str, Any] | None) -> Explanation:
    """Explain how ``predicted_doc`` scores against ``gold_doc``.

    The alignment is the one :func:`~marsad.eval.scores.score` counts.
    """
    gold, predicted = view_document(gold_doc), view_document(predicted_doc)
    alignment = align_document(gold, predicted)
    gold_labels, labels = entity_labels(gold_doc), entity_labels(predicted_doc)
    parts = {
        name: _explain_section(
            name,
            alignment[name],
            (gold.section(name), gold_labels),
            (predicted.section(name), labels),
        )
        for name in SECTIONS
    }
    return Explanation(
        entities=parts["entities"],
        relations=parts["relations"],
        events=parts["events"],
        claims=parts["claims"],
    )
