"""Writers racing on one application: the stage and plan end as if they had taken turns.

An employer's rejection and an outbound status follow-up logged at the same moment must
leave the application rejected with nothing scheduled, whichever commits first: on
PostgreSQL each write locks the application's row before reading it, on SQLite each write
takes the database's write lock before reading.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from afterview.domain.policy import Policy
from afterview.store import contact_log, tracker
from afterview.store.database import Store, open_store
from afterview.store.models import Application, Contact, StageChange
from afterview.store.transfer import import_records
from tests.store.samples import NOW, application

RACE_NOW = datetime(2026, 3, 17, 15, 0, tzinfo=UTC)
"""Tuesday of the status window (17–18 March) of the sample interview."""
THANK_YOU = {"at": "2026-03-10T17:00", "purpose": "thank_you", "channel": "email",
             "direction": "outbound"}
FOLLOW_UP = {"at": "2026-03-17T10:00", "notes": "status follow-up"}
REJECTION = {"at": "2026-03-17T10:05", "outcome": "rejected", "notes": "rejection"}
RACES = 1000
RACE_SECONDS = 300  # a bound against a hang, not a speed target (about 20 s on a quiet machine)


def _follow_up(store: Store, app_id: int) -> dict[str, Any]:
    return tracker.log_contact(store, app_id, FOLLOW_UP, now=RACE_NOW)


def _reject(store: Store, app_id: int) -> dict[str, Any]:
    return tracker.log_contact(store, app_id, REJECTION, direction="inbound", now=RACE_NOW)


def _awaiting_status(store: Store, count: int = 1) -> list[int]:
    """``count`` applications thanked for and waiting for the status window."""
    records = [application(company=f"Company {i}", people=[], contacts=[THANK_YOU])
               for i in range(count)]
    import_records(store, records, now=NOW)
    with store.read() as session:
        ids = list(session.scalars(select(Application.id).order_by(Application.id)))
    assert len(ids) == count
    return ids


@pytest.fixture
def opened(db_url: str) -> Iterator[Callable[[], Store]]:
    """Opens stores on ``db_url`` (each its own engine, so its own connections)."""
    stores: list[Store] = []

    def open_one() -> Store:
        stores.append(open_store(db_url))
        return stores[-1]

    yield open_one
    for store in stores:
        store.close()


def _waiting_on_a_lock(store: Store) -> int:
    """How many other sessions of this PostgreSQL database wait for a lock."""
    with store.engine.connect() as conn:
        return int(conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")).scalar_one())


def _in_thread(results: dict[str, Any], name: str, work: Callable[[], Any]
               ) -> threading.Thread:
    def run() -> None:
        try:
            results[name] = work()
        except BaseException as exc:  # handed to the test, which raises it
            results[name] = exc

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


def test_a_rejection_waits_for_a_follow_up_that_has_read_the_application(
        opened: Callable[[], Store]) -> None:
    """The follow-up has read the application and holds before writing; the rejection
    logged meanwhile must wait for it, then read the follow-up and end rejected."""
    check = opened()
    (app_id,) = _awaiting_status(check)
    follower, rejecter = opened(), opened()
    has_read, release = threading.Event(), threading.Event()

    @event.listens_for(follower.engine, "before_cursor_execute")
    def _hold_before_the_first_write(_conn: Any, _cursor: Any, statement: str, *_: Any
                                     ) -> None:
        if not has_read.is_set() and statement.lstrip().upper().startswith(
                ("INSERT", "UPDATE", "DELETE")):
            has_read.set()
            release.wait(30)

    results: dict[str, Any] = {}
    follow = _in_thread(results, "follow", lambda: _follow_up(follower, app_id))
    assert has_read.wait(30), results.get("follow")
    reject = _in_thread(results, "reject", lambda: _reject(rejecter, app_id))
    waited = False
    deadline = time.monotonic() + (10 if not check.is_sqlite else 1)
    while reject.is_alive() and time.monotonic() < deadline:
        if not check.is_sqlite and _waiting_on_a_lock(check):
            break
        reject.join(0.05)
    waited = reject.is_alive()
    release.set()
    follow.join(30)
    reject.join(30)
    for name in ("follow", "reject"):
        if isinstance(results.get(name), BaseException):
            raise results[name]
    record = tracker.get_application(check, app_id)
    assert record["stage"] == "rejected"
    with check.read() as session:
        assert session.execute(select(Application.final_on, Application.next_due_on).where(
            Application.id == app_id)).one() == (None, None)
    assert results["reject"]["previous_stage"] == "followed_up"
    assert [c["notes"] for c in record["contacts"]][1:] == ["status follow-up", "rejection"]
    assert [s["stage"] for s in record["stage_history"]] == ["awaiting", "followed_up",
                                                             "rejected"]
    assert waited, "the rejection did not wait for the follow-up's transaction"


def _racer(url: str, role: str, app_ids: list[int], start: Any, errors: Any) -> None:
    """One process of the race: logs its contact on each application as the other does."""
    store = open_store(url)
    log = _reject if role == "reject" else _follow_up
    try:
        for app_id in app_ids:
            start.wait(timeout=30)
            log(store, app_id)
    except BaseException as exc:
        errors.put(f"{role}: {type(exc).__name__}: {exc}")
        start.abort()
        raise
    finally:
        store.close()


def test_two_processes_racing_a_rejection_and_a_follow_up_lose_nothing(
        opened: Callable[[], Store], db_url: str) -> None:
    """1,000 races, each a rejection and a follow-up on a fresh application, started
    together by a barrier in two processes: every application ends rejected, with
    nothing scheduled and both contacts kept."""
    check = opened()
    app_ids = _awaiting_status(check, RACES)
    context = multiprocessing.get_context("spawn")
    start, errors = context.Barrier(2), context.Queue()
    racers = [context.Process(target=_racer, args=(db_url, role, app_ids, start, errors))
              for role in ("reject", "follow")]
    began = time.monotonic()
    for racer in racers:
        racer.start()
    for racer in racers:
        racer.join(max(1.0, began + RACE_SECONDS - time.monotonic()))
    for racer in racers:
        if racer.is_alive():
            racer.kill()
            racer.join()
    problems = []
    while not errors.empty():
        problems.append(errors.get(timeout=5))
    assert not problems, problems
    assert [r.exitcode for r in racers] == [0, 0], f"racers ran over {RACE_SECONDS} s"
    with check.read() as session:
        wrong = session.execute(select(Application.id, Application.stage, Application.final_on)
                                .where((Application.stage != "rejected")
                                       | Application.final_on.is_not(None)
                                       | Application.next_due_on.is_not(None))).all()
        contacts = dict(session.execute(select(Contact.application_id, func.count())
                                        .group_by(Contact.application_id)).all())
        last_stage = dict(session.execute(
            select(StageChange.application_id, StageChange.stage)
            .where(StageChange.id.in_(select(func.max(StageChange.id))
                                      .group_by(StageChange.application_id)))).all())
    assert len(wrong) == 0, f"{len(wrong)} of {RACES} races left a wrong stage: {wrong[:5]}"
    assert contacts == dict.fromkeys(app_ids, 3)
    assert last_stage == dict.fromkeys(app_ids, "rejected")


@pytest.mark.parametrize("write", [
    pytest.param(lambda s, i: contact_log.edit_contact(s, i, 1, {"notes": "typo"}, now=NOW),
                 id="edit-contact"),
    pytest.param(lambda s, i: contact_log.remove_contact(s, i, 1, now=NOW), id="remove-contact"),
])
def test_contact_corrections_lock_before_they_read(opened: Callable[[], Store],
                                                   write: Callable[[Store, int], Any]) -> None:
    store = opened()
    app_id = tracker.add_application(store, application(), now=NOW)["id"]
    tracker.log_contact(store, app_id, {"at": "2026-03-10T16:00", "notes": "thanks"}, now=NOW)
    _assert_locks_first(store, lambda: write(store, app_id))


@pytest.mark.parametrize("write", [
    pytest.param(lambda s, i: tracker.edit_application(s, i, {"notes": "n"}), id="edit"),
    pytest.param(lambda s, i: tracker.edit_person(s, i, 1, {"title": "Lead"}), id="person"),
    pytest.param(lambda s, i: tracker.remove_person(s, i, 2), id="remove-person"),
    pytest.param(lambda s, i: tracker.add_round(s, i, {"interview_at": "2026-03-20T10:00"}),
                 id="round"),
    pytest.param(lambda s, i: tracker.log_contact(s, i, FOLLOW_UP), id="log"),
    pytest.param(lambda s, i: tracker.close_application(s, i, "withdrawn"), id="close"),
    pytest.param(lambda s, i: s.use_policy(Policy(no_deadline_earliest_days=10)), id="policy"),
])
def test_every_write_locks_before_it_reads(opened: Callable[[], Store],
                                           write: Callable[[Store, int], Any]) -> None:
    """Each write that derives from the stored application locks it before reading it:
    ``SELECT … FOR UPDATE`` on PostgreSQL, ``BEGIN IMMEDIATE`` first on SQLite."""
    store = opened()
    app_id = tracker.add_application(store, application(), now=NOW)["id"]
    _assert_locks_first(store, lambda: write(store, app_id))


def _assert_locks_first(store: Store, write: Callable[[], Any]) -> None:
    statements: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(" ".join(statement.split()))

    write()
    reads = [s for s in statements if s.upper().startswith(("SELECT", "BEGIN"))]
    if store.is_sqlite:
        assert reads[0] == "BEGIN IMMEDIATE", reads[:2]
    else:
        first = next(s for s in reads if "FROM applications" in s)
        assert first.endswith("FOR UPDATE"), first
