"""French mixed into English questions, read in English.

French speakers (France, Belgium, Quebec, West Africa) type a question's frame in French and the story's
names in English ("qui a dit that WhatsApp is a secret place?"), or all of it in French, with accents or
without, in chat's spellings ("pk", "tsé"). Its elisions ("l'attaquant", "qu'il") are written out first,
and its past ("a dit", "a été tué", "l'a tué") glossed as one English verb; ``_french_order`` puts its
asking ("est-ce que", "a-t-il agi seul?", "il avait quel âge, Masood?") and its adjectives in English
order. What a passage must tell (``events_asked``) is glossed in its English words ("casier judiciaire":
criminal record). Its words that are English too ("a", "on", "son", "car") show no French.
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language, with_plain_spellings

# the letters chat types without their accents ("ecrit" for "écrit", "deja" for "déjà")
_PLAIN = str.maketrans({**dict(zip("àâäçéèêëîïôöùûüÿ", "aaaceeeeiioouuuy")), "œ": "oe", "’": "'"})

# -- the past --------------------

# the participles, by their English past ("a dit": said); with accents or without, and agreeing ("tuée")
_PARTICIPLES = with_plain_spellings({
    # saying, writing, asking
    "dit": "said", "déclaré": "declared", "annoncé": "announced", "expliqué": "explained", "raconté": "told",
    "répondu": "answered", "réagi": "reacted", "parlé": "spoke", "demandé": "asked", "exigé": "demanded",
    "appelé": "called", "écrit": "wrote", "publié": "published", "envoyé": "sent", "reçu": "received",
    "contacté": "contacted", "lu": "read", "nommé": "appointed", "menacé": "threatened", "promis": "promised",
    "proposé": "proposed", "accusé": "accused",
    # happening, killing, dying
    "passé": "happened", "arrivé": "happened", "tué": "killed", "assassiné": "murdered", "poignardé": "stabbed",
    "abattu": "shot dead", "tiré": "fired", "blessé": "injured", "mort": "died", "décédé": "died",
    "attaqué": "attacked", "frappé": "hit", "renversé": "ran over", "foncé": "drove", "duré": "lasted",
    # the car, the phone, the evidence
    "conduit": "drove", "loué": "rented", "acheté": "bought", "payé": "paid", "utilisé": "used", "ouvert": "opened",
    "déverrouillé": "unlocked", "débloqué": "unlocked", "piraté": "hacked", "caché": "hid", "trouvé": "found",
    "chiffré": "encrypted", "coûté": "cost", "crypté": "encrypted", "garé": "parked",
    # claiming, wanting, refusing, forcing, doing
    "revendiqué": "claimed", "voulu": "wanted", "refusé": "refused", "accepté": "agreed", "coopéré": "cooperated",
    "collaboré": "cooperated", "aidé": "helped", "empêché": "prevented", "forcé": "forced", "obligé": "forced",
    "interdit": "banned", "fait": "did", "agi": "acted", "réussi": "managed", "pu": "could", "dû": "had to",
    "essayé": "tried", "donné": "gave", "pris": "took", "eu": "had", "décidé": "decided", "obtenu": "obtained",
    # knowing, living, coming, arrest and trial, office
    "su": "knew", "connu": "knew", "vu": "saw", "vécu": "lived", "habité": "lived", "grandi": "grew up",
    "né": "born", "venu": "came", "allé": "went", "parti": "left", "quitté": "left", "devenu": "became",
    "converti": "converted", "radicalisé": "radicalised", "arrêté": "arrested", "inculpé": "charged",
    "condamné": "convicted", "libéré": "released", "surveillé": "monitored", "travaillé": "worked",
    "rencontré": "met", "élu": "elected", "démissionné": "resigned", "limogé": "fired", "voté": "voted",
    "gagné": "won", "commencé": "started",
}, _PLAIN)
# typed without accents, English or French words otherwise ("tire", "cache", "du": of the, "entre": between)
for _word in "tire cache aide force arrive passe vote du accuse refuse".split():
    del _PARTICIPLES[_word]
# the verbs whose past takes "être" ("est mort": died); after "est" another is a passive ("est utilisé")
_WITH_ETRE = frozenset("mort décédé decede né ne arrivé venu allé alle parti devenu passé".split())
# the English verbs, their participle where it is not their past, and their bare forms
_PP = dict(p.split(":") for p in "wrote:written did:done drove:driven knew:known gave:given took:taken saw:seen "
           "hid:hidden came:come went:gone spoke:spoken became:become".split())
_IRREGULAR = dict(p.split(":") for p in """said:say told:tell spoke:speak wrote:write sent:send read:read hit:hit
    drove:drive bought:buy paid:pay hid:hide found:find did:do gave:give took:take had:have knew:know saw:see
    came:come went:go left:leave became:become met:meet won:win lost:lose thought:think shot:shoot died:die cost:cost
    grew:grow ran:run has:have does:do could:could""".split())
_E = frozenset("""declare announce use refuse decide promise propose accuse radicalise release live receive
    injure vote cooperate agree fire manage charge force believe""".split())
_PRESENT = frozenset("""says wants thinks knows uses demands means refuses owns lives needs asks costs happens writes
    reads tells explains works believes belongs plans proposes has want use refuse know think say have live""".split())


def _base(verb: str) -> tuple[str, str]:
    """An English verb's bare form and the auxiliary asking with it ("said": say, did; "wants": want, does)."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb], "does" if verb in ("has", "does") else "did"
    if verb in _PRESENT:
        return (verb[:-1], "does") if verb.endswith("s") else (verb, "do")
    if verb.endswith("ied"):
        return verb[:-3] + "y", "did"
    stem = verb[:-2]
    if stem[-1:] == stem[-2:-1] and stem[-1:] in tuple("bgmnpt"):
        stem = stem[:-1]
    return (stem + "e" if stem + "e" in _E else stem), "did"


