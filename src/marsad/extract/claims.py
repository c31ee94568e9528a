"""Claims: numbers someone asserts — fighters, dead, wounded, prisoners, vehicles…

For each number of a sentence (not a footnote marker, not part of a date, not
a bare year):

1. **Property** — a word of ``claim_words.tsv`` within three tokens: after
   the number (``1500 مقاتل``, ``40 قتيلا``) or before it (``مقتل 30``,
   ``killing 40``), as the row's ``position`` allows. A count word naming a
   thing (tanks, aircraft, factions) right after the number wins; else the
   nearest event word (killed, انشق); else a count of people (fighters →
   ``strength``). No word, no claim.
2. **Subject** — whose number it is: an actor named right after the words
   (``مقاتلي جيش العزة``) or after an owner word (``قتلى من قوات النظام``,
   ``fighters of X``); a pronoun (``من قواته``, ``its fighters``) points to
   the sentence's first actor, else the previous sentence's; else the
   nearest actor on the side the row's ``subject`` column prefers
   (``جيش العزة يضم 1500 مقاتل`` — before; ``قتلى في صفوف…`` — after);
   else the first actor of the previous sentence. The claimant is not its own
   subject when another actor is there.
3. **Attribution** (:mod:`marsad.extract.attribution`); with no speaker the
   footnote's outlet asserts it, else the document's outlet (channel
   ``report``). The footnote (:mod:`marsad.extract.footnotes`) is ``cited``.
4. **as_of** — the date of the sentence nearest the number in its clause,
   else of the sentence it continues, else the document's published date.

The document index and the records passed between these steps are in
:mod:`marsad.extract.claim_document`, step 2 in :mod:`marsad.extract.claim_subjects`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from marsad.extract.attribution import (
    Attribution,
    attribute,
    channel_in,
    continues,
)
from marsad.extract.claim_document import (
    ASIDE,
    CASUALTIES,
    DEFAULT_CHANNEL,
    FEW,
    JOINED_NAMES,
    LIST_GAP,
    OWNED_LIST_GAP,
    PROPERTY_KINDS,
    WINDOW,
    YEAR,
    Document,
    Prior,
    Reading,
    index_document,
    noun_end,
    range_of,
    token_range,
)
from marsad.extract.claim_resources import ClaimResources, ClaimWord, outlet_named
from marsad.extract.claim_subjects import (
    owner_after,
    read_subject,
)
from marsad.extract.context import Analysis
from marsad.extract.footnotes import (
    MARKER,
    Footnote,
    entry_at,
    markers_near,
)
from marsad.extract.matcher import PhraseMatch
from marsad.records import Claim, ClaimValue, Quantity, Span, TimeExpr


def find_claims(analysis: Analysis, resources: ClaimResources) -> list[Claim]:
    """Every claim of ``analysis``: a number, what it counts, whose, and who says so."""
    doc = index_document(analysis, resources)
    claims: list[Claim] = []
    for number, sentence in enumerate(analysis.text.sentences):
        if sentence.boilerplate:
            continue
        numbers = [
            q
            for q in analysis.quantities_in(sentence.span)
            if not any(q.span.overlaps(span) for span in doc.skipped)
        ]
        previous: Prior | None = None
        for quantity in numbers:
            found = read_claim(doc, number, quantity, numbers, previous)
            if found is not None:
                claim, reading = found
                claims.append(claim)
                last = token_range(doc, quantity.span)[1]
                end = max(noun_end(doc, last), reading.last if reading.after else last)
                previous = Prior(claim.subject, last, reading, end)
    return merge_claims(claims, analysis.published)


def merge_claims(claims: list[Claim], published: str | None = None) -> list[Claim]:
    """Copies of one claim in a document become one: a headline repeats its story.

    Copies share property, subject, value and denial, and dates that agree (one
    missing, or one a coarser form of the other: 2019-09 and 2019-09-08); the
    same number for two different dates stays two claims. A copy stated in the
    document's own voice (the claimant is the publisher or unknown) joins a
    speaker's copy; two speakers' copies stay apart. The kept copy is the most
    confident, with the most precise date either has. A date that is only the
    document's ``published`` date (the fallback when the text gives none) agrees
    with any.
    """
    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda c: not has_speaker(c)):
        at = next((k for k, old in enumerate(kept) if copies(old, claim, published)), None)
        if at is None:
            kept.append(claim)
            continue
        old = kept[at]
        best, rest = (claim, old) if claim.confidence > old.confidence else (old, claim)
        if has_speaker(old) and not has_speaker(claim):
            best, rest = old, claim
        dates = [d for d in (best.as_of, rest.as_of) if d]
        kept[at] = replace(
            best, as_of=max(dates, key=lambda d: (d != published, len(d)), default=None)
        )
    return sorted(kept, key=lambda c: c.evidence.span.start)


def copies(a: Claim, b: Claim, published: str | None = None) -> bool:
    """Whether ``b`` tells claim ``a`` again (see :func:`merge_claims`)."""
    same = (a.property, a.subject, a.value, a.denied) == (b.property, b.subject, b.value, b.denied)
    dates = [None if d == published else d for d in (a.as_of, b.as_of)]
    if not same or not dates_agree(*dates):
        return False
    claimants = (a.claimant or "").casefold() == (b.claimant or "").casefold()
    return claimants or not has_speaker(a) or not has_speaker(b)


def dates_agree(a: str | None, b: str | None) -> bool:
    """Whether two ISO dates may name one moment (one missing, or one within the other)."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def has_speaker(claim: Claim) -> bool:
    """Whether someone other than the publisher asserts ``claim``."""
    return claim.claimant is not None and claim.claimant != claim.reported_by


