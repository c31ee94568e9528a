"""Bytes to text: byte-order marks, strict UTF-8, then charset-normalizer.

Arabic pages are often windows-1256 or ISO-8859-6. On short inputs
charset-normalizer may rank another code page first (cp874, cp1006, even
cp932 or big5), so both Arabic code pages are always tried strictly: a
reading that is mostly Arabic characters is taken, and of two such readings
the likelier by letter frequencies and the code page's prior.
"""

from __future__ import annotations

import codecs
import math
import re
from collections import Counter

from charset_normalizer import from_bytes

from marsad.errors import BinaryFileError, DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Code pages charset-normalizer may name for Arabic-script bytes.
_ARABIC_HINTS = frozenset({"cp1256", "iso8859_6", "cp864", "cp720", "mac_arabic", "cp1006"})
# The Arabic code pages we decode with and the log of their prior odds:
# windows-1256 is far more common than ISO-8859-6 (it wins when the two
# readings are about as likely, as on a couple of ambiguous words).
_ARABIC_PAGES = {"cp1256": 0.0, "iso8859_6": math.log(0.1)}
# Share of non-ASCII characters that must be Arabic for an Arabic reading to
# be taken: lower when charset-normalizer itself listed an Arabic code page.
# (Cyrillic, Greek or Hebrew read as windows-1256 come out about half Latin.)
_HINTED_SHARE = 0.5
_UNHINTED_SHARE = 0.8
_SAMPLE_BYTES = 65_536
# Arabic news text averages about log(0.04) per letter; a reading whose
# characters average below log(0.02) is not Arabic.
_MIN_MEAN_LOG_FREQUENCY = math.log(0.02)
# At most this share of the non-ASCII words may also hold Latin letters.
_MAX_MIXED_SHARE = 0.2
_WORD = re.compile(r"\w+")
# Rough frequencies of Arabic letters in news text, used to tell two Arabic
# readings of the same bytes apart.
_LETTER_FREQUENCY = {
    "ا": 0.125, "ل": 0.11, "ي": 0.065, "م": 0.06, "و": 0.058, "ن": 0.055,
    "ر": 0.045, "ت": 0.045, "ب": 0.04, "ع": 0.035, "ه": 0.03, "ة": 0.03,
    "د": 0.028, "ف": 0.027, "س": 0.026, "ق": 0.023, "ك": 0.022, "ح": 0.02,
    "أ": 0.02, "ج": 0.015, "إ": 0.01, "ش": 0.01, "ص": 0.01, "ى": 0.01,
    "ط": 0.009, "خ": 0.008, "ض": 0.007, "ز": 0.006, "ث": 0.006, "غ": 0.004,
    "ذ": 0.004, "ئ": 0.004, "ء": 0.003, "ظ": 0.002, "ؤ": 0.001, "آ": 0.001,
}  # fmt: skip
_ARABIC_OTHER = 0.003
_FOREIGN = 0.0002
# More control characters than this share means the bytes are not text.
_MAX_CONTROL_SHARE = 0.01
# C0 and C1 controls other than tab, line breaks, form feed and DOS end-of-file.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode ``data``; return the text (without BOM) and the encoding used.

    Raises :class:`BinaryFileError` for bytes that are not text and
    :class:`DecodeError` when a byte-order mark promises an encoding the
    bytes do not follow.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_bom(data[len(bom) :], encoding, path)
    if b"\x00" in data:
        return _decode_nul_bytes(data, path)
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(data, path)


def _decode_bom(data: bytes, encoding: str, path: str) -> tuple[str, str]:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            path,
            f"starts with a {encoding} byte-order mark but is not valid {encoding} "
            f"(byte {exc.start}); re-save it in one encoding",
        ) from exc
    name = "utf-8-sig" if encoding == "utf-8" else encoding
    return _checked(text, path), name


