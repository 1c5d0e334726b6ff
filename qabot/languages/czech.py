"""Czech (and Slovak) mixed into English questions, read in English.

Czechs and Slovaks type the frame of a question in their language and the story's names and things
in English ("Kdo rekl that WhatsApp is a secret place?", "Kolik let bylo the attacker?", "Co řekla
Rudd o WhatsAppu?"), with diacritics or without (chat drops them: "proc", "rekl", "clanek"). Czech
has no articles, declines nouns (a name too: "o WhatsAppu", "Masoodovi", "Ruddová") and orders its
words freely: the question word comes first, often followed by the verb and then the subject ("co
řekla Rudd": what did Rudd say), which ``_czech_order`` puts back in English order.
"""
from __future__ import annotations

import re

from . import Language

# the verbs, in their past, present and infinitive forms, none an English word: also what makes
# "to" and "on" before them Czech pronouns ("kdo to napsal": who wrote it; "co on řekl": what he said)
_CZECH_VERBS = {
    # saying and writing
    "řekl": "said", "rekl": "said", "řekla": "said", "rekla": "said", "řekli": "said", "rekli": "said",
    "říká": "says", "rika": "says", "říkal": "said", "rikal": "said", "říkala": "said", "rikala": "said",
    "prohlásil": "declared", "prohlasil": "declared", "tvrdí": "claims", "tvrdi": "claims", "tvrdil": "claimed",
    "napsal": "wrote", "napsala": "wrote", "napsali": "wrote", "píše": "writes", "pise": "writes", "psal": "wrote",
    "mluvil": "spoke", "mluvila": "spoke", "říct": "say", "rict": "say", "nazval": "called",
    "odpověděl": "answered", "odpovedel": "answered", "odpověděla": "answered", "odpovedela": "answered",
    "reagoval": "responded",
    # happening, killing and dying ("se stal" is became: "stal se teroristou")
    "stalo": "happened", "zabil": "killed", "zabila": "killed", "zabili": "killed", "zabito": "killed",
    "přežil": "survived", "prezil": "survived", "zemřel": "died", "zemrel": "died", "zemřela": "died",
    "zemrela": "died", "zemřeli": "died", "zemreli": "died", "zemřelo": "died", "zemrelo": "died", "umřel": "died",
    "umrel": "died", "zahynul": "died", "zastřelil": "shot", "zastrelil": "shot", "zastřelen": "shot",
    "zastrelen": "shot", "pobodal": "stabbed", "ubodal": "stabbed", "bodl": "stabbed", "zranil": "injured",
    "trval": "lasted", "trvalo": "lasted", "konvertoval": "converted", "zaútočil": "attacked",
    "zautocil": "attacked",
    # the car
    "řídil": "drove", "ridil": "drove", "jel": "drove", "najel": "drove into", "vjel": "drove into",
    "přejel": "ran over", "prejel": "ran over", "pronajal": "rented", "pronajala": "rented", "použil": "used",
    "pouzil": "used", "použila": "used", "pouzila": "used", "použili": "used", "pouzili": "used", "používá": "uses",
    "pouziva": "uses", "používají": "use", "pouzivaji": "use",
    # claiming, wanting, asking
    "přihlásil": "claimed", "prihlasil": "claimed", "chce": "wants", "chtějí": "want", "chteji": "want",
    "chtěl": "wanted", "chtel": "wanted", "chtěla": "wanted", "chtela": "wanted", "chtěli": "wanted",
    "chteli": "wanted", "nechce": "does not want", "požaduje": "demands", "pozaduje": "demands",
    "požadoval": "demanded", "pozadoval": "demanded", "požadovala": "demanded", "pozadovala": "demanded",
    "požádal": "asked", "pozadal": "asked",
    # knowing, finding, reading, opening, sending
    "věděl": "knew", "vedel": "knew", "věděla": "knew", "vedela": "knew", "věděli": "knew", "vedeli": "knew",
    "zná": "knows", "zna": "knows", "znal": "knew", "znala": "knew", "našel": "found", "nasel": "found",
    "našli": "found", "nasli": "found", "zjistil": "found out", "číst": "read", "cist": "read", "otevřít": "open",
    "otevrit": "open", "odemknout": "unlock", "odemkl": "unlocked", "poslal": "sent", "poslala": "sent",
    "poslali": "sent",
    # living, being born, arrest, acting
    "žil": "lived", "zil": "lived", "bydlel": "lived", "žije": "lives", "zije": "lives", "bydlí": "lives",
    "bydli": "lives", "pochází": "comes from", "pochazi": "comes from", "narodil": "born", "narodila": "born",
    "zatkla": "arrested", "zatkli": "arrested", "zatčen": "arrested", "zatcen": "arrested", "zatčeni": "arrested",
    "zatceni": "arrested", "jednal": "acted", "odsouzen": "convicted", "zaplatil": "paid", "zaplatila": "paid",
    "převzal": "took", "prevzal": "took",
    # cooperating, refusing, preventing, hiding, forcing
    "spolupracovat": "cooperate", "spolupracuje": "cooperates", "spolupracují": "cooperate",
    "spolupracuji": "cooperate", "spolupracoval": "cooperated", "spolupracovali": "cooperated",
    "spolupracovaly": "cooperate", "odmítl": "refused", "odmitl": "refused", "odmítla": "refused",
    "odmitla": "refused", "odmítli": "refused", "odmitli": "refused", "odmítá": "refuses", "odmita": "refuses",
    "odmítají": "refuse", "odmitaji": "refuse", "odmítne": "refuses", "odmitne": "refuses", "zabránit": "prevent",
    "zabranit": "prevent", "zabránil": "prevented", "zabranil": "prevented", "skrývají": "hide", "skryvaji": "hide",
    "donutit": "force", "zakázat": "ban", "zakazat": "ban",
    # doing, having, needing, coming, voting
    "udělal": "did", "udelal": "did", "dělal": "did", "delal": "did", "udělala": "did", "udelala": "did",
    "pomoct": "help", "pomoci": "help", "udělat": "do", "udelat": "do", "dostal": "got", "mají": "have",
    "maji": "have", "mít": "have", "mit": "have", "udělá": "will do", "udela": "will do", "setká": "will meet",
    "setka": "will meet", "setkala": "met", "potřebuje": "needs", "potrebuje": "needs", "hlasoval": "voted",
    "hlasovali": "voted", "vyhrál": "won", "vyhral": "won",
    # can, must, will
    "může": "can", "muze": "can", "mohl": "could", "mohla": "could", "musí": "must", "musi": "must",
    "nemůže": "cannot", "nemuze": "cannot", "bude": "will", "budou": "will",
    # to be
    "je": "is", "jsou": "are", "byl": "was", "byla": "was", "bylo": "was", "byli": "were", "není": "is not",
    "neni": "is not", "nebyl": "was not", "nebyla": "was not", "nebylo": "was not",
    # Slovak
    "povedal": "said", "napísal": "wrote", "napisal": "wrote", "zomrel": "died", "chcel": "wanted", "bol": "was",
}
_VERB = "|".join(sorted(_CZECH_VERBS, key=len, reverse=True))
# nouns that own the next one in the genitive ("autor článku": the author of the article), and
# those genitives (of the nouns the story asks about; others are too like other cases to tell)
_HEADS = ("jméno jmeno jména jmena autor autora autorem autorka autorkou titulek titulku nadpis název nazev "
          "názvu nazvu věk vek věku veku auto auta autem oběti obeti obětí telefon telefonu člen clen členem "
          "clenem konci začátku zacatku mluvčí mluvci vůdce vudce agentura agentury").split()
