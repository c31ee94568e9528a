"""What the place rules share: the cue records, the per-document indexes and the word tests.

:class:`PlaceDoc` indexes the matches of the gazetteer and cue automata by
their first and last token; the helpers below read the neighbourhood of a
token (a locative before it, the list item before or after it, the extent of
a name not in the gazetteer) and how common a name's words are. The rules
live in :mod:`marsad.extract.place_regions`,
:mod:`marsad.extract.place_descriptors` and
:mod:`marsad.extract.place_resolution`; :mod:`marsad.extract.places` runs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from wordfreq import zipf_frequency

from marsad.extract.gazetteer import ARTICLES, PlaceEntry
from marsad.extract.matcher import PhraseMatch, TokenStream
from marsad.records import MentionSource

RARE_ZIPF: Final = 3.0
"""Gazetteer names rarer than this (wordfreq Zipf) need no context."""
COMMON_ZIPF: Final = 4.3
"""Names at least this common need a descriptor, or a locative and a big place."""
WORD_ZIPF: Final = 5.0
"""Names at least this common are taken only after a descriptor."""
UNKNOWN_ZIPF: Final = 4.5
"""An unknown Arabic name after a descriptor must be rarer than this."""
LATIN_UNKNOWN_ZIPF: Final = 3.5
"""An unknown Latin name next to a descriptor must be rarer than this (in English)."""
CHAIN_ZIPF: Final = 2.5
"""An unknown word coordinated with a village must be rarer than this."""
SHORT_NAME: Final = 3
"""Names of at most this many letters need context."""
BIG_PLACE: Final = 50_000
"""A common-word name after a locative is taken when the place is this big."""
SMALL_PLACE: Final = 10_000
"""Entries of smaller places yield to the governorates a sentence names."""

CUE_KINDS: Final = frozenset(
    {
        "descriptor", "list", "descriptor_after", "named", "named_after", "name_part",
        "modifier", "locative", "direction", "direction_plural", "region", "region_plural",
        "region_after", "region_name", "conjunction", "name_prefix", "name_suffix",
        "direction_after",
    }
)  # fmt: skip
ADMIN_FEATURES: Final = frozenset({"governorate", "country"})
NOT_POPULATED: Final = frozenset({"governorate", "country", "district", "zone", "subdistrict"})
HARD_STOPS: Final = frozenset(".!?؟:;؛\n()[]")
NAME_STOPS: Final = HARD_STOPS | frozenset(",،")
"""A Latin place name does not run across a comma (Al-Bara, Kansafra and Fatterah)."""
_BRACKETED: Final = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
QUOTES: Final = frozenset("\"'“”«»‘’")
NOT_NAMES: Final = tuple(
    sorted(CUE_KINDS - {"name_prefix", "name_part", "name_suffix", "modifier", "named_after"})
)


@dataclass(frozen=True, slots=True)
class PlaceCue:
    """What a cue word of ``place_cues.tsv`` tells."""

    kind: str
    value: str
    feature: str


@dataclass(frozen=True, slots=True)
class FoundPlace:
    """A place found on tokens ``first``..``last`` before the entry is chosen."""

    first: int
    last: int
    entries: tuple[PlaceEntry, ...] = ()
    canonical: str = ""
    template: str = "{}"
    feature: str | None = None
    admin1: str | None = None
    prefer: str = ""
    source: MentionSource = "gazetteer"
    rank: int = 2


@dataclass
class PlaceDoc:
    """Per-document indexes of the two automata's matches."""

    stream: TokenStream
    places: dict[int, list[PhraseMatch[PlaceEntry]]] = field(default_factory=dict)
    place_ends: dict[int, list[PhraseMatch[PlaceEntry]]] = field(default_factory=dict)
    cues: dict[int, list[PhraseMatch[PlaceCue]]] = field(default_factory=dict)
    cue_ends: dict[int, list[PhraseMatch[PlaceCue]]] = field(default_factory=dict)

    def place_at(self, index: int) -> PhraseMatch[PlaceEntry] | None:
        found = self.places.get(index)
        return found[0] if found else None

    def place_ending(self, index: int) -> PhraseMatch[PlaceEntry] | None:
        found = self.place_ends.get(index)
        return found[0] if found else None

    def cue_at(self, index: int, *kinds: str) -> tuple[PhraseMatch[PlaceCue], PlaceCue] | None:
        for match in self.cues.get(index, ()):
            for cue in match.values:
                if cue.kind in kinds:
                    return match, cue
        return None

    def cue_ending(self, index: int, *kinds: str) -> tuple[PhraseMatch[PlaceCue], PlaceCue] | None:
        for match in self.cue_ends.get(index, ()):
            for cue in match.values:
                if cue.kind in kinds:
                    return match, cue
        return None

    def prefixes(self, index: int) -> str:
        tokens = self.stream.text.tokens
        return tokens[index].prefixes if 0 <= index < len(tokens) else ""

    def has_article(self, index: int) -> bool:
        return self.prefixes(index).endswith("ال")

    def gap(self, left: int, right: int) -> str:
        tokens = self.stream.text.tokens
        return self.stream.text.normalised[tokens[left].span.end : tokens[right].span.start]

    def joined(self, left: int, right: int, stops: frozenset[str] = HARD_STOPS) -> bool:
        """Tokens ``left`` and ``right`` are neighbours with no stop between them."""
        if left < 0 or right >= len(self.stream.keys):
            return False
        return not any(ch in stops for ch in self.gap(left, right))

    def tight(self, left: int, right: int) -> bool:
        """Tokens ``left`` and ``right`` are separated by nothing but spaces and quotes."""
        if left < 0 or right >= len(self.stream.keys):
            return False
        return all(ch.isspace() or ch in QUOTES for ch in self.gap(left, right))


