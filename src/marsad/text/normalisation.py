"""The text stage: ``Document.original`` → :class:`marsad.records.Text`.

The steps, each a pure function with its own module:

1. :mod:`~marsad.text.repair` finds words broken on purpose in the original
   and the gap characters a join deletes;
2. :mod:`~marsad.text.offsets` makes the normalised text in one character
   pass (marks and tatweel out, digits ASCII, the gaps out) with its map;
3. :mod:`~marsad.text.arabic` folds it into the key (same length);
4. :mod:`~marsad.text.sentences` splits sentences and marks boilerplate;
5. :mod:`~marsad.text.tokens` finds tokens and their clitics.
"""

from __future__ import annotations

import hashlib

from marsad.records import OffsetMap, Repair, Span, Text
from marsad.text.arabic import fold_key
from marsad.text.offsets import map_characters, to_normalised
from marsad.text.repair import Breakage, find_breakages
from marsad.text.resources import TextResources
from marsad.text.sentences import mark_boilerplate, split_sentences
from marsad.text.tokens import find_tokens


def normalise_text(original: str, boilerplate: tuple[Span, ...], resources: TextResources) -> Text:
    """Return the normalised :class:`Text` of ``original``.

    ``boilerplate`` are spans of ``original`` (whole lines) that ingest marked
    as web boilerplate; sentences inside them are marked too.
    """
    breakages = find_breakages(original, resources)
    deletions = [span for b in breakages for span in b.deleted]
    normalised, offsets = map_characters(original, deletions)
    key = fold_key(normalised)
    spans = split_sentences(normalised)
    return Text(
        original=original,
        normalised=normalised,
        key=key,
        offsets=offsets,
        sentences=mark_boilerplate(spans, offsets, boilerplate),
        tokens=find_tokens(normalised, key, resources),
        repairs=tuple(make_repair(b, normalised, offsets) for b in breakages),
        content_hash=hash_content(key),
    )


def make_repair(breakage: Breakage, normalised: str, offsets: OffsetMap) -> Repair:
    """Return the :class:`Repair` of ``breakage``; ``repaired`` reads as normalised."""
    span = to_normalised(offsets, breakage.span)
    return Repair(breakage.span, normalised[span.start : span.end], "; ".join(breakage.reasons))


def hash_content(key: str) -> str:
    """Return the sha256 hex digest of ``key`` with whitespace runs made one space."""
    return hashlib.sha256(" ".join(key.split()).encode("utf-8")).hexdigest()
