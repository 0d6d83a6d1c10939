"""``afterview serve``: the web interface on this computer (127.0.0.1 unless told otherwise)."""

from __future__ import annotations

import ipaddress
import re
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


HOST_NAME = re.compile(r"(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
                       r"(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*", re.IGNORECASE)


def _host_name(value: str) -> str:
    """A bare host name or IP address, as a browser puts it in the Host header."""
    name = value.strip().rstrip(".")
    try:
        return str(ipaddress.ip_address(name.strip("[]")))
    except ValueError:
        pass
    if not HOST_NAME.fullmatch(name):
        raise InputError(f"--host-name {value!r} is not a host name: give the bare name "
                         "people type in the address bar, e.g. afterview.example.org")
    return name.lower()


def _check_tls(cert: Path | None, key: Path | None) -> None:
    """Both files given, readable, and a certificate with its key (one-line errors)."""
    if (cert is None) != (key is None):
        raise InputError("--tls-cert and --tls-key go together: give both files")
    if cert is None or key is None:
        return
    import ssl

    for flag, path in (("--tls-cert", cert), ("--tls-key", key)):
        if not path.is_file():
            raise InputError(f"{flag} {path}: no such file")
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(cert, key)
    except (ssl.SSLError, OSError) as exc:
        reason = str(getattr(exc, "reason", None) or exc).strip().splitlines()[0]
        raise InputError(f"--tls-cert {cert} with --tls-key {key} cannot be used: "
                         f"{reason} (PEM files: the certificate and its private key)") from exc


def check_remote(*, host: str, allow_remote: bool, password: str | None,
                 host_name: str | None, tls: bool, behind_proxy: bool) -> None:
    """Refuse a way of serving others that is missing a safeguard, in one line."""
    if not is_loopback(host) and not allow_remote:
        raise InputError(f"--host {host} lets other computers connect: add --allow-remote "
                         "and a --password to do that")
    if behind_proxy and not allow_remote:
        raise InputError("--behind-proxy serves other people: add --allow-remote and a "
                         "--password")
    if not allow_remote:
        return
    if not password:
        raise InputError("a --password is required when serving beyond this computer")
    if not host_name:
        raise InputError("--allow-remote needs --host-name NAME, the name people use to "
                         "reach this server (requests for other names are refused)")
    if tls and behind_proxy:
        raise InputError("choose one: --tls-cert/--tls-key (HTTPS here) or --behind-proxy "
                         "(HTTPS at the proxy)")
    if not (tls or behind_proxy):
        raise InputError("--allow-remote needs HTTPS: give --tls-cert and --tls-key, or "
                         "--behind-proxy when a reverse proxy on this computer handles it "
                         "(see docs/remote.md)")


def serve(
    *,
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
        "--allow-remote", help="Serve other computers (needs --password, --host-name and "
                               "--tls-cert/--tls-key or --behind-proxy).")
    ] = False,
    host_name: Annotated[str | None, typer.Option(
        "--host-name", help="The name people use to reach this server; requests for "
                            "other names are refused.")
    ] = None,
    tls_cert: Annotated[Path | None, typer.Option(
        "--tls-cert", help="Serve HTTPS with this certificate (PEM, with --tls-key).")
    ] = None,
    tls_key: Annotated[Path | None, typer.Option(
        "--tls-key", help="The private key of --tls-cert (PEM).")
    ] = None,
    behind_proxy: Annotated[bool, typer.Option(
        "--behind-proxy", help="A reverse proxy on this computer handles HTTPS; trust its "
                               "X-Forwarded-For and X-Forwarded-Proto (from 127.0.0.1 only).")
    ] = False,
) -> None:
    """Open Afterview in your browser: today's actions, pipeline, plans, drafts, stats."""
    tls = tls_cert is not None or tls_key is not None
    name = _host_name(host_name) if host_name else None
    check_remote(host=host, allow_remote=allow_remote, password=password, host_name=name,
                 tls=tls, behind_proxy=behind_proxy)
    _check_tls(tls_cert, tls_key)
    import uvicorn

    from afterview.web.app import create_app
    from afterview.web.config import WebConfig

    url, folder = _database(demo)
    if folder is not None:
        config_dir = Path(folder.name) / "config"
    else:
        from afterview.config import config_dir as user_config_dir

        config_dir = user_config_dir()
    hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1")
    if name:
        hosts = (*hosts, name)
    app = create_app(WebConfig(database_url=url, config_dir=config_dir, password=password,
                               allowed_hosts=hosts, demo=demo,
                               secure_cookies=tls or behind_proxy))
    scheme = "https" if tls else "http"
    shown = name or ("localhost" if is_loopback(host) else host)
    if behind_proxy:
        out.stderr.write(f"Afterview listens on http://{host}:{port}/ for the proxy that "
                         f"serves https://{shown}/  (Ctrl+C to stop)\n")
    else:
        out.stderr.write(f"Afterview is at {scheme}://{shown}:{port}/  (Ctrl+C to stop)\n")
    # uvicorn hands a stop signal back to the previous handler once it has shut down; make
    # that an exit so the demo's temporary folder is removed on SIGTERM as on Ctrl+C
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        # forwarded headers are believed only behind the proxy, and only from 127.0.0.1:
        # otherwise any client could name its own address and dodge the login limit
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False,
                    proxy_headers=behind_proxy, forwarded_allow_ips="127.0.0.1",
                    ssl_certfile=tls_cert, ssl_keyfile=tls_key)
    finally:
        if folder is not None:
            folder.cleanup()


def register(app: typer.Typer) -> None:
    app.command()(serve)