_AUX = r"a|ont|avait|avaient|aurait|est|sont|était|étaient|etait|etaient|sera|serait"
_BE = {"est": "is", "sont": "are", "était": "was", "etait": "was", "étaient": "were", "etaient": "were",
       "sera": "will be", "serait": "would be"}
_BEEN = {"a": "was", "ont": "were", "avait": "had been", "avaient": "had been", "aurait": "would have been"}
# an object pronoun before the auxiliary ("l'a tué": killed him; "l'a loué": rented it)
_ON_PERSONS = frozenset("killed murdered stabbed shot hit arrested charged convicted released helped contacted "
                        "called met knew saw forced injured attacked monitored fired".split())
_NOT = {"pas": "not", "jamais": "never", "plus": "no longer", "rien": "nothing"}
_OBJECTS = {"le": "him", "la": "her", "les": "them", "lui": "him", "leur": "them"}


def _past(m: re.Match) -> str:
    """An auxiliary and its participle as one English verb: "a dit" said, "est mort" died, "a été
    tué" was killed, "s'est converti" converted, "n'a pas aidé" did not help, "l'a abattu" shot him dead."""
    aux, french = m.group("aux").lower(), m.group("p").lower()
    past = _PARTICIPLES[french]
    head, _, tail = past.partition(" ")
    neg = _NOT.get((m.group("neg") or "").strip().lower(), "")
    adverb = (m.group("adv") or "").strip() + " " if m.group("adv") else ""
    obj = (m.group("obj") or "").strip().lower()
    obj = "it" if obj in ("le", "la") and head not in _ON_PERSONS else _OBJECTS.get(obj, "")
    if obj and tail:
        head, obj = f"{head} {obj}", ""
    obj, tail = (" " + obj if obj else ""), (" " + tail if tail else "")
    neg = neg + " " if neg else ""
    if m.group("been"):
        return f"{_BEEN.get(aux, _BE.get(aux, 'was'))} {neg}{adverb}{_PP.get(head, head)}{tail}{obj}"
    if french in ("né", "ne"):
        return f"{'were' if aux in ('sont', 'étaient', 'etaient') else 'was'} {neg}born"
    if aux in _BE and not m.group("se") and french not in _WITH_ETRE:
        return f"{_BE[aux]} {neg}{adverb}{_PP.get(head, head)}{tail}{obj}"
    if neg == "not ":
        return f"did not {adverb}{_base(head)[0]}{tail}{obj}"
    if neg == "nothing ":
        return f"{adverb}{head}{tail} nothing"
    return f"{neg}{adverb}{head}{tail}{obj}"


# -- the idioms --------------------

# the phrases read as one ("agence de presse": news agency, "depuis quand": since when), typed with
# accents or without, "-" or " "; the words of talk among them are left out
_PHRASES = dict(p.strip().split("=") for p in """agence de presse=news agency|services de renseignement=intelligence
    services|services secrets=intelligence services|agent de police=police officer|mandat de
    perquisition=warrant|projet de loi=bill|premier ministre=Prime Minister|maison blanche=White House|casier
    judiciaire=criminal record|antecedents judiciaires=criminal record|a la fin=in the end|au final=in the
    end|combien de temps=how long|depuis combien de temps=how long|depuis quand=since when|combien de fois=how many
    times|a quelle heure=at what time|quel jour=which day|parce que=because|parce qu'=because|a cause de=because
    of|a propos de=about|au sujet de=about|d'apres=according to|d'ou=from where|a qui=to whom|avec qui=with whom|par
    qui=by whom|tout seul=alone|toute seule=alone|quelqu'un=someone|quelque chose=something|plus de=more than|la
    responsabilite=responsibility|veut dire=means|s'est passe=happened|s'est passee=happened|s'est
    produit=happened|se passe=happens|qu'est ce qui=what|que s'est il passe=what happened|c'est quoi=what is|c'est
    qui=who is|c'est ou=where is|c'est quand=when is|c'etait quoi=what was|c'etait qui=who was|c'etait ou=where
    was|c'etait quand=when was|c'etait=was|c'est koi=what is|y avait il=were there|c'est arrive=it
    happened|c'est=is|y a t il=is there|y a t il eu=were there|il y a eu=there were|il y avait=there were|il y
    a=there is|y'a=there is|ecrit par=written by|du coup=|en fait=|s'il te plait=|s'il vous plait=|dis moi=|dites
    moi=""".replace("\n    ", " ").split("|"))
_ACCENTED = {"a": "[aàâ]", "e": "[eéèê]", "i": "[iî]", "u": "[uù]", "'": "['’]\\s*", " ": "[\\s-]+"}


def _phrase(m: re.Match) -> str:
    english = _PHRASES[re.sub(r"['’]\s*", "'", re.sub(r"[\s-]+", " ", m.group(0).lower().translate(_PLAIN)).strip())]
    return english + " " if english and m.group(0)[-1] in "'’ " else english


def _inversion(m: re.Match) -> str:
    """An inverted verb: its pronoun the subject after a question word ("pourquoi a-t-il"), left out after a
    subject ("pourquoi Apple a-t-elle"); opening the question it asks whether ("Masood a-t-il": is it that)."""
    before, verb, pronoun, after = m.groups()
    words = re.findall(r"[\w'’-]+", before)
    last, first = (words[-1].lower(), words[0].lower()) if words else ("", "")
    asked = [k for k, w in enumerate(words) if w.lower() in _ASKS]
    noun = asked and len(words) - asked[-1] <= 3 and not any(
        w[0].isupper() or w.lower() in ("le", "la", "les") or "'" in w or "’" in w for w in words[asked[-1] + 1:])
    out = f"{before}{pronoun} {verb}{after}" if not words or noun or last.endswith(("qu'", "qu’")) \
        else f"{before}{verb}{after}"
    if not words or first not in _ASKS and not first.startswith(("qu'", "qu’", "d'o", "d’o")):
        out = "is it that " + out.lstrip()
    return out


