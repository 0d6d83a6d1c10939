# ruff: noqa: E501  (the tables keep one case a line, which reads better than wrapped strings)
"""Paraphrases that appear in neither data set: the detectors judge meaning, not phrases."""

from __future__ import annotations

import pytest

from afterview import check_draft
from afterview.domain.checker.rules_presence import CALL_OK, RECORD, STATUS_OK

S = STATUS_OK


def _with(sentence: str) -> str:
    return STATUS_OK.replace("\n\nBest regards", f" {sentence}\n\nBest regards")


def _rules(text: str, kind: str = "status_email") -> set[str]:
    return {f.rule for f in check_draft(text, kind=kind, interview=RECORD, spelling=False)}


def _flags(text: str, record: dict[str, object], kind: str, rule: str) -> bool:
    """Whether ``rule`` flags ``text`` checked against ``record`` (spelling only when it is
    the rule under test)."""
    found = check_draft(text, kind=kind, interview=record, spelling=rule == "spelling")
    return rule in {f.rule for f in found}


SENTENCES = {
 'complains-about-wait': (
  ["After the interview was postponed three times, I nearly gave up on it.",
   "I was left sitting in the lobby for over an hour before anyone came out.", "We must have rescheduled four times before we finally met.",
   "I've been waiting for almost a month with no reply.", "It's been three weeks and I haven't heard anything.",
   "I was hoping to have heard something by now.", "Honestly, the silence has been a little frustrating.",
   "I've emailed twice already without any response.", "It feels like my application fell into a black hole.",
   "I'm a bit disappointed that nobody has gotten back to me.", "Still no word on my end.",
   "I can't believe it's been a month already.", "It's been a long wait.", "I've been checking my email every day.",
   "I've been anxiously waiting by my phone.", "Three weeks and not a single reply.",
   "It was pretty annoying to sit in your foyer for almost an hour before we started.",
   "I was kept standing at the front desk for forty minutes, which was frustrating.",
   "You told me I'd hear back within two weeks, and it's now been over a month.",
   "You said a decision would come in a few days. It's been three weeks."],
  ["I know these things take time.", "I understand you're busy with the quarter close.",
   "Our talk about reducing wait times in the lobby was great.", "I waited tables for five years before this.",
   "It has been a busy week on my end too.", "It has been two weeks since we met, so I wanted to check in.",
   "I got there early and waited in the lobby for a few minutes.", "We rescheduled once because of my flight, which you handled kindly.",
   "Why was the interview pushed back twice?", "I waited in reception for about twenty minutes and enjoyed chatting with the team.",
   "You mentioned the team would decide within two weeks, so I wanted to check in.",
   "I sat in reception for a few minutes and read about your history."]),
 'asks-if-hired': (
  ["Might you let me know whether I got the planner job?", "Please tell me if I've landed the inventory role.",
   "Have you decided whether to hire me?", "Could you let me know if I got the position?", "Is the job mine?",
   "Was I successful?", "Will you be offering me the role?", "I have another offer that expires Friday, so I need your answer by Thursday.",
   "Please let me know your final decision by Monday.", "Can I expect an offer?", "So, did I get it?", "Are you going to hire me?",
   "I'd love to know if I'm your pick."],
  ["Do you know when you expect to make a decision?", "Could you share the expected timeline for a decision?",
   "I'd welcome any update on next steps.", "You mentioned you'd decide by Friday, so I wanted to check in.",
   "Please tell me if I got the shipping forms right."]),
 'questions-delay': (
  ["Is it possible to know what is holding the offer up?", "Could you tell me what has pushed the start date back?",
   "May I know the cause of the hold-up in the final round?", "I'd like to understand what's been stalling the approval.",
   "What exactly is behind the decision slipping?", "Kindly share the reason the selection is getting delayed.",
   "Why is this taking so long?", "May I ask what caused the delay?", "What's the hold-up?",
   "Could you explain why the process has been delayed?", "I'd like to understand why the decision was postponed.",
   "How come the timeline keeps changing?", "Is there a reason things have slowed down?"],
  ["Thanks for explaining why the timeline shifted.", "I understand the budget review delayed things.",
   "Why do you think the scorecard matters so much?",
   "Thank you for letting me know what held things up.", "I'd love to know the reason you chose a cycle-count pilot.",
   "I wanted to explain the reason I was delayed on Tuesday: my train stalled."]),
 'mentions-other-candidates': (
  ["I imagine you've had many qualified people apply.", "I'm confident I'm a stronger fit than the other people you've met.",
   "Whoever else you're considering, I hope you'll keep me in mind.", "I know the competition for this role is stiff.",
   "I'm sure the other interviewees were impressive.", "I know there are many candidates for this role."],
  ["I received another job offer, but your role is my first choice.", "We discussed the candidate portal redesign.",
   "I also tried the Candidate Labs demo."]),
 'desperate-tone': (
  ["I would do anything to get this job.", "Please get back to me urgently.", "I need to hear back ASAP.",
   "I'm desperate for this opportunity.", "I'm begging you to consider me.", "I can't afford to lose this chance.",
   "This is my dream job and I need it badly.", "Please respond as soon as possible."],
  ["I'm very excited about the role!", "I'd be happy to start whenever suits you.", "I volunteered at Urgent Care Partners last year."]),
 'too-informal': (
  ["Reckon it'd be a ripper of a job.", "I'd be keen as to start.", "Thanks heaps for the chat.",
   "Cheers for the yarn this arvo.", "No dramas if you need more from me.", "Thx for the chat.", "It was a super cool convo 😊", "I'm gonna send the file tomorrow.", "Great chatting :)"],
  ["I'm excited!", "I liked the 'Hey Ava' assistant you showed me.", "I'm as keen as ever on the role."]),
}

