"""Sentence boundaries in news prose, as character offsets.

A rule-based splitter: a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes and
brackets after it) followed by white space and an upper-case letter, digit or opening quote,
unless the word before the full stop is a known abbreviation or an initial. Offsets are kept,
never the text rewritten, so every sentence is ``text[start:end]``.
"""
from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr sgt adm gov sen rep rev hon pres
    supt insp det atty jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    inc ltd co corp bros dept univ assn est approx vs etc no nos vol op fig al ave blvd rd
    u.s u.k u.n e.g i.e a.m p.m d.c n.y l.a""".split()
)

_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9À-ÖØ-Þ])|[.!?…]+["'”’)\]]*(?=\s*$)""")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    if word in ABBREVIATIONS:
        return True
    # single initials ("J. Smith") and dotted acronyms ("U.S.", "D.C.")
    return len(word) == 1 and word.isalpha() or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, trimmed of surrounding white space.

    Args:
        text: the whole article text.
        start, end: the stretch to split (a paragraph, usually).
    Returns:
        ``(start, end)`` pairs in order, covering every non-space character of the stretch.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    s = start
    segment = text[start:end]
    for m in _END.finditer(segment):
        stop = start + m.end()
        first_dot = start + m.start()
        if text[first_dot] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, first_dot):
            continue
        spans.append((s, stop))
        s = stop
    if s < end:
        spans.append((s, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


_PRONOUN_START = re.compile(
    r"""^["“‘']?(He|She|They|It|This|That|These|Those|His|Her|Their|Its|The (?:company|group|firm|agency|move|decision|report|statement))\b"""
    # "This week, the president declined ...": a time, no reference to the sentence before
    r"""(?!\s+(?:week|weekend|month|year|morning|afternoon|evening|summer|winter|spring|autumn|fall|season|time|past|coming|last|next)\b)""")


def opens_with_reference(sentence: str) -> bool:
    """True when a sentence opens with a pronoun or a "the group"-like reference to something the
    sentence before named: it needs that sentence to be understood."""
    return bool(_PRONOUN_START.match(sentence))


# "In 2012, again the Green Party nominee, she was arrested": the subject is a pronoun after an
# opening phrase
_PRONOUN_SUBJECT = re.compile(r"""^["“‘']?[A-Z][^.;:!?"“”]{0,80},\s+(?:he|she|they)\s+[a-z]""")


# a person referred to inside the sentence, and nobody named in it by full name
_PERSON_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers)\b")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def names_someone_before(sentence: str) -> bool:
    """True when a sentence speaks of "him" or "her" without naming anyone in full: the person
    is one an earlier sentence named ("... that the group directed him")."""
    return bool(_PERSON_PRONOUN.search(sentence)) and not _FULL_NAME.search(sentence)


def refers_back(sentence: str) -> bool:
    """True when a sentence opens with a reference (``opens_with_reference``), its subject after
    an opening phrase is a pronoun, or it speaks of "him" or "her" without naming anyone in full
    ("Police said ... that the group directed him"): what it says is about an earlier sentence's."""
    return (opens_with_reference(sentence) or bool(_PRONOUN_SUBJECT.match(sentence))
            or names_someone_before(sentence))


# "the Westminster attacker", "the police officer", "the suspect": a person described before
# (or instead of) being named, by an -er, -or, -ist or -man noun or a few others
_DESCRIPTOR = re.compile(
    r"\b(?:the|The)\s+(?:(?!(?:is|was|are|were|has|had|have|would|will|could|should|can|may|might|must|did|does|"
    r"do|and|or|but|who|that|which|to|of|in|on|at|for|with|by|from|as)\b)[\w'’-]+\s+){0,2}?"
    r"([a-z]{2,}(?:er|or|ist|man)|suspect|victim|accused|assailant)\b")
# words of those endings that are no people
_NOT_PEOPLE = frozenset("""other another either neither whether together rather further however whatever
    whoever whichever ever never over under after later latter former better per poor major minor prior
    senior junior superior inferior number matter order border letter water power paper center centre
    computer manner error floor door sector factor corner quarter chapter river cancer layer answer
    weather winter summer theater theatre register trigger charter fiber fibre meter metre liter litre
    monitor motor tractor mirror color colour labor labour favor favour honor honour behavior behaviour
    rumor rumour humor humour anchor harbor harbour interior exterior dinner chatter gutter whisper server
    scanner marker waiver specter filter shelter cluster barrier tower tier offer cover copper silver
    human german roman list gist mist twist fist wrist consider remember discover deliver newspaper
    metaphor murder perimeter super stronger weaker bigger smaller higher lower master terror
    gender prefer lesser earlier banner corridor""".split())
# a name's first words that are no part of it ("Follow Pam Key", "On Sunday", "Former Secretary")
_NOT_NAME_START = frozenset("""The A An On In At As But And Or So For From After When While If Follow Said
    Their His Her Its Our This That These Those Two Three Four Five Six Seven Eight Nine Ten Former Then
    Also Only Even Meanwhile However""".split())
_TITLES = frozenset("""Mr Mrs Ms Dr Sen Senator Rep Gov Governor President Prime Minister Mayor Judge Justice
    Chairman Director Ambassador Secretary General Speaker Officer Chief Commissioner Police Sgt Lt Capt
    Detective Republican Democratic Democrat House Vice Supreme Court Manhattan Author""".split())
_NAME_AT = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+)+(?=,|\s+[a-z]|'s|’s)")
# how a news sentence introduces someone new: "Khalid Masood, 52, drove", "Omar Mateen, a security guard,"
_INTRODUCED = re.compile(r",\s+(?:\d|an?\s|the\s|who\s)")
_SENTENCE_START = re.compile(r"(?:[.!?][\"”’']?\s+|\n\s*)(?=[A-Z])")


def descriptor_links(text: str) -> list[tuple[str, str]]:
    """(descriptor word, full name) pairs: a person the article first describes ("the Westminster
    attacker used the app ...") and names right after, in an apposition ("the attacker, Khalid
    Masood,") or at the start of one of the next two sentences ("Khalid Masood, 52, drove ...").

    The name must be new there (nobody of that surname named before): news introduces a person
    this way, and a name met before is someone else's turn in the story.
    """
    links: list[tuple[str, str]] = []
    seen: set[str] = set()
    for m in _DESCRIPTOR.finditer(text):
        word = m.group(1)
        if word in _NOT_PEOPLE or word in seen:
            continue
        after = m.end()
        # in apposition right after, or introducing one of the next two sentences
        starts = [(after + a.end(), False) for a in re.finditer(r"^,\s+", text[after:after + 3])]
        starts += [(s.end(), True) for s in _SENTENCE_START.finditer(text, after, after + 600)][:2]
        for s, opening in starts:
            found = _NAME_AT.match(text, s)
            if not found or opening and not _INTRODUCED.match(text, found.end()):
                continue
            words = found.group(0).split()
            if words[0] in _NOT_NAME_START:
                break
            while words and words[0].rstrip(".") in _TITLES:
                words = words[1:]
            if len(words) < 2 or re.search(rf"\b{re.escape(words[-1])}\b", text[:m.start()]):
                continue
            links.append((word, " ".join(words)))
            seen.add(word)
            break
    return links
