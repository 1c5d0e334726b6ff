"""Polish mixed into English questions, read in English.

Poles type the frame of a question in Polish and the story's names and things in English ("Kto
powiedział, że WhatsApp is a secret place?", "Ile lat miał the attacker?", "Co Rudd powiedziała o
WhatsAppie?"), with diacritics or without (chat drops them: "powiedzial", "artykul", "ze"). Polish
has no articles, declines its nouns and the names it borrows ("o WhatsAppie", "Masooda",
"iPhone'a"), and orders its words freely: the verb often comes before its subject ("co powiedziała
Rudd": what did Rudd say), and a yes-no question opens with "czy" ("czy Masood działał sam?": did
Masood act alone?), which ``_polish_order`` puts back in English order. Each word is listed once,
with its diacritics: its spelling without them is made from it (``_PLAIN``), and so are the idioms'.
"""
from __future__ import annotations

import re

from . import Idioms, Language, with_plain_spellings

# the letters chat types without their diacritics
_PLAIN = str.maketrans("ąćęłńóśźż", "acelnoszz")


def _either(pattern: str) -> str:
    """``pattern`` matching its words typed with diacritics or without ("zginął", "zginal")."""
    return re.sub("[ąćęłńóśźż]", lambda m: f"[{m.group(0)}{m.group(0).translate(_PLAIN)}]", pattern)


# -- verbs -----------------------------------------------------------------------------------
# the past by its masculine form, from which its other forms are made (``_past``)
_PAST = {
    # saying, writing, answering
    "powiedział": "said", "mówił": "said", "stwierdził": "stated", "oświadczył": "declared", "twierdził": "claimed",
    "nazwał": "called", "zapytał": "asked", "odpowiedział": "answered", "zareagował": "responded",
    "napisał": "wrote", "pisał": "wrote", "podał": "reported", "rozmawiał": "talked",
    # killing, dying, the car
    "zabił": "killed", "zginął": "died", "zmarł": "died", "zastrzelił": "shot", "postrzelił": "shot",
    "dźgnął": "stabbed", "zadźgał": "stabbed", "ranił": "injured", "zaatakował": "attacked", "przeżył": "survived",
    "trwał": "lasted", "prowadził": "drove", "jechał": "drove", "wjechał": "drove into", "przejechał": "ran over",
    "potrącił": "hit", "wynajął": "rented", "wypożyczył": "rented", "użył": "used", "używał": "used",
    # wanting, knowing, finding, sending, living, arrests, acting
    "chciał": "wanted", "zażądał": "demanded", "domagał": "demanded", "prosił": "asked for",
    "poprosił": "asked for", "wiedział": "knew", "znał": "knew", "znalazł": "found", "odblokował": "unlocked",
    "wysłał": "sent", "mieszkał": "lived", "pochodził": "came from", "urodził": "born", "aresztował": "arrested",
    "zatrzymał": "detained", "działał": "acted",
    # cooperating, refusing, preventing, forcing, helping, doing, voting
    "współpracował": "cooperated", "odmówił": "refused", "zapobiegł": "prevented", "zmusił": "forced",
    "pomógł": "helped", "wprowadził": "introduced", "zapłacił": "paid", "dostał": "got", "otrzymał": "received",
    "uchwalił": "passed", "zrobił": "did", "spotkał": "met", "głosował": "voted", "wygrał": "won",
    "podpisał": "signed", "zwolnił": "fired", "planował": "planned", "kupił": "bought",
    # could, had to, was ("zostać" makes the passive: "został zabity", was killed), had
    "mógł": "could", "musiał": "had to", "był": "was", "został": "was", "miał": "had",
}


def _past(masculine: str) -> list[str]:
    """The forms of a past tense: "zabił", "zabiła", "zabiło", "zabiły", "zabili" ("zginął": "zginęła", ...;
    "mógł": "mogła", ...; "chciał": ..., "chcieli")."""
    stem = masculine[:-1]
    if stem.endswith("ą"):
        stem = stem[:-1] + "ę"
    elif stem[-1] not in "aeiouy" and "ó" in stem:
        stem = stem[::-1].replace("ó", "o", 1)[::-1]
    personal = stem[:-1] + "eli" if stem.endswith("ia") else stem + "li"
    return [masculine, stem + "ła", stem + "ło", stem + "ły", personal]


# the present, the infinitive, the participles, the modals and the copula
_POLISH_VERBS = {
    **{form: english for past, english in _PAST.items() for form in _past(past)},
    "powiedzieć": "say", "mówi": "says", "mówią": "say", "twierdzi": "claims", "pisze": "writes",
    "napisany": "written", "zabity": "killed", "zabitych": "killed", "zastrzelony": "shot", "używa": "uses",
    "używają": "use", "użyć": "use", "korzysta": "uses", "chce": "wants", "chcą": "want", "żąda": "demands",
    "domaga": "demands", "wie": "knows", "zna": "knows", "znaleźli": "found", "znaleziono": "found",
    "czytać": "read", "przeczytać": "read", "odczytać": "read", "otworzyć": "open", "odblokować": "unlock",
    "złamać": "crack", "wysyła": "sends", "mieszka": "lives", "pochodzi": "comes from", "aresztowano": "arrested",
    "aresztowany": "arrested", "zatrzymano": "detained", "zatrzymany": "detained", "karany": "convicted",
    "skazany": "convicted", "zwolniony": "fired", "zastąpi": "will replace", "współpracować": "cooperate",
    "współpracuje": "cooperates", "współpracują": "cooperate", "odmawia": "refuses", "odmawiają": "refuse",
    "zapobiec": "prevent", "powstrzymać": "stop", "ukrywa": "hides", "ukrywają": "hide", "zmusić": "force",
    "pomóc": "help", "wprowadzić": "introduce", "dać": "give", "da": "will give", "zakazać": "ban",
    "oznacza": "means", "znaczy": "means", "zrobić": "do", "robi": "does", "zrobi": "will do", "uważa": "thinks",
    "myśli": "thinks", "spotka": "will meet", "zagłosuje": "will vote", "potrzebuje": "needs", "może": "can",
    "mogą": "can", "można": "can", "musi": "must", "muszą": "must", "powinien": "should", "powinna": "should",
    "powinni": "should", "będzie": "will", "będą": "will", "być": "be", "jest": "is", "są": "are", "byli": "were",
    "były": "were", "zostali": "were", "zostały": "were", "ma": "has", "mają": "have",
}

