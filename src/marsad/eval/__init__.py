"""Score exported facts against gold (``spec/facts-format.md``, "Scoring").

    >>> gold = read_facts(Path("gold.jsonl"))            # doctest: +SKIP
    >>> report = score(gold, read_facts(Path("out.jsonl")))  # doctest: +SKIP
    >>> report.relations.f1                               # doctest: +SKIP

:func:`score` gives per-section micro-averaged precision, recall and F1 and
per-document counts; :func:`explain` lists, for one document, which facts
matched, which gold facts were missed and which predicted facts were false
hits. The matching rules and their interpretations are documented in
:mod:`marsad.eval.rules`, :mod:`marsad.eval.names`, :mod:`marsad.eval.dates`,
:mod:`marsad.eval.values` and :mod:`marsad.eval.matching`.
"""

from __future__ import annotations

from marsad.eval.explanation import Explanation, SectionExplanation, explain
from marsad.eval.facts import read_facts
from marsad.eval.names import normalise_name
from marsad.eval.rules import SECTIONS
from marsad.eval.scores import DocumentScore, Report, SectionScore, score
from marsad.eval.values import APPROX_TOLERANCE

__all__ = [
    "APPROX_TOLERANCE",
    "SECTIONS",
    "DocumentScore",
    "Explanation",
    "Report",
    "SectionExplanation",
    "SectionScore",
    "explain",
    "normalise_name",
    "read_facts",
    "score",
]