_ASKS = frozenset("qui que quoi quel quelle quels quelles quand où ou pourquoi comment combien pk pq koi kel lequel "
                  "laquelle à a avec par pour de depuis et mais alors donc".split())
_ELIDED = {"qu": "que ", "jusqu": "jusque ", "lorsqu": "lorsque ", "puisqu": "puisque ", "l": "le ", "d": "de ",
           "j": "je ", "m": "me ", "t": "te ", "s": "se ", "n": "ne ", "c": "ce "}
# "que" after a word joins a clause ("le message que Masood a envoyé": that), after "de", "et", ... it asks
_ASKS_AFTER = frozenset("de à a en par pour avec sur dans et ou mais that".split())


_FRENCH_IDIOMS = Idioms([
    # an apostrophe typed as a space ("l attaque", "qu est-ce", "s appelait") or not at all ("lattaque", when
    # the noun is one of ours); chat's "c" for "c'est"
    (r"(?-i:\b(qu|[cdjlmnst]))\s+(?=[aeiouyéèêàâîôûh]\w)", r"\1'"),
    (r"(?-i:\b([ld])([aeiouéàh]\w{3,}))", lambda m: m.group(1) + "'" + m.group(2)
     if m.group(2) in _FRENCH and m.group(0) not in _FRENCH or m.group(2) == "article" else m.group(0)),
    (r"(?-i:\bc)(?=\s+(?:koi|quoi|qui|ki|quand|o[ùu])\b)", "c'est"),
    # words of talk, with nothing asked: greetings, "can you tell me", "I'd like to know", "you know", "so"
    (r"^\s*(?:bonjour|bonsoir|salut|slt|coucou|all[ôo]|on\s+dit\s+quoi)\s*[,!.]+\s*", ""),
    (r"\b(?:est-ce\s+que\s+)?(?:tu\s+peux|peux-tu|vous\s+pouvez|pouvez-vous|pourriez-vous)\s+(?:me\s+|m['’])?dire\b|"
     r"\b(?:je\s+(?:voudrais|veux|aimerais)|j['’]aimerais)\s+savoir\b|\b(?:est-ce\s+que\s+)?(?:tu\s+sais|vous\s+savez)\b|"
     r"(?-i:\bben\b)(?!\s+(?-i:[A-Z]))|\b(?:stp|svp)\b", ""),
    # "il y a deux ans": two years ago; "ministre de l'Intérieur": the Home Secretary
    (r"\bil\s+y\s+a\s+(\w+\s+(?:ans?|jours?|semaines?|mois|heures?|minutes?))\b", r"\1 ago"),
    (r"\b(?:(?:il\s+)?y\s+a(?:vait)?|y['’]\s*a)\s+(?:eu\s+)?(?=combien\b)|"
     r"(?<=\w)\s+il\s+y\s+a(?:vait)?(?:\s+eu)?(?=\s*[?.!]*\s*$)", ""),
    (r"\bc['’](?:est|[ée]tait)\s+(quand|o[ùu]|comment|pourquoi|qui|quoi)\s+(?:qu(?:e\b|['’])|qui\b)\s*",
     lambda m: {"quand": "when ", "comment": "how ", "pourquoi": "why ", "qui": "who ", "quoi": "what "}.get(
         m.group(1).lower(), "where ")),
    (r"\bd['’]autres\b", "other"), (r"\b(co[uû]t\w*|pay[ée]\w*)\s+combien\b", r"\1 how much"),
    (r"\bfai(?:t|sait)\s+partie\s+d(?:e|u|es)\b", "belongs to"),
    (r"\b(président|patrons?|chefs?|noms?|familles?|victimes?|propriétaires?)\s+des\b", r"\1 of the"),
    (r"\b(?:le\s+|la\s+)?ministre\s+de\s+l['’]\s*int[ée]rieur\b", "the Home Secretary"),
    # "l'État islamique": Islamic State ("l'Etat islamique", a capital without its accent, is kept as typed)
    (r"(?-i:\b(?:[ée]tat|État)\s+islamique\b)", "Islamic State"),
    # an owner ("à qui appartient WhatsApp"), then the phrases
    (r"^\s*(.+?)\s+appart(?:ient|enait)\s+[àa]\s+qui\b", r"who owns \1"),
    (r"\b(?:[àa]\s+)?qui\s+(?:appart(?:ient|enait)|poss[èe]de|poss[ée]dait)\b", "who owns"),
    ("PHRASES", _phrase),
    (r"(?<=there\sis)\s+des\b|(?<=were\sthere)\s+des\b", " any"),
    (r"\b(?:le\s+|la\s+|l['’]\s*)(?=(?:Russie|Chine|Syrie|France|Belgique|Allemagne|Am[ée]rique|Angleterre|"
     r"Europe|islam)\b)", ""),
    (r"\baux?\s+(?=(?:[ée]tats-unis|royaume-uni|Canada|Qu[ée]bec|parlement|congr[èe]s|s[ée]nat)\b)", "in the "),
    # what a passage must tell: whom the services knew, a real name, a wife, responsibility for the attack
    (r"\bconnue?s?\s+(?:des|de\s+la|du|par\s+les|par\s+la)\s+(?=intelligence|security|police|services|autorit|"
     r"(?-i:[A-Z]))", "known to the "),
    (r"\b(?:son|sa)\s+vrai\s+nom\b", "his real name"), (r"\bsa\s+femme\b", "his wife"),
    (r"(?<=responsibility)\s+(?:de|d['’]\s*)", " for "), (r"(?<=responsibility)\s+du\b", " for the"),
    # how old, how much, what kind, what name
    (r"(?:^|(?<=[,;:]\s))[àa]\s+quel\s+[âa]ge\b|\b(?-i:à)\s+quel\s+[âa]ge\b", "at what age"),
    (r"\b(?:qu|k)el(?:le)?\s+[âa]ge\s+(?:a|avait|a-t-il|avait-il|a-t-elle|avait-elle)\b", "how old was"),
    (r"\b(?:a|avait|avaient|ont|a-t-il|avait-il)\s+(?:qu|k)el(?:le)?\s+[âa]ge\b", "was how old"),
    (r"\b(?:qu|k)el(?:le)?\s+[âa]ge\b|\b[âa]g[ée]e?s?\s+de\s+combien\b", "how old"),
    (r"\bcombien(?:\s+d['’]argent)?(?=\s+(?:[\w'’-]+\s+){0,3}?(?:(?:a|ont|avait|aurait)\s+)?(?:co[uû]t|pay|d[ée]pens|"
     r"gagn|vers|va(?:u|l)|re[çc]u|touch)\w*)", "how much"),
    (r"\bcombien\s+d(?:e\s+|['’]\s*)", "how many "),
    (r"\bquel(?:le)?s?\s+(?:genre|type|sorte)\s+d(?:e\s+|['’]\s*)", "what kind of "),
    (r"^\s*([^,?]+?)(?:\s+(?:il|elle))?\s+s['’]appel(?:le|ait|lent|aient)\s+comment\b", r"what is the name of \1"),
    (r"\bcomment\s+(?:il|elle)\s+s['’]appel\w*(?=\s+\w)", "what is the name of"),
    (r"\bcomment\s+(?:il|elle)\s+s['’]appel\w*|\b(?:il|elle)\s+s['’]appel\w*\s+comment\b", "what is his name"),
    (r"\bcomment\s+s['’]appel(?:le|ait|lent|aient)\b", "what is the name of"),
    (r"\bs['’]appel(?:le|ait|lent|aient)\b", "is called"),
    (r"\bquel(?:le)?s?\s+(est|[ée]tait|sont|[ée]taient)\b",
     lambda m: "what " + {"est": "is", "sont": "are"}.get(m.group(1).lower(), "was" if "ai" in m.group(1) else "were")),
    (r"\bde\s+quoi\s+parl(?:e|ait|ent)\s+(.+?)(\s*[?.!]*)$", r"what is \1 about\2"),
    (r"\bparl(?:e|ait|ent)\s+de\s+quoi\b", "is about what"),
    # asking: "qu'est-ce que", "est-ce que" (opening the question, it asks whether)
    (r"\bqu['’]est[- ]ce\s+qu(?:e\b|['’])\s*|\bk[eé]s+k[eé]?\b", "what "),
    (r"\bqui\s+est[- ]ce\s+qu(?:e\b|['’])\s*", "who "),
    (r"(^\s*|[,;:]\s*)est[- ]ce\s+qu(?:e\b|['’])\s*", r"\1is it that "), (r"\best[- ]ce\s+qu(?:e\b|['’])\s*", ""),
    # a verb's preposition English has not, or has otherwise
    (r"\b(a|ont|avait|avaient)\s+besoin\s+d(?:e\b|['’]\s*)",
     lambda m: {"a": "needs ", "ont": "need "}.get(m.group(1).lower(), "needed ")),
    (r"\b(parl(?:e|é|ait|er|ent)|pens\w*)\s+d(?:e\b|['’]\s*)", r"\1 about "),
    (r"\b(parl(?:e|é|ait|er|ent)|pens\w*)\s+du\b", r"\1 about the"),
    (r"\b(dit|dire|disait|parl\w*|pens\w*|[ée]crit|article|avis|d[ée]clar\w*|question|r[ée]a\w*|r[ée]pon\w*)"
     r"(\s+quoi)?\s+sur\b", r"\1\2 about"),
    (r"\b(habit\w*|viv\w*|vit|n[ée]e?s?|travaill\w*|lou[ée]\w*|arr[êe]t[ée]\w*|tu[ée]\w*|mort\w*)\s+[àa]\s+"
     r"(?=(?-i:[A-Z]))", r"\1 in "),
    (r"^\s*ou\b|\bou(?=\s*\?*\s*$)", "where"),
    (r"\bon\s+(?=(?:sait|savait|conna[iî]t|a|avait|peut|dit|va|doit)\b)", "they "),
    # an infinitive's "to": "refuse de coopérer", "pour lire"
    (r"\b(refus\w*|demand\w*|essay\w*|accept\w*|d[ée]cid\w*|promis|menac\w*|propos\w*|capable|possible|droit|"
     r"oblig\w*|forc[ée]\w*|interdit|emp[êe]ch\w*)"
     r"\s+d(?:e\s+|['’]\s*)(?=[a-zéèêàâîôû]+(?:er|ir|re)\b)", r"\1 to "),
    (r"\bpour\s+(?=(?:ne\s+)?[a-zéèêàâîôû]+(?:er|ir|re)\b)"
     r"(?!(?:autres?|notre|votre|quatre|fr[èe]re|m[èe]re|p[èe]re|ministre)\b)", "to "),
    # an inverted verb ("a-t-il dit"), then the elisions written out ("l'a", "qu'il", "n'est")
    (r"\bs['’](?=ils?\b)", "si "),
    (r"^(.*?)((?:(?:s|l|m|t|n)['’]|(?:se|le|la|les|lui|leur|ne|y)\s+)*[^\W\d_]+)(?:-t)?-(il|elle|ils|elles|on)\b(.*)$",
     _inversion),
    (r"\b(qu|jusqu|lorsqu|puisqu|l|d|j|m|t|s|n|c)['’]\s*(?=[^\W\d_])(?!mon\b)", lambda m: _ELIDED[m.group(1).lower()]),
    (r"\b(?:(?:a|ont|avait)\s+)?eu\s+lieu\b", "happened"),
    # the past: the auxiliary and its participle, with an object pronoun, a negation, an adverb
    (r"\b(?P<se>se\s+)?(?P<obj>(?:le|la|les|lui|leur)\s+)?(?P<aux>AUX)(?P<neg>\s+(?:pas|jamais|plus|rien))?"
     r"(?P<adv>\s+(?:d[ée]j[àa]|toujours|vraiment|finalement|enfin|bien|aussi|encore|"
     r"r[ée]cemment|d['’]abord|seule?))?(?P<been>\s+[ée]t[ée])?\s+(?P<p>PARTICIPLES)"
     r"(?:e|s|es)?\b", _past),
    (r"\b(a|avait|ont)\s+(?:(pas|jamais)\s+)?[ée]t[ée]\b",
     lambda m: ("were " if m.group(1).lower() == "ont" else "was ") + ("not" if m.group(2) else "")),
    # "a" is "has" before what is had ("a un casier"), "to" (à) before "la"; before an English word it is one
    (r"\b(a|ont|avait|avaient)\s+(?:(des)\b|(?=(?:un|une|du|de|le|les|son|sa|ses|leur|leurs|pas|raison|quel|quelle)\b))",
     lambda m: {"a": "has ", "ont": "have "}.get(m.group(1).lower(), "had ") + ("any" if m.group(2) else "")),
    (r"\ba\s+(?=la\b)", "to "),
    (r"(?<![\w'’])([\w'’]+\s+)que\b", lambda m: m.group(1) + ("what" if m.group(1).strip().lower() in _ASKS_AFTER
                                                               else "that")),
], prepare=lambda p: _phrase_pattern() if p == "PHRASES" else p.replace("AUX", _AUX).replace(
    "PARTICIPLES", "|".join(sorted(map(re.escape, _PARTICIPLES), key=len, reverse=True))))


