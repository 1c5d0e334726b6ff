"""Questions that ask for a person's name, and whether a passage gives one.

"What was the name of the officer Masood killed?" is answered only by a passage naming someone
the question does not already name. The demonstration article says "stabbing a police officer to
death" and never names him: its best passage scores high on every word of the question, and only
the missing name tells that it is no answer. The check is narrow on purpose (a noun for a person
after "name of", "'s name" or "Who was the ..."): for things ("Which network ...?") answers are
as often common nouns ("surface condensers"), and such a gate lost 11 right SQuAD answers to
catch one near miss (benchmarks/README.md, ninth session).
"""
from __future__ import annotations

import re

from .spelling import is_english

# nouns for a person whose name a question may ask
_PERSON = ("officer|policeman|policewoman|wife|husband|son|daughter|mother|father|brother|sister|child|"
           "victim|attacker|shooter|gunman|killer|bomber|suspect|assailant|perpetrator|leader|chief|head|"
           "minister|secretary|president|spokesman|spokeswoman|spokesperson|man|woman|boy|girl|person|"
           "driver|founder|owner|ceo|director|judge|reporter|journalist|author|presenter|host|friend|"
           "partner|commissioner|mayor|governor|senator|candidate|official|lawyer|prosecutor|doctor|"
           "surgeon|boss|manager|chairman|executive|employee|worker|member|imam|priest|teacher|pilot|"
           "soldier|agent|detective|investigator|witness|neighbour|neighbor|accomplice|relative|king|"
           "queen|prince|pope|people|persons|pedestrian|passer-by|passers-by|bystander|tourist|civilian|"
           "student|resident|shooter|guard|bodyguard|constable|cop|copper")
