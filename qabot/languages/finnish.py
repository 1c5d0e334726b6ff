"""Finnish mixed into English questions ("Kuka kirjoitti the article?", "Mitä Rudd sanoi WhatsAppista?").

Finns type the frame of a question in Finnish and the story's names and things in English, with ä and ö
or without them ("mita", "hyokkaaja"). Finnish has no articles and no prepositions to speak of: a noun's
role is a suffix ("artikkelin": the article's or the article, "sillalla": on the bridge), on a name too
("WhatsAppista": about WhatsApp, "FBI:lle": to the FBI), so the common forms are listed as typed and a
known name's suffix is read off it (``_named``). A yes-no question puts "-ko"/"-kö" on its verb
("Toimiko Masood yksin?": did Masood act alone), a postposition follows its noun ("hyökkäyksen jälkeen":
after the attack), and the subject comes before its verb after the question word ("mitä Rudd sanoi": what
did Rudd say); the clear cases are put in English order (``_finnish_order``).
"""
from __future__ import annotations

import re

from . import Idioms, Language, with_plain_spellings

# chat types "ä" and "ö" as "a" and "o" ("mita", "kuoli", "hyokkaaja")
_PLAIN = str.maketrans("äöåÄÖÅ", "aoaAOA")
# joins the auxiliary and the verb of a "-ko" question ("toimiko": did act) until ``_finnish_order``
# has put the subject between them
_JOIN = "\ue000"


def _typed(words: dict[str, str]) -> dict[str, str]:
    """``words`` each also as typed without its diacritics (``with_plain_spellings``)."""
    return with_plain_spellings(words, _PLAIN)


def _ko(word: str) -> str:
    """``word`` with the yes-no suffix, in its vowel harmony ("sanoi" → "sanoiko", "kysyi" → "kysyikö")."""
    return word + ("ko" if re.search(r"[aou]", word) else "kö")


# -- words -----------------------------------------------------------------------------------

