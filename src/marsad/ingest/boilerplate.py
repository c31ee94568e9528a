"""Web boilerplate lines: the table loader and the line matcher.

The table (``data/boilerplate.tsv`` by default) has one regular expression a
line, matched against a whole line of the original text. Both the line and
the pattern are folded first (:func:`fold_line`), so one spelling of an Arabic
phrase covers its hamza, ta marbuta, alef maqsura and tanween variants. A rule
of scope ``list`` heads a list ("Related articles", ``اقرأ أيضاً``): the
bulleted lines right under it are boilerplate too (:func:`is_list_item`); the
first line without a bullet, or a blank line, ends the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import DataFileError

# The fold: Arabic diacritics (tanween, short vowels, shadda, sukun,
# superscript alef) and tatweel dropped; letter variants read as one letter.
_FOLD = str.maketrans(
    {
        **dict.fromkeys([*range(0x064B, 0x0653), 0x0670, 0x0640], None),
        **{"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي", "ة": "ه"},
    }
)
_SPACES = re.compile(r"\s+")
_LANG = re.compile(r"[a-z]{2,3}|\*")
_COMMENT = "#"
# Named groups and back-references would clash once the rules are joined.
_UNSUPPORTED = re.compile(r"\(\?P[<=]|\\[1-9]")
SCOPES = ("line", "list")
_BULLET = re.compile(r"(?:[-–—•*·▪►]|\d{1,2}[.)])\s")


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    """One line of the boilerplate table."""

    pattern: str
    lang: str
    note: str
    line: int
    scope: str = "line"


def fold_line(line: str) -> str:
    """Fold a line for boilerplate matching (also used on the patterns).

    Removes diacritics and tatweel, unifies alef/hamza, ya and ta marbuta
    forms and collapses whitespace. Only Arabic letters and whitespace are
    touched, so a regular expression keeps its meaning.
    """
    folded = line.translate(_FOLD)
    return _SPACES.sub(" ", folded).strip()


def parse_rule(text: str, path: str, lineno: int) -> BoilerplateRule | None:
    """Parse one table line; ``None`` for blank and comment lines."""
    if not text.strip() or text.lstrip().startswith(_COMMENT):
        return None
    columns = text.split("\t")
    if len(columns) not in (2, 3, 4):
        raise DataFileError(
            path,
            lineno,
            f"expected 'pattern<TAB>lang<TAB>note<TAB>scope', found {len(columns)} column(s)",
        )
    pattern, lang = columns[0].strip(), columns[1].strip()
    note = columns[2].strip() if len(columns) > 2 else ""
    scope = (columns[3].strip() if len(columns) > 3 else "") or "line"
    if scope not in SCOPES:
        raise DataFileError(path, lineno, f"scope {scope!r} is not one of {', '.join(SCOPES)}")
    if not pattern:
        raise DataFileError(path, lineno, "empty pattern; write a regular expression or delete it")
    if not _LANG.fullmatch(lang):
        raise DataFileError(path, lineno, f"lang {lang!r} is not a language code (ar, en) or *")
    if _UNSUPPORTED.search(pattern):
        raise DataFileError(
            path, lineno, "named groups and back-references are not supported; use (?:...)"
        )
    try:
        re.compile(fold_line(pattern), re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(path, lineno, f"pattern does not compile: {exc}; fix it") from exc
    return BoilerplateRule(pattern=pattern, lang=lang, note=note, line=lineno, scope=scope)


def load_boilerplate_rules(path: Path) -> tuple[BoilerplateRule, ...]:
    """Read a boilerplate table; a bad line raises :class:`DataFileError`."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), 0, f"cannot read the boilerplate table ({exc})") from exc
    rules: list[BoilerplateRule] = []
    for lineno, text in enumerate(content.splitlines(), start=1):
        rule = parse_rule(text, str(path), lineno)
        if rule is not None:
            rules.append(rule)
    return tuple(rules)


def compile_rules(rules: tuple[BoilerplateRule, ...]) -> re.Pattern[str]:
    """Compile all rules into one alternation, matched once per line."""
    if not rules:
        return re.compile(r"(?!)")
    alternatives = "|".join(f"(?:{fold_line(rule.pattern)})" for rule in rules)
    return re.compile(alternatives, re.IGNORECASE)


def is_boilerplate(line: str, matcher: re.Pattern[str]) -> bool:
    """Whether a line (of the original text) is boilerplate as a whole."""
    folded = fold_line(line)
    return bool(folded) and matcher.fullmatch(folded) is not None


def is_list_item(line: str) -> bool:
    """Whether a line (stripped) under a list heading is one of its items: a bullet
    opens it. Prose right under the heading, with no blank line between, is not."""
    return _BULLET.match(line) is not None