# up to three words before the noun: "the stabbed police officer"
_NOUN = rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{_PERSON})s?\b"
_ASKS = [
    re.compile(rf"\bnames?\s+of\s+(?:(?:the|his|her|their|its|a|an|[A-Z]\w*['’]s)\s+)?(?:\w+\s+)?{_NOUN}", re.I),
    # the person first, the name asked after: "the police officer, the one stabbed, what was his
    # name", "the San Bernardino shooters, what were their names?"
    re.compile(rf"^\s*(?:what\s+(?:is|was|were|are)\s+)?(?:the\s+)?{_NOUN}\b[^?]*?\b(?:his|her|their)\s+names?\b", re.I),
    # the person told of first, the name asked after: "I heard a police officer was stabbed
    # outside Parliament. What was his name?"
    re.compile(rf"\b(?:a|an|the)\s+{_NOUN}\b[^?]*?[.!]\s+what\s+(?:is|was|were|are)\s+(?:his|her|their)\s+names?\b", re.I),
    # asked again as a note: "the three people killed on the bridge, who were they? Names?"
    re.compile(rf"^[^?]*?\b{_NOUN}\b[^?]*\?\s*(?:their\s+|his\s+|her\s+)?names?\s*[?.!]*\s*$", re.I),
    # "the officer's name", and typed in a hurry "the police officers name"
    re.compile(rf"\b(?:the|his|her|their|[A-Z]\w*['’]s)\s+{_NOUN}(?:['’]s|['’])?\s+names?\b", re.I),
    # the person named by a name before the noun: "what was San Bernardino shooters's name?"
    re.compile(rf"^\s*what\s+(?:is|was|were|are)\s+(?:(?-i:[A-Z])[\w'’-]*\s+)+{_NOUN}(?:['’]s|['’])?\s+names?\b", re.I),
    # typed as into a search box: "police officer name who died"
    re.compile(rf"^\s*{_NOUN}(?:['’]s|['’])?\s+names?\b", re.I),
    # "Which officer shot Masood?": a name tells which
    re.compile(rf"(?:^\s*|[,;]\s*|\b(?:him|her|them)\s+)which\s+{_NOUN}\s+(?!of\b|in\b|on\b|at\b|from\b)", re.I),
    re.compile(rf"^\s*who(?:['’]s|\s+(?:is|was|were|are))\s+(?:(?:the|his|her|their|[A-Z]\w*['’]s)\s+)?{_NOUN}", re.I),
    # "the police officer who got stabbed, name what?" (the question word last)
    re.compile(rf"^\s*(?:the\s+)?{_NOUN}[^?]*?,?\s+names?\s+(?:is\s+)?what\b", re.I),
    # "Is the officer who shot Masood identified?", "Is the police officer who was stabbed named anywhere?"
    re.compile(rf"^\s*(?:is|was|are|were)\s+(?:the|his|her|their)\s+{_NOUN}\b[^?]*?\b(?:named|identified)\b", re.I),
    # a note naming the person by what they did: "officer who shot masood"
    re.compile(rf"^\s*(?!(?:was|is|were|are|did|does|do|has|had|have|who|whom|what|which|when|where|why|how)\b)"
               rf"(?:the\s+)?{_NOUN}\s+(?:who|that)\s+(?:[\w'’-]+\s*){{1,4}}\??\s*$", re.I),
    # "Do they name the officer?", "Name the officer who shot him."
    re.compile(rf"(?:^\s*|\b(?:they|it|article|story|report|police)\s+)name\s+(?:the|his|her|their)\s+(?:\w+\s+)?{_NOUN}", re.I),
    # "What was the attacker called?" (not "What was the bill called?", no person)
    re.compile(rf"^\s*what\s+(?:is|was|were|are)\s+(?:the|his|her|their|[A-Z]\w*['’]s)\s+{_NOUN}"
               rf"(?:\s+[^?]*?)?\s+called\s*[?.!]*\s*$", re.I),
    # the people an event befell, named by it: "Names of the three killed on the bridge."
    re.compile(r"\bnames?\s+of\s+(?:the|those)\s+(?:\w+\s+)?(?P<noun>killed|dead|injured|wounded|arrested|missing)\b", re.I),
]
CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                  "may june july august september october november december".split())
# countries, continents and regions, which news names without "in" or "on" before them ("France
# and Germany unveiled ...") and which are nobody's name
PLACES_NAMED = frozenset(w.replace("_", " ") for w in """afghanistan africa albania algeria america argentina asia
    australia austria bangladesh belgium bolivia brazil britain bulgaria cambodia canada chile china colombia croatia
    cuba cyprus czechia denmark egypt england estonia ethiopia europe finland france germany ghana greece hungary
    iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kenya korea kosovo kuwait latvia
    lebanon libya lithuania luxembourg malaysia mali malta mexico morocco nepal netherlands nigeria norway pakistan
    palestine peru philippines poland portugal qatar romania russia rwanda scotland serbia singapore slovakia
    slovenia somalia spain sudan sweden switzerland syria taiwan thailand tunisia turkey uganda ukraine venezuela
    vietnam wales yemen zimbabwe north_korea south_korea south_africa saudi_arabia new_zealand united_states
    united_kingdom middle_east latin_america""".split())
# an organisation's or a country's letters: "BBC", "FBI", "E.U", "MI5"
_ACRONYM = re.compile(r"[A-Z](?:\.?[A-Z]){1,4}\.?\d?")
# words that open a sentence and begin no name: "Ahead of Friday's meeting", "Yet Theresa May ..."
# (a fixed list: the English dictionary takes a fifth of a second to load, which a question
# asking a person's name would pay on a cold start)
_OPENERS = frozenset("""ahead after before yet but however when while since although though despite meanwhile
    earlier later last next this that these those in on at for with without under over during following according
    as if unlike like among amid across outside inside until unless because so then now still also even only just
    instead today yesterday tonight tomorrow once here there where why how what who which whose his her their its
    our my your a an the and or nor not no every each all both some many most several few other another such""".split())