# verbs in the past (singular and plural): what they say, and their base after "did"
_PAST = {
    "sanoi": ("said", "say"), "sano": ("said", "say"), "sanoivat": ("said", "say"), "kertoi": ("told", "tell"),
    "kertoivat": ("told", "tell"),
    "väitti": ("claimed", "claim"), "totesi": ("stated", "state"), "ilmoitti": ("announced", "announce"),
    "kirjoitti": ("wrote", "write"), "kirjoittivat": ("wrote", "write"), "tapahtui": ("happened", "happen"),
    "tappoi": ("killed", "kill"), "tappoivat": ("killed", "kill"), "kuoli": ("died", "die"),
    "kuolivat": ("died", "die"),
    "puukotti": ("stabbed", "stab"), "ampui": ("shot", "shoot"), "ajoi": ("drove", "drive"),
    "vuokrasi": ("rented", "rent"), "käytti": ("used", "use"), "käyttivät": ("used", "use"),
    "halusi": ("wanted", "want"), "halusivat": ("wanted", "want"), "vaati": ("demanded", "demand"),
    "vaativat": ("demanded", "demand"), "pyysi": ("asked for", "ask for"), "tiesi": ("knew", "know"),
    "tiesivät": ("knew", "know"), "löysi": ("found", "find"), "löysivät": ("found", "find"), "luki": ("read", "read"),
    "avasi": ("opened", "open"), "avasivat": ("opened", "open"), "lähetti": ("sent", "send"),
    "lähettivät": ("sent", "send"), "asui": ("lived", "live"), "asuivat": ("lived", "live"),
    "pidätti": ("arrested", "arrest"), "pidättivät": ("arrested", "arrest"), "toimi": ("acted", "act"),
    "vastasi": ("answered", "answer"), "vastasivat": ("answered", "answer"), "reagoi": ("responded", "respond"),
    "kieltäytyi": ("refused", "refuse"), "kieltäytyivät": ("refused", "refuse"), "esti": ("prevented", "prevent"),
    "piilotti": ("hid", "hide"), "pakotti": ("forced", "force"), "teki": ("did", "do"), "tekivät": ("did", "do"),
    "maksoi": ("paid", "pay"), "sai": ("got", "get"), "saivat": ("got", "get"), "tuli": ("came", "come"),
    "muutti": ("moved", "move"), "kääntyi": ("converted", "convert"), "loukkaantui": ("was injured", "be injured"),
    "loukkaantuivat": ("were injured", "be injured"), "tapasi": ("met", "meet"), "tapasivat": ("met", "meet"),
    "erosi": ("resigned", "resign"), "omisti": ("owned", "own"), "soitti": ("called", "call"),
    "hyökkäsi": ("attacked", "attack"), "iski": ("attacked", "attack"), "kesti": ("lasted", "last"),
    "alkoi": ("started", "start"), "päättyi": ("ended", "end"), "suostui": ("agreed", "agree"),
    "suostuivat": ("agreed", "agree"), "tunnusti": ("admitted", "admit"), "julkaisi": ("published", "publish"),
    "ehdotti": ("proposed", "propose"), "äänesti": ("voted", "vote"), "äänestivät": ("voted", "vote"),
    "voitti": ("won", "win"), "hävisi": ("lost", "lose"), "allekirjoitti": ("signed", "sign"),
    "syytti": ("accused", "accuse"), "uhkasi": ("threatened", "threaten"), "auttoi": ("helped", "help"),
    "osti": ("bought", "buy"), "ansaitsi": ("earned", "earn"), "haastatteli": ("interviewed", "interview"),
    "viestitti": ("messaged", "message"), "jakoi": ("shared", "share"), "murtautui": ("broke into", "break into"),
    "yritti": ("tried", "try"), "onnistui": ("managed", "manage"), "otti": ("took", "take"),
    "ottivat": ("took", "take"), "puhui": ("spoke", "speak"), "tarvitsi": ("needed", "need"),
}
# the passive past, a thing done to someone ("tapettiin": was killed)
_PASSIVE = {
    "tapettiin": "killed", "pidätettiin": "arrested", "ammuttiin": "shot", "puukotettiin": "stabbed",
    "löydettiin": "found", "avattiin": "opened", "lähetettiin": "sent", "kirjoitettiin": "written",
    "julkaistiin": "published", "vuokrattiin": "rented", "käytettiin": "used", "hyväksyttiin": "passed",
    "vietiin": "taken", "syytettiin": "charged", "tuomittiin": "convicted", "vapautettiin": "released",
    "nimitettiin": "appointed", "haastateltiin": "interviewed", "murrettiin": "cracked",
}
# verbs in the present (and their infinitives)
_PRESENT = {
    "sanoo": ("says", "say"), "sanovat": ("say", "say"), "kertoo": ("tells", "tell"), "väittää": ("claims", "claim"),
    "kirjoittaa": ("writes", "write"), "tapahtuu": ("happens", "happen"), "käyttää": ("uses", "use"),
    "käyttävät": ("use", "use"), "haluaa": ("wants", "want"), "haluavat": ("want", "want"),
    "vaatii": ("demands", "demand"), "vaativat": ("demand", "demand"), "tietää": ("knows", "know"),
    "asuu": ("lives", "live"), "vastaa": ("answers", "answer"), "kieltäytyy": ("refuses", "refuse"),
    "tekee": ("does", "do"), "maksaa": ("costs", "cost"), "omistaa": ("owns", "own"), "tapaa": ("meets", "meet"),
    "aikoo": ("plans", "plan"), "aikovat": ("plan", "plan"), "uskoo": ("believes", "believe"),
    "ajattelee": ("thinks", "think"), "suunnittelee": ("plans", "plan"), "tukee": ("supports", "support"),
    "vastustaa": ("opposes", "oppose"), "tarvitsee": ("needs", "need"), "tarvitsevat": ("need", "need"),
}
_INFINITIVES = {
    "sanoa": "say", "kertoa": "tell", "kirjoittaa": "write", "tappaa": "kill", "kuolla": "die", "käyttää": "use",
    "lukea": "read", "avata": "open", "avaamaan": "open", "lukemaan": "read", "lähettää": "send", "tietää": "know",
    "pidättää": "arrest", "vastata": "answer", "estää": "prevent", "estämään": "prevent", "piilottaa": "hide",
    "pakottaa": "force", "tehdä": "do", "maksaa": "pay", "päästä": "get", "saada": "get", "murtaa": "crack",
    "auttaa": "help", "ostaa": "buy", "kieltää": "ban", "vakoilla": "spy on", "tavata": "meet",
    "auttamasta": "to help", "lukeakseen": "to read",
    "avaamasta": "to open", "tekemästä": "to do", "tarvitaan": "is needed",
    "tarvitaanko": "is" + _JOIN + "needed",
}
_WORDS = {
    # asking: who, whose, whom; what, which; where, from where, to where; when, why, how
    "kuka": "who", "kuk": "who", "ketkä": "who", "keitä": "who", "kenen": "whose", "kenet": "whom",
    "ketä": "whom", "kenelle": "to whom", "keneltä": "from whom", "kenestä": "about whom", "kenen kanssa": "with whom",
    "mitä": "what", "mikä": "what", "mitkä": "which", "minkä": "which", "mitään": "anything", "mistä": "from where",
    "mihin": "where", "missä": "where", "mis": "where", "missäs": "where", "minne": "where to", "millä": "with what",
    "mille": "to what", "milloin": "when", "miksi": "why", "miks": "why", "miksei": "why not", "miten": "how",
    "kuinka": "how", "millainen": "what kind of", "minkälainen": "what kind of", "montako": "how many",
    "paljonko": "how much", "kauanko": "how long", "monelta": "at what time", "moneltako": "at what time",
    "kumpi": "which", "mikäli": "if",
    # being, not, can, must
    "ovat": "are", "oli": "was", "olivat": "were", "ollut": "been", "olleet": "been", "olla": "be",
    "olisi": "would be", "onko": "is", "oliko": "was", "ovatko": "are", "olivatko": "were", "ole": "be",
    "ei": "not", "eivät": "not", "eikö": "isn't", "eivätkö": "didn't", "en": "not", "voi": "can", "voiko": "can",
    "voivat": "can", "voisi": "could", "voisivat": "could", "pitää": "must", "täytyy": "must",
    "pitäisi": "should", "tulisi": "should", "pystyy": "can", "pystyi": "could", "pystyikö": "could",
    "saako": "may", "saa": "may",
    # more verbs and participles
    "kuollut": "dead", "kuolleet": "dead", "kuolleita": "dead", "kuolleiden": "the dead's", "tapettu": "killed",
    "pidätetty": "arrested", "pidätettyjä": "arrested", "pidätetyt": "arrested", "ammuttu": "shot",
    "syntyi": "was born", "syntynyt": "born", "syntyikö": "was\ue000born", "loukkaantuneet": "injured",
    "loukkaantuneita": "injured", "loukkaantunut": "injured", "haavoittui": "was wounded", "vuokrattu": "rented",
    "vuokraama": "rented", "vuokraamalla": "rented", "salattu": "encrypted", "salatut": "encrypted",
    "salattuja": "encrypted", "kirjoittanut": "written", "sanonut": "said", "tehnyt": "done",
    "kotoisin": "from", "elossa": "alive",
    # this, it, he, they, I, you, we; anyone, all, other, own
    "tämä": "this", "tää": "this", "tämän": "this", "tästä": "about this", "tuo": "that", "se": "it",
    "sen": "its", "sitä": "it", "siitä": "about it", "siinä": "in it", "ne": "they", "niitä": "them",
    "nämä": "these", "näistä": "about these", "hän": "he", "hänen": "his", "häntä": "him", "hänet": "him",
    "hänelle": "to him", "hänestä": "about him", "he": "they", "heidän": "their", "heitä": "them",
    "heille": "to them", "minä": "I", "mä": "I", "minun": "my", "mun": "my", "sinä": "you", "sä": "you",
    "me": "we", "te": "you", "kukaan": "anyone", "ketään": "anyone", "kenenkään": "anyone's", "joku": "someone",
    "jotain": "something", "kaikki": "all",
    "muut": "other", "muita": "other", "muiden": "others'", "muu": "else", "toinen": "second", "oma": "own",
    "omat": "own", "joka": "who", "jotka": "who", "jonka": "whose", "jota": "which",
    # and, or, but, that, when, if, because, than
    "ja": "and", "sekä": "and", "tai": "or", "vai": "or", "mutta": "but", "että": "that", "kun": "when",
    "jos": "if", "koska": "when", "vaikka": "although", "kuin": "than", "eli": "that is",
    # postpositions ("hyökkäyksen jälkeen": after the attack, ``_postposed``)
    "kanssa": "with", "jälkeen": "after", "ennen": "before", "aikana": "during", "mukaan": "according to",
    "takia": "because of", "vuoksi": "because of", "kautta": "via", "ilman": "without", "vastaan": "against",
    "lähellä": "near", "yli": "over", "alle": "under",
    # the attack, the attacker, the police, the bridge, the car
    "hyökkäys": "attack", "hyökkäyksen": "attack", "hyökkäyksessä": "in the attack",
    "hyökkäyksestä": "about the attack",
    "hyökkäystä": "attack", "isku": "attack", "iskun": "attack", "iskussa": "in the attack",
    "iskusta": "about the attack",
    "terrori-isku": "terror attack", "terrori-iskun": "terror attack", "hyökkääjä": "attacker",
    "hyökkääjän": "attacker", "hyökkääjää": "attacker", "hyökkääjällä": "attacker",
    "hyökkääjästä": "about the attacker",
    "tekijä": "perpetrator", "tekijän": "perpetrator", "tekijää": "perpetrator", "poliisi": "police",
    "poliisin": "police", "poliisit": "police", "poliisia": "police", "poliisille": "to the police",
    "poliisimies": "police officer", "poliisimiehen": "police officer", "konstaapeli": "constable",
    "silta": "bridge", "sillalla": "on the bridge", "sillan": "bridge", "sillalta": "from the bridge",
    "auto": "car", "auton": "car", "autolla": "car", "autoa": "car", "autossa": "in the car",
    "jalankulkija": "pedestrian", "jalankulkijoita": "pedestrians", "jalankulkijat": "pedestrians",
    "jalankulkijaa": "pedestrians", "jalankulkijoihin": "into pedestrians", "ihmiset": "people", "ihmistä": "people",
    "ihmisiä": "people", "henkilöä": "people", "uhrit": "victims", "uhria": "victims", "uhreja": "victims",
    "uhrien": "victims'", "veitsi": "knife", "veitsen": "knife", "veitsellä": "with a knife", "ase": "weapon",
    "aseen": "weapon", "aseella": "with a weapon", "sotilas": "soldier",
    # age, days, time
    "vuotta": "years", "vuosi": "year", "vuonna": "in", "ikä": "age", "iän": "age", "ikää": "age",
    "vanha": "old", "päivä": "day", "päivänä": "on the day", "viikko": "week", "viikolla": "in the week",
    "viikkoa": "weeks", "sunnuntai": "Sunday", "sunnuntaina": "on Sunday", "keskiviikko": "Wednesday",
    "keskiviikkona": "on Wednesday", "aika": "time", "aikaan": "time", "minuuttia": "minutes",
    "minuutissa": "in minutes", "tuntia": "hours", "nyt": "now", "jo": "already", "vielä": "still",
    # the article, the headline, the author, the show
    "nimi": "name", "nimen": "name", "nimeä": "name", "nimeltä": "named", "artikkeli": "article",
    "artikkelin": "article", "artikkelissa": "in the article", "artikkelista": "from the article", "juttu": "story",
    "jutun": "story", "jutussa": "in the story", "otsikko": "headline", "otsikon": "headline",
    "otsikossa": "in the headline", "kirjoittaja": "author", "kirjoittajan": "author", "toimittaja": "journalist",
    "toimittajan": "journalist", "ohjelma": "programme", "ohjelmassa": "in the programme", "haastattelu": "interview",
    "haastattelussa": "in the interview", "lähde": "source", "lausunto": "statement", "tiedote": "statement",
    "vastaus": "response", "vastauksen": "response", "kommentti": "comment",
    # the government, the law, the warrant
    "hallitus": "government", "hallituksen": "government", "ministeri": "minister", "ministerin": "minister",
    "sisäministeri": "Home Secretary", "sisäministerin": "Home Secretary", "pääministeri": "Prime Minister",
    "laki": "law", "lain": "law", "lakia": "law", "lait": "laws", "lakeja": "laws", "lakien": "laws",
    "lakiehdotus": "bill", "lupa": "warrant", "luvan": "warrant", "etsintälupa": "warrant", "määräys": "order",
    "parlamentti": "Parliament", "parlamentin": "Parliament", "oikeus": "court", "oikeudessa": "in court",
    "sakko": "fine", "sakot": "fines", "sakkoa": "fine", "rangaistus": "penalty",
    # messages, apps, companies, phones
    "viesti": "message", "viestin": "message", "viestit": "messages", "viestejä": "messages", "viestiä": "message",
    "viestissä": "in the message", "viesteihin": "messages", "viestien": "messages'", "sovellus": "app",
    "sovelluksen": "app", "sovellukset": "apps", "sovelluksia": "apps", "yhtiö": "company", "yhtiöt": "companies",
    "yhtiön": "company", "yritys": "company", "yritykset": "companies", "yrityksiä": "companies",
    "yritysten": "companies'", "palvelu": "service", "palvelut": "services", "tiedustelu": "intelligence",
    "tiedustelupalvelut": "intelligence services", "turvallisuus": "security", "todisteet": "evidence",
    "todisteita": "evidence", "ryhmä": "group", "ryhmän": "group", "järjestö": "organisation",
    "uutistoimisto": "news agency", "puhelin": "phone", "puhelimen": "phone", "puhelimeen": "into the phone",
    "puhelimesta": "from the phone", "salaus": "encryption", "salauksen": "encryption", "salaisuus": "secret",
    "salainen": "secret", "salaiset": "secret", "paikka": "place", "paikkaa": "place", "terroristit": "terrorists",
    "terroristeille": "for terrorists", "terroristi": "terrorist", "kirjekuori": "envelope",
    "kirjekuoressa": "in an envelope", "pääsy": "access", "pääsyä": "access", "pääsyn": "access",
    "merkki": "make", "merkkinen": "make", "malli": "model", "sisältö": "content", "sisällön": "content",
    "omistaja": "owner", "omistajan": "owner", "hinta": "price", "hinnan": "price", "rikosrekisteri": "criminal record",
    "uskonto": "religion", "työ": "job", "ammatti": "occupation", "puolue": "party", "tapaaminen": "meeting",
    "kokous": "meeting", "perhe": "family", "vaimo": "wife", "lapset": "children", "sairaala": "hospital",
    "sairaalaan": "to hospital", "sairaalassa": "in hospital", "vastuu": "responsibility", "vastuun": "responsibility",
    # US politics
    "presidentti": "president", "presidentin": "president", "vaalit": "election", "vaaleissa": "in the election",
    "senaattori": "senator", "kongressi": "Congress", "republikaanit": "Republicans", "demokraatit": "Democrats",
    "terveydenhuolto": "healthcare", "vero": "tax", "verot": "taxes", "kaupunki": "city", "maa": "country",
    "valtio": "state", "islamilainen": "Islamic", "Lontoo": "London", "Lontoossa": "in London", "Britannia": "Britain",
    # new, alone, exactly, really, only, first, last, how many
    "uusi": "new", "uuden": "new", "uusia": "new", "uudet": "new", "oikea": "real", "oikein": "really",
    "yksin": "alone", "tarkalleen": "exactly", "tarkkaan": "exactly", "oikeasti": "really", "vain": "only",
    "ainoastaan": "only", "lopulta": "in the end", "ensin": "first", "ensimmäinen": "first", "viimeinen": "last",
    "koskaan": "ever", "aiemmin": "before", "myöhemmin": "later", "sitten": "then", "myös": "also",
    "paljon": "much", "monta": "many", "moni": "many", "yksi": "one", "kaksi": "two", "kolme": "three",
    "neljä": "four", "viisi": "five",
}
_FINNISH = _typed({
    **{k: v[0] for k, v in {**_PAST, **_PRESENT}.items()},
    **{_ko(k): ("did" if k in _PAST else "does") + _JOIN + v[1] for k, v in {**_PRESENT, **_PAST}.items()},
    **{k: "was " + v for k, v in _PASSIVE.items()}, **{_ko(k): "was" + _JOIN + v for k, v in _PASSIVE.items()},
    **_INFINITIVES, **_WORDS,
})
# "päivä" is a day, "paiva" so typed too; "tuli" (came) is typed so in Indonesian (deaf): left as glossed
for _word in ("han", "mina", "nama", "ika"):
    # ("hän" without its umlaut is Swedish "han", he, and a name; "nämä" so typed is Indonesian "nama")
    _FINNISH.pop(_word, None)
