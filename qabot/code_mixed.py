"""Questions that mix English with another language, or are written in it, read in English: Hindi
and Tagalog here, and the others in ``languages`` (Spanish, Catalan, French, Italian, Portuguese,
German, Dutch, the Scandinavian languages, Finnish, Welsh, Polish, Czech, Serbo-Croatian, Romanian,
Hungarian, Greek, Russian, Ukrainian, Turkish, Arabic typed in Latin letters, Hebrew, Persian,
Swahili, Punjabi, Marathi, Gujarati, Nepali, Bengali, Tamil, Telugu, Malayalam, Thai, Vietnamese,
Indonesian or Malay, Chinese, Japanese, Korean).

Many people ask in two languages at once, typed in Latin letters: Indians in Hindi and English
("Rudd ne WhatsApp ke baare mein kya bola?"), Mexican Americans in Spanish and English ("qué dijo
Rudd about WhatsApp?"), Filipinos in Tagalog and English ("Ano sinabi ni Rudd about WhatsApp?"),
the French, Germans and Italians in theirs ("qui a dit that ...?", "Wer hat the article
geschrieben?", "Chi ha detto that ...?").
The English words are the names and things the articles hold; the other language's are the
question's frame. Glossing the common words of that language (question words, particles,
auxiliaries, verbs of saying and happening) lets the rest of the reading (question type,
look-ups, checks) work as on an English question. Each language's module has its idioms and, where
its order differs from English, puts the glossed words in English order ("Masood umur berapa?" →
"how old is Masood?", "Was hat Rudd über WhatsApp gesagt?" → "what did Rudd say about WhatsApp?").
The language a question shows most is read (``read_code_mixed``); Hindi first, as its neighbours
share its commonest words. A question is normalised to composed accents first, as Greek ones typed
apart would split a word.
"""
from __future__ import annotations

import re
import unicodedata

from .languages import Language
from .languages.arabizi import ARABIZI
from .languages.bengali import BENGALI
from .languages.catalan import CATALAN
from .languages.czech import CZECH
from .languages.dutch import DUTCH
from .languages.finnish import FINNISH
from .languages.french import FRENCH
from .languages.german import GERMAN
from .languages.chinese import CHINESE
from .languages.greek import GREEK
from .languages.gujarati import GUJARATI
from .languages.hebrew import HEBREW
from .languages import hindi_urdu
from .languages.hungarian import HUNGARIAN
from .languages.indonesian import INDONESIAN
from .languages.italian import ITALIAN
from .languages.japanese import JAPANESE
from .languages.korean import KOREAN
from .languages.malayalam import MALAYALAM
from .languages.marathi import MARATHI
from .languages.nepali import NEPALI
from .languages.persian import PERSIAN
from .languages.romanian import ROMANIAN
from .languages.polish import POLISH
from .languages.portuguese import PORTUGUESE
from .languages.punjabi import PUNJABI
from .languages.russian import RUSSIAN
from .languages.scandinavian import SCANDINAVIAN
from .languages.serbocroatian import SERBOCROATIAN
from .languages.spanish import SPANISH
from .languages.swahili import SWAHILI
from .languages.tamil import TAMIL
from .languages.telugu import TELUGU
from .languages.turkish import TURKISH
from .languages.ukrainian import UKRAINIAN
from .languages.vietnamese import VIETNAMESE
from .languages.welsh import WELSH
from .languages.thai import THAI