_GENITIVES = (r"článku|clanku|útoku|utoku|útočníka|utocnika|pachatele|pořadu|poradu|rozhovoru|policisty|"
              r"policie|vlády|vlady|zákona|zakona|firmy|společnosti|spolecnosti|aplikace|skupiny|organizace|"
              r"strany|isl[áa]msk\w+")
_DAYS = r"pond[ěe]l[íi]|[úu]ter[ýy]|st[řr]edu|[čc]tvrtek|p[áa]tek|sobotu|ned[ěe]li"

_CZECH_IDIOMS = [(re.compile(p, re.I), plain) for p, plain in [
    # age: "kolik let bylo útočníkovi", "kolik mu bylo let", "kolik měl Masood let"
    (r"\bkolik\s+mu\s+(?:bylo|je)\s+let\b", "how old was he"),
    (r"\bkolik\s+j[íi]\s+(?:bylo|je)\s+let\b", "how old was she"),
    (r"\bkolik\s+let\s+(?:mu\s+|j[íi]\s+)?(?:bylo|byl[ao]?|m[ěe]l[ao]?)\b", "how old was"),
    (r"\bkolik\s+let\s+(?:mu\s+|j[íi]\s+)?(?:je|m[áa])\b", "how old is"),
    (r"\bkolik\s+(?:bylo|m[ěe]l[ao]?)\s+((?:[\w'’-]+\s+){1,3}?)let\b", r"how old was \1"),
    (r"\bkolik\s+(?:je|m[áa])\s+((?:[\w'’-]+\s+){1,3}?)let\b", r"how old is \1"),
    (r"\bko[ľl]ko\s+rokov\s+(?:mal[ao]?|bol[ao]?)\b", "how old was"), (r"\bko[ľl]ko\s+rokov\b", "how many years"),
    (r"\bkolik\s+let\b", "how many years"), (r"\bjak\s+star(?:ý|y|á|a|é|e)\b", "how old"),
    (r"\bp[řr]ed\s+(\w+)\s+lety\b", r"\1 years ago"), (r"\b(\d+)\s+let\b", r"\1 years"),
    (r"\bbylo\s+mu\b", "was he"), (r"\bbylo\s+j[íi]\b", "was she"),
    # "kolik lidí bylo zraněno": how many people were injured; "se narodil": was born
    (r"\b(kolik(?:\s+[\w'’-]+)?)\s+bylo\b", r"\1 were"),
    (r"\bse\s+narodil[ai]?\b|\bnarodil[ai]?\s+se\b", "was born"),
    # names ("jak se jmenoval útočník": what was the name of the attacker)
    (r"\b(?:jak\s+se|ako\s+sa)\s+(?:jmenuje|vol[áa])(?=\s+\w)", "what is the name of"),
    (r"\b(?:jak\s+se|ako\s+sa)\s+(?:jmenoval|volal)[aoi]?(?=\s+\w)", "what was the name of"),
    (r"\b(?:jak\s+se|ako\s+sa)\s+(?:jmenuje|vol[áa])\b", "what is his name"),
    (r"\b(?:jak\s+se|ako\s+sa)\s+(?:jmenoval|volal)[aoi]?\b", "what was his name"),
    # happening
    (r"\b(?:co|čo)\s+(?:se|sa)\s+(?:to\s+)?stalo\b", "what happened"), (r"\bco\s+se\s+d[ěe]je\b", "what is happening"),
    (r"\b(?:(?:se|sa)\s+to|to\s+(?:se|sa))\s+stalo\b", "did it happen"), (r"\b(?:se|sa)\s+stalo\b", "happened"),
    (r"\bdo[šs]lo\s+ke?\b", "happened"), (r"\bst[áa]l[aoi]?\s+za\b", "was behind"),
    # "to" is a pronoun before a verb, an object after the question word ("kdo to napsal": who wrote it),
    # else a subject ("že to je": that it is); "on" before a verb is he
    (r"\b(kdo|co|kto|čo)\s+(?:(je|byl[aoi]?)\s+to|to\s+(je|byl[aoi]?))(?=\s+\w)",
     lambda m: f"{m.group(1)} {m.group(2) or m.group(3)}"),
    (r"\b(je|byl[aoi]?|bude)\s+to\b", r"\1 it"),
    (r"^(\s*(?:kdo|co|pro[čc]|kdy|kde|jak|kto|čo|pre[čc]o|kedy)\s+)to\s+(%s)\b" % _VERB, r"\1\2 it"),
    (r"\bto\s+(?=(?:%s)\b)" % _VERB, "it "), (r"^(\s*(?:%s))\s+to\b(?=\s+(?-i:[A-Z]))" % _VERB, r"\1 it"),
    (r"\bto\s+(?=(?:auto|m[íi]sto|jm[ée]no|vozidlo)\b)", "the "),
    (r"^(\s*(?:kdo|co|pro[čc]|kdy|kde|jak)\s+)to\b", r"\1"), (r"\bon\s+(?=(?:%s)\b)" % _VERB, "he "),
    # "a" is "and" before a question word ("a proč") and between two names ending a clause ("Rudd a
    # Trump?"), but the English article before a name ("a WhatsApp message", "a British citizen")
    (r"\ba\s+(?=(?:kdo|co|kdy|kde|pro[čc]|jak|kolik|jak[ýyáaéeo]u?|kter[ýyáaée]|kam|odkud|kto|čo|kedy|pre[čc]o|"
     r"ako|ko[ľl]ko)\b)", "and "),
    (r"\b((?-i:[A-Z])[\w'’-]*)\s+a\s+(?=(?-i:[A-Z])[\w'’-]*\s*(?:[?.!,]|$|(?:%s)\b))" % _VERB, r"\1 and "),
    # "ten attacker" is the attacker, "ten people" ten people
    (r"\bten\s+(?=(?-i:[a-z]+)(?<!s)\b)(?!(?:people|police|men|women|children|of|or|and|to|more|other|new|times|"
     r"thousand|hundred|million|percent|per)\b)", "the "),
    # claims, records, offices, things of the story
    (r"\bp[řr]evzal[aiy]?\s+(?:z)?odpov[ěe]dnost\b", "claimed responsibility"),
    (r"\bp[řr]ihl[áa]sil[aiy]?\s+se\s+ke?\b|\bse\s+p[řr]ihl[áa]sil[aiy]?\s+ke?\b", "claimed"),
    (r"\bz[áa]znam\w*\s+v\s+trestn\w*\s+rejst[řr][íi]k\w*", "criminal record"),
    (r"\b(?:trestn|krimin[áa]ln)\w*\s+(?:rejst[řr][íi]k|minulost)\w*", "criminal record"),
    (r"\b(%s)\s+(?=(?:%s)\b)" % ("|".join(_HEADS), _GENITIVES), r"\1 of the "),
    (r"\bisl[áa]msk\w*\s+st[áa]t\w*", "Islamic State"), (r"\bisl[áa]msk\w*", "Islamic"),
    (r"\bministr(?:yn[ěei]|a|em|ovi)?\s+vnitra\b", "Home Secretary"), (r"\bministerstv\w*\s+vnitra\b", "Home Office"),
    (r"\bwestminstersk\w*\s+most\w*|\bwestminster\s+most\w*", "Westminster Bridge"),
    (r"\bna\s+most\b", "onto the bridge"), (r"\bse?\s+(?:t[íi]m\s+)?autem\b", "with the car"),
    (r"\bb[íi]l(?:ý|y|ého|eho|ém|em)\s+d(?:ů|u|o)m\w*", "White House"),
    (r"\bdoln[íi]\s+sn[ěe]movn\w*", "House of Commons"), (r"\bnejvy[šs]\w*\s+soud\w*", "Supreme Court"),
    (r"\bexekutivn\w*\s+(?:p[řr][íi]kaz|na[řr][íi]zen)\w*", "executive order"),
    (r"\bzdravotn\w*\s+p[ée][čc]\w*", "healthcare"), (r"\bsoudn\w*\s+(?:p[řr][íi]kaz|povolen)\w*", "warrant"),
    (r"\b(?:tajn|zpravodajsk)\w*\s+slu[žz]\w*", "intelligence services"),
    (r"\bbezpe[čc]nostn\w*\s+slu[žz]\w*", "security services"),
    (r"\btechnologick\w*\s+(?:fir(?:m|em)|spole[čc]nost)\w*", "tech companies"),
    (r"\bkoncov\w*\s+[šs]ifrov\w*", "end-to-end encryption"),
    (r"\b(?:tiskov|zpravodajsk)\w*\s+agentur\w*", "news agency"),
    (r"\bbritsk(?:ý|y|á|a|é|e|ého|eho|ou|ém|em|ých|ych|ým|ym)\b", "British"),
    (r"\bamerick(?:ý|y|á|a|é|e|ého|eho|ou|ém|em|ých|ych|ým|ym)\b", "American"),
    # the asking: "z jakého důvodu" is why, "jaký druh" what kind of, "v kolik" at what time, "odkud
    # byl Masood" where was Masood from, "čí" (typed "ci", also "or") whose opening a question
    (r"\bz\s+jak[ée]ho\s+d[ůu]vodu\b", "why"), (r"\bjak(?:ý|y|é|e|á|a|ou)\s+(?:druh|typ)u?\b", "what kind of"),
    (r"\bv\s+kolik(?:\s+hodin)?\b", "at what time"), (r"\bjak\s+dlouho\b", "how long"),
    (r"\bjak\s+daleko\b", "how far"), (r"\bjak\s+[čc]asto\b", "how often"), (r"\bs\s+k[ýy]m\b", "with whom"),
    (r"\bodkud\s+(?:(byl[aoi]?|poch[áa]zel[aoi]?)|je|poch[áa]z[íi])\s+(.+?)(\s*[?.!]*)$",
     lambda m: f"where {'was' if m.group(1) else 'is'} {m.group(2)} from{m.group(3)}"),
    (r"^(\s*)(?:čí|ci)\b", r"\1whose"), (r",\s*(?:který|ktery|která|ktera|kteří|kteri)\b", ", who"),
    (r"\bna\s+konci\b", "at the end"), (r"\bv\s+roce\b", "in"), (r"\bve?\s+(?=(?:%s)\b)" % _DAYS, "on "),
    (r"\bje\s+pravda\b", "is it true"), (r"\b(?:m[ěe]l[aoi]?\s+by|by\s+m[ěe]l[aoi]?)\b", "should"),
    (r"\b(?:mohl[aoi]?\s+by|by\s+mohl[aoi]?)\b", "could"), (r"\baby\s+mohl[aoi]?\b", "to"),
    (r"\bspole[čc]n[ée]ho\s+se?\b", "to do with"),
    # "že" typed "ze" is "that" after a verb of saying or a comma, "from" elsewhere
    (r"(,\s*|\b(?:rekl[ai]?|napsal[ai]?|tvrdi|tvrdil[ai]?|vedel[ai]?|pravda|mysli|uvedl[ai]?)\s+)ze\b", r"\1that"),
    # words of talk: "zajímá mě" (I wonder), "nevíte" (do you know), "řekni mi" (tell me)
    (r"\bzaj[íi]m[áa]\s+m[ěe]\b", "I wonder"), (r"\bnev[íi](?:te|[šs])\b", "do you know"),
    (r"\b[řr]ekn(?:i|ěte|ete)\s+mi\b", "tell me"), (r"\bdobr[ýy]\s+den\b", ""),
    (r"\bm[ůu][žz]e(?:te|[šs])\s+mi\s+[řr][íi]c[ti]\b", "can you tell me"),
    # lower case only: "Sam", "Jen" are names ("jednal sam": acted alone)
    (r"(?-i:\bjen\b)", "only"), (r"\b((?:jednal|byl|konal)[aoi]?\s+(?:[\w'’-]+\s+){0,2}?)(?-i:sam)\b", r"\1alone"),
    # a name in Czech case or form: "Ruddová" (Rudd), "Masoodovi" (to Masood), "Masoodův" (Masood's),
    # "o WhatsAppu", "z iPhonu"; "Apple v. FBI" is versus
    (r"\b((?-i:[A-Z])\w+?)ová\b", r"\1"), (r"\b((?-i:[A-Z])\w+)ův\b", r"\1's"),
    (r"\b((?-i:[A-Z])[a-z]{2,})ovi\b", r"\1"), (r"\b(WhatsApp|Facebook|Telegram|Twitter)(?:u|em)\b", r"\1"),
    (r"\biPhon(?:u|em|y)\b", "iPhone"), (r"\bAppl(?:u|em)\b", "Apple"), (r"(?<=\w)\s+v\.(?=\s)", " vs."),
]]