_FINNISH["hän"] = "he"

# filler and politeness, carrying nothing the question asks
_FINNISH_DROPPED = frozenset(w for v in """niinku niinkuin tota tuota siis kiitos hei moi moikka kyllä kyl ihan
    muuten kai mahtaa mahtoi oikeen jotenkin vaan sit nii niin plz pliis""".split() for w in (v, v.translate(_PLAIN)))

# glossed words that are English words too, glossed only before a word of Finnish or a name ("on the bridge"
# is English, "Masood on kuollut" Finnish)
_FINNISH_SHARED = frozenset("""on he me te se ne sen saa sai tuli vain alle ole en ei jo moni maa vero
    aika ase yli kun ja tai voi tuo joka eli oma""".split())

# the words that show a question is in Finnish: the glossed and dropped words that are no English ones nor
# another language's ("ja" and "se" are Scandinavian, "kun" Danish, "voi" and "tuo" Italian, "nimi" and "jo"
# Czech, "kai" Greek, "lupa" and "tai" Indonesian, "sita" and "maa" Hindi)
_FINNISH_MARK = (frozenset(_FINNISH) | _FINNISH_DROPPED) - _FINNISH_SHARED - frozenset("""
    kai lupa tai sita maa nimi jo ne sen mis me te en ei kuk sa ma mun tuli sai saa ole auto ase malli vero
    kuin hinta muu muut oma omat moni tuo sit sitten vaan nii niin nyt eli kanssa on uusi alle yli luki
    koska tapaa sakko paikka lait vanha ilman aika aikana vai vain sisalto""".split())


