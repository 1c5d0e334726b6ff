"""Russian mixed into English questions, read in English.

Russians type a question's frame in Russian, mostly in Latin letters as in chats, each spelling as he
likes ("chto skazala Rudd pro WhatsApp?", "shto", "4to"; "skol'ko let bylo the attacker?"), some in
Cyrillic ("кто написал статью?"). So the words are written once, in Cyrillic, their Latin spellings
made from the letters (``_latin``), and a question's Latin words put back in Cyrillic first, so that
the idioms are written once too. Russian has no articles, declines names too ("u Masooda", "v
WhatsAppe") and often puts the verb before its subject ("chto skazala Rudd": what did Rudd say),
which ``_russian_order`` puts back in English order.
"""
from __future__ import annotations

import re
from itertools import product

from . import Idioms, Language

# the Latin letters typed for each Cyrillic one (a soft sign as "'" or nothing, "ч" as "4" in chats);
# an "е" opening a word or after a vowel is "ye" too ("yego", "napadeniye")
_LETTERS = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e",), "ё": ("e", "yo"),
    "ж": ("zh", "j"), "з": ("z",), "и": ("i",), "й": ("y", "i", "j"), "к": ("k",), "л": ("l",), "м": ("m",),
    "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ф": ("f",),
    "х": ("kh", "h"), "ц": ("ts", "c"), "ч": ("ch", "4"), "ш": ("sh",), "щ": ("sh", "sch", "shch"), "ъ": ("",),
    "ы": ("y", "i"), "ь": ("", "'"), "э": ("e",), "ю": ("yu", "ju", "iu"), "я": ("ya", "ja", "ia"),
}


def _latin(word: str) -> set[str]:
    """The Latin spellings of a Cyrillic ``word`` ("статья": statya, stat'ya, statja, statia ...)."""
    return {"".join(p) for p in product(*(
        ("e", "ye") if c == "е" and (k == 0 or word[k - 1] in "аеёиоуыэюяьъ") else
        ("", "'", "y") if word[k:k + 2] == "ьи" else _LETTERS.get(c, (c,))
        for k, c in enumerate(word)))}


# -- words ------------------------------------------------------------------------------------

# the verbs, in the forms typed: the past (he, she, they), the present, the infinitive
_VERBS = {
    # saying and writing
    "сказал": "said", "сказала": "said", "сказали": "said", "говорит": "says", "говорил": "said", "говорила": "said",
    "заявил": "stated", "заявила": "stated", "сообщил": "reported", "сообщила": "reported", "назвал": "called",
    "ответил": "answered", "ответила": "answered", "отреагировал": "responded", "рассказал": "told",
    "рассказала": "told", "критиковал": "criticised", "написал": "wrote", "написала": "wrote", "написали": "wrote",
    "пишет": "writes", "написано": "is written", "шифрует": "encrypts", "опубликовала": "published",
    "вышла": "was published",
    # happening, killing and dying
    "произошло": "happened", "произошла": "happened", "случилось": "happened", "длилась": "lasted",
    "длилось": "lasted", "убил": "killed", "убили": "killed", "убит": "killed", "убитый": "killed",
    "убитого": "killed", "погиб": "died", "погибли": "died", "погибло": "died", "умер": "died", "умерли": "died",
    "ранены": "injured", "ранено": "injured", "пострадали": "injured", "зарезал": "stabbed", "ударил": "hit",
    "застрелил": "shot", "застрелили": "shot", "застрелен": "shot",
    # the car
    "въехал": "drove into", "наехал": "ran over", "ехал": "drove", "арендовал": "rented", "взял": "took",
    "использовал": "used", "использовала": "used", "использовали": "used", "использует": "uses",
    # wanting, demanding, asking, giving
    "хочет": "wants", "хотят": "want", "хотел": "wanted", "хотела": "wanted", "требует": "demands",
    "требовал": "demanded", "требовала": "demanded", "просила": "asked for", "просил": "asked for",
    "предлагает": "proposes", "давал": "gave", "дала": "gave", "дать": "give", "построить": "build",
    # knowing, finding, reading, opening, sending
    "знал": "knew", "знала": "knew", "знали": "knew", "знает": "knows", "думает": "thinks", "нашли": "found",
    "найти": "find", "читать": "read", "прочитать": "read", "открыть": "open", "разблокировать": "unlock",
    "взломать": "hack", "получить": "get", "отправил": "sent", "послал": "sent",
    # living, birth, arrest, acting, having
    "жил": "lived", "живёт": "lives", "находится": "is", "родился": "was born", "арестовали": "arrested",
    "арестовала": "arrested", "арестован": "arrested", "задержали": "arrested", "действовал": "acted",
    "связан": "linked", "имел": "had", "владеет": "owns",
    # cooperating, refusing, preventing, hiding, forcing, helping
    "сотрудничать": "cooperate", "сотрудничает": "cooperates", "отказался": "refused", "отказалась": "refused",
    "отказались": "refused", "отказывается": "refuses", "предотвратить": "prevent", "скрывают": "hide",
    "скрывать": "hide", "заставить": "force", "запретить": "ban", "помочь": "help",
    # doing, passing, meeting, voting, winning, firing
    "сделал": "did", "сделала": "did", "сделали": "did", "делает": "does", "сделать": "do", "делать": "do",
    "принять": "pass", "принял": "passed", "приняли": "passed", "встречаться": "meet", "встретится": "will meet",
    "встретилась": "met", "голосовали": "voted", "голосовал": "voted", "выиграл": "won", "уволил": "fired",
    # to be, can, must, will (Russian leaves "is" out: "кто автор?")
    "был": "was", "была": "was", "было": "was", "были": "were", "будет": "will", "будут": "will", "есть": "is",
    "является": "is", "стал": "became", "может": "can", "могут": "can", "можно": "can", "мог": "could",
    "могла": "could", "могли": "could", "должен": "must", "должны": "must", "нужно": "need", "нужен": "need",
}

