"""``afterview check``: lint a draft against the draft checks and print findings like a linter."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afterview.cli.console import out
from afterview.domain.errors import InputError

if TYPE_CHECKING:
    from afterview.domain.checker import Finding


def _read_text(source: str, what: str) -> str:
    """The file's text; a binary file is refused (it is not a draft)."""
    from afterview.cli.files import read_text

    return read_text(source, what)


def _read_record(source: str) -> dict[str, Any]:
    """An interview record from a JSON file: the record itself, a line of a drafts data
    set (``{"interview": …}``), or a stored application as ``show --json`` prints it."""
    from afterview.domain.checker.record import validate_record

    text = _read_text(source, "record")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if isinstance(data, dict) and isinstance(data.get("interview"), dict):
        data = data["interview"]  # a line of drafts-dev.jsonl: its record
    if isinstance(data, dict) and isinstance(data.get("application"), dict):
        data = data["application"]  # afterview show --json: the application and its plan
    if isinstance(data, dict) and isinstance(data.get("rounds"), list) and "people" in data:
        return _from_application(data)
    try:
        return dict(validate_record(data))
    except InputError as exc:
        raise InputError(f"{source}: {exc.message}", field=exc.field) from exc


def _from_application(app: dict[str, Any]) -> dict[str, Any]:
    """The draft record of a stored application, signed with the profile's name."""
    from afterview.config import profile_path
    from afterview.profile import load_profile
    from afterview.store.records import draft_record

    for key in ("company", "position", "country"):
        if not isinstance(app.get(key), str):
            raise InputError(f"the application's {key} must be text", field=key)
    if not all(isinstance(r, dict) for r in app["rounds"]) or not isinstance(
            app["people"], list) or not all(isinstance(p, dict) for p in app["people"]):
        raise InputError("the application's rounds and people must be lists of objects",
                         field="rounds")
    try:
        return draft_record(app, load_profile(profile_path()).candidate())
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"the application lacks a field the record needs ({exc})",
                         field="application") from exc


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
        help="Interview record as a JSON file (names, company, position, date, topics; see "
        "docs/records.md), or the output of `afterview show ID --json`.")] = None,
    interview: Annotated[int | None, typer.Option(
        "--interview", help="Check against a stored application (its ID, see `afterview "
        "list`).", show_default=False)] = None,
    words: Annotated[str | None, typer.Option(
        help="A file of extra words (one a line) that are never misspellings.")] = None,
    no_spelling: Annotated[bool, typer.Option(
        "--no-spelling", help="Skip the spelling and grammar engine.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print findings as JSON.")] = False,
) -> None:
    """Check a draft against the follow-up guidance (every check: docs/rules.md).

    Exits 0 when clean or with warnings only, 1 when there are errors, 2 on bad input.
    """
    from afterview.config import load_policy
    from afterview.domain.checker import check_draft

    if record is not None and interview is not None:
        raise InputError("give --record FILE or --interview ID, not both", field="record")
    text = _read_text(file, "draft")
    facts: dict[str, Any] | None = None
    if record is not None:
        facts = _read_record(record)
    elif interview is not None:
        from afterview.cli.draft import stored_record

        facts = stored_record(interview)
    extra = _read_words(words) if words else []
    findings = check_draft(text, kind=kind, interview=facts, policy=load_policy(),
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