# -- idioms ----------------------------------------------------------------------------------
_ASKING_WORDS = r"kto|co|kiedy|gdzie|dlaczego|czemu|jak|ile|ilu|czy|skąd|jak\w+|któr\w+|czyj\w*"
# nouns that own the next one in the genitive ("imię zamachowca": the name of the attacker), and
# those genitives (of the nouns the story asks about)
_HEADS = (r"motyw|wynik|rzecznik\w*|imię|nazwisko|wiek|autor|autora|autorem|autorką|autorka|tytuł|nagłówek|"
          r"samochód|nazwa|treść|członkiem|szef\w*")
_GENITIVES = (r"tech companies|White House|głosowania|firm|zamachowca|napastnika|sprawcy|artykułu|tekstu|policjanta|"
              r"policji|rządu|ataku|zamachu|firmy|aplikacji|grupy|programu|wywiadu|agencji|organizacji|partii|ofiary|"
              r"gazety|wiadomości")
# adjectives in their endings ("nowy", "nowego", "brytyjskie")
_ADJECTIVES = (r"(?:now|inn|tajn|(?:za)?szyfrowan|brytyjsk|amerykańsk|rosyjsk|terrorystyczn|islamsk)"
               r"(?:y|a|e|ego|ej|ych|ym|ymi|ą|i|ie|iego|iej|ich|im|imi)\b")
_DAYS = (r"niedziel(?:a|ę|i|e)|środ(?:a|ę|y|zie)|wtor(?:ek|ku)|czwart(?:ek|ku)|piąt(?:ek|ku)|sobot(?:a|ę|y|zie)|"
         r"poniedział(?:ek|ku)")
# the English names Polish declines ("Masooda", "o Trumpie", "z WhatsAppem"), by their stems
_STEMS = {s.lower(): s for s in "Masood Khalid Trump Comey Putin Flynn Gorsuch Corbyn Clinton Cook WhatsApp "
          "Facebook Telegram Twitter Google Westminster Sessions".split()}


def _undeclined(m: re.Match) -> str:
    """A declined name as an English one ("Masoodem": Masood), or the word as it is."""
    return _STEMS.get(m.group(1).lower(), m.group(0))


def _followed(english: str, verbs: bool = True):
    """A rule for a word that is Polish only before a Polish verb ("kto to napisał": who wrote it;
    "on powiedział": he said) or word ("we wtorek"), and English elsewhere ("access to WhatsApp",
    "on Wednesday", "we know")."""
    def put(m: re.Match) -> str:
        polish = m.group(1).lower() in (_POLISH_VERBS_ALL if verbs else _POLISH_MARK)
        return f"{english} {m.group(1)}" if polish else m.group(0)
    return put


def _relative(m: re.Match) -> str:
    """"który" joins a clause after a noun ("policjant, który zginął": the officer that died) and
    asks after a preposition or first ("w którym programie": in which programme)."""
    prev = m.group(1).lower()
    if prev in ("w", "we", "na", "do", "z", "ze", "o", "od", "po", "przed", "przez", "dla", "za", "przy", "i", "a",
                "czy", "oraz", "lub", "albo"):
        return m.group(0)
    return f"{m.group(1)}{m.group(2)}that"


