"""Turkish mixed into English questions ("Masood kaç yaşındaydı?", "Rudd WhatsApp hakkında ne dedi?").

Typed with the Turkish letters or without them ("saldirgan"). A noun's case and owner are suffixes
("saldırganın": the attacker's; on a name after an apostrophe: "Rudd'a"), so the common forms are
listed as typed. The verb comes last, a postposition after its noun ("WhatsApp hakkında": about
WhatsApp), the question word where the answer would stand ("Rudd ne dedi": what did Rudd say), and
the particle "mı" after a word asks yes or no ("Masood öldü mü": did Masood die); the clear cases
are put in English order (``_turkish_order``).
"""
from __future__ import annotations

import re

from . import Idioms, Language

# the Turkish letters as chat types them ("öldü" so typed is "oldu", happened: listed words win)
_ASCII = str.maketrans("ıİşŞğĞçÇöÖüÜâî", "iIsSgGcCoOuUai")
# marks the idioms leave for ``_turkish_order``, which takes them out: where a name ends ("Trump
# Comey'i", "Obamacare hakkında Trump"), where the yes-no particle stood ("mı", "mıydı": was it)
_BREAK, _YES_NO, _YES_NO_PAST = "\u2063", "\ue000", "\ue001"


def _ascii(word: str) -> str:
    return word.translate(_ASCII)


def _alternation(words) -> str:
    """``words`` as a regex, typed with Turkish letters or without."""
    return "|".join(sorted({v for w in words for v in (w, _ascii(w))}, key=len, reverse=True))


def _typed(table: dict, word: str):
    """What ``word`` is in ``table``, typed with Turkish letters or without."""
    low = word.lower()
    return table.get(low) or next((v for k, v in table.items() if _ascii(k) == _ascii(low)), None)


# -- words -----------------------------------------------------------------------------------

