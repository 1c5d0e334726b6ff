"""Dutch (and Flemish) mixed into English questions, read in English.

Dutch and Flemish speakers type the frame of a question in Dutch and the story's names and things
in English or in Dutch ("Wie heeft the article geschreven?", "Wat zei Rudd over WhatsApp?", "Hoe
oud was de dader?"). Dutch puts its finite verb second and its other verbs last: a past participle
or an infinitive ends the clause ("heeft ... geschreven": wrote, "wil ... lezen": wants to read),
a question word is often followed by the verb and then the subject ("wat zei Rudd": what did Rudd
say), a separable verb leaves its particle at the end ("stak de agent neer": stabbed the officer)
and a clause after "dat" ends in its verb. The idioms join the separable verbs, and
``_dutch_order`` puts the glossing in English order for the clear cases. Many Dutch words are
English ones too ("is", "was", "over", "door", "die", "wet", "hem", "men"): those are glossed
only where the Dutch is sure (``_DUTCH_SHARED``) or not at all, and none of them shows the language.
"""
from __future__ import annotations

import re

from . import Idioms, Language

# -- English verbs ---------------------------------------------------------------------------

# the English verbs the glossing uses, as bare form, past and past participle: the irregular
# ones listed, the others made by rule; ``_dutch_order`` asks with them ("did Rudd say")
_IRREGULAR = {b: (p, pp) for b, p, pp in (t.split() for t in """say said said; write wrote written; die died died;
    shoot shot shot; drive drove driven; know knew known; find found found; read read read; send sent sent;
    hide hid hidden; do did done; make made made; give gave given; come came come; see saw seen; meet met met;
    win won won; lose lost lost; pay paid paid; tell told told; speak spoke spoken; take took taken; get got got;
    leave left left; become became become; go went gone; think thought thought; hit hit hit; flee fled fled;
    have had had; hold held held; begin began begun; be was been; bear bore born; broadcast broadcast broadcast;
    cost cost cost; run ran run; choose chose chosen""".split(";"))}
_REGULAR = """happen kill murder rent use claim demand ask want open unlock crack live arrest act answer respond
    cooperate refuse prevent force attack publish vote sign pass introduce announce declare call help injure
    commit hack decrypt share delete receive report support convert convict investigate fire ban start stop work
    stay plan survive travel search escape arrive resign react mention describe warn threaten need detain
    identify name blame criticise radicalise release charge visit quote interview elect appoint phone post
    encrypt allow own protect change try manage agree admit believe ram last remove follow spy carry""".split()
_DOUBLED = frozenset("ban plan commit stop ram admit".split())


def _regular(bare: str) -> str:
    """The past of a regular verb ("stab" → "stabbed", "try" → "tried")."""
    if bare.endswith("e"):
        return bare + "d"
    if re.search(r"[^aeiou]y$", bare):
        return bare[:-1] + "ied"
    return bare + (bare[-1] if bare in _DOUBLED else "") + "ed"


_FORMS = {**{b: (_regular(b), _regular(b)) for b in _REGULAR}, **_IRREGULAR, "stab": ("stabbed", "stabbed")}
_PAST = {p: b for b, (p, _) in _FORMS.items()}
_PARTICIPLE = {pp: b for b, (_, pp) in _FORMS.items()} | {
    "shot dead": "shoot dead", "stabbed to death": "stab to death", "carried out": "carry out", "found out": "find out"}
_THIRD = {re.sub(r"(?<=[^aeiou])y$", "ie", b) + ("es" if re.search(r"(?:s|sh|ch|x|o)$", b) else "s"): b
          for b in _FORMS if b not in ("be", "have", "bear")} | {"has": "have"}
# participles that "is" or "zijn" make active ("is gestorven": died), and those that tell a state
# ("is versleuteld": is encrypted) rather than a past deed ("is gearresteerd": was arrested)
_ACTIVE_WITH_IS = frozenset("died happened come gone become fled escaped arrived stayed started stopped resigned "
                            "left".split())
_STATES = frozenset("encrypted allowed called named known needed protected owned used".split())

# -- idioms ----------------------------------------------------------------------------------

# "zijn" is "his" before a noun, "are" before the rest ("zijn auto", "zijn er", "zijn gestorven", "zijn
# the attackers", "zijn killed")
_NOT_NOUNS = frozenset("""de het een er ze zij hij die dat deze dit the a an all there they these those their
    ook nog al niet geen alle allemaal echt wel dan nu toen twee drie dood gewond alleen hier daar already also
    not now still just really only ever dead alive responsible guilty""".split())


def _his_or_are(m: re.Match) -> str:
    """"zijn" before a noun (a Dutch one, or an English one in small letters that is no verb) is "his"."""
    word = m.group(1)
    low = word.lower()
    noun = low in _DUTCH_NOUNS or (word.islower() and low not in _DUTCH and low not in _NOT_NOUNS
                                   and not low.endswith("ed"))
    return ("his " if noun or m.group(0)[:2].lower() in ("z'", "z’", "zn") else "are ") + word