_POLISH_IDIOMS = Idioms([
    # words of talk around the question ("mam pytanie:", "czy wiesz,", "powiedz mi,")
    (r"\b(?:mam|mamy)\s+pytanie\b\s*[:,]?|\bdzień\s+dobry\b\s*,?|\bw\s+ogóle\b", ""),
    (r"\b(?:czy\s+)?(?:wiesz|wiecie|wie\s+pan[i]?|możesz\s+mi\s+powiedzieć|powiedz(?:cie)?\s+mi)\b\s*,?\s*", ""),
    (r"\b(?:ciekawi\s+mnie|zastanawiam\s+się)\b", "I wonder"), (r"\btak\s+naprawdę\b", "really"),
    (r"\btak\s+czy\s+nie\b", "yes or no"),
    # age: "ile lat miał zamachowiec", "ile miał Masood lat", "w jakim wieku był"
    (r"\bile\s+lat\s+(?:miał|miała|mieli)\b", "how old was"), (r"\bile\s+lat\s+ma(?:ją)?\b", "how old is"),
    (r"\bile\s+(?:miał|miała)\s+((?:[\w'’-]+\s+){1,3}?)lat\b", r"how old was \1"),
    (r"\bile\s+ma\s+((?:[\w'’-]+\s+){1,3}?)lat\b", r"how old is \1"),
    (r"^(.+?)\s+(?:miał|miała)\s+ile\s+lat\b", r"how old was \1"),
    (r"\bw\s+jakim\s+wieku\s+(?:(był[aoi]?)|jest)\b", lambda m: "how old was" if m.group(1) else "how old is"),
    # how long, how far, at what time, why
    (r"\bile\s+(?:czasu\s+)?trwał[aoy]?\s+(.+?)(\s*[?.!]*)$", r"how long did \1 last\2"),
    (r"\bjak\s+długo\b|\bile\s+czasu\b", "how long"), (r"\bjak\s+daleko\b", "how far"),
    (r"\bjak\s+często\b", "how often"), (r"\bile\s+razy\b", "how many times"),
    (r"\bile\s+(?=(?:zapłacił|kosztował|kosztuje|zarobił)\w*)", "how much "),
    (r"\bile\s+pieniędzy\b", "how much money"),
    (r"\bo\s+której(?:\s+godzinie)?\b|\bo\s+jakiej\s+(?:godzinie|porze)\b", "at what time"),
    (r"\bw\s+którym\s+roku\b", "in what year"),
    (r"\b(?:którego|jakiego)\s+dnia\b|\bw\s+(?:jakim|którym)\s+dniu\b|\bw\s+(?:jaki|który)\s+dzień\b",
     "on what day"),
    (r"\bz\s+jakiego\s+powodu\b|\bpo\s+co\b|\bw\s+jakim\s+celu\b", "why"), (r"\bod\s+kiedy\b", "since when"),
    (r"\bjak(?:i|a|ie)\s+(?=(?:jest|są|był|była|było|byli|były|będzie)\b)", "what "),
    (r"\bco\s+to\s+za\s+([\w'’-]+)\s+((?-i:[A-Z])[\w'’-]*)(\s*[?.!]*)$", r"what kind of \1 is \2\3"),
    (r"\bjaki\w*\s+(?:rodzaju|typu)\b|\bjaki\w*\s+rodzaj\b|\bco\s+to\s+za\b", "what kind of"),
    (r"\bco\s+(?:oznacza|znaczy)\s+(.+?)(\s*[?.!]*)$", r"what does \1 mean\2"),
    (r"\b(?:czy\s+)?da\s+się\b", "can one"),
    (r"\bz\s+kim\b", "with whom"), (r"\bo\s+kim\b", "about whom"), (r"\bdo\s+czego\b", "for what"),
    (r"\bkim\s+(?=(?:jest|są|był|była|byli|były)\b)", "who "),
    (r"\bo\s+czym\s+(?:(jest|mówi|pisze|opowiada)|był[aoi]?|mówił[aoi]?|pisał[aoi]?)\s+(.+?)(\s*[?.!]*)$",
     lambda m: f"what {'is' if m.group(1) else 'was'} {m.group(2)} about{m.group(3)}"),
    (r"\bo\s+co\s+chodzi(ło)?\s+w\s+(.+?)(\s*[?.!]*)$",
     lambda m: f"what {'was' if m.group(1) else 'is'} {m.group(2)} about{m.group(3)}"),
    (r"\bskąd\s+(?:(pochodził[aoi]?|był[aoi]?)|jest|pochodzi)\s+(.+?)(\s*[?.!]*)$",
     lambda m: f"where {'was' if m.group(1) else 'is'} {m.group(2)} from{m.group(3)}"),
    (r"\bco\s+(?:(ma|mają)|miał[aoi]?|mieli)\s+(.+?)\s+wspólnego\s+z\b",
     lambda m: f"what {'does' if m.group(1) else 'did'} {m.group(2)} have to do with"),
    (r"\bwspólnego\s+z\b", "in common with"),
    # happening ("co się stało", "gdzie doszło do ataku": where did the attack happen)
    (r"\bco\s+się\s+(?:tam\s+)?(?:stało|wydarzyło|zdarzyło)\b", "what happened"),
    (r"\bco\s+się\s+dzieje\b", "what is happening"),
    (r"\b((?:ile|ilu)\s+[\w'’-]+)\s+(?:zostało|było)\b", r"\1 were"),
    (r"\b(?:stało|wydarzyło|zdarzyło)\s+się\b|\bsię\s+(?:stało|wydarzyło|zdarzyło)\b|\bdoszło\s+do\b",
     "happened"),
    (r"\bmiał[aoy]?\s+miejsce\b", "took place"), (r"\bma\s+miejsce\b", "takes place"),
    (r"\bdosz(?:ł|ła|ło|ły|li)\s+do\s+porozumienia\b", "reached an agreement"),
    # names: "jak się nazywał zamachowiec" (what was the name of the attacker), "nazywa się" (is called)
    (r"\bjak\s+(?:się\s+)?nazywa(?:(ł|ła|ło|li)|ją)?(?:\s+się)?(?=\s+\w)",
     lambda m: f"what {'was' if m.group(1) else 'is'} the name of"),
    (r"\bjak\s+(?:się\s+)?nazywa(?:(ł|ła|ło)|)(?:\s+się)?\b",
     lambda m: f"what {'was' if m.group(1) else 'is'} his name"),
    (r"\bnazywa(ł|ła)\s+się\b|\bsię\s+nazywa(ł|ła)\b", "was called"),
    (r"\bnazywa\s+się\b|\bsię\s+nazywa\b", "is called"),
    (r"\burodził[aoi]?\s+się\b|\bsię\s+urodził[aoi]?\b", "was born"),
    # "to": a subject or object of a verb ("kto to napisał": who wrote it), "to" of a copula ("co to jest":
    # what is), "is it true"; elsewhere the English "to" ("access to messages")
    (r"\b(kto|co)\s+to\s+(?=(?:jest|są|był|była|było|byli|były)\b)", r"\1 "),
    (r"\b(?:czy\s+)?to\s+prawda\b", "is it true"), (r"\b(jest|był[aoi]?)\s+to\b", r"\1 it"),
    (r"^(\s*(?:kto|co|dlaczego|czemu|kiedy|gdzie|jak)\s+)to\s+([\w'’-]+)",
     lambda m: f"{m.group(1)}{m.group(2)} it" if m.group(2).lower() in _POLISH_VERBS_ALL else m.group(0)),
    (r"\bto\s+([\w'’-]+)", _followed("it")), (r"\bon\s+([\w'’-]+)", _followed("he")),
    (r"\b([\w'’-]+)\s+to(?=\s*(?:[?.!,]|$))",
     lambda m: f"{m.group(1)} it" if m.group(1).lower() in _POLISH_VERBS_ALL else m.group(0)),
    # "a" is "and" before a question word ("a kto?"), the English article elsewhere ("a WhatsApp message")
    (r"(?:^\s*|\ba\s+)co\s+z\b", "what about"), (r"^(\s*)a\s+(?=(?:%s)\b)" % _ASKING_WORDS, r"\1"),
    (r"\ba\s+(?=(?:%s)\b)" % _ASKING_WORDS, "and "),
    # "czy" asks yes or no first (``_polish_order``), "whether" after a comma or "wiadomo"; "or" elsewhere
    (r"(,\s*|\b(?:wiadomo|wiedział[aoi]?|sprawdzić|pytanie)\s+)czy\b", r"\1whether"),
    (r"^(\s*)czy\s+można\b", r"\1can one"), (r"^(\s*)czy\s+(?:ten|ta|te)\s+", r"\1whether the "),
    (r"^(\s*)czy\b", r"\1whether"),
    (r"(?<![\w'’])([\w'’]+)(\s*,?\s+)któr\w+", _relative),
    # claims, organisations, offices, places
    (r"\bprzyzna(?:ł[aoiy]?|je|ją)\s+się\s+do\b", "claimed"),
    (r"\b(?:wziął|wzięło|wzięła|wzięli)\s+(?:na\s+siebie\s+)?odpowiedzialność\b", "claimed responsibility"),
    (r"\bodpowiedzialnoś\w+\s+za\b", "responsibility for"), (r"\bodpowiedzialn\w+\s+za\b", "responsible for"),
    (r"\bsto(?:i|ją)\s+za\b", "is behind"), (r"\b(?:stał[aoy]?|stali)\s+za\b", "was behind"),
    (r"\bpaństw\w*\s+islamsk\w*", "Islamic State"), (r"\bislamsk\w*", "Islamic"),
    (r"\bminist(?:er|ra|rem|rze|rowi)\s+spraw\s+wewnętrznych\b|\bszef\w*\s+MSW\b", "Home Secretary"),
    (r"\bministerstw\w*\s+spraw\s+wewnętrznych\b|\bMSW\b", "Home Office"),
    (r"\bmo(?:st|ście|stu|stem)\s+westminster\w*|\bwestminstersk\w*\s+mo(?:st|ście|stu|stem)\b",
     "Westminster Bridge"),
    (r"\bna\s+moście\b", "on the bridge"), (r"\bna\s+most\b", "onto the bridge"),
    (r"\bprzez\s+most\b", "across the bridge"),
    (r"\bprzed\s+(?=parlament\w*\b)", "in front of "), (r"\bbiał\w*\s+dom\w*", "White House"),
    (r"\bizb\w*\s+gmin\b", "House of Commons"), (r"\bizb\w*\s+reprezentantów\b", "House of Representatives"),
    (r"\bznan\w*\s+policji\b", "known to the police"),
    (r"\bprzez\s+(?=(?:WhatsApp|Telegram|Facebook|telefon|internet|SMS|e-?mail)\w*)", "via "),
    (r"\b(?:żeby|aby)\s+(?=(?-i:[A-Z]))", "that "), (r"\bsąd\w*\s+najwyższ\w*", "Supreme Court"),
    (r"\bwielk\w*\s+brytani\w*", "Britain"), (r"\bstan\w*\s+zjednoczon\w*", "the United States"),
    (r"\bsłużb\w*\s+(?:specjaln|wywiadowcz)\w*", "intelligence services"),
    (r"\bsłużb\w*\s+bezpieczeństwa\b", "security services"),
    (r"\b(?:firm|gigant)\w*\s+technologiczn\w*", "tech companies"),
    (r"\bszyfrowani\w*\s+(?:end-to-end|od\s+końca\s+do\s+końca)\b", "end-to-end encryption"),
    (r"\bagencj\w*\s+(?:informacyjn|prasow)\w*", "news agency"), (r"\bnakaz\w*\s+sądow\w*", "warrant"),
    (r"\bprzeszłoś\w+\s+kryminaln\w*|\bkryminaln\w*\s+przeszłoś\w+|\brejestr\w*\s+karn\w*|\bkartotek\w*",
     "criminal record"),
    (r"\b(?:opiek|ubezpieczeni)\w*\s+zdrowotn\w*", "healthcare"),
    (r"\b(?:dekret|rozporządzeni)\w*\s+wykonawcz\w*", "executive order"),
    (r"\bprzeszedł\s+na\s+islam\b", "converted to Islam"), (r"\bnawrócił\s+się\b", "converted"),
    (r"\bnie\s+ma\b", "there is no"), (r"\bze\s+strony\b", "from"),
    (r"\b(%s)\s+(?=(?:%s)\b)" % (_HEADS, _GENITIVES), r"\1 of the "),
    # adjectives, and a word of both languages before them ("do zaszyfrowanych": to encrypted)
    (r"\b(do|ten|ta|i)\s+(?=%s)" % _ADJECTIVES, lambda m: f"{_POLISH[m.group(1).lower()]} "),
    (r"\bbrytyjsk\w*", "British"), (r"\bamerykańsk\w*", "American"), (r"\brosyjsk\w*", "Russian"),
    (r"\b(?:atak|zamach)\w*\s+terrorystyczn\w*", "terrorist attack"), (r"\bterrorystyczn\w*", "terrorist"),
    (r"\b(?:za)?szyfrowan(?:e|y|a|ych|ej|ym|ą|ego)\b", "encrypted"),
    (r"\btajn(?:e|y|a|ych|ej|ym|ą|ego)\b", "secret"), (r"\bnow(?:y|a|e|ego|ej|ych|ym|ymi|ą)\b", "new"),
    (r"\binn(?:y|a|e|ego|ej|ych|ym|ymi|i)\b", "other"),
    # days ("w niedzielę": on Sunday; "środek" is a middle, not a Wednesday)
    (r"\bwe?\s+(?=(?:%s)\b)" % _DAYS, "on "),
    (r"\b(?:%s)\b" % _DAYS, lambda m: {"nie": "Sunday", "sro": "Wednesday", "wto": "Tuesday", "czw": "Thursday",
                                      "pia": "Friday", "sob": "Saturday", "pon": "Monday"}[
        m.group(0).lower().translate(_PLAIN)[:3]]),
    # alone: lower case only ("Sam" is a name), "we" before a Polish word ("we wtorek")
    (r"(?-i:\bsam[ai]?\b)", "alone"), (r"\bwe\s+([\w'’-]+)", _followed("in", verbs=False)),
    # a name as Polish declines it: "iPhone'a", "Apple'em", "Masooda", "o Trumpie", "Obamy"
    (r"\b((?-i:[A-Z]|i[A-Z])[\w-]*?)['’](?:a|em|ie|u|y|owi|ów|ach)\b", r"\1"),
    (r"\b([\w]+?)(?-i:a|em|iem|owi|ie|zie|ze|u|y)\b", _undeclined), (r"\bObam(?:y|ą|ie|ę)\b", "Obama"),
    (r"\bTheres(?:y|ą|ie|ę)\b", "Theresa"),
], prepare=_either)

