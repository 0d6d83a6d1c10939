"""Where the development sets live: tests/data/, inside the repository."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def jsonl(name: str) -> list[dict[str, Any]]:
    """Rows of a JSON-lines file in the tests' data folder."""
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