def read_claim(
    doc: Document,
    number: int,
    quantity: Quantity,
    numbers: list[Quantity],
    previous: Prior | None = None,
) -> tuple[Claim, Reading] | None:
    """The claim of ``quantity`` in sentence ``number`` (with the word that gave its
    property), if a claim word and an owner are found."""
    value = claim_value(quantity)
    if value is None or is_share(doc, quantity) or is_few(quantity):
        return None
    first, last = token_range(doc, quantity.span)
    if is_one_of(doc, quantity, last):
        return None
    others = {
        i for q in numbers if q is not quantity and not is_few(q) for i in range_of(doc, q.span)
    }
    reading = read_property(doc, number, first, last, others) or subset_reading(
        doc, previous, first, last
    )
    if reading is None or (is_year(doc, quantity) and not counted_year(doc, first, reading)):
        return None
    reading = listed_reading(doc, reading, previous, first)
    if value.exact is not None and at_least_after(doc, last):
        value = ClaimValue(min=value.exact)
    attribution = attribute(doc.speech, number, at=first)
    where = (first, last, (previous.subject, previous.last) if previous else None)
    speaker = None if attribution.stand_in else attribution.claimant
    subject = read_subject(doc, number, where, reading, speaker)
    if subject is None:
        return None
    return build_claim(doc, number, quantity, value, reading, subject, attribution), reading


def at_least_after(doc: Document, last: int) -> bool:
    """Whether "at least" follows the number and its counted word (١٤ مقاتلاً على الأقل)."""
    end = noun_end(doc, last)
    return any(
        end < m.first <= end + 1 and any(w.kind == "minimum" for w in m.values) for m in doc.words
    )


SUBSET_OWNER_GAP = 2
"""How far after a subset's number its group's name may start (٧ من هيئة…: 2)."""


def subset_reading(doc: Document, previous: Prior | None, first: int, last: int) -> Reading | None:
    """For a number with no word of its own right after a subset word that follows a
    casualty count and right before a group's name ("…, بينهم ٧ من هيئة تحرير الشام"):
    the casualty count's property, owned by that group. A part with no group of its
    own ("including 4 children") is no claim apart."""
    if previous is None or previous.reading.word.property not in CASUALTIES:
        return None
    subset = any(
        m.last == first - 1 and previous.end < m.first and any(w.kind == "subset" for w in m.values)
        for m in doc.words
    )
    named = any(0 < actor.first - last <= SUBSET_OWNER_GAP for actor in doc.actors)
    return Reading(previous.reading.word, first, last, 1, True) if subset and named else None