# -- words -----------------------------------------------------------------------------------
_POLISH = {
    **_POLISH_VERBS,
    # asking, in its cases ("kogo", "czym", "jakiego", "którym"); "jaki" before a noun is which ("jaka agencja
    # podała": which agency reported; "co" asks for an object: "co policja zrobiła"), before a copula what
    "kto": "who", "kogo": "whom", "komu": "to whom", "co": "what", "czego": "what", "czym": "what", "czemu": "why",
    "dlaczego": "why", "kiedy": "when", "gdzie": "where", "skąd": "from where", "jak": "how", "ile": "how many",
    "ilu": "how many", "jaki": "which", "jaka": "which", "jakie": "which", "jakiego": "which", "jakiej": "which",
    "jakim": "which", "jaką": "which", "jakich": "which", "który": "which", "która": "which", "które": "which",
    "którego": "which", "której": "which", "którym": "which", "którą": "which", "których": "which",
    "którzy": "which", "czyj": "whose", "czyje": "whose", "czy": "or",
    # prepositions (Polish has no articles: "ten", "ta", "te" are this, these)
    "w": "in", "na": "on", "do": "to", "z": "with", "od": "from", "o": "about", "po": "after", "przed": "before",
    "przez": "by", "dla": "for", "bez": "without", "nad": "on", "przy": "at", "między": "between",
    "według": "according to", "za": "for", "podczas": "during", "około": "about", "przeciwko": "against",
    "ten": "this", "ta": "this", "te": "these", "tego": "this", "tej": "this", "tym": "this", "tę": "this",
    "tych": "these",
    # pronouns, possessives, somebody and nobody ("on", "to" are idioms: English words)
    "ja": "I", "mnie": "me", "ona": "she", "oni": "they", "mu": "him", "go": "him", "niego": "him",
    "nich": "them", "jego": "his", "jej": "her", "ich": "their", "swój": "his own", "swoje": "his own",
    "swoją": "his own", "pan": "Mr", "pani": "Ms", "ktoś": "anyone", "kogoś": "anyone", "coś": "anything",
    "nikt": "nobody", "nic": "nothing", "wszyscy": "all",
    # joining, negation, time and place
    "i": "and", "oraz": "and", "albo": "or", "lub": "or", "ale": "but", "że": "that", "bo": "because",
    "ponieważ": "because", "więc": "so", "jeśli": "if", "jeżeli": "if", "gdy": "when", "żeby": "to", "aby": "to",
    "też": "also", "także": "also", "również": "also", "nawet": "even", "tylko": "only", "już": "already",
    "jeszcze": "still", "potem": "then", "wtedy": "then", "teraz": "now", "dziś": "today", "dzisiaj": "today",
    "wczoraj": "yesterday", "naprawdę": "really", "dokładnie": "exactly", "wcześniej": "previously",
    "później": "later", "samotnie": "alone", "nie": "not", "nigdy": "never", "tam": "there", "temu": "ago",
    # the story: the attack, the attacker, the police, the bridge, the car, the dead, Islam
    "atak": "attack", "ataku": "attack", "atakiem": "attack", "zamach": "attack", "zamachu": "attack",
    "zamachowiec": "attacker", "zamachowca": "attacker", "zamachowcy": "attacker", "zamachowcem": "attacker",
    "napastnik": "attacker", "napastnika": "attacker", "sprawca": "perpetrator", "sprawcy": "perpetrator",
    "sprawcą": "perpetrator", "motyw": "motive", "znany": "known", "terrorysta": "terrorist",
    "terrorystą": "terrorist", "terroryści": "terrorists", "terrorystów": "terrorists", "policja": "police",
    "policji": "police", "policję": "police", "policją": "police", "policjant": "police officer",
    "policjanta": "police officer", "policjantem": "police officer", "policjanci": "police officers",
    "policjantów": "police officers", "funkcjonariusz": "officer", "moście": "bridge", "mostu": "bridge",
    "samochód": "car", "samochodu": "car", "samochodem": "car", "auto": "car", "autem": "car", "pojazd": "vehicle",
    "przechodniów": "pedestrians", "pieszych": "pedestrians", "ludzie": "people", "ludzi": "people",
    "osób": "people", "osoby": "people", "ofiary": "victims", "ofiar": "victims", "zmarłych": "dead",
    "rannych": "injured", "nóż": "knife", "nożem": "with a knife", "broń": "weapon", "islam": "Islam",
    "islamu": "Islam", "muzułmanin": "Muslim", "żołnierz": "soldier", "nauczycielem": "teacher",
    "miasto": "city", "mieście": "city", "londyn": "London", "londynu": "London", "londynie": "London",
    # years, days, time
    "lat": "years", "lata": "years", "rok": "year", "roku": "year", "wiek": "age", "dzień": "day", "dnia": "day",
    "dni": "days", "tydzień": "week", "tygodnia": "week", "czas": "time", "czasu": "time", "godzin": "hours",
    "minut": "minutes",
    # the article and the programme
    "imię": "name", "nazwisko": "surname", "nazwa": "name", "artykuł": "article", "artykułu": "article",
    "artykule": "article", "tytuł": "headline", "tytułu": "headline", "nagłówek": "headline", "autor": "author",
    "autora": "author", "autorem": "author", "autorką": "author", "dziennikarz": "journalist",
    "dziennikarza": "journalist", "program": "programme", "programie": "programme", "programu": "programme",
    "wywiad": "interview", "wywiadzie": "interview", "wywiadu": "interview",
    # the government and its laws
    "rząd": "government", "rządu": "government", "ministra": "minister", "ministrem": "minister", "prawo": "law",
    "prawa": "law", "ustawa": "law", "ustawy": "law", "ustawę": "law", "ustawie": "law", "ustawą": "law",
    "nakaz": "warrant", "nakazu": "warrant", "sądu": "court", "śledztwo": "investigation", "odpowiedź": "answer",
    "odpowiedzialność": "responsibility",
    # the messages, the apps, the companies
    "wiadomość": "message", "wiadomości": "messages", "aplikacja": "app", "aplikacji": "app", "aplikację": "app",
    "aplikacje": "apps", "firma": "company", "firmy": "companies", "firm": "companies", "służby": "services",
    "bezpieczeństwo": "security", "bezpieczeństwa": "security", "dowody": "evidence", "grupa": "group",
    "grupy": "group", "agencja": "agency", "agencji": "agency", "telefon": "phone", "telefonu": "phone",
    "telefonie": "phone", "szyfrowanie": "encryption", "szyfrowania": "encryption", "szyfrowaniu": "encryption",
    "pomocy": "help", "miejsce": "place", "miejsca": "place", "miejscu": "place", "miejscem": "place",
    "koperta": "envelope", "kopercie": "envelope", "kopertę": "envelope", "dostęp": "access", "dostępu": "access",
    # US politics
    "prezydent": "president", "prezydenta": "president", "wybory": "election", "wyborów": "election",
    "partia": "party", "partii": "party", "republikanie": "Republicans", "republikanów": "Republicans",
    "demokraci": "Democrats", "kongres": "Congress", "kongresu": "Congress", "senat": "Senate", "senatu": "Senate",
    "senacie": "Senate", "głosowanie": "vote", "głosowania": "vote", "głosów": "votes", "wynik": "result",
    "rosja": "Russia", "rosji": "Russia", "wpływ": "influence", "zakaz": "ban", "zakazu": "ban", "zakazem": "ban",
    "imigrantów": "immigrants", "dekret": "order", "szefami": "heads", "rzecznik": "spokesman",
    "rzecznikiem": "spokesman", "odblokowanie": "unlocking",
}
# the verbs, typed either way: what makes "to" and "on" before them Polish ("kto to napisał": who wrote it)
_POLISH_VERBS_ALL = with_plain_spellings(_POLISH_VERBS, _PLAIN)
# the spellings without diacritics ("powiedziala", "ze", "artykul"); one that is another Polish word
# keeps that word's English ("tą", "tę": "ta", "te")
_POLISH = {**{w.translate(_PLAIN): e for w, e in reversed(_POLISH.items())}, **_POLISH}
# words of talk, left out: "się" (of a reflexive verb), "proszę" (please), "właściwie" (actually)
_POLISH_DROPPED = frozenset(w2 for w in """się proszę dzięki dziękuję hej cześć siema właściwie właśnie
    wogóle chyba przecież kurczę kurde niby jakby ogólnie generalnie konkretnie pytanie pytanko mi ej""".split()
                            for w2 in (w, w.translate(_PLAIN)))
