"""A conversation: the state of one REPL session or one Discord thread, and follow-up questions.

``Conversation.ask(engine, question)`` rewrites a follow-up into a question that stands on its
own, then asks the engine, boosting the articles the conversation was about:

* pronouns and bare references (``she``, ``his``, ``they``, ``it``, ``the group``, ``the
  company``) are replaced by an entity of the earlier turns that fits them: ``she``/``he`` a
  person of that gender (learnt from the articles' own pronouns), ``they``/``the group`` an
  organisation or a plural, ``it`` a thing or an organisation;
* elliptical questions (``And Apple?``, ``What about warrants?``) are completed from the
  previous question, replacing its topic or the entity of the same kind;
* references to earlier quotes (``who said the second one?``, ``open the first quote``,
  ``where is quote 2 from?``) resolve to the last answer's quotes.

Entities are found by rules (capitalised names, role words, organisation head nouns), never by
lists of particular names. The state is small (a few turns) and holds no I/O: one instance per
conversation, not thread-safe (serialise the turns of one conversation; separate conversations
are independent).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, Mapping

from .errors import QabotError
from .models import Answer, Article, Quote

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Engine

#: the boost of the previous turn's top article; other articles and older turns get less
FOLLOW_UP_BOOST = 0.06
#: turns kept (the rest are forgotten)
MAX_TURNS = 6

# -- words ------------------------------------------------------------------------------------
_WH = frozenset("what which who whom whose when where why how".split())
_AUX = frozenset("""is are was were be been do does did has have had can could will would shall should
    may might must""".split())
# capitalised words that are not names when they open a sentence or a question
_NOT_NAMES = frozenset("""the a an and but or so if then than when while where what which who whom whose why how
    is are was were be do does did has have had can could will would shall should may might must
    it its he she his her hers him they them their theirs we our us you your i me my this that these
    those there here in on at to for from by with of about after before as also yet not no yes
    please tell show give open find list say said according however meanwhile still even just
    nor although though because since while despite during overall instead indeed once many some
    most all both each every other another such only one two three several few more less last next
    first second former later earlier now today yesterday tomorrow thus hence therefore besides
    unlike like following under over among within without through across against until unless
    whether either neither perhaps maybe why asked
    mr mrs ms dr sir lady lord
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split())
# role and title words: "Home Secretary Amber Rudd" is Amber Rudd, whose role is Home Secretary
_ROLE = frozenset("""home foreign defence defense interior justice prime chief deputy general former
    secretary minister president vice senator sen rep representative governor gov mayor leader
    spokesman spokeswoman spokesperson chairman chairwoman chair director attorney commissioner
    candidate nominee chancellor premier king queen prince princess pope judge justice officer
    inspector detective sergeant constable commander captain colonel general admiral ambassador
    councillor councilor council manager owner founder executive ceo head professor librarian
    editor correspondent reporter analyst coach mr mrs ms dr sir lady lord dame rev
    democratic republican labour conservative""".split())
_MALE_TITLES = frozenset("mr sir lord king prince spokesman chairman father son brother husband businessman".split())
_FEMALE_TITLES = frozenset("mrs ms miss lady dame queen princess spokeswoman chairwoman mother daughter sister wife businesswoman".split())
# head nouns of organisations: "the Islamic State group", "Amaq news agency", "Valley Cider Cooperative"
_ORG_HEADS = frozenset("""group company firm agency party council committee ministry department government police
    army force forces union campaign corporation corp inc ltd plc bank university college school
    cooperative co-operative association commission court board service services network news times
    post foundation institute club team office administration authority authorities parliament
    congress senate assembly organisation organization fund trust society federation alliance
    movement coalition brigade militia bureau agency council league channel newspaper magazine
    broadcaster show""".split())
# verbs of speech after a surname, showing it is a person's
_SAYS = ("said|says|told|tells|noted|notes|added|adds|argued|argues|asked|asks|wrote|writes|tweeted|"
         "insisted|insists|replied|claimed|claims|warned|warns|explained|answered|responded|recalled")
_PLURAL_NOUNS = frozenset("""police militants rebels officials authorities residents growers protesters
    investigators officers troops voters democrats republicans companies families people""".split())
_PREPS = frozenset("""about on regarding concerning over of for in at to from with by against into after
    before during under between among towards toward""".split())

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_PLURAL = {"they", "them", "their", "theirs", "themselves"}
_NEUTER = {"it", "its", "itself"}
_PRONOUN_RE = re.compile(r"\b(she|her|hers|herself|he|him|his|himself|they|them|their|theirs|themselves|it|its|itself)\b",
                         re.I)
# bare references: "the group" -> an organisation of the earlier turns
_BARE = {
    "group": "org", "organisation": "org", "organization": "org", "company": "org", "firm": "org",
    "agency": "org", "party": "org", "campaign": "org", "network": "org", "militants": "org",
    "council": "org", "government": "org", "department": "org", "ministry": "org",
    "man": "m", "woman": "f", "minister": "person", "official": "person", "politician": "person",
    "senator": "person", "candidate": "person", "president": "person", "secretary": "person",
    "spokesman": "m", "spokeswoman": "f",
}
_BARE_RE = re.compile(r"\b(the|this|that)\s+(" + "|".join(sorted(_BARE, key=len, reverse=True)) + r")\b(?!\s+(?-i:[A-Z]))",
                      re.I)
# "it" that refers to nothing: "is it true that", "it is clear", "when did it happen", "do it"
_PLEONASTIC_IT = re.compile(
    r"\bit\s+(?:is|was|'s|’s|seems|seemed|appears|appeared|happen|happened|mean|means|take|took|rain)\b|"
    r"\b(?:is|was|did|does)\s+it\s+(?:true|possible|likely|clear|important|happen|mean|take|matter)\b|"
    # "Why did he do it?": the deed, not a thing named before
    r"\b(?:do|done|doing)\s+it\b|\b(?:did|does)\s+it\s*(?:[?.!]|$)", re.I)

# "When did it happen?", "Where was that?": the event the previous question was about
_EVENT_FOLLOW_UP = re.compile(
    r"^\s*(?:(?:and|so|but)[,\s]+)?(?P<wh>when|where|why|how)\s+(?:did|does|do|was|is|has|had|will|would)\s+"
    r"(?:it|that|this|all\s+(?:this|that))(?:\s+(?:happen|happened|occur|occurred|take\s+place|took\s+place|"
    r"start|started|begin|began|end|ended|come\s+about))?\s*[?.!]*\s*$", re.I)
