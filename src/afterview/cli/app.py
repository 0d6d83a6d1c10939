"""Entry point of the ``afterview`` program.

Each command lives in its own module under ``afterview.cli`` and exposes
``register(app)``; heavy imports stay inside the command bodies so that
``afterview --help`` starts fast.
"""

from __future__ import annotations

import importlib
import re
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperCommand

try:  # Typer 0.2x carries its own copy of Click; its errors are that copy's classes
    from typer._click import core as click_core
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - older Typer uses Click itself
    from click import core as click_core  # type: ignore[no-redef]
    from click import exceptions as click_errors  # type: ignore[no-redef]

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


_NEGATIVE = re.compile(r"-[0-9]+")
_QUOTED_NAME = re.compile(r"'(--?[a-z][\w-]*|\w+)'")


class NumbersAsArguments(TyperCommand):
    """A command that reads ``-1`` as a (negative) argument, not as an unknown option.

    ``afterview show -1`` then reaches the command, which refuses the id in its own words,
    instead of the parser's "No such option: -1". The arguments are reordered so that
    every positional one follows ``--``: the same meaning, with nothing taken for an option.
    """

    def parse_args(self, ctx: click_core.Context, args: list[str]) -> list[str]:
        if any(_NEGATIVE.fullmatch(a) for a in args):
            args = self._positionals_last(ctx, args)
        return super().parse_args(ctx, args)

    def _positionals_last(self, ctx: click_core.Context, args: list[str]) -> list[str]:
        options = {o: p for p in self.get_params(ctx) if p.param_type_name == "option"
                   for o in (*p.opts, *p.secondary_opts)}
        if any(_NEGATIVE.fullmatch(o) for o in options):
            return args
        flags: list[str] = []
        positional: list[str] = []
        rest = iter(args)
        for arg in rest:
            if arg == "--":
                positional.extend(rest)
                break
            if arg.startswith("-") and len(arg) > 1 and not _NEGATIVE.fullmatch(arg):
                flags.append(arg)
                option = options.get(arg)
                if option is not None and not (getattr(option, "is_flag", False)
                                               or getattr(option, "count", False)):
                    flags.extend(value for _, value in zip(range(option.nargs), rest,
                                                           strict=False))
                continue
            positional.append(arg)
        return [*flags, "--", *positional]


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)
for _info in app.registered_commands:
    if _info.cls in (None, TyperCommand):
        _info.cls = NumbersAsArguments


def usage_line(exc: click_errors.UsageError, args: list[str] | None = None) -> str:
    """A parser error as one line: ``afterview show: missing argument ID (see afterview
    show --help)``. ``args`` name the command when the error does not say it."""
    path = exc.ctx.command_path if exc.ctx is not None else "afterview"
    if exc.ctx is None and args:
        names = {info.name for info in app.registered_commands}
        path = next((f"afterview {a}" for a in args if a in names), path)
    message = " ".join(exc.format_message().split()).rstrip(".")
    message = _QUOTED_NAME.sub(r"\1", message[:1].lower() + message[1:])
    return f"{path}: {message} (see {path} --help)"


def _check_arguments(args: list[str]) -> None:
    """Refuse arguments that are not UTF-8 (Python hands them over as lone surrogates)."""
    from afterview.domain.limits import is_text

    for number, arg in enumerate(args, 1):
        if not is_text(arg):
            shown = arg.encode("utf-8", "surrogateescape")[:40]
            raise InputError(f"argument {number} ({shown!r}) is not UTF-8 text")


def _database_problem(exc: Exception) -> str | None:
    """The one-line message for a database that failed under a command, else None."""
    import sqlite3

    alchemy = sys.modules.get("sqlalchemy.exc")
    if not (isinstance(exc, sqlite3.DatabaseError) or (
            alchemy is not None and isinstance(exc, alchemy.DBAPIError))):
        return None
    from afterview.store.database import describe, resolve_url

    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    try:
        where = describe(resolve_url(out.database))
    except InputError:
        where = "the database"
    return f"cannot use {where}: {reason}"


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code.

    Bad input becomes a one-line message and exit code 2, never a traceback; so do usage
    errors, and a database that cannot be used.
    """
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        _check_arguments(args)
        result: Any = app(args=args, prog_name="afterview", standalone_mode=False)
    except InputError as exc:
        out.error(exc.message)
        return EXIT_USAGE
    except click_errors.NoArgsIsHelpError as exc:
        out.stderr.write(exc.format_message() + "\n")
        return EXIT_USAGE
    except click_errors.UsageError as exc:
        out.stderr.write(usage_line(exc, args) + "\n")
        return EXIT_USAGE
    except typer.Abort:
        out.error("stopped")
        return EXIT_FINDINGS
    except click_errors.ClickException as exc:
        out.error(" ".join(exc.format_message().split()))
        return exc.exit_code if exc.exit_code in (EXIT_FINDINGS, EXIT_USAGE) else EXIT_USAGE
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return EXIT_OK
        return code if isinstance(code, int) else EXIT_USAGE
    except Exception as exc:
        problem = _database_problem(exc)
        if problem is None:
            raise
        out.error(problem)
        return EXIT_USAGE
    return result if isinstance(result, int) else EXIT_OK


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
