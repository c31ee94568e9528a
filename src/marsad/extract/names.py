"""The name tables of the extractor, loaded once, and what the name finders share.

:func:`load_name_resources` reads four tables of ``data/`` (actors, persons,
group words, ranks) and compiles one :class:`PhraseMatcher` for each.
Matching runs over a *folded* token stream (:func:`fold_stream`): Latin keys
also lose apostrophes and the article (``Mu'tasim`` = ``Mutasim``,
``as-Sarout`` = ``Sarout``, ``Jaysh Al-Izza`` = ``Jaysh Izza``); Arabic keys
are already free of clitics and folded by the text stage.

Because clitics are dropped from the keys, each table phrase also remembers
its written *shape*: an Arabic word written with the article must carry it
in the text and one written without must not (``النظام`` is not ``نظام سوري``,
``الرائد`` is a rank but ``رائد`` a given name), and a Latin word in capitals
only matches capitals (``US``, ``SDF``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from marsad.config import ExtractConfig
from marsad.extract.matcher import Analyse, PhraseMatch, PhraseMatcher, TokenStream, token_key
from marsad.extract.name_shapes import (
    BREAKS,
    LATIN_ARTICLE,
    QUOTES,
    articled,
    breaks_before,
    fits,
    gap_before,
    has_article,
    is_arabic,
    joined,
    latin_name_word,
    shape_of,
    surface_of,
    word_of,
)
from marsad.extract.tables import Row, read_table, split_list
from marsad.records import Text, Token

__all__ = [
    "ACTOR_TYPES",
    "BREAKS",
    "PERSON_KINDS",
    "QUOTES",
    "RANK_KINDS",
    "WORD_KINDS",
    "ActorEntry",
    "Listed",
    "NameResources",
    "NameWord",
    "PersonEntry",
    "RankEntry",
    "articled",
    "breaks_before",
    "build_matcher",
    "find_listed",
    "fits",
    "fold_key",
    "fold_stream",
    "folding",
    "gap_before",
    "has_article",
    "is_arabic",
    "is_boundary",
    "joined",
    "latin_name_word",
    "load_name_resources",
    "plain_form",
    "shape_of",
    "surface_of",
    "word_of",
    "written_form",
]

V = TypeVar("V")

ACTOR_TYPES = frozenset(
    {"armed_group", "coalition", "operations_room", "army", "security_force", "militia"}
    | {"state", "air_force", "political", "collective"}
)
WORD_KINDS = frozenset(
    {"group", "group-strict", "descriptor", "quote", "ordinal", "boundary", "epithet", "origin"}
    | {"compound", "connector", "kunya", "frontier", "force"}
)
RANK_KINDS = frozenset({"rank", "title", "cue", "alias", "byline", "reporter", "link"})
PERSON_KINDS = frozenset({"person", "given", "given-word"})

_APOSTROPHES = str.maketrans("", "", "'’‘`´ʿʾʻʼ")
_ALEFS = str.maketrans("أإآٱ", "اااا")


@dataclass(frozen=True, slots=True)
class Listed(Generic[V]):
    """A table value and the written shape of the phrase it was listed under."""

    value: V
    shape: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One row of the actors table; ``parent`` is the parent's key (``actor:<id>``)."""

    id: str
    type: str
    canonical: str
    parent: str | None = None

    @property
    def key(self) -> str:
        return f"actor:{self.id}"


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """A well-known person of the persons table."""

    id: str
    canonical: str
    rank: str | None = None

    @property
    def key(self) -> str:
        return f"person:{self.id}"


@dataclass(frozen=True, slots=True)
class NameWord:
    """A word of the name grammar (group word, descriptor, boundary…)."""

    kind: str
    position: str = ""
    type: str = ""