_TURKISH_WORDS = {
    # asking ("kimdi": who was, the idioms; "ne", a Hindi and French particle too, by the idioms only)
    "kim": "who", "kimdi": "who", "kimdir": "who", "kimin": "whose", "kimler": "who", "kimden": "from whom",
    "kimi": "whom", "kime": "to whom", "kiminle": "with whom", "neyi": "what", "neler": "what", "neydi": "what",
    "nedir": "what", "neden": "why", "niye": "why", "niçin": "why", "nasıl": "how", "nerede": "where",
    "nerde": "where", "neredeydi": "where", "nereden": "from where", "nerden": "from where", "nereli": "where",
    "hangi": "which", "hangisi": "which one", "kaç": "how many", "kaçtı": "how many", "kaçta": "at what time",
    # a, this, he, his, somebody
    "bir": "a", "bi": "a", "bu": "this", "bunu": "this", "o": "he", "onu": "him", "ona": "to him", "onun": "his",
    "bana": "to me", "kimse": "anyone", "başka": "other", "diğer": "other",
    # joining, negation, being
    "ve": "and", "ama": "but", "ki": "that", "değil": "not", "çok": "many", "var": "there is", "vardı": "there was",
    "yok": "there is no", "idi": "was", "oldu": "happened", "yaşandı": "happened", "gerçekleşti": "took place",
    # saying, writing
    "dedi": "said", "diyor": "says", "söyledi": "said", "söylüyor": "says", "açıkladı": "announced",
    "konuştu": "spoke", "yazdı": "wrote", "yazıyor": "writes", "yazıldı": "was written",
    # killing, dying, stabbing, shooting
    "öldürdü": "killed", "öldürüldü": "was killed", "öldürülen": "killed", "öldü": "died", "ölen": "dead",
    "bıçakladı": "stabbed", "bıçaklandı": "was stabbed", "vurdu": "shot", "vuruldu": "was shot",
    "saldırdı": "attacked", "yaraladı": "injured", "yaralandı": "was injured", "yaralı": "injured",
    # the car ("sürdü" is "lasted" too: "ne kadar sürdü", the idioms); "kiralık" is no verb
    "sürdü": "drove", "çarptı": "drove into", "ezdi": "ran over", "aracı": "the vehicle", "kiraladı": "rented",
    "kiralık": "hired", "kullandı": "used", "kullanıyor": "uses", "kullanıyordu": "used",
    # claiming, wanting, knowing, opening, sending
    "üstlendi": "claimed", "istedi": "wanted", "istiyor": "wants", "istemiyor": "does not want", "biliyor": "knows",
    "biliyoruz": "do we know", "biliyordu": "knew", "buldu": "found", "bulundu": "was found",
    "okuyabilir": "can read", "açtı": "opened", "açabilir": "can open", "açamadı": "could not open",
    "açabildi": "could open", "gönderdi": "sent", "gönderildi": "was sent", "yolladı": "sent", "attı": "sent",
    # living, birth, arrest, refusing, hiding
    "yaşıyordu": "lived", "yaşıyor": "lives", "yaşadı": "lived", "doğdu": "was born", "tutukladı": "arrested",
    "tutuklandı": "was arrested", "yanıtladı": "answered", "reddetti": "refused", "reddediyor": "refuses",
    "engelledi": "prevented", "sakladı": "hid", "gizledi": "hid", "saklanıyor": "hide", "zorladı": "forced",
    # the other verbs of the news ("çıktı": came out, or on a programme)
    "yaptı": "did", "yapacak": "will do", "görüştü": "met", "kazandı": "won", "imzaladı": "signed",
    "eleştirdi": "criticized", "başladı": "started", "kovdu": "fired", "yasakladı": "banned",
    "gerekiyor": "is needed", "çıktı": "appeared", "geçti": "passed", "geçirdi": "passed", "aldı": "got",
    "düşünüyor": "thinks", "yayınlandı": "was published", "satıldı": "was sold", "kapatıldı": "was closed",
    # the attack, the police, the bridge, the car, the dead
    "saldırı": "attack", "saldırıyı": "the attack", "saldırıda": "in the attack", "saldırıdan": "from the attack",
    "saldırının": "the attack's", "saldırısı": "attack", "saldırgan": "attacker", "saldırganın": "the attacker's",
    "polisin": "the police officer's", "saldırganı": "the attacker", "polis": "police",
    "polisi": "the police officer", "polise": "to the police", "polisler": "police officers", "köprü": "bridge",
    "köprüde": "on the bridge", "köprüsü": "bridge", "araba": "car", "arabayı": "the car", "arabası": "car",
    "arabayla": "with the car", "araç": "vehicle", "yaya": "pedestrian", "yayalar": "pedestrians",
    "yayalara": "into the pedestrians", "insan": "people", "insanlar": "people", "kişi": "people", "kişiyi": "people",
    "kişiye": "to people", "kurban": "victim", "kurbanlar": "victims", "ölü": "dead", "bıçak": "knife",
    "silah": "weapon", "sabıkası": "criminal record", "müslüman": "Muslim",
    # years, days, time
    "yıl": "year", "yaş": "age", "yaşı": "age", "yaşında": "years old", "gün": "day", "günü": "day", "hafta": "week",
    "zaman": "time", "saat": "time", "dakika": "minutes", "pazar": "Sunday", "çarşamba": "Wednesday",
    # the article, the programme
    "ad": "name", "adı": "name", "isim": "name", "ismi": "name", "makale": "article", "makaleyi": "the article",
    "makalede": "in the article", "makalenin": "the article's", "yazı": "article", "yazıda": "in the article",
    "haber": "news story", "haberi": "the story", "haberin": "the story's", "başlık": "headline",
    "başlığı": "headline", "yazar": "author", "yazarı": "author", "gazeteci": "journalist",
    "programda": "on the programme", "programında": "on the programme", "programa": "on the programme",
    "programı": "programme", "röportaj": "interview", "gazete": "newspaper", "gazetede": "in the newspaper",
    "yorumu": "comment", "marka": "make", "açıklama": "statement", "açıklaması": "statement",
    # the government and its laws
    "hükümet": "government", "hükümeti": "government", "hükümetin": "the government's", "bakan": "minister",
    "bakanı": "minister", "başbakan": "Prime Minister", "yasa": "law", "yasayı": "the law", "yasası": "law",
    "yasasını": "law", "yasalar": "laws", "kanun": "law", "mahkeme": "court", "meclis": "Parliament",
    # messages, apps, companies, services, secrets ("-ları" owned or an object: "WhatsApp mesajları")
    "mesaj": "message", "mesajı": "message", "mesajını": "message", "mesajlar": "messages", "mesajları": "messages",
    "mesajlara": "to the messages", "uygulama": "app", "uygulaması": "app", "şirket": "company",
    "şirketler": "companies", "şirketleri": "companies", "istihbarat": "intelligence", "güvenlik": "security",
    "kanıt": "evidence", "grup": "group", "örgüt": "group", "asker": "soldier", "telefon": "phone",
    "telefonu": "phone", "telefonunu": "phone", "şifreleme": "encryption", "şifrelemeyi": "encryption",
    "yasaklamak": "to ban", "kaldırmak": "to repeal", "değiştiriyor": "changes", "şifreli": "encrypted",
    "gizli": "secret", "yer": "place", "yeri": "place", "terörist": "terrorist", "teröristler": "terrorists",
    "zarf": "envelope", "erişim": "access",
    # US politics, places
    "başkan": "president", "başkanı": "president", "cumhurbaşkanı": "President", "seçim": "election",
    "seçimi": "the election", "oy": "vote", "aile": "family", "ailesi": "family", "şehir": "city",
    "şehirde": "in the city", "parlamento": "Parliament", "parti": "party", "partiden": "from the party",
    "kanalda": "on the channel", "kongre": "Congress", "senato": "the Senate", "cumhuriyetçiler": "Republicans",
    "demokratlar": "Democrats", "sözcüsü": "spokesman", "sağlık": "health", "soruşturma": "investigation",
    "ingiliz": "British", "ingiltere": "Britain", "londra": "London", "abd": "US", "rusya": "Russia",
    # new, alone, really, only
    "yeni": "new", "eski": "former", "ilk": "first", "son": "last", "yalnız": "alone", "sadece": "only",
    "gerçekten": "really", "gerçek": "real", "doğru": "true", "haklı": "right", "önemli": "important",
    "güvenli": "safe", "kez": "times",
}
# the postpositions, which ``_postposed`` puts before their noun
_POSTPOSITIONS = {
    "hakkında": "about", "hakkındaki": "about", "için": "for", "gibi": "like", "göre": "according to",
    "karşı": "against", "boyunca": "during", "sırasında": "during", "esnasında": "during", "tarafından": "by",
    "yüzünden": "because of", "nedeniyle": "because of", "arasında": "among", "sonrasında": "after",
    "öncesinde": "before", "sonra": "after", "önce": "before", "beri": "since", "kadar": "until", "ile": "with",
    "olmadan": "without",
}
_TURKISH = {**_TURKISH_WORDS, **_POSTPOSITIONS}
# and typed without Turkish letters, but for "gore" (Al Gore) and "uc"
_TURKISH = {**{_ascii(k): v for k, v in _TURKISH.items() if _ascii(k) not in ("gore", "uc")}, **_TURKISH}

# words of talk, left out: "acaba" (I wonder), "peki" (well), "hocam" (sir), "yani" (I mean)
_TURKISH_DROPPED = frozenset(w for v in """acaba peki lütfen hocam abi merhaba selam şey mesela zaten hani ise
    falan tabii tabi bence sizce ya yani""".split()
    for w in (v, _ascii(v)))

# the glossed words that are English words ("son", "once", "gun", "ad", "yer"): glossed
# only before a word of Turkish or a name ("son mesaj": the last message, but "his son")
_TURKISH_SHARED = frozenset("son once gun ad yer yas ama bi o oy".split())