# -- idioms ----------------------------------------------------------------------------------

_WORD = r"[\w'’-]+"
# the names of the story, which take a case suffix ("WhatsAppista", "Masoodin", "Ruddille", "Trumpin")
_NAMES = ("WhatsApp Apple FBI Masood Rudd Trump Westminster iPhone Facebook Google Telegram Comey Obama Clinton "
          "Khalid Amber Twitter Signal Obamacare Congress Putin Venäjä Lontoo Britannia Isis ISIS Daesh "
          "Microsoft Sessions Flynn Pence Ryan McConnell Syyria Birmingham Yhdysvallat").split()
_NAMES_RE = "|".join(sorted(_NAMES, key=len, reverse=True))
# what a suffix on a name makes it in English, the longest first ("-illa" before "-a")
_CASES = [("ista", "about {}"), ("istä", "about {}"), ("sta", "about {}"), ("stä", "about {}"),
          ("issa", "in {}"), ("issä", "in {}"), ("ssa", "in {}"), ("ssä", "in {}"), ("illa", "{} had"),
          ("illä", "{} had"), ("lla", "{} had"), ("llä", "{} had"), ("ille", "to {}"), ("lle", "to {}"),
          ("ilta", "from {}"), ("iltä", "from {}"), ("lta", "from {}"), ("ltä", "from {}"), ("iin", "into {}"),
          ("in", "{}"), ("ia", "{}"), ("iä", "{}"), ("n", "{}"), ("a", "{}"), ("ä", "{}"), ("ta", "{}"),
          ("tä", "{}")]