# a name after one of these is a place: "on Westminster Bridge", "outside Parliament"
_PLACE_BEFORE = re.compile(r"\b(?:on|in|at|near|outside|inside|into|from|to|across|towards?|through|by)\s+"
                           r"(?:the\s+)?$", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|de|van|von|bin|al))*")
_WORD = re.compile(r"[a-z0-9]+")
# what stands before a sentence's or a quotation's first word
_OPENS = re.compile(r"(?:^|[.!?][\"”’')]*\s+|[\"“‘(]\s*)$")


def asked_person(question: str) -> str | None:
    """The noun for the person whose name ``question`` asks ("officer" in "What was the name of
    the officer Masood killed?"), or None when it asks no person's name."""
    for pattern in _ASKS:
        for m in pattern.finditer(question):
            noun = m.group("noun")
            # "the name of the Host Committee's initiative": a title word inside a longer name
            if noun[0].isupper() and re.match(r"\s+[A-Z]", question[m.end("noun"):]):
                continue
            # "which police man": a policeman, whom news calls a police officer
            if noun.lower() in ("man", "woman") and re.search(r"\bpolice\s+$", question[:m.start("noun")], re.I):
                return "police" + noun.lower()
            return noun.lower()
    return None


def new_names(passage: str, question: str) -> list[str]:
    """The names in ``passage`` that are no place, day or month and whose last word the question
    does not use: "Home Secretary Amber Rudd" for "What is the Home Secretary's name?", but not
    "Khalid Masood" for "What is the name of Masood's wife?"."""
    qwords = set(_WORD.findall(question.lower()))
    out = []
    for m in _CAPITALISED.finditer(passage):
        # "Britain's Home Secretary Amber Rudd" holds two names
        for piece in re.finditer(r"[^’']+(?:['’]s?)?", m.group(0)):
            name = re.sub(r"['’]s?$", "", piece.group(0)).strip(" .")
            start = m.start() + piece.start()
            opening = _OPENS.search(passage[:start])
            first = re.match(r"([\w’'.-]+)\s+(?:(?:of|de|van|von|bin|al)\s+)*", name)
            if opening and first and len(name.split()) > 1 and first.group(1).lower() in _OPENERS:
                # "Ahead of Friday's meeting": a sentence's first word of that kind is no part of
                # the name after it
                name, start = name[first.end():], start + first.end()
            words = _WORD.findall(name.lower())
            if not words or (len(name.split()) == 1 and _OPENS.search(passage[:start])):
                continue  # a capital that opens a sentence or a quotation is no sign of a name
            if all(w in CALENDAR_WORDS for w in words) or _PLACE_BEFORE.search(passage[:start]):
                continue
            if " ".join(words) in PLACES_NAMED or _ACRONYM.fullmatch(name):
                # "France and Germany unveiled ...", "the BBC": a country or an organisation's
                # letters name no person ("Who is the president of France?")
                continue
            if words[-1] not in qwords:
                out.append(name)
    return out


# the words news uses for the same person: "the policeman who got stabbed" is "a police officer"
_SAME_PERSON = {"policeman": "policeman|officer", "policewoman": "policewoman|officer", "cop": "cop|officer",
                "officer": "officer|policeman|policewoman"}


def mentions_unnamed(passage: str, noun: str, one_of: bool = False) -> bool:
    """True when ``passage`` speaks of "a police officer" without naming them (no name right
    after it, as in "a police officer, PC Keith Palmer," or before it, as in "Palmer, an officer").
    ``one_of``: "one of the San Bernardino shooters" counts too (for a question asking a name:
    it answers "Which shooters used the iPhone?")."""
    nouns = _SAME_PERSON.get(noun, re.escape(noun))
    one = r"(?:\s+of\s+(?:the|two|three|several|\d+))?" if one_of else ""
    for m in re.finditer(rf"\b(?:a|an|one{one})\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})s?\b", passage, re.I):
        if re.match(r"\s*(?:,\s*|\s+(?:named|called)\s+)?[A-Z]", passage[m.end():]):
            continue
        if re.search(r"[A-Z]\w+\s*,\s*$", passage[:m.start()]):
            continue
        return True
    return False


