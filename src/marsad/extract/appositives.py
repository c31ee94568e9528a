"""Appositives: an unnamed group noun set off by a comma right after a name stands for it.

"The Northern Front, an alliance of US-backed factions, said …": the
factions are the Front, so what the appositive says of them ("US-backed")
it says of the Front. "جبهة الشمال، الفصائل المدعومة أمريكياً، …" reads the
same way. The appositive opens with a determiner (a, an, the, one, أحد,
وهو) or with the group noun itself carrying the article, and runs to the
next comma.

An appositive naming another group as the owner of a member noun says the
name is part of it: "the Hamza Division, one of the National Army's largest
factions," / "X, another National Army faction,".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.extract.context import Analysis, Located
from marsad.extract.matcher import PhraseMatch
from marsad.extract.placed import Placed, cover
from marsad.extract.possessives import owns
from marsad.extract.relation_resources import Cue, RelationResources
from marsad.records import Relation, Sentence

OPENERS = frozenset({"a", "an", "the", "one", "another", "احد", "احدي", "هو", "هي", "وهو", "وهي"})
"""Keys of the words that open an appositive noun phrase: a, the, one (of), أحد /
إحدى (one of), (و)هو / (و)هي ("and it is")."""
COMMAS = frozenset(",،")
STOPS = frozenset(",،;؛:()[]\n.!?؟")
MAX_WORDS = 6
"""How many words an appositive may hold before its group noun, names not counted."""
RELATIVES = frozenset({"that", "who", "which", "whose", "الذي", "التي", "الذين", "اللذين"})
"""Words that open a clause: an appositive holding one says more than what the name is
("X, a group that fought the factions backed by Turkey,")."""
OWNER_LEAD = frozenset({"of", "the", "a", "an", "one", "another"})
"""The only words that may stand between an appositive's opener and its owner group
("one of the National Army's factions"; not "the rival of HTS factions")."""
OWNER_GAP = 2
"""How many words ("'s largest") may stand between an owner and its member noun."""
RANKING = frozenset(
    {"largest", "biggest", "main", "strongest", "oldest", "leading", "major", "most", "prominent"}
    | {"powerful", "best-known", "key", "first", "last"}
)
"""Words that rank the member among the owner's members ("one of the largest FSA
factions"): they may stand before the owner too."""
OWNER_AFTER = frozenset({"in", "of", "within", "inside"})
"""Words after a member noun that name its owner next ("the largest faction in the NFL")."""


def with_appositives(
    analysis: Analysis, mentions: Sequence[Placed], generic: Sequence[PhraseMatch[Cue]]
) -> tuple[list[Placed], list[PhraseMatch[Cue]]]:
    """``mentions`` with a stand-in of the name at each appositive group noun, and the
    group nouns that stand for no name."""
    stand_ins: list[Placed] = []
    rest: list[PhraseMatch[Cue]] = []
    for noun in generic:
        name = appositive_name(analysis, mentions, noun)
        if name is None:
            rest.append(noun)
        else:
            stand_ins.append(stand_in(analysis, name, noun))
    if not stand_ins:
        return list(mentions), rest
    return sorted([*mentions, *stand_ins], key=lambda p: (p.first, p.last)), rest


