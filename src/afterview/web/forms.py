"""Reading HTML forms: CSRF check, plain values, and InputError turned into field errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from afterview.domain.errors import InputError
from afterview.domain.limits import MAX_ID
from afterview.web.security import CSRF_FIELD, csrf_ok

if TYPE_CHECKING:
    from starlette.requests import Request

MAX_FORM_FIELDS = 200


class CsrfError(Exception):
    """A form arrived without the session's CSRF token."""


async def read_form(request: Request) -> dict[str, Any]:
    """The submitted form as a dict (repeated names become lists); checks the CSRF token.

    A form whose text is not UTF-8 (bytes such as ``%FF``, or ``%ED%A0%80``, a lone
    surrogate) is refused: the form parser would quietly turn it into replacement marks.
    """
    if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        from urllib.parse import unquote_to_bytes

        try:
            unquote_to_bytes(await request.body()).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError("the form holds text that is not UTF-8: retype the field "
                             "and send it again") from exc
    form = await request.form(max_fields=MAX_FORM_FIELDS)
    token = form.get(CSRF_FIELD)
    if not csrf_ok(request, token if isinstance(token, str) else None):
        raise CsrfError
    values: dict[str, Any] = {}
    for key in form:
        if key == CSRF_FIELD:
            continue
        items = [x for x in form.getlist(key) if isinstance(x, str)]
        values[key] = items if len(items) > 1 else (items[0] if items else "")
    return values


def text(values: dict[str, Any], name: str) -> str:
    """One text field ('' when missing; the first of repeated values)."""
    value = values.get(name, "")
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value).strip()


def whole(values: dict[str, Any], name: str) -> int | None:
    """A positive whole number field, or None when missing or not a number."""
    raw = text(values, name)
    return int(raw) if raw.isdigit() and 0 < int(raw) <= MAX_ID else None
