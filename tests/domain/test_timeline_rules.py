"""Every row of RULES.md §2 and its further conventions, in wording of our own.

Each case is (words, said_on, country, expected): expected is an ISO date, "VAGUE" or
"NONE". Most cases are said on Wednesday 4 March 2026 (its week runs 2–8 March).
"""

from __future__ import annotations

from datetime import date

import pytest

from afterview.domain.timeline import parse_timeline

WED = "2026-03-04"
FRI = "2026-03-06"
SAT = "2026-03-07"
SUN = "2026-03-08"

CASES: list[tuple[str, str, str, str]] = [
    # today / end of day
    ("We'll let you know today.", WED, "US", "2026-03-04"),
    ("You'll have an answer by end of day.", WED, "US", "2026-03-04"),
    ("decision EOD", WED, "US", "2026-03-04"),
    ("I'll call you this afternoon with our decision.", WED, "US", "2026-03-04"),
    ("We'll be back in touch by close of business.", WED, "US", "2026-03-04"),
    ("Expect an email tonight.", WED, "US", "2026-03-04"),
    # tomorrow
    ("We'll get back to you tomorrow.", WED, "US", "2026-03-05"),
    ("You'll hear from us first thing tomorrow morning.", WED, "US", "2026-03-05"),
    ("will decide tmrw", WED, "US", "2026-03-05"),
    # a weekday: the first one strictly after said_on
    ("We'll let you know by Friday.", WED, "US", "2026-03-06"),
    ("We'll call you on Thursday.", WED, "US", "2026-03-05"),
    ("We'll decide Monday.", WED, "US", "2026-03-09"),
    ("You'll get our answer by Wednesday.", WED, "US", "2026-03-11"),
    ("We'll email you Sat.", WED, "US", "2026-03-07"),
    # this + weekday
    ("We'll decide this Friday.", WED, "US", "2026-03-06"),
    ("We'll get back to you this Monday.", WED, "US", "2026-03-09"),
    ("You'll hear from us this Wednesday.", WED, "US", "2026-03-04"),
    ("We'll decide this Friday.", FRI, "US", "2026-03-06"),
    ("We'll decide this Friday.", SAT, "US", "2026-03-13"),
    # next + weekday, weekday next week, the following weekday
    ("We'll let you know next Friday.", WED, "US", "2026-03-13"),
    ("Expect a decision Friday next week.", WED, "US", "2026-03-13"),
    ("We'll call you next Monday.", WED, "US", "2026-03-09"),
    ("We'll have an answer on Tuesday of next week.", WED, "US", "2026-03-10"),
    ("You'll hear from us the following Tuesday.", WED, "US", "2026-03-10"),
    ("We'll let you know next Friday.", SUN, "US", "2026-03-13"),
    # end of (this / the) week
    ("We'll decide by the end of the week.", WED, "US", "2026-03-06"),
    ("We'll get back to you at the end of this week.", WED, "US", "2026-03-06"),
    ("answer by end of week", WED, "US", "2026-03-06"),
    ("Should have news for you by EOW.", WED, "US", "2026-03-06"),
    ("We'll decide by the end of the week.", SAT, "US", "2026-03-13"),
    ("We'll decide by the end of the week.", SUN, "US", "2026-03-13"),
    ("We'll decide by the end of the week.", FRI, "US", "2026-03-06"),
    # next week and its spellings
    ("We'll be in touch next week.", WED, "US", "2026-03-13"),
    ("You'll have a decision by next week.", WED, "US", "2026-03-13"),
    ("We'll reach out sometime next week.", WED, "US", "2026-03-13"),
    ("Decision by the end of next week.", WED, "US", "2026-03-13"),
    ("We'll get back to you late next week.", WED, "US", "2026-03-13"),
    ("We'll get back to you next week.", SUN, "US", "2026-03-13"),
    # early / mid next week
    ("We'll let you know early next week.", WED, "US", "2026-03-10"),
    ("We hope to decide at the start of next week.", WED, "US", "2026-03-10"),
    ("We'll decide mid next week.", WED, "US", "2026-03-11"),
    ("We'll have news by the middle of next week.", WED, "US", "2026-03-11"),
    ("Answer expected mid-next week.", WED, "US", "2026-03-11"),
    # N days, N business days
    ("We'll get back to you in 5 days.", WED, "US", "2026-03-09"),
    ("You'll hear from us within 10 days.", WED, "US", "2026-03-14"),
    ("We'll respond within 5 business days.", WED, "US", "2026-03-11"),
    ("We'll reply within three working days.", WED, "US", "2026-03-09"),
    ("We'll decide within ten business days.", WED, "US", "2026-03-18"),
    ("We'll come back to you in 2 work days.", WED, "US", "2026-03-06"),
    # a couple / a few / several days
    ("We'll be in touch in a couple of days.", WED, "US", "2026-03-06"),
    ("You'll hear back in a few days.", WED, "US", "2026-03-09"),
    ("We'll decide within several days.", WED, "US", "2026-03-11"),
    ("We need a couple more days to decide.", WED, "US", "2026-03-06"),
    # a week, N weeks, a couple / a few / several weeks
    ("You'll hear from us in a week.", WED, "US", "2026-03-11"),
    ("We'll make our decision within 2 weeks.", WED, "US", "2026-03-18"),
    ("Expect our answer in three weeks.", WED, "US", "2026-03-25"),
    ("We'll get back to you in a couple of weeks.", WED, "US", "2026-03-18"),
    ("It will take a few weeks to decide.", WED, "US", "2026-03-25"),
    ("We'll have a decision in several weeks.", WED, "US", "2026-04-01"),
    # ranges count by their upper bound
    ("We'll respond in 7–10 days.", WED, "US", "2026-03-14"),
    ("You'll hear back in one to two weeks.", WED, "US", "2026-03-18"),
    ("Give us a week or two to decide.", WED, "US", "2026-03-18"),
    ("We'll reply in 3 to 5 business days.", WED, "US", "2026-03-11"),
    ("Expect a decision in 2-3 weeks.", WED, "US", "2026-03-25"),
    ("We'll respond within 2 — 4 business days.", WED, "US", "2026-03-10"),
    ("We'll get back to you in between 5 and 7 business days.", WED, "US", "2026-03-13"),
    ("We'll be in touch in a week to ten days.", WED, "US", "2026-03-14"),
    ("We'll decide in two or three days.", WED, "US", "2026-03-07"),
    # months and quarters
    ("We'll decide by the end of the month.", WED, "US", "2026-03-31"),
    ("We'll make a hire by the end of next month.", WED, "US", "2026-04-30"),
    ("You'll hear from us early next month.", WED, "US", "2026-04-10"),
    ("We'll decide by the middle of next month.", WED, "US", "2026-04-15"),
    ("We'll get back to you in a month.", WED, "US", "2026-04-04"),
    ("We'll let you know in a month.", "2026-01-31", "US", "2026-02-28"),
    ("We plan to fill the role by the end of the quarter.", WED, "US", "2026-03-31"),
    ("We'll decide by the end of the quarter.", "2026-05-20", "US", "2026-06-30"),
    # explicit dates
    ("We'll let you know by March 20.", WED, "US", "2026-03-20"),
    ("Decision by 3/14.", WED, "US", "2026-03-14"),
    ("We'll decide by 3/4.", "2026-02-01", "US", "2026-03-04"),
    ("We'll decide by 3/4.", "2026-02-01", "GB", "2026-04-03"),
    ("We'll decide by 14/3.", WED, "GB", "2026-03-14"),
    ("We'll call you on the 21st.", WED, "US", "2026-03-21"),
    ("We'll let you know by March 3.", WED, "US", "2027-03-03"),
    ("We'll let you know by the 2nd.", WED, "US", "2026-04-02"),
    ("We'll decide by 20 March 2026.", WED, "GB", "2026-03-20"),
    ("Expect our decision on Friday, March 13th.", WED, "US", "2026-03-13"),
    ("We'll decide by the 3rd of April.", WED, "US", "2026-04-03"),
    ("Decision expected 2026-03-27.", WED, "US", "2026-03-27"),
    ("We'll decide by 03/27/2026.", WED, "US", "2026-03-27"),
    ("We'll let you know by the twentieth.", WED, "US", "2026-03-20"),
    # named holidays: the holiday's own date, next occurrence
    ("We'll decide before Thanksgiving.", WED, "US", "2026-11-26"),
    ("You'll hear from us by Christmas.", WED, "US", "2026-12-25"),
    ("We'll make an offer before Memorial Day.", WED, "US", "2026-05-25"),
    ("We want to decide by Independence Day.", WED, "US", "2026-07-04"),
    ("We'll let you know by the Fourth of July.", WED, "US", "2026-07-04"),
    ("We'll decide before labour day.", WED, "US", "2026-09-07"),
    ("We'll let you know before the new year.", WED, "US", "2027-01-01"),
    ("We'll get back to you by Easter.", WED, "GB", "2026-04-05"),
    ("We'll decide before the early May bank holiday.", WED, "GB", "2026-05-04"),
    ("We'll decide before Boxing Day.", WED, "GB", "2026-12-26"),
    ("We'll decide before Thanksgiving.", "2026-11-27", "US", "2027-11-25"),
    ("We'll decide by Christmas Eve.", WED, "US", "2026-12-24"),
    # this week, later this week, before the weekend
    ("We'll be in touch this week.", WED, "US", "2026-03-06"),
    ("We'll decide later this week.", WED, "US", "2026-03-06"),
    ("You'll hear from us before the weekend.", WED, "US", "2026-03-06"),
    ("We'll get back to you by the weekend.", WED, "US", "2026-03-06"),
    # sometime next month, end of the year, end of Q3
    ("We'll decide sometime next month.", WED, "US", "2026-04-30"),
    ("We'll make a decision by the end of the year.", WED, "US", "2026-12-31"),
    ("We hope to hire by the end of Q3.", WED, "US", "2026-09-30"),
    ("We hope to hire by the end of Q1.", "2026-05-01", "US", "2027-03-31"),
    ("We'll decide in Q2.", WED, "US", "2026-06-30"),
    ("We'll decide by year end.", WED, "US", "2026-12-31"),
    # in N months
    ("We'll get back to you in 2 months.", WED, "US", "2026-05-04"),
    ("We'll decide in three months.", "2026-11-30", "US", "2027-02-28"),
    # 48 hours, a day or two
    ("You'll hear from us within 48 hours.", WED, "US", "2026-03-06"),
    ("We'll decide in a day or two.", WED, "US", "2026-03-06"),
    ("We'll respond within 24 hours.", WED, "US", "2026-03-05"),
    # a fortnight
    ("We'll let you know in a fortnight.", WED, "GB", "2026-03-18"),
    ("We'll decide within a fortnight's time.", WED, "GB", "2026-03-18"),
    # several weeks
    ("Our answer will take several weeks.", WED, "US", "2026-04-01"),
    # the following weekday
    ("We'll decide the following Monday.", WED, "US", "2026-03-09"),
    ("We'll decide the following Friday.", WED, "US", "2026-03-13"),
    # before X is as by X
    ("We'll decide before Friday.", WED, "US", "2026-03-06"),
    ("We'll let you know before March 20.", WED, "US", "2026-03-20"),
    ("Expect a decision no later than the 12th.", WED, "US", "2026-03-12"),
    # vague promises
    ("We'll be in touch soon.", WED, "US", "VAGUE"),
    ("Someone will reach out shortly.", WED, "US", "VAGUE"),
    ("We'll let you know in the coming weeks.", WED, "US", "VAGUE"),
    ("We'll be in touch.", WED, "US", "VAGUE"),
    ("We'll get back to you ASAP.", WED, "US", "VAGUE"),
    ("We'll update you in due course.", WED, "US", "VAGUE"),
    ("We'll decide as soon as possible.", WED, "US", "VAGUE"),
    ("We'll reach out in the near future.", WED, "US", "VAGUE"),
    ("You'll hear from us at some point.", WED, "US", "VAGUE"),
    ("soon", WED, "US", "VAGUE"),
    # after / once an event with no date
    ("We'll get back to you after the holidays.", WED, "US", "VAGUE"),
    ("We'll decide once the manager is back.", WED, "US", "VAGUE"),
    ("We'll let you know when the budget is approved next week.", WED, "US", "VAGUE"),
    ("We'll be in touch after the board meets.", WED, "US", "VAGUE"),
    # nothing that promises a response
    ("We're interviewing through next week.", WED, "US", "NONE"),
    ("The role starts June 1.", WED, "US", "NONE"),
    ("Thanks for coming in on Monday!", WED, "US", "NONE"),
    ("Please send us your portfolio by Friday.", WED, "US", "NONE"),
    ("Please reply by Friday to confirm your availability.", WED, "US", "NONE"),
    ("Let me know if you have any questions.", WED, "US", "NONE"),
    ("Feel free to reach out if anything comes up.", WED, "US", "NONE"),
    ("Our office is closed next Monday.", WED, "US", "NONE"),
    ("Unfortunately we will not be moving forward with your application.", WED, "US", "NONE"),
    ("", WED, "US", "NONE"),
    ("Thanks!", WED, "US", "NONE"),
    # hedges are ignored
    ("We'll decide in about two weeks.", WED, "US", "2026-03-18"),
    ("You'll hear back in a month or so.", WED, "US", "2026-04-04"),
    ("We'll decide in roughly 10 days.", WED, "US", "2026-03-14"),
    ("We'll get back to you in approximately 3 business days.", WED, "US", "2026-03-09"),
    ("We'll decide in two weeks or so.", WED, "US", "2026-03-18"),
    ("Probably next week.", WED, "US", "2026-03-13"),
    # a weekday or day of month that is said_on itself
    ("We'll let you know on the 4th.", WED, "US", "2026-03-04"),
    ("We'll call you this Friday.", FRI, "US", "2026-03-06"),
    # a day missing from the month: the next month that has it
    ("We'll decide by the 31st.", "2026-04-10", "US", "2026-05-31"),
    ("We'll decide by the 30th.", "2026-02-10", "US", "2026-03-30"),
    ("We'll confirm by 29 February.", "2027-01-10", "GB", "2028-02-29"),
    # a named holiday is its actual date, not the observed day
    ("We'll decide by July 4.", WED, "US", "2026-07-04"),
    ("We'll decide before Christmas.", "2027-12-01", "GB", "2027-12-25"),
    # times of day are ignored
    ("We'll call you Friday at 3 p.m.", WED, "US", "2026-03-06"),
    ("We'll let you know by 5pm tomorrow.", WED, "US", "2026-03-05"),
    ("Decision by 10:30 on the 12th.", WED, "US", "2026-03-12"),
    # real writing: casing, typos, numbers in words, dashes, curly quotes
    ("WE'LL LET YOU KNOW BY FRIDAY", WED, "US", "2026-03-06"),
    ("We'll Decide By The End Of Next Week", WED, "US", "2026-03-13"),
    ("will update u nxt week", WED, "US", "2026-03-13"),
    ("we'll decide by end of teh week", WED, "US", "2026-03-06"),
    ("We'll get back to you by Firday.", WED, "US", "2026-03-06"),
    ("We'll let you know on Thrusday.", WED, "US", "2026-03-05"),
    ("We'll decide tomorow.", WED, "US", "2026-03-04" if False else "2026-03-05"),
    ("We'll respond within 3 buisness days.", WED, "US", "2026-03-09"),
    ("We'll decide in twenty-one days.", WED, "US", "2026-03-25"),
    ("We\u2019ll be in touch by \u201cFriday\u201d.", WED, "US", "2026-03-06"),
    ("We\u2019ll reply in 7\u201310 days.", WED, "US", "2026-03-14"),
    ("We'll get back to you within a week and a half.", WED, "US", "2026-03-15"),
]


@pytest.mark.parametrize(("text", "said_on", "country", "expected"), CASES)
def test_rule(text: str, said_on: str, country: str, expected: str) -> None:
    result = parse_timeline(text, said_on=date.fromisoformat(said_on), country=country)
    got = result.deadline.isoformat() if result.deadline else ("VAGUE" if result.vague else "NONE")
    assert got == expected, (text, result)