# separable verbs, their particle last ("stak de agent neer": stabbed the officer), with what of
# them stays last ("waar kwam hij vandaan": where came he from)
_SEPARABLE = {(verb, particle): english for verbs, particle, *english in [
    ("stak staken", "neer", "stabbed"), ("stak staken", "dood", "stabbed", "to death"),
    ("schoot schoten", "neer", "shot"), ("schoot schoten", "dood", "shot", "dead"),
    ("reed reden", "in op", "drove into"), ("reed reden", "aan", "hit"),
    ("raakte raakten", "gewond", "were injured"), ("viel vielen", "aan", "attacked"),
    ("eiste eisten eist", "op", "claimed"), ("pakte pakten", "op", "arrested"), ("hield hielden", "aan", "arrested"),
    ("werkte werkten", "mee", "cooperated"), ("werkt", "mee", "cooperates"), ("werken", "mee", "cooperate"),
    ("kwam kwamen", "om", "died"), ("vond vonden", "plaats", "happened"), ("vindt", "plaats", "happens"),
    ("nam namen", "op zich", "took"), ("belde belden", "op", "called"), ("voerde voerden", "uit", "carried out"),
    ("gaf gaven", "toe", "admitted"), ("kondigde kondigden", "aan", "announced"), ("nam namen", "aan", "passed"),
    ("keurde keurden", "goed", "approved"), ("zocht zochten", "uit", "found out"),
    ("kwam kwamen", "vandaan", "came", "from"), ("komt", "vandaan", "comes", "from")] for verb in verbs.split()}


def _separated(m: re.Match) -> str:
    """A separable verb and its particle in English ("stak de agent neer" → "stabbed de agent")."""
    english = _SEPARABLE.get((m.group(1).lower(), re.sub(r"\s+", " ", m.group(3).lower())))
    if english is None:
        return m.group(0)
    return english[0] + m.group(2) + "".join(" " + last for last in english[1:])


# "het" is "it" before a verb, a participle, "waar" or the end ("wie deed het", "is het waar")
_IT_BEFORE = ("waar|mogelijk|niet|ook|al|echt|wel|nog|zo|dat|gedaan|gezegd|geschreven|gebeurd|gezien|gelezen|geweest|"
              "geworden|gehoord|gevonden|gedeeld|gestuurd|geweten|opgeëist|geclaimd|ontkend|is|was|werd|wordt")
_EVENTS = r"(?:aanslag|aanval|aanvallen|aanslagen|attack|verkiezing|verkiezingen|election)"