# "say about it" at the end of a question, and the topic of "... about TOPIC?"
_ABOUT_IT = re.compile(r"\b(about|on|regarding|concerning)\s+(?:it|that|this)(?=\s*[?.!]*\s*$)", re.I)
_TOPIC = re.compile(r"\b(?:about|on|regarding|concerning|over)\s+(?P<t>[^?]+?)\s*\??$", re.I)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’']*|\n|$)")

ORDINALS = {"first": 1, "1st": 1, "one": 1, "second": 2, "2nd": 2, "two": 2, "third": 3, "3rd": 3,
            "three": 3, "fourth": 4, "4th": 4, "four": 4, "fifth": 5, "5th": 5, "five": 5,
            "sixth": 6, "6th": 6, "six": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
            "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "last": -1, "top": 1}
_ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|top|1st|2nd|3rd|[4-9]th|10th)"
_ITEM = r"(?:one|quote|quotation|passage|answer|result|statement|sentence|extract|excerpt)"
_QREF = re.compile(
    rf"(?:\bthe\s+(?P<ord>{_ORD})(?:\s+{_ITEM})?\b|\b(?:{_ITEM})\s*(?:no\.?|number|#)?\s*(?P<num>\d{{1,2}})\b|"
    rf"#(?P<hash>\d{{1,2}})\b|\[(?P<br>\d{{1,2}})\])", re.I)
_WHO_SAID_REF = re.compile(r"^\s*(?:and\s+)?(?:who|whom)\s+(?:said|says|wrote|made|is\s+quoted\s+in|is\s+speaking\s+in|spoke\s+in)\b", re.I)
# "Who wrote it?" asks for the article's author (engine.author), not the quote's speaker
_WHO_SAID_THAT = re.compile(r"^\s*(?:and\s+)?who\s+(?:said|says)\s+(?:that|this|it)\s*[?.!]*\s*$", re.I)
_OPEN_REF = re.compile(r"^\s*(?:please\s+)?(?:open|expand|show(?:\s+me)?|read|give\s+me\s+more\s+(?:of|around)|more\s+(?:of|around)|context\s+(?:of|for))\b", re.I)
# "Tell me more": the top quote of the last answer, read on
_MORE = re.compile(r"^\s*(?:(?:ok|okay|and|so)[,\s]+)?(?:please\s+)?(?:(?:can|could)\s+you\s+)?"
                   r"(?:tell\s+me\s+more|say\s+more|more|go\s+on|continue|keep\s+going|read\s+on)"
                   r"(?:\s+(?:about\s+(?:it|that|this)|please))?\s*[?.!]*\s*$", re.I)
# "What else did she say?": what the last answer has not shown
_ELSE = re.compile(r"\b(?:what|who|where|anything|something|which)\s+else\b", re.I)
_ELSE_ALONE = re.compile(r"^\s*(?:(?:and|so|ok|okay)[,\s]+)?(?:what|anything|something)\s+else\s*[?.!]*\s*$", re.I)
_SOURCE_REF = re.compile(r"^\s*(?:where\s+(?:is|does|did|was)|which\s+article|what\s+article|what\s+is\s+the\s+source|source\s+of|"
                         r"cite|citation\s+(?:of|for))\b", re.I)


# -- entities -----------------------------------------------------------------------------------
@dataclass
class Entity:
    """Something a turn was about: a person, an organisation (or plural), a thing, or a role.

    ``name`` is what replaces a pronoun (``"Amber Rudd"``, ``"the Islamic State group"``).
    """

    name: str
    kind: str  # person | org | thing | role
    gender: str | None = None  # "f" | "m"
    plural: bool = False
    tokens: frozenset[str] = frozenset()
    roles: set[str] = field(default_factory=set)
    focus: bool = False  # what the turn was about (the question's names; a who-question's answer)

    def same(self, other: "Entity") -> bool:
        """True when both name the same entity ("Rudd" and "Amber Rudd")."""
        if self.tokens and other.tokens:
            return self.tokens <= other.tokens or other.tokens <= self.tokens
        if not self.tokens and other.roles and self.roles:
            return bool(self.roles & other.roles)
        return False

    def merge(self, other: "Entity") -> None:
        """Take what ``other`` knows (a fuller name, a gender, a kind)."""
        if other.tokens and (not self.tokens or len(other.tokens) > len(self.tokens)):
            self.name, self.tokens = other.name, other.tokens
        if self.kind in ("role", "thing") and other.kind in ("person", "org"):
            self.kind = other.kind
        self.gender = self.gender or other.gender
        self.plural = self.plural or other.plural
        self.roles |= other.roles


def _strip_possessive(tok: str) -> tuple[str, bool]:
    for s in ("'s", "’s"):
        if tok.endswith(s):
            return tok[: -len(s)], True
    if tok.endswith(("s'", "s’")):
        return tok[:-1], True
    return tok, False


def _sentence_starts(text: str) -> set[int]:
    """Offsets where a sentence (or a quotation) starts in ``text``."""
    starts = {0}
    for m in re.finditer(r"(?:[.!?]+[\"”’']*|\n|^)\s*[\"“‘']?", text):
        starts.add(m.end())
    for m in re.finditer(r"[\"“]\s*", text):
        starts.add(m.end())
    return starts


@dataclass
class Mention:
    """One capitalised run found in a text."""

    start: int
    end: int
    words: list[str]
    role: list[str]
    name: list[str]
    head: str | None = None  # a following organisation noun ("group")
    article: bool = False  # preceded by "the"
    role_before: bool = False  # a lower-case role word right before it ("director Helen Voss")
    place: bool = False  # after "in", "at", "near" or "from"