def _phrase_pattern() -> str:
    """``_PHRASES`` as one pattern, each letter with its accents ("a la fin", "à la fin")."""
    return r"(?<!\w)(?:%s)" % "|".join("".join(_ACCENTED.get(ch, re.escape(ch)) for ch in p) + (
        "" if p.endswith("'") else r"(?![\w'’])") for p in sorted(_PHRASES, key=len, reverse=True))


# -- the words --------------------

_FRENCH = with_plain_spellings({
    # asking, as typed and as chat types it
    "qui": "who", "ki": "who", "que": "what", "qu'est-ce": "what", "quoi": "what", "koi": "what", "quel": "which",
    "quelle": "which", "quels": "which", "quelles": "which", "kel": "which", "quand": "when", "où": "where",
    "pourquoi": "why", "pk": "why", "pq": "why", "comment": "how", "combien": "how many",
    # articles, prepositions
    "le": "the", "la": "the", "les": "the", "un": "a", "une": "a", "des": "the", "du": "of the", "au": "to the",
    "aux": "to the", "de": "of", "à": "to", "en": "in", "dans": "in", "sur": "on", "avec": "with",
    "sans": "without", "pour": "for", "par": "by", "entre": "between", "depuis": "since", "pendant": "during",
    "avant": "before", "après": "after", "selon": "according to",
    # pronouns, possessives, quantities
    "je": "I", "tu": "you", "il": "he", "elle": "she", "nous": "we", "vous": "you", "ils": "they", "elles": "they",
    "lui": "him", "te": "you", "ça": "it", "ce": "this", "cet": "this", "cette": "this", "ces": "these",
    "mon": "my", "ma": "my", "mes": "my", "ton": "your", "son": "his", "sa": "her", "ses": "his", "leur": "their",
    "leurs": "their", "personne": "anyone", "rien": "nothing", "tout": "all", "tous": "all", "toutes": "all",
    "autre": "other", "autres": "other",
    # conjunctions, negation
    "et": "and", "ou": "or", "mais": "but", "si": "if", "comme": "as", "pas": "not", "jamais": "never", "non": "no",
    "oui": "yes", "plus": "more",
    # to be, to have, will, can, must
    "est": "is", "sont": "are", "était": "was", "étaient": "were", "été": "been", "être": "be", "sera": "will be",
    "ont": "have", "avait": "had", "avaient": "had", "va": "will", "vont": "will", "peut": "can", "peuvent": "can",
    "pouvait": "could", "pourrait": "could", "doit": "must", "devrait": "should",
    # the verbs of the questions, as typed in the present, the imperfect and the infinitive
    "dit": "said", "dire": "say", "disait": "said", "parle": "speaks", "parlait": "spoke", "parler": "speak",
    "répondre": "answer", "écrit": "wrote", "lire": "read", "pense": "thinks", "tuer": "kill",
    "conduisait": "drove", "revendique": "claims", "veut": "wants", "veulent": "want", "voulait": "wanted",
    "demande": "asks", "demander": "ask", "exige": "demands", "refuse": "refuses", "refusent": "refuse",
    "refuser": "refuse", "accepter": "agree", "coopérer": "cooperate", "aider": "help", "empêcher": "prevent",
    "forcer": "force", "obliger": "force", "fait": "did", "faire": "do", "sait": "knows", "savait": "knew",
    "savaient": "knew", "connaît": "knows", "connaissait": "knew", "ouvrir": "open", "cacher": "hide",
    "trouver": "find", "donner": "give", "déverrouiller": "unlock", "débloquer": "unlock", "pirater": "hack",
    "envoyer": "send", "utiliser": "use", "utilise": "uses", "utilisent": "use", "rencontrer": "meet",
    "changer": "change", "habite": "lives", "habitait": "lived", "vit": "lives", "vivait": "lived",
    "venait": "came", "venaient": "came", "travaillait": "worked", "appartient": "belongs", "coûte": "costs",
    # the participles, as adjectives ("le policier tué", "la voiture louée", "les gens blessés")
    **{w + end: e for w, e in _PARTICIPLES.items() if w not in ("né", "ne", "mort", "parti", "passé", "eu", "su", "pu",
                                                              "lu", "vu", "pris")
       for end in ("", "e", "s", "es") if not (w.endswith("s") and end.startswith("s"))},
    "né": "born", "née": "born", "mort": "died", "morte": "died", "morts": "died", "mortes": "died",
    # the attack and the people in it
    "attaque": "attack", "attaques": "attacks", "attentat": "attack", "attentats": "attacks",
    "attaquant": "attacker", "assaillant": "attacker", "agresseur": "attacker", "auteur": "author",
    "terroriste": "terrorist", "terroristes": "terrorists", "policier": "police officer",
    "policiers": "police officers", "flic": "cop", "pont": "bridge", "voiture": "car", "char": "car",
    "couteau": "knife", "arme": "weapon", "armes": "weapons", "pistolet": "gun", "victime": "victim",
    "victimes": "victims", "gens": "people", "personnes": "people", "femme": "woman", "mari": "husband",
    "famille": "family", "père": "father", "mère": "mother", "fils": "son", "frère": "brother", "gars": "guy",
    "soldat": "soldier", "piétons": "pedestrians", "enfants": "children", "complices": "accomplices",
    "patrons": "bosses", "arrestations": "arrests", "hôpital": "hospital", "enquête": "investigation",
    "rue": "street", "ville": "city", "pays": "country", "lieu": "place", "parlement": "Parliament",
    "londres": "London", "islam": "Islam", "musulman": "Muslim", "ei": "Islamic State", "agence": "agency",
    # the time
    "âge": "age", "ans": "years", "année": "year", "jour": "day", "jours": "days", "semaine": "week",
    "mois": "month", "heure": "time", "secondes": "seconds", "fois": "time", "temps": "time", "maintenant": "now",
    "mercredi": "Wednesday", "dimanche": "Sunday", "mars": "March", "fin": "end",
    # the article, the news, the messages, the phone
    "nom": "name", "prénom": "first name", "titre": "headline", "journaliste": "journalist", "journal": "newspaper",
    "émission": "show", "histoire": "story", "info": "information", "nouvelles": "news", "texto": "text",
    "messagerie": "messaging", "messageries": "messaging apps", "appli": "app", "applis": "apps",
    "application": "app", "applications": "apps", "entreprise": "company", "entreprises": "companies",
    "société": "company", "boîte": "company", "boîtes": "companies", "téléphone": "phone", "portable": "phone",
    "chiffrement": "encryption", "cryptage": "encryption", "accès": "access", "sécurité": "security",
    "renseignement": "intelligence", "secrète": "secret", "enveloppe": "envelope", "preuve": "evidence",
    "preuves": "evidence", "contenu": "content",
    # the law and the government, here and in Washington
    "gouvernement": "government", "ministre": "minister", "loi": "law", "lois": "laws", "mandat": "warrant",
    "président": "president", "sénat": "Senate", "congrès": "Congress", "élection": "election",
    "présidentielle": "presidential", "républicains": "Republicans", "démocrates": "Democrats", "parti": "party",
    "russie": "Russia", "états-unis": "United States", "britannique": "British", "politique": "political",
    # what a passage must tell
    "propriétaire": "owner", "marque": "make", "modèle": "model", "métier": "job", "travail": "job",
    "prix": "price", "amende": "fine", "réunion": "meeting", "rencontre": "meeting", "réponse": "response",
    "déclaration": "statement", "communiqué": "statement", "revendication": "claim", "motif": "motive",
    "raison": "reason", "casier": "record", "judiciaire": "criminal",
    # adjectives and adverbs
    "nouveau": "new", "nouvelle": "new", "seul": "alone", "seule": "alone", "premier": "first", "dernier": "last",
    "vrai": "real", "âgé": "old", "dangereux": "dangerous", "exactement": "exactly", "vraiment": "really",
    "juste": "just", "finalement": "finally", "enfin": "finally", "encore": "still", "toujours": "still",
    "aussi": "also", "là": "there", "deux": "two", "trois": "three",
}, _PLAIN)
# typed without accents, an English word, the same ("age", "president") or another ("a", "tire", "force",
# "vote", "reunion", "venue", "promise", "due"), or a word of French otherwise ("ou": or, "la": the)
for _word in [w for w, e in _FRENCH.items() if w == e.lower()] + """a age mere pere tire tires cache caches force
        forces vote votes aide aides arrive arrives accuse accuses decide decides declare declares menace menaces
        oblige obliges propose proposes pirate pirates reunion emission secrete venue venues venus refuses dites due
        dues frappes limoges payee payees promise promises tues conduits blesses""".split():
    _FRENCH.pop(_word, None)