_DUTCH_IDIOMS = Idioms([
    # greetings and asking to ask ("hoi, vraagje:", "weet iemand ...", "kun je me vertellen")
    (r"^\s*(?:hoi|hallo|goedemorgen|goedemiddag|goedenavond)\b\s*[,!:]?\s*", ""),
    (r"\b(?:ik\s+heb\s+)?(?:een\s+)?(?:vraagje|vraag)\s*[:,]\s*", ""), (r"\bweet\s+iemand\b", "does anyone know"),
    (r"\bweet\s+(?:je|jij|u|jullie|ge)\b", "do you know"), (r"\bik\s+vraag\s+me\s+af\b", "I wonder"),
    (r"\b(?:kan|kun|kunt)\s+(?:je|jij|u|iemand)\s+(?:me|mij)\s+(?:vertellen|zeggen)\b", "can you tell me"),
    (r"\bik\s+wil\s+(?:graag\s+)?weten\b", "I want to know"), (r"\bvertel\s+(?:me|mij|eens)\b", "tell me"),
    # the things of the story, first: offices, groups, records, places ("minister van ...")
    (r"\bminister\s+van\s+binnenlandse\s+zaken\b", "Home Secretary"),
    (r"\b(?:ministerie\s+van\s+)?binnenlandse\s+zaken\b", "Home Office"),
    (r"\bislamitische\s+staat\b", "Islamic State"),
    (r"\b(?:crimineel|strafrechtelijk)\s+verleden\b", "criminal record"),
    (r"\bde\s+verantwoordelijkheid\b", "responsibility"), (r"\bde\s+islam\b", "Islam"),
    (r"\bwitte\s+huis\b", "White House"), (r"\bverenigd\s+koninkrijk\b", "United Kingdom"),
    (r"\bverenigde\s+staten\b", "United States"), (r"\bhuis\s+van\s+afgevaardigden\b", "House of Representatives"),
    (r"\bgeheime\s+dienst(?:en)?\b", "secret services"),
    (r"\bend[- ]to[- ]end[- ]?(?=encryptie|versleuteling)", "end-to-end "),
    (r"\b(?:in|op)\s+het\s+einde?\b|\baan\s+het\s+einde?\b", "at the end"),
    # asking: age, time, kind, names, whom, about what
    (r"\bhoeveel\s+jaar\s+(?:oud\s+)?(was|is|waren|zijn)\b", r"how old \1"), (r"\bhoe\s*oud\b", "how old"),
    (r"\b(?:om\s+)?hoe\s*laat\b", "at what time"), (r"\bhoe\s+lang\b", "how long"), (r"\bhoe\s+vaak\b", "how often"),
    (r"\bhoe\s+ver\b", "how far"), (r"\bhoe\s+(?:komt|kwam)\s+het\s+dat\b", "why"),
    (r"\bhoe\s+zit\s+het\s+met\b", "what about"), (r"\bhoe\s+(?:heet|heette)\s+(?:hij|hem)\b", "what is his name"),
    (r"\bhoe\s+(?:heet|heette)\s+(?:zij|ze)\b", "what is her name"),
    (r"\bhoe\s+heet(?=\s+\w)", "what is the name of"), (r"\bhoe\s+heette(?=\s+\w)", "what was the name of"),
    (r"\bhoe\s+heten(?=\s+\w)", "what are the names of"), (r"\bwat\s+voor\s+(?:een\s+)?", "what kind of "),
    (r"\bwat\s+is\s+er\s+(?:met|aan)\s+(.+?)\s+gebeurd\b", r"what happened to \1"),
    (r"\bwat\s+(?:is|was)\s+er\s+gebeurd\b|\bwat\s+gebeurde\s+er\b", "what happened"),
    (r"\bwat\s+(heeft|hebben|had|hadden)\s+(.+?)\s+met\s+(.+?)\s+te\s+maken\b", r"what \1 \2 to do with \3"),
    (r"^(\s*)van\s+wie\b", r"\1whose"), (r"\bmet\s+wie\b", "with whom"), (r"\b(?:aan|naar)\s+wie\b", "to whom"),
    (r"\bvoor\s+wie\b", "for whom"), (r"\bdoor\s+wie\b", "by whom"), (r"\bover\s+wie\b", "about whom"),
    (r"\bwaar\s+gaat\s+(.+?)\s+over\b", r"what is \1 about"), (r"\bgaat\s+over\b", "is about"),
    (r"\bklopt\s+het\s+dat\b|\bis\s+het\s+waar\s+dat\b", "is it true that"), (r"\bklopt\s+het\b", "is it true"),
    # separable verbs (``_SEPARABLE``); the particle ends the clause or comes before a last place or time
    (r"\b(%s)\b((?:\s+(?!(?:en|of|maar|dat|die|omdat)\b)[^\s,.?!]+){0,6}?)\s+(%s)(?=\s*(?:[?.!,]|$)|\s+(?:op|in|"
     r"bij|tijdens|na|vlak|om|rond)\s)" % ("|".join(sorted({v for v, _ in _SEPARABLE})), "|".join(
         sorted({p.replace(" ", r"\s+") for _, p in _SEPARABLE}, key=len, reverse=True))), _separated),
    (r"\b(?:reed|reden)\s+(?:er\s+|hij\s+)?in\s+op\b", "drove into"),
    (r"\b(vond|vonden|vindt|vinden)\b((?:\s+[\w'’-]+){1,4}?)\s+van\b",
     lambda m: {"vindt": "thinks", "vinden": "think"}.get(m.group(1).lower(), "thought") + m.group(2) + " about"),
    (r"\b(wil|wilde|willen|wilden|eist|eiste|eisen|vraagt|vroeg)\b((?:\s+[\w'’-]+){1,4}?)\s+van\b", r"\1\2 from"),
    # "is er" asks if there is, a last "er" is there (the others are left out: ``_DUTCH_DROPPED``)
    (r"^(\s*)(is|zijn|was|waren)\s+er\b", r"\1\2 there"), (r"\ber(?=\s*[?.!]*\s*$)", "there"),
    (rf"\bhet(?=\s*(?:[?.!,]|$)|\s+(?:{_IT_BEFORE})\b)", "it"), (r"\bzo['’]n\s+(?=\d)", "about "),
    (r"\b(?:zijn|z['’]n|zn)\s+([\w'’-]+)", _his_or_are),
    # prepositions whose English hangs on what they go with: over the bridge (across) or about a thing,
    # "om ... te lezen" (to read) or "om 14.40" (at), "tegen" a listener (to), "voor" an event (before)
    (r"\bover\s+(?=(?:de\s+|the\s+)?(?:brug|bridge|westminster|voetgangers|pedestrians)\b)", "across "),
    (r"\bom\s+(\S+(?:\s+\S+){0,3}?)\s+te\s+([a-z]+en)\b", r"to \2 \1"), (r"\bom\s+te\b", "to"),
    (r"\bom\s+(?=\d)", "at "), (r"\btegen\s+(?=(?:[\w'’-]+\s+){1,3}(?:gezegd|verteld)\b)", "to "),
    (r"\b(zei|zeiden|zegt|vertelde)\b((?:\s+[\w'’-]+){0,3}?)\s+tegen\b", r"\1\2 to"),
    (rf"(?<!reden\s)(?<!motief\s)(?<!bewijs\s)\bvoor\s+(?=(?:de|het|the)\s+{_EVENTS}\b)", "before "),
    (rf"\bbij\s+(?=(?:de|het|die|deze)\s+{_EVENTS}\b)", "in "),
    (r"\b(bekend|werkte|werkt|gezien|beschreven|genoemd)\s+als\b", r"\1 as"),
    (r"\b(toegang|bekeerd|bekeerde)(\s+(?:was|is|werd))?\s+tot\b", r"\1\2 to"),
    # "of" is "or" between two last choices, before a verb and before "niet", "whether" before a
    # clause, and else left as typed (it is English "of" too)
    (r",\s*([\w'’-]+(?:\s+[\w'’-]+)?)\s+of\s+(?=[\w'’-]+(?:\s+[\w'’-]+)?\s*[?.!]*\s*$)", r", \1 or "),
    (r"\bof\s+niet\b", "or not"), (r"\bof\s+(?=(?:had|heeft|was|is|waren|zijn|werd|kon|wilde|deed)\b)", "or "),
    (r"\bof\s+(?=(?:hij|zij|ze|er|het|hun|dat|de\s+\w+\s+(?:heeft|had|is|was))\b)", "whether "),
    # "dan" (also the name Dan) and "al" (Al Gore, al-Qaeda) only in small letters
    (r"(?-i:\b(meer|minder|ouder|jonger|langer|eerder|later|groter)\s+dan\b)", r"\1 than"),
    (r"(?-i:(?<![\w'’-])dan(?![\w'’-]))", ""), (r"(?-i:(?<![\w'’-])al(?![\w'’-]))", "already"),
])

# -- words -----------------------------------------------------------------------------------

