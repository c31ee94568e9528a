"""The data behind the profile charts."""

from __future__ import annotations

import pytest

from marsad.serve.charts import period


@pytest.mark.parametrize(
    ("iso", "expected"),
    [("2019", ("2019-01-01", "2020-01-01")), ("2019-12", ("2019-12-01", "2020-01-01")),
     ("2019-06", ("2019-06-01", "2019-07-01")), ("2019-12-31", ("2019-12-31", "2020-01-01")),
     ("2020-02-29", ("2020-02-29", "2020-03-01")), ("2019-02-30", ("2019-02-28", "2019-03-01")),
     (None, None), ("", None), ("late", None), ("0000", None)],
)  # fmt: skip
def test_period(iso: str | None, expected: tuple[str, str] | None) -> None:
    assert period(iso) == expected
