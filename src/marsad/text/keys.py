"""Search keys: one string per sentence, and the same folding for a query.

A key is the ``Token.key`` of each token — the folded stem, clitics
dropped, Latin lower-cased — joined by single spaces. Because a word's
clitic reading does not depend on its document, a query and a sentence that
contain the same word produce the same key for it.
"""

from __future__ import annotations

from bisect import bisect_left

from marsad.records import Text
from marsad.text.normalisation import normalise_text
from marsad.text.resources import TextResources


def sentence_keys(text: Text) -> tuple[str, ...]:
    """Return one key string per sentence of ``text``, in sentence order."""
    starts = [token.span.start for token in text.tokens]
    keys: list[str] = []
    for sentence in text.sentences:
        i = bisect_left(starts, sentence.span.start)
        words: list[str] = []
        while i < len(starts) and text.tokens[i].span.end <= sentence.span.end:
            words.append(text.tokens[i].key)
            i += 1
        keys.append(" ".join(words))
    return tuple(keys)


def query_keys(query: str, resources: TextResources) -> tuple[str, ...]:
    """Return the stem keys of a user's search ``query``, in order."""
    return tuple(token.key for token in normalise_text(query, (), resources).tokens)