_CZECH = {
    **_CZECH_VERBS,
    # asking, in its cases ("koho", "čem", "jakou", "kterého") and typed without accents
    "kdo": "who", "koho": "whom", "komu": "to whom", "kým": "by whom", "kym": "by whom", "co": "what",
    "čeho": "what", "ceho": "what", "čemu": "what", "cemu": "what", "čem": "what", "cem": "what", "čím": "what",
    "cim": "what", "čí": "whose", "kdy": "when", "kde": "where", "kam": "where", "odkud": "where", "proč": "why",
    "proc": "why", "jak": "how", "kolik": "how many", "kolikrát": "how many times", "kolikrat": "how many times",
    "jaký": "what", "jaky": "what", "jaká": "what", "jaka": "what", "jaké": "what", "jake": "what", "jakou": "what",
    "jakého": "what", "jakeho": "what", "jakém": "what", "jakem": "what", "který": "which", "ktery": "which",
    "která": "which", "ktera": "which", "které": "which", "ktere": "which", "kterou": "which", "kterého": "which",
    "ktereho": "which", "kterém": "which", "kterem": "which", "kteří": "which", "kteri": "which",
    # Slovak asking
    "kto": "who", "čo": "what", "kedy": "when", "prečo": "why", "preco": "why", "ako": "how", "koľko": "how many",
    "kolko": "how many", "aký": "what", "aky": "what",
    # prepositions (Czech has no articles: "ten", "ta", "ty" are this, that, the)
    "v": "in", "ve": "in", "na": "on", "do": "to", "z": "from", "ze": "from", "k": "to", "ke": "to", "s": "with",
    "o": "about", "od": "from", "po": "after", "před": "before", "pred": "before", "za": "for", "pro": "for",
    "při": "during", "pri": "during", "mezi": "between", "proti": "against", "bez": "without",
    "podle": "according to", "kvůli": "because of", "kvuli": "because of", "během": "during", "behem": "during",
    "přes": "through", "kolem": "around", "ohledně": "about", "ohledne": "about", "u": "at", "ten": "the",
    "ta": "the", "tu": "the", "ty": "the", "toho": "that", "té": "the", "tím": "the", "tento": "this",
    "tato": "this", "tuto": "this", "toto": "this", "tohle": "this",
    # pronouns, possessives, somebody and nobody
    "já": "I", "ja": "I", "mě": "me", "ona": "she", "oni": "they", "ho": "him", "mu": "him", "jí": "her",
    "ji": "her", "jeho": "his", "její": "her", "jeji": "her", "jejich": "their", "svůj": "his own",
    "svuj": "his own", "svou": "his own", "své": "his own", "sve": "his own", "vlastní": "own", "vlastni": "own",
    "někdo": "anyone", "nekdo": "anyone", "někoho": "anyone", "nekoho": "anyone", "něco": "anything",
    "neco": "anything", "nikdo": "nobody", "nic": "nothing", "všichni": "all", "vsichni": "all",
    # joining, negation, time and place
    "nebo": "or", "či": "or", "ci": "or", "ale": "but", "že": "that", "protože": "because", "protoze": "because",
    "když": "when", "kdyz": "when", "jestli": "whether", "pokud": "if", "aby": "that", "ne": "not",
    "nikdy": "never", "jako": "as", "tam": "there", "teď": "now", "dnes": "today", "pak": "then", "potom": "then",
    "poté": "after that", "pote": "after that", "předtím": "before", "predtim": "before", "už": "already",
    "uz": "already", "nakonec": "in the end", "přesně": "exactly", "těsně": "just", "tesne": "just",
    "presne": "exactly", "opravdu": "really", "skutečně": "really", "skutecne": "really", "fakt": "really",
    "jenom": "only", "pouze": "only", "sám": "alone", "sama": "alone",
    # verbs that are typed as English words ("ma" mother, "mel" Mel), none of them a mark
    "má": "has", "ma": "has", "měl": "had", "mel": "had", "měla": "had", "mela": "had", "měli": "had",
    "meli": "had", "ví": "knows", "vi": "knows",
    # the story: the attack, the attacker, the police, the bridge, the car, the dead, Islam
    "útok": "attack", "utok": "attack", "útoku": "attack", "utoku": "attack", "útokem": "attack",
    "utokem": "attack", "útoky": "attacks", "utoky": "attacks", "atentát": "attack", "atentat": "attack",
    "útočník": "attacker", "utocnik": "attacker", "útočníka": "attacker", "utocnika": "attacker",
    "útočníkovi": "attacker", "utocnikovi": "attacker", "útočníkem": "attacker", "utocnikem": "attacker",
    "pachatel": "perpetrator", "pachatele": "perpetrator", "policie": "police", "policii": "police",
    "policií": "police", "policista": "police officer", "policisty": "police officer",
    "policistovi": "police officer", "policistů": "police officers", "policistu": "police officer",
    "policisté": "police officers", "policiste": "police officers", "mostě": "bridge", "moste": "bridge",
    "mostu": "bridge", "auto": "car", "auta": "car", "autem": "with the car", "koncové": "end-to-end",
    "koncove": "end-to-end", "kriminální": "criminal", "kriminalni": "criminal", "minulost": "past",
    "vozidlo": "vehicle", "chodci": "pedestrians", "chodce": "pedestrians", "chodců": "pedestrians",
    "chodcu": "pedestrians", "lidé": "people", "lide": "people", "lidí": "people", "lidi": "people", "muž": "man",
    "občan": "citizen", "obcan": "citizen", "islámu": "Islam", "islamu": "Islam", "oběti": "victims",
    "obeti": "victims", "obětí": "victims", "mrtvých": "dead", "mrtvych": "dead", "zraněných": "injured",
    "zranenych": "injured", "zranění": "injured", "zraneni": "injured", "zraněno": "injured", "zraneno": "injured",
    "nůž": "knife", "nuz": "knife", "nožem": "knife", "nozem": "knife", "zbraň": "weapon", "zbran": "weapon",
    # years, days, time
    "rok": "year", "roku": "year", "roky": "years", "věk": "age", "vek": "age", "věku": "age", "veku": "age",
    "den": "day", "dne": "day", "týden": "week", "tyden": "week", "týdne": "week", "tydne": "week",
    "neděle": "Sunday", "nedele": "Sunday", "neděli": "Sunday", "nedeli": "Sunday", "středa": "Wednesday",
    "streda": "Wednesday", "středu": "Wednesday", "stredu": "Wednesday", "čas": "time", "cas": "time",
    "hodin": "hours", "minut": "minutes", "minuty": "minutes",
    # the article and the programme
    "jméno": "name", "jmeno": "name", "jména": "name", "jmena": "name", "článek": "article", "clanek": "article",
    "článku": "article", "clanku": "article", "titulek": "headline", "titulku": "headline", "nadpis": "headline",
    "název": "title", "nazev": "title", "autor": "author", "autora": "author", "autorem": "author",
    "autorka": "author", "autorkou": "author", "novinář": "journalist", "novinar": "journalist",
    "pořad": "programme", "porad": "programme", "pořadu": "programme", "poradu": "programme",
    "rozhovor": "interview", "rozhovoru": "interview",
    # the government and its laws
    "vláda": "government", "vlada": "government", "vlády": "government", "vlady": "government",
    "vládu": "government", "vladu": "government", "ministr": "minister", "ministryně": "minister",
    "ministryne": "minister", "zákon": "law", "zakon": "law", "zákona": "law", "zakona": "law", "zákonu": "law",
    "zakonu": "law", "zákony": "laws", "zakony": "laws", "povolení": "permission", "povoleni": "permission",
    "zatykač": "arrest warrant", "zatykac": "arrest warrant",
    # the messages, the apps, the companies
    "zpráva": "message", "zprava": "message", "zprávy": "messages", "zpravy": "messages", "zprávu": "message",
    "zpravu": "message", "zprávě": "message", "zprave": "message", "zpráv": "messages", "zprav": "messages",
    "zprávám": "messages", "zpravam": "messages", "aplikace": "app", "aplikaci": "app", "firmy": "companies",
    "firem": "companies", "společnost": "company", "spolecnost": "company", "společnosti": "company",
    "spolecnosti": "company", "služby": "services", "sluzby": "services", "bezpečnost": "security",
    "bezpecnost": "security", "důkazy": "evidence", "dukazy": "evidence", "skupina": "group", "skupiny": "group",
    "agentura": "agency", "voják": "soldier", "vojak": "soldier", "telefon": "phone", "telefonu": "phone",
    "mobil": "phone", "šifrování": "encryption", "sifrovani": "encryption", "zašifrované": "encrypted",
    "zasifrovane": "encrypted", "šifrované": "encrypted", "sifrovane": "encrypted", "šifrovaný": "encrypted",
    "sifrovany": "encrypted", "šifrovaným": "encrypted", "sifrovanym": "encrypted", "tajné": "secret",
    "tajne": "secret", "tajný": "secret", "tajny": "secret", "místo": "place", "misto": "place",
    "terorista": "terrorist", "teroristé": "terrorists", "teroriste": "terrorists", "teroristů": "terrorists",
    "teroristu": "terrorists", "teroristy": "terrorists", "teroristický": "terrorist", "teroristicky": "terrorist",
    "obálka": "envelope", "obalka": "envelope", "obálce": "envelope", "obalce": "envelope", "přístup": "access",
    "pristup": "access", "přístupu": "access", "pristupu": "access", "nový": "new", "novy": "new", "nová": "new",
    "nova": "new", "nové": "new", "nove": "new", "nových": "new", "novych": "new", "jiné": "other", "jine": "other",
    "další": "other", "dalsi": "other", "odpověď": "answer", "odpoved": "answer", "pravda": "true",
    "společného": "in common", "spolecneho": "in common", "reakce": "reaction", "ráno": "morning",
    "rano": "morning", "odpovědnost": "responsibility", "odpovednost": "responsibility", "trestní": "criminal",
    "trestni": "criminal", "trestním": "criminal", "trestnim": "criminal", "rejstříku": "record",
    "rejstriku": "record", "londýn": "London", "londyn": "London", "londýně": "London", "londyne": "London",
    # US politics
    "prezident": "president", "prezidenta": "president", "volby": "election", "voleb": "election",
    "strana": "party", "strany": "party", "republikáni": "Republicans", "republikani": "Republicans",
    "demokraté": "Democrats", "demokrate": "Democrats", "kongres": "Congress", "senátu": "Senate",
    "senatu": "Senate", "hlasování": "vote", "hlasovani": "vote", "hlasů": "votes", "hlasu": "votes",
    "rusko": "Russia", "rusku": "Russia", "ruska": "Russia", "parlamentu": "parliament", "senát": "Senate",
    "senat": "Senate", "zákaz": "ban", "zakaz": "ban", "pan": "Mr", "paní": "Ms", "pani": "Ms",
    # Slovak words of the story
    "článok": "article", "clanok": "article", "ľudí": "people", "ludi": "people", "polícia": "police",
}
# words of talk, left out: "prosím" (please), "vlastně" (actually), "prý" (they say), "se", "si"
_CZECH_DROPPED = frozenset("""se si sa prosím prosim teda tedy vlastně vlastne vůbec vubec jo hele ahoj čau cau díky
    diky děkuji dekuji děkuju dekuju prý pry prej přece prece totiž totiz třeba treba právě prave zrovna ještě
    jeste tak asi vole kámo kamo tě te mi""".split())
