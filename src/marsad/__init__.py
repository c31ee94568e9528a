"""marsad: a sourced knowledge base of armed actors from Arabic and English reports.

``marsad.read(text)`` returns the facts of one text; ``marsad.Reader`` loads
the tables once to read many. Both are imported lazily, so that importing a
stage module does not load every other stage.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Reader", "read"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from marsad import api

        return getattr(api, name)
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")
