"""Jinja2 templates: the packaged ones, overridable file by file from user folders.

Templates are plain text (autoescape off) and strict: a name a template uses that the
context lacks is an error, never an empty gap. Errors in a template, packaged or
overridden, become an InputError naming the file and the line.

Every template, shipped or a user's override, renders in Jinja's immutable sandbox with
only the draft's context: an override saved through the web page or dropped into the
config folder can read the draft's facts and format them, never reach Python objects,
files or a shell. An attempt is refused as an error naming the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from os import PathLike
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
import jinja2.exceptions
import jinja2.sandbox

from afterview.domain.errors import InputError

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE_SUFFIX = ".j2"

_BLANK_RUN = re.compile(r"\n{3,}")
_SPACE_RUN = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_MARK = re.compile(r" +([,.;:?!])")


def template_name(kind: str, tone: str) -> str:
    """The file that holds one kind in one tone, e.g. ``status_email.formal.j2``."""
    return f"{kind}.{tone}{TEMPLATE_SUFFIX}"


def make_environment(template_dirs: Iterable[str | PathLike[str]] = ()) -> jinja2.Environment:
    """An environment that looks in ``template_dirs`` first, then in the package."""
    search = [str(Path(folder)) for folder in template_dirs]
    search.append(str(PACKAGE_TEMPLATES))
    return jinja2.sandbox.ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(search),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain-text drafts, never HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def _template_line(tb: TracebackType | None) -> tuple[str, int] | None:
    """The innermost template file and line in a traceback Jinja has rewritten."""
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(TEMPLATE_SUFFIX):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def render_template(env: jinja2.Environment, name: str, context: Mapping[str, Any]) -> str:
    """Render one template and tidy its whitespace; template errors raise InputError."""
    try:
        template = env.get_template(name)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or exc.name or name
        raise InputError(
            f"template {where}, line {exc.lineno}: {exc.message}", field="template"
        ) from exc
    except jinja2.TemplateNotFound as exc:
        raise InputError(f"no template named {exc.name}", field="template") from exc
    try:
        text = template.render(context)
    except jinja2.exceptions.SecurityError as exc:
        located = _template_line(exc.__traceback__)
        filename, line = located or (template.filename or name, 0)
        where = f"template {filename}, line {line}" if line else f"template {filename}"
        raise InputError(
            f"{where}: not allowed in a template ({exc.message or exc}); a template may use"
            " the draft's fields, filters and tests only",
            field="template",
        ) from exc
    except jinja2.TemplateError as exc:
        located = _template_line(exc.__traceback__)
        filename, line = located or (template.filename or name, 0)
        where = f"template {filename}, line {line}" if line else f"template {filename}"
        raise InputError(f"{where}: {exc.message or exc}", field="template") from exc
    return tidy(text)


def tidy(text: str) -> str:
    """Collapse the gaps optional parts leave: doubled spaces, blank-line runs, end spaces."""
    lines = []
    for raw in text.splitlines():
        line = _SPACE_RUN.sub(" ", raw.strip())
        lines.append(_SPACE_BEFORE_MARK.sub(r"\1", line))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


# A full record for trial renders: a saved override must render with every fact present.
SAMPLE_RECORD: Mapping[str, Any] = {
    "candidate": {"name": "Alex Morgan", "email": "alex.morgan@example.com",
                  "phone": "(555) 010-0142"},
    "company": "Example Co",
    "position": "Analyst",
    "date": "2026-03-10",
    "country": "US",
    "deadline": "2026-03-13",
    "interviewers": [
        {"name": "Sam Lee", "title": "Team Lead", "email": "sam.lee@example.com",
         "phone": "(555) 010-0199", "topics": ["the quarterly reporting process"]},
    ],
    "topics": ["the quarterly reporting process"],
}
