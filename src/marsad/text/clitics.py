"""Arabic clitics: which letters of a written word are proclitics or a pronoun.

A word is read as ``[conjunction][preposition][article] stem [pronoun]``:
conjunction ``و ف``, preposition ``ب ل ك``, article ``ال`` (``لل`` after
``ل``, whose alef is not written), pronoun ``ه ها هم هما هن كم كن نا ي``.
The reading is conservative; a word keeps its letters unless one of these
holds, and the stem always keeps at least :data:`MIN_STEM` letters:

* **lexicon**: a word listed in the lexicon is never split.
* **article chains** (``ال بال وال لل ولل فبال`` …): the stem after the
  article has three letters or more, the article form (``ال`` + stem) is
  not listed (``الذين``), and the word is not more likely a hamza-less
  spelling of a word beginning with ``أل``/``إل`` — that is, ``ألـ``/``إلـ``
  + stem is not more frequent than the bare stem (``المانيا`` stays whole).
  For ``لل`` the reading ``ل`` + ``ل…`` competes: ``لليبيا`` is ``ل + ليبيا``
  because ``ليبيا`` is more frequent than ``اليبيا``.
* **other chains** (``و ف ب ل ك وب ول`` …): peeling each letter leaves a
  known word that is more frequent than what it was peeled from
  (``لجيش`` → ``جيش``, ``وفيلق`` → ``فيلق``; but ``لبنان``, ``لجنة``,
  ``وزير`` stay whole because they are more frequent than ``بنان``, ``جنة``,
  ``زير``).
* **pronoun suffix**: never after the article. The stem without the
  pronoun is known and more frequent than with it (``حسابه`` → ``حساب``;
  ``قدرته`` stays whole, its stem would end in ``ت``). For ``ي`` — mostly
  the adjective ending, not "my" — the whole word must also be unknown. A
  final ``ه`` is often ``ة`` written without its dots, and the key folds
  the two together: it is read as the pronoun only when the stem is more
  frequent than the stem + ``ة`` (``قريه`` stays whole: ``قرية`` is the likelier
  reading; ``عمله`` → ``عمل``).

Frequencies are wordfreq's Zipf scores (see :mod:`marsad.text.resources`),
so the reading of a word does not depend on the document it is found in:
the same word gets the same key everywhere, queries included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from marsad.text.resources import TextResources

MIN_STEM: Final = 3
ARTICLE: Final = "ال"
CONJUNCTIONS: Final = ("و", "ف")
PREPOSITIONS: Final = ("ب", "ل", "ك")
SUFFIXES: Final = ("هما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ي")
HAMZA_ALEFS: Final = ("أ", "إ")
TEH_MARBUTA: Final = "ة"

_CONJ: Final = "".join(CONJUNCTIONS)
ARTICLE_CHAIN: Final = re.compile(f"[{_CONJ}]?(?:[بك]?{ARTICLE}|لل)")
PLAIN_CHAIN: Final = re.compile(f"[{_CONJ}]?[{''.join(PREPOSITIONS)}]?")


@dataclass(frozen=True, slots=True)
class Segmentation:
    """The proclitics and pronoun suffix of one word (either may be empty)."""

    prefixes: str = ""
    suffix: str = ""


def segment_word(word: str, resources: TextResources) -> Segmentation:
    """Return the clitics of the normalised Arabic ``word``."""
    if resources.listed(word):
        return Segmentation()
    prefixes = find_article_chain(word, resources)
    if prefixes:
        return Segmentation(prefixes)
    prefixes = find_plain_chain(word, resources)
    stem = word[len(prefixes) :]
    if len(stem) <= MIN_STEM or resources.listed(stem):
        return Segmentation(prefixes)
    return Segmentation(prefixes, find_suffix(stem, resources))


def find_article_chain(word: str, resources: TextResources) -> str:
    """Return the proclitic chain ending in the article if acceptable, or ''."""
    match = ARTICLE_CHAIN.match(word)
    if match is None:
        return ""
    chain = match.group()
    stem = word[len(chain) :]
    if len(stem) < MIN_STEM:
        return ""
    if chain.endswith("لل"):
        lam_reading = resources.zipf(word[len(chain) - 1 :])
        if lam_reading > resources.zipf(ARTICLE + stem):
            return ""
    return chain if takes_article(stem, resources) else ""


def takes_article(stem: str, resources: TextResources) -> bool:
    """Whether ``ال`` + ``stem`` reads as the article on ``stem``."""
    if resources.listed(ARTICLE + stem):
        return False
    bare = resources.zipf(stem)
    return all(resources.zipf(alef + "ل" + stem) <= bare for alef in HAMZA_ALEFS)


def find_plain_chain(word: str, resources: TextResources) -> str:
    """Return the longest proclitic chain (no article) each of whose letters is justified."""
    match = PLAIN_CHAIN.match(word)
    chain = match.group() if match else ""
    while chain:
        if len(word) - len(chain) >= MIN_STEM and all(
            peels(word[k:], resources) for k in range(len(chain))
        ):
            return chain
        chain = chain[:-1]
    return ""


def peels(word: str, resources: TextResources) -> bool:
    """Whether the first letter of ``word`` comes off as a proclitic."""
    rest = word[1:]
    if resources.listed(word):
        return False
    rest_score = resources.zipf(rest)
    return rest_score > 0.0 and rest_score > resources.zipf(word)


def find_suffix(stem: str, resources: TextResources) -> str:
    """Return the pronoun suffix of ``stem`` (a word without article), or ''."""
    whole = resources.zipf(stem)
    for suffix in SUFFIXES:
        core = stem[: -len(suffix)]
        if not stem.endswith(suffix) or len(core) < MIN_STEM:
            continue
        score = resources.zipf(core)
        if score <= whole or score == 0.0:
            continue
        if suffix == "ي" and whole > 0.0:
            continue
        if suffix == "ه" and resources.zipf(core + TEH_MARBUTA) > score:
            continue
        return suffix
    return ""
