"""The user-editable follow-up policy: the *(param)* values of RULES.md with their defaults."""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, fields
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


@dataclass(frozen=True, slots=True)
class Policy:
    """Parameters of the follow-up policy; every field has the default of RULES.md."""

    default_duration_min: int = 60
    """Interview length assumed when none is recorded (thanks-24h counts from the end)."""
    deadline_earliest_bd: int = 2
    """wait-for-deadline: first day for the status follow-up, in business days after it."""
    deadline_latest_bd: int = 3
    """wait-for-deadline: last day of the window, in business days after the deadline."""
    no_deadline_earliest_days: int = 7
    """wait-one-to-two-weeks: calendar days after the interview before following up."""
    no_deadline_latest_days: int = 14
    """wait-one-to-two-weeks: calendar days after the interview that close the window."""
    final_followup: bool = True
    """one-final-follow-up: whether to plan one last email after an unanswered inquiry."""
    final_after_bd: int = 5
    """one-final-follow-up: business days after the status follow-up."""
    move_on_after_final_bd: int = 5
    """move-on: business days after the final follow-up."""
    move_on_without_final_bd: int = 10
    """move-on: business days after the status follow-up when the final step is off."""
    email_max_words: int = 200
    """too-long: words in a thank-you or status email."""
    call_max_seconds: int = 120
    """too-long: spoken length of a call script."""
    voicemail_max_seconds: int = 30
    """too-long: spoken length of a voicemail."""
    words_per_minute: int = 130
    """too-long: speaking rate used to time scripts."""
    text_max_chars: int = 320
    """too-long: characters in a text message."""

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
