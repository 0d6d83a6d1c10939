"""Rule data for what a draft should not do (RULES.md §5), and for its form."""

from __future__ import annotations

from afterview.domain.checker.model import Example, Rule
from afterview.domain.checker.rules_presence import ALL, CALL_OK, RECORD, STATUS_OK


def _ex(text: str, kind: str, triggers: bool) -> Example:
    return Example(text=text, kind=kind, triggers=triggers, interview=RECORD)


TEXT_OK = ("Hi Omar, it's Lena Ford. Thank you again for Tuesday's interview for the "
           "planner role. Any news on next steps?")
CLOSING_OK = (
    "Dear Omar,\n\nThank you for letting me know about the Inventory Planner position. I "
    "enjoyed meeting the team and would be glad to be considered for future openings.\n\n"
    "Best regards,\nLena Ford"
)


def _status_with(sentence: str) -> str:
    """The clean status email with one more sentence before the sign-off."""
    return STATUS_OK.replace("\n\nBest regards", f" {sentence}\n\nBest regards")


CONDUCT_RULES: tuple[Rule, ...] = (
    Rule(
        id="complains-about-wait",
        severity="error",
        message="This complains about the wait (complains-about-wait).",
        quoted="'{text}' complains about the wait (complains-about-wait).",
        suggestion="Leave out how long you have waited; ask for an update instead.",
        kinds=ALL,
        sources=("002",),
        why="Grumbling about silence reads as impatience, and hiring often takes longer "
        "than candidates expect for reasons they cannot see.",
        examples=(
            _ex(_status_with("I've been refreshing my inbox all week."), "status_email", True),
            _ex(_status_with("Two weeks of silence and counting."), "status_email", True),
            _ex(_status_with("I know decisions like this take time."), "status_email", False),
            _ex(_status_with("Thursday has come and gone and still nothing."), "status_email",
                True),
            _ex(_status_with("Nobody has bothered to reply to my last email either."),
                "status_email", True),
            _ex(_status_with("You said I would hear by the 12th; the 12th came and went."),
                "status_email", True),
            _ex(_status_with("You mentioned a decision by Friday, so I thought I would check "
                             "in."), "status_email", False),
        ),
    ),
    Rule(
        id="asks-if-hired",
        severity="error",
        message="This asks whether you got the job or presses for the decision "
        "(asks-if-hired).",
        quoted="'{text}' asks whether you got the job or presses for the decision "
        "(asks-if-hired).",
        suggestion="Ask about timing or next steps instead, e.g. 'Do you know roughly when "
        "a decision will be made?'",
        kinds=ALL,
        sources=("002",),
        why="Asking for the verdict puts the interviewer on the spot; asking about the "
        "timeline gets you the same news politely.",
        examples=(
            _ex(_status_with("So… am I in?"), "status_email", True),
            _ex(_status_with("Can you tell me by Friday if the job is mine?"),
                "status_email", True),
            _ex(_status_with("Do you know roughly when a decision will be made?"),
                "status_email", False),
        ),
    ),
    Rule(
        id="questions-delay",
        severity="error",
        message="This questions the employer's delay (questions-delay).",
        quoted="'{text}' questions the employer's delay (questions-delay).",
        suggestion="Don't ask why it is taking long; ask whether there is an update.",
        kinds=ALL,
        sources=("002",),
        why="Challenging the pace of the process reflects poorly on the candidate; the "
        "reasons are internal and rarely about them.",
        examples=(
            _ex(_status_with("Why has the decision slipped past the date you gave?"),
                "status_email", True),
            _ex(_status_with("What's holding things up on your side?"), "status_email", True),
            _ex(_status_with("May I know the reason the process is getting delayed?"),
                "status_email", True),
            _ex(_status_with("Thanks for explaining why the timeline shifted."),
                "status_email", False),
        ),
    ),
    Rule(
        id="mentions-other-candidates",
        severity="error",
        message="This brings up other candidates (mentions-other-candidates).",
        quoted="'{text}' brings up other candidates (mentions-other-candidates).",
        suggestion="Talk about what you offer, without comparing yourself to others.",
        kinds=ALL,
        sources=("002",),
        why="Mentioning rivals, even kindly, sounds competitive and ungracious.",
        examples=(
            _ex(_status_with("I'm sure your other finalists are strong too."),
                "status_email", True),
            _ex(_status_with("I know you are meeting other planners this week."),
                "status_email", True),
            _ex(_status_with("I liked your plan for candidate experience surveys."),
                "status_email", False),
            _ex(_status_with("I also enjoyed the demo from Candidate Labs."),
                "status_email", False),
        ),
    ),
    Rule(
        id="desperate-tone",
        severity="error",
        message="This sounds desperate or pressing (desperate-tone).",
        quoted="'{text}' sounds desperate or pressing (desperate-tone).",
        suggestion="Keep the tone calm: drop pleas, urgency and extra exclamation marks.",
        kinds=ALL,
        sources=("000", "002"),
        why="Begging or urgency puts pressure on the reader and can come across as "
        "desperate rather than enthusiastic.",
        examples=(
            _ex(_status_with("Please, I really need this job, any news ASAP!!"),
                "status_email", True),
            _ex(_status_with("I'm excited about the role!"), "status_email", False),
            _ex(_status_with("I also read about your ASAP delivery tier."),
                "status_email", False),
            _ex(_status_with("Are you EVER going to answer???"), "status_email", True),
            _ex(CLOSING_OK + " You people are idiots.", "closing_email", True),
            _ex(_status_with("Please let me know by Monday, as I can't wait forever."),
                "status_email", True),
            _ex(CLOSING_OK, "closing_email", False),
        ),
    ),
    Rule(
        id="too-long",
        severity="warning",
        message="The draft is longer than the policy allows (too-long).",
        suggestion="Cut it down to the essentials: who you are, the role, one detail, "
        "thanks, interest and your question.",
        kinds=ALL,
        sources=("001", "002"),
        why="Interviewers are busy: emails should be short, calls under two minutes, "
        "voicemails under thirty seconds, texts a few lines.",
        examples=(
            _ex(STATUS_OK + "\n" + "More detail about my experience. " * 50,
                "status_email", True),
            _ex(CALL_OK + " I also wanted to add a few words." * 10, "voicemail", True),
            _ex(STATUS_OK, "status_email", False),
        ),
    ),
    Rule(
        id="placeholder-left",
        severity="error",
        message="A template slot was left unfilled (placeholder-left).",
        quoted="The template slot '{text}' was left unfilled (placeholder-left).",
        suggestion="Replace the slot with the real value, or remove it.",
        kinds=ALL,
        sources=("001",),
        why="An unfilled slot shows the message is a template and was not proofread.",
        examples=(
            _ex(STATUS_OK.replace("Dear Omar", "Dear [Hiring Manager]"), "status_email", True),
            _ex(STATUS_OK.replace("Dear Omar", "Hi {{ first_name }}"), "status_email", True),
            _ex(_status_with("Fixing the {{ name }} variable was fun."), "status_email", False),
        ),
    ),
    Rule(
        id="spelling",
        severity="error",
        message="This word looks misspelt (spelling).",
        quoted="The word '{text}' looks misspelt (spelling).",
        suggestion="Correct the spelling, or add the word to your word list.",
        kinds=ALL,
        sources=("001",),
        why="Proofreading before sending shows attention to detail; typos undercut it.",
        examples=(
            _ex(_status_with("I look foward to it."), "status_email", True),
            _ex(_status_with("I admire the organisation's programme."), "status_email", False),
            _ex(_status_with("The animatic you showed me was great, no wahala."),
                "status_email", False),
        ),
    ),
    Rule(
        id="grammar",
        severity="warning",
        message="This looks like a grammar slip (grammar).",
        quoted="'{text}' looks like a grammar slip (grammar).",
        suggestion="Reread the sentence and fix it.",
        kinds=ALL,
        sources=("001",),
        why="A repeated word or a wrong article is easy to miss and easy to fix.",
        examples=(
            _ex(_status_with("I read the the report you sent."), "status_email", True),
            _ex(_status_with("I read the report you sent."), "status_email", False),
        ),
    ),
    Rule(
        id="too-informal",
        severity="warning",
        message="This is too casual for a message to an employer (too-informal).",
        quoted="'{text}' is too casual for a message to an employer (too-informal).",
        suggestion="Use plain professional wording: no slang or textspeak; in an email or a "
        "call, 'Hi' or 'Dear' and no emoji.",
        kinds=ALL,
        sources=("002",),
        why="Slang, textspeak, emoji and 'Hey' make a professional message read like a chat; "
        "a text may say 'Hi' or 'Hey' and use an emoji, but not textspeak.",
        examples=(
            _ex(STATUS_OK.replace("Dear Omar", "Hey Omar"), "status_email", True),
            _ex(_status_with("Super stoked about the gig lol"), "status_email", True),
            _ex(_status_with("Reckon it'd be a ripper of a job."), "status_email", True),
            _ex(_status_with("I liked the 'Hey Ava' assistant you demoed."),
                "status_email", False),
            _ex(TEXT_OK + " ty so much, c u soon", "text_message", True),
            _ex(TEXT_OK.replace("Thank you", "Thx 4 the chat"), "text_message", True),
            _ex("Hey Omar! " + TEXT_OK + " \U0001f642", "text_message", False),
        ),
    ),
    Rule(
        id="wrong-name",
        severity="error",
        message="This name is not the interviewer or company on record (wrong-name).",
        quoted="'{text}' is not the interviewer or company on record (wrong-name).",
        suggestion="Use the interviewer's and company's names from the record.",
        kinds=ALL,
        sources=("001",),
        why="A personalised message with the wrong name is worse than a generic one.",
        examples=(
            _ex(STATUS_OK.replace("Dear Omar", "Dear Oscar"), "status_email", True),
            _ex(STATUS_OK.replace("Dear Omar", "Hi Omar and Priya"), "status_email", True),
            _ex(STATUS_OK.replace("Dear Omar", "Respected Sir"), "status_email", False),
            _ex(_status_with("I'd love to join the team at Tillman Foods."),
                "status_email", True),
            _ex(_status_with("I do the same at my current employer, Acme."),
                "status_email", False),
        ),
        needs_record=True,
    ),
)
