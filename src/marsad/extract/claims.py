"""Claims: numbers someone asserts — fighters, dead, wounded, prisoners, vehicles…

For each number of a sentence (not a footnote marker, not part of a date, not
a bare year):

1. **Property** — a word of ``claim_words.tsv`` near the number
   (:mod:`marsad.extract.claim_readings`). No word, no claim.
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

from dataclasses import replace

from marsad.extract.attribution import (
    Attribution,
    attribute,
    channel_in,
    continues,
)
from marsad.extract.claim_document import (
    DEFAULT_CHANNEL,
    FEW,
    YEAR,
    Document,
    Prior,
    Reading,
    index_document,
    noun_end,
    range_of,
    token_range,
)
from marsad.extract.claim_readings import (
    at_least_after,
    is_people,
    listed_reading,
    read_property,
    subset_reading,
)
from marsad.extract.claim_resources import ClaimResources, outlet_named
from marsad.extract.claim_subjects import (
    read_subject,
)
from marsad.extract.context import Analysis
from marsad.extract.footnotes import (
    MARKER,
    Footnote,
    entry_at,
    markers_near,
)
from marsad.extract.timeline import is_dateline
from marsad.records import Claim, ClaimValue, Quantity, Span, TimeExpr

MIN_BARE_STRENGTH = 20
"""A count of people with no strength word (has, يضم, numbering) under this is people
in a story ("two young men", "14 of its members"), not a group's strength."""


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
            and token_range(doc, q.span)[0] not in doc.parts
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
    if value is None or is_share(doc, quantity) or is_few(quantity) or in_name(doc, quantity):
        return None
    first, last = token_range(doc, quantity.span)
    if is_one_of(doc, quantity, last) or is_measured(doc, last):
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
    if is_people(reading) and is_below(value, MIN_BARE_STRENGTH):
        return None  # "three blindfolded men", "14 of its members": people in a story
    if value.exact is not None and at_least_after(doc, last):
        value = ClaimValue(min=value.exact)
    attribution = attribute(doc.speech, number, at=first)
    where = (first, last, (previous.subject, previous.last) if previous else None)
    speaker = None if attribution.stand_in else attribution.claimant
    subject = read_subject(doc, number, where, reading, speaker)
    if subject is None:
        return None
    return build_claim(doc, number, quantity, value, reading, subject, attribution), reading


def in_name(doc: Document, quantity: Quantity) -> bool:
    """Whether ``quantity`` is written inside a name (حي الشهيدين, "the 25th Division"):
    part of what something is called, not a count."""
    return any(
        m.mention.span.start <= quantity.span.start and quantity.span.end <= m.mention.span.end
        for m in doc.analysis.mentions
    )


def is_measured(doc: Document, last: int) -> bool:
    """Whether a unit of time or distance follows the number (48 ساعة, 10 km)."""
    return any(m.first == last + 1 and any(w.kind == "unit" for w in m.values) for m in doc.words)


def is_below(value: ClaimValue, bound: float) -> bool:
    """Whether every number ``value`` allows is under ``bound`` (a bare lower bound,
    "more than 10", allows any number above it)."""
    top = value.max if value.max is not None else value.exact or value.approx
    return top is not None and top < bound


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
    continues, else the date of the source it cites, else the date line above it in a
    digest of dated posts, else the published date."""
    span = doc.analysis.text.sentences[number].span
    every = doc.analysis.times_in(span)
    times = every if at is None else same_clause_times(doc, every, at)
    if not every and number > 0 and continues(doc.speech, number):
        times = doc.analysis.times_in(doc.analysis.text.sentences[number - 1].span)
    text = doc.analysis.text.normalised
    times = [t for t in times if not is_dateline(t, text)] or times  # not the filing day
    if times:
        return times[0].value
    cited = footnote.iso_date if footnote is not None else None
    above = [value for end, value in doc.headers if end <= span.start]
    return cited or (above[-1] if above else doc.analysis.published)


def same_clause_times(doc: Document, times: list[TimeExpr], at: Span) -> list[TimeExpr]:
    """``times`` with no clause break (a "boundary" word: في حين, while) between them and
    ``at``, nearest first."""
    tokens = doc.analysis.text.tokens
    breaks = [tokens[index].span.start for index in doc.boundaries]
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