SENTENCE_CASES = [
    (rule, sentence, want)
    for rule, (flagged, passed) in SENTENCES.items()
    for want, group in ((True, flagged), (False, passed))
    for sentence in group
]


@pytest.mark.parametrize("rule, sentence, want", SENTENCE_CASES)
def test_added_sentence(rule: str, sentence: str, want: bool) -> None:
    assert (rule in _rules(_with(sentence))) == want


DRAFT_CASES = [
 # (text, kind, rule, want)
 (S.replace("I remain very interested in the role.", "I look forward to hearing from you."), 'status_email','no-interest',True),
 (S.replace("I remain very interested in the role.", "I'm eager to hear back."), 'status_email','no-interest',True),
 (S.replace("I remain very interested in the role.", "I'm excited to learn what you decide."), 'status_email','no-interest',True),
 (S.replace("I remain very interested in the role.", "I'm still very keen on the planner role."), 'status_email','no-interest',False),
 (S.replace("I remain very interested in the role.", "I'd welcome the chance to join your team."), 'status_email','no-interest',False),
 (S.replace("I remain very interested in the role.", "I would love to be part of what you're building."), 'status_email','no-interest',False),
 (S.replace("I remain very interested in the role.", "I remain enthusiastic about the position."), 'status_email','no-interest',False),
 (S.replace("I remain very interested in the role.", "The position remains my top choice."), 'status_email','no-interest',False),
 (S.replace("I remain very interested in the role.", "I'd be delighted to join Tallis."), 'status_email','no-interest',False),
 (S.replace("I remain very interested in the role.", "My interest in the role has only grown."), 'status_email','no-interest',False),
 (S.replace("I remain very interested in the role.", "I'm more eager than ever to contribute."), 'status_email','no-interest',False),
 (S.replace("Could you share an update on the timeline?", "When do you expect to make a decision?"), 'status_email','no-status-question',False),
 (S.replace("Could you share an update on the timeline?", "Where are you in the process?"), 'status_email','no-status-question',False),
 (S.replace("Could you share an update on the timeline?", "Is there anything new you can share?"), 'status_email','no-status-question',False),
 (S.replace("Could you share an update on the timeline?", "How is the search going?"), 'status_email','no-status-question',False),
 (S.replace("Could you share an update on the timeline?", "Please keep me posted."), 'status_email','no-status-question',False),
 (S.replace("Could you share an update on the timeline?", "What are the next steps?"), 'status_email','no-status-question',False),
 (S.replace("Could you share an update on the timeline?", "I am following up on my interview."), 'status_email','no-status-question',True),
 (S.replace("Could you share an update on the timeline?", "Thank you for the update on the timeline."), 'status_email','no-status-question',True),
 (S.replace("Thank you again for our conversation", "Many thanks for our conversation"), 'status_email','no-gratitude',False),
 (S.replace("Thank you again for our conversation", "I'm grateful for our conversation"), 'status_email','no-gratitude',False),
 (S.replace("Thank you again for our conversation", "It was a pleasure to have our conversation"), 'status_email','no-gratitude',True),
 (S.replace("Thank you again for our conversation", "Thankfully I enjoyed our conversation"), 'status_email','no-gratitude',True),
 (S.replace("Thank you again for our conversation", "Many Thanks Omar for our conversation"), 'status_email','no-gratitude',False),
 (S.replace("Thank you again for our conversation", "I spent years at Thankful Paws Clinic before our conversation"), 'status_email','no-gratitude',True),
 (S.replace("Lena Ford", "— Lena"), 'status_email','no-self-intro',False),
 (S.replace("Best regards,\nLena Ford", "Best regards"), 'status_email','no-self-intro',True),
 (CALL_OK.replace("this is Lena Ford", "it's Lena"), 'call_script','no-self-intro',True),
 (CALL_OK.replace("Hi Omar, this is Lena Ford.", "Good morning Omar! Lena Ford here."), 'call_script','no-self-intro',False),
 (CALL_OK.replace("Hi Omar, this is Lena Ford.", "Hi Omar. How are you? My name is Lena Ford."), 'call_script','no-self-intro',False),
 (S.replace("Inventory Planner position", "planning position"), 'status_email','no-position',False),
 (S.replace("Inventory Planner position", "inventory role"), 'status_email','no-position',False),
 (S.replace("about the Inventory Planner position", "about joining Tallis"), 'status_email','no-position',True),
 (S.replace("about the Inventory Planner position", "about the job"), 'status_email','no-position',True),
 (CALL_OK.replace("on Tuesday", "last Thursday"), 'call_script','no-interview-date',False),
 (CALL_OK.replace("on Tuesday", "on the 3rd"), 'call_script','no-interview-date',False),
 (CALL_OK.replace("on Tuesday", "on 4 March"), 'call_script','no-interview-date',False),
 (CALL_OK.replace("on Tuesday", "earlier this month"), 'call_script','no-interview-date',True),
 (CALL_OK.replace("on Tuesday", "a few weeks ago"), 'call_script','no-interview-date',True),
 (S.replace("Your plan for cycle counts in the cold store has stayed with me.", "I enjoyed our conversation about the role and the team."), 'status_email','no-specific-topic',True),
 (S.replace("Your plan for cycle counts in the cold store has stayed with me.", "I enjoyed hearing about your vision for the department."), 'status_email','no-specific-topic',True),
 (S.replace("Your plan for cycle counts in the cold store has stayed with me.", "Seeing how your team counts stock in the cold room was eye-opening."), 'status_email','no-specific-topic',False),
 (S.replace("Your plan for cycle counts in the cold store has stayed with me.", "I have been thinking about your scorecard for suppliers."), 'status_email','no-specific-topic',False),
 (S.replace("Your plan for cycle counts in the cold store has stayed with me.", "The demo of your new forecasting tool was impressive."), 'status_email','no-specific-topic',False),
 (S.replace("Dear Omar", "Dear Mr. Haddad"), 'status_email','wrong-name',False),
 (S.replace("Dear Omar", "Dear Ms. Fox"), 'status_email','wrong-name',True),
 (S.replace("Dear Omar", "Dear Hiring Committee"), 'status_email','wrong-name',False),
 (S.replace("I remain very interested in the role.", "I remain very interested in joining Tallis Foods."), 'status_email','wrong-name',False),
 (S.replace("I remain very interested in the role.", "I remain very interested in joining Talbot Foods."), 'status_email','wrong-name',True),
 (S.replace("I remain very interested in the role.", "At my current job at Kroger we did the same."), 'status_email','wrong-name',False),
 # greeting words, titles and honorifics are not names; every person greeted is checked
 (S.replace("Dear Omar", "Respected Sir"), 'status_email','wrong-name',False),
 (S.replace("Dear Omar", "Good day Ma'am"), 'status_email','wrong-name',False),
 (S.replace("Dear Omar", "G'day Omar"), 'status_email','wrong-name',False),
 (S.replace("Dear Omar", "Dear Sir/Madam"), 'status_email','wrong-name',False),
 (S.replace("Dear Omar", "Greetings Mr. Haddad and team"), 'status_email','wrong-name',False),
 (S.replace("Dear Omar", "Dear Hiring Team"), 'status_email','wrong-name',False),
 (S.replace("Dear Omar,\n\n", "Mr. Haddad good evening, "), 'text_message','wrong-name',False),
 (S.replace("Dear Omar", "Hi Omar and Priya"), 'status_email','wrong-name',True),
 (S.replace("Dear Omar", "Dear Mr. Haddad and Ms. Quint"), 'status_email','wrong-name',True),
 (S.replace("Dear Omar", "Good morning Oscar"), 'status_email','wrong-name',True),
 (S.replace("Dear Omar", "Dear [Interviewer]"), 'status_email','wrong-name',False),
 (S.replace("Dear Omar", "Omar ji"), 'status_email','wrong-name',False),
 (S.replace("Dear Omar", "Dear Engr. Haddad"), 'status_email','wrong-name',False),
 (S.replace("Dear Omar", "Heyyy Omar"), 'status_email','wrong-name',False),
 (S.replace("Dear Omar", "Dear Search Committee Chair"), 'status_email','wrong-name',False),
 (S.replace("Dear Omar", "Dear Señora Ruiz"), 'status_email','wrong-name',True),
 # the company's own words must all match; the candidate's side is excepted
 (S.replace("I remain very interested in the role.", "I remain very interested in joining Tallis Logistics."), 'status_email','wrong-name',True),
 (S.replace("I remain very interested in the role.", "I'm excited to join the Tallis Foods team."), 'status_email','wrong-name',False),
 (S.replace("I remain very interested in the role.", "I'd love to be on the Tallis Logistics team."), 'status_email','wrong-name',True),
 (S.replace("Could you share an update on the timeline?\n\n", "Could you share an update on the timeline? I'd love to join Tallis\n\n"), 'status_email','wrong-name',False),
 (S.replace("I remain very interested in the role.", "I'd Happily Join Tallis Foods In Any Capacity."), 'status_email','wrong-name',False),
 (S.replace("I remain very interested in the role.", "I picked up the same habit during my years at Riverside Market."), 'status_email','wrong-name',False),
 (S.replace("I remain very interested in the role.", "I learned it from my time at Riverside Market."), 'status_email','wrong-name',False),
 (S.replace("I remain very interested in the role.", "I worked at Riverside Market before this."), 'status_email','wrong-name',False),
 # requests without a question mark ask for the status
 (S.replace("Could you share an update on the timeline?", "I wish to enquire about the status of my candidature."), 'status_email','no-status-question',False),
 (S.replace("Could you share an update on the timeline?", "Kindly update me on the next round."), 'status_email','no-status-question',False),
 (S.replace("Could you share an update on the timeline?", "Please advise on any developments regarding the selection."), 'status_email','no-status-question',False),
 (S.replace("Could you share an update on the timeline?", "I would like to know how my application is progressing."), 'status_email','no-status-question',False),
 (S.replace("Could you share an update on the timeline?", "I hope the next round goes smoothly for you."), 'status_email','no-status-question',True),
 # slang interest is still interest
 (S.replace("I remain very interested in the role.", "Still wanna be part of Tallis though."), 'status_email','no-interest',False),
 (S.replace("I remain very interested in the role.", "Keen to come on board with the planning team."), 'status_email','no-interest',False),
 # wishing, hoping and slang excitement about joining are interest (non-native, casual voices)
 (S.replace("I remain very interested in the role.", "I'm honestly wishing to join the Tallis planning team."), 'status_email','no-interest',False),
 (S.replace("I remain very interested in the role.", "Pretty pumped about the chance to come on board."), 'status_email','no-interest',False),
 (S.replace("I remain very interested in the role.", "I am very thrilled for the opportunity of joining your esteemed organisation."), 'status_email','no-interest',False),
 (S.replace("I remain very interested in the role.", "Totally stoked about the prospect of joining Tallis."), 'status_email','no-interest',False),
 (S.replace("I remain very interested in the role.", "I'm thrilled to hear what you decide."), 'status_email','no-interest',True),
 # asking to be contacted about next steps is a status question
 (S.replace("Could you share an update on the timeline?", "Kindly ring me regarding the next round when convenient."), 'status_email','no-status-question',False),
 (S.replace("Could you share an update on the timeline?", "Email me back about the timeline whenever you can."), 'status_email','no-status-question',False),
 (S.replace("Could you share an update on the timeline?", "Please call me if you need anything else."), 'status_email','no-status-question',True),
 # the workplace and its character are not a topic
 (S.replace("Your plan for cycle counts in the cold store has stayed with me.", "I loved hearing about the studio and its values."), 'status_email','no-specific-topic',True),
 (S.replace("Your plan for cycle counts in the cold store has stayed with me.", "It was great learning about Tallis and its people."), 'status_email','no-specific-topic',True),
 (S.replace("Your plan for cycle counts in the cold store has stayed with me.", "I enjoyed learning about the studio's rota for weekend deliveries."), 'status_email','no-specific-topic',False),
 # a weekday that names another event is not the interview's day
 (CALL_OK.replace("on Tuesday", "a little while back").replace("scorecard.", "scorecard, which I've since tried on the Friday stock takes."), 'call_script','no-interview-date',True),
 (CALL_OK.replace("on Tuesday", "recently").replace("I'm still", "I volunteer every Saturday at the food bank. I'm still"), 'call_script','no-interview-date',True),
 (CALL_OK.replace("on Tuesday", "on the Tuesday morning"), 'call_script','no-interview-date',False),
 (CALL_OK.replace("I interviewed for the Inventory Planner position on Tuesday.", "Following up on the Inventory Planner position from Tuesday the 4th."), 'call_script','no-interview-date',False),
 (CALL_OK.replace("on Tuesday", "recently").replace("I'm still", "Thanks again for Tuesday. I'm still"), 'call_script','no-interview-date',False),
 # a closing word alone is not a name
 (S.replace("Best regards,\nLena Ford", "Warmly"), 'status_email','no-self-intro',True),
 (S.replace("Best regards,\nLena Ford", "Respectfully yours"), 'status_email','no-self-intro',True),
 (S.replace("Best regards,\nLena Ford", "Gratefully,\nLena"), 'status_email','no-self-intro',False),
 # company values, the team, and what comes next are not topics from the interview
 (S.replace("Your plan for cycle counts in the cold store has stayed with me.", "I enjoyed learning more about Tallis's values and the people you have hired."), 'status_email','no-specific-topic',True),
 (S.replace("Your plan for cycle counts in the cold store has stayed with me.", "I look forward to hearing about the next steps."), 'status_email','no-specific-topic',True),
 (S.replace("Dear Omar", "Dear <First Name>"), 'status_email','placeholder-left',True),
 (S.replace("Dear Omar", "Dear ____"), 'status_email','placeholder-left',True),
 (S.replace("Dear Omar", "Dear {name}"), 'status_email','placeholder-left',True),
]