# the common words of Hindi, in English
_HINDI = {
    "kya": "what", "kaun": "who", "kaunsa": "which", "kaunse": "which", "kaunsi": "which", "konsa": "which",
    "konse": "which", "konsi": "which", "kis": "which", "kisne": "who", "kisko": "whom", "kise": "whom",
    "kiska": "whose", "kiski": "whose", "kiske": "whose", "kab": "when", "kahan": "where", "kahaan": "where",
    "kyun": "why", "kyon": "why", "kyu": "why", "kaise": "how", "kitne": "how many", "kitna": "how much",
    "kitni": "how many", "naam": "name", "saal": "years", "log": "people", "logon": "people", "logo": "people",
    "din": "day", "baat": "talk", "pehle": "before", "baad": "after", "sirf": "only", "aur": "and",
    "ya": "or", "nahi": "not", "nahin": "not", "agar": "if", "saath": "with", "bola": "said", "boli": "said",
    "bole": "said", "kaha": "said", "likha": "wrote", "likhi": "wrote", "hua": "happened", "hui": "happened",
    "hue": "happened", "mara": "died", "mare": "died", "maara": "killed", "maari": "killed", "maare": "killed",
    "chahti": "wants", "chahta": "wants", "chahte": "want", "diya": "gave", "kiya": "did", "pakda": "caught",
    "sheher": "city", "shehar": "city", "jawab": "answer", "malik": "owner", "akela": "alone", "pata": "known",
    "koi": "any", "apna": "own", "apni": "own", "apne": "own", "asli": "real", "naya": "new", "nayi": "new",
    "naye": "new", "sakta": "can", "sakti": "can", "sakte": "can", "kehna": "say", "bheja": "sent",
    "bheji": "sent", "padh": "read", "rokna": "stop", "aasaan": "easy", "kaam": "work", "rehta": "lived",
    "rehne": "live", "aaya": "came", "aayi": "came", "is": "this", "iss": "this",
}
# particles and words of talk, left out: "ne", "ka", "hai", "tha", "yaar", "batao"
_HINDI_PARTICLES = frozenset("""ne ka ki ke ko se pe par mein me hai hain tha thi yaar bhai batao bata batana matlab
    na hi bhi sab yeh ye woh wo isme usme iska uska uski uske iske wala wali wale raha rahi rahe jo toh gaya gayi
    gaye karke karna kar ho hoga hogi tak""".split())
# Hindi's and Urdu's many other words (``hindi_urdu``)
_HINDI = {**_HINDI, **hindi_urdu.HINDI_ADD}
_HINDI_PARTICLES = _HINDI_PARTICLES | hindi_urdu.PARTICLES_ADD
# the words that show a question is in Hindi: none of them English ("log", "din", "mare" are) nor
# another language's
_HINDI_MARK = (frozenset(_HINDI) | _HINDI_PARTICLES) - frozenset(
    "log din mare hue ya hi me wo jo par bole pata na sab the kar ho tak aur ne ka ki ke se baat koi".split()) - \
    hindi_urdu.MARK_EXCLUDE
_HINDI_ASKED = re.compile(r"what|who|whom|whose|which|when|where|why|how|how many|how much")


# the verbs glossed, and their base forms after "did" or "does"
_HINDI_VERBS = {"said": "say", "wrote": "write", "happened": "happen", "died": "die", "killed": "kill",
                "wants": "want", "want": "want", "gave": "give", "did": "do", "caught": "catch", "sent": "send",
                "came": "come", "lived": "live", "live": "live", "stop": "stop", "read": "read", "say": "say"}
# the nouns glossed, which may be owned ("attacker ka naam")
_HINDI_NOUNS = frozenset({"name", "years", "people", "day", "talk", "city", "answer", "owner", "work"}) | hindi_urdu.NOUNS_ADD
_HINDI_VERBS = {**_HINDI_VERBS, **hindi_urdu.VERBS_ADD}
# postpositions, which follow their noun in Hindi and go before it in English
_HINDI_POSTPOSITIONS = {"saath": "with", "baad": "after", "through": "through", "zariye": "through", "bina": "without",
                        **hindi_urdu.POSTPOSITIONS_ADD}


