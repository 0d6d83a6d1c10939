"""``afterview policy``: see, create or check the follow-up policy file."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.console import out
from afterview.domain.errors import InputError


def policy(
    init: Annotated[bool, typer.Option("--init", help="Write a policy file with the defaults.")
                    ] = False,
    force: Annotated[bool, typer.Option("--force", help="With --init, replace a file.")] = False,
    path: Annotated[bool, typer.Option("--path", help="Print where the file lives.")] = False,
    file: Annotated[str | None, typer.Option("--file", help="Use this policy file.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the settings as JSON.")] = False,
) -> None:
    """Show the follow-up policy in force (your policy.toml, or the defaults)."""
    from afterview.config import load_policy, policy_path, save_policy
    from afterview.domain.policy import DEFAULT_POLICY, describe_parameters

    target = Path(file) if file else policy_path()
    if path:
        out.stdout.write(f"{target}\n")
        return
    if init:
        if target.exists() and not force:
            raise InputError(f"{target} already exists; add --force to replace it")
        save_policy(DEFAULT_POLICY, target)
        out.stdout.write(f"Wrote the default policy to {target}\n")
        return
    current = load_policy(target if file else None)
    values = asdict(current)
    if as_json:
        out.json({"file": str(target) if target.exists() else None, "settings": values})
        return
    from rich.table import Table

    source = str(target) if target.exists() else "defaults (no policy file yet)"
    table = Table(title=f"Policy: {source}", box=None, header_style="bold")
    for column in ("setting", "value", "default", "rule", "meaning"):
        table.add_column(column)
    for p in describe_parameters():
        value = values[p["name"]]
        mark = "" if value == p["default"] else " *"
        table.add_row(f"{p['section']}.{p['name']}", f"{value}{mark}", str(p["default"]),
                      p["rule"], p["help"])
    out.rich().print(table)


def register(app: typer.Typer) -> None:
    app.command("policy")(policy)