# the nouns and adjectives, in the cases typed ("статью", "у нападавшего")
_NOUNS = {
    # the attack, the attacker, the police, the bridge, the car, the dead
    "нападение": "attack", "нападения": "attack", "нападении": "attack", "нападением": "attack", "атака": "attack",
    "атаки": "attack", "атаку": "attack", "атакой": "attack", "теракт": "attack", "теракта": "attack",
    "нападавший": "attacker", "нападавшего": "attacker", "нападавшему": "attacker", "полицейскому": "police officer",
    "террорист": "terrorist", "террористы": "terrorists", "террористов": "terrorists", "преступник": "perpetrator",
    "полиция": "police", "полиции": "police", "полицию": "police", "полицейский": "police officer",
    "полицейского": "police officer", "полицейские": "police officers", "мост": "bridge", "моста": "bridge",
    "мосту": "bridge", "мосте": "bridge", "машина": "car", "машину": "car", "машины": "car", "машиной": "car",
    "автомобиль": "car", "пешеходы": "pedestrians", "пешеходов": "pedestrians", "люди": "people", "людей": "people",
    "человек": "people", "жертвы": "victims", "жертв": "victims", "погибших": "dead", "раненых": "injured",
    "нож": "knife", "ножом": "knife", "солдат": "soldier", "тюрьме": "prison",
    # years, days, time
    "год": "year", "года": "years", "лет": "years", "возраст": "age", "день": "day", "дня": "day", "неделя": "week",
    "недели": "week", "неделе": "week", "воскресенье": "Sunday", "среду": "Wednesday", "время": "time",
    "времени": "time", "минут": "minutes", "минуты": "minutes", "часов": "hours",
    # the article and the programme
    "имя": "name", "статья": "article", "статьи": "article", "статье": "article", "статью": "article",
    "заголовок": "headline", "заголовке": "headline", "название": "title", "автор": "author", "автора": "author",
    "журналист": "journalist", "газета": "newspaper", "передача": "programme", "передачи": "programme",
    "передаче": "programme", "программе": "programme", "шоу": "show", "интервью": "interview",
    # the government, its laws, its courts
    "правительство": "government", "правительства": "government", "министр": "minister", "министра": "minister",
    "закон": "law", "закона": "law", "законы": "laws", "законов": "laws", "ордер": "warrant", "ордера": "warrant",
    "разрешение": "permission", "суд": "court", "суда": "court",
    # the messages, the apps, the companies, the services
    "сообщение": "message", "сообщения": "messages", "сообщений": "messages", "сообщениям": "messages",
    "переписка": "messages", "переписку": "messages", "переписке": "messages", "приложение": "app",
    "приложения": "app", "компания": "company", "компании": "companies", "компаний": "companies",
    "службы": "services", "безопасность": "security", "безопасности": "security", "доказательства": "evidence",
    "группа": "group", "группы": "group", "агентство": "agency", "телефон": "phone", "телефона": "phone",
    "айфон": "iPhone", "шифрование": "encryption", "шифровании": "encryption", "зашифрованные": "encrypted",
    "зашифрованы": "encrypted", "секретный": "secret", "секретное": "secret", "место": "place", "конверт": "envelope",
    "доступ": "access", "мотив": "motive", "планы": "plans", "отношение": "connection",
    "ответственность": "responsibility", "ислам": "Islam", "британский": "British", "британским": "British",
    "гражданином": "citizen", "новый": "new", "новая": "new", "новое": "new", "новые": "new", "другие": "other",
    "другой": "other",
    # US politics
    "президент": "president", "президента": "president", "выборы": "election", "выборах": "election",
    "партия": "party", "партии": "party", "республиканцы": "Republicans", "демократы": "Democrats",
    "политиков": "politicians", "республиканцев": "Republicans", "стену": "wall", "конгресс": "Congress",
    "сенат": "Senate",
}
_NOUN_WORDS = frozenset(_NOUNS.values())

# the asking
_ASKING = {
    "кто": "who", "кого": "whom", "кому": "to whom", "кем": "by whom", "что": "what", "чего": "what", "чем": "what",
    "когда": "when", "где": "where", "куда": "where", "откуда": "from where", "почему": "why", "зачем": "why",
    "сколько": "how many", "как": "how", "какой": "what", "какая": "what", "какое": "what", "какие": "what",
    "каких": "what", "каком": "what", "какую": "what", "какого": "what", "который": "which", "которая": "which",
    "которое": "which", "которые": "which", "которого": "which", "чей": "whose", "чья": "whose", "чьи": "whose",
}