def _hindi(question: str) -> str:
    """``question`` with its Hindi in English ("Rudd ne yeh sab kaunse show pe bola tha?" → "which
    show did Rudd say?", "attacker ka naam kya tha?" → "what was attacker's name?"), in English
    order: the question word first, a verb after its subject, a postposition before its noun, an
    owner before what it owns. As it is unless it has words of Hindi in it (two that are no English
    words, three in all)."""
    words = re.findall(r"[\w'’-]+|[^\w\s]", question)
    if len({w.lower() for w in words} & _HINDI_MARK) < 2 or \
            sum(w.lower() in _HINDI_MARK or w.lower() in _HINDI_PARTICLES for w in words) < 3:
        return question
    # its phrases, once the words as typed have shown Hindi: a phrase written in English ("kitne
    # saal ka tha" → "how old was") takes its marks with it
    for pattern, plain in hindi_urdu.IDIOMS:
        question = pattern.sub(plain, question)
    words = re.findall(r"[\w'’-]+|[^\w\s]", question)
    # (word, kind): "en" a word as typed, "wh" a question word, "verb", "post", "mark" punctuation
    out: list[list[str]] = []
    past = any(w.lower() in ("tha", "thi", "the") for w in words)

    def run_start() -> int:
        """Where the words as typed just before the end of ``out`` begin."""
        j = len(out)
        while j > 0 and out[j - 1][1] == "sep":
            j -= 1
        while j > 0 and out[j - 1][1] == "en":
            j -= 1
        return j

    for i, w in enumerate(words):
        low = w.lower()
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if low == "baare" and after in ("mein", "me"):
            out.insert(run_start(), ["about", "post"])
        elif low in ("hisaab", "hawale", "mutabik") and after == "se":
            # "Rudd ke hisaab se": according to Rudd
            out.insert(run_start(), ["according to", "post"])
        elif low in _HINDI_POSTPOSITIONS and (low != "through" or words[i - 1].lower() in ("ke", "ki")):
            out.insert(run_start(), [_HINDI_POSTPOSITIONS[low], "post"])
        elif low in ("ka", "ki", "ke") and out and out[-1][1] == "en" and re.match(r"\w", after) \
                and (after not in _HINDI or _HINDI[after] in _HINDI_NOUNS) and after not in _HINDI_PARTICLES \
                and after not in _HINDI_POSTPOSITIONS and after not in ("baare", "hisaab", "hawale", "mutabik", "taraf"):
            # "attacker ka naam": the attacker's name
            out[-1][0] += "'s"
        elif low in _HINDI_PARTICLES or (low == "kya" and i == 0) or (low == "the" and not re.match(r"\w", after)):
            # (a particle parts the words around it: "Rudd ne WhatsApp ke baare mein" is about WhatsApp;
            # "Theresa May ne WhatsApp" names two)
            out.append(["", "sep"])
            if len(out) > 1:
                out[-2].append("parted")
        elif low in _HINDI and (low != "is" or w == "is"):
            english = _HINDI[low]
            kind = "wh" if _HINDI_ASKED.fullmatch(english) else "verb" if english in _HINDI_VERBS else "other"
            out.append([english, kind])
        else:
            out.append([w, "en" if re.match(r"\w", w) else "mark"])
    out = [x for x in out if x[1] != "sep"]
    # the first clause is the question; what follows a comma is said again or added
    first = next((k for k, (_, kind, *_) in enumerate(out) if kind == "mark"), len(out))
    clause, tail = out[:first], out[first:]
    wh = next((k for k, (_, kind, *_) in enumerate(clause) if kind == "wh"), None)
    if wh is None:
        return re.sub(r"\s+([?.!,])", r"\1", " ".join(x for x, *_ in out)).strip(" ,?") + "?"
    asked = clause[wh][0]
    rest = clause[:wh] + clause[wh + 1:]
    if asked in ("which", "whose", "how many", "how much") and wh < len(clause) - 1 \
            and clause[wh + 1][1] in ("en", "other"):
        asked += " " + clause[wh + 1][0]
        rest = clause[:wh] + clause[wh + 2:]
    verbs = [k for k, (_, kind, *_) in enumerate(rest) if kind == "verb"]
    if not verbs:
        body = f"{asked} {'was' if past else 'is'} " + " ".join(x for x, *_ in rest)
    else:
        verb = rest.pop(verbs[-1])[0]
        if verb in ("happened", "died", "came") or (asked in ("who", "what") and (asked == "who" or not rest)):
            body = f"{asked} {verb} " + " ".join(x for x, *_ in rest)
        else:
            subject = next((k for k, (_, kind, *_) in enumerate(rest) if kind == "en"), None)
            if subject is None:
                body = f"{asked} {verb} " + " ".join(x for x, *_ in rest)
            else:
                # (a name of several words is one subject: "Theresa May", "Islamic State")
                last = subject
                while last + 1 < len(rest) and rest[last + 1][1] == "en" and rest[subject][0][:1].isupper() \
                        and rest[last + 1][0][:1].isupper() and "parted" not in rest[last]:
                    last += 1
                who = " ".join(x for x, *_ in rest[subject:last + 1])
                words_after = [x for k, (x, *_) in enumerate(rest) if not subject <= k <= last]
                aux = "does" if verb.endswith("s") else "do" if verb == _HINDI_VERBS[verb] else "did"
                body = f"{asked} {aux} {who} {_HINDI_VERBS[verb]} " + " ".join(words_after)
    more = re.sub(r"\s+([?.!,])", r"\1", " ".join(x for x, *_ in tail)).strip(" ,?")
    return re.sub(r"\s{2,}", " ", body).strip() + "?" + (f" {more}?" if more else "")


