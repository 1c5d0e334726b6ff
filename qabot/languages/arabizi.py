"""Arabizi (Arabic typed in Latin letters and digits) mixed into English questions, read in
English.

Egyptians, Levantines and Gulf Arabs type Arabic as they speak it, with digits for the sounds
Latin letters lack (3 = ع, 7 = ح, 2 = ء/ق, 5 = خ, 8 = غ), and keep the names and technical things in
English ("meen 2al that WhatsApp is a secret place?", "el attacker kan 3ando kam sana?"). One
word is typed many ways (3ashan, 3shan, ashan: because; 2al, qal, gal: said), so the common
spellings of the three dialects are listed. Egyptians often ask with the question word last
("el hagma 7asalet emta?": when did the attack happen?), Arabic puts an adjective after its noun
("el 2anoon el gedid": the new law) and what is owned before its owner ("rasayel el WhatsApp":
the messages of WhatsApp); a few idioms and ``_arabizi_order`` put those in English order.
What a question asks about is glossed in the words the events asked are read in (``events_asked``:
"sa7eb": owner, "marka": brand, "sawabe2": criminal record, "etgara7": was injured, "mrato": his
wife), and a noun owned by its suffix is asked as English asks it ("Masood shoghlo eh?": what is
Masood's job?). A word typed with a digit shows the language however short the question
(``_Shown``: "Masood etwalad fein?").
"""
from __future__ import annotations

import re

from . import Idioms, Language

# question words, as the idioms below spell them (the dictionary has the same spellings)
_AR_WHO = r"meen|mien|miin|minu|mnu"
_AR_WHAT = r"eh|eih|ehh|eeh|shu|shou|sho|esh|eish|aish|shinu|shino|shnu"
_AR_WHERE = r"fein|feen|fen|wein|ween|wen|wain|weyn|ayna"
_AR_WHEN = r"emta|imta|emtah|amta|emte|imte|ayemta|aymta|eimta|meta|mata|mita"
_AR_WHY = r"leh|leih|leeh|lieh|lesh|leish|laish|leysh|leesh|3alesh|3aleish"
_AR_ASK = "|".join((_AR_WHO, _AR_WHAT, _AR_WHERE, _AR_WHEN, _AR_WHY))
_AR_HE = r"howa|huwa|hwa|howwa|houwa"
_AR_SHE = r"heya|hiya|hya|hiye|heyya"
_AR_THEY = r"homma|homa|humme"
_AR_END = r"(?=\s*[?.!]*\s*$)"
# things counted ("kan 3ando kam wlad": how many children he had, not how old he was)
_AR_COUNTED = ("wlad|awlad|wled|3eyal|3iyal|3yal|atfal|banat|wa7ed|wahed|nafar|nas|ikhwat|e5wat|zawgat|zogat|sherkat|"
               "marra|marrat|telefonat|rasayel|resayel|sayyarat|3arabeyat|asle7a|sakakin|felous|flous|floos|fulus")
# real, original (of a name): "esmo el 2asli", "esmo el 7a2i2i"
_AR_REAL = r"(?:2?asl[iy]|7a2[ie]e?2[iy]|ha2[ie]e?2[iy]|7aq[ie]e?q[iy]|haq[ie]e?q[iy])\b"
# adjectives, which follow their noun in Arabic ("2anoon gedid": new law)
_AR_ADJECTIVES = ("gedid|gdeed|gdid|jdeed|jdid|jadid|jadeed|gedida|gdeeda|gedeeda|jdide|jdideh|jadida|jdeede|"
                  "tany|tani|tanyeen|tanyin|akhar|a5ar|2akhar|okhra|o5ra|ukhra|serri|sirri|serry|serreya|"
                  "sirriye|sirriya|sereya|moshaffar|mushaffar|moshafar|mushafar|mshaffar|moshaffara|"
                  "mushaffara|kebir|kbeer|kbir|kabeer|soghayar|zghir|sghir|erhabi|irhabi|erhaby|erhabeya|"
                  "irhabiyye|irhabiya|islami|eslami|islameya|eslameya|islamiyya|amreeki|amriki|amrikani|"
                  "amrekani|britani|baritani|britaniya|adeem|2adim|2adeem|mashhoor|mashhur|akhira|2akhira|a5ira|"
                  "akheera|a5eera|akheer|a5eer|sabe2|sabi2|sabeq|sabiq|sab2a|sabqa|mosalla7|musalla7|"
                  "mosalla7a|musalla7a")
# nouns that take a following adjective without "el" ("sherka amrikiya", "law gedid")
_AR_NOUNS = ("nas|naas|2anoon|2anon|2anun|qanoon|qanun|2awanin|2awaneen|qawanin|sherka|shirka|sherkat|sharika|"
             "sharikat|tatbee2|tatbi2|tatbeeq|tatbiq|tatbee2at|tatbi2at|tatbeeqat|hagma|hajma|hogoom|3arabeya|3arabiya|"
             "sayyara|sayara|resala|risala|"
             "rasayel|rasa2el|gama3a|jama3a|tanzeem|tanzim|wazir|wazeer|wazeera|ma2al|maqal|ma2ala|maqala|"
             "mobayl|telefon|tashfeer|ezn|izn|2ezn|law|laws|app|apps|phone|warrant|attack|car|message|"
             "messages|group|company|companies|article|encryption|government|minister|service|services|we7da|"
             "wi7de|wehda|sela7|sila7|sekkina|mostashfa|mustashfa|egtema3|ijtima3|resayel")
# nouns that own what follows them ("3enwan el ma2al": the headline of the article)
_AR_OWNED = ("esm|ism|sherkat|shirkat|sharikat|rasayel|rasa2el|rasayil|3enwan|3onwan|3nwan|3unwan|kateb|katib|"
             "kaateb|ra2ees|ra2is|2anoon|2awanin|3adad|yom|youm|wa2t|makan|mkan|ma7al|mokhabarat|mo5abarat|"
             "5adamat|khadamat|tashfeer|sa7eb|sa7ib|saheb|mo2alef|telefon|mobayl|7okomet|asami|asamy|"
             "da7aya|dahaya|3omr|3umr|mo7tawa|mu7tawa|mo7tawayat|mu7tawayat|marka|markat|model|modeel|moodeel|"
             "tare5|tari5|tarikh|tareekh|mrat|merat|mirat|zoget|zogat|zawgat|zawjat|shoghl|wazifet|wazeefet|"
             "gensiyet|ginseyet|jinsiyyet|mortab|morattab|ratib|ma3ash|natiget|nateget|sela7|sila7")
# an article, alone or joined to a preposition ("lel": to the): what follows is no owned noun
_AR_NOT_AFTER_ARTICLE = "".join(rf"(?<!\b{a}\s)" for a in "el il al lel lil fel fil bel bil 3al mel wel the".split())
# verbs that follow another ("3ashan yefta7": to open)
_AR_VERBS_TO = ("yefta7|yifta7|tefta7|tifta7|ye2ra|yi2ra|te2ra|y2ro|yeb3at|yet3awen|yit3awan|tet3awen|y3awen|ysa3ed|"
                "ye3raf|yerfod|yesta5dem|y2ool|ye3mel|yemna3|tsallem|ysallem|yesallem|tesallem|yedfa3|tedfa3|yidfa3|"
                "tidfa3|ywafe2|twafe2|yeshtery|yishtiri|y2abel|t2abel")
# verbs that carry their object ("el article katbo meen?": who wrote the article?)
_AR_VERBS_IT = ("katbo|katabo|katabu|katbu|katabha|katbaha|2alo|2alha|2atalo|2atalu|2atalha|ta3ano|ta3anoh|"
                "3amalo|3amlo|3emlo|3amalha|nasharo|nasharha|sa2ha|fata7o|fata7ha|ba3ato|ba3atha|etbannaha|esta5demo|"
                "esta5demha|ista5damo|esta5damo|esta3melo|ista3malo|2agarha|esta2garha|ista2jarha|eshtaraha|ishtaraha|"
                "dafa3ha")


def _how_old(m: re.Match) -> str:
    """"kan 3ando kam sana" is "was how old", "3omro kam" "how old"."""
    return "was how old" if m.group(1) else "how old"


def _arrested(m: re.Match) -> str:
    """"2abadu 3ala": arrested; "et2abad 3aleh": was arrested; "3al" holds the article."""
    passive = m.group(1).lower().startswith(("et", "it"))
    return ("was arrested" if passive else "arrested") + (" the" if m.group(2).lower() == "3al" else "")


def _this(m: re.Match) -> str:
    """"el article da": this article; "bel 3arabeya di": with this car."""
    before = {"bel": "with ", "bil": "with ", "fel": "in ", "fil": "in ", "lel": "to ", "lil": "to ", "3al": "on "}
    return f"{before.get(m.group(1).lower(), '')}this {m.group(2)}"


def _ever(m: re.Match) -> str:
    """"3omro et2abad 3aleh?": was he ever arrested; "3omro" before no verb is his age."""
    after = re.match(r"\s*([\w'’-]+)", m.string[m.end():])
    gloss = (_ARABIZI.get(after.group(1).lower()) or after.group(1).lower()) if after else ""
    if gloss.split(" ")[0] in _ARABIZI_VERBS or gloss.startswith(("was ", "were ")) or gloss in ("was", "were"):
        return "ever "
    return m.group(0)


_AR_PRONOUNS = {"howa": "his", "huwa": "his", "hwa": "his", "heya": "her", "hiya": "her", "hya": "her",
                "homma": "their", "homa": "their", "he": "his", "she": "her", "they": "their"}


def _owner_asked(wh: str, past: bool, owner: str, noun: str) -> str:
    """"what was Masood's job", "what is the brand of el 3arabeya", "what is her job"."""
    cop = "was" if past else "is"
    if owner.lower() in _AR_PRONOUNS:
        return f"{wh} {cop} {_AR_PRONOUNS[owner.lower()]} {noun}"
    if re.fullmatch(r"(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}", owner):
        return f"{wh} {cop} {owner}'s {noun}"
    return f"{wh} {cop} the {noun} of {owner}"


_AR_WH_GLOSS = {"kam": "how much", "kaam": "how much", "cham": "how much", "addesh": "how much",
                "2addesh": "how much", "adesh": "how much"}


def _wh(word: str) -> str:
    """A question word of Arabizi ("eh", "meen", "kam", "2ad eh", "fein") in English."""
    low = re.sub(r"\s+", " ", word.lower())
    if low in ("2ad eh", "ad eh", "2ad eih", "ad eih", "how much"):
        return "how much"
    return _AR_WH_GLOSS.get(low) or _ARABIZI.get(low, "what")


def _his(m: re.Match) -> str:
    """"Masood shoghlo eh?": what is Masood's job; "el 3arabeya marketha eh?": what is the brand of
    the car; "Rudd morattabha kam?": how much is Rudd's salary. A word owned by no suffix is left."""
    owned = _ARABIZI.get(m.group("n").lower(), "")
    if not owned.startswith(("his ", "her ", "its ", "their ")) or re.match(r"(?:esm|ism)", m.group("n"), re.I):
        return m.group(0)
    asked = _owner_asked(_wh(m.group("w")), bool(m.group("k1") or m.group("k2")), m.group("x"), owned.split(" ", 1)[1])
    return f"{m.group(1)}{asked}{m.group('e')}"


def _make(m: re.Match) -> str:
    """"el 3arabeya kanet marka eh?": what brand was the car."""
    kind = "model" if re.match(r"mo|mu|ti", m.group("n"), re.I) else "brand"
    return f"{m.group(1)}what {kind} {'was' if m.group('k1') or m.group('k2') else 'is'} {m.group('x')}{m.group('e')}"


def _in_it(m: re.Match) -> str:
    """"el resala kan fiha eh?": what was in the message."""
    return f"{m.group(1)}what {'was' if m.group('k') else 'is'} in {m.group('x')}{m.group('e')}"


def _response(m: re.Match) -> str:
    """"rad WhatsApp kan eh?", "eh rad fe3l Apple?", "eh ta3lee2 WhatsApp?": what was WhatsApp's
    response, Apple's reaction, WhatsApp's comment."""
    kind = "reaction" if m.group("f") else {"t": "comment", "b": "statement"}.get(m.group("n")[:1].lower(), "response")
    if m.group("n").lower().startswith("tas"):
        kind = "statement"
    to = " to" if "to" in m.groupdict() and m.group("to") else ""
    return f"what {'was' if m.group('k') or m.group('k2') else 'is'} {m.group('who')}'s {kind}{to}"


def _not(m: re.Match) -> str:
    """"ma radetsh": did not respond; "lessa ma fata7ohsh": did not open yet (a verb not glossed is left)."""
    stem = m.group(2).lower()
    gloss = next((_ARABIZI[w] for w in (stem, re.sub(r"(?:o|oh|u|ha|hom)$", "", stem)) if w in _ARABIZI), "")
    base = _ARABIZI_VERBS.get(gloss.split(" ")[0]) if gloss else None
    if not base or gloss.split(" ")[0].endswith("s"):
        return m.group(0)
    return f"did not {base}{' ' + ' '.join(gloss.split(' ')[1:]) if ' ' in gloss else ''}{' yet' if m.group(1) else ''}"


def _price(m: re.Match) -> str:
    """"eh taman el iPhone?": how much is the price of the iPhone; "taklefet": the cost."""
    noun = "cost" if re.match(r"takl|kolf", m.group(2), re.I) else "price"
    return f"how much {'was' if m.group(1) else 'is'} the {noun} of "


def _how_long(m: re.Match) -> str:
    """"Rudd ba2alha kam sana wazeerat el dakhleya?": how long has Rudd been the Home Secretary."""
    who = (m.group("x") or "").strip() or {"o": "he", "u": "he", "oh": "he", "ha": "she", "aha": "she"}.get(
        m.group("o").lower(), "they")
    rest = f" {m.group('r')}" if m.group("r") else ""
    return f"{m.group(1)}how long has {who} been{rest}{m.group('e')}"


