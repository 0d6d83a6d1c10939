"""The words the timeline grammar knows: numbers, calendar names, abbreviations, typos.

Every table here is plain data, so the grammar reads as rules and a new spelling is one
line. Words are lower case; apostrophes are straight (the tokenizer folds curly ones).
"""

from __future__ import annotations

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "hour": "hour", "hours": "hour", "fortnight": "fortnight",
    "fortnights": "fortnight",
}
# "business days", "working days": the words that turn days into business days
BUSINESS = frozenset({"business", "working", "work", "workdays", "weekdays"})

CARDINALS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

# Short forms and common misspellings, mapped to the words the grammar expects. A value may
# be several words ("eow" is "end of week"). Short words are listed because a one-letter
# slip in a three-letter word is too often another real word to guess.
SPELLINGS: dict[str, str] = {
    "u": "you", "ya": "you", "ur": "your", "yuo": "you", "r": "are", "abt": "about",
    "nxt": "next", "nex": "next", "enxt": "next", "nxet": "next", "teh": "the", "hte": "the",
    "wk": "week", "wks": "weeks", "wek": "week", "wkd": "weekend", "wknd": "weekend",
    "eow": "end of week", "eod": "end of day", "cob": "end of day", "eob": "end of day",
    "eom": "end of month", "eoq": "end of quarter", "eoy": "end of year",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "tmrow": "tomorrow",
    "tomoz": "tomorrow", "tommorow": "tomorrow", "tomorow": "tomorrow", "tmorrow": "tomorrow",
    "tommorrow": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "weds": "wednesday",
    "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
    "wensday": "wednesday", "wendsday": "wednesday", "wednsday": "wednesday",
    "wedensday": "wednesday", "wednessday": "wednesday", "thirsday": "thursday",
    "jan": "january", "feb": "february", "apr": "april", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october",
    "nov": "november", "dec": "december", "febuary": "february",
    "biz": "business", "busines": "business", "bussiness": "business",
    "bussines": "business", "buisness": "business", "buissness": "business",
    "bizness": "business", "hrs": "hours", "hr": "hour", "mo": "month", "mos": "months",
    "mth": "month", "mths": "months", "mnth": "month", "mnths": "months", "yr": "year",
    "fortnite": "fortnight", "fortnights": "fortnights", "couplle": "couple", "cpl": "couple",
    "desicion": "decision", "descision": "decision", "decison": "decision",
    "xmas": "christmas", "chrismas": "christmas", "thanksgving": "thanksgiving",
    "asap": "asap", "gonna": "going to", "wanna": "want to", "lemme": "let me",
    "coupla": "couple of", "bd": "business days", "bds": "business days",
    "msg": "message", "txt": "text", "pls": "please", "plz": "please", "wil": "will",
    "shud": "should", "shld": "should", "wud": "would", "coz": "cause", "cuz": "cause",
    "prob": "probably", "probs": "probably", "prolly": "probably", "def": "definitely",
    "defo": "definitely", "deffo": "definitely", "defs": "definitely", "tho": "though",
    "altho": "although", "v": "very", "qtr": "quarter", "qtrs": "quarters",
    "bdays": "business days", "erly": "early", "ealry": "early", "eraly": "early",
    "2morro": "tomorrow", "2mrw": "tomorrow", "2mro": "tomorrow",
    "2day": "today", "2nite": "tonight", "2night": "tonight", "b4": "before",
}
# Abbreviations that are also everyday words: read as dates only when capitalised ("Sat",
# "Wed", "Mar") or followed by a full stop.
CAPITALISED_ONLY: dict[str, str] = {
    "sat": "saturday", "sun": "sunday", "wed": "wednesday", "mar": "march",
}