# the nouns that are owned by the genitive before them ("artikkelin kirjoittaja": the author of the article)
_HEADS = _typed({"kirjoittaja": "author", "otsikko": "headline", "nimi": "name", "ikä": "age", "omistaja": "owner",
                 "merkki": "make", "malli": "model", "sisältö": "content", "vastaus": "response", "hinta": "price",
                 "uskonto": "religion", "työ": "job", "ammatti": "occupation", "puolue": "party", "auto": "car",
                 "puhelin": "phone", "viestit": "messages", "viesti": "message", "perhe": "family", "vaimo": "wife",
                 "lausunto": "statement", "rikosrekisteri": "criminal record", "ase": "weapon", "oikea": "real",
                 "uhrit": "victims", "toimittaja": "journalist", "pääsy": "access", "sakko": "fine",
                 "tekijä": "perpetrator"})
# the postpositions, put before their noun ("hyökkäyksen jälkeen": after the attack)
_POSTPOSITIONS = _typed({"jälkeen": "after", "aikana": "during", "mukaan": "according to", "takia": "because of",
                         "vuoksi": "because of", "kanssa": "with", "kautta": "via"})


def _case(name: str, suffix: str) -> str:
    """``name`` with a Finnish case ``suffix`` in English: "WhatsApp", "ista" → "about WhatsApp"."""
    for end, plain in _CASES:
        if suffix == end or suffix.translate(_PLAIN) == end.translate(_PLAIN) and end in suffix.translate(_PLAIN):
            return plain.format(name)
    return name