# the idioms of Arabizi, glossed before its words, in order: words of talk left out, names of
# things, question idioms, then the Arabic word order put in English order (adjectives before
# their noun, owners after "of"), last the short words that are English too only in lower case
_ARABIZI_IDIOMS = Idioms([
    # words of talk: "ya gama3a", "2olly", "ana 3ayez a3raf" (I want to know) say nothing of the question
    (r"\bya\s+(?:gama3a|gma3a|jama3a|shabab|shbab|nas|basha|3am|akhi|a5i|5oya|a5oya|ostaz|7abibi|habibi)\b", ""),
    (r"\b(?:(?:momken|mumkin|momkin|mmkn)\s+)?(?:t?2oll?[iy]|t?2ool[iy]|te2ol+[iy]|ti2ull[iy]|gooli|golli)\b", ""),
    (r"\b(?:ana\s+)?(?:3ayez|3ayz|3awez|3ayza|3awza|biddi|baddi|bdi|abi|abgha|ab8a)\s+(?:2?a3raf|2?a3ref|a3rf|adri)\b",
     ""),
    (r"\b(?-i:el|il|al)-(?=\w)", "the "),
    # names of things
    (r"\b(?:(?:el|al|ad|ed)[\s-]*)?daw(?:la|leh|le)\s+(?:(?:el|al|il)[\s-]*)?[ei]s?lam(?:eya|iyya|iyye|eyya|iya)\b",
     "Islamic State"),
    (r"\btanzee?m\s+(?:el\s*|al\s*|ad\s*)?dawla\b", "Islamic State"),
    (r"\b(?:et|it)?t?banna(?:t|et|it)?\s+(?:(?:el|al|il)\s*)?mas2o?u?l(?:eya|iya|iyya|iyye|eyya|ya)\b",
     "claimed responsibility"),
    (r"\b(?:sawabe2|sawabeq|sawabi2|sabe2a|sabi2a)"
     r"(?:\s+(?:gena2eya|jina2iyya|jina2iyye|jina2iye|gina2iya|gena2iya|egrameya|ijramiyya))?\b",
     "criminal record"),
    (r"\bs[ie][gj]+[ie]?ll?\s+(?:2?[ei][gj]rami|2?[ei]gramy)\b", "criminal record"),
    # ("wazeerat el dakhleya" is definite as it stands: "the Home Secretary")
    (r"\b(?:(?:el|al|il)\s+)?waz[ie]e?r(?:a|et|at|it|eh|ah)?\s+(?:(?:el|al|il)\s*)?(?:dakh|da5|d5)\w*",
     "the Home Secretary"),
    (r"\b(?:(?:el|al|il)\s+)?w[ei]zar(?:et|at|it|a)\s+(?:(?:el|al|il)\s*)?(?:dakh|da5|d5)\w*", "the Home Office"),
    (r"\b(?:(?:el|al|il)\s+)?ra2[ie]e?s\s+(?:(?:el|al|il)\s*)?w[ou]zara2?\b", "the Prime Minister"),
    (r"\b2?[ae][gj]h?[ie]z(?:a|et|at|e)\s+(?:(?:el|al|il)\s*)?2?amn\w*", "security services"),
    (r"\b(?:5adamat|khadamat|khidmat)\s+(?:(?:el|al|il)\s*)?2?amn\w*", "security services"),
    (r"\bw[ae]kal(?:et|at|it|a|e)?\s+(?:(?:el|al|il)\s*)?2?anba2?\b", "news agency"),
    (r"\b(?:el|al|il)\s*b(?:e|ei|ay|ai)t\s+(?:el|al|il)\s*2?abyad\b", "the White House"),
    (r"\b(?:magl[ie]s|majl[ie]s)\s+(?:(?:el|al|il)\s*)?(?:shoyookh|shyoukh|shuyukh|shioukh)\b", "Senate"),
    (r"\b2?amr\s+(?:2ada2[iy]|qada2[iy]|ma7kama|mahkama)\b", "warrant"),
    (r"\b(?:zabet|zabit|dabet|amin|ameen)\s+(?:(?:el|al)\s*)?(?:shorta|shurta|bolis|bolees)\b", "police officer"),
    (r"\b(?:yo?u?m\s+)?(?:el|al|il)\s*(?:7add?|a7ad|ahad)\b", "Sunday"),
    (r"\b(?:yo?u?m\s+)?(?:el|al|il)\s*(?:arba3a?|arb3a|2arba3a?|arbe3a)\b", "Wednesday"),
    (r"\b(?:yo?u?m\s+)?(?:el|al|il)\s*(?:etnein|itnein|etneen|tnein|ethnein)\b", "Monday"),
    (r"\b(?:fel|fil|fl|f\s+el|fi\s+el|fi\s+l|fe\s+el|bel|bil|b\s+el|bi\s+el)[\s-]*"
     r"(?:2?akh[ie]r|2?a5[ie]r|nehaya|nihaya)\b"
     r"(?!\s+(?:el|al|il|yom|youm|wa7ed|7aga|haga)\b)", "in the end"),
    (r"\bw[ei]f(?:2|q)an\s+(?:le|li|la|l)\b", "according to"),
    (r"\b(?:bel|bil|b)\s*(?:leil|lail|lel)\b", "at night"),
    (r"\b(?:bel|bil|b)\s*(?:zabt|dabt)\b", "exactly"),
    (r"\b(?:min|men|mn)\s+(?:gheir|gher|8er|8eir|ghair)\b", "without"),
    (r"\b(ba3d|2abl|abl|qabl|gabl)\s+ma\b", r"\1"), (r"\bsa3(?:e|i)t\s+(?:el|il|al)\s+", "at the time of the "),
    (r"\b(?:3ashan|3shan|ashan|3alashan)(?=\s+(?:%s)\b)" % _AR_VERBS_TO, "to"),
    (r"\b(?:3ashan|3shan|ashan|3alashan)(?=\s+(?:el|il|al)\b|\s+(?-i:[A-Z]))", "for"),
    (r"\b(?:rad|radd|radet|raddet)\s+3ala\b", "responded to"),
    (r"\b(?:kobry|kobri|gesr|jisr|jesr)\s+((?-i:[A-Z])[\w'’-]*)", r"\1 Bridge"),
    # the news's things in more words: a rental company, a police unit, a firearm, previous convictions,
    # surveillance, a party, an alias, a reaction, a date of birth, a conversion, "his last message"
    (r"\b(?:sherk[ae]t|shirk[ae]t|sharik[ae]t)\s+(?:(?:el|al|il)\s*)?ta2?(?:g|j)(?:ee|i)r\b", "rental company"),
    (r"\b(?:we7d|wi7d|wehd|wihd)(?:a|e|et|at|it)?\s+(?:(?:el|al|il)\s*)?(?:shorta|shurta|bolis|bolees)\b",
     "police unit"),
    (r"\b(?:we7d|wi7d|wehd|wihd)(?:a|e|et|at|it)?\s+(?:(?:el|al|il)\s*)?(?:mosall?a7|musall?a7|msall?a7)\w*",
     "armed unit"),
    (r"\bs[ie]la[7h]\s+(?:(?:el|al|il)\s*)?nar[iy]\b", "firearm"),
    (r"\b(?:2?a7kam|e7kam|2?edanat|idanat)\s+(?:(?:el|al|il)\s*)?(?:sab2a|sabqa|sabe2a|sabi2a|2adeema|adima)\b",
     "previous convictions"),
    (r"\bta7(?:a|e)?t\s+(?:(?:el|al|il)\s*)?(?:mora2ab|mura2ab|moraqab|muraqab|mra2ab|raqab|ra2ab)(?:a|e|ah)\b",
     "under surveillance"),
    (r"\bma3r(?:oo|ou|u|o)fa?\s+(?:lel|lil|le|li|la|l|3and|3end|3ind)\s*(?:(?:el|al|il)\s+)?", "known to the "),
    (r"\b7[ei]zb\s+(?:(?:el|al|il)\s*)?(?:mo7afz|mo7afez|mu7afiz|mu7afz|muhafiz)\w*", "Conservative Party"),
    (r"\b7[ei]zb\s+(?:(?:el|al|il)\s*)?(?:3omm?al|3umm?al)\b", "Labour Party"),
    (r"\b(?:esm|ism|isim)\s+(?:mosta3ar|musta3ar|mostaar|7araki|haraki)\b", "alias"),
    (r"\b(?:tare5|tari5|tarikh|tareekh)\s+(?:(?:el|al|il)\s*)?(?:milad|wilada|welada|mawled)\w*", "date of birth"),
    (r"\b3[ie]e?d\s+(?:(?:el|al|il)\s*)?milad\w*", "birthday"),
    (r"\b(?:da5al|dakhal|d5al|dakhel|da5alet|dakhalet)\s+(?:(?:el|al|il)\s*)?[ei]s?slam\b", "converted to Islam"),
    (r"\b(?:et7aww?[ie]l|it7aww?al|t7aww?al|e3tana2|i3tana2|e3tanaq|i3tanaq)\w*\s+(?:(?:lel|lil|le|li|l)\s*)?"
     r"(?:(?:el|al|il)\s*)?[ei]s?slam\b", "converted to Islam"),
    (r"\b((?:2?akher|2?a5er|2?awel|awwal|2?awwel)\s+[\w'’-]+)\s+(bta3(?:o|to|ha|etha|hom)|taba3(?:o|ha))\b",
     r"\2 \1"),
    (r"\b(?:wala|walla|aw|willa)\s+(?:lessa|lissa|lesa|lsa|ba3d)(?=\s*[?.!]*\s*$)", "or not yet"),
    (r"\b(?:fel|fil|fi\s+el|fe\s+el|f\s+el)[\s-]*(?:segn|sijn|sagn|7abs|habs)\b", "in prison"),
    (r"\b(?:(?:men|min|mn)\s+)?(?:2abl|abl|qabl|gabl)\s+(?:keda|kda|kida|kidda|heik|hek|hayk|haik|kitha)\b", "before"),
    (r"\bba3d\s+kol\s+(?:da|dah|hada|haida|hayda|dool)\b", "in the end"),
    (r"^\s*(?:khalas|5alas|5alass|khalass)\s*[,.!]\s*", ""),
    (r"\b(?:gher|gheir|ghair|ghir|8er|8eir|8ir)\s+(?=(?-i:[A-Z]))", "besides "),
    # what was said back: "rad WhatsApp kan eh?", "eh rad fe3l Apple?"
    (rf"^\s*(?:(?:el|al)\s+)?(?P<n>rad|radd|rod|redd|ta3lee2|ta3li2|bayan|bayaan|tasree7|tasri7)"
     rf"(?P<f>\s+(?:el\s+)?(?:fe3l|fi3l))?\s+(?:(?:el|al)\s+)?"
     rf"(?P<who>(?-i:[A-Z])[\w'’-]*)\s+(?:(?P<k>kan|kanet)\s+)?(?:{_AR_WHAT})(?P<k2>)(?=\s*[?.!]*\s*$)", _response),
    (rf"\b(?:{_AR_WHAT})\s+(?:(?P<k>kan|kanet)\s+)?(?P<k2>)(?:(?:el|al)\s+)?"
     rf"(?P<n>rad|radd|rod|redd|ta3lee2|ta3li2|bayan|bayaan|tasree7|tasri7)(?P<f>\s+(?:el\s+)?(?:fe3l|fi3l))?"
     rf"\s+(?:(?:el|al)\s+)?(?P<who>(?-i:[A-Z])[\w'’-]*)"
     rf"(?P<to>\s+(?:3ala|3la|3al)\b)?",
     _response),
    (r"\b(?:rad|radd|rod|redd|radet|radit)\s+(?:el\s+|al\s+)?(?:fe3l|fi3l|fa3l)\b", "reaction"),
    (r"\b(?:rodood|rudud|rudood|rdood)\s+(?:el\s+|al\s+)?(?:fe3l|fi3l|af3al|2af3al)\b", "reactions"),
    # arrests, releases, charges, sentences; shot, shot dead, and with what
    (r"\b(?:et|it)2?afrag\w*\s+3an(?:o|u|oh|ha|aha)\b", "was released"),
    (r"\b(?:et|it)2?afrag\w*\s+3an(?:hom|ohom|hum)\b", "were released"),
    (r"\b(?:2afrag|afrag|efrag)\w*\s+3an(?:o|u|oh)\b", "released him"),
    (r"\b(?:2afrag|afrag|efrag)\w*\s+3an(?:ha|aha)\b", "released her"),
    (r"\b(?:2afrag|afrag|efrag)\w*\s+3an(?:hom|ohom|hum)\b", "released them"),
    (r"\b(?:et|it)(?:la2|laq)\s+(?:(?:el|al|il)\s*)?sara[7h]\w*", "was released"),
    (r"\b(?:et|it)wa(?:g|j)+ah?l(?:o|u|oh|aha|ha)\s+(?:tohmet|tuhmet|tohmit|tuhmit)\b", "was charged with"),
    (r"\b(?:et|it)wa(?:g|j)+ah?l(?:hom|ohom|hum)\s+(?:tohmet|tuhmet|tohmit|tuhmit)\b", "were charged with"),
    (r"\b(?:et|it)wa(?:g|j)+ah?l(?:o|u|oh|aha|ha)\s+(?:tohm|tuhm|etteham|ittiham|ettiham)\w*", "was charged"),
    (r"\b(?:et|it)wa(?:g|j)+ah?l(?:hom|ohom|hum)\s+(?:tohm|tuhm|etteham|ittiham|ettiham)\w*", "were charged"),
    (r"\b(?:wag|waj)+ah?(?:o|u|et)?l(?:o|u|oh|aha|ha|hom|ohom)\s+(?:tohmet|tuhmet|tohmit)\b", "charged him with"),
    (r"\b(?:wag|waj)+ah?(?:o|u|et)?l(?:o|u|oh|aha|ha|hom|ohom)\s+(?:tohm|tuhm|etteham|ittiham)\w*", "charged him"),
    (r"\b(?:2afrag|afrag|efrag)\w*\s+3an\b", "released"),
    (r"\b(?:et|it)7akam\s+3al(?:eh|eih|ih|eha|aha)\b", "was sentenced"),
    (r"\b(?:et|it)darab\s+(?:b?el|b?il|b|bi)?\s*(?:nar|rasas|rosas|rusas)\s+(?:w|wa|we)\s*(?:mat|met)\b",
     "was shot dead"),
    (r"\b(?:darab|drab|darabet|darabit|darabo|darabu)\s+((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?|"
     r"(?:el|il|al)\s+[\w'’-]+)\s+(?:b?el|b?il|b|bi)\s*(?:nar|rasas|rosas|rusas)\b", r"shot \1"),
    (r"\b(?:et|it)2atal\w*\s+(?:b?el|b?il|b|bi)?\s*(?:nar|rasas|rosas|rusas)\b", "was shot dead"),
    (r"\b(?:2atal|qatal)(?:o|u|oh|ooh|uh)\s+(?:b?el|b?il|b|bi)?\s*(?:nar|rasas|rosas|rusas)\b", "shot him dead"),
    (r"\b(?:darab|drab)(?:o|u|oh|ooh|uh)\s+(?:b?el|b?il|b|bi)?\s*(?:nar|rasas|rosas|rusas)\b", "shot him"),
    (r"\b((?:ta3an|6a3an|2atal|qatal|darab|drab|hagam|3awar)\w*\b[^?]*?)\s+(?:b|be|bi)\s+(?:eh|eih|shu|sho|esh|eish)\b",
     r"\1 with what weapon"),
    (r"(?<![\w'’-])(?:b|be|bi)\s+(?:eh|eih|shu|sho|esh|eish)\b", "with what"),
    # question idioms: how old, what happened, what kind, the name, how many people, how long ...
    (r"\b(?:fi|fe|3ala|3and|b)\s+(?:senn?|sinn?|3[ou]mr)\s+(?:kam|kaam|cham|addesh|2addesh)\b(?!\s+(?:sana|sene))",
     "at what age"),
    (r"\b(?:(kan|kanet|kanit|kaan|kant)\s+)?(?:3and(?:o|u|oh|aha|ha)|3[ou]mr(?:o|u|oh|aha|ha)?|senn(?:o|aha|ha))\s+"
     r"(?:kam|kaam|cham|addesh|2addesh|adesh|2ad\s+eh|ad\s+eh)"
     r"(?:\s+(?:sana|sanah|sene|seneh|sneen|snin|seneen|3am))?\b(?!\s+(?:%s)\b)" % _AR_COUNTED,
     _how_old),
    (r"\b(?:kam|kaam|cham|addesh|2addesh|adesh|2ad\s+eh|shu|sho|eh)\s+3[ou]mr(?:o|u|oh|aha|ha)?\b", "how old"),
    (r"\b(?:kam|kaam|cham)\s+(?:sana|sene|seneh)\s+3and(?:o|u|oh|aha|ha)\b", "how old"),
    # "kan 3ando wlad?": did he have children
    (r"^(\s*)(?:(?:howa|huwa)\s+)?(?:kan|kaan)\s+3and(?:o|u|oh)\b", r"\1did he have"),
    (r"^(\s*)(?:(?:heya|hiya)\s+)?(?:kanet|kanit|kant)\s+3and(?:aha|ha)\b", r"\1did she have"),
    (r"^(\s*)(?:(?:homma|homa)\s+)?(?:kano|kanu)\s+3and(?:ohom|hom|hum)\b", r"\1did they have"),
    (r"^(\s*)(?:(?:howa|huwa)\s+)?3and(?:o|u|oh)\b", r"\1does he have"),
    (r"^(\s*)(?:(?:heya|hiya)\s+)?3and(?:aha|ha)\b", r"\1does she have"),
    (r"\b(?:kan|kanet|kanit|kaan)\s+3and(?:o|u|oh|aha|ha|hom|ohom)\b", "had"),
    # since when, until when, how long; on what date, in what year, at what time; ever
    (rf"\b(?:men|min|mn)\s+(?:{_AR_WHEN})\b", "since when"),
    (rf"\b(?:le7ad|la7ad|l7ad|lehad|lahad)\s+(?:{_AR_WHEN})\b", "until when"),
    (r"\b(?:kam|kaam|cham|addesh|2addesh|adesh|2ad\s*eh|ad\s*eh)\s+(?:modda|mudda|moda|mudde|midde)\b", "how long"),
    (r"^(\s*)(?:(?P<x>.+?)\s+)?(?:ba2al|ba2l|sarl|saarl|sar?il)(?P<o>o|u|oh|ha|aha|hom|ohom)\s+"
     r"(?:kam|kaam|cham|addesh|2addesh|adesh|2ad\s*eh|ad\s*eh)"
     r"(?:\s+(?:sana|sneen|snin|sene|seneen|3am|shahr|shohor|yom|ayam|wa2t|sa3a|modda)\w*)?"
     r"(?:\s+(?P<r>.+?))?(?P<e>\s*[?.!]*)\s*$", _how_long),
    (r"\b(?:(?:fi|fe)\s+)?yo?u?m\s+(?:kam|kaam|cham)\b", "on what date"),
    (rf"\b(?:(?:fi|fe)\s+)?(?:(?:{_AR_WHAT}|anhi|anhy|anho|anhu|ayya|ayy|ay)\s+(?:tare5|tari5|tarikh|tareekh)"
     r"|(?:tare5|tari5|tarikh|tareekh)\s+(?:kam|kaam))\b", "on what date"),
    (r"\b(?:(?:fi|fe|b|bi|be)\s+)?(?:(?:anhi|anhy|anho|anhu|ayya|ayy|ay)\s+(?:sana|sanah|sene|3am)"
     r"|(?:sanet|sant)\s+(?:kam|kaam))\b",
     "in what year"),
    (r"\b(?:(?:fi|fe)\s+)?(?:anhi|anhy|anho|anhu|ayya|ayy|ay)\s+(?:wa2t|wa2at|wakt|wa2et)\b", "at what time"),
    (r"\b3[ou]mr(?:o|u|oh|aha|ha|ohom|hom)\s+(?=\S)", _ever),
    (r"\b(?:(lessa|lissa|lesa|lsa)\s+)?(?:ma|mah)\s+([\w'’-]+?)(?:sh|ch)\b", _not),
    # how much paid, what it cost: "el FBI dafa3 kam?", "eh taman el iPhone?": how much is the price of the iPhone
    (r"\b((?:dafa3|edfa3|byedfa3|bidfa3|btedfa3|yedfa3|tedfa3|kallef|kallaf|yekallef|bikallef|bykallef|btkallef|"
     r"bitkallef)\w*)\s+(?:kam|kaam|cham)\b", r"\1 how much"),
    (rf"\b(?:{_AR_WHAT})\s+(?:(kan|kanet)\s+)?(?:(?:el|il|al)\s+)?(taman|se3r|si3r|taklef\w*|taklif\w*|kolf\w*)\s+"
     r"(?=[\w'’])", _price),
    (r"\b(?:kam|kaam|cham)\s+(?:marra|marrat|mara)\b", "how many times"),
    (r"\b((?:gharam|8aram|taman|se3r|si3r|takl[ei]f|mablag|morattab|mortab|ratib|ma3ash)\w*(?:\s+(?:kan|kanet))?)\s+"
     r"(?:kam|kaam|cham)\b", r"\1 how much"),
    (r"^(\s*)(.+?)\s+(?:bta3|bta3et|bta3t|tab3a|taba3|tab3|tabe3a)\s+((?-i:[A-Z])[\w'’-]*)\s*\?\s*$",
     r"\1is \2 owned by \3?"),
    (r"\b(?:kan|kanet|kano|kanu)\s+(?:beykallem|bykallem|biykallem|bitkallem|btkallem|bi7ki|bye7ki|by7ki)\b",
     "contacted"),
    (r"\b(?:kan|kanet|kano|kanu)\s+(?:3arf|3arif|3erf)(?:ah|o|u|oh|eh)\b", "knew him"),
    (r"\b(?:kan|kanet|kano|kanu)\s+(?:3arf|3arif|3erf)(?:aha|ha)\b", "knew her"),
    (r"\b(?:kan|kanet|kano|kanu)\s+(?:3arfa|3arfeen|3arfin|3arfa)\b", "knew"),
    (r"\b(?:kam|kaam|cham|addesh|2addesh|adesh)\s+(?:felous|flous|floos|fulus|fulous|masari|masaari)\b",
     "how much money"),
    (r"\b(?:bi|b|be|fi|fe)\s+(?=(?:2?akher|2?a5er|2?awel|awwal)\s)", "in the "),
    (r"\b(?:kan|kanet|kano|kanu)\s+(?:ye3raf|yi3raf|ya3raf|ta3raf|te3raf|ti3raf|ye3rafo|yi3rafu|ya3rfu)\b", "knew"),
    (r"\b(?:etnaqal|etna2al|itna2al|itnaqal)\s+(?:leha|liha|laha|lih|loh)\b", "was taken to"),
    (r"\b(?:da5al|dakhal|d5al|dakhel)\s+(?:(?:el|al|il)\s*)?(?:segn|sijn|sagn|7abs|habs)\b", "went to prison"),
    # "el 2anoon el gedid 7ayeb2a esmo eh?": what will the new law be called
    (rf"^(\s*)(.+?)\s+(?:7ayeb2a|hayeb2a|haykoon|7aykoon|ra7\s+ykoon|7aykun|haykun)\s+"
     rf"(?:esm(?:o|u|aha|ha)|ism(?:o|u|ha))"
     rf"\s+(?:{_AR_WHAT})(\s*[?.!]*)\s*$", r"\1what will \2 be called\3"),
    # the real name: "Masood esmo el 2asli eh?": what is Masood's real name; "kan esmo eh abl keda?": his name before
    (rf"^(\s*)(?P<x>.+?)\s+(?:kan|kanet)\s+(?:esm(?:o|u|oh)|ism(?:o|u|oh))\s+(?:{_AR_WHAT})\s+before"
     r"(?P<e>\s*[?.!]*)\s*$",
     lambda m: f"{m.group(1)}{_owner_asked('what', True, m.group('x'), 'name')} before{m.group('e')}"),
    (rf"^(\s*)(?P<x>.+?)\s+(?:(?P<k1>kan|kanet)\s+)?(?P<n>esm(?:o|u|oh|aha|ha)|ism(?:o|u|oh|aha|ha))\s+"
     rf"(?:(?:el|al|il)\s*)?{_AR_REAL}\s+(?:(?P<k2>kan|kanet)\s+)?(?:{_AR_WHAT})(?P<e>\s*[?.!]*)\s*$",
     lambda m: f"{m.group(1)}{_owner_asked('what', bool(m.group('k1') or m.group('k2')), m.group('x'), 'real name')}"
               f"{m.group('e')}"),
    (rf"(?:\b(?:el|il|al)\s+)?\b(?:esm|ism|isim)\s+(?:(?:el|al|il)\s*)?{_AR_REAL}\s+(?:(?:bta3|taba3|7ag)\s+)?(.+?)"
     rf"\s+(?:kan\s+)?(?:{_AR_WHAT}){_AR_END}", r"what is the real name of \1"),
    (rf"(?:\b(?:el|il|al)\s+)?\b(?:esm|ism|isim)\s+(.+?)\s+(?:el|il|al)\s*{_AR_REAL}\s+(?:kan\s+)?(?:{_AR_WHAT})"
     rf"{_AR_END}", r"what is the real name of \1"),
    (rf"\b(?:esm(?:o|u|oh)|ism(?:o|u|oh))\s+(?:(?:el|al|il)\s*)?{_AR_REAL}", "his real name"),
    (rf"\b(?:esm(?:aha|ha)|ism(?:aha|ha))\s+(?:(?:el|al|il)\s*)?{_AR_REAL}", "her real name"),
    (rf"\b(?:esm|ism|isim)\s+(?:(?:el|al|il)\s*)?{_AR_REAL}", "real name"),
    # whose, what was in it, where from: "WhatsApp bta3 meen?": who owns WhatsApp; "el resala kan fiha eh?":
    # what was in the message; "Masood aslo men fein?": where is Masood originally from
    (rf"^(\s*)(.+?)\s+(?:(kan|kanet|kano)\s+)?(?:bta3|bta3t|bta3et|beta3|taba3|tab3a|tab3|taba3a|tabe3a|tab3et|7ag|"
     rf"7agat|mulk|milk)\s+(?:(?:le|li|l)\s*)?(?:{_AR_WHO}|min|mn)\s*([?.!]*)\s*$",
     lambda m: f"{m.group(1)}who {'owned' if m.group(3) else 'owns'} {m.group(2)}{m.group(4)}"),
    (rf"^(\s*)(?P<x>.+?)\s+(?:(?P<k>kan|kanet|kaan|kano)\s+)?(?:fiha|feha|feeha|fih|feeh|fiya|fiyya)\s+"
     rf"(?:{_AR_WHAT})(?P<e>\s*[?.!]*)\s*$", _in_it),
    (rf"\b(?:{_AR_WHAT})\s+(?:(?:elly|elli|illi|lli|yalli)\s+)?(?:kan|kanet|kaan)\s+(?:fi|fe|fee)\s+", "what was in "),
    (rf"\b(?:{_AR_WHAT})\s+(?:(?:elly|elli|illi|lli|yalli)\s+)?(?:kan|kanet|kaan)\s+"
     r"(?:maktoob|maktub|maktoub|mektoob)\b",
     "what was written"),
    (rf"\b(?:{_AR_WHAT})\s+(?:(?:elly|elli|illi|lli|yalli)\s+)?(?:maktoob|maktub|maktoub|mektoob)\b",
     "what is written"),
    (rf"^(\s*)(.+?)\s+(?:2?asl(?:o|u|oh|aha|ha|ohom))\s+(?:(?:men|min|mn)\s+(?:{_AR_WHERE})|mnein|mneen|menein)"
     r"\s*([?.!]*)\s*$", r"\1where is \2 originally from\3"),
    # the make asked: "el 3arabeya kanet marka eh?": what brand was the car; "anhi marka el 3arabeya?"
    (rf"^(\s*)(?P<x>.+?)\s+(?:(?P<k1>kan|kanet|kaan|kant)\s+)?(?P<n>marka|markat|markit|model|modeel|moodeel|modil|"
     rf"tiraz)\s+(?:(?P<k2>kan|kanet)\s+)?(?:{_AR_WHAT})(?P<e>\s*[?.!]*)\s*$", _make),
    (rf"\b(?:{_AR_WHAT}|anhi|anhy|anho|anhu|ayya|ayy|ay)\s+(?:marka|markat|markit)\s+(?:(kan|kanet)\s+)?"
     r"(?=(?:el|il|al)\b)", lambda m: f"what brand {'was' if m.group(1) else 'is'} "),
    (rf"\b(?:{_AR_WHAT}|anhi|anhy|anho|anhu|ayya|ayy|ay)\s+(?:model|modeel|moodeel|modil|tiraz)\s+(?:(kan|kanet)\s+)?"
     r"(?=(?:el|il|al)\b)", lambda m: f"what model {'was' if m.group(1) else 'is'} "),
    # work: "Masood kan byeshtaghal eh?": what did Masood work as; "kan saken fein?": where did he live
    (r"\b(?:kan|kanet|kaan|kant|kano)\s+(?:byeshtaghal|beyeshtaghal|bishtighil|bishteghel|beyshta8al|byshta8al|"
     r"bteshtaghal|btishtighil|shaghal|shaghghal|sha8al|shaghala|shaghghala)\b", "worked"),
    (rf"\b(?:worked|eshtaghal|ishtaghal|eshta8al|ishta8al|eshtaghalet|ishtaghalit)\s+(?=(?:{_AR_WHAT})\b)",
     "worked as "),
    (rf"\b(?:byeshtaghal|beyeshtaghal|bishtighil|bishteghel|beyshta8al|byshta8al|bteshtaghal|btishtighil|shaghal|"
     rf"shaghghal|sha8al|shaghala|shaghghala)\s+(?=(?:{_AR_WHAT})\b)", "works as "),
    (r"\b(?:kan|kanet|kaan|kant|kano)\s+(?:saken|sakin|sakna|sakneen|3ayesh|3ayish|3aysha|3ayshin)\b", "lived"),
    # "3amal keda leh?": why did he do that; "3ashan eh": why
    (r"\b(?:3amal|3emel|3amalet|3amlet|3imil|3imlit|sawwa|sawwat|3amalo|3amalu)\s+"
     r"(?:keda|kda|kida|kidda|heik|hek|hayk|haik|kitha|chithi)\b", "did that"),
    (r"\b(?:3ashan|3shan|ashan|3alashan|la2an)\s+(?:eh|eih|ehh|shu|sho)\b", "why"),
    (r"(?<![\w'’-])(?:le|li|la)\s+(?:eh|eih|shu)(?=\s*[?.!]*\s*$)", "why"),
    (rf"\b(?:{_AR_WHAT})\s+(?:elly|elli|illi|lli|yalli)\s+(?:7asal|hasal|7asl|sar|saar|bi7sal|by7sal)\b",
     "what happened"),
    (rf"\b(?:7asal|hasal|7asl|sar|saar)\s+(?:{_AR_WHAT})\b", "what happened"),
    (rf"\b({_AR_WHAT}|{_AR_WHO})\s+(?:elly|elli|illi|lli|yalli)\b", r"\1"),
    (rf"\b(?:{_AR_WHAT}|anhi|anhy|anho|anhu|ayya|ayy|ay)\s+(?:no3|naw3|noo3|nou3)(?:\s+(?:men|min|mn))?"
     r"(?:\s+(?:el|il|al)\b)?",
     "what kind of"),
    (rf"\b(?:no3|naw3|noo3|nou3)\s+(?:(?:el|il|al)(?:\s+|-))?(.+?)\s+(?:kan\s+)?(?:{_AR_WHAT}){_AR_END}",
     r"what kind of \1"),
    (rf"^(.+?)\s+(?:esmo|ismo|esmu|ismu|esmoh|ismuh)\s+(?:kan\s+)?(?:{_AR_WHAT}){_AR_END}", r"what is the name of \1"),
    (rf"^(.+?)\s+(?:esmaha|esmha|ismha|isma|esma)\s+(?:kanet\s+)?(?:{_AR_WHAT}){_AR_END}", r"what is the name of \1"),
    (rf"(?:\b(?:el|il|al)\s+)?\b(?:esm|ism|isim)\s+(?:(?:bta3|taba3|7ag)\s+)?(.+?)\s+(?:kan\s+)?(?:{_AR_WHAT})"
     rf"{_AR_END}", r"what is the name of \1"),
    (rf"\b(?:{_AR_WHAT})\s+(?:(?:{_AR_HE}|{_AR_SHE})\s+)?(?:esm|ism|isim)\b", "what is the name of"),
    (rf"\b(?:{_AR_WHAT})\s+(?:esmo|ismo|esmu|ismu)\b|\b(?:esmo|ismo|esmu|ismu)\s+(?:{_AR_WHAT})\b", "what is his name"),
    (rf"\b(?:{_AR_WHAT})\s+(?:esmaha|esmha|ismha)\b|\b(?:esmaha|esmha|ismha)\s+(?:{_AR_WHAT})\b", "what is her name"),
    # a noun owned by its suffix, asked of: "Masood shoghlo eh?": what is Masood's job; "Rudd morattabha kam?"
    (rf"^(\s*)(?P<x>.+?)\s+(?:(?P<k1>kan|kanet|kaan|kant|kano)\s+)?(?P<n>[\w'’-]+)\s+(?:(?P<k2>kan|kanet)\s+)?"
     rf"(?P<w>2ad\s+eh|ad\s+eh|how\s+much|kam|kaam|cham|addesh|2addesh|adesh|{_AR_WHAT}|{_AR_WHO}|{_AR_WHERE})"
     r"(?P<e>\s*[?.!]*)\s*$", _his),
    (rf"^(\s*)(?P<x>[^?]+?)\s+(?P<w>{_AR_WHAT}|{_AR_WHO})\s+(?:(?P<k1>kan|kanet)\s+)?(?P<k2>)(?P<n>[\w'’-]+)"
     r"(?P<e>\s*[?.!]*)\s*$", _his),
    (rf"\b(?:men|min|mn)\s+(?:{_AR_WHERE})\b", "from where"),
    (r"\b(?:kam|kaam|cham)\s+(?:wa7ed|wahed|7ad|shakhs|sha5s|nafar)\b", "how many people"),
    (r"\b(?:kam|kaam|cham)\s+(?:3am|a3wam|2a3wam)\b", "how many years"),
    (r"\b(?:kam|kaam|cham|2ad\s*eh|ad\s*eh|addesh|2addesh|adesh)\s+(?:wa2t|wa2at)\b", "how long"),
    (r"\b2?ad\s+(?:eh|eih)\b", "how much"),
    (r"\b(?:(?:fi|fe)\s+)?(?:(?:el|il)\s*)?sa3(?:a|et)\s+(?:kam|kaam|cham)\b", "at what time"),
    (r"\b(?:(?:fi|fe)\s+)?(?:ay|ayy|ayya|anhi|anhy|anho)\s+sa3a\b", "at what time"),
    (rf"\b(?:bta3|beta3|bta3t|bta3et|taba3|tab3|7ag)\s+(?:{_AR_WHO}|min|mn)\b", "belongs to whom"),
    (r"\b(?:ay|ayy|2ay)\s+(?:7aga|haga|7aja|shi|shee)\b", "anything"),
    (r"\b(?:mesh|mish|msh|mush|mosh|mo|mu|mub)\s+(?:keda|kda|kida|kidda|heik|hek|hayk|haik|kitha|chithi|sa7|sah)\b",
     "right"),
    (r"(?<=,)\s*(?:sa7|sah|sa7i7|mazboot)(?=\s*\?)", " right"), (r"\b(?:fih|feeh|fiha)(?=\s*[?.!]*\s*$)", "about it"),
    (rf"\b({_AR_WHY})\s+(?:keda|kda|kida|hek|heik|hayk)\b", r"\1"),
    # "fi 2anoon ...?": is there a law; "fi London" is "in London"
    (r"^(\s*)(?:(?:hal|howa)\s+)?(?:fi|fe|fee|feeh|fih)\s+(?!(?:el|il|al|l|2?akher|2?a5er|2?awel|awwal)\b|(?-i:[A-Z]))",
     r"\1is there "),
    (r"\b(?:kan|kaan|kanet)\s+(?:fi|fe|fee|feeh|fih)\b"
     r"(?!\s+(?:el|il|al|l|anhi|anho|anhu|ayya|ay|ayy|2?akher|2?a5er|2?awel|awwal)\b|\s+(?-i:[A-Z]))",
     "was there"),
    (r"\b(2abad|2abado|2abadu|2abadet|2abadit|2abadoo|abado|2abdo|qabad|qabado|et2abad|it2abad|itqabad)\s+"
     r"(3ala|3la|3al|3aleh|3aleih|3alih|3leh|3aleha|3alehom)\b", _arrested),
    (r"\b(?:et|it)darab\s+(?:b?el|b?il|b|bi)?\s*(?:nar|rasas|rosas|rusas)\b", "was shot"),
    (r"\b(?:darab|darabo|darabu|darabet|drab|drabo)\s+(?:b?el|b?il|b|bi)?\s*(?:nar|rasas|rosas|rusas)\b", "shot"),
    (r"\b(?:2?atla2|2atla2o)\s+(?:(?:el|al|il)\s+)?(?:nar|rasas|rosas)\b", "opened fire"),
    # "meen howa el attacker?": who is the attacker; "el attacker howa meen?": the attacker is who
    (rf"\b({_AR_ASK})\s+(?:{_AR_HE}|{_AR_SHE}|{_AR_THEY})(?=\s+[\w'’-])", r"\1 is"),
    (rf"\b({_AR_ASK})\s+(?:{_AR_HE}){_AR_END}", r"\1 is he"),
    (rf"\b({_AR_ASK})\s+(?:{_AR_SHE}){_AR_END}", r"\1 is she"),
    (rf"\b(?:{_AR_HE}|{_AR_SHE}|{_AR_THEY})\s+(?=(?:{_AR_ASK}){_AR_END})", "is "),
    # Egyptian "al" (said) before what was said; alone, "al" is the article
    (r"(?<![\w'’-])al(?=\s+(?:eh|eih|shu|esh|en|enn|inn|enno|inno|eno|ino|enaha|ennaha|that|keda|kda|kida|le|lel|"
     r"lil)\b)", "said"),
    (rf"\b({_AR_WHO}|min|mn)\s+al{_AR_END}", r"\1 said"),
    (r"\b(?:men|min|mn)\s+(?=(?:anhi|anhy|anho|anhu|ayya|ayy|ay)\b)", "from "),
    # Gulf "min" opening a question is "who"; elsewhere it is "from"
    (rf"^(\s*)(?:min|mn)\b(?!\s+(?:{_AR_WHERE}|el|il|al)\b)", r"\1who"),
    (rf"^(\s*)(.+?)\s+({_AR_VERBS_IT})\s+(?:{_AR_WHO}){_AR_END}", r"\1meen \3 \2"),
    # "el sela7 elly esta5demo Masood": the weapon that Masood used (the verb carrying its object)
    (rf"\b(elly|elli|illi|lli|yalli)\s+({_AR_VERBS_IT})\s+((?-i:[A-Z])[\w'’-]*){_AR_END}", r"\1 \3 \2"),
    # "law" is "if" only where English has no law: opening a clause before its subject or verb
    (r"(^\s*|[,;]\s*|\b(?:and|w|wa|bas|tab|tayeb|ya3ni|fa|eh|eih|shu|leh|emta|haye3mel|7aye3mel|hay7sal|7ay7sal)"
     r"\s+)"
     r"law(?=\s+(?:(?-i:[A-Z])|howa|heya|homma|e7na|ana|enta|inta|kan|kanet|fi|ma|mesh|msh|mafish|el|il)\b)",
     r"\1if"),
    (r"(?<!\bthe\s)(?<!\bel\s)(?<!\bil\s)(?<!\ba\s)(?<!\bnew\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwhat\s)"
     r"\blaw(?=\s+(?:(?:(?-i:[A-Z])[\w'’-]*|7ad|7add|wa7ed|(?:el|il)\s+[\w'’-]+)\s+)?"
     r"(?:rafad\w*|2al\w*|kan|kanet|ma|mesh|msh|mish|mafish|7asal|sar|"
     r"et3awen\w*|it3awan\w*|fata7\w*|3amal\w*|wafe2\w*|3ayez|3ayza|biddo|baddo|biddha|baddha)\b)", "if"),
    # Arabic order put in English order: "el 2anoon el gedid", "2anoon gedid": the new law
    (rf"\b(el|il|al|lel|lil|fel|fil|bel|bil|3al|wel)(?:\s+|-)([\w'’-]+)\s+(?:el|il|al)(?:\s+|-)"
     rf"({_AR_ADJECTIVES})\b",
     r"\1 \3 \2"),
    (rf"\b({_AR_NOUNS})\s+({_AR_ADJECTIVES})\b", r"\2 \1"),
    (r"\b(el|il|al|bel|bil|fel|fil|lel|lil|3al)(?:\s+|-)([\w'’-]+)\s+(?-i:da|dah|di|dih|dee|dol|dool)\b",
     _this),
    (r"\b(?:el|il|al)(?:\s+|-)([\w'’-]+)\s+(bta3o|bta3to|bta3ha|bta3etha|taba3o|taba3ha|bta3hom)\b", r"\2 \1"),
    (r"\b(fel|fil|bel|bil|lel|lil|3al|mel)(?:\s+|-)([\w'’-]+)\s+"
     r"(bta3o|bta3to|bta3ha|bta3etha|taba3o|taba3ha|bta3hom)\b",
     lambda m: "%s %s %s" % ({"fel": "in", "fil": "in", "bel": "with", "bil": "with", "lel": "to", "lil": "to",
                               "3al": "on", "mel": "from"}[m.group(1).lower()], m.group(3), m.group(2))),
    # (a noun after an article, "el 3enwan el gedid", "lel rasayel", owns nothing)
    (rf"{_AR_NOT_AFTER_ARTICLE}\b({_AR_OWNED})\s+(?:el|il|al)(?:\s+|-)(?=[\w'’])", r"the \1 of the "),
    (rf"{_AR_NOT_AFTER_ARTICLE}(?<!\banhi\s)(?<!\banho\s)(?<!\bay\s)(?<!\bayya\s)(?<!\bkam\s)"
     r"\b(rasayel|rasa2el|rasayil|sherkat|3enwan|kateb|mo2alef|telefon|mobayl|sa7eb|3omr|3adad)"
     r"\s+(?=(?-i:[A-Z])(?!(?-i:[A-Z]+\b)))", r"the \1 of "),
    (rf"{_AR_NOT_AFTER_ARTICLE}\b(mrat|merat|mirat|zoget|zogat|zawgat|zawjat|morattab|mortab|ratib|gensiyet|ginseyet|"
     r"jinsiyyet|shoghl|wazifet|wazeefet|kalam)\s+(?=(?-i:[A-Z]))", r"the \1 of "),
    # the short words that are English too in capitals ("LA", "WA", "DA", "Al Gore"): only in lower case
    (r"^\s*(?:(?-i:hal)|howa|huwa|heya|hiya)\s+(?=(?-i:[A-Z]))", ""), (r"^\s*hal\s+(?=(?:el|il|al)\b)", ""),
    (r"^\s*(?:bas|tab)\s+", ""),
    (r"(?<![\w'’-])(?-i:la)(?=\s+[\w'’])", "to"), (r"(?<![\w'’-])(?-i:la)\b(?=\s*[?.!,]|\s*$)", "no"),
    (r"(?<![\w'’-])(?-i:w|wa|wi)\s+(?=[\w'’])", "and "),
    (r"(?<![\w'’-])(?-i:da)\b(?!['’-])", "this"),
    # "meta" (when) is Meta, the company, in a capital, but for a question opening before Arabizi
    (r"(?<![\w'’-])(?-i:meta|mata)\b(?!['’-])", "when"),
    (r"^(\s*)(?-i:Meta|Mata)(?=\s+(?:el|il|kan|kanet|kano|7asal\w*|sar|mat|matet|et2atal|etwalad)\b)", r"\1when"),
    (r"(?<![\w'’-])(?-i:hal)\s+(?=(?-i:[a-z0-9]))", "this "),
    (r"(?<![\w'’-])(?-i:al)\s+(?=(?-i:[a-z0-9]))", "the "), (r"^(\s*)Al\s+(?=(?-i:[a-z0-9]))", r"\1the "),
    (r"(?<![\w'’-])(?-i:f)\s+(?=(?:el|il|al)\b)", "in "),
    (r"(?<![\w'’-])(?-i:men)\s+(?=(?:el|il|al)\b|(?-i:[A-Z]))", "from "),
])

