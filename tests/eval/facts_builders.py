"""Small builders for hand-made facts objects used by the eval tests."""

from __future__ import annotations

from typing import Any


def entity(ref: str, kind: str, *names: str, canonical: str | None = None) -> dict[str, Any]:
    """An entity object; ``canonical`` defaults to the first name."""
    return {"id": ref, "type": kind, "canonical": canonical or names[0], "names": list(names)}


def document(name: str = "d.txt", /, **sections: list[Any]) -> dict[str, Any]:
    """A facts object with empty sections except those given."""
    doc: dict[str, Any] = {"doc": name, "lang": "ar", "published": None, "outlet": None}
    for section in ("entities", "relations", "events", "claims"):
        doc[section] = sections.get(section, [])
    return doc


# A cast shared by many tests: gold uses Arabic names, predictions English.
GOLD_ENTITIES = [
    entity("e1", "actor", "جيش العزة", canonical="Jaysh al-Izza"),
    entity("e2", "person", "جميل الصالح", canonical="Jamil al-Saleh"),
    entity("e3", "actor", "قوات النظام", canonical="Syrian Arab Army"),
    entity("e4", "place", "تل ملح", canonical="Tell Malah"),
    entity("e5", "place", "اللطامنة", canonical="Al-Lataminah"),
]
PREDICTED_ENTITIES = [
    entity("p1", "actor", "Jaysh al-Izza"),
    entity("p2", "person", "جميل الصالح"),
    entity("p3", "actor", "Syrian Arab Army"),
    entity("p4", "place", "Tell Malah"),
    entity("p5", "place", "Lataminah"),
]
