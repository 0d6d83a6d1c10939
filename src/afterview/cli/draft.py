"""``afterview draft``: a thank-you, status email, call script or other draft from a record."""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from afterview.cli.complete import application_ids, draft_kinds
from afterview.cli.console import out
from afterview.cli.tracker_db import TodayOption, today_from
from afterview.domain.errors import InputError

FORMATS = ("text", "eml", "mailto")
_MAX_PROMPTS = 20

# What to ask for when the record lacks a fact; the keys are InputError.field paths.
_QUESTIONS = {
    "candidate.name": "Your full name",
    "candidate.phone": "Your phone number",
    "position": "The position you interviewed for",
    "company": "The company",
    "date": "The interview date (YYYY-MM-DD)",
    "topics": "One specific topic from the interview",
}
_SEGMENT = re.compile(r"^(\w+)(?:\[(\d+)\])?$")


def _read_record(source: str) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read record {source}: {exc.strerror}", field="record") from exc
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{source}: not valid JSON ({exc.msg}, line {exc.lineno})", field="record"
        ) from exc
    if not isinstance(record, dict):
        raise InputError(f"{source}: the record must be a JSON object", field="record")
    return record


def _as_person(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    return {"name": value} if isinstance(value, str) and value.strip() else {}


def set_field(record: dict[str, Any], path: str, value: Any) -> None:
    """Put ``value`` at a field path such as ``interviewers[0].email`` in ``record``.

    Shorthands are expanded on the way: a candidate given as a name becomes an object,
    a single ``interviewer`` becomes the ``interviewers`` list.
    """
    *parents, leaf = path.split(".")
    node: dict[str, Any] = record
    for segment in parents:
        match = _SEGMENT.match(segment)
        if match is None:
            raise InputError(f"cannot fill in the field {path}", field=path)
        key, index = match.group(1), match.group(2)
        if index is None:
            node[key] = _as_person(node.get(key))
            node = node[key]
            continue
        if key == "interviewers" and not node.get("interviewers"):
            node["interviewers"] = [_as_person(node.get("interviewer"))]
        people = node.setdefault(key, [])
        while len(people) <= int(index):
            people.append({})
        people[int(index)] = _as_person(people[int(index)])
        node = people[int(index)]
    node[leaf] = [value] if path == "topics" else value


def _question(field: str | None) -> str | None:
    return _QUESTIONS.get(field or "")


def _with_prompts(record: dict[str, Any], attempt: Any) -> Any:
    """Run ``attempt(record)``; at a terminal, ask for each missing fact and try again."""
    for _ in range(_MAX_PROMPTS):
        try:
            return attempt(record)
        except InputError as exc:
            question = _question(exc.field)
            if question is None or exc.field is None or not sys.stdin.isatty():
                raise
            out.stderr.write(f"{exc.message}\n")
            answer = typer.prompt(question, err=True).strip()
            set_field(record, exc.field, answer)
    return attempt(record)


def _ask_address(draft: Any) -> Any:
    """The draft with the recipient's email address asked for at a terminal."""
    import dataclasses

    from afterview.domain.drafts import to_eml

    if not sys.stdin.isatty():
        to_eml(draft)  # raises the error that names the missing field
    who = draft.to.name or "the recipient"
    answer = typer.prompt(f"Email address of {who}", err=True).strip()
    return dataclasses.replace(draft, to=dataclasses.replace(draft.to, email=answer or None))


def _template_dirs() -> list[Path]:
    from afterview.config import templates_dir

    return [templates_dir()]


def _edit(text: str) -> str:
    import click

    with tempfile.TemporaryDirectory(prefix="afterview-") as folder:
        path = Path(folder) / "draft.txt"
        path.write_text(text, encoding="utf-8")
        click.edit(filename=str(path))
        return path.read_text(encoding="utf-8")


def _report_findings(text: str, kind: str, record: dict[str, Any], *, quiet: bool = False
                     ) -> tuple[int, list[dict[str, Any]] | None]:
    """Print the checker's findings on stderr as ``check`` prints them (line:column),
    unless ``quiet``; return the exit code (1 if any is an error) and the findings."""
    from afterview.cli.check import position, render
    from afterview.domain.drafts.checking import check_text

    try:
        findings = check_text(text, kind, record)
    except ImportError:
        out.stderr.write("the draft checker is not available yet: the edit was not checked\n")
        return 0, None
    rows = [{**f.to_dict(), "line": position(text, f.start)[0],
             "column": position(text, f.start)[1]} for f in findings]
    if quiet:
        pass
    elif not findings:
        out.stderr.write("check: no findings\n")
    else:
        out.stderr.write(render("draft", text, findings))
    return (1 if any(f.severity == "error" for f in findings) else 0), rows


def _planned_kind(app_id: int, kind: str | None, today: date) -> tuple[str, list[str]]:
    """The kind to draft for a stored application, and the warnings when it goes against
    the plan; without ``kind``, the one the plan advises."""
    from afterview.cli.tracker_db import open_tracker, positive_id
    from afterview.domain.drafts import draft_kind
    from afterview.domain.drafts.choice import choice_for_application
    from afterview.store.tracker import show_application

    store = open_tracker()
    try:
        shown = show_application(store, positive_id(app_id), today=today)
    finally:
        store.close()
    choice = choice_for_application(shown["application"], shown["plan"])
    if kind is None:
        if not choice.advised:
            raise InputError("the plan advises no draft now; name the kind you want",
                             field="kind")
        kind = choice.advised[0]
        from afterview.labels import phrase

        words = phrase("draft_kind", kind)
        article = "an" if words[:1] in "aeiou" else "a"
        out.stderr.write(f"Drafting {article} {words}, the plan's next step (kind {kind}).\n")
    name = draft_kind(kind).name
    warning = choice.warning(name)
    return name, [warning] if warning else []


def draft(
    kind: Annotated[str | None, typer.Argument(help=(
        "thank_you_email, status_email, call_script, voicemail, text_message, final_email, "
        "closing_email, after_rude_call_email, forgot_name_line or rude_call_line; with "
        "--interview it may be left out: the plan's next step decides."
    ), show_default=False, autocompletion=draft_kinds)] = None,
    *,
    record_file: Annotated[str | None, typer.Option(
        "--record", help="Interview record as a JSON file, or - for stdin.", show_default=False,
    )] = None,
    interview: Annotated[int | None, typer.Option(
        "--interview", help="A stored application's ID (see `afterview list`).",
        show_default=False, autocompletion=application_ids,
    )] = None,
    tone: Annotated[str | None, typer.Option(
        help="formal, neutral or casual (default: the record's tone, else neutral).",
    )] = None,
    interviewer: Annotated[str | None, typer.Option(
        help="Address this interviewer (full or first name).",
    )] = None,
    output_format: Annotated[str, typer.Option(
        "--format", help="text, eml (an email message) or mailto (a link).",
    )] = "text",
    edit: Annotated[bool, typer.Option(
        "--edit", help="Open the draft in $EDITOR, then check the edited text.",
    )] = False,
    output: Annotated[Path | None, typer.Option(
        help="Write the draft to this file instead of standard output.",
    )] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the draft as JSON: kind, tone, recipient, subject, body, "
        "warnings (and findings after --edit).",
    )] = False,
    as_of: TodayOption = None,
) -> None:
    """Write a draft from an interview record: thank-you, status email, call script and more.

    For a stored application (--interview) the draft follows its plan: without a kind
    the plan's next step picks one, and a kind that goes against the plan is written with
    a warning naming the rule (see docs/policy.md). Templates in your config folder
    (afterview/templates) override the packaged ones by file name. Missing facts are asked
    for at a terminal; otherwise the command stops with a message naming the missing field
    (exit code 2).
    """
    from afterview.domain.drafts import draft_kind, from_text, render_draft, to_eml, to_mailto

    if output_format not in FORMATS:
        raise InputError(f"unknown format {output_format!r}: use one of {', '.join(FORMATS)}",
                         field="format")
    if as_json and output_format != "text":
        raise InputError("--json prints the draft itself; leave out --format", field="format")
    if (record_file is None) == (interview is None):
        raise InputError("give --record FILE or --interview ID (one of them)", field="record")
    warnings: list[str] = []
    if interview is not None:
        kind, warnings = _planned_kind(interview, kind, today_from(as_of))
    elif kind is None:
        raise InputError("name the kind of draft (or give --interview ID to let the plan "
                         "choose)", field="kind")
    spec = draft_kind(kind)
    if output_format != "text" and not spec.email:
        raise InputError(f"--format {output_format} needs an email kind, not {spec.name}",
                         field="format")
    for warning in warnings:
        out.stderr.write(f"warning: {warning}\n")
    record = _read_record(record_file) if record_file else stored_record(interview or 0)
    folders = _template_dirs()
    try:
        result = _with_prompts(record, lambda r: render_draft(
            spec.name, r, tone=tone, interviewer=interviewer, template_dirs=folders))
    except InputError as exc:
        if interview is not None and (exc.field or "").startswith("candidate"):
            raise InputError(f"{exc.message}; set it once with afterview profile "
                             "--name/--email/--phone", field=exc.field) from exc
        raise
    if output_format == "eml" and not result.to.email:
        result = _ask_address(result)
    code = 0
    findings: list[Any] | None = None
    if edit:
        result = from_text(result, _edit(result.text()))
        checked = result.text() if result.subject else result.body
        code, findings = _report_findings(checked, spec.name, record, quiet=as_json)
    if as_json:
        payload = {**result.to_dict(), "warnings": warnings}
        if findings is not None:
            payload["findings"] = findings
        rendered = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    elif output_format == "eml":
        rendered = to_eml(result).as_string()
    elif output_format == "mailto":
        rendered = to_mailto(result) + "\n"
    else:
        rendered = result.text()
    if output is None:
        out.stdout.write(rendered)
    else:
        output.write_text(rendered, encoding="utf-8")
        out.stderr.write(f"wrote {output}\n")
    if code:
        raise typer.Exit(code)


def stored_record(app_id: int) -> dict[str, Any]:
    """The draft record of a stored application, signed with the profile in the config folder."""
    from afterview.cli.tracker_db import open_tracker, positive_id
    from afterview.config import profile_path
    from afterview.profile import load_profile
    from afterview.store.records import draft_record
    from afterview.store.tracker import get_application

    store = open_tracker()
    try:
        app = get_application(store, positive_id(app_id))
    finally:
        store.close()
    return draft_record(app, load_profile(profile_path()).candidate())


def register(app: typer.Typer) -> None:
    app.command("draft")(draft)
