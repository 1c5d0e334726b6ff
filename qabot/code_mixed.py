"""Questions that mix English with another language, read in English: Hindi, Spanish, Tagalog,
French, German, Italian and Portuguese here, and more in ``languages`` (Indonesian or
Malay, Czech, Greek, Arabic typed in Latin letters, Dutch, Polish, Russian, Turkish, the
Scandinavian languages, Finnish, Swahili, Persian, Japanese, Hebrew, Chinese, Vietnamese, Korean,
Hungarian).

Many people ask in two languages at once, typed in Latin letters: Indians in Hindi and English
("Rudd ne WhatsApp ke baare mein kya bola?"), Mexican Americans in Spanish and English ("qué dijo
Rudd about WhatsApp?"), Filipinos in Tagalog and English ("Ano sinabi ni Rudd about WhatsApp?"),
the French, Germans and Italians in theirs ("qui a dit that ...?", "Wer hat the article
geschrieben?", "Chi ha detto that ...?").
The English words are the names and things the articles hold; the other language's are the
question's frame. Glossing the common words of that language (question words, particles,
auxiliaries, verbs of saying and happening) lets the rest of the reading (question type,
look-ups, checks) work as on an English question. Hindi puts its verb last and its postpositions
after their nouns, so its words are also put in English order, as is a German past participle;
the others ask with the question word first, as English does. Words it does not know stay as
typed. Indonesian and Malay, Czech, Greek (in its own script or in Latin letters) and Arabic typed
in Latin letters with digits ("meen 2al ...?") have glossaries long enough to be modules of their
own (``languages``), each with its idioms and its own English order ("Masood umur berapa?" →
"how old is Masood?", "xiongshou ji sui?" → "how old is the attacker?"), as have Hebrew (its
prefixes joined to the next word: "ha-mechabel"), Chinese in pinyin or characters, Vietnamese (its
words of two syllables), Korean (its particles on English names: "Rudd-ga") and Hungarian (its cases
on them: "Masoodnak"); a question is normalised to composed accents first, as Greek ones typed
apart would split a word.
"""
from __future__ import annotations

import re
import unicodedata

from .languages import Language
from .languages.arabizi import ARABIZI
from .languages.bengali import BENGALI
from .languages.czech import CZECH
from .languages.dutch import DUTCH
from .languages.finnish import FINNISH
from .languages.french import FRENCH
from .languages.chinese import CHINESE
from .languages.greek import GREEK
from .languages.hebrew import HEBREW
from .languages import hindi_urdu
from .languages.hungarian import HUNGARIAN
from .languages.indonesian import INDONESIAN
from .languages.japanese import JAPANESE
from .languages.korean import KOREAN
from .languages.malayalam import MALAYALAM
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