@pytest.mark.parametrize("text, kind, rule, want", DRAFT_CASES)
def test_changed_draft(text: str, kind: str, rule: str, want: bool) -> None:
    assert (rule in _rules(text, kind)) == want


NAMED_THANKS = dict(RECORD, company="Thanks A Million Bakery")
NAMED_DRAFT = (
    "Dear Omar,\n\nIt was a pleasure to meet you on March 4 at Thanks A Million Bakery about "
    "the Inventory Planner position. Your plan for cycle counts in the cold store has stayed with me. "
    "I remain very interested in the role. Could you share an update on the timeline?\n\n"
    "Best regards,\nLena Ford"
)


@pytest.mark.parametrize("text, want", [
    (NAMED_DRAFT, True),  # 'Thanks' only inside the company's name
    (NAMED_DRAFT.replace("I remain", "Thanks for your time. I remain"), False),
    (NAMED_DRAFT.replace("at Thanks A Million Bakery", "at the Thanksgiving Market"), True),
])
def test_thanks_inside_a_name_is_not_gratitude(text: str, want: bool) -> None:
    found = {f.rule for f in check_draft(text, kind="status_email", interview=NAMED_THANKS,
                                         spelling=False)}
    assert ("no-gratitude" in found) == want
    assert "too-informal" not in found  # 'Thanks A Million' is a name, not slang


