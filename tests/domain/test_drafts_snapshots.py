"""Every draft kind in every tone for three records, compared with files on disk.

Run with AFTERVIEW_UPDATE_SNAPSHOTS=1 to rewrite the files after an intended change,
then read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from afterview.domain.drafts import KINDS, TONES, render_draft, render_thank_yous
from afterview.domain.errors import InputError

SNAPSHOTS = Path(__file__).parent / "snapshots" / "drafts"
RECORDS = ("team", "minimal", "british")
UPDATE = os.environ.get("AFTERVIEW_UPDATE_SNAPSHOTS") == "1"


def record(name: str) -> dict[str, Any]:
    return json.loads((SNAPSHOTS / "records" / f"{name}.json").read_text(encoding="utf-8"))


def assert_snapshot(path: Path, actual: str) -> None:
    """Compare with the stored file, or write it when updating snapshots."""
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"no snapshot {path}; run with AFTERVIEW_UPDATE_SNAPSHOTS=1"
    assert actual == path.read_text(encoding="utf-8"), f"{path} differs"


def snapshot_text(kind: str, data: dict[str, Any], tone: str) -> str:
    try:
        draft = render_draft(kind, data, tone=tone)
    except InputError as exc:
        return f"InputError (field {exc.field}): {exc.message}\n"
    to = draft.to.name or "(no name)"
    if draft.to.email:
        to += f" <{draft.to.email}>"
    return f"To: {to}\n---\n{draft.text()}"


@pytest.mark.parametrize("name", RECORDS)
@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("tone", TONES)
def test_every_kind_and_tone(name: str, kind: str, tone: str) -> None:
    assert_snapshot(SNAPSHOTS / name / f"{kind}.{tone}.txt",
                    snapshot_text(kind, record(name), tone))


@pytest.mark.parametrize("tone", TONES)
def test_one_thank_you_per_interviewer(tone: str) -> None:
    data = record("team")
    drafts = render_thank_yous(data, tone=tone, today=date(2026, 3, 10))
    text = "\n=====\n".join(f"To: {d.to.name}\n---\n{d.text()}" for d in drafts)
    assert_snapshot(SNAPSHOTS / "team" / f"thank_yous.{tone}.txt", text)


def test_eml_snapshot() -> None:
    message = render_draft("status_email", record("team")).eml()
    assert_snapshot(SNAPSHOTS / "team" / "status_email.formal.eml", message.as_string())


def test_mailto_snapshot() -> None:
    link = render_draft("thank_you_email", record("british")).mailto()
    assert_snapshot(SNAPSHOTS / "british" / "thank_you_email.casual.mailto", link + "\n")


def test_no_snapshot_is_orphaned() -> None:
    expected = {f"{n}/{k}.{t}.txt" for n in RECORDS for k in KINDS for t in TONES}
    expected |= {f"team/thank_yous.{t}.txt" for t in TONES}
    expected |= {"team/status_email.formal.eml", "british/thank_you_email.casual.mailto"}
    stored = {
        str(p.relative_to(SNAPSHOTS)) for p in SNAPSHOTS.rglob("*")
        if p.is_file() and p.parent.name != "records"
    }
    assert stored <= expected, sorted(stored - expected)