# Tagalog ("Sino po yung attacker?", "Ilang taon na ba si Masood?")
_TAGALOG_IDIOMS = [(re.compile(p, re.I), plain) for p, plain in [
    (r"\bilang\s+taon\b", "how old"), (r"\bbuhay\s+pa\b", "alive"),
]]
_TAGALOG = {
    "ano": "what", "anong": "what", "sino": "who", "sinong": "who", "saan": "where", "saang": "which",
    "kailan": "when", "ilan": "how many", "ilang": "how many", "bakit": "why", "paano": "how", "alin": "which",
    "kanino": "whose", "sinabi": "said", "nagsabi": "said", "nangyari": "happened", "namatay": "died",
    "napatay": "killed", "pinatay": "killed", "ginamit": "used", "ginawa": "did", "sinaksak": "stabbed",
    "nagsalita": "spoke", "nagsulat": "wrote", "sumulat": "wrote", "gusto": "wants", "inutusan": "ordered",
    "gagawin": "will do", "kailangan": "need", "taon": "years", "araw": "day", "pulis": "police",
    "gobyerno": "government", "kotse": "car", "tao": "people", "mag-isa": "alone", "away": "fight",
    "pag-atake": "attack", "atake": "attack", "pangalan": "name", "kung": "if", "at": "and", "o": "or",
    "hindi": "not", "ayaw": "refuse", "bigyan": "give", "mabasa": "read", "dati": "before",
    "yung": "the", "ang": "the", "sa": "in", "oras": "time", "tawag": "call", "sagot": "answer", "bago": "before",
    "nasugatan": "injured", "nakatira": "lived", "batas": "law", "gamit": "use", "galing": "from",
}
_TAGALOG_DROPPED = frozenset("po ba ng na naman talaga lang daw din rin pa si ni mga kay nila niya "
                             "yun to dito dun siya kanya kanila nga eh kasi raw ito iyon nung".split())
_TAGALOG_MARK = frozenset("ano anong sino sinong saan saang kailan ilan ilang bakit paano kanino po yung ang ng naman "
                          "talaga daw niya nila sinabi nangyari namatay napatay ginamit ginawa nagsalita nagsulat "
                          "gusto pulis gobyerno kotse taon siya ba nung".split())


_ASKING = frozenset({"who", "whom", "whose", "what", "which", "when", "where", "why", "how", "how many", "how much"})


def _marks(question: str, words_in: dict[str, str], marks: frozenset[str]) -> int:
    """How strongly ``question`` shows a language: its words among ``marks``, a word with an
    accent ("qué", "cuántos") or a question word ("qui", "wer") counting twice, as no English
    word is one. A question word typed with a capital inside the question is a name ("Who is Wer?")."""
    typed = {w.lower() for k, w in enumerate(re.findall(r"[\w'’-]+", question))
             if k == 0 or not w[0].isupper() or words_in.get(w.lower()) not in _ASKING} & marks
    strong = sum(bool(re.search(r"[áéíóúñàâãõçèêëîïôûüäößýčďěňřšťůžąęćłńśźżışğİ]", w)) or words_in.get(w) in _ASKING for w in typed)
    return len(typed) + strong


def _glossed(question: str, idioms, words_in, dropped, reorder=None, shared=frozenset()) -> str:
    """``question`` with the words of a language in English (``idioms`` first, ``dropped`` left
    out, then put in English order by ``reorder``). A word ``shared`` with English is glossed
    only before a word of the language or a name: Portuguese "no WhatsApp" is "in the
    WhatsApp", but "no place for terrorists" is English."""
    for pattern, plain in idioms:
        question = pattern.sub(plain, question)

    def english(m: re.Match) -> str:
        low = m.group(0).lower()
        if low in dropped:
            return ""
        if m.group(0)[0].isupper() and m.start() > 0 and words_in.get(low) in _ASKING:
            return m.group(0)
        if low in shared:
            after = re.match(r"\s+([\w'’-]+)", m.string[m.end():])
            if after and not after.group(1)[0].isupper() and after.group(1).lower() not in words_in:
                return m.group(0)
        return words_in.get(low, m.group(0))
    out = re.sub(r"(?<![\w'’-])[\w'’-]+(?![\w'’-])", english, re.sub(r"[¿¡]", "", question))
    out = re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", out)).strip(" ,")
    if reorder is not None:
        # (the marks a language's reading joins a phrase with, "about·WhatsApp", never reach the
        # question, even from a part its order left alone: "..., author nu naam?")
        out = re.sub(r"\s{2,}", " ", re.sub(r"[§¤]", "", reorder(out).replace("·", " "))).strip()
    # "who the attacker?" ("Sino yung attacker?"): who is
    out = re.sub(r"^(who|what|which|where|when)\s+(?=the\b)", r"\1 is ", out, flags=re.I)
    out = re.sub(r"^((?i:how\s+old))\s+(?=[A-Z]|(?i:the)\b)", r"\1 is ", out)
    first = out.split()[0] if out.split() else ""
    if out[:1].isupper() and not first.isupper() and first.lower() in words_in.values():
        return out[:1].lower() + out[1:]
    return out