def mentions(text: str) -> list[Mention]:
    """The capitalised name runs of ``text``, split into role words and the name proper."""
    toks = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[\w][\w'’.&-]*[\w'’]|[\w]", text)]
    starts = _sentence_starts(text)
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        tok, a, b = toks[i]
        word, poss = _strip_possessive(tok)
        word = word.rstrip(".")
        if not _name_word(word, a in starts or _after_open(text, a)):
            i += 1
            continue
        run = [(word, a, a + len(word))]
        j = i + 1
        while not poss and j < len(toks):
            t2, a2, b2 = toks[j]
            w2, p2 = _strip_possessive(t2)
            w2 = w2.rstrip(".")
            gap = text[run[-1][2]:a2]
            if gap.strip() not in ("", ) or "\n" in gap:
                break
            if w2.lower() in ("of", "for", "and", "de", "van", "von", "al", "bin", "la", "le", "du") and j + 1 < len(toks) \
                    and _name_word(toks[j + 1][0].rstrip("'’s."), False) and w2.lower() != "and":
                run.append((w2, a2, b2))
                j += 1
                continue
            if not _name_word(w2, False):
                break
            run.append((w2, a2, a2 + len(w2)))
            j += 1
            if p2:
                poss = True
                break
        # trailing connectors are not part of the name
        while run and run[-1][0].lower() in ("of", "for", "de", "van", "von", "al", "bin", "la", "le", "du"):
            run.pop()
        words = [w for w, _, _ in run]
        role, name = _split_role(words)
        start, end = run[0][1], run[-1][2]
        m = Mention(start, end, words, role, name)
        before = text[max(0, start - 40):start]
        m.article = bool(re.search(r"\bthe\s+$", before, re.I))
        prev_word = re.findall(r"([\w-]+)\s+$", before)
        m.role_before = bool(prev_word and prev_word[0].lower() in _ROLE)
        m.place = bool(prev_word and prev_word[0].lower() in ("in", "at", "near", "from", "across", "outside"))
        if not poss:
            one = re.match(r"\s+([a-z-]+)\b", text[end:end + 40])
            two = re.match(r"\s+([a-z-]+)\s+([a-z-]+)\b", text[end:end + 40])
            if two and two.group(1) in _ORG_HEADS and two.group(2) in _ORG_HEADS:
                m.head, m.end = f"{two.group(1)} {two.group(2)}", end + two.end()
            elif one and one.group(1) in _ORG_HEADS:
                m.head, m.end = one.group(1), end + one.end()
            elif two and two.group(2) in _ORG_HEADS and two.group(1) not in _AUX and two.group(1) not in _NOT_NAMES:
                m.head, m.end = f"{two.group(1)} {two.group(2)}", end + two.end()
        out.append(m)
        i = j
    return out


def _after_open(text: str, a: int) -> bool:
    return a > 0 and text[a - 1] in "\"“‘'(["


def _name_word(word: str, sentence_start: bool) -> bool:
    if not word or not word[0].isupper() or not any(c.isalpha() for c in word):
        return False
    low = word.lower()
    if low in _NOT_NAMES:
        return False
    if word.isupper() and len(word) == 1:
        return False
    return True


def _split_role(words: list[str]) -> tuple[list[str], list[str]]:
    """("Home Secretary", "Amber Rudd") out of "Home Secretary Amber Rudd"."""
    role: list[str] = []
    i = 0
    while i < len(words) and (words[i].lower() in _ROLE or (words[i].lower() == "of" and role)):
        role.append(words[i])
        i += 1
        # "Secretary of State": the capitalised word after "of" belongs to the role
        if role[-1].lower() == "of" and i < len(words):
            role.append(words[i])
            i += 1
    name = words[i:]
    if not name:
        return role, []
    return role, name


_PLACE_WORDS = frozenset("new san santa los las saint st fort port north south east west upper lower great".split())
_THING_HEADS = frozenset("""act bill law laws agreement treaty deal partnership plan bridge street road avenue
    house hall square park river lake sea ocean island islands mountain city county state states kingdom
    union republic journal post times tower centre center market exchange index award prize war day
    week month crisis summit games cup olympics airport station building palace church cathedral
    mosque museum library stadium hotel hospital program programme project""".split())


def _kind(m: Mention, text: str) -> tuple[str, bool]:
    """The kind of a mention (person, org, thing or role) and whether it is plural, by rules;
    ``text`` is what follows the mention and its article."""
    name = m.name
    if not name:
        return "role", False
    low = [w.lower().rstrip(".") for w in name]
    acronym = len(name) == 1 and name[0].replace(".", "").isupper() and len(name[0].replace(".", "")) >= 2
    if m.head or any(w in _ORG_HEADS for w in low) or (acronym and "." not in name[0]):
        plural = low[-1] in _PLURAL_NOUNS or (m.head or "").endswith(("forces", "authorities"))
        return "org", plural
    if acronym or low[-1] in _THING_HEADS or low[0] in _PLACE_WORDS or m.place:
        return "thing", False
    if len(name) == 1 and (low[0] in _PLURAL_NOUNS or re.search(r"(?:ans|ists|ats|ites|ers)$", low[0])):
        return "org", True
    if m.role or m.role_before:
        return "person", False
    if len(name) == 1 and re.search(rf"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s+{re.escape(name[0])}\b|"
                                    rf"{re.escape(name[0])}\s+(?:{_SAYS})\b)", text):
        # a surname the article has speaking ("Clinton noted", "Mrs. Clinton"): a person
        return "person", False
    if 2 <= len(name) <= 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name):
        # a run of two to four capitalised words with no organisation or place word: a person
        return "person", False
    return "thing", False


def _used_alone(word: str, text: str) -> bool:
    """True when ``word`` occurs in ``text`` without a capitalised word right before or after it."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", text):
        before = re.search(r"([\w'’]+)\s+$", text[max(0, m.start() - 30):m.start()])
        after = re.match(r"\s+([\w'’]+)", text[m.end():m.end() + 30])
        if before and before.group(1)[:1].isupper() and before.group(1).lower() not in _NOT_NAMES \
                and before.group(1).lower() not in _ROLE:
            continue
        if after and after.group(1)[:1].isupper():
            continue
        return True
    return False


def _tokens(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words if w.lower() not in _ROLE and w.lower() not in ("of", "the", "and"))


def _display(m: Mention, kind: str, text: str) -> str:
    if kind == "person":
        return " ".join(m.name)
    if kind == "role":
        return "the " + " ".join(m.role)
    body = text[m.start:m.end]
    body = re.sub(r"['’]s$", "", body)
    return ("the " + body) if m.article or (m.head and kind == "org") else body


def _sentence_names(s: str) -> list[tuple[int, list[str]]]:
    """(offset, name words) of the names of a sentence, leaving out role-only runs and names that
    only modify a role ("Trump" in "Trump campaign spokesman Jason Miller")."""
    out = []
    ms = mentions(s)
    for i, mm in enumerate(ms):
        if not mm.name:
            continue
        if i + 1 < len(ms):
            between = s[mm.end:ms[i + 1].start].split()
            if between and all(w.lower() in _ROLE or w.lower() in _ORG_HEADS for w in between):
                continue
        out.append((mm.start, mm.name))
    return out


@lru_cache(maxsize=4096)
def _person_names(text: str) -> dict[str, list[tuple[str, ...]]]:
    """Surname -> the full names (two words or more) ending with it, in ``text``."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for mm in mentions(text):
        if len(mm.name) >= 2:
            full = tuple(w.lower() for w in mm.name)
            lst = out.setdefault(full[-1], [])
            if full not in lst:
                lst.append(full)
    return out


