"""``afterview serve``: the web interface on this computer (127.0.0.1 unless told otherwise)."""

from __future__ import annotations

import ipaddress
import signal
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.console import out
from afterview.domain.errors import InputError

LOOPBACK_NAMES = {"localhost"}


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this computer."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _database(demo: bool) -> tuple[str, tempfile.TemporaryDirectory[str] | None]:
    """The database URL to serve, and for ``--demo`` the temporary folder that holds it."""
    if not demo:
        from afterview.store.database import resolve_url

        return resolve_url(out.database), None
    from datetime import UTC, datetime

    from afterview.store.demo import create_demo

    folder = tempfile.TemporaryDirectory(prefix="afterview-demo-")
    path = Path(folder.name) / "demo.db"
    now = datetime.now(UTC)
    create_demo(path, today=now.astimezone().date(), now=now)
    return f"sqlite:///{path}", folder


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    demo: Annotated[bool, typer.Option(
        "--demo", help="Serve a fresh SQLite file with sample data (your data is untouched).")
    ] = False,
    password: Annotated[str | None, typer.Option(
        envvar="AFTERVIEW_PASSWORD",
        help="Ask for this password before showing anything (required off this computer).")
    ] = None,
    allow_remote: Annotated[bool, typer.Option(
        "--allow-remote", help="Allow a HOST other than this computer (needs --password).")
    ] = False,
) -> None:
    """Open Afterview in your browser: today's actions, pipeline, plans, drafts, stats."""
    if not is_loopback(host):
        if not allow_remote:
            raise InputError(f"--host {host} lets other computers connect: add --allow-remote "
                             "and a --password to do that")
        if not password:
            raise InputError("a --password is required when serving beyond this computer")
    import uvicorn

    from afterview.web.app import create_app
    from afterview.web.config import WebConfig

    url, folder = _database(demo)
    if folder is not None:
        config_dir = Path(folder.name) / "config"
    else:
        from afterview.config import config_dir as user_config_dir

        config_dir = user_config_dir()
    hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]", "::1")
    if not is_loopback(host):
        hosts = ("*",)
    app = create_app(WebConfig(database_url=url, config_dir=config_dir, password=password,
                               allowed_hosts=hosts, demo=demo))
    shown = "localhost" if is_loopback(host) else host
    out.stderr.write(f"Afterview is at http://{shown}:{port}/  (Ctrl+C to stop)\n")
    # uvicorn hands a stop signal back to the previous handler once it has shut down; make
    # that an exit so the demo's temporary folder is removed on SIGTERM as on Ctrl+C
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        if folder is not None:
            folder.cleanup()


def register(app: typer.Typer) -> None:
    app.command()(serve)
