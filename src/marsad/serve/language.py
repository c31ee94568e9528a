"""The interface language: strings from ``strings.tsv``, numbers and dates for a reader.

Arabic pages are laid out right to left with Arabic-Indic digits and the
Levantine month names (كانون الثاني … كانون الأول), as the ``ar-SY`` locale
writes them; English pages use ``20 June 2019``. A date is shown at the
precision it was given: ``2019``, ``June 2019``, ``20 June 2019``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import DataFileError
from marsad.query.names import best_name
from marsad.query.views import EntityRef, EntityView
from marsad.tables import parse_table

LANGS = ("en", "ar")
STRINGS_FILE = Path(__file__).with_name("strings.tsv")
ARABIC_DIGITS = str.maketrans("0123456789,.", "٠١٢٣٤٥٦٧٨٩٬٫")
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Strings:
    """Interface strings: key → text in each language."""

    table: Mapping[str, Mapping[str, str]]

    def text(self, lang: str, key: str) -> str | None:
        """The string ``key`` in ``lang`` (English when untranslated), or None if unknown."""
        row = self.table.get(key)
        if row is None:
            return None
        return row.get(lang) or row.get("en")


def load_strings(path: Path = STRINGS_FILE) -> Strings:
    """Read the strings table: columns ``key``, ``en``, ``ar``; errors name ``file:line``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), 0, f"cannot read the strings table: {exc}") from exc
    table: dict[str, dict[str, str]] = {}
    for row in parse_table(lines, str(path), ("key", "en")):
        if row.get("key") in table:
            raise row.error(f"key {row.get('key')!r} is listed twice")
        table[row.get("key")] = {lang: row.get(lang) for lang in LANGS if row.get(lang)}
    return Strings(table)


def plural_form(lang: str, n: int) -> str:
    """The CLDR plural category of ``n``: English one/other; Arabic zero/one/two/few/many/other."""
    if lang != "ar":
        return "one" if n == 1 else "other"
    if n in (0, 1, 2):
        return ("zero", "one", "two")[n]
    rest = n % 100
    return "few" if 3 <= rest <= 10 else "many" if 11 <= rest <= 99 else "other"


def script_of(name: str) -> str:
    """``arabic`` when ``name`` holds an Arabic letter, else ``latin``."""
    return "arabic" if ARABIC_LETTER.search(name) else "latin"


def choose_lang(asked: str | None, cookie: str | None, accept: str | None) -> str:
    """The page language: ``?lang=``, then the cookie, then the browser's first choice."""
    for candidate in (asked, cookie):
        if candidate in LANGS:
            return str(candidate)
    first = (accept or "").split(",")[0].strip().lower()
    return "ar" if first.startswith("ar") else "en"


def format_number(value: float, lang: str) -> str:
    """``1,500`` / ``١٬٥٠٠``; decimals only where the number has them."""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    return text.translate(ARABIC_DIGITS) if lang == "ar" else text


def format_value(value: Mapping[str, float], lang: str) -> str:
    """A claimed value: ``1,500``, ``≈1,500``, ``≥2,000``, ``≤500``, ``20–99``."""

    def n(key: str) -> str:
        return format_number(value[key], lang)

    if "exact" in value:
        return n("exact")
    if "approx" in value:
        return "≈" + n("approx")
    if "min" in value and "max" in value:
        return f"{n('min')}–{n('max')}"
    if "min" in value:
        return "≥" + n("min")
    if "max" in value:
        return "≤" + n("max")
    return "?"


@dataclass(slots=True)
class Ui:
    """What a page needs to speak its reader's language: strings, formats, names.

    ``names`` maps entity ids to their best name per script (``arabic``,
    ``latin``), so that a page in Arabic names entities in Arabic where the
    knowledge base has an Arabic name.
    """

    lang: str
    strings: Strings
    switch_url: str = ""
    names: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def dir(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"

    @property
    def other_lang(self) -> str:
        return "en" if self.lang == "ar" else "ar"

    def t(self, key: str, **values: object) -> str:
        """The interface string ``key``, with ``{name}`` placeholders filled.

        With a whole number ``n`` among the values, ``key.one``, ``key.two``,
        ``key.few`` … (the language's plural form of ``n``) wins when listed.
        """
        found = None
        count = values.get("n")
        if isinstance(count, int):
            found = self.strings.text(self.lang, f"{key}.{plural_form(self.lang, count)}")
        found = found if found is not None else self.strings.text(self.lang, key)
        text = key if found is None else found
        return PLACEHOLDER.sub(lambda m: self._fill(values, m.group(1), m.group(0)), text)

    def _fill(self, values: Mapping[str, object], name: str, raw: str) -> str:
        value = values.get(name, raw)
        return self.num(value) if isinstance(value, int | float) else str(value)

    @property
    def sep(self) -> str:
        """Between the items of a list: ``, `` / ``، ``."""
        return self.t("list.sep") + " "

    def label(self, group: str, value: str | None) -> str:
        """A vocabulary word (relation type, event kind, property…) in the page language."""
        if not value:
            return ""
        found = self.strings.text(self.lang, f"{group}.{value}")
        return found if found is not None else value.replace("_", " ")

    def labels(self, group: str, values: Sequence[str]) -> str:
        """Several vocabulary words, translated and joined."""
        return self.sep.join(self.label(group, v) for v in dict.fromkeys(values) if v)

    def num(self, value: float) -> str:
        return format_number(value, self.lang)

    def digits(self, text: str | int) -> str:
        """``text`` with its ASCII digits written the page's way."""
        return str(text).translate(ARABIC_DIGITS) if self.lang == "ar" else str(text)

    def value(self, value: Mapping[str, float]) -> str:
        return format_value(value, self.lang)

    def date(self, iso: str | None) -> str:
        """An ISO date at its precision, for people: ``June 2019`` / ``حزيران ٢٠١٩``."""
        if not iso:
            return ""
        match = ISO_DATE.match(iso)
        if match is None:
            return iso
        year, month, day = match.groups()
        parts = [self.digits(int(day))] if day else []
        if month and 1 <= int(month) <= 12:
            parts.append(self.t(f"month.{int(month)}"))
        parts.append(self.digits(year))
        return " ".join(parts)

    def period(self, start: str | None, end: str | None) -> str:
        """``June 2019 – 2020``; an open side shows as ``…``."""
        if not start and not end:
            return ""
        if start == end:
            return self.date(start)
        return f"{self.date(start) or '…'} – {self.date(end) or '…'}"

    def name(self, ref: EntityRef | None) -> str:
        """The entity's name in the page's script when the knowledge base has one."""
        if ref is None:
            return ""
        return self.name_of(ref.id, ref.name)

    @property
    def script(self) -> str:
        return "arabic" if self.lang == "ar" else "latin"

    def entity_name(self, entity: EntityView) -> str:
        """The canonical name if written in the page's script, else the best name that is."""
        if script_of(entity.canonical) == self.script:
            return entity.canonical
        return best_name(entity.type, entity.names, self.script) or entity.canonical

    def name_of(self, entity_id: str | None, canonical: str) -> str:
        """Like :meth:`entity_name`, for an entity known by id and canonical name."""
        if script_of(canonical) == self.script:
            return canonical
        return self.names.get(entity_id or "", {}).get(self.script) or canonical