@dataclass(frozen=True, slots=True)
class RankEntry:
    """A rank, title or person cue; ``label`` is its English name."""

    kind: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class NameResources:
    """The compiled name tables: four matchers and the single-word sets."""

    actors: PhraseMatcher[Listed[ActorEntry]]
    persons: PhraseMatcher[Listed[PersonEntry]]
    words: PhraseMatcher[Listed[NameWord]]
    ranks: PhraseMatcher[Listed[RankEntry]]
    boundaries: frozenset[str]
    """Written forms of boundary words (see :func:`written_form`)."""
    compounds: frozenset[str]
    connectors: frozenset[str]
    """Keys of name connectors (عبد, بن) and kunya words (أبو, Abu)."""
    kunyas: frozenset[str]
    ordinals: frozenset[str]
    given: frozenset[str]
    given_words: frozenset[str]
    epithets: frozenset[str] = frozenset()
    """Keys of words that open an English group name before "of" (Lions of the X Brigade)."""
    reference: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Per actor key, the names pages show: its canonical and its first Arabic name."""


# ---------------------------------------------------------------- folding


def fold_key(key: str) -> str:
    """A token key as the name matchers compare it (Latin: no apostrophes, no article)."""
    if not key or is_arabic(key):
        return key
    folded = LATIN_ARTICLE.sub("", key.translate(_APOSTROPHES))
    return folded or key


def fold_stream(stream: TokenStream) -> TokenStream:
    """``stream`` with every key folded by :func:`fold_key` (folded once per stream)."""
    return stream.derived("folded", _fold_stream)


def _fold_stream(stream: TokenStream) -> TokenStream:
    keys = tuple(fold_key(key) for key in stream.keys)
    starts: list[int] = []
    pos = 1
    for key in keys:
        starts.append(pos)
        pos += len(key) + 1
    return TokenStream(stream.text, keys, " " + " ".join(keys) + " ", tuple(starts))


def folding(analyse: Analyse) -> Analyse:
    """``analyse`` whose tokens carry folded keys, so table phrases fold like the text."""

    def run(phrase: str) -> Text:
        text = analyse(phrase)
        tokens = tuple(replace(t, key=fold_key(token_key(text, t))) for t in text.tokens)
        return replace(text, tokens=tokens)

    return run


def written_form(text: Text, token: Token, key: str) -> str:
    """How boundary words are compared: the whole Arabic word as written (clitics
    included, hamza-on-alef folded: ``لصالح`` is not ``الصالح``, ``على`` not ``علي``),
    or the folded Latin ``key``."""
    word = text.normalised[token.span.start : token.span.end]
    return word.translate(_ALEFS) if is_arabic(word) else key


def is_boundary(
    stream: TokenStream, folded: TokenStream, resources: NameResources, index: int
) -> bool:
    """Whether token ``index`` is a boundary word (never part of a name)."""
    form = written_form(stream.text, stream.text.tokens[index], folded.keys[index])
    return form in resources.boundaries


def plain_form(text: Text, token: Token) -> str:
    """The written stem of ``token`` with only hamza-on-alef folded (``على`` ≠ ``علي``)."""
    stem = text.normalised[token.stem.start : token.stem.end]
    if is_arabic(stem):
        return stem.translate(_ALEFS)
    decomposed = unicodedata.normalize("NFKD", stem)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return fold_key(bare.lower())


def find_listed(
    matcher: PhraseMatcher[Listed[V]],
    stream: TokenStream,
    folded: TokenStream,
    rejects: Callable[[int, int], bool] | None = None,
) -> list[PhraseMatch[V]]:
    """Leftmost-longest matches of ``matcher`` that fit their shape and no punctuation
    cuts; a match ``rejects`` refuses (by its first and last token) leaves its tokens
    to the matches after it."""
    chosen: list[PhraseMatch[V]] = []
    taken = -1
    for match in matcher.find_all(folded):
        if match.first <= taken or not joined(stream, match.first, match.last):
            continue
        if rejects is not None and rejects(match.first, match.last):
            continue
        values = tuple(v.value for v in match.values if fits(v.shape, stream, match.first))
        if values:
            chosen.append(PhraseMatch(match.first, match.last, values))
            taken = match.last
    return chosen


# ---------------------------------------------------------------- loading


def build_matcher(
    entries: Iterable[tuple[str, V]], analyse: Analyse, shaped: bool = True
) -> PhraseMatcher[Listed[V]]:
    """A matcher over folded phrases; with ``shaped`` each value remembers its phrase's shape."""
    listed = [
        (phrase, Listed(value, shape_of(analyse(phrase)) if shaped else ()))
        for phrase, value in entries
    ]
    return PhraseMatcher(listed, folding(analyse))