# ------------------------------------------------------------------ context


def village_level(found: FoundPlace) -> bool:
    if found.feature in NOT_POPULATED or found.feature in ("countryside", "region"):
        return False
    return not any(entry.feature in NOT_POPULATED for entry in found.entries)


def locative_before(doc: PlaceDoc, start: int) -> bool:
    """A preposition, compass word or the proclitic ب stands right before ``start``."""
    if "ب" in doc.prefixes(start):
        return True
    cue = doc.cue_ending(start - 1, "locative", "direction", "descriptor")
    return cue is not None and doc.joined(start - 1, start)


def alone_on_line(doc: PlaceDoc, first: int, last: int) -> bool:
    """Whether tokens ``first``..``last`` are all the words of their line but for a
    parenthesis and footnote marks: a value of an infobox or a list ("الباب (2017 –
    2018)[4]"), which names the place it holds."""
    text = doc.stream.text
    tokens = text.tokens
    start, end = tokens[first].span.start, tokens[last].span.end
    written = text.normalised
    line_start = written.rfind("\n", 0, start) + 1
    line_end = written.find("\n", end)
    rest = written[line_start:start] + written[end : len(written) if line_end < 0 else line_end]
    return not any(ch.isalpha() for ch in _BRACKETED.sub("", rest))


def previous_item(doc: PlaceDoc, start: int) -> int:
    """The last token of the list item before ``start`` (-1 when ``start`` is no list item)."""
    if start <= 0:
        return -1
    conjunction = doc.cue_at(start - 1, "conjunction")
    if conjunction and doc.joined(start - 1, start) and doc.joined(start - 2, start - 1):
        return start - 2
    separated = doc.prefixes(start).startswith("و") or any(
        c in ",،" for c in doc.gap(start - 1, start)
    )
    return start - 1 if separated and doc.joined(start - 1, start) else -1


def next_item(doc: PlaceDoc, end: int) -> int | None:
    """The first token of the list item after token ``end``, if a list goes on."""
    for start in (end + 1, end + 2):
        if start < len(doc.stream.keys) and previous_item(doc, start) == end:
            return start
    return None


