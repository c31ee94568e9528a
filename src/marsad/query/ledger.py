"""The claims ledger: every number claimed about an entity, side by side.

Values are never averaged. Two claims of the same property about the same
subject *contradict* when their periods overlap (their as-of dates agree at
the coarser precision of the two) and their values cannot both be true (the
intervals do not overlap; an approximate value counts ±10 %). A denial
contradicts nothing: it is shown as a denial.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from marsad.query.evidence import FactContext, load_context
from marsad.query.stances import Stances
from marsad.query.views import ClaimView, EntityRef
from marsad.store import KbEntityRow, Store

_APPROX = 0.10


def interval(value: dict[str, float]) -> tuple[float, float]:
    """The range of numbers a claimed value allows."""
    if "exact" in value:
        return value["exact"], value["exact"]
    if "approx" in value:
        return value["approx"] * (1 - _APPROX), value["approx"] * (1 + _APPROX)
    return value.get("min", 0.0), value.get("max", math.inf)


def value_text(value: dict[str, float]) -> str:
    """A claimed value for people: ``1,500``, ``≈1,500``, ``≥2,000``, ``≤500``, ``20–99``."""

    def n(x: float) -> str:
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"

    if "exact" in value:
        return n(value["exact"])
    if "approx" in value:
        return "≈" + n(value["approx"])
    if "min" in value and "max" in value:
        return f"{n(value['min'])}–{n(value['max'])}"
    if "min" in value:
        return "≥" + n(value["min"])
    if "max" in value:
        return "≤" + n(value["max"])
    return "?"


STOCKS = frozenset({"strength"})
"""Properties that count what a party has (not what happened on a day): two claims of
them in the same month are about one period."""


def period_of(prop: str, as_of: str) -> str:
    """The period a claim is about: its date as written, a month for a party's strength."""
    return as_of[: len("2019-09")] if prop in STOCKS else as_of[: len("2019-09-30")]


def same_period(a: str | None, b: str | None, precision: int = 10) -> bool:
    """Whether two ISO dates (any precision, cut to ``precision`` characters) overlap."""
    if not a or not b:
        return False
    size = min(len(a), len(b), precision)
    return a[:size] == b[:size]


def contradict(a: ClaimView, b: ClaimView) -> bool:
    """Whether two claims cannot both be true: one property of one subject, one period
    (the day written; for a party's strength, the month), intervals that do not meet."""
    if a.denied or b.denied or a.property != b.property or a.subject != b.subject:
        return False
    precision = len("2019-09") if a.property in STOCKS else len("2019-09-30")
    if not same_period(a.as_of, b.as_of, precision):
        return False
    (lo_a, hi_a), (lo_b, hi_b) = interval(a.value), interval(b.value)
    return hi_a < lo_b or hi_b < lo_a


def _claim(context: FactContext, index: int) -> ClaimView:
    fact = context.facts[index]
    data = fact.data
    accounts = data.get("accounts", {})
    evidence = context.evidence.get(fact.id, ())
    outlets = {(e.reported_by or "unknown", e.stance): None for e in evidence}
    claimant = data.get("claimant") or data.get("claimant_name")
    raw_value = data.get("value")
    return ClaimView(
        fact_id=fact.id,
        property=str(data.get("property", "")),
        subject=context.ref(data.get("subject"), data.get("subject_name")),
        value={k: float(v) for k, v in (raw_value or {}).items()},
        value_text=value_text({k: float(v) for k, v in (raw_value or {}).items()}),
        as_of=fact.date,
        claimant=context.ref(claimant, data.get("claimant_name")) if claimant else None,
        channels=tuple(accounts.get("channel", ())),
        outlets=tuple(outlets),
        documents=fact.documents,
        origins=fact.origins,
        denied=bool(data.get("denied")),
        contradicts=(),
        evidence=evidence,
    )