# prepositions, pronouns, joining words, negation, time and place
_SMALL = {
    "в": "in", "во": "in", "на": "on", "с": "with", "со": "with", "о": "about", "об": "about", "про": "about",
    "по": "on", "для": "for", "до": "before", "после": "after", "перед": "before", "от": "from", "из": "from",
    "из-за": "because of", "к": "to", "у": "at", "за": "for", "без": "without", "через": "through",
    "между": "between", "против": "against", "при": "during", "согласно": "according to", "он": "he", "она": "she",
    "они": "they", "его": "his", "её": "her", "их": "their", "ему": "him", "ей": "her", "него": "him", "нее": "her",
    "них": "them", "я": "I", "мне": "me", "меня": "me", "мы": "we", "вы": "you", "ты": "you", "свой": "his own",
    "этот": "this", "эта": "this", "это": "this", "эти": "these", "этого": "this", "этой": "this", "эту": "this",
    "тот": "that", "того": "that", "кто-то": "anyone", "что-то": "anything", "все": "all", "и": "and", "или": "or",
    "а": "and", "но": "but", "чтобы": "to", "если": "if", "ли": "whether", "тоже": "also", "уже": "already",
    "не": "not", "нет": "no", "никогда": "never", "только": "only", "именно": "exactly", "точно": "exactly",
    "правда": "true", "действительно": "really", "сам": "himself", "сама": "herself", "один": "one", "потом": "then",
    "сейчас": "now", "там": "there",
}

# names in Cyrillic ("tramp" is an English word)
_NAMES = {"трамп": "Trump", "радд": "Rudd", "эмбер": "Amber", "масуд": "Masood", "халид": "Khalid", "фбр": "FBI",
          "эппл": "Apple", "ватсап": "WhatsApp", "коми": "Comey", "обама": "Obama", "лондон": "London", "сша": "US"}

# words of talk, left out: "ну", "вот", "вообще", "пожалуйста", "скажите", "блин", "же"
_DROPPED_WORDS = """ну вот вообще пожалуйста спасибо скажите скажи подскажите интересно блин типа короче же ведь
    просто прямо кстати слушайте ребята привет здравствуйте так бы""".split()

# chat spellings the letters don't make, in Cyrillic
_CHAT = {"shto": "что", "што": "что", "chë": "что", "cho": "что", "che": "что", "chevo": "чего",
         "pochemy": "почему", "po4emy": "почему", "skoka": "сколько", "voobshe": "вообще",
         "voobsche": "вообще", "pls": "пожалуйста", "plz": "пожалуйста", "ето": "это"}

# Latin spellings that are English words, put in Cyrillic only before a word of Russian ("on skazal",
# "i kto", "do napadeniya"; "i", "s", "v", "k", "o", "u", "pro" before a name too: "s Apple") or
# after one ("skolko let", "na most", "v kakoy den"): "on WhatsApp", "most people", "I think" stay
_BEFORE = {"on": "он", "i": "и", "a": "а", "do": "до", "s": "с", "v": "в", "k": "к", "o": "о", "u": "у",
           "no": "но", "my": "мы", "ya": "я", "ja": "я", "ego": "его", "pro": "про", "tak": "так"}
_AFTER = {"let": "лет", "god": "год", "den": "день", "most": "мост", "order": "ордер", "sam": "сам",
          "odin": "один", "li": "ли", "tam": "там"}
_NAME_AFTER = frozenset("i s v k o u pro".split())

# the words read by the idioms only ("kak zovut", "chto takoe", "sudimost", "vzyalo otvetstvennost")
_IDIOM_WORDS = """зовут звали называется такой такое такая такие значит означает знаешь знаете нас сидел возраста
    раз долго часто итоге конце концов словам одиночку назад себя взяло взяли взяла аренду напрокат судимость
    судимости исламское исламского государство государства внутренних дел мвд игил сквозное сквозного спецслужбы
    разведка информагентство технологические белый белого дом доме верховный хочу знать узнать""".split()

_WORDS = {**_VERBS, **_NOUNS, **_ASKING, **_SMALL}
# Latin spellings the letters make that are English words of no use ("бы": by, "ее": eye, "той": toy,
# "статье": state, "со": so)
_NOT_LATIN = frozenset("by bi eye yee toy state so".split())
# every Latin spelling, and its word in Cyrillic ("kak", an Indonesian "brother" too, counts once as a
# mark: it is glossed from Cyrillic only; Polish and Slovak "kto" counts twice, as a tie goes to them)
_ONCE = frozenset({"kak"})
_CYRILLIC = {**{latin: word for word in reversed([*_WORDS, *_DROPPED_WORDS, *_IDIOM_WORDS])
                for latin in _latin(word) if not (latin in _BEFORE or latin in _AFTER or latin in _NOT_LATIN)},
             **_CHAT}
