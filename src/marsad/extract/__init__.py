"""The extract stage: a normalised :class:`~marsad.records.Text` → the facts it states.

Mentions of actors, persons and places come from dictionaries and grammars
matched in one pass over the token stream; dates and numbers from their
grammars; relations, events and claims from cue words around the mentions.
Every word list is a table under ``data/`` (see :mod:`marsad.extract.tables`).
"""
