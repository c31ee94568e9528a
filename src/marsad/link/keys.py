"""Name keys: where the Arabic and the romanised spellings of one name meet.

Two steps. :func:`normalise_name` folds the spelling noise of one script
(Arabic diacritics, tatweel, alef forms, ta marbuta, alef maqsura and the
article ال; Latin case, accents, ‘ayn and hamza marks and the articles al-,
el-, ash-, ad- ...). :func:`name_key` then maps both scripts onto one
consonant skeleton, word by word::

    كفر نبل         → kfr nbl        Kafr Nabl       → kfr nbl
    جيش العزة       → js z           Jaish al-Ezzah  → js z
    هيئة تحرير الشام → t tr sm        Hay'at Tahrir ash-Sham → t tr sm

Vowels, w, y, alef, hamza, ‘ayn and the h sounds (ح ه خ, h, kh) drop out;
ق ك غ and q k g gh become k; ز ذ ظ and z dh become z; ت ث ط ة and t th
become t; س ش ص and s sh become s; ض د and d become d. A word-final t
drops (ta marbuta is written -a, -ah, -at or -eh in Latin). Doubled
letters collapse as written, before vowels drop: أحرار (rr) and الحر (r)
stay apart. An acronym in capitals (HTS, SDF) keys as itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import groupby

from marsad.records import NameScript

ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
NOT_LETTER = re.compile(r"[\W\d_]")
WORD = re.compile(r"[^\W_]+")
MARKS = re.compile(r"['`\u2018\u2019\u02bb\u02bc\u02be\u02bf\u02b9\u00b4]")
ACRONYM = re.compile(r"[A-Z]{2,5}")
ABD_FORM = re.compile(r"abd[aeiou]l")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
ALEF_FOLDS = str.maketrans("أإآٱ", "اااا")
KEY_FOLDS = str.maketrans("ةى", "هي")

LATIN_ARTICLES = frozenset(
    ("al", "el", "il", "ul", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az",
     "ed", "en", "er", "es", "esh", "et", "ez", "the")
)  # fmt: skip
ARABIC_ARTICLE = "ال"

# Latin digraphs first, then single letters; "" drops the letter.
LATIN_DIGRAPHS = (("sh", "s"), ("th", "t"), ("dh", "z"), ("gh", "k"), ("kh", ""), ("ch", "s"))
LATIN_LETTERS = str.maketrans(
    {"q": "k", "g": "k", "c": "k", "x": "ks", "v": "f", "p": "b", "h": "", "a": "", "e": "",
     "i": "", "o": "", "u": "", "y": "", "w": ""}
)  # fmt: skip
ARABIC_LETTERS = str.maketrans(
    {"ا": "", "و": "", "ي": "", "ى": "", "ء": "", "ؤ": "", "ئ": "", "ع": "", "ح": "",
     "ه": "", "خ": "", "ب": "b", "پ": "b", "ت": "t", "ث": "t", "ط": "t", "ة": "t",
     "ج": "j", "د": "d", "ض": "d", "ذ": "z", "ز": "z", "ظ": "z", "ژ": "z", "ر": "r",
     "س": "s", "ش": "s", "ص": "s", "چ": "s", "غ": "k", "ق": "k", "ك": "k", "ک": "k",
     "گ": "k", "ف": "f", "ڤ": "f", "ل": "l", "م": "m", "ن": "n"}
)  # fmt: skip
COMPACT_MIN = 4
DOUBLED = re.compile(r"(.)\1")


def name_script(name: str) -> NameScript:
    """``arabic`` when ``name`` holds an Arabic letter, else ``latin``."""
    return "arabic" if ARABIC_LETTER.search(name) else "latin"


def clean_name(name: str) -> str:
    """``name`` without diacritics, tatweel, accents and ‘ayn/hamza marks.

    Alef forms are folded; ta marbuta and alef maqsura are kept (the
    skeleton needs them; :func:`normalise_name` folds them).
    """
    if name.isascii():
        return name.replace("'", "").replace("`", "")
    text = unicodedata.normalize("NFKC", name).translate(DIGITS)
    text = DIACRITICS.sub("", text).translate(ALEF_FOLDS)
    if not ARABIC_LETTER.search(text):
        text = strip_accents(text)
    return MARKS.sub("", text)


def strip_accents(text: str) -> str:
    """``text`` without combining marks (é → e, ā → a)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _is_arabic_word(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff" or ARABIC_LETTER.match(word) is not None


def _drop_article(word: str) -> str:
    if _is_arabic_word(word):
        if word.startswith(ARABIC_ARTICLE) and len(word) > 3:
            return word[2:]
        return word
    if 1 < len(word) < 6 and word.isupper() and ACRONYM.fullmatch(word):
        return "=" + word.lower()
    lowered = word.lower()
    return "" if lowered in LATIN_ARTICLES else lowered


@dataclass(frozen=True, slots=True)
class NameForms:
    """Everything the linker keys one written name by."""

    normal: str
    key: str
    match: str
    words: int
    script: NameScript


WordForms = tuple[str, tuple[str, ...]]  # (normal word, its skeletons)


def describe_name(name: str, cache: dict[str, WordForms] | None = None) -> NameForms:
    """The normal form, keys, key word count and script of ``name`` at once.

    ``cache`` keeps the forms of words already seen (names share words).
    """
    seen = {} if cache is None else cache
    normals: list[str] = []
    kept: list[str] = []
    tokens = WORD.findall(clean_name(name))
    for token in tokens:
        forms = seen.get(token)
        if forms is None:
            forms = seen[token] = _word_forms(_drop_article(token))
        if forms[0]:
            normals.append(forms[0])
            kept.extend(forms[1])
    if not normals:  # nothing but articles: keep them
        for token in tokens:
            normal, skeletons = _word_forms(token.lower())
            normals.append(normal)
            kept.extend(skeletons)
    key = " ".join(kept)
    compact = "".join(kept)
    match = compact if len(compact) >= COMPACT_MIN else key
    return NameForms(" ".join(normals), key, match, len(kept), name_script(name))


def _word_forms(word: str) -> WordForms:
    if not word:
        return "", ()
    skeletons = (_skeleton(part) for part in _key_words([word]))
    return word.translate(KEY_FOLDS).lstrip("="), tuple(part for part in skeletons if part)


def normalise_name(name: str) -> str:
    """The spelling-folded form of ``name``: what makes two spellings one name."""
    return describe_name(name).normal


def name_key(name: str) -> str:
    """The cross-script consonant key of ``name``, words joined by a space."""
    return describe_name(name).key


def compact_key(name: str) -> str:
    """:func:`name_key` without the spaces: كفرنبل and Kafr Nabl meet here."""
    return describe_name(name).key.replace(" ", "")


def match_key(name: str) -> str:
    """The key names are joined on: compact when it is long enough to tell.

    Short skeletons meet by accident once the spaces go (قسد and قوات الأسد
    are both ``ksd``), so below :data:`COMPACT_MIN` letters the spaced key
    is used.
    """
    return describe_name(name).match


def _key_words(words: list[str]) -> list[str]:
    """Split Latin ``abdel``/``abdul`` forms as the Arabic عبد ال... is split.

    Abdel Baset → abd baset; Abdullah → abd lah (عبد الله keeps the ل).
    """
    split: list[str] = []
    for word in words:
        if ABD_FORM.match(word):
            rest = word[len("abdel") :]
            split.append("abd")
            if rest:
                split.append("lah" if rest in ("ah", "lah") else rest)
        else:
            split.append(word)
    return split


def _skeleton(word: str) -> str:
    if word.startswith("="):
        return word
    if DOUBLED.search(word):
        word = "".join(letter for letter, _ in groupby(word))
    if _is_arabic_word(word):
        consonants = word.translate(ARABIC_LETTERS)
    else:
        if "h" in word:
            for digraph, sound in LATIN_DIGRAPHS:
                word = word.replace(digraph, sound)
        consonants = word.translate(LATIN_LETTERS)
    if len(consonants) > 1 and consonants.endswith("t"):
        consonants = consonants[:-1]
    return consonants


def count_letters(name: str) -> int:
    """How many letters ``name`` has (digits, spaces and marks not counted)."""
    return len(NOT_LETTER.sub("", name))