_RUSSIAN = {**{latin: _WORDS[word] for latin, word in _CYRILLIC.items() if word in _WORDS and latin not in _ONCE},
            **_WORDS, **{w.replace("ё", "е"): e for w, e in _WORDS.items()}, **_NAMES}
_RUSSIAN_DROPPED = frozenset(_DROPPED_WORDS) | frozenset(w for w, c in _CYRILLIC.items() if c in _DROPPED_WORDS)

# the Latin spellings that are English words or tokens too (Italian "che", "chi", "mi"), put in Cyrillic
# and glossed only next to a word of Russian or before a name: "ne hotel" (did not want), but "a hotel"
_RUSSIAN_SHARED = frozenset("""hotel net est yest mi ti vi ia chi che chem emu mog nih sud togo nu eta pravda privet
    programme islam terrorist iz ee ei ey ej ih vse kem tot dat dom dome del""".split())

# the words that show a question is Russian: every Cyrillic one, and the Latin ones that are no English
# word ("dome", "mesto") nor common in the other languages: Czech and Polish "byl", "ona", "znal", "zakon",
# Indonesian "bila", Hindi "na", Italian "che", "mogli", Spanish "del", Portuguese "nas", German "ob",
# "soldat", Dutch "nee", French "je"
_RUSSIAN_MARK = (frozenset(_RUSSIAN) | _RUSSIAN_DROPPED | frozenset(w for w, c in _CYRILLIC.items() if c in
                 _IDIOM_WORDS) | _ONCE | {"li"}) - _RUSSIAN_SHARED - frozenset(
    """pravda zakon zakona zakony ministr telefon policii che cho stati soldat avtor je ne na po ob mesto stal ot mog
    sama del komu bez pri za potom minut minuty minuti moste mostu nedele
    nedeli senat prezident prezidenta mogli gruppi terroristi partii partija suda telefona bili tipa
    ministra gazeta chia motiv kongress plz ty vy byl byla bylo byli bil bila napisal napisala napisali nazval
    ona oni poslal zastrelen zastrelil znal znala znali mogla prosil prosila dnia ataku ataki nas nee dom dome
    vo""".split())

# -- idioms -----------------------------------------------------------------------------------

def _russian(word: str) -> bool:
    """Whether ``word`` is one of Russian (Cyrillic, or a Latin spelling in small letters)."""
    return bool(re.match(r"[а-яё]", word, re.I)) or word.islower() and word not in _RUSSIAN_SHARED and \
        (word in _CYRILLIC or word in _RUSSIAN)


def _in_cyrillic(m: re.Match) -> str:
    """A Latin word of Russian in Cyrillic; one that is an English word too only next to Russian."""
    word = m.group(0)
    low = word.lower()
    first = not m.string[:m.start()].strip() or m.string[:m.start()].rstrip()[-1] in ".?!"
    if not (word.islower() or first and word[1:].islower()):
        return word
    after = re.match(r"\s+([\"“«]?[\w'’-]+)", m.string[m.end():])
    after = after.group(1) if after else ""
    before = re.search(r"([\w'’-]+)\s+$", m.string[:m.start()])
    before = before.group(1) if before else ""
    if low in _CYRILLIC and (low not in _RUSSIAN_SHARED or _russian(after) or _russian(before) or
                             after[:1].isupper()):
        return _CYRILLIC[low]
    if low in _BEFORE and (_russian(after) or word == "s" or low in _NAME_AFTER and word.islower() and after and
                           (after[0] in "\"“«" or after[0].isupper())):
        return _BEFORE[low]
    # ("odin", "sam" ending a question: "deystvoval li Masood odin?", acted alone)
    if low in _AFTER and word.islower() and (_russian(before) or before.isdigit() or low in ("odin", "sam") and
                                              not after and m.start() > 0):
        return _AFTER[low]
    return word


# the words after which a name is declined: prepositions, verbs that take an object ("arestovali
# Masooda"), and nouns that own a genitive ("vozrast Masooda": the age of Masood)
_PREPOSITIONAL = frozenset("в во о об на при".split())
_DECLINING = frozenset("""у от из для до после против без с со за перед к по про арестовали задержали убили
    застрелили знали""".split())
_OWNERS = frozenset("возраст имя машина машину телефон мотив переписку планы".split())


def _name_case(m: re.Match) -> str:
    """A name declined ("Masoodu", "s Masoodom", "v WhatsAppe", "u Masooda") without its ending, an
    owner with "of" ("mashina Masooda": the car of Masood); "-om", "-a", "-e" only after a word that
    declines them, "-e" not after a letter of a silent "e": "v Apple", "skazal Obama", "Kingdom" stay."""
    name, stem, ending = m.group(0), m.group(1), m.group(2).lower()
    prev = re.search(r"([\w'’-]+)\s+$", m.string[:m.start()])
    before = prev.group(1).lower() if prev else ""
    if name.lower() in _RUSSIAN or name.isupper() or len(stem) < 4 or stem[-1] in "aeiouy'’":
        return name
    if ending == "u" or (ending == "om" and before in _DECLINING):
        return stem
    if ending == "e" and before in _PREPOSITIONAL and (stem[-1] in "dpbmfh" or stem[-1] == stem[-2]):
        return stem
    if ending == "a" and (before in _OWNERS or before in _DECLINING and stem[-1] != stem[-2]) and \
            not m.string[m.end():m.end() + 2].strip()[:1].isupper():
        return ("of " if before in _OWNERS else "") + stem
    return name


