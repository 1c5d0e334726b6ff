"""Greek mixed into English questions, read in English.

Greeks ask in Greek script, with or without accents ("ποιος έγραψε το article;", "ποιός το
εγραψε"), or in greeklish, Greek in Latin letters spelled as each one likes ("poios egrapse to
arthro?", "pote gennh8hke o Masood?", "ti eipe h Rudd gia to WhatsApp?"), often both in one chat.
Greek asks with its question word first, as English does, but puts a clitic pronoun before its verb
("ποιος το έγραψε": who wrote it), a possessive after its noun ("το όνομά του": his name), an
article before every name ("η Rudd", "το FBI") and often its subject after its verb ("τι είπε η
Rudd": what did Rudd say); the idioms put those in English order while the Greek still shows them,
as the nominative article that tells a subject from an object is glossed away after.
"""
from __future__ import annotations

import re
import unicodedata

from . import Idioms, Language

# a capital, Latin or Greek: a name follows an article ("ο Masood", "η Ραντ")
_CAP = "A-ZΑ-ΩΆΈΉΊΌΎΏΪΫ"
_VOWELS = {"α": "[αά]", "ε": "[εέ]", "η": "[ηή]", "ι": "[ιίϊΐ]", "ο": "[οό]", "υ": "[υύϋΰ]", "ω": "[ωώ]"}


def _g(pattern: str) -> str:
    """``pattern``, written in Greek without accents, matching its words typed with or without
    them (half the Greeks typing in a hurry leave them out, and some put them where they aren't)."""
    return "".join(_VOWELS.get(c, c) for c in pattern)


def _plain(word: str) -> str:
    """``word`` without its accents and diaereses ("ποιός" → "ποιος", "προϊόν" → "προιον")."""
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", word) if c not in "\u0301\u0308\u0344"))


# The verbs of the questions, in the forms typed: a past (είπε: said), a present (λέει: says) and
# the form after "να" or "θα" (διαβάσει: read), each in Greek and in its common greeklish spellings
_GREEK_VERBS = {
    # saying and telling
    "είπε": "said", "eipe": "said", "ipe": "said", "είπαν": "said", "είπανε": "said", "eipan": "said", "ipan": "said",
    "eipane": "said", "λέει": "says", "leei": "says", "lei": "says", "λένε": "say", "lene": "say", "πει": "say",
    "pei": "say", "δήλωσε": "said", "dilwse": "said", "dhlwse": "said", "dilose": "said", "ανέφερε": "mentioned",
    "anefere": "mentioned", "ανακοίνωσε": "announced", "anakoinwse": "announced", "anakinose": "announced",
    "ισχυρίστηκε": "claimed", "isxiristike": "claimed", "isxyristhke": "claimed", "ischiristike": "claimed",
    "απάντησε": "answered", "apantise": "answered", "apanthse": "answered", "απαντά": "answers",
    "απαντάει": "answers", "apanta": "answers", "apantaei": "answers", "απαντήσει": "answer", "apantisei": "answer",
    "μίλησε": "spoke", "milise": "spoke", "milhse": "spoke", "μιλάει": "speaks",
    "milaei": "speaks", "ρώτησε": "asked", "rwtise": "asked", "rotise": "asked", "rwthse": "asked",
    # writing and publishing
    "έγραψε": "wrote", "egrapse": "wrote", "έγραψαν": "wrote", "egrapsan": "wrote", "γράφει": "writes",
    "grafei": "writes", "grafi": "writes", "γράφουν": "write", "grafoun": "write", "γράψει": "write",
    "grapsei": "write", "grapsi": "write", "γράφτηκε": "was written", "graftike": "was written",
    "grafthke": "was written", "δημοσίευσε": "published", "dimosieuse": "published", "dimosiefse": "published",
    "dhmosieyse": "published", "δημοσιεύτηκε": "was published", "dimosieftike": "was published",
    "dimosieutike": "was published", "dhmosieythke": "was published",
    # happening
    "έγινε": "happened", "egine": "happened", "eyine": "happened", "έγιναν": "happened", "eginan": "happened",
    "συνέβη": "happened", "synevi": "happened", "sinevi": "happened", "synebh": "happened", "synevh": "happened",
    "συμβαίνει": "happens", "symvainei": "happens", "simvenei": "happens", "symbainei": "happens",
    "γίνεται": "happens", "ginetai": "happens", "ginete": "happens",
    # killing, dying, stabbing, shooting, driving into people
    "σκότωσε": "killed", "skotwse": "killed", "skotose": "killed", "σκότωσαν": "killed", "skotwsan": "killed",
    "skotosan": "killed", "σκοτώθηκε": "was killed", "skotwthike": "was killed", "skotothike": "was killed",
    "skotw8hke": "was killed", "skotwthhke": "was killed", "σκοτώθηκαν": "were killed", "skotwthikan": "were killed",
    "skotothikan": "were killed", "skotw8hkan": "were killed", "σκοτώσει": "kill", "skotwsei": "kill",
    "δολοφόνησε": "murdered", "dolofonise": "murdered", "dolofonhse": "murdered",
    "πέθανε": "died", "pethane": "died", "pe8ane": "died", "πέθαναν": "died", "πεθάνανε": "died", "pethanan": "died",
    "pe8anan": "died", "pethanane": "died", "μαχαίρωσε": "stabbed", "maxairwse": "stabbed", "maxerose": "stabbed",
    "mahairose": "stabbed", "machairose": "stabbed", "μαχαιρώθηκε": "was stabbed", "maxairwthike": "was stabbed",
    "maxerothike": "was stabbed", "maxairw8hke": "was stabbed", "πυροβόλησε": "shot", "pyrovolise": "shot",
    "pirovolise": "shot", "pyrovolhse": "shot", "pyrobolhse": "shot", "πυροβόλησαν": "shot", "pyrovolisan": "shot",
    "pirovolisan": "shot", "πυροβολήθηκε": "was shot", "pyrovolithike": "was shot", "pirovolithike": "was shot",
    "pyrovolh8hke": "was shot", "επιτέθηκε": "attacked", "epitethike": "attacked", "epite8hke": "attacked",
    "epitethhke": "attacked", "τραυμάτισε": "injured", "travmatise": "injured", "traumatise": "injured",
    "τραυματίστηκε": "was injured", "travmatistike": "was injured", "traumatisthke": "was injured",
    "τραυματίστηκαν": "were injured", "travmatistikan": "were injured", "traumatisthkan": "were injured",
    "οδηγούσε": "drove", "odigouse": "drove", "odhgouse": "drove", "οδήγησε": "drove", "odigise": "drove",
    "odhghse": "drove", "παρέσυρε": "ran over", "paresyre": "ran over", "paresire": "ran over",
    "χτύπησε": "hit", "xtypise": "hit", "xtipise": "hit", "htipise": "hit", "chtypise": "hit",
    "νοίκιασε": "rented", "noikiase": "rented", "nikiase": "rented", "ενοικίασε": "rented", "enoikiase": "rented",
    "νοικιασμένο": "rented", "noikiasmeno": "rented",
    # using, claiming, wanting, asking for, demanding
    "χρησιμοποίησε": "used", "xrisimopoiise": "used", "xrhsimopoihse": "used", "xrisimopiise": "used",
    "chrisimopoiise": "used", "χρησιμοποιούσε": "used", "xrisimopoiouse": "used", "xrhsimopoiouse": "used",
    "χρησιμοποιεί": "uses", "xrisimopoiei": "uses", "xrhsimopoiei": "uses", "χρησιμοποιούν": "use",
    "xrisimopoioun": "use", "xrhsimopoioun": "use", "xrisimopioun": "use", "ανέλαβε": "claimed",
    "anelave": "claimed", "anelabe": "claimed", "θέλει": "wants", "thelei": "wants", "theli": "wants",
    "8elei": "wants", "8eli": "wants", "θέλουν": "want", "theloun": "want", "8eloun": "want", "ήθελε": "wanted",
    "ithele": "wanted", "hthele": "wanted", "i8ele": "wanted", "ήθελαν": "wanted", "ithelan": "wanted",
    "ζήτησε": "asked for", "zitise": "asked for", "zhthse": "asked for", "zhtise": "asked for",
    "ζήτησαν": "asked for", "zitisan": "asked for", "zhthsan": "asked for", "ζητάει": "asks for",
    "ζητά": "asks for", "zitaei": "asks for", "zhtaei": "asks for", "zita": "asks for", "zhta": "asks for",
    "ζητούν": "ask for", "zitoun": "ask for", "zhtoun": "ask for", "zitane": "ask for", "απαιτεί": "demands",
    "apaitei": "demands", "apetei": "demands", "apeti": "demands", "απαίτησε": "demanded", "apaitise": "demanded",
    "apetise": "demanded", "apaithse": "demanded",
    # knowing, finding, reading, opening, sending
    "ξέρει": "knows", "kserei": "knows", "xerei": "knows", "kseri": "knows", "xeri": "knows", "ξέρουμε": "know",
    "kseroume": "know", "xeroume": "know", "ξέρουν": "know", "kseroun": "know", "xeroun": "know", "ήξερε": "knew",
    "iksere": "knew", "ixere": "knew", "hxere": "knew", "γνώριζε": "knew", "gnwrize": "knew", "gnorize": "knew",
    "γνωρίζει": "knows", "gnwrizei": "knows", "gnorizi": "knows", "βρήκε": "found", "vrike": "found",
    "vrhke": "found", "brike": "found", "βρήκαν": "found", "vrikan": "found", "vrhkan": "found",
    "βρέθηκε": "was found", "vrethike": "was found", "vre8hke": "was found", "vrethhke": "was found",
    "διάβασε": "read", "diavase": "read", "diabase": "read", "διαβάσει": "read", "diavasei": "read",
    "diavasi": "read", "diabasei": "read", "διαβάσουν": "read", "diavasoun": "read", "diabasoun": "read",
    "διαβάζει": "reads", "diavazei": "reads", "diavazi": "reads", "διαβάζουν": "read", "diavazoun": "read",
    "άνοιξε": "opened", "anoikse": "opened", "anoixe": "opened", "anikse": "opened", "ανοίξει": "open",
    "anoiksei": "open", "anoixei": "open", "ανοίξουν": "open",
    "anoiksoun": "open", "anoixoun": "open", "aniksoun": "open", "ξεκλείδωσε": "unlocked",
    "xekleidwse": "unlocked", "ksekleidwse": "unlocked", "kseklidose": "unlocked", "ξεκλειδώσει": "unlock",
    "xekleidwsei": "unlock", "ksekleidwsei": "unlock", "kseklidosi": "unlock", "ξεκλειδώσουν": "unlock",
    "ksekleidwsoun": "unlock", "kseklidosoun": "unlock", "έστειλε": "sent", "esteile": "sent", "estile": "sent",
    "έστειλαν": "sent", "esteilan": "sent", "estilan": "sent", "στέλνει": "sends", "stelnei": "sends",
    "stelni": "sends", "στείλει": "send", "steilei": "send", "στάλθηκε": "was sent",
    "stalthike": "was sent", "stal8hke": "was sent",
    # living, being born, arrest, acting alone
    "ζούσε": "lived", "zouse": "lived", "ζει": "lives", "zei": "lives", "έμενε": "lived", "emene": "lived",
    "μένει": "lives", "menei": "lives", "meni": "lives", "έζησε": "lived", "ezise": "lived", "ezhse": "lived",
    "έμεινε": "stayed", "emeine": "stayed", "emine": "stayed", "γεννήθηκε": "was born", "gennithike": "was born",
    "genni8ike": "was born", "gennhthke": "was born", "gennh8hke": "was born", "genithike": "was born",
    "συνέλαβε": "arrested", "synelave": "arrested", "sinelave": "arrested", "synelabe": "arrested",
    "συνέλαβαν": "arrested", "synelavan": "arrested", "sinelavan": "arrested", "συνελήφθη": "was arrested",
    "synelifthi": "was arrested", "sinelifthi": "was arrested", "synelhfthh": "was arrested",
    "synelhf8h": "was arrested", "συνελήφθησαν": "were arrested", "synelifthisan": "were arrested",
    "sinelifthisan": "were arrested", "synelhfthhsan": "were arrested", "πιάστηκε": "was caught",
    "piastike": "was caught", "piasthke": "was caught", "έδρασε": "acted", "edrase": "acted",
    # cooperating, refusing, preventing, hiding, forcing
    "συνεργαστεί": "cooperate", "synergastei": "cooperate", "sinergasti": "cooperate",
    "συνεργάζεται": "cooperates", "synergazetai": "cooperates", "sinergazete": "cooperates",
    "συνεργάστηκε": "cooperated", "synergastike": "cooperated", "sinergastike": "cooperated",
    "synergasthke": "cooperated", "συνεργάζονται": "cooperate", "synergazontai": "cooperate",
    "sinergazonte": "cooperate", "αρνήθηκε": "refused", "arnithike": "refused", "arnhthke": "refused",
    "arni8ike": "refused", "αρνείται": "refuses", "arneitai": "refuses", "arnite": "refuses", "arnitai": "refuses",
    "αρνούνται": "refuse", "αρνηθεί": "refuse", "arnithei": "refuse",
    "arnhthei": "refuse", "ψηφιστεί": "be passed", "psifistei": "be passed", "pshfistei": "be passed",
    "arnountai": "refuse", "arnounte": "refuse", "αποτρέψει": "prevent",
    "apotrepsei": "prevent", "apotrepsi": "prevent", "απέτρεψε": "prevented", "apetrepse": "prevented",
    "εμποδίσει": "prevent", "empodisei": "prevent", "empodisi": "prevent", "σταματήσει": "stop",
    "stamatisei": "stop", "stamatisi": "stop", "σταμάτησε": "stopped", "stamatise": "stopped",
    "stamathse": "stopped", "κρύβει": "hides", "kryvei": "hides", "krivei": "hides", "krivi": "hides",
    "έκρυβε": "hid", "ekryve": "hid", "ekrive": "hid", "κρύβονται": "hide", "kryvontai": "hide",
    "krivonte": "hide", "κρύβουν": "hide", "kryvoun": "hide", "krivoun": "hide", "κρύψει": "hide",
    "krypsei": "hide", "kripsi": "hide", "αναγκάσει": "force", "anagkasei": "force", "anagkasi": "force",
    "anagasi": "force", "αναγκάσουν": "force", "anagkasoun": "force", "ανάγκασε": "forced", "anagkase": "forced",
    "anagase": "forced",
    # doing, giving, going, and the verbs of the US politics articles
    "έκανε": "did", "ekane": "did", "έκαναν": "did", "ekanan": "did", "κάνει": "does", "kanei": "does",
    "kani": "does", "κάνουν": "do", "kanoun": "do", "έδωσε": "gave", "edwse": "gave", "edose": "gave",
    "δώσει": "give", "dwsei": "give", "dosei": "give", "dosi": "give", "δίνει": "gives", "dinei": "gives",
    "dini": "gives", "πήγε": "went", "pige": "went", "phge": "went", "πήγαν": "went", "pigan": "went",
    "phgan": "went", "ήρθε": "came", "irthe": "came", "hrthe": "came",
    "ir8e": "came", "hr8e": "came", "πήρε": "got", "pire": "got", "phre": "got", "συνάντησε": "met",
    "synantise": "met", "sinantise": "met", "synanthse": "met", "συναντήσει": "meet", "synantisei": "meet",
    "sinantisi": "meet", "κέρδισε": "won", "kerdise": "won", "έχασε": "lost", "exase": "lost", "ehase": "lost",
    "υπέγραψε": "signed", "ypegrapse": "signed", "ipegrapse": "signed", "διέταξε": "ordered", "dietakse": "ordered",
    "dietaxe": "ordered", "κατηγόρησε": "accused", "katigorise": "accused", "kathgorhse": "accused",
    "προσπάθησε": "tried", "prospathise": "tried", "prospa8hse": "tried", "ψήφισε": "voted", "psifise": "voted",
    "pshfise": "voted", "ψήφισαν": "voted", "psifisan": "voted", "ψηφίστηκε": "was passed",
    "psifistike": "was passed", "pshfisthke": "was passed",
    "απέλυσε": "fired", "apelyse": "fired", "apelise": "fired", "απολύθηκε": "was fired", "apolythike": "was fired",
    "apolithike": "was fired", "πιστεύει": "believes", "pistevei": "believes", "pistevi": "believes",
    "pisteyei": "believes", "νομίζει": "thinks", "nomizei": "thinks", "nomizi": "thinks", "αποκάλεσε": "called",
    "apokalese": "called", "λέγεται": "is called", "legetai": "is called", "legete": "is called",
    "λεγόταν": "was called", "legotan": "was called", "ονομάζεται": "is called", "onomazetai": "is called",
    "onomazete": "is called", "κράτησε": "lasted", "kratise": "lasted", "krathse": "lasted", "διήρκεσε": "lasted",
    "diirkese": "lasted", "ασπάστηκε": "converted to", "aspastike": "converted to", "aspasthke": "converted to",
    "καταδικάστηκε": "was convicted", "katadikastike": "was convicted", "katadikasthke": "was convicted",
    "σημαίνει": "means", "simainei": "means", "shmainei": "means", "simenei": "means",
    "επικοινωνούν": "communicate", "epikoinwnoun": "communicate", "epikinonoun": "communicate",
    "επικοινωνούσε": "communicated", "epikoinwnouse": "communicated", "epikinonouse": "communicated",
    "χρειάζεται": "needs", "xreiazetai": "needs", "xriazete": "needs", "hreiazetai": "needs",
    "χρειάζονται": "need", "xreiazontai": "need", "xriazonte": "need", "επιτρέπει": "allows", "epitrepei": "allows",
    "epitrepi": "allows", "απαγορεύει": "bans", "apagoreuei": "bans", "apagorevei": "bans", "apagorevi": "bans",
    "περάσει": "pass", "perasei": "pass", "perasi": "pass",
    "βοηθήσει": "help", "voithisei": "help", "voithisi": "help", "vohthhsei": "help", "βοήθησε": "helped",
    "voithise": "helped", "vohthhse": "helped", "έφτιαξε": "made", "eftiakse": "made", "eftiaxe": "made",
    # owning, buying, paying, costing, earning
    "ανήκει": "belongs to", "anhkei": "belongs to", "anikei": "belongs to", "aniki": "belongs to",
    "ανήκε": "belonged to", "anhke": "belonged to", "anike": "belonged to", "κατέχει": "owns", "katexei": "owns",
    "katexi": "owns", "katehei": "owns", "αγόρασε": "bought", "agorase": "bought", "αγόρασαν": "bought",
    "agorasan": "bought", "αγοράσει": "buy", "agorasei": "buy", "agorasi": "buy", "αγοράζει": "buys",
    "agorazei": "buys", "agorazi": "buys", "εξαγόρασε": "bought", "eksagorase": "bought", "exagorase": "bought",
    "πούλησε": "sold", "poulise": "sold", "poulhse": "sold", "πλήρωσε": "paid", "plirose": "paid",
    "plirwse": "paid", "plhrwse": "paid", "πλήρωσαν": "paid", "plirosan": "paid", "plirwsan": "paid",
    "plhrwsan": "paid", "πληρώσει": "pay", "plirosei": "pay", "plirwsei": "pay", "plhrwsei": "pay",
    "plirosi": "pay", "πληρώσουν": "pay", "plirosoun": "pay", "plirwsoun": "pay", "plhrwsoun": "pay",
    "πληρώνει": "pays", "plironei": "pays", "plirwnei": "pays", "plhrwnei": "pays", "plironi": "pays",
    "πληρώνεται": "is paid", "plironetai": "is paid", "plirwnetai": "is paid", "plhrwnetai": "is paid",
    "plironete": "is paid", "πληρωνόταν": "was paid", "plironotan": "was paid", "plhrwnotan": "was paid",
    "πληρώθηκε": "was paid", "plirothike": "was paid", "plirwthike": "was paid", "plhrw8hke": "was paid",
    "αμείβεται": "is paid", "ameivetai": "is paid", "amivete": "is paid", "κόστισε": "cost", "kostise": "cost",
    "kosthse": "cost", "κοστίζει": "costs", "kostizei": "costs", "kostizi": "costs", "κερδίζει": "earns",
    "kerdizei": "earns", "kerdizi": "earns", "παίρνει": "gets", "pairnei": "gets", "pairni": "gets", "perni": "gets",
    "έπαιρνε": "got", "epairne": "got", "eperne": "got", "κέρδιζε": "earned", "kerdize": "earned", "βγάζει": "earns",
    "vgazei": "earns", "vgazi": "earns", "έβγαζε": "earned", "evgaze": "earned",
    # what a law provides for, imposes
    "προβλέπει": "provides for", "provlepei": "provides for", "provlepi": "provides for",
    "problepei": "provides for", "προβλέπουν": "provide for", "provlepoun": "provide for",
    "επιβάλλει": "imposes", "epivallei": "imposes", "epivalei": "imposes", "epivali": "imposes",
    # wounded, detained, charged, released, jailed, punished
    "πληγώθηκε": "was wounded", "pligothike": "was wounded", "pligwthike": "was wounded",
    "plhgw8hke": "was wounded", "πληγώθηκαν": "were wounded", "pligothikan": "were wounded",
    "pligwthikan": "were wounded", "traumatistike": "was injured", "travmatisthke": "was injured",
    "traumatistikan": "were injured", "νοσηλεύτηκε": "was hospitalised", "nosileftike": "was hospitalised",
    "nosileutike": "was hospitalised", "noshleuthke": "was hospitalised", "νοσηλεύτηκαν": "were hospitalised",
    "nosileftikan": "were hospitalised", "νοσηλεύεται": "is hospitalised", "nosilevetai": "is hospitalised",
    "nosilevete": "is hospitalised", "noshleuetai": "is hospitalised", "νοσηλεύονται": "are hospitalised",
    "nosilevontai": "are hospitalised", "nosilevonte": "are hospitalised", "μεταφέρθηκε": "was taken",
    "metaferthike": "was taken", "metafer8hke": "was taken", "μεταφέρθηκαν": "were taken",
    "metaferthikan": "were taken", "μαχαιρώθηκαν": "were stabbed", "maxairwthikan": "were stabbed",
    "κρατήθηκε": "was detained", "kratithike": "was detained", "krath8hke": "was detained",
    "kratithhke": "was detained", "κρατήθηκαν": "were detained", "kratithikan": "were detained",
    "krath8hkan": "were detained", "κρατείται": "is detained", "krateitai": "is detained", "kratite": "is detained",
    "κρατούνται": "are detained", "kratountai": "are detained", "kratounte": "are detained",
    "προσήχθη": "was detained", "prosixthi": "was detained", "proshxthh": "was detained",
    "προσήχθησαν": "were detained", "prosixthisan": "were detained", "κατηγορήθηκε": "was charged",
    "katigorithike": "was charged", "kathgorh8hke": "was charged", "kathgorhthhke": "was charged",
    "κατηγορήθηκαν": "were charged", "katigorithikan": "were charged", "κατηγορείται": "is charged",
    "katigoreitai": "is charged", "katigorite": "is charged", "αφέθηκε": "was released", "afethike": "was released",
    "afe8hke": "was released", "afethhke": "was released", "αφέθηκαν": "were released",
    "afethikan": "were released", "afe8hkan": "were released", "απελευθερώθηκε": "was released",
    "apeleftherothike": "was released", "apeleftherwthike": "was released", "apeleu8erw8hke": "was released",
    "απελευθερώθηκαν": "were released", "apeleftherothikan": "were released", "αποφυλακίστηκε": "was released",
    "apofylakistike": "was released", "apofilakistike": "was released", "apofylakisthke": "was released",
    "φυλακίστηκε": "was jailed", "fylakistike": "was jailed", "filakistike": "was jailed",
    "fylakisthke": "was jailed", "καταδικάστηκαν": "were convicted", "katadikastikan": "were convicted",
    "καταδικαστεί": "been convicted", "katadikastei": "been convicted", "katadikasti": "been convicted",
    "τιμωρήθηκε": "was punished", "timorithike": "was punished", "timwrithike": "was punished",
    "timwrh8hke": "was punished", "τιμωρηθεί": "be punished", "timorithei": "be punished",
    "timwrithei": "be punished", "τιμωρηθούν": "be punished", "timorithoun": "be punished",
    "timwrithoun": "be punished",
    # resigning, being appointed, becoming, converting
    "παραιτήθηκε": "resigned", "paraitithike": "resigned", "paretithike": "resigned", "paraith8hke": "resigned",
    "paraithhke": "resigned", "παραιτηθεί": "resign", "paraitithei": "resign", "paretithi": "resign",
    "παραιτείται": "resigns", "paraiteitai": "resigns", "paretite": "resigns", "αποχώρησε": "left",
    "apoxwrise": "left", "apoxorise": "left", "apoxwrhse": "left", "συνταξιοδοτήθηκε": "retired",
    "syntaksiodotithike": "retired", "sintaxiodotithike": "retired", "διορίστηκε": "was appointed",
    "dioristike": "was appointed", "dioristhke": "was appointed", "ορίστηκε": "was appointed",
    "oristike": "was appointed", "oristhke": "was appointed", "διόρισε": "appointed", "diorise": "appointed",
    "ορκίστηκε": "was sworn in", "orkistike": "was sworn in", "orkisthke": "was sworn in",
    # ("κατέστη", became: what the idioms make of "έγινε" before a post, "έγινε υπουργός")
    "κατέστη": "became", "μεταστράφηκε": "converted", "metastrafike": "converted",
    "προσηλυτίστηκε": "converted", "prosilytistike": "converted", "prosilitistike": "converted",
    "άλλαξε": "changed", "allakse": "changed", "allaxe": "changed",
    # where one comes from, lives, grows up, works
    "καταγόταν": "came from", "katagotan": "came from", "κατάγεται": "comes from", "katagetai": "comes from",
    "katagete": "comes from", "προέρχεται": "comes from", "proerxetai": "comes from", "proerxete": "comes from",
    "προερχόταν": "came from", "proerxotan": "came from", "κατοικούσε": "lived", "katoikouse": "lived",
    "katikouse": "lived", "κατοικεί": "lives", "katoikei": "lives", "katiki": "lives", "διέμενε": "lived",
    "diemene": "lived", "μεγάλωσε": "grew up", "megalwse": "grew up", "megalose": "grew up",
    "δούλευε": "worked", "douleve": "worked", "douleue": "worked", "doulebe": "worked", "δουλεύει": "works",
    "doulevei": "works", "douleuei": "works", "doulevi": "works", "εργαζόταν": "worked", "ergazotan": "worked",
    "εργάζεται": "works", "ergazetai": "works", "ergazete": "works",
    # messages: what they said, whom one talked to
    "έγραφε": "said", "egrafe": "said", "έγραφαν": "said", "egrafan": "said", "έλεγε": "said", "elege": "said",
    "έλεγαν": "said", "elegan": "said", "περιείχε": "contained", "periexe": "contained", "perieixe": "contained",
    "μιλούσε": "was talking", "milouse": "was talking", "μιλούσαν": "were talking", "milousan": "were talking",
    "επικοινώνησε": "communicated", "epikoinwnise": "communicated",
    "epikinonise": "communicated", "epikoinwnhse": "communicated",
    # agreeing, handing over, complying, reacting
    "συμφώνησε": "agreed", "symfwnise": "agreed", "simfonise": "agreed", "symfwnhse": "agreed",
    "συμφώνησαν": "agreed", "symfwnisan": "agreed", "simfonisan": "agreed", "συμφωνεί": "agrees",
    "symfwnei": "agrees", "simfonei": "agrees", "simfoni": "agrees", "συμφωνήσει": "agree", "symfwnisei": "agree",
    "simfonisi": "agree", "δέχτηκε": "accepted", "dextike": "accepted", "dexthke": "accepted",
    "dehtike": "accepted", "αποδέχτηκε": "accepted", "apodextike": "accepted", "παρέδωσε": "handed over",
    "paredwse": "handed over", "paredose": "handed over", "παραδώσει": "hand over", "paradwsei": "hand over",
    "paradosi": "hand over", "παραδώσουν": "hand over", "paradwsoun": "hand over", "paradosoun": "hand over",
    "συμμορφώθηκε": "complied", "symmorfwthike": "complied", "simmorfothike": "complied",
    "συμμορφωθεί": "comply", "symmorfwthei": "comply", "simmorfothi": "comply", "απέρριψε": "rejected",
    "aperripse": "rejected", "aperipse": "rejected", "αντέδρασε": "reacted", "antedrase": "reacted",
    "σχολίασε": "commented", "sxoliase": "commented", "scholiase": "commented",
    # lasting, managing, ending up, meeting, arranging, naming
    "διάρκεσε": "lasted", "diarkese": "lasted", "διαρκεί": "lasts", "diarkei": "lasts", "diarki": "lasts",
    "κρατάει": "lasts", "krataei": "lasts", "κατάφερε": "managed", "katafere": "managed", "καταφέρει": "manage",
    "kataferei": "manage", "kataferi": "manage", "κατάφεραν": "managed", "kataferan": "managed",
    "κατέληξε": "ended up", "katelikse": "ended up", "katelixe": "ended up", "κατέληξαν": "ended up",
    "kateliksan": "ended up", "συναντήθηκε": "met", "synantithike": "met", "sinantithike": "met",
    "synanth8hke": "met", "συναντηθεί": "meet", "synantithei": "meet", "sinantithi": "meet",
    "synanth8ei": "meet", "συναντηθούν": "meet", "synantithoun": "meet", "κανόνισε": "arranged",
    "kanonise": "arranged", "κανονίσει": "arrange", "kanonisei": "arrange", "kanonisi": "arrange",
    "κάλεσε": "called", "kalese": "called", "ονόμασε": "named", "onomase": "named", "κατονόμασε": "named",
    "katonomase": "named",
}
_GREEK_VERBS.update({_plain(w): e for w, e in list(_GREEK_VERBS.items()) if _plain(w) not in _GREEK_VERBS})
# a verb's auxiliary and base form, to put a subject after it back before it ("τι είπε η Rudd":
# what did Rudd say); a passive keeps its participle ("πότε γεννήθηκε ο Masood": when was Masood born)
_GREEK_BASE = {
    "said": ("did", "say"), "says": ("does", "say"), "say": ("do", "say"), "mentioned": ("did", "mention"),
    "announced": ("did", "announce"), "claimed": ("did", "claim"), "answered": ("did", "answer"),
    "answers": ("does", "answer"), "spoke": ("did", "speak"), "speaks": ("does", "speak"), "asked": ("did", "ask"),
    "wrote": ("did", "write"), "writes": ("does", "write"), "write": ("do", "write"),
    "published": ("did", "publish"), "killed": ("did", "kill"), "murdered": ("did", "murder"),
    "died": ("did", "die"), "stabbed": ("did", "stab"), "shot": ("did", "shoot"), "attacked": ("did", "attack"),
    "injured": ("did", "injure"), "drove": ("did", "drive"), "ran over": ("did", "run over"), "hit": ("did", "hit"),
    "rented": ("did", "rent"), "used": ("did", "use"), "uses": ("does", "use"), "use": ("do", "use"),
    "wants": ("does", "want"), "want": ("do", "want"), "wanted": ("did", "want"), "asked for": ("did", "ask for"),
    "asks for": ("does", "ask for"), "ask for": ("do", "ask for"), "demands": ("does", "demand"),
    "demanded": ("did", "demand"), "knows": ("does", "know"), "know": ("do", "know"), "knew": ("did", "know"),
    "found": ("did", "find"), "read": ("did", "read"), "reads": ("does", "read"), "opened": ("did", "open"),
    "unlocked": ("did", "unlock"), "sent": ("did", "send"), "sends": ("does", "send"), "lived": ("did", "live"),
    "lives": ("does", "live"), "stayed": ("did", "stay"), "arrested": ("did", "arrest"), "acted": ("did", "act"),
    "cooperates": ("does", "cooperate"), "cooperated": ("did", "cooperate"), "cooperate": ("do", "cooperate"),
    "refused": ("did", "refuse"), "refuses": ("does", "refuse"), "refuse": ("do", "refuse"),
    "prevented": ("did", "prevent"), "stopped": ("did", "stop"), "hides": ("does", "hide"), "hid": ("did", "hide"),
    "hide": ("do", "hide"), "forced": ("did", "force"), "did": ("did", "do"), "does": ("does", "do"),
    "do": ("do", "do"), "gave": ("did", "give"), "gives": ("does", "give"), "went": ("did", "go"),
    "came": ("did", "come"), "got": ("did", "get"), "met": ("did", "meet"), "won": ("did", "win"),
    "lost": ("did", "lose"), "signed": ("did", "sign"), "ordered": ("did", "order"), "accused": ("did", "accuse"),
    "tried": ("did", "try"), "voted": ("did", "vote"), "fired": ("did", "fire"), "believes": ("does", "believe"),
    "thinks": ("does", "think"), "called": ("did", "call"), "lasted": ("did", "last"), "means": ("does", "mean"),
    "converted to": ("did", "convert to"), "communicate": ("do", "communicate"),
    "communicated": ("did", "communicate"), "needs": ("does", "need"), "need": ("do", "need"),
    "allows": ("does", "allow"), "bans": ("does", "ban"), "had": ("did", "have"), "has": ("does", "have"),
    "have": ("do", "have"), "helped": ("did", "help"), "made": ("did", "make"), "happened": ("did", "happen"),
    "happens": ("does", "happen"), "belongs to": ("does", "belong to"), "belonged to": ("did", "belong to"),
    "owns": ("does", "own"), "bought": ("did", "buy"), "buys": ("does", "buy"), "buy": ("do", "buy"),
    "sold": ("did", "sell"), "paid": ("did", "pay"), "pays": ("does", "pay"), "pay": ("do", "pay"),
    "cost": ("did", "cost"), "costs": ("does", "cost"), "earns": ("does", "earn"), "resigned": ("did", "resign"),
    "resigns": ("does", "resign"), "resign": ("do", "resign"), "left": ("did", "leave"), "retired": ("did", "retire"),
    "appointed": ("did", "appoint"), "became": ("did", "become"), "converted": ("did", "convert"),
    "changed": ("did", "change"), "came from": ("did", "come from"), "comes from": ("does", "come from"),
    "grew up": ("did", "grow up"), "worked": ("did", "work"), "works": ("does", "work"),
    "contained": ("did", "contain"), "agreed": ("did", "agree"),
    "agrees": ("does", "agree"), "agree": ("do", "agree"), "accepted": ("did", "accept"),
    "handed over": ("did", "hand over"), "hand over": ("do", "hand over"), "complied": ("did", "comply"),
    "comply": ("do", "comply"), "rejected": ("did", "reject"), "reacted": ("did", "react"),
    "commented": ("did", "comment"), "lasts": ("does", "last"), "managed": ("did", "manage"),
    "manage": ("do", "manage"), "ended up": ("did", "end up"), "arranged": ("did", "arrange"),
    "arrange": ("do", "arrange"), "named": ("did", "name"), "meet": ("do", "meet"), "earned": ("did", "earn"),
    "gets": ("does", "get"),
    "provides for": ("does", "provide for"), "provide for": ("do", "provide for"), "imposes": ("does", "impose"),
}