def _named(m: re.Match) -> str:
    """A name with a case suffix ("FBI:lle", "WhatsAppista") in English ("to FBI", "about WhatsApp")."""
    name, suffix = m.group(1), m.group(2).lower()
    known = any(suffix.translate(_PLAIN) == e.translate(_PLAIN) for e, _ in _CASES)
    return _case(name, suffix) if known else m.group(0)


def _english(word: str) -> str:
    """A word, a name with its case, or a noun in English (the noun with the article Finnish has not)."""
    m = re.fullmatch(r"(%s)(?::)?(\w+)" % _NAMES_RE, word)
    if m:
        return re.sub(r"'s$", "", _case(m.group(1), m.group(2).lower()))
    plain = _FINNISH.get(word.lower())
    if plain is None:
        return word
    return plain if plain in ("him", "them", "it", "this", "that") or " " in plain else "the " + plain


def _owned(m: re.Match) -> str:
    """"artikkelin kirjoittaja" → "the author of the article", "Masoodin ikä" → "Masood's age"."""
    owner, head = m.group(1), m.group(2)
    english = _HEADS.get(head.lower())
    if english is None:
        return m.group(0)
    name = re.fullmatch(r"(%s|[A-Z][\w-]*?)(?::)?i?n" % _NAMES_RE, owner)
    if name and owner[:1].isupper() and owner.lower() not in _FINNISH:
        return f"{name.group(1)}'s {english}"
    noun = _FINNISH.get(owner.lower())
    # (an infinitive in "-akseen" ends so too: "lukeakseen viestit", to read the messages)
    if noun is None or not owner.lower().translate(_PLAIN).endswith("n") or noun.startswith(("to ", "is ", "was ")):
        return m.group(0)
    if noun in ("his", "their", "its", "whose", "my", "this", "which"):
        return f"{noun} {english}"
    return f"the {english} of the {noun}"


def _postposed(m: re.Match) -> str:
    """"hyökkäyksen jälkeen" → "after the attack", "Ruddin mukaan" → "according to Rudd"."""
    before = _POSTPOSITIONS[m.group(2).lower()]
    noun = m.group(1)
    name = re.fullmatch(r"(%s|[A-Z][\w-]*?)(?::)?i?n" % _NAMES_RE, noun)
    if name and noun[:1].isupper():
        return f"{before} {name.group(1)}"
    plain = _FINNISH.get(noun.lower())
    if plain is None or plain in ("about what",):
        return m.group(0)
    if plain in ("whom", "whose", "who"):
        return f"{before} whom"
    return f"{before} {plain}" if plain in ("him", "them", "this", "it", "that") else f"{before} the {plain}"


def _had(m: re.Match) -> str:
    """"oliko Masoodilla" → "did Masood have", "onko hyökkääjällä" → "does the attacker have"."""
    word, english = m.group(2), _english(m.group(2))
    aux = "did" if m.group(1).lower() == "oliko" else "does"
    if english.endswith(" had"):
        return f"{aux} {english[:-4]} have"
    if word.lower().translate(_PLAIN).endswith("lla") and word.lower() in _FINNISH:
        return f"{aux} {english} have"
    return m.group(0)


_SUBJECT_FI = r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}|hän|han|he|hyökkääjä|hyokkaaja|poliisi)"

