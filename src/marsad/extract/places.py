"""Place mentions: gazetteer names, the cue words around them, and rural regions.

One pass of two automata over the token stream (gazetteer names, and the cue
words of ``data/place_cues.tsv``), then rules read the neighbourhood of each
match, strongest first:

1. **Regions.** A governorate with a countryside word and/or a compass word
   (ريف حماة، ريف حماة الشمالي، الريف الشمالي لحماة، شمال حماة، حماة الشمالي,
   northern Hama, north of Hama, Hama countryside) becomes "Northern Hama
   countryside" (feature ``countryside``, admin1 the governorate); the country
   with a compass word becomes "Northwestern Syria" (feature ``region``). A dual
   or plural countryside word (ريفي، أرياف) spreads over the governorates
   coordinated after it, a plural compass adjective (الجنوبيين) back over them,
   and an elliptical conjunct (ريف حماة الشمالي والشرقي) gets its own mention.
2. **Descriptors.** قرية/بلدة/مدينة/منطقة/محافظة X, "village of X", "X area":
   X is a place whatever it is (gazetteer entry or not); the descriptor is left
   out of the mention and sets ``feature``. Descriptors that belong to the name
   stay in it: حاجز البويضة → "Al-Buwaydah checkpoint", مطار حماة العسكري →
   "Hama Military Airport", "Bab al-Hawa Border Crossing"; تل/قلعة/جبل X not in
   the gazetteer is a place named by the whole phrase.
3. **Bare gazetteer names**, gated because many village names are common
   words: a name whose wordfreq Zipf frequency is below :data:`RARE_ZIPF` stands
   alone; a commoner or very short one needs a locative before it (في، قرب,
   near, شمال…, the proclitic ب) or to be coordinated with a place just found;
   a very common one (:data:`COMMON_ZIPF`) needs a descriptor, or a locative and
   a large population; above :data:`WORD_ZIPF` only a descriptor will do.
   Governorates and the country always stand alone. Latin names must be
   capitalised.

Names not in the gazetteer keep their Arabic form as ``canonical`` (no
transliteration: without vowels it cannot be done reliably).

**Governorate or city.** A governorate's name (حماة, Hama) resolves to the
governorate (``feature`` ``governorate``) unless a city descriptor stands
before it (مدينة حماة, city of Hama), because reports mostly mean the region.

**Ambiguous names** (several entries share a name) are resolved by feature
(as above), then by the governorates named in the same sentence, then in the
document, then by distance to the unambiguous places of the document, then by
population.

Mentions may overlap actor names (جيش إدلب الحر); the caller drops a place
mention that an actor mention covers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Final

from marsad.config import ExtractConfig, resolve_table
from marsad.extract.gazetteer import (
    PlaceEntry,
    match_names,
    merge_entries,
    read_gazetteer_dump,
    read_places_table,
)
from marsad.extract.matcher import Analyse, PhraseMatch, PhraseMatcher, TokenStream
from marsad.extract.place_context import (
    BIG_PLACE,
    CHAIN_ZIPF,
    COMMON_ZIPF,
    CUE_KINDS,
    LATIN_UNKNOWN_ZIPF,
    NOT_NAMES,
    RARE_ZIPF,
    SHORT_NAME,
    SMALL_PLACE,
    UNKNOWN_ZIPF,
    WORD_ZIPF,
    FoundPlace,
    PlaceCue,
    PlaceDoc,
    bare_name,
    is_arabic_at,
    name_letters,
    name_zipf,
)
from marsad.extract.place_descriptors import find_bare, find_described
from marsad.extract.place_entry import ARABIC_NAME
from marsad.extract.place_regions import find_regions
from marsad.extract.place_resolution import resolve_entries
from marsad.extract.tables import read_table, split_list
from marsad.records import Mention, OffsetMap, Span, Text, Token

__all__ = [
    "BIG_PLACE",
    "CHAIN_ZIPF",
    "COMMON_ZIPF",
    "CUE_KINDS",
    "LATIN_UNKNOWN_ZIPF",
    "RARE_ZIPF",
    "SHORT_NAME",
    "SMALL_PLACE",
    "UNKNOWN_ZIPF",
    "WORD_ZIPF",
    "PlaceCue",
    "PlaceResources",
    "bare_name",
    "find_place_mentions",
    "latin_text",
    "load_place_resources",
    "name_letters",
    "name_zipf",
    "resolve_entries",
]


_SIMPLE_LATIN: Final = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*(?: [A-Za-z]+(?:['-][A-Za-z]+)*)*")


@dataclass(frozen=True, slots=True)
class PlaceResources:
    """The gazetteer automaton and the cue automaton, built once."""

    gazetteer: PhraseMatcher[PlaceEntry]
    cues: PhraseMatcher[PlaceCue]
    entries: int
    reference: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Mention key (``place:<id>``) → the entry's English and Arabic names."""