# the common words of Arabizi, in English: the usual Egyptian, Levantine and Gulf spellings, digits and all
_ARABIZI = {
    # question words
    "meen": "who", "mien": "who", "minu": "who", "emta": "when", "imta": "when", "amta": "when", "ayemta": "when",
    "lamma": "when", "leh": "why", "leih": "why", "leeh": "why", "lesh": "why", "leish": "why", "laish": "why",
    "leysh": "why", "3alesh": "why", "fein": "where", "feen": "where", "fen": "where", "wein": "where",
    "ween": "where", "wen": "where", "wain": "where", "mnein": "from where", "kam": "how many", "kaam": "how many",
    "cham": "how many", "addesh": "how much", "2addesh": "how much", "2adeh": "how much", "eh": "what",
    "eih": "what", "shu": "what", "sho": "what", "esh": "what", "aish": "what", "shnu": "what", "ezay": "how",
    "ezzay": "how", "izay": "how", "kif": "how", "keef": "how", "kef": "how", "shlon": "how", "anhi": "which",
    "anho": "which", "ayya": "which", "ay": "which",
    # articles, prepositions and their contractions
    "el": "the", "il": "the", "fi": "in", "fe": "in", "fel": "in the", "fil": "in the", "bel": "with the",
    "bil": "with the", "bi": "with", "3ala": "on", "3la": "on", "3al": "on the", "3a": "on", "3an": "about",
    "min": "from", "mn": "from", "ma3": "with", "ma3a": "with", "ma3ah": "with him", "le": "to", "li": "to",
    "lel": "to the", "lil": "to the", "3and": "at", "2odam": "in front of", "bedoon": "without",
    "7asab": "according to", "zay": "like", "metl": "like", "7atta": "even", "didd": "against",
    # conjunctions and negation ("law", if, is an idiom: "the new law" is English)
    "wel": "and the", "aw": "or", "walla": "or", "wala": "or", "lakin": "but", "iza": "if", "eza": "if",
    "en": "that", "inn": "that", "enno": "that", "inno": "that", "elly": "that", "elli": "that", "3ashan": "because",
    "3shan": "because", "ashan": "because", "la2an": "because", "ba3dein": "then", "kaman": "also", "mesh": "not",
    "mish": "not", "msh": "not", "mush": "not", "mosh": "not", "mu": "not", "ma": "not", "mafish": "there is no",
    "mafeesh": "there is no", "la2": "no", "lam": "did not", "ma2alsh": "did not say",
    # pronouns, possessives, demonstratives
    "ana": "I", "enta": "you", "inta": "you", "howa": "he", "huwa": "he", "heya": "she", "hiya": "she", "e7na": "we",
    "homma": "they", "homa": "they", "hum": "they", "bta3": "of", "taba3": "of", "bta3o": "his", "bta3to": "his",
    "bta3ha": "her", "dah": "this", "di": "this", "hada": "this", "hayda": "this", "keda": "like this",
    "kda": "like this", "kida": "like this",
    # copulas and auxiliaries
    "kan": "was", "kaan": "was", "kanet": "was", "kano": "were", "ykoon": "be", "tkoon": "be", "haykoon": "will be",
    "7a": "will", "ra7": "will", "momken": "can", "mumkin": "can", "lazem": "must", "2ader": "can", "ye2dar": "can",
    "2edr": "could", "3ando": "has", "3andaha": "has", "fih": "there is", "feeh": "there is",
    # say, speak, write
    "2al": "said", "qal": "said", "gal": "said", "2alet": "said", "2alit": "said", "qalat": "said", "2alo": "said",
    "2alu": "said", "bey2ool": "says", "bi2ool": "says", "y2ool": "say", "etkalem": "spoke", "7aket": "talked",
    "katab": "wrote", "katabet": "wrote", "katbet": "wrote", "katbo": "wrote", "katabha": "wrote",
    "etkatab": "was written", "nashar": "published", "talabet": "demanded",
    # happen, kill, die, stab, drive, rent, use
    "7asal": "happened", "7asalet": "happened", "sar": "happened", "saar": "happened", "2atal": "killed",
    "2atalo": "killed", "et2atal": "was killed", "it2atal": "was killed", "mat": "died", "matet": "died",
    "amwat": "dead", "ta3an": "stabbed", "ta3ano": "stabbed", "ta3anet": "stabbed", "mat3oon": "stabbed",
    "sa2": "drove", "sa2ha": "drove", "dahas": "ran over", "2agar": "rented", "ista2jar": "rented",
    "esta2gar": "rented", "esta3mel": "used", "esta3mal": "used", "ista3mal": "used", "esta5dem": "used",
    "yesta5dem": "use",
    # claim, want, ask, know, find, read, open, send
    "etbanna": "claimed", "tabanna": "claimed", "etbannet": "claimed", "etbanet": "claimed", "edda3a": "claimed",
    "mas2oleya": "responsibility", "3ayez": "wants", "3ayz": "wants", "3ayza": "wants", "3ayzeen": "want",
    "biddo": "wants", "baddo": "wants", "biddha": "wants", "baddha": "wants", "yabi": "wants", "talab": "demanded",
    "sa2al": "asked", "dafa3": "paid", "jab": "got", "gab": "got", "y3awen": "help", "ysa3ed": "help",
    "bi7mi": "protects", "sawwat": "voted", "3aref": "knows", "3erfet": "knew", "ye3raf": "know", "a3raf": "know",
    "la2a": "found", "la2o": "found", "2ara": "read", "y2ro": "read", "ye2ra": "read", "yi2ra": "read",
    "te2ra": "read", "fata7": "opened", "fata7et": "opened", "yefta7": "open", "yifta7": "open", "tefta7": "open",
    "tifta7": "open", "fakk": "unlocked", "yfok": "unlock", "ba3at": "sent", "arsal": "sent", "yeb3at": "send",
    # live, be born, arrest, do, answer, cooperate, refuse, prevent, hide, force, and news verbs
    "3ash": "lived", "3ayesh": "lives", "sakan": "lived", "saken": "lives", "sakin": "lives",
    "etwalad": "was born", "wled": "was born", "e3ta2al": "arrested", "masak": "caught", "2abado": "caught",
    "2abadu": "caught", "3amal": "did", "3emel": "did", "3amlo": "did", "sawwa": "did", "bye3mel": "does",
    "ye3mel": "do", "haye3mel": "will do", "hay3mel": "will do", "7aye3mel": "will do", "lewa7do": "alone",
    "liwa7do": "alone", "lwa7do": "alone", "lwa7daha": "alone", "rad": "responded", "radd": "responded",
    "et3awen": "cooperated", "it3awan": "cooperated", "yet3awen": "cooperate", "yit3awan": "cooperate",
    "hatet3awen": "will cooperate", "rafad": "refused", "rafadet": "refused", "byerfod": "refuses",
    "yerfod": "refuse", "mana3": "prevented", "khabba": "hid", "5abba": "hid", "agbar": "forced",
    "hagam": "attacked", "2abel": "met", "akhad": "took", "a5ad": "took", "kesb": "won",
    # the news: attack, police, bridge, car, people
    "hagma": "attack", "hogoom": "attack", "3amaleya": "operation", "mohagem": "attacker", "fa3el": "perpetrator",
    "gani": "perpetrator", "erhabi": "terrorist", "irhabi": "terrorist", "erhabeya": "terrorist",
    "erhabeyeen": "terrorists", "da3esh": "Islamic State", "daesh": "Islamic State", "shorta": "police",
    "shurta": "police", "bolis": "police", "shorti": "policeman", "zabet": "officer", "3askari": "soldier",
    "jundi": "soldier", "kobry": "bridge", "kobri": "bridge", "gesr": "bridge", "jisr": "bridge", "3arabeya": "car",
    "3arabiya": "car", "arabeya": "car", "sayyara": "car", "sayara": "car", "mosha": "pedestrians", "nas": "people",
    "ashkhas": "people", "shakhs": "person", "wa7ed": "one", "7ad": "anyone", "da7aya": "victims",
    "dahaya": "victims", "mosabeen": "injured", "musabeen": "injured", "garha": "injured", "etgara7": "was injured",
    "enjara7": "was injured", "et3awar": "was injured", "jar7a": "injured",
    # time
    "sana": "years", "sneen": "years", "3omr": "age", "3omro": "his age", "yom": "day", "youm": "day",
    "ayam": "days", "esboo3": "week", "osboo3": "week", "wa2t": "time", "sa3a": "hour", "da2i2a": "minute",
    "da2aye2": "minutes", "2abl": "before", "abl": "before", "qabl": "before", "gabl": "before", "ba3d": "after",
    # the article, the programme, who wrote it
    "esm": "name", "ism": "name", "esmo": "his name", "ma2al": "article", "maqal": "article", "ma2ala": "article",
    "3enwan": "headline", "3onwan": "headline", "kateb": "author", "sa7afy": "journalist", "sa7afi": "journalist",
    "gornal": "newspaper", "gareeda": "newspaper", "5abar": "news", "barnameg": "programme", "mo2abla": "interview",
    # government, laws, warrants
    "7okoma": "government", "hokoma": "government", "wazir": "minister", "wazeer": "minister", "wazeera": "minister",
    "wezara": "ministry", "dakhleya": "interior", "sawabe2": "criminal record", "ra2ees": "president",
    "barlaman": "parliament", "ma7kama": "court", "2anoon": "law", "qanoon": "law", "2awanin": "laws",
    "ezn": "warrant", "2ezn": "warrant",
    # messages, apps, companies, phones, encryption, secrets, places
    "resala": "message", "risala": "message", "rasayel": "messages", "rasa2el": "messages", "tatbee2": "app",
    "tatbee2at": "apps", "sherka": "company", "sharika": "company", "sherkat": "companies", "sherket": "company of",
    "mobayl": "phone", "telefon": "phone", "jawwal": "phone", "tashfeer": "encryption", "moshaffar": "encrypted",
    "mushaffar": "encrypted", "moshaffara": "encrypted", "serr": "secret", "serri": "secret", "sirri": "secret",
    "asrar": "secrets", "makan": "place", "ma7al": "place", "zarf": "envelope", "wosool": "access",
    # security, evidence, groups, agencies, owners, weapons
    "mokhabarat": "intelligence", "5adamat": "services", "amn": "security", "adella": "evidence",
    "dalil": "evidence", "gama3a": "group", "jama3a": "group", "tanzeem": "organisation", "wekala": "agency",
    "sa7eb": "owner", "sekkina": "knife", "ta7qee2": "investigation", "3elaqa": "connection", "3ela2a": "connection",
    # adjectives and adverbs
    "gedid": "new", "gdeed": "new", "jdeed": "new", "jadid": "new", "gedida": "new", "tany": "other",
    "tani": "other", "tanyeen": "other", "akhar": "other", "awel": "first", "akher": "last", "a5er": "last",
    "kteer": "many", "ktir": "many", "kol": "all", "7aga": "thing", "haga": "thing", "bezabt": "exactly",
    "bgad": "really", "fe3lan": "really", "sa7": "true", "bas": "only", "islami": "Islamic", "islameya": "Islamic",
    "britani": "British", "amreeki": "American", "amreeka": "America", "entekhabat": "elections", "7ezb": "party",
    # birth, family, religion, nationality, origin
    "itwalad": "was born", "etwaladet": "was born", "itwaladit": "was born", "etwaldet": "was born",
    "twallad": "was born", "inwalad": "was born", "enwalad": "was born", "wlid": "was born", "5ele2": "was born",
    "khele2": "was born", "5le2": "was born", "khle2": "was born", "5el2et": "was born", "khel2et": "was born",
    "mawlood": "born", "mawloud": "born", "mawlud": "born", "milad": "birth", "milado": "his birth",
    "tare5": "date", "tari5": "date", "tarikh": "date", "tareekh": "date", "shahr": "month", "shahar": "month",
    "mrato": "his wife", "merato": "his wife", "mirato": "his wife", "mratu": "his wife", "marto": "his wife",
    "zoga": "wife", "zawja": "wife", "zogto": "his wife", "zoogto": "his wife", "zawgato": "his wife",
    "zawjato": "his wife", "zojto": "his wife", "gozha": "her husband", "zogha": "her husband",
    "zawjha": "her husband", "jozha": "her husband", "metgawez": "married", "mitgawez": "married",
    "metgawwez": "married", "mitgawwiz": "married", "metzawej": "married", "mitzawwij": "married",
    "mutazawwij": "married", "mjawwaz": "married", "etgawez": "got married", "itgawiz": "got married",
    "etgawwez": "got married", "tzawwaj": "got married", "tjawaz": "got married", "etgawezet": "got married",
    "wlad": "children", "awlad": "children", "3eyal": "children", "3iyal": "children", "3yal": "children",
    "atfal": "children", "wlado": "his children", "awlado": "his children", "wladoh": "his children",
    "3eyalo": "his children", "3yalo": "his children", "atfalo": "his children", "wladha": "her children",
    "awladha": "her children", "ebno": "his son", "ibno": "his son", "ebnaha": "her son", "bento": "his daughter",
    "binto": "his daughter", "banato": "his daughters", "ommo": "his mother", "immo": "his mother",
    "omo": "his mother", "abooh": "his father", "abuh": "his father", "abouh": "his father", "a5ooh": "his brother",
    "akhooh": "his brother", "a5oh": "his brother", "akhoh": "his brother", "o5to": "his sister",
    "okhto": "his sister", "ukhto": "his sister", "ahlo": "his family", "ahloh": "his family",
    "ahlaha": "her family", "3elto": "his family", "3ayelto": "his family", "3a2elto": "his family",
    "3ailto": "his family", "osra": "family", "usra": "family", "3eila": "family", "3a2ela": "family",
    "osrto": "his family", "usrato": "his family", "a2arebo": "his relatives", "2arayebo": "his relatives",
    "deen": "religion", "dino": "his religion", "deeno": "his religion", "dinoh": "his religion",
    "dinha": "her religion", "diyana": "religion", "diyano": "his religion", "eslam": "Islam",
    "moslem": "Muslim", "mosalem": "Muslim", "meslem": "Muslim", "mese7i": "Christian", "masi7i": "Christian",
    "mase7i": "Christian", "yahoodi": "Jewish", "yahudi": "Jewish", "aslam": "converted to Islam",
    "2aslam": "converted to Islam", "aslamet": "converted to Islam", "aslamit": "converted to Islam",
    "gensiya": "nationality", "ginseya": "nationality", "gensiyya": "nationality", "jinsiyye": "nationality",
    "jinsiyya": "nationality", "jensiya": "nationality", "jinsiya": "nationality", "gensito": "his nationality",
    "ginseyto": "his nationality", "gensiyto": "his nationality", "jinsiyto": "his nationality",
    "jensiyto": "his nationality", "jinsiyyato": "his nationality", "gensitha": "her nationality",
    "jinsiyyeta": "her nationality", "balad": "country", "balado": "his country", "baladha": "her country",
    # owners, buying, paying, money, pay
    "sa7b": "owner", "sa7ib": "owner", "sahib": "owner", "sa7beha": "its owner", "sa7bo": "its owner",
    "as7ab": "owners", "ashab": "owners", "mallak": "owners", "byemlek": "owns", "byemlok": "owns", "bimlok": "owns",
    "bimlik": "owns", "yemlek": "owns", "yimlok": "owns", "yimlik": "owns", "yamlik": "owns", "btemlek": "owns",
    "btimlok": "owns", "btimlik": "owns", "temlek": "owns", "timlok": "owns", "tamlik": "owns", "emtalak": "owned",
    "imtalak": "owned", "mamlooka": "owned", "mamlouka": "owned", "mamluka": "owned", "mamlook": "owned",
    "mulkeya": "ownership", "melkeya": "ownership", "milkiyye": "ownership", "milkiyya": "ownership",
    "eshtara": "bought", "ishtara": "bought", "eshtera": "bought", "ishtera": "bought", "shtara": "bought",
    "eshtaraha": "bought", "ishtaraha": "bought", "eshtarah": "bought", "ishtarah": "bought", "eshtaret": "bought",
    "ishtarit": "bought", "byeshtery": "buys", "bishtiri": "buys", "yeshtery": "buy", "yishtiri": "buy",
    "shira2": "purchase", "shera2": "purchase", "dafa3et": "paid", "dafa3it": "paid", "dafa3o": "paid",
    "dafa3u": "paid", "dafa3oo": "paid", "dafa3ha": "paid", "dafa3olo": "paid", "byedfa3": "pays",
    "bidfa3": "pays", "btedfa3": "pays", "btidfa3": "pays", "yedfa3": "pay", "yidfa3": "pay", "tedfa3": "pay",
    "tidfa3": "pay", "felous": "money", "flous": "money", "floos": "money", "fulus": "money", "fulous": "money",
    "masari": "money", "masaari": "money", "mablagh": "sum", "mablag": "sum", "taman": "price",
    "tamano": "its price", "tamanha": "its price", "se3r": "price", "si3r": "price", "se3ro": "its price",
    "si3ro": "its price", "se3rha": "its price", "taklefa": "cost", "taklifa": "cost", "taklofa": "cost",
    "kolfa": "cost", "taklefto": "its cost", "kallef": "cost", "kallaf": "cost", "kallefet": "cost",
    "kallafat": "cost", "kallafit": "cost", "dolar": "dollars", "dolarat": "dollars", "dollarat": "dollars",
    "geneh": "pounds", "gneih": "pounds", "ginih": "pounds", "esterlini": "pounds", "estarlini": "pounds",
    "malyoon": "million", "malyon": "million", "milyon": "million", "malayeen": "millions", "malayin": "millions",
    "mortab": "salary", "morattab": "salary", "murattab": "salary", "ratib": "salary", "rateb": "salary",
    "ma3ash": "salary", "mortabo": "his salary", "morattabo": "his salary", "ratbo": "his salary",
    "rateebo": "his salary", "ma3asho": "his salary", "mortabha": "her salary", "morattabha": "her salary",
    "ratebha": "her salary", "ma3ashha": "her salary", "dakhlo": "his income", "byekseb": "earns",
    "bikseb": "earns", "biksab": "earns",
    # agreeing, refusing, cooperating, handing over
    "wafe2": "agreed", "wafa2": "agreed", "wafe2et": "agreed", "wafa2et": "agreed", "wafa2it": "agreed",
    "wafa2o": "agreed", "wafa2u": "agreed", "wafe2o": "agreed", "ettafa2": "agreed", "ittafa2": "agreed",
    "etafa2": "agreed", "ywafe2": "agree", "ywafi2": "agree", "yewafe2": "agree", "twafe2": "agree",
    "twafi2": "agree", "bywafe2": "agrees", "biwafi2": "agrees", "mowaf2a": "agreement", "mwafa2a": "agreement",
    "muwafaqa": "agreement", "ettefa2": "agreement", "ittifa2": "agreement", "ettifa2": "agreement",
    "rafdet": "refused", "rafadit": "refused", "rafado": "refused", "rafadu": "refused", "rafdu": "refused",
    "rafd": "refusal", "birfod": "refuses", "btirfod": "refuses", "bterfod": "refuses", "terfod": "refuse",
    "tirfod": "refuse", "yirfod": "refuse", "et3awenet": "cooperated", "it3awanit": "cooperated",
    "t3awan": "cooperated", "ta3awan": "cooperated", "t3awanet": "cooperated", "t3awanu": "cooperated",
    "et3awno": "cooperated", "ta3awon": "cooperation", "ta3awun": "cooperation", "ta3aun": "cooperation",
    "tet3awen": "cooperate", "tit3awan": "cooperate", "sallem": "handed over", "sallam": "handed over",
    "sallemet": "handed over", "sallamat": "handed over", "sallemo": "handed over", "sallamo": "handed over",
    "ysallem": "hand over", "yesallem": "hand over", "tsallem": "hand over", "tesallem": "hand over",
    "hatsallem": "will hand over", "7atsallem": "will hand over", "2ebel": "accepted", "2ibil": "accepted",
    "qebel": "accepted", "2eblet": "accepted", "2iblit": "accepted",
    # time: how long, since, until, dates, times of day
    "modda": "time", "mudda": "time", "mudde": "time", "monz": "since", "munzu": "since",
    "mundu": "since", "le7ad": "until", "la7ad": "until", "l7ad": "until", "lehad": "until",
    "shohor": "months", "shhour": "months", "ashhor": "months", "sob7": "morning", "soba7": "morning",
    "dohr": "noon", "zohr": "noon", "masa2": "evening",
    # work
    "shoghl": "work", "sho8l": "work", "shughl": "work", "shoghlo": "his job", "sho8lo": "his job",
    "shoghlu": "his job", "shughlo": "his job", "shoglo": "his job", "shoghlaha": "her job", "sho8laha": "her job",
    "wazifa": "job", "wazeefa": "job", "wazife": "job", "wazifto": "his job", "wazeefto": "his job",
    "wazifeto": "his job", "wazifetha": "her job", "wazeefetha": "her job", "mehna": "profession",
    "mihna": "profession", "mehnto": "his profession", "mihnto": "his profession", "mehneto": "his profession",
    "byeshtaghal": "works", "beyeshtaghal": "works", "bishtighil": "works", "bishteghel": "works",
    "beyshta8al": "works", "byshta8al": "works", "bteshtaghal": "works", "btishtighil": "works",
    "shaghal": "works", "shaghghal": "works", "sha8al": "works", "shaghala": "works", "shaghghala": "works",
    "eshtaghal": "worked", "ishtaghal": "worked", "eshta8al": "worked", "ishta8al": "worked",
    "eshtaghalet": "worked", "ishtaghalit": "worked",
    # why: motives and reasons
    "dafe3": "motive", "dafi3": "motive", "dawafe3": "motives", "dawafi3": "motives", "dafe3o": "his motive",
    "dafi3o": "his motive", "dawafe3o": "his motives", "sabab": "reason", "asbab": "reasons",
    "sababo": "his reason",
    # contact: calls, talks, messages
    "kallem": "contacted", "kallim": "contacted", "kallemet": "contacted", "kallimit": "contacted",
    "kallemo": "contacted", "kallamo": "contacted", "kallimu": "contacted", "et2asal": "contacted",
    "ettasal": "contacted", "ittasal": "contacted", "itasal": "contacted", "etasal": "contacted",
    "twasal": "contacted", "tawasal": "contacted", "etwasal": "contacted", "rasal": "messaged",
    "rasalo": "messaged", "rasalet": "messaged", "rassal": "messaged", "rasalha": "messaged",
    "dardesh": "chatted", "dardash": "chatted", "ba3atet": "sent", "ba3atit": "sent", "b3at": "sent",
    "ba3ato": "sent", "ba3atu": "sent", "arsalat": "sent", "arsalet": "sent", "2arsal": "sent", "masig": "message",
    "maseg": "message", "mesej": "message", "masej": "message", "resayel": "messages", "rsayel": "messages",
    "rasail": "messages", "resalto": "his message", "risalto": "his message", "resaltu": "his message",
    "resayelo": "his messages", "rasayelo": "his messages", "rasa2elo": "his messages",
    "mo7tawa": "content", "mu7tawa": "content", "mo7tawayat": "contents", "mu7tawayat": "contents",
    # names
    "esmha": "her name", "esmaha": "her name", "ismha": "her name", "esmohom": "their names", "asami": "names",
    "asma2": "names", "zakar": "named", "zakaret": "named", "zakret": "named", "zakarit": "named",
    "zakaro": "named", "zakarha": "named", "sammet": "named", "sammat": "named", "ghayyar": "changed",
    "8ayyar": "changed", "ghayar": "changed", "gheyar": "changed", "ghayaret": "changed", "8ayar": "changed",
    "la2ab": "nickname", "la2abo": "his nickname", "kunya": "alias", "konya": "alias",
    # places: hospitals, units, prisons, mosques, where it came from
    "mostashfa": "hospital", "mustashfa": "hospital", "mestashfa": "hospital", "mostashfah": "hospital",
    "mustashfe": "hospital", "mosta4fa": "hospital", "mostashfayat": "hospitals", "we7da": "unit",
    "wi7de": "unit", "wehda": "unit", "wi7da": "unit", "we7dat": "unit of", "wi7det": "unit of",
    "segn": "prison", "sijn": "prison", "sagn": "prison", "7abs": "prison",
    "masged": "mosque", "masgid": "mosque", "masjed": "mosque", "game3": "mosque", "gami3": "mosque",
    "jame3": "mosque", "kenisa": "church", "kanisa": "church", "madrasa": "school", "madrase": "school",
    "gam3a": "university", "game3a": "university", "jam3a": "university", "jame3a": "university",
    "geh": "came", "gih": "came", "ija": "came", "eja": "came", "ijit": "came", "ijat": "came",
    "2aggar": "rented", "ajjar": "rented", "2ajjar": "rented", "2agarha": "rented", "ajjarha": "rented",
    "esta2garha": "rented", "ista2jarha": "rented", "esta2garo": "rented", "ista2jaro": "rented",
    "et2agar": "was rented", "it2ajjar": "was rented", "et2agaret": "was rented",
    "it2ajjarit": "was rented", "mesta2gara": "rented", "mista2jara": "rented", "mesta2gar": "rented",
    "mista2jar": "rented", "ma2goora": "rented", "ta2geer": "rental", "ta2jeer": "rental", "ta2jir": "rental",
    "ta2gir": "rental", "gabha": "got", "jabha": "got", "jabo": "got",
    # make, kind, way
    "marka": "brand", "markat": "brand", "markit": "brand", "marketha": "its brand", "markitha": "its brand",
    "marketo": "its brand", "modeel": "model", "moodeel": "model", "modil": "model", "tiraz": "model",
    "tari2a": "way", "taree2a": "way", "tari2et": "way of", "tariqa": "way", "tareeqa": "way",
    "osloob": "method", "uslub": "method",
    # others: besides, other than
    "gher": "besides", "ghair": "besides", "gheir": "besides", "ghir": "besides",
    # the police and the courts: known, watched, convicted, charged, released
    "ma3roof": "known", "ma3rouf": "known", "ma3ruf": "known", "ma3roofa": "known", "ma3roufa": "known",
    "mora2aba": "surveillance", "mura2aba": "surveillance", "moraqaba": "surveillance",
    "muraqaba": "surveillance", "mra2abe": "surveillance", "metra2ab": "under surveillance",
    "mitra2ab": "under surveillance", "mora2ab": "under surveillance", "mura2ab": "under surveillance",
    "ta7t": "under", "ta7at": "under", "sijil": "record", "segel": "record", "sigel": "record", "sejel": "record",
    "edana": "conviction", "idana": "conviction", "edanat": "convictions", "et7akam": "was sentenced",
    "it7akam": "was sentenced", "etdan": "was convicted", "itdan": "was convicted", "ettaham": "accused",
    "ittaham": "accused", "etaham": "accused", "itaham": "accused", "etteham": "charge", "ittiham": "charge",
    "tohma": "charge", "tuhma": "charge", "toham": "charges", "tuham": "charges", "mottaham": "accused",
    "muttaham": "accused", "mo7tagaz": "detained", "mu7tajaz": "detained", "mo7tagazeen": "detained",
    "e7tagaz": "detained", "i7tajaz": "detained", "e7tagazo": "detained", "i7tajazu": "detained",
    "et7agaz": "was detained", "it7ajaz": "was detained", "mo3ta2al": "detained", "mu3taqal": "detained",
    "mo3ta2aleen": "detained", "mu3ta2alin": "detained", "e3te2al": "arrest", "i3ti2al": "arrest",
    "i3tiqal": "arrest", "e3ta2alo": "arrested", "i3ta2alu": "arrested", "e3ta2alu": "arrested",
    "e3ta2alet": "arrested", "i3ta2alit": "arrested", "i3ta2al": "arrested", "et2abad": "was arrested",
    "it2abad": "was arrested", "etmasak": "was caught", "itmasak": "was caught", "masakooh": "caught",
    "masako": "caught", "masaku": "caught", "3aleh": "on him", "3aleih": "on him", "3alehom": "on them",
    "etafrag": "released", "et2afrag": "released", "it2afrag": "released", "afrag": "released",
    "2afrag": "released", "afrago": "released", "afragu": "released", "etsarra7": "was released",
    "itsarra7": "was released",
    # what happened in the end: finally, ever, yet, already, the outcome
    "akheeran": "finally", "akhiran": "finally", "a5eeran": "finally", "a5iran": "finally",
    "2akhiran": "finally", "2a5iran": "finally", "abadan": "ever", "2abadan": "ever", "khalas": "already",
    "5alas": "already", "5alass": "already", "khalass": "already", "lessa": "still", "lissa": "still",
    "lesa": "still", "natiga": "outcome", "nateega": "outcome", "nateeja": "outcome", "natija": "outcome",
    "entaha": "ended up", "entahet": "ended up", "entahat": "ended up", "ntahat": "ended up", "5elset": "ended up",
    "khelset": "ended up", "khilsit": "ended up", "2edro": "managed", "2idro": "managed", "2edret": "managed",
    "2idrit": "managed", "2eder": "managed", "2idir": "managed", "2edrou": "managed",
    # answers and statements
    "radet": "responded", "raddet": "responded", "radit": "responded", "raddit": "responded",
    "raddo": "responded", "raddu": "responded", "raddat": "responded", "radat": "responded",
    "rodood": "responses", "rudud": "responses", "rudood": "responses", "bayan": "statement",
    "bayaan": "statement", "tasree7": "statement", "tasri7": "statement", "tasree7at": "statements",
    "tasri7at": "statements", "3alla2": "commented", "3alla2et": "commented", "3alla2it": "commented",
    "ta3lee2": "comment", "ta3li2": "comment",
    # parties
    "hezb": "party", "7izb": "party", "hizb": "party", "a7zab": "parties", "ahzab": "parties", "7ezbo": "his party",
    "7izbo": "his party", "7ezbaha": "her party", "7izbha": "her party",
    # weapons, killing, shooting, stabbing, injuries, deaths
    "sela7": "weapon", "sila7": "weapon", "selah": "weapon", "silah": "weapon", "sla7": "weapon",
    "asle7a": "weapons", "asli7a": "weapons", "asl7a": "weapons", "sekina": "knife", "sikkine": "knife",
    "sikkeen": "knife", "sikkin": "knife", "sekkeena": "knife", "sakeena": "knife", "sakkina": "knife",
    "sakakin": "knives", "sakakeen": "knives", "mosaddas": "gun", "musaddas": "gun", "msaddas": "gun",
    "bondo2eya": "rifle", "bunduqiyya": "rifle", "bundu2iyye": "rifle", "rasas": "bullets", "rosas": "bullets",
    "rusas": "bullets", "2atalu": "killed", "2ataloh": "killed", "2atalooh": "killed", "2atalet": "killed",
    "2atalit": "killed", "qatal": "killed", "qatalo": "killed", "mawt": "death", "wafah": "death",
    "mato": "died", "matu": "died", "maatu": "died", "twaffa": "died", "etwaffa": "died", "itwaffa": "died",
    "etwafa": "died", "ta3nu": "stabbed", "ta3anu": "stabbed", "ta3anoh": "stabbed", "ta3anha": "stabbed",
    "ta3anit": "stabbed", "6a3an": "stabbed", "etta3an": "was stabbed", "itta3an": "was stabbed",
    "et6a3an": "was stabbed", "enta3an": "was stabbed", "inta3an": "was stabbed", "ta3na": "stabbing",
    "ta3nat": "stabbings", "da3as": "ran over", "dahaso": "ran over", "da3aso": "ran over",
    "etdahas": "was run over", "itda3as": "was run over", "etgara7o": "were injured", "itgara7": "was injured",
    "itgara7u": "were injured", "injara7": "was injured", "enjara7o": "were injured", "tjara7": "was injured",
    "etsab": "was injured", "itsab": "was injured", "etsabo": "were injured", "itsabu": "were injured",
    "ensab": "was injured", "insab": "was injured", "esaba": "injury", "isaba": "injury", "esabat": "injuries",
    "isabat": "injuries", "magrou7": "wounded", "magroo7": "wounded", "magro7": "wounded", "majrou7": "wounded",
    "majroo7": "wounded", "majro7": "wounded", "magro7een": "wounded", "magrou7een": "wounded",
    "majrou7in": "wounded", "majroo7een": "wounded",
    # penalties and fines
    "gharama": "penalty", "8arama": "penalty", "ghrama": "penalty", "gharame": "penalty",
    "gharamat": "fines", "8aramat": "fines", "3o2oba": "penalty", "3o2ooba": "penalty", "3u2uba": "penalty",
    "3oqoba": "penalty", "3uquba": "penalty", "3o2obat": "penalties", "3u2ubat": "penalties",
    "3oqobat": "penalties", "3uqubat": "penalties", "ye3a2eb": "punish", "y3a2eb": "punish",
    "hay3a2eb": "will punish", "et3a2ab": "was punished", "it3aqab": "was punished",
    # meetings
    "egtema3": "meeting", "egtima3": "meeting", "ejtema3": "meeting", "ejtima3": "meeting", "ijtima3": "meeting",
    "igtima3": "meeting", "egtma3": "meeting", "egtema3at": "meetings", "ijtima3at": "meetings",
    "ejtema3at": "meetings", "etgama3": "met", "egtama3": "met", "ejtama3": "met", "ijtama3": "met",
    "egtama3et": "met", "ijtama3it": "met", "2ablet": "met", "2abalet": "met", "2abilit": "met",
    "2ablo": "met", "2abalo": "met", "2abalu": "met", "hat2abel": "will meet", "7at2abel": "will meet",
    "hay2abel": "will meet", "7ay2abel": "will meet", "y2abel": "meet", "t2abel": "meet", "lo2a2": "meeting",
    "li2a2": "meeting", "2emma": "summit", "qimma": "summit",
    # resigning, being appointed, becoming
    "esta2al": "resigned", "ista2al": "resigned", "esta2alet": "resigned", "ista2alit": "resigned",
    "este2ala": "resignation", "isti2ala": "resignation", "istiqala": "resignation", "et3ayen": "was appointed",
    "it3ayyan": "was appointed", "et3aynet": "was appointed", "it3ayyanit": "was appointed",
    "3ayyeno": "appointed", "3ayyanu": "appointed", "3ayyenooh": "appointed", "ta3yeen": "appointment",
    "ta3yin": "appointment", "ba2et": "became", "ba2it": "became", "sarat": "became", "saret": "became",
    # first, last, previous
    "2awel": "first", "awwal": "first", "2awwal": "first", "awwel": "first", "2akher": "last", "2a5er": "last",
    "akheer": "last", "a5eer": "last", "akhira": "last", "2akhira": "last", "a5ira": "last", "akheera": "last",
    "a5eera": "last", "sabe2": "previous", "sabi2": "previous", "sabeq": "previous", "sabiq": "previous",
    "sab2a": "previous", "sabqa": "previous",
    # and the words around them: origin, action, times, took, negotiations, the case, how long it has been
    "asl": "origin", "aslo": "his origin", "aslaha": "her origin", "fe3l": "action", "fi3l": "action",
    "marra": "time", "marrat": "times", "akhadet": "took", "a5adet": "took", "akhdet": "took", "a5det": "took",
    "akhado": "took", "a5ado": "took", "akhadu": "took", "mofawdat": "negotiations", "mufawadat": "negotiations",
    "mofawadat": "negotiations", "2adeya": "case", "2adiyya": "case", "qadiya": "case", "qadeya": "case",
    "mawdoo3": "matter", "mawdou3": "matter", "mawdu3": "matter", "mo7akma": "trial", "mo7akama": "trial",
    "mu7akama": "trial", "ba2alo": "it has been", "ba2alha": "it has been", "ba2alhom": "it has been",
    "sarlo": "it has been", "sarlha": "it has been", "saarlo": "it has been", "saarilha": "it has been",
    "yekallef": "costs", "bikallef": "costs", "bykallef": "costs", "btkallef": "costs", "bitkallef": "costs",
    "maktoob": "written", "maktub": "written", "maktoub": "written", "mrat": "wife", "merat": "wife",
    # question words and pronouns as the idioms spell them, and "now"
    "miin": "who", "mnu": "who", "shou": "what", "eish": "what", "shinu": "what", "shino": "what", "weyn": "where",
    "ayna": "where", "emtah": "when", "emte": "when", "imte": "when", "aymta": "when", "eimta": "when", "lieh": "why",
    "leesh": "why", "3aleish": "why", "hwa": "he", "howwa": "he", "houwa": "he", "hiye": "she", "heyya": "she",
    "humme": "they", "hala2": "now", "halla2": "now", "hallaq": "now", "delwa2ti": "now", "dilwa2ti": "now",
    "delwa2t": "now", "dilwa2t": "now", "al7een": "now", "al7in": "now", "7alian": "now",
    # more verbs and nouns of the news
    "mitjawez": "married", "metjawez": "married", "mejawez": "married", "mjawaz": "married",
    "mitjawwez": "married", "metzawwej": "married", "hajma": "attack", "hajme": "attack", "hajmeh": "attack",
    "hujoom": "attack", "hojoom": "attack", "esta5demo": "used", "esta5demha": "used", "ista5damo": "used",
    "esta5damo": "used", "esta3melo": "used", "ista3malo": "used", "wara": "behind", "wara2": "behind",
    "kalam": "words",
    "etnaqal": "was taken to", "etna2al": "was taken to", "itna2al": "was taken to", "itnaqal": "was taken to",
    "hatedfa3": "will pay", "7atedfa3": "will pay", "hayedfa3": "will pay", "7ayedfa3": "will pay",
    "tsa3ed": "help", "tesa3ed": "help", "tsa3id": "help", "yefta7o": "open", "yifta7o": "open",
    "yefta7ha": "open", "tefta7o": "open", "3amalet": "did", "3amalit": "did", "3imlit": "did", "3emlet": "did",
    "5arag": "got out", "kharag": "got out", "5erej": "got out", "da5al": "entered", "dakhal": "entered",
    "d5al": "entered", "gensiyet": "nationality", "ginseyet": "nationality", "jinsiyyet": "nationality",
    "jinsiyet": "nationality", "wazira": "minister", "ettahamo": "accused", "ittahamu": "accused",
    "a5do": "took", "akhdo": "took", "a5adu": "took", "yeb2a": "becomes", "yib2a": "becomes",
    "hat3a2eb": "will punish", "7at3a2eb": "will punish", "ta3raf": "knows", "te3raf": "knows",
    "ti3raf": "knows", "ya3raf": "knows", "ye3rafo": "know",
    "et7agazo": "were detained", "it7ajazu": "were detained", "et7agazu": "were detained", "darab": "hit",
    "drab": "hit", "madina": "city", "madeena": "city", "madine": "city", "mudon": "cities", "beykallem": "talks to",
    "bykallem": "talks to", "biykallem": "talks to", "bitetkallem": "talks", "beyetkallem": "talks",
    "btetkallem": "talks", "byetkallem": "talks", "bitkallam": "talks", "hay3a2bo": "will they punish",
    "7ay3a2bo": "will they punish", "hat5od": "will get", "7at5od": "will get", "haya5od": "will get",
    "7aya5od": "will get", "hatakhod": "will get", "hayakhod": "will get", "hayeb2a": "will be",
    "7ayeb2a": "will be", "7aykoon": "will be", "3ayshin": "live", "3aysheen": "live", "sakneen": "live",
    "saknin": "live", "3arfah": "knows him", "3arfo": "knows him", "3arfaha": "knows her", "3arfa": "knows",
    "3arfeen": "know", "ra7o": "went to", "ra7u": "went to", "ra7et": "went to", "ra7it": "went to",
}
# particles and words of talk, left out: "ya" (vocative), "ya3ni" (I mean), "b2a" (so), "tayeb"
# (well), "wallahi", "habibi", "ma3lesh" (sorry), and Levantine "3am" before a verb (is -ing)
_ARABIZI_DROPPED = frozenset("""ya yaa ya3ni y3ni ya3ny yani b2a ba2a tayeb tayyeb tyb teyb yalla yallah wallah
    wallahi wallahy habibi 7abibi 7abeebi habibti ma3lesh ma3lsh m3lsh 3afwan shokran shukran 2olly 2oli 2olli 2ooli
    golli fahhemni 2asdi asdi tab3an inshallah insha2allah mashallah akhi a5i basha shabab ostaz aywa aiwa 3am
    ba2olak""".split())
