"""The claim finder's word tables: speech words, outlets and claim words.

:func:`load_claim_resources` reads ``speech.tsv``, ``outlets.tsv`` and
``claim_words.tsv`` once and builds one :class:`PhraseMatcher` per table.
Each table's header comment documents its columns. A one-word Arabic phrase
is also entered with ``و`` and ``ف`` written before it, since the text stage
does not always take those letters off verbs (``وأضاف``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from marsad.config import ExtractConfig
from marsad.extract.matcher import Analyse, PhraseMatcher, phrase_key, token_stream
from marsad.extract.tables import Row, read_table, split_list

SPEECH_COLUMNS = ("phrase", "kind")
OUTLET_COLUMNS = ("name", "stance")
CLAIM_WORD_COLUMNS = ("words", "property", "kind", "position", "subject")
SPEECH_KINDS = frozenset({"verb", "source", "channel", "claimant", "medium", "complement"})
NEEDS_VALUE = frozenset({"channel", "claimant"})
STANCES = frozenset({"self", "opposition", "pro-government", "independent", "unknown"})
WORD_KINDS = frozenset(
    {"backer", "boundary", "count", "event", "minimum", "owner", "pronoun", "time", "victim"}
    | {
        "auxiliary",
        "destination",
        "escort",
        "side",
        "subset",
        "postposed",
        "unit",
        "target",
        "target_on",
    }
    | {"repel", "assault"}
)
POSITIONS = frozenset({"before", "after", "any"})
SIDES = frozenset({"before", "after"})
UNKNOWN_STANCE = "unknown"


@dataclass(frozen=True, slots=True)
class SpeechWord:
    """A row of ``speech.tsv``: a speech verb, source phrase, channel, named source or medium."""

    kind: str
    value: str = ""
    denial: bool = False


@dataclass(frozen=True, slots=True)
class Outlet:
    """A row of ``outlets.tsv``."""

    name: str
    names: tuple[str, ...]
    domains: tuple[str, ...]
    stance: str
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class ClaimWord:
    """A row of ``claim_words.tsv``: what a number next to the word counts."""

    property: str
    kind: str
    position: str
    subject: str
    source: str


@dataclass(frozen=True, slots=True)
class ClaimResources:
    """Everything the attribution and claim finders read besides the document."""

    speech: PhraseMatcher[SpeechWord]
    outlets: PhraseMatcher[Outlet]
    claim_words: PhraseMatcher[ClaimWord]
    outlet_keys: Mapping[str, Outlet]
    outlet_list: tuple[Outlet, ...]
    analyse: Analyse


def load_claim_resources(config: ExtractConfig, analyse: Analyse) -> ClaimResources:
    """Read the speech, outlet and claim-word tables named by ``config``."""
    speech_entries = [
        (phrase, word)
        for row in read_table(config.speech_table, SPEECH_COLUMNS)
        for word in (_speech_word(row),)
        for phrase in _variants(split_list(row.get("phrase")))
    ]
    outlets = [_outlet(row) for row in read_table(config.outlets_table, OUTLET_COLUMNS)]
    outlet_entries = [(name, outlet) for outlet in outlets for name in outlet.names]
    words = read_table(config.claim_words_table, CLAIM_WORD_COLUMNS)
    word_entries = [
        (phrase, _claim_word(row))
        for row in words
        for phrase in _variants(split_list(row.get("words")))
    ]
    keys = {phrase_key(name, analyse): outlet for name, outlet in outlet_entries}
    return ClaimResources(
        speech=PhraseMatcher(speech_entries, analyse),
        outlets=PhraseMatcher(outlet_entries, analyse),
        claim_words=PhraseMatcher(word_entries, analyse),
        outlet_keys=keys,
        outlet_list=tuple(outlets),
        analyse=analyse,
    )


def outlet_stance(resources: ClaimResources, name: str) -> str:
    """The stance of outlet ``name`` (any of its names), ``unknown`` if it is not listed."""
    outlet = resources.outlet_keys.get(phrase_key(name, resources.analyse))
    return outlet.stance if outlet else UNKNOWN_STANCE


def outlet_named(resources: ClaimResources, string: str) -> Outlet | None:
    """The first listed outlet named in ``string`` (a name, or a domain of a URL)."""
    stream = token_stream(resources.analyse(string))
    for match in resources.outlets.find(stream):
        return match.values[0]
    lowered = string.lower()
    for outlet in resources.outlet_list:
        if any(domain in lowered for domain in outlet.domains):
            return outlet
    return None


def _variants(phrases: Sequence[str]) -> Iterator[str]:
    for phrase in phrases:
        yield phrase
        if " " not in phrase and phrase[:1] and "\u0621" <= phrase[0] <= "\u064a":
            yield "و" + phrase
            yield "ف" + phrase


def _checked(row: Row, column: str, allowed: frozenset[str]) -> str:
    value = row.get(column)
    if value not in allowed:
        raise row.error(f"{column} {value!r} is not one of {', '.join(sorted(allowed))}")
    return value


def _flag(row: Row, column: str) -> bool:
    value = row.get(column).lower()
    if value not in ("", "yes", "no"):
        raise row.error(f"{column} must be 'yes', 'no' or empty, not {value!r}")
    return value == "yes"


def _speech_word(row: Row) -> SpeechWord:
    kind = _checked(row, "kind", SPEECH_KINDS)
    value = row.get("value")
    if kind in NEEDS_VALUE and not value:
        raise row.error(f"a {kind} row needs a value")
    return SpeechWord(kind, value, _flag(row, "denial"))


def _outlet(row: Row) -> Outlet:
    name = row.get("name")
    names = (name, *split_list(row.get("arabic")), *split_list(row.get("aliases")))
    domains = tuple(d.lower() for d in split_list(row.get("domains")))
    stance = _checked(row, "stance", STANCES)
    return Outlet(name, names, domains, stance, _flag(row, "ambiguous"))


def _claim_word(row: Row) -> ClaimWord:
    return ClaimWord(
        property=row.get("property"),
        kind=_checked(row, "kind", WORD_KINDS),
        position=_checked(row, "position", POSITIONS),
        subject=_checked(row, "subject", SIDES),
        source=f"{row.path.rsplit('/', 1)[-1]}:{row.line}",
    )
