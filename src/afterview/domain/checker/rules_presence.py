"""Rule data for what a good draft contains (RULES.md §5): the 'no-…' rules."""

from __future__ import annotations

from afterview.domain.checker.model import CALL_LIKE, KINDS, STATUS_LIKE, Example, Rule

RECORD: dict[str, object] = {
    "candidate": "Lena Ford",
    "interviewer": "Omar Haddad",
    "company": "Tallis Foods",
    "position": "Inventory Planner",
    "date": "2025-03-04",
    "topics": ["cycle counts in the cold store", "the supplier scorecard"],
}
"""The interview record the examples are written against."""

ALL = frozenset(KINDS)
# A final follow-up and an offer update are judged as a status email, the offer-update call
# as a call script; a closing note and the email after a rude call need no topic, renewed
# interest or status question (RULES.md §5).
EMAIL_TEXT_CALL = frozenset({"thank_you_email"}) | STATUS_LIKE | CALL_LIKE
CALLS = frozenset({"voicemail"}) | CALL_LIKE
ASKS_STATUS = STATUS_LIKE | CALLS

STATUS_OK = (
    "Dear Omar,\n\nThank you again for our conversation on March 4 about the Inventory "
    "Planner position. Your plan for cycle counts in the cold store has stayed with me. "
    "I remain very interested in the role. Could you share an update on the timeline?\n\n"
    "Best regards,\nLena Ford"
)
CALL_OK = (
    "Hi Omar, this is Lena Ford. I interviewed for the Inventory Planner position on "
    "Tuesday. Thank you again for walking me through the supplier scorecard. I'm still "
    "very interested in the role. Is there any update on next steps?"
)


def _ex(text: str, kind: str, triggers: bool) -> Example:
    return Example(text=text, kind=kind, triggers=triggers, interview=RECORD)


PRESENCE_RULES: tuple[Rule, ...] = (
    Rule(
        id="no-self-intro",
        severity="error",
        message="The draft never says who is writing (no-self-intro).",
        suggestion="Sign with your name; on a call or voicemail, give your full name in the "
        "first sentence, before why you are calling.",
        kinds=ALL,
        sources=("002",),
        why="The reader should know at once who is writing or calling, without guessing "
        "from a number or an address.",
        examples=(
            _ex(STATUS_OK.replace("Lena Ford", "[Your Name]"), "status_email", True),
            _ex("Hi Omar, I'm calling about the Inventory Planner position from Tuesday. "
                "Thanks again for your time. Any update on next steps? Again, this is "
                "Lena Ford.", "voicemail", True),
            _ex(STATUS_OK, "status_email", False),
            _ex(CALL_OK, "call_script", False),
        ),
    ),
    Rule(
        id="no-position",
        severity="warning",
        message="The role is not named (no-position).",
        suggestion="Name the position by its title, not just 'the role'.",
        kinds=ALL - {"text_message"},
        sources=("001",),
        why="Hiring managers fill several roles at once; naming the position tells them "
        "which conversation this is about.",
        examples=(
            _ex(STATUS_OK.replace("the Inventory Planner position", "the opportunity"),
                "status_email", True),
            _ex(STATUS_OK, "status_email", False),
            _ex(STATUS_OK.replace("Inventory Planner position", "planner job"),
                "status_email", False),
        ),
    ),
    Rule(
        id="no-interview-date",
        severity="warning",
        message="The interview's date or day is not mentioned (no-interview-date).",
        suggestion="Say when you met, e.g. 'I interviewed on Tuesday, March 4'.",
        kinds=CALLS,
        sources=("001",),
        why="On the phone the listener has no thread to look back at; the day of the "
        "interview lets them place you quickly.",
        examples=(
            _ex(CALL_OK.replace("on Tuesday", "recently"), "call_script", True),
            _ex(CALL_OK, "call_script", False),
            _ex(CALL_OK.replace("on Tuesday", "yesterday"), "voicemail", False),
        ),
    ),
    Rule(
        id="no-specific-topic",
        severity="warning",
        message="Nothing specific from the interview is mentioned (no-specific-topic).",
        suggestion="Recall one concrete point you discussed, e.g. a problem, tool or "
        "project they described.",
        kinds=EMAIL_TEXT_CALL,
        sources=("001", "002"),
        why="A concrete detail shows you were engaged and helps the interviewer remember "
        "which candidate you are.",
        examples=(
            _ex(STATUS_OK.replace("Your plan for cycle counts in the cold store has stayed "
                                  "with me.", "I enjoyed learning about the team."),
                "status_email", True),
            _ex(STATUS_OK, "status_email", False),
            _ex(STATUS_OK.replace("Your plan for cycle counts in the cold store",
                                  "Your point about dock-to-stock time"), "status_email", False),
        ),
    ),
    Rule(
        id="no-gratitude",
        severity="warning",
        message="The draft does not thank the reader (no-gratitude).",
        suggestion="Add a line of thanks, e.g. 'Thank you again for your time.'",
        kinds=ALL,
        sources=("001", "002"),
        why="Thanking the interviewer for their time is part of every good follow-up.",
        examples=(
            _ex(STATUS_OK.replace("Thank you again for our conversation", "Following our "
                                  "conversation"), "status_email", True),
            _ex("Omar, Lena Ford here. Thanks to your tip I tried the scorecard template. "
                "Any news on next steps?", "text_message", True),
            _ex(STATUS_OK, "status_email", False),
            _ex("Omar, Lena Ford here. I appreciate you taking the time on Tuesday.",
                "text_message", False),
        ),
    ),
    Rule(
        id="no-interest",
        severity="warning",
        message="The draft never says you still want the role (no-interest).",
        suggestion="Reaffirm your interest, e.g. 'I remain very interested in the role.'",
        kinds=EMAIL_TEXT_CALL,
        sources=("001",),
        why="A follow-up is a chance to repeat that you want the job; interest in hearing "
        "back is not the same thing.",
        examples=(
            _ex(STATUS_OK.replace("I remain very interested in the role.",
                                  "I'm interested to hear what you decide."),
                "status_email", True),
            _ex(STATUS_OK, "status_email", False),
            _ex(STATUS_OK.replace("I remain very interested in the role.",
                                  "I'd love to join the team at Tallis."), "status_email", False),
        ),
    ),
    Rule(
        id="no-status-question",
        severity="warning",
        message="The draft never asks about the status or next steps (no-status-question).",
        suggestion="Ask politely, e.g. 'Is there any update on the timeline?'",
        kinds=ASKS_STATUS,
        sources=("002",),
        why="The point of a status follow-up is to learn where things stand; saying you "
        "look forward to hearing back does not ask.",
        examples=(
            _ex(STATUS_OK.replace("Could you share an update on the timeline?",
                                  "I look forward to hearing from you."), "status_email", True),
            _ex(STATUS_OK, "status_email", False),
            _ex(STATUS_OK.replace("Could you share an update on the timeline?",
                                  "If there is news on timing, I'd be glad to hear it."),
                "status_email", False),
            _ex(STATUS_OK.replace("Could you share an update on the timeline?",
                                  "I wanted to kindly know the status of my application."),
                "status_email", False),
        ),
    ),
)
