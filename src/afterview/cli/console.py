"""One place where the CLI writes, so tests can swap the streams (httpie's Environment)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import IO, Any


@dataclass
class Output:
    """Where command output and messages go; tests replace the streams."""

    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    database: str | None = None  # the global --db option (or AFTERVIEW_DATABASE_URL)

    def rich(self, *, stderr: bool = False) -> Any:
        """A Rich console on the right stream (imported lazily: Rich is slow to load)."""
        from rich.console import Console

        return Console(file=self.stderr if stderr else self.stdout, highlight=False)

    def json(self, payload: Any) -> None:
        self.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n")

    def json_line(self, payload: Any) -> None:
        self.stdout.write(json.dumps(payload, ensure_ascii=False, default=str) + "\n")

    def error(self, message: str) -> None:
        self.stderr.write(f"afterview: error: {message}\n")


out = Output()