# the words only the idioms read, which show Turkish too ("ne", a Hindi and French particle too, once)
_IDIOM_WORDS = frozenset(w for v in """ne seyahat yasağı konuda davasında mı mü mısın misin mıydı miydi muydu müydü
    midir mıdır dimi başına sorumluluğu sorumluluğunu kaydı ajansı emri uçtan uca demek yaşındaydı yaşındadır
    hayatını kaybetti gözaltına işbirliği kilidini içişleri devleti ışid deaş daeş etti etmiş verdi hareket iddia
    talep istifa tehdit yardım kabul ziyaret itiraf cevap yanıt ölmeden""".split() for w in (v, _ascii(v)))
# the reported and negative past of the verbs listed ("ölmüş", "ölmedi": ``_past``)
_PASTS = {k[:-2] + f for k in _TURKISH_WORDS if len(k) > 3 and re.search("[dt][ıiuü]$", k)
          for f in ("m" + k[-1] + "ş", "madı" if k[-1] in "ıu" else "medi")}
# the words that show a question is Turkish: none English ("son", "var"), nor common in the languages
# mixed in ("ki": Hindi; "polis": Malay; "ile": Polish; "ve": Spanish; "verdi": Italian). ("Kim"
# opening an English question before a name shows it twice, but is read as typed)
_TURKISH_MARK = frozenset(w2 for w in (frozenset(_TURKISH) | _TURKISH_DROPPED | _IDIOM_WORDS | _PASTS |
                                       {_ascii(p) for p in _PASTS}) - _TURKISH_SHARED -
                          frozenset("""o ki ona insan polis polisi saat kanun hafta kurban kadar abi hani yani
                          grup telefon senato parlamento selam zarf yasa ama bi var ya ve dun olen asker
                          kabul verdi atti aile parti londra programa yaya aldi telefonu idi ile""".split())
                          # (a capital "İ" is "i̇" to lower())
                          for w2 in (w, "i\u0307" + w[1:] if w[:1] == "i" else w))


# -- idioms ----------------------------------------------------------------------------------

# "BBC'de": on BBC; the prepositions that open a phrase put before its noun
_MEDIA = frozenset("bbc itv cnn sky fox twitter facebook whatsapp".split())
_PREPOSITION = r"(?:according to|about|after|before|during|for|from|in|on|to|into|with|without|by|since|against|like|" \
               r"among|until|because of)"


def _is_brand(word: str) -> bool:
    """A name of its own after a name ("Rudd WhatsApp")."""
    return bool(re.match(r"[a-z]+[A-Z]|[A-Z]{2,}\b|(?:Apple|Google|Facebook|Twitter|Telegram|WhatsApp)\b", word))


def _past(m: re.Match) -> str:
    """A reported past ("kiralamış") as the past listed ("kiraladı"); "yapmadı": did not do."""
    if m.group(0).lower() in _TURKISH:
        return m.group(0)
    past = next((m.group(1) + t + v for t in "dt" for v in "ıiuü" if (m.group(1) + t + v).lower() in _TURKISH), None)
    if past is None:
        return m.group(0)
    english = _TURKISH[past.lower()]
    if m.group(2)[1] not in "aeAE":
        return past
    return re.sub(r"^was ", "was not ", english) if english.startswith("was ") else \
        "did not " + _BARE.get(english, (english,))[0]


def _case(word: str) -> tuple[str, str]:
    """``word`` in English and its case: "Rudd'a" is ("Rudd", "to"), "saldırıdan" ("the attack", "from")."""
    m = re.match(r"^(.+?)['’]([a-zçğıöşü]+)$", word)
    if m:
        base, suffix = m.group(1), _ascii(m.group(2))
        base = _TURKISH.get(base.lower(), base) if base[:1].isupper() else base
        for pattern, case in ((r"n?[iu]n", "of"), (r"n?[dt][ae]n", "from"), (r"n?[dt][ae](?:ki)?", "in"),
                              (r"y?l[ae]", "with"), (r"[yn]?[ae]", "to"), (r"[yn]?[iu]", "obj")):
            if re.fullmatch(pattern, suffix):
                return base, case
        return base, ""
    english = _TURKISH.get(word.lower())
    if english is None:
        return word, ""
    m = re.match(r"^(to|from|in|on|into|with)\s+(.+)$", english)
    if m:
        return m.group(2), {"into": "to"}.get(m.group(1), m.group(1))
    if english.endswith("'s"):
        return english[:-2], "of"
    return english, "obj" if english.startswith("the ") else ""


def _the(phrase: str) -> str:
    """``phrase`` with "the" before a bare noun of the story ("attacker", "White House spokesman")."""
    if re.fullmatch(r"(?:(?-i:[A-Z])[\w-]*\s+)*(?:new\s+|secret\s+|former\s+)?(?:%s)(?:['’]s\s+.+)?" % _NOUNS, phrase):
        return "the " + phrase
    return phrase


def _plural(phrase: str) -> bool:
    last = phrase.split()[-1] if phrase.split() else ""
    return last in ("people", "police") or (last.islower() and last.endswith("s") and not last.endswith("ss"))


def _name_start(words: list[str], k: int, pair: bool = True) -> int:
    """Where a name ending with ``words[k]`` begins ("Amber Rudd"); three names or more opening the
    clause hold its subject first ("Rudd Andrew Marr Show'a"), two do unless ``pair`` ("Masood
    Birmingham'da"); a brand is a name of its own."""
    j = k
    while j and words[j - 1][:1].isupper() and not _is_brand(words[j]) and not _is_brand(words[j - 1]) \
            and _BREAK not in words[j - 1]:
        j -= 1
    return 1 if j == 0 and (k >= 2 or k and not pair) else j


# the case a postposition wants of its noun, without which it is none ("iki gün sonra", "Al Gore")
_CASE_OF = {"sonra": "from", "önce": "from", "beri": "from", "kadar": "to", "göre": "to", "karşı": "to"}
_ADJECTIVES = frozenset("new former first last other secret encrypted British American real important".split())