# words after which "что" asks ("а что", "про что"); after other words it joins a clause
_ASKS_AFTER = frozenset("а и ну вот так про о об на в за с по".split())


def _that(m: re.Match) -> str:
    """"что" after a verb, a noun or a comma joins a clause ("Rudd skazala, chto ...": said that),
    but asks first, after a name opening the question ("Rudd chto skazala?"), after "а", "и", "про" ..."""
    prev = m.group(1)
    if prev.lower() in _ASKS_AFTER or re.fullmatch(r"\s*(?:(?-i:[A-Z])[\w'’-]*\s+)*", m.string[:m.start()]) and \
            prev[0].isupper() and prev.lower() not in _RUSSIAN:
        return m.group(0)
    return f"{prev}{m.group(2)}that"


# the genitives that own the noun before them ("imya napadavshego": the name of the attacker)
_GENITIVES = frozenset("""статьи нападавшего нападения теракта передачи правительства закона компании группы
    полиции полицейского приложения моста машины автора журналиста министра президента партии жертв суда""".split())


def _of_the(m: re.Match) -> str:
    """A noun, or its "у" ("zagolovok u stati"), before a genitive: "of the", "of" before "этой"."""
    head, this, owner = m.group(1).lower(), m.group(2), m.group(3).lower()
    if (_RUSSIAN.get(head) in _NOUN_WORDS or head == "у") and owner in _GENITIVES:
        return ("" if head == "у" else m.group(1) + " ") + ("of " if this else "of the ")
    return m.group(0)


# the nouns of the story that take "the" after a preposition ("pered napadeniem": before the attack)
_THE = frozenset({"attack", "attacker", "police", "police officer", "bridge", "car", "article", "law", "government",
                  "programme", "court", "author"})


def _the_after(m: re.Match) -> str:
    return f"{m.group(1)} the " if _RUSSIAN.get(m.group(2).lower()) in _THE else m.group(0)


def _back(m: re.Match) -> str:
    """A Cyrillic word no idiom read, in Latin letters as typed ("зовут": zovut, "Коми": Komi)."""
    word = m.group(0)
    if word.lower() in _RUSSIAN or word.lower() in _RUSSIAN_DROPPED:
        return word
    latin = "".join(_LETTERS.get(c, (c,))[0] for c in word.lower())
    return latin.capitalize() if word[0].isupper() else latin


def _had(m: re.Match) -> str:
    """"у него был": he had."""
    return {"него": "he", "нее": "she", "них": "they"}[m.group(1).lower()] + " had"