# German ("Wer hat the article geschrieben?", "Wie alt war der attacker?"); its past participle
# goes last, after the auxiliary ("hat ... gesagt": said), which is left out
_GERMAN_IDIOMS = [(re.compile(p, re.I), plain) for p, plain in [
    (r"\bwie\s+alt\b", "how old"), (r"\bwie\s*viele?\b", "how many"),
    (r"\bwie\s+(?:hei(?:ß|ss)t|hie(?:ß|ss))\b", "what is the name of"),
    (r"\bwas\s+f[üu]r\s+(?:ein(?:e|en)?\s+)?", "what kind of "),
    (r"\ban\s+welche[mn]\b", "on which"), (r"\bam\s+ende\b", "in the end"), (r"\bkurz\s+bevor\b", "shortly before"),
    (r"(^\s*|\bund\s+|\boder\s+|[,?]\s*)was(?=\s+(?:hat|haben|hatte|ist|war|sind|waren|sagte|sagt|passierte|passiert|"
     r"wurde|will|wollte|macht|machte|sollen|soll)\b)", r"\1what"),
    (r"\b(?:die|der|das|den|dem|des)(?=\s+\w)", "the"),
]]
_GERMAN = {
    "wer": "who", "wen": "whom", "wem": "whom", "wessen": "whose", "wann": "when", "wo": "where",
    "woher": "where from", "warum": "why", "wieso": "why", "weshalb": "why", "wie": "how", "welche": "which",
    "welcher": "which", "welches": "which", "welchen": "which", "gesagt": "said", "sagte": "said", "sagt": "says",
    "ist": "is", "war": "was", "sind": "are", "waren": "were", "passiert": "happened", "passierte": "happened",
    "getötet": "killed", "tötete": "killed", "gestorben": "died", "starben": "died", "geschrieben": "wrote",
    "schrieb": "wrote", "benutzt": "used", "benutzte": "used", "gemacht": "did", "wollte": "wanted",
    "der": "the", "das": "the", "den": "the", "dem": "the", "des": "of the", "ein": "a", "eine": "a",
    "einen": "a", "von": "of", "mit": "with", "für": "for", "über": "about", "auf": "on", "im": "in the",
    "am": "on the", "zum": "to the", "zur": "to the", "und": "and", "oder": "or", "nicht": "not",
    "dieser": "this", "diese": "this", "dieses": "this", "diesen": "this", "sein": "his", "seine": "his",
    "ihr": "her", "ihre": "her", "alter": "age", "jahre": "years", "leute": "people", "menschen": "people",
    "auto": "car", "artikel": "article", "sendung": "show", "brücke": "bridge", "polizist": "police officer",
    "polizei": "police", "tag": "day", "name": "name", "gesetz": "law", "nachricht": "message",
    "nachrichten": "messages", "angriff": "attack", "anschlag": "attack", "angreifer": "attacker",
    "attentäter": "attacker", "nach": "after", "vor": "before", "allein": "alone", "welchem": "which",
    "er": "he", "sie": "she", "es": "it", "wir": "we", "ihm": "him", "wurde": "was", "bevor": "before",
    "wenn": "if", "ende": "end", "genannt": "called", "gefordert": "demanded", "geantwortet": "answered",
    "früher": "before", "laut": "according to", "zwischen": "between", "jahr": "year", "quelle": "source",
    "kommt": "comes", "lesen": "read", "können": "be able to", "helfer": "helpers", "eigenes": "own",
    "eigenen": "own", "dann": "then", "alles": "everything", "brauchen": "need", "typ": "man",
    "drin": "in", "sagen": "say", "hatte": "had",
}
_GERMAN_DROPPED = frozenset("hat haben hatten denn eigentlich genau mal doch ja nochmal wirklich überhaupt einfach".split())
_GERMAN_MARK = frozenset("wer wessen wann wo woher warum wieso weshalb wie viele welche welcher welches welchen gesagt sagte "
                         "passiert passierte getötet gestorben geschrieben benutzt der das dem des ein eine einen "
                         "und oder nicht dieser diese dieses diesen alter jahre leute menschen auto artikel sendung "
                         "brücke polizist polizei gesetz nachricht nachrichten angriff anschlag angreifer attentäter "
                         "hat hatte ist von er sie wurde bevor welchem früher laut zwischen".split())
_PARTICIPLES = frozenset({"said", "happened", "killed", "died", "wrote", "used", "did"})

# Italian ("Chi ha detto that ...?", "Quanti anni aveva the attacker?"): a past tense's auxiliary
# left out before its participle, as in French; an article before a surname ("la Rudd") too
_ITALIAN_PARTICIPLES = {
    "detto": "said", "scritto": "wrote", "fatto": "did", "successo": "happened", "accaduto": "happened",
    "morto": "died", "morta": "died", "morti": "dead", "morte": "died", "ucciso": "killed", "uccisa": "killed",
    "uccisi": "killed", "parlato": "spoke", "rivendicato": "claimed", "chiamato": "called", "usato": "used",
    "utilizzato": "used", "mandato": "sent", "inviato": "sent", "accoltellato": "stabbed", "noleggiato": "rented",
    "noleggiata": "rented", "arrestato": "arrested", "arrestati": "arrested", "risposto": "answered",
    "agito": "acted", "sparato": "shot", "colpito": "hit", "investito": "ran over", "rifiutato": "refused",
    "rifiutata": "refused", "chiesto": "asked", "dichiarato": "declared", "trovato": "found", "diretto": "directed",
    "feriti": "injured", "ferito": "injured", "riuscita": "managed", "riuscito": "managed", "durato": "lasted",
    "nato": "born", "vissuto": "lived", "letto": "read", "minacciato": "threatened",
}
def _relative(word: str, asks_after: str, not_before: str = "") -> tuple[str, object]:
    """The rule for a word that both asks and joins a clause (Italian "che", Portuguese "que"):
    after a word that is no preposition nor a name it joins ("il poliziotto che è stato ucciso":
    the officer that was killed); first, after a name ("Amber Rudd che ruolo ha?") or after one
    of ``asks_after`` ("di che partito": of what party) it asks."""
    prepositions = frozenset(asks_after.split())

    def english(m: re.Match) -> str:
        prev = m.group("prev")
        return prev + ("what" if prev[0].isupper() or prev.strip().lower() in prepositions else "that")
    return rf"(?<![\w'’])(?P<prev>[\w'’]+\s+){word}\b{not_before}", english


