"""``afterview profile``: who you are, for the signature and greeting of every draft."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer

from afterview.cli.console import out

Text = Annotated[str | None, typer.Option(show_default=False)]


def profile(
    *,
    name: Text = None,
    email: Text = None,
    phone: Text = None,
    country: Text = None,
    subdivision: Text = None,
    timezone: Text = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the profile as JSON.")] = False,
) -> None:
    """Show your profile, or change it with the options (saved in your config folder)."""
    from afterview.config import profile_path
    from afterview.profile import load_profile, save_profile, update_profile

    path = profile_path()
    current = load_profile(path)
    changes = {k: v for k, v in {"name": name, "email": email, "phone": phone,
                                 "country": country, "subdivision": subdivision,
                                 "timezone": timezone}.items() if v is not None}
    if changes or not path.exists():
        current = update_profile(current, changes)
        save_profile(current, path)
    shown = {k: v for k, v in asdict(current).items() if k != "calendar_token"}
    if as_json:
        out.json(shown)
        return
    for key, value in shown.items():
        out.stdout.write(f"{key:12} {value or '-'}\n")
    if not current.name:
        out.stdout.write("\nSet your name for drafts: afterview profile --name 'Your Name'\n")


def register(app: typer.Typer) -> None:
    app.command("profile")(profile)