def owner_closes(doc: Document, first: int) -> bool:
    """Whether the number at token ``first`` has its group named within a few words
    and the phrase ends there ("و١٢ من مقاتلي فصائل المعارضة،"), not a new predicate
    ("2,000 fighters of the group remain in …")."""
    owner = next((a for a in doc.actors if 0 < a.first - first <= SUBSET_OWNER_GAP + 2), None)
    return owner is not None and doc.analysis.closes_phrase(owner.last)


def listed_reading(doc: Document, reading: Reading, previous: Prior | None, first: int) -> Reading:
    """A count listed right after a casualty count (or after its owner and a comma)
    takes its property: "the toll at 11 soldiers and 7 fighters" counts dead fighters,
    not an army's strength."""
    if previous is None or previous.reading.word.property not in CASUALTIES:
        return reading
    if reading.word.kind != "count" or reading.word.property != "strength":
        return reading
    tokens = doc.analysis.text.tokens
    gap = doc.analysis.text.normalised[tokens[previous.end].span.end : tokens[first].span.start]
    listed = LIST_GAP.fullmatch(gap) is not None
    if not listed and not (OWNED_LIST_GAP.fullmatch(gap) and owner_closes(doc, first)):
        return reading
    return replace(previous.reading, first=reading.first, last=reading.last, after=reading.after)


def claim_value(quantity: Quantity) -> ClaimValue | None:
    """The facts-format value of ``quantity``: exact, approx, min and/or max."""
    low, high = quantity.low, quantity.high
    if low is None and high is None:
        return None
    if quantity.approx:
        return ClaimValue(approx=low if low is not None else high)
    if quantity.exact or low == high:
        return ClaimValue(exact=low if low is not None else high)
    return ClaimValue(min=low, max=high)


def is_few(quantity: Quantity) -> bool:
    """Whether ``quantity`` is a small amount word (several, عدة): no number is claimed."""
    top = quantity.high if quantity.high is not None else quantity.low
    return quantity.vague and (top or 0) < FEW


def is_one_of(doc: Document, quantity: Quantity, last: int) -> bool:
    """Whether ``quantity`` is the "one" of "one of the largest factions" / أحد من."""
    keys = doc.analysis.stream.keys
    one = quantity.low == 1 and quantity.high == 1
    return one and last + 1 < len(keys) and keys[last + 1] in ("of", "من")


def is_year(doc: Document, quantity: Quantity) -> bool:
    """Whether ``quantity`` is written like a year (four digits, 1800–2099)."""
    return YEAR.fullmatch(doc.analysis.words(quantity.span).strip(" ,.،")) is not None


def is_share(doc: Document, quantity: Quantity) -> bool:
    """Whether ``quantity`` is a percentage (``13%``, ``13 %``), not a count."""
    after = doc.analysis.text.normalised[quantity.span.end : quantity.span.end + 2].strip()
    return quantity.unit in ("%", "percent") or after.startswith(("%", "٪"))


def counted_year(doc: Document, first: int, reading: Reading) -> bool:
    """Whether a year-like number counts something: a count word follows, no time word leads."""
    if not (reading.after and reading.distance == 1):
        return False
    return not any(
        match.last == first - 1 and any(w.kind == "time" for w in match.values)
        for match in doc.words
    )


def read_property(
    doc: Document, number: int, first: int, last: int, others: set[int]
) -> Reading | None:
    """The claim word that says what the number at tokens ``first``..``last`` counts."""
    start, end = doc.speech.ranges[number]
    found: list[Reading] = []
    for match in doc.words:
        if match.first < start or match.last >= end:
            continue
        after = match.first > last
        if not after and match.last >= first:
            continue
        between = [
            i
            for i in (range(last + 1, match.first) if after else range(match.last + 1, first))
            if i not in doc.asides
        ]
        distance = len(between) + 1
        if distance > WINDOW or any(i in others for i in between):
            continue
        for word in match.values:
            if word.kind in PROPERTY_KINDS and word.position in (
                "any",
                "after" if after else "before",
            ):
                if not after and belongs_before(doc, match, word, others):
                    continue
                found.append(Reading(word, match.first, match.last, distance, after))
    chosen = choose_reading(found)
    if chosen is not None and chosen.word.kind == "count" and chosen.after:
        chosen = later_event(doc, chosen, end) or chosen
    return joined_reading(doc, chosen, others) if chosen is not None else None