# the participles, glossed as English ones, which ``_dutch_order`` puts after their auxiliary
_DUTCH_PARTICIPLES = {
    "gezegd": "said", "verteld": "told", "verklaard": "declared", "genoemd": "called", "gevraagd": "asked",
    "geantwoord": "answered", "gereageerd": "reacted", "geschreven": "written", "gepubliceerd": "published",
    "gebeurd": "happened", "gedood": "killed", "vermoord": "murdered", "gestorven": "died", "overleden": "died",
    "omgekomen": "died", "neergestoken": "stabbed", "doodgestoken": "stabbed to death", "neergeschoten": "shot",
    "doodgeschoten": "shot dead", "gereden": "driven", "gehuurd": "rented", "gebruikt": "used",
    "opgeëist": "claimed", "opgeeist": "claimed", "geclaimd": "claimed", "geëist": "demanded", "geeist": "demanded",
    "geweten": "known", "gevonden": "found", "gelezen": "read", "geopend": "opened", "ontgrendeld": "unlocked",
    "gekraakt": "cracked", "gehackt": "hacked", "versleuteld": "encrypted", "gestuurd": "sent", "verstuurd": "sent",
    "ontvangen": "received", "gewoond": "lived", "geboren": "born", "gearresteerd": "arrested",
    "opgepakt": "arrested", "aangehouden": "arrested", "gehandeld": "acted", "meegewerkt": "cooperated",
    "geweigerd": "refused", "verhinderd": "prevented", "verborgen": "hidden", "gedwongen": "forced",
    "gedaan": "done", "gemaakt": "made", "gegeven": "given", "gekomen": "come", "gezien": "seen",
    "aangevallen": "attacked", "gepleegd": "committed", "uitgevoerd": "carried out", "ontmoet": "met",
    "gewonnen": "won", "gestemd": "voted", "ondertekend": "signed", "getekend": "signed", "aangenomen": "passed",
    "ingevoerd": "introduced", "aangekondigd": "announced", "geholpen": "helped", "bekeerd": "converted",
    "veroordeeld": "convicted", "ontslagen": "fired", "geweest": "been", "geworden": "become",
    "geradicaliseerd": "radicalised", "gekregen": "got", "nodig": "needed", "overleefd": "survived",
    "gesproken": "spoken",
}
# the nouns of the story (the words "zijn" is "his" before: "zijn auto")
_DUTCH_NOUNS = {
    "aanslag": "attack", "aanslagen": "attacks", "aanval": "attack", "terreuraanslag": "terrorist attack",
    "dader": "perpetrator", "daders": "perpetrators", "aanvaller": "attacker", "terroristen": "terrorists",
    "politie": "police", "politieagent": "police officer", "agent": "officer", "agenten": "officers",
    "agente": "officer", "brug": "bridge", "auto": "car", "wagen": "car", "voetgangers": "pedestrians",
    "mensen": "people", "personen": "people", "slachtoffers": "victims", "doden": "dead", "gewonden": "injured",
    "jaar": "years", "jaren": "years", "leeftijd": "age", "dag": "day", "weken": "weeks", "zondag": "Sunday",
    "woensdag": "Wednesday", "donderdag": "Thursday", "tijd": "time", "minuten": "minutes", "uur": "hour",
    "naam": "name", "artikel": "article", "stuk": "piece", "kop": "headline", "titel": "title",
    "schrijver": "writer", "auteur": "author", "verslaggever": "reporter", "krant": "newspaper",
    "programma": "programme", "gesprek": "interview", "regering": "government", "overheid": "government",
    "premier": "prime minister", "wet": "law", "wetten": "laws", "wetgeving": "legislation", "bevel": "warrant",
    "rechter": "judge", "bericht": "message", "berichten": "messages", "bedrijf": "company",
    "bedrijven": "companies", "techbedrijven": "tech companies", "diensten": "services",
    "inlichtingendiensten": "intelligence services", "veiligheidsdiensten": "security services",
    "veiligheid": "security", "bewijs": "evidence", "groep": "group", "persbureau": "news agency",
    "soldaat": "soldier", "telefoon": "phone", "versleuteling": "encryption", "encryptie": "encryption",
    "plek": "place", "plaats": "place", "envelop": "envelope", "enveloppe": "envelope", "toegang": "access",
    "mes": "knife", "wapen": "weapon", "vrouw": "wife", "strafblad": "criminal record", "reden": "reason",
    "verklaring": "statement", "reactie": "response", "antwoord": "answer", "zaak": "case", "hulp": "help",
    "directeur": "director", "verantwoordelijkheid": "responsibility", "parlement": "Parliament",
    "verkiezing": "election", "verkiezingen": "elections", "partij": "party", "stemmen": "votes",
    "gezondheidszorg": "healthcare", "islam": "Islam", "londen": "London", "rusland": "Russia", "maart": "March",
    "politicus": "politician", "kinderen": "children", "eigenaar": "owner", "verschil": "difference",
    "staatsburger": "citizen", "senaat": "Senate", "stad": "city",
}
_DUTCH = {
    **_DUTCH_PARTICIPLES, **_DUTCH_NOUNS,
    # asking, and its chat forms ("wnr", "wrm")
    "wie": "who", "wiens": "whose", "wat": "what", "wanneer": "when", "wnr": "when", "waneer": "when",
    "waar": "where", "waarom": "why", "wrm": "why", "hoezo": "why", "hoe": "how", "hoeveel": "how many",
    "hoevaak": "how often", "hoelang": "how long", "welke": "which", "welk": "which", "vanwaar": "where from",
    "waarmee": "with what", "waarover": "about what", "waardoor": "why",
    # articles, demonstratives, prepositions ("'t": the, "'n": a)
    "de": "the", "het": "the", "'t": "the", "’t": "the", "t": "the", "een": "a", "'n": "a", "’n": "a", "den": "the",
    "deze": "this", "dit": "this", "dat": "that", "die": "that", "zo'n": "such a", "zo’n": "such a", "van": "of",
    "op": "on", "aan": "to", "uit": "from", "bij": "at", "na": "after", "naar": "to", "tot": "until", "voor": "for",
    "door": "by", "met": "with", "tegen": "against", "zonder": "without", "tijdens": "during", "sinds": "since",
    "tussen": "between", "over": "about", "volgens": "according to", "namens": "on behalf of",
    "vanwege": "because of", "te": "to", "om": "at", "geleden": "ago",
    # pronouns and possessives
    "ik": "I", "jij": "you", "je": "you", "ge": "you", "hij": "he", "zij": "she", "ze": "they", "wij": "we",
    "jullie": "you", "hem": "him", "haar": "her", "hun": "their", "hen": "them", "mij": "me", "ons": "us",
    "mijn": "my", "m'n": "my", "m’n": "my", "jouw": "your", "uw": "your", "zijn": "are", "z'n": "his", "z’n": "his",
    "zn": "his", "iemand": "anyone", "niemand": "nobody", "iets": "anything", "niets": "nothing", "niks": "nothing",
    "alles": "everything", "alle": "all", "andere": "other", "ander": "other", "zelf": "himself", "eigen": "own",
    # joining, negation, time and manner
    "en": "and", "maar": "but", "omdat": "because", "als": "if", "toen": "when", "terwijl": "while",
    "voordat": "before", "nadat": "after", "niet": "not", "geen": "no", "nooit": "never", "ook": "also",
    "alleen": "alone", "enkel": "only", "slechts": "only", "pas": "only", "net": "just", "vlak": "just",
    "precies": "exactly", "echt": "really", "eerst": "first", "eerder": "earlier", "daarna": "after that",
    "nu": "now", "ooit": "ever", "misschien": "maybe", "ongeveer": "about", "daar": "there", "zo": "so",
    "uiteindelijk": "in the end", "meer": "more", "veel": "many", "nieuw": "new", "nieuwe": "new", "oud": "old",
    "eerste": "first", "laatste": "last", "twee": "two", "drie": "three", "geheim": "secret", "geheime": "secret",
    "versleutelde": "encrypted", "dood": "dead", "gewond": "injured", "britse": "British", "brits": "British",
    "boos": "angry", "meest": "most", "amerikaanse": "American", "islamitische": "Islamic",
    # auxiliaries and modals, present and past ("wordt": is, "werd": was, "gaat": will)
    "heeft": "has", "hebben": "have", "heb": "have", "hadden": "had", "bent": "are", "waren": "were", "wordt": "is",
    "worden": "are", "werd": "was", "werden": "were", "kan": "can", "kunnen": "can", "kon": "could",
    "konden": "could", "wil": "wants", "willen": "want", "wilde": "wanted", "zal": "will", "zullen": "will",
    "zou": "would", "moet": "must", "moeten": "must", "moest": "had to", "mag": "may", "gaat": "will",
    "gaan": "will", "ging": "went",
    # verbs: saying and writing
    "zei": "said", "zeiden": "said", "zegt": "says", "zeggen": "say", "vertelde": "told", "vertellen": "tell",
    "verklaarde": "declared", "beweerde": "claimed", "beweert": "claims", "noemde": "called", "sprak": "spoke",
    "vroeg": "asked", "vraagt": "asks", "antwoordde": "answered", "reageerde": "reacted", "schreef": "wrote",
    "schrijft": "writes", "publiceerde": "published",
    # happening, killing and dying, the car
    "gebeurde": "happened", "gebeurt": "happens", "doodde": "killed", "doodden": "killed", "stierf": "died",
    "stierven": "died", "overleed": "died", "schoot": "shot", "reed": "drove", "huurde": "rented",
    "gebruikte": "used", "gebruiken": "use", "bekeerde": "converted",
    # claiming, wanting, knowing, finding, reading, opening, sending
    "claimde": "claimed", "claimt": "claims", "eiste": "demanded", "eist": "demands", "eisen": "demand",
    "weet": "knows", "wist": "knew", "weten": "know", "kende": "knew", "vond": "found", "vinden": "find",
    "vindt": "thinks", "las": "read", "lezen": "read", "openen": "open", "ontgrendelen": "unlock",
    "kraken": "crack", "stuurde": "sent", "sturen": "send", "verstuurde": "sent",
    # living, arrest, acting, cooperating, refusing, preventing, hiding, forcing
    "woonde": "lived", "woont": "lives", "arresteerde": "arrested", "handelde": "acted", "meewerken": "cooperate",
    "samenwerken": "cooperate", "weigerde": "refused", "weigert": "refuses", "weigeren": "refuse",
    "voorkomen": "prevent", "verbergen": "hide", "dwingen": "force", "invoeren": "introduce",
    "meewerkt": "cooperates", "veranderen": "change", "verbieden": "ban", "geven": "give", "neerschoot": "shot",
    "neerstak": "stabbed",
    # doing, coming, meeting, winning, voting, helping
    "deed": "did", "doet": "does", "doen": "do", "maakte": "made", "kwam": "came", "komt": "comes",
    "ontmoette": "met", "won": "won", "verloor": "lost", "stemde": "voted", "stemt": "votes", "delen": "share",
    "tekende": "signed", "hielp": "helped", "helpen": "help", "werkte": "worked", "duurde": "lasted",
    "begon": "started", "kreeg": "got", "krijgen": "get", "ontsloeg": "fired", "raakte": "got", "raakten": "got",
    "dacht": "thought",
}

