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
# adjectives, which follow their noun in Arabic ("2anoon gedid": new law)
_AR_ADJECTIVES = ("gedid|gdeed|gdid|jdeed|jdid|jadid|jadeed|gedida|gdeeda|gedeeda|jdide|jdideh|jadida|jdeede|"
                  "tany|tani|tanyeen|tanyin|akhar|a5ar|2akhar|okhra|o5ra|ukhra|serri|sirri|serry|serreya|"
                  "sirriye|sirriya|sereya|moshaffar|mushaffar|moshafar|mushafar|mshaffar|moshaffara|"
                  "mushaffara|kebir|kbeer|kbir|kabeer|soghayar|zghir|sghir|erhabi|irhabi|erhaby|erhabeya|"
                  "irhabiyye|irhabiya|islami|eslami|islameya|eslameya|islamiyya|amreeki|amriki|amrikani|"
                  "amrekani|britani|baritani|britaniya|adeem|2adim|2adeem|mashhoor|mashhur")
# nouns that take a following adjective without "el" ("sherka amrikiya", "law gedid")
_AR_NOUNS = ("nas|naas|2anoon|2anon|2anun|qanoon|qanun|2awanin|2awaneen|qawanin|sherka|shirka|sherkat|sharika|"
             "sharikat|tatbee2|tatbi2|tatbeeq|tatbiq|hagma|hajma|hogoom|3arabeya|3arabiya|sayyara|sayara|resala|risala|"
             "rasayel|rasa2el|gama3a|jama3a|tanzeem|tanzim|wazir|wazeer|wazeera|ma2al|maqal|ma2ala|maqala|"
             "mobayl|telefon|tashfeer|ezn|izn|2ezn|law|laws|app|apps|phone|warrant|attack|car|message|"
             "messages|group|company|companies|article|encryption|government|minister|service|services")
# nouns that own what follows them ("3enwan el ma2al": the headline of the article)
_AR_OWNED = ("esm|ism|sherkat|shirkat|sharikat|rasayel|rasa2el|rasayil|3enwan|3onwan|3nwan|3unwan|kateb|katib|"
             "kaateb|ra2ees|ra2is|2anoon|2awanin|3adad|yom|youm|wa2t|makan|mkan|ma7al|mokhabarat|mo5abarat|"
             "5adamat|khadamat|tashfeer|sa7eb|sa7ib|saheb|mo2alef|telefon|mobayl|7okomet|asami|asamy|"
             "da7aya|dahaya|3omr|3umr")
# an article, alone or joined to a preposition ("lel": to the): what follows is no owned noun
_AR_NOT_AFTER_ARTICLE = "".join(rf"(?<!\b{a}\s)" for a in "el il al lel lil fel fil bel bil 3al mel wel the".split())
# verbs that follow another ("3ashan yefta7": to open)
_AR_VERBS_TO = ("yefta7|yifta7|tefta7|tifta7|ye2ra|yi2ra|te2ra|y2ro|yeb3at|yet3awen|yit3awan|tet3awen|y3awen|ysa3ed|"
                "ye3raf|yerfod|yesta5dem|y2ool|ye3mel|yemna3")
