"""Pipeline: every application by stage, with search and filters."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from afterview.web.render import is_htmx, page, state_of

router = APIRouter(include_in_schema=False)

DUE_FILTERS = ("overdue", "due_today", "this_week", "move_on")


@router.get("/pipeline", response_class=HTMLResponse)
def pipeline_page(request: Request, q: str = "", stage: str = "", due: str = ""
                  ) -> HTMLResponse:
    """Applications grouped by stage; ``q`` searches company and position as you type."""
    from afterview.store import vocabulary as v
    from afterview.store.web_queries import search_applications

    st = state_of(request)
    q = q.strip()[:100]
    stage = stage if stage in v.STAGES else ""
    due = due if due in DUE_FILTERS else ""
    found = search_applications(st.store, today=st.today(), query=q,
                                stage=stage, due=due)
    groups: dict[str, list[dict[str, object]]] = {s: [] for s in v.STAGES}
    for item in found["items"]:
        groups[item["stage"]].append(item)
    context = {"found": found, "groups": groups, "q": q, "stage": stage, "due": due,
               "stages": v.STAGES, "due_filters": DUE_FILTERS}
    if is_htmx(request) and request.headers.get("hx-target") == "results":
        return page(request, "_pipeline_results.html", context)
    return page(request, "pipeline.html", context, section="pipeline")