# words of talk, left out: "eigenlijk" (actually), "nou", "toch", "hoor", and "er" but where the idioms
# make it "there" ("even" is English, and stays)
_DUTCH_DROPPED = frozenset("""eigenlijk nou toch hoor joh eens ns effe er nog wel dus gewoon soms zomaar trouwens
    alsjeblieft alstublieft aub svp bedankt dankjewel dankuwel hoi hallo allee awel amai überhaupt uberhaupt
    ja nee""".split())
# the glossed words that are English words too (or names, short tokens of English questions): glossed
# only before a word of Dutch or a name ("die man", "hem gearresteerd"), left as typed before English
# ("to die in", "the hem of"); "in", "is", "was", "had", "we", "me", "man" mean the same and are not
# glossed, "dan" and "al" only in small letters (by the idioms: Dan Coats, Al Gore), "u", "ben" and
# "want" (because) not at all (U.S., Ben Carson, "want access")
_DUTCH_SHARED = frozenset("die hem hen hun reed mag tot pas net ik den premier wet t".split())
# the words the idioms read, which show the language as well ("stak ... neer", "Binnenlandse Zaken")
_IDIOM_WORDS = frozenset("""stak staken schoot schoten neer viel vielen pakte pakten hield hielden werkten vandaan
    heet heette heten binnenlandse zaken verenigd verenigde koninkrijk staten afgevaardigden witte crimineel
    verleden klopt vraagje graag voerde kondigde keurde zocht belde gaven einde""".split())
