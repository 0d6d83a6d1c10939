"""How tracker records look in the terminal (Rich is imported by the callers' commands)."""

from __future__ import annotations

from typing import Any

from afterview import labels
from afterview.labels import label, phrase

SECTION_TITLES = {
    "overdue": "Overdue",
    "due_today": "Due today",
    "coming_up": "Coming up",
    "move_on": "Time to move on",
}


def day(iso: str | None) -> str:
    """``Tue 10 Mar 2026`` from an ISO date or date-time (the pages' style too)."""
    return labels.day(iso[:10]) if iso else "—"


def when(iso: str | None) -> str:
    """``Tue 10 Mar 2026, 14:00`` from an ISO date-time."""
    return labels.moment(iso) if iso else "—"


def step_text(item: dict[str, Any]) -> str:
    """``Thank-you to Priya Raman by email``: the step, whom it goes to, how it goes out."""
    text = labels.step_by(item["step"], item.get("channel"))
    name = item.get("person_name")
    if name and item.get("channel"):
        step, _, rest = text.partition(" by ")
        return f"{step} to {name} by {rest}" if rest else f"{text} to {name}"
    return f"{text} to {name}" if name else text


def agenda(console: Any, data: dict[str, Any], *, limit: int) -> None:
    """Print the agenda: a table per section, then the applications to focus on."""
    from rich.table import Table

    console.print(f"[bold]Today, {day(data['today'])}[/]")
    empty = True
    for key, title in SECTION_TITLES.items():
        items = data[key]
        if not items:
            continue
        empty = False
        count = data["counts"][key]
        table = Table(title=f"{title} ({count})", title_justify="left", title_style="bold",
                      show_edge=False, pad_edge=False)
        for column in ("ID", "Company", "Position", "Step", "Date"):
            table.add_column(column, no_wrap=column in ("ID", "Date"))
        for item in items[:limit]:
            # as the Today page words it: a due step is open from its date
            when_text = f"from {day(item['date'])}" if key != "overdue" else \
                f"was due {day(item['date'])}, do it {day(item['advised'])}"
            table.add_row(str(item["id"]), item["company"], item["position"], step_text(item),
                          when_text)
        console.print(table)
        if count > limit:
            console.print(f"  … and {count - limit} more (afterview list --due week)")
    if empty:
        console.print("Nothing is due this week.")
    if data["move_on"]:
        console.print("\nSilence is the answer from the applications above: close them with "
                      "[bold]afterview close ID --reason moved_on[/]. The employer can still "
                      "write; a reply reopens them.")
        if data["focus"]:
            console.print("[bold]Put your energy into these instead:[/]")
            for item in data["focus"]:
                console.print(f"  #{item['id']} {item['position']} at {item['company']} "
                              f"({phrase('stage', item['stage'])})")


def application_list(console: Any, items: list[dict[str, Any]]) -> None:
    from rich.table import Table

    if not items:
        console.print("No applications match.")
        return
    table = Table(show_edge=False, pad_edge=False)
    for column in ("ID", "Company", "Position", "Stage", "Interview", "Next"):
        table.add_column(column, no_wrap=column in ("ID", "Stage"))
    for item in items:
        nxt = item.get("next")
        table.add_row(str(item["id"]), item["company"], item["position"],
                      label("stage", item["stage"]), when(item["last_interview_at"]),
                      "" if not nxt else f"{label('step', nxt['step'])} {day(nxt['date'])}"
                      + (" (overdue)" if nxt["section"] == "overdue" else ""))
    console.print(table)


def record(console: Any, app: dict[str, Any]) -> None:
    """An application's record: fields, rounds, people, contact log and stage history."""
    from rich.markup import escape
    from rich.table import Table

    console.print(f"[bold]#{app['id']} {app['position']} at {app['company']}[/]  "
                  f"stage: [bold]{phrase('stage', app['stage'])}[/]")
    extras = [f"{app['country']}{'-' + app['subdivision'] if app['subdivision'] else ''}",
              app["timezone"], f"style {phrase('style', app['style'])}",
              f"process {phrase('process_length', app['process_length'])}"]
    if app["industry"]:
        extras.append(app["industry"] + (" (traditional)" if app["traditional_industry"] else ""))
    console.print("  " + " · ".join(extras))
    for r in app["rounds"]:
        deadline = (phrase("deadline", r["deadline"]) if r["deadline"] in ("VAGUE", "NONE")
                    else day(r["deadline"]) if r["deadline"]
                    else "from their words" if r["timeline"] else phrase("deadline", "NONE"))
        console.print(f"  Round {r['number']}: {when(r['interview_at'])}, {r['duration_min']} min,"
                      f" {phrase('format', r['format'])}, {phrase('tone', r['tone'])}, "
                      f"scheduled by {phrase('scheduled_via', r['scheduled_via'])}; "
                      f"deadline: {deadline}"
                      + ("; invited to call" if r["invited_to_call"] else ""))
        if r["timeline"]:
            console.print(f"    They said: “{r['timeline']}”")
        if r["topics"]:
            console.print(f"    Topics: {'; '.join(r['topics'])}")
    for p in app["people"]:
        bits = [b for b in (p["title"], p["email"], p["phone"]) if b]
        console.print(f"  {label('role', p['role'])} [{p['id']}]: {p['name']}"
                      + (f" — {', '.join(bits)}" if bits else "")
                      + (" (primary contact)" if p["primary"] else ""))
    if app["notes"]:
        console.print(f"  Notes: {app['notes']}")
    if app["contacts"]:
        table = Table(title="Contact log", title_justify="left", show_edge=False,
                      pad_edge=False)
        names = {p["id"]: f"{escape(p['name'])} [{p['id']}]" for p in app["people"]}
        for column in ("When", "ID way", "With", "Channel", "Purpose", "Outcome", "Notes"):
            table.add_column(column, no_wrap=column in ("ID way", "With", "Purpose"))
        for c in app["contacts"]:
            # the id is what afterview contact edit / remove take
            table.add_row(when(c["at"]),
                          f"{c['id']} " + ("→ out" if c["direction"] == "outbound" else "← in"),
                          names.get(c["person"], ""), label("channel", c["channel"]),
                          label("purpose", c["purpose"]), label("outcome", c["outcome"]),
                          c["notes"])
        console.print(table)
    else:
        console.print("  No contacts logged yet.")
    history = " → ".join(f"{phrase('stage', s['stage'])} ({day(s['at'])})"
                         for s in app["stage_history"])
    console.print(f"  History: {history}")