_ITALIAN_IDIOMS = [(re.compile(p, re.I), plain) for p, plain in [
    (r"\bquanti\s+anni\s+(?:aveva|ha|avevano|hanno)\b", "how old was"),
    (r"\bquanto\s+(?:è|e['’]|era)\s+durat[oa]\b", "how long lasted"), (r"\bquanto\s+tempo\b", "how long"),
    (r"\bquanti\s+anni\b", "how old"),
    (r"\bcome\s+si\s+chiama(?:va|no|vano)?(?=\s+\w)", "what is the name of"),
    (r"\bcome\s+si\s+chiama(?:va)?\b", "what is the name"),
    (r"\b(?:che\s+)?cos['’]?\s*(?:è|e['’])\s+successo\b", "what happened"), (r"\bche\s+cosa\b", "what"),
    (r"\bqual\s*(?:è|e['’])", "what is"), (r"\bdi\s+chi\b", "whose"), (r"\bda\s+sol[oa]\b", "alone"),
    (r"\balla\s+fine\b", "in the end"), (r"\bc['’]entra\b", "has to do"), (r"\bc['’](?:è|e['’])\b", "is there"),
    (r"\bci\s+sono\s+stat[ie]\b", "were there"), (r"\bci\s+sono\b", "are there"),
    (r"\bc['’]era\s+scritto\b", "was written"), (r"\bc['’]era\b", "was there"), (r"\bdi\s+dove\b", "from where"),
    (r"\ba\s+che\s+ora\b", "at what time"),
    (r"\bse\s+la\s+prende\s+con\b", "is angry with"), (r"\bsecondo\s+(?=\w)", "according to "),
    # a past tense: the auxiliary left out, the participle in English ("ha detto": said)
    (r"\b(?:ha|hanno|è|e['’]|sono|era|erano|aveva|avevano|abbia|è\s+stat[oaie]|sono\s+stat[ie])\s+(?=(?:%s)\b)"
     % "|".join(_ITALIAN_PARTICIPLES), ""),
    (r"\b(?:il|la|lo)\s+(?=(?-i:[A-Z])(?!SS\b))", ""),
    (r"\b(?:è|e['’])\s+stat[oa]\b", "was"), (r"\bsono\s+stat[ie]\b", "were"), (r"\bstato\s+islamico\b", "Islamic State"),
    (r"\buna\s+volta\b", "once"),
    (r"\bprecedenti\s+penali\b", "criminal record"),
    _relative("che", "di a da in con su per e o ma", not_before=r"(?!\s+cosa\b)"),
    (r"\b(?:l|dell|all|dall|nell|sull|quell|un)['’](?=\w)",
     lambda m: {"l": "the ", "dell": "of the ", "all": "to the ", "dall": "from the ", "nell": "in the ",
                "sull": "on the ", "quell": "that ", "un": "a "}[m.group(0)[:-1].lower()]),
]]
_ITALIAN = {
    **_ITALIAN_PARTICIPLES,
    "chi": "who", "che": "what", "cosa": "what", "quando": "when", "dove": "where", "perché": "why", "perche": "why",
    "come": "how", "quanti": "how many", "quante": "how many", "quanto": "how much", "quale": "which", "quali": "which",
    "il": "the", "lo": "the", "la": "the", "i": "the", "gli": "the", "le": "the", "un": "a", "una": "a", "uno": "a",
    "di": "of", "del": "of the", "della": "of the", "dello": "of the", "dei": "of the", "degli": "of the",
    "delle": "of the", "a": "to", "al": "to the", "alla": "to the", "ai": "to the", "da": "from", "dal": "from the",
    "dalla": "from the", "dalle": "from the", "in": "in", "nel": "in the", "nella": "in the", "nei": "in the",
    "con": "with", "su": "on", "sul": "on the", "sulla": "on the", "per": "for", "tra": "between", "fra": "between",
    "e": "and", "o": "or", "ma": "but", "se": "if", "non": "not", "anche": "also", "prima": "before", "dopo": "after",
    "questo": "this", "questa": "this", "queste": "these", "questi": "these", "quello": "that", "quella": "that",
    "suo": "his", "sua": "his", "loro": "their", "lui": "he", "lei": "she", "ha": "has", "hanno": "have",
    "è": "is", "sono": "are", "era": "was", "erano": "were", "aveva": "had", "vuole": "wants", "vogliono": "want",
    "pensa": "thinks", "succede": "happens", "stato": "been", "stata": "been", "anni": "years", "persone": "people",
    "gente": "people", "giorno": "day", "settimana": "week", "ora": "time", "nome": "name", "macchina": "car",
    "auto": "car", "ponte": "bridge", "polizia": "police", "poliziotto": "police officer", "agente": "officer",
    "attacco": "attack", "attentato": "attack", "attentatore": "attacker", "aggressore": "attacker",
    "articolo": "article", "titolo": "headline", "autore": "author", "giornalista": "journalist",
    "programma": "programme", "governo": "government", "legge": "law", "leggi": "laws", "messaggio": "message",
    "messaggi": "messages", "aziende": "companies", "azienda": "company", "prove": "evidence", "fonte": "source",
    "ruolo": "role", "lavoro": "job", "partito": "party", "proprietario": "owner", "città": "city",
    "telefono": "phone", "servizi": "services", "segreti": "secret", "leggere": "read", "sbloccare": "unlock",
    "storia": "story", "mondo": "world", "usano": "use", "esattamente": "exactly", "proprio": "really",
    "adesso": "now", "abitava": "lived", "viveva": "lived", "faceva": "did",
    "incontrerà": "will meet", "collaborano": "cooperate", "rivendicazione": "claim", "dichiarazioni": "statements",
    "riporta": "reports", "sempre": "always", "fare": "do", "dovrebbe": "should", "dovrebbero": "should",
    "spiare": "spy on", "marca": "make", "modello": "model", "secondi": "seconds", "minuti": "minutes",
    "ore": "hours", "vittime": "victims", "chiamava": "called",
    "precedenti": "previous", "penali": "criminal", "solo": "only", "altre": "other", "altri": "other",
}
_ITALIAN_DROPPED = frozenset("ma allora quindi cioè tipo beh dunque già proprio ci si lo".split())
# the words that show a question is in Italian: its glossed words that are no English ones
_ITALIAN_SHARED = frozenset("a i in e o ma se le la lo con su ha come era dove auto solo ora un una uno al da per "
                            "del".split())
