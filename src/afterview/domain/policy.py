"""The user-editable follow-up policy: the *(param)* values of RULES.md with their defaults."""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from afterview.domain.errors import InputError

# TOML section for each parameter, so the file reads in the terms of the rules.
_SECTIONS: dict[str, tuple[str, ...]] = {
    "plan": (
        "default_duration_min",
        "deadline_earliest_bd",
        "deadline_latest_bd",
        "no_deadline_earliest_days",
        "no_deadline_latest_days",
        "final_followup",
        "final_after_bd",
        "move_on_after_final_bd",
        "move_on_without_final_bd",
    ),
    "drafts": (
        "email_max_words",
        "call_max_seconds",
        "voicemail_max_seconds",
        "words_per_minute",
        "text_max_chars",
    ),
}


def _param(default: Any, rule: str, text: str, *, label: str) -> Any:
    """A policy parameter with the rule it tunes, a short label and a sentence of help for
    the docs and the settings page."""
    return field(default=default, metadata={"rule": rule, "help": text, "label": label})


@dataclass(frozen=True, slots=True)
class Policy:
    """Parameters of the follow-up policy; every field has the default of RULES.md."""

    default_duration_min: int = _param(
        60, "thanks-24h", "Interview minutes when none are recorded; the day counts from the end.",
        label="Interview length when not recorded (minutes)",
    )
    deadline_earliest_bd: int = _param(
        2, "wait-for-deadline", "Business days after a stated deadline until the follow-up opens.",
        label="After a deadline: follow-up opens (business days)",
    )
    deadline_latest_bd: int = _param(
        3, "wait-for-deadline", "Business days after a stated deadline until the window closes.",
        label="After a deadline: window closes (business days)",
    )
    no_deadline_earliest_days: int = _param(
        7, "wait-one-to-two-weeks", "Calendar days after the interview before following up.",
        label="No deadline: follow-up opens (days)",
    )
    no_deadline_latest_days: int = _param(
        14, "wait-one-to-two-weeks", "Calendar days after the interview that close the window.",
        label="No deadline: window closes (days)",
    )
    final_followup: bool = _param(
        True, "one-final-follow-up", "Whether to plan one last email after an unanswered inquiry.",
        label="Plan one final follow-up",
    )
    final_after_bd: int = _param(
        5, "one-final-follow-up", "Business days after the status follow-up.",
        label="Final follow-up after the status one (business days)",
    )
    move_on_after_final_bd: int = _param(
        5, "move-on", "Business days after the final follow-up.",
        label="Move on after the final follow-up (business days)",
    )
    move_on_without_final_bd: int = _param(
        10, "move-on", "Business days after the status follow-up when the final step is off.",
        label="Move on without a final follow-up (business days)",
    )
    email_max_words: int = _param(
        200, "too-long", "Words in a thank-you or status email.",
        label="Longest email (words)",
    )
    call_max_seconds: int = _param(
        120, "too-long", "Spoken length of a call script.",
        label="Longest call script (seconds)",
    )
    voicemail_max_seconds: int = _param(
        30, "too-long", "Spoken length of a voicemail.",
        label="Longest voicemail (seconds)",
    )
    words_per_minute: int = _param(
        130, "too-long", "Speaking rate used to time scripts.",
        label="Speaking rate (words a minute)",
    )
    text_max_chars: int = _param(
        320, "too-long", "Characters in a text message.",
        label="Longest text message (characters)",
    )

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type == "bool":
                if not isinstance(value, bool):
                    raise InputError(f"policy: {f.name} must be true or false", field=f.name)
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                raise InputError(f"policy: {f.name} must be a whole number", field=f.name)
            minimum = 1 if f.name in _POSITIVE else 0
            if value < minimum or value > 1000:
                raise InputError(
                    f"policy: {f.name} must be between {minimum} and 1000, not {value}",
                    field=f.name,
                )

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Policy:
        """Build a policy from a (possibly sectioned) mapping, refusing unknown keys."""
        flat: dict[str, Any] = {}
        known = {f.name for f in fields(cls)}
        for key, value in data.items():
            if key in _SECTIONS and isinstance(value, dict):
                for inner, inner_value in value.items():
                    if inner not in _SECTIONS[key]:
                        raise InputError(f"policy: unknown setting {key}.{inner}", field=inner)
                    flat[inner] = inner_value
            elif key in known:
                flat[key] = value
            else:
                raise InputError(f"policy: unknown setting {key}", field=key)
        return cls(**flat)

    @classmethod
    def from_toml(cls, text: str, *, source: str = "policy file") -> Policy:
        """Parse a TOML policy; syntax errors name the file and position."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{source}: {exc}") from exc
        try:
            return cls.from_mapping(data)
        except InputError as exc:
            raise InputError(f"{source}: {exc.message}", field=exc.field) from exc

    def to_toml(self) -> str:
        """The policy as a TOML document that ``from_toml`` reads back."""
        values = asdict(self)
        lines: list[str] = []
        for section, names in _SECTIONS.items():
            lines.append(f"[{section}]")
            for name in names:
                value = values[name]
                rendered = ("true" if value else "false") if isinstance(value, bool) else value
                lines.append(f"{name} = {rendered}")
            lines.append("")
        return "\n".join(lines)


_POSITIVE = frozenset(
    {"default_duration_min", "email_max_words", "call_max_seconds", "voicemail_max_seconds",
     "words_per_minute", "text_max_chars"}
)

DEFAULT_POLICY = Policy()


def describe_parameters() -> list[dict[str, Any]]:
    """Every parameter with its section, default, the rule it tunes and what it means."""
    section_of = {name: section for section, names in _SECTIONS.items() for name in names}
    return [
        {
            "name": f.name,
            "section": section_of[f.name],
            "default": f.default,
            "rule": f.metadata["rule"],
            "help": f.metadata["help"],
        }
        for f in fields(Policy)
    ]