_FINNISH_IDIOMS = Idioms([
    # age, how many, how much, how long, since when, at what time
    (r"\b(?:kuinka|miten)\s+vanha\b|\bmink[äa]\s+ik[äa]inen\b|\bmonen\s+vuoden\s+ik[äa]inen\b", "how old"),
    (r"\b(\d+)\s*-?\s*vuotias\b", r"\1 years old"), (r"\bvuotias\b", "years old"),
    (r"\bkuinka\s+monta\b|\bmontako\b|\bkuinka\s+moni\b", "how many"),
    (r"\b(?:kuinka|miten)\s+paljon\b", "how much"), (r"\b(?:kuinka|miten)\s+kauan\b", "how long"),
    (r"\bmist[äa]\s+l[äa]htien\b|\bmilloin\s+l[äa]htien\b", "since when"),
    (r"\bmihin\s+aikaan\b|\bmill[äa]\s+kellonlyönnill[äa]\b", "at what time"),
    (r"\bmin[äa]\s+p[äa]iv[äa]n[äa]\b", "on what day"), (r"\bmill[äa]\s+viikolla\b", "in what week"),
    (r"\bkenen\s+kanssa\b", "with whom"), (r"\bkuka\s+muu\b", "who else"), (r"\bmit[äa]\s+muuta\b", "what else"),
    (r"\bmink[äa]\s+merkkinen\b|\bmik[äa]\s+merkki\b", "what make of"),
    (r"\bmink[äa]\s*(?:lainen|laista|laisen)\b|\bmillai(?:nen|sta|sen)\b", "what kind of"),
    # where someone came from ("mistä Masood oli kotoisin": where was Masood from)
    (r"\bmist[äa]\s+(%s)\s+(?:oli|on)\s+kotoisin\b" % _SUBJECT_FI, lambda m: f"where was {_english(m.group(1))} from"),
    # what someone thinks ("mitä mieltä Rudd on WhatsAppista": what does Rudd think about WhatsApp)
    (r"\bmit[äa]\s+mielt[äa]\s+(%s)\s+(on|oli)\b" % _SUBJECT_FI,
     lambda m: f"what {'does' if m.group(2).lower() == 'on' else 'did'} {_english(m.group(1))} think"),
    # the story's phrases
    (r"\bisl(?:amilainen|amistinen)\s+valtio\b|\bisl(?:amilaisen|amistisen)\s+valtion\b|\bisis\b", "Islamic State"),
    (r"\botti\s+vastuun\b|\bottivat\s+vastuun\b", "claimed responsibility"),
    (r"\bottiko\s+(%s)\s+vastuun\b" % _SUBJECT_FI, lambda m: f"did {_english(m.group(1))} claim responsibility"),
    (r"\btekev[äa]t\s+yhteisty[öo]t[äa]\b|\btekee\s+yhteisty[öo]t[äa]\b", "cooperate"),
    (r"\btehd[äa]\s+yhteisty[öo]t[äa]\b", "cooperate"), (r"\btekiv[äa]t\s+yhteisty[öo]t[äa]\b", "cooperated"),
    (r"\bloppujen\s+lopuksi\b|\blopulta\b", "in the end"),
    (r"\bmit[äa]\s+(\w+ss[äa])\s+luki\b", lambda m: f"what did it say {_FINNISH.get(m.group(1).lower(), m.group(1))}"),
    (r"\brikos(?:rekisteri|taustaa?)\b", "criminal record"), (r"\bampui\s+kuoliaaksi\b", "shot dead"),
    (r"\bammuttiin\s+kuoliaaksi\b", "was shot dead"), (r"\bajoi\s+(?:p[äa][äa]lle|p[äa]in)\b", "drove into"),
    (r"\bp[äa][äa]sy(?:n|[äa])?\s+viesteihin\b", "access to the messages"),
    (r"\botti\s+vastuun\s+(?=\w+st[äa]\b)", "claimed responsibility for "),
    (r"\bWestminsterin\s+sillalla\b", "at Westminster Bridge"), (r"\bWestminsterin\s+silta\b", "Westminster Bridge"),
    (r"\bei\s+ole\b", "is not"), (r"\bei\s+ollut\b", "was not"), (r"\bei\s+(?=halua\b|halunnut\b)", "not "),
    (r"\bhalua\b", "want"), (r"\bhalunnut\b", "wanted"),
    (r"^(\s*(?:kuka|mik[äa]|mit[äa]|miss[äa]|milloin|miksi|kenen|mitk[äa]|kuinka\s+vanha|how\s+old)\s+)on\b",
     r"\1is"),
    (r"\bmiss[äa]\s+(\w+(?:ss[äa]))\b|\bmill[äa]\s+(\w+ll[äa])\b",
     lambda m: re.sub(r"\bthe\b", "which", _FINNISH.get((m.group(1) or m.group(2)).lower(), "")) or m.group(0)),
    (r"\b(oliko|onko)\s+(%s)\b" % _WORD, _had),
    # "on" is English too: "is" only before a word of Finnish ("Masood on kuollut"); after a question word, above
    (r"\bon\s+(%s)" % _WORD, lambda m: f"is {m.group(1)}" if m.group(1).lower() in _FINNISH and
     m.group(1).lower() not in _FINNISH_SHARED else m.group(0)),
    (r"^(\s*)koska\b", r"\1when"), (r"(?<=\w)\s+koska\s+(?=\w)", " because "),
    # someone had ("hyökkääjällä oli": the attacker had; "Masoodilla oli": Masood had)
    (r"\bhy[öo]kk[äa][äa]j[äa]ll[äa]\s+oli\b", "the attacker had"),
    (r"\bh[äa]nell[äa]\s+(?:oli|on)\b", "he had"),
    # a genitive and what it owns, a postposition after its noun
    (r"\b(%s)\s+(%s)\b" % (_WORD, "|".join(sorted(_HEADS, key=len, reverse=True))), _owned),
    (r"\b(%s)\s+(%s)\b" % (_WORD, "|".join(sorted(_POSTPOSITIONS, key=len, reverse=True))), _postposed),
    # a name with its case ("WhatsAppista": about WhatsApp, "FBI:lle": to the FBI)
    (r"\b(%s)(?::)?(\w+)\b" % _NAMES_RE, _named),
    (r"\b((?-i:[A-Z])[\w-]*):(\w+)\b", _named),
])


# -- English order ---------------------------------------------------------------------------

