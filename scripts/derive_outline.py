"""Derive the map outline of the web UI once: Syria and its neighbours, clipped.

Reads Natural Earth's 1:10m country boundaries as redistributed by the npm
package ``world-atlas`` (installed by ``npm ci`` into ``node_modules/``),
decodes the TopoJSON arcs, clips every country that reaches the map's box to
that box, drops points closer than ~1 km to the previous one, and writes
``src/marsad/serve/outline.json`` (a few tens of KB, committed).

Licences: Natural Earth data is in the public domain; world-atlas is ISC
(Copyright 2013-2019 Michael Bostock). Boundaries are Natural Earth's and are
drawn for orientation only.

    npm ci --ignore-scripts && python scripts/derive_outline.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "node_modules" / "world-atlas" / "countries-10m.json"
TARGET = REPO / "src" / "marsad" / "serve" / "outline.json"
BOX = (34.6, 31.9, 43.0, 37.7)  # lon min, lat min, lon max, lat max
FOCUS = "760"  # Syria
MIN_STEP = 0.01  # degrees between kept points
Point = tuple[float, float]


def decode_arcs(topology: dict) -> list[list[Point]]:
    """The arcs of a quantized TopoJSON topology in degrees."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(indexes: list[int], arcs: list[list[Point]]) -> list[Point]:
    """One ring from its arc indexes (``~i`` is arc ``i`` reversed)."""
    ring: list[Point] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(arc[1:] if ring else arc)
    return ring


def polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def clip_edge(ring: list[Point], inside, cross) -> list[Point]:
    """One step of Sutherland-Hodgman: keep the part of ``ring`` inside one edge."""
    kept: list[Point] = []
    for i, current in enumerate(ring):
        previous = ring[i - 1]
        if inside(current):
            if not inside(previous):
                kept.append(cross(previous, current))
            kept.append(current)
        elif inside(previous):
            kept.append(cross(previous, current))
    return kept


def at_x(x: float):
    return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))


def at_y(y: float):
    return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)


def clip_ring(ring: list[Point]) -> list[Point]:
    """``ring`` clipped to :data:`BOX`."""
    x0, y0, x1, y1 = BOX
    for inside, cross in (
        (lambda p: p[0] >= x0, at_x(x0)),
        (lambda p: p[0] <= x1, at_x(x1)),
        (lambda p: p[1] >= y0, at_y(y0)),
        (lambda p: p[1] <= y1, at_y(y1)),
    ):
        if not ring:
            break
        ring = clip_edge(ring, inside, cross)
    return ring


def thin(ring: list[Point]) -> list[list[float]]:
    """Points at least :data:`MIN_STEP` apart, rounded to 3 decimals."""
    kept: list[Point] = []
    for point in ring:
        if not kept or max(abs(point[0] - kept[-1][0]), abs(point[1] - kept[-1][1])) >= MIN_STEP:
            kept.append(point)
    return [[round(x, 3), round(y, 3)] for x, y in kept]


def main() -> int:
    if not SOURCE.exists():
        print(f"{SOURCE}: missing; run `npm ci --ignore-scripts` first", file=sys.stderr)
        return 2
    topology = json.loads(SOURCE.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        rings = []
        for polygon in polygons(geometry):
            for ring in (clip_ring(ring_points(indexes, arcs)) for indexes in polygon):
                if len(ring) >= 3:
                    rings.append(thin(ring))
        rings = [ring for ring in rings if len(ring) >= 3]
        if rings:
            countries.append(
                {
                    "id": geometry.get("id") or geometry["properties"]["name"],
                    "name": geometry["properties"]["name"],
                    "focus": geometry.get("id") == FOCUS,
                    "rings": rings,
                }
            )
    outline = {
        "source": "Natural Earth 1:10m admin-0 boundaries (public domain), "
        "via the npm package world-atlas 2.0.2 (ISC); derived by scripts/derive_outline.py",
        "box": list(BOX),
        "countries": sorted(countries, key=lambda c: (c["focus"], c["name"])),
    }
    TARGET.write_text(json.dumps(outline, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(countries)} countries, {TARGET.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