# ------------------------------------------------------------------ loading


def load_place_resources(
    config: ExtractConfig, analyse: Analyse, extra: Iterable[PlaceEntry] = ()
) -> PlaceResources:
    """The configured places and regions tables, ``extra_gazetteers`` and ``extra``
    entries, merged by id.

    ``extra_gazetteers`` are places tables (``.tsv``) or dumps that
    :func:`~marsad.extract.gazetteer.read_gazetteer_dump` reads.
    """
    entries = read_places_table(config.places_table) + read_places_table(config.regions_table)
    for name in config.extra_gazetteers:
        entries += _read_gazetteer(name)
    merged = merge_entries([*entries, *extra])
    texts: dict[str, Text] = {}

    def analysed(phrase: str) -> Text:
        text = texts.get(phrase)
        if text is None:
            simple = _SIMPLE_LATIN.fullmatch(phrase)
            text = texts[phrase] = latin_text(phrase) if simple else analyse(phrase)
        return text

    pairs = ((name, entry) for entry in merged for name in match_names(entry))
    gazetteer = PhraseMatcher(pairs, analysed)
    reference = {f"place:{entry.id}": reference_names(entry) for entry in merged}
    cues = PhraseMatcher(_read_cues(config), analyse)
    return PlaceResources(gazetteer, cues, len(merged), reference)


def reference_names(entry: PlaceEntry) -> tuple[str, ...]:
    """The names a place is shown with beyond the texts: English, and Arabic as written."""
    arabic = [name for name in entry.names if ARABIC_NAME.match(name)]
    return (entry.canonical, *arabic)


def latin_text(phrase: str) -> Text:
    """The analysis of a plain Latin name, without the text stage's cost.

    For words of ASCII letters with inner hyphens or apostrophes, separated
    by single spaces, each word is one token whose key is the lower-cased
    word (a test checks this against the text stage). Gazetteers hold tens
    of thousands of such names.
    """
    tokens: list[Token] = []
    start = 0
    for word in phrase.split(" "):
        span = Span(start, start + len(word))
        tokens.append(Token(span, span, word.lower()))
        start = span.end + 1
    length = len(phrase)
    offsets = OffsetMap(tuple(range(length)), tuple(range(1, length + 1)), length)
    return Text(phrase, phrase, phrase.lower(), offsets, (), tuple(tokens), (), "")


def _read_gazetteer(name: str) -> list[PlaceEntry]:
    if name.endswith(".tsv"):
        return read_places_table(name)
    return list(read_gazetteer_dump(resolve_table(name)))


def _read_cues(config: ExtractConfig) -> Iterator[tuple[str, PlaceCue]]:
    for row in read_table(config.place_cues_table, ("phrase", "kind")):
        kind = row.get("kind")
        if kind not in CUE_KINDS:
            raise row.error(f"unknown kind {kind!r}; use one of {', '.join(sorted(CUE_KINDS))}")
        cue = PlaceCue(kind, row.get("value"), row.get("feature"))
        for phrase in split_list(row.get("phrase")):
            yield phrase, cue


# ------------------------------------------------------------------ finding


def find_place_mentions(stream: TokenStream, resources: PlaceResources) -> list[Mention]:
    """Every place named in ``stream`` (see the module docstring for the rules)."""
    doc = _index(stream, resources)
    chosen = find_bare(doc, _choose([*find_regions(doc), *find_described(doc)]))
    return [_mention(doc, found, entry) for found, entry in resolve_entries(doc, chosen)]