# the words glossed only before a word of Polish or a name: "do Londynu" (to London), "go nie" but
# "do you", "go home", "ten people", "pan out", "i think", "a firm stance", "the DA said"
_POLISH_SHARED = frozenset("do go ten ta i pan pani firm da".split())
# words the idioms gloss that show Polish too
_IDIOM_WORDS = frozenset(w2 for w in """kim nazywa nazywał nazywała wspólnego państwo islamskie islamskiego
    brytyjski brytyjska amerykański rosyjski terrorystyczny nowy nowa nowe nowego nowej tajne inny inna inne innych
    szyfrowane zaszyfrowane niedzielę środę wtorek czwartek piątek doszło doszły doszli porozumienia stało
    wziął""".split() for w2 in (w, w.translate(_PLAIN)))
# the words that show a question is Polish: the words glossed and left out, less the single letters, the words of
# English ("ale", "ma", "tam", "mu", "nic", "auto", "lat", "cos", "firm", "nim", "Roku"), German ("wie", "sie", "ich",
# "ja", "inne", "Kurde"), Spanish, Italian, French, Portuguese ("te", "tu", "mi", "nas", "firma", "tez",
# "maja", "mogli", "noz", "partia"), Hindi and Malay ("tak", "na", "po"), Tagalog ("sa", "po"); "jest" (English
# "jest") and "nie" (German "nie") stay, as Polish asks with them in most questions and the others hardly do
_POLISH_MARK = (frozenset(_POLISH) | _POLISH_DROPPED | _IDIOM_WORDS) - _POLISH_SHARED - frozenset(
    """w z o i ale ma tam mu nic auto program lat wie sie ich ja te tu mi nas firma autora autor lata tak na po
    sa telefon hej ej bo cos firm islam musial nad nim rok roku aby inne kurde telefonie maja ministra ministrem
    mogli tez gazeta noz partia senat da dekret podal co""".split())