def appositive_name(
    analysis: Analysis, mentions: Sequence[Placed], noun: PhraseMatch[Cue]
) -> Placed | None:
    """The actor name whose appositive holds ``noun``, if any (names inside the
    appositive are passed over)."""
    tokens, text = analysis.text.tokens, analysis.text.normalised
    named = 0  # the words of names inside the appositive do not count
    for name in reversed(mentions):
        if name.last >= noun.first:
            continue
        if noun.first - name.last - 1 - named > MAX_WORDS:
            return None
        named += name.last - name.first + 1
        # "X (Y), al-Qaeda's affiliate,": the name's own parenthesis may close first
        gap = text[tokens[name.last].span.end : tokens[name.last + 1].span.start]
        if name.type != "actor" or gap.strip().lstrip(")") not in COMMAS:
            continue  # a name inside the appositive ("an alliance of US-backed …")
        opener = name.last + 1
        inside = text[tokens[opener].span.start : tokens[noun.first].span.start]
        if any(ch in STOPS for ch in inside):
            return None
        opens = (
            tokens[opener].key in OPENERS
            or (opener == noun.first and tokens[opener].prefixes.endswith("ال"))
            or any(p.first == opener and owns(analysis, p) for p in mentions)
        )  # "X, al-Qaeda's Syrian affiliate,": the owner's possessive opens it
        clause = any(
            analysis.words(tokens[i].span).lower() in RELATIVES for i in range(opener, noun.first)
        )
        return name if opens and not clause else None
    return None


def stand_in(analysis: Analysis, name: Placed, noun: PhraseMatch[Cue]) -> Placed:
    """A mention of ``name``'s entity at the group noun."""
    tokens = analysis.text.tokens
    span = replace(tokens[noun.first].span, end=tokens[noun.last].span.end)
    mention = replace(name.located.mention, span=span, surface=analysis.words(span), source="cue")
    return Placed(Located(mention, name.located.entity), noun.first, noun.last)


def find_appositive_parts(
    analysis: Analysis,
    sentence: Sentence,
    mentions: Sequence[Placed],
    resources: RelationResources,
) -> list[Relation]:
    """``part_of`` for a name whose appositive makes it a member of another group."""
    tokens = analysis.text.tokens
    found: list[Relation] = []
    for noun in analysis.tokens_in(sentence.span):
        if tokens[noun].key not in resources.member_keys:
            continue
        match: PhraseMatch[Cue] = PhraseMatch(noun, noun, ())
        name = appositive_name(analysis, mentions, match)
        owner = None if name is None else member_owner(analysis, mentions, name, noun)
        if name is not None and owner is not None:
            found.append(
                Relation(
                    type="part_of",
                    subject=name.located.entity,
                    object=owner.located.entity,
                    evidence=analysis.evidence(
                        cover(name.located.mention.span, owner), sentence.span
                    ),
                    confidence=0.5,
                    reason="an appositive makes it a member of the group named in it",
                )
            )
    return found


def member_owner(
    analysis: Analysis, mentions: Sequence[Placed], name: Placed, noun: int
) -> Placed | None:
    """The group whose member noun (at token ``noun``) ``name``'s appositive holds: named
    before it ("one of the National Army's largest factions", "one of the largest FSA
    factions") or right after it ("the largest faction in the NFL")."""
    tokens = analysis.text.tokens

    def word(i: int) -> str:
        return analysis.words(tokens[i].span).lower()

    for p in mentions:
        if (
            p.type != "actor"
            or p.first <= name.last
            or p.located.entity == name.located.entity
            or analysis.hyphen_joined(p.last)
        ):
            continue
        before = 0 <= noun - p.last - 1 <= OWNER_GAP and all(
            word(i) in OWNER_LEAD or word(i) in RANKING for i in range(name.last + 2, p.first)
        )
        # a compound before the owner modifies it ("of the Turkish-backed National Army")
        lead = [i for i in range(noun + 2, p.first) if not in_compound(analysis, i)]
        after = (
            p.first > noun + 1
            and len(lead) < 2
            and word(noun + 1) in OWNER_AFTER
            and all(word(i) in OWNER_LEAD for i in lead)
            and all(word(i) in OWNER_LEAD or word(i) in RANKING for i in range(name.last + 2, noun))
        )
        if before or after:
            return p
    return None


def in_compound(analysis: Analysis, index: int) -> bool:
    """Whether token ``index`` is a part of a word cut at a hyphen ("Turkish-backed")."""
    return analysis.hyphen_joined(index) or analysis.hyphen_joined(index - 1)