_RUSSIAN_IDIOMS = Idioms([
    # typographic apostrophes as typed ("stat’ya"), "ё" as "е"; then the Latin words in Cyrillic
    (r"(?<=[a-z])’(?=[a-z])", "'"), (r"ë", "e"), (r"ё", "е"),
    (r"(?<![\w'’-])[\w'’-]+", _in_cyrillic),
    (r"\b(?:westminster|vestminster)\w*\s+(?:most|мост)\w*|\bвестминстерск\w*\s+мост\w*", "Westminster Bridge"),
    # names declined: the case ending left out
    (r"(?<![\w'’-])((?-i:[A-Z])[\w'’]*?)(om|u|e|a)\b", _name_case),
    (r"^\s*а\s+", ""),
    # age: "skolko let bylo Masoodu", "skolko emu bylo let", "kakogo vozrasta", "v kakom vozraste"
    (r"\bлет\s+назад\b", "years ago"), (r"\b(\d+)\s+(?:лет|года?)\b", r"\1 years"), (r"\b(\d{4})\s+году\b", r"\1"),
    (r"\bсколько\s+(?:(ему|ей)\s+(?:было\s+)?лет|лет\s+(?:было\s+)?(ему|ей)(?:\s+было)?)\b",
     lambda m: "how old was " + ("he" if "ему" in (m.group(1) or m.group(2)).lower() else "she")),
    (r"\bсколько\s+лет\s+(?:было|исполнилось)\b", "how old was"),
    (r"\bсколько\s+было\s+((?:[\w'’-]+\s+){1,3}?)лет\b", r"how old was \1"),
    (r"\bсколько\s+лет(?=\s+(?:(?-i:[A-Z])|the\b|нападавш|полицейск|террорист))", "how old was"),
    (r"\bсколько\s+лет\b", "how many years"), (r"\bсидел\w*\s+в\s+тюрьм\w*", "was in prison"),
    (r"\bкакого\s+возраста\b", "how old"), (r"\bв\s+каком\s+возрасте\b", "at what age"),
    # names: "kak zovut napadavshego", "kak ego zvali"
    (r"\bкак\s+(?:его|ее)\s+зовут\b", "what is his name"), (r"\bкак\s+(?:его|ее)\s+звали\b", "what was his name"),
    (r"\bкак\s+зовут\b", "what is the name of"), (r"\bкак\s+звали\b", "what was the name of"),
    (r"\bкак\s+называ(?:ется|лась|лся|лось)\b", "what is the name of"),
    # the asking: "chto takoe", "kto takoy", "chto za", "vo skolko", "kak dolgo", "o chem", "kto iz"
    (r"\bчто\s+(?:такое|значит|означает)\b", "what is"), (r"\bкто\s+так(?:ой|ая)\b", "who is"),
    (r"\bкто\s+такие\b", "who are"), (r"\bкто\s+из\b", "which of the"),
    (r"\bчто\s+(?:это\s+)?за\b|\bкакого\s+(?:типа|рода)\b", "what kind of"),
    (r"\bво\s+сколько\b|\bв\s+какое\s+время\b", "at what time"), (r"\bсколько\s+времени\b|\bкак\s+долго\b", "how long"),
    (r"\bкак\s+часто\b", "how often"), (r"\bв\s+какой\s+(?=день\b)", "on what "), (r"\bс\s+кем\b", "with whom"),
    (r"\bдень\s+недели\b", "day of the week"), (r"\bв\s+(?=(?:среду|воскресенье)\b)", "on "),
    (r"\bо\s+чем\b", "about what"), (r"\bсколько\s+раз\b", "how many times"),
    (r"\bпотому\s+что\b|\bтак\s+как\b", "because"),
    (r"\bчто\s+(?:случилось|произошло)\b", "what happened"),
    (r"\bхочу\s+(?:у)?знать\b|\bу\s+нас\b|\b(?:ты|вы)?\s*(?:не\s+)?(?:знаешь|знаете)\b", ""),
    (r"^\s*это\s+было\b", "was it"), (r"\bчтобы\s+(?=(?-i:[A-Z]))", "that "),
    # "pravda li, chto": is it true that; "est li": is there; "u nego byl": he had; "byla li u X": did X have
    (r"\b(?:это\s+)?правда\s+ли\b,?|\b(?:это\s+)?правда\s*,?\s*(?=что\b)", "is it true "),
    (r"\bесть\s+ли\b", "is there"),
    (r"\bу\s+(него|нее|них)\s+(?:был(?:а|о|и)?|есть)\b", _had),
    (r"\b(?:был(?:а|о|и)?|есть)(?:\s+ли)?\s+у\s+((?-i:[A-Z])[\w'’-]*)", r"did \1 have"),
    (r"\bу\s+((?-i:[A-Z])[\w'’-]*)\s+(?:был(?:а|о|и)?|есть)\b", r"\1 had"),
    # "что" joining a clause; "которого убил Masood": whom Masood killed
    (r",\s*которого\s+([\w'’-]+)\s+((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)", r", whom \2 \1"),
    (r"([\w'’-]+)(\s*,\s*|\s+)что\b", _that),
    # "posle togo kak", "vo vremya", "v itoge", "po slovam", "v odinochku"
    (r"\bпосле\s+того,?\s+как\b", "after"), (r"\bдо\s+того,?\s+как\b|\bперед\s+тем,?\s+как\b", "before"),
    (r"\bво\s+время\b", "during"), (r"\bв\s+итоге\b|\bв\s+конце\s+концов\b|\bв\s+конце\b", "in the end"),
    (r"\bпо\s+словам\b", "according to"), (r"\bв\s+одиночку\b|\bсам\s+по\s+себе\b", "alone"),
    (r"\bдействовал\s+(?:один|сам)\b", "acted alone"), (r"\b(?:один|сам)(?=\s*[?.!]*\s*$)", "alone"),
    # the story's things: the bridge, the stabbing, the claim, the record, the offices
    (r"\bна\s+мост(?:у|е)\b", "on the bridge"), (r"\bна\s+мост\b", "onto the bridge"),
    (r"\b(?:ударил|ранил|убил)\w*\s+ножом\b|\bнанес\w*\s+(?:удар\w*\s+)?ножом\b", "stabbed"),
    (r"\bвзял\w*\s+(?:в\s+аренду|напрокат)\b", "rented"),
    (r"\bвзял(?:о|и|а)?\s+(?:на\s+себя\s+)?ответственность\b", "claimed responsibility"),
    (r"\bсудимост\w*|\b(?:криминальн|уголовн)\w*\s+прошл\w*", "criminal record"),
    (r"\bисламск\w*\s+государств\w*|\b(?:игил|igil)\b", "Islamic State"), (r"\bисламск\w*", "Islamic"),
    (r"\bминистр\w*\s+внутренних\s+дел\b|\bглав\w\s+мвд\b", "Home Secretary"), (r"\bмвд\b", "Home Office"),
    (r"\bсквозн\w*\s+шифровани\w*", "end-to-end encryption"),
    (r"\bслужб\w*\s+безопасности\b|\bспецслужб\w*", "security services"),
    (r"\bразведк\w*|\bразведывательн\w*\s+служб\w*", "intelligence services"),
    (r"\b(?:информационн|новостн)\w*\s+агентств\w*|\bинформагентств\w*", "news agency"),
    (r"\bтехнологическ\w*\s+компани\w*|\b(?:ит|it|tech|тех)[- ]?(?:компани|kompani)\w*", "tech companies"),
    (r"\b(?:бел|бэл)\w*\s+дом\w*", "White House"), (r"\bверховн\w*\s+суд\w*", "Supreme Court"),
    (r"\b(перед|после|до|за|против|о|об|про|на|в|во|с|со|от|из|для|к|по|при|of|during)\s+(?=([\w'’-]+))", _the_after),
    # an owned noun before its owner in the genitive; "Apple v. FBI": versus
    (r"(?<![\w'’-])([\w'’-]+)\s+(?=(этой\s+|этого\s+|этих\s+)?([\w'’-]+))", _of_the), (r"(?<=\w)\s+v\.(?=\s)", " vs."),
    (r"[а-яё]+(?:-[а-яё]+)?", _back),
])