@pytest.mark.parametrize("sentence, want", [
    # genuine misspellings of ordinary words, one or two edits away
    ("I am gratefull for the chance.", True),
    ("I recieved your note.", True),
    ("I will definatly send the file.", True),
    ("Is tommorow still good?", True),
    ("Could we schedual a call?", True),
    # foreign words and trade terms near no common word are left as written
    ("The jollof at the staff lunch was a treat.", False),
    ("The rotoscope pass on the pilot looked clean.", False),
    ("Your dewatering plan for the basement pour made sense.", False),
    ("The tamariki programme sounds lovely.", False),
])
def test_spelling_flags_misspellings_not_foreign_or_trade_words(sentence: str, want: bool) -> None:
    text = _with(sentence)
    found = {f.rule for f in check_draft(text, kind="status_email", interview=RECORD)}
    assert ("spelling" in found) == want


# Regressions from the fourth probe set: each case is the general form of a miss.
@pytest.mark.parametrize("text, kind, rule, want", [
    # a name one letter off is another person: 'Andrew' for 'Andre'; 'Omari' for 'Omar'
    (S.replace("Dear Omar", "Dear Omari"), "status_email", "wrong-name", True),
    (S.replace("Dear Omar", "Dear Om"), "status_email", "wrong-name", True),
    # a garbled company name after 'joining the': 'the Copper Pot' for 'The Copper Kettle'
    (_with("I'd love to be joining the Tallis Market crew."), "status_email", "wrong-name", True),
    (_with("I'd love to be joining the Tallis team."), "status_email", "wrong-name", False),
    (_with("I'd love to be joining the Planning team."), "status_email", "wrong-name", False),
    # the employer's other interviews are other candidates; the candidate's next rounds are not
    (_with("I understand the panel still has other site visits to complete."),
     "status_email", "mentions-other-candidates", True),
    (_with("I know you've still got a few more interviews this week."),
     "status_email", "mentions-other-candidates", True),
    (_with("I'd be glad to come back for more interviews if that helps."),
     "status_email", "mentions-other-candidates", False),
    (_with("If you'd like more conversations with me, I'm free all week."),
     "status_email", "mentions-other-candidates", False),
    # feeling forgotten after repeated messages is a complaint about the wait
    (_with("I've left two messages since then and I'm starting to feel a bit forgotten."),
     "status_email", "complains-about-wait", True),
    (_with("I haven't forgotten your advice about the cold store."),
     "status_email", "complains-about-wait", False),
    # 'I'd like very much to join' is interest; 'learning about how the team works' no topic
    (S.replace("I remain very interested in the role.", "I'd like very much to join Tallis."),
     "status_email", "no-interest", False),
    (S.replace("Your plan for cycle counts in the cold store has stayed with me.",
               "I enjoyed learning about how the team works."),
     "status_email", "no-specific-topic", True),
])
def test_probe4_regressions(text: str, kind: str, rule: str, want: bool) -> None:
    assert (rule in _rules(text, kind)) == want