# the words glossed only before a word of Czech or a name: "ten článek" (the article), "do Londýna" (to
# London), "u Westminster", but "ten people", "do you", "did u know", "pan out" ("a" and "i", "and" and
# "also", are glossed by the idioms only: "a WhatsApp message", "I do" are English)
_CZECH_SHARED = frozenset("u do ten ta den pro pan".split())
# the words that show a question is in Czech: the words glossed and left out, less the single letters
# (prepositions), the words of English ("ale", "ma", "mel", "tam", "pry", "vole", "nic", "mu", "auto", "mobil",
# "vi", "jake": "Jake Tapper" opening a question would show Czech twice), of German ("ja", "fakt", "telefon",
# "autor", "mit"), Spanish, Italian and French ("ne", "mi", "se", "si", "te", "tu", "ci", "ve", "poté", "nove",
# "autora"), Portuguese ("já", "má", "cem", "nova", "polícia"), Hindi ("na", "ke", "jo", "ho", "tak", "pani", "ji",
# "kam") and Tagalog ("ako", "po", "sa"), and chat's "ty" (thank you)
_CZECH_MARK = (frozenset(_CZECH) | _CZECH_DROPPED) - _CZECH_SHARED - frozenset(
    """v z k s o ale ma mel mela tam pry vole nic mu auto mobil vi jake ja fakt telefon autor ne mi se si te tu ci
    ve poté pote nove autora já má cem polícia nova mit na ke jo ho tak pani ji kam ako po sa ty co""".split())
