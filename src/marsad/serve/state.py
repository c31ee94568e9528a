"""What one server holds: its settings, the store threads, and what it loads once.

SQLite connections belong to the thread that opened them, so each
:class:`StoreWorker` owns one thread and one :class:`~marsad.store.Store`:
every read runs on the reader's thread, every write on the writer's, one at
a time (the store has a single writer). Readers see the last committed
knowledge base while a write is in progress (the store uses WAL).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from marsad.config import Config
from marsad.query import Stances, load_search_resources, load_stances
from marsad.serve.language import Strings, load_strings
from marsad.store import Store

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """Options of the serve stage.

    ``token`` enables the write endpoints (``None``: the server is read-only);
    ``page_size`` is the length of list pages.
    """

    db: str
    config: Config = field(default_factory=Config)
    token: str | None = None
    page_size: int = 50


class StoreWorker:
    """One thread owning one store; :meth:`run` calls a function with it on that thread."""

    def __init__(self, path: str, name: str) -> None:
        self._path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._store: Store | None = None

    def _call(self, work: Callable[[Store], T]) -> T:
        if self._store is None:
            self._store = Store.open(self._path)
        return work(self._store)

    async def run(self, work: Callable[[Store], T]) -> T:
        """``work(store)`` on this worker's thread, awaited."""
        return await asyncio.wrap_future(self._executor.submit(self._call, work))

    def close(self) -> None:
        """Close the store on its own thread and stop the thread."""

        def close_store() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None

        self._executor.submit(close_store).result()
        self._executor.shutdown()


class Cache(Generic[T]):
    """Something loaded on first use and kept: ``Cache(load).get()``; thread-safe."""

    def __init__(self, load: Callable[[], T]) -> None:
        self._load = load
        self._value: T | None = None
        self._lock = threading.Lock()

    def get(self) -> T:
        with self._lock:
            if self._value is None:
                self._value = self._load()
            return self._value


class ServeState:
    """Everything a running app shares between requests (one per app: no module state)."""

    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        self.reader = StoreWorker(settings.db, "marsad-read")
        self.writer = StoreWorker(settings.db, "marsad-write")
        self.strings: Strings = load_strings()
        self.stances: Stances = load_stances(settings.config.extract.outlets_table)
        self.search_resources = Cache(lambda: load_search_resources(settings.config.text))

    def close(self) -> None:
        self.reader.close()
        self.writer.close()