# glossed words that are English words or short tokens of English questions too ("min", "mat",
# "rad", "ism", "gal", "jab", "hum", "mesh", "inn"): glossed only before a word of Arabizi or a name
_ARABIZI_SHARED = frozenset("""min mat rad ism gal hum mush mosh mesh mu ma lam inn en bi aw lil fen wen heya hiya
    jab gab zarf""".split())
# the words that show a question is in Arabizi: its glossed and dropped words that are no English
# ones (nor names: "Ana", "Nas", "Sana"), nor words of the other languages read
_ARABIZI_MARK = (frozenset(_ARABIZI) | _ARABIZI_DROPPED) - _ARABIZI_SHARED - frozenset(
    # English, a name or a short token: "eh", "ay", "ya", "wain", "Ana", "Nas", "Fe", "MN", "Li", "Daesh"
    # (the British word); "ya" is Hindi "or" and Spanish "already" too
    "eh ay ya yaa wain ana nas fe mn di dah le li bel fil wel bas sar gani daesh "
    # Spanish "el", Italian "il", "lakin"; German "kam" (came), "fein", "wein", "Telefon"; Hindi and Urdu "kam",
    # "kaam", "wala", "mumkin", "lazim", "qanoon", "wazir", "islami", "amreeka", "shakhs", "talab"; Tagalog
    # "sana", "wala"; Indonesian "sana", "makan", "masak", "ayam"; Hebrew "yom", "kol", "walla", "yalla", "wallah"
    "el il kam kaam fein wein telefon wala walla yalla yallah wallah wallahi wallahy inshallah insha2allah "
    "mashallah akhi a5i lakin mumkin lazim qanoon wazir wazeer islami tanzeem dalil amreeka amreeki sana makan "
    "masak ayam yom kol shakhs talab "
    # English "sahib", "moslem", "selah", "abadan", "konya", "madrasa", "tariqa"; Italian "mirato",
    # "risalto", "lessa"; Portuguese "bento", "tamanha", "rafado", "mato"; Spanish "dolar", "resalto", "lesa";
    # French "flous", "lissa", "rosas"; German "geh", "segel"; Polish "marka"; Malay "mesej"; Indonesian "taman",
    # "milad"; Tagalog "bayan"; Hindi and Urdu "shahar", "mudda", "ghair", "asami", "wazifa"; English "ASL",
    # "drab"; Spanish "marra"; German "lieh"; the Latin Russian "shou"; Malay "tarikh", "yahudi"; Turkish
    # "silah"; Norwegian "saret" (wounded); names ("Deen", "Eslam", "Sakeena", "Omo",
    # "Mundu")
    "sahib moslem selah abadan konya madrasa tariqa mirato risalto lessa bento tamanha rafado mato dolar "
    "resalto lesa flous lissa rasas rosas rusas geh segel marka mesej taman milad bayan shahar mudda ghair asami "
    "wazifa deen eslam sakeena omo mundu asl marra lieh shou drab tarikh yahudi silah saret".split())