def _decode_nul_bytes(data: bytes, path: str) -> tuple[str, str]:
    """NUL bytes: UTF-16 without a BOM if they all sit on one parity, else binary."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if len(data) % 2 == 0 and (even == 0) != (odd == 0):
        encoding = "utf-16-le" if even == 0 else "utf-16-be"
        try:
            return _checked(data.decode(encoding), path), encoding
        except UnicodeDecodeError:
            pass
    raise BinaryFileError(path, "holds NUL bytes, so it is binary data, not text; skip it")


def _detect(data: bytes, path: str) -> tuple[str, str]:
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise BinaryFileError(path, "no character set reads it as text; it looks like binary data")
    hinted = any(match.encoding in _ARABIC_HINTS for match in matches)
    arabic = arabic_reading(data, _HINTED_SHARE if hinted else _UNHINTED_SHARE)
    if arabic is not None:
        return _checked(arabic[0], path), arabic[1]
    return _checked(str(best), path), codecs.lookup(best.encoding).name


def arabic_reading(data: bytes, min_share: float) -> tuple[str, str] | None:
    """The likeliest strict decoding by an Arabic code page, if it looks Arabic.

    A reading counts when at least ``min_share`` of its non-ASCII characters
    are Arabic; among those the one with the highest log-likelihood (prior of
    the code page plus letter frequencies, measured on a sample) wins.
    """
    sample = data[:_SAMPLE_BYTES]
    scored: list[tuple[float, str]] = []
    for page, prior in _ARABIC_PAGES.items():
        try:
            text = sample.decode(page)
        except UnicodeDecodeError:
            continue
        if arabic_share_of_non_ascii(text) >= min_share and _plausible(text):
            scored.append((prior + log_likelihood(text), page))
    for _, page in sorted(scored, reverse=True):
        try:
            return data.decode(page), codecs.lookup(page).name
        except UnicodeDecodeError:
            continue
    return None


def _plausible(text: str) -> bool:
    """Letters as frequent as Arabic's, and Arabic not glued to Latin letters.

    Rules out Latin text with accents read as ISO-8859-6 (``prىsident``) and
    short Cyrillic words read as Arabic letters with stray diacritics.
    """
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F)
    if not non_ascii or log_likelihood(text) / non_ascii < _MIN_MEAN_LOG_FREQUENCY:
        return False
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    mixed = sum(1 for w in words if any(ch.isascii() and ch.isalpha() for ch in w))
    return mixed <= _MAX_MIXED_SHARE * len(words)


def arabic_share_of_non_ascii(text: str) -> float:
    """Share of the non-ASCII characters that are in the Arabic block."""
    counts = Counter(ch for ch in text if ord(ch) > 0x7F)
    total = sum(counts.values())
    if not total:
        return 0.0
    return sum(n for ch, n in counts.items() if "\u0600" <= ch <= "\u06ff") / total


def log_likelihood(text: str) -> float:
    """Sum of the log frequencies of the non-ASCII characters of ``text``.

    Arabic letters use their frequency in news text; other Arabic characters
    (diacritics, punctuation) are rare; anything else (accented Latin, C1
    controls) rarer still. ASCII is the same in every reading and is skipped.
    """
    counts = Counter(ch for ch in text if ord(ch) > 0x7F)
    return sum(n * math.log(_frequency(ch)) for ch, n in counts.items())


def _frequency(ch: str) -> float:
    if ch in _LETTER_FREQUENCY:
        return _LETTER_FREQUENCY[ch]
    return _ARABIC_OTHER if "\u0600" <= ch <= "\u06ff" else _FOREIGN


def _checked(text: str, path: str) -> str:
    """Refuse decoded text that is mostly control characters (binary data)."""
    if not text:
        return text
    controls = len(_CONTROLS.findall(text))
    if controls / len(text) > _MAX_CONTROL_SHARE:
        raise BinaryFileError(path, "is mostly control characters, so binary data, not text")
    return text
