"""The calendar feed at a secret URL that calendar apps subscribe to."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request
from starlette.responses import Response

from afterview.web.render import state_of

router = APIRouter(include_in_schema=False)


@router.get("/calendar/{token}.ics")
def calendar_feed(request: Request, token: str) -> Response:
    """Every pending step of every live application as all-day events with a reminder."""
    from afterview.integrations.ics import calendar
    from afterview.store.tracker import live_plans

    st = state_of(request)
    if not hmac.compare_digest(token.encode(), st.profile.calendar_token.encode()):
        return Response("not found\n", status_code=404, media_type="text/plain")
    body = calendar(live_plans(st.store, today=st.today()), now=st.config.clock())
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"cache-control": "no-store",
                             "content-disposition": 'inline; filename="afterview.ics"'})