# the words that show a question is Dutch: its glossed, dropped and idiom words, less those that are
# English words ("wat" typed for what, "hoe", "door", "over", "bent", "deed", "haar", "twee", "wist", "Kent"),
# names ("Van", "De", "Mag"), and words of the other languages read: German ("wie", "als", "alles",
# "andere", "auto", "artikel", "bericht", "diensten", "geboren", "geheim", "namen", "personen", "reden",
# "werden", "worden", "waren", "welk", "wiens", "wilde", "niemand", "meer", "er"), French ("je", "te", "pas",
# "dit", "auteur", "directeur", "parlement"), Spanish and Portuguese ("de", "en", "las", "na", "mes"), Italian
# ("programma", "agente"), Hindi ("maar", "kon", "om", "kan"), Czech ("je", "ze", "na", "nie"), Greek ("ge"),
# Arabizi ("kan", "wel", "awel") and Hebrew ("nu"); "zei" is Greek "lives" too, but no other word of
# Dutch is Greek, so a Greek question shows Dutch once at most
_DUTCH_MARK = (frozenset(_DUTCH) | _DUTCH_DROPPED | _IDIOM_WORDS) - _DUTCH_SHARED - frozenset(
    """wie wat hoe de en in op te om na je ze zo nu ge nie mes pas van voor door met over aan bij uit tot als
    alle alles andere ander auto artikel bericht berichten diensten geboren geheim geheime minuten rechter
    stemmen terroristen titel verborgen waren wetten wilde programma auteur maar kon kan ja nee hallo won las
    dag agent agenten premier plaats wagen kop stuk uur mag ook veel oud net er wel awel dus überhaupt
    uberhaupt allee bedankt dit directeur enveloppe envelop parlement agente bent bevel deed dat haar echt
    kent kraken twee wist werden worden namen personen reden verloren gewonnen geworden ging eigen hebt
    enkel weigert eisen niemand meer welk wiens namens islam nog amai viel vielen willen werd verbergen
    gehackt werkte werkten staken boos brits ns""".split())

# a question that opens with a word that is English or German too ("wie", "wat", "hoe") shows Dutch
# when a Dutch verb follows ("Wie is Khalid Masood?", "Wie eiste de aanslag op?", "Hoe oud was hij?");
# German "wie" shows German twice, so "Wie is the attacker?" stays German's ("how is the attacker?")
_DUTCH_VERBS = "|".join(sorted(
    (k for k, v in _DUTCH.items() if k not in _DUTCH_NOUNS and k not in _DUTCH_PARTICIPLES and
     k not in ("waren", "werden", "worden", "kan", "versleutelde", "laatste", "gewond", "eigen") and (
         v in _PAST or v in _THIRD or v in _FORMS or v in "has have had are were can could will would must may".split()
         or v in ("wants", "wanted", "had to"))),
    key=len, reverse=True))
_DUTCH_OPENING = re.compile(
    rf"^\s*(?:wie|hoe)\s+(?:is|was|{_DUTCH_VERBS}|stak|staken|schoot|viel|pakte|hield|voerde|oud|lang|laat|vaak|"
    rf"veel|ver|heet|heette|heten)\b|^\s*wat\s+(?:{_DUTCH_VERBS}|voor|(?:is|was)\s+(?:de|het|een|er|hij|zij|ze|"
    rf"dat|die|['’]t)\b)|^\s*(?:door|met|aan|naar|voor|van|over|bij)\s+wie\b", re.I)

# -- order -----------------------------------------------------------------------------------

_AUX = "has|have|had|is|are|was|were"
_MODAL = "can|could|will|would|must|may|should|had to|wants|want|wanted"
_KEEP = r"that|who|whom|which|whether|because|if|when|and|or|but|is|are|was|were|has|have|had"
# what a question asks, with the noun it asks of ("which car", "how many people", "at what time")
_Q = (r"(?:(?:at|on|in|with|by|from|to|for|about|of|after|before|since|until)\s+)?"
      r"(?:(?:which|what(?:\s+kind\s+of)?|whose|how\s+many|how\s+much)(?:\s+(?!(?:%s|%s)\b)[\w'’-]+){0,2}|who|whom|"
      r"what|when|where|why|how(?:\s+(?:old|long|often|far))?)" % (_AUX, _MODAL))