# "co" (what) shows Polish only opening a question, as in Czech: "whatsapp and co" is English
_POLISH_OPENING = re.compile(r"^\s*co\s+(?=\w)", re.I)


# -- order -----------------------------------------------------------------------------------
# the verbs glossed, their bare forms, and the auxiliary that asks with them ("did" itself is left
# out: "co zrobił Masood" is "what did Masood" and needs its "do" only)
_BARE = {
    **{past: (bare, "did") for past, bare in [
        ("said", "say"), ("stated", "state"), ("declared", "declare"), ("claimed", "claim"), ("called", "call"),
        ("asked", "ask"), ("answered", "answer"), ("responded", "respond"), ("wrote", "write"),
        ("happened", "happen"), ("took place", "take place"), ("killed", "kill"), ("died", "die"), ("shot", "shoot"),
        ("stabbed", "stab"), ("injured", "injure"), ("attacked", "attack"), ("survived", "survive"),
        ("lasted", "last"), ("drove into", "drive into"), ("drove", "drive"), ("hit", "hit"), ("rented", "rent"),
        ("used", "use"), ("wanted", "want"), ("demanded", "demand"), ("asked for", "ask for"), ("knew", "know"),
        ("found", "find"), ("unlocked", "unlock"), ("sent", "send"), ("lived", "live"), ("came from", "come from"),
        ("arrested", "arrest"), ("detained", "detain"), ("acted", "act"), ("cooperated", "cooperate"),
        ("refused", "refuse"), ("prevented", "prevent"), ("forced", "force"), ("helped", "help"), ("got", "get"),
        ("received", "receive"), ("met", "meet"), ("voted", "vote"), ("won", "win"), ("signed", "sign"),
        ("fired", "fire"), ("planned", "plan"), ("bought", "buy"), ("reached", "reach"), ("ran over", "run over"),
        ("paid", "pay"), ("reported", "report"), ("converted", "convert"), ("talked", "talk"), ("passed", "pass"),
        ("had", "have")]},
    **{present: (bare, "does") for present, bare in [
        ("says", "say"), ("claims", "claim"), ("writes", "write"), ("uses", "use"), ("wants", "want"),
        ("demands", "demand"), ("knows", "know"), ("sends", "send"), ("lives", "live"), ("comes from", "come from"),
        ("cooperates", "cooperate"), ("refuses", "refuse"), ("hides", "hide"), ("thinks", "think"),
        ("needs", "need"), ("takes place", "take place"), ("means", "mean"), ("has", "have")]},
    **{bare: (bare, "do") for bare in ["use", "want", "say", "cooperate", "refuse", "hide", "have"]},
}
_BARE_VERB = "|".join(sorted(map(re.escape, _BARE), key=len, reverse=True))
# who or what may be the subject next to the verb: a name ("Amber Rudd", "Home Secretary", "FBI"), a
# pronoun, or a noun of the story that acts
_SUBJECT = (r"(?:(?:the|this)\s+)?(?:new\s+)?(?:House of (?:Representatives|Commons)|"
            r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][a-z'’.-]+))*(?:\s+and\s+(?-i:[A-Z][\w'’.-]*))?|"
            r"police officers?|police|officer|attacker|perpetrator|government|minister|author|journalist|"
            r"tech companies|companies|company|intelligence services|security services|terrorists?|soldier|group|"
            r"news agency|agency|president|Republicans|Democrats|attack|article|law|court|judge|he|she|they)"
            r"(?![\w'’-])")
