"""Questions that mix English with Hindi, Spanish or Tagalog, read in English.

Many people ask in two languages at once, typed in Latin letters: Indians in Hindi and English
("Rudd ne WhatsApp ke baare mein kya bola?"), Mexican Americans in Spanish and English ("qué dijo
Rudd about WhatsApp?"), Filipinos in Tagalog and English ("Ano sinabi ni Rudd about WhatsApp?").
The English words are the names and things the articles hold; the other language's are the
question's frame. Glossing the common words of that language (question words, particles,
auxiliaries, verbs of saying and happening) lets the rest of the reading (question type,
look-ups, checks) work as on an English question. Hindi puts its verb last and its postpositions
after their nouns, so its words are also put in English order; Spanish and Tagalog ask with the
question word first, as English does. Words it does not know stay as typed.
"""
from __future__ import annotations

import re

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
# the words that show a question is in Hindi: none of them English ("log", "din", "mare" are)
_HINDI_MARK = (frozenset(_HINDI) | _HINDI_PARTICLES) - frozenset(
    "log din mare hue ya hi me wo jo par bole pata na sab the kar ho tak aur ne ka ki ke se baat koi".split())
_HINDI_ASKED = re.compile(r"what|who|whom|whose|which|when|where|why|how|how many|how much")


# the verbs glossed, and their base forms after "did" or "does"
_HINDI_VERBS = {"said": "say", "wrote": "write", "happened": "happen", "died": "die", "killed": "kill",
                "wants": "want", "want": "want", "gave": "give", "did": "do", "caught": "catch", "sent": "send",
                "came": "come", "lived": "live", "live": "live", "stop": "stop", "read": "read", "say": "say"}
# the nouns glossed, which may be owned ("attacker ka naam")
_HINDI_NOUNS = frozenset({"name", "years", "people", "day", "talk", "city", "answer", "owner", "work"})
# postpositions, which follow their noun in Hindi and go before it in English
_HINDI_POSTPOSITIONS = {"saath": "with", "baad": "after", "through": "through", "zariye": "through", "bina": "without"}


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


# Spanish, accents typed or not; a few idioms first ("¿cuántos años tenía?": how old was)
_SPANISH_IDIOMS = [(re.compile(p, re.I), plain) for p, plain in [
    (r"\bcu[aá]ntos\s+a[ñn]os\s+(?:ten[ií]a|tiene|tenían)\b", "how old was"),
    (r"\bc[oó]mo\s+se\s+llama(?:ba)?(?=\s+\w)", "what is the name of"), (r"\bc[oó]mo\s+se\s+llama(?:ba)?\b", "what is the name"), (r"\bpor\s*qu[eé]\b", "why"),
    (r"\bqu[eé]\s+(?:le\s+)?pas[oó]\b", "what happened"), (r"\bqu[eé]\s+pasa\b", "what happens"),
    (r"\blo\s+arrestaron\b", "was he arrested"), (r"\bde\s+qui[eé]n\b", "whose"),
]]
_SPANISH = {
    "qué": "what", "que": "what", "quién": "who", "quien": "who", "quiénes": "who", "quienes": "who",
    "cuántos": "how many", "cuantos": "how many", "cuántas": "how many", "cuantas": "how many",
    "cuánto": "how much", "cuanto": "how much", "cuándo": "when", "cuando": "when", "dónde": "where",
    "donde": "where", "cómo": "how", "como": "how", "cuál": "which", "cual": "which", "cuáles": "which",
    "dijo": "said", "dice": "says", "dicen": "say", "fue": "was", "era": "was", "es": "is", "son": "are",
    "está": "is", "tenía": "had", "años": "years", "el": "the", "la": "the", "los": "the", "las": "the",
    "del": "of the", "al": "to the", "de": "of", "en": "in", "con": "with", "para": "to", "y": "and", "o": "or",
    "este": "this", "esta": "this", "ese": "that", "esa": "that", "artículo": "article", "articulo": "article",
    "carro": "car", "coche": "car", "ley": "law", "leyes": "laws", "leer": "read", "mensajes": "messages",
    "policía": "police", "policia": "police", "quieren": "want", "quiere": "wants", "si": "if",
    "murió": "died", "murieron": "died", "mató": "killed", "escribió": "wrote", "su": "his", "sus": "their",
    "ataque": "attack", "atacante": "attacker", "muertos": "dead", "gente": "people", "personas": "people",
    "día": "day", "dia": "day", "hora": "time", "nombre": "name", "dueño": "owner", "empresa": "company",
}
_SPANISH_DROPPED = frozenset("oye pues bueno mira le se lo a".split())
_SPANISH_MARK = frozenset("qué quién quien quiénes cuántos cuantos cuántas cuándo dónde donde cómo cuál dijo "
                          "tenía años artículo articulo policía policia mensajes quieren quiere oye murió murieron "
                          "mató escribió del para leer carro ley los las ataque atacante nombre dueño empresa "
                          "gente el".split())

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


def _glossed(question: str, idioms, words_in, dropped, marks) -> str | None:
    """``question`` with the words of a language that asks as English does in English (``idioms``
    first, ``dropped`` left out), when it has two of its ``marks`` or more; else None."""
    typed = set(re.findall(r"[\w'’-]+", question.lower())) & marks
    # (a word with an accent, "qué", "cuántos", is no English word: one is enough)
    if len(typed) + sum(bool(re.search(r"[áéíóúñ]", w)) for w in typed) < 2:
        return None
    for pattern, plain in idioms:
        question = pattern.sub(plain, question)

    def english(m: re.Match) -> str:
        low = m.group(0).lower()
        if low in dropped:
            return ""
        if low == "que" and not re.search(r"(?:^|[,;]|\b(?:en|de|por|para|a|con|y|o))\s*$", m.string[:m.start()], re.I):
            # "el officer que murió": the officer that died
            return "that"
        return words_in.get(low, m.group(0))
    out = re.sub(r"(?<![\w'’-])[\w'’-]+(?![\w'’-])", english, re.sub(r"[¿¡]", "", question))
    out = re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", out)).strip(" ,")
    # "who the attacker?" ("Sino yung attacker?"): who is
    out = re.sub(r"^(who|what|which|where|when)\s+(?=the\b)", r"\1 is ", out, flags=re.I)
    out = re.sub(r"^((?i:how\s+old))\s+(?=[A-Z]|(?i:the)\b)", r"\1 is ", out)
    return out[:1].lower() + out[1:] if out[:1].isupper() and out.split()[0].lower() in words_in.values() else out


def read_code_mixed(question: str) -> str:
    """``question`` in English when it mixes English with Hindi, Spanish or Tagalog ("Masood kitne
    saal ka tha?" → "how many years was Masood?", "cuántos people died on the bridge?" → "how many
    people died on the bridge?", "Sino po yung attacker?" → "who attacker?"); as it is otherwise."""
    hindi = _hindi(question)
    if hindi != question:
        return hindi
    for idioms, words_in, dropped, marks in ((_SPANISH_IDIOMS, _SPANISH, _SPANISH_DROPPED, _SPANISH_MARK),
                                             (_TAGALOG_IDIOMS, _TAGALOG, _TAGALOG_DROPPED, _TAGALOG_MARK)):
        glossed = _glossed(question, idioms, words_in, dropped, marks)
        if glossed is not None:
            return glossed
    return question