# the verbs glossed (and a few English ones often typed among them), and their base forms after
# "did" or "does"
_ARABIZI_VERBS = {
    "said": "say", "wrote": "write", "happened": "happen", "killed": "kill", "died": "die", "stabbed": "stab",
    "shot": "shoot", "drove": "drive", "rented": "rent", "used": "use", "claimed": "claim", "wanted": "want",
    "demanded": "demand", "asked": "ask", "knew": "know", "found": "find", "opened": "open", "unlocked": "unlock",
    "sent": "send", "lived": "live", "arrested": "arrest", "caught": "catch", "did": "do", "responded": "respond",
    "answered": "answer", "cooperated": "cooperate", "refused": "refuse", "prevented": "prevent", "hid": "hide",
    "forced": "force", "attacked": "attack", "met": "meet", "published": "publish", "spoke": "speak",
    "talked": "talk", "took": "take", "won": "win", "resigned": "resign", "signed": "sign", "accused": "accuse",
    "declared": "declare", "helped": "help", "confirmed": "confirm", "paid": "pay", "got": "get", "want": "want",
    "say": "say", "denied": "deny", "voted": "vote", "protects": "protect", "says": "say", "wants": "want",
    "uses": "use", "lives": "live", "knows": "know", "does": "do", "talks": "talk", "refuses": "refuse",
    "demands": "demand", "cooperates": "cooperate", "happens": "happen",
    "became": "become", "bought": "buy", "buys": "buy", "agreed": "agree", "agrees": "agree", "converted": "convert",
    "owns": "own", "owned": "own", "earns": "earn", "earned": "earn", "cost": "cost", "costs": "cost", "came": "come",
    "comes": "come", "worked": "work", "works": "work", "named": "name", "mentioned": "mention",
    "contacted": "contact", "messaged": "message", "texted": "text", "chatted": "chat", "changed": "change",
    "managed": "manage", "accepted": "accept", "handed": "hand", "commented": "comment", "punished": "punish",
    "charged": "charge", "released": "release", "detained": "detain", "appointed": "appoint", "ran": "run",
    "pays": "pay", "ended": "end", "sentenced": "sentence", "entered": "enter", "went": "go", "live": "live",
    "hit": "hit", "talks": "talk",
}
# base forms, which take "to" after a verb of wanting ("3ayza te2ra": wants to read)
_ARABIZI_BASE = frozenset("""hand pay give buy rent meet resign agree
    read open unlock cooperate know use send say do help respond force prevent hide live
    drive cancel attack demand talk meet arrest catch""".split())
