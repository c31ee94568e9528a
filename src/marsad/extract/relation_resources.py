"""The relation finder's word table (``data/relation_cues.tsv``), loaded once.

A row is a relation cue (phrase → relation type and where its subject and
object sit), a start or end word for dates, a thing supplied, a fighting
word, a person's role label, or an infobox label. The table's header
comment documents every column. :func:`load_relation_resources` builds one
phrase automaton for the cues and keeps the role and label look-ups.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.config import ExtractConfig
from marsad.extract.matcher import Analyse, PhraseMatch, PhraseMatcher, TokenStream, token_key
from marsad.extract.name_shapes import fits, shape_of
from marsad.extract.tables import Row, read_table, split_list
from marsad.records import EntityType

COLUMNS = ("phrases", "kind")
KINDS = frozenset(
    {"cue", "start", "end", "supplied", "clash", "role", "label", "copula", "generic", "side"}
    | {"member_noun"}
    | {"founding", "becoming", "companions", "asked"}
)
NO_RELATION = "-"
REVERSED = "~"

ACTOR: frozenset[EntityType] = frozenset({"actor"})
PERSON: frozenset[EntityType] = frozenset({"person"})
PLACE: frozenset[EntityType] = frozenset({"place"})
SLOT_TYPES: dict[str, tuple[frozenset[EntityType], frozenset[EntityType]]] = {
    "leader_of": (PERSON, ACTOR),
    "member_of": (PERSON, ACTOR),
    "part_of": (ACTOR, ACTOR),
    "allied_with": (ACTOR, ACTOR),
    "opposed_to": (ACTOR, ACTOR),
    "supported_by": (ACTOR, ACTOR),
    "formerly_named": (ACTOR, ACTOR),
    "merged_into": (ACTOR, ACTOR),
    "defected_to": (PERSON | ACTOR, ACTOR),
    "headquartered_in": (ACTOR, PLACE),
    "active_in": (ACTOR, PLACE),
}
"""Relation type → (types its subject may have, types its object may have)."""
SYMMETRIC = frozenset({"allied_with", "opposed_to"})
NEEDS = ("", "adjacent", "clash", "supplied", "bare", "definite")


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of the table as matched in a text.

    ``orders`` holds the readings of a relation cue (``SCO``, ``OCS``…);
    ``label`` is the role a cue gives, or the English name of a thing
    supplied; ``source`` names the table and line for reasons.
    """

    kind: str
    relation: str
    orders: tuple[str, ...]
    label: str | None
    needs: str
    """"clash": a fighting word before the cue; "supplied": a thing supplied in
    the sentence; "": nothing."""
    source: str
    phrase: str


@dataclass(frozen=True, slots=True)
class Label:
    """An infobox label: the relation it opens and whether it reads backwards."""

    text: str
    relation: str | None
    reversed: bool
    source: str


@dataclass(frozen=True, slots=True)
class RelationResources:
    """Cue automaton, role look-up and infobox labels of ``relation_cues.tsv``.

    ``roles`` maps a lower-cased role label to the relation a person holding
    it has to an actor named beside them. ``labels`` are infobox labels as
    folded keys (``Text.key`` form), longest first.
    """

    cues: PhraseMatcher[Cue]
    roles: dict[str, str]
    labels: tuple[tuple[str, Label], ...]
    generic: Cue | None = None
    generic_keys: frozenset[str] = frozenset()
    member_keys: frozenset[str] = frozenset()
    """Keys of the one-word nouns of a member group (faction, فصيل)."""
    shapes: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    """Cue key → the written shapes (:func:`shape_of`) of the phrases listed under it."""
    companion_keys: frozenset[str] = frozenset()
    """Keys of the phrases of a heading that names a side with its companions."""

    def written_as_listed(self, stream: TokenStream, match: PhraseMatch[Cue]) -> bool:
        """Whether the words after a cue's first carry the article as one of its phrases
        writes them: "أحد فصائل X" (one of X's factions) is not "أحد الفصائل" (one of
        the factions …). The first word is free: a phrase list gives both forms."""
        key = " ".join(stream.keys[match.first : match.last + 1])
        return any(fits(shape[1:], stream, match.first + 1) for shape in self.shapes.get(key, {()}))