# "co" (what) shows Czech only opening a question: "whatsapp and co" is English
_CZECH_OPENING = re.compile(r"^\s*co\s+(?=\w)", re.I)


# the verbs glossed, their bare forms, and the auxiliary that asks with them ("did" itself is
# left out: "co udělal Masood" is "what did Masood" and needs its "do" only, ``_czech_order``)
_CZECH_BARE = {
    **{past: (bare, "did") for past, bare in [
        ("said", "say"), ("stated", "state"), ("declared", "declare"), ("claimed", "claim"), ("wrote", "write"),
        ("spoke", "speak"), ("called", "call"), ("answered", "answer"), ("responded", "respond"),
        ("happened", "happen"), ("killed", "kill"), ("died", "die"), ("shot", "shoot"), ("stabbed", "stab"),
        ("injured", "injure"), ("attacked", "attack"), ("drove into", "drive into"), ("drove", "drive"),
        ("ran over", "run over"), ("rented", "rent"), ("used", "use"), ("wanted", "want"),
        ("demanded", "demand"), ("asked", "ask"), ("knew", "know"), ("found out", "find out"),
        ("found", "find"), ("unlocked", "unlock"), ("sent", "send"), ("lived", "live"), ("arrested", "arrest"),
        ("acted", "act"), ("cooperated", "cooperate"), ("refused", "refuse"), ("prevented", "prevent"),
        ("got", "get"), ("had", "have"), ("took", "take"), ("converted", "convert"), ("lasted", "last"),
        ("voted", "vote"), ("won", "win"), ("met", "meet"), ("paid", "pay"), ("survived", "survive")]},
    **{present: (bare, "does") for present, bare in [
        ("says", "say"), ("claims", "claim"), ("writes", "write"), ("uses", "use"), ("wants", "want"),
        ("demands", "demand"), ("knows", "know"), ("lives", "live"), ("cooperates", "cooperate"),
        ("refuses", "refuse"), ("has", "have"), ("needs", "need")]},
    **{bare: (bare, "do") for bare in ["use", "want", "demand", "cooperate", "refuse", "have", "hide"]},
}
_BARE_VERB = "|".join(sorted(map(re.escape, _CZECH_BARE), key=len, reverse=True))
# who or what may be the subject next to the verb: a name ("Amber Rudd", "Home Secretary", "FBI"; a
# name like "WhatsApp" or "FBI" ends it: "použil Masood WhatsApp"), or a noun of the story that acts
_SUBJECT = (r"(?:the\s+)?(?:(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][a-z'’.-]+))*|police officers?|police|attackers?|"
            r"perpetrator|government|minister|author|journalist|tech companies|companies|company|"
            r"intelligence services|security services|terrorists?|soldier|group|news agency|agency|president|"
            r"Republicans|Democrats|attack|article|law)(?![\w'’-])")
