"""Entry point of the ``afterview`` program.

Each command lives in its own module under ``afterview.cli`` and exposes
``register(app)``; heavy imports stay inside the command bodies so that
``afterview --help`` starts fast.
"""

from __future__ import annotations

import importlib
import sys
from typing import Annotated

import typer

from afterview.cli.console import out
from afterview.domain.errors import InputError

# Exit codes a script can rely on.
EXIT_OK = 0
EXIT_FINDINGS = 1  # e.g. `check` found errors in a draft
EXIT_USAGE = 2  # bad input or usage

COMMAND_MODULES = [
    "afterview.cli.plan",
    "afterview.cli.timeline",
    "afterview.cli.check",
    "afterview.cli.draft",
    "afterview.cli.policy",
    "afterview.cli.profile",
    "afterview.cli.tracker_record",
    "afterview.cli.tracker_contacts",
    "afterview.cli.tracker_show",
    "afterview.cli.tracker_data",
    "afterview.cli.serve",
]

app = typer.Typer(
    name="afterview",
    help="Afterview coaches you through the weeks after a job interview.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _root(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="AFTERVIEW_DATABASE_URL",
            help="SQLite file or database URL (default: a file in your data folder).",
        ),
    ] = None,
) -> None:
    """Afterview coaches you through the weeks after a job interview."""
    out.database = db


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code.

    Bad input becomes a one-line message and exit code 2, never a traceback; usage errors
    are reported by the command-line parser with the same code.
    """
    try:
        app(args=argv, prog_name="afterview", standalone_mode=True)
    except InputError as exc:
        out.error(exc.message)
        return EXIT_USAGE
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return EXIT_OK
        return code if isinstance(code, int) else EXIT_USAGE
    return EXIT_OK


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