# ("prove", evidence, is an English word too, but seldom among Italian ones: "ci sono prove che")
_ITALIAN_MARK = (frozenset(_ITALIAN) | {"chiama", "chiamava", "chiamavano", "fare"}) - _ITALIAN_SHARED - {"prove"}


def _german_order(glossed: str) -> str:
    """A German question glossed word for word, its past participle put back after the
    question word ("who the article wrote?" → "who wrote the article?"); what is not asked of a
    subject ("what Rudd said about WhatsApp?") is left for the embedded-question reading."""
    m = re.match(r"^(\s*(?:who|what)\s+)(.+?)\s+(said|happened|killed|died|wrote|used|did)(\s*[?.!]*)$", glossed, re.I)
    if m and m.group(1).strip().lower() == "who":
        return f"{m.group(1)}{m.group(3)} {m.group(2)}{m.group(4)}"
    return glossed


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
        out = reorder(out)
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
    Language(_GERMAN_IDIOMS, _GERMAN, _GERMAN_DROPPED, _GERMAN_MARK, reorder=_german_order),
    Language(_ITALIAN_IDIOMS, _ITALIAN, _ITALIAN_DROPPED, _ITALIAN_MARK, shared=_ITALIAN_SHARED),
    PORTUGUESE,
    HEBREW,
    # (last: a tie goes to the languages above, whose words these share)
    INDONESIAN, CZECH, GREEK, ARABIZI, DUTCH, POLISH, RUSSIAN, TURKISH, SCANDINAVIAN, FINNISH, SWAHILI, PERSIAN,
    JAPANESE, CHINESE, VIETNAMESE, KOREAN, HUNGARIAN, ROMANIAN, THAI, SERBOCROATIAN, UKRAINIAN, BENGALI, TAMIL, MALAYALAM, TELUGU, WELSH, PUNJABI,
]
# Punjabi shares Hindi's commonest words ("kaun", "kyon", "naam", "hai"), so a question in Punjabi often
# shows Hindi too ("Apple ne FBI di madad kyon nahi kitti?"): only Hindi's marks that are no words of
# Punjabi's are weighed against it
_HINDI_OWN = _HINDI_MARK - frozenset(PUNJABI.words) - PUNJABI.dropped


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
    # (read first, Hindi gives way to Punjabi only when Punjabi shows more than Hindi's own words)
    punjabi = _shown(question, PUNJABI)
    if punjabi < 2 or punjabi <= _marks(question, _HINDI, _HINDI_OWN):
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
