"""The event finder's word table (``data/triggers.tsv``).

:func:`load_event_resources` reads the table once. A row is either a
trigger — phrase → ACLED ``event_type`` / ``sub_event_type``, a finer
``kind`` and what the event ``needs`` — or a cue (``event_type`` ``cue``):
a word of a named class that the finder reads around triggers (negations,
attack verbs, prepositions, names of the government side…). The table's
header comment documents every column.

:func:`marsad.extract.event_index.index_document` then finds, once per
document, every trigger and cue of these resources.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marsad.config import ExtractConfig
from marsad.errors import DataFileError
from marsad.extract.matcher import Analyse, PhraseMatcher, phrase_key
from marsad.extract.tables import Row, read_table, split_list

COLUMNS = ("phrase", "event_type", "sub_event_type", "kind")
CUE = "cue"
CUE_CLASSES = frozenset(
    {
        "not",
        "intent",
        "prevent",
        "concurrent",
        "source",
        "attack",
        "downing",
        "operation",
        "talks",
        "territory",
        "government",
        "oblique",
        "passive",
        "anaphor",
        "head_anaphor",
        "dropped_subject",
        "subject_pronoun",
        "object_pronoun",
        "day_after",
        "day_before",
        "partitive",
        "first_person",
        "boundary",
        "coordinator",
        "relative",
        "linker",
        "neutral",
        "side",
    }
)
REQUIREMENTS = frozenset({"place", "actor", "group", "agent", "date", "dateline"})
CUE_POSITIONS = ("~", "<")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger row: what a matched phrase says happened.

    ``source`` names the table and line (``triggers.tsv:42``) for reasons.
    ``government_sub_event_type`` replaces ``sub_event_type`` when the side
    that acts is the government's (equal to it for most rows). ``needs`` is
    a tuple of alternatives, each a tuple of requirements that must all
    hold. ``order`` is the row's rank in the table (earlier wins where the
    table says so).
    """

    source: str
    event_type: str
    sub_event_type: str
    government_sub_event_type: str
    kind: str
    needs: tuple[tuple[str, ...], ...]
    order: int

    @property
    def territorial(self) -> bool:
        """Whether the event is about ground changing hands (one event per place)."""
        return "territory" in self.sub_event_type

    @property
    def needs_sentence_cue(self) -> bool:
        """Whether the row needs a cue anywhere in the sentence (``~`` or ``<``)."""
        return any(need[0] in CUE_POSITIONS for option in self.needs for need in option)


@dataclass(frozen=True, slots=True)
class EventResources:
    """The trigger and cue automata and the government side's names.

    ``government`` holds names of the government side both casefolded as
    written (for English canonical names) and as phrase keys (for names as
    they appear in the text).
    """

    triggers: PhraseMatcher[Trigger]
    cues: PhraseMatcher[str]
    government: frozenset[str]

    def is_government(self, names: tuple[str, ...], keys: tuple[str, ...]) -> bool:
        """Whether an actor known by ``names`` (as written) or ``keys`` is the government side."""
        if any(name.casefold() in self.government for name in names):
            return True
        return any(key in self.government for key in keys)


def parse_needs(cell: str, row: Row) -> tuple[tuple[str, ...], ...]:
    """Parse a ``needs`` cell: ``|`` between alternatives, ``+`` between requirements."""
    options: list[tuple[str, ...]] = []
    for option in split_list(cell):
        needs = tuple(part.strip() for part in option.split("+") if part.strip())
        for need in needs:
            name = need[1:] if need[0] in CUE_POSITIONS else need
            if name not in REQUIREMENTS and name not in CUE_CLASSES:
                raise row.error(
                    f"unknown need {need!r}; use {', '.join(sorted(REQUIREMENTS))} "
                    f"or a cue class ({', '.join(sorted(CUE_CLASSES))}), optionally after ~ or <"
                )
        options.append(needs)
    return tuple(options)


def read_trigger(row: Row, order: int) -> Trigger:
    """The trigger of one table row."""
    subs = split_list(row.get("sub_event_type"))
    if len(subs) > 2:
        raise row.error("sub_event_type holds at most two values: 'non-state|government'")
    return Trigger(
        source=f"{Path(row.path).name}:{row.line}",
        event_type=row.get("event_type"),
        sub_event_type=subs[0],
        government_sub_event_type=subs[-1],
        kind=row.get("kind"),
        needs=parse_needs(row.get("needs"), row),
        order=order,
    )


def read_cue_class(row: Row) -> str:
    """The cue class of a cue row, checked."""
    name = row.get("sub_event_type")
    if name not in CUE_CLASSES:
        raise row.error(f"unknown cue class {name!r}; use one of {', '.join(sorted(CUE_CLASSES))}")
    return name


def load_event_resources(config: ExtractConfig, analyse: Analyse) -> EventResources:
    """Read ``config.triggers_table`` and build its automata."""
    rows = read_table(config.triggers_table, COLUMNS[:3])
    triggers: list[tuple[str, Trigger]] = []
    cues: list[tuple[str, str]] = []
    government: set[str] = set()
    for order, row in enumerate(rows):
        phrases = split_list(row.get("phrase"))
        if row.get("event_type") == CUE:
            name = read_cue_class(row)
            cues.extend((phrase, name) for phrase in phrases)
            if name == "government":
                government.update(phrase.casefold() for phrase in phrases)
                government.update(phrase_key(phrase, analyse) for phrase in phrases)
            continue
        if not row.get("kind"):
            raise row.error("column 'kind' is empty")
        trigger = read_trigger(row, order)
        keys = {phrase_key(phrase, analyse): phrase for phrase in phrases}
        triggers.extend((phrase, trigger) for phrase in keys.values())
    if not triggers:
        raise DataFileError(config.triggers_table, 0, "the table has no trigger rows")
    return EventResources(
        triggers=PhraseMatcher(triggers, analyse),
        cues=PhraseMatcher(cues, analyse),
        government=frozenset(government - {""}),
    )