def joined_reading(doc: Document, reading: Reading, others: set[int]) -> Reading:
    """Two casualty words joined by "and" count one number together: قتلت وأسرت عشرات
    → killed_and_captured, عشرات القتلى والجرحى → killed_and_injured."""
    first = reading.word.property
    if reading.word.kind == "pronoun" or first not in JOINED_NAMES:
        return reading
    tokens = doc.analysis.text.tokens
    for match in doc.words:
        if reading.after:  # "dozens killed and wounded", not "40 killed and dozens wounded"
            joined = (
                match.first == reading.last + 1
                and tokens[match.first].prefixes[:1] == "و"
                and not {match.last + 1, match.last + 2} & others
            )
        else:  # "killed and captured dozens", not "40 were killed and dozens wounded"
            joined = (
                match.last == reading.first - 1
                and tokens[reading.first].prefixes[:1] == "و"
                and not any(belongs_before(doc, match, w, others) for w in match.values)
            )
        other = next(
            (w for w in match.values if w.kind in PROPERTY_KINDS and w.property in JOINED_NAMES),
            None,
        )
        if joined and other is not None and other.property != first:
            pair = (other.property, first) if not reading.after else (first, other.property)
            name = "_and_".join(JOINED_NAMES[p] for p in pair)
            return replace(reading, word=replace(reading.word, property=name))
    return reading


def belongs_before(
    doc: Document, match: PhraseMatch[ClaimWord], word: ClaimWord, others: set[int]
) -> bool:
    """Whether an event word before the number tells what happened to a number before it:
    the first event word after that number ("30 were killed and 8 taken prisoner")."""
    if word.kind != "event" or word.position == "before":
        return False
    earlier = [i for i in others if i < match.first]
    if not earlier:
        return False
    start = max(earlier)
    return not any(
        start < m.first < match.first and any(w.kind == "event" for w in m.values)
        for m in doc.words
    )


def later_event(doc: Document, count: Reading, end: int) -> Reading | None:
    """An event word shortly after a counted noun and its owner (``500 fighters of X defected``)."""
    reach = count.last
    owner = owner_after(doc, list(doc.actors), reach)
    if owner is not None:
        reach = owner.last
    reach = after_aside(doc, reach, end)
    for match in doc.words:
        if not reach < match.first <= reach + WINDOW or match.last >= end:
            continue
        for word in match.values:
            if word.kind == "event" and word.position in ("any", "after"):
                return Reading(word, match.first, match.last, match.first - count.last, True)
    return None


def after_aside(doc: Document, last: int, end: int) -> int:
    """Past an aside that opens after token ``last`` (", including X and Y,"), if one does."""
    text = doc.analysis.text.normalised
    after = doc.analysis.text.tokens[last].span.end
    opening = ASIDE.match(text, after)
    if opening is None:
        return last
    close = text.find(",", opening.end())
    close = close if close >= 0 else text.find("،", opening.end())
    if close < 0:
        return last
    closing = bisect_left(doc.starts, close) - 1
    return closing if closing < end else last


def choose_reading(found: list[Reading]) -> Reading | None:
    """A named thing right after the number, else the nearest event word, else a count."""
    things = [
        r
        for r in found
        if r.word.kind == "count" and r.word.property != "strength" and r.after and r.distance == 1
    ]
    if things:
        return things[0]
    events = [r for r in found if r.word.kind == "event"]
    if events:
        return min(events, key=lambda r: (r.distance, r.after))
    counts = [r for r in found if r.word.kind == "count"]
    return min(counts, key=lambda r: (r.distance, not r.after)) if counts else None


