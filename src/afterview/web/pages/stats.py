"""Stats: response rates by channel and interview format, and days to an answer."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from afterview.web.charts import days_chart, rate_chart
from afterview.web.render import page, state_of

router = APIRouter(include_in_schema=False)


@router.get("/stats", response_class=HTMLResponse)
def stats_page(request: Request) -> HTMLResponse:
    """Charts drawn from every application and contact in the store."""
    from afterview.store.stats import statistics

    st = state_of(request)
    found = statistics(st.store, now=st.config.clock())
    charts = [
        rate_chart("Answered follow-ups by channel", found["by_channel"], "channel",
                   "follow_ups"),
        rate_chart("Interviews answered by format", found["by_format"], "format",
                   "interviews"),
        days_chart("Median days to an answer by format", found["by_format"], "format"),
        days_chart("Median days to an answer after a follow-up, by channel",
                   found["by_channel"], "channel"),
    ]
    return page(request, "stats.html", {"stats": found, "charts": charts}, section="stats")
