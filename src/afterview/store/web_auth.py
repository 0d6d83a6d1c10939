"""Sign-in state of the web interface: server-side sessions and failed password attempts.

Both live in the database, so that every worker and every restart sees the same sessions
and the same lockouts. A session is found by the SHA-256 of its random id (the id itself
is only in the browser's cookie) and carries a fingerprint of the password it was opened
with: when the server starts with another password, its sessions no longer count.

Failed attempts are counted per client address. ``FREE_TRIES`` wrong passwords in a row
are let through; each one after that locks the address out for twice as long as the
previous one (``FIRST_LOCKOUT``, doubling up to ``LONGEST_LOCKOUT``). During a lockout
no password is even looked at, the right one included.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, Integer, String, delete, or_, select, text
from sqlalchemy.orm import Mapped, mapped_column

from afterview.store.models import Base, Meta

if TYPE_CHECKING:
    from afterview.store.database import Store

FREE_TRIES = 5
FIRST_LOCKOUT = timedelta(seconds=15)
LONGEST_LOCKOUT = timedelta(hours=1)
FORGET_AFTER = timedelta(hours=24)
"""A run of failures older than this is forgotten: the address starts afresh."""
TOUCH_EVERY = timedelta(minutes=1)
"""How stale ``last_seen_at`` may get before a request writes it again (fewer writes)."""
_SALT_KEY = "web_password_salt"


class WebSession(Base):
    """One signed-in browser."""

    __tablename__ = "web_sessions"
    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    csrf: Mapped[str] = mapped_column(String(64))
    password_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime)


class LoginFailure(Base):
    """The current run of wrong passwords from one client address."""

    __tablename__ = "login_failures"
    address: Mapped[str] = mapped_column(String(100), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    last_failure_at: Mapped[datetime] = mapped_column(DateTime)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


def _utc(moment: datetime) -> datetime:
    """Naive UTC, as the tables store times."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def session_hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def password_key(store: Store, password: str) -> str:
    """A fingerprint of ``password``: scrypt with this database's own salt (made once).

    Slow on purpose (tens of milliseconds, computed once per start), so that a copy of the
    database does not give the password away to a quick guess.
    """
    with store.write() as session:
        row = session.get(Meta, _SALT_KEY)
        if row is None:
            row = Meta(key=_SALT_KEY, value=secrets.token_hex(16))
            session.add(row)
        salt = row.value
    digest = hashlib.scrypt(password.encode(), salt=salt.encode(), n=2**14, r=8, p=1,
                            dklen=32)
    return digest.hex()


def start_session(store: Store, session_id: str, *, csrf: str, key: str,
                  now: datetime) -> None:
    """Record a newly signed-in browser."""
    at = _utc(now)
    with store.write() as session:
        session.add(WebSession(id_hash=session_hash(session_id), csrf=csrf,
                               password_key=key, created_at=at, last_seen_at=at))


def find_session(store: Store, session_id: str, *, key: str, now: datetime,
                 idle: timedelta, lifetime: timedelta) -> str | None:
    """The CSRF token of a live session, or None (an expired or revoked one is deleted).

    A session lives while it was used within ``idle``, is younger than ``lifetime`` and
    was opened with the password the server runs with now.
    """
    at = _utc(now)
    id_hash = session_hash(session_id)
    with store.read() as session:
        row = session.get(WebSession, id_hash)
    if row is None:
        return None
    live = (hmac.compare_digest(row.password_key, key)
            and at - row.created_at < lifetime and at - row.last_seen_at < idle)
    if not live:
        end_session(store, session_id)
        return None
    if at - row.last_seen_at >= TOUCH_EVERY:
        with store.write() as session:
            found = session.get(WebSession, id_hash)
            if found is not None:
                found.last_seen_at = at
    return row.csrf


def end_session(store: Store, session_id: str) -> None:
    """Forget a session: its cookie opens nothing from now on."""
    with store.write() as session:
        session.execute(delete(WebSession).where(
            WebSession.id_hash == session_hash(session_id)))


def end_stale_sessions(store: Store, *, key: str, now: datetime, idle: timedelta,
                       lifetime: timedelta) -> int:
    """Delete the sessions of another password and the expired ones; how many went."""
    at = _utc(now)
    with store.write() as session:
        result = session.execute(delete(WebSession).where(or_(
            WebSession.password_key != key, WebSession.created_at <= at - lifetime,
            WebSession.last_seen_at <= at - idle)))
    return int(getattr(result, "rowcount", 0) or 0)


def _lockout(failures: int) -> timedelta:
    if failures < FREE_TRIES:
        return timedelta(0)
    doubled: timedelta = FIRST_LOCKOUT * (2 ** min(failures - FREE_TRIES, 20))
    return min(doubled, LONGEST_LOCKOUT)


def _wait(locked_until: datetime | None, at: datetime) -> int:
    if locked_until is None or locked_until <= at:
        return 0
    return max(1, math.ceil((locked_until - at).total_seconds()))


def password_attempt(store: Store, address: str, *, ok: bool, now: datetime) -> int:
    """Count one password attempt from ``address``; the seconds it must wait, else 0.

    When the address is locked out the attempt is refused whatever the password (the
    caller answers 429) and not counted. Otherwise a right password (``ok``) ends the
    address's run of failures and a wrong one extends it, locking the address out once
    it passes ``FREE_TRIES``. Check and count happen in one write transaction (the row
    locked on PostgreSQL), so parallel guesses cannot slip past the count.
    """
    at = _utc(now)
    address = address[:100]
    with store.read() as session:
        seen = session.get(LoginFailure, address)
    if seen is None and ok:
        return 0  # the common case: no failures, nothing to write
    if seen is not None and (wait := _wait(seen.locked_until, at)):
        return wait  # locked out: refused without a write (an attack costs no writes)
    with store.write() as session:
        session.execute(text(
            "INSERT INTO login_failures (address, failures, last_failure_at) "
            "VALUES (:address, 0, :at) ON CONFLICT (address) DO NOTHING"),
            {"address": address, "at": at})
        row = session.scalars(select(LoginFailure).where(LoginFailure.address == address)
                              .with_for_update()).one()
        wait = _wait(row.locked_until, at)
        if wait:
            return wait
        if ok:
            session.delete(row)
            return 0
        if at - row.last_failure_at > FORGET_AFTER:
            row.failures = 0
        row.failures += 1
        row.last_failure_at = at
        lockout = _lockout(row.failures)
        row.locked_until = at + lockout if lockout else None
        session.execute(delete(LoginFailure).where(
            LoginFailure.last_failure_at < at - FORGET_AFTER,
            or_(LoginFailure.locked_until.is_(None), LoginFailure.locked_until < at)))
    return 0


def lockout_left(store: Store, address: str, *, now: datetime) -> int:
    """Seconds ``address`` is still locked out for (0 when it may try)."""
    with store.read() as session:
        row = session.get(LoginFailure, address[:100])
    return 0 if row is None else _wait(row.locked_until, _utc(now))