# the things a "what ..." asks for, which are not its subject ("jakim samochodem jechał Masood": what
# car did Masood drive)
_THINGS = (r"(?:(?:new|other|secret|encrypted)\s+)?(?:car|vehicle|phone|app|law|message|messages|knife|article|"
           r"headline|programme|interview|name|day|time|weapon|year|newspaper|city)")
_ASKED = r"what|when|where|why|how long|how many times|how much|how|(?:to|with|about|for|from|by)\s+whom|whom"
# the English the glossary gives and the small words of English, none of which is a name typed in lower case
_NOT_NAMES = frozenset(w.lower() for e in _POLISH.values() for w in e.split()) | frozenset(
    "the a an it that this about to in on of for with by from at and or not so".split())
_MODAL = r"is|was|are|were|can|could|will|should|must"
# the nouns of the story that take "the" after a preposition or a verb ("wrote article": wrote the article)
_THE_AFTER = re.compile(
    r"(?<!kind\s)\b(in|on|of|about|from|with|by|for|after|before|during|against|at|onto|across|behind|is|was|were|"
    r"are|did|does|%s)\s+(?=(?:(?:new|other|secret)\s+)?(?:article|headline|attacker|perpetrator|police officer|"
    r"police|car|bridge|attack|law|government|author|journalist|programme|interview|victims|company|app|soldier|"
    r"phone|envelope|group|news agency|minister|president|election|Senate|Congress|investigation|knife|weapon|"
    r"vehicle|ban|Home Secretary|motive|result|spokesman|name|heads)\b)"
    % "|".join(sorted({w for k, (bare, _) in _BARE.items() for w in (k, bare)} - {"has", "have", "had"},
                      key=len, reverse=True)))


_INFINITIVES = r"help|cooperate|read|unlock|open|prevent|do|force|say|ban|hide|get|crack|stop|use|give|introduce"


def _to_infinitive(glossed: str) -> str:
    """``glossed`` with "to" before an infinitive that follows its verb ("refused help": refused to help)."""
    return re.sub(rf"\b(refused?|refuses|wanted|wants?|demanded|needs?|asked|forced|planned)\s+({_INFINITIVES})\b",
                  r"\1 to \2", glossed)


def _asked(aux: str, subject: str, verb: str, rest: str, negated: str = "") -> str:
    """The question put in English order: its auxiliary, subject, bare verb and what follows."""
    bare, do = _BARE[verb.lower()]
    return f"{aux or ''}{do} {subject} {negated}{bare}{rest}"


def _polish_order(glossed: str) -> str:
    """A Polish question glossed word for word, in English order: "czy" opening a yes-no question
    ("whether Masood acted alone?" → "did Masood act alone?"), a subject that follows its verb before
    it ("what said Rudd about WhatsApp?" → "what did Rudd say about WhatsApp?", "where was born
    Masood?" → "where was Masood born?"), the auxiliary of a subject before its verb ("why Apple
    refused" → "why did Apple refuse"), "not" before its verb ("not wanted" → "did not want"), "to"
    before an infinitive, "the" before a noun of the story after a verb or a preposition. What is
    asked of the subject ("who said ...?") is English already."""
    glossed = _to_infinitive(_verb_first(_to_infinitive(glossed)))
    # Polish puts a comma before every clause ("powiedziała, że": said that)
    glossed = re.sub(r",\s+(that|to|whether|because|if)\b", r" \1", glossed).replace("can not ", "cannot ")
    # a clause with no subject ("kiedy zginął": when he died)
    glossed = re.sub(rf",\s+when\s+(?=(?:{_BARE_VERB}|was|were)\b)", ", when he ", glossed)
    return _THE_AFTER.sub(r"\1 the ", glossed)


