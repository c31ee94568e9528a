"""The shared table reader (:mod:`marsad.tables`), as the extract stage names it."""

from marsad.tables import Row, parse_table, read_table, split_list

__all__ = ["Row", "parse_table", "read_table", "split_list"]