@lru_cache(maxsize=4096)
def gender_votes(text: str, name: tuple[str, ...]) -> tuple[int, int]:
    """(female, male) votes for the person ``name`` (lower-case words) in ``text``.

    A pronoun at the start of a sentence ("she said") counts for the first name of the sentence
    before it (centering); one further on, for the nearest name before it in its sentence. Quoted
    speech is left out, and a bare surname shared by two people in the text counts for neither.
    """
    f = m = 0
    fulls = _person_names(text)
    plain = _QUOTED.sub(lambda x: " " * len(x.group()), text)
    sents = [s.group() for s in _SENT.finditer(plain) if s.group().strip()]
    target_set = set(name)
    if len(name) >= 2 and " ".join(name) not in " ".join(text.lower().split()):
        return 0, 0  # the article never names this person in full: its surname may be another's
    if len(name) < 2 and len(fulls.get(name[0], [])) > 1:
        return 0, 0  # a bare "Clinton" beside Bill and Hillary: nothing here tells which

    def refers(words: list[str]) -> bool:
        low = tuple(w.lower() for w in words)
        if not set(low) <= target_set and not target_set <= set(low):
            return False
        if len(low) == 1 and len(fulls.get(low[0], [])) > 1:
            return False  # "Trump" with Donald and Ivanka Trump in the article
        return True

    prev_first: list[str] | None = None
    for s in sents:
        ns = _sentence_names(s)
        for p in re.finditer(r"\b(she|he|her|him|his|hers|herself|himself)\b", s, re.I):
            before = [n for off, n in ns if off < p.start()]
            target = before[-1] if before else prev_first
            if target and refers(target):
                if p.group(1).lower() in _FEMALE:
                    f += 1
                else:
                    m += 1
        if ns:
            prev_first = ns[0][1]
    # titles: "Mrs Rudd", "spokesman John Smith" (not "his wife Hillary Clinton" for Bill Clinton)
    # ("Mrs. Clinton" is not Bill Clinton's either, when the article names two Clintons)
    first = rf"{re.escape(name[0])}\s+" if len(name) >= 2 else r"[A-Z][\w'’-]+\s+"
    shared = len(fulls.get(name[-1], [])) > 1
    for t in re.finditer(rf"\b([A-Za-z]+)\.?\s+(?:{first}){'' if shared else '?'}{re.escape(name[-1])}\b", text, re.I):
        w = t.group(1).lower()
        if w in _FEMALE_TITLES:
            f += 2
        elif w in _MALE_TITLES:
            m += 2
    return f, m


#: articles read, beyond the answer's own, to learn a person's gender from the corpus
GENDER_ARTICLES = 8


def corpus_gender(name: tuple[str, ...], texts: Iterable[str]) -> str | None:
    """The gender the pronouns of ``texts`` (articles naming ``name`` in full) give the person
    ``name``, when they agree at least two to one; else None.

    One article can mislead: in a story about a woman who supports Donald Trump, "she" often
    follows his name. Summed over the articles that name him, the votes are his own.
    """
    f = m = 0
    for text in texts:
        a, b = gender_votes(text, name)
        f, m = f + a, m + b
    if f >= 2 * m and f > 0 and f + m >= 2:
        return "f"
    if m >= 2 * f and m > 0 and f + m >= 2:
        return "m"
    return None


def _gender(ctx: str, words: list[str]) -> str | None:
    f, m = gender_votes(ctx, tuple(w.lower() for w in words))
    return "f" if f > m else "m" if m > f else None


def entities_of(text: str, context: str | None = None, keep_roles: bool = True) -> list[Entity]:
    """The entities named in ``text`` in order of mention, merged. ``context`` (the article the
    text comes from) decides kinds and genders, and completes surnames ("Masood" is "Khalid
    Masood"); without it the text itself does."""
    ctx = context if context is not None else text
    out: list[Entity] = []
    for m in mentions(text):
        if len(m.name) == 1 and context is not None:
            fulls = _person_names(ctx).get(m.name[0].lower(), [])
            if len(fulls) == 1:
                # the surname of a person named in full elsewhere in the article
                pos = ctx.lower().find(" ".join(fulls[0]))
                words = ctx[pos:pos + len(" ".join(fulls[0]))].split() if pos >= 0 else m.name
                m = Mention(m.start, m.end, m.role + words, m.role, words, m.head, m.article, True, m.place)
        kind, plural = _kind(m, text[m.end:] + "\n" + ctx)
        ent = Entity(name=_display(m, kind, text), kind=kind, plural=plural, tokens=_tokens(m.name),
                     roles={" ".join(m.role).lower()} if m.role else set())
        if kind == "role":
            # "the Home Secretary" -> the Home Secretary named in the article, if any
            named = _role_holder(" ".join(m.role), ctx) if context is not None else None
            if named is not None:
                ent = named
            elif not keep_roles:
                continue
        if ent.kind == "person" and context is not None and ent.tokens:
            ent.gender = ent.gender or _gender(ctx, [w for w in ent.name.split() if w.lower() in ent.tokens])
        for low in [w.lower() for w in m.role]:
            if low in _FEMALE_TITLES:
                ent.gender = "f"
            elif low in _MALE_TITLES:
                ent.gender = "m"
        _add(out, ent)
    return out


def _role_holder(role: str, ctx: str) -> Entity | None:
    m = re.search(rf"\b{re.escape(role)}\s+((?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+)", ctx)
    if not m:
        return None
    name = [re.sub(r"['’]s$", "", w) for w in m.group(1).split()]
    ent = Entity(name=" ".join(name), kind="person", tokens=_tokens(name), roles={role.lower()})
    ent.gender = _gender(ctx, name)
    return ent


def _add(out: list[Entity], ent: Entity) -> None:
    for e in out:
        if e.same(ent):
            e.merge(ent)
            return
    out.append(ent)


# -- turns --------------------------------------------------------------------------------------
@dataclass
class Turn:
    """One question and its answer, with what it was about."""

    question: str
    rewritten: str
    answer: Answer
    entities: list[Entity]
    articles: dict[str, float]


def _cap_first(s: str) -> str:
    return s[:1].upper() + s[1:]