_BASES = frozenset(base for _, base in _GREEK_BASE.values())


def _verbs(words) -> str:
    """A regex of ``words``, longest first, as one alternative."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_VERB_FORMS = _verbs(_GREEK_VERBS)
# "είχε" (had), "ήταν" (was): a subject goes after them too; glossed with the other words
_AUXILIARIES = {"είχε": "had", "eixe": "had", "ixe": "had", "eihe": "had", "είχαν": "had", "eixan": "had",
                "ixan": "had", "έχει": "has", "exei": "has", "exi": "has", "ehei": "has", "echei": "has",
                "έχουν": "have", "exoun": "have", "ehoun": "have", "ήταν": "was", "itan": "was", "htan": "was",
                "itane": "was", "htane": "was", "ήτανε": "was", "είναι": "is", "einai": "is", "ine": "is", "inai": "is",
                "βρίσκεται": "is", "vrisketai": "is", "vriskete": "is", "brisketai": "is"}
_AUXILIARIES.update({_plain(w): e for w, e in list(_AUXILIARIES.items())})
_AUX_AND_VERBS = set(_GREEK_VERBS) | set(_AUXILIARIES)
# the adverbs that go last when typed after a verb ("ξεκλείδωσε τελικά το FBI ...": the subject
# follows the verb), and the auxiliary of a perfect ("έχει απαντήσει": has answered)
_ADVERBS = _g("τελικα|τελικως|επιτελους|ηδη|ακομα|ακομη") + \
    "|ποτέ|ποτε|telika|telikws|telikos|epitelous|idi|hdh|akoma|akomi|pote"
_HAVE = _g("εχει|εχουν|ειχε|ειχαν") + "|exei|exi|ehei|exoun|eixe|ixe|eihe|eixan|ixan"
# each verb's form after "να", "θα" or "έχει" ("απαντήσει": answer) and a past one of it, in the same
# letters ("απάντησε": answered)
def _past_of() -> dict[str, str]:
    """Each verb form glossed in its base form ("απαντήσει": answer, "ψηφιστεί": be passed) and a past
    form of the verb in the same letters ("απάντησε": answered, "ψηφίστηκε": was passed)."""
    past = {base: english for english, (aux, base) in _GREEK_BASE.items() if aux == "did" and " " not in english}
    past.update({english: "was " + english.split(" ", 1)[1] for english in set(_GREEK_VERBS.values())
                 if english.startswith(("be ", "been "))})
    forms = {}
    for form, english in _GREEK_VERBS.items():
        if past.get(english, english) != english:
            forms[form] = next((w for w, e in _GREEK_VERBS.items() if e == past[english]
                                and w.isascii() == form.isascii()), None)
    # ("κάνει" is "does" as well as "do")
    return {w: p for w, p in forms.items() if p} | {"κάνει": "έκανε", "κανει": "έκανε", "kanei": "ekane",
                                                    "kani": "ekane"}


_PAST_OF = _past_of()
_INVERTED = _verbs(_AUX_AND_VERBS)
# a subject's article ("ο, η, οι"); a neuter one ("το") is a subject's only after "τι", which is
# then the object ("τι ζήτησε το FBI": what did the FBI ask for; "πότε έγραψε το άρθρο": when did
# he write the article), or after a verb with no object (``_INTRANSITIVE``)
_NOMINATIVE = r"(?:ο|η|οι|o|h|i|oi)"
_NEUTER = r"(?:το|τα|to|ta|the)"
_WHAT = ("τι", "τί", "ti", "what")
# the question words asking of an object, after which a neuter article's noun is the subject
# ("πόσα πλήρωσε το FBI": how much did the FBI pay; "ποιον πλήρωσε το FBI": whom did the FBI pay)
_ASKS_OBJECT_ONLY = frozenset(_plain(w) for w in "τι ποιον ποιους πόσο πόσα πόσους ti poion pion poious pious poso "
                              "posa posous".split()) | {"what", "whom"}
# the verbs with no object, and the passives: what follows them is their subject, of any article
# ("τι ώρα έγινε το attack": what time did the attack happen)
_INTRANSITIVE = frozenset("happened happens died lived lives stayed came went acted lasted lasts cost costs resigned "
                          "retired worked works".split()) | {"grew up", "ended up", "came from", "comes from",
                                                             "belongs to", "belonged to"}
_CLITICS = {"τον": "him", "την": "her", "τη": "her", "το": "it", "τους": "them", "τις": "them", "τα": "them",
            "του": "to him", "της": "to her", "σου": "you", "μας": "us", "σας": "you",
            "ton": "him", "tin": "her", "thn": "her", "to": "it", "tous": "them", "tis": "them", "ta": "them",
            "tou": "to him", "ths": "to her", "sou": "you", "mas": "us", "sas": "you"}
_OBJECT = r"(?:him|her|it|them|us|you|to him|to her)"
_POSSESSIVES = {"του": "his", "της": "her", "τους": "their", "μου": "my", "σου": "your", "μας": "our",
                "σας": "your", "tou": "his", "toy": "his", "ths": "her", "tis": "her", "tous": "their",
                "mou": "my", "sou": "your", "mas": "our", "sas": "your"}
# the words that end a subject after its verb: prepositions, articles, conjunctions, in Greek,
# greeklish and English ("τι είπε η Rudd για το WhatsApp": "η Rudd", then "για")
_NOT_SUBJECT = frozenset(_plain(w) for w in """για σε στο στον στη στην στα στους στις από απ' με μετά πριν κατά
    χωρίς προς μέχρι σχετικά όταν ότι πως αν και ή αλλά το τον την τη τα τους τις του της των ο η οι ένα έναν μια
    μία δεν θα να που πού gia se sto ston sti stin sthn sta stous stis apo me meta prin kata xwris xoris pros
    mexri sxetika otan oti pws an kai ke alla to ton tin thn ti ta tous tis tou ths twn o h i oi ena enan mia den
    tha na pou about to in on at for with from of after before that and or if when the during against without by
    into until because his her their its since as than this these alone really exactly only also not now today
    yesterday there here""".split())
# the question words that can ask about an object, so that a subject after the verb is one, as
# typed or as the idioms give them ("τι είδους": what kind of)
_ASKS_OBJECT = _g(r"τι|ποτε|που|πως|γιατι|ποιον|ποιους|ποια|ποιες|ποιο|ποσους|ποσες|ποσα|ποσο") + \
    r"|ti|pote|pou|pws|pos|giati|poion|pion|poious|poia|pia|poies|poio|posous|poses|posa|poso" \
    r"|what\s+kind\s+of|how\s+long|how\s+many|how|why|what|when|where|to\s+whom|by\s+whom|whom|since\s+when"
# a preposition before a question word ("σε ποια εκπομπή": on which programme)
_ASKED_AFTER = _g(r"σε|σ'|στο|στη|στην|στον|στα|απο|με|για|μετα|πριν|λιγο\s+πριν|λιγο\s+μετα") + \
    r"|se|sto|sti|stin|ston|sta|apo|me|gia|meta|prin|ligo\s+prin|ligo\s+meta"
# where a question starts: first, after a comma, after "και" (and); and anywhere at a question
# word that is no other word ("που" is "that" too, "πως" "that" after a verb)
_START = r"(?:^|(?<=[,.!?:])|(?<=\bκαι\s)|(?<=\bkai\s)|(?<=\band\s)|(?<=\s)(?=(?:%s)\b))" % (
    _g(r"τι|ποτε|γιατι|ποιον|ποιους|ποια|ποιες|ποιο|ποσους|ποσες|ποσα|ποσο") +
    r"|ti|pote|giati|poion|pion|poious|poia|pia|poies|poio|posous|posa|poso")
# a question word, its preposition and its noun ("σε ποια εκπομπή"); "ποιος" too, which asks of a
# subject, when a subject is named before it ("ο Masood ποιος ήταν;")
# (two words of it: "ποιες άλλες εφαρμογές"; no article nor verb among them)
_ASKED = r"(?:(?:%s)\s+)?(?:%s)(?:\s+(?!(?:%s|δεν|δε|den|θα|tha|8a)\b)[\w'’-]+(?:\s+(?!(?:%s|%s|τον|την|τη|τους|" \
    r"τις|ton|tin|thn|tous|tis|δεν|δε|den|θα|tha|8a)\b)[\w'’-]+)?)?" % (
        _ASKED_AFTER, _ASKS_OBJECT, _INVERTED, _NOMINATIVE, _NEUTER)
_ASKS_SUBJECT = _g(r"ποιος|ποιοι") + r"|poios|pios|poioi|pioi"
# a name: its words in capitals, or a name typed in Greek letters in lower case ("ο τραμπ")
_NAME = r"(?:(?-i:[%s])[\w'’-]*(?:\s+(?-i:[%s])[\w'’-]*)*)" % (_CAP, _CAP)
# what goes before the verb: "δεν" (not), "θα" (will); (a clitic pronoun, the idioms put after it)
_BEFORE_VERB = r"(?P<not>(?:δεν|δε|den)\s+)?(?P<will>(?:θα|tha|8a)\s+)?"
_BEFORE_VERB_UNNAMED = r"(?:(?:δεν|δε|den)\s+)?(?:(?:θα|tha|8a)\s+)?"


def _in_english(asked: str, negated: str | None, will: str | None, verb: str, subject: list[str], obj: str,
                after: str) -> str | None:
    """The question of ``asked`` with ``subject`` before ``verb``, as English has it ("did Rudd say",
    "was Masood born", "will the government force", "was the attacker alone"); None for a verb
    whose base form is not known, and for "τι έγινε" (what happened), whose "what" is the subject."""
    english = _GREEK_VERBS.get(verb.lower()) or _AUXILIARIES[verb.lower()]
    if english in ("happened", "happens") and asked.lower() in _WHAT:
        return None
    named = subject[0][0].isupper() or subject[0].lower() in _GREEK_NAMES
    owned = subject[0] in _POSSESSIVES.values()
    who = " ".join(subject if owned or named and " ".join(subject) not in _TITLES else ["the"] + subject)
    # the greeklish article after the verb put in English there ("ypegrapse o Trump to order")
    after = re.sub(r"^(\s+)(?:to|ton|tin|thn|ta|tous|tis)\s+(?=(?-i:[%s]))" % _CAP, r"\1", after, flags=re.I)
    after = re.sub(r"^(\s+)(?:to|ton|tin|thn|ta|tous|tis)\b", r"\1the", after, flags=re.I)
    asked, no = asked + " " if asked else "", "not " if negated else ""
    if will:
        base = "be" if english in ("was", "is") else english if english.startswith("be ") or english in _BASES \
            else _GREEK_BASE.get(english, ("", ""))[1]
        return f"{asked}will {who} {no}{base}{obj}{after}" if base else None
    if english in ("was", "is", "were", "are"):
        return f"{asked}{english} {who}{' not' if negated else ''}{obj}{after}"
    if english.split()[0] in ("was", "were", "is", "are"):
        aux, base = english.split(" ", 1)
    elif english in _GREEK_BASE:
        aux, base = _GREEK_BASE[english]
    else:
        return None
    return f"{asked}{aux} {who} {no}{base}{obj}{after}"


def _subject_first(m: re.Match) -> str:
    """A question with its subject after its verb, in English order ("τι είπε η Rudd για" → "τι
    did Rudd say για"; "πότε γεννήθηκε ο Masood" → "πότε was Masood born"; "συνεργάστηκε η Apple
    με" → "did Apple cooperate με"); as it is when what follows the verb is no subject."""
    asked = (m.group("asked") or "").strip()
    english = _GREEK_VERBS.get(m.group("verb").lower()) or _AUXILIARIES[m.group("verb").lower()]
    rest = m.group("rest")
    # (a neuter article's name with an object after it is the subject: "πώς ξεκλείδωσε το FBI το
    # iPhone": how did the FBI unlock the iPhone)
    # (and a name after a verb asking yes or no: "συμφώνησε το WhatsApp να δώσει πρόσβαση;")
    if re.fullmatch(_NEUTER, m.group("article"), re.I) and _plain(asked.lower().split()[0] if asked else "") \
            not in _ASKS_OBJECT_ONLY and english not in _INTRANSITIVE \
            and english.split()[0] not in ("was", "were", "is", "are") \
            and not re.match(r"(?-i:[%s])[\w'’-]*\s+(?:%s|τον|την|τη|τους|τις|ton|tin|thn|tous|tis)\s+\w" % (
                _CAP, _NEUTER), rest, re.I) and not (not asked and re.match(r"(?-i:[%s])" % _CAP, rest)):
        return m.group(0)
    words = re.findall(r"[\w'’-]+", re.split(r"[,.!?:]", rest)[0])
    named = bool(words) and (words[0][0].isupper() or words[0].lower() in _GREEK_NAMES)
    subject = []
    for k, w in enumerate(words):
        if _plain(w.lower()) in _NOT_SUBJECT or (w.lower() in _GREEK_VERBS and subject) or len(subject) == 3 \
                or (named and subject and not w[0].isupper()) or " ".join(words[k:k + 2]) in _TITLES and subject:
            break
        subject.append(w)
    if not subject:
        return m.group(0)
    after = rest[rest.index(subject[-1]) + len(subject[-1]):]
    if not named:
        # (a greeklish word that is English too is Greek there: "to minima": the message)
        subject = [_GREEK[w.lower()] if w.lower() in _GREEK_SHARED else w for w in subject]
    # a possessive after the subject's noun goes before it ("τι έγραφε το τελευταίο μήνυμά του": what
    # did his last message say), the accent the clitic put on the noun taken off again
    # (a genitive article is the subject's too: "πόσο κόστισε το hacking του iPhone": how much did the
    # hacking of the iPhone cost)
    poss = re.match(r"\s+(%s)(?=\s*(?:[?.!,]|$)|\s+([\w'’-]+))" % _verbs(_POSSESSIVES), after, re.I)
    if poss and poss.group(2) and _plain(poss.group(2).lower()) not in _NOT_SUBJECT \
            and poss.group(2).lower() not in _AUX_AND_VERBS:
        if poss.group(1).lower() in ("του", "της", "των", "tou", "ths", "twn", "toy") and not named:
            owner = re.match(r"\s+%s\s+(?:%s|[\w'’-]+)" % (re.escape(poss.group(1)), _NAME), after)
            subject, after = subject + owner.group(0).split(), after[owner.end():]
        poss = None
    if poss and not named and not (len(subject) == 1 and subject[0].lower() in _GREEK_VERBS):
        noun = subject[-1]
        if len(re.findall("[άέήίόύώΐΰ]", noun)) > 1:
            subject[-1] = noun[:-1] + _plain(noun[-1])
        subject = [_POSSESSIVES[poss.group(1).lower()]] + subject
        after = after[poss.end():]
    obj = f" {m.group('obj').strip()}" if m.group("obj") else ""
    english = _in_english(asked, m.group("not"), m.group("will"), m.group("verb"), subject, obj, after)
    return m.group(0) if english is None else english


def _subject_before_verb(m: re.Match) -> str:
    """A subject between its question word and its verb, put after the verb for ``_subject_first``
    ("γιατί ο Masood έκανε" → "γιατί έκανε ο Masood"); a neuter article made a subject's there ("πώς
    το FBI ξεκλείδωσε" → "πώς ξεκλείδωσε ο FBI"), as that rule tells a subject by its article."""
    article, np = m.group("subject").split(None, 1)
    if re.fullmatch(_NEUTER, article, re.I):
        article = "ο" if re.match("[α-ω]", article, re.I) else "o"
    return f"{m.group('asked')} {m.group('head')} {article} {np}"


def _subject_last(m: re.Match) -> str:
    """A question with its subject last, in English order ("Είχε ποινικό μητρώο ο Masood;" → "did
    Masood have ποινικό μητρώο?", "πόσα χρόνια ήταν στη φυλακή ο Masood;" → "πόσα χρόνια was
    Masood στη φυλακή?")."""
    english = _in_english((m.group("asked") or "").strip(), m.group("not"), m.group("will"), m.group("verb"),
                          m.group("subject").split(), "",
                          f" {m.group('middle').strip()}{m.group('tail') or ''}{m.group('end') or ''}")
    return m.group(0) if english is None else english


# the adjectives between an article and its noun ("το τελευταίο μήνυμά του": his last message)
_ADJECTIVES = frozenset("last first real previous new other own criminal political full only true".split())


def _possessive(m: re.Match) -> str:
    """A noun and its possessive after it, in English order ("το όνομά του;" → "his όνομα;", "στη
    γυναίκα του": to his wife): the accent a clitic puts on the noun's last syllable ("όνομά")
    taken off again. As it is after a verb or a preposition ("είπε σε μας")."""
    noun = m.group("noun")
    if _plain(noun.lower()) in _NOT_SUBJECT or noun.lower() in _GREEK_VERBS:
        return m.group(0)
    if len(re.findall("[άέήίόύώΐΰ]", noun)) > 1:
        noun = noun[:-1] + _plain(noun[-1])
    into = m.group("into") or ""
    into = "" if not into else "in " if _plain(into.lower()) in ("στο", "στα", "sto", "sta") else "to "
    adj = m.group("adj") or ""
    if adj and _GREEK.get(adj.lower(), adj.lower()) not in _ADJECTIVES:
        # (no adjective of the noun: "είπε στη γυναίκα του" keeps "είπε")
        before = m.group(0)[:m.start("adj") - m.start()] if into else ""
        return f"{before}{adj} {into if not before else ''}{_POSSESSIVES[m.group('poss').lower()]} {noun}"
    return f"{into}{_POSSESSIVES[m.group('poss').lower()]} {adj + ' ' if adj else ''}{noun}"


def _previous(m: re.Match, past_names: bool = False) -> str:
    """The word before ``m``, in lower case ("" first in the question or in a sentence of it);
    ``past_names``, the word before the name there ("to FBI to iPhone": "to")."""
    text = m.string[:m.start()]
    if re.search(r"[?.!;:]\s*$", text):
        return ""
    before = re.findall(r"[\w'’-]+", text)
    while past_names and before and before[-1][0].isupper():
        before.pop()
    return before[-1].lower() if before else ""


def _greek_before(prev: str) -> bool:
    """Whether ``prev``, a word before a greeklish word that is also English, is Greek: a Greek
    word, or an English preposition no English "to" follows ("for to attack": for the attack)."""
    return prev in _GREEK_CONTEXT or prev in _NO_TO_AFTER or bool(re.search("[α-ωά-ώ]", prev))


def _latin_before_english(m: re.Match) -> str:
    """A greeklish word that is also English ("to", "i", "me", "den", "an", "meta") before an
    English word, in English when the word before it is Greek or the word after it "to" (το):
    "egrapse to article" is "wrote the article", "kai i police" "and the police", "meta to attack"
    "after the attack"; "according to Rudd", "how to use", "i think" stay. (Before a word of Greek
    the reader glosses it, ``shared``; before a name, ``_latin_before_name``.)"""
    word, low, prev = m.group(0), m.group(0).lower(), _previous(m, past_names=True)
    nxt = m.group("next")
    if nxt[0].isupper() or nxt.lower() in _GREEK or low == "i" and nxt.lower() in _ENGLISH_AFTER_I \
            or low == "to" and nxt.lower() in _ENGLISH_AFTER_TO:
        return word
    # (after the idioms' "what was" too: "poio itan to real name": what was the real name)
    asked = low == "to" and re.search(r"\b(?:what|which|who)\s+(?:is|was|are|were)\s+$", m.string[:m.start()], re.I)
    if prev and _greek_before(prev) or not prev and low == "to" or nxt.lower() == "to" and low != "to" or asked:
        # ("i" as "h", its other spelling, a subject's article the idioms below still see)
        return "h" if low == "i" else "the" if low == "to" else _GREEK[low]
    return word


def _latin_before_name(m: re.Match) -> str:
    """A greeklish article that is also English ("to", "ton", "tin", "i") before a name, left out
    after a Greek word ("eipe to BBC": said BBC; "i Rudd ti eipe"); and "ti", which asks ("ti eipe":
    what said) except after a preposition and before no verb ("me ti Rudd": with Rudd)."""
    word, low, prev = m.group(0), m.group(0).lower(), _previous(m)
    after = re.match(r"\s+([\w'’-]+)", m.string[m.end():])
    nxt = after.group(1) if after else ""
    named = bool(nxt) and nxt[0].isupper() and nxt.lower() not in _GREEK
    if low == "ti":
        if prev in ("me", "se", "apo", "gia", "meta", "prin", "kata", "xwris", "xoris", "pros", "mexri") and \
                nxt.lower() not in _GREEK_VERBS:
            return "" if named else "the"
        return "what"
    return "" if named and (not prev or _greek_before(prev)) else word


def _latin_to(m: re.Match) -> str:
    """Greeklish "to" (το, the) before a word of Greek ("to arthro": the article); not in the
    glossary, which would gloss so the English "to" the idioms give ("στον Trump": to Trump)."""
    nxt, prev = m.group("next").lower(), _previous(m, past_names=True)
    # (or after the idioms' "what was": "poio itan to prwto minima": what was the first message)
    asked = re.search(r"\b(?:what|which|who)\s+(?:is|was|are|were)\s+$", m.string[:m.start()], re.I)
    return "the" if (nxt in _GREEK or nxt == "to") and (not prev or _greek_before(prev) or asked) else m.group(0)


def _article_before_name(m: re.Match) -> str:
    """An article before a name, left out ("η Rudd", "το FBI"), or "of", "to", "in" for one joined
    with a preposition ("του Masood": of Masood, "στον Trump": to Trump, "στην Αμερική": in America);
    as it is before a Greek word in capitals ("ΤΟ ΑΡΘΡΟ")."""
    nxt = re.match(r"\s*([\w'’-]+)", m.string[m.end():]).group(1).lower()
    if nxt in _GREEK and nxt not in _GREEK_NAMES:
        return m.group(0)
    the = "the " if any(m.string[m.end():].startswith(t) for t in _TITLES) else ""
    low = _plain(m.group(1).lower())
    if low in ("του", "της", "των", "tou", "ths", "tis", "twn", "toy"):
        return "of " + the
    if low in ("στον", "στην", "στη", "ston", "stin", "sthn", "sth", "sti"):
        return ("in " if _GREEK_NAMES.get(nxt) in _PLACES else "to ") + the
    if low in ("στο", "στα", "sto", "sta"):
        return "in " + the
    return the


# names typed in Greek letters, which the articles spell in English
_GREEK_NAMES = {
    "ράντ": "Rudd", "ραντ": "Rudd", "μασούντ": "Masood", "τραμπ": "Trump", "ομπάμα": "Obama", "κλίντον": "Clinton",
    "μέι": "May", "κόμεϊ": "Comey", "πούτιν": "Putin", "λονδίνο": "London", "λονδίνου": "London",
    "βρετανία": "Britain", "βρετανίας": "Britain", "αμερική": "America", "ηπα": "US", "ουάσινγκτον": "Washington",
    "γουέστμινστερ": "Westminster", "μπέρμιγχαμ": "Birmingham", "ρωσία": "Russia", "ρωσίας": "Russia",
    "ισλάμ": "Islam",
}
_GREEK_NAMES.update({_plain(w): e for w, e in list(_GREEK_NAMES.items())})

# the names of several words the idioms give, which keep their article ("ο υπουργός εσωτερικών":
# the Home Secretary)
_TITLES = ("Home Secretary", "Home Office", "White House", "Supreme Court", "Islamic State")
# the places among them: "στην Αμερική" is in America, "στον Trump" to Trump
_PLACES = frozenset("London Britain America US Washington Westminster Birmingham Russia".split())
# the English prepositions no English "to" follows, glossed from Greek before it ("για το
# attack" glossed in an idiom "for", then "to attack")
_NO_TO_AFTER = frozenset("for with from of by during against without after before between until towards besides "
                         "inside outside near if".split())
# the English words after an English "i" ("i think", "i mean"): no article "η"
_ENGLISH_AFTER_I = frozenset("""think mean want need know guess heard read saw am was have had will would can could
    dont don't didnt didn't do did wonder believe feel see like hope remember thought meant""".split())
# the English words after an English "to" opening a question ("To whom did ...")
_ENGLISH_AFTER_TO = frozenset("whom what which who where when how be do get make see know find the a an this that "
                              "me him her them us you it".split())

# a subject after its verb ("τι είπε η Rudd"), only after a nominative article, so that "ποιος
# δημοσιογράφος έγραψε το άρθρο" keeps its object (``_subject_first``)
_SUBJECT_FIRST = (r"%s(?:(?P<asked>\s*%s)\s+|\s*)%s(?P<verb>%s)(?P<obj>\s+%s)?\s+(?P<article>%s|%s)\s+(?P<rest>.*)$"
                  % (_START, _ASKED, _BEFORE_VERB, _INVERTED, _OBJECT, _NOMINATIVE, _NEUTER), _subject_first)

_GREEK_IDIOMS = Idioms([
    # the Greek question mark (";", or U+037E, which is one once normalized)
    (r"\s*[;\u037e]", "?"),
    # ways of asking to be told, left out ("μπορείς να μου πεις ποιος ...": who ...)
    (_g(r"\b(?:μπορεις|μπορειτε|ξερεις|ξερετε)\s+(?:να\s+)?(?:μου\s+)?(?:πεις|πειτε)\b"), ""),
    (r"\b(?:mporeis|boreis|mporeite|ksereis|kseris|xereis|xeris)\s+(?:na\s+)?(?:mou\s+|m\s+)?"
     r"(?:peis|pis|peite|pite)\b", ""),
    (_g(r"\b(?:πες|πειτε)\s+μου\b") + r"|\b(?:pes|peite|pite)\s+(?:mou|moy)\b", ""),
    (_g(r"\b(?:θα\s+ηθελα|θελω)\s+να\s+(?:μαθω|ξερω)\b") +
     r"|\b(?:tha\s+ithela|thelw|thelo|8elw)\s+na\s+(?:ma[t8]h?[wo]|ksero|kserw|xerw)\b", ""),
    (_g(r"\bξερει\s+κανεις\b") + r"|\bkserei\s+kaneis\b", ""),
    (_g(r"^\s*(?:ευχαριστω|ευχαριστουμε|γεια(?:\s+σου|\s+σας)?|καλημερα|καλησπερα)\s*[!,.]*\s*") +
     r"|^\s*(?:e[fuy]xarist[wo]|geia(?:\s+sou|\s+sas)?|kal[ih]mera|kalispera)\s*[!,.]*\s*", ""),
    # the month something happened ("τον Μάρτιο": in March)
    (_g(r"\bτον\s+(?=(?:ιανουαριο|φεβρουαριο|μαρτιο|μαρτη|απριλιο|μαιο|ιουνιο|ιουλιο|αυγουστο|σεπτεμβριο|οκτωβριο|"
        r"νοεμβριο|δεκεμβριο)\b)") + r"|\bton\s+(?=(?:ianouario|fevrouario|martio|marti|aprilio|maio|iounio|ioulio|"
     r"avgousto|septemvrio|oktwvrio|oktovrio|noemvrio|dekemvrio)\b)", "in "),
    # the day something happened ("την Κυριακή": on Sunday)
    (_g(r"\b(?:την|τη)\s+(?=(?:κυριακη|δευτερα|τριτη|τεταρτη|πεμπτη|παρασκευη)\b)|\bτο\s+(?=σαββατο\b)") +
     r"|\b(?:tin|thn|ti|th)\s+(?=(?:k[yi]riak[ih]|d[ef][fu]tera|trit[ih]|tetart[ih]|pempt[ih]|paraskev[ih]|"
     r"paraskeyh)\b)"
     r"|\bto\s+(?=sa[vb]{2}ato\b)", "on "),
    # names of several words
    (_g(r"\bυπουργ(?:ος|ου|ο)\s+εσωτερικων\b") + r"|\b(?:[yiu]pourgo[su]?)\s+es[wo]terik[wo]n\b", "Home Secretary"),
    (_g(r"\bυπουργει(?:ο|ου)\s+εσωτερικων\b") + r"|\b[yiu]pourg(?:e?i)o[u]?\s+es[wo]terik[wo]n\b", "Home Office"),
    (_g(r"\bισλαμικ(?:ο|ου)\s+κρατ(?:ος|ους)\b") + r"|\bislamik(?:o|ou)\s+krat(?:os|ous|o)\b", "Islamic State"),
    (_g(r"\bλευκ(?:ος|ο|ου)\s+οικ(?:ος|ο|ου)\b") + r"|\b(?:lefk|leuk|leyk)(?:os|o|ou)\s+(?:oik|ik)(?:os|o|ou)\b",
     "White House"),
    (_g(r"\bανωτατο\s+δικαστηριο\b") + r"|\banwtato\s+dikasthrio\b|\banotato\s+dikastirio\b", "Supreme Court"),
    (_g(r"\bποινικ(?:ο|ου)\s+μητρω(?:ο|ου)\b") + r"|\bp(?:oi|i)nik(?:o|ou)\s+m[ih]tr[wo](?:o|ou)\b", "criminal record"),
    (_g(r"\bπρακτορει(?:ο|ου)\s+ειδησεων\b") + r"|\bpraktor(?:e?i)o[u]?\s+(?:eid|id)[ih]se[wo]n\b", "news agency"),
    (_g(r"\bμυστικ(?:ες|ων)\s+υπηρεσι(?:ες|ων)\b") + r"|\bm[yi]stik(?:es|wn|on)\s+[yi]p[ih]resi(?:es|wn|on)\b",
     "intelligence services"),
    (_g(r"\bυπηρεσι(?:ες|ων)\s+(?:πληροφοριων|ασφαλειας)\b") + r"|\b[yi]p[ih]resi(?:es|wn|on)\s+asfal(?:e?i)as\b",
     "security services"),
    (_g(r"\bμεσα\s+κοινωνικης\s+δικτυωσης\b") + r"|\bmesa\s+k(?:oi|i)n[wo]nik[ih]s\s+dikt[yi][wo]s[ih]s\b",
     "social media"),
    (_g(r"\bαπο\s+ακρη\s+σε\s+ακρη\b") + r"|\bapo\s+akri\s+se\s+akri\b", "end-to-end"),
    (_g(r"\bανελαβε\s+(?:την\s+)?ευθυνη(?P<for>\s+για)?\b") +
     r"|\banela[vb]e\s+(?:tin\s+|thn\s+|ti\s+)?e[uyf](?:th|8)[iyh]n[ih](?P<for2>\s+gia)?\b",
     lambda m: "claimed responsibility for" if m.group("for") or m.group("for2") else "claimed responsibility"),
    (_g(r"\bαναληψη\s+(?:της\s+)?ευθυνης\b") + r"|\banal[ih]psh?\s+(?:ths\s+|tis\s+)?e[uyf](?:th|8)[iyh]n[ih]s\b",
     "claim of responsibility"),
    # the words of the concepts asked about, in the Greek the rules below read ("έγινε υπουργός":
    # κατέστη, became; "σκοτώθηκε από τα πυρά": πυροβολήθηκε θανάσιμα, was shot dead) or in English
    # ("σε ποιον ανήκει": who owns; "από πότε": since when; "με τι μαχαίρωσε": with what weapon)
    (_g(r"\bγια\s+ποσο(?:\s+(?:καιρο|χρονο))?\b") + r"|\bgia\s+poso(?:\s+(?:kairo|kero|xrono|hrono))?\b", "how long"),
    (_g(r"\bποσο\s+(?=(?:κρατησε|κραταει|διηρκεσε|διαρκεσε|διαρκει)\b)") +
     r"|\bposo\s+(?=(?:kratise|krathse|krataei|diirkese|diarkese|diarkei|diarki)\b)", "how long "),
    (_g(r"\bαπο\s+ποτε\b") + r"|\bapo\s+pote\b", "since when"),
    (_g(r"\bποια\s+ωρα\b") + r"|\bp(?:oi|i)a\s+(?:wra|ora)\b", "what time"),
    (_g(r"\bμε\s+τι\s+(?=(?:μαχαιρωσε|σκοτωσε|πυροβολησε|επιτεθηκε|χτυπησε|τραυματισε)\b)") +
     r"|\bme\s+ti\s+(?=(?:maxairwse|maxerose|mahairose|machairose|skotwse|skotose|pyrovolise|pirovolise|"
     r"epitethike|epite8hke|xtypise|xtipise|htipise|travmatise)\b)", "με τι όπλο "),
    (_g(r"\b(?:σε|σ')\s+ποι(?:ον|α|ους)\s+ανηκει\b|\b(?:ποιανου|ποιανης|τινος)\s+ειναι\b") +
     r"|(?:\bse\s+p(?:oi|i)(?:on|a|ous)\s+an[ih]k(?:ei|i)\b|\b(?:p(?:oi|i)anou|tinos)\s+(?:einai|ine)\b)"
     r"(?:\s+(?:το|τα|η|ο|to|ta|h|i|o)\b)?", "who owns"),
    (_g(r"\b(?:σε|σ')\s+ποια\s+(?:εταιρεια|εταιρια)\s+ανηκει\b") +
     r"|\bse\s+p(?:oi|i)a\s+(?:etaireia|etairia|eteria)\s+an[ih]k(?:ei|i)\b(?:\s+(?:to|ta|h|i|o)\b)?",
     "which company owns"),
    (_g(r"\bεγινε\s+(?=(?:ο\s+|η\s+|o\s+|h\s+|i\s+)?(?:[\w'’-]+\s+)?(?:υπουργ|πρωθυπουργ|προεδρ|βουλευτ|γερουσιαστ|"
        r"διευθυντ|αρχηγ|Home\s+Secretary|[yiu]pourg|pr[wo]th[yi]pourg|proedr|voulef|gerousiast|diefth|dieuth))"
        r"|\begine\s+(?=(?:ο\s+|η\s+|o\s+|h\s+|i\s+)?(?:[\w'’-]+\s+)?(?:υπουργ|πρωθυπουργ|προεδρ|Home\s+Secretary|"
        r"[yiu]pourg|pr[wo]th[yi]pourg|proedr|voulef|gerousiast|diefth|dieuth))"), "κατέστη "),
    (_g(r"\bεγινε\s+μουσουλμαν(?:ος|α)\b") + r"|\begine\s+mousoulman(?:os|a)\b", "ασπάστηκε το Ισλάμ"),
    (_g(r"\bεχασε\s+τη(?:ν)?\s+ζωη\s+(?:του|της)\b") + r"|\bexase\s+t[ih]n?\s+z[wo][ih]\s+t(?:ou|is|hs)\b", "πέθανε"),
    (_g(r"\bσκοτωθηκε\s+απο\s+(?:τα\s+)?πυρα(?P<police>\s+(?:της\s+αστυνομιας|των\s+αστυνομικων))?") +
     r"|\bskot[wo](?:th|8)h?[ih]ke\s+apo\s+(?:ta\s+)?p[yi]ra"
     r"(?P<police2>\s+(?:t[ih]s\s+ast[yi]nomias|twn\s+ast[yi]nomikwn))?",
     lambda m: "πυροβολήθηκε θανάσιμα" + (" από την αστυνομία" if m.group("police") or m.group("police2") else "")),
    (_g(r"\b(αφεθηκ(?:ε|αν))\s+(ολοι\s+)?ελευθερ(?:ος|η|οι)\b") +
     r"|\b(afe(?:th|8)h?[ih]k(?:e|an))\s+(oloi\s+|oli\s+)?ele[uyf](?:th|8)er(?:os|h|i|oi)\b",
     lambda m: (m.group(2) or m.group(4) or "") + (m.group(1) or m.group(3))),
    (_g(r"\b(?:του\s+|της\s+)?απαγγελθηκαν\s+κατηγοριες\b") +
     r"|\b(?:tou\s+|ths\s+)?apaggel(?:th|8)h?[ih]kan\s+kat[ih]gor[ie]es\b",
     "κατηγορήθηκε"),
    (_g(r"\bαναλαβε\s+(?:τα\s+)?καθηκοντα\b") + r"|\banelave\s+(?:ta\s+)?ka(?:th|8)[ih]konta\b", "διορίστηκε"),
    (_g(r"\bποσα\s+(?:λεφτα|χρηματα)\s+(βγαζει|εβγαζε|παιρνει|επαιρνε)\b") +
     r"|\bposa\s+(?:lefta|xrimata|xrhmata)\s+(vgazei|vgazi|evgaze|pairnei|perni|epairne)\b|" +
     _g(r"\bποσα\s+(βγαζει|εβγαζε|παιρνει|επαιρνε)\b") + r"|\bposa\s+(vgazei|vgazi|evgaze|pairnei|perni|epairne)\b",
     lambda m: "πόσο κερδίζει" if re.match(r"[βbvπp]", next(g for g in m.groups() if g), re.I) else "πόσο κέρδιζε"),
    (_g(r"\bποσα\s+(?=(?:πληρωσε|πληρωσαν|πληρωνει|πληρωσει|κοστισε|κοστιζει|ξοδεψε|κερδιζει)\b)") +
     r"|\bposa\s+(?=(?:plirose|plirwse|plhrwse|plirosan|plhrwsan|plironei|plhrwnei|kostise|kostizei|kerdizei)\b)",
     "πόσο "),
    (_g(r"\bγραπτ(?:ο|α)\s+μηνυμα(?:τα)?\b") + r"|\bgrapt(?:o|a)\s+m[ih]n[yi]ma(?:ta)?\b",
     lambda m: "text messages" if m.group(0).lower().endswith(("τα", "ta")) else "text message"),
    (_g(r"\bκανονικο\s+(?=ονομα)") + r"|\bkanoniko\s+(?=onoma)", "πραγματικό "),
    (_g(r"\bποινικ(?:ο|ου)\s+παρελθον\b") + r"|\bp(?:oi|i)nik(?:o|ou)\s+parel(?:th|8)on\b", "criminal record"),
    (_g(r"\bποινικες\s+καταδικες\b") + r"|\bp(?:oi|i)nikes\s+katadikes\b", "previous convictions"),
    (_g(r"\bγνωστ(?:ος|η|ο|οι)\s+(?:στην|στη|στις|στο|στους|στον)\s+") +
     r"|\bgn[wo]st(?:os|h|i|o|oi)\s+(?:sthn|stin|sti|th|stis|sto|stous|ston)\s+",
     lambda m: "known to " if re.match(r"[%s]" % _CAP, m.string[m.end():m.end() + 1]) else "known to the "),
    (_g(r"\b(?:ειχε|εχει)\s+(ποτε\s+)?(ξανα)?(?:μπει|παει|βρεθει)\s+(?:στη(?:ν)?\s+)?φυλακη\b") +
     r"|\b(?:eixe|ixe|exei|exi)\s+(pote\s+)?(ksana|xana)?(?:mpei|bei|mpi|bi|pagei|pai)\s+(?:st[ih]n?\s+|sthn?\s+)?"
     r"f[yiu]lak[ih]\b", "ήταν στη φυλακή πριν"),
    (_g(r"\b(?:στη|στην)\s+φυλακη\b") + r"|\b(?:sth|sthn|sti|stin)\s+f[yiu]lak[ih]\b", "in prison"),
    (_g(r"\bτι\s+(?:υπηρχε|υπηρχαν|ηταν|ειχε|εγραφε|ελεγε)\s+(?:μεσα\s+)?(?=(?:στο|στα|στον|στη|στην)\b)") +
     r"|\bti\s+(?:[yi]p[ih]rxe|[yi]p[ih]rxan|itan|htan|eixe|ixe|egrafe|elege)\s+(?:mesa\s+)?"
     r"(?=(?:sto|sta|ston|sti|stin|sthn)\b)",
     "what was "),
    (_g(r"\bεκτος\s+απο\b") + r"|\be(?:kt|ct)os\s+apo\b", "besides"),
    (r"\b(me|se|apo|gia|meta|prin|kata|pros|xwris|xoris|mexri)\s+tis\s+(?!(?-i:[A-Z]))", r"\1 the "),
    # "η" between two verbs, typed without its accent, is "ή" (or): "συνεληφθησαν η κρατηθηκαν"
    (r"(?<![\w'’-])(?P<one>[\w'’-]+)\s+(?:η|h|i)\s+(?=(?P<other>[\w'’-]+))",
     lambda m: f"{m.group('one')} ή " if m.group("one").lower() in _AUX_AND_VERBS and m.group("other").lower()
     in _AUX_AND_VERBS else m.group(0)),
    # "το τελευταίο του μήνυμα": το τελευταίο μήνυμά του, his last message
    (r"(?<![\w'’-])(?P<the>το|τα|η|ο|οι|τον|την|τη|τις|τους|to|ta|h|o|i|oi|ton|tin|thn|tis|tous)\s+"
     r"(?P<adjective>(?:" + _g(r"τελευται|πρωτ|πραγματικ|αληθιν|προηγουμεν|νε|καινουρ?γι") +
     r"|teleftai|teleutai|teleytai|prwt|prot|pragmatik|alithin|alhthin|proigoumen|prohgoumen|ne|kainourgi|kenourgi)"
     r"(?:ο|η|α|ος|ες|οι|ους|ου|ων|o|h|a|os|es|oi|ous|ou|wn|i|on)?)\s+(?P<own>του|της|τους|tou|ths|tis|tous)\s+"
     r"(?P<noun>[\w'’-]+)", r"\g<the> \g<adjective> \g<noun> \g<own>"),
    (r"(?<![\w'’-])ποτέ\s+(?:δεν|δε)(?![\w'’-])", "never"),
    # a subject named first in a question of yes or no goes after its verb ("η Apple συνεργάστηκε με το
    # FBI;": συνεργάστηκε η Apple με το FBI, did Apple cooperate with the FBI), for the rules below
    # ("ο δράστης ήταν μόνος;" too: a nominative article's noun, typed in Greek letters, is a subject)
    (r"^(?P<space>\s*)(?P<subject>(?:%s|%s)\s+%s|(?:ο|η|οι|o|h|oi)\s+[α-ωάέήίόύώϊϋΐΰ]+)\s+(?P<adverb>(?:%s)\s+)?"
     r"(?P<before>%s)(?P<verb>[\w'’-]+)(?P<rest>[^?.!,]*)" % (
         _NOMINATIVE, _NEUTER, _NAME, _ADVERBS, _BEFORE_VERB_UNNAMED),
     lambda m: m.group(0) if m.group("verb").lower() not in _AUX_AND_VERBS else
     f"{m.group('space')}{m.group('before')}{m.group('verb')} {m.group('subject')}{m.group('rest')}"
     f"{' ' + m.group('adverb').strip() if m.group('adverb') else ''}"),
    # ("έχει απαντήσει": has answered, read as "απάντησε", answered, which the rules below put in
    # English order)
    (r"(?<![\w'’-])(?:%s)\s+(?P<adverb>(?:%s)\s+)?(?P<verb>[\w'’-]+)" % (_HAVE, _ADVERBS),
     lambda m: m.group(0) if m.group("verb").lower() not in _PAST_OF else
     f"{_PAST_OF[m.group('verb').lower()]} {m.group('adverb') or ''}".rstrip()),
    # an adverb after a verb goes last, out of the way of the subject after the verb ("πώς ξεκλείδωσε
    # τελικά το FBI το iPhone;": how did the FBI unlock the iPhone in the end?), "ποτε" there "ever"
    # (ποτέ), as does "τελικά" opening a question; "ακόμα" last asks "yet" ("απάντησε ακόμα;")
    (r"(?<![\w'’-])(?P<verb>[\w'’-]+)\s+(?P<end>%s)(?![\w'’-])(?P<rest>\s+[^?.!]+)?" % _ADVERBS,
     lambda m: m.group(0) if m.group("verb").lower() not in _AUX_AND_VERBS else
     f"{m.group('verb')}{m.group('rest') or ''} "
     f"{'ποτέ' if m.group('end').lower() in ('ποτε', 'pote') else m.group('end')}"),
    (r"^(?P<space>\s*)(?P<end>%s)\s+(?P<verb>[\w'’-]+)(?P<rest>\s+[^?.!]+)" % (
        _g("τελικα|τελικως|επιτελους") + "|telika|telikws|telikos|epitelous"),
     lambda m: m.group(0) if m.group("verb").lower() not in _AUX_AND_VERBS else
     f"{m.group('space')}{m.group('verb')}{m.group('rest')} {m.group('end')}"),
    (_g(r"\b(?:ακομα|ακομη)(?=\s*(?:[?.!]|$))") + r"|\bakom[ai](?=\s*(?:[?.!]|$))", "yet"),
    # a name after the verb of a clause of "που" goes before it ("το αυτοκίνητο που νοίκιασε ο Masood":
    # the car that Masood rented)
    (r"(?<=[\w'’-]\s)(?<!\bκαι\s)(?<!\bkai\s)(?<!\bαπό\s)(?<!\bαπο\s)(?<!\bapo\s)(?P<that>που|pou)\s+"
     r"(?P<verb>[\w'’-]+)\s+%s\s+(?P<name>%s)(?=\s*(?:[?.!,]|$))" % (_NOMINATIVE, _NAME),
     lambda m: m.group(0) if m.group("verb").lower() not in _GREEK_VERBS else
     f"{m.group('that')} {m.group('name')} {m.group('verb')}"),
    # how old, what kind of, how long, in the end, according to, why, how
    (_g(r"\bποσ(?:ων|ο)\s+χρονων?\s+(?:ηταν|ητανε)\b") +
     r"|\bpos(?:wn|on|o)\s+(?:x|ch|h)ron(?:wn|on|w|o)\s+(?:itan|htan|itane|htane)\b", "how old was"),
    (_g(r"\bποσ(?:ων|ο)\s+χρονων?\s+ειναι\b") +
     r"|\bpos(?:wn|on|o)\s+(?:x|ch|h)ron(?:wn|on|w|o)\s+(?:einai|ine|inai)\b", "how old is"),
    (_g(r"\bποσ(?:ων|ο)\s+χρονων?\b") + r"|\bpos(?:wn|on|o)\s+(?:x|ch|h)ron(?:wn|on|w|o)\b", "how old"),
    (_g(r"\bτι\s+ηλικια\s+ειχε\b") + r"|\bti\s+[ih]likia\s+(?:eixe|ixe|eihe)\b", "how old was"),
    (_g(r"\bτι\s+ηλικια\s+εχει\b") + r"|\bti\s+[ih]likia\s+(?:exei|exi|ehei)\b", "how old is"),
    (_g(r"\bτι\s+ειδους\b") + r"|\bti\s+(?:eid|id)ou[sv]\b", "what kind of"),
    (_g(r"\bποσο\s+καιρο\b") + r"|\bposo\s+(?:kairo|kero)\b", "how long"),
    (_g(r"\bποση\s+ωρα\b") + r"|\bpos[ih]\s+[wo]ra\b", "how long"),
    (_g(r"\bστο\s+τελος\b|\bτελικα\b") + r"|\bsto\s+telos\b|\btelika\b", "in the end"),
    (_g(r"\bσυμφωνα\s+με\b(?P<the>\s+(?:το|τον|την|τη|τα|τους|τις)\b)?") +
     r"|\bs[yiu]mf[wo]na\s+me\b(?P<the2>\s+(?:to|ton|tin|thn|ti|ta|tous|tis)\b)?",
     lambda m: "according to the" if m.group("the") or m.group("the2") else "according to"),
    (_g(r"\bγια\s+ποιο\s+λογο\b") + r"|\bgia\s+p(?:oi|i)o\s+logo\b", "why"),
    (_g(r"\bμε\s+(?:ποιο|τι)\s+τροπο\b") + r"|\bme\s+(?:p(?:oi|i)o|ti)\s+tropo\b", "how"),
    (_g(r"\bμονος\s+του\b|\bμονη\s+της\b|\bμονοι\s+τους\b") +
     r"|\bmonos\s+tou\b|\bmon[ih]\s+t[ih]s\b|\bmon(?:oi|i)\s+tous\b",
     "alone"),
    (_g(r"\bκατα\s+τη(?:ν)?\s+διαρκεια(?P<of>\s+(?:της|του|των))?\b") +
     r"|\bkata\s+t[ih]n?\s+diark(?:e?i)a(?P<of2>\s+(?:tis|ths|tou|twn))?\b",
     lambda m: "during the" if m.group("of") or m.group("of2") else "during"),
    (_g(r"\bσχετικα\s+με\b") + r"|\bsxetika\s+me\b", "about"),
    (_g(r"\bεξω\s+απο\b") + r"|\be(?:ks|x)[wo]\s+apo\b", "outside"),
    (_g(r"\bκοντα\s+(?:σε|στ)") + r"|\bkonta\s+(?:se|st)", lambda m: "near" if m.group(0)[-1] in "εe" else "near st"),
    (_g(r"\bπριν\s+απο\b") + r"|\bprin\s+apo\b", "before"), (_g(r"\bμετα\s+απο\b") + r"|\bmeta\s+apo\b", "after"),
    (_g(r"\bπανω\s+σε\b") + r"|\bpan[wo]\s+se\b", "on"), (_g(r"\bεπεσε\s+πανω\s+σε\b") + r"|\bepese\s+pan[wo]\s+se\b",
                                                          "crashed into"),
    (_g(r"\bεχασαν\s+τη(?:ν)?\s+ζωη\s+τους\b") + r"|\bexasan\s+t[ih]n?\s+z[wo][ih]\s+tous\b", "died"),
    # "what is the name of ...", "who is ...", "what is ..."
    (_g(r"\bπως\s+(?:λεγεται|λεγοταν|ονομαζεται|ονομαζοταν|τον\s+λενε|την\s+λενε|τον\s+ελεγαν|την\s+ελεγαν)(?=\s+\w)") +
     r"|\bp[wo]s\s+(?:legetai|legete|legotan|onomazetai|onomazete|ton\s+lene|tin\s+lene|ton\s+elegan)(?=\s+\w)",
     "what is the name of"),
    (_g(r"\bπως\s+(?:λεγεται|λεγοταν|ονομαζεται|τον\s+λενε|την\s+λενε|τον\s+ελεγαν|την\s+ελεγαν)\b") +
     r"|\bp[wo]s\s+(?:legetai|legete|legotan|onomazetai|ton\s+lene|tin\s+lene|ton\s+elegan)\b", "what is the name"),
    (_g(r"\bποια\s+(?:ειναι|ηταν)\s+(?:η\s+)?(?=(?-i:[%s]))" % _CAP) +
     r"|\bp(?:oi|i)a\s+(?:einai|ine|itan|htan)\s+(?:h\s+|i\s+)?(?=(?-i:[A-Z]))",
     lambda m: "who was " if re.search(r"ηταν|ήταν|itan|htan", m.group(0), re.I) else "who is "),
    (_g(r"\bποι(?:ο|α)\s+ειναι\b") + r"|\bp(?:oi|i)(?:o|a)\s+(?:einai|ine)\b", "what is"),
    (_g(r"\bποι(?:ο|α)\s+ηταν\b") + r"|\bp(?:oi|i)(?:o|a)\s+(?:itan|htan)\b", "what was"),
    (_g(r"\b(?:σε|σ')\s+ποι(?:ον|ους)\b") + r"|\bse\s+p(?:oi|i)(?:on|ous)\b(?!\s+[\w'’-]+\s+(?:%s)\b)" % _VERB_FORMS,
     "to whom"),
    (_g(r"\bαπο\s+ποι(?:ον|ους)\b") + r"|\bapo\s+p(?:oi|i)(?:on|ous)\b", "by whom"),
    (r"\bπιο\s+(?=\w)|(?<![\w'’-])pio\s+(?=(?:poly|poli|polu|polla|polloi|konta|prin|meta|megal\w*|mikr\w*|nea|neos|"
     r"sygkekrimena|akrivws|akrivos|grhgora|grigora)\b)", "more "),
    # a modal's "να" left out ("πρέπει να": must), "έχει πει" (has said), "δεν πρέπει να υπάρχει"
    # (there must not be)
    (_g(r"\b(δεν\s+)?(πρεπει|μπορει)\s+να\s+υπαρχ(?:ει|ουν)\b") +
     r"|\b(den\s+)?(prepei|prepi|mporei|borei|mpori|bori)\s+na\s+[yiu]parx(?:ei|i|oun)\b",
     lambda m: "there {} {}be".format("must" if _plain(m.group(2) or m.group(4)).lower().startswith(("π", "pr"))
                                    else "can", "not " if m.group(1) or m.group(3) else "")),
    (_g(r"\b(πρεπει|μπορει|μπορουν|μπορουσε|μπορουσαν)\s+να\b") + r"|\b(prepei|prepi|mporei|borei|mpori|bori|mporoun|"
     r"boroun|mporouse|borouse)\s+na\b", lambda m: m.group(1) or m.group(2)),
    (_g(r"\b(?:εχει|εχουν)\s+πει\b") + r"|\b(?:exei|exi|ehei|exoun)\s+pei\b", "has said"),
    (_g(r"\b(?:ειχε|ειχαν)\s+πει\b") + r"|\b(?:eixe|ixe|eihe|eixan)\s+pei\b", "had said"),
    # "πως" joins a clause after a verb of saying ("είπε πως": said that); first it asks
    (_g(r"\b(ειπε|ειπαν|λεει|λενε|δηλωσε|εγραψε|γραφει|ανεφερε|ισχυριστηκε)\s+πως\b") +
     r"|\b(eipe|ipe|eipan|leei|lene|dilwse|dhlwse|egrapse|grafei|anefere)\s+(?:pws|pos)\b",
     lambda m: f"{m.group(1) or m.group(2)} that"),
    # "αυτή η εφαρμογή": this app; "ο οποίος" (who, which) without its article
    (_g(r"\b(?:αυτος|αυτη|αυτο|αυτον|αυτην)\s+(?:ο|η|το|τον|την|τη)\b") +
     r"|\b(?:aftos|autos|afti|auti|afth|auth|afto|auto|afton|auton|aftin|autin)\s+(?:o|h|i|to|ton|tin|thn|ti)\b",
     "this"),
    (_g(r"\b(?:αυτοι|αυτες|αυτα|αυτους)\s+(?:οι|τα|τις|τους)\b") +
     r"|\b(?:aftoi|autoi|aftes|autes|afta|auta|aftous|autous)\s+(?:oi|i|ta|tis|tous)\b", "these"),
    (_g(r"\b(?:εκεινος|εκεινη|εκεινο|εκεινον|εκεινην)\s+(?:ο|η|το|τον|την|τη)\b") +
     r"|\b(?:ekeinos|ekinos|ekeinh|ekini|ekeino|ekino)\s+(?:o|h|i|to|ton|tin|thn|ti)\b", "that"),
    (_g(r"\b(?:ο|η|το|οι|τα|τον|την|τους|τις|του|της|των)\s+(?=οποι)") +
     r"|\b(?:o|h|i|to|oi|ta|ton|tin|thn|tous|tis|tou|ths|twn)\s+(?=op(?:oi|i)\w)", ""),
    # greeklish words that are English ones too, before an English word (``_latin_before_english``),
    # the idioms above seeing them as typed
    (r"(?<![\w'’-])(?:to|ton|tin|i|me|den|an|meta)(?=\s+(?P<next>[\w'’-]+))", _latin_before_english),
    # a clitic pronoun after its verb, as in English ("ποιος το έγραψε": who wrote it)
    (r"(?<![\w'’-])(?P<clitic>%s)\s+(?P<verb>%s)(?![\w'’-])" % (_verbs(_CLITICS), _VERB_FORMS),
     lambda m: f"{m.group('verb')} {_CLITICS[m.group('clitic').lower()]}"),
    # a subject named first, after its question's verb ("ο Masood πού γεννήθηκε;": πού γεννήθηκε ο
    # Masood), for the rule after it
    (r"^\s*(?P<subject>%s\s+%s)\s*,?\s+(?P<head>(?:%s|%s)\s+%s(?:%s)\b(?:\s+%s\b)?)(?P<tail>.*)$"
     % (_NOMINATIVE, _NAME, _ASKED, _ASKS_SUBJECT, _BEFORE_VERB_UNNAMED,
        _INVERTED, _OBJECT),
     lambda m: f"{m.group('head')} {m.group('subject')}{m.group('tail')}"),
    # and one between its question word and its verb ("γιατί ο Masood έκανε την επίθεση;")
    (r"%s(?P<asked>\s*%s)\s+(?P<subject>(?:%s|%s)\s+(?:%s|[\w'’-]+))\s+(?P<head>%s(?:%s)\b(?:\s+%s\b)?)"
     % (_START, _ASKED, _NOMINATIVE, _NEUTER, _NAME, _BEFORE_VERB_UNNAMED,
        _INVERTED, _OBJECT),
     _subject_before_verb),
    # a subject after its verb, before it ("τι είπε η Rudd": what did Rudd say), twice for a second
    # question after "και" ("τι είναι το WhatsApp και γιατί το θέλει η κυβέρνηση;")
    _SUBJECT_FIRST, _SUBJECT_FIRST,
    # and its subject last ("Είχε ποινικό μητρώο ο Masood;": did Masood have a criminal record?), a
    # preposition or a second clause after it ("... ο Masood και πού ζούσε;")
    (r"^(?:(?P<asked>\s*%s)\s+|\s*)%s(?P<verb>%s)\s+(?P<middle>(?:(?!\s%s\s)[^?])+?)\s+%s\s+"
     r"(?P<subject>%s|[\w'’-]+)(?P<tail>\s+(?:%s|ή|και|kai)\s[^?]*)?(?P<end>\s*\?)?\s*$"
     % (_ASKED, _BEFORE_VERB, _INVERTED, _NOMINATIVE, _NOMINATIVE, _NAME, _ASKED_AFTER), _subject_last),
    # "που" joins a clause after a verb ("ο αστυνομικός που σκοτώθηκε": the officer that was
    # killed); first it asks (the rules above see it as typed)
    (_g(r"(?:^|(?<=[,?.!]\s)|(?<=\bκαι\s)|(?<=\bαπο\s)|(?<=\bαπ'\s))\s*που\b") +
     r"|(?:^|(?<=[,?.!]\s)|(?<=\bkai\s)|(?<=\bapo\s))\s*pou\b", "where"),
    # ("για να": in order to; its "να" glossed "to" with the words)
    (_g(r"\bγια\s+(?=να\b)") + r"|\bgia\s+(?=na\b)", "in order "),
    # a possessive after its noun, last in the question ("το όνομά του;": his name?)
    (r"(?:\b(?:το|ο|η|τα|οι|τον|την|τη|τους|τις|to|o|h|i|ta|oi|ton|tin|thn|the|(?P<into>στο|στα|στον|στην|στη|sto|sta|"
     r"ston|stin|sthn|sti))\s+)?(?:(?P<adj>[\w'’-]+)\s+)?(?P<noun>[\w'’-]+)\s+"
     r"(?P<poss>%s)(?=\s*(?:[?.!,]|$))" % _verbs(_POSSESSIVES), _possessive),
    # greeklish articles that are English words too before a name, and "ti" (``_latin_before_name``);
    # "pote" (when), glossed here as "ti" is, as French has it too ("le pote de Masood")
    (r"(?<![\w'’-])(?:to|ton|tin|i|ti)(?![\w'’-])", _latin_before_name),
    (r"(?<![\w'’-])pote(?![\w'’-])", "when"),
    # "to arthro" (the article), the idioms' own "to" not yet in them
    (r"(?<![\w'’-])to(?=\s+(?P<next>[\w'’-]+))", _latin_to),
    # "λίγο πριν": shortly before (the rules above reading "πριν" after it as a preposition)
    (_g(r"\bλιγο\s+(πριν|μετα)\b") + r"|\bligo\s+(prin|meta)\b",
     lambda m: "shortly " + ("before" if _plain((m.group(1) or m.group(2)).lower()) in ("πριν", "prin") else "after")),
    # an article before a name left out ("η Rudd", "το FBI"); "του Masood": of Masood
    (r"(?<![\w'’-])(ο|η|οι|το|τα|τον|την|τη|o|h|oi|ta|thn|th|του|της|των|tou|ths|tis|twn|toy|στον|στην|στη|ston|stin|"
     r"sthn|sth|"
     r"sti|στο|στα|sto|sta)\s+(?=(?-i:[%s])|(?:%s)\b)" % (_CAP, _verbs(_GREEK_NAMES)), _article_before_name),
])

_GREEK = {
    **_GREEK_VERBS,
    # question words: "ποιος" asks who, "ποιο"/"ποια" which (and what, before "είναι")
    "ποιος": "who", "ποιός": "who", "poios": "who", "pios": "who", "ποιον": "whom", "ποιόν": "whom", "poion": "whom",
    "pion": "whom", "ποιοι": "who", "ποιοί": "who", "poioi": "who", "pioi": "who", "ποιους": "whom",
    "ποιούς": "whom", "poious": "whom", "pious": "whom", "ποια": "which", "ποιά": "which", "poia": "which",
    "pia": "which", "ποιο": "which", "ποιό": "which", "poio": "which", "pio": "which", "ποιες": "which",
    "ποιές": "which", "poies": "which", "pies": "which", "ποιου": "whose", "ποιού": "whose", "poiou": "whose",
    "piou": "whose", "ποιας": "whose", "ποιανού": "whose", "poianou": "whose", "pianou": "whose",
    "ποιανής": "whose", "ποιανών": "whose", "τίνος": "whose", "tinos": "whose", "τι": "what", "τί": "what",
    "πότε": "when", "ποτε": "when", "ποτέ": "ever", "πού": "where", "που": "that", "pou": "that",
    "πώς": "how", "πως": "how", "pws": "how", "pos": "how", "γιατί": "why", "giati": "why", "giaty": "why",
    "yiati": "why", "jati": "why", "πόσοι": "how many", "posoi": "how many", "posi": "how many",
    "πόσες": "how many", "poses": "how many", "πόσα": "how many", "posa": "how many", "πόσους": "how many",
    "posous": "how many", "πόσων": "how many", "poswn": "how many", "poson": "how many", "πόσο": "how much",
    "poso": "how much", "πόση": "how much", "posh": "how much", "οποίος": "who", "opoios": "who", "opios": "who",
    "οποία": "which", "opoia": "which", "οποίο": "which", "opoio": "which", "οποίοι": "who", "opoioi": "who",
    "οποίου": "whose", "opoiou": "whose",
    # articles, "ένας" a; "του", "της", "των" of the ("του" after its noun: his, in the idioms)
    "ο": "the", "o": "the", "η": "the", "h": "the", "i": "the", "οι": "the", "oi": "the", "το": "the",
    "τα": "the", "ta": "the", "τον": "the", "ton": "the", "την": "the", "tin": "the", "thn": "the", "τη": "the",
    "th": "the", "τους": "the", "tous": "the", "τις": "the", "του": "of the", "tou": "of the", "toy": "of the",
    "της": "of the", "tis": "of the", "ths": "of the", "των": "of the", "twn": "of the", "ένας": "a", "enas": "a",
    "ένα": "a", "ena": "a", "έναν": "a", "enan": "a", "μία": "a", "μια": "a", "mia": "a",
    # prepositions and their contractions with the article ("στο": in the)
    "σε": "in", "σ'": "in", "se": "in", "στο": "in the", "sto": "in the", "στον": "to the", "ston": "to the",
    "στη": "in the", "στην": "in the", "sti": "in the", "stin": "in the", "sthn": "in the", "sth": "in the",
    "στα": "in the",
    "sta": "in the", "στους": "in the", "stous": "in the", "στις": "in the", "stis": "in the", "στου": "at the",
    "stou": "at the", "από": "from", "απ'": "from", "απ’": "from", "apo": "from", "ap'": "from", "με": "with",
    "me": "with", "για": "about", "gia": "about", "χωρίς": "without", "xwris": "without", "xoris": "without",
    "horis": "without", "choris": "without", "μετά": "after", "meta": "after", "πριν": "before", "prin": "before",
    "κατά": "against", "kata": "against", "εναντίον": "against", "enantion": "against", "προς": "towards",
    "pros": "towards", "μέχρι": "until", "mexri": "until", "mehri": "until", "mechri": "until", "μεταξύ": "between",
    "metaksy": "between", "metaxy": "between", "metaksi": "between", "σχετικά": "about", "sxetika": "about",
    "πάνω": "on", "pano": "on", "panw": "on", "μέσα": "inside", "mesa": "inside", "έξω": "outside",
    "eksw": "outside", "ekso": "outside", "exw": "outside", "κοντά": "near", "konta": "near", "δίπλα": "next to",
    "dipla": "next to", "λόγω": "because of", "logw": "because of", "ως": "as", "ws": "as", "σαν": "like",
    # pronouns and possessives
    "εγώ": "I", "egw": "I", "ego": "I", "εσύ": "you", "esy": "you", "esi": "you", "αυτός": "he", "aftos": "he",
    "autos": "he", "αυτή": "she", "afti": "she", "auti": "she", "auth": "she", "αυτό": "this", "afto": "this",
    "auto": "this", "αυτοί": "they", "aftoi": "they", "autoi": "they", "αυτά": "these", "afta": "these",
    "auta": "these", "αυτόν": "him", "afton": "him", "auton": "him", "αυτού": "his", "aftou": "his", "autou": "his",
    "αυτής": "her", "aftis": "her", "auths": "her", "αυτών": "their", "aftwn": "their", "autwn": "their",
    "εκείνος": "that", "ekeinos": "that", "ekinos": "that", "εκείνο": "that", "ekeino": "that", "ekino": "that",
    "εμείς": "we", "emeis": "we", "emis": "we", "εσείς": "you", "eseis": "you", "esis": "you", "μου": "my",
    "mou": "my", "moy": "my", "σου": "your", "sou": "your", "μας": "our", "mas": "our", "σας": "your",
    "sas": "your", "δικός": "own", "δική": "own", "δικό": "own", "δικά": "own", "dikos": "own", "diko": "own",
    "diki": "own", "κάποιος": "someone", "kapoios": "someone", "kapios": "someone", "κάτι": "something",
    "kati": "something", "κανείς": "anyone", "κανένας": "anyone", "kaneis": "anyone", "kanis": "anyone",
    "kanenas": "anyone", "τίποτα": "anything", "tipota": "anything", "tipote": "anything", "όλοι": "all",
    "oloi": "all", "oli": "all", "όλα": "all", "ola": "all", "όλες": "all", "oles": "all", "όλους": "all",
    "olous": "all", "κάθε": "every", "kathe": "every", "ka8e": "every",
    # conjunctions, negation, yes and no
    "και": "and", "kai": "and", "ke": "and", "ή": "or", "αλλά": "but", "αλλα": "but", "alla": "but", "ότι": "that",
    "oti": "that", "αν": "if", "an": "if", "εάν": "if", "ean": "if", "όταν": "when", "otan": "when",
    "επειδή": "because", "epeidi": "because", "epeidh": "because", "epidi": "because", "ενώ": "while",
    "enw": "while", "αφού": "since", "afou": "since", "ούτε": "nor", "oute": "nor", "μόλις": "just",
    "molis": "just", "δεν": "not", "den": "not", "δε": "not", "μην": "not", "mhn": "not", "min": "not",
    "όχι": "no", "oxi": "no", "ochi": "no", "ohi": "no", "ναι": "yes", "nai": "yes",
    # auxiliaries and copulas, present and past
    "είναι": "is", "einai": "is", "ine": "is", "inai": "is", "ήταν": "was", "itan": "was", "htan": "was",
    "itane": "was", "htane": "was", "ήτανε": "was", "έχει": "has", "exei": "has", "exi": "has", "ehei": "has",
    "echei": "has", "έχουν": "have", "exoun": "have", "exoune": "have", "ehoun": "have", "είχε": "had",
    "eixe": "had", "ixe": "had", "eihe": "had", "είχαν": "had", "eixan": "had", "ixan": "had", "θα": "will",
    "tha": "will", "8a": "will", "να": "to", "na": "to", "μπορεί": "can", "mporei": "can", "borei": "can",
    "mpori": "can", "bori": "can", "μπορούν": "can", "mporoun": "can", "boroun": "can", "μπορούσε": "could",
    "mporouse": "could", "borouse": "could", "πρέπει": "must", "prepei": "must", "prepi": "must",
    "υπάρχει": "is there", "yparxei": "is there", "iparxei": "is there", "uparxei": "is there",
    "iparxi": "is there", "υπάρχουν": "are there", "yparxoun": "are there", "iparxoun": "are there",
    "uparxoun": "are there", "υπήρχε": "was there", "yphrxe": "was there", "ipirxe": "was there",
    "υπήρχαν": "were there", "yphrxan": "were there", "ipirxan": "were there",
    "ypirxan": "were there", "iparxan": "were there", "ypirxe": "was there", "iparxe": "was there",
    "τελικά": "in the end", "telika": "in the end",
    # the attack and its people
    "επίθεση": "attack", "epithesi": "attack", "epithesh": "attack", "epi8esh": "attack", "επίθεσης": "attack",
    "epithesis": "attack", "epitheshs": "attack", "επιθέσεις": "attacks", "epitheseis": "attacks",
    "τρομοκρατική": "terrorist", "tromokratiki": "terrorist", "tromokratikh": "terrorist",
    "τρομοκρατία": "terrorism", "tromokratia": "terrorism", "δράστης": "attacker", "drastis": "attacker",
    "drasths": "attacker", "δράστη": "attacker", "drasti": "attacker", "drasth": "attacker",
    "δράστες": "attackers", "drastes": "attackers", "επιτιθέμενος": "attacker", "epitithemenos": "attacker",
    "τρομοκράτης": "terrorist", "tromokratis": "terrorist", "tromokraths": "terrorist", "τρομοκράτη": "terrorist",
    "tromokrati": "terrorist", "τρομοκράτες": "terrorists", "tromokrates": "terrorists",
    "τρομοκρατών": "terrorists", "tromokratwn": "terrorists", "tromokraton": "terrorists",
    "αστυνομία": "police", "astynomia": "police", "astinomia": "police", "astunomia": "police",
    "αστυνομίας": "police", "astynomias": "police", "astinomias": "police", "αστυνομικός": "police officer",
    "astynomikos": "police officer", "astinomikos": "police officer", "αστυνομικό": "police officer",
    "astynomiko": "police officer", "astinomiko": "police officer", "αστυνομικού": "police officer",
    "astynomikou": "police officer", "astinomikou": "police officer", "αστυνομικοί": "police officers",
    "astynomikoi": "police officers", "astinomiki": "police officers", "αστυνομικούς": "police officers",
    "astynomikous": "police officers", "γέφυρα": "bridge", "gefyra": "bridge", "gefira": "bridge",
    "gefura": "bridge", "γέφυρας": "bridge", "gefyras": "bridge", "gefiras": "bridge",
    "αυτοκίνητο": "car", "aftokinito": "car", "autokinito": "car", "autokinhto": "car", "aytokinhto": "car",
    "αυτοκινήτου": "car", "aftokinitou": "car", "autokinhtou": "car", "αμάξι": "car", "amaxi": "car",
    "αμαξιού": "car", "amaxiou": "car",
    "amaksiou": "car",
    "amaksi": "car", "όχημα": "vehicle", "oxima": "vehicle", "oxhma": "vehicle", "μαχαίρι": "knife",
    "maxairi": "knife", "maxeri": "knife", "μαχαίρια": "knives", "όπλο": "weapon", "oplo": "weapon",
    "πεζοί": "pedestrians", "pezoi": "pedestrians", "pezi": "pedestrians", "πεζούς": "pedestrians",
    "pezous": "pedestrians", "πεζών": "pedestrians", "pezwn": "pedestrians", "pezon": "pedestrians",
    "άνθρωποι": "people", "anthropoi": "people", "anthrwpoi": "people", "an8rwpoi": "people", "anthropi": "people",
    "ανθρώπους": "people", "anthropous": "people", "anthrwpous": "people", "ανθρώπων": "people",
    "anthrwpwn": "people", "anthropon": "people", "άνθρωπος": "person", "anthropos": "person",
    "anthrwpos": "person", "άτομα": "people", "atoma": "people", "κόσμος": "people", "kosmos": "people",
    "θύματα": "victims", "thymata": "victims", "thimata": "victims", "8ymata": "victims", "θυμάτων": "victims",
    "thymatwn": "victims", "thimaton": "victims", "θύμα": "victim", "thyma": "victim", "thima": "victim",
    "νεκροί": "dead", "nekroi": "dead", "nekri": "dead", "νεκρούς": "dead", "nekrous": "dead", "νεκρός": "dead",
    "nekros": "dead", "τραυματίες": "injured", "travmaties": "injured", "traumaties": "injured",
    "τραυματισμένοι": "injured", "travmatismenoi": "injured", "ύποπτος": "suspect", "ypoptos": "suspect",
    "ipoptos": "suspect", "ύποπτοι": "suspects", "ypoptoi": "suspects", "μάρτυρες": "witnesses",
    "martyres": "witnesses", "martires": "witnesses", "στρατιώτης": "soldier", "stratiotis": "soldier",
    "stratiwtis": "soldier", "stratiwths": "soldier", "χαλιφάτου": "caliphate", "xalifatou": "caliphate",
    "ισλαμιστής": "Islamist", "islamistis": "Islamist", "μουσουλμάνος": "Muslim", "mousoulmanos": "Muslim",
    "γυναίκα": "wife", "gynaika": "wife", "ginaika": "wife", "οικογένεια": "family", "oikogeneia": "family",
    "ikogenia": "family", "παιδιά": "children", "paidia": "children", "pedia": "children",
    "ηλικία": "age", "ilikia": "age", "hlikia": "age", "ισλάμ": "Islam", "θρησκεία": "religion",
    "thriskeia": "religion", "thriskia": "religion", "φυλακή": "prison", "fylaki": "prison", "filaki": "prison",
    "κίνητρο": "motive", "kinitro": "motive", "kinhtro": "motive", "λόγος": "reason", "λόγο": "reason",
    "logos": "reason", "logo": "reason", "νοσοκομείο": "hospital", "nosokomeio": "hospital",
    "nosokomio": "hospital", "ξενοδοχείο": "hotel", "ksenodoxeio": "hotel", "xenodoxeio": "hotel",
    "ksenodoxio": "hotel", "πόλη": "city", "poli": "city", "polh": "city", "χώρα": "country", "xwra": "country",
    "xora": "country", "μέρος": "place", "meros": "place", "σημείο": "spot", "shmeio": "spot", "simio": "spot",
    "τόπος": "place", "topos": "place",
    # the time
    "χρόνια": "years", "xronia": "years", "chronia": "years", "hronia": "years", "χρονών": "years old",
    "xronwn": "years old", "xronon": "years old", "ετών": "years old", "etwn": "years old", "eton": "years old",
    "χρόνος": "year", "xronos": "year", "χρόνο": "year", "xrono": "year", "έτος": "year", "etos": "year",
    "μέρα": "day", "mera": "day", "ημέρα": "day", "imera": "day", "hmera": "day", "μέρες": "days", "meres": "days",
    "ημέρες": "days", "imeres": "days", "εβδομάδα": "week", "evdomada": "week", "ebdomada": "week",
    "μήνα": "month", "mina": "month", "mhna": "month", "μήνας": "month", "minas": "month", "ώρα": "time",
    "wra": "time", "ora": "time", "ώρες": "hours", "wres": "hours", "ores": "hours", "λεπτά": "minutes",
    "lepta": "minutes", "δευτερόλεπτα": "seconds", "defterolepta": "seconds", "deuterolepta": "seconds",
    "φορά": "time", "fora": "time", "φορές": "times", "fores": "times", "κυριακή": "Sunday",
    "kyriaki": "Sunday", "kiriaki": "Sunday", "kyriakh": "Sunday", "δευτέρα": "Monday", "deftera": "Monday",
    "deutera": "Monday", "τρίτη": "Tuesday", "triti": "Tuesday", "trith": "Tuesday", "τετάρτη": "Wednesday",
    "tetarti": "Wednesday", "tetarth": "Wednesday", "πέμπτη": "Thursday", "pempti": "Thursday",
    "pempth": "Thursday", "παρασκευή": "Friday", "paraskevi": "Friday", "paraskeyh": "Friday",
    "σάββατο": "Saturday", "savvato": "Saturday", "sabbato": "Saturday",
    # the months, as dates are said ("τον Μάρτιο": in March, "22 Μαρτίου": 22 March)
    "ιανουάριο": "January", "ιανουαρίου": "January", "ianouario": "January", "ianouariou": "January",
    "φεβρουάριο": "February", "φεβρουαρίου": "February", "fevrouario": "February", "fevrouariou": "February",
    "μάρτιο": "March", "μαρτίου": "March", "μάρτη": "March", "martio": "March", "martiou": "March",
    "απρίλιο": "April", "απριλίου": "April", "aprilio": "April", "apriliou": "April", "μάιο": "May",
    "μαΐου": "May", "maio": "May", "maiou": "May", "ιούνιο": "June", "ιουνίου": "June", "iounio": "June",
    "iouniou": "June", "ιούλιο": "July", "ιουλίου": "July", "ioulio": "July", "iouliou": "July",
    "αύγουστο": "August", "αυγούστου": "August", "avgousto": "August", "avgoustou": "August",
    "σεπτέμβριο": "September", "σεπτεμβρίου": "September", "septemvrio": "September", "septemvriou": "September",
    "οκτώβριο": "October", "οκτωβρίου": "October", "oktwvrio": "October", "oktovrio": "October",
    "oktovriou": "October", "νοέμβριο": "November", "νοεμβρίου": "November", "noemvrio": "November",
    "noemvriou": "November", "δεκέμβριο": "December", "δεκεμβρίου": "December", "dekemvrio": "December",
    "dekemvriou": "December", "σήμερα": "today", "simera": "today",
    "shmera": "today", "χθες": "yesterday", "χτες": "yesterday", "xthes": "yesterday", "xtes": "yesterday",
    "τώρα": "now", "twra": "now", "tora": "now",
    # the news, its writers and programmes
    "όνομα": "name", "όνομά": "name", "onoma": "name", "ονόματα": "names", "onomata": "names",
    "άρθρο": "article", "arthro": "article", "ar8ro": "article", "άρθρου": "article", "arthrou": "article",
    "ar8rou": "article", "τίτλος": "headline", "titlos": "headline", "τίτλο": "headline", "titlo": "headline",
    "τίτλου": "headline", "titlou": "headline", "επικεφαλίδα": "headline", "epikefalida": "headline",
    "υπότιτλος": "standfirst", "ypotitlos": "standfirst", "συγγραφέας": "author", "syggrafeas": "author",
    "siggrafeas": "author", "συντάκτης": "author", "syntaktis": "author", "sintaktis": "author",
    "αρθρογράφος": "columnist", "arthrografos": "columnist", "δημοσιογράφος": "journalist",
    "dimosiografos": "journalist", "dhmosiografos": "journalist", "δημοσιογράφου": "journalist",
    "dimosiografou": "journalist", "εφημερίδα": "newspaper", "efimerida": "newspaper", "efhmerida": "newspaper",
    "εκπομπή": "programme", "ekpompi": "programme", "ekpomph": "programme", "εκπομπής": "programme",
    "ekpompis": "programme", "πρόγραμμα": "programme", "programma": "programme", "συνέντευξη": "interview",
    "synenteuxi": "interview", "synentefksi": "interview", "sinentefxi": "interview", "synenteyksh": "interview",
    "συνέντευξης": "interview", "κανάλι": "channel", "kanali": "channel", "ειδήσεις": "news",
    "eidiseis": "news", "eidhseis": "news", "idisis": "news", "νέα": "news", "ιστορία": "story",
    "istoria": "story", "δήλωση": "statement", "dilosi": "statement", "dhlwsh": "statement", "dilwsi": "statement",
    "dhlwsi": "statement",
    "δηλώσεις": "statements", "dhlwseis": "statements", "απάντηση": "response",
    "apanthsh": "response", "πηγή": "source", "pigi": "source", "phgh": "source",
    # government, laws, warrants
    "κυβέρνηση": "government", "kyvernisi": "government", "kivernisi": "government", "kybernhsh": "government",
    "kyvernhsh": "government", "κυβέρνησης": "government", "kyvernisis": "government",
    "υπουργός": "minister", "ypourgos": "minister", "ipourgos": "minister", "upourgos": "minister",
    "υπουργού": "minister", "ypourgou": "minister", "πρωθυπουργός": "prime minister",
    "prwthypourgos": "prime minister", "prothipourgos": "prime minister", "βουλή": "parliament",
    "vouli": "parliament", "voulh": "parliament", "κοινοβούλιο": "parliament", "koinovoulio": "parliament",
    "kinovoulio": "parliament", "βουλευτής": "MP", "vouleftis": "MP", "βουλευτές": "MPs", "νόμος": "law",
    "nomos": "law", "νόμο": "law", "nomo": "law", "νόμου": "law", "nomou": "law", "νόμοι": "laws", "nomoi": "laws",
    "nomi": "laws", "νόμους": "laws", "nomous": "laws", "νέοι": "new", "νομοσχέδιο": "bill",
    "nomosxedio": "bill", "nomoschedio": "bill", "ένταλμα": "warrant", "entalma": "warrant",
    "εντάλματα": "warrants", "entalmata": "warrants", "δικαστής": "judge", "dikastis": "judge",
    "dikasths": "judge", "δικαστήριο": "court", "dikastirio": "court", "dikasthrio": "court",
    "απόφαση": "decision", "apofasi": "decision", "apofash": "decision", "πρόεδρος": "president",
    "proedros": "president", "προέδρου": "president", "proedrou": "president", "εκλογές": "election",
    "ekloges": "election", "εκλογών": "election", "eklogwn": "election", "κόμμα": "party", "komma": "party",
    "γερουσία": "Senate", "gerousia": "Senate", "γερουσιαστής": "senator", "gerousiastis": "senator",
    "δημοκρατικοί": "Democrats", "dimokratikoi": "Democrats", "dhmokratikoi": "Democrats",
    "ρεπουμπλικάνοι": "Republicans", "republikanoi": "Republicans", "repoumplikanoi": "Republicans",
    "ψήφος": "vote", "psifos": "vote", "ψηφοφορία": "vote", "psifoforia": "vote", "απαγόρευση": "ban",
    "apagorefsi": "ban", "apagoreusi": "ban", "apagoreush": "ban", "μετανάστες": "immigrants",
    "metanastes": "immigrants", "τείχος": "wall", "teixos": "wall", "tixos": "wall", "φόροι": "taxes",
    "foroi": "taxes", "φόρους": "taxes", "forous": "taxes", "υγεία": "health", "ygeia": "health",
    "igeia": "health", "ασφάλιση": "insurance", "asfalisi": "insurance", "σύμβουλος": "adviser",
    "symvoulos": "adviser", "simvoulos": "adviser", "εκπρόσωπος": "spokesman", "ekprosopos": "spokesman",
    "ekproswpos": "spokesman", "διευθυντής": "director", "diefthyntis": "director", "dieuthintis": "director",
    "έρευνα": "investigation", "erevna": "investigation", "ereuna": "investigation",
    # messages, apps, companies, security
    "μήνυμα": "message", "mhnyma": "message", "minyma": "message", "minima": "message", "μηνύματα": "messages",
    "mhnymata": "messages", "minymata": "messages", "minimata": "messages", "μηνυμάτων": "messages",
    "mhnymatwn": "messages", "minimaton": "messages", "εφαρμογή": "app", "efarmogi": "app", "efarmogh": "app",
    "εφαρμογής": "app", "efarmogis": "app", "εφαρμογές": "apps", "efarmoges": "apps", "εταιρεία": "company",
    "εταιρία": "company", "etaireia": "company", "etairia": "company", "eteria": "company",
    "εταιρείας": "company", "etaireias": "company", "εταιρείες": "companies", "εταιρίες": "companies",
    "etaireies": "companies", "etairies": "companies", "eteries": "companies", "εταιρειών": "companies",
    "υπηρεσίες": "services", "ypiresies": "services", "ipiresies": "services", "yphresies": "services",
    "ασφάλεια": "security", "asfaleia": "security", "asfalia": "security", "ασφαλείας": "security",
    "asfaleias": "security", "στοιχεία": "evidence", "stoixeia": "evidence", "stixia": "evidence",
    "αποδείξεις": "evidence", "apodeikseis": "evidence", "apodixis": "evidence", "ομάδα": "group",
    "omada": "group", "οργάνωση": "organisation", "organwsi": "organisation", "organosi": "organisation",
    "organwsh": "organisation", "τηλέφωνο": "phone", "tilefono": "phone", "thlefwno": "phone",
    "κινητό": "phone", "kinito": "phone", "kinhto": "phone", "κρυπτογράφηση": "encryption",
    "kryptografisi": "encryption", "kriptografisi": "encryption", "kryptografhsh": "encryption",
    "κρυπτογραφημένα": "encrypted", "kryptografimena": "encrypted", "kriptografimena": "encrypted",
    "kryptografhmena": "encrypted", "κρυπτογραφημένο": "encrypted", "kryptografimeno": "encrypted",
    "κρυπτογραφημένη": "encrypted", "ποινικό": "criminal", "poiniko": "criminal", "piniko": "criminal",
    "μητρώο": "record", "mitroo": "record", "mhtrwo": "record", "ευθύνη": "responsibility",
    "eythinh": "responsibility", "eu8ynh": "responsibility", "efthini": "responsibility",
    "euthini": "responsibility", "eythynh": "responsibility", "ισλαμικό": "Islamic", "islamiko": "Islamic",
    "κράτος": "state", "kratos": "state", "εσωτερικών": "Home", "eswterikwn": "Home", "esoterikon": "Home",
    "πρακτορείο": "agency", "praktoreio": "agency", "praktorio": "agency", "ειδήσεων": "news",
    "eidhsewn": "news", "idiseon": "news", "ζωή": "life", "zwh": "life", "zoi": "life", "μυστικό": "secret",
    "mystiko": "secret", "mistiko": "secret",
    "μυστικά": "secrets", "mystika": "secrets", "mistika": "secrets", "κρυφό": "hidden", "kryfo": "hidden",
    "krifo": "hidden", "φάκελος": "envelope", "fakelos": "envelope", "φάκελο": "envelope", "fakelo": "envelope",
    "φακέλους": "envelopes", "fakelous": "envelopes", "γράμματα": "letters", "grammata": "letters",
    "ατμό": "steam", "atmo": "steam", "πρόσβαση": "access", "prosvasi": "access", "prosbash": "access",
    "prosvash": "access", "κωδικός": "passcode", "kwdikos": "passcode", "kodikos": "passcode",
    "διαμάχη": "dispute", "diamaxi": "dispute", "diamaxh": "dispute", "σχέση": "connection", "sxesi": "connection",
    "sxesh": "connection", "συνεργασία": "cooperation", "synergasia": "cooperation", "sinergasia": "cooperation",
    "σύλληψη": "arrest", "syllipsi": "arrest", "sillipsi": "arrest", "syllhpsh": "arrest",
    "συλλήψεις": "arrests", "syllipseis": "arrests", "sillipsis": "arrests", "syllhpseis": "arrests",
    # adjectives and adverbs
    "νέος": "new", "neos": "new", "νέο": "new", "neo": "new", "νέους": "new", "neous": "new", "νέες": "new",
    "nees": "new", "nea": "new", "καινούργιος": "new", "καινούργιο": "new", "καινούριο": "new", "kainourgio": "new",
    "kenourio": "new", "kainourio": "new", "άλλος": "other", "allos": "other", "άλλη": "other", "alli": "other",
    "allh": "other", "άλλο": "other", "allo": "other", "άλλοι": "other", "alloi": "other", "άλλες": "other",
    "alles": "other", "άλλα": "other", "μόνος": "alone", "monos": "alone", "μόνη": "alone", "moni": "alone",
    "monh": "alone", "μόνο": "only", "mono": "only", "ακριβώς": "exactly", "akrivws": "exactly",
    "akrivos": "exactly", "akribws": "exactly", "συγκεκριμένα": "exactly", "sygkekrimena": "exactly",
    "sigekrimena": "exactly", "πραγματικά": "really", "pragmatika": "really", "αλήθεια": "really",
    "alitheia": "really", "alhtheia": "really", "alithia": "really", "σίγουρα": "surely", "sigoura": "surely",
    "περίπου": "about", "peripou": "about", "πολύ": "very", "poly": "very", "polu": "very", "πολλοί": "many",
    "polloi": "many", "poloi": "many", "πολλά": "many", "polla": "many", "λίγοι": "few", "ligoi": "few",
    "πρώτος": "first", "prwtos": "first", "protos": "first", "πρώτη": "first", "prwti": "first", "proti": "first",
    "πρώτο": "first", "prwto": "first", "proto": "first", "τελευταίος": "last", "teleftaios": "last",
    "teleutaios": "last", "τελευταία": "last", "teleftaia": "last", "teleutaia": "last", "ήδη": "already",
    "idi": "already", "hdh": "already", "ακόμα": "still", "akoma": "still", "ακόμη": "still", "akomi": "still",
    "επίσης": "also", "episis": "also", "epishs": "also", "πάλι": "again", "pali": "again", "ξανά": "again",
    "ksana": "again", "xana": "again", "μαζί": "together", "mazi": "together", "εδώ": "here", "edw": "here",
    "edo": "here", "εκεί": "there", "ekei": "there", "eki": "there", "βρετανός": "British", "vretanos": "British",
    "βρετανική": "British", "vretaniki": "British", "βρετανικός": "British", "vretanikos": "British",
    "αμερικανική": "American", "amerikaniki": "American", "αμερικανός": "American", "amerikanos": "American",
    "βρίσκεται": "is", "vrisketai": "is", "vriskete": "is", "brisketai": "is", "κίνητρα": "motives",
    "kinitra": "motives", "συνολικά": "in total", "synolika": "in total", "sinolika": "in total",
    "θέση": "position", "thesi": "position", "thesh": "position",
    "μοντέλο": "model", "montelo": "model", "modelo": "model", "ψήφους": "votes", "psifous": "votes",
    "ψήφοι": "votes", "εντολή": "order", "entoli": "order", "entolh": "order", "prwth": "first", "hpa": "US",
    "βοήθεια": "help", "voitheia": "help", "voithia": "help", "ένοχος": "guilty", "enoxos": "guilty",
    "ασφαλής": "safe", "asfalis": "safe",
    # owners, makes, ways and what a message said
    "ιδιοκτήτης": "owner", "idioktitis": "owner", "idiokthths": "owner", "ιδιοκτήτη": "owner",
    "idioktiti": "owner", "idiokthth": "owner", "ιδιοκτήτες": "owners", "idioktites": "owners",
    "idiokthtes": "owners", "ιδιοκτήτρια": "owner", "ιδιοκτησία": "ownership", "idioktisia": "ownership",
    "idiokthsia": "ownership", "μάρκα": "brand", "marka": "brand", "μάρκας": "brand", "markas": "brand",
    "τύπος": "type", "τύπου": "type", "τρόπος": "way", "tropos": "way", "τρόπο": "way", "tropo": "way",
    "μέθοδος": "method", "methodos": "method", "me8odos": "method", "μέθοδο": "method", "methodo": "method",
    "περιεχόμενο": "content", "periexomeno": "content", "periechomeno": "content", "periehomeno": "content",
    "περιεχομένου": "content", "periexomenou": "content", "κείμενο": "text", "keimeno": "text",
    "kimeno": "text", "κειμένου": "text", "keimenou": "text", "ανάρτηση": "post", "anartisi": "post",
    "anarthsh": "post", "σημείωμα": "note", "simeiwma": "note", "simioma": "note", "shmeiwma": "note",
    "μηνύματος": "message", "mhnymatos": "message", "minimatos": "message", "minymatos": "message",
    "παραλήπτης": "recipient", "paraliptis": "recipient", "paralhpths": "recipient", "παραλήπτη": "recipient",
    "paralipti": "recipient", "επαφή": "contact", "epafi": "contact", "epafh": "contact", "επαφές": "contacts",
    "epafes": "contacts", "επικοινωνία": "communication", "epikoinwnia": "communication",
    "epikinonia": "communication",
    # a person's past: record, convictions, surveillance, the authorities
    "παρελθόν": "past", "parelthon": "past", "parel8on": "past", "καταδίκες": "convictions",
    "katadikes": "convictions", "καταδίκη": "conviction", "katadiki": "conviction", "katadikh": "conviction",
    "γνωστός": "known", "gnostos": "known", "gnwstos": "known", "γνωστή": "known", "gnosti": "known",
    "gnwsth": "known", "γνωστοί": "known", "gnostoi": "known", "gnwstoi": "known", "γνωστό": "known",
    "gnosto": "known", "gnwsto": "known", "παρακολούθηση": "surveillance", "parakolouthisi": "surveillance",
    "parakolou8hsh": "surveillance", "parakolouthhsh": "surveillance", "parakolouthsh": "surveillance",
    "παρακολούθησης": "surveillance", "υπό": "under", "ypo": "under", "ipo": "under", "αρχές": "authorities",
    "arxes": "authorities", "arhes": "authorities", "αρχών": "authorities", "φυλάκιση": "imprisonment",
    "fylakisi": "imprisonment", "filakisi": "imprisonment", "ελεύθερος": "free", "eleftheros": "free",
    "προηγούμενος": "previous", "proigoumenos": "previous", "prohgoumenos": "previous", "προηγούμενη": "previous",
    "proigoumeni": "previous", "prohgoumenh": "previous", "προηγούμενο": "previous", "proigoumeno": "previous",
    "prohgoumeno": "previous", "προηγούμενες": "previous", "proigoumenes": "previous",
    "prohgoumenes": "previous", "προηγούμενα": "previous", "proigoumena": "previous", "προηγούμενους": "previous",
    "προηγουμένως": "previously", "proigoumenws": "previously", 
    # pay, money, prices, penalties
    "μισθός": "salary", "misthos": "salary", "mis8os": "salary", "μισθό": "salary", "mistho": "salary",
    "mis8o": "salary", "μισθού": "salary", "misthou": "salary", "αποδοχές": "earnings", "apodoxes": "earnings",
    "εισόδημα": "income", "eisodima": "income", "isodima": "income", "eisodhma": "income", "αμοιβή": "pay",
    "amoivi": "pay", "amoibh": "pay", "λεφτά": "money", "lefta": "money", "χρήματα": "money", "xrimata": "money",
    "xrhmata": "money", "chrimata": "money", "χρημάτων": "money", "τιμή": "price", "timi": "price",
    "timh": "price", "τιμής": "price", "κόστος": "cost", "kostos": "cost", "κόστους": "cost", "kostous": "cost",
    "δολάρια": "dollars", "dolaria": "dollars", "λίρες": "pounds", "lires": "pounds", "ευρώ": "euros",
    "εκατομμύρια": "million", "ekatommyria": "million", "ekatomyria": "million", "ekatommiria": "million",
    "πληρωμή": "payment", "pliromi": "payment", "plirwmi": "payment", "plhrwmh": "payment",
    "πρόστιμο": "fine", "prostimo": "fine", "πρόστιμα": "fines", "prostima": "fines", "ποινή": "penalty",
    "poini": "penalty", "poinh": "penalty", "pini": "penalty", "ποινές": "penalties", "poines": "penalties",
    "pines": "penalties", "τιμωρία": "punishment", "timoria": "punishment", "timwria": "punishment",
    "κυρώσεις": "sanctions", "kyrwseis": "sanctions", "kyroseis": "sanctions", "kiroseis": "sanctions",
    # family
    "σύζυγος": "spouse", "syzygos": "spouse", "sizigos": "spouse", "σύζυγο": "spouse", "syzygo": "spouse",
    "συζύγου": "spouse", "γυναίκας": "wife", "gynaikas": "wife", "παιδί": "child", "paidi": "child",
    "pedi": "child", "παιδιών": "children", "paidiwn": "children", "γιος": "son", "gios": "son", "yios": "son",
    "γιο": "son", "γιοι": "sons", "κόρη": "daughter", "kori": "daughter", "korh": "daughter", "κόρες": "daughters",
    "kores": "daughters", "πατέρας": "father", "pateras": "father", "πατέρα": "father", "patera": "father",
    "μητέρα": "mother", "mitera": "mother", "mhtera": "mother", "γονείς": "parents", "goneis": "parents",
    "gonis": "parents", "αδερφός": "brother", "αδελφός": "brother", "aderfos": "brother", "adelfos": "brother",
    "αδερφή": "sister", "αδελφή": "sister", "aderfi": "sister", "adelfi": "sister", "aderfh": "sister",
    "αδέρφια": "siblings", "αδέλφια": "siblings", "aderfia": "siblings", "adelfia": "siblings",
    "συγγενείς": "relatives", "syggeneis": "relatives", "siggenis": "relatives", "παντρεμένος": "married",
    "pantremenos": "married", "παντρεμένη": "married", "pantremeni": "married", "οικογένειας": "family",
    "oikogeneias": "family", "oikogenia": "family", "ikogeneia": "family",
    # religion, nationality, origin, birth, home
    "θρήσκευμα": "religion", "thriskevma": "religion", "thrhskeuma": "religion", "θρησκείας": "religion",
    "πίστη": "faith", "pisti": "faith", "pisth": "faith", "μουσουλμάνα": "Muslim", "χριστιανός": "Christian",
    "xristianos": "Christian", "christianos": "Christian", "εθνικότητα": "nationality",
    "ethnikotita": "nationality", "ethnikothta": "nationality", "e8nikothta": "nationality",
    "εθνικότητας": "nationality", "ethnikotitas": "nationality", "υπηκοότητα": "citizenship",
    "ypikootita": "citizenship", "ipikootita": "citizenship", "yphkoothta": "citizenship",
    "υπηκοότητας": "citizenship", "καταγωγή": "origin", "katagwgi": "origin", "katagogi": "origin",
    "katagwgh": "origin", "γέννηση": "birth", "gennisi": "birth", "gennhsh": "birth", "γέννησης": "birth",
    "gennisis": "birth", "gennhshs": "birth", "ημερομηνία": "date", "imerominia": "date", "hmeromhnia": "date",
    "imeromhnia": "date", "ημερομηνίας": "date", "σπίτι": "home", "spiti": "home", "διεύθυνση": "address",
    "dieuthinsi": "address", "diefthinsi": "address", "dieythynsh": "address", "κατοικία": "residence",
    "katoikia": "residence", "katikia": "residence",
    # jobs and posts
    "δουλειά": "job", "douleia": "job", "doulia": "job", "dhouleia": "job", "δουλειάς": "job",
    "επάγγελμα": "occupation", "epaggelma": "occupation", "epagelma": "occupation",
    "επαγγέλματος": "occupation", "εργασία": "work", "ergasia": "work", "παραίτηση": "resignation",
    "paraitisi": "resignation", "paraithsh": "resignation", "paretisi": "resignation",
    "διορισμός": "appointment", "diorismos": "appointment", "διορισμό": "appointment",
    # hospitals, units, weapons
    "νοσοκομείου": "hospital", "nosokomeiou": "hospital", "nosokomiou": "hospital", "νοσοκομεία": "hospitals",
    "μονάδα": "unit", "monada": "unit", "μονάδας": "unit", "monadas": "unit", "αστυνομική": "police",
    "astynomiki": "police", "ένοπλη": "armed", "enopli": "armed", "enoplh": "armed",
    "ένοπλοι": "armed", "enoploi": "armed", "ειδική": "special", "eidiki": "special", "idiki": "special",
    "αντιτρομοκρατική": "counter-terrorism", "antitromokratiki": "counter-terrorism", "τζαμί": "mosque",
    "tzami": "mosque", "σχολείο": "school", "sxoleio": "school", "πανεπιστήμιο": "university",
    "panepistimio": "university", "κλινική": "clinic", "όπλα": "weapons", "opla": "weapons", "όπλου": "weapon",
    "oplou": "weapon", "πιστόλι": "gun", "pistoli": "gun", "περίστροφο": "revolver", "peristrofo": "revolver",
    "τουφέκι": "rifle", "toufeki": "rifle", "λεπίδα": "blade", "lepida": "blade", "μαχαιριού": "knife",
    "maxairiou": "knife", "maxairia": "knives", "θανάσιμα": "fatally", "thanasima": "fatally",
    "8anasima": "fatally",
    # responses, meetings, parties
    "αντίδραση": "reaction", "antidrasi": "reaction", "antidrash": "reaction", "αντιδράσεις": "reactions",
    "ανακοίνωση": "statement", "anakoinwsh": "statement", "anakoinosi": "statement", "anakinosi": "statement",
    "σχόλιο": "comment", "sxolio": "comment", "σχόλια": "comments", "sxolia": "comments",
    "apantisi": "response", "απαντήσεις": "responses", "συνάντηση": "meeting", "synantisi": "meeting",
    "synanthsh": "meeting", "συναντήσεις": "meetings", "synantiseis": "meetings",
    "sinantisis": "meetings", "σύσκεψη": "meeting", "syskepsi": "meeting", "siskepsi": "meeting",
    "κόμματος": "party", "kommatos": "party", "κόμματα": "parties", "kommata": "parties",
    "πολιτικό": "political", "politiko": "political",
    # the time: since, until, ever, finally, earlier, later, last, first
    "έως": "until", "ews": "until", "αφότου": "since", "afotou": "since", "νωρίτερα": "earlier",
    "noritera": "earlier", "nwritera": "earlier", "αργότερα": "later", "argotera": "later",
    "παλιότερα": "before", "paliotera": "before", "επιτέλους": "finally", "epitelous": "finally",
    "τελικώς": "eventually", "telikws": "eventually", "telikos": "eventually", "διάρκεια": "duration",
    "diarkeia": "duration", "diarkia": "duration", "τελευταίο": "last", "teleftaio": "last",
    "teleutaio": "last", "teleytaio": "last", "τελευταίου": "last", "teleftaiou": "last", "τελευταίες": "last",
    "teleftaies": "last", "τελευταίους": "last", "τελευταίων": "last", "πρώτα": "first", "prwta": "first",
    "prota": "first", "πρώτου": "first", "πρώτες": "first", "πρώτοι": "first",
    # names and other names
    "πραγματικό": "real", "pragmatiko": "real", "αληθινό": "real", "alithino": "real", "alhthino": "real",
    "ψευδώνυμο": "alias", "psevdonimo": "alias", "psevdwnymo": "alias", "pseudwnymo": "alias",
    "ονομασία": "name", "onomasia": "name", "ονοματεπώνυμο": "full name", "onomateponymo": "full name",
    "onomatepwnymo": "full name",
    # numbers
    "δύο": "two", "δυο": "two", "dyo": "two", "dio": "two", "τρεις": "three", "treis": "three", "tris": "three",
    "τρία": "three", "tria": "three", "τέσσερις": "four", "tesseris": "four", "πέντε": "five", "pente": "five",
    "δέκα": "ten", "deka": "ten",
    **_GREEK_NAMES,
}
# each Greek word also without its accents, as half the chats are typed
_GREEK.update({_plain(w): e for w, e in list(_GREEK.items()) if _plain(w) not in _GREEK})

# talk and politeness, left out: "λοιπόν", "ρε", "παρακαλώ", "μήπως" (do you happen to ...)
_GREEK_DROPPED = frozenset("""λοιπόν δηλαδή ρε βρε μωρέ φίλε καλά παρακαλώ ευχαριστώ ευχαριστούμε γεια καλημέρα
    καλησπέρα μήπως άραγε βασικά κοίτα ξέρεις ξέρετε πες πείτε ντε εντάξει πια εεε loipon lipon dhladh diladi re
    vre bre parakalw parakalo efxaristw eyxaristw euxaristw efxaristo eyxaristo geia kalimera kalhmera kalispera
    mipws mhpws mipos arage vasika basika koita ksereis kseris xereis xeris kserete xerete pes peite pite nte
    entaksei entaxei""".split())
_GREEK_DROPPED |= frozenset(_plain(w) for w in _GREEK_DROPPED)

# the greeklish words that are English ones too, glossed only before a word of Greek or a name
# ("me to arthro": with the article; "tell me" stays), or after a Greek word
# (``_latin_before_english``: "milise me journalists"). "to" (το) is glossed in the idioms only,
# as the glossary would gloss the English "to" they give as well ("στον Trump": to Trump)
_GREEK_SHARED = frozenset("i me den ton tin an ego pies poses posh pious meta mono auto autos neo pros "
                          "mesa kata logo logos topos ora eton toy auth minima traumatise sth".split())
# the words that show the greeklish word after them is Greek too (``_greek_before``): any glossed
# word that is no English one, and the shared ones that no English "to" follows ("me to arthro")
_GREEK_CONTEXT = frozenset(_GREEK) - _GREEK_SHARED | _GREEK_DROPPED | {"me", "den", "an", "to", "meta"}
# greeklish words that are common words of English or of the other languages mixed in, which
# show no Greek however typed: Spanish, Italian, Portuguese "se", "de", "sta", "mia", "alla", "poli"
# (Spanish police), "sou" (Portuguese "I am"); Hindi "na", "tha", "ke", "kai" (several), "mera" (my),
# Hinglish "h" (hai); Italian "lei", "sto", "allo", "nomi" (names), "gia" (già); French "tous",
# German "alles"; English "oi", "pi", "pion", "pos", "re", "pes", "nea" (NEA), "ores", "minas"; and English
# "pines", "ipo", "marka" (a currency, and Polish and Russian for a brand), Spanish "tropo", "monada", "patera",
# Portuguese "pedi", "elege", Italian "pini", French "lires", "mitera", German "kommata", "ews"
_GREEK_NOT_SHOWN = frozenset("""se de na tha ke kai h o oi ta mia ola alla allo sta sto lei gia mera tous tis
    alles posa san min pi pion pos ws dio poly poli proto nea ore ores mina minas mas sas th sou fora fores
    programma nomi re pes pines ipo marka tropo monada patera pedi elege pini lires mitera kommata ews""".split())
# the words that show a question is Greek: every word in Greek letters, and the greeklish ones
# that are no English word nor a common one of the other languages; "ti" and "pote" too, glossed
# in the idioms: each counts once, not twice as a question word would, as Italian and Spanish have
# "ti" ("ti ha detto", "a ti"), French "pote"
_GREEK_MARK = (frozenset(_GREEK) | _GREEK_DROPPED | {"ti", "pote"}) - _GREEK_SHARED - _GREEK_NOT_SHOWN


# the nouns a question word asks about ("ποιος δημοσιογράφος": which journalist, not who)
_GREEK_NOUNS = frozenset("""journalist author columnist attacker attackers terrorist terrorists police officer
    officers minister article headline newspaper programme show channel interview app apps company companies
    law laws bill warrant warrants group organisation car vehicle bridge day days week month year hospital
    hotel city country party president senator judge court weapon knife phone message messages source
    agency news story statement reason motive victim victims people person soldier suspect reporter
    writer paper unit brand model gun rifle religion nationality date method way meeting penalty fine type post
    text mosque school university prison clinic recipient owner""".split())


# the things a "ποιος" asks about is what, not who ("ποιος ήταν ο τίτλος;": what was the headline?)
_THINGS = frozenset("""headline name title article motive reason answer app car law bill warrant message programme
    show newspaper company group organisation agency decision statement connection source date time day age
    number weapon knife vehicle phone story news role job party address city country place laws bills warrants
    messages apps companies statements decisions reasons measures names response reply reaction brand model
    type price cost salary fine penalty content way method nationality religion unit hospital meeting text post
    note occupation ownership""".split())
# what a person has, asked of them by name ("η ηλικία του Masood": Masood's age)
_OWNED = ("age", "job", "occupation", "profession", "response", "reply", "reaction", "wife", "husband", "spouse",
          "children", "family", "father", "mother", "parents", "name", "religion", "nationality", "motive",
          "salary", "party", "side of the story", "meeting", "statement")
# the verbs glossed in the third person, and their base forms
_PRESENT = {english: base for english, (aux, base) in _GREEK_BASE.items() if aux == "does" and " " not in english}


def _greek_order(glossed: str) -> str:
    """A Greek question glossed word for word, put in English order where the order is clearly
    Greek ("who journalist wrote?" → "which journalist wrote?", "which is the name?" → "what is
    the name?"); the subject after its verb and the pronouns before it are put right while the
    Greek still shows them (the idioms)."""
    out = re.sub(r"\b(?:who|whom)\s+(?=(?:%s)\b)" % "|".join(_GREEK_NOUNS), "which ", glossed, flags=re.I)
    out = re.sub(r"^(\s*)which\s+(is|was|are|were)\b", r"\1what \2", out, flags=re.I)
    # "this the law": this law; "who said it this?" ("ποιος το είπε αυτό"): who said this?
    out = re.sub(r"\b(this|these|that)\s+the\b", r"\1", out)
    out = re.sub(r"\bit\s+(this|that)\b", r"\1", out)
    # "who was the headline?" ("ποιος ήταν ο τίτλος"): what was; "who is the new laws": what are
    out = re.sub(r"^(\s*)who\s+(?=(?:is|was|are|were)\s+(?:the|his|her|their)\s+(?:[\w'’-]+\s+)?(?:%s)\b)"
                 % "|".join(_THINGS), r"\1what ", out, flags=re.I)
    # "can the police to read" ("μπορεί η αστυνομία να διαβάσει"): can the police read
    out = re.sub(r"\b(can|could|must)\s+(the\s+[\w'’-]+|[%s][\w'’-]*)\s+to\s+(?=\w)" % _CAP, r"\1 \2 ", out)
    # "the police officer what is the name?" ("ο αστυνομικός πώς λεγόταν;"): the name of the officer
    out = re.sub(r"^\s*(the(?:\s+[\w'’-]+){1,2}|[%s][\w'’-]*(?:\s+[%s][\w'’-]*)*)\s+what\s+(is|was)\s+the\s+name"
                 r"(\s*\?)?\s*$" % (_CAP, _CAP), r"what \2 the name of \1\3", out)
    # "to reads" ("να διαβάζει"): to read; "to him of Comey" ("του είπε του Comey"): to Comey
    out = re.sub(r"\b(to|will|can|could|must)\s+(%s)\b" % "|".join(_PRESENT), lambda m: f"{m.group(1)} "
                 f"{_PRESENT[m.group(2)]}", out)
    out = re.sub(r"\bto\s+(?:him|her)\s+of\s+(?=[%s])" % _CAP, "to ", out)
    # "what was the age of the officer" ("ποια ήταν η ηλικία του"): how old was the officer
    out = re.sub(r"^(\s*)what\s+(is|was)\s+the\s+age\s+of\s+(?=the\b|%s)" % _NAME, r"\1how old \2 ", out)
    # "in WhatsApp" ("στο WhatsApp"): on WhatsApp
    out = re.sub(r"\bin\s+(?=(?:WhatsApp|Telegram|Signal|Facebook|Twitter|Instagram|iMessage)\b)", "on ", out)
    # "the age of Masood" ("η ηλικία του Masood"): Masood's age, as English asks of a person's
    out = re.sub(r"\bthe\s+((?:real\s+|full\s+)?(?:%s))\s+of\s+(%s)" % ("|".join(_OWNED), _NAME),
                 lambda m: f"{m.group(2)}'s {m.group(1)}", out)
    # "which unit of the police": which police unit; "what brand car": what brand of car
    out = re.sub(r"\b(which|what)\s+(unit|units|squad|team)\s+of\s+the\s+(police|army)\b", r"\1 \3 \2", out)
    out = re.sub(r"\b(brand|make|model)\s+(?=(?:car|vehicle|van|truck|phone|gun|knife)\b)", r"\1 of ", out)
    # "from where did Masood come from" ("από πού καταγόταν"): where did Masood come from; "from
    # where did he rent the car": where did he rent the car from
    out = re.sub(r"^(\s*)from\s+where\s+(did|does|do)\s+(.+?)\s+(come|comes)\s+from\b", r"\1where \2 \3 \4 from", out)
    out = re.sub(r"^(\s*)from\s+where\s+(did|does|do)\s+(?!.*\bfrom\b)([^?]+?)(\s*\?|\s*$)", r"\1where \2 \3 from\4",
                 out)
    # "how many money": how much money; "shot fatally" ("πυροβολήθηκε θανάσιμα"): shot dead
    out = re.sub(r"\bhow\s+many\s+(?=money\b)", "how much ", out)
    out = re.sub(r"\b(shot(?:\s+(?:him|her|them))?)\s+fatally\b", r"\1 dead", out)
    # "από" after a passive is "by" of whom did it ("was Masood shot dead by the police")
    out = re.sub(r"\b((?:was|were|been|be|is|are)\s+(?:[%s][\w'’-]*\s+)*(?:\w+ed|shot|hit|taken|known|held|caught|"
                 r"seen|sent|paid|under\s+surveillance)(?:\s+dead)?)\s+from\s+(?=(?:the\s+)?(?:police|authorities|"
                 r"officers?|police\s+officers?|attacker|government|company|court|judge|security\s+services|"
                 r"intelligence\s+services)\b|(?-i:[A-Z]{2,}\d?\b))" % _CAP, r"\1 by ", out, flags=re.I)
    # "was arrested anyone" ("συνελήφθη κανείς"): was anyone arrested
    out = re.sub(r"^(\s*)(was|were|is|are)\s+((?:\w+ed|shot|hit|taken|held|caught|sent|paid)(?:\s+dead)?)\s+"
                 r"(anyone|anybody|someone|somebody|nobody)\b", r"\1\2 \4 \3", out, flags=re.I)
    # "did Masood have wife" ("είχε γυναίκα"), "send message" ("έστειλε μήνυμα"): a wife, a message
    out = re.sub(r"\b(have|has|had|send|sent|write|wrote|get|got|make|made)\s+(wife|husband|son|daughter|brother|"
                 r"sister|child|family|criminal\s+record|message|text\s+message|statement)\b", r"\1 a \2", out)
    # "until on Sunday" ("μέχρι την Κυριακή"): until Sunday
    out = re.sub(r"\b(until|before|after|since|by)\s+on\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                 r"Sunday)\b)", r"\1 ", out)
    # "do statement" ("έκανε δήλωση"): make a statement; "response in Rudd" ("στη Rudd"): to Rudd
    out = re.sub(r"\bdo\s+(?:a\s+)?(statement|comment|announcement)\b", r"make a \1", out)
    out = re.sub(r"\b(response|reply|reaction|answer|message|letter|statement)(s?)\s+in\s+(?=(?:the\s+)?[%s])" % _CAP,
                 r"\1\2 to ", out)
    # "what said in the message" ("τι είπε στο μήνυμα"): what was said in the message
    out = re.sub(r"^(\s*)what\s+(said|wrote)\s+(?=(?:in|on)\s+(?:the|his|her|their)\b)",
                 lambda m: f"{m.group(1)}what was {'said' if m.group(2) == 'said' else 'written'} ", out)
    out = re.sub(r"\bin\s+the\s+bridge\b", "on the bridge", out)
    out = re.sub(r"\bknown\s+in\s+the\b", "known to the", out)
    out = re.sub(r"\b(have|has|had)\s+(?:any\s+)?convictions\b", r"\1 previous convictions", out)
    # "in which party does Rudd belong to" ("σε ποιο κόμμα ανήκει"): which party does Rudd belong to
    out = re.sub(r"^(\s*)in\s+(?=(?:which|what)\b[^?]*\bbelong\s+to\b)", r"\1", out)
    return out


GREEK = Language(_GREEK_IDIOMS, _GREEK, _GREEK_DROPPED, _GREEK_MARK, reorder=_greek_order, shared=_GREEK_SHARED)
