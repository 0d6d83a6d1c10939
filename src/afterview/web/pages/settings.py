"""Settings: the profile, the policy parameters, template overrides, the calendar feed URL."""

from __future__ import annotations

from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from afterview.domain.errors import InputError
from afterview.web import forms
from afterview.web.render import page, state_of

router = APIRouter(include_in_schema=False)

SHIPPED = Path(__file__).resolve().parents[2] / "domain" / "drafts" / "templates"


def template_names() -> list[str]:
    """The shipped template files a user may override."""
    return sorted(p.name for p in SHIPPED.glob("*.j2"))


def _policy_rows(values: dict[str, Any]) -> list[dict[str, Any]]:
    from afterview.domain.policy import Policy

    return [{"name": f.name, "rule": f.metadata.get("rule", ""),
             "label": f.metadata.get("label", f.name), "help": f.metadata.get("help", ""),
             "flag": f.type in ("bool", bool),
             "value": values.get(f.name)} for f in fields(Policy)]


def _context(request: Request, **extra: Any) -> dict[str, Any]:
    st = state_of(request)
    chosen = request.query_params.get("template", "")
    names = template_names()
    chosen = chosen if chosen in names else ""
    text = ""
    overridden = {n for n in names if (st.config.templates_dir / n).is_file()}
    if chosen:
        source = st.config.templates_dir / chosen if chosen in overridden else SHIPPED / chosen
        text = source.read_text(encoding="utf-8")
    profile = asdict(st.profile)
    feed = str(request.base_url).rstrip("/") + f"/calendar/{st.profile.calendar_token}.ics"
    context: dict[str, Any] = {
        "values": profile, "errors": {}, "policy_rows": _policy_rows(asdict(st.policy)),
        "policy_errors": {}, "templates": names, "overridden": overridden,
        "chosen": chosen, "template_text": text, "template_error": None, "feed": feed,
        "system_timezone": st.system_timezone, "saved": request.query_params.get("saved", ""),
    }
    context.update(extra)
    return context


@router.get("/settings", response_class=HTMLResponse)
def settings_page(request: Request) -> HTMLResponse:
    """All settings on one page."""
    return page(request, "settings.html", _context(request), section="settings")


@router.post("/settings/profile")
async def save_profile_form(request: Request) -> Response:
    """Save name, email, phone, country, subdivision and time zone."""
    from afterview.profile import save_profile, update_profile

    values = await forms.read_form(request)
    st = state_of(request)
    try:
        profile = update_profile(st.profile, {k: forms.text(values, k) for k in values})
    except InputError as exc:
        context = _context(request, values={**asdict(st.profile), **values},
                           errors={exc.field or "form": exc.message})
        return page(request, "settings.html", context, status_code=400, section="settings")
    save_profile(profile, st.config.profile_path)
    st.reload_settings()
    return RedirectResponse("/settings?saved=profile#profile", status_code=303)


@router.post("/settings/policy")
async def save_policy_form(request: Request) -> Response:
    """Save the policy parameters (whole numbers and one switch)."""
    from afterview.config import save_policy
    from afterview.domain.policy import Policy

    values = await forms.read_form(request)
    st = state_of(request)
    data: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for row in _policy_rows({}):
        raw = forms.text(values, row["name"])
        if row["flag"]:
            data[row["name"]] = raw in ("on", "true", "1")
        elif raw.lstrip("-").isdigit() and len(raw) < 8:
            data[row["name"]] = int(raw)
        else:
            errors[row["name"]] = f"{row['label']}: a whole number, please"
    if not errors:
        try:
            policy = Policy.from_mapping(data)
        except InputError as exc:
            errors[exc.field or "form"] = exc.message
        else:
            save_policy(policy, st.config.policy_path)
            st.reload_settings()
            return RedirectResponse("/settings?saved=policy#policy", status_code=303)
    context = _context(request, policy_rows=_policy_rows({**asdict(st.policy), **values}),
                       policy_errors=errors)
    return page(request, "settings.html", context, status_code=400, section="settings")


def _trial_render(name: str, text: str) -> str | None:
    """Why the override cannot render a sample draft (the sandbox refused it, …), or None."""
    import tempfile

    from afterview.domain.drafts import KINDS, render_draft
    from afterview.domain.drafts.templating import SAMPLE_RECORD

    if name.startswith("_"):
        kinds = ["status_email", "thank_you_email", "call_script"]
        tone = "neutral"
    else:
        kind, tone = name.split(".")[:2]
        kinds = [kind] if kind in KINDS else []
    with tempfile.TemporaryDirectory(prefix="afterview-template-") as folder:
        (Path(folder) / name).write_text(text, encoding="utf-8")
        for kind in kinds:
            try:
                render_draft(kind, SAMPLE_RECORD, tone=tone, template_dirs=[folder])
            except InputError as exc:
                return exc.message.replace(folder + "/", "")
    return None


@router.post("/settings/templates")
async def save_template_form(request: Request) -> Response:
    """Save (or, with ``reset``, remove) the override of one shipped template."""
    import jinja2

    values = await forms.read_form(request)
    st = state_of(request)
    name = forms.text(values, "template")
    if name not in template_names():
        raise InputError(f"there is no template {name!r}", field="template")
    target = st.config.templates_dir / name
    if forms.text(values, "action") == "reset":
        target.unlink(missing_ok=True)
        return RedirectResponse(f"/settings?template={name}&saved=template#templates",
                                status_code=303)
    text = str(values.get("text", "")).replace("\r\n", "\n")[:20_000]
    try:
        jinja2.Environment(autoescape=False).parse(text)  # noqa: S701 - plain-text drafts
    except jinja2.TemplateSyntaxError as exc:
        context = _context(request, chosen=name, template_text=text,
                           template_error=f"line {exc.lineno}: {exc.message}")
        return page(request, "settings.html", context, status_code=400, section="settings")
    problem = _trial_render(name, text)
    if problem:
        context = _context(request, chosen=name, template_text=text, template_error=problem)
        return page(request, "settings.html", context, status_code=400, section="settings")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return RedirectResponse(f"/settings?template={name}&saved=template#templates",
                            status_code=303)


@router.post("/settings/calendar")
async def new_feed_url(request: Request) -> Response:
    """Make a new secret calendar URL; the old one stops working."""
    from afterview.profile import new_calendar_token, save_profile

    await forms.read_form(request)
    st = state_of(request)
    save_profile(new_calendar_token(st.profile), st.config.profile_path)
    st.reload_settings()
    return RedirectResponse("/settings?saved=calendar#calendar", status_code=303)
