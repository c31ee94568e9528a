"""Stores, apps and a browser for the serve tests.

The store is built once per session from ``examples/`` plus a hostile web
page (a ``<script>``, event-handler attributes, ``javascript:`` links), a
JSON document with a hostile title and address, and two contradicting
strength claims. Browser tests drive Debian's
Chromium at ``/usr/bin/chromium`` through Playwright; when it is missing the
session installs it with apt (we run as root), and the tests skip with the
reason when that fails. Playwright never downloads a browser here.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient

from marsad import pipeline
from marsad.config import load_config
from marsad.serve import ServeSettings, create_app
from marsad.store import Store
from tests.conftest import EXAMPLES, REPO

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts" / "serve"
TOKEN = "test-token-0123456789"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip

HOSTILE_HTML = """<!doctype html>
<html><head><meta charset="utf-8">
<title>Hostile &lt;script&gt;window.__pwned=1&lt;/script&gt; report</title>
<script>window.__pwned = "head script";</script>
</head><body>
<article>
<h1>Jaysh al-Izza fighters clash near Kafr Nabl</h1>
<p onclick="window.__pwned='onclick'">Jaysh al-Izza said on 3 September 2019 that its fighters
repelled an attack by government forces near Kafr Nabl in southern Idlib.</p>
<p>A local activist wrote &lt;img src=x onerror="window.__pwned='onerror'"&gt; and
&lt;script&gt;window.__pwned='text script'&lt;/script&gt; in a comment that was quoted verbatim.</p>
<p><a href="javascript:window.__pwned='link'">Read the statement</a> and
<img src="x" onerror="window.__pwned='img'"> more on the group's channel.</p>
<script>window.__pwned = "body script";</script>
<p>The group said about 1,500 fighters took part, according to its spokesman.</p>
</article>
</body></html>
"""

HOSTILE_JSON = {
    "text": "Jaysh al-Izza shelled positions near Kafr Zita, the group said on 5 May 2019.",
    "title": '<img src=x onerror="window.__pwned=1"> a title',
    "url": "javascript:window.__pwned='url'",
    "outlet": '<b onmouseover="window.__pwned=1">Outlet</b>',
    "lang": "en",
}


# Two claims of one property and period that cannot both be true, between
# web boilerplate lines (kept in the text, marked, dimmed on the page).
CONTRADICTION = (
    "تخطى إلى المحتوى\n\n"
    "In September 2019, a spokesman for Jaysh al-Izza said the group had 3,000 fighters.\n\n"
    "A defector told reporters in September 2019 that Jaysh al-Izza had only 800 fighters left.\n\n"
    "اترك تعليقاً\n"
)


@dataclass(frozen=True, slots=True)
class Corpus:
    """The session's store and what the tests look up in it."""

    db: Path
    hostile_html: int
    hostile_json: int
    arabic: int
    english: int
    contradiction: int
    izza: str


def _document_id(store: Store, name: str) -> int:
    return next(row.id for row in store.documents() if row.name == name)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("serve-corpus")
    shutil.copytree(EXAMPLES, folder / "examples")
    (folder / "hostile.html").write_text(HOSTILE_HTML, encoding="utf-8")
    (folder / "hostile.json").write_text(json.dumps(HOSTILE_JSON), encoding="utf-8")
    (folder / "contradiction.txt").write_text(CONTRADICTION, encoding="utf-8")
    db = folder / "serve.db"
    config = load_config()
    with Store.open(db) as store:
        resources = pipeline.load_resources(config, store)
        summary = pipeline.ingest_paths([str(folder)], store, config, resources)
        assert summary.failed == 0, summary.failures
        pipeline.rebuild_knowledge(store, config, resources)
        izza = store.entities_by_key(["js z"])[0].id
        return Corpus(
            db=db,
            hostile_html=_document_id(store, "hostile.html"),
            hostile_json=_document_id(store, "hostile.json"),
            arabic=_document_id(store, "02_tell-malah-tweet.txt"),
            english=_document_id(store, "10_kafr-nabl-timeline.txt"),
            contradiction=_document_id(store, "contradiction.txt"),
            izza=izza,
        )


@pytest.fixture(scope="session")
def client(corpus: Corpus) -> Iterator[TestClient]:
    """A read-only app (no token) over the session's store."""
    app = create_app(ServeSettings(db=str(corpus.db)))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def writable(tmp_path: Path, corpus: Corpus) -> Iterator[TestClient]:
    """An app with a token over a private copy of the store (writes don't leak)."""
    db = tmp_path / "writable.db"
    shutil.copyfile(corpus.db, db)
    app = create_app(ServeSettings(db=str(db), token=TOKEN))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(corpus: Corpus) -> Iterator[str]:
    """The app served by uvicorn on a free local port, in a thread."""
    port = _free_port()
    config = uvicorn.Config(
        create_app(ServeSettings(db=str(corpus.db))), host="127.0.0.1", port=port,
        log_level="warning",
    )  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _install_chromium() -> str | None:
    """Install Debian's chromium with apt; return why it failed, or None."""
    if os.geteuid() != 0:
        return "not root, so apt-get cannot install it"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"{' '.join(command)} failed: {exc}"
        if done.returncode != 0 and command[1] == "install":
            return f"apt-get install chromium failed: {done.stderr.strip()[-300:]}"
    return None if CHROMIUM.exists() else "apt-get ran but /usr/bin/chromium is still missing"


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's Chromium, installed with apt if missing; skips with the reason otherwise."""
    if not CHROMIUM.exists():
        problem = _install_chromium()
        if problem is not None:
            pytest.skip(f"Chromium is not available: {problem}")
    return str(CHROMIUM)


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[Any]:
    """A headless Chromium driven by Playwright (never a downloaded browser)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def artifacts() -> Path:
    """Where browser tests save their screenshots (gitignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
