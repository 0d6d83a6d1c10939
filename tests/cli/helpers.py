"""Run the CLI in-process with its output captured."""

from __future__ import annotations

import io
from dataclasses import dataclass

from afterview.cli import console
from afterview.cli.app import main


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str, stdin: str | None = None) -> Result:
    """Call ``afterview ARGS`` with swapped streams and return its code and output."""
    import sys

    stdout, stderr = io.StringIO(), io.StringIO()
    saved = (console.out.stdout, console.out.stderr, console.out.database, sys.stdin,
             sys.stdout, sys.stderr)
    console.out.stdout, console.out.stderr = stdout, stderr
    sys.stdout, sys.stderr = stdout, stderr  # the parser writes usage errors to sys.stderr
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(args))
    finally:
        (console.out.stdout, console.out.stderr, console.out.database, sys.stdin,
         sys.stdout, sys.stderr) = saved
    return Result(code, stdout.getvalue(), stderr.getvalue())
