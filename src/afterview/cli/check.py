"""``afterview check``: lint a draft against RULES.md §5 and print findings like a linter."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afterview.cli.console import out
from afterview.domain.errors import InputError

if TYPE_CHECKING:
    from afterview.domain.checker import Finding


def _read_text(source: str, what: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read {what} {source}: {exc.strerror or exc}") from exc


def _read_record(source: str) -> dict[str, Any]:
    text = _read_text(source, "record")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if isinstance(data, dict) and isinstance(data.get("interview"), dict):
        data = data["interview"]  # a line of drafts-dev.jsonl: its record
    if not isinstance(data, dict):
        raise InputError(f"{source}: the record must be a JSON object")
    return data


def _read_words(source: str) -> list[str]:
    lines = _read_text(source, "word list").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#")]


def position(text: str, offset: int) -> tuple[int, int, str]:
    """1-based line and column of ``offset``, and the text of that line."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end == -1 else line_end
    return text.count("\n", 0, offset) + 1, offset - line_start + 1, text[line_start:line_end]


def render(name: str, text: str, findings: list[Finding]) -> str:
    """Findings as a linter prints them: location, rule, severity, message, the line
    with the span underlined, and the suggestion."""
    blocks: list[str] = []
    for f in findings:
        line_no, col, line = position(text, f.start)
        width = max(1, min(f.end, f.start + len(line) - col + 1) - f.start)
        pad = "".join(c if c == "\t" else " " for c in line[: col - 1])
        block = [f"{name}:{line_no}:{col} {f.rule} {f.severity} {f.message}",
                 f"    {line}", f"    {pad}{'^' * width}"]
        if f.suggestion:
            block.append(f"    suggestion: {f.suggestion}")
        blocks.append("\n".join(block))
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    summary = f"{name}: {errors} error(s), {warnings} warning(s)" if findings else (
        f"{name}: no findings")
    return "\n\n".join([*blocks, summary]) + "\n"


def check(
    file: Annotated[str, typer.Argument(help="The draft to check (a text file), or - for stdin.")],
    *,
    kind: Annotated[str, typer.Option(
        help="thank_you_email, status_email, call_script, voicemail, text_message, "
        "final_email, closing_email, after_rude_call_email, offer_update_email or "
        "offer_update_call.",
        show_default=False)],
    record: Annotated[str | None, typer.Option(
        help="Interview record as a JSON file: names, company, position, date, topics.")] = None,
    words: Annotated[str | None, typer.Option(
        help="A file of extra words (one a line) that are never misspellings.")] = None,
    no_spelling: Annotated[bool, typer.Option(
        "--no-spelling", help="Skip the spelling and grammar engine.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print findings as JSON.")] = False,
) -> None:
    """Check a draft against the follow-up guidance (RULES.md §5).

    Exits 0 when clean or with warnings only, 1 when there are errors, 2 on bad input.
    """
    from afterview.config import load_policy
    from afterview.domain.checker import check_draft

    text = _read_text(file, "draft")
    interview = _read_record(record) if record else None
    extra = _read_words(words) if words else []
    findings = check_draft(text, kind=kind, interview=interview, policy=load_policy(),
                           spelling=not no_spelling, words=extra)
    name = "<stdin>" if file == "-" else file
    if as_json:
        rows = []
        for f in findings:
            line_no, col, _ = position(text, f.start)
            rows.append({**f.to_dict(), "line": line_no, "column": col})
        out.json(rows)
    else:
        out.stdout.write(render(name, text, findings))
    if any(f.severity == "error" for f in findings):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``afterview check`` to the app."""
    app.command("check")(check)
