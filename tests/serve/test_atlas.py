"""The profile map: projection, outline, points and the places left beside it."""

from __future__ import annotations

import pytest

from marsad.query.views import PlaceView
from marsad.serve.atlas import Projection, draw_map, load_outline


def place(name: str, lat: float | None, lon: float | None, events: int = 1) -> PlaceView:
    return PlaceView(name.lower(), name, lat, lon, None, "town", events, ())


def test_outline_has_syria_in_focus() -> None:
    outline = load_outline()
    focus = [c for c in outline.countries if c.focus]
    assert [c.name for c in focus] == ["Syria"]
    x0, y0, x1, y1 = outline.box
    assert all(x0 <= x <= x1 and y0 <= y <= y1 for c in outline.countries
               for ring in c.rings for x, y in ring)  # fmt: skip


def test_projection_keeps_north_up_and_east_right() -> None:
    project = Projection((35.0, 32.0, 43.0, 38.0), 600)
    west, north = project(35.0, 38.0)
    east, south = project(43.0, 32.0)
    assert (west, north) == (0, 0)
    assert east == pytest.approx(600) and south == pytest.approx(project.height, abs=1)


def test_points_over_the_outline_and_the_rest_listed() -> None:
    places = [
        place("Kafr Nabl", 35.61, 36.56, 3), place("Idlib", 35.93, 36.63, 2),
        place("Twin", 35.93, 36.63, 1), place("Ankara", 39.93, 32.86),
        place("Tell Malah", None, None),
    ]  # fmt: skip
    drawn = draw_map(load_outline(), places)
    names = [p.name for point in drawn.points for p in point.places]
    assert sorted(names) == ["Idlib", "Kafr Nabl", "Twin"]
    assert len(drawn.points) == 2, "places at one spot share a point"
    assert [p.name for p in drawn.outside] == ["Ankara"]
    assert [p.name for p in drawn.unlocated] == ["Tell Malah"]
    assert all(0 <= p.x <= drawn.width and 0 <= p.y <= drawn.height for p in drawn.points)
    assert any(s.focus and s.path.startswith("M") for s in drawn.shapes)


def test_an_empty_map_still_draws_the_outline() -> None:
    drawn = draw_map(load_outline(), [])
    assert drawn.points == () and drawn.shapes


def test_labels_that_would_cover_each_other_are_left_to_the_list() -> None:
    places = [
        place("Kafr Zita", 35.375, 36.600, 3), place("Morek", 35.380, 36.605, 2),
        place("Aleppo", 36.20, 37.16, 1),
    ]  # fmt: skip
    drawn = draw_map(load_outline(), places)
    labelled = {p.places[0].name for p in drawn.points if p.labelled}
    assert labelled == {"Kafr Zita", "Aleppo"}, "the busier of two close places keeps its label"