@pytest.mark.parametrize("sentence, want", [
    ("Could we talk about the sheduling of the stock count?", True),  # 'scheduling'
    ("I have helped with a WMS cutover before.", False),  # a compound of two common words
    ("I have used ProSystem fx for years.", False),  # two letters: an abbreviation
    ("We can meet thenext time you visit.", True),  # a run-together slip
])
def test_spelling_regressions(sentence: str, want: bool) -> None:
    found = {f.rule for f in check_draft(_with(sentence), kind="status_email", interview=RECORD)}
    assert ("spelling" in found) == want


# Regressions from the fifth probe set: each case is the general form of a miss, in other
# words than the probe's, with the record changed where the miss depended on it.
TOPIC = "Your plan for cycle counts in the cold store has stayed with me."
PANEL = dict(RECORD, interviewer=["Omar Haddad", "Priya Nair"])  # a panel under 'interviewer'
SHIFT = dict(RECORD, position="Night Shift Supervisor")
NO_TITLE = S.replace(" about the Inventory Planner position", "")


@pytest.mark.parametrize("text, record, rule, want", [
    # a record may list its panel under 'interviewer': every name on it is on record
    (S.replace("Dear Omar", "Dear Ms. Patel"), PANEL, "wrong-name", True),
    (S.replace("Dear Omar", "Dear Ms. Nair"), PANEL, "wrong-name", False),
    (S.replace("Dear Omar", "Hi Pryia"), PANEL, "wrong-name", True),
    (S.replace("Dear Omar", "Dear Omar and Priya"), PANEL, "wrong-name", False),
    # a shortened title with another qualifier in place of the dropped words is another role
    (NO_TITLE.replace(TOPIC, "Meeting the day shift supervisor was useful, and " + TOPIC.lower()),
     SHIFT, "no-position", True),
    (NO_TITLE.replace("the role", "the shift supervisor role"), SHIFT, "no-position", False),
    (NO_TITLE.replace("the role", "the night supervisor role"), SHIFT, "no-position", False),
    (NO_TITLE.replace("the role", "the open shift supervisor role"), SHIFT, "no-position", False),
    (NO_TITLE.replace("the role", "the NS supervisor role"), SHIFT, "no-position", False),
    # wanting to know whether to resign, or asking for the verdict, presumes the offer
    (_with("Should I tell my manager I'm leaving?"), RECORD, "asks-if-hired", True),
    (_with("I need to know whether I should hand in my resignation."), RECORD, "asks-if-hired", True),
    (_with("So, is it a yes?"), RECORD, "asks-if-hired", True),
    (_with("Has the panel said yes yet?"), RECORD, "asks-if-hired", True),
    (_with("I'd need to give my current employer two weeks' notice once we agree a start date."),
     RECORD, "asks-if-hired", False),
    (_with("Thanks for saying yes to a Friday call."), RECORD, "asks-if-hired", False),
    # a vague aim or a placeholder after 'our discussion about' is no topic
    (S.replace(TOPIC, "I enjoyed our discussion about where you hope to take the receiving department."),
     RECORD, "no-specific-topic", True),
    (S.replace(TOPIC, "I liked our talk about {{ topic }} most of all."), RECORD, "no-specific-topic", True),
    (S.replace(TOPIC, "I liked our talk about the slotting tool you built last year."),
     RECORD, "no-specific-topic", False),
    (S.replace(TOPIC, "I liked our talk about how you plan to move receiving onto handheld scanners."),
     RECORD, "no-specific-topic", False),
    # people seen arriving for their own interviews are other candidates; the panel is not
    (_with("There were two other planners in reception waiting to be interviewed."),
     RECORD, "mentions-other-candidates", True),
    (_with("I hope the man interviewing after me had as good a morning as I did."),
     RECORD, "mentions-other-candidates", True),
    (_with("Everyone else who came in for interviews that day looked sharp."),
     RECORD, "mentions-other-candidates", True),
    (_with("Two other managers were waiting for the interview to start when I arrived."),
     RECORD, "mentions-other-candidates", False),
    (_with("Many thanks for having me in for the interview."), RECORD, "mentions-other-candidates", False),
    (_with("I waited in the lobby for my interview and read about your history."),
     RECORD, "mentions-other-candidates", False),
    # template syntax quoted, or named as a bug or glitch, is a subject; a bare slot is not
    (S.replace(TOPIC, 'Your story about the "{first_name}" greeting sent to every supplier made me laugh.'),
     RECORD, "placeholder-left", False),
    (S.replace(TOPIC, "Your story about the {{ first_name }} mail merge glitch made me laugh."),
     RECORD, "placeholder-left", False),
    (S.replace(TOPIC, "I liked our talk about {{ topic }} most of all."), RECORD, "placeholder-left", True),
    (S.replace("Lena Ford", "[Your Name]"), RECORD, "placeholder-left", True),
])
def test_probe5_regressions(text: str, record: dict[str, object], rule: str, want: bool) -> None:
    assert _flags(text, record, "status_email", rule) == want