class Conversation:
    """The state of one conversation: its last turns, their entities and articles, and the last
    answer's quotes. Cheap to create; holds no I/O. Not thread-safe: serialise one
    conversation's turns (different conversations are independent).

    Args:
        max_turns: how many turns are remembered.
        boost: the score added to the previous turn's top article for the next question (smaller
            for its other articles and for older turns).
    """

    def __init__(self, max_turns: int = MAX_TURNS, boost: float = FOLLOW_UP_BOOST) -> None:
        self.max_turns = max_turns
        self.boost = boost
        self.turns: list[Turn] = []
        #: the entities the last ``rewrite`` put in place of pronouns
        self.resolved: list[Entity] = []

    # -- state ---------------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget everything (``/new``)."""
        self.turns.clear()

    @property
    def last_answer(self) -> Answer | None:
        """The last answer that had quotes, if any."""
        for t in reversed(self.turns):
            if t.answer.quotes:
                return t.answer
        return None

    def quote(self, n: int) -> Quote:
        """Quote ``n`` (from 1; -1 for the last) of the last answer.

        Raises:
            QabotError: when there is no such quote.
        """
        ans = self.last_answer
        if ans is None:
            raise QabotError("there is no answer yet to take a quote from; ask a question first")
        count = len(ans.quotes)
        if n == -1:
            n = count
        if not 1 <= n <= count:
            raise QabotError(f"there is no quote {n}; the last answer has {count} (1 to {count})")
        return ans.quotes[n - 1]

    def record(self, question: str, answer: Answer, articles: Mapping[str, Article] | None = None,
               rewritten: str | None = None, naming: Callable[[set[str]], list[str]] | None = None) -> Turn:
        """Remember a turn (``ask`` does this; front ends call it for ``/who`` and ``/said``).

        Args:
            question: what the user typed.
            answer: what was answered.
            articles: the corpus's articles by id, to learn kinds and genders from their text.
            rewritten: the question as asked, when it was rewritten.
            naming: the ids of the articles holding every one of some lower-case words
                (``CorpusIndex.articles_with``): a person's gender is then learnt from several
                articles, not from the answer's alone.
        """
        rewritten = rewritten or question
        focus = [q for q in answer.quotes if q.article.id == answer.quotes[0].article.id][:3] \
            if answer.quotes and not answer.abstained else []
        ctx = None
        if focus and articles and focus[0].article.id in articles:
            ctx = articles[focus[0].article.id].text
        q_ents = entities_of(rewritten, ctx)
        # what the answer names: the speakers and names of its quotes from the top quote's article
        a_ents: list[Entity] = []
        for q in focus:
            text = ctx if ctx is not None else q.text
            if q.speaker:
                for e in entities_of(q.speaker, text, keep_roles=False):
                    _add(a_ents, e)
            for e in entities_of(q.text, text, keep_roles=False):
                _add(a_ents, e)
        arts: dict[str, float] = {}
        if not answer.abstained:
            for rank, q in enumerate(answer.quotes[:3]):
                w = 1.0 if rank == 0 else 0.5
                arts[q.article.id] = max(arts.get(q.article.id, 0.0), w)
        # a who-question is about what the answer names that it did not; otherwise about what
        # the question names
        from .retrieval import question_type

        if question_type(rewritten) == "who":
            new = [e for e in a_ents if not any(e.same(o) for o in q_ents)]
            focus_ents = new[:1] + q_ents
        else:
            focus_ents = q_ents
        for e in focus_ents:
            e.focus = True
        order = focus_ents + a_ents
        ents: list[Entity] = []
        for e in order:
            _add(ents, e)
        if articles is not None and naming is not None:
            for e in ents:
                if e.kind == "person" and len(e.tokens) >= 2:
                    self._learn_gender(e, articles, naming, focus[0].article.id if focus else None)
        turn = Turn(question, rewritten, answer, ents, arts)
        self.turns.append(turn)
        del self.turns[:-self.max_turns]
        return turn

    def _learn_gender(self, e: Entity, articles: Mapping[str, Article], naming: Callable[[set[str]], list[str]],
                      first: str | None) -> None:
        """Set ``e.gender`` from the articles naming ``e`` in full, when they agree (their titles,
        "Mrs Rudd", "spokesman John Smith", count among the votes)."""
        name = tuple(w.lower() for w in e.name.split() if w.lower() in e.tokens)
        if len(name) < 2:
            return
        ids = [first] if first in articles else []
        ids += [a for a in naming(set(name)) if a != first][:GENDER_ARTICLES]
        g = corpus_gender(name, (articles[a].text for a in ids if a in articles))
        if g is not None:
            e.gender = g

    def boosts(self) -> dict[str, float] | None:
        """Per-article boosts for the next question: the earlier turns' articles."""
        out: dict[str, float] = {}
        for age, t in enumerate(reversed(self.turns)):
            for aid, w in t.articles.items():
                b = self.boost * w * (0.5 ** age)
                out[aid] = max(out.get(aid, 0.0), round(b, 4))
        return out or None

    def ask(self, engine: "Engine", question: str, k: int | None = None) -> Answer:
        """Answer ``question`` as the next turn of this conversation.

        Args:
            engine: the engine to ask.
            question: what the user typed.
            k: quotes wanted (default: the engine's setting).
        Returns:
            The engine's ``Answer``, with ``question`` as typed and ``rewritten`` as asked.
        Raises:
            QuestionError: for an empty or over-long question.
            QabotError: for a reference to a quote that is not there.
        """
        return _ask_conversation(self, engine, question, k)

    # -- rewriting -------------------------------------------------------------------------------
    def candidates(self) -> list[tuple[int, Entity]]:
        """(age, entity) of the remembered turns, most recent and most salient first."""
        out: list[tuple[int, Entity]] = []
        for age, t in enumerate(reversed(self.turns)):
            for e in t.entities:
                if not any(e.same(o) for _, o in out):
                    out.append((age, e))
        return out

    def _pick(self, want: str, used: list[Entity], only_last: bool = False,
              focus_only: bool = False) -> Entity | None:
        """The entity a pronoun or bare reference of type ``want`` refers to.

        ``want`` is f, m (a person of that gender), person, plural (they: an organisation or a
        plural), org, or neuter (it: a thing or an organisation).
        """
        best: tuple[tuple, Entity] | None = None
        for pos, (age, e) in enumerate(self.candidates()):
            if (only_last and age > 0) or (focus_only and not e.focus):
                continue
            if any(e is u or e.same(u) for u in used):
                continue
            fit = _fit(want, e)
            if fit is None:
                continue
            key = (age, not e.focus, fit, pos)
            if best is None or key < best[0]:
                best = (key, e)
        return best[1] if best else None

    def rewrite(self, question: str) -> str:
        """``question`` made to stand on its own, given the earlier turns (unchanged when it is not
        a follow-up or nothing fits)."""
        self.resolved = []
        if not self.turns:
            return question
        q = question.strip()
        event = _EVENT_FOLLOW_UP.match(q)
        if event is not None:
            return self._complete(event.group("wh"))
        if _ELSE_ALONE.match(q):
            return self.turns[-1].rewritten  # "What else?": the same question, for more
        about = _ABOUT_IT.search(q)
        if about is not None:
            # "What did she say about it?": "it" is what the previous question was about, not a
            # place or an agency its answer happened to name
            topic = _topic_of(self.turns[-1].rewritten)
            q = q[:about.start()] + (f"{about.group(1)} {topic}" if topic else "") + q[about.end():]
            q = re.sub(r"\s+([?.!])", r"\1", q).strip()
        ell = _ellipsis(q)
        if ell is not None:
            return self._complete(ell)
        return self._resolve(q)

    def _resolve(self, q: str, used: list[Entity] | None = None) -> str:
        used = self.resolved if used is None else used
        out: list[str] = []
        pos = 0
        events: list[tuple[int, int, str, str]] = []  # start, end, kind, word
        for m in _BARE_RE.finditer(q):
            events.append((m.start(), m.end(), "bare", m.group(2).lower()))
        for m in _PRONOUN_RE.finditer(q):
            if any(a <= m.start() < b for a, b, _, _ in events):
                continue
            events.append((m.start(), m.end(), "pron", m.group(1)))
        events.sort()
        chosen: dict[str, Entity] = {}
        for a, b, what, word in events:
            low = word.lower()
            rep = None
            if what == "bare":
                want = _BARE[low]
                key = "bare:" + want
                e = chosen.get(key) or self._pick(want if want in ("f", "m") else ("org" if want == "org" else "person"),
                                                   used)
                if e is not None:
                    chosen[key] = e
                    if e not in used:
                        used.append(e)
                    rep = e.name if e.kind != "person" else e.name
                    # keep the head noun when the name lacks it: "the group" -> "the Islamic State group"
            else:
                if low in _NEUTER and (_PLEONASTIC_IT.search(q[max(0, a - 12):b + 20])):
                    continue
                want = "f" if low in _FEMALE else "m" if low in _MALE else "plural" if low in _PLURAL else "neuter"
                e = chosen.get(want)
                if e is None:
                    e = self._pick(want, used, only_last=(want == "neuter"))
                    if e is not None:
                        chosen[want] = e
                        used.append(e)
                if e is not None:
                    possessive = low in ("his", "their", "its", "hers", "theirs") or (
                        low == "her" and _her_possessive(q, b))
                    if low in ("herself", "himself", "itself", "themselves"):
                        continue
                    # a second mention of the same pronoun keeps the pronoun ("Rudd said she...")
                    if sum(1 for x in events if x[3].lower() in _group(low) and x[0] < a):
                        continue
                    rep = e.name + ("'s" if possessive and not e.name.endswith("s") else "'" if possessive else "")
                    if low in ("hers", "theirs"):
                        rep = e.name + "'s"
            if rep is None:
                continue
            if a == 0 or re.search(r"[.?!]\s*$", q[:a]):
                rep = _cap_first(rep)
            elif rep.startswith("The "):
                rep = "t" + rep[1:]
            out.append(q[pos:a])
            out.append(rep)
            pos = b
        out.append(q[pos:])
        text = "".join(out)
        # "the the Islamic State group"
        return re.sub(r"\b(the|The)\s+the\s+", r"\1 ", text)

    def _complete(self, x: str) -> str:
        """An elliptical question (``x`` is what it asks about) completed from the previous one."""
        # "Where?" after "When? What did he do?" asks "Where? What did he do?"
        prev = re.sub(r"(?i)^(?:(?:why|when|where|how|who|what)\?\s+)+", "", self.turns[-1].rewritten.strip())
        x = self._resolve(x)
        x = x.strip().rstrip("?.!").strip()
        if re.fullmatch(r"(?i)(why|when|where|how|who|what)", x):
            return f"{_cap_first(x.lower())}? {prev}"
        xe = entities_of(x)
        xkind = xe[0].kind if xe else "topic"
        pents = entities_of(prev)
        # 1. the topic of "... about TOPIC?"
        t = re.search(r"\b(about|on|regarding|concerning|over)\s+(?P<t>[^?]+?)\s*\??$", prev, re.I)
        same = [e for e in pents if _same_kind(e.kind, xkind)]
        topic_ents = entities_of(t.group("t")) if t else []
        if t and (xkind == "topic" or not same or any(_same_kind(e.kind, xkind) for e in topic_ents)
                  or not any(e for e in pents if not e.same(topic_ents[0]) and _same_kind(e.kind, xkind))
                  if topic_ents else xkind == "topic" or not same):
            # "And about new laws?" brings its own "about"
            x = re.sub(r"(?i)^(?:about|on|regarding|concerning|over)\s+", "", x)
            return prev[: t.start("t")] + x + prev[t.end("t"):].rstrip() + ("" if prev.endswith("?") else "?")
        # 2. the entity of the same kind
        for m in mentions(prev):
            ent = entities_of(prev[m.start:m.end])
            if not ent:
                continue
            if _same_kind(ent[0].kind, xkind):
                a = m.start
                if m.article and prev[max(0, a - 4):a].lower() == "the ":
                    a -= 4
                return prev[:a] + x + prev[m.end:]
        # 3. the last phrase after a preposition ("... for the attack?" -> "... for the stabbing?")
        words = list(re.finditer(r"\b\w+\b", prev))
        for w in reversed(words[1:]):
            if w.group().lower() in _PREPS:
                return prev[: w.end()] + " " + x + "?"
        return f"{x}: {prev}"