def _verb_first(glossed: str) -> str:
    """``glossed`` with its subject and verb in English order (``_polish_order``)."""
    # "czy ...": asked yes or no
    m = re.match(r"^\s*whether\s+(.*)$", glossed, re.I)
    if m:
        rest = m.group(1)
        s = re.match(rf"^({_SUBJECT}|it)\s+(not\s+)?({_MODAL})\b(.*)$", rest, re.I)
        if s:
            return f"{s.group(3)} {s.group(1)}{' not' if s.group(2) else ''}{s.group(4)}"
        s = re.match(rf"^({_SUBJECT})\s+(not\s+)?({_BARE_VERB})\b(.*)$", rest, re.I)
        if s:
            return _asked(None, s.group(1), s.group(3), s.group(4), "not " if s.group(2) else "")
        s = re.match(rf"^({_BARE_VERB})\s+({_SUBJECT})(.*)$", rest, re.I)
        if s:
            return _asked(None, s.group(2), s.group(1), s.group(3))
        # a name typed in lower case ("czy masood działał sam"): a word no Polish one before a verb
        s = re.match(rf"^([\w'’-]+)\s+({_BARE_VERB})\b(.*)$", rest, re.I)
        if s and s.group(1).lower() not in _NOT_NAMES and s.group(2).lower() in _BARE:
            return _asked(None, s.group(1), s.group(2), s.group(3))
        return rest
    # "not" before a verb: "was not", "did not want"
    glossed = re.sub(rf"\bnot\s+({_MODAL})\b", r"\1 not", glossed)
    glossed = re.sub(rf"\bnot\s+({_BARE_VERB})\b", lambda m: "{1} not {0}".format(*_BARE[m.group(1).lower()]),
                     glossed)
    # "gdzie się urodził Masood", "gdzie został zabity policjant": where was the police officer killed
    m = re.match(rf"^(\s*(?:{_ASKED})\s+(?:was|were|is|are))\s+(born|killed|shot|stabbed|arrested|detained|injured|"
                 rf"convicted|written|found|fired|called|used|rented|known)\s+({_SUBJECT})(.*)$", glossed, re.I)
    if m:
        return f"{m.group(1)} {m.group(3)} {m.group(2)}{m.group(4)}"
    # "co może zrobić rząd": what can the government do; "kiedy Rudd spotka": when will Rudd meet
    m = re.match(rf"^(\s*(?:{_ASKED})\s+(?:can|could|will|should|must))\s+(do|say|write|use|happen|change|stop|read|"
                 rf"unlock|open|ban|prevent|force|cooperate|get|meet|vote)\s+({_SUBJECT})(.*)$", glossed, re.I)
    if m:
        return f"{m.group(1)} {m.group(3)} {m.group(2)}{m.group(4)}"
    m = re.match(rf"^(\s*(?:{_ASKED})\s+)({_SUBJECT})\s+(will|can|could|must|should|was|were|is|are)\s+(.*)$", glossed,
                 re.I)
    if m:
        return f"{m.group(1)}{m.group(3)} {m.group(2)} {m.group(4)}"
    # "co zrobił Masood?": what did Masood do; "dlaczego to zrobił?": why did he do it
    glossed = re.sub(rf"^(\s*(?:{_ASKED})\s+)did it(\s*[?.!]*)$", r"\1did he do it\2", glossed)
    m = re.match(rf"^(\s*(?:{_ASKED})\s+did\s+(?:{_SUBJECT}))(\s*(?:[?.!]|$)|\s+(?:after|before|during|then|with|in|"
                 rf"on|at|to|about)\b)", glossed, re.I)
    if m:
        return f"{m.group(1)} do{glossed[m.end(1):]}"
    # a verb before its subject: asking ("co powiedziała Rudd"), after "what car" ("jakim samochodem jechał
    # Masood"), after "how many people" ("ile osób zabił Masood")
    asking = (rf"(?:(?:in|on|at|from|about|with|for|by)\s+)?(?:what|which)\s+{_THINGS}|(?:{_ASKED})|"
              rf"how\s+many\s+(?:people|victims|pedestrians|police officers|minutes|messages|votes)")
    m = re.match(rf"^(\s*(?:{asking})\s+)({_BARE_VERB})(\s+it)?(\s+(?:to\s+)?(?:{_INFINITIVES}))?\s+({_SUBJECT})(.*)$",
                 glossed, re.I)
    if m and m.group(2).lower() in _BARE:
        return _asked(m.group(1), m.group(5), m.group(2), (m.group(4) or "") + (m.group(3) or "") + m.group(6))
    # a name typed in lower case after its verb ("co powiedzial trump": what did trump say)
    m = re.match(rf"^(\s*(?:{_ASKED})\s+)({_BARE_VERB})\s+([\w'’-]+)(.*)$", glossed, re.I)
    if m and m.group(2).lower() in _BARE and m.group(3).lower() not in _NOT_NAMES:
        return _asked(m.group(1), m.group(3), m.group(2), m.group(4))
    # a subject before its verb ("dlaczego Apple odmówiło": why did Apple refuse)
    m = re.match(rf"^(\s*(?:{_ASKED})\s+)({_SUBJECT})\s+(does|did|do)\s+not\b(.*)$", glossed, re.I)
    if m:
        return f"{m.group(1)}{m.group(3)} {m.group(2)} not{m.group(4)}"
    m = re.match(rf"^(\s*(?:{asking})\s+)({_SUBJECT})\s+({_BARE_VERB})\b(.*)$", glossed, re.I)
    if m and m.group(3).lower() in _BARE:
        return _asked(m.group(1), m.group(2), m.group(3), m.group(4))
    return glossed


POLISH = Language(_POLISH_IDIOMS, _POLISH, _POLISH_DROPPED, _POLISH_MARK, reorder=_polish_order, shared=_POLISH_SHARED,
                  opening=_POLISH_OPENING)