# words of talk, left out: "ne" of "ne ... pas", "alors", Quebec's "tsé", "coudonc"
_FRENCH_DROPPED = frozenset("""ne se y alors donc bon hein euh déjà deja bah genre tsé tse voilà voila ouais ouai bref
    merci mdr wesh dêh ostie tabarnak coudonc fak faque mettons franchement dis dites pis""".split())
# glossed only before a word of French or a name: "son nom", "plus de", but "his son", "a ton of", "who pays"
_FRENCH_SHARED = frozenset("son ton plus pays char portable premier journal encore sans tout".split())
# the elided words that show French as typed ("c'est", "qu'il", "d'où")
_ELIDED_MARKS = frozenset(w.replace("'", q) for w in """c'est c'était c'etait qu'est-ce qu'il qu'elle qu'ils qu'on
    qu'a qu'est d'où d'ou d'après d'apres n'est n'a n'ont n'était n'etait n'avait s'est s'était s'etait s'appelle
    s'appelait s'appelaient j'ai j'aimerais y'a quelqu'un aujourd'hui jusqu'à jusqu'a l'a l'ont est-ce""".split()
    for q in "'’")
# and the inverted verbs ("était-il", "a-t-elle"), which are words as typed
_ELIDED_MARKS |= {v + t + p for v in "a va est était etait sont ont avait peut veut veulent doit sait savait".split()
                  for p in ("il", "elle", "ils", "elles", "on") for t in (("-t-",) if v[-1] == "a" else ("-",))}
