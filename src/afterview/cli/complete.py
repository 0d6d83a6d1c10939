"""Shell completion (Typer's own) for application ids and draft kinds.

Completion runs the program on every Tab, so these read as little as they can: the ids
come from one small query through the standard library's ``sqlite3`` (store/reading.py).
"""

from __future__ import annotations

import typer


def application_ids(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """The stored applications whose id starts with what was typed, with their company."""
    from afterview.store.database import resolve_url, sqlite_file
    from afterview.store.reading import application_choices

    try:
        url = resolve_url(ctx.find_root().params.get("db"))
        path = sqlite_file(url)
        if path is not None and not path.is_file():
            return []  # completing must not create a database
        return application_choices(url, incomplete)
    except Exception:
        return []


def draft_kinds(incomplete: str) -> list[tuple[str, str]]:
    """The kinds of draft, with what each one is for."""
    from afterview.domain.drafts.kinds import KINDS

    return [(name, kind.summary) for name, kind in KINDS.items() if name.startswith(incomplete)]