# who or what may be a subject: a pronoun, a name ("Amber Rudd", "FBI"; "Rudd WhatsApp" is two), or a
# noun after its article
_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[a-z'’.-]+)*"
_SUBJECT = (rf"(?:he|she|they|we|you|I|it|(?:(?:the|this|that|his|her|their|its)\s+)(?:(?:new|other|British|"
            rf"American|first|last|same|two|three)\s+)?(?:police officers?|news agency|Home Secretary|prime minister|"
            rf"security services|intelligence services|tech companies|[\w'’-]+)(?:\s+of\s+(?:the\s+)?(?:{_NAME}|"
            rf"[\w'’-]+))?|{_NAME})(?![\w'’-])")
_PARTICIPLES = "|".join(sorted(map(re.escape, _PARTICIPLE), key=len, reverse=True))
_BARE = "|".join(sorted(_FORMS, key=len, reverse=True))
_FINITE = "|".join(sorted({*_PAST, *_THIRD} - {"was", "had", "is"}, key=len, reverse=True))


# the things a "which" or "what" asks of that are no subject ("welke auto gebruikte de dader": which car
# did the attacker use), unlike "welk persbureau claimde de aanslag" (which news agency claimed the attack)
_THINGS = frozenset("""car vehicle phone app apps law laws message messages knife weapon article headline title
    programme show interview name day time date year years minutes hours place city bridge warrant evidence""".split())


def _asks_subject(q: str | None, subject: tuple[str, str] | None, plural: bool) -> bool:
    """Whether the asked ``q`` is the subject: "who", one with no other subject beside it, "which"
    or "what" asking of an agent ("which news agency"), "how many" before a plural verb."""
    if q is None:
        return False
    words = q.lower().split()
    if words[0] in ("at", "on", "in", "with", "by", "from", "to", "for", "about", "of", "after", "before"):
        return False
    if words == ["who"] or subject is None:
        return True
    if words[0] in ("which", "what", "whose") and len(words) > 1 and words[1] not in ("kind",):
        return words[-1] not in _THINGS
    if words[0] == "what" and words[1:3] == ["kind", "of"]:
        return words[-1] not in _THINGS
    return words[:2] == ["how", "many"] and plural


def _does(subject: str, does: str = "does") -> str:
    """``does`` ("does", "wants"), or its plural after a plural subject ("they", "the companies")."""
    plural = subject.lower() in ("you", "they", "we", "i") or \
        re.search(r"^(?:the|these|their)\s.*[a-z](?<!ss|us)s$", subject)
    return {"does": "do", "wants": "want"}.get(does, does) if plural else does


def _join(*parts: str) -> str:
    """``parts`` as one text, spaced once."""
    return re.sub(r"\s+(?=[,;:])|(?<=\s)\s+", "", " ".join(p.strip() for p in parts if p and p.strip()))


def _subject_of(middle: str) -> tuple[str, str] | None:
    """The subject that opens ``middle``, and what follows it."""
    m = re.match(_SUBJECT, middle)
    return (m.group(0), middle[m.end():]) if m else None


def _perfect(body: str) -> str:
    """A participle after its auxiliary: "who has the article written" → "who wrote the article",
    "what has Rudd said about WhatsApp" → "what did Rudd say about WhatsApp", "when is Masood
    died" → "when did Masood die", "when is the law by Parliament passed" → "when was the law
    passed by Parliament", "where is Masood born" → "where was Masood born"."""
    m = re.match(rf"^(?:(?P<q>{_Q})\s+)?(?P<aux>{_AUX})\s+(?P<mid>that|this|it|(?:(?!\b(?:{_KEEP})\b).)*?)\s*"
                 rf"(?<![\w'’-])(?P<pp>{_PARTICIPLES})(?![\w'’-])(?P<rest>.*)$", body, re.I)
    if not m:
        return body
    q, aux, mid, pp, rest = m.group("q"), m.group("aux").lower(), m.group("mid"), m.group("pp").lower(), m.group("rest")
    subject = _subject_of(mid)
    # the asked is the subject: "who", or the noun asked of before a plural ("how many people have ...")
    asked_is_subject = _asks_subject(q, subject, aux in ("have", "are", "were"))
    if q is None and subject is None:
        return body
    bare = _PARTICIPLE[pp]
    if aux in ("has", "have", "had") or pp in _ACTIVE_WITH_IS or pp == "been":
        if pp == "been":
            subject = subject or ("", mid)
            return _join(q, "has" if aux in ("has", "is") else "have", subject[0], "been", subject[1], rest)
        past = " ".join([_FORMS[bare.split()[0]][0], *bare.split()[1:]])
        if asked_is_subject:
            return _join(q, past.split()[0], mid, *past.split()[1:], rest)
        return _join(q, "did", subject[0], bare, subject[1], rest)
    was = {"is": "was", "are": "were"}.get(aux, aux) if pp not in _STATES else aux
    if asked_is_subject:
        return _join(q, was, pp, mid, rest)
    return _join(q, was, subject[0], pp, subject[1], rest)


def _modal(body: str) -> str:
    """An infinitive last after its modal: "what wants Rudd with WhatsApp do" → "what does Rudd
    want to do with WhatsApp", "can the police the messages read" → "can the police read the
    messages"; a place, a time or a "to" clause may follow it ("can the security services WhatsApp
    force to share messages" → "can the security services force WhatsApp to share messages")."""
    m = re.match(rf"^(?:(?P<q>{_Q})\s+)?(?P<m>{_MODAL})\s+(?P<mid>[^,]*?)\s+(?P<v>{_BARE})(?P<tail>\s+(?:to\s+"
                 rf"(?:{_BARE})\b.*|(?:after|before|during|in|on|at|with|without|for|about|from)\b[^,]*))?$",
                 body, re.I)
    # (a verb after an article or a preposition is a noun: "can the police access get to the phone")
    if not m or re.search(rf"\b(?:{_KEEP})\b", m.group("mid"), re.I) or re.search(
            r"\b(?:the|a|an|this|his|her|their|its|my|your|our|to|of|on|in|at|with|for|about)$", m.group("mid")):
        return body
    q, modal, mid, verb, tail = m.group("q"), m.group("m").lower(), m.group("mid"), m.group("v"), m.group("tail")
    subject = _subject_of(mid)
    want = {"wants": "does", "want": "do", "wanted": "did", "had to": "did"}.get(modal)
    if q is not None and q.lower() == "who":
        return _join(q, modal, "to" if want and modal != "had to" else "", verb, mid, tail)
    if subject is None or (not subject[1].strip() and not want):
        return body
    if want:
        return _join(q, _does(subject[0], want), subject[0], "have to" if modal == "had to" else "want to", verb,
                     subject[1], tail)
    return _join(q, modal, subject[0], verb, subject[1], tail)


def _verb_second(body: str) -> str:
    """A verb before its subject: "what said Rudd about WhatsApp" → "what did Rudd say about
    WhatsApp", "worked Masood alone" → "did Masood work alone", "what wants Rudd" → "what does
    Rudd want". What is asked of the subject ("who said ...") is English already."""
    m = re.match(rf"^(?:(?P<q>{_Q})\s+)?(?P<v>{_FINITE}|had|do|say|want|think|know|use|demand|claim)\s+"
                 rf"(?P<s>{_SUBJECT})(?P<rest>.*)$", body, re.I)
    if not m or (m.group("v").lower() == "had" and re.match(r"\s+to\b", m.group("rest"))) or \
            _asks_subject(m.group("q"), (m.group("s"), m.group("rest")), False):
        return body
    q, verb, rest = m.group("q"), m.group("v").lower(), m.group("rest")
    # ("did" typed in English before its verb: "waarom did Apple refuse")
    if verb in ("did", "does", "do") and re.match(rf"\s+(?:{_BARE})\b", rest):
        return body
    if verb in _THIRD:
        return _join(q, _does(m.group("s")), m.group("s"), _THIRD[verb], rest)
    if verb in _PAST:
        return _join(q, "did", m.group("s"), _PAST[verb], rest)
    if q is not None and q.lower() in ("what", "why", "how", "when", "where"):
        return _join(q, "do", m.group("s"), verb, rest)
    return body


def _dutch_order(glossed: str) -> str:
    """A Dutch question glossed word for word, in English order: a participle or an infinitive
    after its auxiliary and subject (``_perfect``, ``_modal``), a verb that goes before its
    subject after it (``_verb_second``), the verb that ends a clause after "that" after its
    subject ("that WhatsApp a secret place is" → "that WhatsApp is a secret place")."""
    m = re.match(r"^(.*?)(\s*[?.!]*)$", glossed, re.S)
    body, end = m.group(1).strip(), m.group(2).strip()
    for step in (_perfect, _modal, _verb_second):
        ordered = step(body)
        if ordered != body:
            body = ordered
            break
    # a clause after "that" ends in its verb ("that WhatsApp a secret place is", "that Masood converted was")
    clause = r"(that|whether|because|(?<=\s)when|(?<=\s)if)"
    body = re.sub(rf"\b{clause}\s+({_SUBJECT})\s+(that|this|it|(?:(?!\b(?:{_KEEP})\b)[^,])+?)\s+"
                  rf"(is|was|are|were|has|had|{_FINITE})$", r"\1 \2 \4 \3", body)
    body = re.sub(rf"\b{clause}\s+({_SUBJECT})\s+((?:(?!\b(?:{_KEEP})\b)[^,])+?)\s+({_MODAL})\s+({_BARE})$",
                  lambda m: _join(m.group(1), m.group(2), m.group(4).replace("wants", "want").replace("wanted", "want"),
                                  "to" if m.group(4).startswith("want") else "", m.group(5), m.group(3)), body)
    body = re.sub(rf"\b(that|whether|because)((?:\s+.*?)?)\s+({_PARTICIPLES})\s+(is|was|are|were|has|have|had)\b",
                  r"\1\2 \4 \3", body)
    # "wants change": wants to change (but "wants help", "wants access" ask for a thing)
    body = re.sub(rf"\b(wants?|wanted)\s+(?!(?:help|answer|vote|support|report|call|name|post|interview|attack|work|"
                  rf"search|need)\b)({_BARE})\b", r"\1 to \2", body)
    # "refused the FBI to help": refused to help the FBI
    body = re.sub(rf"\b(refused?|refuses|wants?|wanted|tried|tries|try|managed?|manages|needs?|needed)\s+"
                  rf"((?:(?!\b(?:{_KEEP})\b)[^,])+?)\s+to\s+({_BARE})$", r"\1 to \3 \2", body)
    return re.sub(r"\s{2,}", " ", body).strip() + end


DUTCH = Language(_DUTCH_IDIOMS, _DUTCH, _DUTCH_DROPPED, _DUTCH_MARK, reorder=_dutch_order, shared=_DUTCH_SHARED,
                 opening=_DUTCH_OPENING)