def load_name_resources(config: ExtractConfig, analyse: Analyse) -> NameResources:
    """Read the actors, persons, group-words and ranks tables and compile their matchers."""
    actors = _actor_entries(read_table(config.actors_table, ("id", "type", "canonical", "names")))
    person_rows = read_table(config.persons_table, ("kind", "names"))
    word_rows = read_table(config.group_words_table, ("names", "kind"))
    rank_rows = read_table(config.ranks_table, ("names", "kind"))
    words = [(name, _name_word(row)) for row in word_rows for name in split_list(row.get("names"))]
    return NameResources(
        actors=build_matcher(actors, analyse),
        persons=build_matcher(_person_entries(person_rows), analyse),
        words=build_matcher([(n, w) for n, w in words if w.kind != "boundary"], analyse, False),
        ranks=build_matcher(_rank_entries(rank_rows), analyse),
        boundaries=_keys_of(words, "boundary", analyse, written=True),
        compounds=_keys_of(words, "compound", analyse),
        connectors=_keys_of(words, "connector", analyse) | _keys_of(words, "kunya", analyse),
        kunyas=_keys_of(words, "kunya", analyse),
        ordinals=_keys_of(words, "ordinal", analyse),
        given=_given_forms(person_rows, "given", analyse),
        given_words=_given_forms(person_rows, "given-word", analyse),
        epithets=_keys_of(words, "epithet", analyse),
        reference=actor_reference(actors),
    )


def actor_reference(actors: Iterable[tuple[str, ActorEntry]]) -> dict[str, tuple[str, ...]]:
    """Per actor key, its canonical and the first Arabic name of its row, if any."""
    reference: dict[str, tuple[str, ...]] = {}
    for name, entry in actors:
        names = reference.setdefault(entry.key, (entry.canonical,))
        if len(names) == 1 and is_arabic(name):
            reference[entry.key] = (*names, name)
    return reference


def _checked(row: Row, column: str, allowed: frozenset[str]) -> str:
    """The cell of ``column``, which must be one of ``allowed``."""
    value = row.get(column)
    if value not in allowed:
        raise row.error(f"unknown {column} {value!r}; use one of {sorted(allowed)}")
    return value


def _actor_entries(rows: Sequence[Row]) -> list[tuple[str, ActorEntry]]:
    ids = {row.get("id") for row in rows}
    entries: list[tuple[str, ActorEntry]] = []
    for row in rows:
        kind, parent = _checked(row, "type", ACTOR_TYPES), row.get("parent")
        if parent and parent not in ids:
            raise row.error(f"parent {parent!r} is not an id of this table")
        entry = ActorEntry(
            row.get("id"), kind, row.get("canonical"), f"actor:{parent}" if parent else None
        )
        entries.extend((name, entry) for name in split_list(row.get("names")))
    return entries


def _person_entries(rows: Sequence[Row]) -> list[tuple[str, PersonEntry]]:
    entries: list[tuple[str, PersonEntry]] = []
    for row in rows:
        if _checked(row, "kind", PERSON_KINDS) != "person":
            continue
        if not row.get("id") or not row.get("canonical"):
            raise row.error("a person needs an id and a canonical name")
        entry = PersonEntry(row.get("id"), row.get("canonical"), row.get("rank") or None)
        entries.extend((name, entry) for name in split_list(row.get("names")))
    return entries


def _name_word(row: Row) -> NameWord:
    kind, position = _checked(row, "kind", WORD_KINDS), row.get("position")
    if (kind.startswith("group") or kind == "frontier") and position not in ("before", "after"):
        raise row.error(f"a {kind} word needs position 'before' or 'after'")
    return NameWord(kind, position, row.get("type") or "armed_group")


def _rank_entries(rows: Sequence[Row]) -> list[tuple[str, RankEntry]]:
    entries: list[tuple[str, RankEntry]] = []
    for row in rows:
        kind = _checked(row, "kind", RANK_KINDS)
        if kind in ("rank", "title") and not row.get("rank"):
            raise row.error(f"a {kind} needs its English label in column 'rank'")
        entry = RankEntry(kind, row.get("rank"))
        entries.extend((name, entry) for name in split_list(row.get("names")))
    return entries


def _keys_of(
    words: Sequence[tuple[str, NameWord]], kind: str, analyse: Analyse, written: bool = False
) -> frozenset[str]:
    """Folded keys (or, ``written``, written forms) of the one-word entries of ``kind``."""
    fold = folding(analyse)
    keys: set[str] = set()
    for name, word in words:
        text = fold(name) if word.kind == kind else None
        if text is not None and len(text.tokens) == 1:
            token = text.tokens[0]
            keys.add(written_form(text, token, token.key) if written else token.key)
    return frozenset(keys)


def _given_forms(rows: Sequence[Row], kind: str, analyse: Analyse) -> frozenset[str]:
    """Plain forms (:func:`plain_form`) of the one-word given names of ``kind``."""
    forms: set[str] = set()
    for row in rows:
        if row.get("kind") != kind:
            continue
        for name in split_list(row.get("names")):
            text = analyse(name)
            if len(text.tokens) == 1:
                forms.add(plain_form(text, text.tokens[0]))
    return frozenset(forms)