# Words a one-letter typo is corrected towards (three letters or more on the typed side,
# five for a capitalised word, which may be a name; real words are listed in NEAR_KEYWORDS
# and never bent into keywords).
FUZZY_TARGETS = frozenset(
    list(WEEKDAYS) + [m for m in MONTHS if len(m) > 3] + [
        "week", "weeks", "weekend", "month", "months", "quarter", "today", "tomorrow",
        "tonight", "morning", "afternoon", "evening", "next", "this", "early", "middle",
        "later", "business", "working", "days", "hours", "couple", "several", "fortnight",
        "within", "before", "until", "sometime", "shortly", "decision", "decide",
        "answer", "response", "respond", "reply", "update", "touch", "know", "hear",
        "contact", "email", "offer", "outcome", "feedback", "christmas", "thanksgiving",
        "easter", "holiday", "following", "coming", "calendar", "three", "seven", "eight",
        "twelve", "fifteen", "twenty", "thirty", "latest", "beginning", "between", "year",
        "years", "few", "two", "four", "five", "ten", "memorial", "independence",
        "juneteenth", "veterans", "columbus", "presidents", "boxing",
    ]
)
# Real words one typo away from a keyword: never corrected.
PROTECTED = frozenset({
    "match", "mouth", "yours", "water", "hater", "heard", "means", "needs", "weekly",
    "monthly", "daily", "mourning", "marsh", "earlier", "beyond", "becoming", "follows",
    "answers", "offers", "replies", "responses", "decisions", "updates", "contacts",
    "known", "knows", "hears", "touched", "seven", "latter", "letter", "tough", "couples",
    "morning", "evenings", "title", "thing", "think", "these", "those", "there", "their",
    "where", "which", "while", "whole", "three", "eight", "early", "before", "after",
    "other", "every", "never", "until", "lately", "alter", "enter", "hearing", "knowing",
    "decided", "decider",
})
# Common English words one typo from a keyword, found by checking a word list with
# frequencies: they are words, never typos ("might" is not "eight", "contract" not
# "contact").
NEAR_KEYWORDS = frozenset({
    "arch", "baster", "bays", "bears", "ben", "boning", "booing", "boring", "bowing",
    "carly", "caster", "cater", "coding", "combing", "contract", "cooing", "coping",
    "corning", "couch", "coupe", "couplet", "dabs", "dads", "dais", "dams", "dearly",
    "dears", "decade", "decode", "den", "deride", "derision", "dew", "diddle", "dive",
    "dour", "duly", "dune", "earl", "earls", "ears", "easier", "eater", "emil", "even",
    "faster", "fave", "fears", "fed", "fee", "fer", "fey", "fez", "fiddle", "fie", "fife",
    "fight", "file", "fine", "fire", "flew", "flour", "for", "forking", "fou", "foul",
    "fours", "fur", "gays", "gears", "geek", "geeks", "gen", "give", "head", "heal", "heap",
    "heart", "heat", "height", "heir", "hen", "her", "hera", "herr", "hew", "his", "hive",
    "homing", "jane", "jays", "jew", "jive", "jude", "judy", "juke", "jung", "junk", "jury",
    "jute", "ken", "knew", "knob", "knot", "knox", "lager", "lamer", "lamest", "laser",
    "late", "latent", "latex", "lather", "layer", "lays", "leek", "leeks", "len", "lew",
    "light", "liter", "live", "mach", "mail", "marc", "marco", "master", "mater", "meddle",
    "meek", "men", "mew", "might", "moaning", "monte", "monty", "mooning", "moth", "moths",
    "mouths", "muddle", "nearly", "nears", "neat", "nest", "net", "new", "newt", "night",
    "now", "offed", "ouch", "our", "ours", "pays", "pearly", "pears", "peek", "peeks",
    "pen", "pew", "pouch", "pour", "pours", "president", "quartet", "rays", "rears", "reek",
    "reeks", "rely", "repay", "replay", "residents", "riddle", "right", "rune", "says",
    "sears", "seek", "seeks", "seen", "semen", "sen", "sever", "sew", "sext", "shear",
    "sight", "slater", "snow", "sour", "steven", "sundry", "sven", "tais", "tan", "tao",
    "taster", "tater", "tea", "tears", "ted", "tee", "teen", "tent", "tex", "text", "thee",
    "then", "thin", "thins", "thirsty", "threw", "thus", "tight", "tin", "toady", "toddy",
    "ton", "too", "torch", "touchy", "tour", "tours", "tow", "tree", "tun", "tune", "untie",
    "ven", "veteran", "vive", "vouch", "ways", "weak", "wears", "wee", "weed", "weeds",
    "weep", "weeps", "weight", "wen", "wording", "worming", "yea", "yeah", "year", "yearly",
    "yearn", "yearns", "yeas", "yen", "yer", "yew", "your", "zen"
})
# Time-zone words follow a time of day ("4 p.m. Eastern") and never name a date: no typo
# correction bends them into a keyword ("Eastern" is not a misspelt "Easter").
TIME_ZONES = frozenset({
    "eastern", "central", "pacific", "mountain", "atlantic", "alaska", "alaskan", "hawaii",
    "hawaiian", "gmt", "bst", "utc", "et", "pt", "ct", "mt", "est", "edt", "cst", "cdt",
    "mst", "mdt", "pst", "pdt", "cet", "cest", "ist", "aest", "zulu",
})
# Words that only extend a holiday's name into another word ("Eastern", "Easterly",
# "Christmassy"): a letter added at the end of a holiday name is no typo.
HOLIDAY_STEMS = frozenset({"christmas", "thanksgiving", "easter"})
