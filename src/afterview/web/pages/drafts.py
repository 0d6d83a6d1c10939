"""The draft editor: pick a kind, get the draft, edit it with findings marked as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, Response

from afterview.domain.errors import InputError
from afterview.web import drafting, forms
from afterview.web.render import page, state_of

if TYPE_CHECKING:
    from afterview.domain.drafts.choice import DraftChoice

router = APIRouter(include_in_schema=False)

KINDS = ("thank_you_email", "status_email", "call_script", "voicemail", "text_message",
         "final_email", "closing_email", "after_rude_call_email", "forgot_name_line",
         "rude_call_line")


def _load(request: Request, app_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    from afterview.store.records import draft_record
    from afterview.store.tracker import get_application

    st = state_of(request)
    app = get_application(st.store, app_id)
    return app, draft_record(app, st.profile.candidate())


def _choice(request: Request, app_id: int) -> DraftChoice:
    """What the application's plan, as of today, advises drafting."""
    from afterview.domain.drafts.choice import choice_for_application
    from afterview.store.tracker import show_application

    st = state_of(request)
    shown = show_application(st.store, app_id, today=st.today())
    return choice_for_application(shown["application"], shown["plan"])


def _editor_context(request: Request, app: dict[str, Any], record: dict[str, Any], *,
                    kind: str, tone: str, interviewer: str, subject: str | None = None,
                    body: str | None = None, choice: DraftChoice | None = None
                    ) -> dict[str, Any]:
    """Render (or re-render with the user's edits) and check the draft; with ``choice``,
    the picker lists the advised kinds first and a kind against the plan is warned."""
    from afterview.domain.drafts import KINDS as DRAFT_KINDS

    st = state_of(request)
    kinds = [k for k in KINDS if k in DRAFT_KINDS]
    context: dict[str, Any] = {
        "app": app, "kind": kind, "tone": tone, "interviewer": interviewer,
        "kinds": choice.ordered(kinds) if choice else kinds,
        "advised": choice.advised if choice else (),
        "plan_warning": choice.warning(kind) if choice else None,
        "interviewers": [p["name"] for p in record["interviewers"] if p.get("name")],
        "draft": None, "error": None, "field": None, "findings": [], "marked": "",
        "mailto": None,
    }
    try:
        draft = drafting.render(st, record, kind, tone=tone, interviewer=interviewer)
    except InputError as exc:
        context["error"], context["field"] = exc.message, exc.field
        return context
    if body is not None:
        draft = drafting.edited(draft, subject, body)
    findings = drafting.findings_for(st, kind, draft.body, record)
    context.update(draft=draft, findings=findings,
                   marked=drafting.highlighted(draft.body, findings))
    if draft.subject is not None and draft.to.email:
        context["mailto"] = draft.mailto()
    return context


@router.get("/interviews/{app_id}/draft", response_class=HTMLResponse)
def editor(request: Request, app_id: int, kind: str = "", tone: str = "",
           interviewer: str = "") -> HTMLResponse:
    """The editor with a freshly generated draft of ``kind``."""
    from afterview.domain.drafts import KINDS as DRAFT_KINDS

    app, record = _load(request, app_id)
    choice = _choice(request, app_id)
    if not kind:
        kind = choice.advised[0] if choice.advised else "thank_you_email"
    if kind not in DRAFT_KINDS:
        raise InputError(f"unknown draft kind {kind!r}", field="kind")
    context = _editor_context(request, app, record, kind=kind, tone=tone,
                              interviewer=interviewer, choice=choice)
    status = 400 if context["error"] and context["field"] in ("tone", "interviewer") else 200
    return page(request, "draft.html", context, status_code=status, section="pipeline")


@router.post("/interviews/{app_id}/draft/check", response_class=HTMLResponse)
async def check(request: Request, app_id: int) -> HTMLResponse:
    """Findings for the edited text: the marked backdrop, the list, the mailto link."""
    values = await forms.read_form(request)
    app, record = _load(request, app_id)
    context = _editor_context(
        request, app, record, kind=forms.text(values, "kind"),
        tone=forms.text(values, "tone"), interviewer=forms.text(values, "interviewer"),
        subject=forms.text(values, "subject"), body=str(values.get("body", ""))[:20_000])
    if context["error"]:
        return page(request, "_message.html", {"message": context["error"],
                                               "level": "error"}, status_code=400)
    return page(request, "_findings.html", context)


@router.post("/interviews/{app_id}/draft/eml")
async def download_eml(request: Request, app_id: int) -> Response:
    """The edited email as an unsent ``.eml`` message to open in a mail program."""
    values = await forms.read_form(request)
    app, record = _load(request, app_id)
    st = state_of(request)
    draft = drafting.render(st, record, forms.text(values, "kind"),
                            tone=forms.text(values, "tone"),
                            interviewer=forms.text(values, "interviewer"))
    draft = drafting.edited(draft, forms.text(values, "subject"),
                            str(values.get("body", ""))[:20_000])
    message = draft.eml()
    name = f"{app['company']}-{draft.kind}".replace(" ", "-")
    safe = "".join(ch for ch in name if ch.isalnum() or ch in "-_")[:80] or "draft"
    return Response(bytes(message), media_type="message/rfc822", headers={
        "content-disposition": f'attachment; filename="{safe}.eml"'})