# -- order ------------------------------------------------------------------------------------

# the verbs glossed, their bare forms, and the auxiliary that asks with them ("drove_into": drove into)
_BARE = {
    **{past.replace("_", " "): (bare.replace("_", " "), "did") for past, bare in (pair.split(":") for pair in """
        said:say told:tell stated:state reported:report called:call answered:answer responded:respond wrote:write
        happened:happen killed:kill died:die injured:injure stabbed:stab hit:hit shot:shoot attacked:attack
        drove_into:drive_into ran_over:run_over drove:drive rented:rent took:take used:use wanted:want
        demanded:demand asked_for:ask_for called_for:call_for knew:know found:find hacked:hack got:get sent:send
        lived:live arrested:arrest acted:act refused:refuse did:do passed:pass met:meet voted:vote won:win
        fired:fire lasted:last published:publish criticised:criticise gave:give had:have""".split())},
    **{present: (present[:-1], "does") for present in """says writes happens uses wants demands asks knows lives
        cooperates refuses owns thinks proposes encrypts""".split()},
    "does": ("do", "does"), **{bare: (bare, "do") for bare in ["use", "want", "hide", "need"]},
}
_VERB = "|".join(sorted(map(re.escape, _BARE), key=len, reverse=True))
# who may be the subject next to its verb: a pronoun, a name ("Amber Rudd", "FBI"), "the" or "this"
# and a word, or a noun of the story that acts, which takes "the" (``_the``)
_STORY = r"police officers?|police|attackers?|perpetrator|terrorists?|government|minister|author|journalist|" \
         r"soldier|group|president|attack|article|law|court|judge|companies|company"
_SUBJECT = rf"(?:he|she|they|(?:the\s+|this\s+)?(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*|{_STORY})|" \
           rf"(?:the|this)\s+[a-z]+)(?![\w'’-])"
# what a "what ..." asks for, which is no subject ("what car drove the attacker": what car did he drive)
_THINGS = r"(?:(?:new|other|secret)\s+)?(?:car|phone|app|law|laws|message|messages|knife|article|headline|" \
          r"programme|show|interview|name|day|time|newspaper|evidence|warrant|connection)"
_ASKED = r"(?:what|when|where|why|how long|how many times|how|whom|to whom|with whom|from where|about what)" \
         r"(?:\s+and\s+(?:what|when|where|why|how))?"
_WHAT_THING = rf"(?:(?:in|on|at|from|about|with|for)\s+)?(?:what|which|whose)\s+{_THINGS}"


def _the(subject: str) -> str:
    return re.sub(rf"^(?=(?:{_STORY})\b)", "the ", subject)


def _did(asked: str, subject: str, negated: str | None, verb: str, rest: str) -> str:
    """``asked``, the auxiliary of ``verb``, ``subject``, the verb: "what did Rudd say"."""
    bare, aux = _BARE[verb.lower()]
    return f"{asked}{aux} {_the(subject)} {'not ' if negated else ''}{bare}{rest}"


