"""Faults with real processes: two writers at once lose nothing; a killed import leaves
nothing half-written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from afterview.store import tracker
from afterview.store.database import open_store
from tests.paths import ROOT
from tests.store.samples import NOW, application

WRITER = """
import sys, time
from datetime import datetime, UTC
from pathlib import Path
from afterview.store.database import open_store
from afterview.store import tracker
url, app_id, count, tag, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], \
    Path(sys.argv[5])
store = open_store(url)
while not go.exists():
    time.sleep(0.01)
now = datetime(2026, 3, 12, 15, tzinfo=UTC)
for i in range(count):
    tracker.log_contact(store, app_id, {"at": "2026-03-11T10:00", "purpose": "other",
                                        "notes": f"{tag}-{i}"}, now=now)
    tracker.add_application(store, {"company": f"{tag}-{i}", "position": "P",
                                    "timezone": "UTC", "interview_at": "2026-03-10T10:00",
                                    "deadline": "NONE"}, now=now)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}


def test_two_processes_writing_at_once_lose_nothing(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    app_id = tracker.add_application(store, application(), now=NOW)["id"]
    go = tmp_path / "go"
    count = 40
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, db_url, str(app_id), str(count),
                                 tag, str(go)], env=_env(), stderr=subprocess.PIPE, text=True)
               for tag in ("a", "b")]
    time.sleep(1.0)  # both have opened the database
    go.touch()
    for writer in writers:
        _, err = writer.communicate(timeout=180)
        assert writer.returncode == 0, err
    record = tracker.get_application(store, app_id)
    notes = {c["notes"] for c in record["contacts"]}
    assert notes == {f"{tag}-{i}" for tag in "ab" for i in range(count)}
    from afterview.store.agenda import list_applications

    assert len(list_applications(db_url, today=NOW.date())) == 1 + 2 * count
    store.close()


def _whole_batches(db_url: str, total: int) -> int:
    """How many applications are in; fails if any is in only in part."""
    from sqlalchemy import func, select

    from afterview.store import models

    store = open_store(db_url)
    with store.read() as session:
        count = session.scalar(select(func.count()).select_from(models.Application)) or 0
        partial = session.scalar(select(func.count()).select_from(models.Application).where(
            ~models.Application.rounds.any() | ~models.Application.stage_history.any()))
    store.close()
    assert 0 <= count <= total
    assert partial == 0
    return count


def test_an_import_killed_halfway_keeps_whole_batches_and_resumes(db_url: str,
                                                                   tmp_path: Path) -> None:
    import uuid

    open_store(db_url).close()
    records: list[dict[str, Any]] = [
        {**application(company=f"Company {i}", people=[]), "uid": str(uuid.uuid4())}
        for i in range(4000)]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(records))
    command = [sys.executable, "-m", "afterview", "--db", db_url, "import", str(path)]
    proc = subprocess.Popen(command, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    line = proc.stderr.readline()  # the first batch is committed
    assert line.startswith("imported ") and line.endswith("/4000\n"), line
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    written = _whole_batches(db_url, 4000)
    assert int(line.split()[1].split("/")[0]) <= written < 4000
    again = subprocess.run(command, env=_env(), capture_output=True, text=True, timeout=300,
                           check=False)
    assert again.returncode == 0, again.stderr
    assert f"added {4000 - written}, changed 0 and skipped {written} of 4000" in again.stdout
    assert _whole_batches(db_url, 4000) == 4000


def test_ctrl_c_during_an_import_says_how_far_it_got(db_url: str, tmp_path: Path) -> None:
    open_store(db_url).close()
    path = tmp_path / "big.json"
    path.write_text(json.dumps([application(company=f"Company {i}", people=[])
                                for i in range(3000)]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "afterview", "--db", db_url, "import", str(path)],
        env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    assert proc.stderr.readline().startswith("imported ")
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    written = _whole_batches(db_url, 3000)
    assert written < 3000
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1] == (
        f"afterview: error: interrupted: {written} of 3000 applications were written, "
        "each whole; they are the first ones of the file")
    store = open_store(db_url)  # and the database is still usable
    tracker.add_application(store, application(), now=NOW)
    store.close()
