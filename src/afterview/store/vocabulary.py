"""The words the tracker stores: stages, people's roles, and the planner's own vocabularies."""

from __future__ import annotations

from afterview.domain.contacts import CHANNELS, DIRECTIONS, OUTCOMES, PURPOSES
from afterview.domain.scenario import FORMATS, PROCESS_LENGTHS, SCHEDULED_VIA, STYLES, TONES
from afterview.store.stages import (
    CLOSE_REASONS,
    CLOSED_STAGES,
    LIVE_STAGES,
    PLANNED_STAGES,
    STAGES,
)

ROLES = ("interviewer", "recruiter", "hiring_manager", "other")
INTERVIEWER_ROLES = ("interviewer", "hiring_manager")  # owed a thank-you each
COMPANY_SIZES = ("small", "medium", "large")
REPLY_OUTCOMES = ("replied", "spoke", "rude", "next_round", "offer", "rejected")
LOG_OUTCOMES = ("sent", "no_answer", "voicemail", "spoke", "replied", "rude", "bounced")

__all__ = [
    "CHANNELS", "CLOSED_STAGES", "CLOSE_REASONS", "COMPANY_SIZES", "DIRECTIONS", "FORMATS",
    "INTERVIEWER_ROLES",
    "LIVE_STAGES", "LOG_OUTCOMES", "OUTCOMES", "PLANNED_STAGES", "PROCESS_LENGTHS", "PURPOSES",
    "REPLY_OUTCOMES", "ROLES", "SCHEDULED_VIA", "STAGES", "STYLES", "TONES",
]