def load_relation_resources(config: ExtractConfig, analyse: Analyse) -> RelationResources:
    """Read ``config.relation_cues_table`` and build its automaton once."""
    rows = read_table(config.relation_cues_table, COLUMNS)
    entries: list[tuple[str, Cue]] = []
    roles: dict[str, str] = {}
    labels: list[tuple[str, Label]] = []
    generic: Cue | None = None
    generic_keys: set[str] = set()
    member_keys: set[str] = set()
    companion_keys: set[str] = set()
    for row in rows:
        kind = row.get("kind")
        if kind not in KINDS:
            raise row.error(f"unknown kind {kind!r}; use one of {', '.join(sorted(KINDS))}")
        phrases = split_list(row.get("phrases"))
        if kind == "role":
            relation = check_relation(row, row.get("relation"))
            roles.update((phrase.lower(), relation) for phrase in phrases)
        elif kind == "label":
            label = parse_label(row)
            labels.extend((analyse(phrase).key, label) for phrase in phrases)
        elif kind == "generic":
            generic = parse_cue(row, kind)
            generic_keys.update(generic_key(row, phrase, analyse) for phrase in phrases)
        elif kind == "member_noun":
            member_keys.update(generic_key(row, phrase, analyse) for phrase in phrases)
        elif kind == "companions":
            companion_keys.update(analyse(phrase).key.strip() for phrase in phrases)
        else:
            cue = parse_cue(row, kind)
            entries.extend((phrase, cue) for phrase in phrases)
    labels.sort(key=lambda item: -len(item[0]))
    matcher = PhraseMatcher(entries, analyse)
    shapes: dict[str, set[tuple[str, ...]]] = {}
    for phrase, _cue in entries:
        text = analyse(phrase)
        key = " ".join(token_key(text, token) for token in text.tokens)
        shapes.setdefault(key, set()).add(tuple(s if s != "upper" else "" for s in shape_of(text)))
    return RelationResources(
        matcher,
        roles,
        tuple(labels),
        generic,
        frozenset(generic_keys),
        frozenset(member_keys),
        {key: frozenset(found) for key, found in shapes.items()},
        frozenset(companion_keys),
    )


def generic_key(row: Row, phrase: str, analyse: Analyse) -> str:
    """The folded key of a one-word noun (generic, member); a loader error for longer phrases."""
    key = analyse(phrase).key
    if " " in key.strip():
        raise row.error(f"a {row.get('kind')} row takes single words (found {phrase!r})")
    return key.strip()


def where(row: Row) -> str:
    """``file:line`` of a row, with the file's base name."""
    return f"{row.path.rsplit('/', 1)[-1]}:{row.line}"


def check_relation(row: Row, relation: str) -> str:
    """``relation`` if it is a known relation type, else an error naming the row."""
    if relation not in SLOT_TYPES:
        known = ", ".join(sorted(SLOT_TYPES))
        raise row.error(f"unknown relation {relation!r}; use one of {known}")
    return relation


def parse_cue(row: Row, kind: str) -> Cue:
    """A cue, date, supplied or clash row."""
    relation = row.get("relation")
    orders: tuple[str, ...] = ()
    if kind == "cue":
        check_relation(row, relation)
        orders = split_list(row.get("order"))
        if not orders:
            raise row.error("a cue needs an order such as SCO or OCS")
        for order in orders:
            if sorted(order.upper()) != ["C", "O", "S"] or "c" in order:
                raise row.error(
                    f"bad order {order!r}; write S, C and O once each, e.g. SCO "
                    "(a lower-case s or o: that slot stands right beside the cue)"
                )
    elif kind == "asked":
        check_relation(row, relation)
    elif relation:
        raise row.error(f"a {kind} row takes no relation (found {relation!r})")
    needs = row.get("needs")
    if needs not in NEEDS:
        raise row.error(
            f"unknown need {needs!r}; use one of {', '.join(NEEDS[1:])} or leave it empty"
        )
    label = row.get("role") or None
    if kind == "supplied" and not label:
        raise row.error("a supplied row needs the English label in the role column")
    return Cue(kind, relation, orders, label, needs, where(row), row.get("phrases"))


def parse_label(row: Row) -> Label:
    """An infobox label row."""
    relation = row.get("relation")
    if not relation:
        raise row.error("a label needs a relation, or - for none")
    if relation == NO_RELATION:
        return Label(row.get("phrases"), None, False, where(row))
    backwards = relation.startswith(REVERSED)
    name = check_relation(row, relation.removeprefix(REVERSED))
    return Label(row.get("phrases"), name, backwards, where(row))