# the past and present of the verbs glossed, and their bases after "did" or "does"
_BASE = {e: b for e, b in _PAST.values()} | {e: b for e, b in _PRESENT.values() if e.endswith("s")} | {"had": "have"}
_ASKED = (r"who|whom|what|which\s+[\w-]+|where|when|why|how\s+old|how|how\s+many\s+[\w-]+|how\s+much|how\s+long|"
          r"from\s+where|(?:in|on|with|at)\s+which\s+[\w-]+|"
          r"at\s+what\s+time|with\s+whom|to\s+whom|from\s+whom|about\s+what|with\s+what|what\s+kind\s+of\s+[\w-]+|"
          r"what\s+make\s+of\s+[\w-]+|since\s+when|on\s+what\s+day|where\s+to|what\s+[\w-]+")
# the bare nouns of the story that Finnish leaves without an article
_BARE_NOUN = (r"(?:attacker|perpetrator|article|headline|author|car|bridge|police|attack|victims|government|law|"
              r"message|phone|knife|weapon|owner|interview|programme|journalist|app|company|minister|police officer|"
              r"Home Secretary|warrant|evidence|group|story|encryption|election|president)")
_SUBJECT = (r"(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}|he|she|they|it|anyone|someone|"
            r"(?:the\s+)?%s)" % _BARE_NOUN)


def _with_the(subject: str) -> str:
    return re.sub(r"^(?=%s\b)" % _BARE_NOUN, "the ", subject)


def _finnish_order(glossed: str) -> str:
    """A Finnish question glossed word for word, in English order: the subject of a "-ko" question put
    between its auxiliary and its verb ("did act Masood alone?" → "did Masood act alone?"), an
    auxiliary before a subject that comes before its verb ("what Rudd said" → "what did Rudd say",
    "how old Masood was" → "how old was Masood"), and the articles English wants ("who wrote article"
    → "who wrote the article"). What is asked of the subject ("who said ...?") is English already."""
    m = re.match(r"^(\s*)(did|does|was|is)%s([a-z]+(?: for| into)?)\s+(%s)\b(.*)$" % (_JOIN, _SUBJECT), glossed, re.I)
    if m:
        glossed = f"{m.group(1)}{m.group(2)} {_with_the(m.group(4))} {m.group(3)}{m.group(5)}"
    # "is needed new law?" (no subject told): is new law needed
    glossed = re.sub(r"^(\s*(?:is|was))%s([a-z]+)\s+([^?.!,]+)" % _JOIN, r"\1 \3 \2", glossed)
    glossed = glossed.replace(_JOIN, " ")
    m = re.match(r"^(\s*(?:%s)\s+)(%s)\s+(%s)\b(.*)$" % (_ASKED, _SUBJECT, "|".join(
        sorted(map(re.escape, _BASE), key=len, reverse=True))), glossed, re.I)
    if m and not re.match(r"\s*who\s*$", m.group(1), re.I):
        verb = m.group(3).lower()
        aux = "does" if verb in _BASE and verb.endswith("s") and verb not in dict(_PAST.values()) else "did"
        if verb.startswith(("was ", "were ")):
            glossed = f"{m.group(1)}{verb.split()[0]} {_with_the(m.group(2))} {verb.split(' ', 1)[1]}{m.group(4)}"
        else:
            glossed = f"{m.group(1)}{aux} {_with_the(m.group(2))} {_BASE[verb]}{m.group(4)}"
    else:
        m = re.match(r"^(\s*(?:%s)\s+)(%s)\s+(was|is|were|are)\b(.*)$" % (_ASKED, _SUBJECT), glossed, re.I)
        if m:
            glossed = f"{m.group(1)}{m.group(3)} {_with_the(m.group(2))}{m.group(4)}"
    glossed = re.sub(r"^(\s*what\s+make)\s+of\s+(?:the\s+)?([\w-]+)\s+(was|is)(?=\s*[?.!]*\s*$)", r"\1 \3 the \2",
                     glossed)
    glossed = re.sub(r"\bresponsibility\s+about\b", "responsibility for", glossed)
    glossed = re.sub(r"^(\s*how\s+many\s+[\w-]+)\s+(?:was|were)(?=\s*[?.!]*\s*$)", r"\1 were there", glossed)
    glossed = re.sub(r"\b(have|has|had)\s+(?=criminal record\b)", r"\1 a ", glossed)
    # "kuka oli hyökkääjä": who was the attacker; "kuka kirjoitti artikkelin": who wrote the article
    return re.sub(r"\b(is|was|were|are|did|does|of|in|about|from|to|after|before|during|with|wrote|said|used|"
                  r"rented|drove|killed|stabbed|shot|unlocked|open|read|own|owned|write|use|rent|drive|won|win|send|sent|have|"
                  r"had)\s+"
                  r"(?=%s\b)" % _BARE_NOUN, r"\1 the ", glossed)


FINNISH = Language(_FINNISH_IDIOMS, _FINNISH, _FINNISH_DROPPED, _FINNISH_MARK, reorder=_finnish_order,
                   shared=_FINNISH_SHARED)
