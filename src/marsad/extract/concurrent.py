"""Events told as happening with one told before: بالتزامن مع الاشتباكات.

A definite event noun after a ``concurrent`` cue (بالتزامن مع, في ظل) whose word
the text used before points back to that event: it is no event of its own, and
the events of its sentence took place when that one did.
"""

from __future__ import annotations

from marsad.extract.event_index import EventIndex
from marsad.records import Sentence


def told_before(index: EventIndex, token: int) -> bool:
    """Whether the trigger word at ``token`` carries the article and the text used the
    same word before it: الاشتباكات after اشتباكات told earlier points back to them."""
    tokens, keys = index.analysis.text.tokens, index.analysis.stream.keys
    return tokens[token].prefixes.endswith("ال") and keys[token] in keys[:token]


def concurrent_with(index: EventIndex, sentences: list[Sentence], number: int) -> int:
    """The earlier sentence that told the event sentence ``number`` says it happened
    with (بالتزامن مع الاشتباكات: the one that told of اشتباكات), else ``number``."""
    lo, hi = index.tokens_in(sentences[number].span)
    cue = index.cue_in("concurrent", lo, hi)
    if cue is None or cue.last + 1 >= hi or not told_before(index, cue.last + 1):
        return number
    key = index.analysis.stream.keys[cue.last + 1]
    for back in range(number - 1, -1, -1):
        first, last = index.tokens_in(sentences[back].span)
        if key in index.analysis.stream.keys[first:last]:
            return back
    return number