def _topic_of(question: str) -> str | None:
    """What ``question`` is about: its "about TOPIC", else the thing it names, else the phrase
    after its last preposition ("... for the attack?" -> "the attack"), if short; else None."""
    t = _TOPIC.search(question)
    if t:
        return t.group("t")
    things = [e for e in entities_of(question) if e.kind in ("thing", "org") and not e.plural]
    if things:
        # with the nouns it modifies when they end the question: "the Westminster attacker"
        m = re.search(re.escape(things[0].name) + r"(?:\s+[a-z][\w'’-]*){0,2}(?=\s*[?.!]*\s*$)", question)
        return m.group() if m else things[0].name
    words = list(re.finditer(r"\b[\w'’-]+\b", question))
    for i in range(len(words) - 1, 0, -1):
        if words[i].group().lower() in _PREPS:
            rest = question[words[i].end():].strip(" ?.!")
            return rest if rest and len(rest.split()) <= 4 else None
    return None


def _group(low: str) -> set[str]:
    for g in (_FEMALE, _MALE, _PLURAL, _NEUTER):
        if low in g:
            return g
    return {low}


def _same_kind(a: str, b: str) -> bool:
    if a == b:
        return True
    return {a, b} <= {"org", "thing"} or {a, b} <= {"person", "role"}