# Regressions from the sixth probe set: each case is the general form of a miss, in other
# words than the probe's, with the record changed where the miss depended on it.
C = CALL_OK
WMS = dict(RECORD, topics=["the Manhattan WMS migration", "the Friday stock take"])
EHR = dict(RECORD, topics=["the Epic EHR rollout"])
ASKED_FOR = "Good afternoon, could I speak with Omar Haddad, please? Good afternoon, sir. "


@pytest.mark.parametrize("text, record, kind, rule, want", [
    # a topic's proper noun, written as a name mid-sentence, names the topic on its own;
    # the interview's day, or the word used as an ordinary word, does not
    (S.replace(TOPIC, "Since we spoke I have been reading up on Manhattan, so I could help from week one."),
     WMS, "status_email", "no-specific-topic", False),
    (S.replace(TOPIC, "Meeting you on Friday was great, and I enjoyed learning about the team."),
     WMS, "status_email", "no-specific-topic", True),
    (S.replace(TOPIC, "It was an epic afternoon, and I enjoyed learning about the team."),
     EHR, "status_email", "no-specific-topic", True),
    # a new cue after a slot ('and hearing more about...') does not fill the slot
    (S.replace(TOPIC, "I enjoyed our talk about [TOPIC] and hearing more about how your team works."),
     RECORD, "status_email", "no-specific-topic", True),
    (S.replace(TOPIC, "I enjoyed our talk about the dock booking tool and hearing more about your team."),
     RECORD, "status_email", "no-specific-topic", False),
    # a call that first asks for the person gives the name in the sentence after; a title
    # with a full stop ('Atty.', 'Supt.') does not end the sentence or name anyone
    (C.replace("Hi Omar, this is Lena Ford.", ASKED_FOR + "My name is Lena Ford, and I am calling back."),
     RECORD, "call_script", "no-self-intro", False),
    ("Hello, is Omar Haddad available? Hi Omar, I interviewed for the Inventory Planner position on "
     "Tuesday. Thank you again for walking me through the supplier scorecard. This is Lena Ford, by "
     "the way. Is there any update on next steps?", RECORD, "call_script", "no-self-intro", True),
    (C.replace("Hi Omar,", "Good morning. May I speak with Atty. Haddad? Hello, sir,"),
     RECORD, "call_script", "no-self-intro", False),
    (S.replace("Dear Omar", "Dear Atty. Haddad"), RECORD, "status_email", "wrong-name", False),
    (S.replace("Dear Omar", "Dear Supt. Haddad"), RECORD, "status_email", "wrong-name", False),
    (S.replace("Dear Omar", "Dear Atty. Mendoza"), RECORD, "status_email", "wrong-name", True),
    # 'at the ... Group' names a company; 'at the Leeds depot' is a place
    (S.replace("Planner position", "Planner position at the Kingsbridge Provisions Group"),
     RECORD, "status_email", "wrong-name", True),
    (S.replace("Planner position", "Planner position at the Tallis Foods Group"),
     RECORD, "status_email", "wrong-name", False),
    (S.replace("Planner position", "Planner position at the Leeds Depot"), RECORD, "status_email", "wrong-name", False),
    # asking without a question mark ('could you confirm whether'), 'if I passed', and a
    # deadline set through a third party ask for the outcome; offers of feedback do not
    (_with("I'd be grateful if you could confirm whether Tallis plans to offer me the position."),
     RECORD, "status_email", "asks-if-hired", True),
    (_with("Could I check if I passed?"), RECORD, "status_email", "asks-if-hired", True),
    (_with("My landlord needs to know by the end of the week whether I'm moving for this job."),
     RECORD, "status_email", "asks-if-hired", True),
    (_with("I wondered whether you could offer me some feedback on my case study."),
     RECORD, "status_email", "asks-if-hired", False),
    (_with("Could you confirm if you will be offering me a second interview?"),
     RECORD, "status_email", "asks-if-hired", False),
    (_with("I was glad to hear I passed the forklift assessment."), RECORD, "status_email", "asks-if-hired", False),
    # asking why the interview was cancelled or moved questions the delay
    (_with("Could you tell me why our second interview was cancelled at the last minute?"),
     RECORD, "status_email", "questions-delay", True),
    (_with("Thank you for letting me know why the interview was rescheduled."),
     RECORD, "status_email", "questions-delay", False),
    # the time waited, coloured by how it felt, and a hard silence are complaints
    (_with("It's been three long, silent weeks without a reply."), RECORD, "status_email", "complains-about-wait", True),
    (_with("Honestly, the uncertainty has been quite hard on me."), RECORD, "status_email", "complains-about-wait", True),
    (_with("The quiet month after the audit must have been welcome."),
     RECORD, "status_email", "complains-about-wait", False),
    # an everyday idiom is not slang
    (_with("I'm keen to get stuck into the stock counts."), RECORD, "status_email", "too-informal", False),
    (_with("I'm gonna get stuck into the stock counts."), RECORD, "status_email", "too-informal", True),
    # clipped words and foreign courtesies are not misspellings; a slip one letter short is
    (_with("Noted on the revised sched for Tuesday."), RECORD, "status_email", "spelling", False),
    (_with("I can send the reqs doc tomorrow."), RECORD, "status_email", "spelling", False),
    (_with("Gracias again for the tour."), RECORD, "status_email", "spelling", False),
    (_with("I'm stil keen on the role."), RECORD, "status_email", "spelling", True),
])
def test_probe6_regressions(
    text: str, record: dict[str, object], kind: str, rule: str, want: bool
) -> None:
    assert _flags(text, record, kind, rule) == want