# the things a "what ..." or "which ..." asks for, which are not the subject ("jaké auto řídil útočník":
# what car did the attacker drive), unlike "která firma odmítla Apple" (which company refused Apple)
_THINGS = (r"(?:(?:new|other|secret)\s+)?(?:car|vehicle|phone|app|law|laws|message|messages|knife|article|headline|"
           r"programme|show|interview|name|day|time|weapon)")
_ASKED = r"what|when|where|why|how long|how|whom"


def _to_infinitive(glossed: str) -> str:
    """``glossed`` with "to" before an infinitive that follows its verb ("refused help": refused to help)."""
    return re.sub(r"\b(refused?|refuses|wanted|wants?|demanded|needs?|asked)\s+(help|cooperate|read|unlock|open|"
                  r"prevent|do|force|say|ban|hide|get)\b", r"\1 to \2", glossed)


def _czech_order(glossed: str) -> str:
    """A Czech question glossed word for word, in English order: a pronoun object after its verb
    ("who him shot?" → "who shot him?"), a subject that follows its verb before it ("what said Rudd
    about WhatsApp?" → "what did Rudd say about WhatsApp?", "sent Masood a message?" → "did Masood
    send a message?", "where was born Masood?" → "where was Masood born?"), the auxiliary of a
    subject before its verb ("why Apple refused" → "why did Apple refuse"), "to" before an
    infinitive ("refused help" → "refused to help"). What is asked of the subject ("who said ...?")
    is English already."""
    return _to_infinitive(_czech_verb_first(_to_infinitive(glossed)))


