"""Find, open and migrate the tracker's database (SQLite by default, PostgreSQL by URL).

The schema is brought up to date on first use with Alembic, configured in code (no
``alembic.ini``). A database written by a newer Afterview, or one that is not
Afterview's, is refused with a message that says so.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afterview.domain.errors import InputError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session

    from afterview.domain.policy import Policy

HEAD_REVISION = "0002"
"""The newest schema revision this version knows (a test keeps it equal to Alembic's head)."""
ENV_URL = "AFTERVIEW_DATABASE_URL"
BUSY_TIMEOUT_MS = 30_000
_PG_LOCK_KEY = 0x41465456  # "AFTV": serialises first-use migrations on PostgreSQL


class StoreError(InputError):
    """The database cannot be used: missing, not Afterview's, too new, or unreachable."""


def default_path() -> Path:
    """The SQLite file in the user's data folder (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("afterview", appauthor=False) / "afterview.db"


def resolve_url(db: str | None = None) -> str:
    """The database URL from ``--db`` (a path or URL), ``AFTERVIEW_DATABASE_URL``, or default."""
    raw = db or os.environ.get(ENV_URL) or str(default_path())
    if "://" not in raw:
        return "sqlite:///" + str(Path(raw).expanduser().resolve())
    if raw.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    if not raw.startswith(("sqlite", "postgresql")):
        raise StoreError(f"unsupported database URL {describe(raw)!r}: use a file path, "
                         "sqlite:///PATH or postgresql://…")
    return raw


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL (None for PostgreSQL or in-memory SQLite)."""
    if not url.startswith("sqlite"):
        return None
    path = url.split(":///", 1)[1] if ":///" in url else ""
    return Path(path) if path and path != ":memory:" else None


def describe(url: str) -> str:
    """A URL fit for messages: a SQLite file by its path, a password hidden."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}" if ":" in creds else url
    return url


POLICY_META_KEY = "policy"


def policy_key(policy: Policy) -> str:
    """A short fingerprint of a policy, kept beside the plan dates computed with it."""
    import hashlib

    return hashlib.sha256(policy.to_toml().encode()).hexdigest()[:16]


class Store:
    """An open tracker database; ``write()`` and ``read()`` give short-lived sessions.

    ``policy`` is the follow-up policy every plan is computed with; the plan dates stored
    on applications always match it (see ``use_policy``).
    """

    def __init__(self, engine: Engine, url: str) -> None:
        from afterview.domain.policy import DEFAULT_POLICY

        self.engine = engine
        self.url = url
        self.policy: Policy = DEFAULT_POLICY

    def use_policy(self, policy: Policy) -> int:
        """Plan with ``policy`` from now on; re-plan live applications if it changed.

        Returns how many applications were re-planned (0 when the stored dates already
        came from this policy).
        """
        from sqlalchemy import select

        from afterview.store import models
        from afterview.store.planning import store_plan
        from afterview.store.stages import PLANNED_STAGES

        self.policy = policy
        key = policy_key(policy)
        with self.write() as session:
            row = session.get(models.Meta, POLICY_META_KEY)
            from afterview.domain.policy import DEFAULT_POLICY

            stored = row.value if row is not None else policy_key(DEFAULT_POLICY)
            if stored == key:
                return 0
            # locked, in id order, so a contact logged meanwhile is not planned from stale rows
            apps = session.scalars(select(models.Application).where(
                models.Application.stage.in_(PLANNED_STAGES)).order_by(
                models.Application.id).with_for_update()).all()
            for app in apps:
                store_plan(app, policy)
            session.merge(models.Meta(key=POLICY_META_KEY, value=key))
            return len(apps)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One short write transaction; on SQLite it takes the write lock up front."""
        from sqlalchemy.orm import Session

        try:
            with self.engine.connect() as plain:
                conn = plain.execution_options(afterview_begin="BEGIN IMMEDIATE")
                with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                    yield session
        except ValueError as exc:
            self._refuse_damaged(exc)
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (its transaction is rolled back at the end)."""
        from sqlalchemy.orm import Session

        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except ValueError as exc:
            self._refuse_damaged(exc)
            raise

    def _refuse_damaged(self, exc: ValueError) -> None:
        """Raise a StoreError naming the damaged rows when they explain ``exc``."""
        if isinstance(exc, InputError) or not self.is_sqlite:
            return
        from afterview.store.integrity import damaged_message

        def rows(sql: str) -> list[Any]:
            with self.engine.connect() as conn:
                return list(conn.exec_driver_sql(sql).all())

        message = damaged_message(describe(self.url), rows)
        if message is not None:
            raise StoreError(message) from exc

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event

    path = sqlite_file(url)
    if path is not None:
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event issue BEGIN, so writes can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if path is not None:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("afterview_begin", "BEGIN"))

    return engine


def open_store(url: str, *, policy: Policy | None = None) -> Store:
    """Open the database at ``url``, creating or upgrading its schema when needed.

    With ``policy``, plans are computed with it, and stored plan dates computed with
    another policy are brought up to date first.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError

    try:
        if url.startswith("sqlite"):
            engine = _sqlite_engine(url)
        else:
            engine = create_engine(url, pool_pre_ping=True)
        _ensure_schema(engine, url)
    except StoreError:
        raise
    except ModuleNotFoundError as exc:
        raise StoreError(f"cannot open {describe(url)}: {exc.name} is not installed "
                         "(pip install 'afterview[postgres]')") from exc
    except (SQLAlchemyError, OSError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        if "file is not a database" in reason:
            raise StoreError(f"{describe(url)} is not an Afterview database "
                             "(it is not a SQLite file)") from exc
        raise StoreError(f"cannot open {describe(url)}: {reason}") from exc
    store = Store(engine, url)
    if policy is not None:
        store.use_policy(policy)
    return store


def _current(conn: Connection) -> tuple[str | None, bool, list[str]]:
    """(schema revision, marked as ours, table names) of the database on ``conn``."""
    from sqlalchemy import inspect, text

    tables = inspect(conn).get_table_names()
    revision = None
    if "alembic_version" in tables:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    ours = False
    if "afterview_meta" in tables:
        ours = conn.execute(text(
            "SELECT value FROM afterview_meta WHERE key = 'application'")).scalar() == "afterview"
    return revision, ours, tables


def _check_complete(tables: list[str], url: str) -> None:
    """Refuse a database of the current schema whose tables were dropped."""
    from afterview.store.models import Base

    missing = sorted(set(Base.metadata.tables) - set(tables))
    if missing:
        raise StoreError(f"{describe(url)} is damaged: tables missing ({', '.join(missing)});"
                         " restore it from a copy or use another file")


def _ensure_schema(engine: Engine, url: str) -> None:
    with engine.connect() as conn:
        revision, ours, tables = _current(conn)
        conn.rollback()
    if ours and revision == HEAD_REVISION:
        _check_complete(tables, url)
        return
    _check_known(revision, ours, tables, url)
    with engine.connect() as plain:
        conn = plain.execution_options(afterview_begin="BEGIN IMMEDIATE")
        with conn.begin():
            if conn.dialect.name == "postgresql":
                from sqlalchemy import text

                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            # another process may have migrated while this one waited for the lock
            revision, ours, tables = _current(conn)
            _check_known(revision, ours, tables, url)
            if not (ours and revision == HEAD_REVISION):
                _upgrade(conn)


def _known_revisions() -> set[str]:
    versions = Path(__file__).with_name("migrations") / "versions"
    return {p.name.split("_", 1)[0] for p in versions.glob("[0-9]*_*.py")}


def _check_known(revision: str | None, ours: bool, tables: list[str], url: str) -> None:
    if not tables:
        return
    if not ours:
        raise StoreError(f"{describe(url)} is not an Afterview database (it holds other "
                         f"tables: {', '.join(sorted(tables)[:5])}); use another file or URL")
    if revision is not None and revision not in _known_revisions():
        raise StoreError(f"{describe(url)} was written by a newer version of Afterview "
                         f"(schema {revision}; this version knows up to {HEAD_REVISION}): "
                         "upgrade Afterview to use it")


def _upgrade(conn: Connection) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    config.attributes["connection"] = conn
    command.upgrade(config, "head")