# a question opening "est-ce que", "qu'est-ce", "c'est" shows French however few its other words
_FRENCH_OPENING = re.compile(r"^\s*(?:est[- ]ce\s+qu|qu['’ ]\s*est[- ]ce|c['’](?:est|[ée]tait)\b|"
                             r"c\s+(?:koi|quoi|qui|ki)\b|o[uù]\s+(?:a|est|sont|ont|était|etait|habit\w*|vivait)\s)", re.I)
# the words that show a question is in French: those glossed and left out, less the English ones ("comment",
# "dire", "fin"; the rare "gens", "nous", "temps" stay) and those of the other languages ("que", "ou", "sa", "va",
# "mort": Romance; "ki", "koi": Hindi; "je", "ne": Czech, Turkish; "là", "bon": Vietnamese; "et", "ville": Nordic)
_FRENCH_MARK = (frozenset(_FRENCH) | _FRENCH_DROPPED | _ELIDED_MARKS) - _FRENCH_SHARED - frozenset(
    """y je tu te ne se ce ca ma mon mes est en de la le les des un une au sur si pas par dit fait rue comment dire
    pour fin auteur femme mars application applications info motif mari sera bah voila genre dis pis refuse utilise
    utilises donne donner lire lois lieu telephone declaration communique commence commences conduit tue que
    lui va mais ou non entre sa ki koi là bon et vit ville alle allee alles ei tous tse texto mort morte
    victime arme acces modele nee née parti senat soldat deja mandat musulman pistolet ete merci dite dus
    congres elu parlement patrons déjà""".split())