def _postposed(m: re.Match) -> str:
    """A postposition put before its noun ("saldırıdan sonra": after the attack, "Westminster saldırısı
    hakkında": about the Westminster attack); "Rudd ile Trump" opening a clause is Rudd and Trump."""
    pre, post = m.group("pre"), m.group("post")
    lead, words = pre[:len(pre) - len(pre.lstrip())], pre.split()
    key = next(k for k in _POSTPOSITIONS if post.lower() in (k, _ascii(k)))
    if not words:
        return m.group(0)
    head, case = _case(words[-1])
    if key in _CASE_OF and case != _CASE_OF[key]:
        return m.group(0)
    phrase, k = [head], len(words) - 1
    glossed = words[-1].lower() in _TURKISH
    if glossed and k and words[k - 1][:1].isupper() and _ascii(words[-1].lower())[-1:] in "iu":
        k -= 1                                                                  # "Westminster saldırısı"
        phrase.insert(0, words[k])
    elif not glossed and words[-1][:1].islower():
        while k and words[k - 1][:1].islower() and words[k - 1].lower() not in _TURKISH:
            k -= 1                                                              # "health insurance"
            phrase.insert(0, words[k])
    elif not glossed:
        k = _name_start(words, k)
        phrase = [_case(w)[0] for w in words[k:]]
    while k and (_TURKISH.get(words[k - 1].lower(), "").endswith("'s") or
                 _TURKISH.get(words[k - 1].lower()) in _ADJECTIVES):
        k -= 1
        phrase.insert(0, _TURKISH[words[k].lower()])
    noun = " ".join(phrase)
    if glossed and not _plural(noun):
        noun = _the(noun)
    if key == "ile" and k == 0:
        return f"{lead}{noun} and"
    return lead + f"{' '.join(words[:k])} {_POSTPOSITIONS[key]} {noun}{_BREAK}".lstrip()


def _cased(m: re.Match) -> str:
    """A name's case after an apostrophe in English ("Rudd'un": Rudd's, "Apple'dan": from Apple)."""
    if m.group("suffix").lower() in ("s", "t", "re", "ve", "ll", "d", "m"):
        return m.group(0)
    pre = m.group("pre")
    lead, words = pre[:len(pre) - len(pre.lstrip())], pre.split()
    base, case = _case(m.group("word"))
    if case in ("of", "obj", ""):
        return pre + {"of": f"{base}'s", "obj": _BREAK + base}.get(case, base)
    k = _name_start(words + [base], len(words), pair=False)
    preposition = "on" if case == "in" and (base.lower() in _MEDIA or base.endswith("Show")) else case
    return lead + f"{' '.join(words[:k])} {preposition} {' '.join(words[k:] + [base])}{_BREAK}".lstrip()


def _which(m: re.Match) -> str:
    """"hangi programda": on which programme."""
    noun, case = _case(m.group(1))
    preposition = case + " " if case in ("in", "on", "from", "to", "with") else ""
    return f"{preposition}which {re.sub(r'^the ', '', noun)}"


def _how_many(m: re.Match) -> str:
    """"kaç kişi": how many people (Turkish has a singular after a number)."""
    noun = re.sub(r"^the\s+", "", _case(m.group(1))[0])
    if not re.search(r"(?:s|people|police|men)$", noun):
        noun = noun[:-1] + "ies" if re.search("[^aeiou]y$", noun) else noun + "s"
    return f"how many {noun}"


def _unlocked(m: re.Match) -> str:
    """"(iPhone'un) kilidini açtı": unlocked (the iPhone)."""
    owner, case = _case(m.group(1) or "")
    if not m.group(2):
        return _BREAK + owner if case == "of" else m.group(1) or ""
    verb = {"ti": "unlocked", "mak": "unlock", "mayi": "to unlock", "abilir": "can unlock",
            "amadi": "could not unlock", "abildi": "could unlock"}[_ascii(m.group(2).lower())]
    return f"{verb} {owner}" if case == "of" else f"{m.group(1) or ''} {verb}".lstrip()


def _claimed(m: re.Match) -> str:
    """"(saldırının) sorumluluğunu (kim) üstlendi": (who) claimed responsibility (for the attack)."""
    owner, case = _case(m.group(1) or "")
    if case == "of":
        return f"{m.group(2)}claimed responsibility for {owner}"
    return f"{m.group(1) or ''} {m.group(2)}claimed responsibility".lstrip()


def _access(m: re.Match) -> str:
    """"mesajlara erişim": access to the messages."""
    what, case = _case(m.group(1))
    return f"access to {what}" if case == "to" else f"{m.group(1)} access"


def _named(m: re.Match) -> str:
    """"Andrew Marr programında": on the Andrew Marr programme."""
    words = m.group(1).split()
    k = 0 if len(words) == 2 and all(map(_is_brand, words)) else _name_start(words, len(words) - 1)
    where = {"program": "on the {} programme", "dava": "in the {} case", "röportaj": "in the {} interview",
             "saldırı": "in the {} attack"}
    return f"{' '.join(words[:k])} {_typed(where, m.group(2)).format(' '.join(words[k:]))}{_BREAK}".lstrip()


# the verbs made of a noun and "etmek" (to do) or "vermek" (to give), and the roles one becomes
_DONE = {"hareket": "acted", "iddia": "claimed", "talep": "demanded", "ateş": "fired", "istifa": "resigned",
         "tehdit": "threatened", "yardım": "helped", "kabul": "accepted", "ziyaret": "visited",
         "itiraf": "confessed", "cevap": "answered", "yanıt": "answered", "oy": "voted", "karar": "decided"}
_ROLES = {"başkan": "president", "bakan": "minister", "başbakan": "Prime Minister", "müslüman": "a Muslim",
          "cumhurbaşkanı": "President"}
