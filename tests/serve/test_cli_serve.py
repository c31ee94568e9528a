"""``marsad serve`` from the command line."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()


def test_help_has_an_example() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout and "--token" in result.stdout


def test_a_busy_port_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["--db", str(tmp_path / "s.db"), "serve", "--port", str(port)])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert f"port {port} on 127.0.0.1 is in use" in result.stderr


def test_an_unusable_store_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 50)
    result = runner.invoke(app, ["--db", str(bad), "serve"])
    assert result.exit_code == 2 and result.stderr.startswith("marsad: error:")


def test_serve_runs_the_app_with_the_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake_run(application: object, host: str, port: int, log_level: str) -> None:
        seen.update(app=application, host=host, port=port)

    monkeypatch.setattr("uvicorn.run", fake_run)
    monkeypatch.setenv("MARSAD_TOKEN", "s3cret")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = runner.invoke(app, ["--db", str(tmp_path / "s.db"), "serve", "--port", str(port)])
    assert result.exit_code == 0, result.stderr
    assert f"http://127.0.0.1:{port}/" in result.stdout and "writes allowed" in result.stdout
    assert seen["host"] == "127.0.0.1"
    state = seen["app"].state.marsad  # type: ignore[attr-defined]
    assert state.settings.token == "s3cret"
