"""Shared word lists: small, readable and the single place to tune the detectors."""

from __future__ import annotations

import re

STOP = frozenset(
    [
        "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from",
        "as", "about", "into", "over", "my", "your", "our", "their", "his", "her", "its", "this",
        "that", "these", "those", "it", "is", "are", "was", "were", "be", "been", "i", "we", "you",
        "me", "us",
    ]
)

ROLE_NOUNS = frozenset(
    [
        "role", "roles", "position", "positions", "job", "jobs", "post", "spot", "gig", "opening",
        "vacancy", "opportunity", "interview", "posting", "seat", "title",
    ]
)

SENIORITY = frozenset([
    "senior", "junior", "jr", "sr", "ii", "iii", "iv", "i", "level", "entry", "trainee",
])

# Words that, on their own, name nothing specific from an interview.
GENERIC = frozenset(
    [
        "team", "teams", "company", "companies", "role", "position", "job", "opportunity",
        "opportunities", "goal", "goals", "culture", "mission", "values", "vision", "organization",
        "organisation", "department", "business", "work", "works", "working", "way", "ways",
        "everything", "things", "thing", "more", "plan", "plans", "future", "growth", "day",
        "days", "daily", "responsibility", "responsibilities", "duty", "duties", "expectation",
        "expectations", "environment", "office", "people", "group", "interview", "interviews",
        "conversation", "conversations", "discussion", "meeting", "process", "hiring", "firm",
        "practice", "agency", "clinic", "school", "store", "organization's", "company's", "team's",
        "day-to-day", "overall", "general", "whole", "great", "good", "new", "exciting",
        "interesting", "current", "next", "time", "lot", "bit", "kind", "sort", "part", "aspects",
        "aspect", "approach", "structure", "setup", "side", "stuff", "keeping", "making", "having",
        "getting", "doing",
    ]
)

ORDINALS = {
    "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
    "6th": "sixth", "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth",
    "11th": "eleventh", "12th": "twelfth", "&": "and",
}

WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)

# Slang that makes an email or a call sound too casual (RULES.md §5 too-informal).
SLANG = frozenset(
    [
        "stoked", "pumped", "gonna", "wanna", "gotta", "kinda", "sorta", "ngl", "lol", "lmao",
        "lmfao", "rofl", "omg", "tbh", "btw", "idk", "imo", "imho", "smh", "gig", "awesome",
        "yeah", "yep", "yup", "nope", "ya", "ur", "thx", "pls", "plz", "cuz", "dude", "bro",
        "legit", "vibe", "vibes", "y'all", "ain't", "gimme", "lemme", "dunno", "convo",
        # regional slang: Australian, British, Nigerian, US internet
        "ripper", "arvo", "brekkie", "bonzer", "chuffed", "innit", "wassup", "whassup", "bruh",
        "lowkey", "nah", "cya", "ttyl", "brb", "omw", "yass", "abeg", "sabi", "gidi",
        # interjections and mild swearing
        "whoa", "woah", "geez", "jeez", "yikes", "ugh", "meh", "dang", "damn", "heck",
        "haha", "hahaha", "bahaha",
    ]
)
# Textspeak: spellings of the phone keyboard (RULES.md §5 too-informal, texts included).
TEXTSPEAK = frozenset(
    [
        "thnx", "thanx", "tnx", "thanq", "2nite", "2day", "2moro", "2morrow", "tmrw", "tmr",
        "l8r", "gr8", "b4", "ppl", "msg", "ur", "pls", "plz", "thx", "cya", "ttyl", "brb", "omw",
        "idk", "btw", "tbh", "ngl", "lol", "lmao", "lmfao", "omg", "k", "kk",
        # phonetic spellings of the phone keyboard
        "gud", "thnk", "thnks", "wnt", "tym", "rily", "sori", "wud", "cnt", "fone", "dat", "diz",
        "txt", "wen", "coz", "bcoz", "bcz", "becoz", "wat", "wht", "abt", "plzz", "thurz",
        "tmrw", "nite", "tho", "thru", "gr8t", "luv",
    ]
)
# Single lowercase letters that stand for a word in textspeak ('how r u', 'c u', 'd fone'),
# and the words after which a letter is a name of its own ('plan b', 'vitamin d').
LETTER_WORDS = frozenset(["r", "u", "c", "d", "n", "y", "b"])
LETTER_NAMES = frozenset(
    [
        "plan", "vitamin", "option", "section", "part", "column", "grade", "type", "class", "size",
        "letter", "category", "level", "group", "team", "row", "exhibit", "appendix", "figure",
        "table", "step", "phase", "tier", "box", "block", "building", "room", "floor", "wing",
        "unit", "gate", "terminal", "track", "channel", "item", "point", "the", "a", "an", "and",
        "or", "of", "grade-"
    ]
)
# Courtesy words of other languages that multilingual writers put in English drafts
# ('Merci encore', 'Salamat po', 'Gracias'): foreign words, never misspellings.
FOREIGN_COURTESY = frozenset(
    [
        # French, Spanish, Portuguese, Italian, German, Dutch
        "merci", "beaucoup", "bonjour", "bonsoir", "salut", "cordialement", "amicalement",
        "gracias", "muchas", "saludos", "atentamente", "hola", "buenos", "buenas", "obrigado",
        "obrigada", "grazie", "mille", "cordiali", "saluti", "buongiorno", "danke",
        "vielen", "dank", "bedankt", "groeten",
        # Filipino, South Asian, African, Arabic, East Asian and Maori courtesies
        "salamat", "maraming", "opo", "mabuhay", "ingat", "namaste", "namaskar", "dhanyavaad",
        "dhanyavad", "dhanyawad", "shukriya", "ji", "asante", "sana", "jambo", "habari",
        "daalu", "nagode", "ese", "shukran", "inshallah", "salaam", "arigato",
        "arigatou", "gozaimasu", "xiexie", "kamsahamnida", "kia", "ora", "mihi",
        "shalom", "tack", "takk", "sannu", "ndewo", "kedu", "kaaro", "medaase", "akwaaba",
        "sawubona", "ngiyabonga", "dankie", "baie", "howzit", "vanakkam", "nandri", "shukria",
        "meherbani", "accha", "achha", "theek", "hanji",
    ]
)
# Everyday idioms of a region's standard English ('get stuck into the work', 'touch base')
# are informal but not slang, so they are not listed.
SLANG_PHRASES = re.compile(
    r"\b(?:you guys|thanks a (?:ton|bunch|mil(?:lion)?)|had a blast|super (?:pumped|stoked|"
    r"excited|into|keen|cool|interested|psyched|happy|fun)|(?:so|super|pretty|okay|ok) cool|"
    r"kinda fire|got a sec|no biggie|hit me up|catch you later|what's up|"
    r"keen as(?= *(?:[.,!;\n]|to\b|mustard|$))|(?:thanks|cheers|ta) heaps|"
    r"(?:for|about|enjoyed|loved) (?:the|a|our|that) (?:good |great |quick |little )?yarn|"
    r"catch ya|no wahala|no dramas|heaps (?:good|keen)|"
    r"(?:thanks|cheers|ta) (?:mate|bro|dude|fam|heaps)|\w+ my (?:ass|butt|arse) off|sucks)\b"
)

EMOTICON = re.compile(r"(?<![\w/])(?:[:;=]-?[)(DPp3]|<3|\^_\^|xD)(?![\w])")