_ASKING_WAS = {"kim": "who", "ne": "what", "nerede": "where", "nerde": "where", "nasıl": "how",
               "hangisi": "which one", "nereli": "where from"}
_DAYS = {"pazartesi": "Monday", "çarşamba": "Wednesday", "cuma": "Friday", "pazar": "Sunday"}
_CLAUSE = r"[^,;?!.\ue000\ue001]*?"

_TURKISH_IDIOMS = Idioms([
    # a capital "İ" is two letters to lower(); "Kim" opening the question before a name is one ("Kim
    # Jong-un"), kept so by a space before it (``_glossed`` keeps a capital question word inside)
    (r"(?-i:İ)", "I"), (r"^(\s*)(?-i:Kim)(?=\s+(?-i:[A-Z])[\w-]*(?:\s|[?.!,]|$))", r"\1 Kim"),
    # a reported or negative past, as the past listed
    (r"\b(\w{2,}?)(m[ıiuü][şs](?:t[ıi])?|m[ae]d[ıi])\b", _past),
    # asking to be told ("söyler misin"), and a tag ("değil mi": right?) asking yes or no
    (r"\b(?:bana\s+)?s[öo]yle(?:r|yebilir)\s+m[iı]s[iı]n(?:[iı]z)?\b|\bbilen\s+var\s+m[ıi]\b|"
     r"\bmerak\s+ediyorum\b|\bbilmek\s+istiyorum\b", ""),
    (r",?\s*\b(?:de[ğg]il\s+mi|dimi|di\s+mi)\s*(?=[?.!]*\s*$)", " " + _YES_NO),
    # names and things of the story
    (r"\bi[çc]i[şs]leri\s+bakan(?:[ıi]|l[ıi][ğg][ıi])?\b", "Home Secretary"),
    (r"\bwestminster\s+k[öo]pr[üu]s[üu]['’]?nde\b", "on Westminster Bridge"),
    (r"\bwestminster\s+k[öo]pr[üu]s[üu](?:['’]?ne)?\b", "Westminster Bridge"),
    (r"\b(?:islam\s+devleti|[ıi][şs][ıi]d|dae[şs]|dea[şs])\b", "Islamic State"),
    (r"(?:(\S+)\s+)?\bsorumlulu[ğg]u(?:nu)?\s+((?:\S+\s+){0,3}?)[üu]stlen(?:di|mi[şs])(?:ler)?\b", _claimed),
    (r"\bsab[ıi]ka\s+kayd[ıi]\b", "criminal record"), (r"\bpolis\s+memur(u|unu|una|unun)?\b",
     lambda m: {"una": "to the police officer", "unun": "the police officer's"}.get((m.group(1) or "").lower(),
                                                                                   "police officer")),
    (r"\bhaber\s+ajans[ıi]\b", "news agency"),
    (r"\bu[çc]tan\s+uca\s+[şs]ifreleme(?:yi|si)?\b", "end-to-end encryption"),
    (r"\bg[üu]venlik\s+(?:servis|hizmet)leri\b", "security services"),
    (r"\bistihbarat\s+(?:servis|hizmet)leri\b", "intelligence services"),
    (r"\bteknoloji\s+[şs]irketleri(nden)?\b", lambda m: "from " * bool(m.group(1)) + "tech companies"),
    (r"\bseyahat\s+yasa[ğg][ıi]\b", "travel ban"),
    (r"\b(?:arama|mahkeme)\s+(?:emri|karar[ıi]|izni)\b", "warrant"), (r"\bbeyaz\s+saray\b", "White House"),
    (r"\by[üu]ksek\s+mahkeme\b", "Supreme Court"), (r"\btemsilciler\s+meclisi\b", "House of Representatives"),
    (r"\bavam\s+kamaras[ıi]\b", "House of Commons"), (r"\bsa[ğg]l[ıi]k\s+sigortas[ıi]\b", "health insurance"),
    (r"\bsa[ğg]l[ıi]k\s+yasas[ıi](n[ıi])?\b", lambda m: "the " * bool(m.group(1)) + "health care law"),
    (r"\bba[şs]kanl[ıi]k\s+kararnamesi\b", "executive order"),
    (r"((?:(?-i:[A-Z])[\w'’-]*\s+)+)(program|dava|r[öo]portaj|sald[ıi]r[ıi])s?[ıi]nda\b", _named),
    (r"(\S+)\s+hakk[ıi]ndaki\s+(\S+)", r"\2 \1 hakkında"), (r"\bsu[çc]\s+orta[ğg][ıi]\b", "accomplices"),
    (r"\by[üu]r[üu]rl[üu][ğg]e\s+girdi\b", "took effect"),
    (r"\b([\w]+)['’]n?[ıiuü]n\s+(.+?)\s+oldu[ğg]unu\b", r"that \1 is \2"),
    # verbs of several words
    (r"\bhayat[ıi]n[ıi]\s+kaybetti(?:ler)?\b", "died"), (r"\bhayat[ıi]n[ıi]\s+kaybeden(?:ler)?\b", "dead"),
    (r"\b(?:tek|yaln[ıi]z)\s+ba[şs][ıi]na\b", "alone"),
    (r"\b(%s)\s+(?:et|ver)(t[ıi]|mi[şs]|di|med[ıi]|mek)(?:ler)?\b" % _alternation(_DONE), lambda m: {
        "med": "did not ", "mek": "to "}.get(m.group(2)[:3].lower(), "") + _BARE[_typed(_DONE, m.group(1))][0]
     if "me" in m.group(2) else _typed(_DONE, m.group(1))),
    (r"\bi[şs]\s*birli[ğg]i\s+yap(?:t[ıi]|m[ıi][şs])\b", "cooperated"),
    (r"\bi[şs]\s*birli[ğg]i\s+yapma(?:y[ıi]|k)?\b", "to cooperate"),
    (r"\b(?:(\S+)\s+)?kilidini(?:\s+a[çc](t[ıi]|mak|may[ıi]|abil(?:ir|di)|amad[ıi]))?\b", _unlocked),
    (r"\b(\S+)\s+eri[şs]imi?\b", _access),
    (r"\bg[öo]zalt[ıi]na\s+al[ıi]nd[ıi]\b", "was detained"),
    (r"\bmeydana\s+geldi\b", "happened"),
    (r"\ba[çc][ıi]klama\s+yapt[ıi]\b", "made a statement"),
    (r"\bi?slam['’]?a\s+((?:ne\s+zaman|neden|nas[ıi]l)\s+)?ge[çc]ti\b", r"\1converted to Islam"),
    (r"\b(%s)\s+oldu\b" % _alternation(_ROLES), lambda m: "became " + _typed(_ROLES, m.group(1))),
    (r"\bne\s+yaz(?:[ıi]yor|m[ıi][şs]|d[ıi])\b", "what is written"),
    # times ("ölmeden önce": before his death), "bu konuda": about this
    (r"\bbu\s+konuda\b", "about this" + _BREAK),
    (r"\b[öo]lmeden\s+(hemen\s+)?[öo]nce\b", lambda m: ("just " if m.group(1) else "") + "before his death" + _BREAK),
    (r"\b([\w]+)\s+bir\b(?=\s+\w)",
     lambda m: f"bir {m.group(1)}" if _TURKISH.get(m.group(1).lower()) in _ADJECTIVES else m.group(0)),
    (r"\bdaha\s+[öo]nce\b", "before"), (r"\bbir\s+[şs]ey\b", "anything"), (r"\ben\s+son\b", "last"),
    (r"\bilk\s+(?:kez|defa)\b", "first"), (r"\btam\s+olarak\b", "exactly"), (r"\ben\s+[çc]ok\b", "most"),
    # asking: what kind, how long, how old, what time, when; "ne demek": what does ... mean
    (r"^(\s*)(.+?)\s+ne\s+demek(?:tir)?\b", r"\1what does \2 mean"), (r"\bne\s+zamand[ıi]\b", "when was"),
    (r"\bne\s+zaman\b", "when"),
    (r"\bne\s+kadar\s+s[üu]rd[üu]\b", "how long lasted"),
    (r"\b((?:ka[çc]|\d+)\s+(?:dakika|saat|saniye|g[üu]n))\s+s[üu]rd[üu]\b", r"\1 lasted"),
    (r"\b(%s)\s+g[üu]n[üu]\b" % _alternation(_DAYS), lambda m: "on " + _typed(_DAYS, m.group(1))),
    (r"\bne\s+kadar\b", "how much"),
    (r"\bne\s+(?:t[üu]r|[çc]e[şs]it|gibi)\b", "what kind of"), (r"\bne\s+(?:i[çc]in|diye)\b", "why"),
    (r"\b(?:ne|neler)\s+oldu\b", "what happened"),
    (r"\bka[çc]\s+ya[şs][ıi]nda(?:y?d[ıi]|y?m[ıi][şs])\b", "how old was"),
    (r"\bka[çc]\s+ya[şs][ıi]nda(?:d[ıi]r)?(?=\s*[?.!,]|\s*$)", "how old is"),
    (r"\bka[çc]\s+ya[şs][ıi]nda\s+[öo]ld[üu]\b", "at what age died"), (r"\bka[çc]\s+ya[şs][ıi]nda\b", "at what age"),
    (r"\b(\S+)\s+ya[şs][ıi]\s+(?:ka[çc]|ne)(t[ıi]|yd[ıi])?\b",
     lambda m: f"how old {'was' if m.group(2) else 'is'} {_case(m.group(1))[0]}"),
    (r"\b(?:saat\s+ka[çc]ta|hangi\s+saatte)\b", "at what time"), (r"\bka[çc]\s+(?:kez|defa|kere)\b", "how many times"),
    # "öldü" typed "oldu" (happened): a name or people that "oldu" have died
    (r"\bka[çc]\s+ki[şs]i\s+oldu\b", "how many people died"),
    (r"\b((?-i:[A-Z])[\w-]*)\s+oldu(?=\s+m[uü]\b)", r"\1 died"),
    (r"\bkim\s+taraf[ıi]ndan\b", "by whom"), (r"\bhangi\s+([\w'’-]+)", _which),
    (r"\bka[çc]\s+(police\s+officer|[\w'’-]+)", _how_many),
    # "kimdi", "nedir": who was, what is
    (r"\b(kim|ne|nerede|nerde|nas[ıi]l|hangisi|nereli)(y?d[ıi]|t[ıi]|d[ıi]r)\b",
     lambda m: f"{_typed(_ASKING_WAS, m.group(1)) or 'how'} {'is' if m.group(2).lower().endswith('r') else 'was'}"),
    (r"\bnereli\b", "where from"),
    # the yes-no particle, marked where it stood, "mıydı" (was it) apart; "da", "de" (also, too) left out
    (r"\s+(?-i:m[ıiuü]y?d[ıiuü])\b", " " + _YES_NO_PAST),
    (r"\s+(?-i:m[ıiuü](?:s[ıiuü]n(?:[ıiuü]z)?|d[ıiuü]r)?)\b", " " + _YES_NO),
    (r"(?<=\w)\s+(?-i:d[ae])(?=\s+[a-zçğıöşü]|\s*[?.!,\ue000\ue001]|\s*$)", ""),
    # a postposition after its noun, and a name's case after an apostrophe, put in English
    (r"(?P<pre>%s)(?<![\w'’-])(?P<post>%s)(?![\w'’-])" % (_CLAUSE, _alternation(_POSTPOSITIONS)), _postposed),
    (r"(?P<pre>%s)(?<![\w'’-])(?P<word>[\w.-]*\w['’](?P<suffix>[a-zçğıöşü]+))(?![\w'’-])" % _CLAUSE, _cased),
    # "ne" last: what
    (r"(?<![\w'’-])ne(?![\w'’-])", "what"),
])