def _index(stream: TokenStream, resources: PlaceResources) -> PlaceDoc:
    doc = PlaceDoc(stream)
    for cue in resources.cues.find_all(stream):
        if any(doc.prefixes(i).startswith("و") for i in range(cue.first + 1, cue.last + 1)):
            continue  # الشمالي والغربي is two compass words, not الشمالي الغربي
        doc.cues.setdefault(cue.first, []).append(cue)
        doc.cue_ends.setdefault(cue.last, []).append(cue)
    for found in resources.gazetteer.find_all(stream):
        match = PhraseMatch(found.first, found.last, tuple(dict.fromkeys(found.values)))
        if _is_place_word(doc, match):
            doc.places.setdefault(match.first, []).append(match)
            doc.place_ends.setdefault(match.last, []).append(match)
    for table in (doc.places, doc.cues, doc.place_ends, doc.cue_ends):
        for matches in table.values():
            matches.sort(key=lambda m: m.first - m.last)
    return doc


def _is_place_word(doc: PlaceDoc, match: PhraseMatch[PlaceEntry]) -> bool:
    """Not a cue word (مشارف), no attached pronoun (أبرزها), not the head of a longer name.

    A name-prefix word without the article followed by another word starts a
    longer name: باب in معبر باب الهوى is not the town of Al-Bab.
    """
    if doc.stream.text.tokens[match.last].suffix:
        return False
    cue = doc.cue_at(match.first, *NOT_NAMES)
    if cue is not None and cue[0].last == match.last:
        return False
    head = doc.cue_at(match.last, "name_prefix")
    after = match.last + 1
    return not (
        head and not doc.has_article(match.last) and doc.tight(match.last, after)
        and is_arabic_at(doc, after) and not doc.cue_at(after, *NOT_NAMES)
    )  # fmt: skip


def _choose(candidates: Iterable[FoundPlace]) -> list[FoundPlace]:
    """Non-overlapping candidates: longest first, then by rank, then leftmost."""
    chosen: list[FoundPlace] = []
    taken: set[int] = set()
    for found in sorted(candidates, key=lambda f: (f.first - f.last, f.rank, f.first)):
        tokens = set(range(found.first, found.last + 1))
        if not tokens & taken:
            chosen.append(found)
            taken |= tokens
    return sorted(chosen, key=lambda f: f.first)


REGIONAL = frozenset({"countryside", "region"})
"""Features of the regions built from a governorate or the country (ريف حماة الشمالي)."""


def derived_key(canonical: str) -> str:
    """The key of a place named after a gazetteer entry (Southern Idlib countryside, Hama
    Military Airport): a fixed name, so a strong key that never joins another place."""
    slug = "-".join(re.findall(r"[a-z0-9]+", canonical.lower()))
    return f"place:derived:{slug}"


def templated(template: str, canonical: str) -> str:
    """``canonical`` put in a cue's template ("{} Plain"), unless it already reads so
    (the gazetteer's "Al-Ghab Plain" after "the al-Ghab … Plain")."""
    before, _, after = template.partition("{}")
    if canonical.startswith(before) and canonical.endswith(after):
        return canonical
    return template.format(canonical)


def _mention(doc: PlaceDoc, found: FoundPlace, entry: PlaceEntry | None) -> Mention:
    stream = doc.stream
    span = stream.span(found.first, found.last)
    surface = stream.text.normalised[span.start : span.end]
    if entry is not None:
        canonical = templated(found.template, entry.canonical)
        plain = (found.template == "{}" and found.source == "gazetteer") or (
            found.template != "{}" and canonical == entry.canonical
        )
        key = f"place:{entry.id}" if plain else derived_key(canonical)
        return Mention(
            span, "place", surface, canonical, key, found.source,
            admin1=found.admin1 or entry.admin1, feature=found.feature or entry.feature,
            lat=entry.lat, lon=entry.lon,
        )  # fmt: skip
    canonical = found.canonical
    key_name = (
        canonical.lower()
        if canonical.isascii()
        else " ".join(stream.keys[found.first : found.last + 1])
    )
    regional = found.feature in REGIONAL and canonical.isascii()
    key = derived_key(canonical) if regional else f"place:{key_name}"
    return Mention(
        span, "place", surface, canonical, key, found.source,
        admin1=found.admin1, feature=found.feature,
    )  # fmt: skip
