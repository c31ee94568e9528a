"""Exceptions raised by marsad.

Every message says what failed, where, and what to do about it. The CLI
catches :class:`MarsadError`, prints its message on one line and exits
non-zero; anything else is a bug.

    MarsadError
    ├── ConfigError            a config file or option is wrong
    ├── DataFileError          a data table has a bad line (names file:line)
    ├── InputError             one input item cannot be read
    │   ├── UnreadableFileError    missing, a folder, or no permission
    │   ├── EmptyDocumentError     nothing but whitespace
    │   ├── BinaryFileError        not text at all
    │   ├── DecodeError            no charset decodes it
    │   └── JsonLineError          a JSON line or file is malformed
    ├── StoreError             the database cannot be opened or written
    │   └── SchemaError            the database schema is newer or foreign
    └── NotFoundError          a name, id or document is not in the store
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base class of every error marsad raises on purpose."""


class ConfigError(MarsadError):
    """A configuration file or option is invalid."""


class DataFileError(MarsadError):
    """A data table under ``data/`` (or a user override) has a bad line."""

    def __init__(self, path: str, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path = path
        self.line = line


class InputError(MarsadError):
    """One input item cannot be read; a batch records it and goes on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnreadableFileError(InputError):
    """The path does not exist, is not a regular file, or cannot be opened."""


class EmptyDocumentError(InputError):
    """The item holds no text."""


class BinaryFileError(InputError):
    """The item is binary data, not a text document."""


class DecodeError(InputError):
    """No character set decodes the item."""


class JsonLineError(InputError):
    """A JSON document or JSON line is malformed or lacks a text field."""


class StoreError(MarsadError):
    """The store cannot be opened, migrated or written."""


class SchemaError(StoreError):
    """The store's schema is newer than this marsad or not a marsad store."""


class NotFoundError(MarsadError):
    """An entity, fact or document asked for is not in the store."""
