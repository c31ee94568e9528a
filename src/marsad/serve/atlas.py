"""The profile map: points of the entity's places over an outline of Syria, as SVG.

Drawn on the server from the gazetteer coordinates the knowledge base holds,
over ``outline.json`` (Natural Earth boundaries, derived once by
``scripts/derive_outline.py``): no tiles, no network. The projection is
equirectangular, scaled by the cosine of the middle latitude, which is
close enough at Syria's size. Places without coordinates, or outside the
outline's box, are listed beside the map instead.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.query.views import PlaceView

OUTLINE_FILE = Path(__file__).with_name("outline.json")
LABELLED = 8  # the most eventful places get a label; the rest a tooltip


@dataclass(frozen=True, slots=True)
class Country:
    """One country's rings (lon, lat), clipped to the outline's box."""

    name: str
    focus: bool
    rings: tuple[tuple[tuple[float, float], ...], ...]


@dataclass(frozen=True, slots=True)
class Outline:
    """The map's box (lon min, lat min, lon max, lat max) and the countries in it."""

    box: tuple[float, float, float, float]
    countries: tuple[Country, ...]


@dataclass(frozen=True, slots=True)
class Shape:
    """A country drawn: its SVG path, its name and where to write it."""

    name: str
    focus: bool
    path: str
    label_x: float
    label_y: float


@dataclass(frozen=True, slots=True)
class Point:
    """One or more places at one spot, drawn as a circle."""

    x: float
    y: float
    r: float
    places: tuple[PlaceView, ...]
    labelled: bool


@dataclass(frozen=True, slots=True)
class MapView:
    """Everything the template needs to draw the map and list the rest."""

    width: int
    height: int
    shapes: tuple[Shape, ...]
    points: tuple[Point, ...]
    outside: tuple[PlaceView, ...]
    unlocated: tuple[PlaceView, ...]


def load_outline(path: Path = OUTLINE_FILE) -> Outline:
    """Read the outline file written by ``scripts/derive_outline.py``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    countries = tuple(
        Country(
            name=str(c["name"]),
            focus=bool(c["focus"]),
            rings=tuple(tuple((float(x), float(y)) for x, y in ring) for ring in c["rings"]),
        )
        for c in data["countries"]
    )
    x0, y0, x1, y1 = (float(v) for v in data["box"])
    return Outline((x0, y0, x1, y1), countries)


class Projection:
    """Longitude and latitude to SVG pixels for one box and width."""

    def __init__(self, box: tuple[float, float, float, float], width: int) -> None:
        self.box = box
        x0, y0, x1, y1 = box
        self.aspect = math.cos(math.radians((y0 + y1) / 2))
        self.scale = width / ((x1 - x0) * self.aspect)
        self.width = width
        self.height = round((y1 - y0) * self.scale)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        x0, _, _, y1 = self.box
        return (lon - x0) * self.aspect * self.scale, (y1 - lat) * self.scale

    def contains(self, lon: float, lat: float) -> bool:
        x0, y0, x1, y1 = self.box
        return x0 <= lon <= x1 and y0 <= lat <= y1


def _shape(country: Country, project: Projection) -> Shape:
    parts: list[str] = []
    xs: list[float] = []
    ys: list[float] = []
    for ring in country.rings:
        points = [project(lon, lat) for lon, lat in ring]
        xs += [x for x, _ in points]
        ys += [y for _, y in points]
        parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z")
    label = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2) if xs else (0.0, 0.0)
    return Shape(country.name, country.focus, "".join(parts), *label)


def _points(located: Sequence[PlaceView], project: Projection) -> tuple[Point, ...]:
    spots: dict[tuple[float, float], list[PlaceView]] = {}
    for place in located:
        x, y = project(place.lon or 0.0, place.lat or 0.0)
        spots.setdefault((round(x, 1), round(y, 1)), []).append(place)
    ranked = sorted(spots.items(), key=lambda item: -sum(p.events for p in item[1]))
    points = []
    boxes: list[Box] = []
    for rank, ((x, y), places) in enumerate(ranked):
        weight = sum(max(p.events, 1) for p in places)
        radius = 4 + 2.5 * math.sqrt(weight)
        box = label_box(x, y, radius, places)
        labelled = rank < LABELLED and not any(overlaps(box, other) for other in boxes)
        if labelled:
            boxes.append(box)
        points.append(Point(x, y, round(radius, 1), tuple(places), labelled))
    return tuple(reversed(points))  # the biggest drawn last, on top


Box = tuple[float, float, float, float]


def label_box(x: float, y: float, radius: float, places: Sequence[PlaceView]) -> Box:
    """Roughly where a point's label is drawn (left, top, right, bottom): to the right
    of the mark, about 6.5 px a character."""
    text = len(places[0].name) + (4 if len(places) > 1 else 0)
    left = x + radius + 3
    return (left, y - 9, left + 6.5 * text, y + 5)


def overlaps(a: Box, b: Box) -> bool:
    """Whether two boxes share any area."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def draw_map(outline: Outline, places: Sequence[PlaceView], width: int = 640) -> MapView:
    """The map of ``places`` over ``outline``."""
    project = Projection(outline.box, width)
    located = [p for p in places if p.lat is not None and p.lon is not None]
    inside = [p for p in located if project.contains(p.lon or 0.0, p.lat or 0.0)]
    return MapView(
        width=width,
        height=project.height,
        shapes=tuple(_shape(c, project) for c in outline.countries),
        points=_points(inside, project),
        outside=tuple(p for p in located if p not in inside),
        unlocated=tuple(p for p in places if p.lat is None or p.lon is None),
    )