def _fit(want: str, e: Entity) -> int | None:
    """How well ``e`` fits a pronoun of type ``want``: 0 best, None not at all."""
    if want in ("f", "m"):
        if e.kind not in ("person", "role"):
            return None
        if e.gender == want:
            return 0
        if e.gender is None:
            return 1 if e.kind == "person" else 2
        return None
    if want == "person":
        return 0 if e.kind == "person" else 1 if e.kind == "role" else None
    if want == "plural":
        if e.kind == "org":
            return 0 if e.plural else 1
        return None
    if want in ("org", "neuter"):
        return 0 if e.kind in ("org", "thing") and not e.plural else None
    return None


def _her_possessive(q: str, end: int) -> bool:
    """"her" followed by a noun is possessive ("her plan"), else an object ("ask her about")."""
    nxt = re.match(r"\s+([A-Za-z'-]+)", q[end:])
    if not nxt:
        return False
    w = nxt.group(1).lower()
    return w not in _PREPS and w not in _AUX and w not in ("and", "or", "but", "that", "if", "to", "say", "said",
                                                           "says", "tell", "told", "when", "why", "how", "so")


_ELLIPSIS = re.compile(
    r"^\s*(?:(?:and|but|so|also|ok|okay)[,\s]+)?(?:what|how)\s+about\s+(?P<x>.+?)\s*[?.!]*\s*$|"
    r"^\s*(?:and|but|also)[,\s]+(?P<y>.+?)\s*[?.!]*\s*$|"
    r"^\s*(?:same|likewise)\s+(?:for|with)\s+(?P<z>.+?)\s*[?.!]*\s*$", re.I)


def _ellipsis(q: str) -> str | None:
    """What an elliptical question asks about ("And Apple?" -> "Apple"), else None."""
    m = _ELLIPSIS.match(q)
    if m:
        x = m.group("x") or m.group("y") or m.group("z")
        first = x.split()[0].lower() if x.split() else ""
        if m.group("y") and (first in _WH or first in _AUX or len(x.split()) > 6):
            return None  # "And did she say anything else?" is a whole question
        return x
    words = q.rstrip("?.! ").split()
    if q.rstrip().endswith("?") and 1 <= len(words) <= 3 and words[0].lower() not in _AUX \
            and words[0].lower() not in ("who", "what", "which", "whom", "whose") \
            and not any(w.lower() in _AUX for w in words[1:]):
        return q.rstrip("?.! ")
    return None


# -- quote references ----------------------------------------------------------------------------
@dataclass
class QuoteRef:
    """A question about an earlier quote: ``action`` is said, open, more (the paragraph and
    the next one: "tell me more") or source."""

    action: str
    n: int


def parse_quote_ref(question: str) -> QuoteRef | None:
    """``QuoteRef`` for "who said the second one?", "open the first quote", "where is quote 2
    from?", "who said that?", "tell me more"; else None."""
    if _WHO_SAID_THAT.match(question):
        return QuoteRef("said", 1)
    if _MORE.match(question):
        return QuoteRef("more", 1)
    m = _QREF.search(question)
    if not m:
        return None
    if m.group("ord"):
        n = ORDINALS[m.group("ord").lower()]
        # "the first" alone must be followed by an item word or end the question
        tail = question[m.end():].strip(" ?.!")
        if not re.search(rf"\b{_ITEM}\b", m.group(0), re.I) and tail and not re.match(r"(?i)from\b", tail):
            return None
    else:
        n = int(m.group("num") or m.group("hash") or m.group("br"))
    if _WHO_SAID_REF.match(question):
        return QuoteRef("said", n)
    if _OPEN_REF.match(question):
        return QuoteRef("open", n)
    if _SOURCE_REF.match(question) or re.search(r"\bfrom\s*\??\s*$", question, re.I):
        return QuoteRef("source", n)
    return None


# -- asking ---------------------------------------------------------------------------------------
def _ask_conversation(conv: Conversation, engine: "Engine", question: str, k: int | None) -> Answer:
    from .engine import clean_question

    from .lookup import strip_frame

    # "And what was the headline?" is "What was the headline?" to every follow-up rule below
    q = strip_frame(clean_question(question, engine.settings.max_question_chars))
    index = engine.index()
    articles = index.articles
    if conv.last_answer is None and _MORE.match(q):
        raise QabotError("there is no answer yet to read on from; ask a question first")
    ref = parse_quote_ref(q) if conv.last_answer is not None else None
    if ref is not None:
        answer = quote_answer(conv, engine, q, ref)
        conv.record(q, answer, articles, rewritten=answer.rewritten, naming=index.articles_with)
        return answer
    from .lookup import parse_article_lookup

    # "Who wrote it?" / "Summarise it" / "What was the headline?" are about the conversation's
    # article (its boost), not an entity for "it"
    article_lookup = parse_article_lookup(q)
    rewritten = q if article_lookup is not None and article_lookup[1] == "" else conv.rewrite(q)
    boosts = conv.boosts()
    answer = engine.ask(rewritten, k=k, boost_articles=boosts)
    if _ELSE.search(q) and conv.last_answer is not None:
        answer = _not_shown(conv, engine, rewritten, answer, k or engine.settings.top_k, boosts)
    event = _EVENT_FOLLOW_UP.match(q) if rewritten != q else None
    if event is not None:
        answer = _with_event_passage(conv, answer, event.group("wh"), k or engine.settings.top_k)
    if rewritten != q and _PRONOUN_RE.search(q) and not answer.abstained and answer.quotes:
        from .lookup import parse_lookup

        if parse_lookup(rewritten) is None:
            answer = _fuse(engine, q, rewritten, answer, k or engine.settings.top_k, boosts, conv.resolved)
    answer = answer.model_copy(update={"question": q, "rewritten": rewritten})
    conv.record(q, answer, articles, rewritten=rewritten, naming=index.articles_with)
    return answer