# and the same words after an elided article as typed ("l'attaquant", "d'enveloppe"; a noun's "lattaque" too)
_FRENCH_MARK = _FRENCH_MARK | {article + q + w for w in _FRENCH_MARK if w[:1] in "aeiouéàh" and w != "etre"
                               for article in "ld" for q in ("'", "’", "") if q or len(w) > 4} | {"larticle"}

# -- English order --------------------

_NAME = r"(?:(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}|whatsapp|apple|fbi|rudd|masood|trump)"
_SUBJECT = (rf"(?:(?:the|his|her|their|this|that|these)\s+(?:{_NAME}|(?:(?:new|other|last|first|rented|encrypted|"
            r"secret|real|British|American|police|news)\s+)?[a-z]+(?:\s+(?:officers?|secretary|services|agency|"
            rf"minister|attack|attacker|company|companies|government|police|app|law|{_NAME}))?)|{_NAME}|he|she|they|"
            r"it|we|you|I|people)")
_PREP = r"(?:at|on|in|with|from|for|about|to|by|of)\s+"
_PREP_ASKED = rf"{_PREP}(?:whom|(?:what|which)(?:\s+(?!the\b)[a-z]+)?)"
_ASKED = (rf"what|where|when|why|how|how much|how long|from where|{_PREP_ASKED}|since when|"
          r"which\s+(?!the\b)[a-z]+|how many\s+(?!the\b)[a-z]+")
_LAST = (rf"(?:{_PREP})?(?:what|who|whom|where|when|why|how|how old|how much|how long|which one|from where|since when|"
         r"which\s+[a-z]+|how many\s+[a-z]+|what\s+(?:time|day|age))")
_TAIL = r"(\s+(?:about|on|in|to|with|for|from|at|of|during|after|before|against|exactly|just|really)\b.*)?"
_ADVERB = r"(?:\s+(?:finally|eventually|really|already|ever|actually|also|still|never|just|exactly))?"
# the verbs that "what" opening the question is the object of ("what said Rudd"; "what killed him" is asked)
_OBJECT_VERBS = frozenset("said says wrote wants wanted want demanded asked did does answered thinks thought means "
                          "proposed knew knows found sent received read used uses told explained declared claimed".split())
_MODAL = r"will|can|could|must|should|would|will be|would be"
_AFTER_NOUN = (r"encrypted|rented|secret|British|American|French|Muslim|Islamic|criminal|terrorist|political|"
               r"official|real|previous|presidential|new")
_PRODUCTS = r"WhatsApp|Telegram|Signal|Facebook|iMessage|iPhone"
# the people a pronoun stands for ("he", "she"); any other subject said again is "it"
_PERSON = (r"(?:the\s+)?(?:[a-z]+\s+)?(?:attacker|officer|man|guy|minister|secretary|author|journalist|president|"
           r"killer)|" + _NAME)


def _verbs() -> str:
    """The English verbs the glossary gives, longest first (compiled by ``re``'s cache on first use)."""
    verbs = ({e.split()[0] for e in _PARTICIPLES.values()} | _PRESENT | set(_IRREGULAR)) - {"could", "had"}
    return "|".join(sorted(verbs, key=len, reverse=True))


