"""Records the store tests write."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

NOW = datetime(2026, 3, 12, 15, 0, tzinfo=UTC)


def application(**overrides: Any) -> dict[str, Any]:
    """An interview on Tue 10 March 2026 with a Friday deadline (status window 17–18 March)."""
    record: dict[str, Any] = {
        "company": "Harborline Logistics", "position": "Senior Data Analyst",
        "timezone": "America/New_York", "country": "US", "interview_at": "2026-03-10T10:00",
        "duration_min": 45, "deadline": "2026-03-13", "format": "one_on_one", "tone": "casual",
        "topics": ["route dashboards"],
        "people": [
            {"name": "Dana Whitfield", "title": "Analytics Manager",
             "email": "dana@harborline.example", "role": "interviewer"},
            {"name": "Sam Ortega", "email": "sam@harborline.example", "phone": "+1 617 555 0142",
             "role": "recruiter", "primary": True},
        ],
    }
    record.update(overrides)
    return record