# -- order -----------------------------------------------------------------------------------

# the verbs glossed (or typed in English), and their bare forms after "did", "does"
_REGULAR = """announce happen kill die attack injure rent use claim want demand ask open unlock live arrest
    act answer respond cooperate refuse prevent force sign fire support blame change publish resign threaten help
    accept visit confess vote decide last call pass convert criticize start appear""".split()
_BARE = {
    **{bare + ("d" if bare.endswith("e") else "ed"): (bare, "did") for bare in _REGULAR},
    **{past: (bare, "did") for past, bare in (p.strip().split("/") for p in """said/say, spoke/speak, wrote/write,
    took place/take place, stabbed/stab, shot/shoot, drove into/drive into, drove/drive, ran over/run over,
    claimed responsibility/claim responsibility, asked for/ask for, knew/know, found/find, read/read, sent/send,
    hid/hide, did/do, met/meet, won/win, banned/ban, came/come, made a statement/make a statement,
    caught/catch, told/tell, gave/give, became/become, got/get, took effect/take effect""".split(","))},
    **{bare + "s": (bare, "does") for bare in "say write use want know live refuse hide think need".split()},
    "changes": ("change", "does"), "does not want": ("not want", "does"), "hide": ("hide", "do"),
}
# what asks of the subject itself with these ("what happened", "how many people died")
_INTRANSITIVE = frozenset(["happened", "died", "took place", "came", "appeared", "changed", "lasted", "took effect"])
_VERB = re.compile(r"(?<![\w'’-])(?:(?:was|were|is|are)(?:\s+not)?\s+(?:needed|written|killed|shot|stabbed|injured|"
                   r"arrested|born|found|sent|used|rented|caught|detained|elected|fired|opened|claimed|known|"
                   r"banned|attacked|published|sold|closed)|"
                   r"(?:can|could|will|must|should|did|does)(?:\s+not)?\s+[a-z]+|"
                   r"%s)(?![\w'’-])"
                   % "|".join(sorted(map(re.escape, _BARE), key=len, reverse=True)), re.I)
