"""Reading the files a command is given (or standard input): text, or JSON, or a clear no."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from afterview.domain.errors import InputError
from afterview.domain.limits import is_text


def read_text(source: str, what: str) -> str:
    """The text of the file ``source`` (``-``: standard input), which must be UTF-8 text.

    A binary file (undecodable bytes, or NUL bytes, which no text holds) is refused with a
    message naming it, rather than read with replacement characters.
    """
    name = "standard input" if source == "-" else source
    try:
        if source == "-":
            stream = getattr(sys.stdin, "buffer", None)
            raw: bytes | str = stream.read() if stream is not None else sys.stdin.read()
        else:
            raw = Path(source).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {what} {name}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} {name} is not text (byte {exc.start} is not UTF-8)") from exc
    if "\x00" in text or not is_text(text):
        raise InputError(f"{what} {name} is not text (it holds binary data)")
    return text


def read_json(source: str, what: str) -> Any:
    """The JSON value in the file ``source`` (``-``: standard input)."""
    text = read_text(source, what)
    name = "standard input" if source == "-" else source
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    except RecursionError as exc:
        raise InputError(f"{name}: the JSON is nested too deeply") from exc
    if not is_text(json.dumps(data, ensure_ascii=False)):
        raise InputError(f"{name}: the JSON holds a lone surrogate (such as \\ud800), "
                         "which is not text")
    return data
