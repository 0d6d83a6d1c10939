"""Entry point of the ``afterview`` program.

Each command lives in its own module under ``afterview.cli`` and exposes
``register(app)``; heavy imports stay inside the command bodies so that
``afterview --help`` starts fast.
"""

from __future__ import annotations

import importlib
import sys

import typer

from afterview.cli.console import out
from afterview.domain.errors import InputError

# Exit codes a script can rely on.
EXIT_OK = 0
EXIT_FINDINGS = 1  # e.g. `check` found errors in a draft
EXIT_USAGE = 2  # bad input or usage

COMMAND_MODULES = [
    "afterview.cli.plan",
]

app = typer.Typer(
    name="afterview",
    help="Afterview coaches you through the weeks after a job interview.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; bad input becomes a one-line message and exit code 2, never a traceback."""
    try:
        result = app(args=argv, prog_name="afterview", standalone_mode=False)
    except InputError as exc:
        out.error(exc.message)
        return EXIT_USAGE
    except typer.Exit as exc:
        return int(exc.exit_code or 0)
    except Exception as exc:  # click's usage errors and aborts
        import click

        if isinstance(exc, click.exceptions.UsageError):
            exc.show(file=out.stderr)
            return EXIT_USAGE
        if isinstance(exc, click.exceptions.Abort):
            out.error("aborted")
            return EXIT_USAGE
        if isinstance(exc, click.exceptions.ClickException):
            exc.show(file=out.stderr)
            return exc.exit_code
        raise
    # click returns the exit code of a typer.Exit in non-standalone mode
    return result if isinstance(result, int) else EXIT_OK


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