def names_asked_person(question: str, passage: str) -> bool:
    """True when ``passage`` gives a new name beside the noun the question asks about: "director
    Helen Voss" or "Keith Palmer, a police officer" for "Who is the director ...?"."""
    noun = asked_person(question)
    if noun is None:
        return False
    for name in new_names(passage, question):
        # the post as the name's title: "Home Secretary Amber Rudd" for "the Home Secretary"
        title = re.match(rf"(?:[A-Z][\w'’-]*\s+)*?{re.escape(noun)}s?\s+(?=[A-Z])", name, re.I)
        if title and re.search(r"\b[A-Z]", name[title.end():]):
            return True
        for m in re.finditer(re.escape(name), passage):
            before = passage[max(0, m.start() - 40):m.start()]
            after = passage[m.end():m.end() + 50]
            if re.search(rf"\b{re.escape(noun)}s?\s+(?:[\w-]+\s+){{0,2}}$", before, re.I) or \
                    re.match(rf"\s*,\s*(?:[\w'’-]+\s+){{0,3}}{re.escape(noun)}s?\b", after, re.I):
                return True
    return False


def lacks_asked_name(question: str, passage: str) -> bool:
    """True when ``question`` asks for a person's name and ``passage`` does not give it: it names
    no one new, or it speaks of that person without a name. (A passage that does not speak of
    the person asked at all may still name them by a title: "Masood stabbed PC Keith Palmer".)"""
    noun = asked_person(question)
    if noun is None:
        return False
    # "the spiritual teacher is known as a guru": a name given as a term
    if re.search(rf"\b{re.escape(noun)}s?\b[^.;]*?\b(?:known as|called|named|termed)\b", passage, re.I):
        return False
    names = new_names(passage, question)
    if _SEVERAL.search(question) and len({n.split()[-1] for n in names}) < 2:
        # "What were the names of the three people killed?" is not answered by a passage naming
        # one person: "Khalid Masood ... killing three people"
        return True
    return not names or mentions_unnamed(passage, noun, one_of=bool(re.search(r"\bnames?\b", question, re.I)))


# a question asking several people's names
_SEVERAL = re.compile(r"\bnames\b|^\s*who\s+(?:were|are)\s+the\s+(?:\w+\s+)?(?:two|three|four|five|six|seven|eight|"
                      r"nine|ten|\d+)\s", re.I)


# the adjectives of peoples and faiths, which name no one
DEMONYMS = frozenset("""british english scottish welsh irish american french german italian spanish portuguese russian
    ukrainian chinese japanese korean indian pakistani afghan canadian australian european african asian arab syrian
    iraqi iranian israeli palestinian turkish dutch belgian swedish norwegian danish polish greek mexican brazilian
    muslim christian jewish catholic protestant western eastern""".split())
