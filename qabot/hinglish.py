"""Hindi typed in Latin letters inside an English question, read in English.

Indians often ask in both languages at once ("Rudd ne WhatsApp ke baare mein kya bola?",
"attacker ka naam kya tha yaar?"): the English words are the names and things the articles hold,
the Hindi ones the question's frame. Glossing the common Hindi words (question words,
postpositions, auxiliaries, verbs of saying and happening) and putting them in English order
lets the rest of the reading (question type, look-ups, checks) work as on an English question.
Words it does not know stay as typed.
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


def read_hinglish(question: str) -> str:
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