_ARABIZI_MODALS = frozenset("will can could must".split())
# what follows "was" in a passive ("the car was rented from where?")
_AR_PARTICIPLE = (r"(?:[a-z]+ed|born|shot|caught|sent|written|found|taken|known|paid|sold|held|hit|hurt|built|made|"
                  r"seen|given|run\s+over|bought|got)(?:\s+dead)?")
_AR_ASKED = r"who|what|when|where|why|how|how many|how much|how old|how long|from where|since when|until when|which"
# the subject of a clause: a name ("Amber Rudd", "WhatsApp") or "the" and a few words, none of
# them the start of a relative clause ("the officer that ...")
_AR_SUBJECT = (r"(?:he|she|they|(?:the|this|his|her)\s+"
               r"(?:(?!(?:that|who|which|what|was|is|were|are)\b)[\w'’-]+\s+){0,2}?"
               r"(?!(?:that|who|which|what|was|is|were|are)\b)[\w'’-]+"
               r"|[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})")


def _asked_as(wh: str, subject: str, verb: str, rest: str) -> str | None:
    """"wh did subject base rest": the question asked in English order, or None when ``verb`` is no
    verb known here."""
    low = verb.lower()
    if low not in _ARABIZI_VERBS:
        return None
    aux = "does" if low.endswith("s") else "do" if _ARABIZI_VERBS[low] == low and low not in ("cost", "hit") else "did"
    if low == "did" and rest.startswith(" not "):
        # "why Apple did not cooperate?": why did Apple not cooperate
        return re.sub(r"^\s+", "", f"{wh} did {subject}{rest}")
    if wh == "who" and low == "contacted":
        # (as English asks it: "who was Masood in touch with")
        return f"who was {subject} in touch with{rest}"
    if wh == "from where":
        # "where did Masood come from", "where did he buy the knife from"
        return f"where {aux} {subject} {_ARABIZI_VERBS[low]}{rest} from"
    return re.sub(r"^\s+", "", f"{wh} {aux} {subject} {_ARABIZI_VERBS[low]}{rest}")


