"""How long a script takes to say, counted the way RULES.md §5 counts words."""

from __future__ import annotations

import math
import re

from afterview.domain.policy import DEFAULT_POLICY, Policy

# Stage directions such as "(If they sound busy:)" are read, not said.
_STAGE_DIRECTION = re.compile(r"\([^()]*\)")


def word_count(text: str) -> int:
    """Whitespace-separated tokens that contain a letter or a digit (RULES.md too-long)."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def speaking_seconds(text: str, *, policy: Policy = DEFAULT_POLICY) -> int:
    """Seconds needed to say ``text`` at the policy's speaking rate, rounded up."""
    spoken = _STAGE_DIRECTION.sub(" ", text)
    return math.ceil(word_count(spoken) * 60 / policy.words_per_minute)


def describe_seconds(seconds: int) -> str:
    """A speaking time as people say it: "about 45 seconds", "about 1 minute 10 seconds"."""
    rounded = max(5, 5 * round(seconds / 5))
    minutes, rest = divmod(rounded, 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute" + ("s" if minutes > 1 else ""))
    if rest:
        parts.append(f"{rest} seconds")
    return "about " + " ".join(parts)