_LANGUAGES = [
    SPANISH,
    Language(_TAGALOG_IDIOMS, _TAGALOG, _TAGALOG_DROPPED, _TAGALOG_MARK),
    FRENCH,
    GERMAN,
    ITALIAN,
    PORTUGUESE,
    HEBREW,
    # (last: a tie goes to the languages above, whose words these share; Gujarati before Arabizi, whose "shu"
    # and "ma", what and not, are Gujarati's what and in)
    INDONESIAN, CZECH, GREEK, GUJARATI, ARABIZI, DUTCH, POLISH, RUSSIAN, TURKISH, SCANDINAVIAN, FINNISH, SWAHILI, PERSIAN,
    JAPANESE, CHINESE, VIETNAMESE, KOREAN, HUNGARIAN, ROMANIAN, THAI, SERBOCROATIAN, UKRAINIAN, BENGALI, TAMIL, MALAYALAM, TELUGU, WELSH, PUNJABI,
    MARATHI, CATALAN, NEPALI,
]
# Hindi's neighbours share its commonest words, Punjabi ("kaun", "kyon", "naam", "hai"), Marathi
# ("nahi", "hota", "sarkar", "gaadi"), Gujarati ("kya", its where, "naam", "nahi", "thi") and Nepali
# ("ko", "naam", "malik"), so a question in one often shows Hindi too ("Apple ne FBI di madad kyon nahi
# kitti?", "Masood chi gaadi kuthun ghetli hoti? police la mahit nahi"): only Hindi's marks that are no
# words of the neighbour's are weighed against it
_HINDI_NEIGHBOURS = [(lang, _HINDI_MARK - frozenset(lang.words) - lang.dropped) for lang in (PUNJABI, MARATHI, GUJARATI, NEPALI)]


def _shown(question: str, language: Language) -> int:
    """How strongly ``question`` shows ``language`` (``_marks``; its opening counts two)."""
    opening = 2 if language.opening is not None and language.opening.match(question) else 0
    return _marks(question, language.words, language.marks) + opening


def read_code_mixed(question: str) -> str:
    """``question`` in English when it mixes English with another language (``_LANGUAGES``; "Masood kitne
    saal ka tha?" → "how many years was Masood?", "cuántos people died on the bridge?" → "how many
    people died on the bridge?", "Sino po yung attacker?" → "who attacker?"); as it is otherwise."""
    # (an accent typed as a letter of its own, "ποιός" as "ποιο" + "́" + "ς", would end a word)
    composed = unicodedata.normalize("NFC", question)
    if composed != question and re.search(r"[^\x00-\x7f]", composed):
        question = composed
    # (read first, Hindi gives way to a neighbour only when the neighbour shows more than Hindi's own words)
    if not any(2 <= _shown(question, lang) > _marks(question, _HINDI, own) for lang, own in _HINDI_NEIGHBOURS):
        hindi = _hindi(question)
        if hindi != question:
            return hindi
    # the language the question shows most, if it shows one (two marks or more): Spanish and
    # Portuguese share words ("ataque", "carro", "gente"), as do Italian and French
    score, k = max(((_shown(question, lang), k) for k, lang in enumerate(_LANGUAGES)), key=lambda x: (x[0], -x[1]))
    if score < 2:
        return question
    lang = _LANGUAGES[k]
    return _glossed(question, lang.idioms, lang.words, lang.dropped, lang.reorder, lang.shared)