# titles before a name, which news may leave out ("Ms Rudd" of "Rudd told the BBC")
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})
# whom a yes/no question is about, by name: "Did Theresa May back her up?"
_YES_NO_SUBJECT = re.compile(r"^\s*(?i:did|does|do|was|is|were|are|has|have|had|will|would|can|could|should)\s+"
                             r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


# a statement asked as a question: "Khalid Masood was born in Kent?", "Masood rented the car in
# Birmingham?" (no question word anywhere, a verb after the first words, four words or more)
_WH_WORD = r"(?:who|whom|whose|what|which|when|where|why|how)"
_AUX_FIRST = r"(?:did|does|do|was|is|were|are|has|have|had|will|would|can|could|should)"
_DECLARATIVE = re.compile(rf"^(?!\s*{_AUX_FIRST}\b)(?!.*\b{_WH_WORD}\b)(?=\s*(?:\S+\s+){{3}})"
                          r"(?=\s*\S+\s+(?:\S+\s+)*?(?i:is|was|were|are|has|had|have|did|does|will|would|can|could|"
                          r"said|told|wrote|\w{3,}ed)\s).*\?\s*$", re.I)


def asked_as_statement(question: str) -> bool:
    """Whether ``question`` is a statement asked as a yes/no question ("Khalid Masood was born in
    Kent?"), as people check what they believe."""
    return bool(_DECLARATIVE.match(question))


def yes_no_subject(question: str) -> list[str]:
    """The words (lower case) of the name a yes/no question is about ("Did Theresa May back her
    up?", "Theresa May backed her up?": ["theresa", "may"]), or [] when it names no one first
    ("Did the police ...?")."""
    m = _YES_NO_SUBJECT.match(question)
    if m is None and asked_as_statement(question):
        m = re.match(r"^\s*(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?-i:[a-z])", question)
        # (the capital of a sentence's first word: "Four people were killed ...?", "Police said ...?")
        if m and " " not in m.group("name") and is_english(m.group("name")):
            m = None
    if not m:
        return []
    words = _WORD.findall(re.sub(r"['’]s$", "", m.group("name")).lower())
    return [w for w in words if len(w) > 1 and w not in HONORIFICS]


# the names a yes/no question gives after its first word: "Did Rudd mention Telegram?" →
# ["Rudd", "Telegram"]; the pronoun "I" and a capital opening a second sentence are none (one
# after a title's stop is a name: "Mr. Masood")
_LATER_NAME = re.compile(r"(?:(?<=[\w,;:'’\"“]\s)|(?<=\bM[rs]\.\s)|(?<=\bMrs\.\s)|(?<=\bDr\.\s))(?!I\b)(?P<name>[A-Z][\w'’-]*)")


def yes_no_names(question: str) -> list[str]:
    """The names (lower case, without "'s") of a yes/no question, first word excepted, or []
    when it is no yes/no question."""
    if not re.match(r"^\s*(?i:did|does|do|was|is|were|are|has|have|had|will|would|can|could|should)\s", question) \
            and not asked_as_statement(question):
        return []
    # (a name quoted keeps no quotation mark: "'a soldier of the Islamic State'"; names joined by a
    # hyphen are two: "the Apple-FBI fight")
    names = (part.lower() for m in _LATER_NAME.finditer(question)
             for part in re.split(r"-(?=[A-Z])", re.sub(r"['’]s$", "", m.group("name").rstrip("'’"))))
    # "Is it Ms Rudd's contention ...?": a title is no name an article must hold, nor a people's
    # ("Did the British police find ...?" of an article saying "Britain's")
    return [n for n in names if n.rstrip(".") not in HONORIFICS and n not in DEMONYMS]


# the alternatives of a question offering a choice: "on Sky News or on the Andrew Marr Show",
# "Saturday, Sunday or Monday", "the Foreign Secretary or the Prime Minister" (a name, or a run of
# names, right before "or", the names listed before it with commas, and the run after it)
_NAMES_RUN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_CHOICE = re.compile(rf"(?P<left>(?:{_NAMES_RUN},\s+)*{_NAMES_RUN})(?:\s+[a-z][\w'’-]*)?,?\s+or\s+"
                     rf"(?:(?:on|in|at|to|from|by|outside|inside|the|a|an|one\s+of\s+the)\s+){{0,3}}(?P<right>{_NAMES_RUN})")


def choice_names(question: str) -> list[str]:
    """The names (lower case) offered as a choice by ``question`` ("Did Rudd speak on Sky News or
    on the Andrew Marr Show?": ["sky", "news", "andrew", "marr", "show"]), or []. One of them
    being the article's is enough: the others are the wrong answers offered."""
    out: list[str] = []
    for m in _CHOICE.finditer(question):
        for part in (m.group("left"), m.group("right")):
            out += [w.lower() for w in re.findall(r"[\w'’-]+", re.sub(r"['’]s\b", "", part))]
    return out