def build_ledger(context: FactContext, prop: str | None = None) -> tuple[ClaimView, ...]:
    """Claims about the looked-up entity (optionally of one property), contradictions flagged."""
    claims = [
        _claim(context, i)
        for i, fact in enumerate(context.facts)
        if fact.section == "claim"
        and fact.role == "subject"
        and prop in (None, fact.data.get("property"))
    ]
    found = find_contradictions(claims)
    flagged = [
        replace(c, contradicts=tuple(claims[o].fact_id for o in found[i]))
        for i, c in enumerate(claims)
    ]
    return tuple(sorted(flagged, key=_order))


def find_contradictions(claims: Sequence[ClaimView]) -> list[list[int]]:
    """For each claim, the positions of the other claims it contradicts, in order.

    The same as testing :func:`contradict` on every pair, without doing so:
    claims meet only within one property and subject and over periods one of
    which is a prefix of the other, and there a claim contradicts the values
    that end below its low end or start above its high end (bisected).
    """
    buckets: dict[tuple[str, EntityRef, str], _Bucket] = defaultdict(_Bucket)
    for position, claim in enumerate(claims):
        if not claim.denied and claim.as_of:
            low, high = interval(claim.value)
            period = period_of(claim.property, claim.as_of)
            buckets[(claim.property, claim.subject, period)].add(position, low, high)
    periods: dict[tuple[str, EntityRef], list[str]] = defaultdict(list)
    for group, bucket in buckets.items():
        bucket.sort()
        periods[group[:2]].append(group[2])
    found: list[list[int]] = [[] for _ in claims]
    for (prop, subject, as_of), bucket in buckets.items():
        for other in periods[(prop, subject)]:
            if as_of.startswith(other) or other.startswith(as_of):
                bucket.contradicted_by(buckets[(prop, subject, other)], found)
    for position, hits in enumerate(found):
        found[position] = sorted(set(hits) - {position})
    return found


class _Bucket:
    """Claims of one property, subject and as-of date, sorted by each end of their values."""

    def __init__(self) -> None:
        self.members: list[tuple[int, float, float]] = []
        self.by_high: list[tuple[float, int]] = []
        self.by_low: list[tuple[float, int]] = []

    def add(self, position: int, low: float, high: float) -> None:
        self.members.append((position, low, high))

    def sort(self) -> None:
        self.by_high = sorted((high, position) for position, _low, high in self.members)
        self.by_low = sorted((low, position) for position, low, _high in self.members)

    def contradicted_by(self, other: _Bucket, found: list[list[int]]) -> None:
        """Add to ``found`` the claims of ``other`` that contradict each claim here."""
        if any(
            math.isnan(x) for _p, low, high in self.members + other.members for x in (low, high)
        ):
            self._pairwise(other, found)  # NaN does not sort; compare as contradict() does
            return
        highs = [high for high, _position in other.by_high]
        lows = [low for low, _position in other.by_low]
        for position, low, high in self.members:
            below = other.by_high[: bisect_left(highs, low)]
            above = other.by_low[bisect_right(lows, high) :]
            found[position].extend(p for _value, p in below)
            found[position].extend(p for _value, p in above)

    def _pairwise(self, other: _Bucket, found: list[list[int]]) -> None:
        for position, low, high in self.members:
            for other_position, other_low, other_high in other.members:
                if high < other_low or other_high < low:
                    found[position].append(other_position)


def _order(claim: ClaimView) -> tuple[str, bool, str, str]:
    return (claim.property, claim.as_of is None, claim.as_of or "", claim.fact_id)


def properties(claims: Sequence[ClaimView]) -> list[str]:
    """The properties claimed, in ledger order."""
    return list(dict.fromkeys(c.property for c in claims))


def claims_about(
    store: Store, entity: KbEntityRow, stances: Stances, prop: str | None = None
) -> tuple[ClaimView, ...]:
    """The claims ledger of ``entity``."""
    facts = [f for f in store.facts_of(entity.id, "claim") if f.role == "subject"]
    return build_ledger(load_context(store, facts, stances), prop)