_ACTIVE = {"written": "wrote", "killed": "killed", "shot": "shot", "stabbed": "stabbed", "sent": "sent",
           "arrested": "arrested", "used": "used", "rented": "rented", "claimed": "claimed", "found": "found"}

# who or what may be the subject: a name, a noun of the story, what one owns ("the attacker's name"),
# a name before a noun ("WhatsApp messages")
_NOUNS = ("attacker|perpetrator|police officers?|police|officers?|government|minister|Home Secretary|Prime Minister|"
          "author|journalist|reporter|tech companies|companies|company|article|attack|(?:health care )?laws?|group|"
          "soldier|terrorists?|victims?|president|news agency|agency|security services|intelligence services|"
          "court|spokesman|story|headline|programme|interview|statement|car|vehicle|phone|apps?|messages?|"
          "encryption|name|age|bridge|warrant|family|evidence|pedestrians|election|investigation|time|date|envelope")
_NAME = r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*"
_NP = re.compile(r"^(?:(?:the|this|his|her|their)\s+)?(?:(?:new|former|first|last|other|secret|encrypted|dead)\s+)?"
                 r"(?:(?:%s)(?:\s+(?:new\s+)?(?:%s))?|%s)(?:['’]s?\s+(?:%s|%s))?(?:\s+and\s+%s)?(?![\w'’-])"
                 % (_NAME, _NOUNS, _NOUNS, _NOUNS, _NAME, _NAME))
_ASKED = re.compile(
    r"(?<![\w'’-])(?:(?:(?:in|on|at|from|to|with|by|about|for)\s+)?which\s+(?!(?:is|was|are|were|did|does|one)\b)"
    r"[\w'’-]+|(?:what kind of|how many)\s+(?:police officers|[\w'’-]+)|what\s+(?:%s)|how old|how long|how much|"
    r"at what age|at what time|where from|from where|by whom|to whom|with whom|from whom|whom|whose|who|what|"
    r"which(?: one)?|when|where|why|how)(?![\w'’-])" % _NOUNS, re.I)


def _subject(text: str, objects: bool = True) -> tuple[str, str]:
    """The subject in ``text`` and the rest: its first noun phrase ("about Obamacare Trump": Trump),
    unless ``objects``, none glossed as an object ("the article": "makaleyi")."""
    before = re.match(r"^(%s\s+[^\u2063]+\u2063)\s*" % _PREPOSITION, text)
    rest = text[before.end():] if before else text
    m = _NP.match(rest)
    if m and not objects and m.group(0).lower().startswith("the ") and "'s" not in m.group(0):
        subject, after = _subject(rest[m.end():].strip())                      # "the election Trump won"
        return (subject, f"{after} {m.group(0)} {before.group(1) if before else ''}".strip()) if subject \
            else ("", text)
    if not m:
        return "", text
    words = m.group(0).split()
    cut = next((k for k in range(1, len(words)) if _is_brand(words[k]) and words[k - 1][:1].isupper()
                and not words[k - 1].endswith("'s")), len(words))
    subject = " ".join(words[:cut])
    return subject, f"{rest[len(subject):]} {before.group(1) if before else ''}".strip()


def _aux(verb: str) -> tuple[str, str]:
    """The auxiliary that asks with ``verb``, and its bare form: ("did", "die"), ("was", "killed")."""
    m = re.match(r"^(was|were|is|are|can|could|will|must|should|did(?= not)|does(?= not))\s+(.+)$", verb, re.I)
    if m:
        return m.group(1).lower(), m.group(2)
    bare, aux = _BARE.get(verb.lower(), (verb, "did"))
    return aux, bare