# verbs that carry their object ("el article katbo meen?": who wrote the article?)
_AR_VERBS_IT = ("katbo|katabo|katabu|katbu|katabha|katbaha|2alo|2alha|2atalo|2atalu|2atalha|ta3ano|ta3anoh|"
                "3amalo|3amlo|3emlo|3amalha|nasharo|nasharha|sa2ha|fata7o|fata7ha|ba3ato|ba3atha|etbannaha")


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
    (r"\b(?:sawabe2|sawabeq|sawabi2|sabe2a|sabi2a)(?:\s+(?:gena2eya|jina2iyya|gina2iya|egrameya|ijramiyya))?\b",
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
    (r"\b(?:fel|fil|fl|f\s+el|fi\s+el|fi\s+l|fe\s+el)[\s-]*(?:2?akh[ie]r|2?a5[ie]r|nehaya|nihaya)\b"
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
    # question idioms: how old, what happened, what kind, the name, how many people, how long ...
    (r"\b(?:(kan|kanet|kanit|kaan|kant)\s+)?(?:3and(?:o|u|oh|aha|ha)|3[ou]mr(?:o|u|oh|aha|ha)?|senn(?:o|aha|ha))\s+"
     r"(?:kam|kaam|cham|addesh|2addesh|adesh|2ad\s+eh|ad\s+eh)"
     r"(?:\s+(?:sana|sanah|sene|seneh|sneen|snin|seneen|3am))?\b",
     _how_old),
    (r"\b(?:kam|kaam|cham|addesh|2addesh|adesh|2ad\s+eh|shu|sho|eh)\s+3[ou]mr(?:o|u|oh|aha|ha)?\b", "how old"),
    (r"\b(?:kam|kaam|cham)\s+(?:sana|sene|seneh)\s+3and(?:o|u|oh|aha|ha)\b", "how old"),
    (r"\b(?:kan|kanet|kanit|kaan)\s+3and(?:o|u|oh|aha|ha|hom|ohom)\b", "had"),
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
    (r"^(\s*)(?:(?:hal|howa)\s+)?(?:fi|fe|fee|feeh|fih)\s+(?!(?:el|il|al|l)\b|(?-i:[A-Z]))", r"\1is there "),
    (r"\b(?:kan|kaan|kanet)\s+(?:fi|fe|fee|feeh|fih)\b"
     r"(?!\s+(?:el|il|al|l|anhi|anho|anhu|ayya|ay|ayy)\b|\s+(?-i:[A-Z]))",
     "was there"),
    (r"\b(2abad|2abado|2abadu|abado|2abdo|qabad|qabado|et2abad|it2abad|itqabad)\s+"
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
    # Gulf "min" opening a question is "who"; elsewhere it is "from"
    (rf"^(\s*)(?:min|mn)\b(?!\s+(?:{_AR_WHERE}|el|il|al)\b)", r"\1who"),
    (rf"^(\s*)(.+?)\s+({_AR_VERBS_IT})\s+(?:{_AR_WHO}){_AR_END}", r"\1meen \3 \2"),
    # "law" is "if" only where English has no law: opening a clause before its subject or verb
    (r"(^\s*|[,;]\s*|\b(?:and|w|wa|bas|tab|tayeb|ya3ni|fa|eh|eih|shu|leh|emta|haye3mel|7aye3mel|hay7sal|7ay7sal)"
     r"\s+)"
     r"law(?=\s+(?:(?-i:[A-Z])|howa|heya|homma|e7na|ana|enta|inta|kan|kanet|fi|ma|mesh|msh|mafish|el|il)\b)",
     r"\1if"),
    (r"(?<!\bthe\s)(?<!\bel\s)(?<!\bil\s)(?<!\ba\s)(?<!\bnew\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwhat\s)"
     r"\blaw(?=\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?(?:rafad\w*|2al\w*|kan|kanet|ma|mesh|msh|mish|mafish|7asal|sar|"
     r"et3awen\w*|it3awan\w*|fata7\w*|3amal\w*|wafe2\w*|3ayez|3ayza|biddo|baddo|biddha|baddha)\b)", "if"),
    # Arabic order put in English order: "el 2anoon el gedid", "2anoon gedid": the new law
    (rf"\b(el|il|al|lel|lil|fel|fil|bel|bil|3al|wel)(?:\s+|-)([\w'’-]+)\s+(?:el|il|al)(?:\s+|-)"
     rf"({_AR_ADJECTIVES})\b",
     r"\1 \3 \2"),
    (rf"\b({_AR_NOUNS})\s+({_AR_ADJECTIVES})\b", r"\2 \1"),
    (r"\b(el|il|al|bel|bil|fel|fil|lel|lil|3al)(?:\s+|-)([\w'’-]+)\s+(?-i:da|dah|di|dih|dee|dol|dool)\b",
     _this),
    (r"\b(?:el|il|al)(?:\s+|-)([\w'’-]+)\s+(bta3o|bta3to|bta3ha|bta3etha|taba3o|taba3ha|bta3hom)\b", r"\2 \1"),
    # (a noun after an article, "el 3enwan el gedid", "lel rasayel", owns nothing)
    (rf"{_AR_NOT_AFTER_ARTICLE}\b({_AR_OWNED})\s+(?:el|il|al)(?:\s+|-)(?=[\w'’])", r"the \1 of the "),
    (rf"{_AR_NOT_AFTER_ARTICLE}(?<!\banhi\s)(?<!\banho\s)(?<!\bay\s)(?<!\bayya\s)(?<!\bkam\s)"
     r"\b(rasayel|rasa2el|rasayil|sherkat|3enwan|kateb|mo2alef|telefon|mobayl|sa7eb|3omr|3adad)"
     r"\s+(?=(?-i:[A-Z])(?!(?-i:[A-Z]+\b)))", r"the \1 of "),
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
    "3ash": "lived", "3ayesh": "living", "sakan": "lived", "saken": "living", "sakin": "living",
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
    "masak ayam yom kol shakhs talab".split())


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
}
# base forms, which take "to" after a verb of wanting ("3ayza te2ra": wants to read)
_ARABIZI_BASE = frozenset("""read open unlock cooperate know use send say do help respond force prevent hide live
    drive cancel attack demand talk meet arrest catch""".split())
_ARABIZI_MODALS = frozenset("will can could must".split())
_AR_ASKED = r"who|what|when|where|why|how|how many|how much|how old|how long|from where|which"
# the subject of a clause: a name ("Amber Rudd", "WhatsApp") or "the" and a few words, none of
# them the start of a relative clause ("the officer that ...")
_AR_SUBJECT = (r"(?:(?:the|this|his|her)\s+(?:(?!(?:that|who|which|what)\b)[\w'’-]+\s+){0,2}?"
               r"(?!(?:that|who|which|what)\b)[\w'’-]+"
               r"|[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})")


def _asked_as(wh: str, subject: str, verb: str, rest: str) -> str | None:
    """"wh did subject base rest": the question asked in English order, or None when ``verb`` is no
    verb known here."""
    low = verb.lower()
    if low not in _ARABIZI_VERBS:
        return None
    aux = "does" if low.endswith("s") else "do" if _ARABIZI_VERBS[low] == low else "did"
    return re.sub(r"^\s+", "", f"{wh} {aux} {subject} {_ARABIZI_VERBS[low]}{rest}")


def _asked(clause: str) -> str:
    """``clause``, a question glossed word for word, in English order where its pattern is clear."""
    # in English order already ("what did Rudd say about the encryption?")
    if re.match(r"^\s*(?:%s)\s+(?:did|does|do|is|was|are|were|will|can|could|has|have|had)\b" % _AR_ASKED, clause):
        return clause
    # "the article was in which newspaper?": in which newspaper was the article
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<c>was|is|were|are)\s+(?P<p>in|on|at|from|with|about|for|by)\s+"
                 r"(?P<w>(?:which|what)\s+\w+|who|whom|what)(?P<e>\s*[?.!]*)\s*$" % _AR_SUBJECT, clause)
    if m:
        return f"{m.group('p')} {m.group('w')} {m.group('c')} {m.group('s')}{m.group('e')}"
    # the question word asked last
    m = re.match(r"^\s*(?P<body>.+?)\s+(?P<wh>%s)(?P<end>\s*[?.!]*)\s*$" % _AR_ASKED, clause)
    if m and not re.match(r"(?:%s)\b" % _AR_ASKED, m.group("body")):
        body, wh, end = m.group("body"), m.group("wh"), m.group("end") or "?"
        # "the attacker was who?", "Masood was born where?"
        cop = re.match(r"^(?P<s>.+?)\s+(?P<c>was|is|were|are)(?:\s+(?P<p>born|killed|arrested|injured|stabbed|"
                       r"shot|caught|detained))?$", body)
        if cop:
            participle = f" {cop.group('p')}" if cop.group("p") else ""
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
        if wh in ("what", "who", "where", "which") and re.fullmatch(
                r"(?:(?:the|this|his|her)\s+|[A-Z])[\w'’-]*(?:\s+(?!(?:on|in|at|to|with|about|from|for|by)\b)"
                r"[\w'’-]+)*", body):
            return f"{wh} is {body}{end}"
        return clause
    # "why the attack was in London?", "the Home Secretary was who at the time of the attack?"
    m = re.match(r"^\s*(?P<wh>%s)\s+(?P<s>%s)\s+(?P<c>was|is|were|are)\b(?P<r>.*)$" % (_AR_ASKED, _AR_SUBJECT), clause)
    if m and m.group("wh") not in ("who", "what", "which"):
        return f"{m.group('wh')} {m.group('c')} {m.group('s')}{m.group('r')}"
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<c>was|is|were|are)\s+(?P<wh>who|what|where)\b(?P<r>.*)$" % _AR_SUBJECT, clause)
    if m:
        return f"{m.group('wh')} {m.group('c')} {m.group('s')}{m.group('r')}"
    # "what said Theresa May ...?", "when happened the attack?": the verb before its subject
    m = re.match(r"^\s*(?P<wh>what|when|where|why|how|from where|which\s+\w+)\s+(?P<v>[\w'’-]+)\s+"
                 r"(?P<s>%s)(?P<r>(?:\s+.*)?[?.!]*)\s*$" % _AR_SUBJECT, clause)
    if m and not (m.group("wh") == "what" and m.group("v").lower() in ("happened", "died", "happens", "killed")):
        asked = _asked_as(m.group("wh"), m.group("s"), m.group("v"), m.group("r"))
        if asked:
            return asked
    # "when the attack happened?", "why WhatsApp refused ...?", "what Rudd said ...?"
    m = re.match(r"^\s*(?P<wh>what|when|where|why|how|from where|which\s+\w+)\s+(?P<s>%s)\s+"
                 r"(?P<v>[\w'’-]+)(?P<r>(?:\s+.*)?[?.!]*)\s*$" % _AR_SUBJECT, clause)
    if m:
        asked = _asked_as(m.group("wh"), m.group("s"), m.group("v"), m.group("r"))
        if asked:
            return asked
    # "Rudd said what about WhatsApp?", "the police arrested how many people after the attack?"
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<v>[\w'’-]+)(?P<to>\s+to\s+\w+)?\s+"
                 r"(?P<wh>what|which\s+\w+|how many\s+(?!(?:to|for|in|on|at|with|from|about)\b)\w+|who)\b"
                 r"(?P<r>.*)$" % _AR_SUBJECT, clause)
    if m and (m.group("wh") != "who" or m.group("s")[:1].isupper()):
        asked = _asked_as(m.group("wh"), m.group("s"), m.group("v"), (m.group("to") or "") + m.group("r"))
        if asked:
            return asked
    # a question word left in its place after the object: "the FBI opened the iPhone how without Apple?"
    m = re.match(r"^\s*(?P<s>%s)\s+(?P<v>[\w'’-]+)\s+(?P<o>.*?)\s*\b(?P<wh>when|where|why|how)\b"
                 r"(?!\s+(?:many|much|old|long)\b)(?P<r>.*)$" % _AR_SUBJECT, clause)
    if m and m.group("v").lower() in _ARABIZI_VERBS and not any(
            w.lower() in _ARABIZI_VERBS for w in m.group("o").split()):
        asked = _asked_as(m.group("wh"), m.group("s"), m.group("v"), f" {m.group('o')}" if m.group("o") else "")
        return asked + m.group("r")
    # asked yes or no: "Masood was alone?", "Masood had a criminal record?"
    if clause.rstrip().endswith("?") and not re.search(r"\b(?:%s)\b" % _AR_ASKED, clause):
        m = re.match(r"^\s*(?P<s>%s)\s+(?P<v>was|is|were|are|had|has|[\w'’-]+)\b(?P<r>.*)$" % _AR_SUBJECT, clause)
        if m and m.group("v") in ("was", "is", "were", "are"):
            return f"{m.group('v')} {m.group('s')}{m.group('r')}"
        if m and m.group("v") in ("had", "has"):
            return f"{'did' if m.group('v') == 'had' else 'does'} {m.group('s')} have{m.group('r')}"
        if m:
            asked = _asked_as("", m.group("s"), m.group("v"), m.group("r"))
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
    out = re.sub(r"\b(people|victims|terrorists|others)\s+was\b", r"\1 were", out)
    out = re.sub(r"\bbe\s+not\b", "not be", out)
    out = re.sub(r"\b(wants?|wanted|refused|refuses?|demanded|asked|tried|agreed|decided|managed|forced\s+\w+)\s+"
                 r"(?=(?:%s)\b)" % "|".join(sorted(_ARABIZI_BASE)), r"\1 to ", out)
    m = re.match(r"^(.*[,;]\s+)(.+)$", out)
    asking = r"\b(?:%s)\b" % _AR_ASKED
    if m and re.search(asking, m.group(2)) and not re.search(asking, m.group(1)):
        return m.group(1) + _asked(m.group(2))
    return _asked(out)


ARABIZI = Language(_ARABIZI_IDIOMS, _ARABIZI, _ARABIZI_DROPPED, _ARABIZI_MARK, reorder=_arabizi_order, shared=_ARABIZI_SHARED)