def _asked(clause: str) -> str:
    """``clause``, a question glossed word for word, in English order where its pattern is clear."""
    # "where was born Khalid Masood?": where was Khalid Masood born
    m = re.match(r"^\s*(?P<wh>when|where|how|why|in\s+what\s+\w+)\s+(?P<c>was|were|is|are)\s+(?P<p>%s)\s+(?P<s>%s)"
                 r"(?P<r>.*)$" % (_AR_PARTICIPLE, _AR_SUBJECT), clause)
    if m:
        return f"{m.group('wh')} {m.group('c')} {m.group('s')} {m.group('p')}{m.group('r')}"
    # in English order already ("what did Rudd say about the encryption?")
    if re.match(r"^\s*(?:%s)\s+(?:did|does|do|is|was|are|were|will|can|could|has|have|had)\b" % _AR_ASKED, clause):
        return clause
    # "the article was in which newspaper?": in which newspaper was the article
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<c>was|is|were|are)\s+(?P<p>in|on|at|from|with|about|for|by)\s+"
                 r"(?P<w>(?:which|what)\s+\w+|who|whom|what)(?P<e>\s*[?.!]*)\s*$" % _AR_SUBJECT, clause)
    if m:
        return f"{m.group('p')} {m.group('w')} {m.group('c')} {m.group('s')}{m.group('e')}"
    # "Rudd from which party?": from which party is Rudd
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<p>from|in|of)\s+(?P<w>(?:which|what)\s+\w+)(?P<e>\s*[?.!]*)\s*$" % _AR_SUBJECT,
                 clause)
    if m:
        return f"{m.group('p')} {m.group('w')} is {m.group('s')}{m.group('e')}"
    # the question word asked last
    m = re.match(r"^\s*(?P<body>.+?)\s+(?P<wh>%s)(?P<end>\s*[?.!]*)\s*$" % _AR_ASKED, clause)
    if m and not re.match(r"(?:%s)\b" % _AR_ASKED, m.group("body")):
        body, wh, end = m.group("body"), m.group("wh"), m.group("end") or "?"
        # "the attacker was who?", "Masood was born where?"
        cop = re.match(r"^(?P<s>.+?)\s+(?P<c>was|is|were|are)(?:\s+(?P<p>%s))?$" % _AR_PARTICIPLE, body)
        if cop:
            participle = f" {cop.group('p')}" if cop.group("p") else ""
            if wh == "from where":
                # "the car was rented from where?": where was the car rented from (born: where was he born)
                source = "" if participle == " born" else " from"
                return f"where {cop.group('c')} {cop.group('s')}{participle}{source}{end}"
            return f"{wh} {cop.group('c')} {cop.group('s')}{participle}{end}"
        # "the new law will do what?"
        modal = re.match(r"^(?P<s>.+?)\s+(?P<m>%s)\s+(?P<v>\w+)(?P<r>.*)$" % "|".join(_ARABIZI_MODALS), body)
        if modal and modal.group("v") not in _ARABIZI_VERBS:
            return f"{wh} {modal.group('m')} {modal.group('s')} {modal.group('v')}{modal.group('r')}{end}"
        # "the attack happened when?", "Rudd wants access why?"; "who" only after a name ("Rudd
        # met who?"), as "the article wrote who?" asks who wrote it
        words = body.split()
        verbs = [k for k, w in enumerate(words) if w.lower() in _ARABIZI_VERBS]
        if verbs:
            k = verbs[0]
            subject = " ".join(words[:k])
            if k and re.fullmatch(_AR_SUBJECT, subject) and (wh != "who" or subject[:1].isupper()):
                rest = " ".join(words[k + 1:])
                return _asked_as(wh, subject, words[k], f" {rest}" if rest else "") + end
            return clause
        # "the headline of the article what?", "Masood how old?": no verb, so "is" (a name or a
        # noun and its owners only: "the Senate sawwat on the law when?" is left as it is)
        if wh == "how old":
            return f"{wh} {body}{end}"
        if wh == "how much" and re.fullmatch(_AR_SUBJECT, body):
            return f"how much is {body}{end}"
        # "Masood from where?": where is Masood from; "Rudd the Home Secretary since when?"
        if wh == "from where" and re.fullmatch(_AR_SUBJECT, body):
            return f"where is {body} from{end}"
        since = re.match(r"^(?P<s>%s)\s+(?P<r>.+)$" % _AR_SUBJECT, body)
        if wh in ("since when", "until when") and since:
            return f"{wh} is {since.group('s')} {since.group('r')}{end}"
        if wh in ("what", "who", "where", "which") and re.fullmatch(
                r"(?:(?:the|this|his|her)\s+|[A-Z])[\w'’-]*(?:\s+(?!(?:on|in|at|to|with|about|from|for|by)\b)"
                r"[\w'’-]+)*", body):
            return f"{wh} is {body}{end}"
        return clause
    # "Masood was how old when he died?"
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<c>was|is|were|are)\s+how\s+old\b(?P<r>.*)$" % _AR_SUBJECT, clause)
    if m:
        return f"how old {m.group('c')} {m.group('s')}{m.group('r')}"
    # "Masood from where rented the car?": where did Masood rent the car from
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<wh>from\s+where|when|where|why|how\s+much|how)\s+(?P<v>[\w'’-]+)"
                 r"(?P<r>(?:\s+[^?.!]*?)?)(?P<e>\s*[?.!]*)\s*$" % _AR_SUBJECT, clause)
    if m and not re.match(r"(?:many|much|old|long)\b", m.group("v")):
        asked = _asked_as(m.group("wh"), m.group("s"), m.group("v"), m.group("r"))
        if asked:
            return asked + m.group("e")
    # "why the attack was in London?", "the Home Secretary was who at the time of the attack?"
    m = re.match(r"^\s*(?P<wh>%s)\s+(?P<s>%s)\s+(?P<c>was|is|were|are)\b(?P<r>.*)$" % (_AR_ASKED, _AR_SUBJECT), clause)
    if m and m.group("wh") not in ("who", "what", "which"):
        return f"{m.group('wh')} {m.group('c')} {m.group('s')}{m.group('r')}"
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<c>was|is|were|are)\s+(?P<wh>who|what|where)\b(?P<r>.*)$" % _AR_SUBJECT, clause)
    if m:
        return f"{m.group('wh')} {m.group('c')} {m.group('s')}{m.group('r')}"
    # "what said Theresa May ...?", "when happened the attack?": the verb before its subject
    m = re.match(r"^\s*(?P<wh>what|when|where|why|how|how\s+much|from where|which\s+\w+)\s+(?P<v>[\w'’-]+)\s+"
                 r"(?P<s>%s)(?P<r>(?:\s+.*)?[?.!]*)\s*$" % _AR_SUBJECT, clause)
    if m and not (m.group("wh") == "what" and m.group("v").lower() in ("happened", "died", "happens", "killed")):
        asked = _asked_as(m.group("wh"), m.group("s"), m.group("v"), m.group("r"))
        if asked:
            return asked
    # "when the attack happened?", "why WhatsApp refused ...?", "what Rudd said ...?"
    m = re.match(r"^\s*(?P<wh>what|when|where|why|how|from where|which\s+\w+|(?:in|on|at|from|with|to)\s+(?:what|which)"
                 r"\s+\w+)\s+(?P<s>%s)\s+(?P<v>[\w'’-]+)(?P<r>(?:\s+.*)?[?.!]*)\s*$" % _AR_SUBJECT, clause)
    if m:
        asked = _asked_as(m.group("wh"), m.group("s"), m.group("v"), m.group("r"))
        if asked:
            return asked
    # "Rudd said what about WhatsApp?", "the police arrested how many people after the attack?"
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<v>[\w'’-]+)(?P<to>\s+(?:to\s+\w+|as))?\s+"
                 r"(?P<wh>what|which\s+\w+|how many\s+(?!(?:to|for|in|on|at|with|from|about)\b)\w+"
                 r"|how much(?:\s+money)?|who)\b"
                 r"(?P<r>.*)$" % _AR_SUBJECT, clause)
    if m and (m.group("wh") != "who" or m.group("s")[:1].isupper()):
        asked = _asked_as(m.group("wh"), m.group("s"), m.group("v"), (m.group("to") or "") + m.group("r"))
        if asked:
            return asked
    # asked last after a preposition: "the attack happened on what date?": on what date did the attack
    # happen; "the car was rented from which company?": from which company was the car rented
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<v>[\w'’-]+)(?P<o>(?:\s+(?!(?:on|in|at|from|with|to|about)\b)[\w'’-]+)*?)\s+"
                 r"(?P<p>on|in|at|from|with|to|about)\s+(?P<w>(?:what|which)\s+\w+)(?P<e>\s*[?.!]*)\s*$" % _AR_SUBJECT,
                 clause)
    if m and m.group("v") in ("was", "is", "were", "are") and re.fullmatch(r"\s+(?:%s)" % _AR_PARTICIPLE, m.group("o")):
        return f"{m.group('p')} {m.group('w')} {m.group('v')} {m.group('s')}{m.group('o')}{m.group('e')}"
    if m:
        asked = _asked_as(f"{m.group('p')} {m.group('w')}", m.group("s"), m.group("v"), m.group("o"))
        if asked:
            return asked + m.group("e")
    # "Masood sent message to who before the attack?": who did Masood send message to before the attack
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<v>[\w'’-]+)(?P<o>(?:\s+(?!to\b)[\w'’-]+){1,3}?)\s+to\s+(?:who|whom)\b"
                 r"(?P<r>.*)$" % _AR_SUBJECT, clause)
    if m and m.group("s")[:1].isupper():
        asked = _asked_as("who", m.group("s"), m.group("v"), f"{m.group('o')} to{m.group('r')}")
        if asked:
            return asked
    # "the officer was stabbed how many times?": how many times was the officer stabbed
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<c>was|is|were|are)\s+(?P<p>%s)\s+(?P<w>how\s+many\s+\w+|how\s+much)\b(?P<r>.*)$"
                 % (_AR_SUBJECT, _AR_PARTICIPLE), clause)
    if m:
        return f"{m.group('w')} {m.group('c')} {m.group('s')} {m.group('p')}{m.group('r')}"
    # a question word left in its place after the object: "the FBI opened the iPhone how without Apple?"
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<v>[\w'’-]+)\s+(?P<o>.*?)\s*\b(?P<wh>when|where|why|how)\b"
                 r"(?!\s+(?:many|much|old|long)\b)(?P<r>.*)$" % _AR_SUBJECT, clause)
    if m and m.group("v").lower() in _ARABIZI_VERBS and not any(
            w.lower() in _ARABIZI_VERBS for w in m.group("o").split()):
        asked = _asked_as(m.group("wh"), m.group("s"), m.group("v"), f" {m.group('o')}" if m.group("o") else "")
        return asked + m.group("r")
    # asked yes or no: "Masood was alone?", "Masood had a criminal record?"
    if clause.rstrip().endswith("?") and not re.search(r"\b(?:%s)\b" % _AR_ASKED, clause):
        # (an adverb before the verb goes after the subject: "Masood ever was arrested?", "the FBI
        # finally managed to open it?")
        m = re.match(r"^\s*(?P<s>%s)\s+(?:(?P<a>ever|finally|already|really|still)\s+)?"
                     r"(?P<v>was|is|were|are|had|has|will|can|could|must|%s|%s)\b(?P<r>.*)$"
                     % (_AR_SUBJECT, "|".join(sorted(_ARABIZI_VERBS, key=len, reverse=True)), _AR_PARTICIPLE), clause)
        adverb = f" {m.group('a')}" if m and m.group("a") else ""
        place = re.match(r"^\s*(?P<s>%s)\s+(?P<r>(?:from|in|at|with|against|for)\s+.*)$" % _AR_SUBJECT, clause)
        if not m and place:
            return f"is {place.group('s')} {place.group('r')}"
        if m and m.group("v") == "did" and m.group("r").startswith(" not "):
            return f"did {m.group('s')}{m.group('r')}"
        if m and m.group("v") in {"was", "is", "were", "are"} | _ARABIZI_MODALS:
            return f"{m.group('v')} {m.group('s')}{adverb}{m.group('r')}"
        if m and m.group("v").lower() not in _ARABIZI_VERBS and re.fullmatch(_AR_PARTICIPLE, m.group("v")):
            # "Masood known to MI5?", "Masood married?": is Masood known to MI5
            return f"is {m.group('s')}{adverb} {m.group('v')}{m.group('r')}"
        if m and m.group("v") in ("had", "has"):
            return f"{'did' if m.group('v') == 'had' else 'does'} {m.group('s')}{adverb} have{m.group('r')}"
        if m:
            asked = _asked_as("", m.group("s") + adverb, m.group("v"), m.group("r"))
            if asked:
                return asked
    return clause


