"""Reference pages generated from the rules and settings themselves (kept current by a test).

``python -m afterview.docs policy > docs/policy.md``
"""

from __future__ import annotations

import sys

from afterview.domain.policy import describe_parameters
from afterview.domain.rules import RULES, SOURCES

_KIND_TITLES = {
    "step": "Steps of the plan",
    "timing": "When to follow up",
    "exception": "When a call is allowed",
    "factor": "Whether a call is wise",
    "block": "What blocks a call",
    "constraint": "Rules every plan keeps",
}


def policy_markdown() -> str:
    """The follow-up policy: every rule with its explanation, and every setting."""
    lines = [
        "# The follow-up policy",
        "",
        "Generated from `afterview.domain.rules` and `afterview.domain.policy`; "
        "`python -m afterview.docs policy > docs/policy.md` rewrites it.",
        "",
        "Sources: " + "; ".join(f"`{k}` {v}" for k, v in SOURCES.items()) + ".",
        "",
    ]
    for kind, title in _KIND_TITLES.items():
        lines += [f"## {title}", "", "| rule | what it means | points | source |",
                  "|---|---|---|---|"]
        for rule in RULES:
            if rule.kind == kind:
                points = f"{rule.points:+d}" if rule.points else ""
                lines.append(f"| `{rule.id}` | {rule.explanation} | {points} | "
                             f"{', '.join(rule.sources)} |")
        lines.append("")
    lines += [
        "## Settings",
        "",
        "Put any of these in `policy.toml` in your config folder (`afterview policy --path` "
        "shows where); unknown keys and bad values are refused with a message naming them.",
        "",
        "| section | setting | default | rule | meaning |",
        "|---|---|---|---|---|",
    ]
    for p in describe_parameters():
        default = str(p["default"]).lower() if isinstance(p["default"], bool) else p["default"]
        lines.append(f"| `[{p['section']}]` | `{p['name']}` | {default} | `{p['rule']}` | "
                     f"{p['help']} |")
    return "\n".join(lines) + "\n"


PAGES = {"policy": policy_markdown}

if __name__ == "__main__":
    page = sys.argv[1] if len(sys.argv) > 1 else "policy"
    sys.stdout.write(PAGES[page]())
