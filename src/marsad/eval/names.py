"""Name normalisation for scoring (facts-format.md, "Scoring").

The spec's rule, applied in this order:

1. Unicode NFKC (Arabic presentation forms and full-width letters become
   ordinary letters).
2. Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef,
   Quranic marks) and tatweel removed, and invisible format characters
   (zero-width joiners, direction marks) with them.
3. Alef forms unified: أ إ آ ٱ → ا.
4. Ta marbuta and alef maqsura folded: ة → ه, ى → ي. Both letters only occur
   at the end of a word, so folding every occurrence is folding the final one.
5. Latin lower-cased (``str.casefold``).
6. The article dropped from the start of each word: ``al-`` and ``el-``
   (any hyphen or dash after them) and ``ال`` (when letters follow it). A
   standalone ``al``/``el`` word, ``the`` and clitic forms such as ``لل``
   are not articles for the scorer: the spec names only these three.
7. Punctuation dropped: apostrophes and ‘ayn/hamza marks are deleted
   (``Mu'tasim`` = ``Mutasim``); every other punctuation or symbol
   character separates words (``Kafr-Nabl`` = ``Kafr Nabl``).
8. Whitespace collapsed and trimmed.

Latin accents are kept (``Erdoğan`` ≠ ``Erdogan``): the spec does not fold
them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTER_FOLDS = str.maketrans(
    {
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0622": "\u0627",  # آ
        "\u0671": "\u0627",  # ٱ
        "\u0629": "\u0647",  # ة → ه
        "\u0649": "\u064a",  # ى → ي
    }
)
_APOSTROPHES = re.compile("['`´\u2018\u2019\u02bb\u02bc\u02be\u02bf\u02c8]")
_ARTICLE = re.compile(r"(?<!\w)(?:(?:al|el)[-\u2010-\u2015\u2212]|\u0627\u0644(?=\w))")
_BLANKS = re.compile(r"\s+")


def _is_separator(char: str) -> bool:
    """Punctuation, symbols and the like; also ``_``, which ``\\w`` admits."""
    return unicodedata.category(char)[0] in "PSZC" and not char.isspace()


def normalise_name(name: str) -> str:
    """Return the scoring key of ``name`` (see the module docstring).

    >>> normalise_name("جيشُ العِزّة") == normalise_name("جيش العزه")
    True
    >>> normalise_name("Jaysh al-Izza")
    'jaysh izza'
    """
    text = unicodedata.normalize("NFKC", name)
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    text = _ARABIC_MARKS.sub("", text)
    text = text.translate(_LETTER_FOLDS).casefold()
    text = _APOSTROPHES.sub("", text)
    text = _ARTICLE.sub("", text)
    text = "".join(" " if _is_separator(char) else char for char in text)
    return _BLANKS.sub(" ", text).strip()


def normalise_names(names: Iterable[object]) -> frozenset[str]:
    """Return the non-empty keys of the string items of ``names``."""
    keys = (normalise_name(name) for name in names if isinstance(name, str))
    return frozenset(key for key in keys if key)