def _arabizi_order(glossed: str) -> str:
    """An Arabizi question glossed word for word, in English order where the pattern is clear:
    a question word asked last put first ("the attacker was who?" → "who was the attacker?",
    "the attack happened when?" → "when did the attack happen?"), a subject after its verb put
    before it ("what said Theresa May?" → "what did Theresa May say?"), a yes-or-no question
    turned ("Masood was alone?" → "was Masood alone?"), "to" after a verb of wanting ("wants
    read" → "wants to read"), "not will" as "will not". Anything else as it is; a clause before a
    comma ("if WhatsApp refused, ...") stays first."""
    out = re.sub(r"\bnot\s+(will|can|could|must)\b", r"\1 not", glossed)
    out = re.sub(r"\bever\s+(was|were|is|are|had|has)\b", r"\1 ever", out)
    # "his job to Masood" (Levantine "shoghlo la Masood"): Masood's job
    out = re.sub(r"\b(?:his|her|their)\s+(job|religion|nationality|wife|husband|children|name|real\s+name|salary|age|"
                 r"family|party|motive|origin|profession)\s+(?:to|of)\s+"
                 r"((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)",
                 r"\2's \1", out)
    # "what his job?": what is his job
    out = re.sub(r"^(\s*(?:what|who|where|how much|how many))\s+(?=(?:his|her|their|its)\s)", r"\1 is ", out)
    out = re.sub(r"\b(people|victims|terrorists|others)\s+was\b", r"\1 were", out)
    out = re.sub(r"\bbe\s+not\b", "not be", out)
    out = re.sub(r"\b(wants?|wanted|refused|refuses?|demanded|asked|tried|agreed|decided|managed|forced\s+\w+)\s+"
                 r"(?=(?:%s)\b)" % "|".join(sorted(_ARABIZI_BASE)), r"\1 to ", out)
    m = re.match(r"^(.*[,;]\s+)(.+)$", out)
    asking = r"\b(?:%s)\b" % _AR_ASKED
    if m and re.search(asking, m.group(2)) and not re.search(asking, m.group(1)):
        return m.group(1) + _asked(m.group(2))
    return _asked(out)


class _Shown:
    """Whether a question shows Arabizi however few its marks (``Language.opening``, matched as a
    pattern is, but by looking its words up): a word of Arabizi typed with a digit for an Arabic
    sound ("et2abad", "3ando", "7asal"), which no English word is (nor are those of a digit and a
    letter or two, "3am", "2al", which English has: "3am", "2nd"); or a word of it and a question
    word the marks leave out as English or German ("fein", "kam", "eh") asked first or last, or
    "men fein" (from where) last ("Masood etwalad fein?", "eh rad fe3l Apple?", "Masood geh men
    fein?"); or a verb of it denied ("ma radetsh": did not respond)."""

    def match(self, question: str) -> bool:
        words = [w.lower() for w in re.findall(r"[\w'’-]+", question)]
        marked = [w for w in words if w in _ARABIZI_MARK]
        if any(re.search(r"[2-9]", w) and not re.fullmatch(r"\d[a-z]{1,2}", w) for w in marked) or any(
                w == "ma" and re.sub(r"(?:sh|ch)$", "", after) in _ARABIZI_MARK for w, after in zip(words, words[1:])):
            return True
        return bool(words) and (bool(marked) and (words[0] in _AR_LAST_ASKED or words[-1] in _AR_LAST_ASKED)
                                or len(words) > 2 and words[-2] in ("men", "min", "mn") and words[-1] in _AR_LAST_ASKED)


_AR_LAST_ASKED = frozenset("fein feen fen wein ween wen wain eh eih kam kaam cham".split())

ARABIZI = Language(_ARABIZI_IDIOMS, _ARABIZI, _ARABIZI_DROPPED, _ARABIZI_MARK, reorder=_arabizi_order,
                   shared=_ARABIZI_SHARED, opening=_Shown())
