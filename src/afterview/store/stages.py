"""An application's stages (kept free of imports: ``afterview today`` loads this on start)."""

from __future__ import annotations

STAGES = (
    "interviewing", "awaiting", "followed_up", "final_sent", "moved_on",
    "next_round", "offer", "rejected", "withdrawn",
)
PLANNED_STAGES = ("interviewing", "awaiting", "followed_up", "final_sent")
"""Stages in which follow-ups are planned (the employer has not answered yet)."""
LIVE_STAGES = (*PLANNED_STAGES, "next_round", "offer")
"""Applications still worth the candidate's attention."""
CLOSED_STAGES = ("moved_on", "rejected", "withdrawn")
CLOSE_REASONS = ("moved_on", "rejected", "withdrawn", "offer")
"""What ``close --reason`` accepts: a final stage (``offer`` = the candidate accepted one)."""