def _in_order(body: str) -> str:
    """One clause of ``_french_order``, without its punctuation."""
    verb = _verbs()
    # asking whether ("est-ce que", an inversion): "is it that the police found evidence" → "did the police find"
    m = re.match(rf"^is it that\s+({_SUBJECT})({_ADVERB})\s+({verb})\b(.*)$", body)
    if m and (m.group(3) != "has" or re.match(r"\s+(?:to|been)\b", m.group(4))):
        base, aux = _base(m.group(3))
        return f"{aux} {m.group(1)}{m.group(2)} {base}{m.group(4)}"
    m = re.match(rf"^is it that\s+({_SUBJECT}|there)\s+(is|was|are|were|has|had|{_MODAL}|did|does)\b(.*)$", body)
    if m:
        aux, _, rest = {"has": "does have", "had": "did have"}.get(m.group(2), m.group(2)).partition(" ")
        return f"{aux} {m.group(1)}{' ' + rest if rest else ''}{m.group(3)}"
    body = re.sub(r"^is it that\s+", "", body)
    # the question word last ("the government will do what", "he was how old", "it happened which day")
    m = re.match(rf"^({_SUBJECT})\s+(.+?)\s+({_LAST}){_TAIL}$", body)
    if m and not re.search(r"\b(?:what|who|where|when|why|how|which)\b", m.group(2)):
        subject, middle, asked, tail = m.group(1), m.group(2), m.group(3), m.group(4) or ""
        first, _, rest = middle.partition(" ")
        rest = " " + rest if rest else ""
        mm = re.match(rf"^(is|was|are|were|{_MODAL})\b(.*)$", middle)
        if mm:
            aux, _, be = mm.group(1).partition(" ")
            return f"{asked} {aux} {subject}{' ' + be if be else ''}{mm.group(2)}{tail}"
        if re.fullmatch(verb, first) and asked != "who":
            base, aux = _base(first)
            return f"{asked} {aux} {subject} {base}{rest}{tail}"
    m = re.match(rf"^(is|was|are|were)\s+({_LAST})$", body)
    if m:
        return f"{m.group(2)} {m.group(1)} it"
    # the subject before its verb after the question word ("what Rudd said", "why Apple did not want")
    m = re.match(rf"^((?:{_ASKED})\s+)({_SUBJECT})({_ADVERB})\s+((?:did|does|do)\s+not|{verb})\b(.*)$", body)
    if m and (m.group(4) != "has" or re.match(r"\s+(?:to|been)\b", m.group(5))):
        base, aux = _base(m.group(4)) if " " not in m.group(4) else ("not", m.group(4).split()[0])
        return f"{m.group(1)}{aux} {m.group(2)}{m.group(3)} {base}{m.group(5)}"
    m = re.match(rf"^((?:{_ASKED})\s+)({_SUBJECT})\s+({_MODAL}|is|was|are|were)\b\s*(.*)$", body)
    if m:
        modal, _, be = m.group(3).partition(" ")
        return f"{m.group(1)}{modal} {m.group(2)} {(be + ' ') if be else ''}{m.group(4)}".rstrip()
    # the verb before its subject ("what said Rudd", "where happened the attack", "where was born Masood")
    m = re.match(rf"^((?:what|where|when|why|how|how much|how long|from where|since when|{_PREP_ASKED})\s+)({verb})\s+"
                 rf"({_SUBJECT}){_TAIL}$", body)
    if m and (not m.group(1).startswith("what") or m.group(2) in _OBJECT_VERBS) and m.group(2) != "has":
        base, aux = _base(m.group(2))
        return f"{m.group(1)}{aux} {m.group(3)} {base}{m.group(4) or ''}"
    m = re.match(rf"^((?:{_ASKED})\s+)(was|were|is|are)\s+(born|\w+ed|written|known|shot dead)\s+({_SUBJECT})(.*)$", body)
    return f"{m.group(1)}{m.group(2)} {m.group(4)} {m.group(3)}{m.group(5)}" if m else body


def _french_order(glossed: str) -> str:
    """A French question glossed word for word in English order ("is it that the police found" → "did the
    police find", "the government will do what" → "what will the government do", "what Rudd said" → "what did
    Rudd say", "wanted not" → "did not want", "the car rented" → "the rented car"), each clause by itself, a
    subject said again beside a comma in its pronoun's place ("how old was he, Masood?": how old was Masood)."""
    verb = _verbs()
    bare = "|".join(sorted({_base(v)[0] for v in re.findall(r"\w+", verb)} - {"has"}))
    glossed = re.sub(rf"\b({verb})\s+not\b", lambda m: "{1} not {0}".format(*_base(m.group(1))), glossed)
    glossed = re.sub(rf"\b(wants?|want|wanted|refuses?|refused|tried|managed|agreed|decided|needs?|needed|asks?|asked|"
                     rf"demanded|forced)\s+(?=(?:{bare})\b)", r"\1 to ", glossed)
    glossed = re.sub(rf"\b(the|a|his|her|their|this|these|of)\s+([a-z]+(?:\s+(?:apps?|services?))?)\s+({_AFTER_NOUN})\b",
                     lambda m: m.group(0) if m.group(2) in ("is", "was", "has") or re.fullmatch(verb, m.group(2))
                     else f"{m.group(1)} {m.group(3)} {m.group(2)}", glossed)
    glossed = re.sub(rf"\b(messages?|account|app|group)\s+({_PRODUCTS})\b", r"\2 \1", glossed)
    glossed = re.sub(rf"\bshot dead\s+({_SUBJECT})", r"shot \1 dead", glossed)
    glossed = re.sub(r"\b(compan\w+|firms)\s+tech\b", r"tech \1", glossed)
    glossed = re.sub(rf"^({_SUBJECT})\s+(?:he|she|it)\s+(?=\w)", r"\1 ", glossed)
    end = re.search(r"[\s?.!]*$", glossed).group(0)
    clauses = re.split(r"\s*[,;:]\s*", glossed[:len(glossed) - len(end)])
    for said, k in ((clauses[-1], -2), (clauses[0], 1)) if len(clauses) > 1 else ():
        if re.fullmatch(rf"{_SUBJECT}(?:\s+(?:who|that)\s+.+)?", said) and not re.fullmatch("he|she|it|they", said):
            pronoun = r"\b(?:he|she)\b" if re.fullmatch(_PERSON, said) else r"\bit\b"
            if re.search(pronoun, clauses[k]):
                clauses[k] = re.sub(pronoun, said, clauses[k], count=1)
            elif re.search(r"\b(?:his|her) name\b", clauses[k]):
                clauses[k] = re.sub(r"\b(?:his|her) name\b", f"the name of {said}", clauses[k], count=1)
            elif k == 1 and re.match(rf"(?:{verb}|will|can|was|is)\b", clauses[k]):
                clauses[k] = f"{said} {clauses[k]}"
            else:
                continue
            clauses.remove(said)
            break
    if len(clauses) > 1 and clauses[-1] in ("why", "when", "where", "how", "what", "who", "how long"):
        clauses[-2:] = [f"{clauses[-1]} {clauses[-2]}"]
    clauses = [re.sub(r"^(from|with) (where|what) (\w+ .*)$", r"\2 \3 \1", _in_order(c)) for c in clauses]
    return ", ".join(c for c in clauses if c) + end


FRENCH = Language(_FRENCH_IDIOMS, _FRENCH, _FRENCH_DROPPED, _FRENCH_MARK, reorder=_french_order, shared=_FRENCH_SHARED,
                  opening=_FRENCH_OPENING)