def footnote_of(doc: Document, number: int) -> Footnote | None:
    """The reference entry the sentence stands in, else the first marker after it."""
    span = doc.analysis.text.sentences[number].span
    entry = entry_at(doc.footnotes, span.start)
    if entry is not None:
        return entry
    text = doc.analysis.text.normalised
    for marker in markers_near(text, span):
        if marker in doc.footnotes:
            return doc.footnotes[marker]
    # Wikipedia often cites once for a run of sentences: the next marker of the paragraph
    paragraph_end = text.find("\n", span.end)
    rest = MARKER.search(text, span.end, paragraph_end if paragraph_end >= 0 else len(text))
    if rest is not None and rest.group(0)[1:-1] in doc.footnotes:
        return doc.footnotes[rest.group(0)[1:-1]]
    return None


def as_of(
    doc: Document, number: int, footnote: Footnote | None = None, at: Span | None = None
) -> str | None:
    """The date of the sentence nearest the number at ``at`` in its clause (a date
    past "while" / في حين belongs to the other clause), else of the sentence it
    continues, else the date of the source it cites, else the published date."""
    span = doc.analysis.text.sentences[number].span
    every = doc.analysis.times_in(span)
    times = every if at is None else same_clause_times(doc, every, at)
    if not every and number > 0 and continues(doc.speech, number):
        times = doc.analysis.times_in(doc.analysis.text.sentences[number - 1].span)
    if times:
        return times[0].value
    cited = footnote.iso_date if footnote is not None else None
    return cited or doc.analysis.published


def same_clause_times(doc: Document, times: list[TimeExpr], at: Span) -> list[TimeExpr]:
    """``times`` with no clause break (a "boundary" word: في حين, while) between them and
    ``at``, nearest first."""
    tokens = doc.analysis.text.tokens
    breaks = [
        tokens[m.first].span.start for m in doc.words if any(w.kind == "boundary" for w in m.values)
    ]
    kept = [
        t
        for t in times
        if not any(min(t.span.start, at.start) < b < max(t.span.start, at.start) for b in breaks)
    ]
    return sorted(kept, key=lambda t: abs(t.span.start - at.start))


def settle_speaker(
    doc: Document, attribution: Attribution, footnote: Footnote | None
) -> tuple[str | None, str | None, str]:
    """Claimant, channel and how the claimant was found, with the publisher as the fallback."""
    if attribution.claimant is not None:
        channel = attribution.channel
        named = {entity.id for entity in doc.analysis.entities}
        if channel is None and attribution.claimant not in named:
            channel = DEFAULT_CHANNEL
        return attribution.claimant, channel, f"speaker {attribution.claimant}"
    if footnote is not None:
        outlet = outlet_named(doc.resources, footnote.outlet or footnote.text)
        name = outlet.name if outlet else footnote.outlet
        channel = attribution.channel or channel_in(doc.resources, footnote.title or "")
        return name, channel or DEFAULT_CHANNEL, f"footnote {footnote.marker}"
    return attribution.reported_by, attribution.channel or DEFAULT_CHANNEL, "publisher"


def build_claim(
    doc: Document,
    number: int,
    quantity: Quantity,
    value: ClaimValue,
    reading: Reading,
    subject: tuple[str, str],
    attribution: Attribution,
) -> Claim:
    """Put a claim together with its evidence, confidence and reason."""
    sentence = doc.analysis.text.sentences[number].span
    words = Span(
        doc.analysis.text.tokens[reading.first].span.start,
        doc.analysis.text.tokens[reading.last].span.end,
    )
    span = Span(min(quantity.span.start, words.start), max(quantity.span.end, words.end))
    footnote = footnote_of(doc, number)
    claimant, channel, how = settle_speaker(doc, attribution, footnote)
    cited = footnote.cited if footnote else attribution.cited
    confidence = 0.4 + (0.2 if reading.distance == 1 else 0.1)
    confidence += 0.2 if subject[1] == "named after the number" else 0.0
    confidence += 0.1 if attribution.claimant else 0.0
    word = doc.analysis.words(words)
    return Claim(
        property=reading.word.property,
        subject=subject[0],
        value=value,
        evidence=doc.analysis.evidence(span, sentence, cited),
        as_of=as_of(doc, number, footnote, quantity.span),
        claimant=claimant,
        channel=channel,
        reported_by=attribution.reported_by,
        denied=attribution.denied,
        confidence=round(min(confidence, 0.9), 2),
        reason=f"number+claim word {word!r} ({reading.word.source}), subject: {subject[1]}, {how}",
    )