def _czech_verb_first(glossed: str) -> str:
    """``glossed`` with its subject and verb in English order (``_czech_order``)."""
    glossed = re.sub(r"\b(him|them)\s+(%s)\b" % _BARE_VERB, r"\2 \1", glossed)
    m = re.match(r"^(\s*(?:where|when)\s+was)\s+born\s+(%s)(.*)$" % _SUBJECT, glossed, re.I)
    if m:
        return f"{m.group(1)} {m.group(2)} born{m.group(3)}"
    m = re.match(r"^(\s*(?:%s)\s+(?:can|could|will|should|must))\s+(do|say|write|use|happen|change|stop|read|unlock|"
                 r"open|ban|prevent|force|cooperate|get)\s+(%s)(.*)$" % (_ASKED, _SUBJECT), glossed, re.I)
    if m:
        return f"{m.group(1)} {m.group(3)} {m.group(2)}{m.group(4)}"
    # "kdy se Rudd setká": when will Rudd meet
    m = re.match(r"^(\s*(?:%s)\s+)(%s)\s+(will|can|could|must|should)\s+(.*)$" % (_ASKED, _SUBJECT), glossed, re.I)
    if m:
        return f"{m.group(1)}{m.group(3)} {m.group(2)} {m.group(4)}"
    # "co udělal Masood?": what did Masood do; "proč to udělal?": why did he do it
    glossed = re.sub(r"^(\s*(?:%s)\s+)did it(\s*[?.!]*)$" % _ASKED, r"\1did he do it\2", glossed)
    m = re.match(r"^(\s*(?:%s)\s+did\s+(?:%s))(\s*(?:[?.!]|$)|\s+(?:after|before|during|then|with|in|on|at|to|"
                 r"about)\b)" % (_ASKED, _SUBJECT), glossed, re.I)
    if m:
        return f"{m.group(1)} do{glossed[m.end(1):]}"
    # a verb before its subject: asking ("co řekla Rudd"), after "what car" ("jaké auto řídil útočník",
    # "v jakém pořadu mluvila Rudd"), after "how many people" ("kolik lidí zabil Masood"), or not ("poslal
    # Masood zprávu?", "řekl to Trump?")
    m = re.match(r"^(\s*(?:(?:%s)|(?:(?:in|on|at|from|about|with|for)\s+)?(?:what|which)\s+%s|"
                 r"how\s+many\s+(?:people|victims|pedestrians|minutes)(?=\s+(?:killed|stabbed|injured|shot|lasted)\b))"
                 r"\s+|\s*)(%s)(\s+it)?\s+(%s)(.*)$" % (_ASKED, _THINGS, _BARE_VERB, _SUBJECT), glossed, re.I)
    if m and m.group(2).lower() in _CZECH_BARE:
        bare, aux = _CZECH_BARE[m.group(2).lower()]
        return f"{m.group(1)}{aux} {m.group(4)} {bare}{m.group(3) or ''}{m.group(5)}"
    # a subject before its verb after the question word ("proč Apple odmítl": why did Apple refuse,
    # "proč Apple nechce": why does Apple not want, "kolik lidí Masood zabil": how many people did Masood kill)
    m = re.match(r"^(\s*(?:%s)\s+)(%s)\s+(does|did|do)\s+not\b(.*)$" % (_ASKED, _SUBJECT), glossed, re.I)
    if m:
        return f"{m.group(1)}{m.group(3)} {m.group(2)} not{m.group(4)}"
    m = re.match(r"^(\s*(?:%s|how\s+many\s+(?:people|victims|pedestrians)|(?:what|which)\s+%s)\s+)(%s)\s+(%s)\b(.*)$"
                 % (_ASKED, _THINGS, _SUBJECT, _BARE_VERB), glossed, re.I)
    if m and m.group(3).lower() in _CZECH_BARE:
        bare, aux = _CZECH_BARE[m.group(3).lower()]
        return f"{m.group(1)}{aux} {m.group(2)} {bare}{m.group(4)}"
    return glossed


CZECH = Language(_CZECH_IDIOMS, _CZECH, _CZECH_DROPPED, _CZECH_MARK, reorder=_czech_order, shared=_CZECH_SHARED,
                 opening=_CZECH_OPENING)