def _russian_order(glossed: str) -> str:
    """A Russian question glossed word for word, in English order: "what said Rudd?" → "what did Rudd
    say?", "why Apple refused" → "why did Apple refuse", "said whether Rudd" → "did Rudd say", "who
    author?" → "who is the author?"; what is asked of the subject ("who said ...?") is English already."""
    out = re.sub(r"\b(refused?|refuses|wanted|wants?|demanded|demands|asked|asks|need|must not|called for)\s+(help|"
                 r"cooperate|read|unlock|open|prevent|do|force|say|ban|hide|get|hack|use|stop|pass|meet|build)\b",
                 r"\1 to \2", glossed)
    # "kto eto napisal": who wrote this; a name before the question word: "Rudd what said"
    out = re.sub(rf"\b(this)\s+({_VERB})\b(?!\s+(?:the|a|an|this|that|his|her)\b)", r"\2 \1", out, flags=re.I)
    m = re.match(r"^(\s*)((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)\s+(what|where|when|why|how|whom)\s+(.*)$",
                 out)
    if m and not re.match(r"(?:is|was|are|were|did|does|do)\b", m.group(4)):
        out = f"{m.group(1)}{m.group(3)} {m.group(2)} {m.group(4)}"
    # a yes-no question: "said whether Rudd", "can whether the police", "need whether a warrant to"
    m = re.match(rf"^(\s*)({_VERB})\s+whether\s+({_SUBJECT})(.*)$", out, re.I)
    if m:
        return _did(m.group(1), m.group(3), None, m.group(2), m.group(4))
    out = re.sub(r"^(\s*)(was|were|is|can|could|will|must)\s+whether\s+", r"\1\2 ", out, flags=re.I)
    out = re.sub(r"^(\s*)need\s+whether\s+(.+?)\s+(?=to\b)", r"\1is \2 needed ", out, flags=re.I)
    out = re.sub(rf"^(\s*(?:was|were|is|can|could|will|must)\s+)(?=(?:{_STORY})\b)", r"\1the ", out, flags=re.I)
    out = re.sub(r"^(\s*how many\s+(?!times\b)\w+)\s+was\b", r"\1 were", out, flags=re.I)
    # "where was born Masood": where was Masood born; "what will do WhatsApp": what will WhatsApp do
    m = re.match(rf"^(\s*(?:{_ASKED})\s+(was|were|can|could|will|must))\s+([a-z]+)\s+({_SUBJECT})(.*)$", out, re.I)
    if m and m.group(3) in (("born", "arrested", "killed", "shot", "injured", "stabbed", "published")
                            if m.group(2) in ("was", "were") else {bare for bare, _ in _BARE.values()}):
        return f"{m.group(1)} {_the(m.group(4))} {m.group(3)}{m.group(5)}"
    # "when Rudd will meet", "why WhatsApp not can open": when will Rudd meet, why can WhatsApp not open
    m = re.match(rf"^(\s*(?:{_ASKED})\s+)({_SUBJECT})\s+(not\s+)?(can|could|will|must)\s+(.*)$", out, re.I)
    if m:
        return f"{m.group(1)}{m.group(4)} {_the(m.group(2))} {m.group(3) or ''}{m.group(5)}"
    out = re.sub(rf"^(\s*(?:{_ASKED})\s+)({_SUBJECT})\s+(was|were)\b", r"\1\3 \2", out, flags=re.I)
    # "what did Masood": what did Masood do
    m = re.match(rf"^(\s*(?:{_ASKED})\s+did\s+({_SUBJECT}))(\s*[?.!]*)$", out, re.I)
    if m:
        return f"{m.group(1)} do{m.group(3)}"
    # a verb before its subject: "what said Rudd", "what car drove the attacker", "how many people
    # killed Masood" (asked of a name: the people are those killed), but "what newspaper published the
    # article" (Russian "statyu" is its object)
    m = re.match(rf"^(\s*(?:{_ASKED}|{_WHAT_THING}|how\s+many\s+(?:minutes|hours|days|times)|how\s+many\s+(?:people|"
                 rf"victims|pedestrians)(?=\s+(?:killed|stabbed|injured|shot|ran over|arrested)\s+(?:(?-i:[A-Z])|the\b|"
                 rf"police\b|attacker\b)))\s+)(not\s+)?({_VERB})(\s+to\s+[a-z]+)?\s+({_SUBJECT})(.*)$", out, re.I)
    if m and not (re.search(_THINGS + r"\s*$", m.group(1)) and re.match(r"(?:the\s+)?(?:article|law|attack)$",
                                                                         m.group(5)) and m.group(3) != "happened"):
        return _did(m.group(1), m.group(5), m.group(2), m.group(3), (m.group(4) or "") + m.group(6))
    # a subject before its verb: "why Apple refused", "what Rudd said" (but "what company owns
    # WhatsApp" asks of the subject)
    m = re.match(rf"^(\s*(?:{_ASKED}|how\s+many\s+(?:people|victims)|{_WHAT_THING})\s+)({_SUBJECT})\s+(not\s+)?"
                 rf"({_VERB})\b(.*)$", out, re.I)
    if m and not (re.match(r"(?:what|which)\s*$", m.group(1), re.I) and m.group(2).islower()):
        return _did(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5))
    # no verb: "who author of the article?" → "who is the author of the article?"
    m = re.match(r"^(\s*(?:who|what|where|whose\s+\w+|which\s+\w+))\s+([\w'’-]+)", out, re.I)
    if m and (m.group(2)[0].isupper() or m.group(2) in _NOUN_WORDS or m.group(2) in ("this", "his", "her")) and \
            not re.search(rf"\b(?:is|was|were|are|will|can|could|must|did|does|do|has|had|have|{_VERB})\b", out, re.I):
        out = f"{m.group(1)} is {out[m.end(1):].lstrip()}"
    return re.sub(rf"\b(is|was)\s+(?=(?:name|age|author|headline|title|motive|{_STORY})\b)", r"\1 the ", out)


RUSSIAN = Language(_RUSSIAN_IDIOMS, _RUSSIAN, _RUSSIAN_DROPPED, _RUSSIAN_MARK, reorder=_russian_order,
                   shared=_RUSSIAN_SHARED)