def _in_order(words: str) -> str:
    """What follows the verb in English order ("before the attack WhatsApp", "with FBI to cooperate")."""
    words = re.sub(r"^((?:just\s+)?%s\s+[^\u2063]+\u2063)\s*(\S.*)$" % _PREPOSITION, r"\2 \1", words.strip())
    return re.sub(r"^(.+?)\s+(to (?:cooperate|unlock|open|read|help|access|ban|repeal))$", r"\2 \1", words)


def _yes_no(body: str, past: bool) -> str:
    """Asked yes or no: "Masood alone acted" → "did Masood act alone", "Rudd right" → "is Rudd right"."""
    m = re.match(r"^(.+?)['’]s\s+(.+?)\s+there\s+(?:is|was)$", body)
    if m:
        thing = m.group(2) if re.match(r"(?:a|an|the|any)\s", m.group(2)) or _plural(m.group(2)) else "a " + m.group(2)
        return f"{'did' if past else 'does'} {m.group(1)} have {thing}"
    m = re.match(r"^(.+?)\s+there\s+(?:is|was)$", body)
    if m:
        return f"{'was' if past else 'is'} there {m.group(1)}"
    verbs = list(_VERB.finditer(body))
    if verbs:
        v = verbs[-1]
        transitive = _BARE.get(v.group(0).lower(), ("", ""))[1] == "did" and v.group(0) not in _INTRANSITIVE
        subject, rest = _subject(body[:v.start()].strip(), objects=not transitive)
        if not subject:
            return body
        aux, bare = _aux(v.group(0))
        return f"{aux} {_the(subject)} {bare} {_in_order(rest)} {body[v.end():]}"
    subject, rest = _subject(body)
    if subject and not rest and len(subject.split()) > 1:
        subject, rest = subject.rsplit(" ", 1)                                  # "Masood Muslim"
    if not subject or not rest:
        return body
    be = ("were" if past else "are") if _plural(subject) else ("was" if past else "is")
    return f"{be} {_the(subject)} {rest}"


def _asked_of(body: str) -> str:
    """A question word put first: "Rudd about WhatsApp what said" → "what did Rudd say about
    WhatsApp", "the article who wrote" → "who wrote the article"."""
    asked = list(_ASKED.finditer(body))
    if len(asked) != 1:
        return body
    a = asked[0]
    pre, word, post = body[:a.start()].strip(), a.group(0), body[a.end():].strip()
    if _VERB.search(pre):
        return body                                                             # "Kim Jong-un threatened whom"
    verbs = list(_VERB.finditer(post))
    if not verbs:
        if not pre:
            return body
        if re.fullmatch(r"there (?:is|was)", post):
            return f"{word} {post.split()[1]} {pre}"                              # "who was in Parliament"
        if re.match(r"(?:do|does|did|can|could|will)\s", post):
            return f"{word} {post} {pre}"                                       # "what do we know about Rudd"
        be = re.match(r"^(is|was|are|were)\b\s*(.*)$", post, re.I)
        be, rest = (be.group(1), be.group(2)) if be else ("is", post)
        if _plural(pre) and be in ("is", "was"):
            be = {"is": "are", "was": "were"}[be]
        if word.lower() == "where from":
            return f"where {be} {_the(pre)} from {rest}"
        return f"{word} {be} {_the(pre)} {rest}"
    v = verbs[-1]
    mid, verb, tail = post[:v.start()].strip(), v.group(0), post[v.end():].strip()
    aux, bare = _aux(verb)
    low = word.lower()
    if low == "by whom" and aux in ("was", "were") and bare in _ACTIVE:
        return f"who {_ACTIVE[bare]} {_the(pre)} {mid} {tail}"
    transitive = aux in ("did", "does", "can", "could", "will") and verb.lower() not in _INTRANSITIVE
    subject, other = _subject(pre, objects=not transitive)
    if subject and low not in ("who", "who was"):
        where = f"{other} {mid}"
    else:
        subject, where = _subject(mid, objects=False)
        where = f"{pre} {where}"
    if low == "who" or (not subject and (low.startswith(("which ", "how many ", "what kind of "))
                                         or (low == "what" and not transitive))):
        verb = re.sub(r"^was\b", "were", verb) if low.startswith("how many") else verb
        return f"{word} {verb} {mid} {_the(pre)} {tail}"                       # asked of the subject
    if not subject:
        return f"{word} {verb} {pre} {mid} {tail}"
    if not bare:
        return f"{word} {aux} {subject} {where} {tail}"
    return f"{word} {aux} {_the(subject)} {bare} {_in_order(where)} {tail}"


def _turkish_order(glossed: str) -> str:
    """A Turkish question glossed word for word, in English order where that is clear; one with a
    comma or two question words as it is. The marks the idioms left are taken out."""
    m = re.match(r"^(.*?)(\s*[?.!]*)$", glossed.strip(), re.S)
    body, end = m.group(1).strip(" ,"), m.group(2).strip()
    body = re.sub(r"^((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?),\s+", r"\1 ", body)  # "Rudd, ... ne dedi"
    if "," not in body:
        if _YES_NO in body or _YES_NO_PAST in body:
            body = _yes_no(re.sub(r"\s*[\ue000\ue001]\s*", " ", body).strip(), _YES_NO_PAST in body)
        else:
            body = _asked_of(body)
    body = re.sub(r"\s*[\ue000\ue001]\s*", " ", body).replace(_BREAK, "")
    # "help to FBI" (yardım etti FBI'a), "dead the police officer's"
    body = re.sub(r"\b(help(?:ed)?) to\b", r"\1", body)
    body = re.sub(r"\b(appear(?:ed)?) to\b", r"\1 on", body)
    body = re.sub(r"\b(?:the )?(dead|injured|new|former) the\b", r"the \1", body).replace("this the ", "this ")
    return re.sub(r"\s{2,}", " ", body).strip() + end


TURKISH = Language(_TURKISH_IDIOMS, _TURKISH, _TURKISH_DROPPED, _TURKISH_MARK, reorder=_turkish_order,
                   shared=_TURKISH_SHARED)