def unknown_extent(doc: PlaceDoc, start: int, described: bool = False) -> int | None:
    """The last token of a name not in the gazetteer that starts at ``start``.

    Right after a descriptor (``described``: قرية كفرناها) a word that looks like
    it ends in a pronoun is still read whole: a village is not "her Kafrna".
    """
    keys = doc.stream.keys
    if start >= len(keys) or (doc.stream.text.tokens[start].suffix and not described):
        return None
    if not is_arabic_at(doc, start):
        return latin_extent_right(doc, start)
    if doc.cue_at(start, *NOT_NAMES):
        return None
    last = start
    prefix = doc.cue_at(start, "name_prefix", "name_part")
    joined = prefix is not None and doc.joined(start, start + 1)
    if joined and is_arabic_at(doc, start + 1) and not doc.cue_at(start + 1, *NOT_NAMES):
        last = start + 1
    suffix = doc.cue_at(last + 1, "name_suffix")
    if suffix and doc.joined(last, last + 1):
        last = suffix[0].last
    return last if name_letters(doc, start, last) >= 2 else None


def latin_extent_right(doc: PlaceDoc, start: int) -> int | None:
    last = start
    if not capitalised(doc, start):
        return None
    while (
        last - start < 3 and doc.joined(last, last + 1, NAME_STOPS) and capitalised(doc, last + 1)
    ):
        if doc.cue_at(last + 1, *NOT_NAMES):
            break
        last += 1
    return last


def latin_extent_left(doc: PlaceDoc, end: int) -> int | None:
    first = end
    if not capitalised(doc, end):
        return None
    while (
        end - first < 3 and doc.joined(first - 1, first, NAME_STOPS) and capitalised(doc, first - 1)
    ):
        first -= 1
    return first


def capitalised(doc: PlaceDoc, index: int) -> bool:
    """A Latin token that starts with a capital, after an article (al-Ghab)."""
    if not 0 <= index < len(doc.stream.keys) or is_arabic_at(doc, index):
        return False
    span = doc.stream.text.tokens[index].span
    word = doc.stream.text.normalised[span.start : span.end]
    head, dash, tail = word.partition("-")
    if dash and head.lower() in ARTICLES:
        word = tail
    return word[:1].isupper()


def unknown_name(doc: PlaceDoc, first: int, last: int) -> str:
    name = bare_name(doc, first, last)
    return name[:1].upper() + name[1:] if name.isascii() else name


def unknown_limit(doc: PlaceDoc, start: int) -> float:
    return UNKNOWN_ZIPF if is_arabic_at(doc, start) else LATIN_UNKNOWN_ZIPF


def is_arabic_at(doc: PlaceDoc, index: int) -> bool:
    keys = doc.stream.keys
    return 0 <= index < len(keys) and bool(keys[index]) and "\u0600" <= keys[index][0] <= "\u06ff"


# ------------------------------------------------------------------ words


def name_zipf(doc: PlaceDoc, first: int, last: int) -> float:
    """How common the words of tokens ``first``..``last`` are (wordfreq Zipf, 0–8)."""
    text = doc.stream.text
    tokens = text.tokens
    start, end = tokens[first].stem.start, tokens[last].stem.end
    words = text.normalised[start:end]
    if not is_arabic_at(doc, first):
        head, dash, tail = words.partition("-")
        if dash and head.lower() in ARTICLES and tail[:1].isupper():
            return 0.0  # "al-Bab": an Arabic article marks a transliterated name
        return zipf_frequency(words.lower(), "en")
    forms = [words, "ال" + words]
    return max(zipf_frequency(form, "ar") for form in forms)


def bare_name(doc: PlaceDoc, first: int, last: int) -> str:
    """The written name of tokens ``first``..``last`` without the clitics before it (the
    article kept); a name's last letters are never a pronoun (كفرناها, not كفرنا)."""
    text = doc.stream.text
    tokens = text.tokens
    start = tokens[first].stem.start - (2 if doc.has_article(first) else 0)
    return text.normalised[start : tokens[last].span.end]


def name_letters(doc: PlaceDoc, first: int, last: int) -> int:
    return sum(len(key) for key in doc.stream.keys[first : last + 1])