def _overlap(a: Quote, b: Quote) -> bool:
    """True when two quotes share text of one article."""
    return a.article.id == b.article.id and a.start < b.end and b.start < a.end


def _not_shown(conv: Conversation, engine: "Engine", rewritten: str, answer: Answer, k: int,
               boosts: dict[str, float] | None) -> Answer:
    """For "What else did she say?": the answer without the passages the conversation has shown,
    asked again for as many more; unchanged when nothing else is found."""
    shown = [x for t in conv.turns for x in t.answer.quotes]
    wider = engine.ask(rewritten, k=k + len(shown), boost_articles=boosts)
    new = [x for x in wider.quotes if not any(_overlap(x, s) for s in shown)]
    if wider.abstained or not new:
        return answer
    return wider.model_copy(update={"quotes": new[:k]})


def _with_event_passage(conv: Conversation, answer: Answer, wh: str, k: int) -> Answer:
    """For "When did it happen?": the passage the last answer led with tells of "it"; when it
    also offers what is asked (a date for "when", a place for "where"), it comes first."""
    from .retrieval import type_bonus

    last = next((t.answer for t in reversed(conv.turns) if not t.answer.abstained and t.answer.quotes), None)
    if last is None:
        return answer
    top = last.quotes[0]
    if type_bonus(wh.lower(), top.text, wh) <= 0:
        return answer
    rest = [x for x in answer.quotes if not _overlap(x, top)]
    return answer.model_copy(update={"abstained": False, "quotes": ([top] + rest)[:k]})


def _fuse(engine: "Engine", q: str, rewritten: str, answer: Answer, k: int,
          boosts: dict[str, float] | None, resolved: list[Entity]) -> Answer:
    """Put first the passage the question *as typed* finds in the conversation's articles, when it
    is a confident answer on its own.

    The rewritten question names the entity ("Did the Islamic State group direct Khalid Masood?"),
    which favours the sentence that introduced it, usually the previous answer; the article itself
    refers back to it with the same pronoun the user used ("no evidence that the group directed
    him"). The question as typed, kept to the conversation's articles, finds that passage. It is
    not trusted when the passage is attributed to another person than the one the pronoun was
    resolved to.
    """
    b = engine.ask(q, k=max(3 * k, 10), boost_articles=boosts)
    if b.abstained or not b.quotes:
        return answer
    # the question as typed only makes sense in the conversation's articles
    b_quotes = [x for x in b.quotes if boosts and x.article.id in boosts]
    if not b_quotes:
        return answer
    top = b_quotes[0]
    if top.score < engine.threshold:
        return answer
    if top.speaker and resolved:
        # a passage attributed to another person: its pronoun is that person, not ours
        people = [e for e in entities_of(top.speaker, keep_roles=False) if e.kind == "person"]
        ours = [e for e in resolved if e.kind in ("person", "role")]
        if people and ours and not any(p.same(o) for p in people for o in ours):
            return answer
    rest = [x for x in answer.quotes if not _overlap(x, top)]
    return answer.model_copy(update={"quotes": ([top] + rest)[:k]})


def quote_answer(conv: Conversation, engine: "Engine", question: str, ref: QuoteRef) -> Answer:
    """The answer to a question about quote ``ref.n`` of the last answer."""
    from .answer import verify

    quote = conv.quote(ref.n)
    number = ref.n if ref.n > 0 else len(conv.last_answer.quotes)
    label = f"quote {number}"
    prompts = engine.prompts()
    if ref.action == "open":
        art, para = paragraph_of(engine, quote)
        passage = Quote(text=art.text[para[0]:para[1]], start=para[0], end=para[1], score=quote.score,
                        paragraph=quote.paragraph, speaker=quote.speaker, article=quote.article)
        return Answer(question=question, abstained=False, quotes=[passage], kind="open",
                      rewritten=f"open {label}",
                      message=prompts.render("quote_open", n=number, title=quote.article.title))
    if ref.action == "more":
        art, para = paragraph_of(engine, quote)
        following = [p for p in art.paragraphs if p.start >= para[1]]
        start, end = para[0], following[0].end if following else para[1]
        if (conv.last_answer.rewritten or "").startswith("more of") and following:
            start = following[0].start  # "go on" after "tell me more": the next paragraph only
        at = art.paragraph_at(start)
        passage = Quote(text=art.text[start:end], start=start, end=end, score=quote.score,
                        paragraph=quote.paragraph if at is None else at,
                        speaker=None, article=quote.article)  # more than the speaker's words
        return Answer(question=question, abstained=False, quotes=[verify(passage, art)], kind="open",
                      rewritten=f"more of {label}",
                      message=prompts.render("quote_more", n=number, title=quote.article.title))
    if ref.action == "source":
        return Answer(question=question, abstained=False, quotes=[quote], kind="source",
                      rewritten=f"source of {label}",
                      message=prompts.render("quote_source", n=number, title=quote.article.title,
                                             path=quote.article.path))
    # who said it: the speaker the store attributes the quote to, else the statements it holds
    rewritten = f"Who said “{_short(quote.text)}”?"
    if quote.speaker:
        return Answer(question=question, abstained=False, quotes=[quote], kind="said", rewritten=rewritten,
                      message=prompts.render("quote_said", speaker=quote.speaker, n=number))
    found = engine.said(_short(quote.text, 200))
    hits = [q for q in found.quotes if q.article.id == quote.article.id and q.speaker
            and q.start < quote.end and quote.start < q.end]
    if hits:
        return Answer(question=question, abstained=False, quotes=hits[:1], kind="said", rewritten=rewritten,
                      message=prompts.render("quote_said", speaker=hits[0].speaker, n=number))
    return Answer(question=question, abstained=False, quotes=[quote], kind="said", rewritten=rewritten,
                  message=prompts.render("quote_unattributed", n=number))


def _short(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0]


def paragraph_of(engine: "Engine", quote: Quote) -> tuple[Article, tuple[int, int]]:
    """The article of ``quote`` and the (start, end) of the paragraph(s) around it."""
    art = engine.article(quote.article.id)
    paras = [p for p in art.paragraphs if p.start < quote.end and quote.start < p.end]
    if not paras:
        return art, (quote.start, quote.end)
    return art, (min(p.start for p in paras), max(p.end for p in paras))