# Regressions from the seventh probe set: each case is the general form of a miss, in other
# words than the probe's, with the record changed where the miss depended on it.
ASK = "Could you share an update on the timeline?"
PANEL = dict(RECORD, interviewer=["Omar Haddad", "Anke de Vries"])


@pytest.mark.parametrize("text, record, kind, rule, want", [
    # pleading in any wording, and others' livelihoods hung on the outcome, are desperate;
    # 'I beg to differ' and a family mentioned in passing are not
    (_with("I sincerely implore you to give my application another look."), RECORD, "status_email", "desperate-tone", True),
    (_with("My two children are relying on me to land this post."), RECORD, "status_email", "desperate-tone", True),
    (_with("I'm pleading with you for one more chance."), RECORD, "status_email", "desperate-tone", True),
    (_with("I beg to differ with my old manager on cycle counts."), RECORD, "status_email", "desperate-tone", False),
    (_with("My family is excited that I might move to Leeds."), RECORD, "status_email", "desperate-tone", False),
    # others applying for this role, others seen in the waiting room, and others the
    # interviewer is 'also' talking to are other candidates; my own application is not
    (_with("I realise dozens of planners from larger chains have applied for this role."), RECORD, "status_email", "mentions-other-candidates", True),
    (_with("The other two people sitting in reception looked very experienced."), RECORD, "status_email", "mentions-other-candidates", True),
    (_with("I gather you are also meeting planners from the Leeds depot."), RECORD, "status_email", "mentions-other-candidates", True),
    (_with("Many thanks again; I applied for the role because of your scorecard work."), RECORD, "status_email", "mentions-other-candidates", False),
    (_with("You also talked about me joining the Friday stock take."), RECORD, "status_email", "mentions-other-candidates", False),
    # a span of time names no topic: 'the goals for this quarter' is as generic as the goals
    (S.replace(TOPIC, "Thank you for describing the team's priorities for next quarter."), RECORD, "status_email", "no-specific-topic", True),
    (S.replace(TOPIC, "Thank you for explaining the supplier scorecard for next quarter."), RECORD, "status_email", "no-specific-topic", False),
    # asking when the employer will act, whatever the noun or its spelling, asks for status
    (S.replace(ASK, "Might you have an estimate of when offers will go out?"), RECORD, "status_email", "no-status-question", False),
    (S.replace(ASK, "Do you know when the panel expects to finalise its choice?"), RECORD, "status_email", "no-status-question", False),
    (S.replace(ASK, "Do you have any idea when decisions are planned?"), RECORD, "status_email", "no-status-question", False),
    (S.replace(ASK, "I look forward to hearing from you when you're ready."), RECORD, "status_email", "no-status-question", True),
    # template syntax discussed in its clause is a subject, not a slot; a real slot still is
    (_with("You showed me the label template where {{ sku_code }} printed blank."), RECORD, "status_email", "placeholder-left", False),
    (_with("I fixed the bug backlog, and {{ company }} will love it."), RECORD, "status_email", "placeholder-left", True),
    # a surname's particle does not hide a wrong name; a near-miss of the company is wrong
    (S.replace("Dear Omar", "Dear Ms de Groot"), PANEL, "status_email", "wrong-name", True),
    (S.replace("Dear Omar", "Dear Ms de Vries"), PANEL, "status_email", "wrong-name", False),
    (_with("Is there any word yet from Tallon Foods on the planner role?"), RECORD, "status_email", "wrong-name", True),
    (_with("I hope to hear from Tallow soon."), RECORD, "status_email", "wrong-name", True),
    (_with("Tallis Foods has been on my list for years."), RECORD, "status_email", "wrong-name", False),
    (_with("I grew up near Tallahassee, so the heat does not bother me."), RECORD, "status_email", "wrong-name", False),
])
def test_probe7_regressions(
    text: str, record: dict[str, object], kind: str, rule: str, want: bool
) -> None:
    assert _flags(text, record, kind, rule) == want


# Regressions from the eighth probe set: each case is the general form of a miss.
@pytest.mark.parametrize("text, kind, rule, want", [
    (_with("I know you had several other planners trying out this week."), "status_email",
     "mentions-other-candidates", True),
    (_with("I enjoyed trying out the new scanner during the tour."), "status_email",
     "mentions-other-candidates", False),
    (_with("I'd love to be joining the Northside Tallis crew."), "status_email", "wrong-name",
     True),
    (_with("I'd love to be joining the Planning team."), "status_email", "wrong-name", False),
])
def test_probe8_regressions(text: str, kind: str, rule: str, want: bool) -> None:
    assert (rule in _rules(text, kind)) == want
